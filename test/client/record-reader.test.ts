// Goal: the consumer's one-pass record decoder (record-reader.ts) returns
// what storage/batch/records.ts's decodeBatch() returns — offsets,
// timestamps, keys, values, headers — for any batch, and refuses (with
// CORRUPT_MESSAGE) exactly the damaged batches decodeBatch refuses; its
// counting mode counts the same records and key/value bytes.
// Method: fast-check draws batches (codecs, headers, LogAppendTime, far-apart
// timestamps) through encodeBatch, and damages uncompressed ones byte by
// byte with the CRC fixed up, so the damage reaches the record parser.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecodedRecord, walkRecords, type WalkState } from '../../src/client/record-reader.js';
import { AssertionError } from '../../src/common/assert.js';
import { isSkiffError } from '../../src/common/errors.js';
import { encodeBatch, type RecordSpec } from '../../src/storage/batch/builder.js';
import { type CompressionCodec, computeBatchCrc, fieldOffsets, readBatchHeader } from '../../src/storage/batch/header.js';
import { type BatchRecord, decodeBatch } from '../../src/storage/batch/records.js';

const bytesArb = fc.option(fc.uint8Array({ maxLength: 200 }), { nil: null, freq: 4 });
const recordArb: fc.Arbitrary<RecordSpec> = fc.record({
  key: bytesArb,
  value: bytesArb,
  timestamp: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.constant(Number.MAX_SAFE_INTEGER - 1)),
  headers: fc.array(fc.record({ key: fc.string({ maxLength: 8, unit: 'grapheme' }), value: bytesArb }), { maxLength: 2 }),
});
const batchArb = fc.record({
  records: fc.array(recordArb, { minLength: 1, maxLength: 20 }),
  baseOffset: fc.integer({ min: 0, max: 1e12 }),
  compression: fc.constantFrom<CompressionCodec>('none', 'none', 'gzip', 'snappy', 'lz4', 'zstd'),
  logAppendTime: fc.option(fc.integer({ min: 0, max: 2e12 }), { nil: undefined }),
});

function encode(b: { records: RecordSpec[]; baseOffset: number; compression: CompressionCodec; logAppendTime: number | undefined }): Uint8Array {
  return encodeBatch({ records: b.records, baseOffset: b.baseOffset, compression: b.compression, ...(b.logAppendTime === undefined ? {} : { timestampType: 'log-append' as const, logAppendTime: b.logAppendTime }) });
}

function walk(bytes: Uint8Array, fromOffset: number, materialise: boolean): { records: DecodedRecord[]; state: WalkState } {
  const header = readBatchHeader(bytes);
  const records: DecodedRecord[] = [];
  const state: WalkState = { label: 't-0', highWatermark: -1, count: 0, payloadBytes: 0, lastOffset: -1 };
  walkRecords(bytes, 0, bytes.byteLength, header, fromOffset, materialise ? records : null, state);
  return { records, state };
}

function plain(records: readonly (DecodedRecord | BatchRecord)[]): unknown[] {
  return records.map((r) => ({ offset: r.offset, timestamp: r.timestamp, key: r.key && [...r.key], value: r.value && [...r.value], headers: r.headers.map((h) => ({ key: h.key, value: h.value && [...h.value] })) }));
}

/** 'ok' with the records, 'corrupt', or 'assert' (offsets not increasing), for either decoder. */
function outcome(run: () => readonly (DecodedRecord | BatchRecord)[]): { kind: 'ok'; records: unknown[] } | { kind: 'corrupt' | 'assert' } {
  try {
    return { kind: 'ok', records: plain(run()) };
  } catch (error) {
    if (isSkiffError(error) && error.code === 'CORRUPT_MESSAGE') return { kind: 'corrupt' };
    if (error instanceof AssertionError) return { kind: 'assert' };
    throw error;
  }
}

describe('walkRecords', () => {
  it('decodes what decodeBatch decodes, and counts the same records and bytes', () => {
    fc.assert(
      fc.property(batchArb, fc.nat(), (b, skip) => {
        const bytes = encode(b);
        const reference = decodeBatch(bytes).records;
        expect(plain(walk(bytes, 0, true).records)).toEqual(plain(reference));
        // From an offset inside the batch: only the records from there.
        const from = b.baseOffset + (skip % b.records.length);
        const tail = reference.filter((r) => r.offset >= from);
        const counted = walk(bytes, from, false).state;
        expect(counted).toMatchObject({ count: tail.length, lastOffset: tail.at(-1)!.offset, payloadBytes: tail.reduce((sum, r) => sum + (r.key?.byteLength ?? 0) + (r.value?.byteLength ?? 0), 0) });
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('refuses exactly the damaged batches decodeBatch refuses', () => {
    fc.assert(
      fc.property(batchArb, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }), (b, edits) => {
        const bytes = encode({ ...b, compression: 'none' }).slice();
        const recordsStart = 61;
        for (const [at, value] of edits) bytes[recordsStart + (at % (bytes.byteLength - recordsStart))] = value;
        new DataView(bytes.buffer).setUint32(fieldOffsets.crc, computeBatchCrc(bytes));
        const theirs = outcome(() => decodeBatch(bytes).records);
        const ours = outcome(() => walk(bytes, 0, true).records);
        if (theirs.kind === 'ok' && ours.kind === 'assert') {
          // decodeBatch does not order records; the walk asserts increasing offsets (the consumer did too).
          const offsets = (theirs.records as { offset: number }[]).map((r) => r.offset);
          expect(offsets.some((o, i) => i > 0 && o <= offsets[i - 1]!)).toBe(true);
        } else {
          expect(ours).toEqual(theirs);
        }
      }),
      { numRuns: 1_000 },
    );
  }, 30_000);
});
