// SimpleConsumer: reads explicitly assigned partitions (no group). Start
// positions come from the caller or from ListOffsets ('earliest'/'latest');
// one Fetch at a time is in flight per leader broker, carrying every
// assigned partition that broker leads which has no unreturned records;
// answers are checked and decoded (record-reader.ts, one pass, keys and
// values as views of the fetched bytes) and buffered until poll() returns
// them; as poll() hands them over, the next fetches start, so the network
// works while the caller does. Leader changes are followed through the ClusterClient's
// metadata (and the broker's currentLeader hint); OFFSET_OUT_OF_RANGE applies
// the reset policy.
// Sans-I/O (DESIGN.md §2): Clock, ClusterClient over the Transport port.
// Invariants (Jepsen's Kafka checkers, DESIGN.md §9): per partition the
// returned offsets strictly increase and the position never moves backwards
// except by seek() or an offset reset; no record at or above the high
// watermark the broker reported is returned. Buffered data is bounded: at most
// one undelivered fetch answer per partition (and one fetch in flight).

import type { FetchRequest, FetchResponse, ListOffsetsResponse } from '../broker/services.js';
import { earliestTimestamp, latestTimestamp } from '../broker/services.js';
import { assert } from '../common/assert.js';
import { type ErrorCode, isRetriable, SkiffError } from '../common/errors.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import { checkBatchAt, isControlBatch } from '../storage/batch/header.js';
import type { RecordHeader } from '../storage/batch/records.js';
import { type ClusterClient, metadataErrorCodes, toSkiffError } from './cluster-client.js';
import { type DecodedRecord, walkRecords, type WalkState } from './record-reader.js';

export type StartOffset = number | 'earliest' | 'latest';

export interface PartitionAssignment {
  readonly topic: string;
  readonly partition: number;
  readonly offset: StartOffset;
}

export interface ConsumerRecord {
  readonly offset: number;
  readonly timestamp: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
}

export interface PolledRecords {
  readonly topic: string;
  readonly partition: number;
  /** Empty when the consumer was made with decodeRecords: false (recordCount still counts them). */
  readonly records: readonly ConsumerRecord[];
  /** How many records there are (records.length when they are decoded). */
  readonly recordCount: number;
  /** Their keys' and values' bytes. */
  readonly payloadBytes: number;
  /** The leader's high watermark when these were fetched (lag = highWatermark - next position). */
  readonly highWatermark: number;
}

export type OffsetResetPolicy = 'earliest' | 'latest' | 'none';

export interface SimpleConsumerOptions {
  readonly cluster: ClusterClient;
  readonly clock: Clock;
  readonly logger: Logger;
  /** How long the broker may hold a fetch waiting for minBytes (fetch.max.wait.ms). Default 500. */
  readonly maxWaitMs?: number;
  /** Default 1. */
  readonly minBytes?: number;
  /** Per fetch response (fetch.max.bytes). Default 50 MiB. */
  readonly maxBytes?: number;
  /** Per partition (max.partition.fetch.bytes). Default 1 MiB. */
  readonly partitionMaxBytes?: number;
  /** What OFFSET_OUT_OF_RANGE does (auto.offset.reset). Default 'latest'. */
  readonly autoOffsetReset?: OffsetResetPolicy;
  /** Deadline of a ListOffsets; a Fetch gets maxWaitMs on top. Default 30 000. */
  readonly requestTimeoutMs?: number;
  /** Wait before asking again after an error. Default 100. */
  readonly retryBackoffMs?: number;
  /**
   * Default true. False: records are checked (CRC, framing, offsets) and
   * counted but no record objects are made — poll() returns recordCount and
   * payloadBytes with empty `records`. For load generators and lag probes.
   */
  readonly decodeRecords?: boolean;
}

