// Partition: the leader's high-watermark rule (min acknowledged end over the
// maximal ISR, frozen below min.insync.replicas), ISR expand/shrink choices,
// KIP-279 divergence answers and follower truncation, and produce validation
// (typed errors, nothing appended).

import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { silentLogger } from '../../src/env/logger.js';
import { Partition, type PartitionAssignment } from '../../src/replication/partition.js';
import { encodeBatch } from '../../src/storage/batch/builder.js';
import { Log } from '../../src/storage/log/log.js';
import { logConfig } from '../../src/storage/log/log-config.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';
import { ManualClock } from '../storage/log-fixture.js';

const dir = '/logs/t-0';

async function partitionOn(options: { flushOnAck?: boolean; minIsr?: number; brokerId?: number } = {}): Promise<{ p: Partition; clock: ManualClock; progress: number[] }> {
  const { fs } = await simDiskWithDir('/logs');
  const clock = new ManualClock();
  const log = await Log.open({ fs, dir, config: logConfig(), clock, logger: silentLogger });
  const progress: number[] = [];
  const p = new Partition({
    brokerId: options.brokerId ?? 1,
    log,
    fs,
    clock,
    logger: silentLogger,
    flushOnAck: options.flushOnAck ?? true,
    minInsyncReplicas: () => options.minIsr ?? 2,
    logAppendTime: () => false,
    onProgress: (x) => progress.push(x.highWatermark),
  });
  await p.open();
  return { p, clock, progress };
}

function assignment(over: Partial<PartitionAssignment> = {}): PartitionAssignment {
  return { topic: 't', topicId: 'id-t', partition: 0, replicas: [1, 2, 3], isr: [1, 2, 3], elr: [], leader: 1, leaderEpoch: 5, partitionEpoch: 7, ...over };
}

function records(n: number, producer?: { id: number; epoch: number; seq: number }): Uint8Array {
  return encodeBatch({
    records: Array.from({ length: n }, (_, i) => ({ key: null, value: new TextEncoder().encode(`v${i}`), timestamp: 1000 })),
    ...(producer ? { producerId: producer.id, producerEpoch: producer.epoch, baseSequence: producer.seq } : {}),
  });
}

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return isSkiffError(error) ? error.code : String(error);
  }
}

