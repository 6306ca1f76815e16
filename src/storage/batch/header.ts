// Kafka RecordBatch v2 headers: the broker's hot path. The log and the
// replication layer work on batches as opaque bytes — they read the 61-byte
// header, check the CRC and stamp offsets and the leader epoch in place — and
// never decode individual records (that is the client's job, see records.ts).
//
// Layout (big-endian; DESIGN.md §7, kraft-digest §4.4):
//   0 baseOffset i64 | 8 batchLength i32 (bytes after this field) | 12 partitionLeaderEpoch i32
//   16 magic i8 | 17 crc u32 | 21 attributes i16 | 23 lastOffsetDelta i32 | 27 baseTimestamp i64
//   35 maxTimestamp i64 | 43 producerId i64 | 51 producerEpoch i16 | 53 baseSequence i32
//   57 recordsCount i32 | 61 records...
// The CRC-32C covers attributes to the end, so baseOffset and the leader
// epoch can be rewritten without recomputing it.

import { crc32c } from '../../common/crc32c.js';
import { SkiffError } from '../../common/errors.js';

export const batchHeaderBytes = 61;
/** Bytes before batchLength's count starts (baseOffset + batchLength). */
export const logOverheadBytes = 12;
export const currentMagic = 2;

export const fieldOffsets = {
  baseOffset: 0,
  batchLength: 8,
  partitionLeaderEpoch: 12,
  magic: 16,
  crc: 17,
  attributes: 21,
  lastOffsetDelta: 23,
  baseTimestamp: 27,
  maxTimestamp: 35,
  producerId: 43,
  producerEpoch: 51,
  baseSequence: 53,
  recordsCount: 57,
} as const;

export const compressionCodecs = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;
export type CompressionCodec = (typeof compressionCodecs)[number];

export const attributeBits = {
  compressionMask: 0x07,
  timestampTypeLogAppend: 0x08,
  transactional: 0x10,
  control: 0x20,
  deleteHorizon: 0x40,
} as const;

/** Sentinels for "no producer" and "no leader epoch", as in Kafka. */
export const noProducerId = -1;
export const noProducerEpoch = -1;
export const noSequence = -1;
export const noPartitionLeaderEpoch = -1;

export interface BatchHeader {
  readonly baseOffset: number;
  /** Bytes after the batchLength field; the whole batch is `logOverheadBytes + batchLength`. */
  readonly batchLength: number;
  readonly partitionLeaderEpoch: number;
  readonly magic: number;
  readonly crc: number;
  readonly attributes: number;
  readonly lastOffsetDelta: number;
  readonly baseTimestamp: number;
  readonly maxTimestamp: number;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly recordsCount: number;
}

export function batchSizeOf(header: BatchHeader): number {
  return logOverheadBytes + header.batchLength;
}

export function lastOffsetOf(header: BatchHeader): number {
  return header.baseOffset + header.lastOffsetDelta;
}

export function nextOffsetOf(header: BatchHeader): number {
  return lastOffsetOf(header) + 1;
}

export function compressionOf(header: BatchHeader): CompressionCodec {
  const codec = compressionCodecs[header.attributes & attributeBits.compressionMask];
  if (codec === undefined) throw new SkiffError('CORRUPT_MESSAGE', `unknown compression codec id ${header.attributes & attributeBits.compressionMask}`);
  return codec;
}

export function isControlBatch(header: BatchHeader): boolean {
  return (header.attributes & attributeBits.control) !== 0;
}

export function isTransactional(header: BatchHeader): boolean {
  return (header.attributes & attributeBits.transactional) !== 0;
}

