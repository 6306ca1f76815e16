// Goal: damage to a batch never decodes silently. Every single-bit flip from
// the magic byte to the end (the CRC field and everything the CRC-32C covers)
// and every flip in batchLength is caught by checkBatchAt and decodeBatch, and
// so is truncation at every length, for every codec. Flips in baseOffset and
// partitionLeaderEpoch are outside the CRC by design (brokers rewrite them).
// Method: exhaustive bit flips and cuts over small batches, plus a fast-check
// property with random batches and random byte-wide damage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  checkBatchAt,
  type CompressionCodec,
  compressionCodecs,
  decodeBatch,
  decodeBatches,
  encodeBatch,
  fieldOffsets,
  splitBatches,
} from '../../../src/storage/batch/index.js';
import { expectSkiffError, textBytes } from './batch-fixture.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

function sampleBatch(compression: CompressionCodec, baseOffset = 1000): Uint8Array {
  return encodeBatch({
    baseOffset,
    partitionLeaderEpoch: 12,
    compression,
    producerId: 77,
    producerEpoch: 1,
    baseSequence: 5,
    records: [
      { key: text('key'), value: textBytes(40), headers: [{ key: 'h', value: text('v') }], timestamp: 1_700_000_000_000 },
      { key: null, value: text('second'), timestamp: 1_699_999_999_000 },
      { key: text(''), value: null, timestamp: 1_700_000_000_500 },
    ],
  });
}

function flipped(batch: Uint8Array, bit: number): Uint8Array {
  const copy = batch.slice();
  copy[bit >> 3]! ^= 1 << (bit & 7);
  return copy;
}

function expectRejected(bytes: Uint8Array, reason?: 'truncated' | 'corrupt'): void {
  const check = checkBatchAt(bytes, 0);
  expect(check.ok).toBe(false);
  if (reason !== undefined && !check.ok) expect(check.reason).toBe(reason);
  expectSkiffError(() => decodeBatch(bytes), 'CORRUPT_MESSAGE');
}

describe.each(compressionCodecs)('%s batch', (compression) => {
  const batch = sampleBatch(compression);

  it('is valid before any damage', () => {
    expect(checkBatchAt(batch, 0).ok).toBe(true);
    expect(decodeBatch(batch).records).toHaveLength(3);
  });

  it('every bit flip from the magic byte to the end is detected', () => {
    for (let bit = fieldOffsets.magic * 8; bit < batch.byteLength * 8; bit++) expectRejected(flipped(batch, bit), 'corrupt');
  });

  it('every bit flip in batchLength is detected', () => {
    for (let bit = fieldOffsets.batchLength * 8; bit < fieldOffsets.partitionLeaderEpoch * 8; bit++) expectRejected(flipped(batch, bit));
  });

  it('truncation at every length is detected', () => {
    for (let length = 0; length < batch.byteLength; length++) expectRejected(batch.subarray(0, length), 'truncated');
  });

  it('baseOffset and partitionLeaderEpoch are outside the CRC', () => {
    // Bit 1 of the last baseOffset byte (+2) and bit 0 of the last epoch byte (+1).
    const moved = flipped(flipped(batch, 7 * 8 + 1), (fieldOffsets.partitionLeaderEpoch + 3) * 8);
    expect(checkBatchAt(moved, 0).ok).toBe(true);
    expect(decodeBatch(moved).header).toMatchObject({ baseOffset: 1002, partitionLeaderEpoch: 12 + 1 });
  });
});

describe('concatenated batches', () => {
  const batches = compressionCodecs.map((codec, index) => sampleBatch(codec, index * 10));
  const joined = new Uint8Array(batches.reduce((sum, batch) => sum + batch.byteLength, 0));
  batches.reduce((at, batch) => (joined.set(batch, at), at + batch.byteLength), 0);

  it('decode whole', () => {
    expect(decodeBatches(joined).map((batch) => batch.header.baseOffset)).toEqual([0, 10, 20, 30, 40]);
    expect(splitBatches(joined)).toHaveLength(5);
  });

  it('a cut anywhere inside a batch is detected', () => {
    const boundaries = new Set(batches.map((_, index) => batches.slice(0, index).reduce((sum, batch) => sum + batch.byteLength, 0)));
    for (let length = 1; length < joined.byteLength; length++) {
      if (boundaries.has(length)) continue;
      expectSkiffError(() => decodeBatches(joined.subarray(0, length)), 'CORRUPT_MESSAGE');
      expectSkiffError(() => splitBatches(joined.subarray(0, length)), 'CORRUPT_MESSAGE');
    }
  });
});

describe('random damage', () => {
  it('any change to one byte from the magic byte on is detected', () => {
    const arb = fc.record({
      compression: fc.constantFrom(...compressionCodecs),
      values: fc.array(fc.option(fc.uint8Array({ maxLength: 200 }), { nil: null }), { minLength: 1, maxLength: 8 }),
      where: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      mask: fc.integer({ min: 1, max: 255 }),
    });
    fc.assert(
      fc.property(arb, ({ compression, values, where, mask }) => {
        const batch = encodeBatch({ compression, records: values.map((value, index) => ({ key: null, value, timestamp: index })) });
        const at = fieldOffsets.magic + Math.floor(where * (batch.byteLength - fieldOffsets.magic));
        const damaged = batch.slice();
        damaged[at]! ^= mask;
        expectRejected(damaged, 'corrupt');
      }),
      { numRuns: 500 },
    );
  });
});
