// Goal: the client bug the `groups` scenario found (seeds 9 and 19 of its
// first sweep) stays fixed. A member whose newly assigned partitions were
// still being prepared (their committed offsets being fetched) reported in
// its heartbeats only the partitions it had finished taking on. When the
// coordinator meanwhile moved some of those partitions to a new member, it
// read them as already revoked and handed them over at once; the first
// member then started them anyway and, revoking them a moment later,
// committed its start position over the new owner's progress: two owners,
// and a committed offset moving backwards. Fixed in GroupMember: partitions
// being taken on are reported as owned.
// Method: the consumer test world (real GroupCoordinator core on virtual
// time, test/client/consumer-harness.ts); member a's OffsetFetch is refused
// (COORDINATOR_LOAD_IN_PROGRESS, retriable) for 3 s so its assignment hangs
// while member b joins and works; ownership is tracked from the consumers'
// own events, and every accepted commit is kept.

import { describe, expect, it } from 'vitest';
import type { OffsetFetchRequest } from '../../src/broker/group-services.js';
import type { Consumer } from '../../src/client/consumer.js';
import { ConsumerWorld } from '../client/consumer-harness.js';

describe('groups regression: partitions being taken on are reported as owned', () => {
  it('does not let a second member take partitions the first is still preparing, nor move a commit backwards', async () => {
    const world = new ConsumerWorld({ topics: [{ name: 't', partitions: 4 }] });
    for (let p = 0; p < 4; p++) await world.produce('t', p, ['r0', 'r1', 'r2', 'r3', 'r4']);
    const owner = new Map<number, string>();
    const violations: string[] = [];
    const watch = (name: string, consumer: Consumer): void => {
      consumer.on('partitions.assigned', (e) => {
        for (const p of e.payload.partitions.flatMap((t) => t.partitions)) {
          if (owner.has(p)) violations.push(`${name} assigned ${p} while ${owner.get(p)} holds it`);
          owner.set(p, name);
        }
      });
      consumer.on('partitions.revoked', (e) => {
        for (const p of e.payload.partitions.flatMap((t) => t.partitions)) if (owner.get(p) === name) owner.delete(p);
      });
    };
    const a = world.consumer({ groupId: 'g' }, 'a').consumer;
    const b = world.consumer({ groupId: 'g' }, 'b').consumer;
    watch('a', a);
    watch('b', b);
    const stallUntilMs = world.now + 3_000;
    world.coordinator.inject = (method, request) => (method === 'OffsetFetch' && (request as OffsetFetchRequest).memberId === a.memberId && world.now < stallUntilMs ? 'COORDINATOR_LOAD_IN_PROGRESS' : null);
    for (const c of [a, b]) await c.subscribe({ topics: ['t'], fromBeginning: true });
    await world.settle(a.run({ autoCommitInterval: 200, eachMessage: async () => {} }));
    await world.until('a joined (its partitions still being prepared)', () => a.memberEpoch > 0, 5_000);
    await world.settle(b.run({ autoCommitInterval: 200, eachMessage: async () => {} }));
    await world.until('two partitions each', () => a.assignment()[0]?.partitions.length === 2 && b.assignment()[0]?.partitions.length === 2, 20_000);
    await world.advance(2_000);

    expect(violations).toEqual([]);
    for (let p = 0; p < 4; p++) {
      const offsets = world.coordinator.commits.filter((c) => c.partition === p).map((c) => c.offset);
      expect(offsets, `partition ${p}`).toEqual([...offsets].sort((x, y) => x - y));
      expect(world.coordinator.committedOffset('g', 't', p)).toBe(5);
    }
    for (const c of [a, b]) await world.settle(c.disconnect());
  });
});
