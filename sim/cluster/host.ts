// One simulated machine of the cluster scenario: a disk that survives
// crashes and at most one running incarnation of the real SkiffNode
// (production code: quorum, loader, controller, broker lifecycle), wired to
// its own SimClock, a fresh mount of the SimDisk and a SimNetwork endpoint
// that carries the raft, controller and broker services. A restart is a new
// SkiffNode on a new mount, so it gets a new broker incarnation id. The
// disk holds the metadata directory and one log directory, "formatted" with a
// directory.id each (as `skiff storage format` writes into meta.properties)
// that the broker registers: they survive crashes and restarts, and a wiped
// disk is formatted afresh with new ones.
//
// Spies, for the checkers only (they never change what the node does): the
// loader's apply/restore report every committed entry and restored snapshot
// with the image that results, and the quorum's proposeAt reports every
// record batch the controller appends.

import type { NodeId } from '../../src/common/ids.js';
import type { Random } from '../../src/env/random.js';
import type { BrokerServices } from '../../src/broker/services.js';
import type { ControllerConfig } from '../../src/controller/commands.js';
import type { ControllerServices } from '../../src/controller/services.js';
import type { MetadataImage } from '../../src/metadata/image.js';
import { SkiffNode, type SkiffNodeOptions } from '../../src/node/skiff-node.js';
import type { RaftConfig } from '../../src/raft/raft-core.js';
import type { LogEntry, RaftServices } from '../../src/raft/types.js';
import { formatUuid, isReservedUuid } from '../../src/server/kafka-uuid.js';
import { logConfig } from '../../src/storage/log/log-config.js';
import { ringLogger, type LogRing } from '../ring-logger.js';
import { SimClock, SimDisk, type Scheduler, type SimNetwork } from '../runtime/index.js';
import { muxHandlers, serviceView, type ClusterWire } from './wire.js';

export interface NodeSettings {
  readonly clusterId: string;
  readonly voters: readonly NodeId[];
  readonly raft: Omit<RaftConfig, 'nodeId' | 'voters'>;
  readonly controller: ControllerConfig & { readonly sessionTimeoutMs: number; readonly noOpIntervalMs: number };
  readonly heartbeatIntervalMs: number;
  readonly requestTimeoutMs: number;
  readonly snapshotEveryEntries: number;
  /** replica.lag.time.max.ms; default 30000 (Kafka's). */
  readonly replicaLagTimeMaxMs?: number;
  /** Consumer-group settings (the `groups` scenario); absent: SkiffNode's defaults. */
  readonly groups?: SkiffNodeOptions['groups'];
}

/** Where the metadata log and the partition logs live on a host's disk. */
const metadataDir = '/data';
const logDir = '/logs';

export interface HostObserver {
  onApplied(host: ClusterHost, incarnation: number, entry: LogEntry, image: MetadataImage): void;
  onRestored(host: ClusterHost, incarnation: number, image: MetadataImage): void;
  onProposed(host: ClusterHost, incarnation: number, offset: number, epoch: number, activeEpoch: number | null): void;
  /** The node stopped on an error (a disk fault, or a bug). */
  onFatal(host: ClusterHost, incarnation: number, error: unknown): void;
  /** SkiffNode.shutdown rejected (a disk fault while closing, or a bug). */
  onShutdownFailed(host: ClusterHost, incarnation: number, error: unknown): void;
}

export interface HostOptions {
  readonly id: NodeId;
  readonly rack: string | null;
  readonly settings: NodeSettings;
  readonly scheduler: Scheduler;
  readonly network: SimNetwork<ClusterWire>;
  readonly random: Random;
  readonly ring: LogRing;
  readonly observer: HostObserver;
}

export type ShutdownOutcome = 'clean' | 'timed-out' | 'failed' | 'crashed' | 'not-running';

export interface Incarnation {
  readonly number: number;
  readonly clock: SimClock;
  readonly node: SkiffNode;
  started: boolean;
  /** A controlled shutdown is under way. */
  stopping: boolean;
  /** Resolves when this incarnation crashes (ends a shutdown that can no longer finish). */
  readonly crashed: Promise<'crashed'>;
  readonly markCrashed: () => void;
}

