// The `cluster` scenario: 3 voters and 0–2 observers (process.roles=broker),
// each a real SkiffNode (src/node: metadata quorum, loader, controller,
// broker lifecycle) on its own simulated disk, clock and network endpoint.
// Admin clients create and delete topics through random nodes' broker
// service; nodes register, heartbeat, get fenced and unfenced, and shut down
// through their controlled shutdown. Two phases, as in the raft scenario:
//   1. safety: faults for a while (partitions, crashes with torn writes,
//      pauses, clock skew, disk faults, controlled shutdowns), every online
//      invariant checked before every event (invariants.ts);
//   2. liveness: heal everything; within a bound one controller is active,
//      every broker is registered and unfenced, every partition that has a
//      live ISR/ELR member is led, and every node holds the same image; then
//      a probe topic must be created, and every acknowledged topic must exist.
// Everything random derives from the seed, so a seed replays bit for bit.

import { AssertionError } from '../../src/common/assert.js';
import { SkiffError } from '../../src/common/errors.js';
import { nodeId } from '../../src/common/ids.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { FsError } from '../../src/env/file-system.js';
import type { MetadataImage } from '../../src/metadata/image.js';
import { noLeader } from '../../src/metadata/records.js';
import { encodeSnapshot } from '../../src/metadata/snapshot-codec.js';
import { defaultRaftTimeouts } from '../../src/raft/raft-core.js';
import { LogRing } from '../ring-logger.js';
import { Scheduler, SimNetwork } from '../runtime/index.js';
import { ClusterHost, controllerActiveEpoch, type HostObserver, type NodeSettings, type ShutdownOutcome } from './host.js';
import { sameBytes } from './image-checks.js';
import { ClusterInvariants, type Violation } from './invariants.js';
import { ClusterNemesis, clusterProfileNames, type ClusterProfileName } from './nemesis.js';
import { clusterWireCodec, type ClusterWire } from './wire.js';
import { AdminClient } from './workload.js';

export interface ClusterScenarioOptions {
  readonly seed: number;
  /** A profile name, or 'mixed' to let the seed choose one. */
  readonly profile: ClusterProfileName | 'mixed';
  readonly observers?: number;
  readonly faultPhaseMs?: number;
  /** Sink for every trace line (--trace FILE). */
  readonly traceSink?: (line: string) => void;
  /** Overrides the drawn number of admin clients (the draw still happens, so other settings stay). */
  readonly adminClients?: number;
  /** Overrides the drawn log.flush.on.ack (the draw still happens). */
  readonly durableAcks?: boolean;
  /** A workload run alongside (the `dataplane` scenario's producers and consumers). */
  readonly extension?: ScenarioExtension;
  /** Consumer-group settings for every node (the `groups` scenario); absent: SkiffNode's defaults. */
  readonly groups?: NodeSettings['groups'];
  /** The brokers' default min.insync.replicas (also __consumer_offsets's, capped by its RF); default 1. */
  readonly defaultMinIsr?: number;
}

/** What a workload extension sees of the run. */
export interface ScenarioContext {
  readonly config: ClusterScenarioConfig;
  readonly scheduler: Scheduler;
  readonly network: SimNetwork<ClusterWire>;
  readonly random: SeededRandom;
  readonly hosts: readonly ClusterHost[];
  readonly invariants: ClusterInvariants;
  readonly ring: LogRing;
  /** The run's safety check: true once a violation was found (a `stop` for scheduler.run). */
  readonly failed: () => boolean;
}

/**
 * A workload run alongside the cluster scenario: started with the hosts,
 * finished after the liveness phase passed (only then: a failed seed skips
 * it). Violations go to context.invariants.violate.
 */
export interface ScenarioExtension {
  start(context: ScenarioContext): void;
  finish(context: ScenarioContext): Promise<void>;
}

export interface ClusterScenarioConfig {
  readonly seed: number;
  readonly profile: ClusterProfileName;
  readonly voters: number;
  readonly observers: number;
  readonly racks: boolean;
  readonly adminClients: number;
  readonly faultPhaseMs: number;
  readonly faultIntervalMs: readonly [number, number];
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly shutdownTimeoutMs: number;
  readonly snapshotEveryEntries: number;
  /** log.flush.on.ack, as the controller sees it: whether a broker restarting on intact disks stays an eligible leader. */
  readonly durableAcks: boolean;
  /** After the heal: one controller, all brokers unfenced, partitions led, images equal — within this. */
  readonly livenessBoundMs: number;
}

