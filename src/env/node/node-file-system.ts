// NodeFileSystem: the FileSystem port over node:fs/promises.
//
// Contract (src/env/file-system.ts), and how this adapter meets it:
// - Written bytes are durable once FileHandle.sync() resolves: fdatasync(2).
// - Namespace changes (create, rename, remove, mkdir) are durable once
//   syncDir(parent) resolves: the directory is opened and fsync(2)ed.
// - rename is rename(2), which atomically replaces the target.
// - Every failure surfaces as FsError with the POSIX code, so core code (and
//   its tests against the simulator) sees the same errors on both adapters.
// Paths are used as given (absolute, or relative to the process cwd); core
// code builds them with src/common/path.ts.

import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { FileHandle as NodeHandle } from 'node:fs/promises';
import { assert } from '../../common/assert.js';
import { FsError, type FileHandle, type FileSystem, type FsErrorCode, type OpenOptions } from '../file-system.js';

const passThroughCodes: ReadonlySet<string> = new Set<FsErrorCode>([
  'ENOENT', 'EEXIST', 'ENOSPC', 'EIO', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EBADF',
]);

/** Reads larger than this are clamped to the file's size first, so a generous length does not allocate a huge buffer. */
const CLAMP_READS_ABOVE = 1 << 20;

/** A Node SystemError (errno-style failure of a syscall), as opposed to a programming error. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
    && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * Translates a Node error into the port's FsError. Codes the port names pass
 * through; EDQUOT (quota exhausted) is ENOSPC to the caller, since both mean
 * "no room to write"; every other system error (EACCES, EMFILE, EROFS, ...) is
 * EIO, the port's "the disk failed us", with the original as `cause`.
 * Non-system errors (invalid arguments: bugs, not I/O failures) are rethrown
 * unchanged so they are not mistaken for a failing disk.
 */
function toFsError(error: unknown, path: string): unknown {
  if (error instanceof FsError || !isSystemError(error)) return error;
  const code: FsErrorCode = passThroughCodes.has(error.code)
    ? (error.code as FsErrorCode)
    : error.code === 'EDQUOT' ? 'ENOSPC' : 'EIO';
  const mapped = new FsError(code, path, `${error.syscall} failed: ${error.message}`);
  mapped.cause = error;
  return mapped;
}

async function mapErrors<T>(path: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toFsError(error, path);
  }
}

/** Bad positions are bugs in the caller: AssertionError (a rejection, since callers are async), not FsError. */
function assertRange(position: number, length: number): void {
  assert(Number.isSafeInteger(position) && position >= 0, `file position must be a non-negative integer, got ${position}`);
  assert(Number.isSafeInteger(length) && length >= 0, `length must be a non-negative integer, got ${length}`);
}

class NodeFileHandle implements FileHandle {
  /**
   * Where the next append goes. Tracked here rather than via O_APPEND: with
   * O_APPEND, Linux ignores the position of pwrite(2) and every write lands at
   * the end, which would break write(position). Appends reserve their range
   * synchronously, so concurrent appends on one handle get disjoint,
   * consecutive ranges. This assumes the handle is the file's only appender.
   */
  private end: number;

  constructor(
    readonly path: string,
    private readonly handle: NodeHandle,
    initialSize: number,
  ) {
    this.end = initialSize;
  }

  size(): Promise<number> {
    // fstat rather than `end`: another handle (or process) may have written.
    return mapErrors(this.path, async () => (await this.handle.stat()).size);
  }

  async read(position: number, length: number): Promise<Uint8Array> {
    assertRange(position, length);
    return await mapErrors(this.path, async () => {
      let want = length;
      if (want > CLAMP_READS_ABOVE) want = Math.max(0, Math.min(want, (await this.handle.stat()).size - position));
      // A fresh Uint8Array (not a pooled Buffer), so the caller owns exactly these bytes.
      const buffer = new Uint8Array(want);
      let filled = 0;
      while (filled < want) {
        const { bytesRead } = await this.handle.read(buffer, filled, want - filled, position + filled);
        if (bytesRead === 0) break; // end of file
        filled += bytesRead;
      }
      return filled === want ? buffer : buffer.slice(0, filled);
    });
  }

