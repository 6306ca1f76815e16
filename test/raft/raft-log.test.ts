// Goal: RaftLog, the quorum's pure in-memory log, keeps its invariants (dense
// offsets, non-decreasing epochs, an epoch-start history) through append,
// slice, truncateTo, resetTo and compactTo, and endOffsetForEpoch answers the
// KIP-101 question "where does the largest epoch <= E end?" correctly,
// including the snapshot base and epochs that were compacted away.
// Method: scripted cases (the worked example from the doc comment among them)
// plus a fast-check property that builds random logs out of epoch runs, applies
// a random compaction and truncation, and compares endOffsetForEpoch with a
// brute-force scan over the entries that remain.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssertionError } from '../../src/common/assert.js';
import { RaftLog } from '../../src/raft/raft-log.js';
import type { LogEntry, OffsetAndEpoch, SnapshotId } from '../../src/raft/types.js';

const entry = (offset: number, epoch: number, text = `e${offset}`): LogEntry => ({
  offset,
  epoch,
  kind: 'data',
  data: new TextEncoder().encode(text),
});

/** Appends `count` entries of `epoch` at the log end. */
function appendRun(log: RaftLog, epoch: number, count: number): void {
  for (let i = 0; i < count; i++) log.append(entry(log.logEndOffset, epoch));
}

/** The doc comment's example: offsets 0-4 in epoch 1, 5-9 in epoch 3. */
function exampleLog(): RaftLog {
  const log = new RaftLog();
  appendRun(log, 1, 5);
  appendRun(log, 3, 5);
  return log;
}

const offsets = (entries: readonly LogEntry[]): number[] => entries.map((e) => e.offset);

