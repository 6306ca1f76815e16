// Goal: SnapshotStore publishes only complete checkpoints (write/loadLatest
// round trip, survives a crash once written), keeps the two newest, falls back
// to the older checkpoint when the newest is corrupt (deleting the corrupt
// one), removes leftover `.part` files, assembles chunked downloads into a
// byte-identical file (and rejects corrupt ones), and serves chunks for
// FetchSnapshot with correct bounds.
// Method: scripted scenarios on a SimDisk (zero latency: operations are simply
// awaited); corruption via SimDisk.bitFlip, crashes via SimDisk.crash.

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { FileSystem } from '../../src/env/file-system.js';
import { silentLogger } from '../../src/env/logger.js';
import { SnapshotStore, encodeSnapshotFile, snapshotFileName } from '../../src/raft/snapshot-store.js';
import type { SnapshotId } from '../../src/raft/types.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';
import { simDiskWithDir } from './sim-disk-fixture.js';

const dir = '/data/meta';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

interface Setup {
  disk: SimDisk;
  fs: FileSystem;
  random: SeededRandom;
  store: SnapshotStore;
}

async function setup(seed = 1): Promise<Setup> {
  const fixture = await simDiskWithDir(dir, seed);
  return { ...fixture, store: new SnapshotStore(fixture.fs, dir, silentLogger) };
}

function crash(s: Setup): SnapshotStore {
  s.disk.crash(s.random.fork('crash'), { tearLastWrite: true });
  s.fs = s.disk.mount();
  s.store = new SnapshotStore(s.fs, dir, silentLogger);
  return s.store;
}

const path = (id: SnapshotId): string => `${dir}/${snapshotFileName(id)}`;
const checkpoints = async (fs: FileSystem): Promise<string[]> => (await fs.list(dir)).filter((n) => n.includes('.checkpoint'));

/** A payload of `size` pseudo-random bytes. */
function payloadOf(size: number, seed: number): Uint8Array {
  const random = SeededRandom.fromSeed(`payload-${seed}`);
  return Uint8Array.from({ length: size }, () => random.int(256));
}

