// Goal: group membership under the conditions kafkajs users report as
// broken — (1) revoke-before-assign: as members join and leave, no two
// consumers ever hold or process the same partition at the same time, and
// because a revoked partition's processed offsets are committed before the
// revocation is acknowledged, every record is handled exactly once in a
// fault-free run; a slow handler delays the hand-over instead of breaking
// it; (2) heartbeats keep flowing while eachMessage blocks for 3× the
// session timeout, so the member is not fenced; (3) a fenced member drops
// its partitions without committing and rejoins with epoch 0 and the same
// member id; (4) a coordinator move (NOT_COORDINATOR, then
// COORDINATOR_NOT_AVAILABLE / LOAD_IN_PROGRESS for a while) is survived with
// no rejoin and committed offsets that never move backwards; (5) a commit
// answered STALE_MEMBER_EPOCH is retried after the next heartbeat; (6) a
// static instance still held elsewhere (UNRELEASED_INSTANCE_ID) is retried
// with backoff until released.
// Method: ConsumerWorld (FakeCluster + the REAL GroupCoordinator on virtual
// time). Ownership is tracked from the consumers' own events: a partition
// enters a consumer's set on 'partitions.assigned' (asserting nobody holds
// it) and leaves on 'partitions.revoked'; every eachMessage checks that its
// consumer holds the partition and that no other handler of the partition
// runs. Violations are collected and asserted empty (a throw inside a
// handler would only be retried).

import { describe, expect, it } from 'vitest';
import type { ConsumerGroupHeartbeatRequest, OffsetCommitRequest } from '../../src/broker/group-services.js';
import { sleep } from '../../src/client/cluster-client.js';
import type { Consumer } from '../../src/client/consumer.js';
import type { EachMessagePayload } from '../../src/client/consumer-types.js';
import { text } from './fake-cluster.js';
import { ConsumerWorld, str } from './consumer-harness.js';

/** Partition ownership as the consumers report it, with every rule broken along the way. */
class Ownership {
  readonly owner = new Map<number, string>();
  readonly handling = new Map<number, string>();
  readonly violations: string[] = [];
  readonly handled: { consumer: string; partition: number; offset: number; value: string }[] = [];

  watch(name: string, consumer: Consumer): void {
    consumer.on('partitions.assigned', (e) => {
      for (const t of e.payload.partitions) {
        for (const p of t.partitions) {
          const held = this.owner.get(p);
          if (held !== undefined) this.violations.push(`${name} assigned ${p} while ${held} holds it`);
          this.owner.set(p, name);
        }
      }
    });
    consumer.on('partitions.revoked', (e) => {
      for (const t of e.payload.partitions) {
        for (const p of t.partitions) {
          if (this.owner.get(p) !== name) this.violations.push(`${name} revoked ${p} held by ${this.owner.get(p) ?? 'nobody'}`);
          else this.owner.delete(p);
        }
      }
    });
  }

  /** Wraps a handler: checks ownership and exclusivity around it. */
  handler(name: string, work: (payload: EachMessagePayload) => Promise<void> = async () => {}): (payload: EachMessagePayload) => Promise<void> {
    return async (payload) => {
      const { partition, message } = payload;
      if (this.owner.get(partition) !== name) this.violations.push(`${name} handles ${partition}@${message.offset} owned by ${this.owner.get(partition) ?? 'nobody'}`);
      const other = this.handling.get(partition);
      if (other !== undefined) this.violations.push(`${name} handles ${partition}@${message.offset} while ${other} handles it`);
      this.handling.set(partition, name);
      await work(payload);
      this.handling.delete(partition);
      if (this.owner.get(partition) !== name) this.violations.push(`${name} finished ${partition}@${message.offset} owned by ${this.owner.get(partition) ?? 'nobody'}`);
      this.handled.push({ consumer: name, partition, offset: message.offset, value: str(message.value) });
    };
  }

  count(name: string): number {
    return [...this.owner.values()].filter((o) => o === name).length;
  }
}

/** Sends one record to each partition every `intervalMs`, `rounds` times, on the virtual clock. Returns every value sent. */
function produceSteadily(world: ConsumerWorld, topic: string, partitions: number, intervalMs: number, rounds: number): string[] {
  const sent: string[] = [];
  for (let round = 0; round < rounds; round++) {
    world.fake.clock.setTimer(round * intervalMs, () => {
      for (let p = 0; p < partitions; p++) {
        const value = `p${p}-r${round}`;
        sent.push(value);
        void world.producer.send(topic, p, [{ key: null, value: text(value) }]);
      }
    });
  }
  return sent;
}