describe('RaftLog basics', () => {
  it('starts empty at 0 in epoch 0, or at the snapshot end in its epoch', () => {
    const empty = new RaftLog();
    expect(empty.logStartOffset).toBe(0);
    expect(empty.logEndOffset).toBe(0);
    expect(empty.lastEpoch).toBe(0);
    expect(empty.latestSnapshot).toBeNull();
    expect(empty.lastOffsetAndEpoch()).toEqual({ offset: 0, epoch: 0 });

    const fromSnapshot = new RaftLog({ endOffset: 20, epoch: 4 });
    expect(fromSnapshot.logStartOffset).toBe(20);
    expect(fromSnapshot.logEndOffset).toBe(20);
    expect(fromSnapshot.lastEpoch).toBe(4);
    expect(fromSnapshot.epochAt(19)).toBe(4);
    expect(fromSnapshot.epochAt(20)).toBeUndefined();
    expect(fromSnapshot.latestSnapshot).toEqual({ endOffset: 20, epoch: 4 });
  });

  it('appends dense entries and reports them', () => {
    const log = exampleLog();
    expect(log.logEndOffset).toBe(10);
    expect(log.lastEpoch).toBe(3);
    expect(log.lastOffsetAndEpoch()).toEqual({ offset: 10, epoch: 3 });
    expect(log.entryAt(4)?.epoch).toBe(1);
    expect(log.entryAt(5)?.epoch).toBe(3);
    expect(log.entryAt(10)).toBeUndefined();
    expect(log.epochAt(0)).toBe(1);
    expect(log.epochAt(-1)).toBe(0); // the (empty) base before offset 0
    expect(log.payloadBytes()).toBe(2 * 10); // "e0".."e9"
  });

  it('rejects an append at the wrong offset or with a smaller epoch', () => {
    const log = exampleLog();
    expect(() => log.append(entry(11, 3))).toThrow(AssertionError);
    expect(() => log.append(entry(9, 3))).toThrow(AssertionError);
    expect(() => log.append(entry(10, 2))).toThrow(AssertionError);
    expect(log.logEndOffset).toBe(10);
    log.append(entry(10, 3));
    log.append(entry(11, 7));
    expect(log.lastEpoch).toBe(7);
  });

  it('slices [from, to), clamps at the log end, and caps by bytes and count (always at least one entry)', () => {
    const log = exampleLog();
    expect(offsets(log.slice(0, 10))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(offsets(log.slice(3, 6))).toEqual([3, 4, 5]);
    expect(offsets(log.slice(8, 100))).toEqual([8, 9]);
    expect(log.slice(10, 20)).toEqual([]);
    expect(log.slice(5, 5)).toEqual([]);
    // Each entry costs its 2 payload bytes + 16 bytes of overhead = 18.
    expect(offsets(log.slice(0, 10, 36))).toEqual([0, 1]);
    expect(offsets(log.slice(0, 10, 53))).toEqual([0, 1]);
    expect(offsets(log.slice(0, 10, 54))).toEqual([0, 1, 2]);
    expect(offsets(log.slice(2, 10, 1))).toEqual([2]); // one entry even if it exceeds maxBytes
    expect(offsets(log.slice(0, 10, Number.POSITIVE_INFINITY, 3))).toEqual([0, 1, 2]);
    expect(() => log.slice(-1, 3)).toThrow(AssertionError);
  });

  it('truncateTo removes the suffix and forgets epochs that started in it', () => {
    const log = exampleLog();
    log.truncateTo(12); // beyond the end: no-op
    expect(log.logEndOffset).toBe(10);
    log.truncateTo(7);
    expect(log.logEndOffset).toBe(7);
    expect(log.lastEpoch).toBe(3);
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 7 });
    log.truncateTo(5);
    expect(log.logEndOffset).toBe(5);
    expect(log.lastEpoch).toBe(1);
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 1, offset: 5 });
    // After the truncation an epoch between 1 and 3 may start at 5.
    appendRun(log, 2, 2);
    expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 1, offset: 5 });
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, offset: 7 });
    log.truncateTo(0);
    expect(log.logEndOffset).toBe(0);
    expect(log.lastEpoch).toBe(0);
    expect(log.endOffsetForEpoch(5)).toEqual({ epoch: 0, offset: 0 });
  });

  it('truncateTo below the log start is a programming error', () => {
    const log = exampleLog();
    log.compactTo({ endOffset: 5, epoch: 1 });
    expect(() => log.truncateTo(4)).toThrow(AssertionError);
    log.truncateTo(5);
    expect(log.logEndOffset).toBe(5);
    expect(log.lastEpoch).toBe(1);
  });

  it('resetTo drops everything and restarts at the snapshot end', () => {
    const log = exampleLog();
    const snapshot: SnapshotId = { endOffset: 42, epoch: 6 };
    log.resetTo(snapshot);
    expect(log.logStartOffset).toBe(42);
    expect(log.logEndOffset).toBe(42);
    expect(log.lastEpoch).toBe(6);
    expect(log.latestSnapshot).toEqual(snapshot);
    expect(log.entryAt(5)).toBeUndefined();
    expect(log.epochAt(41)).toBe(6);
    expect(log.payloadBytes()).toBe(0);
    expect(() => log.append(entry(42, 5))).toThrow(AssertionError);
    log.append(entry(42, 6));
    log.append(entry(43, 8));
    expect(log.slice(42, 50).map((e) => e.epoch)).toEqual([6, 8]);
  });

  it('compactTo drops the covered prefix, keeps the rest and records the snapshot', () => {
    const log = exampleLog();
    log.compactTo({ endOffset: 7, epoch: 3 });
    expect(log.logStartOffset).toBe(7);
    expect(log.logEndOffset).toBe(10);
    expect(log.latestSnapshot).toEqual({ endOffset: 7, epoch: 3 });
    expect(log.entryAt(6)).toBeUndefined();
    expect(log.entryAt(7)?.offset).toBe(7);
    expect(log.epochAt(6)).toBe(3);
    expect(offsets(log.slice(7, 10))).toEqual([7, 8, 9]);
    expect(() => log.slice(6, 10)).toThrow(AssertionError);
    // Compacting everything leaves an empty log whose last epoch is the snapshot's.
    log.compactTo({ endOffset: 10, epoch: 3 });
    expect(log.logEndOffset).toBe(10);
    expect(log.lastEpoch).toBe(3);
    log.append(entry(10, 3));
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 11 });
  });

  it('compactTo rejects a snapshot outside the log or with the wrong epoch', () => {
    const log = exampleLog();
    expect(() => log.compactTo({ endOffset: 11, epoch: 3 })).toThrow(AssertionError);
    expect(() => log.compactTo({ endOffset: 7, epoch: 1 })).toThrow(AssertionError);
    log.compactTo({ endOffset: 5, epoch: 1 });
    expect(() => log.compactTo({ endOffset: 4, epoch: 1 })).toThrow(AssertionError);
  });
});

