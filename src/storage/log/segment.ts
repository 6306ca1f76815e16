// One segment of a partition log: a `.log` file of whole v2 batches starting at
// `baseOffset`, with its sparse indexes in memory. The segment tracks only what
// it has written or recovery accepted; bytes past `sizeBytes` are never read.
//
// Reads hold a reference so that a segment deleted (retention, truncation,
// compaction swap) while a read is in flight is closed only when it drains.

import { SkiffError } from '../../common/errors.js';
import type { FileHandle } from '../../env/file-system.js';
import { batchHeaderBytes, checkBatchAt, lastOffsetOf, readBatchHeader, type BatchHeader } from '../batch/header.js';
import { OffsetIndex, TimeIndex } from './offset-index.js';

/** Bytes of a batch header needed to walk batches: up to lastOffsetDelta. */
const walkHeaderBytes = 27;

export interface BatchLocation {
  readonly position: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly size: number;
  /** With `implausible`: where a safe cut ends the log (`position` is then where to cut). */
  readonly safeEnd: number;
  /** Why the header at `position` cannot be trusted, or null. */
  readonly implausible: string | null;
}

export class LogSegment {
  sizeBytes = 0;
  /** One past the last offset in this segment (baseOffset while empty). */
  nextOffset: number;
  maxTimestamp = -1;
  offsetOfMaxTimestamp = -1;
  /**
   * Clock time the segment was created (or opened); drives segment.ms. Kafka
   * uses the first record's timestamp, which rolls a segment per batch when
   * producers send old timestamps (KAFKA-4099); the broker's clock cannot.
   */
  rollBaseTimeMs: number;
  /** Written since the last fsync of this segment. */
  dirty = false;
  private bytesSinceIndexEntry = 0;
  private readers = 0;
  private retired = false;

  constructor(
    readonly baseOffset: number,
    readonly path: string,
    public handle: FileHandle,
    public index: OffsetIndex,
    public timeIndex: TimeIndex,
    nowMs: number,
    private readonly indexIntervalBytes: number,
    /** No compaction: batch offsets follow on with no gaps, which lets the header walk check more. */
    private readonly dense: boolean,
  ) {
    this.nextOffset = baseOffset;
    this.rollBaseTimeMs = nowMs;
  }

  get isEmpty(): boolean {
    return this.sizeBytes === 0;
  }

  /** Records a batch now at `position` (written by append or accepted by recovery). */
  track(header: BatchHeader, position: number, size: number): void {
    if (this.bytesSinceIndexEntry >= this.indexIntervalBytes && position > this.index.lastPosition) {
      // Both indexes are sparse at the same interval, as in Kafka.
      this.index.append(header.baseOffset, position);
      this.timeIndex.maybeAppend(this.maxTimestamp, this.offsetOfMaxTimestamp);
      this.bytesSinceIndexEntry = 0;
    }
    this.bytesSinceIndexEntry += size;
    if (header.maxTimestamp > this.maxTimestamp) {
      this.maxTimestamp = header.maxTimestamp;
      this.offsetOfMaxTimestamp = lastOffsetOf(header);
    }
    this.sizeBytes = position + size;
    this.nextOffset = lastOffsetOf(header) + 1;
  }

  /** Completes the time index with the segment's final maximum (on roll and before writing indexes). */
  sealTimeIndex(): void {
    if (this.maxTimestamp >= 0) this.timeIndex.maybeAppend(this.maxTimestamp, this.offsetOfMaxTimestamp);
  }

  /** Restores counters when sealed indexes were loaded from files instead of rebuilt by a scan. */
  adoptLoadedIndexes(sizeBytes: number, nextOffset: number): void {
    this.sizeBytes = sizeBytes;
    this.nextOffset = nextOffset;
    this.maxTimestamp = this.timeIndex.lastTimestamp;
    this.offsetOfMaxTimestamp = this.timeIndex.lastOffset;
    this.bytesSinceIndexEntry = sizeBytes - this.index.lastPosition;
  }

  /**
   * Appends whole batches at the end; they are volatile until sync. `verify`
   * runs while the write is in flight (the CRC check overlaps the I/O); if it
   * throws, the bytes are cut off again and nothing is tracked.
   */
  async append(bytes: Uint8Array, batches: readonly { header: BatchHeader; position: number; size: number }[], verify?: () => void): Promise<void> {
    const start = this.sizeBytes;
    const writing = this.handle.write(start, bytes);
    this.dirty = true;
    try {
      verify?.();
    } catch (error) {
      await writing;
      await this.handle.truncate(start);
      throw error;
    }
    await writing;
    for (const batch of batches) this.track(batch.header, start + batch.position, batch.size);
  }

