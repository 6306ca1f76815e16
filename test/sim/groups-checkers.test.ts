// Goal: every checker of the `groups` scenario can fail — each property has a
// hand-made history that breaks it (and only it), a clean history passes,
// and the excuses (zombies: lost, crashed, closed or disturbed members;
// stale coordinators; overlapping sample windows) are honoured.
// Method: one clean history of a group whose member A hands partition t-0 to
// member B, with authoritative samples; each test edits one part of it and
// runs checkGroupsHistory.

import { describe, expect, it } from 'vitest';
import { checkGroupsHistory, groupsInvariants, isAuthoritative, type GroupsInvariant } from '../../sim/groups/checkers.js';
import type { GroupSample, GroupsHistory, LeaderView, OffsetSample, OwnershipInterval, ProcessedRecord } from '../../sim/groups/history.js';

const leader: LeaderView = { node: 1, leaderEpoch: 4, nodeAgrees: true, incarnation: 1 };
const window = (sendSeq: number, recvSeq: number) => ({ group: 'g', node: 1, sendSeq, recvSeq, sendMs: sendSeq * 10, recvMs: recvSeq * 10, leaderAtSend: leader, leaderAtRecv: leader });

function interval(member: string, memberId: string, startSeq: number, endSeq: number | null, end: OwnershipInterval['end'], partition = 0): OwnershipInterval {
  return { group: 'g', member, memberId, topic: 't', partition, startSeq, startMs: startSeq * 10, endSeq, endMs: endSeq === null ? null : endSeq * 10, end };
}

function processed(member: string, offset: number, seq: number, value = `v${offset}`, partition = 0): ProcessedRecord {
  return { group: 'g', member, topic: 't', partition, offset, value, seq, timeMs: seq * 10 };
}

function describeSample(sendSeq: number, recvSeq: number, members: GroupSample['members']): GroupSample {
  return { ...window(sendSeq, recvSeq), groupEpoch: 3, members };
}

function offsetSample(sendSeq: number, recvSeq: number, offset: number): OffsetSample {
  return { ...window(sendSeq, recvSeq), offsets: [{ topic: 't', partition: 0, offset }] };
}

const tp0 = [{ topic: 't', partition: 0 }];

/** A (member id 'a') holds t-0 over seqs 1..10 and handles offset 0; B ('b') takes it over at 12 and handles offset 1. */
function clean(): GroupsHistory {
  return {
    groups: ['g'],
    acked: [
      { topic: 't', partition: 0, offset: 0, value: 'v0', timeMs: 0 },
      { topic: 't', partition: 0, offset: 1, value: 'v1', timeMs: 0 },
    ],
    intervals: [interval('A', 'a', 1, 10, 'revoked'), interval('B', 'b', 12, null, 'open')],
    processed: [processed('A', 0, 2), processed('B', 1, 13)],
    disturbances: [],
    groupSamples: [describeSample(3, 4, [{ memberId: 'a', memberEpoch: 2, assigned: tp0, pendingRevocation: [] }, { memberId: 'b', memberEpoch: 2, assigned: [], pendingRevocation: [] }])],
    offsetSamples: [offsetSample(5, 6, 1), offsetSample(14, 15, 2)],
    finalStates: [{ group: 'g', partitions: [{ topic: 't', partition: 0, committed: 2, logEnd: 2 }], coordinatorMembers: ['b'], liveMembers: ['b'] }],
    consumerFailures: [],
  };
}

function violated(history: GroupsHistory): GroupsInvariant[] {
  return [...new Set(checkGroupsHistory(history).violations.map((v) => v.invariant))].sort();
}

