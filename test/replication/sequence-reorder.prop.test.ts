// Goal: whatever order a producer's in-flight batches reach the leader in,
// the reorder wait (sequence-reorder.ts) appends each exactly once, in
// sequence order, and answers every call — retries included — with the
// batch's own offsets; a batch that never arrives leaves every later one
// refused (OUT_OF_ORDER_SEQUENCE_NUMBER, or UNKNOWN_PRODUCER_ID for a
// producer the leader does not know) with nothing of them appended.
// Method: fast-check picks, for two producers, up to 5 in-flight batches of
// random sizes starting at sequence 0 (an unknown producer) or right after a
// batch already in the log (possibly across the 2^31 wrap), which of them
// are lost, some duplicate sends (client retries), and an arrival order with
// random pauses between arrivals. The calls run against a real Partition and
// Log on a simulated disk; then the clock passes the wait so parked batches
// whose gap never closes are refused.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { silentLogger } from '../../src/env/logger.js';
import { Partition, type LeaderAppendResult } from '../../src/replication/partition.js';
import { lastSequenceOf, maxSequence } from '../../src/replication/producer-state.js';
import { encodeBatch } from '../../src/storage/batch/builder.js';
import { splitBatches } from '../../src/storage/batch/header.js';
import { Log } from '../../src/storage/log/log.js';
import { logConfig } from '../../src/storage/log/log-config.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';
import { TimerClock } from './timer-clock.js';


const waitMs = 500;

interface ProducerPlan {
  /** null: unknown to the leader, first batch at sequence 0; else the base sequence of a 1-record batch already in the log. */
  readonly seededAt: number | null;
  readonly counts: readonly number[];
  readonly lost: readonly boolean[];
}

interface Sent {
  readonly producer: number;
  readonly index: number;
}

const producerPlan = fc
  .record({
    seededAt: fc.option(fc.oneof(fc.nat(1000), fc.integer({ min: maxSequence - 12, max: maxSequence })), { nil: null }),
    counts: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }),
    lostMask: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    anyLost: fc.boolean(),
  })
  .map(({ seededAt, counts, lostMask, anyLost }): ProducerPlan => ({ seededAt, counts, lost: counts.map((_, i) => anyLost && lostMask[i]!) }));

const scenario = fc
  .tuple(producerPlan, producerPlan)
  .chain((plans) => {
    const sends: Sent[] = plans.flatMap((plan, producer) => plan.counts.flatMap((_, index) => (plan.lost[index] ? [] : [{ producer, index }])));
    return fc.record({
      plans: fc.constant(plans),
      arrivals: fc.shuffledSubarray(sends, { minLength: sends.length, maxLength: sends.length }),
      retries: fc.subarray(sends, { maxLength: Math.min(3, sends.length) }),
      retryAt: fc.array(fc.nat(20), { minLength: 3, maxLength: 3 }),
      pauses: fc.array(fc.nat(2), { minLength: 16, maxLength: 16 }),
    });
  });

function nextSequence(lastSeq: number): number {
  return lastSeq === maxSequence ? 0 : lastSeq + 1;
}

