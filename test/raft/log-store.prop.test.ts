// Goal: under any interleaving of appends, truncations, syncs, crashes (with
// and without torn writes, including crashes in the middle of sync()) and
// clean reopens, LogStore recovers a log that (a) is dense from offset 0,
// (b) was actually held at some point since the last completed sync (it is a
// prefix of one of those states: no invented or mixed entries), and (c) keeps
// everything that sync made durable (the synced log, up to the lowest
// truncation issued after that sync).
// Method: fast-check generates op arrays that run against a SimDisk-backed
// LogStore and a model that tracks the states since the last completed sync.
// A wrapping FileSystem counts fsyncs (file and directory) and can crash the
// disk instead of performing the k-th one, which puts crashes inside sync().
// Small payloads (1 byte from a 4-value alphabet) and 3-frame segments make
// equal-sized frames, same-named segment rolls and mixed logs likely.
// The first property issues every truncation together with its sync (as
// RaftNode does when a truncation is the only op of a batch) and reopens only
// after a sync; it passes. Two it.fails variants drop one restriction each and
// fail on the bugs documented in log-store.test.ts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { mkdirDurable, type FileHandle, type FileSystem } from '../../src/env/file-system.js';
import { silentLogger } from '../../src/env/logger.js';
import { LogStore } from '../../src/raft/log-store.js';
import type { LogEntry } from '../../src/raft/types.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';

const dir = '/data/meta';
const segmentBytes = 3 * (8 + 13 + 1);

type Op =
  | { type: 'append'; items: { gap: number; byte: number }[] }
  | { type: 'truncate'; at: number }
  | { type: 'sync' }
  | { type: 'crash'; tear: boolean }
  | { type: 'crashInSync'; nth: number; tear: boolean }
  | { type: 'reopen' };

const opArb = (volatileTruncate: boolean): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ type: fc.constant('append' as const), items: fc.array(fc.record({ gap: fc.constantFrom(0, 0, 0, 1), byte: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 5 }) }) },
    { weight: volatileTruncate ? 3 : 2, arbitrary: fc.record({ type: fc.constant('truncate' as const), at: fc.nat() }) },
    { weight: 2, arbitrary: fc.constant({ type: 'sync' as const }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('crash' as const), tear: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('crashInSync' as const), nth: fc.integer({ min: 0, max: 3 }), tear: fc.boolean() }) },
    { weight: 1, arbitrary: fc.constant({ type: 'reopen' as const }) },
  );

/** A FileSystem view that can crash the disk in place of the k-th fsync (file or directory) from now. */
class CrashingFs implements FileSystem {
  private countdown: number | null = null;
  crashed = false;

  constructor(
    private readonly fs: FileSystem,
    private readonly crash: () => void,
  ) {}

  armAtSync(nth: number): void {
    this.countdown = nth;
  }

  disarm(): void {
    this.countdown = null;
  }

  /** True if this fsync is the one to crash at (the disk is then crashed). */
  private crashHere(): boolean {
    if (this.countdown === null) return false;
    if (this.countdown-- > 0) return false;
    this.countdown = null;
    this.crashed = true;
    this.crash();
    return true;
  }

  async open(path: string, options?: { create?: boolean; exclusive?: boolean }): Promise<FileHandle> {
    const handle = await this.fs.open(path, options);
    return {
      path: handle.path,
      size: () => handle.size(),
      read: (position, length) => handle.read(position, length),
      write: (position, bytes) => handle.write(position, bytes),
      append: (bytes) => handle.append(bytes),
      truncate: (size) => handle.truncate(size),
      sync: () => (this.crashHere() ? new Promise<void>(() => {}) : handle.sync()),
      close: () => handle.close(),
    };
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.fs.readFile(path);
  }
  exists(path: string): Promise<boolean> {
    return this.fs.exists(path);
  }
  list(d: string): Promise<string[]> {
    return this.fs.list(d);
  }
  mkdir(d: string): Promise<void> {
    return this.fs.mkdir(d);
  }
  rename(from: string, to: string): Promise<void> {
    return this.fs.rename(from, to);
  }
  remove(path: string): Promise<void> {
    return this.fs.remove(path);
  }
  syncDir(d: string): Promise<void> {
    return this.crashHere() ? new Promise<void>(() => {}) : this.fs.syncDir(d);
  }
}

