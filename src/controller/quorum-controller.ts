// The active controller: runs on whichever node leads the metadata quorum and
// turns requests (broker registration and heartbeats, topic changes,
// AlterPartition, producer-id blocks) into metadata records.
//
// How it stays consistent with replay:
// - Decisions are the pure functions of commands.ts, computed against the
//   controller's *pending* image: the committed image plus the records this
//   controller has appended and not yet seen committed. Commands run one at a
//   time, so each sees the effects of the ones before it.
// - It becomes active only once every entry before its term is committed and
//   applied (leader, high watermark = log end = applied), and starts from the
//   loader's committed image; it drops everything pending the moment it
//   stops leading. A response is sent only after its records commit.
// - Broker sessions are soft state, as in Kafka: a new controller gives every
//   registered broker a full session (`broker.session.timeout.ms`) from its
//   activation, so a failover never fences a live broker that was talking to
//   the old one — and a dead broker is fenced at most one session after it.
// - Session expiry fences one broker per tick, so each fence is visible to
//   the next decision (KAFKA-13173). An idle controller appends NoOp records
//   so followers' high watermarks keep moving.

import { SkiffError, isSkiffError } from '../common/errors.js';
import { Mutex } from '../common/mutex.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import { noopMetrics, type Counter, type Metrics } from '../env/metrics.js';
import type { Random } from '../env/random.js';
import { encodeRecordBatch } from '../metadata/record-codec.js';
import { noLeader, type MetadataRecord } from '../metadata/records.js';
import type { RaftStatus } from '../raft/raft-node.js';
import {
  allocateProducerIds,
  alterPartition,
  beginControlledShutdown,
  createTopics,
  deleteTopics,
  createPartitions,
  alterTopicConfigs,
  fenceBroker,
  isActiveBroker,
  partitionsLedBy,
  registerBroker,
  unfenceBroker,
  type AlterPartitionRequest,
  type ControllerConfig,
  type ControllerImage,
  type CreateTopicRequest,
  type CreateTopicResult,
  type Decision,
  type PartitionView,
  type RegisterBrokerRequest,
} from './commands.js';

export interface ReplayableImage extends ControllerImage {
  readonly offset: number;
  apply(records: readonly MetadataRecord[], offset: number): this;
}

export interface ControllerRaft {
  proposeAt(data: Uint8Array): { readonly offset: number; readonly committed: Promise<unknown> };
  status(): RaftStatus;
  onStatus(listener: (status: RaftStatus) => void): () => void;
}

export interface QuorumControllerOptions<I extends ReplayableImage> {
  readonly nodeId: number;
  readonly config: ControllerConfig & {
    /** broker.session.timeout.ms */
    readonly sessionTimeoutMs: number;
    /** metadata.max.idle.interval.ms: append a NoOp after this long without writes. */
    readonly noOpIntervalMs: number;
  };
  readonly raft: ControllerRaft;
  /** The committed image (the metadata loader's). */
  readonly committedImage: () => I;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  /** Controller gauges (read at scrape time) and the leader-election counter; default: none. */
  readonly metrics?: Metrics;
}

export interface HeartbeatRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
  /** The broker has applied every metadata entry below this offset. */
  readonly currentMetadataOffset: number;
  readonly wantFence: boolean;
  readonly wantShutDown: boolean;
}

export interface HeartbeatResponse {
  readonly isCaughtUp: boolean;
  readonly isFenced: boolean;
  readonly shouldShutDown: boolean;
}

interface Session {
  brokerEpoch: number;
  lastContactMs: number;
  metadataOffset: number;
  /** Offset of the entry that put the broker in controlled shutdown. */
  controlledShutdownOffset: number | null;
}

const tickMs = 250;