/**
 * The epoch the controller activated in, or null when it is not active.
 * Read from the controller's private field: the raft status epoch can run
 * ahead of it for an event or two before the controller hears it stepped
 * down, and judging by that would report two active controllers falsely.
 */
export function controllerActiveEpoch(node: SkiffNode): number | null {
  return node.controller.activeControllerEpoch;
}

export class ClusterHost {
  readonly id: NodeId;
  readonly disk: SimDisk;
  incarnation: Incarnation | null = null;
  paused = false;
  clockRate = 1;
  /** The directory.id of the metadata directory and of the log directory, as formatted on the disk. */
  logDirIds: readonly string[];
  private incarnations = 0;
  private readonly directoryIds: Random;

  constructor(private readonly options: HostOptions) {
    this.id = options.id;
    this.disk = new SimDisk(options.scheduler, options.random.fork(`disk-${options.id}`), { label: `disk n${options.id}`, syncLatencyMs: [0, 3] });
    this.directoryIds = options.random.fork('directory-ids');
    this.logDirIds = this.format();
  }

  get isVoter(): boolean {
    return this.options.settings.voters.includes(this.id);
  }

  get running(): boolean {
    return this.incarnation !== null;
  }

  /** Started and not shutting down: a node the workload may talk to and the checkers may read. */
  get serving(): boolean {
    return this.incarnation?.started === true && !this.incarnation.stopping;
  }

  start(): void {
    if (this.incarnation) return;
    const { scheduler, network, settings, observer } = this.options;
    const number = ++this.incarnations;
    const clock = new SimClock(scheduler, { label: `n${this.id}`, rate: this.clockRate });
    const endpoint = network.attach(this.id);
    const node = new SkiffNode({
      nodeId: this.id,
      clusterId: settings.clusterId,
      raft: { ...settings.raft, nodeId: this.id, voters: settings.voters },
      metadataDir,
      logDirIds: this.logDirIds,
      dataPlane: {
        logDirs: [logDir],
        defaults: { log: logConfig(), minInsyncReplicas: settings.controller.defaultMinIsr, logAppendTime: false },
        flushOnAck: settings.controller.durableAcks,
        replicaLagTimeMaxMs: settings.replicaLagTimeMaxMs ?? 30_000,
      },
      endpoints: [{ name: 'PLAINTEXT', host: `node-${this.id}`, port: 9092 }],
      rack: this.options.rack,
      controller: settings.controller,
      heartbeatIntervalMs: settings.heartbeatIntervalMs,
      requestTimeoutMs: settings.requestTimeoutMs,
      snapshotEveryEntries: settings.snapshotEveryEntries,
      fs: this.disk.mount(),
      clock,
      random: this.options.random.fork(`incarnation-${number}`),
      logger: ringLogger(this.options.ring, { node: this.id, inc: number }),
      transports: {
        raft: serviceView<RaftServices>(endpoint, 'raft.'),
        controller: serviceView<ControllerServices>(endpoint, 'controller.'),
        broker: serviceView<BrokerServices>(endpoint, 'broker.'),
      },
      onFatal: (error) => observer.onFatal(this, number, error),
      ...(settings.groups !== undefined ? { groups: settings.groups } : {}),
    });
    let markCrashed!: () => void;
    const crashed = new Promise<'crashed'>((resolve) => (markCrashed = () => resolve('crashed')));
    const incarnation: Incarnation = { number, clock, node, started: false, stopping: false, crashed, markCrashed };
    this.incarnation = incarnation;
    this.spy(incarnation);
    endpoint.serve(muxHandlers(node.handlers()));
    scheduler.trace(`host n${this.id} start incarnation ${number}`);
    node.start().then(
      () => {
        if (this.incarnation === incarnation) incarnation.started = true;
      },
      (error: unknown) => observer.onFatal(this, number, error),
    );
  }

