// The five RecordBatch v2 codecs, in Kafka's wire formats. Compression wraps
// only the records section of a batch (after recordsCount). Pure computation,
// no I/O; every call is synchronous on purpose: an async native call resolves
// on the libuv thread pool, outside the simulator's event order (DESIGN.md §2).
//
//   none   the bytes as they are
//   gzip   one standard gzip member (node:zlib); any concatenation decodes
//   snappy xerial snappy-java framing, which Kafka writes (below); decoding
//          also accepts one plain raw snappy block, as SnappyInputStream does
//   lz4    one standard LZ4 frame, version 1, independent blocks, correct header
//          checksum, as Kafka's Lz4BlockOutputStream writes for magic >= 1 (it
//          uses 64 KiB blocks; lz4-napi picks 64 KiB-4 MiB, all of which Kafka reads)
//   zstd   standard zstd frames: written by zstd's own C code compiled to wasm
//          (@hpcc-js/wasm-zstd), read by fzstd, a pure-JS decoder that takes
//          frames without a content size (Kafka's streams) and concatenated
//          frames, and is ~25x faster than the wasm build's decoder. Node's own
//          zstd (zlib.zstdCompressSync) needs Node >= 22.15.
// Corrupt compressed input throws SkiffError CORRUPT_MESSAGE, never a library error.
//
// The wasm module is compiled once, at import (a top-level await on embedded
// bytes: no I/O), so that every call after it can stay synchronous.

import { Zstd } from '@hpcc-js/wasm-zstd';
import { decompress as zstdDecompress } from 'fzstd';
import { compressFrameSync as lz4CompressFrame, decompressFrameSync as lz4DecompressFrame } from 'lz4-napi';
import { gunzipSync, gzipSync } from 'node:zlib';
import { compressSync as snappyCompressBlock, uncompressSync as snappyUncompressBlock } from 'snappy';

import { isSkiffError, SkiffError } from '../../common/errors.js';
import type { CompressionCodec } from './header.js';
import { ByteReader, ByteWriter } from './varint.js';

/** Kafka's default zstd level (ZstdCompression / CompressionType.ZSTD.defaultLevel()). */
const zstdLevel = 3;
const zstd = await Zstd.load();

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Returns a plain Uint8Array view of a library's Buffer result (same memory). */
function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function compress(codec: CompressionCodec, bytes: Uint8Array): Uint8Array {
  switch (codec) {
    case 'none':
      return bytes;
    case 'gzip':
      return asBytes(gzipSync(bytes));
    case 'snappy':
      return snappyXerialCompress(bytes);
    case 'lz4':
      return asBytes(lz4CompressFrame(asBuffer(bytes)));
    case 'zstd':
      return zstd.compress(bytes, zstdLevel);
  }
}

export function decompress(codec: CompressionCodec, bytes: Uint8Array): Uint8Array {
  if (codec === 'none') return bytes;
  try {
    switch (codec) {
      case 'gzip':
        return asBytes(gunzipSync(bytes));
      case 'snappy':
        return snappyXerialDecompress(bytes);
      case 'lz4':
        checkLz4Frame(bytes);
        return asBytes(lz4DecompressFrame(asBuffer(bytes)));
      case 'zstd':
        // fzstd returns nothing, rather than failing, for empty input.
        if (bytes.byteLength === 0) throw new SkiffError('CORRUPT_MESSAGE', 'zstd data is empty');
        return zstdDecompress(bytes);
    }
  } catch (error) {
    if (isSkiffError(error)) throw error;
    throw new SkiffError('CORRUPT_MESSAGE', `${codec} data does not decompress: ${(error as Error).message}`, { cause: error });
  }
}

// LZ4 frame: magic 0x184D2204 (LE) | FLG | BD | [content size u64] [dict id u32]
// | header checksum | [block size u32 LE (high bit = stored) | block | [block checksum]]*
// | end mark 0 | [content checksum]. lz4-napi's decoder (lz4_flex) checks the
// header checksum and each block, but takes input that stops at a block
// boundary — even empty input — as a complete frame and ignores what follows
// the first frame. Kafka's Lz4BlockInputStream requires the end mark, so we
// walk the block structure first.
const lz4FrameMagic = 0x184d2204;

