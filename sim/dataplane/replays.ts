// Scripted replays of named data-loss scenarios (Jepsen's 2013 Kafka
// analysis, KIP-101, KIP-966, an isolated leader taking acks=1 writes)
// against the real cluster code: three SkiffNodes (sim/cluster/host.ts), each
// a metadata voter and a broker, with the real client library (src/client)
// for producers, consumers and the final read, all recorded into one
// HistoryRecorder and judged by the dataplane checkers (checkers.ts).
//
// A test drives a ReplayCluster step by step: cut links (whole hosts, or only
// the data plane so that metadata still flows), crash hosts so that they lose
// their unsynced writes, restart them, and run the simulator until a named
// condition holds on the committed metadata image or on a replica — or fail
// with a picture of the cluster when it does not within a bound. The cluster
// invariants (sim/cluster/invariants.ts) run before every event, as in the
// random scenarios. Everything random derives from the seed, so a script
// replays bit for bit (traceHash).

import { AssertionError } from '../../src/common/assert.js';
import { nodeId } from '../../src/common/ids.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { CreateTopicsResponse } from '../../src/controller/services.js';
import type { PartitionImage } from '../../src/metadata/image.js';
import { defaultRaftTimeouts } from '../../src/raft/raft-core.js';
import type { Partition } from '../../src/replication/partition.js';
import { decodeBatch } from '../../src/storage/batch/records.js';
import { definitelyNotAppended, SimpleProducer, toSkiffError } from '../../src/client/index.js';
import { ClusterHost, controllerActiveEpoch, randomDirectoryId, type HostObserver, type NodeSettings } from '../cluster/host.js';
import { ClusterInvariants, type Violation } from '../cluster/invariants.js';
import { clusterWireCodec, type ClusterWire } from '../cluster/wire.js';
import { LogRing } from '../ring-logger.js';
import { Scheduler, SimNetwork } from '../runtime/index.js';
import { checkHistory, type DataplaneStats, type DataplaneViolation } from './checkers.js';
import { HistoryRecorder, type Acks, type LogRecord, type SendOutcome } from './history.js';
import { ConsumerWorker, finalRead, makeClient, type ClientHandle, type PartitionRef } from './workload.js';

export interface ReplayOptions {
  readonly seed: number;
  /** log.flush.on.ack on every broker, and the controller's durableAcks (default true, Skiff's default). */
  readonly flushOnAck?: boolean;
  /** replica.lag.time.max.ms (default 10000: Kafka's 30000 only costs simulated events here). */
  readonly replicaLagTimeMaxMs?: number;
  readonly traceSink?: (line: string) => void;
}

/** A script step that did not happen: the condition, the bound, and the cluster's state. */
export class ReplayError extends Error {
  override readonly name = 'ReplayError';
}

/** One send of a scripted producer and how it ended (outcome null while pending). */
export interface SendTicket {
  readonly id: number;
  readonly producer: string;
  readonly value: string;
  readonly ref: PartitionRef;
  readonly invokeMs: number;
  completeMs: number | null;
  outcome: SendOutcome | null;
}

export interface ReplicaState {
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly durableEndOffset: number;
  readonly highWatermark: number;
  readonly role: string;
  readonly leaderEpoch: number;
}

export interface CrashReport {
  readonly node: number;
  readonly atMs: number;
  /** The replica as it stood just before the crash (null: the node hosted none). */
  readonly before: ReplicaState | null;
  /** Bytes of partition-log files (under the log directory) that were not synced and are gone. */
  readonly unsyncedLogBytes: number;
}

export interface Verdict {
  readonly violations: readonly string[];
  readonly stats: DataplaneStats;
  /** The final read: offset → value. */
  readonly finalLog: ReadonlyMap<number, string>;
  /** Each running replica's whole log at the end. */
  readonly replicaLogs: ReadonlyMap<number, readonly LogRecord[]>;
}

