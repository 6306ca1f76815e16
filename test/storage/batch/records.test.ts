// Goal: the record codec's specific cases: large values and many records under
// every codec, timestamps and offsets at their extremes, null vs empty, Unicode
// header keys, LogAppendTime, control record keys, Kafka's builder rules
// (INVALID_REQUEST), and record framing that is wrong even though the CRC is
// right (CORRUPT_MESSAGE).
// Method: example batches; framing errors are made by editing an encoded batch
// and re-signing it with a fresh CRC, so only the record checks can catch them.
import { describe, expect, it } from 'vitest';

import {
  type BatchSpec,
  compressionCodecs,
  computeBatchCrc,
  controlRecordTypes,
  decodeBatch,
  decodeControlRecordKey,
  encodeBatch,
  encodeControlRecordKey,
  fieldOffsets,
  readBatchHeader,
} from '../../../src/storage/batch/index.js';
import { expectSameBytes, expectSkiffError, fromHex, noiseBytes, textBytes, toHex } from './batch-fixture.js';

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

/** Rewrites the CRC after an edit, so that only the record-level checks remain. */
function resign(batch: Uint8Array): Uint8Array {
  new DataView(batch.buffer, batch.byteOffset).setUint32(fieldOffsets.crc, computeBatchCrc(batch));
  return batch;
}

describe('large and many', () => {
  it.each(compressionCodecs)('%s: 1 MiB values, compressible and not', (compression) => {
    const values = [noiseBytes(1 << 20, 3), textBytes(1 << 20)];
    const batch = encodeBatch({ compression, records: values.map((value, index) => ({ key: text(`k${index}`), value, timestamp: 1 })) });
    const { records } = decodeBatch(batch);
    expect(records).toHaveLength(2);
    for (const [index, record] of records.entries()) expectSameBytes(record.value, values[index]!);
  });

  it.each(compressionCodecs)('%s: 20 000 small records', (compression) => {
    const count = 20_000;
    const records = Array.from({ length: count }, (_, index) => ({
      key: index % 3 === 0 ? null : text(`key-${index % 100}`),
      value: text(`value-${index}`),
      headers: index % 7 === 0 ? [{ key: 'n', value: text(String(index)) }] : [],
      timestamp: 1_700_000_000_000 + (index % 1000) - 500,
    }));
    const decoded = decodeBatch(encodeBatch({ compression, baseOffset: 10, records }));
    expect(decoded.header.recordsCount).toBe(count);
    expect(decoded.header.lastOffsetDelta).toBe(count - 1);
    expect(decoded.records[count - 1]!.offset).toBe(10 + count - 1);
    expect(new TextDecoder().decode(decoded.records[12_345]!.value!)).toBe('value-12345');
    expect(decoded.records[12_345]!.timestamp).toBe(records[12_345]!.timestamp);
    expect(decoded.records[14]!.headers).toEqual([{ key: 'n', value: text('14') }]);
  });
});