/** Lets every pending microtask (all zero-latency SimDisk operations) run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const show = (log: readonly LogEntry[]): string => log.map((e) => `${e.offset}:${e.epoch}/${e.data[0]}`).join(' ');

function sameEntries(a: readonly LogEntry[], b: readonly LogEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.offset === b[i]!.offset && e.epoch === b[i]!.epoch && e.kind === b[i]!.kind && e.data[0] === b[i]!.data[0]);
}

interface ModelOptions {
  /** Whether a truncation may stay unsynced while later ops run (false: it is synced right away). */
  volatileTruncate: boolean;
  /** Whether a reopen follows a sync (a clean restart) or may inherit unsynced bytes (a process kill, no power loss). */
  cleanReopen: boolean;
}

async function runOps(ops: readonly Op[], seed: number, { volatileTruncate, cleanReopen }: ModelOptions): Promise<void> {
  const random = SeededRandom.fromSeed(seed);
  const disk = new SimDisk(new Scheduler(), random.fork('disk'));
  let crashes = 0;
  let tearNext = false;
  const mount = (): CrashingFs => new CrashingFs(disk.mount(), () => disk.crash(random.fork(`crash-${crashes++}`), { tearLastWrite: tearNext }));
  let fs = mount();
  await mkdirDurable(fs, dir);
  const open = (view: FileSystem): Promise<LogStore> => LogStore.open(view, dir, 0, { segmentBytes }, silentLogger);
  let store = await open(fs);

  // Model: what the store holds, the states since the last completed sync, and how much of the synced state must survive.
  let current: LogEntry[] = [];
  let history: LogEntry[][] = [[]];
  let mustKeep = 0;
  const trace: string[] = [];

  const checkRecovered = (recovered: readonly LogEntry[]): void => {
    const context = `after ${trace.join(', ')}\nrecovered ${show(recovered)}\nsynced    ${show(history[0]!)} (must keep ${mustKeep})`;
    recovered.forEach((e, i) => expect(e.offset, context).toBe(i));
    expect(recovered.length, `lost synced entries ${context}`).toBeGreaterThanOrEqual(mustKeep);
    expect(sameEntries(recovered.slice(0, mustKeep), history[0]!.slice(0, mustKeep)), `synced prefix changed ${context}`).toBe(true);
    const heldOnce = history.some((state) => state.length >= recovered.length && sameEntries(state.slice(0, recovered.length), recovered));
    expect(heldOnce, `recovered a log never written ${context}`).toBe(true);
  };

  const recover = async (): Promise<void> => {
    fs = mount();
    store = await open(fs);
    const recovered = [...store.allEntries()];
    checkRecovered(recovered);
    // Recovery syncs its result: it is the new durable state.
    current = recovered;
    history = [recovered];
    mustKeep = recovered.length;
  };

  const syncDone = (): void => {
    history = [current];
    mustKeep = current.length;
  };

  for (const op of ops) {
    switch (op.type) {
      case 'append': {
        const batch: LogEntry[] = [];
        let epoch = current.at(-1)?.epoch ?? 1;
        for (const item of op.items) {
          epoch += item.gap;
          batch.push({ offset: current.length + batch.length, epoch, kind: 'data', data: new Uint8Array([item.byte]) });
        }
        await store.append(batch);
        current = [...current, ...batch];
        history.push(current);
        trace.push(`append ${show(batch)}`);
        break;
      }
      case 'truncate': {
        const at = op.at % (current.length + 1);
        await store.truncateTo(at);
        current = current.slice(0, at);
        history.push(current);
        mustKeep = Math.min(mustKeep, at);
        trace.push(`truncate ${at}`);
        if (!volatileTruncate) {
          await store.sync();
          syncDone();
          trace.push('sync');
        }
        break;
      }
      case 'sync':
        await store.sync();
        syncDone();
        trace.push('sync');
        break;
      case 'crash':
        tearNext = op.tear;
        disk.crash(random.fork(`crash-${crashes++}`), { tearLastWrite: op.tear });
        trace.push(`crash tear=${op.tear}`);
        await recover();
        break;
      case 'crashInSync': {
        tearNext = op.tear;
        fs.armAtSync(op.nth);
        let done = false;
        void store.sync().then(() => (done = true));
        await settle();
        fs.disarm();
        if (done) {
          syncDone();
          trace.push('sync');
        } else {
          expect(fs.crashed).toBe(true);
          trace.push(`crash in sync at fsync #${op.nth} tear=${op.tear}`);
          await recover();
        }
        break;
      }
      case 'reopen': {
        if (cleanReopen) {
          await store.sync();
          syncDone();
          trace.push('sync');
        }
        await store.close();
        store = await open(fs);
        trace.push('reopen');
        expect(sameEntries(store.allEntries(), current), `reopen without a crash changed the log after ${trace.join(', ')}`).toBe(true);
        // Without a clean shutdown, nothing new is modelled as durable: the
        // unsynced bytes are still volatile, the new incarnation's syncs must cover them.
        break;
      }
    }
    expect(sameEntries(store.allEntries(), current)).toBe(true);
  }
}

