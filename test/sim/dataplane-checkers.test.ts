// Goal: every checker of the dataplane scenario has teeth — fed a minimal
// history that breaks its property, it reports it; fed the correct history,
// it stays quiet. A fast-check model of one correct replicated log (appends,
// commits, truncation of the uncommitted tail, polls below HW, resets)
// generates histories that must never yield a violation, and the acks=1 loss
// count must match the model's. A 100k-record history checks quickly.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acks1LossReport,
  checkHistory,
  consumerMonotonic,
  definiteFailureNeverRead,
  finalReadContiguous,
  leaderInIsr,
  noDivergence,
  noDuplicates,
  noLostAcksAll,
  producerOrder,
  readsBelowHw,
  type DataplaneViolation,
} from '../../sim/dataplane/checkers.js';
import {
  HistoryRecorder,
  type Acks,
  type DataplaneHistory,
  type FinalRead,
  type PartitionObservation,
  type PollOp,
  type ResetOp,
  type SendOp,
  type SendOutcome,
} from '../../sim/dataplane/history.js';

// --- small builders (topic 't', partition 0 unless told) ------------------------

type SendFields = Partial<Omit<SendOp, 'outcome'>> & { outcome?: SendOutcome };
let nextId = 0;
function send(value: string, outcome: SendOutcome, fields: SendFields = {}): SendOp {
  const id = fields.id ?? nextId++;
  return { id, producer: 'p1', topic: 't', partition: 0, value, acks: -1, idempotent: true, seqInProducerPartition: id, invokeMs: 0, completeMs: 10, outcome, ...fields };
}
const ok = (offset: number): SendOutcome => ({ kind: 'ok', offset });
const failed: SendOutcome = { kind: 'failed-definite', error: 'RECORD_TOO_LARGE' };
const unknown: SendOutcome = { kind: 'indeterminate', error: 'REQUEST_TIMED_OUT' };

const recs = (...values: string[]): { offset: number; value: string }[] => values.map((value, offset) => ({ offset, value }));
const at = (offset: number, ...values: string[]): { offset: number; value: string }[] => values.map((value, i) => ({ offset: offset + i, value }));

let nextIndex = 0;
function poll(records: { offset: number; value: string }[], highWatermark: number, fields: Partial<PollOp> = {}): PollOp {
  return { index: nextIndex++, consumer: 'c1', topic: 't', partition: 0, records, highWatermark, timeMs: 20, ...fields };
}
function reset(offset: number | null, fields: Partial<ResetOp> = {}): ResetOp {
  return { index: nextIndex++, consumer: 'c1', topic: 't', partition: 0, offset, timeMs: 20, reason: 'seek', ...fields };
}
function final(records: { offset: number; value: string }[], fields: Partial<FinalRead> = {}): FinalRead {
  const logStartOffset = fields.logStartOffset ?? records[0]?.offset ?? 0;
  return { topic: 't', partition: 0, logStartOffset, endOffset: logStartOffset + records.length, records, timeMs: 1000, ...fields };
}
function observe(leader: number, isr: number[], elr: number[] = []): PartitionObservation {
  return { timeMs: 5, node: 1, topic: 't', partition: 0, leader, isr, elr };
}
function history(parts: Partial<DataplaneHistory>): DataplaneHistory {
  return { sends: [], polls: [], resets: [], finalReads: [], observations: [], ...parts };
}
const names = (violations: readonly DataplaneViolation[]): string[] => violations.map((v) => v.invariant);

/** A correct little run: p1 (idempotent, acks=all) writes a, b, c; c1 reads them in two polls; the final read agrees. */
const good = (): DataplaneHistory => {
  const a = send('a', ok(0), { id: 0, seqInProducerPartition: 0 });
  const b = send('b', ok(1), { id: 1, seqInProducerPartition: 1 });
  const c = send('c', ok(2), { id: 2, seqInProducerPartition: 2 });
  const bad = send('x', failed, { id: 3, seqInProducerPartition: 3 });
  return history({
    sends: [a, b, c, bad],
    polls: [poll(recs('a', 'b'), 2), poll(at(2, 'c'), 3)],
    finalReads: [final(recs('a', 'b', 'c'))],
    observations: [observe(1, [1, 2, 3]), observe(-1, [], [2])],
  });
};

