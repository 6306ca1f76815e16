// The FileSystem port. Every byte core code keeps on disk goes through it, so
// the simulator can lose, tear and corrupt exactly what a real machine could.
//
// Durability contract (the simulator enforces it to the letter):
// - Bytes written through a FileHandle are volatile until `sync()` on that
//   handle resolves. A crash loses volatile bytes; the last unsynced write may
//   survive in part (a torn write).
// - Namespace changes (creating a file with `open({create})`, `rename`,
//   `remove`, `mkdir`) are volatile until `syncDir()` of the parent directory
//   resolves. A crash reverts the directory to its last synced listing.
// - `rename` atomically replaces the target.
// Errors are FsError with a POSIX-style code; ENOSPC and EIO can come from any
// write or sync, and a failed sync means nothing since the last good sync is
// known durable.

import { joinPath } from '../common/path.js';

export type FsErrorCode = 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'ENOSPC' | 'EIO' | 'EBADF';

export class FsError extends Error {
  override readonly name = 'FsError';
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
    message?: string,
  ) {
    super(`${code}: ${message ?? code} (${path})`);
  }
}

export function isFsError(error: unknown, code?: FsErrorCode): error is FsError {
  return error instanceof FsError && (code === undefined || error.code === code);
}

export interface FileHandle {
  readonly path: string;
  /** Current size in bytes, including volatile bytes. */
  size(): Promise<number>;
  /** Reads up to `length` bytes at `position`; shorter at end of file. */
  read(position: number, length: number): Promise<Uint8Array>;
  /** Writes `bytes` at `position`, extending the file if needed. */
  write(position: number, bytes: Uint8Array): Promise<void>;
  /** Appends `bytes` at the current end; returns the position they were written at. */
  append(bytes: Uint8Array): Promise<number>;
  /** Cuts or extends (with zeros) the file to `size` bytes. Volatile until sync. */
  truncate(size: number): Promise<void>;
  /** Makes every byte written before this call durable (fsync). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create the file if missing (a namespace change: volatile until syncDir). */
  create?: boolean;
  /** With create: fail with EEXIST if the file exists. */
  exclusive?: boolean;
}

export interface FileSystem {
  open(path: string, options?: OpenOptions): Promise<FileHandle>;
  /** Whole-file read; ENOENT if missing. */
  readFile(path: string): Promise<Uint8Array>;
  exists(path: string): Promise<boolean>;
  /** Entry names (not paths) in `dir`, sorted; ENOENT if the directory is missing. */
  list(dir: string): Promise<string[]>;
  /** Creates `dir` and missing parents; no error if it exists. */
  mkdir(dir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file, or a directory recursively; no error if missing. */
  remove(path: string): Promise<void>;
  /** Makes namespace changes in `dir` durable (fsync of the directory). */
  syncDir(dir: string): Promise<void>;
}

/**
 * Creates `dir` (and missing parents) and makes the new entries durable by
 * syncing each parent directory. Without this a freshly created data directory
 * can vanish on power loss together with everything synced inside it.
 */
export async function mkdirDurable(fs: FileSystem, dir: string): Promise<void> {
  await fs.mkdir(dir);
  const absolute = dir.startsWith('/');
  const parts = dir.split('/').filter((p) => p.length > 0 && p !== '.');
  for (let i = parts.length - 1; i >= 0; i--) {
    const parent = (absolute ? '/' : '') + parts.slice(0, i).join('/');
    await fs.syncDir(parent === '' ? '.' : parent);
  }
}

/**
 * Atomically replaces `dir/name` with `bytes`, durably: write `name.tmp`,
 * fsync it, rename over the old file, fsync the directory. A crash leaves
 * either the old file or the new one (and at worst a stray `.tmp`).
 */
export async function replaceFileDurably(fs: FileSystem, dir: string, name: string, bytes: Uint8Array): Promise<void> {
  const path = joinPath(dir, name);
  const tmp = `${path}.tmp`;
  const handle = await fs.open(tmp, { create: true });
  try {
    await handle.truncate(0);
    await handle.write(0, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, path);
  await fs.syncDir(dir);
}
