// The quorum's in-memory view of its log: entries from logStartOffset to
// logEndOffset, the epoch → start-offset history used for divergence checks,
// and the latest snapshot id. Pure data structure, no I/O: the driver mirrors
// every mutation to disk through the log store.
//
// Invariants:
//   entries[i].offset === logStartOffset + i (offsets are dense)
//   epochs of consecutive entries never decrease
//   epochStarts is strictly increasing in both epoch and startOffset, and every
//   entry's epoch appears in it (or equals the snapshot's epoch at the base)

import { assert } from '../common/assert.js';
import type { LogEntry, OffsetAndEpoch, SnapshotId } from './types.js';

interface EpochStart {
  readonly epoch: number;
  readonly startOffset: number;
}

export class RaftLog {
  private entries: LogEntry[] = [];
  private epochStarts: EpochStart[] = [];
  private startOffset: number;
  /** Epoch of the entry just before startOffset (from the snapshot), or 0 for an empty log. */
  private baseEpoch: number;
  private snapshot: SnapshotId | null;

  constructor(snapshot: SnapshotId | null = null) {
    assert(snapshot === null || (snapshot.endOffset > 0) === (snapshot.epoch > 0), 'a snapshot covers entries iff it has an epoch');
    this.snapshot = snapshot;
    this.startOffset = snapshot?.endOffset ?? 0;
    this.baseEpoch = snapshot?.epoch ?? 0;
  }

  get logStartOffset(): number {
    return this.startOffset;
  }

  get logEndOffset(): number {
    return this.startOffset + this.entries.length;
  }

  get latestSnapshot(): SnapshotId | null {
    return this.snapshot;
  }

  /** Epoch of the last entry (or of the snapshot base when the log is empty). */
  get lastEpoch(): number {
    const last = this.entries[this.entries.length - 1];
    return last ? last.epoch : this.baseEpoch;
  }

  lastOffsetAndEpoch(): OffsetAndEpoch {
    return { offset: this.logEndOffset, epoch: this.lastEpoch };
  }

  entryAt(offset: number): LogEntry | undefined {
    return this.entries[offset - this.startOffset];
  }

  /** Epoch of the entry at `offset`, including the snapshot base (offset startOffset - 1). */
  epochAt(offset: number): number | undefined {
    if (offset === this.startOffset - 1) return this.baseEpoch;
    return this.entryAt(offset)?.epoch;
  }

  /** Entries in [fromOffset, toOffset) capped at `maxBytes` of payload (at least one entry if any). */
  slice(fromOffset: number, toOffset: number, maxBytes = Number.POSITIVE_INFINITY, maxEntries = 10_000): LogEntry[] {
    assert(fromOffset >= this.startOffset, `slice below log start ${fromOffset} < ${this.startOffset}`);
    const end = Math.min(toOffset, this.logEndOffset);
    const out: LogEntry[] = [];
    let bytes = 0;
    for (let offset = fromOffset; offset < end && out.length < maxEntries; offset++) {
      const entry = this.entries[offset - this.startOffset];
      assert(entry !== undefined, 'dense log');
      bytes += entry.data.byteLength + 16;
      if (out.length > 0 && bytes > maxBytes) break;
      out.push(entry);
    }
    return out;
  }

  append(entry: LogEntry): void {
    assert(entry.offset === this.logEndOffset, `append at ${entry.offset}, log end is ${this.logEndOffset}`);
    assert(entry.epoch >= this.lastEpoch, `epoch went backwards: ${entry.epoch} < ${this.lastEpoch}`);
    assert(Number.isSafeInteger(entry.offset) && Number.isSafeInteger(entry.epoch), 'offsets and epochs are safe integers');
    // An entry opens a new epoch unless it continues the last one (or the snapshot's).
    const lastStart = this.epochStarts[this.epochStarts.length - 1];
    if (entry.epoch > (lastStart?.epoch ?? this.baseEpoch)) {
      this.epochStarts.push({ epoch: entry.epoch, startOffset: entry.offset });
    }
    this.entries.push(entry);
  }

  /** Removes every entry at or above `offset` (suffix truncation). */
  truncateTo(offset: number): void {
    assert(offset >= this.startOffset, `truncate below log start ${offset} < ${this.startOffset}`);
    if (offset >= this.logEndOffset) return;
    this.entries.length = offset - this.startOffset;
    while (this.epochStarts.length > 0 && this.epochStarts[this.epochStarts.length - 1]!.startOffset >= offset) {
      this.epochStarts.pop();
    }
  }

  /** Drops everything and restarts the log at the end of `snapshot` (after installing a downloaded snapshot). */
  resetTo(snapshot: SnapshotId): void {
    this.entries = [];
    this.epochStarts = [];
    this.startOffset = snapshot.endOffset;
    this.baseEpoch = snapshot.epoch;
    this.snapshot = snapshot;
  }

  /**
   * Records a local snapshot and drops the entries it covers. The caller only
   * snapshots committed, present entries, so the snapshot end lies inside the log.
   */
  compactTo(snapshot: SnapshotId): void {
    assert(snapshot.endOffset >= this.startOffset && snapshot.endOffset <= this.logEndOffset, 'snapshot inside the log');
    assert(this.epochAt(snapshot.endOffset - 1) === snapshot.epoch || snapshot.endOffset === 0, 'snapshot epoch matches the log');
    const drop = snapshot.endOffset - this.startOffset;
    this.entries.splice(0, drop);
    this.epochStarts = this.epochStarts.filter((s) => s.startOffset >= snapshot.endOffset);
    this.startOffset = snapshot.endOffset;
    this.baseEpoch = snapshot.epoch;
    this.snapshot = snapshot;
  }

  /**
   * The largest epoch ≤ `epoch` this log knows, and the offset where it ends
   * (the start of the next epoch, or the log end). Undefined when `epoch` is
   * older than anything this log still holds (the caller must send a snapshot).
   *
   * Example: entries at offsets 0-4 in epoch 1 and 5-9 in epoch 3.
   *   endOffsetForEpoch(1) = {epoch 1, offset 5}; endOffsetForEpoch(2) = {epoch 1, offset 5};
   *   endOffsetForEpoch(3) = {epoch 3, offset 10}.
   */
  endOffsetForEpoch(epoch: number): OffsetAndEpoch | undefined {
    if (epoch >= this.lastEpoch) return { epoch: this.lastEpoch, offset: this.logEndOffset };
    for (let i = this.epochStarts.length - 1; i >= 0; i--) {
      const start = this.epochStarts[i]!;
      if (start.epoch <= epoch) {
        const next = this.epochStarts[i + 1];
        return { epoch: start.epoch, offset: next ? next.startOffset : this.logEndOffset };
      }
    }
    // Only the snapshot base epoch is left below the first in-memory epoch start.
    if (this.baseEpoch <= epoch) {
      const first = this.epochStarts[0];
      return { epoch: this.baseEpoch, offset: first ? first.startOffset : this.logEndOffset };
    }
    return undefined;
  }

  /** Bytes of payload held in memory (for snapshot triggers). */
  payloadBytes(): number {
    let total = 0;
    for (const entry of this.entries) total += entry.data.byteLength;
    return total;
  }
}