describe('checkHistory', () => {
  it('passes a correct history and summarises it', () => {
    const { violations, stats } = checkHistory(good());
    expect(violations).toEqual([]);
    expect(stats).toMatchObject({ sends: 4, sendsOk: 3, sendsAcksAllOk: 3, sendsFailedDefinite: 1, polls: 2, recordsPolled: 3, finalRecords: 3, phantomValues: 0 });
  });

  it('flags a value sent twice as a malformed history', () => {
    const h = history({ sends: [send('a', ok(0)), send('a', ok(1))], finalReads: [final(recs('a', 'a'))] });
    expect(names(checkHistory(h).violations)).toContain('history-well-formed');
  });

  it('caps each invariant and summarises the rest', () => {
    const observations = Array.from({ length: 10 }, () => observe(4, [1, 2]));
    const violations = checkHistory(history({ observations }), { maxPerInvariant: 3 }).violations;
    expect(violations).toHaveLength(4);
    expect(violations[3]!.detail).toBe('... and 7 more');
  });
});

describe('noDivergence', () => {
  it('accepts one value per offset, seen many times', () => {
    expect(noDivergence(good())).toEqual([]);
  });

  it('flags two values at one offset across a poll and the final read', () => {
    const h = history({ polls: [poll(recs('a', 'b'), 2)], finalReads: [final(recs('a', 'z'))] });
    const v = noDivergence(h);
    expect(names(v)).toEqual(['no-divergence']);
    expect(v[0]!.detail).toContain('offset 1');
  });

  it('flags two polls disagreeing, and an acks=all ack at an offset that holds another value', () => {
    expect(names(noDivergence(history({ polls: [poll(recs('a'), 1), poll(recs('b'), 1, { consumer: 'c2' })] })))).toEqual(['no-divergence']);
    expect(names(noDivergence(history({ sends: [send('b', ok(0))], polls: [poll(recs('a'), 1)] })))).toEqual(['no-divergence']);
  });

  it('does not mix up partitions, and ignores acks=1 acks', () => {
    const h = history({
      sends: [send('q', ok(0), { acks: 1 })],
      polls: [poll(recs('a'), 1), poll(recs('b'), 1, { partition: 1 })],
    });
    expect(noDivergence(h)).toEqual([]);
  });
});

describe('noLostAcksAll', () => {
  it('accepts acked records present at their offsets', () => {
    expect(noLostAcksAll(good())).toEqual([]);
  });

  it('flags an acked acks=all record missing from the final read', () => {
    const h = history({ sends: [send('a', ok(0)), send('b', ok(1))], finalReads: [final(recs('a'))] });
    const v = noLostAcksAll(h);
    expect(names(v)).toEqual(['no-lost-acks-all']);
    expect(v[0]!.detail).toContain("'b'");
  });

  it('flags an acked record found at another offset, and a partition never read', () => {
    const moved = history({ sends: [send('b', ok(1))], finalReads: [final(recs('a', 'c', 'b'))] });
    expect(noLostAcksAll(moved)[0]!.detail).toContain('t-0 offset 2');
    expect(names(noLostAcksAll(history({ sends: [send('a', ok(0))] })))).toEqual(['no-lost-acks-all']);
  });

  it('does not require acks=1, indeterminate or failed sends, nor offsets below the log start', () => {
    const h = history({
      sends: [send('a', ok(0), { acks: 1 }), send('b', unknown), send('c', failed), send('d', ok(0))],
      finalReads: [final(at(1, 'e'), { logStartOffset: 1 })],
    });
    expect(noLostAcksAll(h)).toEqual([]);
  });
});

describe('noDuplicates', () => {
  it('accepts each idempotent value at one offset', () => {
    expect(noDuplicates(good())).toEqual([]);
  });

  it('flags an idempotent value at two offsets', () => {
    const h = history({ sends: [send('a', ok(0))], finalReads: [final(recs('a', 'a'))] });
    expect(names(noDuplicates(h))).toEqual(['no-duplicates']);
  });

  it('flags an idempotent value polled at one offset and finally read at another', () => {
    const h = history({ sends: [send('a', ok(0))], polls: [poll(at(1, 'a'), 2)], finalReads: [final(recs('a', 'b'))] });
    expect(names(noDuplicates(h))).toEqual(['no-duplicates']);
  });

  it('allows duplicates of a non-idempotent producer', () => {
    const h = history({ sends: [send('a', ok(1), { idempotent: false })], finalReads: [final(recs('a', 'a'))] });
    expect(noDuplicates(h)).toEqual([]);
  });
});