describe('field edge cases', () => {
  it('timestamps that go backwards give negative deltas; maxTimestamp is the largest', () => {
    const timestamps = [1_000_000, 999_000, 1_000_500, 0, -1];
    const batch = encodeBatch({ records: timestamps.map((timestamp) => ({ key: null, value: null, timestamp })) });
    const { header, records } = decodeBatch(batch);
    expect(header.baseTimestamp).toBe(1_000_000);
    expect(header.maxTimestamp).toBe(1_000_500);
    expect(records.map((record) => record.timestamp)).toEqual(timestamps);
  });

  it('maxTimestamp is -1 when no record has a timestamp', () => {
    const { header } = decodeBatch(encodeBatch({ records: [{ key: null, value: null, timestamp: -1 }] }));
    expect(header.maxTimestamp).toBe(-1);
  });

  it('handles offsets and timestamps at the top of the safe range', () => {
    const top = Number.MAX_SAFE_INTEGER;
    const batch = encodeBatch({
      baseOffset: top - 4,
      records: [
        { key: null, value: null, timestamp: 0 },
        { key: null, value: null, timestamp: top, offsetDelta: 4 },
      ],
    });
    const { records } = decodeBatch(batch);
    expect(records.map((record) => [record.offset, record.timestamp])).toEqual([
      [top - 4, 0],
      [top, top],
    ]);
  });

  it('keeps null and empty keys and values apart', () => {
    const empty = new Uint8Array();
    const { records } = decodeBatch(
      encodeBatch({
        records: [
          { key: null, value: empty, timestamp: 1, headers: [{ key: '', value: null }] },
          { key: empty, value: null, timestamp: 1, headers: [{ key: 'e', value: empty }] },
        ],
      }),
    );
    expect(records[0]).toMatchObject({ key: null, value: empty, headers: [{ key: '', value: null }] });
    expect(records[1]).toMatchObject({ key: empty, value: null, headers: [{ key: 'e', value: empty }] });
  });

  it('round-trips Unicode header keys', () => {
    const keys = ['ключ', '🔑 key', 'e\u0301', '中文', '\u0000', 'x'.repeat(300)];
    const { records } = decodeBatch(encodeBatch({ records: [{ key: null, value: null, timestamp: 1, headers: keys.map((key) => ({ key, value: text(key) })) }] }));
    expect(records[0]!.headers.map((header) => header.key)).toEqual(keys);
  });

  it('LogAppendTime: maxTimestamp and every record timestamp are the append time', () => {
    const batch = encodeBatch({
      timestampType: 'log-append',
      logAppendTime: 1_800_000_000_000,
      records: [
        { key: null, value: null, timestamp: 5 },
        { key: null, value: null, timestamp: 7 },
      ],
    });
    const { header, records } = decodeBatch(batch);
    expect(header.attributes & 0x08).toBe(0x08);
    expect(header.baseTimestamp).toBe(5);
    expect(header.maxTimestamp).toBe(1_800_000_000_000);
    expect(records.map((record) => record.timestamp)).toEqual([1_800_000_000_000, 1_800_000_000_000]);
  });

  it('offset gaps: lastOffsetDelta is the last record, not the count', () => {
    const { header, records } = decodeBatch(
      encodeBatch({
        baseOffset: 100,
        records: [
          { key: null, value: null, timestamp: 1, offsetDelta: 3 },
          { key: null, value: null, timestamp: 1, offsetDelta: 9 },
        ],
      }),
    );
    expect(header.lastOffsetDelta).toBe(9);
    expect(records.map((record) => record.offset)).toEqual([103, 109]);
  });

  it('lastOffsetDelta can be kept past the last record, as the log cleaner needs', () => {
    const spec = { baseOffset: 100, records: [{ key: null, value: null, timestamp: 1, offsetDelta: 3 }] };
    const { header, records } = decodeBatch(encodeBatch({ ...spec, lastOffsetDelta: 7 }));
    expect(header.lastOffsetDelta).toBe(7);
    expect(records.map((record) => record.offset)).toEqual([103]);
    expectSkiffError(() => encodeBatch({ ...spec, lastOffsetDelta: 2 }), 'INVALID_REQUEST');
  });
});

describe('control record keys', () => {
  it('encodes (version 0, type) as two big-endian int16s', () => {
    expect(toHex(encodeControlRecordKey(controlRecordTypes.commit))).toBe('00000001');
    expect(toHex(encodeControlRecordKey(controlRecordTypes.kraftVoters))).toBe('00000006');
    expect(decodeControlRecordKey(fromHex('00000002'))).toEqual({ version: 0, type: controlRecordTypes.leaderChange });
  });

  it('reads newer versions and unknown types, with trailing bytes, as Kafka does', () => {
    expect(decodeControlRecordKey(fromHex('0001 0063 ffff'))).toEqual({ version: 1, type: 99 });
  });

  it('rejects short, null and negative-version keys', () => {
    expectSkiffError(() => decodeControlRecordKey(null), 'CORRUPT_MESSAGE');
    expectSkiffError(() => decodeControlRecordKey(fromHex('000000')), 'CORRUPT_MESSAGE');
    expectSkiffError(() => decodeControlRecordKey(fromHex('ffff0000')), 'CORRUPT_MESSAGE');
    expectSkiffError(() => encodeControlRecordKey(-1), 'INVALID_REQUEST');
  });
});

