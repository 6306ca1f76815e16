// The idempotent-producer state of one partition (Kafka's ProducerStateManager,
// without transactions): per producer id, its epoch and the last five batches
// it appended, so that a retried batch is answered with its original offsets
// and a gap in a producer's sequence numbers is refused (DESIGN.md §6).
// Pure: no I/O and no clock; the caller passes `nowMs` to `expire`, and
// producer-state-file.ts persists snapshots through the FileSystem port.
//
// The state is a function of the log alone: `update` reads nothing but batch
// headers, and a follower, a restarted broker and a truncated replica rebuild
// exactly what the leader built incrementally (snapshot + replay, see
// producer-state-file.ts). That is why `lastTimestamp` comes from the batches'
// maxTimestamp, as in Kafka, and not from a broker clock.
//
// Invariants: every entry holds 1..5 batches, oldest first, with strictly
// increasing offsets; the batches of an entry share its epoch; every recorded
// offset is ≤ `lastRecordedOffset`.

import { assert } from '../common/assert.js';
import { SkiffError } from '../common/errors.js';
import { crc32c } from '../common/crc32c.js';
import { attributeBits, noProducerId, type BatchHeader } from '../storage/batch/header.js';

/** Kafka's ProducerStateEntry.NUM_BATCHES_TO_RETAIN, matching max.in.flight.requests.per.connection ≤ 5. */
export const batchesRetainedPerProducer = 5;
/** producer.id.expiration.ms default (1 day). */
export const defaultProducerIdExpirationMs = 86_400_000;
/** Sequence numbers are int32 and wrap from this value to 0 (Kafka's DefaultRecordBatch.incrementSequence). */
export const maxSequence = 0x7fffffff;
const sequenceSpace = maxSequence + 1;

/** One appended batch of a producer, as remembered for duplicate detection. */
export interface ProducerBatchMetadata {
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstOffset: number;
  readonly lastOffset: number;
  /** The batch's maxTimestamp (its LogAppendTime on such topics), or -1; a duplicate's answer repeats it. */
  readonly maxTimestamp: number;
}

export interface ProducerEntry {
  readonly producerId: number;
  readonly producerEpoch: number;
  /** Largest maxTimestamp among the producer's batches; expiration measures idleness from it. */
  readonly lastTimestamp: number;
  /** 1..5 batches of `producerEpoch`, oldest first. */
  readonly batches: readonly ProducerBatchMetadata[];
}

/** The header fields `check` reads; a BatchHeader fits. */
export type ProducerBatchHeader = Pick<BatchHeader, 'producerId' | 'producerEpoch' | 'baseSequence' | 'lastOffsetDelta' | 'attributes'>;
/** The header fields `update` reads: those of `check` plus the offsets the log assigned. */
export type AppendedBatchHeader = ProducerBatchHeader & Pick<BatchHeader, 'baseOffset' | 'maxTimestamp'>;

export type ProducerErrorCode = 'INVALID_PRODUCER_EPOCH' | 'OUT_OF_ORDER_SEQUENCE_NUMBER' | 'UNKNOWN_PRODUCER_ID' | 'INVALID_RECORD';

/** What the leader should do with a client's batch. Producer errors are values: the caller makes them per-partition API errors. */
export type ProducerCheck =
  | { readonly kind: 'append' }
  | { readonly kind: 'duplicate'; readonly firstOffset: number; readonly lastOffset: number; readonly maxTimestamp: number }
  | {
      readonly kind: 'error';
      readonly code: ProducerErrorCode;
      readonly message: string;
      /**
       * The batch starts past the sequence the producer's state expects next
       * (a gap ahead, not a stale retry): an earlier batch of the same
       * producer may still be on its way, since the transport may reorder
       * concurrent requests. The leader may hold such a batch back until its
       * predecessor is appended (sequence-reorder.ts) before refusing it.
       */
      readonly sequenceAhead: boolean;
    };

const appendVerdict: ProducerCheck = { kind: 'append' };

/** The last sequence of a batch: baseSequence + lastOffsetDelta, wrapping past 2^31-1 to 0 as Kafka does. */
export function lastSequenceOf(baseSequence: number, lastOffsetDelta: number): number {
  return baseSequence > maxSequence - lastOffsetDelta ? lastOffsetDelta - (maxSequence - baseSequence) - 1 : baseSequence + lastOffsetDelta;
}