describe('producerOrder', () => {
  it('accepts sends in issue order, with gaps from other producers and missing sends', () => {
    const h = history({
      sends: [send('a', ok(0), { seqInProducerPartition: 0 }), send('b', unknown, { seqInProducerPartition: 1 }), send('c', ok(2), { seqInProducerPartition: 2 }), send('o', ok(1), { producer: 'p2', seqInProducerPartition: 0 })],
      finalReads: [final(recs('a', 'o', 'c'))],
    });
    expect(producerOrder(h)).toEqual([]);
  });

  it('flags a later send landing before an earlier one', () => {
    const h = history({
      sends: [send('a', ok(1), { seqInProducerPartition: 0 }), send('b', ok(0), { seqInProducerPartition: 1 })],
      finalReads: [final(recs('b', 'a'))],
    });
    const v = producerOrder(h);
    expect(names(v)).toEqual(['producer-order']);
    expect(v[0]!.detail).toContain("send #1 'b' is at offset 0, before its earlier send #0 'a' at offset 1");
  });

  it('uses polls when there is no final read, and can be limited to idempotent producers', () => {
    const sends = [send('a', unknown, { seqInProducerPartition: 0, idempotent: false }), send('b', unknown, { seqInProducerPartition: 1, idempotent: false })];
    const h = history({ sends, polls: [poll(recs('b', 'a'), 2)] });
    expect(names(producerOrder(h))).toEqual(['producer-order']);
    expect(producerOrder(h, { producerOrderFor: 'idempotent' })).toEqual([]);
  });

  it('orders by the first occurrence of a retried (duplicated) value', () => {
    const h = history({
      sends: [send('a', ok(1), { seqInProducerPartition: 0, idempotent: false }), send('b', ok(2), { seqInProducerPartition: 1, idempotent: false })],
      finalReads: [final(recs('a', 'a', 'b'))],
    });
    expect(producerOrder(h)).toEqual([]);
  });
});

describe('consumerMonotonic', () => {
  it('accepts contiguous polls, empty polls, and a jump after an explicit reset', () => {
    const h = history({
      polls: [poll(at(3, 'd', 'e'), 9), poll([], 9), poll(at(5, 'f'), 9)],
      resets: [reset(0)],
    });
    const r = h.resets[0]!;
    const later = poll(recs('a'), 9);
    expect(r.index).toBeLessThan(later.index);
    expect(consumerMonotonic({ ...h, polls: [...h.polls, later] })).toEqual([]);
  });

  it('flags a consumer skip between polls', () => {
    const v = consumerMonotonic(history({ polls: [poll(recs('a', 'b'), 9), poll(at(3, 'd'), 9)] }));
    expect(names(v)).toEqual(['consumer-monotonic']);
    expect(v[0]!.detail).toContain('skipped');
  });

  it('flags a consumer going back, and a skip or repeat inside one poll', () => {
    expect(consumerMonotonic(history({ polls: [poll(recs('a', 'b'), 9), poll(at(1, 'b'), 9)] }))[0]!.detail).toContain('went back');
    expect(consumerMonotonic(history({ polls: [poll([{ offset: 0, value: 'a' }, { offset: 2, value: 'c' }], 9)] }))[0]!.detail).toContain('inside one poll');
    expect(names(consumerMonotonic(history({ polls: [poll([{ offset: 0, value: 'a' }, { offset: 0, value: 'a' }], 9)] })))).toEqual(['consumer-monotonic']);
  });

  it('flags a poll not starting where the reset put the consumer; a null reset allows any start', () => {
    const seekTo = (offset: number | null): DataplaneHistory => {
      const before = poll(recs('a'), 9);
      const r = reset(offset);
      return history({ polls: [before, poll(at(6, 'g'), 9)], resets: [r] });
    };
    expect(consumerMonotonic(seekTo(6))).toEqual([]);
    expect(names(consumerMonotonic(seekTo(4)))).toEqual(['consumer-monotonic']);
    expect(consumerMonotonic(seekTo(null))).toEqual([]);
  });

  it('keeps consumers and partitions apart', () => {
    const h = history({ polls: [poll(recs('a'), 9), poll(at(5, 'f'), 9, { consumer: 'c2' }), poll(at(7, 'h'), 9, { partition: 1 }), poll(at(1, 'b'), 9)] });
    expect(consumerMonotonic(h)).toEqual([]);
  });
});

