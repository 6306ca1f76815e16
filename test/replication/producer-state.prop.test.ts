// Goal: the idempotent producer state keeps Skiff's "no duplicates with
// idempotence" promise (DESIGN.md §9) and survives restarts and truncations:
// (1) every leader verdict equals a reference model's, a retry of any of a
//     producer's last 5 batches maps to that batch's original offsets, and no
//     (producer, epoch, sequence range) is ever appended twice;
// (2) the state rebuilt from snapshots plus a replay of the log equals the
//     state built incrementally, and after a truncation or a crash (which
//     loses the unsynced tail and may leave snapshots past the recovered end)
//     it equals a from-scratch replay of what the log still holds.
// Method: fast-check generates scripts for three clients (send, retry an
// earlier batch, send with a gap, bump the epoch) mixed with non-idempotent
// batches, snapshots, syncs, truncations, crashes and rebuilds. They run as a
// leader would — check, append to a real Log on a SimDisk, update — and a
// deliberately naive reference (a list of the producer batches the log holds)
// predicts each verdict. One producer starts just below the Int32 sequence
// wrap, replicated as a follower would see it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { mkdirDurable } from '../../src/env/file-system.js';
import { rebuildProducerState, writeProducerSnapshot } from '../../src/replication/producer-state-file.js';
import {
  ProducerStateManager,
  batchesRetainedPerProducer,
  isNextSequence,
  lastSequenceOf,
  maxSequence,
  type ProducerBatchHeader,
  type ProducerCheck,
} from '../../src/replication/producer-state.js';
import { encodeBatch, readBatchHeader } from '../../src/storage/batch/index.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';
import { ManualClock, openTestLog } from '../storage/log-fixture.js';

const dir = '/data/orders-0';
const producerIds = [101, 102, 103] as const;

type Op =
  | { t: 'send'; p: number; count: number }
  | { t: 'retry'; p: number; back: number }
  | { t: 'gap'; p: number; skip: number }
  | { t: 'bump'; p: number }
  | { t: 'plain' }
  | { t: 'snapshot' }
  | { t: 'sync' }
  | { t: 'crash'; tear: boolean }
  | { t: 'truncate'; back: number }
  | { t: 'rebuild' };

const producerArb = fc.integer({ min: 0, max: producerIds.length - 1 });
const clientOps: fc.Arbitrary<Op>[] = [
  fc.record({ t: fc.constant('send' as const), p: producerArb, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ t: fc.constant('send' as const), p: producerArb, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ t: fc.constant('retry' as const), p: producerArb, back: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ t: fc.constant('retry' as const), p: producerArb, back: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ t: fc.constant('gap' as const), p: producerArb, skip: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ t: fc.constant('bump' as const), p: producerArb }),
  fc.constant({ t: 'plain' as const }),
  fc.constant({ t: 'snapshot' as const }),
];
const faultOps: fc.Arbitrary<Op>[] = [
  fc.constant({ t: 'sync' as const }),
  fc.record({ t: fc.constant('crash' as const), tear: fc.boolean() }),
  fc.record({ t: fc.constant('truncate' as const), back: fc.integer({ min: 0, max: 8 }) }),
  fc.constant({ t: 'rebuild' as const }),
];

/** A producer batch the log holds, as the reference sees it. */
interface RefBatch {
  readonly producerId: number;
  readonly epoch: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  readonly firstOffset: number;
  readonly lastOffset: number;
  readonly maxTimestamp: number;
}

interface SentBatch {
  readonly epoch: number;
  readonly seq: number;
  readonly count: number;
  readonly timestamp: number;
}

interface Client {
  epoch: number;
  nextSeq: number;
  readonly sent: SentBatch[];
}

/** The reference: Kafka's rules restated over the list of producer batches in the log, newest last. */
function expectedVerdict(log: readonly RefBatch[], header: ProducerBatchHeader): ProducerCheck['kind'] | string {
  const firstSeq = header.baseSequence;
  const lastSeq = lastSequenceOf(firstSeq, header.lastOffsetDelta);
  const mine = log.filter((b) => b.producerId === header.producerId);
  const newest = mine[mine.length - 1];
  if (newest === undefined) return firstSeq === 0 ? 'append' : 'UNKNOWN_PRODUCER_ID';
  if (header.producerEpoch < newest.epoch) return 'INVALID_PRODUCER_EPOCH';
  if (header.producerEpoch > newest.epoch) return firstSeq === 0 ? 'append' : 'OUT_OF_ORDER_SEQUENCE_NUMBER';
  let runStart = mine.length;
  while (runStart > 0 && mine[runStart - 1]!.epoch === newest.epoch) runStart--;
  const remembered = mine.slice(Math.max(runStart, mine.length - batchesRetainedPerProducer));
  if (remembered.some((b) => b.firstSeq === firstSeq && b.lastSeq === lastSeq)) return 'duplicate';
  return isNextSequence(newest.lastSeq, firstSeq) ? 'append' : 'OUT_OF_ORDER_SEQUENCE_NUMBER';
}

