// The leader epoch cache of one partition (Kafka's LeaderEpochFileCache,
// KIP-101 and KIP-279): which leader epoch started at which offset. A follower
// asks the leader for the end offset of its latest epoch and truncates to it,
// so a log that diverged under an older leader is cut at the exact point of
// divergence rather than at a high watermark that may be stale.
// Invariant: epoch and startOffset both strictly increase along the entries.
// Mutations only mark the cache dirty; the log decides when to flush it to
// `leader-epoch-checkpoint` in the partition directory (one `<epoch>
// <startOffset>` line per entry). After a crash the file may hold entries the
// log no longer has; the log's recovery truncates the cache to match.

import { assert } from '../common/assert.js';
import { joinPath } from '../common/path.js';
import type { FileSystem } from '../env/file-system.js';
import { silentLogger, type Logger } from '../env/logger.js';
import { readCheckpoint, writeCheckpoint } from './checkpoint-file.js';

export const leaderEpochCheckpointName = 'leader-epoch-checkpoint';
/** Kafka's OffsetsForLeaderEpoch sentinels: no epoch known, no end offset known. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

export interface EpochEndOffset {
  readonly epoch: number;
  readonly endOffset: number;
}

const undefinedEndOffset: EpochEndOffset = { epoch: UNDEFINED_EPOCH, endOffset: UNDEFINED_EPOCH_OFFSET };

export class LeaderEpochCache {
  // Invariant: epoch and startOffset strictly increase from one entry to the next.
  private readonly epochs: EpochEntry[] = [];
  // Invariant: false only when the checkpoint file holds exactly `epochs`.
  private dirty = false;
  // Counts changes, so a flush knows whether what it wrote is still current.
  private changes = 0;
  // Flushes run one at a time: two concurrent writes would share the tmp file.
  private flushing: Promise<void> = Promise.resolve();

  private constructor(
    readonly dir: string,
    private readonly logger: Logger,
  ) {}

  /** Loads `dir/leader-epoch-checkpoint`; an empty cache if there is none. */
  static async load(fs: FileSystem, dir: string, logger: Logger = silentLogger): Promise<LeaderEpochCache> {
    const stored = (await readCheckpoint(fs, joinPath(dir, leaderEpochCheckpointName), parseEntry)) ?? [];
    const cache = new LeaderEpochCache(dir, logger.child({ component: 'leader-epoch-cache', dir }));
    // Like Kafka, replay the file through assign, which drops non-monotonic
    // entries. Each replayed entry adds at most one entry, so equal lengths
    // mean the cache holds the file verbatim and need not be rewritten.
    for (const entry of stored) cache.assign(entry.epoch, entry.startOffset);
    cache.dirty = cache.epochs.length !== stored.length;
    return cache;
  }

  get isDirty(): boolean {
    return this.dirty;
  }

  /**
   * Records that leader epoch `epoch` starts at `startOffset`; returns whether
   * the cache changed. Ignored when `epoch` is the latest epoch and does not
   * move it to an earlier offset (an epoch, once assigned, keeps its start).
   * Otherwise every entry conflicting with the new one is removed first, from
   * the end: those with an epoch >= `epoch` or a startOffset >= `startOffset`.
   * Example: [(2,6) (3,8) (4,11)] assign(5, 8) → [(2,6) (5,8)].
   */
  assign(epoch: number, startOffset: number): boolean {
    assert(Number.isSafeInteger(epoch) && epoch >= 0, `invalid leader epoch ${epoch}`);
    assert(Number.isSafeInteger(startOffset) && startOffset >= 0, `invalid start offset ${startOffset}`);
    const latest = this.epochs.at(-1);
    if (latest !== undefined && latest.epoch === epoch && latest.startOffset <= startOffset) return false;
    const removed = this.removeFromEnd((e) => e.epoch >= epoch || e.startOffset >= startOffset);
    this.epochs.push({ epoch, startOffset });
    // Replacing one entry at the same offset is routine (an epoch that wrote
    // nothing); anything more means this replica's log had diverged.
    if (removed.length > 1 || (removed.length === 1 && removed[0]?.startOffset !== startOffset)) {
      this.logger.warn({ epoch, startOffset, removed }, 'new leader epoch entry truncated conflicting entries');
    }
    this.changed();
    return true;
  }

  latestEpoch(): number | undefined {
    return this.epochs.at(-1)?.epoch;
  }

  earliest(): EpochEntry | undefined {
    return this.epochs[0];
  }

  entries(): readonly EpochEntry[] {
    return this.epochs.slice();
  }

  /**
   * Kafka's endOffsetFor, the leader's answer to OffsetsForLeaderEpoch: the
   * largest epoch <= `requestedEpoch` and its end offset, the start offset of
   * the next higher epoch. Edge cases, as Kafka's code has them:
   * - requested is the latest epoch → (latest, `logEndOffset`);
   * - requested is UNDEFINED_EPOCH (any negative epoch here), above the latest
   *   epoch, or the cache is empty → (UNDEFINED_EPOCH, UNDEFINED_EPOCH_OFFSET);
   * - requested is below the first epoch → (requested, first entry's start
   *   offset): the older epochs' data is gone, so the follower truncates to
   *   where this log's known history begins. (The Javadoc of Kafka's method
   *   still promises UNDEFINED_EPOCH_OFFSET here; its code returns this.)
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): EpochEndOffset {
    assert(Number.isSafeInteger(requestedEpoch), `invalid requested epoch ${requestedEpoch}`);
    if (requestedEpoch < 0) return undefinedEndOffset;
    if (this.latestEpoch() === requestedEpoch) return { epoch: requestedEpoch, endOffset: logEndOffset };
    const higherIndex = firstIndexAbove(this.epochs, (e) => e.epoch, requestedEpoch);
    const higher = this.epochs[higherIndex];
    if (higher === undefined) return undefinedEndOffset;
    const floor = this.epochs[higherIndex - 1];
    return { epoch: floor?.epoch ?? requestedEpoch, endOffset: higher.startOffset };
  }

  /** The epoch the record at `offset` was written in: that of the last entry starting at or before it. */
  epochForOffset(offset: number): number | undefined {
    return this.epochs[firstIndexAbove(this.epochs, (e) => e.startOffset, offset) - 1]?.epoch;
  }

  /** After the log is truncated to `endOffset`: removes entries starting at or after it. */
  truncateFromEnd(endOffset: number): boolean {
    assert(Number.isSafeInteger(endOffset) && endOffset >= 0, `invalid end offset ${endOffset}`);
    const removed = this.removeFromEnd((e) => e.startOffset >= endOffset);
    if (removed.length === 0) return false;
    this.logger.debug({ endOffset, removed }, 'truncated leader epoch entries from the end');
    this.changed();
    return true;
  }

  /**
   * After the log start moves to `startOffset`: the entries starting at or
   * before it collapse into the last of them, moved to start at `startOffset`,
   * so the epoch of the new first record stays known.
   * Example: [(2,6) (3,8) (4,11)] truncateFromStart(9) → [(3,9) (4,11)].
   */
  truncateFromStart(startOffset: number): boolean {
    assert(Number.isSafeInteger(startOffset) && startOffset >= 0, `invalid start offset ${startOffset}`);
    const keptFrom = firstIndexAbove(this.epochs, (e) => e.startOffset, startOffset);
    const last = this.epochs[keptFrom - 1];
    if (last === undefined || (keptFrom === 1 && last.startOffset === startOffset)) return false;
    const removed = this.epochs.splice(0, keptFrom, { epoch: last.epoch, startOffset });
    this.logger.debug({ startOffset, removed }, 'truncated leader epoch entries from the start');
    this.changed();
    return true;
  }

  clear(): boolean {
    if (this.epochs.length === 0) return false;
    this.epochs.length = 0;
    this.changed();
    return true;
  }

  /** Writes the checkpoint if the cache changed since the last flush; durable when it resolves. */
  flush(fs: FileSystem): Promise<void> {
    const run = this.flushing.then(() => this.writeIfDirty(fs));
    this.flushing = run.catch(() => {});
    return run;
  }

  private async writeIfDirty(fs: FileSystem): Promise<void> {
    if (!this.dirty) return;
    const changes = this.changes;
    await writeCheckpoint(fs, this.dir, leaderEpochCheckpointName, this.epochs.slice(), formatEntry);
    // A change made while the write was in flight is not in the file.
    if (this.changes === changes) this.dirty = false;
  }

  private removeFromEnd(matches: (entry: EpochEntry) => boolean): EpochEntry[] {
    let keep = this.epochs.length;
    while (keep > 0 && matches(this.epochs[keep - 1] as EpochEntry)) keep--;
    return this.epochs.splice(keep).reverse();
  }

  private changed(): void {
    this.dirty = true;
    this.changes++;
    for (let i = 1; i < this.epochs.length; i++) {
      const [prev, next] = [this.epochs[i - 1] as EpochEntry, this.epochs[i] as EpochEntry];
      assert(prev.epoch < next.epoch && prev.startOffset < next.startOffset, `leader epoch entries out of order at ${i}`);
    }
  }
}

/** Index of the first entry whose key exceeds `value` (entries are sorted by every key used here). */
function firstIndexAbove(entries: readonly EpochEntry[], key: (entry: EpochEntry) => number, value: number): number {
  let [low, high] = [0, entries.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(entries[mid] as EpochEntry) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function formatEntry(entry: EpochEntry): string {
  return `${entry.epoch} ${entry.startOffset}`;
}

function parseEntry(line: string): EpochEntry | undefined {
  const match = /^(0|[1-9][0-9]*) (0|[1-9][0-9]*)$/.exec(line);
  if (match === null) return undefined;
  const [epoch, startOffset] = [Number(match[1]), Number(match[2])];
  return Number.isSafeInteger(epoch) && Number.isSafeInteger(startOffset) ? { epoch, startOffset } : undefined;
}