describe('readsBelowHw', () => {
  it('accepts records below the high watermark', () => {
    expect(readsBelowHw(good())).toEqual([]);
  });

  it('flags a poll returning a record at or above the high watermark of its own response', () => {
    const v = readsBelowHw(history({ polls: [poll(recs('a', 'b'), 1)] }));
    expect(names(v)).toEqual(['reads-below-hw']);
    expect(v[0]!.detail).toContain('offset 1 with high watermark 1');
  });
});

describe('definiteFailureNeverRead', () => {
  it('accepts definite failures nobody reads, and indeterminate sends that are read', () => {
    const h = history({ sends: [send('a', unknown), send('x', failed)], finalReads: [final(recs('a'))] });
    expect(definiteFailureNeverRead(h)).toEqual([]);
  });

  it('flags a definitely failed send seen by a poll or the final read', () => {
    const s = [send('x', failed)];
    expect(names(definiteFailureNeverRead(history({ sends: s, polls: [poll(recs('x'), 1)] })))).toEqual(['definite-failure-never-read']);
    expect(names(definiteFailureNeverRead(history({ sends: s, finalReads: [final(recs('x'))] })))).toEqual(['definite-failure-never-read']);
  });
});

describe('leaderInIsr', () => {
  it('accepts a leader in the ISR and an offline partition', () => {
    expect(leaderInIsr(good())).toEqual([]);
  });

  it('flags a leader outside the ISR', () => {
    expect(names(leaderInIsr(history({ observations: [observe(1, [2, 3], [1])] })))).toEqual(['leader-in-isr']);
  });
});

describe('finalReadContiguous', () => {
  it('flags a gap and a short read', () => {
    expect(finalReadContiguous(good())).toEqual([]);
    expect(names(finalReadContiguous(history({ finalReads: [final([{ offset: 0, value: 'a' }, { offset: 2, value: 'c' }])] })))).toEqual(['final-read-contiguous']);
    expect(names(finalReadContiguous(history({ finalReads: [final(recs('a'), { endOffset: 3 })] })))).toEqual(['final-read-contiguous']);
  });
});

describe('acks1LossReport', () => {
  it('counts lost acks=1 records without calling them violations', () => {
    const h = history({
      sends: [send('a', ok(0), { acks: 1 }), send('b', ok(1), { acks: 1 }), send('c', ok(0), { acks: 1, partition: 1 })],
      finalReads: [final(recs('a', 'z'))],
    });
    expect(acks1LossReport(h)).toEqual({ acked: 3, lost: 1, unverifiable: 1, examples: ['b@t-0:1'] });
    const { violations, stats } = checkHistory(h);
    expect(violations).toEqual([]);
    expect(stats.acks1.lost).toBe(1);
    expect(stats.phantomValues).toBe(1);
  });
});

describe('HistoryRecorder', () => {
  it('numbers sends per producer and partition, completes them once, and leaves pending ones indeterminate', () => {
    const r = new HistoryRecorder();
    const base = { producer: 'p', topic: 't', acks: -1 as Acks, idempotent: true, timeMs: 1 };
    const a = r.invokeSend({ ...base, partition: 0, value: 'a' });
    const b = r.invokeSend({ ...base, partition: 1, value: 'b' });
    const c = r.invokeSend({ ...base, partition: 0, value: 'c' });
    r.completeSend(a, ok(0), 5);
    expect(() => r.completeSend(a, ok(0), 6)).toThrow();
    expect(() => r.invokeSend({ ...base, partition: 0, value: 'a' })).toThrow();
    const sends = r.history().sends;
    expect(sends.map((s) => s.seqInProducerPartition)).toEqual([0, 0, 1]);
    expect(sends[b]!.outcome.kind).toBe('indeterminate');
    expect(sends[c]!.completeMs).toBeNull();
    expect(sends[a]).toMatchObject({ completeMs: 5, outcome: { kind: 'ok', offset: 0 } });
  });

  it('orders polls and resets on one index, and drops repeated observations', () => {
    const r = new HistoryRecorder();
    r.recordPoll({ consumer: 'c', topic: 't', partition: 0, records: recs('a'), highWatermark: 1, timeMs: 1 });
    r.recordReset({ consumer: 'c', topic: 't', partition: 0, offset: 0, timeMs: 2, reason: 'seek' });
    r.recordPoll({ consumer: 'c', topic: 't', partition: 0, records: recs('a'), highWatermark: 1, timeMs: 3 });
    for (let i = 0; i < 3; i++) r.observePartition({ ...observe(1, [1, 2]), timeMs: i });
    r.observePartition({ ...observe(2, [1, 2]), timeMs: 9 });
    const h = r.history();
    expect([h.polls[0]!.index, h.resets[0]!.index, h.polls[1]!.index]).toEqual([0, 1, 2]);
    expect(h.observations.map((o) => o.timeMs)).toEqual([0, 9]);
    expect(r.observationsUnchanged).toBe(2);
    expect(checkHistory(h).violations).toEqual([]);
  });
});