export class QuorumController<I extends ReplayableImage> {
  private active = false;
  private activeEpoch = -1;
  private pending: I | null = null;
  private readonly queue = new Mutex();
  private readonly sessions = new Map<number, Session>();
  private lastWriteMs = 0;
  /** Commit of the latest record batch this controller appended: a read of the pending image waits for it. */
  private lastAppend: Promise<unknown> = Promise.resolve();
  /** Rejects when this controller stops being active: commands waiting for a commit fail at once (Kafka's purgatory.failAll). */
  private deactivated: Promise<never> = new Promise<never>(() => {});
  private failWaiters: (error: Error) => void = () => {};
  private timer: CancelTimer | null = null;
  private unsubscribe: (() => void) | null = null;
  private stopped = false;
  private readonly elections: Counter<'type'>;

  constructor(private readonly options: QuorumControllerOptions<I>) {
    this.elections = this.registerMetrics(options.metrics ?? noopMetrics);
  }

  /**
   * Cluster-wide gauges come from the active controller's image and read 0 on
   * every other node (Kafka's convention), so summing over nodes gives the
   * cluster's value and a failover moves them to the new controller.
   */
  private registerMetrics(metrics: Metrics): Counter<'type'> {
    const fromImage = (name: string, help: string, count: (image: I) => number): void => {
      metrics.gauge({ name, help: `${help} As seen by the active controller; 0 on other nodes.`, collect: (g) => g.set(this.active ? count(this.image) : 0) });
    };
    metrics.gauge({ name: 'skiff_controller_active', help: '1 on the node that is the active controller, else 0.', collect: (g) => g.set(this.active ? 1 : 0) });
    fromImage('skiff_brokers_registered', 'Registered brokers.', (image) => image.brokers.size);
    fromImage('skiff_brokers_fenced', 'Registered brokers that are fenced (no live session, or not caught up with the metadata log).', (image) => countWhere(image.brokers.values(), (b) => b.fenced));
    fromImage('skiff_topics', 'Topics in the cluster.', (image) => image.topicsById.size);
    fromImage('skiff_partitions', 'Partitions in the cluster.', (image) => sumOver(image.topicsById.values(), (t) => t.partitions.size));
    fromImage('skiff_partitions_offline', 'Partitions without a leader.', (image) => sumOver(image.topicsById.values(), (t) => countWhere(t.partitions.values(), (p) => p.leader === noLeader)));
    const elections = metrics.counter({
      name: 'skiff_leader_elections_total',
      help: 'Partition leader elections decided by this node as active controller, by type (clean: from the ISR or ELR; unclean: from outside them).',
      labelNames: ['type'],
    });
    // Both series exist from the start, so rate() and alerts see a 0 rather than nothing.
    elections.inc({ type: 'clean' }, 0);
    elections.inc({ type: 'unclean' }, 0);
    return elections;
  }

  start(): void {
    this.unsubscribe = this.options.raft.onStatus((status) => this.onRaftStatus(status));
    this.onRaftStatus(this.options.raft.status());
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.deactivate('stopping');
  }

  get isActive(): boolean {
    return this.active;
  }

  /** The quorum epoch this controller is active in, or null when inactive. */
  get activeControllerEpoch(): number | null {
    return this.active ? this.activeEpoch : null;
  }

  /** The image decisions are made on (committed + this controller's pending records); for tests and describe calls. */
  get image(): I {
    return this.pending ?? this.options.committedImage();
  }

  // --- requests --------------------------------------------------------------

  registerBroker(request: RegisterBrokerRequest): Promise<{ brokerEpoch: number }> {
    return this.run('RegisterBroker', (image) => registerBroker(image, this.options.config, request, (id) => this.hasLiveSession(id)), (offset, response) => {
      this.sessions.set(request.brokerId, { brokerEpoch: response.brokerEpoch, lastContactMs: this.options.clock.now(), metadataOffset: -1, controlledShutdownOffset: null });
      void offset;
    });
  }

