// A partition log: a directory of segments holding Kafka v2 batches, with
// sparse indexes, a leader-epoch checkpoint, retention, and crash recovery
// (DESIGN.md §7). It stores data partitions, __consumer_offsets and the
// metadata quorum's log alike.
//
// Durability model:
// - Appends are volatile until `sync()`. Syncs are group commits: one fsync
//   covers every append made before it started, and concurrent callers share
//   it. `durableEndOffset` is what the last completed sync covered; that is
//   the offset a replica may report as its own.
// - Truncations, log-start moves and segment deletions are durable before
//   they return: a crash must never revive truncated bytes under newer ones.
// - `log-offsets-checkpoint` holds the recovery point (everything below it was
//   fsynced) and the log start offset. Recovery re-reads and CRC-checks every
//   batch from the first segment at or past the recovery point, cuts the log
//   at the first torn or corrupt batch, rebuilds indexes, then fsyncs what it
//   kept — so nothing past what recovery accepted is ever served.
// - A clean close writes `.clean-shutdown` after syncing everything; opening
//   removes it (durably) before anything else can change the log.
// - Any I/O error takes the log offline: every later call fails with
//   KAFKA_STORAGE_ERROR until it is reopened (and recovered). A failed fsync in
//   particular cannot be retried safely — the kernel may have dropped the pages.
//
// Invariants: segments are sorted by base offset, each base ≥ the previous
// segment's next offset; the active segment is the last; offsets within the
// log are increasing (dense except where compaction removed records);
// startOffset ≤ durableEnd ≤ endOffset.

import { assert } from '../../common/assert.js';
import { SkiffError, isSkiffError } from '../../common/errors.js';
import { Mutex } from '../../common/mutex.js';
import { joinPath } from '../../common/path.js';
import type { Clock } from '../../env/clock.js';
import { isFsError, mkdirDurable, type FileHandle, type FileSystem } from '../../env/file-system.js';
import type { Logger } from '../../env/logger.js';
import type { Histogram } from '../../env/metrics.js';
import {
  batchHeaderBytes,
  checkBatchAt,
  hasLogAppendTime,
  lastOffsetOf,
  noPartitionLeaderEpoch,
  setBaseOffset,
  setLogAppendTime,
  setPartitionLeaderEpoch,
  splitBatches,
  verifyBatchCrcs,
  type BatchHeader,
} from '../batch/header.js';
import { decodeBatch } from '../batch/records.js';
import { readCheckpoint, writeCheckpoint } from '../checkpoint-file.js';
import { LeaderEpochCache, type EpochEndOffset } from '../leader-epoch-cache.js';
import { cleanBatch, indexBatch, type OffsetMap } from './cleaner.js';
import { compacts, deletes, type LogConfig } from './log-config.js';
import { OffsetIndex, TimeIndex } from './offset-index.js';
import { LogSegment } from './segment.js';
import {
  cleanShutdownMarkerName,
  cleanedSuffix,
  indexSuffix,
  logOffsetsCheckpointName,
  parseOffsetFileName,
  segmentFileName,
  timeIndexSuffix,
} from './segment-files.js';

/** Recovery reads segments in chunks of this size. */
const recoveryChunkBytes = 8 << 20;
/** Relative offsets in the index are u32; Kafka rolls before they could overflow int32. */
const maxRelativeOffset = 0x7fffffff;

export interface LogOptions {
  readonly fs: FileSystem;
  readonly dir: string;
  readonly config: LogConfig;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Told once, when an I/O error takes this log offline (the owner decides whether the node can go on). */
  readonly onOffline?: (error: SkiffError) => void;
  /** Observes the duration of every successful sync (fsync group commit). */
  readonly flushDuration?: Histogram;
}

export interface AppendResult {
  readonly firstOffset: number;
  readonly lastOffset: number;
  /** The broker's timestamp when the topic uses LogAppendTime, else -1. */
  readonly logAppendTime: number;
  readonly batches: number;
}

export interface ReadOptions {
  /** Upper bound on the bytes returned (whole batches only). */
  readonly maxBytes: number;
  /** Serve no batch whose last offset is ≥ this (the high watermark for consumers); defaults to the log end. */
  readonly maxOffset?: number;
  /** Return the first batch even if it is bigger than maxBytes (Kafka's rule, so consumers always progress). */
  readonly minOneBatch?: boolean;
}

export interface ReadResult {
  /** Whole batches, concatenated; empty when nothing is available. */
  readonly records: Uint8Array;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
}

export interface AppendAsLeaderOptions {
  /** Stamp the broker's clock as each batch's timestamp (message.timestamp.type=LogAppendTime). */
  readonly logAppendTime?: boolean;
  /** The caller has already checked every batch's CRC (the produce path does, before its producer checks): skip the second pass. */
  readonly crcVerified?: boolean;
}

interface Offsets {
  recoveryPoint: number;
  logStartOffset: number;
}

export class Log {
  private segments: LogSegment[] = [];
  private startOffset = 0;
  private endOffset = 0;
  private durableEnd = 0;
  /** The recovery point as last written to the checkpoint file. */
  private checkpointedRecoveryPoint = 0;
  private readonly mutex = new Mutex();
  private syncing: Promise<void> | null = null;
  private startedSyncs = 0;
  private completedSyncs = 0;
  private dirDirty = false;
  /** Bumped by every truncation, so a sync that raced one does not claim the truncated range. */
  private truncations = 0;
  /** Index files written at roll, fsynced by the next sync. */
  private pendingIndexFiles: FileHandle[] = [];
  private offlineError: SkiffError | null = null;
  private closed = false;

  private constructor(
    private readonly options: LogOptions,
    readonly epochs: LeaderEpochCache,
  ) {}

  get dir(): string {
    return this.options.dir;
  }

  get config(): LogConfig {
    return this.options.config;
  }

  get logStartOffset(): number {
    return this.startOffset;
  }

  get logEndOffset(): number {
    return this.endOffset;
  }

  /** Everything below this offset is fsynced. */
  get durableEndOffset(): number {
    return this.durableEnd;
  }

  get recoveryPoint(): number {
    return this.checkpointedRecoveryPoint;
  }

