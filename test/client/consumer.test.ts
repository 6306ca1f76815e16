// Goal: the group Consumer joins a KIP-848 group, consumes every record of
// its assignment in per-partition order, commits what it processed, and
// behaves as kafkajs users expect: autoCommit on an interval and on
// disconnect, a restarted consumer continues from the commits, manual
// commitOffsets, seek, pause/resume, eachBatch, regex subscriptions,
// retries of a failing handler then 'crash', and a clean leave (epoch -1,
// or -2 for a static member).
// Method: ConsumerWorld (consumer-harness.ts) — FakeCluster's in-memory
// partitions and transport on virtual time with the REAL GroupCoordinator
// behind the group RPCs; records written with the SimpleProducer; the test
// drives virtual time until a condition holds and then inspects what the
// handlers saw and what the coordinator stored.

import { describe, expect, it } from 'vitest';
import type { ConsumerGroupHeartbeatRequest } from '../../src/broker/group-services.js';
import { sleep } from '../../src/client/cluster-client.js';
import type { ConsumerEventPayloads } from '../../src/client/consumer-types.js';
import { deserializers } from '../../src/client/serializers.js';
import { ConsumerWorld, str, values } from './consumer-harness.js';

type Seen = Map<number, { offset: number; value: string }[]>;

function record(seen: Seen, partition: number, offset: number, value: string): void {
  const list = seen.get(partition) ?? [];
  list.push({ offset, value });
  seen.set(partition, list);
}

const total = (seen: Seen): number => [...seen.values()].reduce((n, l) => n + l.length, 0);