describe('groups checkers', () => {
  it('pass a clean history', () => {
    const { violations, stats } = checkGroupsHistory(clean());
    expect(violations).toEqual([]);
    expect(stats.groupSamplesAuthoritative).toBe(1);
    expect(stats.offsetSamplesAuthoritative).toBe(2);
  });

  it('one-owner-per-partition: a coordinator answer with two owners of a partition (pending revocation counts)', () => {
    const h = clean();
    const bad = describeSample(7, 8, [{ memberId: 'a', memberEpoch: 2, assigned: [], pendingRevocation: tp0 }, { memberId: 'b', memberEpoch: 3, assigned: tp0, pendingRevocation: [] }]);
    expect(violated({ ...h, groupSamples: [...h.groupSamples, bad] })).toEqual(['one-owner-per-partition']);
  });

  it('member-holds-only-assigned: a consumer holding a partition the authoritative coordinator does not show it owning', () => {
    const h = clean();
    const members = [{ memberId: 'a', memberEpoch: 2, assigned: [{ topic: 't', partition: 1 }], pendingRevocation: [] }];
    expect(violated({ ...h, groupSamples: [describeSample(3, 4, members)] })).toEqual(['member-holds-only-assigned']);
    // Not authoritative (the answering node did not lead the offsets partition throughout): a stale read, not judged.
    const stale: GroupSample = { ...describeSample(3, 4, members), leaderAtRecv: { ...leader, node: 2 } };
    expect(isAuthoritative(stale)).toBe(false);
    expect(violated({ ...h, groupSamples: [stale] })).toEqual([]);
    // A member the answer does not list was fenced: its consumer's belief is a zombie's, not judged either.
    expect(violated({ ...h, groupSamples: [describeSample(3, 4, [])] })).toEqual([]);
  });

  it('exclusive-ownership: a member assigned a partition another member still holds, neither fenced', () => {
    const h = clean();
    const overlapping = [interval('A', 'a', 1, 10, 'revoked'), interval('B', 'b', 8, null, 'open')];
    expect(violated({ ...h, intervals: overlapping })).toEqual(['exclusive-ownership']);
    // Excused when A turned out to be a zombie: its partitions were lost (fenced), or it died, or it was frozen meanwhile.
    for (const end of ['lost', 'crashed', 'closed'] as const) {
      const excused = checkGroupsHistory({ ...h, intervals: [interval('A', 'a', 1, 10, end), interval('B', 'b', 8, null, 'open')] });
      expect(excused.violations).toEqual([]);
      expect(excused.stats.zombieOverlaps).toBe(1);
    }
    expect(violated({ ...h, intervals: overlapping, disturbances: [{ member: 'A', kind: 'pause', startSeq: 5, endSeq: 9 }] })).toEqual([]);
    // A disturbance outside A's interval excuses nothing.
    expect(violated({ ...h, intervals: overlapping, disturbances: [{ member: 'A', kind: 'isolate', startSeq: 20, endSeq: 25 }] })).toEqual(['exclusive-ownership']);
  });

  it('processing-within-ownership: a record handled after the member gave the partition up', () => {
    const h = clean();
    expect(violated({ ...h, processed: [...h.processed, processed('A', 1, 11)] })).toEqual(['processing-within-ownership']);
  });

  it('contiguous-within-ownership: a member skips an offset (or goes back) within one ownership', () => {
    const h = clean();
    const acked = [...h.acked, { topic: 't', partition: 0, offset: 2, value: 'v2', timeMs: 0 }];
    const skip = { ...h, acked, processed: [processed('A', 0, 2), processed('B', 1, 13), processed('B', 3, 16, 'v3')] };
    expect(violated(skip)).toContain('contiguous-within-ownership');
    const back = { ...h, processed: [processed('A', 0, 2), processed('B', 1, 13), processed('B', 1, 16)] };
    expect(violated(back)).toEqual(['contiguous-within-ownership']);
  });

  it('committed-offsets-monotonic: a later answer shows a lower committed offset', () => {
    const h = clean();
    expect(violated({ ...h, offsetSamples: [offsetSample(5, 6, 1), offsetSample(14, 15, 0)] })).toEqual(['committed-offsets-monotonic']);
    // A commit that disappears altogether is a regression too.
    expect(violated({ ...h, offsetSamples: [offsetSample(5, 6, 1), { ...window(14, 15), offsets: [] }] })).toEqual(['committed-offsets-monotonic']);
    // Overlapping windows are concurrent: no order between them.
    expect(violated({ ...h, offsetSamples: [offsetSample(5, 9, 1), offsetSample(7, 8, 0)] })).toEqual([]);
    // A stale coordinator's older answer is not judged.
    const stale: OffsetSample = { ...offsetSample(14, 15, 0), leaderAtSend: { ...leader, leaderEpoch: 3 } };
    expect(violated({ ...h, offsetSamples: [offsetSample(5, 6, 1), stale] })).toEqual([]);
  });

  it('commit-covers-processed: a committed offset past records the group had not handled yet', () => {
    const h = clean();
    expect(violated({ ...h, offsetSamples: [offsetSample(5, 6, 2), offsetSample(14, 15, 2)] })).toEqual(['commit-covers-processed']);
  });

  it('no-divergence: a handled record whose value differs from the acknowledged one at its offset', () => {
    const h = clean();
    expect(violated({ ...h, processed: [processed('A', 0, 2), processed('B', 1, 13, 'other')] })).toEqual(['every-ack-processed', 'no-divergence']);
  });

  it('every-ack-processed: an acknowledged record the group never handled', () => {
    const h = clean();
    const acked = [...h.acked, { topic: 't', partition: 1, offset: 0, value: 'w0', timeMs: 0 }];
    expect(violated({ ...h, acked })).toEqual(['every-ack-processed']);
    // Not judged when the run never got to the drain.
    expect(violated({ ...h, acked, finalStates: [] })).toEqual([]);
  });

  it('group-drains: committed offsets short of the high watermark, or members that are not the running consumers', () => {
    const h = clean();
    const behind = [{ group: 'g', partitions: [{ topic: 't', partition: 0, committed: 1, logEnd: 2 }], coordinatorMembers: ['b'], liveMembers: ['b'] }];
    expect(violated({ ...h, finalStates: behind })).toEqual(['group-drains']);
    const ghost = [{ group: 'g', partitions: [{ topic: 't', partition: 0, committed: 2, logEnd: 2 }], coordinatorMembers: ['a', 'b'], liveMembers: ['b'] }];
    expect(violated({ ...h, finalStates: ghost })).toEqual(['group-drains']);
  });

  it('consumer-keeps-running: a consumer that gave up', () => {
    const h = clean();
    expect(violated({ ...h, consumerFailures: [{ group: 'g', member: 'B', error: 'FENCED_INSTANCE_ID: ...', timeMs: 100 }] })).toEqual(['consumer-keeps-running']);
  });

  it('has a failing history for every invariant it names', () => {
    // The tests above, in one list: a checker added without a failing case shows up here.
    const covered: GroupsInvariant[] = [
      'one-owner-per-partition', 'member-holds-only-assigned', 'exclusive-ownership', 'processing-within-ownership', 'contiguous-within-ownership',
      'committed-offsets-monotonic', 'commit-covers-processed', 'no-divergence', 'every-ack-processed', 'group-drains', 'consumer-keeps-running',
    ];
    expect([...covered].sort()).toEqual([...groupsInvariants].sort());
  });
});
