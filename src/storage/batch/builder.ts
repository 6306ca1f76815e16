// Building one RecordBatch v2 from records: the producer's half of the codec
// (Kafka's MemoryRecordsBuilder + DefaultRecord.writeTo + writeHeader), byte
// for byte. Pure computation, no I/O. Layout: header.ts (batch), records.ts
// (records).
//
// What it fixes, as Kafka does: baseTimestamp is the first record's timestamp;
// maxTimestamp is the largest record timestamp (or -1), or logAppendTime under
// LogAppendTime; lastOffsetDelta is the last record's offsetDelta; the CRC-32C
// covers attributes to the end. Compression wraps only the records section.
// Bad specs throw INVALID_REQUEST, with Kafka's rules: timestamps >= 0 or -1,
// strictly increasing offset deltas, transactional needs a producer id, and a
// producer id needs an epoch and (outside control batches) a sequence.

import { assert } from '../../common/assert.js';
import { SkiffError } from '../../common/errors.js';
import { compress } from './compression.js';
import {
  attributeBits,
  batchHeaderBytes,
  type CompressionCodec,
  compressionCodecs,
  computeBatchCrc,
  currentMagic,
  fieldOffsets,
  logOverheadBytes,
  noPartitionLeaderEpoch,
  noProducerEpoch,
  noProducerId,
  noSequence,
} from './header.js';
import { decodeControlRecordKey, type RecordHeader } from './records.js';
import { ByteWriter, sizeOfVarint, sizeOfVarlong } from './varint.js';

export type TimestampType = 'create' | 'log-append';

/** Kafka's RecordBatch.NO_TIMESTAMP. */
export const noTimestamp = -1;

export interface RecordSpec {
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers?: readonly RecordHeader[];
  /** Milliseconds since the epoch, or -1 for none. */
  readonly timestamp: number;
  /** Defaults to the record's index; must increase strictly (gaps allowed). */
  readonly offsetDelta?: number;
}

export interface BatchSpec {
  readonly baseOffset?: number;
  readonly partitionLeaderEpoch?: number;
  readonly compression?: CompressionCodec;
  readonly timestampType?: TimestampType;
  /** Required with timestampType 'log-append': it becomes maxTimestamp and every record's timestamp. */
  readonly logAppendTime?: number;
  readonly transactional?: boolean;
  /** Control batches hold control records, whose keys are encodeControlRecordKey(type). */
  readonly control?: boolean;
  readonly producerId?: number;
  readonly producerEpoch?: number;
  readonly baseSequence?: number;
  /**
   * Defaults to the last record's offsetDelta. The log cleaner sets it higher to
   * keep a compacted batch's original offset (and sequence) range, as Kafka's
   * MemoryRecordsBuilder.overrideLastOffset does, so producer state survives.
   */
  readonly lastOffsetDelta?: number;
  readonly records: readonly RecordSpec[];
}

const utf8 = new TextEncoder();
const int32Max = 0x7fffffff;

/** Encodes one complete batch. The result is a fresh buffer the caller owns. */
export function encodeBatch(spec: BatchSpec): Uint8Array {
  const fields = validateSpec(spec);
  const section = compress(fields.compression, encodeRecords(spec.records, fields.baseTimestamp));
  const batchBytes = batchHeaderBytes + section.byteLength;
  if (batchBytes - logOverheadBytes > int32Max) invalid(`batch of ${batchBytes} bytes is too large`);

  const writer = new ByteWriter(batchBytes);
  writer
    .i64(fields.baseOffset)
    .i32(batchBytes - logOverheadBytes)
    .i32(fields.partitionLeaderEpoch)
    .u8(currentMagic)
    .u32(0) // CRC, patched below once the bytes it covers are written
    .i16(fields.attributes)
    .i32(fields.lastOffsetDelta)
    .i64(fields.baseTimestamp)
    .i64(fields.maxTimestamp)
    .i64(fields.producerId)
    .i16(fields.producerEpoch)
    .i32(fields.baseSequence)
    .i32(spec.records.length);
  assert(writer.position === batchHeaderBytes, 'batch header layout');
  writer.bytes(section);
  const batch = writer.finish();
  assert(batch.byteLength === batchBytes, 'batch length');
  writer.patchI32(fieldOffsets.crc, computeBatchCrc(batch) | 0);
  return batch;
}

interface HeaderFields {
  readonly baseOffset: number;
  readonly partitionLeaderEpoch: number;
  readonly compression: CompressionCodec;
  readonly attributes: number;
  readonly lastOffsetDelta: number;
  readonly baseTimestamp: number;
  readonly maxTimestamp: number;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly baseSequence: number;
}

