// Goal: the leader's reorder wait for idempotent produce batches that arrive
// ahead of their producer's sequence (sequence-reorder.ts, Partition.appendAsLeader)
// appends them in sequence order once their predecessors arrive, and changes
// nothing else: a gap still refused at the deadline (nothing appended),
// duplicates answered with their original offsets, stale epochs fenced,
// limits on parked batches, leadership loss. Method: a Partition on a
// simulated disk with a manual clock whose timers fire when the test advances
// it; batches are started concurrently in a chosen arrival order.

import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { silentLogger } from '../../src/env/logger.js';
import { Partition, type LeaderAppendResult, type PartitionAssignment } from '../../src/replication/partition.js';
import { isSequenceAhead, maxSequence } from '../../src/replication/producer-state.js';
import { SequenceReorderBuffer, type SequenceReorderLimits } from '../../src/replication/sequence-reorder.js';
import { encodeBatch } from '../../src/storage/batch/builder.js';
import { splitBatches } from '../../src/storage/batch/header.js';
import { Log } from '../../src/storage/log/log.js';
import { logConfig } from '../../src/storage/log/log-config.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';
import { TimerClock } from './timer-clock.js';


const pid = 42;

async function leader(options: { waitMs?: number; limits?: SequenceReorderLimits } = {}): Promise<{ p: Partition; clock: TimerClock }> {
  const { fs } = await simDiskWithDir('/logs');
  const clock = new TimerClock();
  const log = await Log.open({ fs, dir: '/logs/t-0', config: logConfig(), clock, logger: silentLogger });
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
    sequenceReorderWaitMs: options.waitMs ?? 500,
    ...(options.limits ? { sequenceReorderLimits: options.limits } : {}),
  });
  await p.open();
  p.applyAssignment(assignment());
  return { p, clock };
}

function assignment(over: Partial<PartitionAssignment> = {}): PartitionAssignment {
  return { topic: 't', topicId: 'id-t', partition: 0, replicas: [1, 2, 3], isr: [1, 2, 3], elr: [], leader: 1, leaderEpoch: 5, partitionEpoch: 7, ...over };
}

/** A batch of `count` records of the producer, starting at sequence `seq` (fresh bytes each call: the log stamps them in place). */
function batch(seq: number, count = 1, epoch = 0, producerId = pid): Uint8Array {
  return encodeBatch({
    records: Array.from({ length: count }, (_, i) => ({ key: null, value: new TextEncoder().encode(`s${seq + i}`), timestamp: 1000 })),
    producerId,
    producerEpoch: epoch,
    baseSequence: seq,
  });
}

type Outcome = { ok: true; result: LeaderAppendResult } | { ok: false; code: string };

function settle(promise: Promise<LeaderAppendResult>): Promise<Outcome> {
  return promise.then(
    (result) => ({ ok: true, result }),
    (error: unknown) => ({ ok: false, code: isSkiffError(error) ? error.code : String(error) }),
  );
}

