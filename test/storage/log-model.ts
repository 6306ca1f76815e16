// The reference model of the partition-log property test (log.prop.test.ts):
// what a Log must hold, as a plain list of batches, and how much of it must
// survive a crash. It mirrors the contract in the header of
// src/storage/log/log.ts, not the implementation: no segments, no files.
// Invariants: batches are dense and increasing; the first holds logStart and
// the last ends at logEnd (none when logStart = logEnd);
// logStart ≤ durableEnd ≤ logEnd.

export interface ModelBatch {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly epoch: number;
  /** The producer's timestamp (CreateTime), which time retention compares with. */
  readonly timestamp: number;
  /** As produced: the log stamps baseOffset and the leader epoch; every byte from the magic byte on must come back as is. */
  readonly bytes: Uint8Array;
  /**
   * The log may underestimate the max timestamp of this batch's segment: it
   * was in the segment a truncation or a recovery cut shortened, which then
   * takes its max timestamp from the sparse time index (as Kafka does). Time
   * retention may delete such a batch before it expires.
   */
  timestampApprox: boolean;
}

export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

export class LogModel {
  /** Every batch holding an offset ≥ logStart, oldest first. */
  batches: ModelBatch[] = [];
  logStart = 0;
  logEnd = 0;
  /** Everything below this must survive power loss: the last sync's answer, lowered by truncations. */
  durableEnd = 0;
  /** The leader epoch of the next append; never decreases. */
  leaderEpoch = 0;
  /**
   * Base offsets of batches with a flipped bit, possibly below logStart (they
   * stay on disk until their segment is deleted, and recovery may cut there).
   */
  readonly damaged = new Set<number>();

  /** Appends batches as the leader would number them; returns them. */
  append(specs: readonly { count: number; timestamp: number; bytes: Uint8Array }[]): ModelBatch[] {
    const added: ModelBatch[] = [];
    for (const spec of specs) {
      const baseOffset = this.logEnd;
      const batch: ModelBatch = { baseOffset, lastOffset: baseOffset + spec.count - 1, epoch: this.leaderEpoch, timestamp: spec.timestamp, bytes: spec.bytes, timestampApprox: false };
      added.push(batch);
      this.batches.push(batch);
      this.logEnd = batch.lastOffset + 1;
    }
    return added;
  }

  /** The batch holding `offset`, if the log has it. */
  batchAt(offset: number): ModelBatch | undefined {
    let lo = 0;
    let hi = this.batches.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const batch = this.batches[mid]!;
      if (batch.lastOffset < offset) lo = mid + 1;
      else if (batch.baseOffset > offset) hi = mid - 1;
      else return batch;
    }
    return undefined;
  }

  /**
   * Log.truncateTo: removes every batch holding an offset ≥ `offset` (whole
   * batches, so a cut inside one ends the log at its base). At or below the
   * log start it is a full truncation. Returns the new end.
   *
   * A cut inside the batch that holds logStart removes that batch, and the
   * log cannot end below its start: the model then expects the log empty at
   * logStart (the full truncation truncateTo(logStart) performs).
   */
  truncateTo(offset: number): number {
    const newEnd = this.truncationEnd(offset);
    if (newEnd === this.logEnd) return newEnd;
    if (offset <= this.logStart || newEnd === this.logStart) this.reset(newEnd);
    else this.cutTo(newEnd);
    return newEnd;
  }

  /** The log end truncateTo(offset) leaves (see truncateTo); changes nothing. */
  truncationEnd(offset: number): number {
    if (offset >= this.logEnd) return this.logEnd;
    if (offset <= this.logStart) return offset;
    return Math.max(this.batchAt(offset)!.baseOffset, this.logStart);
  }

  /** Keeps the batches ending before `end` (a batch boundary, or logStart); damage past it is gone with it. */
  cutTo(end: number): void {
    this.batches = this.batches.filter((b) => b.lastOffset < end);
    this.logEnd = Math.max(end, this.logStart);
    this.durableEnd = Math.min(this.durableEnd, this.logEnd);
    for (const base of this.damaged) if (base >= end) this.damaged.delete(base);
  }

  /** truncateFullyAndStartAt: an empty log at `offset`. */
  reset(offset: number): void {
    this.batches = [];
    this.logStart = offset;
    this.logEnd = offset;
    this.durableEnd = offset;
    this.damaged.clear();
  }

  /** Moves the log start forward (DeleteRecords, retention). */
  advanceStart(offset: number): void {
    if (offset <= this.logStart) return;
    this.logStart = offset;
    // Nothing below the start is the log's any more, so nothing there can be lost (log.ts: startOffset ≤ durableEnd).
    this.durableEnd = Math.max(this.durableEnd, offset);
    this.batches = this.batches.filter((b) => b.lastOffset >= offset);
  }

  /** The leader-epoch cache a log holding exactly these batches must have. */
  epochEntries(): EpochEntry[] {
    const entries: EpochEntry[] = [];
    for (const batch of this.batches) {
      if (entries.at(-1)?.epoch !== batch.epoch) entries.push({ epoch: batch.epoch, startOffset: Math.max(batch.baseOffset, this.logStart) });
    }
    return entries;
  }

  /** Marks batches from `offset` on as sharing a segment whose max timestamp may be underestimated. */
  markTimestampsApprox(fromOffset: number): void {
    for (const batch of this.batches) if (batch.lastOffset >= fromOffset) batch.timestampApprox = true;
  }

  describe(): string {
    const batches = this.batches.map((b) => `${b.baseOffset}-${b.lastOffset}@${b.epoch}${this.damaged.has(b.baseOffset) ? '!' : ''}`).join(' ');
    return `[${this.logStart}, ${this.logEnd}) durable ${this.durableEnd}: ${batches}`;
  }
}