function verdictName(check: ProducerCheck): string {
  return check.kind === 'error' ? check.code : check.kind;
}

async function runScript(ops: readonly Op[], seed: number): Promise<void> {
  const random = SeededRandom.fromSeed(seed);
  const disk = new SimDisk(new Scheduler(), random.fork('disk'));
  let fs = disk.mount();
  await mkdirDurable(fs, '/data');
  const clock = new ManualClock();
  const config = { segmentBytes: 600, indexIntervalBytes: 128 };
  let log = await openTestLog(fs, dir, clock, config);
  let state = new ProducerStateManager();
  let held: RefBatch[] = [];
  let timestamp = 1000;

  const record = (header: ReturnType<typeof readBatchHeader>): void => {
    held.push({
      producerId: header.producerId,
      epoch: header.producerEpoch,
      firstSeq: header.baseSequence,
      lastSeq: lastSequenceOf(header.baseSequence, header.lastOffsetDelta),
      firstOffset: header.baseOffset,
      lastOffset: header.baseOffset + header.lastOffsetDelta,
      maxTimestamp: header.maxTimestamp,
    });
  };

  const fromScratch = async (): Promise<ProducerStateManager> => {
    const fresh = new ProducerStateManager();
    for await (const { header } of log.batches(log.logStartOffset, log.logEndOffset)) fresh.update(header);
    return fresh;
  };

  /** After the log lost its tail: the reference forgets it, the state is rebuilt and must match a full replay. */
  const afterLogCut = async (): Promise<void> => {
    held = held.filter((b) => b.lastOffset < log.logEndOffset);
    state = await rebuildProducerState({ fs, dir, log });
    expect(state.entries()).toEqual((await fromScratch()).entries());
  };

  /** The leader's path for one client batch: check against the reference, then append and update. */
  const produce = async (batch: SentBatch, producerId: number): Promise<void> => {
    const bytes = encodeBatch({
      producerId,
      producerEpoch: batch.epoch,
      baseSequence: batch.seq,
      records: Array.from({ length: batch.count }, (_, i) => ({ key: null, value: new Uint8Array([i]), timestamp: batch.timestamp + i })),
    });
    const header = readBatchHeader(bytes);
    const verdict = state.check(header);
    verdictCounts.set(verdictName(verdict), (verdictCounts.get(verdictName(verdict)) ?? 0) + 1);
    expect(verdictName(verdict), `verdict for producer ${producerId} epoch ${batch.epoch} seq ${batch.seq}+${batch.count}`).toBe(expectedVerdict(held, header));
    if (verdict.kind === 'duplicate') {
      const original = held.find(
        (b) => b.producerId === producerId && b.epoch === batch.epoch && b.firstSeq === batch.seq && b.lastSeq === lastSequenceOf(batch.seq, batch.count - 1),
      );
      expect(original).toBeDefined();
      expect(verdict).toEqual({ kind: 'duplicate', firstOffset: original!.firstOffset, lastOffset: original!.lastOffset, maxTimestamp: original!.maxTimestamp });
      return;
    }
    if (verdict.kind !== 'append') return;
    const result = await log.appendAsLeader(bytes, 0);
    const appended = { ...header, baseOffset: result.firstOffset };
    state.update(appended);
    expect(held.some((b) => b.producerId === producerId && b.epoch === batch.epoch && b.firstSeq === batch.seq)).toBe(false);
    record(appended);
  };

  const clients: Client[] = producerIds.map(() => ({ epoch: 0, nextSeq: 0, sent: [] }));
  // Producer 103 was seen (as a follower sees it) just below the sequence wrap.
  {
    const wrapping = clients[2]!;
    const seeded = { epoch: 0, seq: maxSequence - 3, count: 2, timestamp: timestamp++ };
    const bytes = encodeBatch({ producerId: producerIds[2], producerEpoch: 0, baseSequence: seeded.seq, records: [0, 1].map((i) => ({ key: null, value: null, timestamp: seeded.timestamp + i })) });
    const result = await log.appendAsFollower(bytes);
    const header = { ...readBatchHeader(bytes), baseOffset: result.firstOffset };
    state.update(header);
    record(header);
    wrapping.sent.push(seeded);
    wrapping.nextSeq = maxSequence - 1;
  }

  for (const op of ops) {
    timestamp += 1;
    switch (op.t) {
      case 'send': {
        const client = clients[op.p]!;
        const batch = { epoch: client.epoch, seq: client.nextSeq, count: op.count, timestamp };
        client.sent.push(batch);
        // The client counts the batch as in flight whatever the answer; 'retry' sends it again.
        client.nextSeq = (lastSequenceOf(batch.seq, op.count - 1) + 1) % (maxSequence + 1);
        await produce(batch, producerIds[op.p]!);
        break;
      }
      case 'retry': {
        const client = clients[op.p]!;
        const batch = client.sent[client.sent.length - 1 - op.back];
        if (batch !== undefined) await produce(batch, producerIds[op.p]!);
        break;
      }
      case 'gap': {
        const client = clients[op.p]!;
        await produce({ epoch: client.epoch, seq: (client.nextSeq + op.skip) % (maxSequence + 1), count: 1, timestamp }, producerIds[op.p]!);
        break;
      }
      case 'bump': {
        const client = clients[op.p]!;
        client.epoch += 1;
        client.nextSeq = 0;
        break;
      }
      case 'plain': {
        const bytes = encodeBatch({ records: [{ key: null, value: new Uint8Array([9]), timestamp }] });
        const header = readBatchHeader(bytes);
        expect(state.check(header)).toEqual({ kind: 'append' });
        const result = await log.appendAsLeader(bytes, 0);
        state.update({ ...header, baseOffset: result.firstOffset });
        break;
      }
      case 'snapshot':
        // The contract Partition.snapshotProducerState keeps: a snapshot only at a durable log end. A snapshot of
        // unsynced batches can survive a crash that loses them, and describe different batches once the log regrows.
        await log.sync();
        await writeProducerSnapshot(fs, dir, state, log.logEndOffset);
        break;
      case 'sync':
        await log.sync();
        break;
      case 'crash': {
        disk.crash(random.fork(`crash-${timestamp}`), { tearLastWrite: op.tear });
        fs = disk.mount();
        log = await openTestLog(fs, dir, clock, config);
        await afterLogCut();
        break;
      }
      case 'truncate':
        await log.truncateTo(Math.max(0, log.logEndOffset - op.back));
        await afterLogCut();
        break;
      case 'rebuild': {
        const rebuilt = await rebuildProducerState({ fs, dir, log });
        expect(rebuilt.entries()).toEqual(state.entries());
        state = rebuilt;
        break;
      }
    }
  }
  // Whatever happened, a rebuild from the snapshots on disk and the log equals the running state.
  expect((await rebuildProducerState({ fs, dir, log })).entries()).toEqual(state.entries());
  expect((await fromScratch()).entries()).toEqual(state.entries());
}