/**
 * Whether `firstSeq` lies past the sequence after `lastSeq` — a gap ahead —
 * rather than at or before it (a stale or overlapping retry). Sequences wrap
 * at 2^31, so "ahead" means less than half the sequence space ahead of the
 * expected one. Example: lastSeq 99 expects 100; firstSeq 150 is ahead, 40 is
 * behind; lastSeq 2^31-1 expects 0, and firstSeq 7 is ahead.
 */
export function isSequenceAhead(lastSeq: number, firstSeq: number): boolean {
  const expected = lastSeq === maxSequence ? 0 : lastSeq + 1;
  const distance = (firstSeq - expected + sequenceSpace) % sequenceSpace;
  return distance > 0 && distance < sequenceSpace / 2;
}

/** Whether `nextSeq` directly follows `lastSeq` (Kafka's ProducerAppendInfo.inSequence). */
export function isNextSequence(lastSeq: number, nextSeq: number): boolean {
  return nextSeq === lastSeq + 1 || (nextSeq === 0 && lastSeq === maxSequence);
}

/**
 * Whether a batch is producer data this state tracks: it has a producer id and
 * is not a control batch. Control batches are transaction markers (and Raft
 * control records); without transactions they carry no producer sequence.
 */
export function isProducerData(header: Pick<BatchHeader, 'producerId' | 'attributes'>): boolean {
  return header.producerId !== noProducerId && (header.attributes & attributeBits.control) === 0;
}

interface MutableEntry {
  producerEpoch: number;
  lastTimestamp: number;
  // Invariant: 1..batchesRetainedPerProducer batches, oldest first, offsets strictly increasing.
  batches: ProducerBatchMetadata[];
}

export class ProducerStateManager {
  private readonly producers = new Map<number, MutableEntry>();
  // Invariant: ≥ every recorded lastOffset; -1 when nothing was recorded.
  private lastRecordedOffset = -1;

  /** Number of producers with state. */
  get size(): number {
    return this.producers.size;
  }

  /**
   * The leader's verdict on a client batch, before appending it. Kafka's rules
   * (ProducerStateManager / ProducerAppendInfo, non-transactional):
   * - no producer id, or a control batch: `append`, nothing to check;
   * - a producer id with a negative epoch or sequence: INVALID_RECORD (Kafka's LogValidator);
   * - epoch below the producer's: INVALID_PRODUCER_EPOCH (Kafka ≥ 2.7 answers
   *   idempotent producers so; PRODUCER_FENCED is for transactional ones);
   * - epoch above the producer's: the new epoch must start at sequence 0, else
   *   OUT_OF_ORDER_SEQUENCE_NUMBER;
   * - same epoch, exact sequence range of one of the last 5 batches: `duplicate`
   *   with that batch's offsets (the caller appends nothing);
   * - same epoch otherwise: baseSequence must follow the newest batch's last
   *   sequence (wrapping at 2^31-1), else OUT_OF_ORDER_SEQUENCE_NUMBER. That
   *   includes a retry older than the last 5, which Kafka also answers with
   *   OUT_OF_ORDER_SEQUENCE_NUMBER rather than DUPLICATE_SEQUENCE_NUMBER.
   * - unknown producer id: sequence 0 is a new producer; any other sequence is
   *   UNKNOWN_PRODUCER_ID. Kafka ≥ 2.5 (KIP-360) accepts any sequence here,
   *   because its brokers used to drop producer state with retention. Skiff
   *   keeps producer state past retention (snapshots) until
   *   producer.id.expiration.ms, so a producer is unknown only after it idled
   *   that long, or when a leader change lost its first batches while a later
   *   one arrives first; accepting would then write sequence N before 0. A
   *   client answers UNKNOWN_PRODUCER_ID by bumping its epoch (or taking a new
   *   producer id) and restarting at sequence 0, as Kafka's client does.
   * The caller must run check, append and `update` for a partition one batch at
   * a time (under its append lock): a second check before the first batch's
   * update would miss it.
   */
  check(header: ProducerBatchHeader): ProducerCheck {
    if (!isProducerData(header)) return appendVerdict;
    const { producerId, producerEpoch, baseSequence } = header;
    if (producerEpoch < 0 || baseSequence < 0) {
      return refuse('INVALID_RECORD', `producer ${producerId} sent epoch ${producerEpoch} and base sequence ${baseSequence}`);
    }
    const firstSeq = baseSequence;
    const lastSeq = lastSequenceOf(baseSequence, header.lastOffsetDelta);
    const entry = this.producers.get(producerId);
    if (entry === undefined) {
      if (firstSeq === 0) return appendVerdict;
      return refuse('UNKNOWN_PRODUCER_ID', `no state for producer ${producerId}, whose first batch has sequence ${firstSeq} (expected 0)`, true);
    }
    if (producerEpoch < entry.producerEpoch) {
      return refuse('INVALID_PRODUCER_EPOCH', `producer ${producerId} epoch ${producerEpoch} is older than the current epoch ${entry.producerEpoch}`);
    }
    if (producerEpoch > entry.producerEpoch) {
      if (firstSeq === 0) return appendVerdict;
      return refuse('OUT_OF_ORDER_SEQUENCE_NUMBER', `producer ${producerId} new epoch ${producerEpoch} starts at sequence ${firstSeq}, not 0 (current epoch ${entry.producerEpoch})`, true);
    }
    const duplicate = entry.batches.find((b) => b.firstSeq === firstSeq && b.lastSeq === lastSeq);
    if (duplicate !== undefined) {
      return { kind: 'duplicate', firstOffset: duplicate.firstOffset, lastOffset: duplicate.lastOffset, maxTimestamp: duplicate.maxTimestamp };
    }
    const newest = entry.batches[entry.batches.length - 1];
    assert(newest !== undefined, `producer ${producerId} has an entry without batches`);
    if (isNextSequence(newest.lastSeq, firstSeq)) return appendVerdict;
    return refuse(
      'OUT_OF_ORDER_SEQUENCE_NUMBER',
      `producer ${producerId} epoch ${producerEpoch} sent sequences ${firstSeq}..${lastSeq} after ${newest.lastSeq} (at offset ${newest.lastOffset})`,
      isSequenceAhead(newest.lastSeq, firstSeq),
    );
  }

