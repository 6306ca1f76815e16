// A tiny in-memory cluster for the client tests: one log per partition whose
// "leader" is just a broker id the test can move, behind Handlers for
// Metadata, Produce, Fetch, ListOffsets and InitProducerId, wired to the
// clients through an in-process Transport on the simulator's virtual time
// (Scheduler + SimClock). The log assigns offsets, keeps the last 5 batches
// per producer to drop retried duplicates and refuses sequence gaps, as
// DESIGN.md §6 specifies for the real broker. Faults: per-call transport
// faults (drop the request, drop the response, fail fast), a broker that is
// down, per-partition error injection in Produce, a lagging high watermark.
// Consumer groups: `groupHandlers` may supply the group RPCs (the consumer
// tests plug a real GroupCoordinator in there); without it they are refused.

import type { BrokerServices, FetchPartitionResponse, ProducePartitionResponse } from '../../src/broker/services.js';
import { earliestTimestamp } from '../../src/broker/services.js';
import type { ErrorCode } from '../../src/common/errors.js';
import type { ApiError } from '../../src/controller/services.js';
import type { Clock } from '../../src/env/clock.js';
import { type CallOptions, type Handlers, type PeerId, type Transport, TransportError } from '../../src/env/transport.js';
import { type BatchHeader, setBaseOffset, splitBatches } from '../../src/storage/batch/header.js';
import { decodeBatches } from '../../src/storage/batch/records.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimClock } from '../../sim/runtime/sim-clock.js';

/** 'overtaken': delivered 5 ms late, so later calls overtake it (gRPC's HTTP/2 streams do not keep a connection's order). */
export type TransportFault = 'deliver' | 'drop-request' | 'drop-response' | 'fail-fast' | 'overtaken';

export interface CallRecord {
  /** The calling transport's own id (transport(self)). */
  readonly from: PeerId;
  readonly to: PeerId;
  readonly method: keyof BrokerServices;
  readonly request: unknown;
  readonly atMs: number;
}

interface StoredBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly bytes: Uint8Array;
}

interface ProducerEntry {
  epoch: number;
  /** The last 5 appended batches: firstSeq, lastSeq, baseOffset. */
  readonly recent: { firstSeq: number; lastSeq: number; baseOffset: number }[];
}

export class FakeLog {
  readonly batches: StoredBatch[] = [];
  logEndOffset = 0;
  logStartOffset = 0;
  /** How far the high watermark trails the log end (replication lag). */
  hwLag = 0;
  readonly producers = new Map<number, ProducerEntry>();

  get highWatermark(): number {
    return Math.max(this.logStartOffset, this.logEndOffset - this.hwLag);
  }

  /** Every record's value, in offset order, as text. */
  values(): string[] {
    const text = new TextDecoder();
    return decodeBatches(concat(this.batches.map((b) => b.bytes))).flatMap((b) => b.records.map((r) => (r.value === null ? '<null>' : text.decode(r.value))));
  }

  /** Appends one batch with idempotence checks; returns the base offset or an error. */
  append(bytes: Uint8Array, header: BatchHeader): { baseOffset: number } | { error: ErrorCode } {
    const count = header.lastOffsetDelta + 1;
    let entry: ProducerEntry | undefined;
    if (header.producerId >= 0) {
      entry = this.producers.get(header.producerId);
      if (entry !== undefined && header.producerEpoch < entry.epoch) return { error: 'INVALID_PRODUCER_EPOCH' };
      if (entry !== undefined && header.producerEpoch > entry.epoch) {
        // A new epoch starts the sequences over at 0 (KIP-360).
        if (header.baseSequence !== 0) return { error: 'OUT_OF_ORDER_SEQUENCE_NUMBER' };
        entry = { epoch: header.producerEpoch, recent: [] };
        this.producers.set(header.producerId, entry);
      }
      const firstSeq = header.baseSequence;
      const lastSeq = firstSeq + count - 1;
      const duplicate = entry?.recent.find((r) => r.firstSeq === firstSeq && r.lastSeq === lastSeq);
      if (duplicate !== undefined) return { baseOffset: duplicate.baseOffset };
      const expected = entry === undefined ? 0 : (entry.recent[entry.recent.length - 1]?.lastSeq ?? -1) + 1;
      if (firstSeq !== expected) return { error: 'OUT_OF_ORDER_SEQUENCE_NUMBER' };
    }
    const copy = bytes.slice();
    const baseOffset = this.logEndOffset;
    setBaseOffset(copy, 0, baseOffset);
    this.batches.push({ baseOffset, lastOffset: baseOffset + count - 1, bytes: copy });
    this.logEndOffset += count;
    if (header.producerId >= 0) {
      entry ??= { epoch: header.producerEpoch, recent: [] };
      entry.recent.push({ firstSeq: header.baseSequence, lastSeq: header.baseSequence + count - 1, baseOffset });
      if (entry.recent.length > 5) entry.recent.shift();
      this.producers.set(header.producerId, entry);
    }
    return { baseOffset };
  }
}

