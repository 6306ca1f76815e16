// Goal: NodeFileSystem honours the FileSystem port (src/env/file-system.ts) on a
// real disk: every method works, append positions are right, and failures are
// FsErrors with the port's codes.
// Method: each test gets a fresh directory under os.tmpdir(), removed
// afterwards; setup and checks go through node:fs directly where that makes
// the assertion independent of the adapter. (Crash durability is not testable
// here; the simulator's in-memory file system checks the callers' use of sync.)

import { mkdtemp, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsError, isFsError, type FsErrorCode } from '../../src/env/file-system.js';
import { NodeFileSystem } from '../../src/env/node/node-file-system.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const text = (data: Uint8Array): string => new TextDecoder().decode(data);

async function expectFsError(promise: Promise<unknown>, code: FsErrorCode, path?: string): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FsError);
  expect(isFsError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
  if (path !== undefined) expect((error as FsError).path).toBe(path);
}

describe('NodeFileSystem', () => {
  const fs = new NodeFileSystem();
  let dir: string;
  const at = (name: string): string => join(dir, name);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skiff-fs-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('open', () => {
    it('fails with ENOENT for a missing file without create', async () => {
      await expectFsError(fs.open(at('missing')), 'ENOENT', at('missing'));
      expect(await fs.exists(at('missing'))).toBe(false);
    });

    it('creates with create, and fails with EEXIST for create+exclusive on an existing file', async () => {
      const handle = await fs.open(at('f'), { create: true, exclusive: true });
      expect(handle.path).toBe(at('f'));
      expect(await handle.size()).toBe(0);
      await handle.close();
      await expectFsError(fs.open(at('f'), { create: true, exclusive: true }), 'EEXIST', at('f'));
      // create without exclusive opens the existing file without truncating it.
      await writeFile(at('f'), 'keep');
      const again = await fs.open(at('f'), { create: true });
      expect(await again.size()).toBe(4);
      await again.close();
    });

    it('fails with EISDIR on a directory and ENOTDIR under a file', async () => {
      await expectFsError(fs.open(dir), 'EISDIR');
      await writeFile(at('file'), '');
      await expectFsError(fs.open(join(at('file'), 'child'), { create: true }), 'ENOTDIR');
    });
  });

  describe('FileHandle', () => {
    it('writes at positions, zero-fills holes, and reads back exactly', async () => {
      const handle = await fs.open(at('f'), { create: true });
      await handle.write(0, bytes('hello world'));
      await handle.write(6, bytes('WORLD'));
      await handle.write(14, bytes('!'));
      expect(await handle.size()).toBe(15);
      expect(await handle.read(0, 15)).toEqual(new Uint8Array([...bytes('hello WORLD'), 0, 0, 0, ...bytes('!')]));
      await handle.close();
    });

    it('read returns a plain Uint8Array copy, short at end of file, empty past it', async () => {
      await writeFile(at('f'), 'abcdef');
      const handle = await fs.open(at('f'));
      const middle = await handle.read(2, 3);
      expect(Object.getPrototypeOf(middle)).toBe(Uint8Array.prototype);
      expect(text(middle)).toBe('cde');
      const tail = await handle.read(4, 100);
      expect(tail.length).toBe(2);
      expect(tail.byteLength).toBe(tail.buffer.byteLength); // not a view into a larger buffer
      expect(text(tail)).toBe('ef');
      expect((await handle.read(6, 10)).length).toBe(0);
      expect((await handle.read(100, 10)).length).toBe(0);
      expect((await handle.read(0, 0)).length).toBe(0);
      // A huge length is clamped to what exists rather than allocated.
      expect(text(await handle.read(1, Number.MAX_SAFE_INTEGER - 1))).toBe('bcdef');
      middle.fill(0);
      expect(text(await handle.read(0, 6))).toBe('abcdef');
      await handle.close();
    });

    it('append returns the position written at, starting from the existing size', async () => {
      await writeFile(at('log'), 'xyz');
      const handle = await fs.open(at('log'));
      expect(await handle.append(bytes('ab'))).toBe(3);
      expect(await handle.append(bytes(''))).toBe(5);
      expect(await handle.append(bytes('cde'))).toBe(5);
      await handle.write(10, bytes('!')); // a write past the end moves the append point
      expect(await handle.append(bytes('z'))).toBe(11);
      await handle.write(0, bytes('X')); // a write inside the file does not
      expect(await handle.append(bytes('w'))).toBe(12);
      expect(await readFile(at('log'), 'latin1')).toBe('Xyzabcde\0\0!zw');
      await handle.close();
    });

    it('concurrent appends get disjoint consecutive ranges', async () => {
      const handle = await fs.open(at('log'), { create: true });
      const chunks = Array.from({ length: 20 }, (_, i) => bytes(String(i).padStart(3, '0')));
      const positions = await Promise.all(chunks.map((chunk) => handle.append(chunk)));
      expect(positions).toEqual(chunks.map((_, i) => i * 3));
      expect(await readFile(at('log'), 'latin1')).toBe(chunks.map(text).join(''));
      await handle.close();
    });

    it('truncate shrinks, extends with zeros, and moves the append point', async () => {
      const handle = await fs.open(at('f'), { create: true });
      await handle.append(bytes('0123456789'));
      await handle.truncate(4);
      expect(await handle.size()).toBe(4);
      expect(await handle.append(bytes('ab'))).toBe(4);
      await handle.truncate(8);
      expect(await handle.read(0, 100)).toEqual(new Uint8Array([...bytes('0123ab'), 0, 0]));
      expect(await handle.append(bytes('c'))).toBe(8);
      await handle.truncate(0);
      expect(await handle.size()).toBe(0);
      expect(await handle.append(bytes('d'))).toBe(0);
      await handle.close();
    });

    it('size() sees bytes written through another handle', async () => {
      const writer = await fs.open(at('f'), { create: true });
      const reader = await fs.open(at('f'));
      await writer.append(bytes('12345'));
      expect(await reader.size()).toBe(5);
      expect(text(await reader.read(0, 5))).toBe('12345');
      await writer.close();
      await reader.close();
    });

    it('sync succeeds and the bytes are on disk', async () => {
      const handle = await fs.open(at('f'), { create: true });
      await handle.append(bytes('durable'));
      await handle.sync();
      expect(await readFile(at('f'), 'utf8')).toBe('durable');
      await handle.close();
    });

    it('a closed handle fails with EBADF', async () => {
      const handle = await fs.open(at('f'), { create: true });
      await handle.close();
      await expectFsError(handle.read(0, 1), 'EBADF', at('f'));
      await expectFsError(handle.append(bytes('x')), 'EBADF');
      await expectFsError(handle.sync(), 'EBADF');
    });

    it('rejects negative or fractional positions as programming errors, not FsErrors', async () => {
      const handle = await fs.open(at('f'), { create: true });
      await expect(handle.read(-1, 1)).rejects.toThrow(/position/);
      await expect(handle.write(1.5, bytes('x'))).rejects.toThrow(/position/);
      await expect(handle.truncate(-1)).rejects.not.toBeInstanceOf(FsError);
      await handle.close();
    });
  });

  describe('readFile / exists', () => {
    it('reads a whole file as a plain Uint8Array', async () => {
      await writeFile(at('f'), 'contents');
      const data = await fs.readFile(at('f'));
      expect(Object.getPrototypeOf(data)).toBe(Uint8Array.prototype);
      expect(text(data)).toBe('contents');
      expect((await fs.readFile(at('f'))).length).toBe(8);
    });

    it('fails with ENOENT when missing and EISDIR on a directory', async () => {
      await expectFsError(fs.readFile(at('missing')), 'ENOENT', at('missing'));
      await expectFsError(fs.readFile(dir), 'EISDIR');
    });

    it('exists is true for files and directories, false for missing paths and paths under a file', async () => {
      await writeFile(at('f'), '');
      expect(await fs.exists(at('f'))).toBe(true);
      expect(await fs.exists(dir)).toBe(true);
      expect(await fs.exists(at('missing'))).toBe(false);
      expect(await fs.exists(join(at('f'), 'child'))).toBe(false);
    });
  });

  describe('directories', () => {
    it('list returns sorted entry names (files and directories)', async () => {
      for (const name of ['b', 'a10', 'a2', 'C', '00000000000000000010.log', '00000000000000000002.log']) {
        await writeFile(at(name), '');
      }
      await mkdir(at('sub'));
      expect(await fs.list(dir)).toEqual(['00000000000000000002.log', '00000000000000000010.log', 'C', 'a10', 'a2', 'b', 'sub']);
      expect(await fs.list(at('sub'))).toEqual([]);
    });

    it('list fails with ENOENT for a missing directory and ENOTDIR for a file', async () => {
      await expectFsError(fs.list(at('missing')), 'ENOENT', at('missing'));
      await writeFile(at('f'), '');
      await expectFsError(fs.list(at('f')), 'ENOTDIR');
    });

    it('mkdir creates parents and tolerates an existing directory', async () => {
      await fs.mkdir(at('a/b/c'));
      expect((await stat(at('a/b/c'))).isDirectory()).toBe(true);
      await fs.mkdir(at('a/b/c'));
      await fs.mkdir(at('a'));
      await writeFile(at('file'), '');
      await expectFsError(fs.mkdir(at('file')), 'EEXIST');
      await expectFsError(fs.mkdir(at('file/sub')), 'ENOTDIR');
    });

    it('syncDir succeeds on a directory, ENOENT when missing, ENOTDIR on a file', async () => {
      await fs.open(at('new'), { create: true }).then((h) => h.close());
      await fs.syncDir(dir);
      await expectFsError(fs.syncDir(at('missing')), 'ENOENT', at('missing'));
      await writeFile(at('f'), '');
      await expectFsError(fs.syncDir(at('f')), 'ENOTDIR');
    });
  });

  describe('rename / remove', () => {
    it('rename moves a file and atomically replaces an existing target', async () => {
      await writeFile(at('checkpoint.tmp'), 'new');
      await writeFile(at('checkpoint'), 'old');
      await fs.rename(at('checkpoint.tmp'), at('checkpoint'));
      expect(await readFile(at('checkpoint'), 'utf8')).toBe('new');
      expect(await fs.list(dir)).toEqual(['checkpoint']);
    });

    it('rename fails with ENOENT for a missing source and ENOTEMPTY onto a non-empty directory', async () => {
      await expectFsError(fs.rename(at('missing'), at('x')), 'ENOENT');
      await mkdir(at('src'));
      await mkdir(at('dst'));
      await writeFile(at('dst/f'), '');
      await expectFsError(fs.rename(at('src'), at('dst')), 'ENOTEMPTY');
    });

    it('remove deletes files and whole directory trees, and tolerates missing paths', async () => {
      await writeFile(at('f'), '');
      await mkdir(at('d/e'), { recursive: true });
      await writeFile(at('d/e/g'), 'x');
      await fs.remove(at('f'));
      await fs.remove(at('d'));
      expect(await fs.list(dir)).toEqual([]);
      await fs.remove(at('f'));
      await fs.remove(at('never/existed'));
      await writeFile(at('file'), '');
      await fs.remove(join(at('file'), 'child'));
      expect(await fs.exists(at('file'))).toBe(true);
    });
  });

  it('maps other system errors to EIO with the original as cause', async () => {
    // ENAMETOOLONG is not a port code (and, unlike EACCES, also happens as root).
    const error: unknown = await fs.readFile(at('x'.repeat(300))).catch((e: unknown) => e);
    expect(isFsError(error, 'EIO')).toBe(true);
    expect(((error as FsError).cause as NodeJS.ErrnoException).code).toBe('ENAMETOOLONG');
  });
});