describe('RaftLog.endOffsetForEpoch', () => {
  it('answers the worked example of its doc comment', () => {
    const log = exampleLog();
    expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 1, offset: 5 });
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 1, offset: 5 });
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 10 });
    // Epochs above the last one map to the log end; epoch 0 ends where epoch 1 starts.
    expect(log.endOffsetForEpoch(9)).toEqual({ epoch: 3, offset: 10 });
    expect(log.endOffsetForEpoch(0)).toEqual({ epoch: 0, offset: 0 });
  });

  it('is undefined for epochs older than the snapshot base', () => {
    const log = new RaftLog({ endOffset: 10, epoch: 2 });
    appendRun(log, 2, 5); // 10-14 continue the snapshot's epoch
    appendRun(log, 4, 5); // 15-19
    expect(log.endOffsetForEpoch(1)).toBeUndefined();
    expect(log.endOffsetForEpoch(0)).toBeUndefined();
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, offset: 15 });
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 2, offset: 15 });
    expect(log.endOffsetForEpoch(4)).toEqual({ epoch: 4, offset: 20 });
  });

  it('after compactTo inside an epoch: that epoch becomes the base, older epochs are undefined', () => {
    const log = exampleLog();
    appendRun(log, 5, 5); // 10-14
    log.compactTo({ endOffset: 7, epoch: 3 });
    expect(log.endOffsetForEpoch(1)).toBeUndefined();
    expect(log.endOffsetForEpoch(2)).toBeUndefined();
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 10 });
    expect(log.endOffsetForEpoch(4)).toEqual({ epoch: 3, offset: 10 });
    expect(log.endOffsetForEpoch(5)).toEqual({ epoch: 5, offset: 15 });
  });

  it('after compactTo exactly at an epoch boundary', () => {
    const log = exampleLog();
    log.compactTo({ endOffset: 5, epoch: 1 });
    expect(log.endOffsetForEpoch(0)).toBeUndefined();
    expect(log.endOffsetForEpoch(1)).toEqual({ epoch: 1, offset: 5 });
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 1, offset: 5 });
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 10 });
  });

  it('after compacting the whole log', () => {
    const log = exampleLog();
    log.compactTo({ endOffset: 10, epoch: 3 });
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 10 });
    expect(log.endOffsetForEpoch(7)).toEqual({ epoch: 3, offset: 10 });
    expect(log.endOffsetForEpoch(2)).toBeUndefined();
    appendRun(log, 4, 2);
    expect(log.endOffsetForEpoch(3)).toEqual({ epoch: 3, offset: 10 });
    expect(log.endOffsetForEpoch(4)).toEqual({ epoch: 4, offset: 12 });
  });

  it('after resetTo: only the snapshot epoch and newer are known', () => {
    const log = exampleLog();
    log.resetTo({ endOffset: 30, epoch: 6 });
    expect(log.endOffsetForEpoch(3)).toBeUndefined();
    expect(log.endOffsetForEpoch(5)).toBeUndefined();
    expect(log.endOffsetForEpoch(6)).toEqual({ epoch: 6, offset: 30 });
    expect(log.endOffsetForEpoch(8)).toEqual({ epoch: 6, offset: 30 });
    appendRun(log, 6, 2); // 30-31
    appendRun(log, 9, 3); // 32-34
    expect(log.endOffsetForEpoch(5)).toBeUndefined();
    expect(log.endOffsetForEpoch(6)).toEqual({ epoch: 6, offset: 32 });
    expect(log.endOffsetForEpoch(8)).toEqual({ epoch: 6, offset: 32 });
    expect(log.endOffsetForEpoch(9)).toEqual({ epoch: 9, offset: 35 });
  });
});