  async write(position: number, bytes: Uint8Array): Promise<void> {
    assertRange(position, bytes.length);
    this.end = Math.max(this.end, position + bytes.length);
    await mapErrors(this.path, () => this.writeAll(position, bytes));
  }

  async append(bytes: Uint8Array): Promise<number> {
    const position = this.end;
    this.end += bytes.length;
    try {
      await mapErrors(this.path, () => this.writeAll(position, bytes));
    } catch (error) {
      // Give the range back if nothing was reserved after it, so the next
      // append overwrites whatever part of these bytes did reach the file
      // instead of leaving them as garbage before it.
      if (this.end === position + bytes.length) this.end = position;
      throw error;
    }
    return position;
  }

  async truncate(size: number): Promise<void> {
    assertRange(size, 0);
    this.end = size;
    await mapErrors(this.path, () => this.handle.truncate(size));
  }

  sync(): Promise<void> {
    // fdatasync, not fsync: it flushes the data plus the metadata needed to
    // read that data back. On Linux that includes the file size when a write
    // or truncate changed it (fdatasync(2): "unless that metadata is needed in
    // order to allow a subsequent data retrieval to be correctly handled"), so
    // appended bytes survive a crash; it only skips timestamps such as mtime,
    // saving a journal commit per sync.
    return mapErrors(this.path, () => this.handle.datasync());
  }

  close(): Promise<void> {
    return mapErrors(this.path, () => this.handle.close());
  }

  /** pwrite until every byte is written; a single write may be short. */
  private async writeAll(position: number, bytes: Uint8Array): Promise<void> {
    let written = 0;
    while (written < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, written, bytes.length - written, position + written);
      written += bytesWritten;
    }
  }
}

export class NodeFileSystem implements FileSystem {
  open(path: string, options: OpenOptions = {}): Promise<FileHandle> {
    // Read-write, never O_APPEND (see NodeFileHandle.end). O_EXCL only means
    // something together with O_CREAT.
    let flags = constants.O_RDWR;
    if (options.create) flags |= constants.O_CREAT;
    if (options.create && options.exclusive) flags |= constants.O_EXCL;
    return mapErrors(path, async () => {
      const handle = await fsp.open(path, flags, 0o644);
      try {
        return new NodeFileHandle(path, handle, (await handle.stat()).size);
      } catch (error) {
        await handle.close().catch(() => {});
        throw error;
      }
    });
  }

  readFile(path: string): Promise<Uint8Array> {
    // Copy out of the Buffer: it may be a view into a larger shared pool, and
    // callers expect a plain Uint8Array they own.
    return mapErrors(path, async () => new Uint8Array(await fsp.readFile(path)));
  }

  async exists(path: string): Promise<boolean> {
    try {
      await fsp.stat(path);
      return true;
    } catch (error) {
      // ENOTDIR: a parent component is a file, so the path cannot exist.
      if (isSystemError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return false;
      throw toFsError(error, path);
    }
  }

  list(dir: string): Promise<string[]> {
    // readdir's order is whatever the file system stores; the port promises sorted.
    return mapErrors(dir, async () => (await fsp.readdir(dir)).sort());
  }

  mkdir(dir: string): Promise<void> {
    return mapErrors(dir, async () => {
      await fsp.mkdir(dir, { recursive: true });
    });
  }

  rename(from: string, to: string): Promise<void> {
    return mapErrors(from, () => fsp.rename(from, to));
  }

  async remove(path: string): Promise<void> {
    try {
      // force: a missing path is not an error.
      await fsp.rm(path, { recursive: true, force: true });
    } catch (error) {
      // A path under a regular file cannot exist either; treat it as missing.
      if (isSystemError(error) && error.code === 'ENOTDIR') return;
      throw toFsError(error, path);
    }
  }

  syncDir(dir: string): Promise<void> {
    // A directory's entries are its data: fsync on the directory itself is what
    // makes a create/rename/unlink in it survive a crash (Linux; a read-only
    // descriptor suffices for fsync).
    return mapErrors(dir, async () => {
      const handle = await fsp.open(dir, constants.O_RDONLY | constants.O_DIRECTORY);
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }
}