const sessionTimeoutMs = 3_000;
const requestTimeoutMs = 2_000;
const logDirPrefix = '/logs/';
/** A script runs a few thousand events; far more means a livelock. */
const maxEvents = 300_000;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class ReplayCluster {
  readonly scheduler: Scheduler;
  readonly network: SimNetwork<ClusterWire>;
  readonly ring: LogRing;
  readonly invariants: ClusterInvariants;
  readonly hosts: ClusterHost[] = [];
  readonly history = new HistoryRecorder();
  private readonly random: SeededRandom;
  private readonly clients: ClientHandle[] = [];
  private readonly producers: ScriptedProducer[] = [];
  private readonly consumers: ConsumerWorker[] = [];
  private readonly observed: PartitionRef[] = [];
  /** partition → offset → the value some replica held there below its high watermark. */
  private readonly committed = new Map<string, Map<number, string>>();
  /** Two different values seen at one offset below a high watermark. */
  readonly conflicts: string[] = [];
  private nextPeer = 200;
  private crashes = 0;
  private readonly onUnhandled = (reason: unknown): void => this.invariants.violate('unhandled-rejection', errorText(reason));

  private constructor(readonly options: ReplayOptions) {
    const flushOnAck = options.flushOnAck ?? true;
    this.scheduler = new Scheduler({ trace: { tailLines: 60, ...(options.traceSink ? { sink: options.traceSink } : {}) } });
    this.random = SeededRandom.fromSeed(`replay-${options.seed}`);
    const codec = clusterWireCodec((method, kind, error) => this.invariants.violate('wire-codec-round-trip', `${kind} of ${method} did not decode: ${errorText(error)}`));
    this.network = new SimNetwork<ClusterWire>(this.scheduler, this.random.fork('network'), { codec });
    this.ring = new LogRing(400, () => this.scheduler.now);
    this.invariants = new ClusterInvariants(
      () => this.scheduler.now,
      (brokerId, brokerEpoch) => {
        const inc = this.hosts[brokerId - 1]?.incarnation;
        return inc?.started && inc.node.lifecycle.brokerEpoch === brokerEpoch ? inc.node.raft.status().appliedOffset : null;
      },
      flushOnAck,
    );
    const voters = [1, 2, 3].map((i) => nodeId(i));
    const settings: NodeSettings = {
      clusterId: 'replay-cluster',
      voters,
      raft: defaultRaftTimeouts,
      controller: {
        clusterId: 'replay-cluster',
        defaultPartitions: 1,
        defaultReplicationFactor: 1,
        defaultMinIsr: 1,
        uncleanLeaderElection: false,
        durableAcks: flushOnAck,
        sessionTimeoutMs,
        noOpIntervalMs: 500,
      },
      heartbeatIntervalMs: Math.round(sessionTimeoutMs / 4.5),
      requestTimeoutMs,
      snapshotEveryEntries: 200,
      replicaLagTimeMaxMs: options.replicaLagTimeMaxMs ?? 10_000,
    };
    const observer: HostObserver = {
      onApplied: (host, inc, entry, image) => this.invariants.onApplied(host.id, inc, entry, image),
      onRestored: (host, inc, image) => this.invariants.onRestored(host.id, inc, image),
      onProposed: (host, inc, offset, epoch, activeEpoch) => this.invariants.onProposed(host.id, inc, offset, epoch, activeEpoch),
      // No disk faults are injected here: a node that stops on an error is a bug.
      onFatal: (host, inc, error) => this.invariants.violate(error instanceof AssertionError ? 'assertion' : 'node-crashed-on-bug', `n${host.id}#${inc}: ${errorText(error)}`),
      onShutdownFailed: (host, inc, error) => this.invariants.violate('shutdown-failed-on-bug', `n${host.id}#${inc}: ${errorText(error)}`),
    };
    for (const id of voters) {
      this.hosts.push(new ClusterHost({ id, rack: null, settings, scheduler: this.scheduler, network: this.network, random: this.random.fork(`host-${id}`), ring: this.ring, observer }));
    }
  }

  /** Three nodes up: one active controller, every broker registered and unfenced. */
  static async boot(options: ReplayOptions): Promise<ReplayCluster> {
    const cluster = new ReplayCluster(options);
    process.on('unhandledRejection', cluster.onUnhandled);
    try {
      for (const host of cluster.hosts) host.start();
      await cluster.runUntil('cluster up (a controller, three unfenced brokers)', () => cluster.brokersUp(cluster.hosts.map((h) => h.id)), 30_000);
    } catch (error) {
      cluster.close();
      throw error;
    }
    return cluster;
  }

  get now(): number {
    return this.scheduler.now;
  }

  get traceHash(): string {
    return this.scheduler.traceHash.hex();
  }

  host(id: number): ClusterHost {
    const host = this.hosts[id - 1];
    if (host === undefined) throw new RangeError(`no node ${id}`);
    return host;
  }

  // --- running the simulator ------------------------------------------------------

  private readonly checkSafety = (): boolean => {
    if (this.scheduler.eventsExecuted > maxEvents && this.invariants.violations.length === 0) this.invariants.violate('bounded-work', `more than ${maxEvents} events`);
    for (const host of this.hosts) {
      const inc = host.incarnation;
      if (!inc?.started) continue;
      const status = inc.node.raft.status();
      this.invariants.observeQuorumLeader(host.id, status.epoch, status.leaderId);
      const activeEpoch = controllerActiveEpoch(inc.node);
      if (activeEpoch !== null) this.invariants.observeActiveController(host.id, inc.number, activeEpoch);
    }
    return this.invariants.violations.length > 0;
  };

  private throwIfViolated(): void {
    const v = this.invariants.violations;
    if (v.length > 0) throw new ReplayError(`cluster invariant violated: ${v.map(showViolation).join('\n')}\n${this.describe()}`);
  }

  /**
   * Lets the microtasks of the last step settle first: a step (a restart, a
   * send) may schedule its first event only after some awaits, and an empty
   * queue would otherwise let run() jump straight to its end time.
   */
  private settleMicrotasks(): Promise<void> {
    return new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Runs the simulator for `ms` of virtual time. */
  async runFor(ms: number): Promise<void> {
    await this.settleMicrotasks();
    await this.scheduler.run({ untilMs: this.scheduler.now + ms, stop: this.checkSafety });
    this.throwIfViolated();
  }

  /** Runs until `condition` holds (checked before every event); throws a ReplayError if it does not within `boundMs`. */
  async runUntil(what: string, condition: () => boolean, boundMs: number): Promise<void> {
    const startMs = this.scheduler.now;
    await this.settleMicrotasks();
    await this.scheduler.run({ untilMs: startMs + boundMs, stop: () => this.checkSafety() || condition() });
    this.throwIfViolated();
    if (!condition()) throw new ReplayError(`not reached within ${boundMs} ms of ${startMs} ms: ${what}\n${this.describe()}`);
    this.scheduler.trace(`replay reached: ${what}`);
  }

  /** Runs for `ms` while `invariant` holds before every event; throws a ReplayError at the first event where it does not. */
  async runHolding(what: string, invariant: () => boolean, ms: number): Promise<void> {
    const startMs = this.scheduler.now;
    await this.settleMicrotasks();
    await this.scheduler.run({ untilMs: startMs + ms, stop: () => this.checkSafety() || !invariant() });
    this.throwIfViolated();
    if (!invariant()) throw new ReplayError(`stopped holding ${this.scheduler.now - startMs} ms after ${startMs} ms: ${what}\n${this.describe()}`);
  }

  /** Runs until `promise` settles; its value, or its rejection rethrown. */
  async settle<T>(what: string, promise: Promise<T>, boundMs: number): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
    promise.then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
    await this.runUntil(what, () => outcome !== null, boundMs);
    const settled = outcome as unknown as { ok: true; value: T } | { ok: false; error: unknown };
    if (!settled.ok) throw settled.error;
    return settled.value;
  }

  // --- state --------------------------------------------------------------------------

  /** The partition as the latest committed metadata image states it. */
  partitionState(ref: PartitionRef): PartitionImage {
    const p = this.invariants.latestImage.topicsByName.get(ref.topic)?.partitions.get(ref.partition);
    if (p === undefined) throw new ReplayError(`no partition ${ref.topic}-${ref.partition} in the committed image`);
    return p;
  }

  /** Node `id`'s replica of the partition, when the node runs and hosts it. */
  replica(id: number, ref: PartitionRef): Partition | undefined {
    return this.host(id).incarnation?.node.replicaManager?.partition(ref.topic, ref.partition);
  }

  replicaState(id: number, ref: PartitionRef): ReplicaState | null {
    const p = this.replica(id, ref);
    if (p === undefined) return null;
    return { logStartOffset: p.log.logStartOffset, logEndOffset: p.log.logEndOffset, durableEndOffset: p.log.durableEndOffset, highWatermark: p.highWatermark, role: p.role, leaderEpoch: p.leaderEpoch };
  }

  /** Every id in `ids` runs a broker whose current incarnation is registered and unfenced in the committed image. */
  brokersUp(ids: readonly number[]): boolean {
    const image = this.invariants.latestImage;
    return ids.every((id) => {
      const inc = this.host(id).incarnation;
      if (!inc?.started || inc.node.lifecycle.state !== 'running') return false;
      const b = image.brokers.get(id);
      return b !== undefined && !b.fenced && b.brokerEpoch === inc.node.lifecycle.brokerEpoch;
    });
  }

  /** Every running replica of the partition holds the same log end as the leader, and the ISR is every replica. */
  inSync(ref: PartitionRef): boolean {
    const p = this.partitionState(ref);
    if (p.leader < 0 || p.isr.length !== p.replicas.length) return false;
    const leader = this.replica(p.leader, ref);
    if (leader?.role !== 'leader' || leader.leaderEpoch !== p.leaderEpoch) return false;
    return p.replicas.every((id) => {
      const r = this.replica(id, ref);
      return r !== undefined && r.log.logEndOffset === leader.log.logEndOffset && r.leaderEpoch === p.leaderEpoch;
    });
  }

  /** A leader leads the partition and every replica's log ends where the leader's does (whatever the ISR). */
  logsAligned(ref: PartitionRef): boolean {
    const p = this.partitionState(ref);
    const leader = p.leader < 0 ? undefined : this.replica(p.leader, ref);
    if (leader?.role !== 'leader' || leader.leaderEpoch !== p.leaderEpoch) return false;
    return p.replicas.every((id) => this.replica(id, ref)?.log.logEndOffset === leader.log.logEndOffset);
  }

  // --- topics --------------------------------------------------------------------------

  /** Creates a one-partition topic and waits until its leader leads it and every replica follows. */
  async createTopic(name: string, settings: { replicationFactor: number; minInsyncReplicas: number; configs?: Readonly<Record<string, string>> }): Promise<PartitionRef> {
    const client = this.client('creator');
    const ref: PartitionRef = { topic: name, partition: 0 };
    const create = async (): Promise<void> => {
      for (let attempt = 0; ; attempt++) {
        const target = this.hosts[attempt % this.hosts.length]!.id;
        let response: CreateTopicsResponse | null = null;
        try {
          response = await client.endpoint.call(target, 'broker.CreateTopics', { topics: [{ name, numPartitions: 1, replicationFactor: settings.replicationFactor, configs: { ...settings.configs, 'min.insync.replicas': String(settings.minInsyncReplicas) } }] }, { timeoutMs: 5_000 });
        } catch {
          response = null;
        }
        const code = response === null ? 'transport' : (response.error?.code ?? response.results[0]?.error?.code ?? null);
        if (code === null || code === 'TOPIC_ALREADY_EXISTS') return;
        await new Promise<void>((resolve) => client.clock.setTimer(200, resolve));
      }
    };
    await this.settle(`create topic ${name}`, create(), 20_000);
    await this.runUntil(`topic ${name} led and followed by all its replicas`, () => this.inSync(ref), 20_000);
    this.observe(ref);
    return ref;
  }

  // --- faults -----------------------------------------------------------------------------

  /** Cuts the data plane (every broker.* message) between the two groups; raft and controller traffic still flows. */
  cutDataPlane(a: readonly number[], b: readonly number[]): void {
    this.network.blockService('broker.', a, b);
  }

  /** Peers (nodes and client peers) in different groups cannot talk at all; peers in no group talk to everyone. */
  partitionNetwork(groups: readonly (readonly number[])[]): void {
    this.network.partition(groups);
  }

  heal(): void {
    this.network.heal();
  }

  /**
   * Power loss on node `id`: the process dies and its disk keeps only what
   * was synced (with `tear`, a random prefix of each file's last unsynced
   * write may survive). Reports the replica's state just before, and how
   * many partition-log bytes were lost.
   */
  crash(id: number, ref: PartitionRef | null, options: { tear?: boolean } = {}): CrashReport {
    const host = this.host(id);
    if (!host.running) throw new ReplayError(`crash n${id}: it is not running`);
    const before = ref === null ? null : this.replicaState(id, ref);
    let unsyncedLogBytes = 0;
    for (const file of host.disk.snapshotForDebug()) {
      if (!file.path.startsWith(logDirPrefix) || !file.inCurrent) continue;
      unsyncedLogBytes += file.inDurable ? Math.max(0, file.currentSize - file.durableSize) : file.currentSize;
    }
    host.crash(this.random.fork(`crash-${this.crashes++}`), options.tear ?? false);
    this.scheduler.trace(`replay crash n${id} unsynced-log-bytes=${unsyncedLogBytes}`);
    return { node: id, atMs: this.scheduler.now, before, unsyncedLogBytes };
  }

  restart(id: number): void {
    this.host(id).start();
  }

  /**
   * Node `id` (down) gets a new, empty data disk: its partition logs are
   * gone and its log directory is formatted with a new directory id, while
   * its metadata directory (the quorum's log and votes) stays. The
   * controller sees the new directory set when the node registers again.
   */
  async replaceLogDisk(id: number): Promise<void> {
    const host = this.host(id);
    if (host.running) throw new ReplayError(`replace the log disk of n${id}: stop it first`);
    const fs = host.disk.mount();
    await this.settle(`n${id}: remove ${logDirPrefix}`, (async () => {
      await fs.remove(logDirPrefix.slice(0, -1));
      await fs.syncDir('/');
    })(), 1_000);
    host.logDirIds = [host.logDirIds[0]!, randomDirectoryId(this.random.fork(`log-disk-${id}-${this.crashes}`))];
    this.scheduler.trace(`replay n${id} new log disk ${host.logDirIds[1]}`);
  }

  // --- clients ----------------------------------------------------------------------------

  /** A client process on its own peer id (for partitionNetwork groups: `client.endpoint.self`). */
  client(label: string): ClientHandle {
    const made = makeClient({ scheduler: this.scheduler, network: this.network, ring: this.ring, nodes: this.hosts.map((h) => h.id) }, this.nextPeer++, label, this.random.fork(`client-${label}`), requestTimeoutMs);
    let closed = false;
    const client: ClientHandle = {
      ...made,
      close: () => {
        if (closed) return;
        closed = true;
        made.close();
      },
    };
    this.clients.push(client);
    return client;
  }

  /** A real SimpleProducer whose every send is recorded in the history. */
  producer(name: string, acks: Acks, options: { idempotent?: boolean; deliveryTimeoutMs?: number } = {}): ScriptedProducer {
    const producer = new ScriptedProducer(this.client(name), name, acks, options.idempotent ?? acks === -1, options.deliveryTimeoutMs ?? 8_000, this.history);
    this.producers.push(producer);
    return producer;
  }

  /** A consumer polling `refs` from the earliest offset until finish(), every poll recorded. */
  startConsumer(name: string, refs: readonly PartitionRef[]): ClientHandle {
    const client = this.client(name);
    const worker = new ConsumerWorker(client, name, this.history, () => refs);
    this.consumers.push(worker);
    void worker.run();
    return client;
  }

  /** Every 250 ms, each serving node's image of the partition (leader, ISR, ELR) goes into the history. */
  private observe(ref: PartitionRef): void {
    this.observed.push(ref);
    if (this.observed.length > 1) return;
    const tick = (): void => {
      for (const host of this.hosts) {
        if (!host.serving) continue;
        const image = host.incarnation!.node.image;
        for (const r of this.observed) {
          const p = image.topicsByName.get(r.topic)?.partitions.get(r.partition);
          if (p !== undefined) this.history.observePartition({ timeMs: this.scheduler.now, node: host.id, topic: r.topic, partition: r.partition, leader: p.leader, isr: [...p.isr], elr: [...p.elr] });
        }
      }
      this.scheduler.after(250, 'replay observe', tick);
    };
    this.scheduler.after(250, 'replay observe', tick);
  }

  // --- logs -------------------------------------------------------------------------------

  /**
   * Node `id`'s whole log of the partition, read straight from its log
   * manager — also before the broker acts on metadata, right after a restart
   * recovered the log (null when the node does not run or has no such log).
   */
  async replicaLog(id: number, ref: PartitionRef): Promise<LogRecord[] | null> {
    const log = this.host(id).incarnation?.node.logManager?.getLog({ topic: ref.topic, partition: ref.partition });
    if (log === undefined) return null;
    const out: LogRecord[] = [];
    for await (const { bytes } of log.batches()) {
      for (const r of decodeBatch(bytes).records) out.push({ offset: r.offset, value: r.value === null ? '' : decoder.decode(r.value) });
    }
    return out;
  }

  /**
   * Reads every running replica's log below its high watermark into one
   * offset → value map; a different value at an offset already seen (on
   * another replica or earlier) is a conflict: committed data diverged.
   */
  async recordCommitted(ref: PartitionRef): Promise<void> {
    const key = `${ref.topic}-${ref.partition}`;
    let seen = this.committed.get(key);
    if (seen === undefined) this.committed.set(key, (seen = new Map()));
    for (const host of this.hosts) {
      const p = this.replica(host.id, ref);
      const records = await this.replicaLog(host.id, ref);
      if (p === undefined || records === null) continue;
      const hw = p.highWatermark;
      for (const r of records) {
        if (r.offset >= hw) break;
        const known = seen.get(r.offset);
        if (known === undefined) seen.set(r.offset, r.value);
        else if (known !== r.value) this.conflicts.push(`${key}@${r.offset}: n${host.id} holds '${r.value}' below its high watermark ${hw}, '${known}' was seen there before (at ${this.scheduler.now} ms)`);
      }
    }
  }

  // --- the end -------------------------------------------------------------------------------

  /**
   * Stops the producers and lets their sends settle, stops the consumers,
   * reads every partition in full with a fresh client, and judges: the
   * history checkers (checkers.ts), committed values never in conflict, and
   * every running replica's log identical to the final read's partition.
   */
  async finish(refs: readonly PartitionRef[]): Promise<Verdict> {
    for (const p of this.producers) p.stop();
    await this.runUntil('producers drained', () => this.producers.every((p) => p.pending === 0), 20_000);
    await this.runFor(1_500);
    for (const c of this.consumers) c.stopped = true;
    await this.runFor(500);
    const violations: string[] = [];
    const finalLog = new Map<number, string>();
    const replicaLogs = new Map<number, readonly LogRecord[]>();
    const reader = this.client('final');
    for (const ref of refs) {
      const result = await this.settle(`final read of ${ref.topic}-${ref.partition}`, finalRead(reader, ref.topic, ref.partition, reader.clock.now() + 10_000), 12_000);
      if (!result.ok) {
        violations.push(`final-read ${ref.topic}-${ref.partition}: ${result.why}`);
        continue;
      }
      this.history.recordFinalRead({ topic: ref.topic, partition: ref.partition, logStartOffset: result.logStartOffset, endOffset: result.endOffset, records: result.records, timeMs: this.scheduler.now });
      for (const r of result.records) finalLog.set(r.offset, r.value);
      await this.recordCommitted(ref);
      for (const host of this.hosts) {
        const log = await this.replicaLog(host.id, ref);
        if (log === null) continue;
        replicaLogs.set(host.id, log);
        const differs = firstDifference(log, result.records, result.endOffset);
        if (differs !== null) violations.push(`replicas-converge ${ref.topic}-${ref.partition}: n${host.id} ${differs}`);
      }
    }
    for (const c of this.conflicts) violations.push(`no-divergence (replica logs below HW) ${c}`);
    const { violations: found, stats } = checkHistory(this.history.history(), { producerOrderFor: 'idempotent' });
    for (const v of found) violations.push(showDataplaneViolation(v));
    return { violations, stats, finalLog, replicaLogs };
  }

  close(): void {
    process.off('unhandledRejection', this.onUnhandled);
    for (const p of this.producers) p.stop();
    for (const c of this.consumers) c.stopped = true;
    for (const client of this.clients) client.close();
  }

  /** Each node's quorum role, broker state and replica of every observed partition, the committed partition state, and the log tail. */
  describe(): string {
    const image = this.invariants.latestImage;
    const nodes = this.hosts.map((h) => {
      const inc = h.incarnation;
      if (!inc) return `  n${h.id}: down`;
      const s = inc.node.raft.status();
      const replicas = this.observed.map((ref) => {
        const r = this.replicaState(h.id, ref);
        return r === null ? `${ref.topic}: none` : `${ref.topic}: ${r.role}@${r.leaderEpoch} hw=${r.highWatermark} leo=${r.logEndOffset} durable=${r.durableEndOffset}`;
      });
      return `  n${h.id}#${inc.number}: raft ${s.role}@${s.epoch} leader=${s.leaderId} broker=${inc.node.lifecycle.state}/${inc.node.lifecycle.brokerEpoch} ${replicas.join(' ')}`;
    });
    const partitions = this.observed.map((ref) => {
      const p = image.topicsByName.get(ref.topic)?.partitions.get(ref.partition);
      return p === undefined ? `  ${ref.topic}: absent` : `  ${ref.topic}: leader=${p.leader}@${p.leaderEpoch} isr=[${p.isr.join(',')}] elr=[${p.elr.join(',')}] replicas=[${p.replicas.join(',')}]`;
    });
    const brokers = [...image.brokers.values()].map((b) => `n${b.brokerId}/${b.brokerEpoch}${b.fenced ? ' fenced' : ''}`).join(' ');
    return [`at ${this.scheduler.now} ms, image offset ${image.offset}, brokers ${brokers}`, ...nodes, ...partitions, '  log tail:', ...this.ring.dump().slice(-40).map((l) => `    ${l}`)].join('\n');
  }
}