describe('Consumer: one member', () => {
  it('joins, gets every partition, consumes all records in order, commits them on disconnect and leaves', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 4 }] });
    for (let p = 0; p < 4; p++) await world.produce('t', p, values(`p${p}`, 20 + p));
    const { consumer } = world.consumer({ groupId: 'g' });
    const joins: ConsumerEventPayloads['group.join'][] = [];
    const assigned: ConsumerEventPayloads['partitions.assigned'][] = [];
    consumer.on('group.join', (e) => joins.push(e.payload));
    consumer.on('partitions.assigned', (e) => assigned.push(e.payload));
    const seen: Seen = new Map();
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({ eachMessage: async ({ partition, message }) => record(seen, partition, message.offset, str(message.value)) }));
    await world.until('every record handled', () => total(seen) === 20 + 21 + 22 + 23);

    for (let p = 0; p < 4; p++) expect(seen.get(p)).toEqual(values(`p${p}`, 20 + p).map((value, offset) => ({ offset, value })));
    expect(joins).toHaveLength(1);
    expect(joins[0]!.memberId).toBe(consumer.memberId);
    expect(joins[0]!.memberEpoch).toBeGreaterThan(0);
    expect(assigned.flatMap((a) => a.partitions.flatMap((t) => t.partitions)).sort()).toEqual([0, 1, 2, 3]);
    expect(consumer.assignment()).toEqual([{ topic: 't', partitions: [0, 1, 2, 3] }]);

    const heartbeats = world.fake.callsOf('ConsumerGroupHeartbeat');
    await world.settle(consumer.disconnect());
    for (let p = 0; p < 4; p++) expect(world.coordinator.committedOffset('g', 't', p)).toBe(20 + p);
    const last = world.fake.callsOf('ConsumerGroupHeartbeat').at(-1)!.request as ConsumerGroupHeartbeatRequest;
    expect(last.memberEpoch).toBe(-1);
    expect(last.memberId).toBe(consumer.memberId);
    expect(heartbeats.length).toBeGreaterThan(0);
    const described = world.coordinator.coordinator.describeGroups(['g']);
    expect(described.ok && described.groups[0]!.ok ? described.groups[0]!.members.length : -1).toBe(0);
  });

  it('auto-commits processed offsets on its interval, and a restarted consumer continues from them', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 2 }] });
    await world.produce('t', 0, values('a', 30));
    await world.produce('t', 1, values('b', 30));
    const first = world.consumer({ groupId: 'g' });
    const seen: Seen = new Map();
    await first.consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(first.consumer.run({ autoCommitInterval: 1_000, eachMessage: async ({ partition, message }) => record(seen, partition, message.offset, str(message.value)) }));
    await world.until('first 60 handled', () => total(seen) === 60);
    // The interval commit, without a disconnect.
    await world.until('auto-commit', () => world.coordinator.committedOffset('g', 't', 0) === 30 && world.coordinator.committedOffset('g', 't', 1) === 30, 3_000);
    // The process dies: its connection is cut (no leave, no final commit).
    world.fake.transportFault = (call) => (call.from === first.peer ? 'fail-fast' : 'deliver');

    await world.produce('t', 0, values('c', 5));
    await world.produce('t', 1, values('d', 5));
    const second = world.consumer({ groupId: 'g' });
    const again: Seen = new Map();
    await second.consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(second.consumer.run({ eachMessage: async ({ partition, message }) => record(again, partition, message.offset, str(message.value)) }));
    // The first member's session expires (6 s), then the second gets both partitions from the committed offsets.
    await world.until('the second consumer handles the new records', () => total(again) === 10, 30_000);
    expect(again.get(0)!.map((r) => r.value)).toEqual(values('c', 5));
    expect(again.get(1)!.map((r) => r.value)).toEqual(values('d', 5));
    await world.settle(second.consumer.disconnect());
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(35);
  });

  it('starts a partition without a committed offset at the latest offset by default, and commits that position', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 1 }] });
    await world.produce('t', 0, values('old', 10));
    const { consumer } = world.consumer({ groupId: 'g' });
    const seen: Seen = new Map();
    await consumer.subscribe({ topics: ['t'] });
    let assigned = false;
    consumer.on('partitions.assigned', () => (assigned = true));
    await world.settle(consumer.run({ autoCommitInterval: 500, eachMessage: async ({ partition, message }) => record(seen, partition, message.offset, str(message.value)) }));
    await world.until('assigned', () => assigned);
    await world.until('the start position committed', () => world.coordinator.committedOffset('g', 't', 0) === 10, 2_000);
    await world.produce('t', 0, values('new', 3));
    await world.until('new records handled', () => total(seen) === 3);
    expect(seen.get(0)!.map((r) => r.offset)).toEqual([10, 11, 12]);
    await world.settle(consumer.disconnect());
  });

  it('commitOffsets commits exactly what it is given; seek moves the position and is committed', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 1 }] });
    await world.produce('t', 0, values('v', 20));
    const { consumer } = world.consumer({ groupId: 'g' });
    const seen: number[] = [];
    let sought = false;
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({
      autoCommit: false,
      eachMessage: async ({ message }) => {
        seen.push(message.offset);
        if (message.offset === 9 && !sought) {
          sought = true;
          consumer.seek({ topic: 't', partition: 0, offset: '3' });
        }
      },
    }));
    await world.until('read to the end after the seek', () => seen.length === 10 + 17);
    // Offsets 0..9, then the seek back to 3: 3..19.
    expect(seen).toEqual([...Array.from({ length: 10 }, (_, i) => i), ...Array.from({ length: 17 }, (_, i) => i + 3)]);
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(-1); // autoCommit off: nothing yet
    await world.settle(consumer.commitOffsets([{ topic: 't', partition: 0, offset: 15 }]));
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(15);
    await world.settle(consumer.disconnect());
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(15); // no auto-commit on disconnect either
  });

  it('autoCommitThreshold commits as soon as that many records were processed, long before the interval', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 1 }] });
    await world.produce('t', 0, values('v', 12));
    const { consumer } = world.consumer({ groupId: 'g' });
    let handled = 0;
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({ autoCommitInterval: 600_000, autoCommitThreshold: 5, eachMessage: async () => void handled++ }));
    await world.until('all handled', () => handled === 12);
    await world.advance(100);
    // Two threshold commits (at 5 processed and at 10; each sends the offset processing has reached by then), no interval commit.
    const commits = world.coordinator.commits.map((c) => c.offset);
    expect(commits).toHaveLength(2);
    expect(commits[0]).toBeGreaterThanOrEqual(5);
    expect(commits[1]).toBeGreaterThanOrEqual(10);
    await world.settle(consumer.disconnect());
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(12);
  });

  it('auto-commit never moves a commit back below a manual one; only an explicit seek does', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 1 }] });
    await world.produce('t', 0, values('v', 20));
    const { consumer } = world.consumer({ groupId: 'g' });
    const seen: number[] = [];
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({ autoCommitInterval: 500, eachMessage: async ({ message }) => void seen.push(message.offset) }));
    await world.until('all handled and committed', () => seen.length === 20 && world.coordinator.committedOffset('g', 't', 0) === 20, 5_000);
    await world.settle(consumer.commitOffsets([{ topic: 't', partition: 0, offset: '30' }]));
    await world.advance(2_000); // four auto-commit intervals
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(30);
    consumer.seek({ topic: 't', partition: 0, offset: 5 });
    await world.until('re-read from 5', () => seen.length === 35, 5_000);
    await world.advance(1_000);
    expect(seen.slice(20)).toEqual(Array.from({ length: 15 }, (_, i) => i + 5));
    // The seek let the commit go back below 30 — to where processing had got by the next interval.
    const commits = world.coordinator.commits.map((c) => c.offset);
    expect(commits.slice(commits.indexOf(30))).toEqual([30, 20]);
    await world.settle(consumer.disconnect());
  });

  it('pause() inside eachMessage stops the partition after that message; resume continues in order', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 2 }] });
    await world.produce('t', 0, values('a', 10));
    await world.produce('t', 1, values('b', 10));
    const { consumer } = world.consumer({ groupId: 'g' });
    const seen: Seen = new Map();
    let resume: (() => void) | null = null;
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({
      eachMessage: async ({ partition, message, pause }) => {
        record(seen, partition, message.offset, str(message.value));
        if (partition === 0 && message.offset === 4) resume = pause();
      },
    }));
    await world.until('partition 1 done, partition 0 paused', () => (seen.get(1)?.length ?? 0) === 10 && (seen.get(0)?.length ?? 0) === 5);
    await world.advance(2_000);
    expect(seen.get(0)!.length).toBe(5);
    expect(consumer.paused()).toEqual([{ topic: 't', partitions: [0] }]);
    resume!();
    await world.until('partition 0 done', () => (seen.get(0)?.length ?? 0) === 10);
    expect(seen.get(0)!.map((r) => r.offset)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    await world.settle(consumer.disconnect());
  });

  it('eachBatch gets batches with resolveOffset; a RegExp subscription matches topic names as RegExp.test does', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 'orders-eu', partitions: 1 }, { name: 'orders-us', partitions: 1 }, { name: 'audit', partitions: 1 }] });
    await world.produce('orders-eu', 0, values('eu', 12));
    await world.produce('orders-us', 0, values('us', 7));
    await world.produce('audit', 0, values('x', 3));
    const { consumer } = world.consumer({ groupId: 'g', valueDeserializer: deserializers.string });
    const got: string[] = [];
    const topics = new Set<string>();
    await consumer.subscribe({ topics: [/orders-/], fromBeginning: true });
    await world.settle(consumer.run({
      eachBatch: async ({ batch, resolveOffset, isStale }) => {
        topics.add(batch.topic);
        expect(batch.lastOffset()).toBe(batch.messages.at(-1)!.offset);
        for (const m of batch.messages) {
          if (isStale()) return;
          got.push(m.value!);
          resolveOffset(m.offset);
        }
      },
    }));
    await world.until('both orders topics read', () => got.length === 19);
    expect([...topics].sort()).toEqual(['orders-eu', 'orders-us']);
    const request = world.fake.callsOf('ConsumerGroupHeartbeat')[0]!.request as ConsumerGroupHeartbeatRequest;
    expect(request.subscribedTopicRegex).toBe('(?:.*(?:orders-).*)');
    await world.settle(consumer.disconnect());
    expect(world.coordinator.committedOffset('g', 'orders-eu', 0)).toBe(12);
    expect(world.coordinator.committedOffset('g', 'orders-us', 0)).toBe(7);
    expect(world.coordinator.committedOffset('g', 'audit', 0)).toBe(-1);
  });

  it('retries a failing handler with the same record, then crashes once retries run out (after committing what was done)', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 1 }] });
    await world.produce('t', 0, values('v', 5));
    const { consumer } = world.consumer({ groupId: 'g', retry: { retries: 2, initialRetryTimeMs: 100 } });
    const attempts: number[] = [];
    const crashes: Error[] = [];
    let stopped = false;
    consumer.on('crash', (e) => crashes.push(e.payload.error));
    consumer.on('stop', () => (stopped = true));
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({
      eachMessage: async ({ message }) => {
        attempts.push(message.offset);
        if (message.offset === 2) throw new Error('poison');
      },
    }));
    await world.until('crashed and stopped', () => stopped, 10_000);
    expect(attempts).toEqual([0, 1, 2, 2, 2]);
    expect(crashes.map((e) => e.message)).toEqual(['poison']);
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(2);
    await world.settle(consumer.disconnect());
  });

  it('a static member leaves with memberEpoch -2 and gets its partitions back when it returns', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 2 }] });
    const first = world.consumer({ groupId: 'g', groupInstanceId: 'instance-a' });
    await first.consumer.subscribe({ topics: ['t'] });
    let assigned = false;
    first.consumer.on('partitions.assigned', () => (assigned = true));
    await world.settle(first.consumer.run({ eachMessage: async () => {} }));
    await world.until('assigned', () => assigned);
    await world.settle(first.consumer.disconnect());
    const leave = world.fake.callsOf('ConsumerGroupHeartbeat').at(-1)!.request as ConsumerGroupHeartbeatRequest;
    expect(leave.memberEpoch).toBe(-2);
    expect(leave.instanceId).toBe('instance-a');

    const second = world.consumer({ groupId: 'g', groupInstanceId: 'instance-a' });
    await second.consumer.subscribe({ topics: ['t'] });
    const joins: ConsumerEventPayloads['group.join'][] = [];
    second.consumer.on('group.join', (e) => joins.push(e.payload));
    await world.settle(second.consumer.run({ eachMessage: async () => {} }));
    await world.until('rejoined', () => joins.length === 1);
    // The static member's assignment was kept for it: it comes back at once.
    expect(joins[0]!.assignment).toEqual([{ topic: 't', partitions: [0, 1] }]);
    await world.settle(second.consumer.disconnect());
  });

  it('a handler that sleeps on the virtual clock does not delay other partitions when consumed concurrently', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 3 }] });
    for (let p = 0; p < 3; p++) await world.produce('t', p, values(`p${p}`, 4));
    const { consumer } = world.consumer({ groupId: 'g' });
    const running = new Set<number>();
    let maxConcurrent = 0;
    const seen: Seen = new Map();
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({
      partitionsConsumedConcurrently: 3,
      eachMessage: async ({ partition, message }) => {
        expect(running.has(partition)).toBe(false); // one record of a partition at a time
        running.add(partition);
        maxConcurrent = Math.max(maxConcurrent, running.size);
        await sleep(world.fake.clock, 100);
        record(seen, partition, message.offset, str(message.value));
        running.delete(partition);
      },
    }));
    await world.until('all handled', () => total(seen) === 12);
    expect(maxConcurrent).toBe(3);
    for (let p = 0; p < 3; p++) expect(seen.get(p)!.map((r) => r.offset)).toEqual([0, 1, 2, 3]);
    await world.settle(consumer.disconnect());
  });
});