  async sync(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      await this.handle.sync();
    } catch (error) {
      this.dirty = true;
      throw error;
    }
  }

  /**
   * The first batch whose last offset is ≥ `offset`, walking batch headers
   * from the index floor; null if every batch ends before it. The walk reads
   * lastOffsetDelta before any CRC check, so it also checks each header is
   * plausible — offsets move forward, stay below the segment's end and, in a
   * log without compaction, follow on densely — and stops at the first that
   * is not, returning its position with `implausible` set and `safeEnd`, the
   * offset after the last sound batch. Readers report that as
   * CORRUPT_MESSAGE; truncation cuts there.
   */
  async findBatch(offset: number, endPosition = this.sizeBytes): Promise<BatchLocation | null> {
    const floor = this.index.floor(offset);
    let position = floor.position;
    let expectedBase = floor.offset;
    // The batch walked last, in case a header after it proves implausible.
    let previous: { position: number; baseOffset: number; size: number } | null = null;
    while (position + walkHeaderBytes <= endPosition) {
      const header = await this.handle.read(position, walkHeaderBytes);
      const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
      const baseOffset = Number(view.getBigInt64(0));
      const size = 12 + view.getInt32(8);
      const lastOffset = baseOffset + view.getInt32(23);
      const implausible =
        size < batchHeaderBytes || position + size > endPosition
          ? 'bad batch length'
          : lastOffset < baseOffset || lastOffset >= this.nextOffset || baseOffset < expectedBase || (this.dense && baseOffset !== expectedBase)
            ? `batch header offsets ${baseOffset}..${lastOffset} do not follow on from ${expectedBase}`
            : null;
      if (implausible !== null) {
        // A deflated lastOffsetDelta in the batch before would look just like
        // this: if that batch fails its CRC, the cut starts there instead.
        const blamePrevious = previous !== null && !checkBatchAt(await this.handle.read(previous.position, previous.size), 0).ok;
        return {
          position: blamePrevious ? previous!.position : position,
          baseOffset,
          lastOffset,
          size,
          safeEnd: blamePrevious ? previous!.baseOffset : expectedBase,
          implausible: `segment ${this.path}, position ${position}: ${implausible}`,
        };
      }
      if (lastOffset >= offset) return { position, baseOffset, lastOffset, size, safeEnd: expectedBase, implausible: null };
      previous = { position, baseOffset, size };
      expectedBase = lastOffset + 1;
      position += size;
    }
    return null;
  }

  /**
   * Reads whole batches starting at the batch holding `offset`: at most
   * `maxBytes` (but at least one batch when `minOneBatch`), and none whose
   * last offset is ≥ `maxOffset`. Every batch served is CRC-checked.
   */
  async read(offset: number, maxBytes: number, maxOffset: number, minOneBatch: boolean): Promise<Uint8Array | null> {
    this.readers++;
    try {
      const first = await this.findBatch(offset);
      if (first?.implausible) throw new SkiffError('CORRUPT_MESSAGE', first.implausible);
      if (first === null || first.lastOffset >= maxOffset || (first.size > maxBytes && !minOneBatch)) return null;
      let end = Math.min(this.sizeBytes, first.position + Math.max(maxBytes, minOneBatch ? first.size : 0));
      if (maxOffset < this.nextOffset) {
        const bound = await this.findBatch(maxOffset);
        if (bound !== null) end = Math.min(end, bound.position); // an implausible bound only shortens the read
      }
      const chunk = await this.handle.read(first.position, end - first.position);
      let used = 0;
      while (used < chunk.byteLength) {
        const check = checkBatchAt(chunk, used);
        if (!check.ok) {
          // Serve the good batches before a bad one (or one that does not fit in maxBytes); the next read reports it.
          if (used > 0) break;
          throw new SkiffError('CORRUPT_MESSAGE', `segment ${this.path}, position ${first.position + used}: ${check.detail}`);
        }
        used += check.size;
      }
      return used === 0 ? null : chunk.subarray(0, used);
    } finally {
      this.readers--;
      if (this.retired && this.readers === 0) await this.closeQuietly();
    }
  }

  /** Cuts the segment at `position` (a batch boundary) and forgets index entries past it. */
  async truncateToPosition(position: number, nextOffset: number): Promise<void> {
    await this.handle.truncate(position);
    this.sizeBytes = position;
    this.nextOffset = nextOffset;
    this.index.truncateToPosition(position);
    this.timeIndex.truncateToOffset(nextOffset);
    this.dirty = true;
    this.bytesSinceIndexEntry = position - this.index.lastPosition;
    // The sparse time index bounds what is left from below; Kafka accepts the same approximation.
    this.maxTimestamp = this.timeIndex.lastTimestamp;
    this.offsetOfMaxTimestamp = this.timeIndex.lastOffset;
  }

  /** Reads the header of the batch at `position` (which must be a batch start). */
  async headerAt(position: number): Promise<BatchHeader> {
    return readBatchHeader(await this.handle.read(position, batchHeaderBytes));
  }

  /** Closes now, or once in-flight reads finish. */
  async retire(): Promise<void> {
    this.retired = true;
    if (this.readers === 0) await this.closeQuietly();
  }

  private async closeQuietly(): Promise<void> {
    try {
      await this.handle.close();
    } catch {
      // Closing a handle whose file is gone or whose disk failed has nothing left to lose.
    }
  }
}
