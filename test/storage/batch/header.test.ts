// Goal: the broker-side header helpers edit a batch in place without breaking
// it: setBaseOffset and setPartitionLeaderEpoch touch only fields outside the
// CRC, so the stored CRC stays valid; setLogAppendTime re-signs the batch.
// Method: fast-check batches (any codec) edited in place, alone and inside a
// concatenation, then checked with checkBatchAt and decoded.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  checkBatchAt,
  compressionCodecs,
  decodeBatch,
  decodeBatches,
  encodeBatch,
  readBatchHeader,
  setBaseOffset,
  setLogAppendTime,
  setPartitionLeaderEpoch,
} from '../../../src/storage/batch/index.js';

const batchArb = fc
  .record({
    compression: fc.constantFrom(...compressionCodecs),
    count: fc.integer({ min: 1, max: 6 }),
    baseOffset: fc.nat(1 << 20),
  })
  .map(({ compression, count, baseOffset }) =>
    encodeBatch({
      compression,
      baseOffset,
      records: Array.from({ length: count }, (_, index) => ({ key: null, value: new Uint8Array([index]), timestamp: 1000 + index })),
    }),
  );

describe('in-place header edits', () => {
  it('setBaseOffset and setPartitionLeaderEpoch keep the CRC valid', () => {
    fc.assert(
      fc.property(
        batchArb,
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER - 10 }),
        fc.integer({ min: -1, max: 0x7fff_ffff }),
        (batch, baseOffset, epoch) => {
          const crcBefore = readBatchHeader(batch).crc;
          setBaseOffset(batch, 0, baseOffset);
          setPartitionLeaderEpoch(batch, 0, epoch);
          const check = checkBatchAt(batch, 0);
          expect(check.ok).toBe(true);
          const { header, records } = decodeBatch(batch);
          expect(header).toMatchObject({ baseOffset, partitionLeaderEpoch: epoch, crc: crcBefore });
          expect(records.map((record) => record.offset)).toEqual(records.map((_, index) => baseOffset + index));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('edits the batch at a position inside a larger buffer', () => {
    const first = encodeBatch({ records: [{ key: null, value: null, timestamp: 1 }] });
    const second = encodeBatch({ compression: 'lz4', records: [{ key: null, value: null, timestamp: 2 }, { key: null, value: null, timestamp: 3 }] });
    const joined = new Uint8Array([...first, ...second]);
    setBaseOffset(joined, first.byteLength, 1);
    setPartitionLeaderEpoch(joined, first.byteLength, 4);
    const decoded = decodeBatches(joined);
    expect(decoded.map((batch) => [batch.header.baseOffset, batch.header.partitionLeaderEpoch])).toEqual([
      [0, -1],
      [1, 4],
    ]);
    expect(decoded[1]!.records.map((record) => record.offset)).toEqual([1, 2]);
  });

  it('setLogAppendTime re-signs the batch and every record takes the append time', () => {
    fc.assert(
      fc.property(batchArb, fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (batch, appendTime) => {
        setLogAppendTime(batch, 0, batch.byteLength, appendTime);
        expect(checkBatchAt(batch, 0).ok).toBe(true);
        const { header, records } = decodeBatch(batch);
        expect(header.attributes & 0x08).toBe(0x08);
        expect(header.maxTimestamp).toBe(appendTime);
        expect(new Set(records.map((record) => record.timestamp))).toEqual(new Set([appendTime]));
      }),
      { numRuns: 100 },
    );
  });
});
