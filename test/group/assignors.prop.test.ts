// Goal: the server-side assignors are correct, balanced, sticky and
// deterministic. (1) both: every partition of a subscribed topic goes to
// exactly one member that subscribes to it, nothing else is assigned, every
// member gets an entry; (2) uniform with identical subscriptions: loads
// differ by at most 1; (3) uniform sticky: adding a member to a balanced
// assignment moves partitions only to the new member, and no more than its
// fair share; removing one only hands out the leaver's partitions;
// (4) deterministic: the same spec in any map order gives the same result;
// (5) range: Kafka's contiguous ranges per topic.
// Method: fast-check over random members (subscriptions, current
// assignments, instance ids) and topics.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rangeAssignor, uniformAssignor, type Assignor, type AssignmentMember, type AssignmentSpec, type GroupAssignment } from '../../src/group/assignors.js';
import { contains, count, emptyTopicPartitions, topicPartitions, type TopicPartitions } from '../../src/group/topic-partitions.js';

const topicNames = ['a', 'b', 'c', 'd'];

const topicsArb = fc
  .uniqueArray(fc.constantFrom(...topicNames), { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((name) => fc.tuple(fc.constant(name), fc.integer({ min: 0, max: 24 })))))
  .map((entries) => new Map(entries));

function specArb(homogeneous: boolean): fc.Arbitrary<AssignmentSpec> {
  return topicsArb.chain((partitionCounts) => {
    const names = [...partitionCounts.keys()];
    const subscription = fc.subarray([...names, 'missing'], { minLength: 1 });
    const memberArb = (shared: string[] | null): fc.Arbitrary<AssignmentMember> =>
      fc.record({
        subscribedTopics: (shared === null ? subscription : fc.constant(shared)).map((s) => new Set(s)),
        instanceId: fc.option(fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5', 'i6')),
        currentAssignment: fc
          .array(fc.tuple(fc.constantFrom(...names), fc.array(fc.nat({ max: 30 }), { maxLength: 6 })), { maxLength: 3 })
          .map((entries) => topicPartitions(entries)),
      });
    const members = (shared: string[] | null) =>
      fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), memberArb(shared)), { minLength: 1, maxLength: 9, selector: ([id]) => id });
    const chosen = homogeneous ? subscription.chain((shared) => members(shared)) : members(null);
    return chosen.map((entries) => ({ members: new Map(entries), partitionCounts }));
  });
}

function expectValid(spec: AssignmentSpec, result: GroupAssignment): void {
  expect([...result.keys()].sort()).toEqual([...spec.members.keys()].sort());
  for (const [topic, partitionCount] of spec.partitionCounts) {
    const subscribed = [...spec.members].some(([, m]) => m.subscribedTopics.has(topic));
    for (let p = 0; p < partitionCount; p++) {
      const owners = [...result].filter(([, tps]) => contains(tps, topic, p)).map(([id]) => id);
      expect(owners.length, `${topic}-${p} owners ${owners.join(',')}`).toBe(subscribed ? 1 : 0);
      if (owners.length === 1) expect(spec.members.get(owners[0]!)!.subscribedTopics.has(topic)).toBe(true);
    }
  }
  for (const tps of result.values()) {
    for (const [topic, partitions] of tps) {
      expect(spec.partitionCounts.has(topic)).toBe(true);
      for (const p of partitions) expect(p).toBeLessThan(spec.partitionCounts.get(topic)!);
    }
  }
}

function loads(result: GroupAssignment): number[] {
  return [...result.values()].map(count);
}

function reversed(spec: AssignmentSpec): AssignmentSpec {
  return { members: new Map([...spec.members].reverse()), partitionCounts: new Map([...spec.partitionCounts].reverse()) };
}

/** The spec with each member's current assignment replaced by `result` (the state after a rebalance). */
function withCurrent(spec: AssignmentSpec, result: GroupAssignment): Map<string, AssignmentMember> {
  return new Map([...spec.members].map(([id, m]) => [id, { ...m, currentAssignment: result.get(id)! }]));
}

function moved(before: GroupAssignment, after: GroupAssignment, from: string): TopicPartitions {
  const lost: [string, number[]][] = [];
  for (const [topic, partitions] of before.get(from) ?? emptyTopicPartitions) {
    lost.push([topic, partitions.filter((p) => !contains(after.get(from) ?? emptyTopicPartitions, topic, p))]);
  }
  return topicPartitions(lost);
}

