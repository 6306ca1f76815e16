// SimpleProducer: the data-plane producer. Records accumulate per partition
// into Kafka v2 batches, encoded as they are sent straight into the batch's
// buffer (batch-writer.ts, byte-identical to storage/batch/builder.ts; the
// header and CRC are written once, at the first send); ready batches for the
// same leader travel in one Produce request; with idempotence (the default)
// each batch carries the producer id, epoch and a per-partition base sequence
// so the leader drops a retried duplicate and refuses a gap (DESIGN.md §6).
// Sans-I/O (DESIGN.md §2): Clock for time and timers, ClusterClient (over the
// Transport port) for the network; no node:* I/O.
//
// Ordering, as Kafka's producer keeps it with up to 5 batches in flight:
// - a partition's sequence numbers are assigned in queue order when a batch
//   is first sent, and a batch keeps its bytes and sequence on every retry;
// - maxInFlight is a sliding window: at most that many batches are sent from
//   the oldest unacknowledged one on, acknowledged ones after it included;
// - a retried batch goes back to the front of its partition's queue in
//   sequence order, and is sent only when nothing else of the partition is in
//   flight, one at a time: the leader remembers the last 5 batches per
//   producer, so (with the window) a retry always lands inside that memory —
//   a duplicate is answered with its original offset — and later in-flight
//   batches, refused with OUT_OF_ORDER_SEQUENCE_NUMBER while an earlier one
//   was missing, follow it in order. (gRPC may deliver a connection's
//   requests out of order, HTTP/2 streams being independent. The leader
//   holds such a batch back until its predecessor arrives, for up to 500 ms
//   (replication/sequence-reorder.ts), so refusals of this kind are rare; one
//   that still comes, for a batch sent while an earlier one was unanswered,
//   is retried at once, without backoff. Sending such retries together
//   instead was measured: they overtake each other again, and it did worse.);
// - a batch the leader definitely refused moves later sequences down by its
//   record count (Kafka's adjustSequencesDueToFailedBatch);
// - a gap that cannot be closed — a real OUT_OF_ORDER_SEQUENCE_NUMBER,
//   UNKNOWN_PRODUCER_ID, or a batch the leader may hold that must be given
//   up (delivery timeout) — fails that batch (never a silent reorder) and
//   restarts the partition's sequences at 0 under a bumped producer epoch
//   (KIP-360, via InitProducerId with the current id and epoch). Batches the
//   leader may already hold cannot move to the new epoch without risking a
//   duplicate, so they fail too; the others are resent in order. Every other
//   partition moves to the new epoch, at sequence 0, once nothing of it is in
//   flight.
// Limits: per-partition in-flight batches (maxInFlight), buffered bytes
// (bufferMemoryBytes; send() waits at most maxBlockMs for room), request bytes
// (maxRequestBytes), and delivery time (deliveryTimeoutMs) for every batch.

import type { Acks, ProducePartitionData, ProduceRequest, ProduceResponse } from '../broker/services.js';
import { assert } from '../common/assert.js';
import { type ErrorCode, isRetriable, SkiffError } from '../common/errors.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { CompressionCodec } from '../storage/batch/header.js';
import type { RecordHeader } from '../storage/batch/records.js';
import { noProducerFields, RecordBatchWriter, validTimestamp } from './batch-writer.js';
import { type ClusterClient, metadataErrorCodes, sleep, toSkiffError } from './cluster-client.js';

export interface ProducerRecord {
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers?: readonly RecordHeader[];
  /** Milliseconds since the epoch; default: the Clock's now() at send(). */
  readonly timestamp?: number;
}

export interface SendResult {
  readonly topic: string;
  readonly partition: number;
  /** Offset of the send's first record; -1 when the broker did not say (acks=0). */
  readonly baseOffset: number;
}
// A rejected send rejects with a SkiffError; definitelyNotAppended(error) tells
// a sure refusal from an indeterminate outcome.

/** What the latency hook sees once per send() call, when it settles. */
export interface SendCompletion {
  readonly topic: string;
  readonly partition: number;
  readonly recordCount: number;
  /** Keys, values and header values, in bytes (before batching and compression). */
  readonly payloadBytes: number;
  /** From send() to acknowledgement (or failure), by the Clock. */
  readonly latencyMs: number;
  readonly error: SkiffError | null;
}

export interface SimpleProducerOptions {
  readonly cluster: ClusterClient;
  readonly clock: Clock;
  readonly logger: Logger;
  /** -1 (all in-sync replicas, default), 1 (leader) or 0. Idempotence needs -1. */
  readonly acks?: Acks;
  /** Producer id and sequences so retries cannot duplicate or reorder. Default true. */
  readonly idempotent?: boolean;
  /**
   * How long a partial batch waits for more records. Default 5 ms, Kafka 4's
   * default: a few ms of latency buys much larger batches under load.
   */
  readonly lingerMs?: number;
  /**
   * A batch is sent once it holds this many bytes (Kafka's batch.size).
   * Default 256 KiB, not Kafka's 16 KiB: every batch and every request costs
   * Skiff's broker and the gRPC transport far more than Kafka's (measured on
   * a 3-node RF3 cluster: 16 KiB batches ran at a third of the throughput of
   * 256 KiB ones). A batch's memory grows with its records, and a lingering
   * batch still goes after lingerMs, so small loads are not held back.
   */
  readonly batchSizeBytes?: number;
  /** Batches in flight per partition; at most 5 with idempotence. Default 5. */
  readonly maxInFlight?: number;
  readonly compression?: CompressionCodec;
  /** Deadline of one Produce request (client and broker side). Default 30 000. */
  readonly requestTimeoutMs?: number;
  /** Upper bound from send() to success or failure, retries included. Default 120 000. */
  readonly deliveryTimeoutMs?: number;
  /** Wait before a retry, doubled per attempt up to retryBackoffMaxMs. Default 100. */
  readonly retryBackoffMs?: number;
  readonly retryBackoffMaxMs?: number;
  /** Bytes of records buffered (queued or in flight) before send() waits. Default 32 MiB. */
  readonly bufferMemoryBytes?: number;
  /** How long send() waits for buffer room before failing. Default 60 000. */
  readonly maxBlockMs?: number;
  /** Largest Produce request; a bigger record fails with MESSAGE_TOO_LARGE. Default 1 MiB. */
  readonly maxRequestBytes?: number;
  /** Called once per send() when it settles: the perf tool's latency source. */
  readonly onSendComplete?: (completion: SendCompletion) => void;
}

