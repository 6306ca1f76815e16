// Goal: under any interleaving of joins, heartbeats, leaves (dynamic and
// static), crashes, restarts, consumers stuck in revocation, commits, topic
// growth, time passing (session and rebalance timeouts) and failovers:
// (1) no partition is ever owned by two consumers (client view) nor held by
//     two members (coordinator view);
// (2) replaying the emitted records into a fresh coordinator gives a state
//     equal to the live one (checked at every failover and at the end), so
//     `replay` really is the only mutation;
// (3) once the faults stop and the live consumers heartbeat, the group
//     becomes STABLE and every subscribed partition has exactly one owner.
// Method: fast-check command sequences over 5 consumer slots (slots 3 and 4
// static; 'lost' is a heartbeat whose response never arrives), driven
// through the test Harness; consumers the coordinator fenced drop their
// partitions, as a real consumer's own timeouts make it do.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromList, intersects, union, type TopicPartitions } from '../../src/group/topic-partitions.js';
import { FakeTopics, Harness, TestConsumer, expectDisjoint, settle } from './harness.js';

type Op =
  | { readonly t: 'hb'; readonly slot: number }
  | { readonly t: 'lost'; readonly slot: number }
  | { readonly t: 'leave'; readonly slot: number }
  | { readonly t: 'crash'; readonly slot: number }
  | { readonly t: 'stuck'; readonly slot: number }
  | { readonly t: 'commit'; readonly slot: number; readonly offset: number }
  | { readonly t: 'simpleCommit'; readonly offset: number }
  | { readonly t: 'advance'; readonly ms: number }
  | { readonly t: 'grow'; readonly topic: 'orders' | 'payments' }
  | { readonly t: 'failover' };

const slotArb = fc.integer({ min: 0, max: 4 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ t: fc.constant('hb' as const), slot: slotArb }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('lost' as const), slot: slotArb }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('leave' as const), slot: slotArb }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('crash' as const), slot: slotArb }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('stuck' as const), slot: slotArb }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('commit' as const), slot: slotArb, offset: fc.nat({ max: 1000 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('simpleCommit' as const), offset: fc.nat({ max: 1000 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 50_000 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('grow' as const), topic: fc.constantFrom('orders' as const, 'payments' as const) }) },
  { weight: 1, arbitrary: fc.constant({ t: 'failover' as const }) },
);

const subscriptions: { topics?: string[]; regex?: string }[] = [{ topics: ['orders'] }, { topics: ['orders'] }, { topics: ['orders', 'payments'] }, { topics: ['payments'] }, { regex: 'pay.*|ord.*' }];

class Model {
  readonly h: Harness;
  readonly consumers: (TestConsumer | null)[] = [null, null, null, null, null];
  /** Partitions a stuck consumer still holds although told to revoke them. */
  readonly stuckWith = new Map<number, TopicPartitions>();
  private readonly incarnations = [0, 0, 0, 0, 0];

  constructor(orders: number, payments: number) {
    this.h = new Harness(new FakeTopics({ orders, payments }), { offsetsTopicPartitionCount: 1, sessionTimeoutMs: 45_000, heartbeatIntervalMs: 5_000 });
  }

  start(slot: number): TestConsumer {
    const isStatic = slot >= 3;
    const memberId = isStatic ? `m${slot}-${++this.incarnations[slot]!}` : `m${slot}`;
    const consumer = new TestConsumer(this.h, 'g', memberId, { ...subscriptions[slot]!, instanceId: isStatic ? `i${slot}` : undefined, rebalanceTimeoutMs: 20_000 });
    this.consumers[slot] = consumer;
    return consumer;
  }

  live(): TestConsumer[] {
    return this.consumers.filter((c): c is TestConsumer => c !== null);
  }

  /** What each live consumer really holds: its assignment plus anything it is stuck on. */
  holdings(): { memberId: string; owned: TopicPartitions }[] {
    return this.consumers.flatMap((c, slot) => (c === null ? [] : [{ memberId: c.memberId, owned: union(c.owned, this.stuckWith.get(slot) ?? new Map()) }]));
  }

  /** Consumers the coordinator no longer knows drop everything (their own session/poll timeouts). */
  dropFenced(): void {
    const members = new Set(this.h.coordinator.snapshot().groups.flatMap((g) => g.members.map((m) => m.memberId)));
    this.consumers.forEach((c, slot) => {
      if (c !== null && c.memberEpoch > 0 && !members.has(c.memberId)) {
        c.crash();
        this.stuckWith.delete(slot);
      }
    });
  }
}