describe('Consumer: rebalances between members', () => {
  it('never lets two consumers hold or process a partition at once as members join and leave, and handles each record exactly once', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 6 }] });
    const own = new Ownership();
    const sent = produceSteadily(world, 't', 6, 50, 200); // 10 s of traffic
    const work = () => sleep(world.fake.clock, 15);
    const names = ['a', 'b', 'c'];
    const consumers = names.map((name) => world.consumer({ groupId: 'g' }, name).consumer);
    for (const [i, c] of consumers.entries()) {
      own.watch(names[i]!, c);
      await c.subscribe({ topics: ['t'], fromBeginning: true });
    }
    await world.settle(consumers[0]!.run({ partitionsConsumedConcurrently: 2, eachMessage: own.handler('a', work) }));
    await world.until('a owns all six', () => own.count('a') === 6);
    await world.advance(1_000);
    await world.settle(consumers[1]!.run({ partitionsConsumedConcurrently: 2, eachMessage: own.handler('b', work) }));
    await world.until('a and b own three each', () => own.count('a') === 3 && own.count('b') === 3, 20_000);
    await world.advance(1_000);
    await world.settle(consumers[2]!.run({ partitionsConsumedConcurrently: 2, eachMessage: own.handler('c', work) }));
    await world.until('two each', () => names.every((n) => own.count(n) === 2), 20_000);
    await world.advance(1_500);
    await world.settle(consumers[0]!.disconnect());
    await world.until('b and c own three each', () => own.count('b') === 3 && own.count('c') === 3, 20_000);
    await world.until('every record handled', () => own.handled.length >= sent.length && sent.length === 1_200, 30_000);
    await world.advance(2_000);

    expect(own.violations).toEqual([]);
    // Exactly once: each revocation committed before the hand-over, so nobody re-read anything.
    expect(own.handled.map((h) => h.value).sort()).toEqual([...sent].sort());
    // And each partition's records in offset order across owners.
    for (let p = 0; p < 6; p++) {
      const offsets = own.handled.filter((h) => h.partition === p).map((h) => h.offset);
      expect(offsets).toEqual(offsets.map((_, i) => i));
    }
    for (const c of consumers.slice(1)) await world.settle(c.disconnect());
    for (let p = 0; p < 6; p++) expect(world.coordinator.committedOffset('g', 't', p)).toBe(200);
  });

  it('waits for a slow handler before handing its partition over (revoke-before-assign)', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 2 }] });
    const own = new Ownership();
    // Both partitions start with a slow record, so whichever one the coordinator moves is mid-handler.
    await world.produce('t', 0, ['slow-0', 'after-0']);
    await world.produce('t', 1, ['slow-1', 'after-1']);
    const a = world.consumer({ groupId: 'g', rebalanceTimeoutMs: 30_000 }, 'a').consumer;
    const b = world.consumer({ groupId: 'g' }, 'b').consumer;
    own.watch('a', a);
    own.watch('b', b);
    const slowDoneAt = new Map<number, number>();
    let revokedAt = -1;
    a.on('partitions.revoked', (e) => (revokedAt = e.timestamp));
    for (const c of [a, b]) await c.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(a.run({
      partitionsConsumedConcurrently: 2,
      eachMessage: own.handler('a', async ({ partition, message }) => {
        if (str(message.value).startsWith('slow')) {
          await sleep(world.fake.clock, 10_000);
          slowDoneAt.set(partition, world.now);
        }
      }),
    }));
    await world.until('a is in both slow handlers', () => own.handling.get(0) === 'a' && own.handling.get(1) === 'a');
    const joinedAt = world.now;
    await world.settle(b.run({ eachMessage: own.handler('b') }));
    await world.until('one partition each', () => own.count('a') === 1 && own.count('b') === 1, 30_000);
    await world.until('everything handled', () => own.handled.length === 4, 10_000);
    expect(own.violations).toEqual([]);
    const moved = own.owner.get(0) === 'b' ? 0 : 1;
    // Handed over only once the handler returned (about 10 s after b joined), and then b read on from there.
    expect(revokedAt).toBeGreaterThanOrEqual(slowDoneAt.get(moved)!);
    expect(revokedAt - joinedAt).toBeGreaterThanOrEqual(9_000);
    expect(own.handled.filter((h) => h.consumer === 'b').map((h) => h.value)).toEqual([`after-${moved}`]);
    for (const c of [a, b]) await world.settle(c.disconnect());
  });
});

