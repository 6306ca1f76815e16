// The quorum log on disk, stored on the shared partition-log engine
// (src/storage/log) exactly as Kafka stores __cluster_metadata: one Kafka v2
// batch per entry, the entry's epoch as the batch's partitionLeaderEpoch,
// data entries as a plain record, LeaderChange entries as a control record
// (key: version 0, type 2). `skiff dump-log` therefore reads it like any
// partition.
//
// On top of the engine this store keeps an in-memory mirror of the persisted
// entries (the driver applies committed entries from it, not from the core's
// view, which may already be ahead of the disk), and enforces what Raft needs
// beyond a partition log: offsets are dense, so recovery also cuts the log at
// the first offset gap. Kafka's format leaves partitionLeaderEpoch outside the
// CRC (so leaders can stamp it in place); a Raft log must not trust an epoch a
// bit flip could change, so each record repeats it in an `epoch` header,
// inside the CRC, and decoding checks the two agree. Durability comes from the engine: appends are
// volatile until sync(); truncations, resets and segment deletions are
// durable before they return; recovery keeps the longest valid prefix and
// syncs it.

import { SkiffError, isSkiffError } from '../common/errors.js';
import type { Clock } from '../env/clock.js';
import type { FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import { decodeBatch, encodeBatch, encodeControlRecordKey } from '../storage/batch/index.js';
import { isControlBatch } from '../storage/batch/header.js';
import { Log } from '../storage/log/log.js';
import { logConfig } from '../storage/log/log-config.js';
import type { LogEntry } from './types.js';

/** Kafka's control record type for LeaderChange (ControlRecordType.LEADER_CHANGE). */
const leaderChangeControlType = 2;
const maxEntryBytes = 64 << 20;
const epochHeader = 'epoch';

export interface LogStoreOptions {
  readonly segmentBytes: number;
}

/** The quorum log needs no wall clock: it never rolls by time and has no retention. */
const noClock: Clock = {
  now: () => 0,
  setTimer: () => {
    throw new Error('the quorum log sets no timers');
  },
};

export function encodeEntry(entry: LogEntry): Uint8Array {
  const control = entry.kind === 'leader-change';
  return encodeBatch({
    baseOffset: entry.offset,
    partitionLeaderEpoch: entry.epoch,
    control,
    records: [{ key: control ? encodeControlRecordKey(leaderChangeControlType) : null, value: entry.data, timestamp: 0, headers: [{ key: epochHeader, value: epochBytes(entry.epoch) }] }],
  });
}

function epochBytes(epoch: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setInt32(0, epoch);
  return bytes;
}

export function decodeEntry(batch: Uint8Array): LogEntry {
  const { header, records } = decodeBatch(batch, 0);
  const record = records[0];
  if (records.length !== 1 || record === undefined) {
    throw new SkiffError('CORRUPT_MESSAGE', `quorum log batch at ${header.baseOffset} holds ${records.length} records, expected 1`);
  }
  const epoch = record.headers.find((h) => h.key === epochHeader)?.value;
  if (epoch?.byteLength !== 4 || new DataView(epoch.buffer, epoch.byteOffset, 4).getInt32(0) !== header.partitionLeaderEpoch) {
    throw new SkiffError('CORRUPT_MESSAGE', `quorum log batch at ${header.baseOffset}: epoch ${header.partitionLeaderEpoch} in the header does not match the record`);
  }
  return {
    offset: record.offset,
    epoch: header.partitionLeaderEpoch,
    kind: isControlBatch(header) ? 'leader-change' : 'data',
    data: record.value ?? new Uint8Array(0),
  };
}

export class LogStore {
  private entries: LogEntry[] = [];

  private constructor(private readonly log: Log) {}

  /**
   * Opens the log, recovering the longest valid prefix. `minStartOffset` is the
   * end of the latest durable snapshot: entries below it are dropped, and a log
   * that ends before it restarts there.
   */
  static async open(fs: FileSystem, dir: string, minStartOffset: number, options: LogStoreOptions, logger: Logger): Promise<LogStore> {
    const log = await Log.open({
      fs,
      dir,
      clock: noClock,
      logger,
      config: logConfig({ segmentBytes: options.segmentBytes, segmentMs: Number.MAX_SAFE_INTEGER, retentionMs: -1, maxMessageBytes: maxEntryBytes + 1024 }),
    });
    const store = new LogStore(log);
    await store.loadEntries(logger);
    await store.alignStart(minStartOffset);
    return store;
  }

  get logStartOffset(): number {
    return this.log.logStartOffset;
  }

  get logEndOffset(): number {
    return this.log.logEndOffset;
  }

  /** The persisted entries (shared, do not mutate). */
  allEntries(): readonly LogEntry[] {
    return this.entries;
  }

  entryAt(offset: number): LogEntry | undefined {
    return this.entries[offset - this.log.logStartOffset];
  }

  async append(entries: readonly LogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const batches = entries.map(encodeEntry);
    const bytes = new Uint8Array(batches.reduce((n, b) => n + b.byteLength, 0));
    let at = 0;
    for (const batch of batches) {
      bytes.set(batch, at);
      at += batch.byteLength;
    }
    if (entries[0]!.offset !== this.logEndOffset) {
      throw new SkiffError('INVALID_REQUEST', `quorum log append at ${entries[0]!.offset}, log ends at ${this.logEndOffset}`);
    }
    await this.log.appendAsFollower(bytes);
    this.entries.push(...entries);
  }

  async truncateTo(offset: number): Promise<void> {
    if (offset >= this.logEndOffset) return;
    await this.log.truncateTo(offset);
    this.entries.length = this.log.logEndOffset - this.log.logStartOffset;
  }

  /** Drops the whole log and restarts it empty at `offset` (after installing a snapshot). */
  async resetTo(offset: number): Promise<void> {
    await this.log.truncateFullyAndStartAt(offset);
    this.entries = [];
  }

  /** Deletes whole segments that lie entirely below `offset` (covered by a durable snapshot). */
  async deleteBefore(offset: number): Promise<void> {
    const bases = this.log.segmentBaseOffsets().filter((base) => base <= offset);
    const newStart = bases[bases.length - 1];
    if (newStart === undefined || newStart <= this.log.logStartOffset) return;
    await this.log.deleteRecordsBefore(newStart);
    this.entries.splice(0, newStart - (this.log.logEndOffset - this.entries.length));
  }

  /** Makes every append, truncation and segment change so far durable. */
  async sync(): Promise<void> {
    await this.log.sync();
  }

  async close(): Promise<void> {
    if (this.log.isOffline) await this.log.abandon();
    else await this.log.close();
  }

  /**
   * Reads every entry into memory. The engine has already cut torn tails; an
   * offset gap, an undecodable entry or a corrupt batch in a trusted segment
   * (invalid in a Raft log) ends the log there too.
   */
  private async loadEntries(logger: Logger): Promise<void> {
    let expected = this.log.logStartOffset;
    let problem: string | null = null;
    try {
      for await (const { header, bytes } of this.log.batches()) {
        if (header.baseOffset !== expected || header.lastOffsetDelta !== 0) {
          problem = `offset gap: expected ${expected}, found ${header.baseOffset}`;
          break;
        }
        this.entries.push(decodeEntry(bytes));
        expected++;
      }
    } catch (error) {
      if (!isSkiffError(error) || error.code !== 'CORRUPT_MESSAGE') throw error;
      problem = error.message;
    }
    if (problem !== null) {
      logger.warn({ dir: this.log.dir, offset: expected, problem }, 'cutting the quorum log where its valid prefix ends');
      await this.log.truncateTo(expected);
      // The engine may cut a little earlier than asked (at a batch it cannot trust): follow it.
      this.entries.length = this.log.logEndOffset - this.log.logStartOffset;
    }
  }

  private async alignStart(minStartOffset: number): Promise<void> {
    if (this.log.logStartOffset > minStartOffset) {
      throw new SkiffError('KAFKA_STORAGE_ERROR', `metadata log starts at ${this.log.logStartOffset}, after the latest snapshot end ${minStartOffset}: entries are missing`);
    }
    if (this.log.logEndOffset <= minStartOffset) {
      // The snapshot covers everything on disk: start a fresh log at its end.
      if (this.log.logStartOffset !== minStartOffset || this.log.logEndOffset !== minStartOffset) await this.resetTo(minStartOffset);
      return;
    }
    if (minStartOffset > this.log.logStartOffset) {
      await this.log.deleteRecordsBefore(minStartOffset);
      this.entries.splice(0, this.entries.length - (this.log.logEndOffset - this.log.logStartOffset));
    }
  }
}