  /**
   * Records a batch the log has appended, with the offsets it assigned — on the
   * leader after `check` said `append`, on a follower for every fetched batch,
   * and on replay. No checks (a follower takes what the leader accepted); an
   * epoch other than the producer's starts its batch list afresh, as Kafka's
   * ProducerStateEntry.addBatch does. Batches without producer data are
   * ignored, so the caller may pass every batch; so are batches with a
   * negative epoch or sequence, which `check` refuses and a leader never
   * appends. Offsets must only increase.
   */
  update(header: AppendedBatchHeader): void {
    if (!isProducerData(header) || header.producerEpoch < 0 || header.baseSequence < 0) return;
    const firstOffset = header.baseOffset;
    const lastOffset = header.baseOffset + header.lastOffsetDelta;
    assert(firstOffset > this.lastRecordedOffset, `producer state update at offset ${firstOffset} after offset ${this.lastRecordedOffset} (rebuild after a truncation)`);
    assert(lastOffset >= firstOffset, `batch at offset ${firstOffset} has last offset delta ${header.lastOffsetDelta}`);
    const batch: ProducerBatchMetadata = {
      firstSeq: header.baseSequence,
      lastSeq: lastSequenceOf(header.baseSequence, header.lastOffsetDelta),
      firstOffset,
      lastOffset,
      maxTimestamp: header.maxTimestamp,
    };
    const entry = this.producers.get(header.producerId);
    if (entry === undefined || entry.producerEpoch !== header.producerEpoch) {
      // The timestamp only grows, across epochs too: it measures the producer's idleness, not its epoch's.
      const lastTimestamp = Math.max(entry?.lastTimestamp ?? -1, header.maxTimestamp);
      this.producers.set(header.producerId, { producerEpoch: header.producerEpoch, lastTimestamp, batches: [batch] });
    } else {
      entry.batches.push(batch);
      if (entry.batches.length > batchesRetainedPerProducer) entry.batches.shift();
      entry.lastTimestamp = Math.max(entry.lastTimestamp, header.maxTimestamp);
    }
    this.lastRecordedOffset = lastOffset;
  }

  /** The state of one producer, or undefined. */
  get(producerId: number): ProducerEntry | undefined {
    const entry = this.producers.get(producerId);
    return entry === undefined ? undefined : freezeEntry(producerId, entry);
  }

