// Goal: zigzag varints and varlongs match Kafka's ByteUtils at the edges, and
// the reader rejects truncated, overlong and out-of-range input.
// Method: hand-computed byte strings for boundary values, plus the readers'
// error paths one by one. Random values are in varint.prop.test.ts.
import { describe, expect, it } from 'vitest';

import { ByteReader, ByteWriter, sizeOfVarint, sizeOfVarlong } from '../../../src/storage/batch/index.js';
import { expectSkiffError, fromHex, toHex } from './batch-fixture.js';

const int32Min = -0x8000_0000;
const int32Max = 0x7fff_ffff;

const varintCases: [number, string][] = [
  [0, '00'],
  [-1, '01'],
  [1, '02'],
  [63, '7e'],
  [-64, '7f'],
  [64, '8001'],
  [-65, '8101'],
  [300, 'd804'],
  [int32Max, 'feffffff0f'], // zigzag 0xFFFF_FFFE
  [int32Min, 'ffffffff0f'], // zigzag 0xFFFF_FFFF
];

const varlongOnlyCases: [number, string][] = [
  [2 ** 31, '8080808010'], // zigzag 2^32
  [-(2 ** 31) - 1, '8180808010'], // zigzag 2^32 + 1
  [2 ** 35, '808080808002'],
  [Number.MAX_SAFE_INTEGER, 'feffffffffffff1f'], // zigzag 2^54 - 2: 53 ones then a zero
  [-Number.MAX_SAFE_INTEGER, 'fdffffffffffff1f'], // zigzag 2^54 - 3
];

function writeVarint(value: number): string {
  return toHex(new ByteWriter().varint(value).finish());
}

function writeVarlong(value: number): string {
  return toHex(new ByteWriter().varlong(value).finish());
}

describe('varint (int32)', () => {
  it.each(varintCases)('%d encodes as %s and back', (value, hex) => {
    expect(writeVarint(value)).toBe(hex);
    expect(sizeOfVarint(value)).toBe(hex.length / 2);
    const reader = new ByteReader(fromHex(hex));
    expect(reader.varint()).toBe(value);
    expect(reader.remaining).toBe(0);
  });

  it('accepts non-minimal encodings, as Kafka does', () => {
    expect(new ByteReader(fromHex('8000')).varint()).toBe(0);
    expect(new ByteReader(fromHex('8180808000')).varint()).toBe(-1);
  });

  it.each([
    ['ffffffffff00', 'six bytes'],
    ['8080808010', '5th byte sets bit 32'],
    ['80808080ff', '5th byte has a continuation bit'],
    ['', 'empty input'],
    ['80', 'truncated after one byte'],
    ['ffffffff', 'truncated after four bytes'],
  ])('rejects %s (%s) with CORRUPT_MESSAGE', (hex) => {
    expectSkiffError(() => new ByteReader(fromHex(hex)).varint(), 'CORRUPT_MESSAGE');
  });
});

describe('varlong (int64 within the safe integer range)', () => {
  it.each([...varintCases, ...varlongOnlyCases])('%d encodes as %s and back', (value, hex) => {
    expect(writeVarlong(value)).toBe(hex);
    expect(sizeOfVarlong(value)).toBe(hex.length / 2);
    const reader = new ByteReader(fromHex(hex));
    expect(reader.varlong()).toBe(value);
    expect(reader.remaining).toBe(0);
  });

  it('accepts a non-minimal 10-byte zero', () => {
    expect(new ByteReader(fromHex('80808080808080808000')).varlong()).toBe(0);
  });

  it.each([
    ['8080808080808080808000', 'eleven bytes'],
    ['80808080808080808080', 'ten bytes, all continuing'],
    ['8080808080808020', '2^53 (zigzag 2^54)'],
    ['ffffffffffffff1f', '-2^53 (zigzag 2^54 - 1)'],
    ['feffffffffffffffff01', 'int64 max'],
    ['ffffffffffffffffff01', 'int64 min'],
    ['', 'empty input'],
    ['feffff', 'truncated'],
  ])('rejects %s (%s) with CORRUPT_MESSAGE', (hex) => {
    expectSkiffError(() => new ByteReader(fromHex(hex)).varlong(), 'CORRUPT_MESSAGE');
  });

  it('refuses to write values that are not safe integers', () => {
    expect(() => new ByteWriter().varlong(2 ** 53)).toThrow();
    expect(() => new ByteWriter().varlong(0.5)).toThrow();
    expect(() => new ByteWriter().varint(int32Max + 1)).toThrow();
  });
});

describe('fixed-width fields', () => {
  it('writes and reads i64 including negatives', () => {
    const values = [0, 1, -1, 2 ** 32, -(2 ** 32), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    const writer = new ByteWriter(4);
    for (const value of values) writer.i64(value);
    const bytes = writer.finish();
    expect(toHex(bytes.subarray(16, 24))).toBe('ffffffffffffffff');
    const reader = new ByteReader(bytes);
    expect(values.map(() => reader.i64())).toEqual(values);
  });

  it('rejects an i64 outside the safe integer range', () => {
    expectSkiffError(() => new ByteReader(fromHex('0020000000000000')).i64(), 'CORRUPT_MESSAGE');
    expectSkiffError(() => new ByteReader(fromHex('ffe0000000000000')).i64(), 'CORRUPT_MESSAGE');
    expect(new ByteReader(fromHex('001fffffffffffff')).i64()).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('bounds-checks every read', () => {
    const reader = new ByteReader(fromHex('0102'));
    expectSkiffError(() => reader.i32(), 'CORRUPT_MESSAGE');
    expectSkiffError(() => reader.bytes(3), 'CORRUPT_MESSAGE');
    expect(toHex(reader.bytes(2))).toBe('0102');
    expectSkiffError(() => reader.u8(), 'CORRUPT_MESSAGE');
  });
});
