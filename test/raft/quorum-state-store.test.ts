// Goal: QuorumStateStore, the durable election state (epoch, votedId,
// leaderId), reads epoch 0 from a missing file, round-trips what it writes,
// keeps a write across a crash right after it resolves, never leaves a torn
// mix, and reports unreadable contents as SkiffError KAFKA_STORAGE_ERROR.
// Method: scripted cases on a SimDisk (zero latency; crashes with torn writes),
// garbage written straight to the file, and one round trip through the real
// NodeFileSystem in a temporary directory that is removed afterwards.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { nodeId } from '../../src/common/ids.js';
import { mkdirDurable, type FileSystem } from '../../src/env/file-system.js';
import { NodeFileSystem } from '../../src/env/node/node-file-system.js';
import { QuorumStateStore } from '../../src/raft/quorum-state-store.js';
import type { QuorumStateData } from '../../src/raft/types.js';
import { simDiskWithDir, type SimDiskFixture } from './sim-disk-fixture.js';

const dir = '/data/meta';

const setup = (seed = 1): Promise<SimDiskFixture> => simDiskWithDir(dir, seed);

async function writeRaw(fs: FileSystem, text: string): Promise<void> {
  const handle = await fs.open(`${dir}/quorum-state`, { create: true });
  await handle.truncate(0);
  await handle.write(0, new TextEncoder().encode(text));
  await handle.close();
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

const state = (epoch: number, votedId: number | null, leaderId: number | null): QuorumStateData => ({
  epoch,
  votedId: votedId === null ? null : nodeId(votedId),
  leaderId: leaderId === null ? null : nodeId(leaderId),
});

describe('QuorumStateStore on SimDisk', () => {
  it('a missing file reads as epoch 0 with no vote and no leader', async () => {
    const { fs } = await setup();
    expect(await new QuorumStateStore(fs, dir).read()).toEqual(state(0, null, null));
  });

  it('round-trips writes, the last one winning', async () => {
    const { fs } = await setup();
    const store = new QuorumStateStore(fs, dir);
    for (const s of [state(1, 2, null), state(1, 2, 2), state(5, null, null), state(2 ** 40, 0, 7)]) {
      await store.write(s);
      expect(await store.read()).toEqual(s);
      expect(await new QuorumStateStore(fs, dir).read()).toEqual(s);
    }
    expect((await fs.list(dir)).filter((n) => n.startsWith('quorum-state'))).toEqual(['quorum-state']);
  });

  it('a crash right after a write keeps it', async () => {
    for (let seed = 0; seed < 10; seed++) {
      const { disk, fs, random } = await setup(seed);
      await new QuorumStateStore(fs, dir).write(state(3, 1, null));
      await new QuorumStateStore(fs, dir).write(state(4, 2, 2));
      disk.crash(random.fork('crash'), { tearLastWrite: true });
      expect(await new QuorumStateStore(disk.mount(), dir).read()).toEqual(state(4, 2, 2));
    }
  });

  it('a crash during a write leaves the old or the new state, never a mix', async () => {
    const outcomes = new Set<number>();
    for (let seed = 0; seed < 30; seed++) {
      const { disk, fs, random } = await setup(seed);
      const store = new QuorumStateStore(fs, dir);
      await store.write(state(3, 1, null));
      // Crash after k microtask turns of the second write.
      const ticks = random.int(12);
      void store.write(state(4, 2, 2)).catch(() => {});
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      disk.crash(random.fork('crash'), { tearLastWrite: true });
      const read = await new QuorumStateStore(disk.mount(), dir).read();
      expect([state(3, 1, null), state(4, 2, 2)]).toContainEqual(read);
      outcomes.add(read.epoch);
    }
    expect(outcomes).toEqual(new Set([3, 4]));
  });

  it('garbage contents are KAFKA_STORAGE_ERROR', async () => {
    const garbage = [
      '',
      'not json',
      '{"version":1,"epoch":3,"votedId":null',
      '{"version":2,"epoch":3,"votedId":null,"leaderId":null}',
      '{"epoch":3,"votedId":null,"leaderId":null}',
      '{"version":1,"votedId":null,"leaderId":null}',
      '{"version":1,"epoch":-1,"votedId":null,"leaderId":null}',
      '{"version":1,"epoch":1.5,"votedId":null,"leaderId":null}',
      '{"version":1,"epoch":"x","votedId":null,"leaderId":null}',
      '{"version":1,"epoch":3,"votedId":-2,"leaderId":null}',
      '{"version":1,"epoch":3,"votedId":null,"leaderId":"abc"}',
      '[]',
      '42',
    ];
    for (const text of garbage) {
      const { fs } = await setup();
      await writeRaw(fs, text);
      const error = await errorOf(new QuorumStateStore(fs, dir).read());
      expect(isSkiffError(error) ? error.code : error, `contents ${JSON.stringify(text)}`).toBe('KAFKA_STORAGE_ERROR');
    }
  });

  // Regression (fixed; found by this test): (src/raft/quorum-state-store.ts:61-63, parseQuorumState): valid JSON
  // that is not an object — `null` — is cast and dereferenced
  // (`record.epoch` on null), so read() throws a TypeError instead of the
  // SkiffError KAFKA_STORAGE_ERROR that every other unreadable file produces.
  it('a file containing JSON null is KAFKA_STORAGE_ERROR (not a TypeError)', async () => {
    const { fs } = await setup();
    await writeRaw(fs, 'null\n');
    const error = await errorOf(new QuorumStateStore(fs, dir).read());
    expect(isSkiffError(error) ? error.code : String(error)).toBe('KAFKA_STORAGE_ERROR');
  });

  // Regression (fixed; found by this test): (minor; src/raft/quorum-state-store.ts:62-65): fields are coerced
  // with Number(), so mistyped values are silently accepted instead of being
  // rejected as corrupt: epoch null/"" read as epoch 0, "7" as 7, votedId true
  // as node 1. The store never writes such files, so only corruption or a
  // hand edit produces them, but reading a damaged epoch as 0 would let a
  // voter vote again in epochs it already voted in.
  it('mistyped fields are rejected, not coerced', async () => {
    const mistyped = [
      '{"version":1,"epoch":null,"votedId":null,"leaderId":null}',
      '{"version":1,"epoch":"","votedId":null,"leaderId":null}',
      '{"version":1,"epoch":"7","votedId":null,"leaderId":null}',
      '{"version":1,"epoch":3,"votedId":true,"leaderId":null}',
      '{"version":1,"epoch":3,"votedId":null,"leaderId":"7"}',
    ];
    const accepted: string[] = [];
    for (const text of mistyped) {
      const { fs } = await setup();
      await writeRaw(fs, text);
      const error = await errorOf(new QuorumStateStore(fs, dir).read());
      if (!(isSkiffError(error) && error.code === 'KAFKA_STORAGE_ERROR')) accepted.push(text);
    }
    expect(accepted).toEqual([]);
  });
});

describe('QuorumStateStore on the real disk', () => {
  it('round-trips through NodeFileSystem in a temporary directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'skiff-quorum-state-'));
    try {
      const fs = new NodeFileSystem();
      const dataDir = join(root, 'meta');
      await mkdirDurable(fs, dataDir);
      const store = new QuorumStateStore(fs, dataDir);
      expect(await store.read()).toEqual(state(0, null, null));
      await store.write(state(6, 3, null));
      await store.write(state(7, 3, 3));
      expect(await new QuorumStateStore(fs, dataDir).read()).toEqual(state(7, 3, 3));
      const onDisk: unknown = JSON.parse(await readFile(join(dataDir, 'quorum-state'), 'utf8'));
      expect(onDisk).toEqual({ version: 1, epoch: 7, votedId: 3, leaderId: 3 });
      expect(await fs.list(dataDir)).toEqual(['quorum-state']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