/** How often each verdict came up, so the tests can show that the scripts reach every rule. */
const verdictCounts = new Map<string, number>();

describe('ProducerStateManager (properties)', () => {
  it('verdicts match the reference model; duplicates map to their original offsets; nothing is appended twice', async () => {
    verdictCounts.clear();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...clientOps), { minLength: 1, maxLength: 80, size: 'max' }), fc.integer({ min: 1, max: 1 << 30 }), async (ops, seed) => {
        await runScript(ops, seed);
      }),
      { numRuns: 150 },
    );
    // The scripts reach every rule, the duplicate path often.
    for (const verdict of ['append', 'duplicate', 'OUT_OF_ORDER_SEQUENCE_NUMBER', 'INVALID_PRODUCER_EPOCH', 'UNKNOWN_PRODUCER_ID']) {
      expect(verdictCounts.get(verdict) ?? 0, verdict).toBeGreaterThan(20);
    }
    expect(verdictCounts.get('duplicate')).toBeGreaterThan(100);
  });

  it('state rebuilt from snapshots plus replay equals the incremental state, across truncations and crashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...clientOps, ...faultOps), { minLength: 1, maxLength: 80, size: 'max' }), fc.integer({ min: 1, max: 1 << 30 }), async (ops, seed) => {
        await runScript(ops, seed);
      }),
      { numRuns: 150 },
    );
  });
});