async function run(input: { plans: ProducerPlan[]; arrivals: Sent[]; retries: Sent[]; retryAt: number[]; pauses: number[] }): Promise<void> {
  const { fs } = await simDiskWithDir('/logs');
  const clock = new TimerClock();
  const log = await Log.open({ fs, dir: '/logs/t-0', config: logConfig(), clock, logger: silentLogger });
  const producerIds = [7, 8];
  const bytes = (producer: number, seq: number, count: number): Uint8Array =>
    encodeBatch({
      records: Array.from({ length: count }, (_, i) => ({ key: null, value: new TextEncoder().encode(`${producer}:${seq}:${i}`), timestamp: 1000 })),
      producerId: producerIds[producer]!,
      producerEpoch: 0,
      baseSequence: seq,
    });
  // A seeded producer's earlier batch goes into the log before the partition opens: it rebuilds its producer state from the log.
  const bases: number[][] = [];
  for (const [producer, plan] of input.plans.entries()) {
    let next = 0;
    if (plan.seededAt !== null) {
      await log.appendAsLeader(bytes(producer, plan.seededAt, 1), 1);
      next = nextSequence(plan.seededAt);
    }
    const list: number[] = [];
    for (const count of plan.counts) {
      list.push(next);
      next = nextSequence(lastSequenceOf(next, count - 1));
    }
    bases.push(list);
  }
  const p = new Partition({
    brokerId: 1,
    log,
    fs,
    clock,
    logger: silentLogger,
    flushOnAck: false,
    minInsyncReplicas: () => 1,
    logAppendTime: () => false,
    onProgress: () => {},
    sequenceReorderWaitMs: waitMs,
    sequenceReorderLimits: { maxPerProducer: 16, maxTotal: 64 },
  });
  await p.open();
  p.applyAssignment({ topic: 't', topicId: 'id', partition: 0, replicas: [1], isr: [1], elr: [], leader: 1, leaderEpoch: 1, partitionEpoch: 1 });
  const seededEnd = p.log.logEndOffset;

  type Outcome = { sent: Sent; result: LeaderAppendResult | null; code: string | null };
  const calls: Promise<Outcome>[] = [];
  const send = (sent: Sent): void => {
    const seq = bases[sent.producer]![sent.index]!;
    const count = input.plans[sent.producer]!.counts[sent.index]!;
    calls.push(
      p.appendAsLeader(bytes(sent.producer, seq, count), 1, 1 << 20).then(
        (result) => ({ sent, result, code: null }),
        (error: unknown) => ({ sent, result: null, code: isSkiffError(error) ? error.code : String(error) }),
      ),
    );
  };
  for (const [i, sent] of input.arrivals.entries()) {
    send(sent);
    input.retries.forEach((retry, r) => {
      if (input.retryAt[r]! % (input.arrivals.length + 1) === i) send(retry);
    });
    for (let k = 0; k < input.pauses[i % input.pauses.length]!; k++) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await new Promise<void>((resolve) => setImmediate(resolve));
  clock.advance(waitMs);
  const outcomes = await Promise.all(calls);

  // What must have happened: per producer, the batches before the first lost one, in sequence order.
  const firstLost = input.plans.map((plan) => {
    const at = plan.lost.indexOf(true);
    return at < 0 ? plan.counts.length : at;
  });
  const { records } = await p.log.read(seededEnd, { maxBytes: 1 << 24 });
  const appended = splitBatches(records).map(({ header }) => ({ producer: producerIds.indexOf(header.producerId), seq: header.baseSequence, baseOffset: header.baseOffset }));
  for (const [producer, plan] of input.plans.entries()) {
    const mine = appended.filter((b) => b.producer === producer);
    expect(mine.map((b) => b.seq)).toEqual(bases[producer]!.slice(0, firstLost[producer]));
    for (const outcome of outcomes.filter((o) => o.sent.producer === producer)) {
      if (outcome.sent.index < firstLost[producer]!) {
        // Appended once; every call of it (retries too) answers with its offsets.
        expect(outcome.code).toBeNull();
        expect(outcome.result!.baseOffset).toBe(mine[outcome.sent.index]!.baseOffset);
        expect(outcome.result!.lastOffset).toBe(mine[outcome.sent.index]!.baseOffset + plan.counts[outcome.sent.index]! - 1);
      } else {
        expect(outcome.code).toBe(plan.seededAt === null && firstLost[producer] === 0 ? 'UNKNOWN_PRODUCER_ID' : 'OUT_OF_ORDER_SEQUENCE_NUMBER');
      }
    }
  }
  expect(appended.length).toBe(firstLost[0]! + firstLost[1]!);
}

describe('reorder wait (property)', () => {
  it('appends any arrival order of in-flight batches once each, in sequence order, and refuses what follows a lost one', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (input) => {
        await run(input);
      }),
      { numRuns: 200, timeout: 5_000 },
    );
  });
});
