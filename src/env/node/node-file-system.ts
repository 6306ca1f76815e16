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
//
// Latency: every fs/promises call is a round trip through libuv's thread pool
// (queue, wake a worker, syscall, wake the event loop), 20–100 µs on an idle
// machine and milliseconds on a busy one, where a pwrite(2) into the page
// cache takes a few µs. So small writes, and small reads of bytes this handle
// wrote itself (still in the page cache), are done synchronously on the event
// loop; everything that may wait on the device (fdatasync, large transfers,
// reads of older data) stays asynchronous. The port's promises and error
// mapping are the same either way.

import { constants, readSync, writeSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { FileHandle as NodeHandle } from 'node:fs/promises';
import { assert } from '../../common/assert.js';
import { FsError, type FileHandle, type FileSystem, type FsErrorCode, type OpenOptions } from '../file-system.js';

const passThroughCodes: ReadonlySet<string> = new Set<FsErrorCode>([
  'ENOENT', 'EEXIST', 'ENOSPC', 'EIO', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EBADF',
]);

/** Reads larger than this are clamped to the file's size first, so a generous length does not allocate a huge buffer. */
const CLAMP_READS_ABOVE = 1 << 20;

/**
 * Writes up to this size are a synchronous pwrite(2): a copy into the page
 * cache, cheaper than the thread-pool round trip it replaces. Larger ones go
 * through the thread pool so a big copy (or a writer throttled by dirty-page
 * writeback) does not stall the event loop.
 */
export const SYNC_WRITE_MAX_BYTES = 64 << 10;

/**
 * Reads up to this size are a synchronous pread(2) when every byte asked for
 * was written through this handle since it was opened (the hot tail of an
 * append-only file: replica fetches, tailing consumers, batch-header walks),
 * since those pages are in the page cache. Reads of older data may have to
 * wait for the device and stay asynchronous.
 */
export const SYNC_READ_MAX_BYTES = 64 << 10;

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

/** mapErrors for work done synchronously: the same FsError, as a rejection. */
function settle<T>(path: string, operation: () => T): Promise<T> {
  try {
    return Promise.resolve(operation());
  } catch (error) {
    return Promise.reject(toFsError(error, path));
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
  /**
   * The lowest position written through this handle (Infinity before the
   * first write): bytes in [hotFrom, end) were written by this process, so
   * they are in the page cache and a small read of them is synchronous.
   */
  private hotFrom = Number.POSITIVE_INFINITY;

  constructor(
    readonly path: string,
    private readonly handle: NodeHandle,
    initialSize: number,
  ) {
    this.end = initialSize;
  }

  /** The descriptor for a synchronous call, or null once closed (the async path then reports EBADF). */
  private get fd(): number | null {
    const fd = this.handle.fd;
    return fd >= 0 ? fd : null;
  }

  size(): Promise<number> {
    // fstat rather than `end`: another handle (or process) may have written.
    return mapErrors(this.path, async () => (await this.handle.stat()).size);
  }

  async read(position: number, length: number): Promise<Uint8Array> {
    assertRange(position, length);
    const fd = this.fd;
    if (fd !== null && length <= SYNC_READ_MAX_BYTES && position >= this.hotFrom && position + length <= this.end) {
      return await settle(this.path, () => readAllSync(fd, position, length));
    }
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
    await this.writeAt(position, bytes);
  }

  async append(bytes: Uint8Array): Promise<number> {
    const position = this.end;
    this.end += bytes.length;
    try {
      await this.writeAt(position, bytes);
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

  /** Writes every byte at `position`: synchronously when small (see SYNC_WRITE_MAX_BYTES), else on the thread pool. */
  private writeAt(position: number, bytes: Uint8Array): Promise<void> {
    this.hotFrom = Math.min(this.hotFrom, position);
    const fd = this.fd;
    if (fd !== null && bytes.length <= SYNC_WRITE_MAX_BYTES) return settle(this.path, () => writeAllSync(fd, position, bytes));
    return mapErrors(this.path, () => this.writeAll(position, bytes));
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

/** pwrite(2) until every byte is written; a single write may be short. */
function writeAllSync(fd: number, position: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

/** pread(2) into a fresh Uint8Array (the caller owns it), short at end of file. */
function readAllSync(fd: number, position: number, length: number): Uint8Array {
  const buffer = new Uint8Array(length);
  let filled = 0;
  while (filled < length) {
    const bytesRead = readSync(fd, buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break; // end of file
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.slice(0, filled);
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
