// The consumer's record decoder: one pass over a fetched batch's records
// with a bare cursor, no per-record reader objects. It checks exactly what
// storage/batch/records.ts's decodeBatch() checks, and throws
// CORRUPT_MESSAGE where that throws (test/client compares the two on random
// and damaged batches), so that one remains the reference codec. Keys and
// values are views into the fetched (or decompressed) bytes, not copies.
// Pure computation, no I/O.
//
// `walkRecords` either materialises the records or only counts them (and
// their key and value bytes), for callers that need no record objects.

import { assert } from '../common/assert.js';
import { SkiffError } from '../common/errors.js';
import { decompress } from '../storage/batch/compression.js';
import { type BatchHeader, batchHeaderBytes, compressionOf, hasLogAppendTime } from '../storage/batch/header.js';
import type { RecordHeader } from '../storage/batch/records.js';

export interface DecodedRecord {
  readonly offset: number;
  readonly timestamp: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
}

/** A walk's running state over the batches of one fetch answer of one partition. */
export interface WalkState {
  /** Where the records are from, for assertion messages ("topic-partition"). */
  readonly label: string;
  /** Records at or above it are a broker bug (they are not committed); -1: unknown. */
  readonly highWatermark: number;
  /** Records taken (at or past `fromOffset`) so far. */
  count: number;
  /** Their keys' and values' bytes. */
  payloadBytes: number;
  /** The offset of the last record taken (or returned before): the next must be above it. */
  lastOffset: number;
}

/** The smallest record: length, attributes, two deltas, two null lengths, no headers. */
const minRecordBytes = 7;
const noHeaders: readonly RecordHeader[] = Object.freeze([]);
const noBytes = new Uint8Array(0);
const utf8 = new TextDecoder();

function corrupt(message: string): never {
  throw new SkiffError('CORRUPT_MESSAGE', message);
}

/** A bounds-checked read position over one record (or the records section). */
class Cursor {
  bytes: Uint8Array = noBytes;
  at = 0;
  end = 0;

  private byte(field: string): number {
    if (this.at >= this.end) corrupt(`record batch truncated reading ${field} at byte ${this.at}`);
    return this.bytes[this.at++] as number;
  }

  /** Zigzag varint of an int32: at most 5 bytes, 32 bits (as varint.ts reads it). */
  varint(field: string): number {
    const bytes = this.bytes;
    // The common one-byte case, without the loop.
    if (this.at < this.end) {
      const first = bytes[this.at] as number;
      if (first < 0x80) {
        this.at++;
        return (first >>> 1) ^ -(first & 1);
      }
    }
    const start = this.at;
    let u = 0;
    // Bounded: the 5th byte either ends the value or throws.
    for (let index = 0; ; index++) {
      const byte = this.byte(field);
      if (index === 4 && byte > 0x0f) corrupt(`record batch: ${field} at byte ${start} is longer than 5 bytes or exceeds 32 bits`);
      u |= (byte & 0x7f) << (7 * index);
      if ((byte & 0x80) === 0) return (u >>> 1) ^ -(u & 1);
    }
  }

  /** Zigzag varlong: at most 10 bytes and a safe integer (as varint.ts reads it). */
  varlong(field: string): number {
    const start = this.at;
    const first = this.byte(field);
    if (first < 0x80) return (first >>> 1) ^ -(first & 1);
    const sign = first & 1;
    let m = (first & 0x7f) >>> 1;
    let more = true;
    let scale = 64;
    for (let index = 1; more; index++) {
      if (index === 10) corrupt(`record batch: ${field} at byte ${start} is longer than 10 bytes`);
      const byte = this.byte(field);
      m += (byte & 0x7f) * scale;
      scale *= 128;
      more = (byte & 0x80) !== 0;
      if (m > Number.MAX_SAFE_INTEGER) corrupt(`record batch: ${field} at byte ${start} is outside the safe integer range`);
    }
    if (sign === 0) return m;
    if (m === Number.MAX_SAFE_INTEGER) corrupt(`record batch: ${field} at byte ${start} is outside the safe integer range`);
    return -m - 1;
  }

  /** Skips (view = false) or returns a view of the next `length` bytes. */
  take(length: number, field: string, view: boolean): Uint8Array | null {
    if (length > this.end - this.at) corrupt(`record batch truncated reading ${field} at byte ${this.at} (${length} needed, ${this.end - this.at} left)`);
    const start = this.at;
    this.at += length;
    return view ? this.bytes.subarray(start, start + length) : null;
  }
}

const cursor = new Cursor();

/**
 * Decompresses and walks the records of the batch at `position` of `bytes`,
 * whose header (CRC included) the caller has checked. Records below
 * `fromOffset` are validated and skipped; the others must come after
 * `state.lastOffset` and below the high watermark (asserted once the whole
 * batch is known to be well-formed), are counted in
 * `state`, and are pushed to `out` unless it is null. Throws CORRUPT_MESSAGE
 * on damage.
 */