/** Lets every pending append run as far as it can without the clock moving. */
async function quiesce(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** The base sequences of the log's batches, in log order, with their offsets. */
async function logged(p: Partition): Promise<{ seq: number; baseOffset: number; epoch: number }[]> {
  const { records } = await p.log.read(0, { maxBytes: 1 << 24 });
  return splitBatches(records).map(({ header }) => ({ seq: header.baseSequence, baseOffset: header.baseOffset, epoch: header.producerEpoch }));
}

describe('isSequenceAhead', () => {
  it('tells a gap ahead from a stale or overlapping retry, across the wrap', () => {
    expect(isSequenceAhead(99, 150)).toBe(true);
    expect(isSequenceAhead(99, 100)).toBe(false); // the next one: no gap
    expect(isSequenceAhead(99, 40)).toBe(false);
    expect(isSequenceAhead(99, 99)).toBe(false);
    expect(isSequenceAhead(maxSequence, 7)).toBe(true);
    expect(isSequenceAhead(maxSequence - 10, 3)).toBe(true);
    expect(isSequenceAhead(5, maxSequence - 3)).toBe(false);
  });
});

describe('Partition reorder wait', () => {
  it('appends batches that arrive out of order in sequence order, each once', async () => {
    const { p } = await leader();
    const late = [settle(p.appendAsLeader(batch(3, 2), 1, 1 << 20)), settle(p.appendAsLeader(batch(1, 2), 1, 1 << 20))];
    await quiesce();
    expect(p.log.logEndOffset).toBe(0); // parked, nothing appended
    const first = await settle(p.appendAsLeader(batch(0), 1, 1 << 20));
    const [three, one] = await Promise.all(late);
    expect(first).toMatchObject({ ok: true, result: { baseOffset: 0, duplicate: false } });
    expect(one).toMatchObject({ ok: true, result: { baseOffset: 1, lastOffset: 2 } });
    expect(three).toMatchObject({ ok: true, result: { baseOffset: 3, lastOffset: 4 } });
    expect((await logged(p)).map((b) => b.seq)).toEqual([0, 1, 3]);
    expect(p.sequenceReorderStats).toEqual({ parked: 2, expired: 0, overflowed: 0 });
  });

  it('refuses a batch whose predecessor never comes at the deadline, appending nothing', async () => {
    const { p, clock } = await leader({ waitMs: 300 });
    await p.appendAsLeader(batch(0), 1, 1 << 20);
    const ahead = settle(p.appendAsLeader(batch(2), 1, 1 << 20));
    await quiesce();
    clock.advance(299);
    await quiesce();
    expect(p.log.logEndOffset).toBe(1);
    clock.advance(1);
    expect(await ahead).toEqual({ ok: false, code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
    expect(p.log.logEndOffset).toBe(1);
    expect(clock.pending).toBe(0);
    expect(p.sequenceReorderStats).toMatchObject({ parked: 1, expired: 1 });
  });

  it('caps the wait by the request timeout, and does not wait at all with no wait configured', async () => {
    const { p, clock } = await leader({ waitMs: 500 });
    await p.appendAsLeader(batch(0), 1, 1 << 20);
    const ahead = settle(p.appendAsLeader(batch(2), 1, 1 << 20, 50));
    await quiesce();
    clock.advance(50);
    expect(await ahead).toEqual({ ok: false, code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
    const none = await leader({ waitMs: 0 });
    await none.p.appendAsLeader(batch(0), 1, 1 << 20);
    expect(await settle(none.p.appendAsLeader(batch(2), 1, 1 << 20))).toEqual({ ok: false, code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
  });

  it('waits for the first batch of a producer it does not know yet, or answers UNKNOWN_PRODUCER_ID', async () => {
    const { p, clock } = await leader();
    const second = settle(p.appendAsLeader(batch(1), 1, 1 << 20));
    await quiesce();
    await p.appendAsLeader(batch(0), 1, 1 << 20);
    expect(await second).toMatchObject({ ok: true, result: { baseOffset: 1 } });
    const stranger = settle(p.appendAsLeader(batch(4, 1, 0, pid + 1), 1, 1 << 20));
    await quiesce();
    clock.advance(500);
    expect(await stranger).toEqual({ ok: false, code: 'UNKNOWN_PRODUCER_ID' });
    expect(p.log.logEndOffset).toBe(2);
  });

  it('refuses a stale retry older than the producer state at once, without waiting', async () => {
    const { p, clock } = await leader();
    for (let seq = 0; seq < 7; seq++) await p.appendAsLeader(batch(seq), 1, 1 << 20);
    expect(await settle(p.appendAsLeader(batch(0), 1, 1 << 20))).toEqual({ ok: false, code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
    expect(clock.pending).toBe(0);
    expect(p.sequenceReorderStats.parked).toBe(0);
  });

  it('answers a duplicate of a batch that was parked with the original offsets', async () => {
    const { p } = await leader();
    const parked = settle(p.appendAsLeader(batch(1, 3), 1, 1 << 20));
    const retried = settle(p.appendAsLeader(batch(1, 3), 1, 1 << 20)); // the client's retry of the same batch
    await quiesce();
    await p.appendAsLeader(batch(0), 1, 1 << 20);
    const [a, b] = await Promise.all([parked, retried]);
    expect(a).toMatchObject({ ok: true, result: { baseOffset: 1, lastOffset: 3, duplicate: false } });
    expect(b).toMatchObject({ ok: true, result: { baseOffset: 1, lastOffset: 3, duplicate: true } });
    expect(p.log.logEndOffset).toBe(4);
  });

  it('fences a parked batch once a newer epoch of its producer is appended', async () => {
    const { p } = await leader();
    await p.appendAsLeader(batch(0, 1, 0), 1, 1 << 20);
    const stale = settle(p.appendAsLeader(batch(5, 1, 0), 1, 1 << 20));
    await quiesce();
    await p.appendAsLeader(batch(0, 1, 1), 1, 1 << 20); // the producer bumped its epoch
    expect(await stale).toEqual({ ok: false, code: 'INVALID_PRODUCER_EPOCH' });
    expect((await logged(p)).map((b) => [b.epoch, b.seq])).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it('waits for a new epoch to start at sequence 0', async () => {
    const { p } = await leader();
    await p.appendAsLeader(batch(0, 1, 0), 1, 1 << 20);
    const second = settle(p.appendAsLeader(batch(1, 1, 1), 1, 1 << 20));
    await quiesce();
    await p.appendAsLeader(batch(0, 1, 1), 1, 1 << 20);
    expect(await second).toMatchObject({ ok: true, result: { baseOffset: 2 } });
  });

  it('refuses at once over the per-producer and per-partition limits', async () => {
    const { p, clock } = await leader({ limits: { maxPerProducer: 2, maxTotal: 3 } });
    const parked = [settle(p.appendAsLeader(batch(1), 1, 1 << 20)), settle(p.appendAsLeader(batch(2), 1, 1 << 20))];
    expect(await settle(p.appendAsLeader(batch(3), 1, 1 << 20))).toEqual({ ok: false, code: 'UNKNOWN_PRODUCER_ID' });
    parked.push(settle(p.appendAsLeader(batch(1, 1, 0, pid + 1), 1, 1 << 20)));
    expect(await settle(p.appendAsLeader(batch(1, 1, 0, pid + 2), 1, 1 << 20))).toEqual({ ok: false, code: 'UNKNOWN_PRODUCER_ID' });
    expect(p.sequenceReorderStats).toEqual({ parked: 3, expired: 0, overflowed: 2 });
    clock.advance(500);
    expect((await Promise.all(parked)).map((o) => o.ok)).toEqual([false, false, false]);
    expect(p.log.logEndOffset).toBe(0);
  });

  it('refuses parked batches when the partition stops leading, appending nothing', async () => {
    const { p, clock } = await leader();
    await p.appendAsLeader(batch(0), 1, 1 << 20);
    const parked = settle(p.appendAsLeader(batch(2), 1, 1 << 20));
    await quiesce();
    p.applyAssignment(assignment({ leader: 2, leaderEpoch: 6 }));
    expect(await parked).toEqual({ ok: false, code: 'NOT_LEADER_OR_FOLLOWER' });
    expect(clock.pending).toBe(0);
    expect(p.log.logEndOffset).toBe(1);
  });
});

describe('SequenceReorderBuffer', () => {
  it('wakes a producer’s batches lowest sequence first and cancels their timers', async () => {
    const clock = new TimerClock();
    const buffer = new SequenceReorderBuffer(clock);
    const order: number[] = [];
    const waits = [9, 3, 6].map((seq) => buffer.park(pid, seq, clock.now() + 100)!.then((o) => order.push(seq) && o));
    expect(buffer.size).toBe(3);
    buffer.wake(pid + 1);
    expect(buffer.size).toBe(3);
    buffer.wake(pid);
    expect(await Promise.all(waits)).toEqual(['moved', 'moved', 'moved']);
    expect(order).toEqual([3, 6, 9]);
    expect(buffer.size).toBe(0);
    expect(clock.pending).toBe(0);
    expect(buffer.park(pid, 1, clock.now())).toBeNull(); // no time left
  });
});
