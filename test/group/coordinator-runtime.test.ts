// Goal: the runtime that hosts group coordinators on a broker keeps the
// driver contract: a shard loads by replaying its offsets partition and stays
// "loading" until the high watermark covers what it replayed; requests for
// partitions this broker does not lead are NOT_COORDINATOR; a write's
// records are appended before the answer, and a write whose outcome is
// unknown throws the state away and reloads it from the log, so memory and
// log never disagree; session timeouts fire from the Clock and are written.
// Method: GroupCoordinatorRuntime over an in-memory offsets log on the
// simulator's virtual time (Scheduler + SimClock).

import { describe, expect, it } from 'vitest';
import { SkiffError, type ErrorCode } from '../../src/common/errors.js';
import { silentLogger } from '../../src/env/logger.js';
import type { ConsumerGroupHeartbeatRequest } from '../../src/group/api.js';
import { GroupCoordinatorRuntime, type OffsetsLog, type StoredRecord } from '../../src/group/coordinator-runtime.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimClock } from '../../sim/runtime/sim-clock.js';
import { FakeTopics } from './harness.js';

class MemoryLog implements OffsetsLog {
  records: StoredRecord[] = [];
  hw = 0;
  /** The next append fails with this code; with `appendAnyway` the records land in the log all the same. */
  failNext: { code: ErrorCode; appendAnyway: boolean } | null = null;
  /** When false the high watermark stays where it is (followers have not caught up). */
  commitOnAppend = true;
  appends = 0;

  logStartOffset(): number {
    return 0;
  }
  logEndOffset(): number {
    return this.records.length;
  }
  highWatermark(): number {
    return this.hw;
  }
  read(_p: number, fromOffset: number, maxBytes: number): Promise<{ records: StoredRecord[]; nextOffset: number }> {
    const slice = this.records.slice(fromOffset, fromOffset + Math.max(1, Math.floor(maxBytes / 1024)));
    return Promise.resolve({ records: slice, nextOffset: fromOffset + slice.length });
  }
  append(_p: number, records: readonly { key: Uint8Array; value: Uint8Array | null }[]): Promise<number> {
    this.appends++;
    const failure = this.failNext;
    this.failNext = null;
    const base = this.records.length;
    if (failure === null || failure.appendAnyway) {
      records.forEach((r, i) => this.records.push({ offset: base + i, key: r.key, value: r.value }));
      if (this.commitOnAppend) this.hw = this.records.length;
    }
    return failure === null ? Promise.resolve(base) : Promise.reject(new SkiffError(failure.code, 'injected'));
  }
}

function setup(log = new MemoryLog()) {
  const scheduler = new Scheduler({ traceEvents: false });
  const clock = new SimClock(scheduler, { label: 'runtime' });
  let ids = 0;
  const runtime = new GroupCoordinatorRuntime({
    clock,
    logger: silentLogger,
    log,
    topics: () => new FakeTopics({ orders: 4 }),
    config: { offsetsTopicPartitionCount: 1, sessionTimeoutMs: 10_000, heartbeatIntervalMs: 1_000 },
    generateMemberId: () => `gen-${++ids}`,
  });
  const settle = async <T>(promise: Promise<T>): Promise<T> => {
    let done = false;
    const watched = promise.finally(() => (done = true));
    for (let i = 0; i < 5 && !done; i++) await new Promise<void>((r) => setImmediate(r));
    if (!done) await scheduler.run({ stop: () => done, untilMs: scheduler.now + 60_000 });
    return watched;
  };
  const advance = (ms: number) => scheduler.run({ untilMs: scheduler.now + ms });
  return { log, runtime, clock, settle, advance };
}

const join = (memberId: string): ConsumerGroupHeartbeatRequest => ({
  groupId: 'g', memberId, memberEpoch: 0, instanceId: null, rebalanceTimeoutMs: 5_000, subscribedTopicNames: ['orders'],
  subscribedTopicRegex: null, serverAssignor: null, ownedTopicPartitions: [], clientId: 'c', clientHost: 'h',
});

const heartbeat = (s: ReturnType<typeof setup>, request: ConsumerGroupHeartbeatRequest) =>
  s.settle(s.runtime.run('g', (c, ctx) => c.consumerGroupHeartbeat(request, ctx), (e) => e));

const commit = (s: ReturnType<typeof setup>, memberId: string, memberEpoch: number, offset: number) =>
  s.settle(s.runtime.run('g', (c, ctx) => c.offsetCommit({ groupId: 'g', memberId, memberEpoch, topics: [{ topic: 'orders', partitions: [{ partition: 0, committedOffset: offset, committedLeaderEpoch: -1, committedMetadata: null }] }] }, ctx), (e) => e));

