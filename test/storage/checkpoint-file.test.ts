// Goal: checkpoint files round-trip their lines, read a missing file as null,
// survive a crash right after a write resolves, leave the old or the new file
// (never a mix) when a crash interrupts a write, and report every corrupt or
// malformed file as SkiffError KAFKA_STORAGE_ERROR naming the file.
// Method: scripted cases on a SimDisk (crashes with torn writes, bit flips),
// hand-built files with valid checksums for the structural checks, and one
// round trip through the real NodeFileSystem in a temporary directory.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssertionError } from '../../src/common/assert.js';
import { crc32c } from '../../src/common/crc32c.js';
import { isSkiffError } from '../../src/common/errors.js';
import { mkdirDurable, type FileSystem } from '../../src/env/file-system.js';
import { NodeFileSystem } from '../../src/env/node/node-file-system.js';
import { readCheckpoint, readCheckpointFile, writeCheckpoint, writeCheckpointFile } from '../../src/storage/checkpoint-file.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';

const dir = '/data/topic-0';
const name = 'test-checkpoint';
const path = `${dir}/${name}`;

async function writeRaw(fs: FileSystem, bytes: Uint8Array | string): Promise<void> {
  const handle = await fs.open(path, { create: true });
  await handle.truncate(0);
  await handle.write(0, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  await handle.close();
}

/** `body` followed by its correct checksum line. */
function withCrc(body: string): string {
  return `${body}crc ${crc32c(new TextEncoder().encode(body)).toString(16).padStart(8, '0')}\n`;
}

/** A file whose one entry is not UTF-8 but whose checksum is right. */
function invalidUtf8WithCrc(): Uint8Array {
  const body = new Uint8Array([0x30, 0x0a, 0x31, 0x0a, 0xff, 0x0a]);
  const trailer = new TextEncoder().encode(`crc ${crc32c(body).toString(16).padStart(8, '0')}\n`);
  return new Uint8Array([...body, ...trailer]);
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

function expectStorageError(error: unknown, label: string): void {
  expect(isSkiffError(error) ? error.code : error, label).toBe('KAFKA_STORAGE_ERROR');
  expect((error as Error).message, label).toContain(path);
}

describe('checkpoint files on SimDisk', () => {
  it('a missing file reads as null', async () => {
    const { fs } = await simDiskWithDir(dir);
    expect(await readCheckpointFile(fs, path)).toBeNull();
    expect(await readCheckpoint(fs, path, Number)).toBeNull();
  });

  it('round-trips lines, the last write winning, and leaves no tmp file', async () => {
    const { fs } = await simDiskWithDir(dir);
    for (const lines of [['a b', 'c'], [], ['0 0'], ['x', '', 'ünïcødé', 'y z w']]) {
      await writeCheckpointFile(fs, dir, name, lines);
      expect(await readCheckpointFile(fs, path)).toEqual(lines);
    }
    expect(await fs.list(dir)).toEqual([name]);
  });

  it('writes version, count, entries and a CRC-32C trailer', async () => {
    const { fs } = await simDiskWithDir(dir);
    await writeCheckpointFile(fs, dir, name, ['3 10', '5 42']);
    expect(new TextDecoder().decode(await fs.readFile(path))).toBe(withCrc('0\n2\n3 10\n5 42\n'));
  });

  it('round-trips typed entries through the generic API', async () => {
    const { fs } = await simDiskWithDir(dir);
    const entries = [{ id: 1, tag: 'a' }, { id: 20, tag: 'b' }];
    await writeCheckpoint(fs, dir, name, entries, (e) => `${e.id} ${e.tag}`);
    const parse = (line: string): { id: number; tag: string } | undefined => {
      const [id, tag] = line.split(' ');
      return id === undefined || tag === undefined ? undefined : { id: Number(id), tag };
    };
    expect(await readCheckpoint(fs, path, parse)).toEqual(entries);
    // A line the parser rejects makes the file corrupt.
    expectStorageError(await errorOf(readCheckpoint(fs, path, () => undefined)), 'rejected line');
  });

  it('refuses to write a line containing a newline', async () => {
    const { fs } = await simDiskWithDir(dir);
    await expect(writeCheckpointFile(fs, dir, name, ['a\nb'])).rejects.toBeInstanceOf(AssertionError);
    expect(await fs.exists(path)).toBe(false);
  });

  it('a single flipped bit anywhere is KAFKA_STORAGE_ERROR', async () => {
    const flipped = new Set<number>();
    for (let seed = 0; seed < 60; seed++) {
      const { disk, fs, random } = await simDiskWithDir(dir, seed);
      await writeCheckpointFile(fs, dir, name, ['1 0', '2 100', '7 12345']);
      const flip = disk.bitFlip(path, random.fork('flip'));
      expect(flip).not.toBeNull();
      flipped.add(flip?.offset ?? -1);
      expectStorageError(await errorOf(readCheckpointFile(fs, path)), `seed ${seed} flip ${JSON.stringify(flip)}`);
    }
    // The flips landed in the header, the entries and the trailer alike.
    expect(Math.min(...flipped)).toBeLessThan(4);
    expect(Math.max(...flipped)).toBeGreaterThan(20);
  });

  it('malformed files are KAFKA_STORAGE_ERROR', async () => {
    const malformed: (string | Uint8Array)[] = [
      '',
      '\n',
      'garbage',
      '0\n1\na\n',
      '0\n1\na\ncrc 00000000\n',
      withCrc('0\n1\na\n').slice(0, -1),
      withCrc('0\n1\na\n').toUpperCase(),
      withCrc(''),
      withCrc('0\n'),
      withCrc('1\n1\na\n'),
      withCrc('0\n2\na\n'),
      withCrc('0\n0\na\n'),
      withCrc('0\n01\na\n'),
      withCrc('0\n-1\n'),
      withCrc('0\nx\n'),
      withCrc('0\n1\na'),
      withCrc('0\n0\n') + '0\n0\n',
      invalidUtf8WithCrc(),
    ];
    for (const contents of malformed) {
      const { fs } = await simDiskWithDir(dir);
      await writeRaw(fs, contents);
      expectStorageError(await errorOf(readCheckpointFile(fs, path)), `contents ${JSON.stringify(typeof contents === 'string' ? contents : [...contents])}`);
    }
  });

  it('the smallest well-formed file holds no entries', async () => {
    const { fs } = await simDiskWithDir(dir);
    await writeRaw(fs, withCrc('0\n0\n'));
    expect(await readCheckpointFile(fs, path)).toEqual([]);
  });

  it('a crash right after a write resolves keeps it', async () => {
    for (let seed = 0; seed < 10; seed++) {
      const { disk, fs, random } = await simDiskWithDir(dir, seed);
      await writeCheckpointFile(fs, dir, name, ['old']);
      await writeCheckpointFile(fs, dir, name, ['new', 'lines']);
      disk.crash(random.fork('crash'), { tearLastWrite: true });
      expect(await readCheckpointFile(disk.mount(), path)).toEqual(['new', 'lines']);
    }
  });

  it('a crash during a write leaves the old or the new file, never a mix', async () => {
    const oldLines = ['1 0', '2 10'];
    const newLines = ['1 0', '3 20', '4 30', '5 40'];
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const { disk, fs, random } = await simDiskWithDir(dir, seed);
      await writeCheckpointFile(fs, dir, name, oldLines);
      // Crash after k microtask turns of the second write.
      const ticks = random.int(14);
      void writeCheckpointFile(fs, dir, name, newLines).catch(() => {});
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      disk.crash(random.fork('crash'), { tearLastWrite: true });
      const after = disk.mount();
      const read = await readCheckpointFile(after, path);
      expect([oldLines, newLines]).toContainEqual(read);
      outcomes.add(JSON.stringify(read));
      // A tmp file left behind does not get in the way of the next write.
      await writeCheckpointFile(after, dir, name, ['next']);
      expect(await readCheckpointFile(after, path)).toEqual(['next']);
    }
    expect(outcomes.size).toBe(2);
  });

  it('a crash during the first write leaves no file or the new one', async () => {
    const outcomes = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const { disk, fs, random } = await simDiskWithDir(dir, seed);
      const ticks = random.int(14);
      void writeCheckpointFile(fs, dir, name, ['only']).catch(() => {});
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      disk.crash(random.fork('crash'), { tearLastWrite: true });
      const read = await readCheckpointFile(disk.mount(), path);
      expect([null, ['only']]).toContainEqual(read);
      outcomes.add(JSON.stringify(read));
    }
    expect(outcomes.size).toBe(2);
  });
});

describe('checkpoint files on the real disk', () => {
  it('round-trips through NodeFileSystem in a temporary directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'skiff-checkpoint-'));
    try {
      const fs = new NodeFileSystem();
      const dataDir = join(root, 'topic-0');
      await mkdirDurable(fs, dataDir);
      const file = join(dataDir, name);
      expect(await readCheckpointFile(fs, file)).toBeNull();
      await writeCheckpointFile(fs, dataDir, name, ['1 0']);
      await writeCheckpointFile(fs, dataDir, name, ['1 0', '2 7']);
      expect(await readCheckpointFile(fs, file)).toEqual(['1 0', '2 7']);
      expect(await readFile(file, 'utf8')).toBe(withCrc('0\n2\n1 0\n2 7\n'));
      expect(await fs.list(dataDir)).toEqual([name]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
