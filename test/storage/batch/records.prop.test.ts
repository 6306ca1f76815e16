// Goal: every field of a RecordBatch v2 survives encodeBatch -> decodeBatch
// under every codec, and encoding is deterministic (decode then re-encode gives
// the same bytes).
// Method: fast-check specs covering the whole field space: offsets up to 2^53,
// leader epochs, producer ids/epochs/sequences, transactional and control
// batches, CreateTime and LogAppendTime, offset gaps, timestamps that go
// backwards (negative deltas) or are -1, null vs empty keys and values, and
// arbitrary Unicode header keys. The expected values come from the spec, not
// from the decoder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  type BatchSpec,
  compressionCodecs,
  decodeBatch,
  decodeBatches,
  decodeControlRecordKey,
  encodeBatch,
  encodeControlRecordKey,
  type RecordSpec,
} from '../../../src/storage/batch/index.js';
import { expectSameBytes } from './batch-fixture.js';

const int32Max = 0x7fff_ffff;
const codecIds = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;

const bytesOrNull = fc.option(fc.uint8Array({ maxLength: 48 }), { nil: null, freq: 4 });
const headerArb = fc.record({ key: fc.string({ unit: 'binary', maxLength: 12 }), value: bytesOrNull });
const timestampArb = fc.oneof(
  fc.constant(-1),
  fc.integer({ min: 0, max: 2 ** 52 }),
  fc.integer({ min: 1_600_000_000_000, max: 1_600_000_100_000 }),
);
const recordArb = fc.record({
  key: bytesOrNull,
  value: bytesOrNull,
  headers: fc.array(headerArb, { maxLength: 4 }),
  timestamp: timestampArb,
  gap: fc.oneof(fc.constant(0), fc.nat(100), fc.nat(1 << 24)),
});
const producerArb = fc.option(
  fc.record({
    producerId: fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
    producerEpoch: fc.integer({ min: 0, max: 0x7fff }),
    baseSequence: fc.integer({ min: 0, max: int32Max }),
    transactional: fc.boolean(),
  }),
  { nil: undefined },
);

const specArb = fc.record({
  baseOffset: fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 2 ** 31 })),
  partitionLeaderEpoch: fc.integer({ min: -1, max: int32Max }),
  compression: fc.constantFrom(...compressionCodecs),
  logAppendTime: fc.option(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { nil: undefined }),
  producer: producerArb,
  explicitOffsets: fc.boolean(),
  records: fc.array(recordArb, { minLength: 1, maxLength: 25 }),
});

type GeneratedSpec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

function offsetDeltasOf(generated: GeneratedSpec): number[] {
  let next = 0;
  return generated.records.map((record) => {
    const delta = generated.explicitOffsets ? next + record.gap : next;
    next = delta + 1;
    return delta;
  });
}

function toSpec(generated: GeneratedSpec): BatchSpec {
  const deltas = offsetDeltasOf(generated);
  const records: RecordSpec[] = generated.records.map((record, index) => ({
    key: record.key,
    value: record.value,
    headers: record.headers,
    timestamp: record.timestamp,
    ...(generated.explicitOffsets ? { offsetDelta: deltas[index] } : {}),
  }));
  return {
    baseOffset: generated.baseOffset,
    partitionLeaderEpoch: generated.partitionLeaderEpoch,
    compression: generated.compression,
    ...(generated.logAppendTime === undefined ? { timestampType: 'create' } : { timestampType: 'log-append', logAppendTime: generated.logAppendTime }),
    ...(generated.producer ?? {}),
    records,
  };
}