function checkLz4Frame(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 7 || view.getUint32(0, true) !== lz4FrameMagic) throw new SkiffError('CORRUPT_MESSAGE', 'lz4 data has no LZ4 frame header');
  const flg = bytes[4] as number;
  const blockChecksumBytes = flg & 0x10 ? 4 : 0;
  let at = 6 + (flg & 0x08 ? 8 : 0) + (flg & 0x01 ? 4 : 0) + 1;
  // Bounded: every pass moves at least 4 bytes forward or stops.
  for (;;) {
    if (at + 4 > bytes.byteLength) throw new SkiffError('CORRUPT_MESSAGE', 'lz4 frame ends before its end mark');
    const blockWord = view.getUint32(at, true);
    at += 4;
    if (blockWord === 0) break;
    at += (blockWord & 0x7fffffff) + blockChecksumBytes;
  }
  at += flg & 0x04 ? 4 : 0;
  if (at !== bytes.byteLength) {
    throw new SkiffError('CORRUPT_MESSAGE', at > bytes.byteLength ? 'lz4 frame is truncated' : `lz4 frame is followed by ${bytes.byteLength - at} bytes`);
  }
}

// xerial snappy-java framing (SnappyOutputStream / SnappyInputStream):
//   header  0x82 'S' 'N' 'A' 'P' 'P' 'Y' 0x00 | version i32 (1) | compatible version i32 (1)
//   chunks  [compressed length i32 | one raw snappy block of <= 32 KiB input]*
// all big-endian. A header may recur between chunks (concatenated streams).
const xerialMagic = [0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00] as const;
const xerialHeaderBytes = 16;
const xerialVersion = 1;
/** SnappyOutputStream's default block size, which Kafka's SnappyFactory uses. */
const xerialBlockBytes = 32 * 1024;
/**
 * A raw snappy element of n bytes yields at most 64/3 n bytes (a 3-byte copy of
 * 64), so a block claiming more than 22x its size is corrupt; checking before
 * decompressing stops a few corrupt bytes from allocating gigabytes.
 */
const snappyMaxExpansion = 22;

function hasXerialHeaderAt(bytes: Uint8Array, at: number): boolean {
  if (bytes.byteLength - at < xerialHeaderBytes) return false;
  return xerialMagic.every((byte, index) => bytes[at + index] === byte);
}

function snappyXerialCompress(bytes: Uint8Array): Uint8Array {
  const writer = new ByteWriter(bytes.byteLength + xerialHeaderBytes + 64);
  for (const byte of xerialMagic) writer.u8(byte);
  writer.i32(xerialVersion).i32(xerialVersion);
  for (let start = 0; start < bytes.byteLength; start += xerialBlockBytes) {
    const block = snappyCompressBlock(bytes.subarray(start, start + xerialBlockBytes));
    writer.i32(block.byteLength).bytes(block);
  }
  return writer.finish();
}

function snappyXerialDecompress(bytes: Uint8Array): Uint8Array {
  if (!hasXerialHeaderAt(bytes, 0)) return snappyRawDecompress(bytes);
  const reader = new ByteReader(bytes, 0, 'snappy stream');
  const blocks: Uint8Array[] = [];
  // Bounded: every pass consumes at least 4 bytes or throws.
  while (reader.remaining > 0) {
    if (hasXerialHeaderAt(bytes, reader.position)) {
      reader.bytes(xerialMagic.length, 'magic');
      const version = reader.i32('version');
      reader.i32('compatible version');
      if (version < xerialVersion) throw new SkiffError('CORRUPT_MESSAGE', `snappy stream version ${version} is unsupported`);
      continue;
    }
    const blockBytes = reader.i32('block length');
    if (blockBytes < 0) throw new SkiffError('CORRUPT_MESSAGE', `snappy stream block length ${blockBytes} is negative`);
    blocks.push(snappyRawDecompress(reader.bytes(blockBytes, 'block')));
  }
  return concat(blocks);
}

function snappyRawDecompress(block: Uint8Array): Uint8Array {
  const claimedBytes = readUnsignedVarint32(block);
  if (claimedBytes > block.byteLength * snappyMaxExpansion) {
    throw new SkiffError('CORRUPT_MESSAGE', `snappy block of ${block.byteLength} bytes claims ${claimedBytes} uncompressed bytes`);
  }
  return asBytes(snappyUncompressBlock(block, { asBuffer: true }) as Buffer);
}

/** The uncompressed length that opens a raw snappy block (unsigned varint, <= 5 bytes). */
function readUnsignedVarint32(bytes: Uint8Array): number {
  let value = 0;
  for (let index = 0; index < 5; index++) {
    const byte = bytes[index];
    if (byte === undefined) break;
    value += (byte & 0x7f) * 2 ** (7 * index);
    if ((byte & 0x80) === 0) return value;
  }
  throw new SkiffError('CORRUPT_MESSAGE', 'snappy block has no valid length header');
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  let total = 0;
  for (const part of parts) total += part.byteLength;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
