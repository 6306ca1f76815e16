// Goal: SimDisk enforces the FileSystem durability contract to the letter:
// unsynced bytes and un-syncDir'd names vanish on crash, synced ones stay, a
// torn last write leaves a prefix, a crashed view never settles, ENOSPC and
// failed syncs change nothing durable, reads return copies, an unsynced bit
// flip damages only volatile bytes (and a torn write that keeps them).
// Method: scripted operations on one disk, crash, remount, inspect. Latency
// tests run the Scheduler to complete operations.

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { isFsError, type FileSystem } from '../../src/env/file-system.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

function setup(options = {}): { s: Scheduler; disk: SimDisk; fs: FileSystem; random: SeededRandom } {
  const s = new Scheduler();
  const random = SeededRandom.fromSeed(42);
  const disk = new SimDisk(s, random.fork('disk'), options);
  return { s, disk, fs: disk.mount(), random };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isFsError(error) ? error.code : error).toBe(code);
}

/** Whether `promise` settled after letting the scheduler run everything. */
async function settles(s: Scheduler, promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  await s.run({ untilMs: s.now + 10_000 });
  return settled;
}

describe('SimDisk basics', () => {
  it('implements open/write/append/read/truncate/list/rename/remove', async () => {
    const { fs } = setup();
    await fs.mkdir('/data/logs');
    const f = await fs.open('/data/logs/a', { create: true });
    expect(await f.append(bytes('hello'))).toBe(0);
    expect(await f.append(bytes(' world'))).toBe(5);
    await f.write(0, bytes('J'));
    expect(text(await f.read(0, 100))).toBe('Jello world');
    await f.truncate(5);
    expect(await f.size()).toBe(5);
    await f.truncate(7);
    expect([...(await f.read(5, 10))]).toEqual([0, 0]);
    expect(await fs.list('/data/logs')).toEqual(['a']);
    await fs.rename('/data/logs/a', '/data/b');
    expect(await fs.list('/data')).toEqual(['b', 'logs']);
    expect(await fs.exists('/data/logs/a')).toBe(false);
    await fs.remove('/data');
    expect(await fs.exists('/data/b')).toBe(false);
    await fs.remove('/data'); // missing is fine
    await expectCode(fs.open('/nope'), 'ENOENT');
    await expectCode(fs.open('/x/y', { create: true }), 'ENOENT');
    await expectCode(fs.list('/nope'), 'ENOENT');
    await f.close();
    await expectCode(f.size(), 'EBADF');
  });

  it('exclusive create, EISDIR, ENOTEMPTY', async () => {
    const { fs } = setup();
    await (await fs.open('f', { create: true })).close();
    await expectCode(fs.open('f', { create: true, exclusive: true }), 'EEXIST');
    await fs.mkdir('d/e');
    await expectCode(fs.open('d', { create: true }), 'EISDIR');
    await expectCode(fs.rename('f', 'd'), 'EISDIR');
    await fs.mkdir('g');
    await expectCode(fs.rename('g', 'd'), 'ENOTEMPTY');
  });

  it('reads return copies and writes copy their input', async () => {
    const { fs } = setup();
    const f = await fs.open('f', { create: true });
    const input = bytes('abc');
    await f.append(input);
    input[0] = 0x7a;
    const out = await fs.readFile('f');
    out[1] = 0x7a;
    expect(text(await fs.readFile('f'))).toBe('abc');
  });
});

