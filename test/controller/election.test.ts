// Goal: the partition-change builder picks leaders, ISR and ELR by Kafka's
// rules (KIP-966 included): keep a valid leader, else the first acceptable ISR
// member in replica order, else from the ELR, else unclean only if enabled,
// else offline — and returns null when nothing changes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPartitionChange, type PartitionState } from '../../src/controller/election.js';

const base: PartitionState = { replicas: [1, 2, 3], isr: [1, 2, 3], elr: [], leader: 1, leaderRecovering: false };

function change(current: PartitionState, targetIsr: number[], alive: number[], extra: { minIsr?: number; unclean?: boolean; election?: 'online' | 'preferred'; removeFromElr?: number[] } = {}) {
  return buildPartitionChange({
    topicId: 't',
    partition: 0,
    current,
    targetIsr,
    isAcceptable: (id) => alive.includes(id),
    minIsr: extra.minIsr ?? 2,
    uncleanLeaderElection: extra.unclean ?? false,
    election: extra.election,
    removeFromElr: extra.removeFromElr,
  });
}

describe('partition change builder', () => {
  it('no change, no record', () => {
    expect(change(base, [1, 2, 3], [1, 2, 3])).toBeNull();
  });

  it('the leader leaving the ISR hands leadership to the next replica in order', () => {
    expect(change(base, [2, 3], [2, 3])).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, leader: 2, isr: [2, 3] });
  });

  it('a follower leaving keeps the leader; below min ISR it becomes an eligible leader replica', () => {
    expect(change(base, [1, 2], [1, 2])).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, isr: [1, 2] });
    const shrunk = { ...base, isr: [1, 2] };
    expect(change(shrunk, [1], [1])).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, isr: [1], elr: [2] });
  });

  it('with the ISR empty, the leader comes from the ELR; with nothing acceptable the partition is offline', () => {
    const lastStanding: PartitionState = { replicas: [1, 2, 3], isr: [1], elr: [2], leader: 1, leaderRecovering: false };
    // Broker 1 dies; 2 is alive and eligible.
    expect(change(lastStanding, [], [2, 3])).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, leader: 2, isr: [2], elr: [1] });
    // Nobody eligible is alive: offline, and 1 joins the ELR rather than vanishing.
    expect(change(lastStanding, [], [3])).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, leader: -1, isr: [], elr: [1, 2] });
  });

  it('unclean election only when enabled: any live replica, ISR [leader], recovering', () => {
    const dead: PartitionState = { replicas: [1, 2, 3], isr: [1], elr: [], leader: 1, leaderRecovering: false };
    expect(change(dead, [], [3], { minIsr: 1 })).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, leader: -1, isr: [], elr: [1] });
    expect(change(dead, [], [3], { minIsr: 1, unclean: true, removeFromElr: [1] })).toEqual({
      type: 'PartitionChange', topicId: 't', partition: 0, leader: 3, isr: [3], leaderRecovering: true,
    });
  });

  it('a new incarnation leaves the ELR too', () => {
    const withElr: PartitionState = { replicas: [1, 2, 3], isr: [1], elr: [2], leader: 1, leaderRecovering: false };
    expect(change(withElr, [1], [1, 2, 3], { removeFromElr: [2] })).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, elr: [] });
  });

  it('preferred election moves leadership back to replicas[0] when it is valid', () => {
    const moved = { ...base, leader: 2 };
    expect(change(moved, [1, 2, 3], [1, 2, 3], { election: 'preferred' })).toEqual({ type: 'PartitionChange', topicId: 't', partition: 0, leader: 1 });
    expect(change(moved, [1, 2, 3], [1, 2, 3])).toBeNull();
  });

  it('invariants: a leader is always an acceptable ISR member; ISR and ELR are disjoint replicas', () => {
    const ids = fc.subarray([1, 2, 3, 4, 5]);
    fc.assert(
      fc.property(ids, ids, ids, ids, fc.integer({ min: 1, max: 3 }), fc.boolean(), (isrRaw, elrRaw, targetRaw, alive, minIsr, unclean) => {
        const replicas = [1, 2, 3, 4, 5];
        const isr = isrRaw;
        const elr = elrRaw.filter((id) => !isr.includes(id));
        const current: PartitionState = { replicas, isr, elr, leader: isr[0] ?? -1, leaderRecovering: false };
        const target = targetRaw.filter((id) => isr.includes(id));
        const record = change(current, target, alive, { minIsr, unclean });
        const next = { leader: record?.leader ?? current.leader, isr: record?.isr ?? current.isr, elr: record?.elr ?? current.elr };
        if (next.leader !== -1) {
          expect(alive).toContain(next.leader);
          expect(next.isr).toContain(next.leader);
        }
        expect(next.isr.filter((id) => next.elr.includes(id))).toEqual([]);
        for (const id of [...next.isr, ...next.elr]) expect(replicas).toContain(id);
      }),
    );
  });
});