describe.each<[string, Assignor]>([
  ['uniform', uniformAssignor],
  ['range', rangeAssignor],
])('%s assignor', (_name, assignor) => {
  it('assigns every subscribed partition to exactly one subscriber', () => {
    fc.assert(fc.property(specArb(false), (spec) => expectValid(spec, assignor.assign(spec))), { numRuns: 400 });
  });

  it('is deterministic whatever the order of its inputs', () => {
    fc.assert(
      fc.property(specArb(false), (spec) => {
        expect(assignor.assign(reversed(spec))).toEqual(assignor.assign(spec));
      }),
      { numRuns: 200 },
    );
  });
});

describe('uniform assignor', () => {
  it('balances within 1 when every member subscribes to the same topics', () => {
    fc.assert(
      fc.property(specArb(true), (spec) => {
        const l = loads(uniformAssignor.assign(spec));
        expect(Math.max(...l) - Math.min(...l)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('moves only what the new member needs when one joins', () => {
    fc.assert(
      fc.property(specArb(true), (spec) => {
        const before = uniformAssignor.assign(spec);
        const shared = [...spec.members.values()][0]!.subscribedTopics;
        const members = withCurrent(spec, before);
        members.set('\uffffnew', { subscribedTopics: shared, instanceId: null, currentAssignment: emptyTopicPartitions });
        const after = uniformAssignor.assign({ members, partitionCounts: spec.partitionCounts });
        const total = loads(after).reduce((a, b) => a + b, 0);
        const gained = count(after.get('\uffffnew')!);
        let lost = 0;
        for (const id of spec.members.keys()) {
          lost += count(moved(before, after, id));
          expect(count(moved(after, before, id)), `${id} must not gain partitions`).toBe(0);
        }
        expect(lost).toBe(gained);
        expect(gained).toBeLessThanOrEqual(Math.ceil(total / members.size));
        expect(gained).toBeGreaterThanOrEqual(Math.floor(total / members.size));
      }),
      { numRuns: 300 },
    );
  });

  it('hands out only the leaver’s partitions when one leaves', () => {
    fc.assert(
      fc.property(specArb(false), (spec) => {
        fc.pre(spec.members.size >= 2);
        const before = uniformAssignor.assign(spec);
        const leaver = [...spec.members.keys()][0]!;
        const members = withCurrent(spec, before);
        members.delete(leaver);
        const after = uniformAssignor.assign({ members, partitionCounts: spec.partitionCounts });
        expectValid({ members, partitionCounts: spec.partitionCounts }, after);
        // Heterogeneous subscriptions may need a few extra moves to rebalance; identical ones never do.
        const identical = new Set([...members.values()].map((m) => [...m.subscribedTopics].sort().join())).size === 1;
        if (identical) for (const id of members.keys()) expect(count(moved(before, after, id))).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a stable assignment as it is', () => {
    fc.assert(
      fc.property(specArb(false), (spec) => {
        const first = uniformAssignor.assign(spec);
        const again = uniformAssignor.assign({ members: withCurrent(spec, first), partitionCounts: spec.partitionCounts });
        expect(again).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

describe('range assignor', () => {
  it('gives each subscriber of a topic a contiguous range, the first ones one more', () => {
    const members = new Map<string, AssignmentMember>(
      ['m3', 'm1', 'm2'].map((id) => [id, { subscribedTopics: new Set(['t']), instanceId: null, currentAssignment: emptyTopicPartitions }]),
    );
    const result = rangeAssignor.assign({ members, partitionCounts: new Map([['t', 8]]) });
    expect(result.get('m1')!.get('t')).toEqual([0, 1, 2]);
    expect(result.get('m2')!.get('t')).toEqual([3, 4, 5]);
    expect(result.get('m3')!.get('t')).toEqual([6, 7]);
  });

  it('orders static members by instance id, so a restarted instance gets its old range back', () => {
    const member = (instanceId: string): AssignmentMember => ({ subscribedTopics: new Set(['t']), instanceId, currentAssignment: emptyTopicPartitions });
    const before = rangeAssignor.assign({ members: new Map([['zz', member('a')], ['aa', member('b')]]), partitionCounts: new Map([['t', 4]]) });
    const after = rangeAssignor.assign({ members: new Map([['00', member('a')], ['aa', member('b')]]), partitionCounts: new Map([['t', 4]]) });
    expect(before.get('zz')).toEqual(after.get('00'));
  });
});