  /** Every producer's state, by producer id (a copy: later updates do not show in it). */
  entries(): ProducerEntry[] {
    return [...this.producers.keys()].sort((a, b) => a - b).map((id) => freezeEntry(id, this.producers.get(id)!));
  }

  clear(): void {
    this.producers.clear();
    this.lastRecordedOffset = -1;
  }

  /**
   * Drops producers idle for `maxAgeMs` or more at `nowMs` (Kafka's
   * isProducerExpired: now - lastTimestamp ≥ producer.id.expiration.ms).
   * Idleness is measured from batch timestamps, which clients set unless the
   * topic uses LogAppendTime: a client whose clock lags by more than the
   * expiration loses its state at every pass. Returns the dropped ids, sorted.
   */
  expire(nowMs: number, maxAgeMs = defaultProducerIdExpirationMs): number[] {
    assert(maxAgeMs >= 0, `negative producer id expiration ${maxAgeMs}`);
    const expired: number[] = [];
    for (const [producerId, entry] of this.producers) {
      if (nowMs - entry.lastTimestamp >= maxAgeMs) expired.push(producerId);
    }
    for (const producerId of expired) this.producers.delete(producerId);
    return expired.sort((a, b) => a - b);
  }

  /**
   * A deterministic snapshot of this state as of `endOffset`, the offset after
   * the last batch it has seen (replay resumes there). Equal states give equal
   * bytes. Layout, big-endian:
   *   0 version u8 (1) | 1 crc u32: CRC-32C of every byte after it
   *   5 endOffset i64 | 13 producerCount u32
   *   per producer, by id: producerId i64 | producerEpoch i16 | lastTimestamp i64 | batchCount u8
   *     per batch, oldest first: firstSeq i32 | lastSeq i32 | firstOffset i64 | lastOffset i64 | maxTimestamp i64
   */
  encodeSnapshot(endOffset: number): Uint8Array {
    assert(Number.isSafeInteger(endOffset) && endOffset > this.lastRecordedOffset, `producer snapshot at ${endOffset} would miss offset ${this.lastRecordedOffset}`);
    const entries = this.entries();
    let size = snapshotHeaderBytes;
    for (const entry of entries) size += entryHeaderBytes + entry.batches.length * batchBytes;
    const bytes = new Uint8Array(size);
    const view = new DataView(bytes.buffer);
    view.setUint8(0, snapshotVersion);
    let at = 5;
    view.setBigInt64(at, BigInt(endOffset));
    view.setUint32(at + 8, entries.length);
    at += 12;
    for (const entry of entries) {
      view.setBigInt64(at, BigInt(entry.producerId));
      view.setInt16(at + 8, entry.producerEpoch);
      view.setBigInt64(at + 10, BigInt(entry.lastTimestamp));
      view.setUint8(at + 18, entry.batches.length);
      at += entryHeaderBytes;
      for (const batch of entry.batches) {
        view.setInt32(at, batch.firstSeq);
        view.setInt32(at + 4, batch.lastSeq);
        view.setBigInt64(at + 8, BigInt(batch.firstOffset));
        view.setBigInt64(at + 16, BigInt(batch.lastOffset));
        view.setBigInt64(at + 24, BigInt(batch.maxTimestamp));
        at += batchBytes;
      }
    }
    assert(at === size, 'producer snapshot layout');
    view.setUint32(1, crc32c(bytes.subarray(5)));
    return bytes;
  }

