// Goal: for every int32 and every safe integer, the varint/varlong writer emits
// exactly the bytes of Kafka's ByteUtils (protobuf zigzag) and the reader
// returns the value, consuming exactly those bytes.
// Method: fast-check values biased towards the int32 and 2^53 boundaries,
// checked against a BigInt reference encoder written from the zigzag definition.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ByteReader, ByteWriter, sizeOfVarint, sizeOfVarlong } from '../../../src/storage/batch/index.js';
import { toHex } from './batch-fixture.js';

/** zigzag(n) = (n << 1) ^ (n >> 63) on 64 bits, then 7-bit groups, low first. */
function referenceVarlong(value: number): string {
  const n = BigInt(value);
  let u = BigInt.asUintN(64, (n << 1n) ^ (n >> 63n));
  const bytes: number[] = [];
  while (u >= 0x80n) {
    bytes.push(Number(u & 0x7fn) | 0x80);
    u >>= 7n;
  }
  bytes.push(Number(u));
  return Buffer.from(bytes).toString('hex');
}

const int32 = fc.oneof(
  fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }),
  fc.constantFrom(0, -1, 1, 63, 64, -64, -65, 0x7fff_ffff, -0x8000_0000, 8191, 8192),
);

const safeInteger = fc.oneof(
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  int32,
  fc.integer({ min: 0, max: 60 }).map((bits) => 2 ** bits),
  fc.integer({ min: 0, max: 60 }).map((bits) => -(2 ** bits)),
  fc.integer({ min: 0, max: 1000 }).map((below) => Number.MAX_SAFE_INTEGER - below),
  fc.integer({ min: 0, max: 1000 }).map((below) => -Number.MAX_SAFE_INTEGER + below),
).filter((value) => Number.isSafeInteger(value));

describe('varint properties', () => {
  it('int32 varints match the reference and round-trip', () => {
    fc.assert(
      fc.property(int32, (value) => {
        const bytes = new ByteWriter(1).varint(value).finish();
        expect(toHex(bytes)).toBe(referenceVarlong(value));
        expect(sizeOfVarint(value)).toBe(bytes.byteLength);
        const reader = new ByteReader(bytes);
        expect(reader.varint()).toBe(value);
        expect(reader.remaining).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('safe-integer varlongs match the reference and round-trip', () => {
    fc.assert(
      fc.property(safeInteger, (value) => {
        const bytes = new ByteWriter(1).varlong(value).finish();
        expect(toHex(bytes)).toBe(referenceVarlong(value));
        expect(sizeOfVarlong(value)).toBe(bytes.byteLength);
        const reader = new ByteReader(bytes);
        expect(reader.varlong()).toBe(value);
        expect(reader.remaining).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('a sequence of mixed fields reads back in order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(int32, safeInteger, fc.uint8Array({ maxLength: 40 })), { maxLength: 50 }), (items) => {
        const writer = new ByteWriter(1);
        for (const [small, large, bytes] of items) writer.varint(small).varlong(large).i64(large).varint(bytes.byteLength).bytes(bytes);
        const reader = new ByteReader(writer.finish());
        for (const [small, large, bytes] of items) {
          expect(reader.varint()).toBe(small);
          expect(reader.varlong()).toBe(large);
          expect(reader.i64()).toBe(large);
          expect(reader.bytes(reader.varint())).toEqual(bytes);
        }
        expect(reader.remaining).toBe(0);
      }),
    );
  });
});