  brokerHeartbeat(request: HeartbeatRequest): Promise<HeartbeatResponse> {
    const now = this.options.clock.now();
    let shutdownStarted = false;
    return this.run(
      'BrokerHeartbeat',
      (image) => {
        const broker = image.brokers.get(request.brokerId);
        if (broker === undefined) throw new SkiffError('BROKER_ID_NOT_REGISTERED', `broker ${request.brokerId} is not registered`);
        if (broker.brokerEpoch !== request.brokerEpoch) {
          throw new SkiffError('STALE_BROKER_EPOCH', `broker ${request.brokerId} epoch ${request.brokerEpoch} is not its current ${broker.brokerEpoch}`);
        }
        const session = this.sessionFor(request.brokerId, broker.brokerEpoch, now);
        session.lastContactMs = now;
        session.metadataOffset = request.currentMetadataOffset;
        let records: MetadataRecord[] = [];
        if (request.wantShutDown) {
          if (!broker.fenced && !broker.inControlledShutdown) {
            records = beginControlledShutdown(image, this.options.config, request.brokerId);
            shutdownStarted = true;
          } else if (!broker.fenced && this.shutdownComplete(image, request.brokerId)) {
            // Released: fence it now (as Kafka does), so a restart can register at once instead of waiting out the session.
            records = fenceBroker(image, this.options.config, request.brokerId);
          }
        } else if (request.wantFence) {
          records = fenceBroker(image, this.options.config, request.brokerId);
        } else if (broker.fenced && request.currentMetadataOffset > broker.brokerEpoch) {
          records = unfenceBroker(image, this.options.config, request.brokerId);
        }
        return { records, response: () => null };
      },
      (offset) => {
        if (shutdownStarted) this.sessions.get(request.brokerId)!.controlledShutdownOffset = offset;
      },
    ).then(() => this.heartbeatAnswer(request));
  }

  createTopics(requests: readonly CreateTopicRequest[]): Promise<CreateTopicResult[]> {
    return this.run('CreateTopics', (image) => createTopics(image, this.options.config, this.options.random, requests));
  }

  deleteTopics(names: readonly string[]): Promise<{ name: string; error: SkiffError | null }[]> {
    return this.run('DeleteTopics', (image) => deleteTopics(image, names));
  }

  createPartitions(requests: readonly { name: string; count: number }[], validateOnly: boolean): Promise<{ name: string; error: SkiffError | null }[]> {
    return this.run('CreatePartitions', (image) => createPartitions(image, this.options.config, requests, validateOnly));
  }

  alterTopicConfigs(requests: readonly { name: string; set: Readonly<Record<string, string>>; delete: readonly string[] }[], validateOnly: boolean): Promise<{ name: string; error: SkiffError | null }[]> {
    return this.run('IncrementalAlterConfigs', (image) => alterTopicConfigs(image, this.options.config, requests, validateOnly));
  }