  /**
   * The state a snapshot holds and the offset replay resumes at. Decoding is a
   * trust boundary: a bad checksum, an unknown version, truncated or trailing
   * bytes and inconsistent content are SkiffError CORRUPT_MESSAGE.
   */
  static decodeSnapshot(bytes: Uint8Array): { endOffset: number; state: ProducerStateManager } {
    if (bytes.byteLength < snapshotHeaderBytes) throw corrupt(`${bytes.byteLength} bytes, a header needs ${snapshotHeaderBytes}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = view.getUint8(0);
    if (version !== snapshotVersion) throw corrupt(`unknown version ${version}`);
    const stored = view.getUint32(1);
    const computed = crc32c(bytes.subarray(5));
    if (stored !== computed) throw corrupt(`checksum mismatch: stored ${hex(stored)}, computed ${hex(computed)}`);

    // Checksummed, so what follows fails only on a bug or a deliberate edit; check it anyway.
    const endOffset = safeInt64(view, 5, 'endOffset');
    if (endOffset < 0) throw corrupt(`negative end offset ${endOffset}`);
    const count = view.getUint32(13);
    if (count > (bytes.byteLength - snapshotHeaderBytes) / (entryHeaderBytes + batchBytes)) throw corrupt(`${count} producers cannot fit in ${bytes.byteLength} bytes`);
    const state = new ProducerStateManager();
    let at = snapshotHeaderBytes;
    let previousId = -1;
    for (let i = 0; i < count; i++) {
      if (at + entryHeaderBytes > bytes.byteLength) throw corrupt(`producer ${i} truncated`);
      const producerId = safeInt64(view, at, 'producerId');
      const producerEpoch = view.getInt16(at + 8);
      const lastTimestamp = safeInt64(view, at + 10, 'lastTimestamp');
      const batchCount = view.getUint8(at + 18);
      at += entryHeaderBytes;
      if (producerId <= previousId) throw corrupt(`producer id ${producerId} after ${previousId}`);
      if (producerEpoch < 0) throw corrupt(`producer ${producerId} has epoch ${producerEpoch}`);
      if (batchCount < 1 || batchCount > batchesRetainedPerProducer) throw corrupt(`producer ${producerId} has ${batchCount} batches`);
      if (at + batchCount * batchBytes > bytes.byteLength) throw corrupt(`batches of producer ${producerId} truncated`);
      const batches: ProducerBatchMetadata[] = [];
      for (let b = 0; b < batchCount; b++) {
        const batch = {
          firstSeq: view.getInt32(at),
          lastSeq: view.getInt32(at + 4),
          firstOffset: safeInt64(view, at + 8, 'firstOffset'),
          lastOffset: safeInt64(view, at + 16, 'lastOffset'),
          maxTimestamp: safeInt64(view, at + 24, 'maxTimestamp'),
        };
        at += batchBytes;
        const previousEnd = batches[batches.length - 1]?.lastOffset ?? -1;
        const delta = batch.lastOffset - batch.firstOffset;
        if (batch.firstOffset <= previousEnd || delta < 0 || delta > maxSequence || batch.lastOffset >= endOffset) {
          throw corrupt(`producer ${producerId} batch at offsets ${batch.firstOffset}..${batch.lastOffset} is out of place (end offset ${endOffset})`);
        }
        if (batch.firstSeq < 0 || batch.lastSeq !== lastSequenceOf(batch.firstSeq, delta)) {
          throw corrupt(`producer ${producerId} batch at offset ${batch.firstOffset} has sequences ${batch.firstSeq}..${batch.lastSeq} for ${delta + 1} offsets`);
        }
        batches.push(batch);
      }
      state.producers.set(producerId, { producerEpoch, lastTimestamp, batches });
      state.lastRecordedOffset = Math.max(state.lastRecordedOffset, batches[batches.length - 1]!.lastOffset);
      previousId = producerId;
    }
    if (at !== bytes.byteLength) throw corrupt(`${bytes.byteLength - at} trailing bytes`);
    return { endOffset, state };
  }
}

const snapshotVersion = 1;
/** version u8 + crc u32 + endOffset i64 + producerCount u32. */
const snapshotHeaderBytes = 17;
/** producerId i64 + producerEpoch i16 + lastTimestamp i64 + batchCount u8. */
const entryHeaderBytes = 19;
/** firstSeq i32 + lastSeq i32 + firstOffset i64 + lastOffset i64 + maxTimestamp i64. */
const batchBytes = 32;

function refuse(code: ProducerErrorCode, message: string, sequenceAhead = false): ProducerCheck {
  return { kind: 'error', code, message, sequenceAhead };
}

function freezeEntry(producerId: number, entry: MutableEntry): ProducerEntry {
  return Object.freeze({
    producerId,
    producerEpoch: entry.producerEpoch,
    lastTimestamp: entry.lastTimestamp,
    batches: Object.freeze(entry.batches.slice()),
  });
}

function safeInt64(view: DataView, at: number, field: string): number {
  const value = view.getBigInt64(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) throw corrupt(`${field} ${value} is not a safe integer`);
  return Number(value);
}

function corrupt(what: string): SkiffError {
  return new SkiffError('CORRUPT_MESSAGE', `producer state snapshot: ${what}`);
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}
