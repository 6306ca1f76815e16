// Zigzag varints as Kafka writes them (ByteUtils.writeVarint/writeVarlong,
// the protobuf sint32/sint64 encoding), plus the small growable writer and
// bounds-checked reader the record codec is built on. Pure computation, no I/O.
//
// Decoding rejects, with CORRUPT_MESSAGE: input that ends mid-value, varints
// longer than 5 bytes (varlongs: 10), varints whose 5th byte sets bits beyond
// 32, and varlongs outside the safe integer range (offsets and timestamps are
// `number`s, STYLE.md). Like Kafka it accepts non-minimal encodings such as
// 0x80 0x00 for 0; it never writes them.

import { assert } from '../../common/assert.js';
import { SkiffError } from '../../common/errors.js';

const twoPow32 = 0x1_0000_0000;

/** Bytes the zigzag varint of an int32 takes (1–5). */
export function sizeOfVarint(value: number): number {
  let u = ((value << 1) ^ (value >> 31)) >>> 0;
  let bytes = 1;
  while (u >= 0x80) {
    bytes += 1;
    u >>>= 7;
  }
  return bytes;
}

/** Bytes the zigzag varlong of a safe integer takes (1–8 for the safe range). */
export function sizeOfVarlong(value: number): number {
  if (isInt32(value)) return sizeOfVarint(value);
  // zigzag(value) = 2m + sign with m = value or -value-1; the first byte carries
  // 6 bits of m, every further byte 7.
  let rest = Math.floor((value >= 0 ? value : -value - 1) / 64);
  let bytes = 1;
  while (rest > 0) {
    bytes += 1;
    rest = Math.floor(rest / 128);
  }
  return bytes;
}

function isInt32(value: number): boolean {
  return (value | 0) === value;
}

/** A growable big-endian byte writer. `finish()` returns a view of the written bytes. */
export class ByteWriter {
  private buffer: Uint8Array;
  private view: DataView;
  private length = 0;

  constructor(initialCapacityBytes = 256) {
    this.buffer = new Uint8Array(Math.max(16, initialCapacityBytes));
    this.view = new DataView(this.buffer.buffer);
  }

  get position(): number {
    return this.length;
  }