  get isOffline(): boolean {
    return this.offlineError !== null;
  }

  get sizeInBytes(): number {
    let total = 0;
    for (const segment of this.segments) total += segment.sizeBytes;
    return total;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** Base offsets of the segments, oldest first (for tests and tools). */
  segmentBaseOffsets(): number[] {
    return this.segments.map((s) => s.baseOffset);
  }

  /** Opens (creating if needed) and recovers the log in `dir`. */
  static async open(options: LogOptions): Promise<Log> {
    try {
      // A new partition directory must survive power loss along with what is synced inside it.
      if (!(await options.fs.exists(options.dir))) await mkdirDurable(options.fs, options.dir);
      const epochs = await LeaderEpochCache.load(options.fs, options.dir, options.logger);
      const log = new Log(options, epochs);
      await log.load();
      return log;
    } catch (error) {
      throw storageError(error, `opening log ${options.dir}`);
    }
  }

  // --- appends -------------------------------------------------------------

  /**
   * Appends producer batches as the leader: validates every batch (magic, CRC,
   * size), assigns offsets from the log end and stamps `leaderEpoch`, in place
   * in `records` (the log takes ownership of the buffer).
   */
  appendAsLeader(records: Uint8Array, leaderEpoch: number, options: AppendAsLeaderOptions = {}): Promise<AppendResult> {
    return this.mutation('append', async () => {
      const batches = this.validate(records);
      let offset = this.endOffset;
      const logAppendTime = options.logAppendTime === true ? this.options.clock.now() : -1;
      const stamped = batches.map((batch) => {
        setBaseOffset(records, batch.position, offset);
        setPartitionLeaderEpoch(records, batch.position, leaderEpoch);
        if (logAppendTime >= 0) setLogAppendTime(records, batch.position, batch.size, logAppendTime);
        const header: BatchHeader = {
          ...batch.header,
          baseOffset: offset,
          partitionLeaderEpoch: leaderEpoch,
          maxTimestamp: logAppendTime >= 0 ? logAppendTime : batch.header.maxTimestamp,
        };
        offset = lastOffsetOf(header) + 1;
        return { ...batch, header };
      });
      return this.appendValidated(records, stamped, logAppendTime, options.crcVerified === true);
    });
  }

  /**
   * Appends batches fetched from the leader as they are (offsets and epochs
   * already assigned). The first batch must start at or after the log end and
   * offsets must increase.
   */
  appendAsFollower(records: Uint8Array): Promise<AppendResult> {
    return this.mutation('append', async () => {
      const batches = this.validate(records);
      let next = this.endOffset;
      let epoch = this.epochs.latestEpoch() ?? noPartitionLeaderEpoch;
      for (const { header } of batches) {
        if (header.baseOffset < next) {
          throw new SkiffError('INVALID_REQUEST', `follower append of offset ${header.baseOffset} below the expected ${next} in ${this.dir}`);
        }
        if (header.partitionLeaderEpoch < epoch) {
          throw new SkiffError('INVALID_REQUEST', `follower append of epoch ${header.partitionLeaderEpoch} after epoch ${epoch} in ${this.dir}`);
        }
        epoch = header.partitionLeaderEpoch;
        next = lastOffsetOf(header) + 1;
      }
      return this.appendValidated(records, batches, -1);
    });
  }

  /** Header-level validation; the CRCs are checked by appendValidated while the write is in flight. */
  private validate(records: Uint8Array): { header: BatchHeader; position: number; size: number }[] {
    const batches = splitBatches(records, undefined, false);
    if (batches.length === 0) throw new SkiffError('INVALID_REQUEST', 'append of an empty record set');
    for (const batch of batches) {
      if (batch.size > this.config.maxMessageBytes) {
        throw new SkiffError('MESSAGE_TOO_LARGE', `record batch of ${batch.size} bytes exceeds max.message.bytes ${this.config.maxMessageBytes}`);
      }
    }
    return batches;
  }

  private async appendValidated(
    records: Uint8Array,
    batches: readonly { header: BatchHeader; position: number; size: number }[],
    logAppendTime: number,
    crcVerified = false,
  ): Promise<AppendResult> {
    const first = batches[0]!.header;
    const last = batches[batches.length - 1]!.header;
    // Split the set at batch boundaries so no segment grows past segment.bytes
    // (unless a single batch is bigger); each run is one write.
    let runStart = 0;
    let verify: (() => void) | undefined = crcVerified ? undefined : () => verifyBatchCrcs(records, batches);
    while (runStart < batches.length) {
      const active = await this.maybeRoll(batches[runStart]!.size, batches[runStart]!.header.baseOffset, lastOffsetOf(batches[runStart]!.header));
      let runEnd = runStart + 1;
      let runBytes = batches[runStart]!.size;
      while (runEnd < batches.length && active.sizeBytes + runBytes + batches[runEnd]!.size <= this.config.segmentBytes) {
        runBytes += batches[runEnd]!.size;
        runEnd++;
      }
      const run = batches.slice(runStart, runEnd);
      const offsetInRecords = run[0]!.position;
      const runRecords = records.subarray(offsetInRecords, offsetInRecords + runBytes);
      await active.append(runRecords, run.map((b) => ({ ...b, position: b.position - offsetInRecords })), verify);
      verify = undefined;
      for (const { header } of run) {
        if (header.partitionLeaderEpoch >= 0) this.epochs.assign(header.partitionLeaderEpoch, header.baseOffset);
      }
      this.endOffset = lastOffsetOf(run[run.length - 1]!.header) + 1;
      runStart = runEnd;
    }
    return { firstOffset: first.baseOffset, lastOffset: lastOffsetOf(last), logAppendTime, batches: batches.length };
  }

  private async maybeRoll(incomingBytes: number, firstOffset: number, lastOffset: number): Promise<LogSegment> {
    const active = this.activeSegment();
    const now = this.options.clock.now();
    const full = active.sizeBytes + incomingBytes > this.config.segmentBytes;
    const old = now - active.rollBaseTimeMs >= this.config.segmentMs;
    const overflow = lastOffset - active.baseOffset > maxRelativeOffset;
    if (active.isEmpty || !(full || old || overflow)) {
      if (active.isEmpty && firstOffset !== active.baseOffset) return this.replaceEmptyActive(firstOffset);
      return active;
    }
    return this.roll(firstOffset);
  }

  /** Starts a new active segment at `baseOffset`, sealing the current one's indexes to disk. */
  private async roll(baseOffset: number): Promise<LogSegment> {
    const previous = this.activeSegment();
    previous.sealTimeIndex();
    // The new segment's name becomes durable with the next directory sync;
    // syncDirAfterSealed() makes sure the sealed segments' data goes first.
    await this.writeIndexFiles(previous);
    const segment = await this.createSegment(baseOffset);
    this.segments.push(segment);
    this.options.logger.debug({ dir: this.dir, baseOffset }, 'rolled log segment');
    return segment;
  }

  /**
   * A follower's first batch after a compacted gap starts past the empty
   * active segment's base: rename by recreating it, so a segment's base is
   * always its first batch's offset (the file name is the offset lookup key).
   */
  private async replaceEmptyActive(baseOffset: number): Promise<LogSegment> {
    const old = this.segments.pop()!;
    await this.removeSegmentFiles(old);
    const segment = await this.createSegment(baseOffset);
    this.segments.push(segment);
    return segment;
  }

  // --- durability ----------------------------------------------------------

  /**
   * Makes every append made before this call durable; resolves with the
   * durable end offset. Concurrent callers share fsyncs (group commit).
   */
  async sync(): Promise<number> {
    this.ensureOnline();
    if (this.durableEnd >= this.endOffset && !this.dirDirty && this.pendingIndexFiles.length === 0 && !this.segments.some((s) => s.dirty)) {
      return this.durableEnd;
    }
    // Only a sync that starts after this call covers this call's appends.
    const ticket = this.startedSyncs + 1;
    while (this.completedSyncs < ticket) {
      this.ensureOnline();
      if (this.syncing !== null) {
        await this.syncing.catch(() => undefined);
        continue;
      }
      await this.runSync();
    }
    return this.durableEnd;
  }

  private async runSync(): Promise<void> {
    const id = ++this.startedSyncs;
    this.syncing = this.syncOnce();
    try {
      await this.syncing;
      this.completedSyncs = Math.max(this.completedSyncs, id);
    } finally {
      this.syncing = null;
    }
  }

  private async syncOnce(): Promise<void> {
    const end = this.endOffset;
    const truncations = this.truncations;
    const dirty = this.segments.filter((s) => s.dirty);
    const indexFiles = this.pendingIndexFiles;
    this.pendingIndexFiles = [];
    const dirDirty = this.dirDirty;
    this.dirDirty = false;
    const flushed = this.options.flushDuration?.startTimer();
    try {
      for (const segment of dirty) await segment.sync();
      for (const handle of indexFiles) {
        await handle.sync();
        await handle.close();
      }
      if (dirDirty) await this.options.fs.syncDir(this.dir);
    } catch (error) {
      if (dirDirty) this.dirDirty = true;
      throw this.goOffline(error, 'sync');
    }
    flushed?.();
    if (truncations === this.truncations) this.durableEnd = Math.max(this.durableEnd, end);
  }

  /**
   * Writes the recovery point (the durable end) and the log start offset, after
   * flushing the leader-epoch checkpoint: recovery trusts everything below the
   * recovery point, so the epochs of that range must already be on disk.
   */
  checkpoint(): Promise<void> {
    return this.mutation('checkpoint', () => this.writeOffsetsCheckpoint(this.durableEnd));
  }

  private async writeOffsetsCheckpoint(recoveryPoint: number): Promise<void> {
    // Recovery trusts the index files of every segment below the recovery point: they must be durable first.
    const indexFiles = this.pendingIndexFiles;
    this.pendingIndexFiles = [];
    for (const handle of indexFiles) {
      await handle.sync();
      await handle.close();
    }
    // The checkpoint's directory sync also makes new segment names durable.
    for (const segment of this.segments.slice(0, -1)) await segment.sync();
    await this.epochs.flush(this.options.fs);
    const offsets: Offsets = { recoveryPoint, logStartOffset: this.startOffset };
    await writeCheckpoint(this.options.fs, this.dir, logOffsetsCheckpointName, [offsets], (o) => `${o.recoveryPoint} ${o.logStartOffset}`);
    this.checkpointedRecoveryPoint = recoveryPoint;
  }

  // --- reads ---------------------------------------------------------------

  /** Reads whole batches from the one holding `fromOffset` (or the next one after a compacted gap). */
  async read(fromOffset: number, options: ReadOptions): Promise<ReadResult> {
    this.ensureOnline();
    if (fromOffset < this.startOffset || fromOffset > this.endOffset) {
      throw new SkiffError('OFFSET_OUT_OF_RANGE', `offset ${fromOffset} is outside [${this.startOffset}, ${this.endOffset}] of ${this.dir}`);
    }
    const maxOffset = Math.min(options.maxOffset ?? this.endOffset, this.endOffset);
    const empty = { records: new Uint8Array(0), logStartOffset: this.startOffset, logEndOffset: this.endOffset };
    if (fromOffset >= maxOffset) return empty;
    const segments = this.segments;
    try {
      for (let i = this.segmentIndexFor(fromOffset); i < segments.length; i++) {
        const segment = segments[i]!;
        if (segment.baseOffset >= maxOffset) break;
        const bytes = await segment.read(fromOffset, options.maxBytes, maxOffset, options.minOneBatch ?? true);
        if (bytes !== null) return { ...empty, records: bytes };
      }
    } catch (error) {
      if (isSkiffError(error)) throw error;
      throw this.goOffline(error, 'read');
    }
    return empty;
  }

  /**
   * Headers of every batch in [fromOffset, maxOffset), segment by segment,
   * without decoding records (used by compaction, tools and the quorum log).
   */
  async *batches(fromOffset = this.startOffset, maxOffset = this.endOffset): AsyncGenerator<{ header: BatchHeader; bytes: Uint8Array }> {
    let offset = fromOffset;
    while (offset < maxOffset) {
      const { records } = await this.read(offset, { maxBytes: 1 << 20, maxOffset, minOneBatch: true });
      if (records.byteLength === 0) return;
      for (const batch of splitBatches(records)) {
        yield { header: batch.header, bytes: records.subarray(batch.position, batch.position + batch.size) };
        offset = lastOffsetOf(batch.header) + 1;
      }
    }
  }

  /**
   * The first batch holding a record with timestamp ≥ `timestamp`: its header
   * and position. The caller decodes it to find the exact record offset (the
   * log never decodes records). Null if every record is older.
   */
  async findBatchByTimestamp(timestamp: number): Promise<{ header: BatchHeader; bytes: Uint8Array } | null> {
    this.ensureOnline();
    for (const segment of this.segments) {
      if (segment.maxTimestamp < timestamp) continue;
      const from = Math.max(segment.timeIndex.floorOffset(timestamp), this.startOffset);
      const next = this.segments[this.segments.indexOf(segment) + 1]?.baseOffset ?? this.endOffset;
      for await (const batch of this.batches(from, next)) {
        if (batch.header.maxTimestamp >= timestamp) return batch;
      }
    }
    return null;
  }

  /**
   * ListOffsets by timestamp: the first record with timestamp ≥ `timestamp`
   * (its offset and timestamp), or null if every record is older. Decodes the
   * one batch that holds it; every other step reads headers and indexes only.
   */
  async offsetForTimestamp(timestamp: number): Promise<{ offset: number; timestamp: number } | null> {
    const found = await this.findBatchByTimestamp(timestamp);
    if (found === null) return null;
    if (hasLogAppendTime(found.header)) return { offset: Math.max(found.header.baseOffset, this.startOffset), timestamp: found.header.maxTimestamp };
    const record = decodeBatch(found.bytes, 0).records.find((r) => r.timestamp >= timestamp && r.offset >= this.startOffset);
    return record === undefined ? null : { offset: record.offset, timestamp: record.timestamp };
  }

  /** Kafka's OffsetsForLeaderEpoch answer for this log. */
  endOffsetForEpoch(epoch: number): EpochEndOffset {
    return this.epochs.endOffsetFor(epoch, this.endOffset);
  }

  // --- truncation and deletion ---------------------------------------------

  /**
   * Removes every batch holding an offset ≥ `offset` and returns the new log
   * end. Batches are whole, so a cut inside a batch ends the log at that
   * batch's base. Durable before it returns.
   */
  truncateTo(offset: number): Promise<number> {
    return this.mutation('truncate', async () => {
      if (offset >= this.endOffset) return this.endOffset;
      if (offset <= this.startOffset) {
        await this.resetTo(offset < this.startOffset ? offset : this.startOffset);
        return this.endOffset;
      }
      this.truncations++;
      while (this.segments.length > 1 && this.activeSegment().baseOffset >= offset) {
        await this.removeSegmentFiles(this.segments.pop()!);
      }
      const segment = this.activeSegment();
      const location = await segment.findBatch(offset);
      if (location !== null && location.implausible === null && location.baseOffset < this.startOffset) {
        // The cut falls inside the batch holding the log start: nothing at or after the start survives.
        await this.resetTo(this.startOffset);
        return this.endOffset;
      }
      const cutAt = location === null ? segment.nextOffset : location.implausible !== null ? location.safeEnd : location.baseOffset;
      const newEnd = Math.max(this.startOffset, Math.min(offset, cutAt));
      if (location !== null) await segment.truncateToPosition(location.position, newEnd);
      await this.removeIndexFiles(segment); // stale on disk: the active segment keeps its index in memory only
      this.endOffset = newEnd;
      this.durableEnd = Math.min(this.durableEnd, newEnd);
      this.epochs.truncateFromEnd(newEnd);
      await this.makeTruncationDurable(segment);
      this.options.logger.info({ dir: this.dir, offset, logEndOffset: newEnd }, 'truncated log');
      return newEnd;
    });
  }

  /** Drops every segment and restarts the log, empty, at `offset` (a follower far behind, or a reset). */
  truncateFullyAndStartAt(offset: number): Promise<void> {
    return this.mutation('truncate', () => this.resetTo(offset));
  }

  private async resetTo(offset: number): Promise<void> {
    this.truncations++;
    for (const segment of this.segments) await this.removeSegmentFiles(segment);
    this.segments = [await this.createSegment(offset)];
    this.startOffset = offset;
    this.endOffset = offset;
    this.durableEnd = offset;
    this.epochs.clear();
    await this.activeSegment().sync();
    // The checkpoint's directory sync also commits the removals above, in one step.
    await this.writeOffsetsCheckpoint(offset);
    this.dirDirty = false;
    this.options.logger.info({ dir: this.dir, offset }, 'log reset to an empty log');
  }

  /**
   * Every directory sync of the log goes through here (or follows a full
   * sync): it first fsyncs the sealed segments, because a durable segment name
   * must never outlive the data below its base offset — recovery would take
   * the log end from the name and invent offsets.
   */
  private async syncDirAfterSealed(): Promise<void> {
    for (const segment of this.segments.slice(0, -1)) await segment.sync();
    await this.options.fs.syncDir(this.dir);
  }

  private async makeTruncationDurable(segment: LogSegment): Promise<void> {
    await segment.sync();
    await this.syncDirAfterSealed();
    this.dirDirty = false;
    // A recovery point past the new end would let recovery trust segments rewritten after this truncation.
    if (this.checkpointedRecoveryPoint > this.endOffset) await this.writeOffsetsCheckpoint(this.endOffset);
    else await this.epochs.flush(this.options.fs);
  }

  /**
   * Moves the log start offset forward (Kafka's DeleteRecords): offsets below
   * it are no longer served, and segments wholly below it are deleted.
   */
  deleteRecordsBefore(offset: number): Promise<void> {
    return this.mutation('delete-records', async () => {
      if (offset > this.endOffset) {
        throw new SkiffError('OFFSET_OUT_OF_RANGE', `cannot delete records before ${offset}: the log ends at ${this.endOffset}`);
      }
      if (offset <= this.startOffset) return;
      this.startOffset = offset;
      // Offsets below the start are gone whatever happens: after a crash the log restarts at it at least.
      this.durableEnd = Math.max(this.durableEnd, offset);
      await this.deleteSegmentsBelowStart();
      this.epochs.truncateFromStart(offset);
      await this.writeOffsetsCheckpoint(this.checkpointedRecoveryPoint);
    });
  }

  private async deleteSegmentsBelowStart(): Promise<number> {
    let deleted = 0;
    while (this.segments.length > 1 && this.segments[1]!.baseOffset <= this.startOffset) {
      await this.removeSegmentFiles(this.segments.shift()!);
      deleted++;
    }
    if (deleted > 0) {
      await this.syncDirAfterSealed();
      this.dirDirty = false;
    }
    return deleted;
  }

  /**
   * Retention (cleanup.policy includes delete): removes whole non-active
   * segments whose newest record is older than retention.ms, then the oldest
   * while the log exceeds retention.bytes. An expired active segment is rolled
   * first so it can go too. Returns the number of segments deleted.
   */
  enforceRetention(): Promise<number> {
    return this.mutation('retention', async () => {
      if (!deletes(this.config)) return 0;
      const now = this.options.clock.now();
      const { retentionMs, retentionBytes } = this.config;
      const expired = (s: LogSegment): boolean => retentionMs >= 0 && now - (s.maxTimestamp >= 0 ? s.maxTimestamp : s.rollBaseTimeMs) > retentionMs;
      const active = this.activeSegment();
      if (!active.isEmpty && expired(active) && this.segments.every(expired)) {
        await this.roll(this.endOffset);
      }
      let size = this.sizeInBytes;
      let newStart = this.startOffset;
      let count = 0;
      for (let i = 0; i < this.segments.length - 1; i++) {
        const segment = this.segments[i]!;
        const tooBig = retentionBytes >= 0 && size - segment.sizeBytes >= retentionBytes;
        if (!expired(segment) && !tooBig) break;
        size -= segment.sizeBytes;
        newStart = this.segments[i + 1]!.baseOffset;
        count++;
      }
      if (count === 0) return 0;
      this.startOffset = Math.max(this.startOffset, newStart);
      this.durableEnd = Math.max(this.durableEnd, this.startOffset);
      const deleted = await this.deleteSegmentsBelowStart();
      this.epochs.truncateFromStart(this.startOffset);
      await this.writeOffsetsCheckpoint(this.checkpointedRecoveryPoint);
      this.options.logger.info({ dir: this.dir, segments: deleted, logStartOffset: this.startOffset }, 'retention deleted log segments');
      return deleted;
    });
  }

  /**
   * Compaction (cleanup.policy includes compact): rewrites the non-active
   * segments older than min.compaction.lag.ms so that only the latest record
   * per key survives (see cleaner.ts). Each cleaned segment is written to
   * `<base>.log.cleaned`, fsynced, then renamed over the original — a crash
   * leaves the old segment or the new one, and recovery deletes a stray
   * `.cleaned`. Appends continue while segments are rewritten; the swap
   * itself runs under the log's mutex and is skipped if the segment went away
   * meanwhile (truncation, retention).
   */
  async compact(): Promise<{ segmentsCleaned: number; recordsRemoved: number; bytesBefore: number; bytesAfter: number }> {
    const result = { segmentsCleaned: 0, recordsRemoved: 0, bytesBefore: 0, bytesAfter: 0 };
    if (!compacts(this.config)) return result;
    this.ensureOnline();
    const now = this.options.clock.now();
    const cleanable: LogSegment[] = [];
    for (const segment of this.segments.slice(0, -1)) {
      if (segment.maxTimestamp > now - this.config.minCompactionLagMs) break;
      cleanable.push(segment);
    }
    if (cleanable.length === 0) return result;
    try {
      const map: OffsetMap = new Map();
      for (const segment of cleanable) {
        for await (const batch of this.segmentBatches(segment)) indexBatch(batch, map);
      }
      for (const segment of cleanable) {
        const dropTombstones = segment.maxTimestamp < now - this.config.deleteRetentionMs;
        const cleaned = await this.cleanSegment(segment, map, dropTombstones);
        if (cleaned === null) continue;
        result.segmentsCleaned++;
        result.recordsRemoved += cleaned.recordsRemoved;
        result.bytesBefore += segment.sizeBytes;
        result.bytesAfter += cleaned.bytes;
      }
    } catch (error) {
      if (isSkiffError(error) && error.code !== 'KAFKA_STORAGE_ERROR') throw error;
      throw this.goOffline(error, 'compaction');
    }
    if (result.segmentsCleaned > 0) {
      this.options.logger.info({ dir: this.dir, ...result }, 'compacted log segments');
    }
    return result;
  }

  /** Every batch of one segment, read straight from it (compaction keeps records below the log start as they are). */
  private async *segmentBatches(segment: LogSegment): AsyncGenerator<Uint8Array> {
    let offset = segment.baseOffset;
    // A segment deleted meanwhile (retention, truncation) simply ends the iteration.
    while (this.segments.includes(segment)) {
      const chunk = await segment.read(offset, 1 << 20, Number.MAX_SAFE_INTEGER, true);
      if (chunk === null) return;
      for (const batch of splitBatches(chunk)) {
        yield chunk.subarray(batch.position, batch.position + batch.size);
        offset = lastOffsetOf(batch.header) + 1;
      }
    }
  }

  private async cleanSegment(segment: LogSegment, map: OffsetMap, dropTombstones: boolean): Promise<{ recordsRemoved: number; bytes: number } | null> {
    const { fs } = this.options;
    const cleanedPath = segment.path + cleanedSuffix;
    const out = await fs.open(cleanedPath, { create: true });
    let written = 0;
    let recordsRemoved = 0;
    const kept: { header: BatchHeader; position: number; size: number }[] = [];
    try {
      await out.truncate(0);
      for await (const batch of this.segmentBatches(segment)) {
        const cleaned = cleanBatch(batch, map, { dropTombstones });
        recordsRemoved += cleaned.recordsRemoved;
        if (cleaned.batch === null) continue;
        await out.write(written, cleaned.batch);
        const check = checkBatchAt(cleaned.batch, 0);
        assert(check.ok, 'a cleaned batch is well-formed');
        kept.push({ header: check.header, position: written, size: check.size });
        written += check.size;
      }
      if (recordsRemoved === 0) {
        await out.close();
        await fs.remove(cleanedPath);
        return null;
      }
      await out.sync();
      await out.close();
    } catch (error) {
      await out.close().catch(() => undefined);
      throw error;
    }
    const swapped = await this.mutex.run(async () => {
      if (!this.segments.includes(segment) || segment === this.activeSegment()) {
        await fs.remove(cleanedPath);
        return false;
      }
      // Stale indexes go first: if the rename lands and they did not, recovery rebuilds them.
      await this.removeIndexFiles(segment);
      await fs.rename(cleanedPath, segment.path);
      await this.syncDirAfterSealed();
      const replacement = await this.openSegment(segment.baseOffset);
      for (const batch of kept) replacement.track(batch.header, batch.position, batch.size);
      replacement.sealTimeIndex();
      this.segments[this.segments.indexOf(segment)] = replacement;
      await segment.retire();
      await this.writeIndexFiles(replacement);
      return true;
    });
    return swapped ? { recordsRemoved, bytes: written } : null;
  }

  // --- lifecycle -----------------------------------------------------------

  /** Syncs everything, writes indexes and checkpoints, then the clean-shutdown marker. */
  close(): Promise<void> {
    return this.mutation('close', async () => {
      if (this.closed) return;
      const active = this.activeSegment();
      active.sealTimeIndex();
      await this.writeIndexFiles(active);
      while (this.syncing !== null) await this.syncing.catch(() => undefined);
      this.ensureOnline();
      await this.runSync();
      await this.writeOffsetsCheckpoint(this.endOffset);
      const marker = await this.options.fs.open(joinPath(this.dir, cleanShutdownMarkerName), { create: true });
      await marker.close();
      await this.options.fs.syncDir(this.dir);
      this.closed = true;
      for (const segment of this.segments) await segment.retire();
    }, true);
  }

  /** Closes file handles without syncing or marking a clean shutdown (a dying process, or an offline log). */
  async abandon(): Promise<void> {
    this.closed = true;
    for (const segment of this.segments) await segment.retire();
    for (const handle of this.pendingIndexFiles) await handle.close().catch(() => undefined);
    this.pendingIndexFiles = [];
  }

  // --- internals -----------------------------------------------------------

  private activeSegment(): LogSegment {
    const segment = this.segments[this.segments.length - 1];
    assert(segment !== undefined, 'a log always has an active segment');
    return segment;
  }

  /** Index of the last segment whose base is ≤ offset (0 if none). */
  private segmentIndexFor(offset: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid]!.baseOffset <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private async createSegment(baseOffset: number): Promise<LogSegment> {
    const path = joinPath(this.dir, segmentFileName(baseOffset));
    const handle = await this.options.fs.open(path, { create: true });
    // A stale file of the same name (left by a crash) must not leak old bytes.
    await handle.truncate(0);
    this.dirDirty = true;
    const segment = new LogSegment(baseOffset, path, handle, new OffsetIndex(baseOffset), new TimeIndex(baseOffset), this.options.clock.now(), this.config.indexIntervalBytes, !compacts(this.config));
    segment.dirty = true;
    return segment;
  }

  private async removeSegmentFiles(segment: LogSegment): Promise<void> {
    await segment.retire();
    await this.options.fs.remove(segment.path);
    await this.removeIndexFiles(segment);
    this.dirDirty = true;
  }

  private async removeIndexFiles(segment: LogSegment): Promise<void> {
    await this.options.fs.remove(joinPath(this.dir, segmentFileName(segment.baseOffset, indexSuffix)));
    await this.options.fs.remove(joinPath(this.dir, segmentFileName(segment.baseOffset, timeIndexSuffix)));
  }

  private async writeIndexFiles(segment: LogSegment): Promise<void> {
    for (const [suffix, bytes] of [
      [indexSuffix, segment.index.encode()],
      [timeIndexSuffix, segment.timeIndex.encode()],
    ] as const) {
      const handle = await this.options.fs.open(joinPath(this.dir, segmentFileName(segment.baseOffset, suffix)), { create: true });
      await handle.truncate(0);
      await handle.write(0, bytes);
      this.pendingIndexFiles.push(handle);
    }
    this.dirDirty = true;
  }

  private ensureOnline(): void {
    if (this.offlineError !== null) throw this.offlineError;
    if (this.closed) throw new SkiffError('KAFKA_STORAGE_ERROR', `log ${this.dir} is closed`);
  }

  private goOffline(error: unknown, during: string): SkiffError {
    if (this.offlineError === null) {
      this.offlineError = storageError(error, `log ${this.dir} went offline during ${during}`);
      this.options.logger.error({ dir: this.dir, during, err: error }, 'log offline after an I/O error');
      this.options.onOffline?.(this.offlineError);
    }
    return this.offlineError;
  }

  /** Runs a mutation under the log's mutex; file-system errors take the log offline. */
  private mutation<T>(name: string, fn: () => Promise<T>, allowClosed = false): Promise<T> {
    return this.mutex.run(async () => {
      if (this.offlineError !== null) throw this.offlineError;
      if (this.closed && !allowClosed) throw new SkiffError('KAFKA_STORAGE_ERROR', `log ${this.dir} is closed`);
      try {
        return await fn();
      } catch (error) {
        if (isSkiffError(error) && error.code !== 'KAFKA_STORAGE_ERROR') throw error;
        throw this.goOffline(error, name);
      }
    });
  }

  // --- recovery ------------------------------------------------------------

  private async load(): Promise<void> {
    const { fs, logger } = this.options;
    const names = await fs.list(this.dir);
    const clean = names.includes(cleanShutdownMarkerName);
    if (clean) {
      await fs.remove(joinPath(this.dir, cleanShutdownMarkerName));
      this.dirDirty = true;
    }
    for (const name of names) {
      if (name.endsWith(cleanedSuffix) || name.endsWith('.tmp')) {
        await fs.remove(joinPath(this.dir, name));
        this.dirDirty = true;
      }
    }
    const offsets = await this.readOffsetsCheckpoint();
    this.checkpointedRecoveryPoint = offsets.recoveryPoint;
    const bases = names.map((n) => parseOffsetFileName(n)).filter((b): b is number => b !== null).sort((a, b) => a - b);
    const logBases = new Set(bases);
    for (const name of names) {
      const base = parseOffsetFileName(name, indexSuffix) ?? parseOffsetFileName(name, timeIndexSuffix);
      if (base !== null && !logBases.has(base)) {
        await fs.remove(joinPath(this.dir, name));
        this.dirDirty = true;
      }
    }

    let recovering = false;
    let scanned = 0;
    const rescanned = new Set<LogSegment>();
    for (let i = 0; i < bases.length; i++) {
      const base = bases[i]!;
      const previous = this.segments[this.segments.length - 1];
      if (previous !== undefined && base < previous.nextOffset) {
        logger.warn({ dir: this.dir, base, previousEnd: previous.nextOffset }, 'removing overlapping log segment and everything after it');
        await this.removeFrom(bases.slice(i));
        break;
      }
      const nextBase = bases[i + 1];
      const trusted = !recovering && (clean || (nextBase !== undefined && nextBase <= offsets.recoveryPoint));
      const segment = await this.openSegment(base);
      if (trusted && (await this.loadIndexes(segment, nextBase))) {
        this.segments.push(segment);
        continue;
      }
      if (!recovering) {
        // Epochs of the recovered range come from the batches themselves.
        this.epochs.truncateFromEnd(base);
        recovering = true;
      }
      const complete = await this.scanSegment(segment, offsets.logStartOffset, nextBase);
      this.segments.push(segment);
      rescanned.add(segment);
      scanned++;
      if (!complete) {
        await this.removeFrom(bases.slice(i + 1));
        break;
      }
    }

    if (this.segments.length === 0) this.segments.push(await this.createSegment(offsets.logStartOffset));
    this.endOffset = this.activeSegment().nextOffset;
    this.startOffset = Math.max(offsets.logStartOffset, this.segments[0]!.baseOffset);
    if (this.startOffset > this.endOffset) {
      logger.warn({ dir: this.dir, logStartOffset: this.startOffset, logEndOffset: this.endOffset }, 'log start is past the recovered end: restarting empty at the log start');
      await this.resetTo(this.startOffset);
    }
    this.epochs.truncateFromEnd(this.endOffset);
    this.epochs.truncateFromStart(this.startOffset);

    // What a killed process wrote may sit unsynced in the page cache: make
    // everything recovery accepted durable before serving or extending it.
    if (!clean) for (const segment of this.segments) segment.dirty = true;
    // Index files on disk for the segments recovery scanned are whatever the
    // last process left, possibly never synced: replace them with the rebuilt
    // ones before the recovery point moves past those segments.
    for (const segment of this.segments.slice(0, -1)) {
      if (!rescanned.has(segment)) continue;
      segment.sealTimeIndex();
      await this.writeIndexFiles(segment);
    }
    const active = this.activeSegment();
    if (rescanned.has(active) || !clean) await this.removeIndexFiles(active);
    await this.syncOnce();
    this.durableEnd = this.endOffset;
    if (!clean || this.checkpointedRecoveryPoint !== this.endOffset) await this.writeOffsetsCheckpoint(this.endOffset);
    logger.info(
      { dir: this.dir, clean, segments: this.segments.length, scanned, logStartOffset: this.startOffset, logEndOffset: this.endOffset },
      'log loaded',
    );
  }

  private async readOffsetsCheckpoint(): Promise<Offsets> {
    const entries = await readCheckpoint(this.options.fs, joinPath(this.dir, logOffsetsCheckpointName), (line) => {
      const match = /^(\d+) (\d+)$/.exec(line);
      return match ? { recoveryPoint: Number(match[1]), logStartOffset: Number(match[2]) } : undefined;
    });
    return entries?.[0] ?? { recoveryPoint: 0, logStartOffset: 0 };
  }

  private async openSegment(base: number): Promise<LogSegment> {
    const path = joinPath(this.dir, segmentFileName(base));
    const handle = await this.options.fs.open(path);
    return new LogSegment(base, path, handle, new OffsetIndex(base), new TimeIndex(base), this.options.clock.now(), this.config.indexIntervalBytes, !compacts(this.config));
  }

  private async removeFrom(bases: readonly number[]): Promise<void> {
    for (const base of bases) {
      await this.options.fs.remove(joinPath(this.dir, segmentFileName(base)));
      await this.options.fs.remove(joinPath(this.dir, segmentFileName(base, indexSuffix)));
      await this.options.fs.remove(joinPath(this.dir, segmentFileName(base, timeIndexSuffix)));
      this.dirDirty = true;
    }
  }

  /**
   * Loads a trusted segment's indexes from disk, checking that they fit the
   * file and that the batches after the last index entry chain up to the end.
   * False (rebuild by scanning) if anything is missing or off.
   */
  private async loadIndexes(segment: LogSegment, nextBase: number | undefined): Promise<boolean> {
    const { fs } = this.options;
    const indexPath = joinPath(this.dir, segmentFileName(segment.baseOffset, indexSuffix));
    const timePath = joinPath(this.dir, segmentFileName(segment.baseOffset, timeIndexSuffix));
    if (!(await fs.exists(indexPath)) || !(await fs.exists(timePath))) return false;
    const size = await segment.handle.size();
    const index = OffsetIndex.decode(segment.baseOffset, await fs.readFile(indexPath), Math.max(size, 1));
    if (index === null) return false;
    // Check every batch after the last index entry, CRC included: that tail
    // yields the segment's end offset, and a damaged header there must not.
    let position = index.lastPosition;
    let nextOffset = segment.baseOffset;
    const tail = position < size ? await segment.handle.read(position, size - position) : new Uint8Array(0);
    let at = 0;
    while (at < tail.byteLength) {
      const check = checkBatchAt(tail, at);
      if (!check.ok || check.header.baseOffset < nextOffset) return false;
      if (at === 0 && index.entries > 0 && check.header.baseOffset !== index.floor(check.header.baseOffset).offset) return false;
      nextOffset = lastOffsetOf(check.header) + 1;
      at += check.size;
    }
    position += at;
    if (position !== size || (nextBase !== undefined && nextOffset > nextBase)) return false;
    const timeIndex = TimeIndex.decode(segment.baseOffset, await fs.readFile(timePath), Math.max(nextOffset, segment.baseOffset + 1));
    if (timeIndex === null) return false;
    segment.index = index;
    segment.timeIndex = timeIndex;
    segment.adoptLoadedIndexes(size, Math.max(nextOffset, segment.baseOffset));
    return true;
  }

  /**
   * Re-reads a segment batch by batch, CRC-checking each and checking offsets
   * and epochs only move forward; rebuilds its indexes and cuts it at the
   * first bad batch. Returns false if it was cut.
   */
  private async scanSegment(segment: LogSegment, logStart: number, nextSegmentBase: number | undefined): Promise<boolean> {
    const fileSize = await segment.handle.size();
    let position = 0;
    let need = 0;
    let lastEpoch = this.epochs.latestEpoch() ?? noPartitionLeaderEpoch;
    let problem: string | null = null;
    scan: while (position < fileSize) {
      const length = Math.min(fileSize - position, Math.max(recoveryChunkBytes, need));
      const chunk = await segment.handle.read(position, length);
      let at = 0;
      while (at < chunk.byteLength) {
        const check = checkBatchAt(chunk, at);
        if (!check.ok) {
          if (check.reason === 'truncated' && position + chunk.byteLength < fileSize) {
            need = at === 0 ? batchLengthAt(chunk) : 0;
            if (at === 0 && need <= chunk.byteLength) {
              problem = check.detail;
              break scan;
            }
            break;
          }
          const skipped = check.reason === 'corrupt' ? deletedDamage(chunk, at, logStart, position + chunk.byteLength >= fileSize, nextSegmentBase) : null;
          if (skipped !== null) {
            // Damage in a batch wholly below the log start (logically deleted) must not cost the live batches after it.
            this.options.logger.warn({ path: segment.path, position: position + at, logStartOffset: logStart }, 'skipping a corrupt batch below the log start');
            segment.track(skipped.header, position + at, skipped.size);
            at += skipped.size;
            continue;
          }
          problem = check.detail;
          position += at;
          break scan;
        }
        const { header } = check;
        if (header.baseOffset < segment.nextOffset || (header.partitionLeaderEpoch < lastEpoch && header.partitionLeaderEpoch !== noPartitionLeaderEpoch)) {
          problem = `batch at offset ${header.baseOffset} (epoch ${header.partitionLeaderEpoch}) goes backwards`;
          position += at;
          break scan;
        }
        segment.track(header, position + at, check.size);
        if (header.partitionLeaderEpoch >= 0) {
          this.epochs.assign(header.partitionLeaderEpoch, header.baseOffset);
          lastEpoch = header.partitionLeaderEpoch;
        }
        at += check.size;
        need = 0;
      }
      position += at;
    }
    if (problem === null && position >= fileSize) return true;
    this.options.logger.warn({ path: segment.path, validBytes: segment.sizeBytes, fileBytes: fileSize, problem }, 'cutting log segment at a torn or corrupt batch');
    await segment.truncateToPosition(segment.sizeBytes, segment.nextOffset);
    return false;
  }
}

/**
 * A run of corrupt batches from `at` that is framed soundly (their lengths
 * chain onto a valid batch) and lies wholly below `logStart` (that valid batch
 * starts at or below it): returns one stand-in header spanning the run, or null.
 */
function deletedDamage(chunk: Uint8Array, at: number, logStart: number, fileEnds: boolean, nextSegmentBase: number | undefined): { header: BatchHeader; size: number } | null {
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk.byteLength - at < 12) return null;
  const baseOffset = Number(view.getBigInt64(at));
  if (!Number.isSafeInteger(baseOffset)) return null;
  let position = at;
  for (;;) {
    if (chunk.byteLength - position < 12) return null;
    const size = 12 + view.getInt32(position + 8);
    if (size < batchHeaderBytes || position + size > chunk.byteLength) return null;
    position += size;
    if (position === chunk.byteLength) {
      // The run ends the segment: the next segment's base bounds its offsets.
      if (!fileEnds || nextSegmentBase === undefined || nextSegmentBase > logStart || nextSegmentBase <= baseOffset) return null;
      const span = position - at;
      const stand = standInHeader();
      return { header: { ...stand, baseOffset, lastOffsetDelta: nextSegmentBase - 1 - baseOffset, maxTimestamp: -1, batchLength: span - 12 }, size: span };
    }
    const next = checkBatchAt(chunk, position);
    if (!next.ok) continue;
    if (next.header.baseOffset > logStart || next.header.baseOffset <= baseOffset) return null;
    const span = position - at;
    return { header: { ...next.header, baseOffset, lastOffsetDelta: next.header.baseOffset - 1 - baseOffset, maxTimestamp: -1, batchLength: span - 12 }, size: span };
  }
}

/** Header fields for a stand-in; only offsets and length matter to the segment's bookkeeping. */
function standInHeader(): BatchHeader {
  return {
    baseOffset: 0,
    batchLength: 0,
    partitionLeaderEpoch: noPartitionLeaderEpoch,
    magic: 2,
    crc: 0,
    attributes: 0,
    lastOffsetDelta: 0,
    baseTimestamp: -1,
    maxTimestamp: -1,
    producerId: -1,
    producerEpoch: -1,
    baseSequence: -1,
    recordsCount: 0,
  };
}

function batchLengthAt(chunk: Uint8Array): number {
  if (chunk.byteLength < 12) return 12;
  return 12 + new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength).getInt32(8);
}

function storageError(error: unknown, context: string): SkiffError {
  if (isSkiffError(error)) return error;
  const detail = isFsError(error) ? `${error.code} on ${error.path}` : error instanceof Error ? error.message : String(error);
  return new SkiffError('KAFKA_STORAGE_ERROR', `${context}: ${detail}`, { cause: error });
}
