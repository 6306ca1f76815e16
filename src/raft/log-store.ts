// The quorum log on disk: segment files `<baseOffset:020>.log` of CRC-framed
// entries, plus an in-memory mirror of the entries the driver has persisted
// (the driver applies committed entries from this mirror, not from the core's
// view, which may already be ahead of the disk). The storage-engine issue moves
// this log onto the shared Kafka-format segment engine; the contract stays.
//
// Frame: u32 bodyLength | u32 crc32c(body) | body = u32 offsetHigh | u32 offsetLow | u32 epoch | u8 kind | data
//
// Durability: appends are volatile until sync(); creating a segment is made
// durable by the directory sync inside sync(). Truncations and resets are made
// durable at once (file and directory), before any new entry can be written
// over the truncated range: otherwise a crash could combine the new bytes with
// old ones the truncation had removed (an old segment revived by the directory
// reverting, or old frames behind an in-place overwrite) into a log that never
// existed. Recovery keeps the longest valid prefix — it stops at the first torn
// or corrupt frame or offset gap and cuts the rest — and syncs what it keeps,
// so it never serves bytes that are not durable.
//
// Invariants: segments are contiguous (each base = previous end); entries are
// dense from logStartOffset; the active segment is the last one.

import { assert } from '../common/assert.js';
import { crc32c } from '../common/crc32c.js';
import { SkiffError } from '../common/errors.js';
import { joinPath } from '../common/path.js';
import type { FileHandle, FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import type { EntryKind, LogEntry } from './types.js';

const frameHeaderBytes = 8;
const bodyHeaderBytes = 13;
const maxEntryBytes = 64 << 20;
const kindCodes: Record<EntryKind, number> = { data: 0, 'leader-change': 1 };
const kindsByCode: readonly EntryKind[] = ['data', 'leader-change'];

interface Segment {
  readonly baseOffset: number;
  readonly handle: FileHandle;
  /** File position of each entry, indexed by offset - baseOffset. */
  readonly positions: number[];
  sizeBytes: number;
}

export interface LogStoreOptions {
  readonly segmentBytes: number;
}

export function segmentFileName(baseOffset: number): string {
  return `${String(baseOffset).padStart(20, '0')}.log`;
}

function parseSegmentName(name: string): number | null {
  const match = /^(\d{20})\.log$/.exec(name);
  return match ? Number(match[1]) : null;
}

export function encodeFrame(entry: LogEntry): Uint8Array {
  const bodyLength = bodyHeaderBytes + entry.data.byteLength;
  const frame = new Uint8Array(frameHeaderBytes + bodyLength);
  const view = new DataView(frame.buffer);
  view.setUint32(0, bodyLength);
  view.setUint32(8, Math.floor(entry.offset / 2 ** 32));
  view.setUint32(12, entry.offset >>> 0);
  view.setUint32(16, entry.epoch);
  view.setUint8(20, kindCodes[entry.kind]);
  frame.set(entry.data, frameHeaderBytes + bodyHeaderBytes);
  view.setUint32(4, crc32c(frame.subarray(frameHeaderBytes)));
  return frame;
}

/** Decodes the frame at `position`, or returns null if it is torn or corrupt. */
export function decodeFrame(bytes: Uint8Array, position: number): { entry: LogEntry; frameBytes: number } | null {
  if (position + frameHeaderBytes > bytes.byteLength) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bodyLength = view.getUint32(position);
  if (bodyLength < bodyHeaderBytes || bodyLength > maxEntryBytes + bodyHeaderBytes) return null;
  const end = position + frameHeaderBytes + bodyLength;
  if (end > bytes.byteLength) return null;
  const body = bytes.subarray(position + frameHeaderBytes, end);
  if (crc32c(body) !== view.getUint32(position + 4)) return null;
  const offset = view.getUint32(position + 8) * 2 ** 32 + view.getUint32(position + 12);
  const kind = kindsByCode[view.getUint8(position + 20)];
  if (kind === undefined || !Number.isSafeInteger(offset)) return null;
  const entry: LogEntry = { offset, epoch: view.getUint32(position + 16), kind, data: body.slice(bodyHeaderBytes) };
  return { entry, frameBytes: frameHeaderBytes + bodyLength };
}

export class LogStore {
  private segments: Segment[] = [];
  private entries: LogEntry[] = [];
  private startOffset = 0;
  private dirty = new Set<Segment>();
  private namespaceChanged = false;

  private constructor(
    private readonly fs: FileSystem,
    private readonly dir: string,
    private readonly options: LogStoreOptions,
    private readonly logger: Logger,
  ) {}

  /**
   * Opens the log, recovering the longest valid prefix. `minStartOffset` is the
   * end of the latest durable snapshot: entries below it are dropped, and a log
   * that ends before it restarts there.
   */
  static async open(fs: FileSystem, dir: string, minStartOffset: number, options: LogStoreOptions, logger: Logger): Promise<LogStore> {
    const store = new LogStore(fs, dir, options, logger);
    await fs.mkdir(dir);
    await store.recover(minStartOffset);
    return store;
  }

  get logStartOffset(): number {
    return this.startOffset;
  }

  get logEndOffset(): number {
    return this.startOffset + this.entries.length;
  }

  /** The persisted entries (shared, do not mutate). */
  allEntries(): readonly LogEntry[] {
    return this.entries;
  }

  entryAt(offset: number): LogEntry | undefined {
    return this.entries[offset - this.startOffset];
  }

  async append(entries: readonly LogEntry[]): Promise<void> {
    for (const entry of entries) {
      assert(entry.offset === this.logEndOffset, `log store append at ${entry.offset}, end ${this.logEndOffset}`);
      let active = this.segments[this.segments.length - 1];
      if (!active || active.sizeBytes >= this.options.segmentBytes) active = await this.roll(entry.offset);
      const frame = encodeFrame(entry);
      const position = await active.handle.append(frame);
      assert(position === active.sizeBytes, 'segment append position matches the tracked size');
      active.positions.push(position);
      active.sizeBytes += frame.byteLength;
      this.dirty.add(active);
      this.entries.push(entry);
    }
  }

  async truncateTo(offset: number): Promise<void> {
    assert(offset >= this.startOffset, `truncate below log start ${offset} < ${this.startOffset}`);
    if (offset >= this.logEndOffset) return;
    while (this.segments.length > 1 && this.segments[this.segments.length - 1]!.baseOffset >= offset) {
      await this.dropSegment(this.segments.pop()!);
    }
    const segment = this.segments[this.segments.length - 1];
    assert(segment !== undefined, 'a log with entries has a segment');
    const keep = offset - segment.baseOffset;
    const position = keep < segment.positions.length ? segment.positions[keep]! : segment.sizeBytes;
    await segment.handle.truncate(position);
    segment.positions.length = Math.max(0, keep);
    segment.sizeBytes = position;
    this.dirty.add(segment);
    this.entries.length = offset - this.startOffset;
    await this.sync();
  }

  /** Drops the whole log and restarts it empty at `offset` (after installing a snapshot). */
  async resetTo(offset: number): Promise<void> {
    for (const segment of this.segments) await this.dropSegment(segment);
    this.segments = [];
    this.entries = [];
    this.startOffset = offset;
    await this.roll(offset);
    await this.sync();
  }

  /** Deletes whole segments that lie entirely below `offset` (covered by a durable snapshot). */
  async deleteBefore(offset: number): Promise<void> {
    while (this.segments.length > 1 && this.segments[1]!.baseOffset <= offset) {
      const segment = this.segments.shift()!;
      await this.dropSegment(segment);
      const next = this.segments[0]!;
      this.entries.splice(0, next.baseOffset - this.startOffset);
      this.startOffset = next.baseOffset;
    }
  }

  /** Makes every append, truncation and segment change so far durable. */
  async sync(): Promise<void> {
    // Marks are cleared only once their fsync succeeded, so a retry after an
    // error syncs again instead of reporting success.
    for (const segment of [...this.dirty]) {
      await segment.handle.sync();
      this.dirty.delete(segment);
    }
    if (this.namespaceChanged) {
      await this.fs.syncDir(this.dir);
      this.namespaceChanged = false;
    }
  }

  async close(): Promise<void> {
    for (const segment of this.segments) await segment.handle.close();
    this.segments = [];
  }

  private async roll(baseOffset: number): Promise<Segment> {
    const handle = await this.fs.open(joinPath(this.dir, segmentFileName(baseOffset)), { create: true });
    // A stale file of the same name (from before a crash) must not leak bytes.
    await handle.truncate(0);
    const segment: Segment = { baseOffset, handle, positions: [], sizeBytes: 0 };
    this.segments.push(segment);
    this.dirty.add(segment);
    this.namespaceChanged = true;
    return segment;
  }

  private async dropSegment(segment: Segment): Promise<void> {
    this.dirty.delete(segment);
    await segment.handle.close();
    await this.fs.remove(segment.handle.path);
    this.namespaceChanged = true;
  }

  private async recover(minStartOffset: number): Promise<void> {
    const names = (await this.fs.list(this.dir)).filter((name) => parseSegmentName(name) !== null);
    const bases = names.map((name) => parseSegmentName(name)!).sort((a, b) => a - b);
    let expected: number | null = null;
    let broken = false;
    for (const base of bases) {
      const path = joinPath(this.dir, segmentFileName(base));
      if (broken || (expected !== null && base !== expected)) {
        // Everything after a gap or a corrupt frame is unreachable: cut it.
        this.logger.warn({ path, expectedBaseOffset: expected }, 'removing segment after a log gap');
        await this.fs.remove(path);
        this.namespaceChanged = true;
        broken = true;
        continue;
      }
      if (expected === null) this.startOffset = base;
      const complete = await this.loadSegment(path, base);
      expected = base + this.segments[this.segments.length - 1]!.positions.length;
      if (!complete) broken = true;
    }
    await this.alignStart(minStartOffset);
    if (this.segments.length === 0) await this.roll(this.startOffset);
    // What a previous process wrote may still sit unsynced in the page cache
    // (it was killed, not powered off): make everything we will serve durable.
    for (const segment of this.segments) this.dirty.add(segment);
    this.namespaceChanged = true;
    await this.sync();
  }

  /** Loads one segment; returns false if it ended in a torn or corrupt frame (which is cut off). */
  private async loadSegment(path: string, base: number): Promise<boolean> {
    const bytes = await this.fs.readFile(path);
    const handle = await this.fs.open(path);
    const segment: Segment = { baseOffset: base, handle, positions: [], sizeBytes: 0 };
    let position = 0;
    let lastEpoch = this.entries[this.entries.length - 1]?.epoch ?? 0;
    while (position < bytes.byteLength) {
      const decoded = decodeFrame(bytes, position);
      if (!decoded || decoded.entry.offset !== base + segment.positions.length || decoded.entry.epoch < lastEpoch) break;
      segment.positions.push(position);
      this.entries.push(decoded.entry);
      lastEpoch = decoded.entry.epoch;
      position += decoded.frameBytes;
    }
    segment.sizeBytes = position;
    this.segments.push(segment);
    if (position < bytes.byteLength) {
      this.logger.warn({ path, validBytes: position, fileBytes: bytes.byteLength }, 'cutting torn or corrupt tail of log segment');
      await handle.truncate(position);
      this.dirty.add(segment);
      return false;
    }
    return true;
  }

  private async alignStart(minStartOffset: number): Promise<void> {
    if (this.segments.length > 0 && this.startOffset > minStartOffset) {
      throw new SkiffError('KAFKA_STORAGE_ERROR', `metadata log starts at ${this.startOffset}, after the latest snapshot end ${minStartOffset}: entries are missing`);
    }
    if (this.logEndOffset <= minStartOffset) {
      // The snapshot covers everything on disk: start a fresh log at its end.
      for (const segment of this.segments) await this.dropSegment(segment);
      this.segments = [];
      this.entries = [];
      this.startOffset = minStartOffset;
      return;
    }
    await this.deleteBefore(minStartOffset);
    // Entries below the snapshot end inside the first segment stay on disk but leave memory.
    const drop = minStartOffset - this.startOffset;
    if (drop > 0) {
      this.entries.splice(0, drop);
      this.startOffset = minStartOffset;
    }
  }
}