export interface ClusterScenarioResult {
  readonly config: ClusterScenarioConfig;
  readonly violations: readonly Violation[];
  readonly simulatedMs: number;
  readonly events: number;
  readonly traceHash: string;
  readonly traceTail: readonly string[];
  readonly logTail: readonly string[];
  readonly stats: ClusterStats;
}

export interface ClusterStats {
  committedEntries: number;
  maxEpoch: number;
  topicsCreated: number;
  topicsDeleted: number;
  adminAttempts: number;
  adminIndeterminate: number;
  shutdowns: Record<ShutdownOutcome, number>;
  fatalRestarts: number;
  /** Virtual ms from the heal until the cluster settled (-1: never). */
  settleMs: number;
  /** Committed records by kind (Fence, Unfence, ControlledShutdown, RegisterBroker, Topic, PartitionChange, ...). */
  records: Record<string, number>;
}

/** Events one run may execute; a passing seed uses a few thousand. Beyond this the run is livelocked. */
export const maxEventsPerRun = 400_000;
/** Per-seed bounds, printed by the CLI. */
export const clusterBounds = { faultPhaseMs: [12_000, 24_000], maxEventsPerRun, probeBoundMs: 15_000 } as const;

export function deriveClusterConfig(options: ClusterScenarioOptions): ClusterScenarioConfig {
  const random = SeededRandom.fromSeed(options.seed).fork('cluster-config');
  // Drawn even when a profile is given, so `--profile <the drawn one>` derives the same settings as 'mixed' did.
  const drawn = clusterProfileNames[random.int(clusterProfileNames.length)]!;
  const profile = options.profile === 'mixed' ? drawn : options.profile;
  const sessionTimeoutMs = 3_000 + 500 * random.int(7);
  const [minFaultMs, maxFaultMs] = clusterBounds.faultPhaseMs;
  return {
    seed: options.seed,
    profile,
    voters: 3,
    observers: options.observers ?? random.int(3),
    racks: random.int(3) === 0,
    adminClients: override(options.adminClients, 1 + random.int(3)),
    faultPhaseMs: options.faultPhaseMs ?? minFaultMs + random.int(maxFaultMs - minFaultMs),
    faultIntervalMs: [300, 800 + random.int(1_700)],
    sessionTimeoutMs,
    // Kafka's defaults keep the session 4.5 heartbeats long (9000 / 2000).
    heartbeatIntervalMs: Math.round(sessionTimeoutMs / 4.5),
    shutdownTimeoutMs: 2_000 + random.int(4_000),
    snapshotEveryEntries: 10 + random.int(100),
    // Mostly the default (true); sometimes Kafka's page-cache acks, where a restart leaves every ELR.
    durableAcks: override(options.durableAcks, random.int(4) !== 0),
    // A restarted broker may wait a whole session for its old registration to expire, and a failover grants a full session again.
    livenessBoundMs: 2 * sessionTimeoutMs + 15_000,
  };
}

/** The override if given, else the drawn value (drawn either way, so the later draws do not move). */
function override<T>(given: T | undefined, drawn: T): T {
  return given ?? drawn;
}

export async function runClusterScenario(options: ClusterScenarioOptions): Promise<ClusterScenarioResult> {
  return new ClusterRun(deriveClusterConfig(options), options).execute();
}

class ClusterRun {
  private readonly scheduler: Scheduler;
  private readonly random: SeededRandom;
  private readonly network: SimNetwork<ClusterWire>;
  private readonly ring: LogRing;
  private readonly invariants: ClusterInvariants;
  private readonly hosts: ClusterHost[] = [];
  private readonly nemesis: ClusterNemesis;
  private readonly admins: AdminClient[] = [];
  private readonly stats: ClusterStats = {
    committedEntries: 0,
    maxEpoch: 0,
    topicsCreated: 0,
    topicsDeleted: 0,
    adminAttempts: 0,
    adminIndeterminate: 0,
    shutdowns: { clean: 0, 'timed-out': 0, failed: 0, crashed: 0, 'not-running': 0 },
    fatalRestarts: 0,
    settleMs: -1,
    records: {},
  };
  private healed = false;
  private readonly extension: ScenarioExtension | undefined;
  private extensionContext: ScenarioContext | null = null;