export interface ProducerStats {
  readonly batchesSent: number;
  readonly recordsSent: number;
  readonly requestsSent: number;
  readonly retries: number;
  /**
   * Batch answers OUT_OF_ORDER_SEQUENCE_NUMBER or UNKNOWN_PRODUCER_ID: mostly
   * batches that overtook an earlier one in flight (the transport reorders)
   * and are resent; real gaps are among them too.
   */
  readonly sequenceRefusals: number;
  readonly bufferedBytes: number;
}

interface PendingSend {
  readonly topic: string;
  readonly partition: number;
  readonly startedMs: number;
  readonly recordCount: number;
  readonly payloadBytes: number;
  readonly resolve: (result: SendResult) => void;
  readonly reject: (error: SkiffError) => void;
  settled: boolean;
}

/** A send() in its batch: its records start at `firstIndex`. */
interface SendPart {
  readonly send: PendingSend;
  readonly firstIndex: number;
}

interface Batch {
  readonly tp: PartitionState;
  /** The records, encoded as they were appended; sealed with the header at the first send. */
  readonly writer: RecordBatchWriter;
  readonly parts: SendPart[];
  readonly createdMs: number;
  estimatedBytes: number;
  /** No more records may join (full, or sent once). */
  closed: boolean;
  /** The producer epoch `baseSequence` belongs to. */
  producerEpoch: number;
  /** Position among the partition's batches in first-send order; null before the first send. */
  sendOrder: number | null;
  /**
   * Assigned at the first send; null before (and always without idempotence).
   * Kept unwrapped (a safe integer); the wire carries it modulo 2^31, as Kafka wraps.
   */
  baseSequence: number | null;
  /** The sequence the attempt in flight carries (differs from baseSequence after a rollback). */
  sentSequence: number | null;
  /** The attempt in flight left while a batch of a lower sequence was unanswered: it may overtake that one. */
  sentBehind: boolean;
  /** Built at the first send and reused by retries, so the broker sees identical bytes. */
  encoded: Uint8Array | null;
  attempts: number;
  retryAtMs: number;
  /** Not sent again before the cluster's metadata moved past this version. */
  awaitMetadataVersion: number;
  inFlight: boolean;
  /** Some attempt ended indeterminately (transport failure): the broker may hold it. */
  maybeAppended: boolean;
  lastError: SkiffError | null;
  done: boolean;
  readonly settled: Promise<void>;
  readonly markSettled: () => void;
}

interface PartitionState {
  readonly topic: string;
  readonly partition: number;
  /** Waiting batches: sequenced retries first (in sequence order), then new ones; the last may still be open. */
  readonly queue: Batch[];
  /** Sent and not yet answered, in sequence order. */
  readonly inFlight: Batch[];
  nextSequence: number;
  nextSendOrder: number;
  /** The producer id and epoch `nextSequence` counts in (-1 before the first batch). */
  producerId: number;
  producerEpoch: number;
  /** Its sequences were abandoned: nothing is sent until the producer epoch moved past `producerEpoch`. */
  needsNewEpoch: boolean;
  /** Once set, the partition is unusable for this producer: every send fails with it. */
  fatal: SkiffError | null;
  ackedHighSequence: number;
  ackedHighOffset: number;
}

interface BufferWaiter {
  readonly bytes: number;
  readonly proceed: () => void;
  cancelTimer: CancelTimer;
}

/** The leader's producer state for this partition no longer matches ours: a new epoch starts it over. */
const producerStateErrors: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID']);
/**
 * Refusals that mean the leader did not append the batch. Any other failure
 * (a lost request or response, REQUEST_TIMED_OUT waiting for replicas,
 * NOT_ENOUGH_REPLICAS_AFTER_APPEND, a crash mid-request) may have appended it.
 */
const definiteRefusals: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NOT_LEADER_OR_FOLLOWER',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'UNKNOWN_TOPIC_ID',
  'LEADER_NOT_AVAILABLE',
  'NOT_ENOUGH_REPLICAS',
  'OUT_OF_ORDER_SEQUENCE_NUMBER',
  'UNKNOWN_PRODUCER_ID',
  'INVALID_PRODUCER_EPOCH',
  'PRODUCER_FENCED',
  'MESSAGE_TOO_LARGE',
  'RECORD_LIST_TOO_LARGE',
  'CORRUPT_MESSAGE',
  'INVALID_RECORD',
  'INVALID_TIMESTAMP',
  'INVALID_REQUIRED_ACKS',
  'INVALID_TOPIC_EXCEPTION',
  'INVALID_REQUEST',
  'UNSUPPORTED_VERSION',
  'UNSUPPORTED_FOR_MESSAGE_FORMAT',
  'THROTTLED',
  'NODE_STARTING',
]);

export const defaultBatchSizeBytes = 256 * 1024;

/** The smallest first buffer of a batch: a lingering batch of a few records does not hold a full batch's memory. */
const initialBatchCapacityBytes = 16_384;
/** Bytes a batch adds besides its records (the v2 header). */
const batchOverheadBytes = 61;
const int32Max = 0x7fffffff;

export class SimpleProducer {
  private readonly cluster: ClusterClient;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly acks: Acks;
  private readonly idempotent: boolean;
  private readonly lingerMs: number;
  private readonly batchSizeBytes: number;
  private readonly maxInFlight: number;
  private readonly compression: CompressionCodec;
  private readonly requestTimeoutMs: number;
  private readonly deliveryTimeoutMs: number;
  private readonly retryBackoffMs: number;
  private readonly retryBackoffMaxMs: number;
  private readonly bufferMemoryBytes: number;
  private readonly maxBlockMs: number;
  private readonly maxRequestBytes: number;
  private readonly onSendComplete: ((completion: SendCompletion) => void) | undefined;

