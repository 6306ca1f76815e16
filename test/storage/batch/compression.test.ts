// Goal: each codec speaks Kafka's wire format and turns corrupt input into
// CORRUPT_MESSAGE. snappy: xerial snappy-java framing out (32 KiB blocks), both
// framed and plain raw snappy in; lz4: a v1 LZ4 frame with independent blocks
// and a correct header checksum (what Kafka's Lz4BlockInputStream checks);
// gzip and zstd: standard streams, concatenations included.
// Method: hand-written frames for snappy and lz4, structural checks of our
// output (with a small XXH32 here to check the lz4 header checksum), round trips
// over sizes around block boundaries, and targeted corruptions.
import { Zstd } from '@hpcc-js/wasm-zstd';
import fc from 'fast-check';
import { compressSync as rawSnappyCompress } from 'snappy';
import { describe, expect, it } from 'vitest';

import { compress, compressionCodecs, decompress } from '../../../src/storage/batch/index.js';
import { expectSameBytes, expectSkiffError, fromHex, noiseBytes, textBytes, toHex } from './batch-fixture.js';

const hello = new TextEncoder().encode('hello');
const sizes = [0, 1, 100, 32 * 1024 - 1, 32 * 1024, 32 * 1024 + 1, 64 * 1024 + 1, 300_000];

/** XXH32 for inputs shorter than 16 bytes (all an LZ4 frame descriptor needs). */
function xxh32Short(bytes: Uint8Array, seed = 0): number {
  const prime1 = 0x9e3779b1;
  const prime2 = 0x85ebca77;
  const prime3 = 0xc2b2ae3d;
  const prime4 = 0x27d4eb2f;
  const prime5 = 0x165667b1;
  const rotl = (value: number, bits: number): number => (value << bits) | (value >>> (32 - bits));
  expect(bytes.byteLength).toBeLessThan(16);
  let hash = (seed + prime5 + bytes.byteLength) | 0;
  let index = 0;
  for (; index + 4 <= bytes.byteLength; index += 4) {
    const word = new DataView(bytes.buffer, bytes.byteOffset + index, 4).getUint32(0, true);
    hash = Math.imul(rotl((hash + Math.imul(word, prime3)) | 0, 17), prime4);
  }
  for (; index < bytes.byteLength; index++) hash = Math.imul(rotl((hash + Math.imul(bytes[index] as number, prime5)) | 0, 11), prime1);
  hash ^= hash >>> 15;
  hash = Math.imul(hash, prime2);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, prime3);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

describe('round trips', () => {
  it.each(compressionCodecs.flatMap((codec) => sizes.map((size) => [codec, size] as const)))('%s, %d bytes', (codec, size) => {
    for (const input of [textBytes(size), noiseBytes(size, size + 1)]) {
      expectSameBytes(decompress(codec, compress(codec, input)), input);
    }
  });

  it('arbitrary bytes round-trip through every codec', () => {
    fc.assert(
      fc.property(fc.constantFrom(...compressionCodecs), fc.uint8Array({ maxLength: 3000 }), (codec, input) => {
        expectSameBytes(decompress(codec, compress(codec, input)), input);
      }),
      { numRuns: 300 },
    );
  });

  it('none is the identity', () => {
    expect(compress('none', hello)).toBe(hello);
    expect(decompress('none', hello)).toBe(hello);
  });
});

describe('snappy (xerial framing)', () => {
  const xerialHeader = '8253 4e41 5050 5900 00000001 00000001';

  it('decodes a hand-written xerial stream', () => {
    // header | block length 7 | raw snappy: uncompressed length 5, literal tag (5-1)<<2, "hello"
    expect(decompress('snappy', fromHex(`${xerialHeader} 00000007 05 10 68656c6c6f`))).toEqual(hello);
  });

  it('decodes plain raw snappy, as SnappyInputStream does', () => {
    expect(decompress('snappy', fromHex('05 10 68656c6c6f'))).toEqual(hello);
    const large = textBytes(200_000);
    expectSameBytes(decompress('snappy', rawSnappyCompress(large)), large);
  });

  it('decodes concatenated xerial streams', () => {
    const first = compress('snappy', textBytes(40_000));
    const second = compress('snappy', noiseBytes(1000));
    const joined = new Uint8Array([...first, ...second]);
    expectSameBytes(decompress('snappy', joined), new Uint8Array([...textBytes(40_000), ...noiseBytes(1000)]));
  });

  it('writes the xerial header and one block per 32 KiB of input', () => {
    const input = noiseBytes(100_000, 7);
    const framed = compress('snappy', input);
    expect(toHex(framed.subarray(0, 16))).toBe(xerialHeader.replace(/\s+/g, ''));
    const view = new DataView(framed.buffer, framed.byteOffset, framed.byteLength);
    const blocks: Uint8Array[] = [];
    for (let at = 16; at < framed.byteLength; ) {
      const length = view.getInt32(at);
      blocks.push(decompress('snappy', framed.subarray(at + 4, at + 4 + length)));
      at += 4 + length;
    }
    expect(blocks.map((block) => block.byteLength)).toEqual([32768, 32768, 32768, 100_000 - 3 * 32768]);
    expectSameBytes(new Uint8Array(blocks.flatMap((block) => [...block])), input);
  });

  it.each([
    [`${xerialHeader} 00000008 05 10 68656c6c6f`, 'a block running past the end'],
    [`${xerialHeader} 000000`, 'a torn block length'],
    [`${xerialHeader} ffffffff`, 'a negative block length'],
    ['8253 4e41 5050 5900 00000000 00000000 00000007 0510 68656c6c6f', 'stream version 0'],
    ['ffffffff0f 00', 'a raw block claiming 4 GiB'],
    ['ffffffffffff', 'a raw block with an overlong length'],
    ['05 10 6865', 'a truncated raw block'],
  ])('rejects %s (%s)', (hex) => {
    expectSkiffError(() => decompress('snappy', fromHex(hex)), 'CORRUPT_MESSAGE');
  });
});