  constructor(
    private readonly config: ClusterScenarioConfig,
    options: ClusterScenarioOptions,
  ) {
    this.scheduler = new Scheduler({ trace: { tailLines: 60, ...(options.traceSink ? { sink: options.traceSink } : {}) } });
    this.random = SeededRandom.fromSeed(config.seed);
    this.extension = options.extension;
    const codec = clusterWireCodec((method, kind, error) => this.invariants.violate('wire-codec-round-trip', `${kind} of ${method} did not decode: ${(error as Error).message}`));
    this.network = new SimNetwork<ClusterWire>(this.scheduler, this.random.fork('network'), { codec });
    this.ring = new LogRing(400, () => this.scheduler.now);
    this.invariants = new ClusterInvariants(
      () => this.scheduler.now,
      (brokerId, brokerEpoch) => {
        const inc = this.hosts[brokerId - 1]?.incarnation;
        return inc?.started && inc.node.lifecycle.brokerEpoch === brokerEpoch ? inc.node.raft.status().appliedOffset : null;
      },
      config.durableAcks,
    );
    const voters = Array.from({ length: config.voters }, (_, i) => nodeId(i + 1));
    const settings: NodeSettings = {
      clusterId: 'sim-cluster',
      voters,
      raft: defaultRaftTimeouts,
      controller: {
        clusterId: 'sim-cluster',
        defaultPartitions: 1,
        defaultReplicationFactor: 1,
        defaultMinIsr: options.defaultMinIsr ?? 1,
        uncleanLeaderElection: false,
        durableAcks: config.durableAcks,
        sessionTimeoutMs: config.sessionTimeoutMs,
        noOpIntervalMs: 500,
      },
      heartbeatIntervalMs: config.heartbeatIntervalMs,
      requestTimeoutMs: 2_000,
      snapshotEveryEntries: config.snapshotEveryEntries,
      ...(options.groups !== undefined ? { groups: options.groups } : {}),
    };
    const observer: HostObserver = {
      onApplied: (host, inc, entry, image) => this.invariants.onApplied(host.id, inc, entry, image),
      onRestored: (host, inc, image) => this.invariants.onRestored(host.id, inc, image),
      onProposed: (host, inc, offset, epoch, activeEpoch) => this.invariants.onProposed(host.id, inc, offset, epoch, activeEpoch),
      onFatal: (host, inc, error) => this.onNodeFatal(host, inc, error),
      onShutdownFailed: (host, inc, error) => {
        if (!isStorageError(error)) this.invariants.violate('shutdown-failed-on-bug', `n${host.id}#${inc}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      },
    };
    for (let i = 1; i <= config.voters + config.observers; i++) {
      const id = nodeId(i);
      this.hosts.push(new ClusterHost({ id, rack: config.racks ? `rack-${i % 2}` : null, settings, scheduler: this.scheduler, network: this.network, random: this.random.fork(`host-${id}`), ring: this.ring, observer }));
    }
    this.nemesis = new ClusterNemesis(config.profile, {
      hosts: this.hosts,
      network: this.network,
      random: this.random.fork('nemesis'),
      trace: (line) => this.scheduler.trace(line),
      leader: () => this.activeController(),
      controlledShutdown: (host) => void this.controlledShutdown(host),
      onWiped: (host) => this.scheduler.trace(`wiped n${host.id}`),
    });
  }

  async execute(): Promise<ClusterScenarioResult> {
    // A rejection nobody handles inside node code is a bug: fail the seed, not the sweep.
    const onUnhandled = (reason: unknown): void => this.invariants.violate('unhandled-rejection', reason instanceof Error ? (reason.stack ?? reason.message) : String(reason));
    process.on('unhandledRejection', onUnhandled);
    try {
      await this.phases();
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.invariants.violate(error instanceof AssertionError ? 'assertion' : 'simulation-error', detail);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      for (const admin of this.admins) admin.stopped = true;
    }
    return this.result();
  }

  private readonly checkSafety = (): boolean => {
    if (this.scheduler.eventsExecuted > maxEventsPerRun && this.invariants.violations.length === 0) {
      this.invariants.violate('bounded-work', `more than ${maxEventsPerRun} events: livelock at ${this.scheduler.now} ms; ${this.describeNodes()}`);
    }
    for (const host of this.hosts) {
      const inc = host.incarnation;
      if (!inc?.started) continue;
      const status = inc.node.raft.status();
      this.invariants.observeQuorumLeader(host.id, status.epoch, status.leaderId);
      if (status.epoch > this.stats.maxEpoch) this.stats.maxEpoch = status.epoch;
      const activeEpoch = controllerActiveEpoch(inc.node);
      if (activeEpoch !== null) this.invariants.observeActiveController(host.id, inc.number, activeEpoch);
    }
    return this.invariants.violations.length > 0;
  };

  private failed(): boolean {
    return this.invariants.violations.length > 0;
  }

  private async phases(): Promise<void> {
    for (const host of this.hosts) host.start();
    this.startAdmins();
    if (this.extension) {
      this.extensionContext = {
        config: this.config,
        scheduler: this.scheduler,
        network: this.network,
        random: this.random.fork('extension'),
        hosts: this.hosts,
        invariants: this.invariants,
        ring: this.ring,
        failed: this.checkSafety,
      };
      this.extension.start(this.extensionContext);
    }
    this.scheduleFaults(this.config.faultPhaseMs);
    await this.scheduler.run({ untilMs: this.config.faultPhaseMs, stop: this.checkSafety });
    if (this.failed()) return;
    this.healed = true;
    for (const admin of this.admins) admin.stopped = true;
    this.nemesis.heal();
    await this.livenessPhase();
    if (this.extension && this.extensionContext && !this.failed()) await this.extension.finish(this.extensionContext);
  }

  private startAdmins(): void {
    for (let i = 0; i < this.config.adminClients; i++) {
      const admin = this.adminClient(100 + i, `admin-${i}`, this.config.faultPhaseMs);
      this.admins.push(admin);
      void admin.run();
    }
  }

  private adminClient(id: number, label: string, stopAtMs: number): AdminClient {
    const transport = this.network.attach(id);
    transport.serve({} as never);
    return new AdminClient(id, transport, {
      scheduler: this.scheduler,
      random: this.random.fork(label),
      invariants: this.invariants,
      nodes: this.hosts.map((h) => h.id),
      liveBrokers: () => this.hosts.filter((h) => h.serving).length,
      requestTimeoutMs: 5_000,
      maxAttempts: 8,
      maxTopics: 4,
      stopAtMs,
    });
  }

  private scheduleFaults(faultEndMs: number): void {
    const [minMs, maxMs] = this.config.faultIntervalMs;
    const next = (): void => {
      const at = this.scheduler.now + minMs + this.random.int(maxMs - minMs);
      if (at >= faultEndMs) return;
      this.scheduler.at(at, 'nemesis', () => {
        this.nemesis.step();
        next();
      });
    };
    next();
  }

  // --- node lifecycle ------------------------------------------------------------

  /**
   * A disk error stops the node (the process would exit) and a supervisor
   * restarts it; anything else that stops a node is a bug and fails the seed.
   */
  private onNodeFatal(host: ClusterHost, incarnation: number, error: unknown): void {
    if (host.incarnation?.number !== incarnation) return;
    if (!isStorageError(error)) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.invariants.violate(error instanceof AssertionError ? 'assertion' : 'node-crashed-on-bug', `n${host.id}#${incarnation}: ${detail}`);
      return;
    }
    this.scheduler.trace(`fatal n${host.id}: ${error instanceof Error ? error.message : String(error)}`);
    host.crash(this.random.fork(`fatal-${this.stats.fatalRestarts}`), true);
    this.stats.fatalRestarts++;
    this.scheduler.after(300 + this.random.int(1_500), `supervisor restart n${host.id}`, () => host.start());
  }

  /**
   * SIGTERM, then a restart a little later. A clean controlled shutdown means
   * the controller released the broker: it leads no partition in the
   * committed metadata (kraft-digest §1.5).
   */
  private async controlledShutdown(host: ClusterHost): Promise<void> {
    const lifecycle = host.incarnation?.node.lifecycle;
    const outcome = await host.shutdown(this.config.shutdownTimeoutMs);
    this.stats.shutdowns[outcome]++;
    const image = this.invariants.latestImage;
    // A broker that never got registered (its old incarnation's session still held the id) has nothing to release.
    const registered = lifecycle !== undefined && lifecycle.brokerEpoch >= 0 && image.brokers.get(host.id)?.brokerEpoch === lifecycle.brokerEpoch;
    if (outcome === 'clean' && registered) {
      const led = image.partitionsOf(host.id).leaderOf;
      if (led.length > 0) {
        const where = led.map((p) => `${image.topicsById.get(p.topicId)?.name}-${p.partition}`).join(', ');
        this.invariants.violate('clean-shutdown-leads-nothing', `n${host.id} finished a clean controlled shutdown, but at committed offset ${image.offset} it still leads ${where}`);
      }
    }
    if (outcome === 'not-running') return;
    const delayMs = this.healed ? 100 : 200 + this.random.int(2_800);
    this.scheduler.after(delayMs, `restart after shutdown n${host.id}`, () => {
      if (!host.running) host.start();
    });
  }

  // --- liveness ------------------------------------------------------------------

  private async livenessPhase(): Promise<void> {
    const healMs = this.scheduler.now;
    const stop = (): boolean => this.checkSafety() || this.settled() === null;
    await this.scheduler.run({ untilMs: healMs + this.config.livenessBoundMs, stop });
    if (this.failed()) return;
    const unsettled = this.settled();
    if (unsettled !== null) {
      this.invariants.violate('cluster-settles-after-heal', `${this.config.livenessBoundMs} ms after the heal: ${unsettled}; ${this.describeNodes()}`);
      return;
    }
    this.stats.settleMs = this.scheduler.now - healMs;
    // The controller still takes writes: a probe topic on every broker.
    const probe = this.adminClient(190, 'probe', Infinity);
    let probed: boolean | null = null;
    const probeStartMs = this.scheduler.now;
    void (async () => {
      // A refusal (a broker fenced a moment ago: too few for the replication factor) is retried until the bound.
      while (!(await probe.createTopic('probe', this.hosts.length)) && this.scheduler.now < probeStartMs + clusterBounds.probeBoundMs) {
        await new Promise<void>((resolve) => this.scheduler.after(200, 'probe backoff', resolve));
      }
      probed = this.scheduler.now < probeStartMs + clusterBounds.probeBoundMs;
    })();
    await this.scheduler.run({ untilMs: probeStartMs + clusterBounds.probeBoundMs, stop: () => this.checkSafety() || probed !== null });
    probe.stopped = true;
    if (this.failed()) return;
    if (probed !== true) {
      this.invariants.violate('probe-topic-created-after-heal', `CreateTopics 'probe' (RF ${this.hosts.length}) did not succeed within ${clusterBounds.probeBoundMs} ms of a settled cluster (${probed === false ? 'refused or gave up' : 'no answer'}); ${this.describeNodes()}`);
      return;
    }
    await this.scheduler.run({ untilMs: this.scheduler.now + this.config.livenessBoundMs, stop });
    if (this.failed()) return;
    const again = this.settled();
    if (again !== null) {
      this.invariants.violate('cluster-settles-after-heal', `after the probe: ${again}; ${this.describeNodes()}`);
      return;
    }
    this.checkAcknowledgedTopics();
  }

  /** null when the cluster has settled, else what is still missing. */
  private settled(): string | null {
    const controller = this.activeController();
    if (controller === null) return 'no active controller';
    const leaderInc = controller.incarnation!;
    const epoch = controllerActiveEpoch(leaderInc.node);
    for (const host of this.hosts) {
      const inc = host.incarnation;
      if (!inc?.started || inc.stopping) return `n${host.id} is not running`;
      const status = inc.node.raft.status();
      if (status.epoch !== epoch || status.leaderId !== controller.id) return `n${host.id} is in epoch ${status.epoch} with leader ${status.leaderId}, the controller n${controller.id} in ${epoch}`;
    }
    const image = leaderInc.node.image;
    for (const host of this.hosts) {
      const lifecycle = host.incarnation!.node.lifecycle;
      const broker = image.brokers.get(host.id);
      if (lifecycle.state !== 'running') return `broker n${host.id} is ${lifecycle.state}`;
      if (broker === undefined || broker.brokerEpoch !== lifecycle.brokerEpoch || broker.fenced || broker.inControlledShutdown) {
        return `broker n${host.id} (epoch ${lifecycle.brokerEpoch}) is not registered and unfenced in the committed image: ${broker ? `epoch ${broker.brokerEpoch} fenced=${broker.fenced} shutdown=${broker.inControlledShutdown}` : 'absent'}`;
      }
    }
    const offline = this.offlineButElectable(image);
    if (offline !== null) return offline;
    const offset = image.offset;
    if (this.hosts.some((h) => h.incarnation!.node.image.offset !== offset)) {
      return `images differ in offset: ${this.hosts.map((h) => `n${h.id}@${h.incarnation!.node.image.offset}`).join(' ')}`;
    }
    const bytes = encodeSnapshot(image);
    for (const host of this.hosts) {
      if (!sameBytes(encodeSnapshot(host.incarnation!.node.image), bytes)) return `n${host.id}'s image at offset ${offset} differs from the controller's`;
    }
    return null;
  }

  /** A partition without a leader although a live broker in its ISR or ELR could lead it. */
  private offlineButElectable(image: MetadataImage): string | null {
    const active = (id: number): boolean => {
      const b = image.brokers.get(id);
      return b !== undefined && !b.fenced && !b.inControlledShutdown;
    };
    for (const topic of image.topicsById.values()) {
      for (const p of topic.partitions.values()) {
        if (p.leader === noLeader && [...p.isr, ...p.elr].some(active)) {
          return `${topic.name}-${p.partition} has no leader, yet isr [${p.isr.join(',')}] / elr [${p.elr.join(',')}] has a live broker`;
        }
      }
    }
    return null;
  }

  /** Jepsen-style final read: every acknowledged topic that no one tried to delete still exists, with its id. */
  private checkAcknowledgedTopics(): void {
    const image = this.invariants.latestImage;
    for (const admin of this.admins) {
      for (const [name, topicId] of admin.acknowledged) {
        const topic = image.topicsByName.get(name);
        if (topic === undefined || topic.topicId !== topicId) {
          this.invariants.violate('acknowledged-topic-survives', `topic '${name}' (id ${topicId}) was acknowledged and never deleted, but the final image has ${topic ? `id ${topic.topicId}` : 'no such topic'}; history ${JSON.stringify(this.invariants.topicHistory(name))}`);
        }
      }
    }
  }

  // --- views -----------------------------------------------------------------------

  private activeController(): ClusterHost | null {
    let best: { host: ClusterHost; epoch: number } | null = null;
    for (const host of this.hosts) {
      const inc = host.incarnation;
      if (!inc?.started) continue;
      const epoch = controllerActiveEpoch(inc.node);
      const status = inc.node.raft.status();
      if (epoch === null || status.role !== 'leader' || status.epoch !== epoch) continue;
      if (best === null || epoch > best.epoch) best = { host, epoch };
    }
    return best?.host ?? null;
  }

  describeNodes(): string {
    return this.hosts
      .map((h) => {
        const inc = h.incarnation;
        if (!inc) return `n${h.id}:down`;
        if (!inc.started) return `n${h.id}:starting`;
        const s = inc.node.raft.status();
        const active = controllerActiveEpoch(inc.node);
        return `n${h.id}#${inc.number}:${s.role}@${s.epoch}${h.paused ? '(paused)' : ''}${inc.stopping ? '(stopping)' : ''} leader=${s.leaderId} hw=${s.highWatermark} applied=${s.appliedOffset} image=${inc.node.image.offset} broker=${inc.node.lifecycle.state}/${inc.node.lifecycle.brokerEpoch}${active !== null ? ` active@${active}` : ''}`;
      })
      .join(' ');
  }

  private result(): ClusterScenarioResult {
    for (const admin of this.admins) {
      this.stats.topicsCreated += admin.stats.created;
      this.stats.topicsDeleted += admin.stats.deleted;
      this.stats.adminAttempts += admin.stats.attempts;
      this.stats.adminIndeterminate += admin.stats.indeterminate;
    }
    this.stats.committedEntries = this.invariants.committedOffsets;
    this.stats.records = Object.fromEntries([...this.invariants.recordCounts].sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      config: this.config,
      violations: this.invariants.violations,
      simulatedMs: this.scheduler.now,
      events: this.scheduler.eventsExecuted,
      traceHash: this.scheduler.traceHash.hex(),
      traceTail: this.scheduler.traceHash.tail(60),
      logTail: this.ring.dump().slice(-120),
      stats: this.stats,
    };
  }
}

function isStorageError(error: unknown): boolean {
  return error instanceof FsError || (error instanceof SkiffError && (error.code === 'KAFKA_STORAGE_ERROR' || error.code === 'CORRUPT_MESSAGE'));
}
