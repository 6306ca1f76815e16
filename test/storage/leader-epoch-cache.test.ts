// Goal: LeaderEpochCache answers as Kafka's LeaderEpochFileCache does (assign,
// endOffsetFor with every sentinel case, epochForOffset, truncation from
// either end; KIP-101, KIP-279), keeps its entries strictly increasing, and
// persists them through `leader-epoch-checkpoint` only when dirty, surviving
// crashes and reporting corruption as KAFKA_STORAGE_ERROR.
// Method: scripted cases taken from Kafka's semantics on a SimDisk, crash and
// bit-flip cases, and a fast-check property running random operation
// sequences (with flushes and reloads) against a naive model written with
// filters instead of the cache's binary searches and in-place edits.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssertionError } from '../../src/common/assert.js';
import { isSkiffError } from '../../src/common/errors.js';
import type { FileHandle, FileSystem, OpenOptions } from '../../src/env/file-system.js';
import { writeCheckpointFile } from '../../src/storage/checkpoint-file.js';
import { LeaderEpochCache, leaderEpochCheckpointName, type EpochEntry, type EpochEndOffset } from '../../src/storage/leader-epoch-cache.js';
import { LogRing, ringLogger } from '../../sim/ring-logger.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';

const dir = '/data/orders-0';
const path = `${dir}/${leaderEpochCheckpointName}`;

const e = (epoch: number, startOffset: number): EpochEntry => ({ epoch, startOffset });
const end = (epoch: number, endOffset: number): EpochEndOffset => ({ epoch, endOffset });