interface AssignedPartition {
  readonly topic: string;
  readonly partition: number;
  /** The next offset to fetch; null while a reset is pending. */
  position: number | null;
  reset: 'earliest' | 'latest' | null;
  /** Bumped by seek/reset/reassign so an answer to an older request is dropped. */
  generation: number;
  buffered: PolledRecords | null;
  busy: boolean;
  retryAtMs: number;
  lastReturnedOffset: number;
}

export class SimpleConsumer {
  private readonly cluster: ClusterClient;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly maxWaitMs: number;
  private readonly minBytes: number;
  private readonly maxBytes: number;
  private readonly partitionMaxBytes: number;
  private readonly autoOffsetReset: OffsetResetPolicy;
  private readonly requestTimeoutMs: number;
  private readonly retryBackoffMs: number;
  private readonly decodeRecords: boolean;

  private readonly assigned = new Map<string, AssignedPartition>();
  /** Leaders with a Fetch in flight: at most one each. */
  private readonly fetchingFrom = new Set<number>();
  private readonly errors: SkiffError[] = [];
  private wake: (() => void) | null = null;
  private polling = false;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(options: SimpleConsumerOptions) {
    this.cluster = options.cluster;
    this.clock = options.clock;
    this.logger = options.logger.child({ component: 'consumer' });
    this.maxWaitMs = nonNegativeInt(options.maxWaitMs ?? 500, 'maxWaitMs');
    this.minBytes = nonNegativeInt(options.minBytes ?? 1, 'minBytes');
    this.maxBytes = nonNegativeInt(options.maxBytes ?? 50 << 20, 'maxBytes');
    this.partitionMaxBytes = nonNegativeInt(options.partitionMaxBytes ?? 1 << 20, 'partitionMaxBytes');
    this.autoOffsetReset = options.autoOffsetReset ?? 'latest';
    this.requestTimeoutMs = nonNegativeInt(options.requestTimeoutMs ?? 30_000, 'requestTimeoutMs');
    this.retryBackoffMs = nonNegativeInt(options.retryBackoffMs ?? 100, 'retryBackoffMs');
    this.decodeRecords = options.decodeRecords ?? true;
    this.unsubscribe = this.cluster.onMetadataUpdate(() => this.notify());
  }

  /** Replaces the assignment. Partitions kept from before keep their position unless given a new one. */
  assign(assignments: readonly PartitionAssignment[]): void {
    const next = new Map<string, AssignedPartition>();
    for (const a of assignments) {
      const key = keyOf(a.topic, a.partition);
      const state = this.assigned.get(key) ?? this.newState(a.topic, a.partition);
      next.set(key, state);
      this.seekState(state, a.offset);
    }
    this.assigned.clear();
    for (const [key, state] of next) this.assigned.set(key, state);
    this.cluster.addTopics(assignments.map((a) => a.topic));
    this.notify();
  }

  /** Moves the position; unreturned records of the partition are dropped. */
  seek(topic: string, partition: number, offset: StartOffset): void {
    const state = this.assigned.get(keyOf(topic, partition));
    if (state === undefined) throw new SkiffError('INVALID_REQUEST', `${topic}-${partition} is not assigned`);
    this.seekState(state, offset);
    this.notify();
  }

  /** The next offset poll() will return for the partition, or null while it is being resolved. */
  position(topic: string, partition: number): number | null {
    return this.assigned.get(keyOf(topic, partition))?.position ?? null;
  }