export function walkRecords(bytes: Uint8Array, position: number, size: number, header: BatchHeader, fromOffset: number, out: DecodedRecord[] | null, state: WalkState): void {
  if (header.recordsCount === 0) return;
  const section = bytes.subarray(position + batchHeaderBytes, position + size);
  const decompressed = decompress(compressionOf(header), section);
  // Views of a plain Uint8Array are cheaper to make than of a Buffer.
  const body = new Uint8Array(decompressed.buffer, decompressed.byteOffset, decompressed.byteLength);
  if (header.recordsCount > body.byteLength / minRecordBytes) corrupt(`${header.recordsCount} records cannot fit in ${body.byteLength} bytes`);
  const logAppendTime = hasLogAppendTime(header) ? header.maxTimestamp : null;
  const { baseOffset, baseTimestamp, lastOffsetDelta } = header;
  const c = cursor;
  let misordered: string | null = null;
  c.bytes = body;
  c.at = 0;
  try {
    for (let index = 0; index < header.recordsCount; index++) {
      c.end = body.byteLength;
      const length = c.varint(`record ${index} length`);
      if (length < 0) corrupt(`record ${index} has negative length ${length}`);
      if (length > c.end - c.at) corrupt(`record batch truncated reading record ${index} at byte ${c.at} (${length} needed, ${c.end - c.at} left)`);
      c.end = c.at + length;
      if (c.at >= c.end) corrupt(`record ${index} truncated reading attributes`);
      c.at++; // attributes
      const timestampDelta = c.varlong('timestampDelta');
      const offsetDelta = c.varint('offsetDelta');
      if (offsetDelta < 0 || offsetDelta > lastOffsetDelta) corrupt(`record ${index} offsetDelta ${offsetDelta} is outside 0..${lastOffsetDelta}`);
      const offset = baseOffset + offsetDelta;
      const wanted = offset >= fromOffset;
      const materialise = wanted && out !== null;
      const keyLength = c.varint('key length');
      if (keyLength < -1) corrupt(`key length ${keyLength} is negative`);
      const key = keyLength === -1 ? null : c.take(keyLength, 'key', materialise);
      const valueLength = c.varint('value length');
      if (valueLength < -1) corrupt(`value length ${valueLength} is negative`);
      const value = valueLength === -1 ? null : c.take(valueLength, 'value', materialise);
      const headerCount = c.varint('header count');
      // Each header takes at least 2 bytes, so a count past the remaining bytes is corrupt.
      if (headerCount < 0 || headerCount > c.end - c.at) corrupt(`header count ${headerCount} is invalid`);
      let headers = noHeaders;
      if (headerCount > 0) {
        const list: RecordHeader[] = [];
        for (let h = 0; h < headerCount; h++) {
          const keyBytes = c.varint('header key length');
          if (keyBytes < 0) corrupt(`header key length ${keyBytes} is negative`);
          const headerKey = utf8.decode(c.take(keyBytes, 'header key', true) as Uint8Array);
          const headerValueLength = c.varint('header value length');
          if (headerValueLength < -1) corrupt(`header value length ${headerValueLength} is negative`);
          list.push({ key: headerKey, value: headerValueLength === -1 ? null : c.take(headerValueLength, 'header value', true) });
        }
        headers = list;
      }
      if (c.at !== c.end) corrupt(`record ${index} declares ${length} bytes but its fields end ${c.end - c.at} bytes early`);
      const timestamp = logAppendTime ?? baseTimestamp + timestampDelta;
      if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(timestamp)) corrupt(`record ${index} offset ${offset} or timestamp ${timestamp} is outside the safe integer range`);
      if (!wanted) continue;
      // Reported once the whole batch is checked, so that damage is CORRUPT_MESSAGE whatever record it is in.
      if (offset <= state.lastOffset) misordered ??= `${state.label}: offset ${offset} after ${state.lastOffset}`;
      if (state.highWatermark >= 0 && offset >= state.highWatermark) misordered ??= `${state.label}: offset ${offset} at or above the high watermark ${state.highWatermark}`;
      state.count++;
      state.payloadBytes += (keyLength > 0 ? keyLength : 0) + (valueLength > 0 ? valueLength : 0);
      state.lastOffset = offset;
      if (out !== null) out.push({ offset, timestamp, key, value, headers });
    }
    if (c.at !== body.byteLength) corrupt(`${body.byteLength - c.at} bytes follow the last of ${header.recordsCount} records`);
    assert(misordered === null, misordered ?? '');
  } finally {
    c.bytes = noBytes;
  }
}
