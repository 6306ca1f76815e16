// The producer's record-batch writer: records are encoded straight into one
// growing buffer per batch as they are sent (no per-record objects), and the
// 61-byte v2 header is written once, when the batch is sealed for its first
// send. Byte for byte what storage/batch/builder.ts's encodeBatch() produces
// for the same records, producer fields and compression (test/client checks
// this for random inputs); this one is only the hot path of the producer.
// Pure computation, no I/O.
//
// Layout: header.ts (batch) and records.ts (records). The records section
// starts at batchHeaderBytes; with compression it is compressed at seal().
// Invariants: recordCount records are written, with offset deltas 0..n-1;
// baseTimestamp is the first record's timestamp, maxTimestamp the largest
// (or -1); a sealed batch's bytes are never changed afterwards (a new seal,
// with another sequence, writes a copy), since the transport may still hold
// them.

import { assert } from '../common/assert.js';
import { crc32c } from '../common/crc32c.js';
import { SkiffError } from '../common/errors.js';
import { compress } from '../storage/batch/compression.js';
import { batchHeaderBytes, type CompressionCodec, compressionCodecs, currentMagic, fieldOffsets, logOverheadBytes, noPartitionLeaderEpoch } from '../storage/batch/header.js';
import type { RecordHeader } from '../storage/batch/records.js';

const twoPow32 = 0x1_0000_0000;
const int32Max = 0x7fffffff;
const utf8 = new TextEncoder();

/** The producer fields of a batch: none (-1, -1, -1) without idempotence. */
export interface BatchProducerFields {
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly baseSequence: number;
}

export const noProducerFields: BatchProducerFields = { producerId: -1, producerEpoch: -1, baseSequence: -1 };

/** Timestamps a batch accepts: -1 (none) or 0..2^53-2, so any two differ by a safe integer. */
export function validTimestamp(timestamp: number): boolean {
  return Number.isSafeInteger(timestamp) && timestamp >= -1 && timestamp < Number.MAX_SAFE_INTEGER;
}

/** Bytes the zigzag varint of an int32 takes. */
function sizeOfVarint(value: number): number {
  const u = ((value << 1) ^ (value >> 31)) >>> 0;
  if (u < 0x80) return 1;
  if (u < 0x4000) return 2;
  if (u < 0x20_0000) return 3;
  if (u < 0x1000_0000) return 4;
  return 5;
}

/** Bytes the zigzag varlong of a safe integer takes. */
function sizeOfVarlong(value: number): number {
  if ((value | 0) === value) return sizeOfVarint(value);
  let rest = Math.floor((value >= 0 ? value : -value - 1) / 64);
  let bytes = 1;
  while (rest > 0) {
    bytes += 1;
    rest = Math.floor(rest / 128);
  }
  return bytes;
}

function sizeOfNullable(length: number): number {
  return length < 0 ? 1 : sizeOfVarint(length) + length;
}

export class RecordBatchWriter {
  private buffer: Uint8Array;
  /** End of the written bytes (the records section starts at batchHeaderBytes). */
  private length = batchHeaderBytes;
  private count = 0;
  private baseTimestamp = -1;
  private maxTimestamp = -1;
  /** The buffer was handed out by seal(): never written again. */
  private sealedInPlace = false;
  private readonly expectedBytes: number;

  /**
   * `expectedBytes`: how big the batch will likely get (the producer's batch
   * size). The buffer starts at most `initialCapacityBytes` (default 16 KiB,
   * so that a lingering batch of a few records does not hold a full batch's
   * memory) and grows by doubling, but not past `expectedBytes` unless a
   * record needs it.
   */
  constructor(expectedBytes: number, initialCapacityBytes = 16_384) {
    this.expectedBytes = Math.max(batchHeaderBytes + 64, expectedBytes);
    this.buffer = allocate(Math.max(batchHeaderBytes + 64, Math.min(initialCapacityBytes, this.expectedBytes)));
  }

  get recordCount(): number {
    return this.count;
  }

  /** Bytes written so far, header included (before compression). */
  get sizeBytes(): number {
    return this.length;
  }

  /**
   * Appends one record at offset delta recordCount. `timestamp` must pass
   * validTimestamp() (the caller checks, so a bad record fails its send and
   * nothing else).
   */
  append(key: Uint8Array | null, value: Uint8Array | null, headers: readonly RecordHeader[] | undefined, timestamp: number): void {
    assert(!this.sealedInPlace, 'append to a sealed batch');
    if (this.count === 0) this.baseTimestamp = timestamp;
    if (timestamp > this.maxTimestamp) this.maxTimestamp = timestamp;
    const offsetDelta = this.count;
    const timestampDelta = timestamp - this.baseTimestamp;
    const keyLength = key === null ? -1 : key.byteLength;
    const valueLength = value === null ? -1 : value.byteLength;
    const headerCount = headers === undefined ? 0 : headers.length;
    let headerKeys: Uint8Array[] | null = null;
    let headerBytes = 0;
    if (headerCount > 0) {
      headerKeys = [];
      for (const header of headers as readonly RecordHeader[]) {
        const encodedKey = utf8.encode(header.key);
        headerKeys.push(encodedKey);
        headerBytes += sizeOfNullable(encodedKey.byteLength) + sizeOfNullable(header.value === null ? -1 : header.value.byteLength);
      }
    }
    const bodyBytes = 1 + sizeOfVarlong(timestampDelta) + sizeOfVarint(offsetDelta) + sizeOfNullable(keyLength) + sizeOfNullable(valueLength) + sizeOfVarint(headerCount) + headerBytes;
    if (bodyBytes > int32Max) throw new SkiffError('INVALID_REQUEST', `record ${offsetDelta} is too large`);
    this.ensure(5 + bodyBytes);
    this.varint(bodyBytes);
    this.buffer[this.length++] = 0; // attributes
    this.varlong(timestampDelta);
    this.varint(offsetDelta);
    this.nullableBytes(key);
    this.nullableBytes(value);
    this.varint(headerCount);
    if (headerKeys !== null) {
      for (let i = 0; i < headerCount; i++) {
        this.nullableBytes(headerKeys[i] as Uint8Array);
        this.nullableBytes((headers as readonly RecordHeader[])[i]?.value ?? null);
      }
    }
    this.count++;
  }