describe('SimDisk durability', () => {
  it('loses unsynced bytes on crash and keeps synced ones', async () => {
    const { disk, fs, random } = setup();
    await fs.mkdir('d');
    await fs.syncDir('.');
    const f = await fs.open('d/log', { create: true });
    await fs.syncDir('d');
    await f.append(bytes('synced'));
    await f.sync();
    await f.append(bytes('-volatile'));
    expect(text(await fs.readFile('d/log'))).toBe('synced-volatile');
    disk.crash(random, { tearLastWrite: false });
    const fs2 = disk.mount();
    expect(text(await fs2.readFile('d/log'))).toBe('synced');
  });

  it('a created file is gone after crash without syncDir, even if its data was synced', async () => {
    const { disk, fs, random } = setup();
    const f = await fs.open('new', { create: true });
    await f.append(bytes('x'));
    await f.sync();
    disk.crash(random, { tearLastWrite: false });
    expect(await disk.mount().exists('new')).toBe(false);
  });

  it('rename is not durable until syncDir of the parent', async () => {
    const { disk, fs, random } = setup();
    const tmp = await fs.open('meta.tmp', { create: true });
    await tmp.append(bytes('v2'));
    await tmp.sync();
    const old = await fs.open('meta', { create: true });
    await old.append(bytes('v1'));
    await old.sync();
    await fs.syncDir('.');
    await fs.rename('meta.tmp', 'meta');
    disk.crash(random, { tearLastWrite: false });
    let view = disk.mount();
    expect(text(await view.readFile('meta'))).toBe('v1');
    expect(await view.exists('meta.tmp')).toBe(true);
    await view.rename('meta.tmp', 'meta');
    await view.syncDir('.');
    disk.crash(random, { tearLastWrite: false });
    view = disk.mount();
    expect(text(await view.readFile('meta'))).toBe('v2');
    expect(await view.list('.')).toEqual(['meta']);
  });

  it('a torn last write leaves a prefix of it, which is then durable', async () => {
    const lengths = new Set<number>();
    for (let seed = 0; seed < 40; seed++) {
      const { disk, fs } = setup();
      const f = await fs.open('log', { create: true });
      await fs.syncDir('.');
      await f.append(bytes('AAAA'));
      await f.sync();
      await f.append(bytes('BBBBBBBB'));
      disk.crash(SeededRandom.fromSeed(seed), { tearLastWrite: true });
      const after = text(await disk.mount().readFile('log'));
      expect('AAAABBBBBBBB'.startsWith(after) && after.startsWith('AAAA')).toBe(true);
      lengths.add(after.length);
      disk.crash(SeededRandom.fromSeed(seed), { tearLastWrite: true });
      expect(text(await disk.mount().readFile('log'))).toBe(after);
    }
    expect(lengths.size).toBeGreaterThan(3); // prefixes of several lengths occur
  });

  it('a crashed view never settles, pending or new', async () => {
    const { s, random } = setup();
    const disk = new SimDisk(s, random.fork('slow'), { ioLatencyMs: [5, 5], syncLatencyMs: [10, 10] });
    const fs = disk.mount();
    const opening = fs.open('x', { create: true });
    await s.run({ untilMs: 5 });
    const f = await opening;
    const pendingSync = f.sync();
    const pendingWrite = f.append(bytes('a'));
    disk.crash(random, { tearLastWrite: false });
    expect(await settles(s, pendingSync)).toBe(false);
    expect(await settles(s, pendingWrite)).toBe(false);
    expect(await settles(s, fs.readFile('x'))).toBe(false);
    expect(await settles(s, f.size())).toBe(false);
  });

  it('ENOSPC fails writes, appends and growing truncates and changes nothing', async () => {
    const { disk, fs } = setup();
    const f = await fs.open('f', { create: true });
    await f.append(bytes('abc'));
    disk.enospc = true;
    await expectCode(f.append(bytes('d')), 'ENOSPC');
    await expectCode(f.write(1, bytes('zz')), 'ENOSPC');
    await expectCode(f.truncate(10), 'ENOSPC');
    await f.truncate(2); // shrinking needs no space
    expect(text(await fs.readFile('f'))).toBe('ab');
    disk.enospc = false;
    await f.append(bytes('c'));
    expect(text(await fs.readFile('f'))).toBe('abc');
  });

  it('a failed sync makes nothing new durable', async () => {
    const { disk, fs, random } = setup();
    const f = await fs.open('f', { create: true });
    await fs.syncDir('.');
    await f.append(bytes('one'));
    await f.sync();
    await f.append(bytes('two'));
    disk.syncFailureProbability = 1;
    await expectCode(f.sync(), 'EIO');
    await fs.mkdir('newdir');
    await expectCode(fs.syncDir('.'), 'EIO');
    disk.syncFailureProbability = 0;
    disk.crash(random, { tearLastWrite: false });
    const view = disk.mount();
    expect(text(await view.readFile('f'))).toBe('one');
    expect(await view.exists('newdir')).toBe(false);
  });

  it('wipe removes everything; bitFlip flips exactly one bit in durable and current bytes', async () => {
    const { disk, fs, random } = setup();
    const f = await fs.open('f', { create: true });
    await fs.syncDir('.');
    await f.append(new Uint8Array(16));
    await f.sync();
    const flip = disk.bitFlip('f', random);
    expect(flip).not.toBeNull();
    const data = await fs.readFile('f');
    expect(data.reduce((n, b) => n + (b === 0 ? 0 : 1), 0)).toBe(1);
    disk.crash(random, { tearLastWrite: false });
    expect(await disk.mount().readFile('f')).toEqual(data);
    expect(disk.snapshotForDebug()).toEqual([{ path: '/f', durableSize: 16, currentSize: 16, inCurrent: true, inDurable: true }]);
    disk.wipe();
    expect(await disk.mount().list('.')).toEqual([]);
    expect(disk.snapshotForDebug()).toEqual([]);
  });

  it('bitFlipUnsynced flips one bit of the bytes written since the last sync, never the durable ones', async () => {
    const { disk, fs, random } = setup();
    const f = await fs.open('f', { create: true });
    await fs.syncDir('.');
    await f.append(new Uint8Array(4));
    await f.sync();
    expect(disk.bitFlipUnsynced('f', random)).toBeNull(); // nothing volatile
    expect(disk.bitFlipUnsynced('missing', random)).toBeNull();
    await f.append(new Uint8Array(8));
    const flip = disk.bitFlipUnsynced('f', random);
    expect(flip).not.toBeNull();
    expect(flip!.offset).toBeGreaterThanOrEqual(4);
    expect(flip!.offset).toBeLessThan(12);
    // A reread before the crash sees the damage.
    const data = await fs.readFile('f');
    expect([...data].map((b, i) => (b === 0 ? -1 : i)).filter((i) => i >= 0)).toEqual([flip!.offset]);
    expect(data[flip!.offset]).toBe(1 << flip!.bit);
    // Without a torn write the volatile bytes, damage included, are gone.
    disk.crash(random, { tearLastWrite: false });
    expect(await disk.mount().readFile('f')).toEqual(new Uint8Array(4));
  });

  it('a torn write that keeps a damaged unsynced byte keeps the damage', async () => {
    const { disk, fs, random } = setup();
    const f = await fs.open('f', { create: true });
    await fs.syncDir('.');
    await f.append(bytes('AAAA'));
    await f.sync();
    await f.append(bytes('BBBBBBBB'));
    const flip = disk.bitFlipUnsynced('f', random)!;
    const damaged = bytes('AAAABBBBBBBB');
    damaged[flip.offset] = damaged[flip.offset]! ^ (1 << flip.bit);
    // A crash whose torn write keeps the whole last write: Random.int(n) answers n - 1.
    const keepAll = { next: () => 0.999, int: (bound: number) => bound - 1, fork: () => keepAll };
    disk.crash(keepAll, { tearLastWrite: true });
    expect(await disk.mount().readFile('f')).toEqual(damaged);
  });

  it('operations complete after their latency via scheduler events', async () => {
    const { s, random } = setup();
    const disk = new SimDisk(s, random.fork('lat'), { ioLatencyMs: [3, 7], syncLatencyMs: [20, 30] });
    const fs = disk.mount();
    const times: number[] = [];
    const done = (async () => {
      const f = await fs.open('f', { create: true });
      times.push(s.now);
      await f.append(bytes('x'));
      await f.sync();
      times.push(s.now);
    })();
    await s.run();
    await done;
    expect(times[0]).toBeGreaterThanOrEqual(3);
    expect(times[0]).toBeLessThanOrEqual(7);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(23);
  });
});