  private ensure(extraBytes: number): void {
    const needed = this.length + extraBytes;
    if (needed <= this.buffer.byteLength) return;
    let capacity = this.buffer.byteLength * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown.buffer);
  }

  u8(value: number): this {
    this.ensure(1);
    this.buffer[this.length++] = value & 0xff;
    return this;
  }

  i16(value: number): this {
    this.ensure(2);
    this.view.setInt16(this.length, value);
    this.length += 2;
    return this;
  }

  i32(value: number): this {
    this.ensure(4);
    this.view.setInt32(this.length, value);
    this.length += 4;
    return this;
  }

  u32(value: number): this {
    this.ensure(4);
    this.view.setUint32(this.length, value);
    this.length += 4;
    return this;
  }

  /** A safe integer as a big-endian two's-complement int64. */
  i64(value: number): this {
    assert(Number.isSafeInteger(value), `i64 ${value} is not a safe integer`);
    const high = Math.floor(value / twoPow32);
    this.ensure(8);
    this.view.setInt32(this.length, high);
    this.view.setUint32(this.length + 4, value - high * twoPow32);
    this.length += 8;
    return this;
  }

  bytes(bytes: Uint8Array): this {
    this.ensure(bytes.byteLength);
    this.buffer.set(bytes, this.length);
    this.length += bytes.byteLength;
    return this;
  }

  /** Zigzag varint of an int32 (Kafka ByteUtils.writeVarint). */
  varint(value: number): this {
    assert(isInt32(value), `varint ${value} is not an int32`);
    let u = ((value << 1) ^ (value >> 31)) >>> 0;
    this.ensure(5);
    while (u >= 0x80) {
      this.buffer[this.length++] = (u & 0x7f) | 0x80;
      u >>>= 7;
    }
    this.buffer[this.length++] = u;
    return this;
  }

  /** Zigzag varlong of a safe integer (Kafka ByteUtils.writeVarlong). */
  varlong(value: number): this {
    if (isInt32(value)) return this.varint(value);
    assert(Number.isSafeInteger(value), `varlong ${value} is not a safe integer`);
    // zigzag(value) can reach 2^54, past exact doubles, so split it as
    // 2m + sign and never materialise it: byte 0 = 6 low bits of m, then sign.
    const sign = value < 0 ? 1 : 0;
    const m = sign === 1 ? -value - 1 : value;
    let rest = Math.floor(m / 64);
    this.ensure(10);
    this.buffer[this.length++] = ((m % 64) << 1) | sign | (rest > 0 ? 0x80 : 0);
    while (rest > 0) {
      const low = rest % 128;
      rest = Math.floor(rest / 128);
      this.buffer[this.length++] = low | (rest > 0 ? 0x80 : 0);
    }
    return this;
  }

  /** Overwrites an int32 already written at `at` (for lengths known only later). */
  patchI32(at: number, value: number): void {
    assert(at >= 0 && at + 4 <= this.length, `patch at ${at} outside ${this.length} written bytes`);
    this.view.setInt32(at, value);
  }

  /** The written bytes; a view, so stop writing once you call this. */
  finish(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** A big-endian reader over `bytes` whose every read is bounds-checked. */
export class ByteReader {
  private readonly view: DataView;
  private offset: number;

  /** `what` names the structure in error messages ("record batch", "snappy stream"). */
  constructor(
    private readonly input: Uint8Array,
    start = 0,
    private readonly what = 'input',
  ) {
    this.view = new DataView(input.buffer, input.byteOffset, input.byteLength);
    this.offset = start;
  }

  get position(): number {
    return this.offset;
  }

  get remaining(): number {
    return this.input.byteLength - this.offset;
  }

  private need(count: number, field: string): void {
    if (count > this.remaining) {
      throw new SkiffError('CORRUPT_MESSAGE', `${this.what} truncated reading ${field} at byte ${this.offset} (${count} needed, ${this.remaining} left)`);
    }
  }

  u8(field = 'u8'): number {
    this.need(1, field);
    return this.input[this.offset++] as number;
  }

  i8(field = 'i8'): number {
    this.need(1, field);
    return this.view.getInt8(this.offset++);
  }

  i16(field = 'i16'): number {
    this.need(2, field);
    const value = this.view.getInt16(this.offset);
    this.offset += 2;
    return value;
  }

  i32(field = 'i32'): number {
    this.need(4, field);
    const value = this.view.getInt32(this.offset);
    this.offset += 4;
    return value;
  }

  u32(field = 'u32'): number {
    this.need(4, field);
    const value = this.view.getUint32(this.offset);
    this.offset += 4;
    return value;
  }

  /** An int64 that must be a safe integer. */
  i64(field = 'i64'): number {
    this.need(8, field);
    const value = this.view.getInt32(this.offset) * twoPow32 + this.view.getUint32(this.offset + 4);
    // Rounding is monotonic, so a true value past ±(2^53 - 1) never lands back inside.
    if (!Number.isSafeInteger(value)) throw new SkiffError('CORRUPT_MESSAGE', `${this.what}: ${field} at byte ${this.offset} is outside the safe integer range`);
    this.offset += 8;
    return value;
  }

  /** A view (no copy) of the next `count` bytes. */
  bytes(count: number, field = 'bytes'): Uint8Array {
    assert(Number.isInteger(count) && count >= 0, `byte count ${count}`);
    this.need(count, field);
    const slice = this.input.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  /** Zigzag varint of an int32 (Kafka ByteUtils.readVarint): at most 5 bytes, 32 bits. */
  varint(field = 'varint'): number {
    const start = this.offset;
    let u = 0;
    // Bounded: the 5th byte either ends the value or throws.
    for (let index = 0; ; index++) {
      const byte = this.u8(field);
      if (index === 4 && byte > 0x0f) {
        throw new SkiffError('CORRUPT_MESSAGE', `${this.what}: ${field} at byte ${start} is longer than 5 bytes or exceeds 32 bits`);
      }
      u |= (byte & 0x7f) << (7 * index);
      if ((byte & 0x80) === 0) return (u >>> 1) ^ -(u & 1);
    }
  }

  /** Zigzag varlong (Kafka ByteUtils.readVarlong): at most 10 bytes and a safe integer. */
  varlong(field = 'varlong'): number {
    const start = this.offset;
    const first = this.u8(field);
    // zigzag value u = 2m + sign: bit 0 of the first byte is the sign, the rest
    // accumulate m exactly (each term is a small multiple of a power of two and
    // the running sum is checked against 2^53 before it can round).
    const sign = first & 1;
    let m = (first & 0x7f) >>> 1;
    let more = (first & 0x80) !== 0;
    let scale = 64;
    for (let index = 1; more; index++) {
      if (index === 10) {
        throw new SkiffError('CORRUPT_MESSAGE', `${this.what}: ${field} at byte ${start} is longer than 10 bytes`);
      }
      const byte = this.u8(field);
      m += (byte & 0x7f) * scale;
      scale *= 128;
      more = (byte & 0x80) !== 0;
      if (m > Number.MAX_SAFE_INTEGER) {
        throw new SkiffError('CORRUPT_MESSAGE', `${this.what}: ${field} at byte ${start} is outside the safe integer range`);
      }
    }
    if (sign === 0) return m;
    if (m === Number.MAX_SAFE_INTEGER) {
      throw new SkiffError('CORRUPT_MESSAGE', `${this.what}: ${field} at byte ${start} is outside the safe integer range`);
    }
    return -m - 1;
  }
}