describe('SnapshotStore', () => {
  it('names files <endOffset:020>-<epoch:010>.checkpoint', () => {
    expect(snapshotFileName({ endOffset: 1234, epoch: 7 })).toBe('00000000000000001234-0000000007.checkpoint');
  });

  it('returns null when there is no checkpoint', async () => {
    const s = await setup();
    expect(await s.store.loadLatest()).toBeNull();
  });

  it('write then loadLatest round-trips, also after a crash', async () => {
    const s = await setup();
    const id = { endOffset: 100, epoch: 3 };
    const payload = payloadOf(1000, 1);
    await s.store.write(id, payload);
    expect(await checkpoints(s.fs)).toEqual([snapshotFileName(id)]);
    expect(await s.store.loadLatest()).toEqual({ id, payload });
    expect(await crash(s).loadLatest()).toEqual({ id, payload });
    // An empty payload is a valid snapshot too.
    await s.store.write({ endOffset: 200, epoch: 4 }, new Uint8Array(0));
    expect(await crash(s).loadLatest()).toEqual({ id: { endOffset: 200, epoch: 4 }, payload: new Uint8Array(0) });
  });

  it('loads the newest by end offset and keeps only the two newest', async () => {
    const s = await setup();
    const ids = [
      { endOffset: 10, epoch: 1 },
      { endOffset: 30, epoch: 2 },
      { endOffset: 20, epoch: 2 },
      { endOffset: 40, epoch: 5 },
    ];
    for (const [i, id] of ids.entries()) await s.store.write(id, bytes(`state ${i}`));
    expect(await checkpoints(s.fs)).toEqual([snapshotFileName({ endOffset: 30, epoch: 2 }), snapshotFileName({ endOffset: 40, epoch: 5 })]);
    expect(await s.store.loadLatest()).toEqual({ id: { endOffset: 40, epoch: 5 }, payload: bytes('state 3') });
  });

  it('a corrupt newest checkpoint falls back to the older one and is deleted', async () => {
    for (let seed = 0; seed < 10; seed++) {
      const s = await setup(seed);
      const older = { endOffset: 50, epoch: 2 };
      const newer = { endOffset: 80, epoch: 3 };
      await s.store.write(older, bytes('older state'));
      await s.store.write(newer, bytes('newer state'));
      expect(s.disk.bitFlip(path(newer), s.random.fork('flip'))).not.toBeNull();
      expect(await s.store.loadLatest()).toEqual({ id: older, payload: bytes('older state') });
      expect(await checkpoints(s.fs)).toEqual([snapshotFileName(older)]);
    }
  });

  it('all checkpoints corrupt: null, and all are deleted', async () => {
    const s = await setup();
    await s.store.write({ endOffset: 1, epoch: 1 }, bytes('a'));
    await s.store.write({ endOffset: 2, epoch: 1 }, bytes('b'));
    s.disk.bitFlip(path({ endOffset: 1, epoch: 1 }), s.random.fork('f1'));
    s.disk.bitFlip(path({ endOffset: 2, epoch: 1 }), s.random.fork('f2'));
    expect(await s.store.loadLatest()).toBeNull();
    expect(await checkpoints(s.fs)).toEqual([]);
  });

  it('a crash in the middle of a write leaves the previous checkpoint and a .part that loadLatest removes', async () => {
    const s = await setup();
    const id = { endOffset: 10, epoch: 1 };
    await s.store.write(id, bytes('first'));
    // A .part as an interrupted write or download leaves it, made durable.
    const part = await s.fs.open(`${path({ endOffset: 20, epoch: 1 })}.part`, { create: true });
    await part.write(0, encodeSnapshotFile(bytes('second')).subarray(0, 5));
    await part.sync();
    await s.fs.syncDir(dir);
    const store = crash(s);
    expect(await checkpoints(s.fs)).toContain(`${snapshotFileName({ endOffset: 20, epoch: 1 })}.part`);
    expect(await store.loadLatest()).toEqual({ id, payload: bytes('first') });
    expect(await checkpoints(s.fs)).toEqual([snapshotFileName(id)]);
  });

  it('a chunked download produces a byte-identical file and the payload', async () => {
    const leader = await setup(1);
    const follower = await setup(2);
    const id = { endOffset: 500, epoch: 9 };
    const payload = payloadOf(10_000, 2);
    await leader.store.write(id, payload);
    const size = await leader.store.size(id);
    expect(size).toBe(8 + payload.byteLength);
    let position = 0;
    while (position < size) {
      const chunk = await leader.store.readChunk(id, position, 777);
      expect(chunk).not.toBeNull();
      expect(chunk!.size).toBe(size);
      await follower.store.writeChunk(id, position, chunk!.bytes);
      position += chunk!.bytes.byteLength;
    }
    expect(await follower.store.finishDownload(id)).toEqual(payload);
    expect(await follower.fs.readFile(path(id))).toEqual(await leader.fs.readFile(path(id)));
    // Published durably: visible after a crash, and loadLatest returns it.
    expect(await crash(follower).loadLatest()).toEqual({ id, payload });
  });

  it('a restarted download (position 0 again) discards the earlier bytes', async () => {
    const s = await setup();
    const id = { endOffset: 7, epoch: 1 };
    const file = encodeSnapshotFile(bytes('the real state'));
    await s.store.writeChunk(id, 0, payloadOf(100, 3)); // a longer, abandoned attempt
    await s.store.writeChunk(id, 0, file.subarray(0, 10));
    await s.store.writeChunk(id, 10, file.subarray(10));
    expect(await s.store.finishDownload(id)).toEqual(bytes('the real state'));
  });

  it('a corrupt download returns null and removes the .part', async () => {
    const s = await setup();
    const id = { endOffset: 70, epoch: 2 };
    const file = encodeSnapshotFile(payloadOf(300, 4));
    file[150] = file[150]! ^ 0x01;
    await s.store.writeChunk(id, 0, file.subarray(0, 200));
    await s.store.writeChunk(id, 200, file.subarray(200));
    expect(await s.store.finishDownload(id)).toBeNull();
    expect(await checkpoints(s.fs)).toEqual([]);

    // A truncated download (a missing last chunk) is corrupt as well.
    const good = encodeSnapshotFile(payloadOf(300, 5));
    await s.store.writeChunk(id, 0, good.subarray(0, 200));
    expect(await s.store.finishDownload(id)).toBeNull();
    expect(await s.store.loadLatest()).toBeNull();
  });

  it('readChunk serves bounded chunks, an empty one at the end, null past the end or for a missing file', async () => {
    const s = await setup();
    const id = { endOffset: 5, epoch: 1 };
    await s.store.write(id, bytes('0123456789'));
    const file = await s.fs.readFile(path(id));
    expect(file.byteLength).toBe(18);
    expect(await s.store.readChunk(id, 0, 4)).toEqual({ size: 18, bytes: file.subarray(0, 4) });
    expect(await s.store.readChunk(id, 16, 100)).toEqual({ size: 18, bytes: file.subarray(16) });
    expect(await s.store.readChunk(id, 18, 100)).toEqual({ size: 18, bytes: new Uint8Array(0) });
    expect(await s.store.readChunk(id, 19, 100)).toBeNull();
    expect(await s.store.readChunk({ endOffset: 6, epoch: 1 }, 0, 100)).toBeNull();
  });
});
