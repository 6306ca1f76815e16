// SimDisk: one simulated machine's disk, the ground truth for durability
// checks. It survives process crashes; mount() gives one process incarnation
// a FileSystem view. Model, kept deliberately plain:
// - a directory tree whose every directory has `children` (current listing)
//   and `durableChildren` (listing as of its last syncDir);
// - every file inode has `current` and `durable` bytes, plus the last write
//   since its last sync (for torn writes on crash).
// Invariants: bytes become durable only by FileHandle.sync(), names only by
// syncDir(parent); an operation takes effect when it completes (after its
// latency); a crashed view's operations never settle; reads return copies.

import { FsError, type FileHandle, type FileSystem, type OpenOptions } from '../../src/env/file-system.js';
import type { Random } from '../../src/env/random.js';
import type { Scheduler } from './scheduler.js';

export type LatencyRange = readonly [min: number, max: number];

export interface SimDiskOptions {
  /** Used in event labels and trace lines. */
  label?: string;
  /** Latency of sync/syncDir in ms; [0, 0] (default) completes in a microtask. */
  syncLatencyMs?: LatencyRange;
  /** Latency of every other operation in ms. */
  ioLatencyMs?: LatencyRange;
}

export interface CrashOptions {
  /** Let a random prefix (possibly empty or whole) of each file's last unsynced write survive. */
  tearLastWrite: boolean;
}

export interface DiskFileInfo {
  path: string;
  /** Size of the durable bytes (what a crash would leave). */
  durableSize: number;
  currentSize: number;
  /** Whether the name is in the current listing, the durable listing, or both. */
  inCurrent: boolean;
  inDurable: boolean;
}

/** A growable byte array; `buf` beyond `len` is scratch space. */
class Bytes {
  buf = new Uint8Array(0);
  len = 0;

  static copyOf(src: Bytes): Bytes {
    const b = new Bytes();
    b.buf = src.buf.slice(0, src.len);
    b.len = src.len;
    return b;
  }

  view(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }

  resize(size: number): void {
    if (size > this.buf.length) {
      const grown = new Uint8Array(Math.max(size, this.buf.length * 2, 64));
      grown.set(this.view());
      this.buf = grown;
    }
    if (size > this.len) this.buf.fill(0, this.len, size);
    this.len = size;
  }

  writeAt(position: number, bytes: Uint8Array): void {
    if (position + bytes.length > this.len) this.resize(position + bytes.length);
    this.buf.set(bytes, position);
  }
}

interface Inode {
  readonly kind: 'file';
  current: Bytes;
  durable: Bytes;
  /** Lowest offset changed since the last sync (Infinity when clean); lets sync copy only the dirty tail. */
  dirtyFrom: number;
  lastWrite: { position: number; bytes: Uint8Array } | null;
}

interface Dir {
  readonly kind: 'dir';
  children: Map<string, Node>;
  durableChildren: Map<string, Node>;
}

type Node = Inode | Dir;

/** One incarnation's view; `alive` flips to false forever on crash/wipe. */
interface Mount {
  alive: boolean;
}

function newDir(): Dir {
  return { kind: 'dir', children: new Map(), durableChildren: new Map() };
}

function newInode(): Inode {
  return { kind: 'file', current: new Bytes(), durable: new Bytes(), dirtyFrom: Infinity, lastWrite: null };
}

/** Path components; '/a/b', 'a/b' and './a//b/' are the same file (one namespace per disk). */
function components(path: string): string[] {
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new FsError('ENOENT', path, "'..' is not supported by SimDisk");
  return parts;
}

const never = <T>(): Promise<T> => new Promise<T>(() => {});

export class SimDisk {
  /** Writes, appends and growing truncates fail with ENOSPC and change nothing. */
  enospc = false;
  /** Chance that a sync/syncDir fails with EIO (nothing new becomes durable). */
  syncFailureProbability = 0;