export interface FakeClusterOptions {
  readonly brokers?: readonly number[];
  readonly topics?: readonly { readonly name: string; readonly partitions: number; readonly leader?: number }[];
  /** One-way delay of every message, ms. Default 1. */
  readonly latencyMs?: number;
  /** Default: a SimClock on this cluster's Scheduler (virtual time). A real clock makes it usable from real-time code. */
  readonly clock?: Clock;
}

export class FakeCluster {
  readonly scheduler = new Scheduler({ traceEvents: false });
  readonly clock: Clock;
  readonly brokers: readonly number[];
  readonly latencyMs: number;
  readonly calls: CallRecord[] = [];
  readonly down = new Set<number>();
  readonly leaders = new Map<string, { leader: number; leaderEpoch: number }>();
  readonly logs = new Map<string, FakeLog>();
  readonly topicPartitions = new Map<string, number>();
  /** Decides each call's transport fate; default: deliver. */
  transportFault: (call: CallRecord) => TransportFault = () => 'deliver';
  /** Injects a partition-level Produce error before the append. */
  produceError: (broker: number, topic: string, partition: number, header: BatchHeader) => ErrorCode | null = () => null;
  /** Handlers that replace the refusing defaults on every broker (the group RPCs, say). */
  groupHandlers: ((broker: number) => Partial<Handlers<BrokerServices>>) | null = null;
  private nextProducerId = 1000;
  private readonly fetchWaiters = new Set<() => void>();

  constructor(options: FakeClusterOptions = {}) {
    this.clock = options.clock ?? new SimClock(this.scheduler, { label: 'client' });
    this.brokers = options.brokers ?? [1, 2, 3];
    this.latencyMs = options.latencyMs ?? 1;
    for (const topic of options.topics ?? []) this.createTopic(topic.name, topic.partitions, topic.leader ?? (this.brokers[0] as number));
  }

  createTopic(name: string, partitions: number, leader: number): void {
    this.topicPartitions.set(name, partitions);
    for (let p = 0; p < partitions; p++) {
      this.leaders.set(key(name, p), { leader, leaderEpoch: 0 });
      this.logs.set(key(name, p), new FakeLog());
    }
  }

  log(topic: string, partition: number): FakeLog {
    const log = this.logs.get(key(topic, partition));
    if (log === undefined) throw new Error(`no log ${topic}-${partition}`);
    return log;
  }

  /** Moves leadership (leader -1 = none), bumping the leader epoch. */
  setLeader(topic: string, partition: number, leader: number): void {
    const current = this.leaders.get(key(topic, partition));
    if (current === undefined) throw new Error(`no partition ${topic}-${partition}`);
    this.leaders.set(key(topic, partition), { leader, leaderEpoch: current.leaderEpoch + 1 });
  }