async function cacheWith(entries: EpochEntry[]): Promise<{ cache: LeaderEpochCache; fs: FileSystem }> {
  const { fs } = await simDiskWithDir(dir);
  const cache = await LeaderEpochCache.load(fs, dir);
  for (const entry of entries) expect(cache.assign(entry.epoch, entry.startOffset)).toBe(true);
  expect(cache.entries()).toEqual(entries);
  return { cache, fs };
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** A FileSystem that counts checkpoint writes (opens), can run a hook at the next open and fail the next directory sync. */
class CountingFs implements FileSystem {
  opens = 0;
  onNextOpen: (() => void) | undefined;
  failNextSyncDir = false;
  constructor(private readonly fs: FileSystem) {}
  open(p: string, options?: OpenOptions): Promise<FileHandle> {
    this.opens++;
    const hook = this.onNextOpen;
    this.onNextOpen = undefined;
    hook?.();
    return this.fs.open(p, options);
  }
  readFile = (p: string): Promise<Uint8Array> => this.fs.readFile(p);
  exists = (p: string): Promise<boolean> => this.fs.exists(p);
  list = (d: string): Promise<string[]> => this.fs.list(d);
  mkdir = (d: string): Promise<void> => this.fs.mkdir(d);
  rename = (from: string, to: string): Promise<void> => this.fs.rename(from, to);
  remove = (p: string): Promise<void> => this.fs.remove(p);
  syncDir(d: string): Promise<void> {
    if (this.failNextSyncDir) {
      this.failNextSyncDir = false;
      return Promise.reject(new Error('injected syncDir failure'));
    }
    return this.fs.syncDir(d);
  }
}

describe('LeaderEpochCache.assign', () => {
  it('starts empty when there is no checkpoint file', async () => {
    const { fs } = await simDiskWithDir(dir);
    const cache = await LeaderEpochCache.load(fs, dir);
    expect(cache.entries()).toEqual([]);
    expect(cache.latestEpoch()).toBeUndefined();
    expect(cache.earliest()).toBeUndefined();
    expect(cache.isDirty).toBe(false);
  });

  it('appends new epochs and keeps an assigned epoch at its first start offset', async () => {
    const { cache } = await cacheWith([e(2, 6)]);
    expect(cache.assign(2, 6)).toBe(false);
    expect(cache.assign(2, 10)).toBe(false);
    expect(cache.assign(3, 8)).toBe(true);
    expect(cache.assign(3, 9)).toBe(false);
    expect(cache.entries()).toEqual([e(2, 6), e(3, 8)]);
    expect(cache.latestEpoch()).toBe(3);
    expect(cache.earliest()).toEqual(e(2, 6));
  });

  it('moves the latest epoch to an earlier start offset, dropping entries at or after it', async () => {
    const { cache } = await cacheWith([e(2, 6), e(3, 8)]);
    expect(cache.assign(3, 7)).toBe(true);
    expect(cache.entries()).toEqual([e(2, 6), e(3, 7)]);
    expect(cache.assign(3, 6)).toBe(true);
    expect(cache.entries()).toEqual([e(3, 6)]);
  });

  it('a new epoch removes entries with offsets >= its start offset or epochs >= it', async () => {
    const cases: { before: EpochEntry[]; assign: EpochEntry; after: EpochEntry[] }[] = [
      // Higher epoch at an offset some entries already start at or after.
      { before: [e(2, 6), e(3, 8), e(4, 11)], assign: e(5, 8), after: [e(2, 6), e(5, 8)] },
      { before: [e(2, 6), e(3, 8), e(4, 11)], assign: e(5, 11), after: [e(2, 6), e(3, 8), e(5, 11)] },
      { before: [e(2, 6), e(3, 8), e(4, 11)], assign: e(5, 0), after: [e(5, 0)] },
      // Lower epoch than the latest (Kafka accepts it and drops the later epochs).
      { before: [e(2, 6), e(4, 11)], assign: e(3, 12), after: [e(2, 6), e(3, 12)] },
      { before: [e(2, 6), e(4, 11)], assign: e(1, 20), after: [e(1, 20)] },
      { before: [e(2, 6), e(3, 8), e(4, 11)], assign: e(3, 9), after: [e(2, 6), e(3, 9)] },
    ];
    for (const { before, assign, after } of cases) {
      const { cache } = await cacheWith(before);
      expect(cache.assign(assign.epoch, assign.startOffset), JSON.stringify(assign)).toBe(true);
      expect(cache.entries(), JSON.stringify({ before, assign })).toEqual(after);
    }
  });

  it('warns only when a new entry truncates more than an empty epoch', async () => {
    const ring = new LogRing(50, () => 0);
    const { fs } = await simDiskWithDir(dir);
    const cache = await LeaderEpochCache.load(fs, dir, ringLogger(ring));
    cache.assign(2, 6);
    cache.assign(3, 8);
    cache.assign(4, 8); // epoch 3 wrote nothing: routine
    expect(ring.dump()).toEqual([]);
    cache.assign(5, 7); // epoch 4 had a start offset past 7: divergence
    expect(ring.dump()).toHaveLength(1);
    expect(ring.dump()[0]).toContain('WARN');
    expect(ring.dump()[0]).toContain('leader-epoch-cache');
  });

  it('asserts on negative or fractional epochs and offsets', async () => {
    const { cache } = await cacheWith([]);
    for (const [epoch, offset] of [[-1, 0], [0, -1], [1.5, 0], [0, Number.NaN]] as const) {
      expect(() => cache.assign(epoch, offset)).toThrow(AssertionError);
    }
    expect(() => cache.truncateFromEnd(-1)).toThrow(AssertionError);
    expect(() => cache.truncateFromStart(-1)).toThrow(AssertionError);
  });
});

describe('LeaderEpochCache.endOffsetFor', () => {
  const logEndOffset = 20;

  it('covers every case of Kafka', async () => {
    const { cache } = await cacheWith([e(2, 6), e(4, 8), e(5, 11)]);
    const cases: [requested: number, expected: EpochEndOffset][] = [
      [-1, end(-1, -1)], // UNDEFINED_EPOCH
      [-7, end(-1, -1)], // any negative epoch is treated as undefined
      [5, end(5, logEndOffset)], // the latest epoch ends at the log end offset
      [6, end(-1, -1)], // above the latest epoch
      [1000, end(-1, -1)],
      [1, end(1, 6)], // below the first epoch: requested epoch, first start offset
      [0, end(0, 6)],
      [2, end(2, 8)], // a known epoch ends where the next begins
      [3, end(2, 8)], // an unknown epoch between two: the one below, and its end
      [4, end(4, 11)],
    ];
    for (const [requested, expected] of cases) {
      expect(cache.endOffsetFor(requested, logEndOffset), `requested ${requested}`).toEqual(expected);
    }
  });

  it('answers UNDEFINED from an empty cache', async () => {
    const { cache } = await cacheWith([]);
    for (const requested of [-1, 0, 1, 7]) expect(cache.endOffsetFor(requested, logEndOffset)).toEqual(end(-1, -1));
  });

  it('with one entry: the latest epoch, below it, above it', async () => {
    const { cache } = await cacheWith([e(3, 5)]);
    expect(cache.endOffsetFor(3, logEndOffset)).toEqual(end(3, logEndOffset));
    expect(cache.endOffsetFor(2, logEndOffset)).toEqual(end(2, 5));
    expect(cache.endOffsetFor(4, logEndOffset)).toEqual(end(-1, -1));
  });
});

describe('LeaderEpochCache offsets and truncation', () => {
  it('epochForOffset is the epoch of the last entry starting at or before the offset', async () => {
    const { cache } = await cacheWith([e(2, 6), e(4, 8), e(5, 11)]);
    const expected: [number, number | undefined][] = [[0, undefined], [5, undefined], [6, 2], [7, 2], [8, 4], [10, 4], [11, 5], [1000, 5]];
    for (const [offset, epoch] of expected) expect(cache.epochForOffset(offset), `offset ${offset}`).toBe(epoch);
    expect((await cacheWith([])).cache.epochForOffset(0)).toBeUndefined();
  });

  it('truncateFromEnd removes the entries starting at or after the end offset', async () => {
    const cases: [endOffset: number, changed: boolean, after: EpochEntry[]][] = [
      [12, false, [e(2, 6), e(3, 8), e(4, 11)]],
      [11, true, [e(2, 6), e(3, 8)]],
      [9, true, [e(2, 6), e(3, 8)]],
      [8, true, [e(2, 6)]],
      [6, true, []],
      [0, true, []],
    ];
    for (const [endOffset, changed, after] of cases) {
      const { cache } = await cacheWith([e(2, 6), e(3, 8), e(4, 11)]);
      expect(cache.truncateFromEnd(endOffset), `endOffset ${endOffset}`).toBe(changed);
      expect(cache.entries(), `endOffset ${endOffset}`).toEqual(after);
    }
  });

  it('truncateFromStart keeps the epoch of the new log start offset', async () => {
    const cases: [startOffset: number, changed: boolean, after: EpochEntry[]][] = [
      [0, false, [e(2, 6), e(3, 8), e(4, 11)]],
      [5, false, [e(2, 6), e(3, 8), e(4, 11)]],
      [6, false, [e(2, 6), e(3, 8), e(4, 11)]], // exclusive: an entry at the offset stays
      [7, true, [e(2, 7), e(3, 8), e(4, 11)]],
      [8, true, [e(3, 8), e(4, 11)]],
      [9, true, [e(3, 9), e(4, 11)]],
      [11, true, [e(4, 11)]],
      [50, true, [e(4, 50)]],
    ];
    for (const [startOffset, changed, after] of cases) {
      const { cache } = await cacheWith([e(2, 6), e(3, 8), e(4, 11)]);
      expect(cache.truncateFromStart(startOffset), `startOffset ${startOffset}`).toBe(changed);
      expect(cache.entries(), `startOffset ${startOffset}`).toEqual(after);
    }
    expect((await cacheWith([])).cache.truncateFromStart(3)).toBe(false);
  });

  it('clear removes everything', async () => {
    const { cache } = await cacheWith([e(2, 6), e(3, 8)]);
    expect(cache.clear()).toBe(true);
    expect(cache.entries()).toEqual([]);
    expect(cache.clear()).toBe(false);
  });

  it('entries() is a copy', async () => {
    const { cache } = await cacheWith([e(2, 6)]);
    (cache.entries() as EpochEntry[]).push(e(9, 9));
    expect(cache.entries()).toEqual([e(2, 6)]);
  });
});

describe('LeaderEpochCache persistence', () => {
  it('round-trips through the checkpoint, writing only when dirty', async () => {
    const { fs: simFs } = await simDiskWithDir(dir);
    const fs = new CountingFs(simFs);
    const cache = await LeaderEpochCache.load(fs, dir);
    await cache.flush(fs);
    expect(fs.opens).toBe(0);
    expect(await fs.exists(path)).toBe(false);

    cache.assign(0, 0);
    cache.assign(3, 17);
    expect(cache.isDirty).toBe(true);
    await cache.flush(fs);
    expect(cache.isDirty).toBe(false);
    expect(fs.opens).toBe(1);
    await cache.flush(fs);
    expect(fs.opens).toBe(1);
    expect(cache.assign(3, 20)).toBe(false);
    expect(cache.isDirty).toBe(false);

    const reloaded = await LeaderEpochCache.load(fs, dir);
    expect(reloaded.entries()).toEqual([e(0, 0), e(3, 17)]);
    expect(reloaded.isDirty).toBe(false);
    expect(await fs.list(dir)).toEqual([leaderEpochCheckpointName]);

    // Clearing writes an empty checkpoint, which loads as an empty cache.
    reloaded.clear();
    await reloaded.flush(fs);
    expect((await LeaderEpochCache.load(fs, dir)).entries()).toEqual([]);
  });

  it('stays dirty after a failed flush, and the next flush writes', async () => {
    const { fs: simFs } = await simDiskWithDir(dir);
    const fs = new CountingFs(simFs);
    const cache = await LeaderEpochCache.load(fs, dir);
    cache.assign(1, 0);
    fs.failNextSyncDir = true;
    await expect(cache.flush(fs)).rejects.toThrow('injected');
    expect(cache.isDirty).toBe(true);
    await cache.flush(fs);
    expect(cache.isDirty).toBe(false);
    expect((await LeaderEpochCache.load(fs, dir)).entries()).toEqual([e(1, 0)]);
  });

  it('a change during a flush keeps the cache dirty; concurrent flushes serialize', async () => {
    const { fs: simFs } = await simDiskWithDir(dir);
    const fs = new CountingFs(simFs);
    const cache = await LeaderEpochCache.load(fs, dir);
    cache.assign(1, 0);
    // The change lands after the flush took its snapshot, while it writes.
    fs.onNextOpen = () => cache.assign(2, 5);
    await cache.flush(fs);
    expect(cache.entries()).toEqual([e(1, 0), e(2, 5)]);
    expect(cache.isDirty).toBe(true);
    expect((await LeaderEpochCache.load(fs, dir)).entries()).toEqual([e(1, 0)]);

    const flushes = [cache.flush(fs)];
    cache.assign(3, 9);
    flushes.push(cache.flush(fs));
    cache.truncateFromStart(2);
    flushes.push(cache.flush(fs));
    await Promise.all(flushes);
    expect(cache.isDirty).toBe(false);
    expect((await LeaderEpochCache.load(fs, dir)).entries()).toEqual([e(1, 2), e(2, 5), e(3, 9)]);
    expect(await fs.list(dir)).toEqual([leaderEpochCheckpointName]);
  });

  it('a crash after a flush keeps it; a crash during one leaves the old or new entries', async () => {
    const oldEntries = [e(1, 0), e(2, 5)];
    const newEntries = [e(1, 0), e(2, 5), e(4, 9)];
    const outcomes = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const { disk, fs, random } = await simDiskWithDir(dir, seed);
      const cache = await LeaderEpochCache.load(fs, dir);
      cache.assign(1, 0);
      cache.assign(2, 5);
      await cache.flush(fs);
      cache.assign(4, 9);
      // The first seeds let the flush resolve; the rest crash after k microtask turns of it.
      const flushing = cache.flush(fs);
      if (seed < 5) await flushing;
      else {
        flushing.catch(() => {});
        for (let i = random.int(14); i > 0; i--) await Promise.resolve();
      }
      disk.crash(random.fork('crash'), { tearLastWrite: true });
      const reloaded = (await LeaderEpochCache.load(disk.mount(), dir)).entries();
      expect([oldEntries, newEntries]).toContainEqual(reloaded);
      if (seed < 5) expect(reloaded).toEqual(newEntries);
      outcomes.add(reloaded.length);
    }
    expect(outcomes).toEqual(new Set([2, 3]));
  });

  it('a flipped bit in the checkpoint is KAFKA_STORAGE_ERROR naming the file', async () => {
    for (let seed = 0; seed < 20; seed++) {
      const { disk, fs, random } = await simDiskWithDir(dir, seed);
      const cache = await LeaderEpochCache.load(fs, dir);
      cache.assign(1, 0);
      cache.assign(7, 1234);
      await cache.flush(fs);
      disk.bitFlip(path, random.fork('flip'));
      const error = await errorOf(LeaderEpochCache.load(fs, dir));
      expect(isSkiffError(error) ? error.code : error, `seed ${seed}`).toBe('KAFKA_STORAGE_ERROR');
      expect((error as Error).message).toContain(path);
    }
  });

  it('a checksummed file with a malformed entry line is KAFKA_STORAGE_ERROR', async () => {
    for (const line of ['1', '1 2 3', '1  2', ' 1 2', 'a 2', '1 b', '-1 0', '0 -1', '01 2', '1 1e3', '1 99999999999999999999']) {
      const { fs } = await simDiskWithDir(dir);
      await writeCheckpointFile(fs, dir, leaderEpochCheckpointName, ['0 0', line]);
      const error = await errorOf(LeaderEpochCache.load(fs, dir));
      expect(isSkiffError(error) ? error.code : error, `line ${JSON.stringify(line)}`).toBe('KAFKA_STORAGE_ERROR');
    }
  });

  it('a non-monotonic file is replayed through assign, as Kafka does, and marked dirty', async () => {
    const { fs } = await simDiskWithDir(dir);
    await writeCheckpointFile(fs, dir, leaderEpochCheckpointName, ['1 10', '2 5', '3 5', '3 9', '4 20']);
    const cache = await LeaderEpochCache.load(fs, dir);
    expect(cache.entries()).toEqual([e(3, 5), e(4, 20)]);
    expect(cache.isDirty).toBe(true);
    await cache.flush(fs);
    const reloaded = await LeaderEpochCache.load(fs, dir);
    expect(reloaded.entries()).toEqual([e(3, 5), e(4, 20)]);
    expect(reloaded.isDirty).toBe(false);
  });
});