describe('encodeBatch / decodeBatch round trip', () => {
  it('keeps every batch and record field, for every codec', () => {
    fc.assert(
      fc.property(specArb, (generated) => {
        const batch = encodeBatch(toSpec(generated));
        const { header, records, size } = decodeBatch(batch);
        const deltas = offsetDeltasOf(generated);
        const timestamps = generated.records.map((record) => record.timestamp);
        const logAppend = generated.logAppendTime !== undefined;
        const producer = generated.producer;

        expect(size).toBe(batch.byteLength);
        expect(header).toMatchObject({
          baseOffset: generated.baseOffset,
          batchLength: batch.byteLength - 12,
          partitionLeaderEpoch: generated.partitionLeaderEpoch,
          magic: 2,
          attributes: codecIds[generated.compression] | (logAppend ? 0x08 : 0) | (producer?.transactional ? 0x10 : 0),
          lastOffsetDelta: deltas[deltas.length - 1],
          baseTimestamp: timestamps[0],
          maxTimestamp: generated.logAppendTime ?? Math.max(-1, ...timestamps),
          producerId: producer?.producerId ?? -1,
          producerEpoch: producer?.producerEpoch ?? -1,
          baseSequence: producer?.baseSequence ?? -1,
          recordsCount: generated.records.length,
        });
        expect(records).toHaveLength(generated.records.length);
        for (const [index, record] of records.entries()) {
          const expected = generated.records[index]!;
          expect(record.offset).toBe(generated.baseOffset + deltas[index]!);
          expect(record.timestamp).toBe(generated.logAppendTime ?? expected.timestamp);
          expectSameBytes(record.key, expected.key);
          expectSameBytes(record.value, expected.value);
          expect(record.headers.map((h) => h.key)).toEqual(expected.headers.map((h) => h.key));
          for (const [at, h] of record.headers.entries()) expectSameBytes(h.value, expected.headers[at]!.value);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: re-encoding what was decoded gives the same bytes', () => {
    fc.assert(
      fc.property(specArb, (generated) => {
        const spec = { ...toSpec(generated), timestampType: 'create' as const, logAppendTime: undefined };
        const batch = encodeBatch(spec);
        const { header, records } = decodeBatch(batch);
        const again = encodeBatch({
          ...spec,
          records: records.map((record) => ({ ...record, offsetDelta: record.offset - header.baseOffset })),
        });
        expectSameBytes(again, batch);
      }),
      { numRuns: 200 },
    );
  });

  it('decodeBatches splits a concatenation', () => {
    fc.assert(
      fc.property(fc.array(specArb, { minLength: 1, maxLength: 5 }), (generated) => {
        const batches = generated.map((one) => encodeBatch(toSpec(one)));
        const joined = new Uint8Array(batches.reduce((sum, batch) => sum + batch.byteLength, 0));
        let at = 0;
        for (const batch of batches) {
          joined.set(batch, at);
          at += batch.byteLength;
        }
        const decoded = decodeBatches(joined);
        expect(decoded.map((batch) => batch.size)).toEqual(batches.map((batch) => batch.byteLength));
        expect(decoded.map((batch) => batch.records.length)).toEqual(generated.map((one) => one.records.length));
      }),
      { numRuns: 50 },
    );
  });

  it('control batches carry control record keys', () => {
    const controlArb = fc.record({
      type: fc.integer({ min: 0, max: 0x7fff }),
      compression: fc.constantFrom(...compressionCodecs),
      value: bytesOrNull,
      producerId: fc.integer({ min: 0, max: 1 << 30 }),
      producerEpoch: fc.integer({ min: 0, max: 0x7fff }),
    });
    fc.assert(
      fc.property(controlArb, ({ type, compression, value, producerId, producerEpoch }) => {
        const batch = encodeBatch({
          control: true,
          transactional: true,
          compression,
          producerId,
          producerEpoch,
          records: [{ key: encodeControlRecordKey(type), value, timestamp: 5 }],
        });
        const { header, records } = decodeBatch(batch);
        expect(header.attributes & 0x30).toBe(0x30);
        expect(header.baseSequence).toBe(-1);
        expect(decodeControlRecordKey(records[0]!.key)).toEqual({ version: 0, type });
        expectSameBytes(records[0]!.value, value);
      }),
      { numRuns: 100 },
    );
  });
});