function run(model: Model, op: Op): void {
  const { h } = model;
  switch (op.t) {
    case 'hb': {
      const consumer = model.consumers[op.slot] ?? model.start(op.slot);
      consumer.heartbeat();
      model.stuckWith.delete(op.slot);
      return;
    }
    case 'lost': {
      const consumer = model.consumers[op.slot];
      if (consumer === null || consumer === undefined || consumer.memberEpoch <= 0 || model.stuckWith.has(op.slot)) return;
      consumer.heartbeat(true);
      return;
    }
    case 'leave': {
      const consumer = model.consumers[op.slot];
      if (consumer === null || consumer === undefined || consumer.memberEpoch <= 0) return;
      consumer.leave();
      model.stuckWith.delete(op.slot);
      return;
    }
    case 'crash':
      model.consumers[op.slot]?.crash();
      model.consumers[op.slot] = null;
      model.stuckWith.delete(op.slot);
      return;
    case 'stuck': {
      const consumer = model.consumers[op.slot];
      if (consumer === null || consumer === undefined || consumer.memberEpoch <= 0) return;
      const held = union(consumer.owned, model.stuckWith.get(op.slot) ?? new Map());
      const response = consumer.heartbeatStuck(held);
      if (response.ok && response.assignment !== null) {
        consumer.owned = fromList(response.assignment);
        model.stuckWith.set(op.slot, held);
      }
      return;
    }
    case 'commit': {
      const consumer = model.consumers[op.slot];
      if (consumer === null || consumer === undefined || consumer.memberEpoch <= 0) return;
      const partitions = [...(consumer.owned.get('orders') ?? [])].map((partition) => ({ partition, committedOffset: op.offset, committedLeaderEpoch: -1, committedMetadata: null }));
      const response = h.write(h.coordinator.offsetCommit({ groupId: 'g', memberId: consumer.memberId, memberEpoch: consumer.memberEpoch, topics: [{ topic: 'orders', partitions }] }, h.ctx));
      expect(response.ok || response.code === 'STALE_MEMBER_EPOCH' || response.code === 'UNKNOWN_MEMBER_ID').toBe(true);
      return;
    }
    case 'simpleCommit': {
      const response = h.write(h.coordinator.offsetCommit({ groupId: 'g', memberId: '', memberEpoch: -1, topics: [{ topic: 'orders', partitions: [{ partition: 0, committedOffset: op.offset, committedLeaderEpoch: -1, committedMetadata: null }] }] }, h.ctx));
      const members = h.coordinator.snapshot().groups.find((g) => g.groupId === 'g')?.members.length ?? 0;
      expect(response.ok).toBe(members === 0);
      return;
    }
    case 'advance':
      h.advance(op.ms);
      model.dropFenced();
      return;
    case 'grow':
      h.topics.counts.set(op.topic, h.topics.counts.get(op.topic)! + 1);
      return;
    case 'failover':
      h.failover();
      return;
  }
}

/** Coordinator view: no partition in two members' assigned ∪ pending-revocation sets. */
function expectCoordinatorDisjoint(model: Model): void {
  for (const group of model.h.coordinator.snapshot().groups) {
    const held = group.members.map((m) => union(fromList(m.assignedPartitions), fromList(m.partitionsPendingRevocation)));
    for (let i = 0; i < held.length; i++) for (let j = i + 1; j < held.length; j++) expect(intersects(held[i]!, held[j]!)).toBe(false);
  }
}

/** Faults stop: the live consumers heartbeat through a session timeout, then settle. */
function heal(model: Model): void {
  model.stuckWith.clear();
  for (let round = 0; round < 12; round++) {
    model.h.advance(5_000);
    model.dropFenced();
    for (const consumer of model.live()) consumer.heartbeat();
  }
  settle(model.live(), 40);
}

describe('group coordinator (property)', () => {
  it('never double-assigns, rebuilds equal from its records, and converges once faults stop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 4 }), fc.array(opArb, { minLength: 1, maxLength: 80 }), (orders, payments, ops) => {
        const model = new Model(orders, payments);
        for (const op of ops) {
          run(model, op);
          expectDisjoint(model.holdings());
          expectCoordinatorDisjoint(model);
        }
        expect(model.h.rebuild().snapshot()).toEqual(model.h.coordinator.snapshot());
        heal(model);
        const live = model.live();
        const described = model.h.coordinator.describeGroups(['g']);
        if (live.length > 0 && described.ok && described.groups[0]!.ok) {
          expect(described.groups[0]!.state).toBe('STABLE');
          for (const topic of ['orders', 'payments']) {
            if (!live.some((c) => subscriptions[model.consumers.indexOf(c)]!.topics?.includes(topic) || subscriptions[model.consumers.indexOf(c)]!.regex !== undefined)) continue;
            for (let p = 0; p < model.h.topics.counts.get(topic)!; p++) {
              const owners = live.filter((c) => c.owned.get(topic)?.includes(p));
              expect(owners.length, `${topic}-${p}`).toBe(1);
            }
          }
        }
        expect(model.h.rebuild().snapshot()).toEqual(model.h.coordinator.snapshot());
      }),
      { numRuns: 300 },
    );
  });
});