  /** Partition states by topic, then partition number. */
  private readonly partitions = new Map<string, PartitionState[]>();
  /** The same states, in creation order, for the loops over all of them. */
  private readonly partitionList: PartitionState[] = [];
  private readonly bufferWaiters: BufferWaiter[] = [];
  private bufferedBytes = 0;
  private producerId = -1;
  private producerEpoch = -1;
  private producerIdRequest: Promise<void> | null = null;
  private epochBumpRequest: Promise<void> | null = null;
  private producerFatal: SkiffError | null = null;
  private drainTimer: { dueMs: number; cancel: CancelTimer } | null = null;
  private flushing = 0;
  private closing = false;
  private closed = false;
  private readonly unsubscribe: () => void;
  private counters = { batchesSent: 0, recordsSent: 0, requestsSent: 0, retries: 0, sequenceRefusals: 0 };

  constructor(options: SimpleProducerOptions) {
    this.cluster = options.cluster;
    this.clock = options.clock;
    this.logger = options.logger.child({ component: 'producer' });
    this.acks = options.acks ?? -1;
    this.idempotent = options.idempotent ?? true;
    this.lingerMs = nonNegative(options.lingerMs ?? 5, 'lingerMs');
    this.batchSizeBytes = positiveInt(options.batchSizeBytes ?? defaultBatchSizeBytes, 'batchSizeBytes');
    this.maxInFlight = positiveInt(options.maxInFlight ?? 5, 'maxInFlight');
    this.compression = options.compression ?? 'none';
    this.requestTimeoutMs = positiveInt(options.requestTimeoutMs ?? 30_000, 'requestTimeoutMs');
    this.deliveryTimeoutMs = positiveInt(options.deliveryTimeoutMs ?? 120_000, 'deliveryTimeoutMs');
    this.retryBackoffMs = positiveInt(options.retryBackoffMs ?? 100, 'retryBackoffMs');
    this.retryBackoffMaxMs = Math.max(this.retryBackoffMs, options.retryBackoffMaxMs ?? 1_000);
    this.bufferMemoryBytes = positiveInt(options.bufferMemoryBytes ?? 32 << 20, 'bufferMemoryBytes');
    this.maxBlockMs = nonNegative(options.maxBlockMs ?? 60_000, 'maxBlockMs');
    this.maxRequestBytes = positiveInt(options.maxRequestBytes ?? 1 << 20, 'maxRequestBytes');
    if (this.maxRequestBytes > int32Max) throw new SkiffError('INVALID_CONFIG', `maxRequestBytes must be at most ${int32Max}, got ${this.maxRequestBytes}`);
    this.onSendComplete = options.onSendComplete;
    if (![-1, 0, 1].includes(this.acks)) throw new SkiffError('INVALID_CONFIG', `acks must be -1, 0 or 1, got ${this.acks}`);
    if (this.idempotent && this.acks !== -1) throw new SkiffError('INVALID_CONFIG', 'an idempotent producer needs acks=-1 (all)');
    if (this.idempotent && this.maxInFlight > 5) throw new SkiffError('INVALID_CONFIG', `an idempotent producer allows at most 5 batches in flight per partition, got ${this.maxInFlight}`);
    this.unsubscribe = this.cluster.onMetadataUpdate(() => this.scheduleDrain(this.clock.now()));
  }

  /** Obtains the producer id (idempotent producers) so the first send does not wait for it. Optional. */
  async start(): Promise<void> {
    if (!this.idempotent) return;
    await this.ensureProducerId();
    if (this.producerFatal !== null) throw this.producerFatal;
  }

  get stats(): ProducerStats {
    return { ...this.counters, bufferedBytes: this.bufferedBytes };
  }

  /**
   * Appends `records` to `topic`-`partition` and resolves once all of them
   * are acknowledged, with the offset of the first. The records of one call
   * travel in one batch: they are appended together, contiguous and in
   * order, or not at all (so they must fit in maxRequestBytes together). Rejects with a SkiffError carrying the broker's
   * code (or REQUEST_TIMED_OUT / NETWORK_EXCEPTION when it never answered).
   */
  send(topic: string, partition: number, records: readonly ProducerRecord[]): Promise<SendResult> {
    return new Promise<SendResult>((resolve, reject) => {
      const refusal = this.enqueue(topic, partition, records, resolve, reject);
      if (refusal === null) return;
      this.onSendComplete?.({ topic, partition, recordCount: records.length, payloadBytes: 0, latencyMs: 0, error: refusal });
      reject(refusal);
    });
  }

  /** Admits one send into its partition's open batch (or the buffer-room queue); returns why it is refused, or null. */
  private enqueue(topic: string, partition: number, records: readonly ProducerRecord[], resolve: (result: SendResult) => void, reject: (error: SkiffError) => void): SkiffError | null {
    if (this.closing) return new SkiffError('SHUTTING_DOWN', 'the producer is closed');
    if (this.producerFatal !== null) return this.producerFatal;
    const count = records.length;
    if (count === 0) return new SkiffError('INVALID_REQUEST', 'send() needs at least one record');
    if (!Number.isSafeInteger(partition) || partition < 0) return new SkiffError('INVALID_PARTITIONS', `bad partition ${partition}`);
    const tp = this.partitionState(topic, partition);
    if (tp.fatal !== null) return tp.fatal;
    // One pass over the records: the buffer estimate, the payload, and the checks that would otherwise fail the whole batch later.
    let bytes = 0;
    let payloadBytes = 0;
    for (let i = 0; i < count; i++) {
      const record = records[i] as ProducerRecord;
      const payload = (record.key?.byteLength ?? 0) + (record.value?.byteLength ?? 0);
      bytes += 21 + payload;
      payloadBytes += payload;
      const headers = record.headers;
      if (headers !== undefined && headers.length > 0) {
        bytes += estimateRecordBytes(record) - 21 - payload;
        payloadBytes += payloadOf(record) - payload;
      }
      const timestamp = record.timestamp;
      if (timestamp !== undefined && !validTimestamp(timestamp)) return new SkiffError('INVALID_TIMESTAMP', `record ${i} has timestamp ${timestamp}: it must be -1 or milliseconds in 0..2^53-2`);
    }
    if (bytes + batchOverheadBytes > this.maxRequestBytes) return new SkiffError('MESSAGE_TOO_LARGE', `${count} records of ~${bytes} bytes exceed maxRequestBytes ${this.maxRequestBytes}`);
    const now = this.clock.now();
    const pending: PendingSend = { topic, partition, startedMs: now, recordCount: count, payloadBytes, resolve, reject, settled: false };
    if (this.idempotent && this.producerId < 0) void this.ensureProducerId();
    // A send larger than the whole buffer still goes through alone, rather than never.
    if (this.bufferWaiters.length === 0 && (this.bufferedBytes === 0 || this.bufferedBytes + bytes <= this.bufferMemoryBytes)) {
      this.bufferedBytes += bytes;
      this.append(tp, pending, records, bytes, now);
    } else {
      this.waitForBuffer(
        bytes,
        () => this.append(tp, pending, records, bytes, now),
        (error) => this.settle(pending, error),
      );
    }
    return null;
  }