/**
 * A SimpleProducer (the real client) on its own client process; each send is
 * one record with a unique value `<name>-<n>`, recorded in the history.
 */
export class ScriptedProducer {
  readonly tickets: SendTicket[] = [];
  private readonly producer: SimpleProducer;
  private next = 0;
  private loop: { ref: PartitionRef; intervalMs: number; cancel: () => void } | null = null;

  constructor(
    readonly client: ClientHandle,
    readonly name: string,
    readonly acks: Acks,
    readonly idempotent: boolean,
    deliveryTimeoutMs: number,
    private readonly history: HistoryRecorder,
  ) {
    this.producer = new SimpleProducer({
      cluster: client.cluster,
      clock: client.clock,
      logger: client.logger,
      acks,
      idempotent,
      maxInFlight: 1,
      lingerMs: 0,
      requestTimeoutMs,
      deliveryTimeoutMs,
      retryBackoffMs: 50,
      retryBackoffMaxMs: 500,
      maxBlockMs: 5_000,
    });
  }

  /** The client's peer id, for partitionNetwork groups. */
  get peer(): number {
    return this.client.endpoint.self as number;
  }

  get pending(): number {
    return this.tickets.filter((t) => t.outcome === null).length;
  }

  send(ref: PartitionRef): SendTicket {
    const value = `${this.name}-${this.next++}`;
    const invokeMs = this.client.now();
    const id = this.history.invokeSend({ producer: this.name, topic: ref.topic, partition: ref.partition, value, acks: this.acks, idempotent: this.idempotent, timeMs: invokeMs });
    const ticket: SendTicket = { id, producer: this.name, value, ref, invokeMs, completeMs: null, outcome: null };
    this.tickets.push(ticket);
    const complete = (outcome: SendOutcome): void => {
      if (ticket.outcome !== null) return; // abandoned meanwhile
      ticket.completeMs = this.client.now();
      ticket.outcome = outcome;
      this.history.completeSend(id, outcome, ticket.completeMs);
    };
    this.producer.send(ref.topic, ref.partition, [{ key: null, value: encoder.encode(value) }]).then(
      (result) => complete({ kind: 'ok', offset: result.baseOffset }),
      (error: unknown) => {
        const skiff = toSkiffError(error);
        complete(definitelyNotAppended(skiff) ? { kind: 'failed-definite', error: skiff.code } : { kind: 'indeterminate', error: skiff.code });
      },
    );
    return ticket;
  }

