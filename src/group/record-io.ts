// Big-endian primitives for the group record codecs (records.ts), in Kafka's
// style: int16/int32/int64, strings as int16 length + UTF-8 (-1 = null),
// arrays as int32 count + items. Pure: no I/O.
//
// Reading is a trust boundary: running past the end, a negative length other
// than null's -1, invalid UTF-8 or an int64 beyond Number.MAX_SAFE_INTEGER all
// throw SkiffError('CORRUPT_MESSAGE'); nothing here asserts on input bytes.

import { assert } from '../common/assert.js';
import { SkiffError } from '../common/errors.js';

/** Strings are int16-length-prefixed, as in Kafka's protocol and record schemas. */
export const maxStringBytes = 0x7fff;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class ByteWriter {
  private buffer = new Uint8Array(64);
  private view = new DataView(this.buffer.buffer);
  private length = 0;

  int16(value: number): this {
    assert(Number.isInteger(value) && value >= -0x8000 && value <= 0x7fff, `int16 out of range: ${value}`);
    this.reserve(2).setInt16(this.length - 2, value);
    return this;
  }

  int32(value: number): this {
    assert(Number.isInteger(value) && value >= -0x80000000 && value <= 0x7fffffff, `int32 out of range: ${value}`);
    this.reserve(4).setInt32(this.length - 4, value);
    return this;
  }

  int64(value: number): this {
    assert(Number.isSafeInteger(value), `int64 not a safe integer: ${value}`);
    this.reserve(8).setBigInt64(this.length - 8, BigInt(value));
    return this;
  }

  string(value: string | null): this {
    if (value === null) return this.int16(-1);
    const bytes = encoder.encode(value);
    assert(bytes.length <= maxStringBytes, `string of ${bytes.length} bytes exceeds ${maxStringBytes}`);
    this.int16(bytes.length);
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length - bytes.length);
    return this;
  }

  array<T>(items: readonly T[], write: (item: T) => void): this {
    this.int32(items.length);
    for (const item of items) write(item);
    return this;
  }

  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** Grows the buffer for `bytes` more and advances the length; returns the view to write through. */
  private reserve(bytes: number): DataView {
    const needed = this.length + bytes;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length = needed;
    return this.view;
  }
}

export class ByteReader {
  private position = 0;
  private readonly view: DataView;

  /** `what` names the structure in error messages ("offset commit key"). */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly what: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.length - this.position;
  }

  int16(): number {
    return this.view.getInt16(this.take(2));
  }

  int32(): number {
    return this.view.getInt32(this.take(4));
  }

  int64(): number {
    const value = this.view.getBigInt64(this.take(8));
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw this.corrupt(`int64 ${value} is beyond the safe integer range`);
    }
    return Number(value);
  }

  nullableString(): string | null {
    const length = this.int16();
    if (length === -1) return null;
    if (length < 0) throw this.corrupt(`negative string length ${length}`);
    const start = this.take(length);
    try {
      return decoder.decode(this.bytes.subarray(start, start + length));
    } catch (error) {
      throw this.corrupt('invalid UTF-8 in a string', error);
    }
  }

  string(): string {
    const value = this.nullableString();
    if (value === null) throw this.corrupt('null where a string is required');
    return value;
  }

  /** An int32-counted array; the count is checked against the bytes left (each item takes ≥ minItemBytes). */
  array<T>(read: () => T, minItemBytes: number): T[] {
    const length = this.int32();
    if (length < 0 || length * minItemBytes > this.remaining) throw this.corrupt(`array length ${length} does not fit the ${this.remaining} bytes left`);
    const items: T[] = [];
    for (let i = 0; i < length; i++) items.push(read());
    return items;
  }

  /** Fails unless every byte was read; a newer version may append fields an older reader skips (allowTrailing). */
  end(allowTrailing: boolean): void {
    if (this.remaining > 0 && !allowTrailing) throw this.corrupt(`${this.remaining} unexpected trailing bytes`);
  }

  corrupt(message: string, cause?: unknown): SkiffError {
    return new SkiffError('CORRUPT_MESSAGE', `${this.what}: ${message}`, cause === undefined ? undefined : { cause });
  }

  private take(bytes: number): number {
    if (this.remaining < bytes) throw this.corrupt(`truncated: needs ${bytes} bytes at ${this.position}, has ${this.remaining}`);
    const start = this.position;
    this.position += bytes;
    return start;
  }
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a request string can be stored in a record and read back equal: it
 * is well-formed UTF-16 (a lone surrogate would decode as U+FFFD, so a rebuilt
 * coordinator would disagree) and its UTF-8 form fits an int16-length-prefixed
 * field (or a smaller `limitBytes`).
 */
export function fitsStringField(value: string, limitBytes = maxStringBytes): boolean {
  if (loneSurrogate.test(value)) return false;
  if (value.length * 3 <= limitBytes) return true;
  return encoder.encode(value).length <= limitBytes;
}
