// Snapshot files of the quorum's state machine:
// `<endOffset:020>-<epoch:010>.checkpoint`, written as `.checkpoint.part`,
// synced, renamed, and the directory synced, so a visible checkpoint is always
// complete. Downloaded snapshots (FetchSnapshot) arrive in chunks into the same
// `.part` file and are byte-identical to the leader's file.
//
// File: u32 magic | u32 crc32c(payload) | payload (the state machine's bytes).
// A checkpoint that fails its CRC is deleted on open and the next older one is used.

import { crc32c } from '../common/crc32c.js';
import { joinPath } from '../common/path.js';
import { isFsError, type FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import type { SnapshotId } from './types.js';

const magic = 0x534b4631; // "SKF1"
const headerBytes = 8;
const checkpointsKept = 2;

export function snapshotFileName(id: SnapshotId): string {
  return `${String(id.endOffset).padStart(20, '0')}-${String(id.epoch).padStart(10, '0')}.checkpoint`;
}

function parseSnapshotName(name: string): SnapshotId | null {
  const match = /^(\d{20})-(\d{10})\.checkpoint$/.exec(name);
  return match ? { endOffset: Number(match[1]), epoch: Number(match[2]) } : null;
}

export function encodeSnapshotFile(payload: Uint8Array): Uint8Array {
  const file = new Uint8Array(headerBytes + payload.byteLength);
  const view = new DataView(file.buffer);
  view.setUint32(0, magic);
  view.setUint32(4, crc32c(payload));
  file.set(payload, headerBytes);
  return file;
}

function decodeSnapshotFile(file: Uint8Array): Uint8Array | null {
  if (file.byteLength < headerBytes) return null;
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const payload = file.subarray(headerBytes);
  if (view.getUint32(0) !== magic || view.getUint32(4) !== crc32c(payload)) return null;
  return payload;
}

export class SnapshotStore {
  constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly logger: Logger,
  ) {}

  /** The newest valid checkpoint and its payload; invalid ones and leftover `.part` files are removed. */
  async loadLatest(): Promise<{ id: SnapshotId; payload: Uint8Array } | null> {
    await this.fs.mkdir(this.dir);
    const names = await this.fs.list(this.dir);
    for (const name of names.filter((n) => n.endsWith('.part'))) await this.fs.remove(joinPath(this.dir, name));
    const ids = names.map(parseSnapshotName).filter((id): id is SnapshotId => id !== null).sort((a, b) => b.endOffset - a.endOffset);
    for (const id of ids) {
      const path = joinPath(this.dir, snapshotFileName(id));
      const payload = decodeSnapshotFile(await this.fs.readFile(path));
      if (payload) return { id, payload };
      this.logger.warn({ path }, 'removing corrupt snapshot');
      await this.fs.remove(path);
    }
    return null;
  }

  async write(id: SnapshotId, payload: Uint8Array): Promise<void> {
    const part = this.partPath(id);
    const handle = await this.fs.open(part, { create: true });
    try {
      await handle.truncate(0);
      await handle.write(0, encodeSnapshotFile(payload));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.publish(id);
  }

  /** Writes one downloaded chunk at `position` of the snapshot's `.part` file. */
  async writeChunk(id: SnapshotId, position: number, bytes: Uint8Array): Promise<void> {
    const handle = await this.fs.open(this.partPath(id), { create: true });
    try {
      if (position === 0) await handle.truncate(0);
      await handle.write(position, bytes);
    } finally {
      await handle.close();
    }
  }

  /** Completes a download: verifies, syncs and publishes it; returns the payload, or null if it is corrupt. */
  async finishDownload(id: SnapshotId): Promise<Uint8Array | null> {
    const part = this.partPath(id);
    const payload = decodeSnapshotFile(await this.fs.readFile(part));
    if (!payload) {
      await this.fs.remove(part);
      return null;
    }
    const handle = await this.fs.open(part);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.publish(id);
    return payload;
  }

  async size(id: SnapshotId): Promise<number> {
    const handle = await this.fs.open(joinPath(this.dir, snapshotFileName(id)));
    try {
      return await handle.size();
    } finally {
      await handle.close();
    }
  }

  /** Reads up to `maxBytes` of the checkpoint file at `position` (to serve FetchSnapshot). */
  async readChunk(id: SnapshotId, position: number, maxBytes: number): Promise<{ size: number; bytes: Uint8Array } | null> {
    try {
      const handle = await this.fs.open(joinPath(this.dir, snapshotFileName(id)));
      try {
        const size = await handle.size();
        if (position > size) return null;
        return { size, bytes: await handle.read(position, Math.min(maxBytes, size - position)) };
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isFsError(error, 'ENOENT')) return null;
      throw error;
    }
  }

  private partPath(id: SnapshotId): string {
    return joinPath(this.dir, `${snapshotFileName(id)}.part`);
  }

  private async publish(id: SnapshotId): Promise<void> {
    await this.fs.rename(this.partPath(id), joinPath(this.dir, snapshotFileName(id)));
    await this.fs.syncDir(this.dir);
    await this.deleteOld();
  }

  private async deleteOld(): Promise<void> {
    const ids = (await this.fs.list(this.dir))
      .map(parseSnapshotName)
      .filter((id): id is SnapshotId => id !== null)
      .sort((a, b) => b.endOffset - a.endOffset);
    for (const id of ids.slice(checkpointsKept)) await this.fs.remove(joinPath(this.dir, snapshotFileName(id)));
  }
}
