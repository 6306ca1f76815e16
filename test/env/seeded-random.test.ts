// Goal: SeededRandom (shared by the simulator and nodeRandom) is reproducible,
// forks are independent of the parent's draws, and int() stays in bounds.
// Method: direct sequence comparisons plus a fast-check property over seeds
// and bounds; nodeRandom's OS seeding is checked only for shape and variety.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { nodeRandom, randomSeed } from '../../src/env/node/node-random.js';
import type { Random } from '../../src/env/random.js';

const draw = (random: Random, count: number): number[] => Array.from({ length: count }, () => random.next());

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed, and a different one for another seed', () => {
    expect(draw(new SeededRandom('seed-1'), 50)).toEqual(draw(new SeededRandom('seed-1'), 50));
    expect(draw(SeededRandom.fromSeed(7), 50)).toEqual(draw(new SeededRandom('7'), 50));
    expect(draw(new SeededRandom('seed-1'), 50)).not.toEqual(draw(new SeededRandom('seed-2'), 50));
  });

  it('next() is in [0, 1)', () => {
    const random = new SeededRandom('range');
    for (const x of draw(random, 10_000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('forks depend on the label and seed, not on how much the parent has drawn', () => {
    const fresh = new SeededRandom('parent');
    const used = new SeededRandom('parent');
    draw(used, 123);
    expect(draw(used.fork('raft'), 20)).toEqual(draw(fresh.fork('raft'), 20));
    expect(draw(fresh.fork('raft'), 20)).not.toEqual(draw(fresh.fork('storage'), 20));
  });

  it('forking does not advance the parent', () => {
    const a = new SeededRandom('p');
    const b = new SeededRandom('p');
    a.fork('x');
    draw(a.fork('y'), 10);
    expect(draw(a, 20)).toEqual(draw(b, 20));
  });

  it('drawing from a fork does not perturb the parent or a sibling', () => {
    const parent = new SeededRandom('p');
    const sibling = parent.fork('b');
    const reference = new SeededRandom('p').fork('b');
    draw(parent.fork('a'), 100);
    expect(draw(sibling, 20)).toEqual(draw(reference, 20));
    expect(draw(parent, 5)).toEqual(draw(new SeededRandom('p'), 5));
  });

  it('int(n) covers [0, n) and rejects bad bounds', () => {
    const random = new SeededRandom('ints');
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i++) seen.add(random.int(6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(random.int(1)).toBe(0);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => random.int(bad)).toThrow();
    }
  });

  it('property: int(n) is an integer in [0, n) for any seed and positive safe n', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.nat({ max: 50 }), (seed, bound, skip) => {
        const random = new SeededRandom(seed);
        draw(random, skip);
        for (let i = 0; i < 20; i++) {
          const value = random.int(bound);
          if (!Number.isInteger(value) || value < 0 || value >= bound) return false;
        }
        return true;
      }),
    );
  });
});

describe('nodeRandom', () => {
  it('seeds from the OS: 128-bit hex seeds that differ between calls', () => {
    const a = randomSeed();
    const b = randomSeed();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toEqual(b);
    expect(draw(nodeRandom(), 5)).not.toEqual(draw(nodeRandom(), 5));
  });

  it('replays a given seed exactly like SeededRandom', () => {
    const seed = randomSeed();
    expect(draw(nodeRandom(seed), 20)).toEqual(draw(new SeededRandom(seed), 20));
  });
});