  /** Sends everything buffered now, without lingering, and waits until each of it succeeded or failed. */
  async flush(): Promise<void> {
    this.flushing++;
    try {
      // Bounded: every pass waits for batches that exist now; each settles within deliveryTimeoutMs.
      for (let pass = 0; pass < 1_000; pass++) {
        const pending = this.partitionList.flatMap((tp) => [...tp.queue, ...tp.inFlight]).filter((b) => !b.done);
        if (pending.length === 0 && this.bufferWaiters.length === 0) return;
        this.scheduleDrain(this.clock.now());
        if (pending.length === 0) await sleep(this.clock, this.retryBackoffMs);
        else await Promise.all(pending.map((b) => b.settled));
      }
    } finally {
      this.flushing--;
    }
  }

  /** Refuses new sends, flushes what is buffered, then stops. Does not close the ClusterClient. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closing = true;
    await this.flush();
    this.closed = true;
    this.drainTimer?.cancel();
    this.drainTimer = null;
    this.unsubscribe();
  }

  // --- accumulating ---------------------------------------------------------------

  private partitionState(topic: string, partition: number): PartitionState {
    let byPartition = this.partitions.get(topic);
    if (byPartition === undefined) {
      byPartition = [];
      this.partitions.set(topic, byPartition);
      this.cluster.addTopics([topic]);
    }
    let tp = byPartition[partition];
    if (tp === undefined) {
      tp = { topic, partition, queue: [], inFlight: [], nextSequence: 0, nextSendOrder: 0, producerId: -1, producerEpoch: -1, needsNewEpoch: false, fatal: null, ackedHighSequence: -1, ackedHighOffset: -1 };
      byPartition[partition] = tp;
      this.partitionList.push(tp);
    }
    return tp;
  }

  /** Runs `proceed` once `bytes` fit in the buffer, in FIFO order with earlier sends; fails after maxBlockMs. */
  private waitForBuffer(bytes: number, proceed: () => void, fail: (error: SkiffError) => void): void {
    const waiter: BufferWaiter = {
      bytes,
      proceed: () => {
        this.bufferedBytes += bytes;
        proceed();
      },
      cancelTimer: () => {},
    };
    waiter.cancelTimer = this.clock.setTimer(this.maxBlockMs, () => {
      const index = this.bufferWaiters.indexOf(waiter);
      if (index < 0) return;
      this.bufferWaiters.splice(index, 1);
      fail(new SkiffError('REQUEST_TIMED_OUT', `no room in the ${this.bufferMemoryBytes}-byte buffer within ${this.maxBlockMs} ms`));
      this.admitWaiters();
    });
    this.bufferWaiters.push(waiter);
  }

  private releaseBuffer(bytes: number): void {
    this.bufferedBytes -= bytes;
    assert(this.bufferedBytes >= 0, 'buffered bytes went negative');
    if (this.bufferWaiters.length > 0) this.admitWaiters();
  }

  private admitWaiters(): void {
    // Bounded by the number of waiters; stops at the first that does not fit (FIFO).
    while (this.bufferWaiters.length > 0) {
      const next = this.bufferWaiters[0] as BufferWaiter;
      if (this.bufferedBytes !== 0 && this.bufferedBytes + next.bytes > this.bufferMemoryBytes) return;
      this.bufferWaiters.shift();
      next.cancelTimer();
      next.proceed();
    }
  }

