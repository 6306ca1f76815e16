// Goal: the KIP-848 heartbeat protocol keeps its promises. One group of
// consumers is a queue — partitions spread evenly, each owned by exactly one
// consumer at every step; a partition is revoked from its old owner (and the
// revocation confirmed) before its new owner gets it; a silent member is
// fenced after its session timeout and the survivors take its partitions; a
// member that does not revoke in time is fenced; a static member that leaves
// temporarily keeps its partitions and a restart with its instance id takes
// them back; member epochs fence zombies; a failover rebuilds the same state.
// Method: scripted transcripts through the test Harness (records encoded,
// replayed and committed as a broker would), with well-behaved TestConsumers;
// disjointness is checked after every heartbeat.

import { describe, expect, it } from 'vitest';
import type { DescribedGroup } from '../../src/group/api.js';
import { GroupCoordinator } from '../../src/group/group-coordinator.js';
import { count, fromList } from '../../src/group/topic-partitions.js';
import { FakeTopics, Harness, TestConsumer, expectDisjoint, settle } from './harness.js';

function describeOne(h: Harness, groupId = 'g'): Extract<DescribedGroup, { ok: true }> {
  const response = h.coordinator.describeGroups([groupId]);
  if (!response.ok) throw new Error(response.message);
  const group = response.groups[0]!;
  if (!group.ok) throw new Error(group.message);
  return group;
}

function threeConsumers(h: Harness, topics = ['orders']): TestConsumer[] {
  return ['m1', 'm2', 'm3'].map((id) => new TestConsumer(h, 'g', id, { topics }));
}