describe("Kafka's builder rules", () => {
  const record = { key: null, value: null, timestamp: 1 };
  const cases: [string, BatchSpec][] = [
    ['no records', { records: [] }],
    ['a timestamp below -1', { records: [{ ...record, timestamp: -2 }] }],
    ['a fractional timestamp', { records: [{ ...record, timestamp: 1.5 }] }],
    ['offset deltas that do not increase', { records: [{ ...record, offsetDelta: 2 }, { ...record, offsetDelta: 2 }] }],
    ['a negative offset delta', { records: [{ ...record, offsetDelta: -1 }] }],
    ['a negative base offset', { baseOffset: -1, records: [record] }],
    ['a last offset past 2^53', { baseOffset: Number.MAX_SAFE_INTEGER, records: [record, record] }],
    ['a leader epoch past int32', { partitionLeaderEpoch: 2 ** 31, records: [record] }],
    ['transactional without a producer id', { transactional: true, records: [record] }],
    ['a producer id without an epoch', { producerId: 1, baseSequence: 0, records: [record] }],
    ['a producer id without a sequence', { producerId: 1, producerEpoch: 0, records: [record] }],
    ['a producer epoch past int16', { producerId: 1, producerEpoch: 0x8000, baseSequence: 0, records: [record] }],
    ['a control batch with a plain key', { control: true, records: [{ ...record, key: text('k') }] }],
    ['log-append without an append time', { timestampType: 'log-append', records: [record] }],
    ['timestamps more than 2^53 apart', { records: [{ ...record, timestamp: -1 }, { ...record, timestamp: Number.MAX_SAFE_INTEGER }] }],
  ];
  it.each(cases)('rejects %s with INVALID_REQUEST', (_name, spec) => {
    expectSkiffError(() => encodeBatch(spec), 'INVALID_REQUEST');
  });
});

describe('record framing under a valid CRC', () => {
  // Two uncompressed records of 8 bytes each, at 61 and 69:
  //   length 7 (zigzag 0x0e) | attributes | timestampDelta 0 | offsetDelta (0, then 1 = 0x02)
  //   | key length 1 (0x02) | key | value length -1 (0x01) | header count 0
  function twoRecords(): Uint8Array {
    return encodeBatch({
      records: [
        { key: text('a'), value: null, timestamp: 1 },
        { key: text('b'), value: null, timestamp: 1 },
      ],
    });
  }

  it('the fixture is laid out as the edits below assume', () => {
    const batch = twoRecords();
    expect(toHex(batch.subarray(61))).toBe('0e00000002610100' + '0e00000202620100');
  });

  const edits: [string, (batch: Uint8Array) => void][] = [
    ['recordsCount one too high', (b) => new DataView(b.buffer).setInt32(fieldOffsets.recordsCount, 3)],
    ['recordsCount one too low (bytes left over)', (b) => new DataView(b.buffer).setInt32(fieldOffsets.recordsCount, 1)],
    ['a record length one too long', (b) => (b[61] = 0x10)],
    ['a record length one too short', (b) => (b[61] = 0x0c)],
    ['a negative record length', (b) => (b[61] = 0x01)],
    ['a key length of -2', (b) => (b[65] = 0x03)],
    ['an offsetDelta past lastOffsetDelta', (b) => (b[64] = 0x04)],
    ['a header count past the record', (b) => (b[68] = 0x7e)],
    ['an unknown compression codec', (b) => (b[fieldOffsets.attributes + 1] = 0x05)],
    ['a compressed flag over plain records', (b) => (b[fieldOffsets.attributes + 1] = 0x01)],
  ];
  it.each(edits)('rejects %s', (_name, edit) => {
    const batch = twoRecords();
    edit(batch);
    resign(batch);
    expect(readBatchHeader(batch).magic).toBe(2);
    expectSkiffError(() => decodeBatch(batch), 'CORRUPT_MESSAGE');
  });

  it.each(compressionCodecs.filter((codec) => codec !== 'none'))('rejects a %s section that does not decompress', (compression) => {
    const batch = encodeBatch({ compression, records: [{ key: null, value: textBytes(1000), timestamp: 1 }] });
    batch[61]! ^= 0xff; // the codec's magic or length prefix
    expectSkiffError(() => decodeBatch(resign(batch)), 'CORRUPT_MESSAGE');
  });

  it('rejects a compressed section that decompresses to the wrong records', () => {
    const batch = encodeBatch({ compression: 'gzip', records: [{ key: null, value: textBytes(10), timestamp: 1 }] });
    const other = encodeBatch({ compression: 'gzip', records: [{ key: null, value: textBytes(11), timestamp: 1 }] });
    const swapped = new Uint8Array([...batch.subarray(0, 61), ...other.subarray(61)]);
    new DataView(swapped.buffer).setInt32(fieldOffsets.batchLength, swapped.byteLength - 12);
    new DataView(swapped.buffer).setInt32(fieldOffsets.recordsCount, 2);
    expectSkiffError(() => decodeBatch(resign(swapped)), 'CORRUPT_MESSAGE');
  });
});