  /** Encodes the send's records into the partition's open batch (a new one if they do not fit): `bytes` is their estimate. */
  private append(tp: PartitionState, pending: PendingSend, records: readonly ProducerRecord[], bytes: number, nowMs: number): void {
    if (tp.fatal !== null) {
      this.releaseBuffer(bytes);
      this.settle(pending, tp.fatal);
      return;
    }
    // All of a send's records go in one batch, which the leader appends whole or not at all:
    // a send is atomic, and its offsets are contiguous.
    let batch = tp.queue[tp.queue.length - 1];
    if (batch === undefined || batch.closed || (batch.writer.recordCount > 0 && batch.estimatedBytes + bytes > this.batchSizeBytes)) {
      if (batch !== undefined) batch.closed = true;
      batch = this.newBatch(tp, nowMs, bytes);
      tp.queue.push(batch);
    }
    const writer = batch.writer;
    batch.parts.push({ send: pending, firstIndex: writer.recordCount });
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as ProducerRecord;
      writer.append(record.key ?? null, record.value ?? null, record.headers, record.timestamp ?? nowMs);
    }
    batch.estimatedBytes += bytes;
    if (batch.estimatedBytes >= this.batchSizeBytes) batch.closed = true;
    this.scheduleDrain(batch.closed || this.lingerMs === 0 ? nowMs : batch.createdMs + this.lingerMs);
  }

  private newBatch(tp: PartitionState, nowMs: number, firstBytes: number): Batch {
    let markSettled: () => void = () => {};
    const settled = new Promise<void>((resolve) => (markSettled = resolve));
    return {
      tp,
      // Records usually encode smaller than their estimate; the writer grows if not. Its first buffer
      // holds the first send whole: growing a 256 KiB batch from 16 KiB by doubling copied and
      // allocated about as much again as the batch itself (measured: 4% of the client's CPU).
      writer: new RecordBatchWriter(Math.max(this.batchSizeBytes, firstBytes + batchOverheadBytes) + 64, Math.max(initialBatchCapacityBytes, firstBytes + batchOverheadBytes + 64)),
      parts: [],
      createdMs: nowMs,
      estimatedBytes: batchOverheadBytes,
      closed: false,
      producerEpoch: -1,
      sendOrder: null,
      baseSequence: null,
      sentSequence: null,
      sentBehind: false,
      encoded: null,
      attempts: 0,
      retryAtMs: nowMs,
      awaitMetadataVersion: 0,
      inFlight: false,
      maybeAppended: false,
      lastError: null,
      done: false,
      settled,
      markSettled,
    };
  }

  // --- the producer id ------------------------------------------------------------

  private ensureProducerId(): Promise<void> {
    if (this.producerId >= 0 || this.producerFatal !== null) return Promise.resolve();
    this.producerIdRequest ??= this.initProducerId().finally(() => {
      this.producerIdRequest = null;
    });
    return this.producerIdRequest;
  }

  /** Bumps the producer epoch (KIP-360) for the partitions that abandoned their sequences. Coalesced. */
  private bumpEpoch(): void {
    if (this.producerId < 0 || this.producerFatal !== null) return;
    this.epochBumpRequest ??= this.initProducerId(true).finally(() => {
      this.epochBumpRequest = null;
    });
  }

  /**
   * InitProducerId to any broker — for a new id, or (`bump`) for the next
   * epoch of the current one, falling back to a new id if the cluster refuses
   * the bump — retried with backoff until it works, fails for good, or the
   * producer closes.
   */
  private async initProducerId(bump = false): Promise<void> {
    let from = bump ? { producerId: this.producerId, producerEpoch: this.producerEpoch } : { producerId: -1, producerEpoch: -1 };
    for (let attempt = 0; !this.closed; attempt++) {
      try {
        const response = await this.cluster.call(this.cluster.anyBroker(), 'InitProducerId', { transactionalId: null, transactionTimeoutMs: 60_000, ...from }, this.requestTimeoutMs);
        if (response.error === null) {
          assert(Number.isSafeInteger(response.producerId) && response.producerId >= 0, `bad producer id ${response.producerId}`);
          assert(Number.isInteger(response.producerEpoch) && response.producerEpoch >= 0 && response.producerEpoch <= 0x7fff, `bad producer epoch ${response.producerEpoch}`);
          assert(response.producerId !== this.producerId || response.producerEpoch > this.producerEpoch, `InitProducerId did not move past epoch ${this.producerEpoch}`);
          this.producerId = response.producerId;
          this.producerEpoch = response.producerEpoch;
          for (const tp of this.partitionList) if (tp.needsNewEpoch && (tp.producerId !== this.producerId || tp.producerEpoch < this.producerEpoch)) tp.needsNewEpoch = false;
          this.logger.info({ producerId: this.producerId, producerEpoch: this.producerEpoch, bump }, bump ? 'bumped the producer epoch' : 'got a producer id');
          this.scheduleDrain(this.clock.now());
          return;
        }
        if (!isRetriable(response.error.code) && response.error.code !== 'NOT_CONTROLLER') {
          if (from.producerId >= 0) {
            this.logger.warn({ code: response.error.code }, 'the cluster refused the epoch bump; asking for a new producer id');
            from = { producerId: -1, producerEpoch: -1 };
            continue;
          }
          this.failProducer(new SkiffError(response.error.code, `InitProducerId: ${response.error.message}`));
          return;
        }
      } catch (error) {
        this.logger.debug({ err: error, attempt }, 'InitProducerId failed; retrying');
      }
      // Pending batches still expire meanwhile: drain() checks delivery timeouts without a producer id.
      this.scheduleDrain(this.clock.now());
      await this.cluster.refresh();
      await sleep(this.clock, this.backoffMs(attempt));
    }
  }

  private failProducer(error: SkiffError): void {
    this.logger.error({ err: error }, 'the producer cannot continue');
    this.producerFatal = error;
    for (const tp of this.partitionList) this.poison(tp, error);
  }

  // --- draining -------------------------------------------------------------------

  private scheduleDrain(atMs: number): void {
    if (this.closed) return;
    if (this.drainTimer !== null && this.drainTimer.dueMs <= atMs) return;
    this.drainTimer?.cancel();
    const dueMs = Math.max(atMs, this.clock.now());
    const cancel = this.clock.setTimer(dueMs - this.clock.now(), () => {
      this.drainTimer = null;
      this.drain();
    });
    this.drainTimer = { dueMs, cancel };
  }

  /** Expires old batches, then sends every sendable batch, one per partition per request, grouped by leader. */
  private drain(): void {
    const now = this.clock.now();
    let wakeMs = Infinity;
    const requests = new Map<number, Batch[][]>();
    const ready = !this.idempotent || this.producerId >= 0;
    let needMetadata = false;
    for (const tp of this.partitionList) {
      this.expire(tp, now);
      if (!ready) {
        if (tp.queue.length > 0) wakeMs = Math.min(wakeMs, now + this.retryBackoffMs);
        continue;
      }
      if (tp.needsNewEpoch) {
        // Wait for the answers to everything sent in the abandoned sequence space, then for the new epoch.
        if (tp.inFlight.length === 0) this.bumpEpoch();
        if (tp.queue.length > 0) wakeMs = Math.min(wakeMs, now + this.retryBackoffMs);
        continue;
      }
      // Bounded by the window: each pass moves one batch into flight (new ones only while the window
      // has room; sequenced ones are inside it already) or stops.
      for (;;) {
        if (this.windowOf(tp) >= this.maxInFlight && (tp.queue[0]?.sendOrder ?? null) === null) break;
        const head = tp.queue[0];
        if (head === undefined) break;
        const lingerDoneMs = head.closed || this.flushing > 0 || this.closing ? now : head.createdMs + this.lingerMs;
        const dueMs = Math.max(lingerDoneMs, head.retryAtMs);
        if (dueMs > now) {
          wakeMs = Math.min(wakeMs, dueMs);
          break;
        }
        // A retry goes alone: it waits for every earlier attempt of the partition to be answered.
        if (head.attempts > 0 && tp.inFlight.length > 0) break;
        // The first batch of a new epoch waits until the old epoch's batches are all answered.
        if (this.idempotent && head.baseSequence === null && this.epochChanged(tp) && this.hasSequencedUnacked(tp)) break;
        const lookup = this.cluster.lookup(tp.topic, tp.partition);
        if (!lookup.ok || this.cluster.metadataVersion < head.awaitMetadataVersion) {
          // Reported if the batch expires waiting: why it could not be sent.
          if (!lookup.ok) head.lastError = new SkiffError(lookup.code, lookup.message);
          needMetadata = true;
          wakeMs = Math.min(wakeMs, now + this.retryBackoffMs);
          break;
        }
        tp.queue.shift();
        this.prepare(head);
        addToRequest(requests, lookup.leader.leaderId, head, this.maxRequestBytes);
        tp.inFlight.push(head);
        if (head.attempts > 1) break;
      }
      // The head is the oldest (creation order): the next to expire.
      const oldest = tp.queue[0];
      if (oldest !== undefined) wakeMs = Math.min(wakeMs, oldest.createdMs + this.deliveryTimeoutMs);
    }
    if (needMetadata) this.cluster.requestRefresh();
    for (const [leaderId, list] of requests) for (const batches of list) void this.sendRequest(leaderId, batches);
    if (wakeMs < Infinity) this.scheduleDrain(wakeMs);
  }

  /** Closes the batch and, on its first send, fixes its sequence and bytes. */
  private prepare(batch: Batch): void {
    batch.closed = true;
    batch.inFlight = true;
    batch.attempts++;
    if (batch.attempts > 1) this.counters.retries++;
    batch.sendOrder ??= batch.tp.nextSendOrder++;
    const tp = batch.tp;
    if (this.idempotent && batch.baseSequence === null) {
      if (this.epochChanged(tp)) {
        assert(!this.hasSequencedUnacked(tp), 'a partition switched epochs with batches of the old one unanswered');
        tp.producerId = this.producerId;
        tp.producerEpoch = this.producerEpoch;
        tp.nextSequence = 0;
        tp.ackedHighSequence = -1;
      }
      batch.producerEpoch = tp.producerEpoch;
      batch.baseSequence = tp.nextSequence;
      tp.nextSequence += batch.writer.recordCount;
    }
    batch.encoded ??= batch.writer.seal(this.idempotent ? { producerId: tp.producerId, producerEpoch: batch.producerEpoch, baseSequence: (batch.baseSequence ?? 0) % (int32Max + 1) } : noProducerFields, this.compression);
    batch.sentSequence = batch.baseSequence;
    batch.sentBehind = this.hasEarlierUnacked(tp, batch);
  }

  private async sendRequest(leaderId: number, batches: Batch[]): Promise<void> {
    const byTopic = new Map<string, ProducePartitionData[]>();
    for (const batch of batches) {
      const list = byTopic.get(batch.tp.topic) ?? [];
      list.push({ partition: batch.tp.partition, records: batch.encoded as Uint8Array });
      byTopic.set(batch.tp.topic, list);
    }
    const request: ProduceRequest = { transactionalId: null, acks: this.acks, timeoutMs: this.requestTimeoutMs, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })) };
    this.counters.requestsSent++;
    this.counters.batchesSent += batches.length;
    for (const batch of batches) this.counters.recordsSent += batch.writer.recordCount;
    let response: ProduceResponse;
    try {
      response = await this.cluster.call(leaderId, 'Produce', request, this.requestTimeoutMs);
    } catch (error) {
      const failure = toSkiffError(error);
      for (const batch of batches) this.onBatchResult(batch, failure, -1);
      this.scheduleDrain(this.clock.now());
      return;
    }
    for (const batch of batches) {
      const answer = response.topics.find((t) => t.name === batch.tp.topic)?.partitions.find((p) => p.partition === batch.tp.partition);
      if (answer === undefined) this.onBatchResult(batch, new SkiffError('NETWORK_EXCEPTION', `the Produce response from ${leaderId} has no answer for ${batch.tp.topic}-${batch.tp.partition}`), -1);
      else if (answer.error === null || answer.error.code === 'DUPLICATE_SEQUENCE_NUMBER') this.onBatchResult(batch, null, answer.baseOffset);
      else this.onBatchResult(batch, new SkiffError(answer.error.code, `${batch.tp.topic}-${batch.tp.partition} on broker ${leaderId}: ${answer.error.message}`), -1);
    }
    // Room in the window: the next batches go now, not a timer tick later (as Kafka's sender
    // loop sends right after handling responses). drain() only starts requests, so this does
    // not recurse.
    if (!this.closed) this.drain();
  }

  // --- outcomes -------------------------------------------------------------------

  private onBatchResult(batch: Batch, error: SkiffError | null, baseOffset: number): void {
    const tp = batch.tp;
    const index = tp.inFlight.indexOf(batch);
    assert(index >= 0 && batch.inFlight, 'a batch answered twice');
    tp.inFlight.splice(index, 1);
    batch.inFlight = false;
    if (error === null) return this.complete(batch, baseOffset);
    batch.lastError = error;
    if (!definiteRefusals.has(error.code)) batch.maybeAppended = true;
    if (tp.fatal !== null) return this.fail(batch, tp.fatal);
    const code = error.code;
    if (producerStateErrors.has(code)) this.counters.sequenceRefusals++;
    if (tp.needsNewEpoch && batch.baseSequence !== null) {
      // Sent in the abandoned sequence space: resend under the new epoch if the leader surely lacks it.
      if (batch.maybeAppended) return this.fail(batch, error);
      unsequence(batch);
      return this.retry(batch, metadataErrorCodes.has(code));
    }
    if (code === 'INVALID_PRODUCER_EPOCH' || code === 'PRODUCER_FENCED') {
      this.fail(batch, error);
      return this.failProducer(error);
    }
    // A refusal of an attempt sent before an earlier batch was retried or rolled back is not a real gap;
    // nor is one that overtook an earlier batch still unanswered (gRPC's HTTP/2 streams may deliver a
    // connection's requests out of order, so the leader can see sequence 400 before 0, of a producer
    // it does not know yet: UNKNOWN_PRODUCER_ID). Retried alone once the earlier ones are answered.
    // Whether an earlier batch was unanswered is judged as of the send: by the time this answer is
    // handled, the earlier one may have been appended and acknowledged (answers can reorder too).
    const staleGap = producerStateErrors.has(code) && (batch.sentSequence !== batch.baseSequence || batch.sentBehind || this.hasEarlierUnacked(tp, batch));
    // Nothing is wrong with the batch itself: it goes again, without backoff, once the earlier ones are answered.
    if (staleGap) return this.retry(batch, false, true);
    if (this.idempotent && producerStateErrors.has(code)) return this.abandonSequences(batch, error);
    if (isRetriable(code)) return this.retry(batch, metadataErrorCodes.has(code));
    this.failDefinitely(batch, error);
  }

  /**
   * Batches sent since the oldest unacknowledged one of the partition, that
   * one included: Kafka's max.in.flight as a sliding window. Counting acked
   * batches after a slow one keeps every retry within the leader's memory of
   * the producer's last 5 batches, so a retried duplicate is recognised and
   * answered with its original offset. The queue holds the batches sent
   * before first, in send order (retry() keeps it so), so its head is the
   * only one of it to look at.
   */
  private windowOf(tp: PartitionState): number {
    let oldest = tp.queue[0]?.sendOrder ?? tp.nextSendOrder;
    for (const b of tp.inFlight) oldest = Math.min(oldest, b.sendOrder as number);
    return tp.nextSendOrder - oldest;
  }

  private hasEarlierUnacked(tp: PartitionState, batch: Batch): boolean {
    const seq = batch.baseSequence;
    if (seq === null) return false;
    for (const b of tp.inFlight) if (b !== batch && b.baseSequence !== null && b.baseSequence < seq) return true;
    // Only the queue's head part holds sequenced batches (those sent before, in send order).
    for (const b of tp.queue) {
      if (b.sendOrder === null) break;
      if (b !== batch && b.baseSequence !== null && b.baseSequence < seq) return true;
    }
    return false;
  }

  private retry(batch: Batch, refreshMetadata: boolean, immediately = false): void {
    const tp = batch.tp;
    const now = this.clock.now();
    const backoffMs = immediately ? 0 : this.backoffMs(batch.attempts - 1);
    if (now + backoffMs - batch.createdMs >= this.deliveryTimeoutMs) return this.expireBatch(batch, now);
    batch.retryAtMs = now + backoffMs;
    if (refreshMetadata) {
      batch.awaitMetadataVersion = this.cluster.metadataVersion + 1;
      this.cluster.requestRefresh();
    }
    // Back in the queue in first-send (= sequence) order, ahead of every batch not yet sent.
    let at = 0;
    while (at < tp.queue.length && (tp.queue[at]?.sendOrder ?? Infinity) < (batch.sendOrder as number)) at++;
    tp.queue.splice(at, 0, batch);
    this.logger.debug({ topic: tp.topic, partition: tp.partition, baseSequence: batch.baseSequence, attempts: batch.attempts, code: batch.lastError?.code }, 'retrying batch');
  }

  /**
   * Expires the batches at the head of the queue that are past the delivery
   * timeout, stopping at the first that is not (Kafka's
   * RecordAccumulator.expiredBatches): the queue is in creation order, so
   * the later ones are younger, and each drain costs O(expired + 1), not
   * O(queue).
   */
  private expire(tp: PartitionState, now: number): void {
    // Bounded by the queue length; each pass removes the head (or expireBatch empties the queue).
    for (;;) {
      const batch = tp.queue[0];
      if (batch === undefined || now - batch.createdMs < this.deliveryTimeoutMs) return;
      tp.queue.shift();
      this.expireBatch(batch, now);
    }
  }

  private expireBatch(batch: Batch, now: number): void {
    const last = batch.lastError;
    const error = new SkiffError(last?.code ?? 'REQUEST_TIMED_OUT', `${batch.writer.recordCount} records for ${batch.tp.topic}-${batch.tp.partition} expired after ${now - batch.createdMs} ms${last ? `; last error: ${last.message}` : ''}`, { cause: last ?? undefined });
    this.failDefinitely(batch, error);
  }

  /**
   * Fails the batch. If the broker refused it for sure, later sequences move
   * down to close the gap (Kafka's adjustSequencesDueToFailedBatch); if the
   * broker may hold it, the gap is unknowable and the partition's sequences
   * start over under a new epoch.
   */
  private failDefinitely(batch: Batch, error: SkiffError): void {
    const tp = batch.tp;
    const seq = batch.baseSequence;
    if (seq !== null && !batch.maybeAppended) {
      const count = batch.writer.recordCount;
      for (const other of [...tp.inFlight, ...tp.queue]) {
        if (other.baseSequence === null || other.baseSequence <= seq) continue;
        other.baseSequence -= count;
        other.encoded = null;
      }
      tp.nextSequence -= count;
      assert(tp.nextSequence >= 0, 'sequence rollback below zero');
    } else if (seq !== null) {
      return this.abandonSequences(batch, error);
    }
    this.fail(batch, error);
  }

  /**
   * `failed` leaves a gap in its partition's sequences that cannot be closed:
   * fail it, fail the waiting batches the leader may hold, unsequence the
   * rest, and have the partition wait for a new producer epoch (KIP-360).
   * Batches in flight are sorted out as they are answered (onBatchResult).
   */
  private abandonSequences(failed: Batch, error: SkiffError): void {
    const tp = failed.tp;
    this.fail(failed, error);
    if (!tp.needsNewEpoch) this.logger.warn({ topic: tp.topic, partition: tp.partition, producerEpoch: tp.producerEpoch, code: error.code }, 'sequence gap; restarting the partition under a new producer epoch');
    tp.needsNewEpoch = true;
    for (const batch of [...tp.queue]) {
      if (batch.baseSequence === null) continue;
      if (batch.maybeAppended) {
        tp.queue.splice(tp.queue.indexOf(batch), 1);
        this.fail(batch, batch.lastError ?? error);
      } else {
        unsequence(batch);
      }
    }
    this.scheduleDrain(this.clock.now());
  }

  private epochChanged(tp: PartitionState): boolean {
    return tp.producerId !== this.producerId || tp.producerEpoch !== this.producerEpoch;
  }

  private hasSequencedUnacked(tp: PartitionState): boolean {
    return tp.inFlight.length > 0 || tp.queue.some((b) => b.baseSequence !== null);
  }

  /** The producer cannot go on (fenced): fails every waiting batch of the partition and every later send to it. In-flight batches fail as they are answered. */
  private poison(tp: PartitionState, error: SkiffError): void {
    tp.fatal ??= error;
    const waiting = tp.queue.splice(0);
    for (const batch of waiting) this.fail(batch, tp.fatal);
  }

  private complete(batch: Batch, baseOffset: number): void {
    const tp = batch.tp;
    if (this.idempotent && baseOffset >= 0 && batch.baseSequence !== null) {
      // Sequence order is offset order on the leader's log (per-producer, per-partition order, DESIGN.md §9).
      // Not an assert: an unclean leader election (opt-in) may truncate acknowledged records, and the broker's
      // answer is then the truth to report, not a reason to crash the application.
      const inOrder = batch.baseSequence > tp.ackedHighSequence ? baseOffset > tp.ackedHighOffset : baseOffset < tp.ackedHighOffset;
      if (!inOrder) {
        this.logger.warn({ topic: tp.topic, partition: tp.partition, baseSequence: batch.baseSequence, baseOffset, ackedHighOffset: tp.ackedHighOffset }, 'acknowledged offsets went backwards: records acknowledged earlier were lost (unclean leader election?)');
      }
      if (batch.baseSequence > tp.ackedHighSequence || !inOrder) {
        tp.ackedHighSequence = batch.baseSequence;
        tp.ackedHighOffset = baseOffset;
      }
    }
    for (const part of batch.parts) this.settle(part.send, null, baseOffset >= 0 ? baseOffset + part.firstIndex : -1);
    this.finish(batch);
  }

  private fail(batch: Batch, failure: SkiffError): void {
    // A batch an earlier attempt may have appended must not be reported as surely refused.
    const error = batch.maybeAppended && definiteRefusals.has(failure.code) ? new SkiffError('REQUEST_TIMED_OUT', `the records may or may not have been appended: ${failure.message}`, { cause: failure }) : failure;
    for (const part of batch.parts) this.settle(part.send, error);
    this.finish(batch);
  }

  private finish(batch: Batch): void {
    assert(!batch.done, 'a batch finished twice');
    batch.done = true;
    this.releaseBuffer(batch.estimatedBytes - batchOverheadBytes);
    batch.markSettled();
  }

  private settle(pending: PendingSend, error: SkiffError | null, baseOffset = -1): void {
    if (pending.settled) return;
    pending.settled = true;
    const latencyMs = this.clock.now() - pending.startedMs;
    this.onSendComplete?.({ topic: pending.topic, partition: pending.partition, recordCount: pending.recordCount, payloadBytes: pending.payloadBytes, latencyMs, error });
    if (error === null) pending.resolve({ topic: pending.topic, partition: pending.partition, baseOffset });
    else pending.reject(error);
  }

  private backoffMs(attempt: number): number {
    return Math.min(this.retryBackoffMaxMs, this.retryBackoffMs * 2 ** Math.min(Math.max(0, attempt), 20));
  }
}

