// Decoding the records inside a RecordBatch v2: the client's half of the
// codec (DefaultRecordBatch / DefaultRecord in Kafka). The broker keeps
// batches opaque (header.ts); producers build them with builder.ts. Pure
// computation, no I/O.
//
// Record layout (varints are zigzag, see varint.ts):
//   length varint (bytes after itself) | attributes i8 (unused, 0)
//   | timestampDelta varlong | offsetDelta varint
//   | keyLength varint (-1 = null) | key | valueLength varint (-1 = null) | value
//   | headerCount varint | [keyLength varint | key utf8 | valueLength varint (-1 = null) | value]*
// Offsets and timestamps are deltas from baseOffset and baseTimestamp; with
// LogAppendTime every record's timestamp is the batch's maxTimestamp.
//
// Invariants checked on decode (CORRUPT_MESSAGE otherwise): the CRC matches
// before anything else is read; each record's fields end exactly at its length;
// the batch holds exactly recordsCount records and nothing after them;
// 0 <= offsetDelta <= lastOffsetDelta; offsets and timestamps are safe integers.
// Decoded keys, values and header values are views into the input (or into the
// decompressed buffer), not copies.

import { SkiffError } from '../../common/errors.js';
import { decompress } from './compression.js';
import { type BatchHeader, batchHeaderBytes, checkBatchAt, compressionOf, hasLogAppendTime } from './header.js';
import { ByteReader } from './varint.js';

export interface RecordHeader {
  readonly key: string;
  readonly value: Uint8Array | null;
}

export interface BatchRecord {
  /** Absolute: baseOffset + offsetDelta. */
  readonly offset: number;
  /** Absolute: baseTimestamp + timestampDelta, or maxTimestamp under LogAppendTime. */
  readonly timestamp: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
}

export interface DecodedBatch {
  readonly header: BatchHeader;
  readonly records: readonly BatchRecord[];
  /** Bytes the whole batch takes, header included. */
  readonly size: number;
}

/** The smallest record: length, attributes, two deltas, two null lengths, no headers. */
const minRecordBytes = 7;
const utf8 = new TextDecoder();

/**
 * Decodes the batch at `position`: verifies it (checkBatchAt, CRC first), then
 * decompresses and decodes every record. Throws CORRUPT_MESSAGE on any damage.
 */
export function decodeBatch(bytes: Uint8Array, position = 0): DecodedBatch {
  const check = checkBatchAt(bytes, position);
  if (!check.ok) throw new SkiffError('CORRUPT_MESSAGE', `record batch at byte ${position} is ${check.reason}: ${check.detail}`);
  const { header, size } = check;
  // Like Kafka's DefaultRecordBatch.iterator(), an empty batch (the cleaner
  // keeps them to retain producer state) has no records section to read.
  if (header.recordsCount === 0) return { header, records: [], size };
  const section = bytes.subarray(position + batchHeaderBytes, position + size);
  const body = decompress(compressionOf(header), section);
  return { header, records: decodeRecords(header, body), size };
}

/** Decodes a concatenation of whole batches (a fetch response, a segment slice). */
export function decodeBatches(bytes: Uint8Array): DecodedBatch[] {
  const batches: DecodedBatch[] = [];
  let position = 0;
  // Bounded: each batch is at least batchHeaderBytes long (checkBatchAt).
  while (position < bytes.byteLength) {
    const batch = decodeBatch(bytes, position);
    batches.push(batch);
    position += batch.size;
  }
  return batches;
}

function decodeRecords(header: BatchHeader, body: Uint8Array): BatchRecord[] {
  if (header.recordsCount > body.byteLength / minRecordBytes) {
    throw new SkiffError('CORRUPT_MESSAGE', `${header.recordsCount} records cannot fit in ${body.byteLength} bytes`);
  }
  const reader = new ByteReader(body, 0, 'record batch');
  const logAppendTime = hasLogAppendTime(header) ? header.maxTimestamp : null;
  const records: BatchRecord[] = [];
  for (let index = 0; index < header.recordsCount; index++) {
    records.push(decodeRecord(reader, header, logAppendTime, index));
  }
  if (reader.remaining !== 0) {
    throw new SkiffError('CORRUPT_MESSAGE', `${reader.remaining} bytes follow the last of ${header.recordsCount} records`);
  }
  return records;
}