// --- a correct single-log model: its histories never violate anything ----------

type Cmd =
  | { op: 'send'; producer: number; partition: number; acks: Acks; fate: 'ok' | 'fail' | 'no-append' | 'append-no-answer' | 'retried' }
  | { op: 'commit'; partition: number; n: number }
  | { op: 'truncate'; partition: number }
  | { op: 'poll'; consumer: number; partition: number; max: number; start: number }
  | { op: 'reset'; consumer: number; partition: number; to: number; known: boolean }
  | { op: 'observe'; partition: number; leader: number; isrSize: number };

const partitionArb = fc.integer({ min: 0, max: 1 });
const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('send' as const), producer: fc.integer({ min: 0, max: 2 }), partition: partitionArb, acks: fc.constantFrom<Acks>(-1, 1), fate: fc.constantFrom('ok' as const, 'ok' as const, 'fail' as const, 'no-append' as const, 'append-no-answer' as const, 'retried' as const) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('commit' as const), partition: partitionArb, n: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), partition: partitionArb }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('poll' as const), consumer: fc.integer({ min: 0, max: 1 }), partition: partitionArb, max: fc.integer({ min: 1, max: 5 }), start: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reset' as const), consumer: fc.integer({ min: 0, max: 1 }), partition: partitionArb, to: fc.nat(20), known: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('observe' as const), partition: partitionArb, leader: fc.nat(3), isrSize: fc.integer({ min: 1, max: 3 }) }) },
);

interface ModelPartition {
  log: string[];
  hw: number;
  /** acks=all sends appended and waiting for the HW: offset → send id. */
  pending: Map<number, number>;
}

/** Replays `cmds` against a correct log, recording what clients would see. Returns the history and how many acks=1 acks were truncated. */
function runModel(cmds: readonly Cmd[]): { history: DataplaneHistory; acks1Lost: number } {
  const r = new HistoryRecorder();
  const parts: ModelPartition[] = [0, 1].map(() => ({ log: [], hw: 0, pending: new Map() }));
  const positions = new Map<string, number>();
  const acks1 = new Map<string, number>(); // `${partition}@${offset}` → ack count there (acked acks=1 records in the log)
  let acks1Lost = 0;
  let time = 0;
  let nextValue = 0;
  for (const cmd of cmds) {
    time += 1;
    if (cmd.op === 'send') {
      const p = parts[cmd.partition]!;
      const idempotent = cmd.producer < 2;
      const value = `v${nextValue++}`;
      const id = r.invokeSend({ producer: `p${cmd.producer}`, topic: 't', partition: cmd.partition, value, acks: cmd.acks, idempotent, timeMs: time });
      const fate = cmd.fate === 'retried' && idempotent ? 'ok' : cmd.fate;
      if (fate === 'fail') r.completeSend(id, failed, time);
      else if (fate === 'no-append') r.completeSend(id, unknown, time);
      else {
        if (fate === 'retried') p.log.push(value); // the first attempt's answer was lost; the retry appends again
        p.log.push(value);
        const offset = p.log.length - 1;
        if (fate === 'append-no-answer') r.completeSend(id, unknown, time);
        else if (cmd.acks === 1) {
          r.completeSend(id, ok(offset), time);
          acks1.set(`${cmd.partition}@${offset}`, 1);
        } else p.pending.set(offset, id);
      }
    } else if (cmd.op === 'commit') {
      const p = parts[cmd.partition]!;
      p.hw = Math.min(p.log.length, p.hw + cmd.n);
      for (const [offset, id] of p.pending) {
        if (offset < p.hw) {
          r.completeSend(id, ok(offset), time);
          p.pending.delete(offset);
        }
      }
    } else if (cmd.op === 'truncate') {
      const p = parts[cmd.partition]!;
      for (let offset = p.hw; offset < p.log.length; offset++) if (acks1.delete(`${cmd.partition}@${offset}`)) acks1Lost++;
      p.log.length = p.hw;
      for (const id of p.pending.values()) r.completeSend(id, unknown, time);
      p.pending.clear();
    } else if (cmd.op === 'poll') {
      const p = parts[cmd.partition]!;
      const key = `${cmd.consumer}/${cmd.partition}`;
      const from = positions.get(key) ?? cmd.start % (p.hw + 1);
      const to = Math.min(p.hw, from + cmd.max);
      const records = [];
      for (let offset = from; offset < to; offset++) records.push({ offset, value: p.log[offset]! });
      positions.set(key, to);
      r.recordPoll({ consumer: `c${cmd.consumer}`, topic: 't', partition: cmd.partition, records, highWatermark: p.hw, timeMs: time });
    } else if (cmd.op === 'reset') {
      const p = parts[cmd.partition]!;
      const to = cmd.to % (p.hw + 1);
      positions.set(`${cmd.consumer}/${cmd.partition}`, to);
      r.recordReset({ consumer: `c${cmd.consumer}`, topic: 't', partition: cmd.partition, offset: cmd.known ? to : null, timeMs: time, reason: 'seek' });
    } else {
      const isr = [1, 2, 3].slice(0, cmd.isrSize);
      r.observePartition({ timeMs: time, node: 1, topic: 't', partition: cmd.partition, leader: cmd.leader === 0 ? -1 : isr[cmd.leader % isr.length]!, isr, elr: [] });
    }
  }
  // Heal: everything left in the logs commits, and a final read sees it all. Unanswered sends stay indeterminate.
  parts.forEach((p, partition) => {
    r.recordFinalRead({ topic: 't', partition, logStartOffset: 0, endOffset: p.log.length, records: p.log.map((value, offset) => ({ offset, value })), timeMs: time + 1 });
  });
  return { history: r.history(), acks1Lost };
}