describe('consumer group: queue semantics', () => {
  it('spreads 12 partitions over 3 members, 4 each, one owner per partition at every step', () => {
    const h = new Harness(new FakeTopics({ orders: 12 }));
    const consumers = threeConsumers(h);
    for (const c of consumers) {
      c.heartbeat();
      expectDisjoint(consumers);
    }
    settle(consumers);
    expect(consumers.map((c) => c.ownedCount)).toEqual([4, 4, 4]);
    const all = consumers.flatMap((c) => [...c.owned.get('orders')!]).sort((a, b) => a - b);
    expect(all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const group = describeOne(h);
    expect(group.state).toBe('STABLE');
    expect(group.members.every((m) => m.memberEpoch === group.assignmentEpoch && m.memberState === 'STABLE')).toBe(true);
    h.failover();
  });

  it('revokes from the old owner, waits for its confirmation, then assigns to the new one', () => {
    const h = new Harness(new FakeTopics({ orders: 12 }));
    const [m1, m2] = threeConsumers(h);
    m1!.heartbeat();
    expect(m1!.ownedCount).toBe(12);
    expect(m1!.memberEpoch).toBe(1);

    const joined = m2!.heartbeat();
    expect(joined.ok && joined.memberEpoch).toBe(2);
    expect(m2!.ownedCount).toBe(0); // everything is still m1's
    expect(describeOne(h).members.find((m) => m.memberId === 'm2')!.memberState).toBe('UNRELEASED_PARTITIONS');

    const revoke = m1!.heartbeat();
    expect(revoke.ok && revoke.memberEpoch).toBe(1); // stays in its epoch until it confirms
    expect(m1!.ownedCount).toBe(6);
    const m1View = describeOne(h).members.find((m) => m.memberId === 'm1')!;
    expect(m1View.memberState).toBe('UNREVOKED_PARTITIONS');
    expect(count(fromList(m1View.partitionsPendingRevocation))).toBe(6);
    expect(describeOne(h).state).toBe('RECONCILING');

    m2!.heartbeat();
    expect(m2!.ownedCount).toBe(0); // not released yet: m1 has not confirmed

    const confirmed = m1!.heartbeat(); // reports owning only 6: the revocation is done
    expect(confirmed.ok && confirmed.memberEpoch).toBe(2);
    m2!.heartbeat();
    expect(m2!.ownedCount).toBe(6);
    expectDisjoint([m1!, m2!]);
    expect(describeOne(h).state).toBe('STABLE');
  });

  it('tolerates a lost response: a heartbeat at the previous epoch with a subset of the assignment', () => {
    const h = new Harness(new FakeTopics({ orders: 4 }));
    const [m1, m2] = threeConsumers(h);
    m1!.heartbeat();
    m2!.heartbeat();
    m1!.heartbeat(); // revoke 2
    m1!.heartbeat(); // confirmed: epoch 2
    expect(m1!.memberEpoch).toBe(2);
    // The client never saw the epoch-2 response: it still sends epoch 1 with its 2 partitions.
    const retry = h.heartbeat({ groupId: 'g', memberId: 'm1', memberEpoch: 1, ownedTopicPartitions: [{ topic: 'orders', partitions: [...m1!.owned.get('orders')!] }] });
    expect(retry.ok && retry.memberEpoch).toBe(2);
    const zombie = h.heartbeat({ groupId: 'g', memberId: 'm1', memberEpoch: 1, ownedTopicPartitions: [{ topic: 'orders', partitions: [0, 1, 2, 3] }] });
    expect(zombie.ok ? 'ok' : zombie.code).toBe('FENCED_MEMBER_EPOCH');
  });

  it('assigns new partitions when a topic grows, and follows a regex subscription', () => {
    const topics = new FakeTopics({ orders: 2, 'logs-a': 1 });
    const h = new Harness(topics);
    const m1 = new TestConsumer(h, 'g', 'm1', { topics: ['orders'] });
    const m2 = new TestConsumer(h, 'g', 'm2', { regex: 'logs-.*' });
    settle([m1, m2]);
    expect(m1.ownedCount + m2.ownedCount).toBe(3);
    expect([...m2.owned.keys()]).toEqual(['logs-a']);
    const epoch = describeOne(h).groupEpoch;
    topics.counts.set('orders', 6);
    topics.counts.set('logs-b', 2);
    settle([m1, m2]);
    expect(describeOne(h).groupEpoch).toBeGreaterThan(epoch);
    expect(m1.ownedCount + m2.ownedCount).toBe(9);
    expect([...m2.owned.keys()].sort()).toEqual(['logs-a', 'logs-b']);
    h.failover();
  });
});

describe('consumer group: timeouts', () => {
  it('fences a member after its session timeout and moves its partitions to the survivors', () => {
    const h = new Harness(new FakeTopics({ orders: 12 }));
    const consumers = threeConsumers(h);
    settle(consumers);
    const [m1, m2, m3] = consumers;
    const zombieEpoch = m3!.memberEpoch;
    m3!.crash();
    for (let t = 0; t < 10; t++) {
      h.advance(5_000);
      m1!.heartbeat();
      m2!.heartbeat();
      expectDisjoint(consumers);
    }
    expect(describeOne(h).members.map((m) => m.memberId)).toEqual(['m1', 'm2']);
    settle([m1!, m2!]);
    expect([m1!.ownedCount, m2!.ownedCount]).toEqual([6, 6]);
    const zombie = h.heartbeat({ groupId: 'g', memberId: 'm3', memberEpoch: zombieEpoch });
    expect(zombie.ok ? 'ok' : zombie.code).toBe('UNKNOWN_MEMBER_ID');
  });

  it('fences a member that does not confirm a revocation within its rebalance timeout', () => {
    const h = new Harness(new FakeTopics({ orders: 4 }));
    const m1 = new TestConsumer(h, 'g', 'm1', { topics: ['orders'], rebalanceTimeoutMs: 10_000 });
    const m2 = new TestConsumer(h, 'g', 'm2', { topics: ['orders'] });
    m1.heartbeat();
    m2.heartbeat();
    const all = m1.owned;
    m1.heartbeatStuck(all); // told to revoke 2, keeps reporting all 4
    for (let t = 0; t < 3; t++) {
      h.advance(4_000);
      m1.heartbeatStuck(all); // alive (session fine) but never confirms
      m2.heartbeat();
    }
    expect(describeOne(h).members.map((m) => m.memberId)).toEqual(['m2']);
    m1.crash(); // its own rebalance timeout made it drop everything
    settle([m2]);
    expect(m2.ownedCount).toBe(4);
  });
});

describe('consumer group: static membership', () => {
  it('keeps a temporarily leaving member’s partitions and gives them to its restart', () => {
    const h = new Harness(new FakeTopics({ orders: 12 }));
    const s1 = new TestConsumer(h, 'g', 's1-old', { topics: ['orders'], instanceId: 'i1' });
    const m2 = new TestConsumer(h, 'g', 'm2', { topics: ['orders'] });
    settle([s1, m2]);
    const before = s1.owned;
    const epochBefore = describeOne(h).groupEpoch;

    const left = s1.leave();
    expect(left.ok && left.memberEpoch).toBe(-2);
    const view = describeOne(h);
    expect(view.groupEpoch).toBe(epochBefore); // no rebalance
    expect(view.members.find((m) => m.memberId === 's1-old')!.memberEpoch).toBe(-2);
    m2.heartbeat();
    expect(m2.ownedCount).toBe(6); // m2 does not get s1's partitions meanwhile

    h.advance(20_000);
    const restarted = new TestConsumer(h, 'g', 's1-new', { topics: ['orders'], instanceId: 'i1' });
    const rejoin = restarted.heartbeat();
    expect(rejoin.ok && rejoin.memberEpoch).toBe(epochBefore);
    expect(restarted.owned).toEqual(before);
    expect(describeOne(h).members.map((m) => m.memberId)).toEqual(['m2', 's1-new']);
    expect(describeOne(h).groupEpoch).toBe(epochBefore);
    expectDisjoint([restarted, m2]);
    h.failover();
  });

  it('refuses an instance id that its member still holds (UNRELEASED_INSTANCE_ID)', () => {
    const h = new Harness(new FakeTopics({ orders: 2 }));
    new TestConsumer(h, 'g', 'a', { topics: ['orders'], instanceId: 'i1' }).heartbeat();
    const twin = new TestConsumer(h, 'g', 'b', { topics: ['orders'], instanceId: 'i1' }).heartbeat();
    expect(twin.ok ? 'ok' : twin.code).toBe('UNRELEASED_INSTANCE_ID');
    const wrongMember = h.heartbeat({ groupId: 'g', memberId: 'b', memberEpoch: 1, instanceId: 'i1' });
    expect(wrongMember.ok ? 'ok' : wrongMember.code).toBe('UNKNOWN_MEMBER_ID');
  });

  it('removes a static member that does not come back within its session timeout', () => {
    const h = new Harness(new FakeTopics({ orders: 4 }));
    const s1 = new TestConsumer(h, 'g', 's1', { topics: ['orders'], instanceId: 'i1' });
    const m2 = new TestConsumer(h, 'g', 'm2', { topics: ['orders'] });
    settle([s1, m2]);
    s1.leave();
    for (let t = 0; t < 10; t++) {
      h.advance(5_000);
      m2.heartbeat();
    }
    settle([m2]);
    expect(m2.ownedCount).toBe(4);
    expect(describeOne(h).members.map((m) => m.memberId)).toEqual(['m2']);
  });
});

describe('consumer group: membership errors and leaving', () => {
  it('answers the protocol errors', () => {
    const h = new Harness(new FakeTopics({ orders: 2 }), { offsetsTopicPartitionCount: 1, groupMaxSize: 2 });
    const m1 = new TestConsumer(h, 'g', 'm1', { topics: ['orders'] });
    m1.heartbeat();
    const code = (r: { ok: boolean; code?: string }): string => (r.ok ? 'ok' : r.code!);
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'nobody', memberEpoch: 1 }))).toBe('UNKNOWN_MEMBER_ID');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'm1', memberEpoch: 9 }))).toBe('FENCED_MEMBER_EPOCH');
    expect(code(h.heartbeat({ groupId: '', memberId: 'x', memberEpoch: 0, subscribedTopicNames: ['orders'] }))).toBe('INVALID_REQUEST');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'x', memberEpoch: 0, subscribedTopicNames: ['orders'], ownedTopicPartitions: [{ topic: 'orders', partitions: [0] }] }))).toBe('INVALID_REQUEST');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'x', memberEpoch: 0 }))).toBe('INVALID_REQUEST'); // no subscription
    expect(code(h.heartbeat({ groupId: 'g', memberId: '', memberEpoch: 0, subscribedTopicNames: ['orders'] }))).toBe('INVALID_REQUEST'); // no id generator
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'x', memberEpoch: 0, subscribedTopicNames: ['orders'], serverAssignor: 'magic' }))).toBe('UNSUPPORTED_ASSIGNOR');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'x', memberEpoch: 0, subscribedTopicRegex: '(' }))).toBe('INVALID_REGULAR_EXPRESSION');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'x', memberEpoch: 0, subscribedTopicNames: ['\ud800'] }))).toBe('INVALID_REQUEST');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'm2', memberEpoch: 0, subscribedTopicNames: ['orders'] }))).toBe('ok');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'm3', memberEpoch: 0, subscribedTopicNames: ['orders'] }))).toBe('GROUP_MAX_SIZE_REACHED');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'm2', memberEpoch: -1 }))).toBe('ok');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'm2', memberEpoch: -1 }))).toBe('UNKNOWN_MEMBER_ID');
    expect(code(h.heartbeat({ groupId: 'g', memberId: 'm3', memberEpoch: 0, subscribedTopicNames: ['orders'] }))).toBe('ok');
  });

  it('lets a fenced member rejoin with epoch 0 under the same member id', () => {
    const h = new Harness(new FakeTopics({ orders: 4 }));
    const [m1, m2] = threeConsumers(h);
    settle([m1!, m2!]);
    const fenced = h.heartbeat({ groupId: 'g', memberId: 'm1', memberEpoch: 99 });
    expect(fenced.ok ? 'ok' : fenced.code).toBe('FENCED_MEMBER_EPOCH');
    m1!.crash(); // as the real consumer does on FENCED_MEMBER_EPOCH
    settle([m1!, m2!]);
    expect([m1!.ownedCount, m2!.ownedCount]).toEqual([2, 2]);
  });

  it('generates member ids when asked to, and a leave releases partitions at once', () => {
    const h = new Harness(new FakeTopics({ orders: 4 }));
    let next = 0;
    h.coordinator = new GroupCoordinator({
      offsetsPartition: 0,
      config: h.config,
      generateMemberId: () => `generated-${next++}`,
    });
    h.coordinator.completeLoad(h.nowMs);
    const anonymous = new TestConsumer(h, 'g', '', { topics: ['orders'] });
    anonymous.heartbeat();
    expect(anonymous.memberId).toBe('generated-0');
    const other = new TestConsumer(h, 'g', 'm2', { topics: ['orders'] });
    settle([anonymous, other]);
    anonymous.leave();
    settle([other]);
    expect(other.ownedCount).toBe(4);
    expect(describeOne(h).members.map((m) => m.memberId)).toEqual(['m2']);
  });
});

describe('consumer group: rebuild from records', () => {
  it('a coordinator rebuilt from the partition has the same state and carries on', () => {
    const h = new Harness(new FakeTopics({ orders: 12, payments: 3 }));
    const consumers = [
      new TestConsumer(h, 'g', 'm1', { topics: ['orders'] }),
      new TestConsumer(h, 'g', 'm2', { topics: ['orders', 'payments'] }),
      new TestConsumer(h, 'g', 'm3', { topics: ['payments'], instanceId: 'i3' }),
    ];
    consumers[0]!.heartbeat();
    consumers[1]!.heartbeat();
    consumers[0]!.heartbeat(); // mid-reconciliation: m1 has pending revocations
    h.failover();
    consumers[2]!.heartbeat();
    settle(consumers);
    h.failover();
    expect(consumers.reduce((sum, c) => sum + c.ownedCount, 0)).toBe(15);
    expect(describeOne(h).state).toBe('STABLE');
  });
});
