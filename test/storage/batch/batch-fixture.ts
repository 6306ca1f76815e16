// Shared helpers for the RecordBatch v2 tests: error-code assertions and
// deterministic pseudo-random bytes (no Math.random, so failures replay).
import { expect } from 'vitest';

import { type ErrorCode, isSkiffError } from '../../../src/common/errors.js';

/** Runs `fn` and asserts it throws a SkiffError with `code`. */
export function expectSkiffError(fn: () => unknown, code: ErrorCode): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'expected a SkiffError').toBeDefined();
  expect(isSkiffError(thrown) ? thrown.code : thrown).toBe(code);
}

/** `length` bytes from xorshift32 seeded with `seed`: incompressible but replayable. */
export function noiseBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed | 0 || 1;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[index] = state & 0xff;
  }
  return out;
}

/** Highly compressible text-like bytes. */
export function textBytes(length: number): Uint8Array {
  const phrase = new TextEncoder().encode('the quick brown fox jumps over the lazy dog; ');
  const out = new Uint8Array(length);
  for (let index = 0; index < length; index++) out[index] = phrase[index % phrase.length] as number;
  return out;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

export function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Byte equality that stays fast for megabytes; shows a hex diff only on failure. */
export function expectSameBytes(actual: Uint8Array | null, expected: Uint8Array | null): void {
  if (actual === null || expected === null) {
    expect(actual).toBe(expected);
    return;
  }
  if (asBuffer(actual).equals(asBuffer(expected))) return;
  expect(toHex(actual)).toBe(toHex(expected));
}