describe('a correct single-log model', () => {
  it('never yields a violation, and its acks=1 losses are counted', () => {
    fc.assert(
      fc.property(fc.array(cmdArb, { maxLength: 120, size: 'max' }), (cmds) => {
        const { history: h, acks1Lost } = runModel(cmds);
        const { violations, stats } = checkHistory(h);
        expect(violations).toEqual([]);
        expect(stats.acks1.lost).toBe(acks1Lost);
      }),
      { numRuns: 300 },
    );
  });

  it('loses an acknowledged acks=all record from its final read: always caught', () => {
    fc.assert(
      fc.property(fc.array(cmdArb, { maxLength: 120, size: 'max' }), fc.nat(), (cmds, pick) => {
        const { history: h } = runModel(cmds);
        const acked = h.sends.filter((s) => s.acks === -1 && s.outcome.kind === 'ok');
        fc.pre(acked.length > 0);
        const victim = acked[pick % acked.length]!;
        const finalReads = h.finalReads.map((read) => ({ ...read, records: read.records.filter((rec) => rec.value !== victim.value) }));
        expect(names(checkHistory({ ...h, finalReads }).violations)).toContain('no-lost-acks-all');
      }),
      { numRuns: 200 },
    );
  });
});

describe('scale', () => {
  it('checks a 100k-record history quickly', () => {
    const r = new HistoryRecorder();
    const n = 100_000;
    const partitions = 4;
    const logs: string[][] = Array.from({ length: partitions }, () => []);
    for (let i = 0; i < n; i++) {
      const partition = i % partitions;
      const value = `v${i}`;
      const id = r.invokeSend({ producer: `p${i % 7}`, topic: 't', partition, value, acks: i % 3 === 0 ? 1 : -1, idempotent: true, timeMs: i });
      logs[partition]!.push(value);
      r.completeSend(id, ok(logs[partition]!.length - 1), i + 1);
    }
    logs.forEach((log, partition) => {
      for (const consumer of ['c1', 'c2']) {
        for (let from = 0; from < log.length; from += 500) {
          const records = log.slice(from, from + 500).map((value, i) => ({ offset: from + i, value }));
          r.recordPoll({ consumer, topic: 't', partition, records, highWatermark: log.length, timeMs: n });
        }
      }
      r.recordFinalRead({ topic: 't', partition, logStartOffset: 0, endOffset: log.length, records: log.map((value, offset) => ({ offset, value })), timeMs: n + 1 });
    });
    const h = r.history();
    const started = performance.now();
    const { violations, stats } = checkHistory(h);
    const elapsedMs = performance.now() - started;
    expect(violations).toEqual([]);
    expect(stats.recordsPolled).toBe(2 * n);
    expect(elapsedMs).toBeLessThan(5000);
  });
});