function validateSpec(spec: BatchSpec): HeaderFields {
  const { records } = spec;
  const first = records[0];
  if (first === undefined) invalid('a batch needs at least one record');
  const baseOffset = spec.baseOffset ?? 0;
  const partitionLeaderEpoch = spec.partitionLeaderEpoch ?? noPartitionLeaderEpoch;
  const compression = spec.compression ?? 'none';
  const producerId = spec.producerId ?? noProducerId;
  const producerEpoch = spec.producerEpoch ?? noProducerEpoch;
  const baseSequence = spec.baseSequence ?? noSequence;
  const control = spec.control ?? false;
  const transactional = spec.transactional ?? false;
  const logAppend = (spec.timestampType ?? 'create') === 'log-append';

  checkInteger('baseOffset', baseOffset, 0, Number.MAX_SAFE_INTEGER);
  checkInteger('partitionLeaderEpoch', partitionLeaderEpoch, -1, int32Max);
  checkInteger('producerId', producerId, noProducerId, Number.MAX_SAFE_INTEGER);
  checkInteger('producerEpoch', producerEpoch, noProducerEpoch, 0x7fff);
  checkInteger('baseSequence', baseSequence, noSequence, int32Max);
  if (!compressionCodecs.includes(compression)) invalid(`unknown compression ${String(compression)}`);
  if (transactional && producerId === noProducerId) invalid('a transactional batch needs a producer id');
  if (producerId !== noProducerId && producerEpoch === noProducerEpoch) invalid('a producer id needs a producer epoch');
  if (producerId !== noProducerId && baseSequence === noSequence && !control) invalid('a producer id needs a base sequence');

  let lastOffsetDelta = -1;
  let maxTimestamp = noTimestamp;
  for (const [index, record] of records.entries()) {
    const offsetDelta = record.offsetDelta ?? index;
    checkInteger(`record ${index} offsetDelta`, offsetDelta, lastOffsetDelta + 1, int32Max);
    checkInteger(`record ${index} timestamp`, record.timestamp, noTimestamp, Number.MAX_SAFE_INTEGER);
    if (!Number.isSafeInteger(record.timestamp - first.timestamp)) invalid(`record ${index} timestamp is too far from the first`);
    if (control) decodeControlKeyForSpec(record.key, index);
    lastOffsetDelta = offsetDelta;
    maxTimestamp = Math.max(maxTimestamp, record.timestamp);
  }
  if (spec.lastOffsetDelta !== undefined) {
    checkInteger('lastOffsetDelta', spec.lastOffsetDelta, lastOffsetDelta, int32Max);
    lastOffsetDelta = spec.lastOffsetDelta;
  }
  checkInteger('last offset', baseOffset + lastOffsetDelta, 0, Number.MAX_SAFE_INTEGER);
  if (logAppend) {
    if (spec.logAppendTime === undefined) invalid("timestampType 'log-append' needs logAppendTime");
    checkInteger('logAppendTime', spec.logAppendTime, 0, Number.MAX_SAFE_INTEGER);
    maxTimestamp = spec.logAppendTime;
  }

  const attributes =
    compressionCodecs.indexOf(compression) |
    (logAppend ? attributeBits.timestampTypeLogAppend : 0) |
    (transactional ? attributeBits.transactional : 0) |
    (control ? attributeBits.control : 0);
  return { baseOffset, partitionLeaderEpoch, compression, attributes, lastOffsetDelta, baseTimestamp: first.timestamp, maxTimestamp, producerId, producerEpoch, baseSequence };
}

function decodeControlKeyForSpec(key: Uint8Array | null, index: number): void {
  try {
    decodeControlRecordKey(key);
  } catch (error) {
    throw new SkiffError('INVALID_REQUEST', `record ${index} of a control batch needs a control record key`, { cause: error });
  }
}

/** The uncompressed records section: every record, each prefixed by its length. */
function encodeRecords(records: readonly RecordSpec[], baseTimestamp: number): Uint8Array {
  const writer = new ByteWriter(estimateRecordsBytes(records));
  for (const [index, record] of records.entries()) {
    const offsetDelta = record.offsetDelta ?? index;
    const timestampDelta = record.timestamp - baseTimestamp;
    const headers = (record.headers ?? []).map((header) => ({ key: utf8.encode(header.key), value: header.value }));
    const bodyBytes =
      1 +
      sizeOfVarlong(timestampDelta) +
      sizeOfVarint(offsetDelta) +
      sizeOfNullableBytes(record.key) +
      sizeOfNullableBytes(record.value) +
      sizeOfVarint(headers.length) +
      headers.reduce((sum, header) => sum + sizeOfNullableBytes(header.key) + sizeOfNullableBytes(header.value), 0);
    if (bodyBytes > int32Max) invalid(`record ${index} is too large`);

    const start = writer.position;
    writer.varint(bodyBytes).u8(0).varlong(timestampDelta).varint(offsetDelta);
    writeNullableBytes(writer, record.key);
    writeNullableBytes(writer, record.value);
    writer.varint(headers.length);
    for (const header of headers) {
      writeNullableBytes(writer, header.key);
      writeNullableBytes(writer, header.value);
    }
    assert(writer.position - start === sizeOfVarint(bodyBytes) + bodyBytes, `record ${index} size was computed wrongly`);
  }
  return writer.finish();
}

function estimateRecordsBytes(records: readonly RecordSpec[]): number {
  let bytes = 0;
  for (const record of records) bytes += 32 + (record.key?.byteLength ?? 0) + (record.value?.byteLength ?? 0);
  return bytes;
}

function sizeOfNullableBytes(bytes: Uint8Array | null): number {
  return bytes === null ? 1 : sizeOfVarint(bytes.byteLength) + bytes.byteLength;
}

function writeNullableBytes(writer: ByteWriter, bytes: Uint8Array | null): void {
  if (bytes === null) {
    writer.varint(-1);
  } else {
    writer.varint(bytes.byteLength).bytes(bytes);
  }
}

function checkInteger(field: string, value: number, min: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < min || value > max) invalid(`${field} ${value} is outside ${min}..${max}`);
}

function invalid(message: string): never {
  throw new SkiffError('INVALID_REQUEST', message);
}