describe('Consumer: liveness and failures', () => {
  it('keeps heartbeating while eachMessage blocks for 3× the session timeout, and is not fenced', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 2 }] });
    await world.produce('t', 0, ['block', 'next']);
    await world.produce('t', 1, ['other-0', 'other-1']);
    const { consumer } = world.consumer({ groupId: 'g' });
    const epochs = new Set<number>();
    let heartbeats = 0;
    let lost = 0;
    let joins = 0;
    consumer.on('heartbeat', (e) => {
      heartbeats++;
      epochs.add(e.payload.memberEpoch);
    });
    consumer.on('partitions.revoked', () => lost++);
    consumer.on('group.join', () => joins++);
    const handled: string[] = [];
    let blockedFrom = -1;
    const sessionTimeoutMs = world.coordinator.config.sessionTimeoutMs!;
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({
      eachMessage: async ({ message }) => {
        if (str(message.value) === 'block') {
          blockedFrom = world.now;
          await sleep(world.fake.clock, 3 * sessionTimeoutMs);
        }
        handled.push(str(message.value));
      },
    }));
    await world.until('blocking', () => blockedFrom >= 0);
    const heartbeatsBefore = heartbeats;
    await world.until('the block ends and everything is handled', () => handled.length === 4, 4 * sessionTimeoutMs);
    // With partitionsConsumedConcurrently 1 the other partition waits, but the member's heartbeats do not.
    const expected = (3 * sessionTimeoutMs) / world.coordinator.config.heartbeatIntervalMs!;
    expect(heartbeats - heartbeatsBefore).toBeGreaterThanOrEqual(expected - 2);
    expect(lost).toBe(0);
    expect(joins).toBe(1);
    expect(epochs.size).toBe(1);
    expect(handled).toContain('next');
    await world.settle(consumer.disconnect());
    expect(world.coordinator.committedOffset('g', 't', 0)).toBe(2);
  });

  it('a fenced member drops its partitions without committing and rejoins with epoch 0 and the same member id', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 4 }] });
    const sent = produceSteadily(world, 't', 4, 100, 150);
    const a = world.consumer({ groupId: 'g' }, 'a');
    const b = world.consumer({ groupId: 'g' }, 'b');
    const handled = new Set<string>();
    const joinsA: { memberId: string; memberEpoch: number }[] = [];
    const lostA: { atMs: number; memberEpoch: number }[] = [];
    a.consumer.on('group.join', (e) => joinsA.push({ memberId: e.payload.memberId, memberEpoch: e.payload.memberEpoch }));
    a.consumer.on('partitions.revoked', (e) => {
      // Scheduler time, as CallRecord.atMs (the clock's now() is epoch-based).
      if (e.payload.lost) lostA.push({ atMs: world.fake.scheduler.now, memberEpoch: e.payload.memberEpoch });
    });
    for (const { consumer } of [a, b]) {
      await consumer.subscribe({ topics: ['t'], fromBeginning: true });
      await world.settle(consumer.run({ autoCommitInterval: 500, eachMessage: async ({ message }) => void handled.add(str(message.value)) }));
    }
    await world.until('two partitions each', () => a.consumer.assignment()[0]?.partitions.length === 2 && b.consumer.assignment()[0]?.partitions.length === 2, 20_000);
    const epochBefore = a.consumer.memberEpoch;
    // a's heartbeats and commits vanish (a half-open link); its fetches still work.
    world.fake.transportFault = (call) => (call.from === a.peer && (call.method === 'ConsumerGroupHeartbeat' || call.method === 'OffsetCommit') ? 'drop-request' : 'deliver');
    await world.until('b took everything', () => b.consumer.assignment()[0]?.partitions.length === 4, 20_000);
    world.fake.transportFault = () => 'deliver';
    await world.until('a lost its partitions and rejoined', () => lostA.length === 1 && joinsA.length === 2, 20_000);
    await world.until('two each again', () => a.consumer.assignment()[0]?.partitions.length === 2 && b.consumer.assignment()[0]?.partitions.length === 2, 20_000);

    expect(joinsA[1]!.memberId).toBe(joinsA[0]!.memberId);
    expect(joinsA[1]!.memberId).toBe(a.consumer.memberId);
    expect(joinsA[1]!.memberEpoch).toBeGreaterThan(epochBefore);
    const fromA = world.fake.calls.filter((c) => c.from === a.peer);
    const rejoin = fromA.find((c) => c.method === 'ConsumerGroupHeartbeat' && c.atMs >= lostA[0]!.atMs)!.request as ConsumerGroupHeartbeatRequest;
    expect(rejoin.memberEpoch).toBe(0);
    expect(rejoin.memberId).toBe(a.consumer.memberId);
    // No commit with the fenced epoch once a knew it was fenced.
    const staleCommits = fromA.filter((c) => c.method === 'OffsetCommit' && c.atMs >= lostA[0]!.atMs && (c.request as OffsetCommitRequest).memberEpoch <= epochBefore);
    expect(staleCommits).toEqual([]);
    await world.until('all records handled', () => sent.length === 600 && sent.every((v) => handled.has(v)), 30_000);
    for (const { consumer } of [a, b]) await world.settle(consumer.disconnect());
    for (let p = 0; p < 4; p++) expect(world.coordinator.committedOffset('g', 't', p)).toBe(150);
  });

  it('follows the coordinator when it moves, without rejoining; committed offsets never move backwards', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 4 }] });
    const sent = produceSteadily(world, 't', 4, 50, 200);
    const consumers = ['a', 'b'].map((name) => world.consumer({ groupId: 'g' }, name).consumer);
    const handled = new Set<string>();
    let lost = 0;
    let joins = 0;
    for (const c of consumers) {
      c.on('partitions.revoked', (e) => (lost += e.payload.lost ? 1 : 0));
      c.on('group.join', () => joins++);
      await c.subscribe({ topics: ['t'], fromBeginning: true });
      await world.settle(c.run({ autoCommitInterval: 300, eachMessage: async ({ message }) => void handled.add(str(message.value)) }));
    }
    await world.until('both members stable', () => consumers.every((c) => c.assignment()[0]?.partitions.length === 2), 20_000);
    await world.advance(1_000);
    // The coordinator moves to broker 2; broker 1 now answers NOT_COORDINATOR. For 2 s no broker knows
    // a coordinator, then broker 2 is still loading for another second.
    world.coordinator.failover(2);
    world.coordinator.coordinatorId = -1;
    const movedAt = world.fake.scheduler.now;
    world.coordinator.inject = (method, _request, broker) => (broker === 2 && method !== 'FindCoordinator' && world.fake.scheduler.now < movedAt + 3_000 ? 'COORDINATOR_LOAD_IN_PROGRESS' : null);
    world.fake.clock.setTimer(2_000, () => (world.coordinator.coordinatorId = 2));
    await world.until('every record handled', () => sent.length === 800 && sent.every((v) => handled.has(v)), 30_000);
    await world.advance(1_000);

    expect(lost).toBe(0);
    expect(joins).toBe(2);
    const after = world.fake.callsOf('ConsumerGroupHeartbeat').filter((c) => c.atMs > movedAt + 3_500);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((c) => c.to === 2)).toBe(true);
    for (let p = 0; p < 4; p++) {
      const offsets = world.coordinator.commits.filter((c) => c.partition === p).map((c) => c.offset);
      expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
    }
    for (const c of consumers) await world.settle(c.disconnect());
    for (let p = 0; p < 4; p++) expect(world.coordinator.committedOffset('g', 't', p)).toBe(200);
  });

  it('retries a commit answered STALE_MEMBER_EPOCH after the next heartbeat', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 1 }] });
    await world.produce('t', 0, ['a', 'b', 'c']);
    const { consumer, peer } = world.consumer({ groupId: 'g' });
    let stale = 0;
    world.coordinator.inject = (method) => (method === 'OffsetCommit' && stale++ === 0 ? 'STALE_MEMBER_EPOCH' : null);
    let handled = 0;
    await consumer.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(consumer.run({ autoCommitInterval: 1_000, eachMessage: async () => void handled++ }));
    await world.until('committed', () => world.coordinator.committedOffset('g', 't', 0) === 3, 5_000);
    const calls = world.fake.calls.filter((c) => c.from === peer);
    const commits = calls.filter((c) => c.method === 'OffsetCommit');
    expect(commits.length).toBe(2);
    const between = calls.filter((c) => c.method === 'ConsumerGroupHeartbeat' && c.atMs >= commits[0]!.atMs && c.atMs <= commits[1]!.atMs);
    expect(between.length).toBeGreaterThanOrEqual(1);
    expect(commits[1]!.atMs - commits[0]!.atMs).toBeLessThan(500); // right after that heartbeat, not at the next interval
    await world.settle(consumer.disconnect());
  });

  it('retries a static instance id still held by a running member (UNRELEASED_INSTANCE_ID) until it is released', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 2 }] });
    const first = world.consumer({ groupId: 'g', groupInstanceId: 'i-1' }).consumer;
    const second = world.consumer({ groupId: 'g', groupInstanceId: 'i-1' }).consumer;
    let crashed = false;
    let secondJoined = false;
    second.on('crash', () => (crashed = true));
    second.on('group.join', () => (secondJoined = true));
    for (const c of [first, second]) await c.subscribe({ topics: ['t'] });
    await world.settle(first.run({ eachMessage: async () => {} }));
    await world.until('first joined', () => first.memberEpoch > 0);
    await world.settle(second.run({ eachMessage: async () => {} }));
    await world.advance(3_000);
    expect(secondJoined).toBe(false);
    const refused = world.fake.callsOf('ConsumerGroupHeartbeat').filter((c) => (c.request as ConsumerGroupHeartbeatRequest).memberId === second.memberId);
    expect(refused.length).toBeGreaterThan(2);
    await world.settle(first.disconnect()); // a static leave (-2) releases the instance
    await world.until('second took the instance over', () => secondJoined, 10_000);
    await world.until('and consumes its partitions', () => second.assignment()[0]?.partitions.length === 2, 5_000);
    expect(crashed).toBe(false);
    await world.settle(second.disconnect());
  });
});
