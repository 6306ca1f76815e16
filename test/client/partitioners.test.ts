// Goal: keys land where Kafka's default partitioner puts them (murmur2,
// pinned by the vectors of Kafka's UtilsTest.testMurmur2), and records
// without a key are spread by uniform sticky partitioning (KIP-794): one
// partition per batch.size bytes, never the same one twice in a row, only
// partitions with a leader when some have one, evenly over many batches.

import { describe, expect, it } from 'vitest';
import { defaultPartitioner, murmur2, partitionForKey, roundRobinPartitioner, type PartitionerArgs, stickyPartitioner } from '../../src/client/partitioners.js';
import { SeededRandom } from '../../src/common/seeded-random.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('murmur2', () => {
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
    ['abc', 479470107],
    ['', 275646681],
  ])('hashes %j as the Java client does', (input, expected) => {
    expect(murmur2(utf8(input))).toBe(expected);
  });

  it('maps a key to toPositive(hash) % partitions', () => {
    expect(partitionForKey(utf8('foobar'), 50)).toBe(16); // 1357151166 % 50
    expect(partitionForKey(utf8('21'), 12)).toBe(((-973932308 & 0x7fffffff) % 12));
  });
});

function args(topic: string, partitionCount: number, key: Uint8Array | null, recordBytes = 100, available?: number[]): PartitionerArgs {
  return { topic, partitionCount, availablePartitions: available ?? Array.from({ length: partitionCount }, (_, i) => i), key, value: null, recordBytes };
}

describe('sticky partitioning of records without a key', () => {
  it('stays on one partition for batch.size bytes, then moves to a different one', () => {
    const p = stickyPartitioner({ random: SeededRandom.fromSeed(7), batchSizeBytes: 1000 });
    const chosen = Array.from({ length: 100 }, () => p(args('t', 6, null, 100)));
    const runs: number[][] = [];
    for (const c of chosen) {
      if (runs.length === 0 || runs.at(-1)![0] !== c) runs.push([c]);
      else runs.at(-1)!.push(c);
    }
    expect(runs.every((r) => r.length === 10)).toBe(true);
    expect(runs).toHaveLength(10);
  });

  it('spreads evenly over many batches', () => {
    const p = stickyPartitioner({ random: SeededRandom.fromSeed(11), batchSizeBytes: 100 });
    const counts = new Array<number>(8).fill(0);
    for (let i = 0; i < 80_000; i++) counts[p(args('t', 8, null, 100))]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(800);
  });

  it('uses only partitions with a leader while any has one', () => {
    const p = stickyPartitioner({ random: SeededRandom.fromSeed(3), batchSizeBytes: 100 });
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(p(args('t', 6, null, 100, [1, 4])));
    expect([...seen].sort()).toEqual([1, 4]);
  });

  it('keeps separate sticky partitions per topic', () => {
    const p = stickyPartitioner({ random: SeededRandom.fromSeed(5), batchSizeBytes: 10_000 });
    const a = p(args('a', 100, null));
    const b = p(args('b', 100, null));
    expect(p(args('a', 100, null))).toBe(a);
    expect(p(args('b', 100, null))).toBe(b);
  });
});

describe('the default partitioner', () => {
  it('hashes keys and ignores stickiness for them', () => {
    const p = defaultPartitioner({ random: SeededRandom.fromSeed(1), batchSizeBytes: 100 });
    for (const k of ['alice', 'bob', 'carol', '21', 'foobar']) {
      expect(p(args('t', 12, utf8(k)))).toBe(partitionForKey(utf8(k), 12));
      expect(p(args('t', 12, utf8(k)))).toBe(partitionForKey(utf8(k), 12));
    }
  });

  it('round robin visits every partition in turn', () => {
    const p = roundRobinPartitioner({ random: SeededRandom.fromSeed(1), batchSizeBytes: 100 });
    expect(Array.from({ length: 7 }, () => p(args('t', 3, utf8('same-key'))))).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });
});