export function hasLogAppendTime(header: BatchHeader): boolean {
  return (header.attributes & attributeBits.timestampTypeLogAppend) !== 0;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An i64 that must fit a JS number exactly (offsets, timestamps, producer ids). */
function getSafeInt64(v: DataView, at: number, field: string): number {
  const value = v.getBigInt64(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new SkiffError('CORRUPT_MESSAGE', `${field} ${value} is outside the safe integer range`);
  }
  return Number(value);
}

/**
 * Reads the header of the batch at `position`. Throws CORRUPT_MESSAGE if the
 * header is truncated or its magic is not 2; does not check the CRC or that the
 * whole batch is present (see `checkBatchAt`).
 */
export function readBatchHeader(bytes: Uint8Array, position = 0): BatchHeader {
  if (position + batchHeaderBytes > bytes.byteLength) {
    throw new SkiffError('CORRUPT_MESSAGE', `record batch header truncated at ${position} (${bytes.byteLength - position} of ${batchHeaderBytes} bytes)`);
  }
  const v = view(bytes);
  const magic = v.getInt8(position + fieldOffsets.magic);
  if (magic !== currentMagic) throw new SkiffError('CORRUPT_MESSAGE', `unsupported record batch magic ${magic} at ${position} (only v2 is supported)`);
  return {
    baseOffset: getSafeInt64(v, position + fieldOffsets.baseOffset, 'baseOffset'),
    batchLength: v.getInt32(position + fieldOffsets.batchLength),
    partitionLeaderEpoch: v.getInt32(position + fieldOffsets.partitionLeaderEpoch),
    magic,
    crc: v.getUint32(position + fieldOffsets.crc),
    attributes: v.getInt16(position + fieldOffsets.attributes),
    lastOffsetDelta: v.getInt32(position + fieldOffsets.lastOffsetDelta),
    baseTimestamp: getSafeInt64(v, position + fieldOffsets.baseTimestamp, 'baseTimestamp'),
    maxTimestamp: getSafeInt64(v, position + fieldOffsets.maxTimestamp, 'maxTimestamp'),
    producerId: getSafeInt64(v, position + fieldOffsets.producerId, 'producerId'),
    producerEpoch: v.getInt16(position + fieldOffsets.producerEpoch),
    baseSequence: v.getInt32(position + fieldOffsets.baseSequence),
    recordsCount: v.getInt32(position + fieldOffsets.recordsCount),
  };
}

/** CRC-32C over attributes..end of one whole batch (`batch` starts at its baseOffset). */
export function computeBatchCrc(batch: Uint8Array): number {
  return crc32c(batch.subarray(fieldOffsets.attributes));
}

export type BatchCheck =
  | { readonly ok: true; readonly header: BatchHeader; readonly size: number }
  | { readonly ok: false; readonly reason: 'truncated' | 'corrupt'; readonly detail: string };

/**
 * Validates the batch at `position` without decoding its records: header
 * present, magic 2, sane lengths and counts, whole batch present, CRC correct.
 * Recovery uses 'truncated' vs 'corrupt' to tell a torn tail from damage.
 */
export function checkBatchAt(bytes: Uint8Array, position: number, maxBatchBytes = 0x7fffffff, verifyCrc = true): BatchCheck {
  const remaining = bytes.byteLength - position;
  if (remaining < batchHeaderBytes) return { ok: false, reason: 'truncated', detail: `${remaining} bytes left, a header needs ${batchHeaderBytes}` };
  let header: BatchHeader;
  try {
    header = readBatchHeader(bytes, position);
  } catch (error) {
    return { ok: false, reason: 'corrupt', detail: (error as Error).message };
  }
  const size = batchSizeOf(header);
  if (header.batchLength < batchHeaderBytes - logOverheadBytes || size > maxBatchBytes) {
    return { ok: false, reason: 'corrupt', detail: `batch length ${header.batchLength} out of range` };
  }
  if (header.lastOffsetDelta < 0 || header.recordsCount < 0 || header.recordsCount > header.lastOffsetDelta + 1) {
    return { ok: false, reason: 'corrupt', detail: `records count ${header.recordsCount} / last offset delta ${header.lastOffsetDelta} inconsistent` };
  }
  if (size > remaining) return { ok: false, reason: 'truncated', detail: `batch of ${size} bytes, ${remaining} present` };
  if (!verifyCrc) return { ok: true, header, size };
  const crc = computeBatchCrc(bytes.subarray(position, position + size));
  if (crc !== header.crc) return { ok: false, reason: 'corrupt', detail: `CRC mismatch: stored ${hex(header.crc)}, computed ${hex(crc)}` };
  return { ok: true, header, size };
}

/**
 * Splits `bytes` into whole, well-framed batches, CRC-checked unless
 * `verifyCrc` is false (the caller then checks with `verifyBatchCrcs`);
 * throws CORRUPT_MESSAGE on anything else.
 */
export function splitBatches(bytes: Uint8Array, maxBatchBytes?: number, verifyCrc = true): { header: BatchHeader; position: number; size: number }[] {
  const out: { header: BatchHeader; position: number; size: number }[] = [];
  let position = 0;
  while (position < bytes.byteLength) {
    const check = checkBatchAt(bytes, position, maxBatchBytes, verifyCrc);
    if (!check.ok) throw new SkiffError('CORRUPT_MESSAGE', `record batch at byte ${position}: ${check.detail}`);
    out.push({ header: check.header, position, size: check.size });
    position += check.size;
  }
  return out;
}

/** Checks the CRC of every batch `splitBatches(..., false)` framed; throws CORRUPT_MESSAGE at the first mismatch. */
export function verifyBatchCrcs(bytes: Uint8Array, batches: readonly { header: BatchHeader; position: number; size: number }[]): void {
  for (const { header, position, size } of batches) {
    const crc = computeBatchCrc(bytes.subarray(position, position + size));
    if (crc !== header.crc) throw new SkiffError('CORRUPT_MESSAGE', `record batch at byte ${position}: CRC mismatch: stored ${hex(header.crc)}, computed ${hex(crc)}`);
  }
}

/** Rewrites baseOffset in place (outside the CRC). */
export function setBaseOffset(bytes: Uint8Array, position: number, baseOffset: number): void {
  view(bytes).setBigInt64(position + fieldOffsets.baseOffset, BigInt(baseOffset));
}

/** Rewrites partitionLeaderEpoch in place (outside the CRC). */
export function setPartitionLeaderEpoch(bytes: Uint8Array, position: number, epoch: number): void {
  view(bytes).setInt32(position + fieldOffsets.partitionLeaderEpoch, epoch);
}

/**
 * Sets LogAppendTime: the timestamp-type bit and maxTimestamp, which are inside
 * the CRC, so the CRC is recomputed. Only for topics configured with
 * message.timestamp.type=LogAppendTime.
 */
export function setLogAppendTime(bytes: Uint8Array, position: number, size: number, timestamp: number): void {
  const v = view(bytes);
  const attributes = v.getInt16(position + fieldOffsets.attributes) | attributeBits.timestampTypeLogAppend;
  v.setInt16(position + fieldOffsets.attributes, attributes);
  v.setBigInt64(position + fieldOffsets.maxTimestamp, BigInt(timestamp));
  v.setUint32(position + fieldOffsets.crc, computeBatchCrc(bytes.subarray(position, position + size)));
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`;
}
