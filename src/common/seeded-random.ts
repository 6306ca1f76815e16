// A small, fast, seeded PRNG (sfc32) implementing the Random port. Pure
// computation, so the simulator and the node adapter share it; only the seed's
// origin differs. Forking hashes (seed, label), so children are independent of
// how many numbers the parent has drawn.

import { assert } from './assert.js';
import type { Random } from '../env/random.js';

/** 32-bit FNV-1a over a string, used to derive fork seeds from labels. */
function fnv1a32(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class SeededRandom implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly seedText: string) {
    this.a = fnv1a32(seedText, 0x811c9dc5);
    this.b = fnv1a32(seedText, 0x9e3779b9);
    this.c = fnv1a32(seedText, 0x85ebca6b);
    this.d = 1;
    // Warm up so nearby seeds diverge quickly.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  static fromSeed(seed: number | string): SeededRandom {
    return new SeededRandom(String(seed));
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(bound: number): number {
    assert(Number.isSafeInteger(bound) && bound > 0, `Random.int bound must be a positive integer, got ${bound}`);
    return Math.floor(this.next() * bound);
  }

  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.seedText}/${label}`);
  }
}