  /**
   * Returns the records fetched so far, waiting up to `timeoutMs` for some.
   * An empty array means nothing arrived in time. Throws a SkiffError for a
   * failure the consumer cannot get past by itself (OFFSET_OUT_OF_RANGE with
   * autoOffsetReset 'none', a non-retriable broker error).
   */
  async poll(timeoutMs = this.maxWaitMs): Promise<PolledRecords[]> {
    assert(!this.polling, 'poll() must not be called concurrently');
    if (this.closed) throw new SkiffError('SHUTTING_DOWN', 'the consumer is closed');
    this.polling = true;
    try {
      const deadline = this.clock.now() + timeoutMs;
      // Bounded by the deadline: each pass either returns or waits for an event or a timer.
      for (;;) {
        const error = this.errors.shift();
        if (error !== undefined) throw error;
        const out = this.takeBuffered();
        if (out.length > 0) {
          // Prefetch: the partitions just emptied fetch again while the caller works on these.
          this.startWork();
          return out;
        }
        const nextRetryMs = this.startWork();
        const now = this.clock.now();
        if (now >= deadline) return [];
        await this.waitUntil(Math.min(deadline, nextRetryMs));
        if (this.closed) return [];
      }
    } finally {
      this.polling = false;
    }
  }

  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.notify();
  }

  // --- state ----------------------------------------------------------------------

  private newState(topic: string, partition: number): AssignedPartition {
    if (!Number.isSafeInteger(partition) || partition < 0) throw new SkiffError('INVALID_PARTITIONS', `bad partition ${partition}`);
    return { topic, partition, position: null, reset: null, generation: 0, buffered: null, busy: false, retryAtMs: -Infinity, lastReturnedOffset: -1 };
  }

  private seekState(state: AssignedPartition, offset: StartOffset): void {
    state.generation++;
    state.buffered = null;
    state.busy = false;
    state.retryAtMs = -Infinity;
    state.lastReturnedOffset = -1;
    if (typeof offset === 'number') {
      if (!Number.isSafeInteger(offset) || offset < 0) throw new SkiffError('INVALID_REQUEST', `bad offset ${offset}`);
      state.position = offset;
      state.reset = null;
    } else {
      state.position = null;
      state.reset = offset;
    }
  }

  private takeBuffered(): PolledRecords[] {
    const out: PolledRecords[] = [];
    for (const state of this.assigned.values()) {
      if (state.buffered === null) continue;
      out.push(state.buffered);
      state.buffered = null;
    }
    return out;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private waitUntil(untilMs: number): Promise<void> {
    return new Promise((resolve) => {
      let cancel: CancelTimer = () => {};
      this.wake = () => {
        cancel();
        resolve();
      };
      cancel = this.clock.setTimer(Math.max(0, untilMs - this.clock.now()), () => {
        this.wake = null;
        resolve();
      });
    });
  }

  /** Starts the ListOffsets and Fetch requests that can go now; returns when a backed-off partition may go. */
  private startWork(): number {
    const now = this.clock.now();
    let nextRetryMs = Infinity;
    const resets = new Map<number, AssignedPartition[]>();
    const fetches = new Map<number, AssignedPartition[]>();
    let needMetadata = false;
    for (const state of this.assigned.values()) {
      if (state.busy || state.buffered !== null) continue;
      if (state.retryAtMs > now) {
        nextRetryMs = Math.min(nextRetryMs, state.retryAtMs);
        continue;
      }
      const leader = this.cluster.cachedLeader(state.topic, state.partition);
      if (leader === null) {
        needMetadata = true;
        state.retryAtMs = now + this.retryBackoffMs;
        nextRetryMs = Math.min(nextRetryMs, state.retryAtMs);
        continue;
      }
      const target = state.position === null ? resets : fetches;
      if (target === fetches && this.fetchingFrom.has(leader.leaderId)) continue;
      const list = target.get(leader.leaderId) ?? [];
      list.push(state);
      target.set(leader.leaderId, list);
    }
    if (needMetadata) this.cluster.requestRefresh();
    for (const [leaderId, states] of resets) void this.listOffsets(leaderId, states);
    for (const [leaderId, states] of fetches) void this.fetch(leaderId, states);
    return nextRetryMs;
  }

  private backOff(state: AssignedPartition, error: SkiffError): void {
    state.retryAtMs = this.clock.now() + this.retryBackoffMs;
    if (metadataErrorCodes.has(error.code)) this.cluster.requestRefresh();
    this.logger.debug({ topic: state.topic, partition: state.partition, code: error.code }, 'backing off');
  }

  /** A broker error for one partition: retry, reset, or surface it to poll(). */
  private onPartitionError(state: AssignedPartition, code: ErrorCode, message: string): void {
    const error = new SkiffError(code, `${state.topic}-${state.partition}: ${message}`);
    if (code === 'OFFSET_OUT_OF_RANGE') {
      if (this.autoOffsetReset === 'none') {
        this.errors.push(error);
        state.retryAtMs = Infinity;
        return;
      }
      this.logger.info({ topic: state.topic, partition: state.partition, position: state.position, reset: this.autoOffsetReset }, 'offset out of range; resetting');
      this.seekState(state, this.autoOffsetReset);
      return;
    }
    if (isRetriable(code)) return this.backOff(state, error);
    this.errors.push(error);
    state.retryAtMs = this.clock.now() + this.retryBackoffMs;
  }

  // --- ListOffsets ----------------------------------------------------------------

  private async listOffsets(leaderId: number, states: AssignedPartition[]): Promise<void> {
    const generations = states.map((s) => s.generation);
    for (const state of states) state.busy = true;
    const byTopic = new Map<string, { partition: number; currentLeaderEpoch: number; timestamp: number }[]>();
    for (const state of states) {
      const list = byTopic.get(state.topic) ?? [];
      list.push({ partition: state.partition, currentLeaderEpoch: this.cluster.cachedLeader(state.topic, state.partition)?.leaderEpoch ?? -1, timestamp: state.reset === 'earliest' ? earliestTimestamp : latestTimestamp });
      byTopic.set(state.topic, list);
    }
    let response: ListOffsetsResponse | null = null;
    let failure: SkiffError | null = null;
    try {
      response = await this.cluster.call(leaderId, 'ListOffsets', { replicaId: -1, isolationLevel: 0, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })) }, this.requestTimeoutMs);
    } catch (error) {
      failure = toSkiffError(error);
    }
    states.forEach((state, i) => {
      if (state.generation !== generations[i] || !this.isAssigned(state)) return;
      state.busy = false;
      if (failure !== null) return this.backOff(state, failure);
      const answer = response?.topics.find((t) => t.name === state.topic)?.partitions.find((p) => p.partition === state.partition);
      if (answer === undefined) return this.backOff(state, new SkiffError('NETWORK_EXCEPTION', `no ListOffsets answer for ${state.topic}-${state.partition}`));
      if (answer.error !== null) return this.onPartitionError(state, answer.error.code, answer.error.message);
      assert(Number.isSafeInteger(answer.offset) && answer.offset >= 0, `ListOffsets gave ${state.topic}-${state.partition} offset ${answer.offset}`);
      state.position = answer.offset;
      state.reset = null;
      this.logger.debug({ topic: state.topic, partition: state.partition, position: answer.offset }, 'position resolved');
    });
    this.notify();
  }

  // --- Fetch ----------------------------------------------------------------------

  private async fetch(leaderId: number, states: AssignedPartition[]): Promise<void> {
    this.fetchingFrom.add(leaderId);
    const sent = states.map((s) => ({ state: s, generation: s.generation, position: s.position as number }));
    for (const state of states) state.busy = true;
    const byTopic = new Map<string, FetchRequest['topics'][number]['partitions'][number][]>();
    for (const { state, position } of sent) {
      const list = byTopic.get(state.topic) ?? [];
      list.push({ partition: state.partition, fetchOffset: position, currentLeaderEpoch: this.cluster.cachedLeader(state.topic, state.partition)?.leaderEpoch ?? -1, lastFetchedEpoch: -1, logStartOffset: -1, durableOffset: -1, partitionMaxBytes: this.partitionMaxBytes });
      byTopic.set(state.topic, list);
    }
    const request: FetchRequest = {
      replicaId: -1,
      replicaEpoch: -1,
      maxWaitMs: this.maxWaitMs,
      minBytes: this.minBytes,
      maxBytes: this.maxBytes,
      isolationLevel: 0,
      rackId: '',
      topics: [...byTopic].map(([name, partitions]) => ({ name, topicId: this.cluster.topicId(name) ?? '', partitions })),
    };
    let response: FetchResponse | null = null;
    let failure: SkiffError | null = null;
    try {
      response = await this.cluster.call(leaderId, 'Fetch', request, this.requestTimeoutMs + this.maxWaitMs);
      if (response.error !== null) failure = new SkiffError(response.error.code, `Fetch from ${leaderId}: ${response.error.message}`);
    } catch (error) {
      failure = toSkiffError(error);
    } finally {
      this.fetchingFrom.delete(leaderId);
    }
    for (const { state, generation, position } of sent) {
      if (state.generation !== generation || !this.isAssigned(state)) continue;
      state.busy = false;
      if (failure !== null) {
        if (isRetriable(failure.code)) this.backOff(state, failure);
        else this.onPartitionError(state, failure.code, failure.message);
        continue;
      }
      const answer = response?.topics.find((t) => t.name === state.topic)?.partitions.find((p) => p.partition === state.partition);
      if (answer === undefined) continue; // the broker left it out (e.g. maxBytes reached): fetch again
      if (answer.error !== null) {
        if (answer.currentLeader !== null) this.cluster.updateLeader(state.topic, state.partition, answer.currentLeader);
        this.onPartitionError(state, answer.error.code, answer.error.message);
        continue;
      }
      try {
        this.accept(state, position, answer.records, answer.highWatermark);
      } catch (error) {
        this.onPartitionError(state, toSkiffError(error).code, (error as Error).message);
      }
    }
    this.notify();
  }

  /** Checks and decodes whole batches from `bytes` into the partition's buffer and advances its position. */
  private accept(state: AssignedPartition, fetchOffset: number, bytes: Uint8Array, highWatermark: number): void {
    assert(state.position === fetchOffset, 'position moved while a fetch was in flight');
    const records: DecodedRecord[] | null = this.decodeRecords ? [] : null;
    const walk: WalkState = { label: `${state.topic}-${state.partition}`, highWatermark, count: 0, payloadBytes: 0, lastOffset: state.lastReturnedOffset };
    let position = fetchOffset;
    let at = 0;
    // Bounded: each pass consumes one whole batch (at least a header's bytes) or stops.
    while (at < bytes.byteLength) {
      const check = checkBatchAt(bytes, at);
      if (!check.ok && check.reason === 'truncated') break; // a partial last batch: fetched again next time
      if (!check.ok) throw new SkiffError('CORRUPT_MESSAGE', `record batch at byte ${at} is ${check.reason}: ${check.detail}`);
      const { header, size } = check;
      const batchAt = at;
      at += size;
      const nextOffset = header.baseOffset + header.lastOffsetDelta + 1;
      if (nextOffset <= position) continue; // a batch the position is already past (a compressed batch starts before it)
      if (!isControlBatch(header)) walkRecords(bytes, batchAt, size, header, position, records, walk);
      position = nextOffset;
    }
    if (at === 0 && bytes.byteLength > 0) {
      throw new SkiffError('MESSAGE_TOO_LARGE', `the batch at offset ${fetchOffset} is larger than partitionMaxBytes ${this.partitionMaxBytes}`);
    }
    assert(position >= fetchOffset, 'the position moved backwards');
    // Committed only now: a corrupt batch above throws before anything moved.
    state.position = position;
    state.lastReturnedOffset = walk.lastOffset;
    if (walk.count > 0) state.buffered = { topic: state.topic, partition: state.partition, records: records ?? [], recordCount: walk.count, payloadBytes: walk.payloadBytes, highWatermark };
  }

  private isAssigned(state: AssignedPartition): boolean {
    return !this.closed && this.assigned.get(keyOf(state.topic, state.partition)) === state;
  }
}

function keyOf(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

function nonNegativeInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new SkiffError('INVALID_CONFIG', `${name} must be a non-negative integer, got ${value}`);
  return value;
}