  /**
   * The whole batch with these producer fields: header written, records
   * compressed, CRC computed. The first uncompressed seal returns a view of
   * the writer's own buffer (no copy); later seals return fresh copies.
   * Appending after a seal is not allowed.
   */
  seal(producer: BatchProducerFields, compression: CompressionCodec): Uint8Array {
    assert(this.count > 0, 'a batch needs at least one record');
    let batch: Uint8Array;
    if (compression !== 'none') {
      const section = compress(compression, this.buffer.subarray(batchHeaderBytes, this.length));
      batch = new Uint8Array(batchHeaderBytes + section.byteLength);
      batch.set(section, batchHeaderBytes);
    } else if (!this.sealedInPlace) {
      this.sealedInPlace = true;
      batch = this.buffer.subarray(0, this.length);
    } else {
      batch = this.buffer.slice(0, this.length);
    }
    if (batch.byteLength - logOverheadBytes > int32Max) throw new SkiffError('INVALID_REQUEST', `batch of ${batch.byteLength} bytes is too large`);
    const attributes = compressionCodecs.indexOf(compression);
    const view = new DataView(batch.buffer, batch.byteOffset, batch.byteLength);
    setInt64(view, fieldOffsets.baseOffset, 0);
    view.setInt32(fieldOffsets.batchLength, batch.byteLength - logOverheadBytes);
    view.setInt32(fieldOffsets.partitionLeaderEpoch, noPartitionLeaderEpoch);
    view.setInt8(fieldOffsets.magic, currentMagic);
    view.setInt16(fieldOffsets.attributes, attributes);
    view.setInt32(fieldOffsets.lastOffsetDelta, this.count - 1);
    setInt64(view, fieldOffsets.baseTimestamp, this.baseTimestamp);
    setInt64(view, fieldOffsets.maxTimestamp, this.maxTimestamp);
    setInt64(view, fieldOffsets.producerId, producer.producerId);
    view.setInt16(fieldOffsets.producerEpoch, producer.producerEpoch);
    view.setInt32(fieldOffsets.baseSequence, producer.baseSequence);
    view.setInt32(fieldOffsets.recordsCount, this.count);
    view.setUint32(fieldOffsets.crc, crc32c(batch.subarray(fieldOffsets.attributes)));
    return batch;
  }

  private ensure(extraBytes: number): void {
    const needed = this.length + extraBytes;
    if (needed <= this.buffer.byteLength) return;
    let capacity = this.buffer.byteLength * 2;
    while (capacity < needed) capacity *= 2;
    if (needed <= this.expectedBytes) capacity = Math.min(capacity, this.expectedBytes);
    const grown = allocate(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Zigzag varint of an int32; room was ensured. */
  private varint(value: number): void {
    let u = ((value << 1) ^ (value >> 31)) >>> 0;
    const buffer = this.buffer;
    let at = this.length;
    while (u >= 0x80) {
      buffer[at++] = (u & 0x7f) | 0x80;
      u >>>= 7;
    }
    buffer[at++] = u;
    this.length = at;
  }

  /** Zigzag varlong of a safe integer, as varint.ts writes it; room was ensured. */
  private varlong(value: number): void {
    if ((value | 0) === value) return this.varint(value);
    const sign = value < 0 ? 1 : 0;
    const m = sign === 1 ? -value - 1 : value;
    let rest = Math.floor(m / 64);
    this.buffer[this.length++] = ((m % 64) << 1) | sign | (rest > 0 ? 0x80 : 0);
    while (rest > 0) {
      const low = rest % 128;
      rest = Math.floor(rest / 128);
      this.buffer[this.length++] = low | (rest > 0 ? 0x80 : 0);
    }
  }

  private nullableBytes(bytes: Uint8Array | null): void {
    if (bytes === null) {
      this.buffer[this.length++] = 1; // zigzag(-1)
      return;
    }
    this.varint(bytes.byteLength);
    this.buffer.set(bytes, this.length);
    this.length += bytes.byteLength;
  }
}

/**
 * A buffer whose bytes are all written before anything reads them (only
 * [0, length) is ever handed out), so it need not be zeroed: zeroing a fresh
 * 16 KiB Uint8Array per batch cost more than encoding its records.
 */
function allocate(bytes: number): Uint8Array {
  return Buffer.allocUnsafe(bytes);
}

/** A safe integer as a big-endian two's-complement int64. */
function setInt64(view: DataView, at: number, value: number): void {
  const high = Math.floor(value / twoPow32);
  view.setInt32(at, high);
  view.setUint32(at + 4, value - high * twoPow32);
}
