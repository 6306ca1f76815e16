// Goal: compaction keeps the latest record per key, drops tombstones only after
// delete.retention.ms, preserves offsets (a compacted log still serves reads
// by offset, with gaps), survives a crash at any point of the swap, and leaves
// the active segment alone.

import { describe, expect, it } from 'vitest';
import { decodeBatches, encodeBatch } from '../../src/storage/batch/index.js';
import type { Log } from '../../src/storage/log/log.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';
import { ManualClock, openTestLog } from './log-fixture.js';

const dir = '/data/compacted-0';
const text = new TextEncoder();
const str = (bytes: Uint8Array | null): string | null => (bytes === null ? null : new TextDecoder().decode(bytes));

function keyed(pairs: readonly [string, string | null][], timestamp: number, compression: 'none' | 'gzip' | 'zstd' = 'none'): Uint8Array {
  return encodeBatch({
    compression,
    records: pairs.map(([key, value]) => ({ key: text.encode(key), value: value === null ? null : text.encode(value), timestamp })),
  });
}

async function contents(log: Log): Promise<[number, string | null, string | null][]> {
  const out: [number, string | null, string | null][] = [];
  for await (const { bytes } of log.batches()) {
    for (const batch of decodeBatches(bytes)) for (const r of batch.records) out.push([r.offset, str(r.key), str(r.value)]);
  }
  return out;
}

const compactConfig = { cleanupPolicy: 'compact' as const, segmentBytes: 250, deleteRetentionMs: 10_000, retentionMs: -1 };

describe('Log compaction', () => {
  it('keeps the last record per key, preserves offsets and still serves reads by offset', async () => {
    const { fs } = await simDiskWithDir('/data');
    const clock = new ManualClock(1_000_000);
    const log = await openTestLog(fs, dir, clock, compactConfig);
    const writes: [string, string][] = [['a', '1'], ['b', '1'], ['a', '2'], ['c', '1'], ['b', '2'], ['a', '3'], ['d', '1'], ['c', '2']];
    for (const [key, value] of writes) await log.appendAsLeader(keyed([[key, value]], clock.time), 1);
    await log.appendAsLeader(keyed([['e', '1'], ['a', '4']], clock.time, 'gzip'), 1); // lands in the active segment
    const before = log.segmentBaseOffsets();
    expect(before.length).toBeGreaterThan(2);
    const result = await log.compact();
    expect(result.recordsRemoved).toBeGreaterThan(0);
    expect(log.segmentBaseOffsets()).toEqual(before); // segments keep their names
    const after = await contents(log);
    // Superseded within the cleaned range: a@0, b@1, a@2, c@3 (c@7 is newer), b@1...
    const latestInCleaned = new Map<string, number>();
    const activeBase = before[before.length - 1]!;
    writes.forEach(([key], offset) => {
      if (offset < activeBase) latestInCleaned.set(key, offset);
    });
    for (const [offset, key] of after) {
      if (offset < activeBase) expect(latestInCleaned.get(key!), `offset ${offset} key ${key}`).toBe(offset);
    }
    expect(after.filter(([o]) => o >= activeBase).map(([, k, v]) => `${k}=${v}`)).toContain('a=4');
    expect(log.logEndOffset).toBe(10);
    // Reads by offset still work across the gaps: a read at a removed offset returns the next batch.
    const { records } = await log.read(0, { maxBytes: 1 });
    expect(decodeBatches(records)[0]!.records[0]!.offset).toBe(after[0]![0]);
  });

  it('keeps tombstones until delete.retention.ms has passed, then drops them', async () => {
    const { fs } = await simDiskWithDir('/data');
    const clock = new ManualClock(1_000_000);
    const log = await openTestLog(fs, dir, clock, compactConfig);
    await log.appendAsLeader(keyed([['k', 'v1']], clock.time), 1);
    await log.appendAsLeader(keyed([['k', null]], clock.time), 1);
    await log.appendAsLeader(keyed([['x', 'keep'], ['y', 'keep']], clock.time), 1);
    for (let i = 0; i < 3; i++) await log.appendAsLeader(keyed([[`z${i}`, 'filler-filler-filler']], clock.time), 1);
    await log.compact();
    let records = await contents(log);
    expect(records.filter(([, k]) => k === 'k')).toEqual([[1, 'k', null]]);
    clock.time += 10_001;
    await log.compact();
    records = await contents(log);
    expect(records.filter(([, k]) => k === 'k')).toEqual([]);
    expect(records.filter(([, k]) => k === 'x' || k === 'y').map(([o]) => o)).toEqual([2, 3]);
  });

  it('respects min.compaction.lag.ms and never touches the active segment', async () => {
    const { fs } = await simDiskWithDir('/data');
    const clock = new ManualClock(1_000_000);
    const log = await openTestLog(fs, dir, clock, { ...compactConfig, minCompactionLagMs: 5000 });
    for (let i = 0; i < 6; i++) await log.appendAsLeader(keyed([['same', String(i)]], clock.time), 1);
    expect((await log.compact()).recordsRemoved).toBe(0);
    clock.time += 5000;
    const result = await log.compact();
    expect(result.recordsRemoved).toBeGreaterThan(0);
    const active = log.segmentBaseOffsets().at(-1)!;
    expect((await contents(log)).filter(([o]) => o >= active).length).toBeGreaterThan(0);
  });

  it('a crash at any point of compaction leaves the old or the new segment, and recovery cleans up', async () => {
    const outcomes = new Set<number>();
    for (let seed = 1; seed <= 25; seed++) {
      const { fs, disk, random } = await simDiskWithDir('/data', seed);
      const clock = new ManualClock(1_000_000);
      const log = await openTestLog(fs, dir, clock, compactConfig);
      for (let i = 0; i < 12; i++) await log.appendAsLeader(keyed([[`k${i % 3}`, `v${i}`]], clock.time), 1);
      await log.sync();
      const latest = new Map((await contents(log)).map(([, k, v]) => [k, v]));
      const compaction = log.compact().catch(() => undefined);
      // Let a seed-dependent number of microtasks run, then pull the plug.
      const steps = random.int(400);
      for (let i = 0; i < steps; i++) await Promise.resolve();
      disk.crash(random, { tearLastWrite: true });
      void compaction;
      const fs2 = disk.mount();
      const reopened = await openTestLog(fs2, dir, clock, compactConfig);
      expect((await fs2.list(dir)).filter((n) => n.endsWith('.cleaned'))).toEqual([]);
      const recovered = await contents(reopened);
      expect(reopened.logEndOffset).toBe(12);
      // Whatever state it is in, the latest value of every key is still there, at its offset.
      expect(new Map(recovered.map(([, k, v]) => [k, v]))).toEqual(latest);
      const offsets = recovered.map(([o]) => o);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      outcomes.add(recovered.length);
    }
    // The crash points covered untouched, partly and fully compacted logs.
    expect(outcomes.has(12)).toBe(true);
    expect(outcomes.size).toBeGreaterThan(2);
  });
});