function decodeRecord(batchReader: ByteReader, header: BatchHeader, logAppendTime: number | null, index: number): BatchRecord {
  const length = batchReader.varint(`record ${index} length`);
  if (length < 0) throw new SkiffError('CORRUPT_MESSAGE', `record ${index} has negative length ${length}`);
  // A reader over exactly this record, so no field can run into the next one.
  const reader = new ByteReader(batchReader.bytes(length, `record ${index}`), 0, `record ${index}`);
  reader.u8('attributes');
  const timestampDelta = reader.varlong('timestampDelta');
  const offsetDelta = reader.varint('offsetDelta');
  if (offsetDelta < 0 || offsetDelta > header.lastOffsetDelta) {
    throw new SkiffError('CORRUPT_MESSAGE', `record ${index} offsetDelta ${offsetDelta} is outside 0..${header.lastOffsetDelta}`);
  }
  const key = readNullableBytes(reader, 'key');
  const value = readNullableBytes(reader, 'value');
  const headers = readHeaders(reader);
  if (reader.remaining !== 0) {
    throw new SkiffError('CORRUPT_MESSAGE', `record ${index} declares ${length} bytes but its fields end ${reader.remaining} bytes early`);
  }
  const offset = header.baseOffset + offsetDelta;
  const timestamp = logAppendTime ?? header.baseTimestamp + timestampDelta;
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(timestamp)) {
    throw new SkiffError('CORRUPT_MESSAGE', `record ${index} offset ${offset} or timestamp ${timestamp} is outside the safe integer range`);
  }
  return { offset, timestamp, key, value, headers };
}

function readNullableBytes(reader: ByteReader, field: string): Uint8Array | null {
  const length = reader.varint(`${field} length`);
  if (length === -1) return null;
  if (length < -1) throw new SkiffError('CORRUPT_MESSAGE', `${field} length ${length} is negative`);
  return reader.bytes(length, field);
}

function readHeaders(reader: ByteReader): RecordHeader[] {
  const count = reader.varint('header count');
  // Each header takes at least 2 bytes, so a count past the remaining bytes is
  // corrupt (Kafka checks the same before allocating).
  if (count < 0 || count > reader.remaining) throw new SkiffError('CORRUPT_MESSAGE', `header count ${count} is invalid`);
  const headers: RecordHeader[] = [];
  for (let index = 0; index < count; index++) {
    const keyLength = reader.varint('header key length');
    if (keyLength < 0) throw new SkiffError('CORRUPT_MESSAGE', `header key length ${keyLength} is negative`);
    const key = utf8.decode(reader.bytes(keyLength, 'header key'));
    headers.push({ key, value: readNullableBytes(reader, 'header value') });
  }
  return headers;
}

// Control records (transaction markers, KRaft's leader-change, snapshot and
// voter records) live in batches with the control attribute set. Their key is
// (version i16, type i16); ControlRecordType.java lists the types.
export const controlRecordTypes = {
  abort: 0,
  commit: 1,
  leaderChange: 2,
  snapshotHeader: 3,
  snapshotFooter: 4,
  kraftVersion: 5,
  kraftVoters: 6,
} as const;

export const controlRecordKeyVersion = 0;
const controlRecordKeyBytes = 4;

export interface ControlRecordKey {
  readonly version: number;
  readonly type: number;
}

export function encodeControlRecordKey(type: number): Uint8Array {
  if (!Number.isInteger(type) || type < 0 || type > 0x7fff) throw new SkiffError('INVALID_REQUEST', `control record type ${type} is not a non-negative int16`);
  const key = new Uint8Array(controlRecordKeyBytes);
  const view = new DataView(key.buffer);
  view.setInt16(0, controlRecordKeyVersion);
  view.setInt16(2, type);
  return key;
}

/**
 * Reads a control record key as Kafka's ControlRecordType.parse does: at least
 * 4 bytes, version >= 0 (a newer version still has the type second); unknown
 * types are returned as numbers for the caller to judge.
 */
export function decodeControlRecordKey(key: Uint8Array | null): ControlRecordKey {
  if (key === null || key.byteLength < controlRecordKeyBytes) {
    throw new SkiffError('CORRUPT_MESSAGE', `control record key has ${key?.byteLength ?? 'no'} bytes, needs at least ${controlRecordKeyBytes}`);
  }
  const view = new DataView(key.buffer, key.byteOffset, key.byteLength);
  const version = view.getInt16(0);
  if (version < 0) throw new SkiffError('CORRUPT_MESSAGE', `control record key version ${version} is negative`);
  return { version, type: view.getInt16(2) };
}