  /** Process death or power loss: unsynced writes are lost (the last one maybe torn). */
  crash(random: Random, tearLastWrite: boolean): void {
    const incarnation = this.incarnation;
    if (!incarnation) return;
    this.disk.crash(random, { tearLastWrite });
    this.retire(incarnation);
    incarnation.markCrashed();
  }

  /** The disk is replaced (or wiped) and formatted again: nothing survives, and its directories get new ids. */
  wipe(random: Random): void {
    this.crash(random, false);
    this.disk.wipe();
    this.logDirIds = this.format();
  }

  /** `skiff storage format`: a fresh directory id for each directory. */
  private format(): string[] {
    const ids = [randomDirectoryId(this.directoryIds), randomDirectoryId(this.directoryIds)];
    this.options.scheduler.trace(`host n${this.id} formatted: directory ids ${ids.join(' ')}`);
    return ids;
  }

  /**
   * SIGTERM: the node's own controlled shutdown (SkiffNode.shutdown). The
   * process then exits cleanly: nothing is lost from the disk, and the host
   * is down until someone starts it again.
   */
  async shutdown(timeoutMs: number): Promise<ShutdownOutcome> {
    const incarnation = this.incarnation;
    if (!incarnation?.started || incarnation.stopping) return 'not-running';
    incarnation.stopping = true;
    this.options.scheduler.trace(`host n${this.id} controlled shutdown`);
    const stopped = incarnation.node.shutdown(timeoutMs).then(
      (clean) => (clean ? ('clean' as const) : ('timed-out' as const)),
      (error: unknown) => {
        // Stopping failed (closing the log hit a disk fault, say): the process exits with an error.
        this.options.observer.onShutdownFailed(this, incarnation.number, error);
        return 'failed' as const;
      },
    );
    const outcome = await Promise.race([stopped, incarnation.crashed]);
    if (outcome !== 'crashed' && this.incarnation === incarnation) this.retire(incarnation);
    this.options.scheduler.trace(`host n${this.id} shutdown ${outcome}`);
    return outcome;
  }

  pause(): void {
    if (!this.incarnation || this.paused) return;
    this.paused = true;
    this.incarnation.clock.pause();
    this.options.network.pausePeer(this.id);
  }

  resume(): void {
    if (!this.incarnation || !this.paused) return;
    this.paused = false;
    this.incarnation.clock.resume();
    this.options.network.resumePeer(this.id);
  }

  setClockRate(rate: number): void {
    this.clockRate = rate;
    this.incarnation?.clock.setRate(rate);
  }

  /** The incarnation is gone: it sends, receives and schedules nothing more. */
  private retire(incarnation: Incarnation): void {
    this.options.network.detach(this.id);
    // A paused process that dies is no longer paused: its next incarnation runs.
    if (this.paused) this.options.network.resumePeer(this.id);
    this.paused = false;
    incarnation.clock.dispose();
    this.incarnation = null;
  }

  private spy(incarnation: Incarnation): void {
    const { observer } = this.options;
    const { node, number } = incarnation;
    const loader = node.loader;
    const apply = loader.apply.bind(loader);
    const restore = loader.restore.bind(loader);
    loader.apply = (entry: LogEntry): MetadataImage => {
      const image = apply(entry);
      if (this.incarnation === incarnation) observer.onApplied(this, number, entry, image);
      return image;
    };
    loader.restore = (payload: Uint8Array | null): void => {
      restore(payload);
      if (this.incarnation === incarnation) observer.onRestored(this, number, loader.image);
    };
    const raft = node.raft;
    const proposeAt = raft.proposeAt.bind(raft);
    raft.proposeAt = (data: Uint8Array) => {
      const proposal = proposeAt(data);
      observer.onProposed(this, number, proposal.offset, proposal.epoch, controllerActiveEpoch(node));
      return proposal;
    };
  }
}

/** A directory id as `skiff storage format` makes one (a Kafka Uuid, never a reserved one), drawn from `random`. */
export function randomDirectoryId(random: Random): string {
  for (;;) {
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i++) bytes[i] = random.int(256);
    const text = formatUuid(bytes);
    if (!isReservedUuid(bytes) && !text.startsWith('-')) return text;
  }
}
