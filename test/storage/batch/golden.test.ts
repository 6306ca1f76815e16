// Goal: encodeBatch writes Kafka's RecordBatch v2 byte for byte.
// Method: one batch written out by hand from the format (DefaultRecordBatch /
// DefaultRecord), field by field; its CRC-32C is checked with a table-free
// bitwise CRC in this file (itself checked against the standard check value),
// so neither the expected bytes nor the CRC come from the code under test.
import { describe, expect, it } from 'vitest';

import { checkBatchAt, decodeBatch, encodeBatch, readBatchHeader } from '../../../src/storage/batch/index.js';

/** CRC-32C, reflected polynomial 0x82F63B78, one bit at a time. */
function bitwiseCrc32c(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0x82f63b78 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function hex(...parts: string[]): Uint8Array {
  return Uint8Array.from(Buffer.from(parts.join('').replace(/\s+/g, ''), 'hex'));
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

// baseTimestamp 1_700_000_000_000 = 0x018B_CFE5_6800; the second record is 300 ms later.
const baseTimestamp = 1_700_000_000_000;

const golden = hex(
  '00000001 0000000A', //  0 baseOffset 4_294_967_306 (0x1_0000_000A, exercises the high word)
  '0000004F', //           8 batchLength 79 = 91 bytes - 12 (baseOffset + batchLength)
  '00000007', //          12 partitionLeaderEpoch 7
  '02', //                16 magic 2
  '4E08D749', //          17 CRC-32C of bytes 21..90 (checked below with bitwiseCrc32c)
  '0010', //              21 attributes: transactional (bit 4), no compression, CreateTime
  '00000001', //          23 lastOffsetDelta 1
  '0000018B CFE56800', // 27 baseTimestamp = first record's timestamp
  '0000018B CFE5692C', // 35 maxTimestamp = baseTimestamp + 300
  '00000012 3456789A', // 43 producerId 0x12_3456_789A
  '0003', //              51 producerEpoch 3
  '0000002A', //          53 baseSequence 42
  '00000002', //          57 recordsCount 2
  // record 0 (61): body of 20 bytes
  '28', //   length 20, zigzag 40
  '00', //   attributes
  '00', //   timestampDelta 0
  '00', //   offsetDelta 0
  '06 6B6579', //     key length 3 (zigzag 6), "key"
  '0A 76616C7565', // value length 5 (zigzag 10), "value"
  '02', //   header count 1
  '04 686B', // header key length 2, "hk"
  '04 6876', // header value length 2, "hv"
  // record 1 (82): body of 8 bytes
  '10', //   length 8, zigzag 16
  '00', //   attributes
  'D804', // timestampDelta 300: zigzag 600 = 0b100_1011000 -> 0xD8 0x04
  '02', //   offsetDelta 1
  '01', //   key length -1 (null), zigzag 1
  '02 78', // value length 1, "x"
  '00', //   header count 0
);

describe('RecordBatch v2 golden bytes', () => {
  it('the bitwise CRC-32C gives the standard check value', () => {
    expect(bitwiseCrc32c(text('123456789'))).toBe(0xe3069283);
  });

  it('the hand-written CRC matches the bytes it covers', () => {
    expect(golden.byteLength).toBe(91);
    expect(bitwiseCrc32c(golden.subarray(21))).toBe(0x4e08d749);
  });

  it('encodeBatch produces exactly the hand-written bytes', () => {
    const batch = encodeBatch({
      baseOffset: 4_294_967_306,
      partitionLeaderEpoch: 7,
      compression: 'none',
      timestampType: 'create',
      transactional: true,
      producerId: 0x12_3456_789a,
      producerEpoch: 3,
      baseSequence: 42,
      records: [
        { key: text('key'), value: text('value'), headers: [{ key: 'hk', value: text('hv') }], timestamp: baseTimestamp },
        { key: null, value: text('x'), timestamp: baseTimestamp + 300 },
      ],
    });
    expect(Buffer.from(batch).toString('hex')).toBe(Buffer.from(golden).toString('hex'));
  });

  it('decodes the hand-written bytes', () => {
    const check = checkBatchAt(golden, 0);
    expect(check.ok).toBe(true);
    expect(readBatchHeader(golden)).toEqual({
      baseOffset: 4_294_967_306,
      batchLength: 79,
      partitionLeaderEpoch: 7,
      magic: 2,
      crc: 0x4e08d749,
      attributes: 0x10,
      lastOffsetDelta: 1,
      baseTimestamp,
      maxTimestamp: baseTimestamp + 300,
      producerId: 0x12_3456_789a,
      producerEpoch: 3,
      baseSequence: 42,
      recordsCount: 2,
    });
    const { records, size } = decodeBatch(golden);
    expect(size).toBe(91);
    expect(records).toEqual([
      { offset: 4_294_967_306, timestamp: baseTimestamp, key: text('key'), value: text('value'), headers: [{ key: 'hk', value: text('hv') }] },
      { offset: 4_294_967_307, timestamp: baseTimestamp + 300, key: null, value: text('x'), headers: [] },
    ]);
  });
});