  /** Sends one record every `intervalMs` (at most 5 outstanding) until stop(). */
  start(ref: PartitionRef, intervalMs: number): void {
    this.stop();
    const tick = (): void => {
      if (this.pending < 5) this.send(ref);
      if (this.loop !== null) this.loop.cancel = this.client.clock.setTimer(intervalMs, tick);
    };
    this.loop = { ref, intervalMs, cancel: this.client.clock.setTimer(intervalMs, tick) };
  }

  stop(): void {
    this.loop?.cancel();
    this.loop = null;
  }

  /** The client process dies: it sends nothing more, and its pending sends end indeterminate (never retried). */
  abandon(): void {
    this.stop();
    this.client.close();
    for (const t of this.tickets) {
      if (t.outcome !== null) continue;
      t.completeMs = this.client.now();
      t.outcome = { kind: 'indeterminate', error: 'client crashed' };
      this.history.completeSend(t.id, t.outcome, t.completeMs);
    }
  }

  /** Sends acknowledged with an offset. */
  acked(): (SendTicket & { outcome: { kind: 'ok'; offset: number } })[] {
    return this.tickets.filter((t): t is SendTicket & { outcome: { kind: 'ok'; offset: number } } => t.outcome?.kind === 'ok');
  }

  /** Failed sends by error code. */
  errors(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const t of this.tickets) if (t.outcome !== null && t.outcome.kind !== 'ok') out[t.outcome.error] = (out[t.outcome.error] ?? 0) + 1;
    return out;
  }
}

/** null when `log` holds every record of `expected` at its offset and nothing at or past `endOffset`; else the first difference. */
function firstDifference(log: readonly LogRecord[], expected: readonly LogRecord[], endOffset: number): string | null {
  const want = new Map(expected.map((r) => [r.offset, r.value]));
  const have = new Map(log.map((r) => [r.offset, r.value]));
  for (const [offset, value] of want) {
    const got = have.get(offset);
    if (got !== value) return `holds ${got === undefined ? 'nothing' : `'${got}'`} at offset ${offset}, the final read '${value}'`;
  }
  const beyond = log.filter((r) => r.offset >= endOffset);
  if (beyond.length > 0) return `holds ${beyond.length} records at or past the final high watermark ${endOffset} (first '${beyond[0]!.value}' at ${beyond[0]!.offset})`;
  return null;
}

function showViolation(v: Violation): string {
  return `${v.invariant} at ${v.timeMs} ms: ${v.detail}`;
}

function showDataplaneViolation(v: DataplaneViolation): string {
  return `${v.invariant}${v.timeMs !== undefined ? ` at ${v.timeMs} ms` : ''}: ${v.detail}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