  callsOf(method: keyof BrokerServices): CallRecord[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Runs the simulation until `promise` settles (or `maxMs` of virtual time pass), then returns its outcome. */
  async settle<T>(promise: Promise<T>, maxMs = 600_000): Promise<T> {
    let done = false;
    const watched = promise.then(
      (v) => {
        done = true;
        return v;
      },
      (e: unknown) => {
        done = true;
        throw e;
      },
    );
    watched.catch(() => {});
    // Work that starts on promise continuations alone (no timer yet) must get to schedule its first event,
    // or the scheduler finds nothing due and jumps straight to the deadline.
    for (let turn = 0; turn < 5 && !done; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
    if (!done) await this.scheduler.run({ stop: () => done, untilMs: this.scheduler.now + maxMs });
    if (!done) throw new Error(`did not settle within ${maxMs} virtual ms`);
    return watched;
  }

  /** Lets virtual time pass. */
  async advance(ms: number): Promise<void> {
    await this.scheduler.run({ untilMs: this.scheduler.now + ms });
  }

  transport(self: PeerId = -1): Transport<BrokerServices> {
    const call = <M extends keyof BrokerServices & string>(to: PeerId, method: M, request: BrokerServices[M]['request'], options: CallOptions): Promise<BrokerServices[M]['response']> =>
      new Promise((resolve, reject) => {
        const record: CallRecord = { from: self, to, method, request, atMs: this.scheduler.now };
        this.calls.push(record);
        const fault = this.transportFault(record);
        let finished = false;
        const finish = (fn: () => void): void => {
          if (finished) return;
          finished = true;
          cancelTimeout();
          fn();
        };
        const cancelTimeout = this.clock.setTimer(options.timeoutMs, () => finish(() => reject(new TransportError('REQUEST_TIMED_OUT', to, method))));
        if (fault === 'fail-fast' || this.down.has(to) || !this.brokers.includes(to)) {
          this.clock.setTimer(this.latencyMs, () => finish(() => reject(new TransportError('NETWORK_EXCEPTION', to, method, 'unreachable'))));
          return;
        }
        if (fault === 'drop-request') return;
        this.clock.setTimer(fault === 'overtaken' ? this.latencyMs + 5 : this.latencyMs, () => {
          const handler = this.handlers(to)[method] as (from: PeerId, request: BrokerServices[M]['request']) => Promise<BrokerServices[M]['response']>;
          void handler(self, structuredClone(request)).then(
            (response) => {
              if (fault === 'drop-response') return;
              this.clock.setTimer(this.latencyMs, () => finish(() => resolve(structuredClone(response))));
            },
            (error: unknown) => this.clock.setTimer(this.latencyMs, () => finish(() => reject(error))),
          );
        });
      });
    return { self, call, serve: () => {}, close: () => Promise.resolve() };
  }

  handlers(broker: number): Handlers<BrokerServices> {
    return { ...this.baseHandlers(broker), ...(this.groupHandlers?.(broker) ?? {}) };
  }

  private baseHandlers(broker: number): Handlers<BrokerServices> {
    const unsupported = (): Promise<never> => Promise.reject(new Error('not in the fake'));
    return {
      Metadata: (_from, request) => {
        const names = request.topics ?? [...this.topicPartitions.keys()];
        return Promise.resolve({
          clusterId: 'fake',
          controllerId: this.brokers[0] as number,
          metadataOffset: 0,
          brokers: this.brokers.filter((b) => !this.down.has(b)).map((b) => ({ brokerId: b, host: '127.0.0.1', port: 9000 + b, rack: null, fenced: false, inControlledShutdown: false, brokerEpoch: 1 })),
          topics: names.map((name) => {
            const count = this.topicPartitions.get(name);
            if (count === undefined) return { name, topicId: '', error: { code: 'UNKNOWN_TOPIC_OR_PARTITION', message: 'no such topic' } as ApiError, partitions: [], configs: {} };
            const partitions = Array.from({ length: count }, (_, p) => {
              const state = this.leaders.get(key(name, p)) as { leader: number; leaderEpoch: number };
              return { partition: p, leader: state.leader, leaderEpoch: state.leaderEpoch, replicas: [...this.brokers], isr: [...this.brokers], elr: [], offlineReplicas: [] };
            });
            return { name, topicId: `id-${name}`, error: null, partitions, configs: {} };
          }),
        });
      },
      DescribeCluster: unsupported,
      DescribeQuorum: unsupported,
      CreateTopics: (_from, request) =>
        Promise.resolve({
          error: null,
          results: request.topics.map((t) => {
            if (this.topicPartitions.has(t.name)) return { name: t.name, topicId: null, numPartitions: -1, replicationFactor: -1, error: { code: 'TOPIC_ALREADY_EXISTS', message: 'fake' } as ApiError };
            const partitions = t.numPartitions > 0 ? t.numPartitions : 1;
            this.createTopic(t.name, partitions, this.brokers[0] as number);
            return { name: t.name, topicId: `id-${t.name}`, numPartitions: partitions, replicationFactor: this.brokers.length, error: null };
          }),
        }),
      DeleteTopics: unsupported,
      CreatePartitions: unsupported,
      IncrementalAlterConfigs: unsupported,
      DescribeConfigs: unsupported,
      FindCoordinator: unsupported,
      ConsumerGroupHeartbeat: unsupported,
      OffsetCommit: unsupported,
      OffsetFetch: unsupported,
      OffsetDelete: unsupported,
      ListGroups: unsupported,
      DescribeGroups: unsupported,
      DeleteGroups: unsupported,
      OffsetsForLeaderEpoch: unsupported,
      InitProducerId: (_from, request) =>
        Promise.resolve(request.producerId >= 0 ? { error: null, producerId: request.producerId, producerEpoch: request.producerEpoch + 1 } : { error: null, producerId: this.nextProducerId++, producerEpoch: 0 }),
      Produce: (_from, request) => {
        const topics = request.topics.map((t) => ({
          name: t.name,
          partitions: t.partitions.map((p): ProducePartitionResponse => {
            const fail = (code: ErrorCode): ProducePartitionResponse => ({ partition: p.partition, error: { code, message: 'fake' }, baseOffset: -1, logAppendTime: -1, logStartOffset: -1 });
            const leader = this.leaders.get(key(t.name, p.partition));
            if (leader === undefined) return fail('UNKNOWN_TOPIC_OR_PARTITION');
            if (leader.leader !== broker) return fail('NOT_LEADER_OR_FOLLOWER');
            const log = this.log(t.name, p.partition);
            const batches = splitBatches(p.records);
            let baseOffset = -1;
            for (const [i, b] of batches.entries()) {
              const injected = this.produceError(broker, t.name, p.partition, b.header);
              if (injected !== null) return fail(injected);
              const result = log.append(p.records.subarray(b.position, b.position + b.size), b.header);
              if ('error' in result) return fail(result.error);
              if (i === 0) baseOffset = result.baseOffset;
            }
            return { partition: p.partition, error: null, baseOffset, logAppendTime: -1, logStartOffset: log.logStartOffset };
          }),
        }));
        for (const wake of [...this.fetchWaiters]) wake();
        return Promise.resolve({ topics });
      },
      Fetch: async (_from, request) => {
        const answer = () =>
          request.topics.map((t) => ({
            name: t.name,
            topicId: t.topicId,
            partitions: t.partitions.map((p) => this.fetchPartition(broker, t.name, p.partition, p.fetchOffset, p.currentLeaderEpoch, p.partitionMaxBytes)),
          }));
        let topics = answer();
        const bytes = (): number => topics.reduce((sum, t) => sum + t.partitions.reduce((s, p) => s + p.records.byteLength + (p.error ? 1 : 0), 0), 0);
        if (bytes() < Math.max(1, request.minBytes) && request.maxWaitMs > 0) {
          await new Promise<void>((resolve) => {
            const wake = (): void => {
              this.fetchWaiters.delete(wake);
              cancel();
              resolve();
            };
            const cancel = this.clock.setTimer(request.maxWaitMs, wake);
            this.fetchWaiters.add(wake);
          });
          topics = answer();
        }
        return { error: null, topics };
      },
      ListOffsets: (_from, request) =>
        Promise.resolve({
          topics: request.topics.map((t) => ({
            name: t.name,
            partitions: t.partitions.map((p) => {
              const leader = this.leaders.get(key(t.name, p.partition));
              if (leader === undefined || leader.leader !== broker) return { partition: p.partition, error: { code: leader ? 'NOT_LEADER_OR_FOLLOWER' : 'UNKNOWN_TOPIC_OR_PARTITION', message: 'fake' } as ApiError, timestamp: -1, offset: -1, leaderEpoch: -1 };
              const log = this.log(t.name, p.partition);
              return { partition: p.partition, error: null, timestamp: -1, offset: p.timestamp === earliestTimestamp ? log.logStartOffset : log.highWatermark, leaderEpoch: leader.leaderEpoch };
            }),
          })),
        }),
    };
  }

  private fetchPartition(broker: number, topic: string, partition: number, fetchOffset: number, currentLeaderEpoch: number, partitionMaxBytes: number): FetchPartitionResponse {
    const empty = new Uint8Array(0);
    const leader = this.leaders.get(key(topic, partition));
    const base = { partition, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, divergingEpoch: null, currentLeader: null, preferredReadReplica: -1, records: empty };
    if (leader === undefined) return { ...base, error: { code: 'UNKNOWN_TOPIC_OR_PARTITION', message: 'fake' } };
    if (leader.leader !== broker) return { ...base, error: { code: 'NOT_LEADER_OR_FOLLOWER', message: 'fake' }, currentLeader: { leaderId: leader.leader, leaderEpoch: leader.leaderEpoch } };
    if (currentLeaderEpoch >= 0 && currentLeaderEpoch < leader.leaderEpoch) return { ...base, error: { code: 'FENCED_LEADER_EPOCH', message: 'fake' } };
    const log = this.log(topic, partition);
    const hw = log.highWatermark;
    if (fetchOffset < log.logStartOffset || fetchOffset > log.logEndOffset) return { ...base, error: { code: 'OFFSET_OUT_OF_RANGE', message: `fetch offset ${fetchOffset} outside ${log.logStartOffset}..${log.logEndOffset}` } };
    const out: Uint8Array[] = [];
    let size = 0;
    for (const b of log.batches) {
      if (b.lastOffset < fetchOffset || b.lastOffset >= hw) continue;
      if (out.length > 0 && size + b.bytes.byteLength > partitionMaxBytes) break;
      out.push(b.bytes);
      size += b.bytes.byteLength;
    }
    return { ...base, error: null, highWatermark: hw, lastStableOffset: hw, logStartOffset: log.logStartOffset, records: concat(out) };
  }
}

export function key(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

const encoder = new TextEncoder();
export function text(value: string): Uint8Array {
  return encoder.encode(value);
}