// The naive model: plain filters over a sorted list. Because entries increase
// in both epoch and offset, "every entry with an epoch >= e or an offset >= s"
// is a suffix, so a filter states Kafka's removal rule without its loop.
const model = {
  assign(entries: EpochEntry[], epoch: number, startOffset: number): EpochEntry[] {
    const latest = entries.at(-1);
    if (latest?.epoch === epoch && latest.startOffset <= startOffset) return entries;
    return [...entries.filter((x) => x.epoch < epoch && x.startOffset < startOffset), e(epoch, startOffset)];
  },
  truncateFromEnd: (entries: EpochEntry[], endOffset: number): EpochEntry[] => entries.filter((x) => x.startOffset < endOffset),
  truncateFromStart(entries: EpochEntry[], startOffset: number): EpochEntry[] {
    const before = entries.filter((x) => x.startOffset <= startOffset).at(-1);
    const after = entries.filter((x) => x.startOffset > startOffset);
    return before === undefined ? entries : [e(before.epoch, startOffset), ...after];
  },
  endOffsetFor(entries: EpochEntry[], requested: number, logEndOffset: number): EpochEndOffset {
    const latest = entries.at(-1);
    if (requested < 0 || latest === undefined || requested > latest.epoch) return end(-1, -1);
    if (requested === latest.epoch) return end(requested, logEndOffset);
    const floor = entries.filter((x) => x.epoch <= requested).at(-1);
    const next = entries.find((x) => x.epoch > requested) as EpochEntry;
    return end(floor === undefined ? requested : floor.epoch, next.startOffset);
  },
  epochForOffset: (entries: EpochEntry[], offset: number): number | undefined => entries.filter((x) => x.startOffset <= offset).at(-1)?.epoch,
};