describe('Partition as leader', () => {
  it('advances the high watermark to the smallest durable end over the ISR', async () => {
    const { p } = await partitionOn();
    p.applyAssignment(assignment());
    await p.appendAsLeader(records(3), -1, 1 << 20);
    await p.log.sync();
    p.maybeAdvanceHighWatermark();
    expect(p.highWatermark).toBe(0); // followers have not fetched yet
    p.updateFollower(2, 10, 3, 3);
    expect(p.highWatermark).toBe(0);
    p.updateFollower(3, 11, 3, 1); // appended 3, only 1 durable
    expect(p.highWatermark).toBe(1);
    p.updateFollower(3, 11, 3, 3);
    expect(p.highWatermark).toBe(3);
  });

  it('counts log ends instead of durable ends without flush-on-ack', async () => {
    const { p } = await partitionOn({ flushOnAck: false });
    p.applyAssignment(assignment());
    await p.appendAsLeader(records(2), 1, 1 << 20);
    p.updateFollower(2, 10, 2, -1);
    p.updateFollower(3, 11, 2, -1);
    expect(p.highWatermark).toBe(2);
  });

  it('freezes the high watermark while the ISR is below min.insync.replicas, and refuses acks=all', async () => {
    const { p } = await partitionOn();
    p.applyAssignment(assignment({ isr: [1] }));
    expect(await code(p.appendAsLeader(records(1), -1, 1 << 20))).toBe('NOT_ENOUGH_REPLICAS');
    expect(p.log.logEndOffset).toBe(0);
    await p.appendAsLeader(records(1), 1, 1 << 20);
    await p.log.sync();
    expect(p.maybeAdvanceHighWatermark()).toBe(false);
    expect(p.highWatermark).toBe(0);
  });

  it('counts a member a pending ISR shrink removes until the controller confirms', async () => {
    const { p, clock } = await partitionOn({ minIsr: 1 });
    p.applyAssignment(assignment());
    await p.appendAsLeader(records(2), 1, 1 << 20);
    await p.log.sync();
    p.updateFollower(2, 10, 2, 2);
    clock.time += 31_000;
    p.updateFollower(2, 10, 2, 2);
    const change = p.wantedIsrChange(30_000, () => true);
    expect(change?.newIsr).toEqual([1, 2]);
    p.beginIsrChange(change!);
    p.maybeAdvanceHighWatermark();
    expect(p.highWatermark).toBe(0); // replica 3 is still counted (maximal ISR)
    p.completeIsrChange({ isr: [1, 2], leaderEpoch: 5, partitionEpoch: 8 });
    expect(p.highWatermark).toBe(2);
  });

  it('lets a follower join the ISR only once it reached the high watermark durably and this epoch', async () => {
    const { p } = await partitionOn({ minIsr: 1 });
    p.applyAssignment(assignment({ isr: [1, 2] }));
    await p.appendAsLeader(records(4), 1, 1 << 20);
    await p.log.sync();
    p.updateFollower(2, 10, 4, 4);
    expect(p.highWatermark).toBe(4);
    p.updateFollower(3, 12, 2, 2);
    expect(p.wantedIsrChange(30_000, () => true)).toBeNull();
    p.updateFollower(3, 12, 4, 3);
    expect(p.wantedIsrChange(30_000, () => true)).toBeNull(); // not durable to the HW yet
    p.updateFollower(3, 12, 4, 4);
    expect(p.wantedIsrChange(30_000, () => false)).toBeNull(); // fenced or stale broker epoch
    expect(p.wantedIsrChange(30_000, () => true)?.newIsr).toEqual([1, 2, 3]);
  });

  it('answers a diverging epoch when the follower holds an epoch this log does not', async () => {
    const { p } = await partitionOn();
    p.applyAssignment(assignment({ leaderEpoch: 3 }));
    await p.appendAsLeader(records(5), 1, 1 << 20); // offsets 0..4 in epoch 3
    p.applyAssignment(assignment({ leaderEpoch: 6 }));
    await p.appendAsLeader(records(2), 1, 1 << 20); // offsets 5..6 in epoch 6
    expect(p.divergence(7, 6)).toBeNull();
    expect(p.divergence(5, 3)).toBeNull();
    // A follower that wrote offsets 5..8 in epoch 4 (a leader this one never followed):
    expect(p.divergence(9, 4)).toEqual({ epoch: 3, endOffset: 5 });
    // A follower claiming more of epoch 3 than this log has:
    expect(p.divergence(6, 3)).toEqual({ epoch: 3, endOffset: 5 });
  });

  it('returns the original offsets for a retried idempotent batch and rejects gaps and stale epochs', async () => {
    const { p } = await partitionOn({ minIsr: 1 });
    p.applyAssignment(assignment());
    const first = await p.appendAsLeader(records(3, { id: 9, epoch: 0, seq: 0 }), 1, 1 << 20);
    const retry = await p.appendAsLeader(records(3, { id: 9, epoch: 0, seq: 0 }), 1, 1 << 20);
    expect(retry).toMatchObject({ baseOffset: first.baseOffset, lastOffset: first.lastOffset, duplicate: true });
    expect(p.log.logEndOffset).toBe(3);
    expect(await code(p.appendAsLeader(records(1, { id: 9, epoch: 0, seq: 5 }), 1, 1 << 20))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    await p.appendAsLeader(records(1, { id: 9, epoch: 1, seq: 0 }), 1, 1 << 20);
    expect(await code(p.appendAsLeader(records(1, { id: 9, epoch: 0, seq: 3 }), 1, 1 << 20))).toBe('INVALID_PRODUCER_EPOCH');
    expect(p.log.logEndOffset).toBe(4);
  });

  it('refuses malformed produce batches with typed errors and appends nothing', async () => {
    const { p } = await partitionOn({ minIsr: 1 });
    p.applyAssignment(assignment());
    const good = records(2);
    const corrupt = good.slice();
    corrupt[corrupt.length - 1]! ^= 0xff;
    const oldMagic = good.slice();
    oldMagic[16] = 1;
    const two = new Uint8Array(good.byteLength * 2);
    two.set(good, 0);
    two.set(good, good.byteLength);
    expect(await code(p.appendAsLeader(corrupt, 1, 1 << 20))).toBe('CORRUPT_MESSAGE');
    expect(await code(p.appendAsLeader(oldMagic, 1, 1 << 20))).toBe('UNSUPPORTED_FOR_MESSAGE_FORMAT');
    expect(await code(p.appendAsLeader(good.subarray(0, 40), 1, 1 << 20))).toBe('CORRUPT_MESSAGE');
    expect(await code(p.appendAsLeader(two, 1, 1 << 20))).toBe('INVALID_RECORD');
    expect(await code(p.appendAsLeader(good, 1, 50))).toBe('MESSAGE_TOO_LARGE');
    expect(await code(p.appendAsLeader(new Uint8Array(0), 1, 1 << 20))).toBe('INVALID_RECORD');
    expect(p.log.logEndOffset).toBe(0);
  });

  it('refuses produce once it is no longer the leader', async () => {
    const { p } = await partitionOn();
    p.applyAssignment(assignment());
    p.applyAssignment(assignment({ leader: 2, leaderEpoch: 6 }));
    expect(p.role).toBe('follower');
    expect(await code(p.appendAsLeader(records(1), 1, 1 << 20))).toBe('NOT_LEADER_OR_FOLLOWER');
    expect(() => p.checkLeader(5)).toThrow(/FENCED_LEADER_EPOCH/);
  });
});

describe('Partition as follower', () => {
  it('truncates a diverging suffix to the leader epoch end, not to its high watermark', async () => {
    const { p } = await partitionOn({ brokerId: 2, minIsr: 1 });
    p.applyAssignment(assignment({ leader: 2, leaderEpoch: 3, isr: [2] }));
    await p.appendAsLeader(records(4), 1, 1 << 20); // 0..3 in epoch 3
    p.applyAssignment(assignment({ leader: 2, leaderEpoch: 4, isr: [2] }));
    await p.appendAsLeader(records(3), 1, 1 << 20); // 4..6 in epoch 4, never replicated
    p.applyAssignment(assignment({ leader: 1, leaderEpoch: 5 }));
    expect(p.role).toBe('follower');
    expect(p.lastFetchedEpoch()).toBe(4);
    // The new leader never saw epoch 4: its epoch 3 ended at offset 4.
    const end = await p.truncateOnDivergence({ epoch: 3, endOffset: 4 }, 0);
    expect(end).toBe(4);
    expect(p.lastFetchedEpoch()).toBe(3);
  });
});