const ops = (volatileTruncate: boolean): fc.Arbitrary<Op[]> => fc.array(opArb(volatileTruncate), { minLength: 1, maxLength: 40 });

/** Runs the model and returns the failure message ('' if the property held). */
async function failureOf(options: ModelOptions, numRuns: number): Promise<string> {
  const details = await fc.check(
    fc.asyncProperty(ops(options.volatileTruncate), fc.nat(1000), (generated, seed) => runOps(generated, seed, options)),
    { numRuns, seed: 20240611 },
  );
  if (!details.failed) return '';
  const error = details.errorInstance;
  return `${error instanceof Error ? error.message : String(error)}\ncounterexample: ${JSON.stringify(details.counterexample)}`;
}

describe('LogStore crash-recovery model', () => {
  it('recovers a synced-complete prefix of a log it held (truncations synced as issued, clean reopens)', async () => {
    await fc.assert(
      fc.asyncProperty(ops(false), fc.nat(1000), (generated, seed) => runOps(generated, seed, { volatileTruncate: false, cleanReopen: true })),
      { numRuns: 100, seed: 20240611 },
    );
  });

  // Regression (fixed; found by this test): (log-store.test.ts, "a crash inside sync() after truncate+append" and
  // "a torn write after an unsynced truncate"): with a truncation still
  // volatile when appends follow, a crash recovers a mix of old and new
  // entries the store never held. This test fails (as expected) only on that
  // symptom; a failure for any other reason makes it pass, which it.fails reports.
  it('with truncations issued anywhere, every recovered log is one the store held (no mixes)', async () => {
    const failure = await failureOf({ volatileTruncate: true, cleanReopen: true }, 300);
    expect(failure).not.toMatch(/recovered a log never written/);
  });

  // Regression (fixed; found by this test): (log-store.test.ts, "a reopen without a power loss does not make
  // inherited unsynced entries durable"): after a reopen that inherits unsynced
  // bytes, a later sync() does not make them durable and a crash loses them.
  it('after a reopen without a sync, a later sync covers the inherited entries', async () => {
    const failure = await failureOf({ volatileTruncate: false, cleanReopen: false }, 100);
    expect(failure).not.toMatch(/lost synced entries/);
  });
});