type Op =
  | { type: 'assign'; epoch: number; startOffset: number }
  | { type: 'truncateFromEnd'; offset: number }
  | { type: 'truncateFromStart'; offset: number }
  | { type: 'clear' }
  | { type: 'flushAndReload' };

const maxEpoch = 8;
const maxOffset = 30;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('assign' as const), epoch: fc.integer({ min: 0, max: maxEpoch }), startOffset: fc.integer({ min: 0, max: maxOffset }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('truncateFromEnd' as const), offset: fc.integer({ min: 0, max: maxOffset + 1 }) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('truncateFromStart' as const), offset: fc.integer({ min: 0, max: maxOffset + 1 }) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'clear' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'flushAndReload' as const }) },
);

describe('LeaderEpochCache against a naive model', () => {
  it('agrees on entries, changes, dirtiness, endOffsetFor and epochForOffset after every operation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 40 }), async (ops) => {
        const { fs } = await simDiskWithDir(dir);
        let cache = await LeaderEpochCache.load(fs, dir);
        let entries: EpochEntry[] = [];
        let dirty = false;
        for (const op of ops) {
          const before = entries;
          let changed: boolean | undefined;
          if (op.type === 'assign') [changed, entries] = [cache.assign(op.epoch, op.startOffset), model.assign(entries, op.epoch, op.startOffset)];
          if (op.type === 'truncateFromEnd') [changed, entries] = [cache.truncateFromEnd(op.offset), model.truncateFromEnd(entries, op.offset)];
          if (op.type === 'truncateFromStart') [changed, entries] = [cache.truncateFromStart(op.offset), model.truncateFromStart(entries, op.offset)];
          if (op.type === 'clear') [changed, entries] = [cache.clear(), []];
          if (op.type === 'flushAndReload') {
            await cache.flush(fs);
            cache = await LeaderEpochCache.load(fs, dir);
            dirty = false;
          }
          if (changed !== undefined) {
            expect(changed).toBe(JSON.stringify(before) !== JSON.stringify(entries));
            dirty ||= changed;
          }
          expect(cache.entries()).toEqual(entries);
          expect(cache.isDirty).toBe(dirty);
          expect(cache.latestEpoch()).toBe(entries.at(-1)?.epoch);
          expect(cache.earliest()).toEqual(entries[0]);
          const logEndOffset = maxOffset + 5;
          for (let requested = -2; requested <= maxEpoch + 1; requested++) {
            expect(cache.endOffsetFor(requested, logEndOffset)).toEqual(model.endOffsetFor(entries, requested, logEndOffset));
          }
          for (let offset = 0; offset <= maxOffset + 1; offset++) {
            expect(cache.epochForOffset(offset)).toBe(model.epochForOffset(entries, offset));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