const fetchOffset = async (s: ReturnType<typeof setup>): Promise<number | string> => {
  const r = await s.settle(s.runtime.run('g', (c) => ({ records: [], response: c.offsetFetch({ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }) }), (e) => e));
  return r.ok ? (r.topics[0]?.partitions[0]?.committedOffset ?? -1) : r.code;
};

async function loaded(s: ReturnType<typeof setup>): Promise<void> {
  s.runtime.onLeadership(new Map([[0, 1]]));
  for (let i = 0; i < 100 && 'error' in s.runtime.shardFor('g'); i++) await s.advance(10);
  expect('shard' in s.runtime.shardFor('g')).toBe(true);
}

describe('GroupCoordinatorRuntime', () => {
  it('answers NOT_COORDINATOR for a partition it does not lead, and after leadership moves away', async () => {
    const s = setup();
    expect(await fetchOffset(s)).toBe('NOT_COORDINATOR');
    await loaded(s);
    expect(await fetchOffset(s)).toBe(-1);
    s.runtime.onLeadership(new Map());
    expect(await fetchOffset(s)).toBe('NOT_COORDINATOR');
  });

  it('writes before answering, and a new leader rebuilds the same state from the log', async () => {
    const s = setup();
    await loaded(s);
    const joined = await heartbeat(s, join('m1'));
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    const appendsAfterJoin = s.log.appends;
    expect(appendsAfterJoin).toBeGreaterThan(0);
    expect((await commit(s, 'm1', joined.memberEpoch, 7)).ok).toBe(true);
    // Failover: a fresh runtime over the same log.
    const t = setup(s.log);
    await loaded(t);
    expect(await fetchOffset(t)).toBe(7);
  });

  it('stays loading until the high watermark covers the replayed log', async () => {
    const s = setup();
    await loaded(s);
    const joined = await heartbeat(s, join('m1'));
    if (!joined.ok) throw new Error(joined.message);
    await commit(s, 'm1', joined.memberEpoch, 5);
    const t = setup(s.log);
    s.log.hw = 1; // the new leader's high watermark has not caught up
    t.runtime.onLeadership(new Map([[0, 2]]));
    await t.advance(500);
    expect(await fetchOffset(t)).toBe('COORDINATOR_LOAD_IN_PROGRESS');
    s.log.hw = s.log.records.length;
    await t.advance(50);
    expect(await fetchOffset(t)).toBe(5);
  });

  it('reloads from the log after a write with an unknown outcome, so memory matches the log', async () => {
    const s = setup();
    await loaded(s);
    const joined = await heartbeat(s, join('m1'));
    if (!joined.ok) throw new Error(joined.message);
    s.log.failNext = { code: 'REQUEST_TIMED_OUT', appendAnyway: true };
    const failed = await commit(s, 'm1', joined.memberEpoch, 9);
    expect(failed.ok ? 'ok' : failed.code).toBe('COORDINATOR_NOT_AVAILABLE');
    for (let i = 0; i < 100 && 'error' in s.runtime.shardFor('g'); i++) await s.advance(10);
    // The commit did reach the log: the reloaded state has it.
    expect(await fetchOffset(s)).toBe(9);
    s.log.failNext = { code: 'NOT_LEADER_OR_FOLLOWER', appendAnyway: false };
    const refused = await commit(s, 'm1', joined.memberEpoch, 11);
    expect(refused.ok ? 'ok' : refused.code).toBe('NOT_COORDINATOR');
    for (let i = 0; i < 100 && 'error' in s.runtime.shardFor('g'); i++) await s.advance(10);
    expect(await fetchOffset(s)).toBe(9);
  });

  it('expires a silent member on the clock and writes its removal', async () => {
    const s = setup();
    await loaded(s);
    const joined = await heartbeat(s, join('m1'));
    expect(joined.ok).toBe(true);
    const before = s.log.records.length;
    await s.advance(11_000);
    expect(s.log.records.length).toBeGreaterThan(before);
    const described = await s.settle(s.runtime.run('g', (c) => ({ records: [], response: c.describeGroups(['g']) }), (e) => e));
    expect(described.ok && described.groups[0]?.ok ? described.groups[0].members : ['?']).toEqual([]);
  });

  it('runs one operation at a time per partition, in arrival order', async () => {
    const s = setup();
    await loaded(s);
    const order: string[] = [];
    const ops = ['a', 'b', 'c'].map((id) => s.runtime.run('g', (c, ctx) => {
      order.push(id);
      return c.consumerGroupHeartbeat(join(id), ctx);
    }, (e) => e));
    const results = await s.settle(Promise.all(ops));
    expect(order).toEqual(['a', 'b', 'c']);
    expect(results.every((r) => r.ok)).toBe(true);
  });
});