/**
 * Brute force: the largest epoch <= `epoch` among the remaining entries and the
 * snapshot base (offset start - 1), ending one past its last offset.
 */
function bruteForce(
  entries: readonly LogEntry[],
  start: number,
  baseEpoch: number,
  epoch: number,
): OffsetAndEpoch | undefined {
  const end = start + entries.length;
  const lastEpoch = entries.at(-1)?.epoch ?? baseEpoch;
  if (epoch >= lastEpoch) return { epoch: lastEpoch, offset: end };
  let best: OffsetAndEpoch | undefined;
  // The base "entry" counts when it is real (a snapshot) or the empty epoch-0 start.
  if ((start > 0 || baseEpoch === 0) && baseEpoch <= epoch) best = { epoch: baseEpoch, offset: start };
  for (const e of entries) {
    if (e.epoch > epoch) break;
    if (best === undefined || e.epoch >= best.epoch) best = { epoch: e.epoch, offset: e.offset + 1 };
  }
  return best;
}

describe('RaftLog.endOffsetForEpoch property', () => {
  it('matches a brute-force scan over random epoch runs, compaction and truncation', () => {
    const run = fc.record({ gap: fc.integer({ min: 0, max: 3 }), length: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(
        // A snapshot covers at least one entry, so its epoch is at least 1 (an
        // "empty snapshot" is no snapshot: RaftLog rejects endOffset 0 with an epoch).
        fc.option(fc.record({ endOffset: fc.integer({ min: 1, max: 30 }), epoch: fc.integer({ min: 1, max: 4 }) }), { nil: null }),
        fc.array(run, { maxLength: 8 }),
        fc.option(fc.nat(), { nil: null }),
        fc.option(fc.nat(), { nil: null }),
        fc.array(run, { maxLength: 3 }),
        (snapshot, runs, compactAt, truncateAt, moreRuns) => {
          const log = new RaftLog(snapshot);
          let epoch = snapshot?.epoch ?? 0;
          for (const r of runs) {
            epoch += r.gap;
            appendRun(log, epoch, r.length);
          }
          if (compactAt !== null) {
            const span = log.logEndOffset - log.logStartOffset;
            const end = log.logStartOffset + (compactAt % (span + 1));
            if (end > 0) log.compactTo({ endOffset: end, epoch: log.epochAt(end - 1)! });
          }
          if (truncateAt !== null) {
            const span = log.logEndOffset - log.logStartOffset;
            log.truncateTo(log.logStartOffset + (truncateAt % (span + 1)));
          }
          epoch = log.lastEpoch;
          for (const r of moreRuns) {
            epoch += r.gap;
            appendRun(log, epoch, r.length);
          }
          const entries = log.slice(log.logStartOffset, log.logEndOffset);
          // Invariants: dense, non-decreasing.
          entries.forEach((e, i) => {
            expect(e.offset).toBe(log.logStartOffset + i);
            if (i > 0) expect(e.epoch).toBeGreaterThanOrEqual(entries[i - 1]!.epoch);
          });
          const baseEpoch = log.epochAt(log.logStartOffset - 1) ?? 0;
          for (let q = 0; q <= log.lastEpoch + 2; q++) {
            expect(log.endOffsetForEpoch(q), `epoch ${q}`).toEqual(bruteForce(entries, log.logStartOffset, baseEpoch, q));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