  private root: Dir = newDir();
  private mounts: Mount[] = [];
  private readonly label: string;
  private readonly syncLatency: LatencyRange;
  private readonly ioLatency: LatencyRange;
  private readonly ioLabel: string;
  private readonly syncLabel: string;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly random: Random,
    options: SimDiskOptions = {},
  ) {
    this.label = options.label ?? 'disk';
    this.syncLatency = options.syncLatencyMs ?? [0, 0];
    this.ioLatency = options.ioLatencyMs ?? [0, 0];
    this.ioLabel = `${this.label} io`;
    this.syncLabel = `${this.label} sync`;
  }

  /** A FileSystem view for one process incarnation. */
  mount(): FileSystem {
    const mount: Mount = { alive: true };
    // Dead views are dropped, so the list is bounded by live incarnations.
    this.mounts = this.mounts.filter((m) => m.alive);
    this.mounts.push(mount);
    return new SimFileSystem(this, mount);
  }

  /** Power loss / process crash: every view dies, volatile state reverts to durable. */
  crash(random: Random, options: CrashOptions): void {
    this.killMounts();
    const seen = new Set<Node>();
    const revert = (dir: Dir): void => {
      dir.children = new Map(dir.durableChildren);
      for (const node of dir.children.values()) {
        if (seen.has(node)) continue;
        seen.add(node);
        if (node.kind === 'dir') revert(node);
        else revertInode(node, random, options.tearLastWrite);
      }
    };
    revert(this.root);
    this.scheduler.trace(`${this.label} crash tear=${options.tearLastWrite}`);
  }

  /** The disk is replaced: nothing survives. */
  wipe(): void {
    this.killMounts();
    this.root = newDir();
    this.scheduler.trace(`${this.label} wipe`);
  }

  /** Flips one random bit of a file in both its durable and current bytes; returns where, or null if empty/missing. */
  bitFlip(path: string, random: Random): { offset: number; bit: number } | null {
    const node = this.lookup(components(path));
    if (node?.kind !== 'file') return null;
    const size = Math.min(node.current.len, node.durable.len);
    if (size === 0) return null;
    const offset = random.int(size);
    const bit = random.int(8);
    node.current.buf[offset] = (node.current.buf[offset] ?? 0) ^ (1 << bit);
    node.durable.buf[offset] = (node.durable.buf[offset] ?? 0) ^ (1 << bit);
    this.scheduler.trace(`${this.label} bitflip ${path}@${offset}.${bit}`);
    return { offset, bit };
  }

  /**
   * Flips one random bit in the volatile part of a file: the bytes from its
   * dirty point (the lowest offset written since its last sync) to its end.
   * Models damage in the page cache or on the way to the device. Only the
   * current bytes change, never the durable ones; the pending last write is
   * damaged too, so a torn write that keeps that byte keeps the damage (and a
   * sync makes it durable). Returns where, or null if the file is missing or
   * nothing in it is volatile.
   */
  bitFlipUnsynced(path: string, random: Random): { offset: number; bit: number } | null {
    const node = this.lookup(components(path));
    if (node?.kind !== 'file') return null;
    const from = node.dirtyFrom;
    const size = node.current.len;
    if (!(from < size)) return null; // dirtyFrom is Infinity when the file is clean
    const offset = from + random.int(size - from);
    const bit = random.int(8);
    node.current.buf[offset] = (node.current.buf[offset] ?? 0) ^ (1 << bit);
    const last = node.lastWrite;
    // The last write lies inside the volatile region (see writeNow); a crash may replay a prefix of it.
    if (last !== null && offset >= last.position && offset < last.position + last.bytes.length) {
      const at = offset - last.position;
      last.bytes[at] = (last.bytes[at] ?? 0) ^ (1 << bit);
    }
    this.scheduler.trace(`${this.label} bitflip-unsynced ${path}@${offset}.${bit}`);
    return { offset, bit };
  }

  /** Every file in the current or durable namespace, sorted by path. */
  snapshotForDebug(): DiskFileInfo[] {
    const byPath = new Map<string, DiskFileInfo>();
    const walk = (dir: Dir, prefix: string, durable: boolean): void => {
      for (const [name, node] of durable ? dir.durableChildren : dir.children) {
        const path = `${prefix}/${name}`;
        if (node.kind === 'dir') {
          walk(node, path, durable);
          continue;
        }
        const info = byPath.get(path) ?? { path, durableSize: node.durable.len, currentSize: node.current.len, inCurrent: false, inDurable: false };
        if (durable) info.inDurable = true;
        else info.inCurrent = true;
        byPath.set(path, info);
      }
    };
    walk(this.root, '', false);
    walk(this.root, '', true);
    return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  // --- internals used by SimFileSystem / SimFileHandle ---

  /** Runs `op` when the operation completes (after a random latency), unless the view died first. */
  complete<T>(mount: Mount, kind: 'io' | 'sync', op: () => T): Promise<T> {
    if (!mount.alive) return never();
    const [min, max] = kind === 'sync' ? this.syncLatency : this.ioLatency;
    const delay = max > 0 ? min + this.random.int(max - min + 1) : 0;
    if (delay === 0) {
      try {
        return Promise.resolve(op());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise<T>((resolve, reject) => {
      this.scheduler.after(delay, kind === 'sync' ? this.syncLabel : this.ioLabel, () => {
        if (!mount.alive) return; // a dead process observes nothing
        try {
          resolve(op());
        } catch (error) {
          reject(error);
        }
      });
    });
  }

  /** Throws EIO (with a trace line) if this sync is chosen to fail. */
  maybeFailSync(path: string): void {
    if (this.syncFailureProbability > 0 && this.random.next() < this.syncFailureProbability) {
      this.scheduler.trace(`${this.label} sync-fail ${path}`);
      throw new FsError('EIO', path, 'injected fsync failure');
    }
  }

  checkSpace(path: string): void {
    if (this.enospc) throw new FsError('ENOSPC', path, 'injected disk full');
  }

  lookup(parts: readonly string[]): Node | undefined {
    let node: Node = this.root;
    for (const part of parts) {
      if (node.kind !== 'dir') return undefined;
      const child: Node | undefined = node.children.get(part);
      if (child === undefined) return undefined;
      node = child;
    }
    return node;
  }

  /** The directory at `parts`; ENOENT if missing, ENOTDIR if a file is in the way. */
  dirAt(parts: readonly string[], path: string): Dir {
    let node: Node = this.root;
    for (const part of parts) {
      if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
      const child: Node | undefined = node.children.get(part);
      if (child === undefined) throw new FsError('ENOENT', path);
      node = child;
    }
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', path);
    return node;
  }

  private killMounts(): void {
    for (const m of this.mounts) m.alive = false;
    this.mounts = [];
  }
}

function revertInode(inode: Inode, random: Random, tear: boolean): void {
  inode.current = Bytes.copyOf(inode.durable);
  inode.dirtyFrom = Infinity;
  const last = inode.lastWrite;
  inode.lastWrite = null;
  if (!tear || last === null) return;
  const keep = random.int(last.bytes.length + 1);
  if (keep === 0) return;
  // The surviving prefix is on the platters now: it is durable from here on.
  inode.current.writeAt(last.position, last.bytes.subarray(0, keep));
  inode.durable = Bytes.copyOf(inode.current);
}

class SimFileSystem implements FileSystem {
  constructor(
    private readonly disk: SimDisk,
    private readonly mount: Mount,
  ) {}

  open(path: string, options: OpenOptions = {}): Promise<FileHandle> {
    return this.disk.complete(this.mount, 'io', () => {
      const parts = components(path);
      const existing = this.disk.lookup(parts);
      if (existing?.kind === 'dir') throw new FsError('EISDIR', path);
      if (existing !== undefined) {
        if (options.create === true && options.exclusive === true) throw new FsError('EEXIST', path);
        return new SimFileHandle(this.disk, this.mount, path, existing);
      }
      if (options.create !== true) throw new FsError('ENOENT', path);
      const name = parts.at(-1);
      if (name === undefined) throw new FsError('EISDIR', path);
      const inode = newInode();
      this.disk.dirAt(parts.slice(0, -1), path).children.set(name, inode);
      return new SimFileHandle(this.disk, this.mount, path, inode);
    });
  }

  readFile(path: string): Promise<Uint8Array> {
    return this.disk.complete(this.mount, 'io', () => this.file(path).current.view().slice());
  }

  exists(path: string): Promise<boolean> {
    return this.disk.complete(this.mount, 'io', () => this.disk.lookup(components(path)) !== undefined);
  }

  list(dir: string): Promise<string[]> {
    return this.disk.complete(this.mount, 'io', () => [...this.disk.dirAt(components(dir), dir).children.keys()].sort());
  }

  mkdir(dir: string): Promise<void> {
    return this.disk.complete(this.mount, 'io', () => {
      let node = this.disk.dirAt([], dir);
      const parts = components(dir);
      parts.forEach((part, i) => {
        const child = node.children.get(part);
        if (child?.kind === 'file') throw new FsError(i === parts.length - 1 ? 'EEXIST' : 'ENOTDIR', dir);
        if (child !== undefined) {
          node = child;
          return;
        }
        const created = newDir();
        node.children.set(part, created);
        node = created;
      });
    });
  }

  rename(from: string, to: string): Promise<void> {
    return this.disk.complete(this.mount, 'io', () => {
      const fromParts = components(from);
      const toParts = components(to);
      const node = this.disk.lookup(fromParts);
      const fromName = fromParts.at(-1);
      const toName = toParts.at(-1);
      if (node === undefined || fromName === undefined) throw new FsError('ENOENT', from);
      if (toName === undefined) throw new FsError('EISDIR', to);
      if (fromParts.join('/') === toParts.join('/')) return;
      if (node.kind === 'dir' && toParts.join('/').startsWith(`${fromParts.join('/')}/`)) {
        throw new FsError('EIO', to, 'cannot move a directory into itself');
      }
      const toDir = this.disk.dirAt(toParts.slice(0, -1), to);
      const target = toDir.children.get(toName);
      if (target !== undefined) checkReplace(node, target, to);
      this.disk.dirAt(fromParts.slice(0, -1), from).children.delete(fromName);
      toDir.children.set(toName, node);
    });
  }

  remove(path: string): Promise<void> {
    return this.disk.complete(this.mount, 'io', () => {
      const parts = components(path);
      const name = parts.at(-1);
      if (name === undefined) throw new FsError('EIO', path, 'cannot remove the root');
      const parent = this.disk.lookup(parts.slice(0, -1));
      if (parent?.kind === 'dir') parent.children.delete(name);
    });
  }

  syncDir(dir: string): Promise<void> {
    return this.disk.complete(this.mount, 'sync', () => {
      const node = this.disk.dirAt(components(dir), dir);
      this.disk.maybeFailSync(dir);
      node.durableChildren = new Map(node.children);
    });
  }

  private file(path: string): Inode {
    const node = this.disk.lookup(components(path));
    if (node === undefined) throw new FsError('ENOENT', path);
    if (node.kind === 'dir') throw new FsError('EISDIR', path);
    return node;
  }
}

function checkReplace(node: Node, target: Node, to: string): void {
  if (node.kind === 'file' && target.kind === 'dir') throw new FsError('EISDIR', to);
  if (node.kind === 'dir' && target.kind === 'file') throw new FsError('ENOTDIR', to);
  if (target.kind === 'dir' && target.children.size > 0) throw new FsError('ENOTEMPTY', to);
}

class SimFileHandle implements FileHandle {
  private closed = false;

  constructor(
    private readonly disk: SimDisk,
    private readonly mount: Mount,
    readonly path: string,
    private readonly inode: Inode,
  ) {}

  size(): Promise<number> {
    return this.op('io', () => this.inode.current.len);
  }

  read(position: number, length: number): Promise<Uint8Array> {
    return this.op('io', () => {
      const data = this.inode.current;
      const start = Math.min(position, data.len);
      return data.buf.slice(start, Math.min(data.len, position + length));
    });
  }

  write(position: number, bytes: Uint8Array): Promise<void> {
    const copy = bytes.slice(); // the caller may reuse its buffer before we complete
    return this.op('io', () => this.writeNow(position, copy));
  }

  append(bytes: Uint8Array): Promise<number> {
    const copy = bytes.slice();
    return this.op('io', () => {
      const position = this.inode.current.len;
      this.writeNow(position, copy);
      return position;
    });
  }

  truncate(size: number): Promise<void> {
    return this.op('io', () => {
      const inode = this.inode;
      if (size > inode.current.len) this.disk.checkSpace(this.path);
      inode.dirtyFrom = Math.min(inode.dirtyFrom, size, inode.current.len);
      inode.current.resize(size);
      inode.lastWrite = null; // the size change, not a data write, is the last thing done
    });
  }

  sync(): Promise<void> {
    return this.op('sync', () => {
      this.disk.maybeFailSync(this.path);
      const inode = this.inode;
      const cur = inode.current;
      inode.durable.resize(cur.len);
      if (inode.dirtyFrom < cur.len) inode.durable.buf.set(cur.buf.subarray(inode.dirtyFrom, cur.len), inode.dirtyFrom);
      inode.dirtyFrom = Infinity;
      inode.lastWrite = null;
    });
  }

  close(): Promise<void> {
    return this.op('io', () => {
      this.closed = true;
    });
  }

  private writeNow(position: number, bytes: Uint8Array): void {
    this.disk.checkSpace(this.path);
    const inode = this.inode;
    inode.dirtyFrom = Math.min(inode.dirtyFrom, position, inode.current.len);
    inode.current.writeAt(position, bytes);
    inode.lastWrite = { position, bytes };
  }

  private op<T>(kind: 'io' | 'sync', fn: () => T): Promise<T> {
    return this.disk.complete(this.mount, kind, () => {
      if (this.closed) throw new FsError('EBADF', this.path, 'file handle is closed');
      return fn();
    });
  }
}