describe('lz4 (LZ4 frame)', () => {
  it('the XXH32 here gives the reference values', () => {
    expect(xxh32Short(new Uint8Array())).toBe(0x02cc5d05);
    expect(xxh32Short(new TextEncoder().encode('abc'))).toBe(0x32d153ff);
  });

  it('decodes a frame written the way Kafka writes one', () => {
    // magic | FLG 0x60 (version 1, independent blocks) | BD 0x40 (64 KiB) | HC
    // | block of 5 stored bytes (high bit = uncompressed) | "hello" | end mark
    expect(decompress('lz4', fromHex('04224d18 60 40 82 05000080 68656c6c6f 00000000'))).toEqual(hello);
  });

  it.each(sizes)('writes a frame Kafka can read (%d bytes)', (size) => {
    const frame = compress('lz4', textBytes(size));
    expect(toHex(frame.subarray(0, 4))).toBe('04224d18');
    const flg = frame[4] as number;
    const bd = frame[5] as number;
    expect(flg >> 6).toBe(1); // version 1
    expect(flg & 0x20).toBe(0x20); // independent blocks (Kafka rejects dependent ones)
    expect(flg & 0x03).toBe(0); // reserved
    expect(flg & 0x08).toBe(0); // no content size, so the descriptor is 2 bytes
    expect((bd >> 4) & 0x07).toBeGreaterThanOrEqual(4);
    expect(bd & 0x8f).toBe(0); // reserved
    expect(frame[6]).toBe((xxh32Short(frame.subarray(4, 6)) >> 8) & 0xff);
    const trailerBytes = flg & 0x04 ? 8 : 4; // end mark, then the content checksum if flagged
    expect(toHex(frame.subarray(frame.byteLength - trailerBytes, frame.byteLength - trailerBytes + 4))).toBe('00000000');
  });

  it.each([
    ['04224d18 60 40 83 05000080 68656c6c6f 00000000', 'a wrong header checksum'],
    ['04224d18 60 40 82 05000080 68656c', 'a truncated block'],
    ['04224d19 60 40 82 00000000', 'a wrong magic'],
    ['04224d18 60 40 82 05000080 68656c6c6f', 'a missing end mark'],
    ['04224d18 60 40 82', 'no blocks and no end mark'],
    ['04224d18 60 40 82 05000080 68656c6c6f 00000000 00', 'a byte after the end mark'],
    ['', 'empty input'],
  ])('rejects %s (%s)', (hex) => {
    expectSkiffError(() => decompress('lz4', fromHex(hex)), 'CORRUPT_MESSAGE');
  });
});

describe('gzip and zstd', () => {
  it('gzip writes a gzip member and reads concatenated members', () => {
    const first = compress('gzip', hello);
    expect(toHex(first.subarray(0, 3))).toBe('1f8b08');
    const joined = new Uint8Array([...first, ...compress('gzip', hello)]);
    expect(new TextDecoder().decode(decompress('gzip', joined))).toBe('hellohello');
  });

  it('zstd writes a zstd frame and reads concatenated frames', () => {
    const first = compress('zstd', hello);
    expect(toHex(first.subarray(0, 4))).toBe('28b52ffd');
    const joined = new Uint8Array([...first, ...compress('zstd', textBytes(100))]);
    expect(decompress('zstd', joined)).toEqual(new Uint8Array([...hello, ...textBytes(100)]));
  });

  it('zstd reads a streamed frame without a content size, as Kafka (zstd-jni ZstdOutputStream) writes', async () => {
    const zstd = await Zstd.load();
    const input = textBytes(300_000);
    zstd.reset();
    const streamed = new Uint8Array([...zstd.compressChunk(input), ...zstd.compressEnd()]);
    expect(streamed[4]! & 0xc0).toBe(0); // frame header: no content size field
    expectSameBytes(decompress('zstd', streamed), input);
  });

  it('zstd skips a skippable frame and rejects empty input', () => {
    const skippable = fromHex('502a4d18 04000000 deadbeef');
    expect(decompress('zstd', new Uint8Array([...skippable, ...compress('zstd', hello)]))).toEqual(hello);
    expectSkiffError(() => decompress('zstd', new Uint8Array()), 'CORRUPT_MESSAGE');
  });
});

describe('corrupt input', () => {
  it.each(compressionCodecs.filter((codec) => codec !== 'none'))('%s: truncation and garbage throw CORRUPT_MESSAGE', (codec) => {
    const valid = compress(codec, textBytes(100_000));
    for (const cut of [1, 2, 7, Math.floor(valid.byteLength / 2)]) {
      expectSkiffError(() => decompress(codec, valid.subarray(0, valid.byteLength - cut)), 'CORRUPT_MESSAGE');
    }
    expectSkiffError(() => decompress(codec, fromHex('ffffffffffffffffffffffffffffffffffffffff')), 'CORRUPT_MESSAGE');
  });
});