  /** Applies an ISR change; resolves with the partition as it is after the change. */
  alterPartition(request: AlterPartitionRequest): Promise<PartitionView> {
    return this.run('AlterPartition', (image) => {
      const change = alterPartition(image, this.options.config, request);
      return { records: change === null ? [] : [change], response: () => null };
    }).then(() => {
      const state = this.image.topicsById.get(request.topicId)?.partitions.get(request.partition);
      if (state === undefined) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `partition ${request.topicId}-${request.partition} is gone`);
      return state;
    });
  }

  allocateProducerIds(brokerId: number, brokerEpoch: number): Promise<{ firstProducerId: number; size: number }> {
    return this.run('AllocateProducerIds', (image) => allocateProducerIds(image, brokerId, brokerEpoch));
  }

  // --- the write path ----------------------------------------------------------

  /**
   * Decides against the pending image, appends the records, applies them to
   * the pending image at their offset, and (outside the queue, so later
   * commands pipeline behind it) waits for the commit before answering.
   */
  private async run<R>(name: string, decide: (image: I) => Decision<R>, afterAppend?: (offset: number, response: R) => void): Promise<R> {
    const appended = await this.queue.run(async () => {
      const image = this.requireActive();
      const decision = decide(image);
      if (decision.records.length === 0) return { offset: -1, committed: this.lastAppend, ended: this.deactivated, decision };
      let proposal: { offset: number; committed: Promise<unknown> };
      try {
        proposal = this.options.raft.proposeAt(encodeRecordBatch(decision.records));
      } catch (error) {
        this.deactivate(`append failed: ${(error as Error).message}`);
        throw this.notController();
      }
      this.pending = image.apply(decision.records, proposal.offset);
      this.countElections(decision.records);
      this.lastWriteMs = this.options.clock.now();
      this.lastAppend = proposal.committed;
      return { offset: proposal.offset, committed: proposal.committed, ended: this.deactivated, decision };
    });
    const response = appended.decision.response(appended.offset);
    afterAppend?.(appended.offset, response);
    try {
      await Promise.race([appended.committed, appended.ended]);
    } catch (error) {
      this.options.logger.warn({ command: name, offset: appended.offset, err: error }, 'controller records did not commit');
      this.deactivate('records did not commit');
      throw this.notController();
    }
    return response;
  }

  /** A PartitionChange that names a new leader is an election; one that also marks the leader recovering is unclean. */
  private countElections(records: readonly MetadataRecord[]): void {
    for (const record of records) {
      if (record.type !== 'PartitionChange' || record.leader === undefined || record.leader === noLeader) continue;
      this.elections.inc({ type: record.leaderRecovering === true ? 'unclean' : 'clean' });
    }
  }

  private requireActive(): I {
    if (!this.active || this.pending === null) throw this.notController();
    return this.pending;
  }

  private notController(): SkiffError {
    const leader = this.options.raft.status().leaderId;
    return new SkiffError('NOT_CONTROLLER', `node ${this.options.nodeId} is not the active controller (quorum leader: ${leader ?? 'unknown'})`);
  }

  // --- activation --------------------------------------------------------------

  private onRaftStatus(status: RaftStatus): void {
    if (this.stopped) return;
    const leading = status.role === 'leader';
    if (this.active && (!leading || status.epoch !== this.activeEpoch)) {
      this.deactivate(`quorum role ${status.role} in epoch ${status.epoch}`);
    }
    // Everything before this term is committed and applied: the committed image is complete.
    if (!this.active && leading && status.highWatermark === status.logEndOffset && status.appliedOffset >= status.highWatermark) {
      this.activate(status.epoch);
    }
  }

  private activate(epoch: number): void {
    const image = this.options.committedImage();
    this.active = true;
    this.activeEpoch = epoch;
    this.pending = image;
    this.lastAppend = Promise.resolve();
    this.deactivated = new Promise<never>((_resolve, reject) => (this.failWaiters = reject));
    this.deactivated.catch(() => {});
    const now = this.options.clock.now();
    this.sessions.clear();
    for (const broker of image.brokers.values()) {
      this.sessions.set(broker.brokerId, { brokerEpoch: broker.brokerEpoch, lastContactMs: now, metadataOffset: -1, controlledShutdownOffset: null });
    }
    this.lastWriteMs = now;
    this.options.logger.info({ epoch, metadataOffset: image.offset, brokers: image.brokers.size, topics: image.topicsById.size }, 'became the active controller');
    this.scheduleTick();
  }

  private deactivate(reason: string): void {
    if (!this.active) return;
    this.active = false;
    this.failWaiters(new Error(`controller of epoch ${this.activeEpoch} stopped: ${reason}`));
    this.pending = null;
    this.sessions.clear();
    this.timer?.();
    this.timer = null;
    this.options.logger.info({ epoch: this.activeEpoch, reason }, 'no longer the active controller');
  }

  // --- periodic work -------------------------------------------------------------

  private scheduleTick(): void {
    if (!this.active || this.stopped) return;
    this.timer = this.options.clock.setTimer(tickMs, () => {
      this.timer = null;
      void this.tick().finally(() => this.scheduleTick());
    });
  }

  private async tick(): Promise<void> {
    if (!this.active) return;
    const now = this.options.clock.now();
    try {
      const stale = this.staleBroker(now);
      if (stale !== null) {
        this.options.logger.info({ brokerId: stale }, 'fencing broker: session expired');
        await this.run('FenceStaleBroker', (image) => ({ records: fenceBroker(image, this.options.config, stale), response: () => null }));
      } else if (now - this.lastWriteMs >= this.options.config.noOpIntervalMs) {
        await this.run('NoOp', () => ({ records: [{ type: 'NoOp' }], response: () => null }));
      }
    } catch (error) {
      if (!isSkiffError(error) || error.code !== 'NOT_CONTROLLER') this.options.logger.error({ err: error }, 'controller tick failed');
    }
  }

  /** The unfenced broker whose session expired longest ago, if any. */
  private staleBroker(now: number): number | null {
    const image = this.pending;
    if (image === null) return null;
    let oldest: { id: number; at: number } | null = null;
    for (const broker of image.brokers.values()) {
      if (broker.fenced) continue;
      const session = this.sessionFor(broker.brokerId, broker.brokerEpoch, now);
      if (now - session.lastContactMs <= this.options.config.sessionTimeoutMs) continue;
      if (oldest === null || session.lastContactMs < oldest.at) oldest = { id: broker.brokerId, at: session.lastContactMs };
    }
    return oldest?.id ?? null;
  }

  private sessionFor(brokerId: number, brokerEpoch: number, now: number): Session {
    let session = this.sessions.get(brokerId);
    if (session === undefined || session.brokerEpoch !== brokerEpoch) {
      session = { brokerEpoch, lastContactMs: now, metadataOffset: -1, controlledShutdownOffset: null };
      this.sessions.set(brokerId, session);
    }
    return session;
  }

  /** A fenced broker has no live session to protect: its id may be registered again at once. */
  private hasLiveSession(brokerId: number): boolean {
    if (this.pending?.brokers.get(brokerId)?.fenced !== false) return false;
    const session = this.sessions.get(brokerId);
    return session !== undefined && this.options.clock.now() - session.lastContactMs <= this.options.config.sessionTimeoutMs;
  }

  /**
   * A broker in controlled shutdown may stop once it leads nothing and every
   * active broker has seen the change (their metadata is past the entry that
   * started the shutdown), so clients find the new leaders at once.
   */
  private heartbeatAnswer(request: HeartbeatRequest): HeartbeatResponse {
    const image = this.image;
    const broker = image.brokers.get(request.brokerId);
    if (broker === undefined) throw new SkiffError('BROKER_ID_NOT_REGISTERED', `broker ${request.brokerId} is not registered`);
    const shouldShutDown = request.wantShutDown && (broker.fenced || this.shutdownComplete(image, request.brokerId));
    return { isCaughtUp: request.currentMetadataOffset > broker.brokerEpoch, isFenced: broker.fenced, shouldShutDown };
  }

  private shutdownComplete(image: I, brokerId: number): boolean {
    const broker = image.brokers.get(brokerId);
    if (broker === undefined || !broker.inControlledShutdown || partitionsLedBy(image, brokerId) > 0) return false;
    const since = this.sessions.get(brokerId)?.controlledShutdownOffset ?? -1;
    return [...image.brokers.values()].every((other) => {
      if (other.brokerId === brokerId || !isActiveBroker(image, other.brokerId)) return true;
      return (this.sessions.get(other.brokerId)?.metadataOffset ?? -1) > since;
    });
  }

}

function countWhere<T>(items: Iterable<T>, predicate: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (predicate(item)) n++;
  return n;
}

function sumOver<T>(items: Iterable<T>, value: (item: T) => number): number {
  let n = 0;
  for (const item of items) n += value(item);
  return n;
}
