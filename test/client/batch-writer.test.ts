// Goal: the producer's RecordBatchWriter writes, byte for byte, the batch
// storage/batch/builder.ts's encodeBatch() writes for the same records,
// producer fields and compression (the reference codec the broker and the
// decoder are tested against), and a sealed batch is never changed by a later
// seal (the transport may still hold it).
// Method: fast-check draws records (null and empty keys and values, headers,
// timestamps far apart and -1), producer fields and codecs, and compares.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noProducerFields, RecordBatchWriter, validTimestamp } from '../../src/client/batch-writer.js';
import { encodeBatch, type RecordSpec } from '../../src/storage/batch/builder.js';
import { type CompressionCodec, splitBatches } from '../../src/storage/batch/header.js';
import { decodeBatch } from '../../src/storage/batch/records.js';

const bytesArb = fc.option(fc.uint8Array({ maxLength: 300 }), { nil: null, freq: 4 });
const timestampArb = fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER - 1), fc.maxSafeNat().filter(validTimestamp));
const recordArb: fc.Arbitrary<RecordSpec> = fc.record({
  key: bytesArb,
  value: fc.oneof({ arbitrary: bytesArb, weight: 9 }, { arbitrary: fc.uint8Array({ minLength: 5_000, maxLength: 20_000 }).map((b) => b as Uint8Array | null), weight: 1 }),
  timestamp: timestampArb,
  headers: fc.array(fc.record({ key: fc.string({ maxLength: 12, unit: 'grapheme' }), value: bytesArb }), { maxLength: 3 }),
});
const producerArb = fc.oneof(
  fc.constant(noProducerFields),
  fc.record({ producerId: fc.maxSafeNat(), producerEpoch: fc.integer({ min: 0, max: 0x7fff }), baseSequence: fc.integer({ min: 0, max: 0x7fffffff }) }),
);
const codecArb = fc.constantFrom<CompressionCodec>('none', 'none', 'gzip', 'snappy', 'lz4', 'zstd');

function write(records: readonly RecordSpec[], capacity: number): RecordBatchWriter {
  const writer = new RecordBatchWriter(capacity, Math.max(1, capacity >> 3));
  for (const r of records) writer.append(r.key, r.value, r.headers, r.timestamp);
  return writer;
}

describe('RecordBatchWriter', () => {
  it('writes what encodeBatch writes, for any records, producer fields and codec', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 40 }), producerArb, codecArb, fc.integer({ min: 0, max: 40_000 }), (records, producer, compression, capacity) => {
        const writer = write(records, capacity);
        expect(writer.recordCount).toBe(records.length);
        const ours = writer.seal(producer, compression);
        const reference = encodeBatch({ records, compression, ...(producer.producerId >= 0 ? producer : {}) });
        expect(Buffer.from(ours).equals(Buffer.from(reference))).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a second seal (a new sequence) writes a copy and leaves the first bytes alone', () => {
    const records: RecordSpec[] = [0, 1, 2].map((i) => ({ key: null, value: new Uint8Array([i, i, i]), timestamp: 1_000 + i }));
    const writer = write(records, 0);
    const first = writer.seal({ producerId: 7, producerEpoch: 1, baseSequence: 10 }, 'none');
    const snapshot = first.slice();
    const second = writer.seal({ producerId: 7, producerEpoch: 2, baseSequence: 0 }, 'none');
    expect(Buffer.from(first).equals(Buffer.from(snapshot))).toBe(true);
    expect(Buffer.from(second).equals(Buffer.from(encodeBatch({ records, producerId: 7, producerEpoch: 2, baseSequence: 0 })))).toBe(true);
    expect(splitBatches(second)[0]!.header).toMatchObject({ producerEpoch: 2, baseSequence: 0, recordsCount: 3, lastOffsetDelta: 2, baseTimestamp: 1_000, maxTimestamp: 1_002 });
    expect(decodeBatch(second).records.map((r) => [r.offset, r.timestamp, [...r.value!]])).toEqual([
      [0, 1_000, [0, 0, 0]],
      [1, 1_001, [1, 1, 1]],
      [2, 1_002, [2, 2, 2]],
    ]);
  });

  it('accepts timestamps whose differences are safe integers only', () => {
    expect([-1, 0, Number.MAX_SAFE_INTEGER - 1].every(validTimestamp)).toBe(true);
    expect([-2, 0.5, Number.MAX_SAFE_INTEGER, NaN].some(validTimestamp)).toBe(false);
  });
});