/** Forgets a batch's sequence (it will get a new one, under a new epoch, when sent again). */
function unsequence(batch: Batch): void {
  batch.baseSequence = null;
  batch.sentSequence = null;
  batch.encoded = null;
}

/** Puts `batch` in the first request to `leaderId` that has neither its partition nor too many bytes. */
function addToRequest(requests: Map<number, Batch[][]>, leaderId: number, batch: Batch, maxRequestBytes: number): void {
  const list = requests.get(leaderId) ?? [];
  requests.set(leaderId, list);
  const size = (batch.encoded as Uint8Array).byteLength;
  for (const batches of list) {
    if (batches.some((b) => b.tp === batch.tp)) continue;
    if (batches.reduce((sum, b) => sum + (b.encoded as Uint8Array).byteLength, 0) + size > maxRequestBytes) continue;
    batches.push(batch);
    return;
  }
  list.push([batch]);
}

/**
 * True when a rejected send's records were certainly not appended (the
 * leader refused them). Any other rejection — REQUEST_TIMED_OUT,
 * NETWORK_EXCEPTION, NOT_ENOUGH_REPLICAS_AFTER_APPEND, ... — is
 * indeterminate: the records may be in the log.
 */
export function definitelyNotAppended(error: SkiffError): boolean {
  return definiteRefusals.has(error.code);
}

/** Kafka's estimate of a record's bytes in a batch: the fields plus worst-case varint overhead. */
export function estimateRecordBytes(record: ProducerRecord): number {
  let bytes = 21 + (record.key?.byteLength ?? 0) + (record.value?.byteLength ?? 0);
  for (const header of record.headers ?? []) bytes += 10 + header.key.length * 3 + (header.value?.byteLength ?? 0);
  return bytes;
}

function payloadOf(record: ProducerRecord): number {
  let bytes = (record.key?.byteLength ?? 0) + (record.value?.byteLength ?? 0);
  for (const header of record.headers ?? []) bytes += header.value?.byteLength ?? 0;
  return bytes;
}

function positiveInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new SkiffError('INVALID_CONFIG', `${name} must be a positive integer, got ${value}`);
  return value;
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new SkiffError('INVALID_CONFIG', `${name} must be >= 0, got ${value}`);
  return value;
}

