// Goal: pin RaftCore's election, replication, commit and recovery behaviour
// (KIP-595 Raft-with-pull, KIP-996 pre-vote, check-quorum, KIP-101 divergence,
// KIP-630 snapshots) with deterministic multi-node transcripts.
// Method: RaftCoreCluster (raft-core-harness.ts) holds N cores and a network of
// envelopes; each test scripts exactly which Readies are persisted, which
// messages are delivered or dropped, when time moves, and which node crashes,
// then asserts on Readies, roles, high watermarks and transcript lines.

import { describe, expect, it } from 'vitest';
import { RaftLog } from '../../src/raft/raft-log.js';
import { RaftCore, defaultRaftTimeouts, type RaftConfig, type Ready } from '../../src/raft/raft-core.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { silentLogger } from '../../src/env/logger.js';
import type { RaftRequest, RaftResponse, VoteRequest } from '../../src/raft/types.js';
import {
  RaftCoreCluster,
  all,
  entriesWithEpochs,
  from,
  n,
  ofType,
  renderEntries,
  renderEnvelope,
  requestsOf,
  responsesOf,
  to,
} from './raft-core-harness.js';

const three = (extra: Partial<ConstructorParameters<typeof RaftCoreCluster>[0]> = {}): RaftCoreCluster => new RaftCoreCluster({ voters: [1, 2, 3], ...extra });

/** A 3-voter cluster where node 1 leads epoch 1 and both followers are caught up (HW 1). */
function withLeader(extra: Partial<ConstructorParameters<typeof RaftCoreCluster>[0]> = {}): RaftCoreCluster {
  const c = three(extra);
  c.campaign(1);
  expect(c.core(1).currentRole).toBe('leader');
  expect(c.core(1).committedOffset).toBe(1);
  return c;
}

const voteRequest = (v: Partial<VoteRequest> & Pick<VoteRequest, 'candidateEpoch' | 'candidateId'>): RaftRequest => ({
  type: 'Vote',
  lastOffsetEpoch: 0,
  lastOffset: 0,
  preVote: false,
  ...v,
});

const fetchRequest = (v: { epoch: number; replicaId: number; fetchOffset: number; lastFetchedEpoch: number }): RaftRequest => ({
  type: 'Fetch',
  epoch: v.epoch,
  replicaId: n(v.replicaId),
  fetchOffset: v.fetchOffset,
  lastFetchedEpoch: v.lastFetchedEpoch,
  maxWaitMs: 0,
  maxBytes: 1 << 20,
});

/** A single core, driven directly (no router), for request/response unit checks. */
function soloCore(id: number, opts: { log?: RaftLog; epoch?: number; votedId?: number | null; leaderId?: number | null } = {}): RaftCore {
  const config: RaftConfig = { ...defaultRaftTimeouts, nodeId: n(id), voters: [1, 2, 3].map(n) };
  const q = { epoch: opts.epoch ?? 0, votedId: opts.votedId == null ? null : n(opts.votedId), leaderId: opts.leaderId == null ? null : n(opts.leaderId) };
  return new RaftCore(config, new SeededRandom(`solo/${id}`), silentLogger, { quorumState: q, log: opts.log ?? new RaftLog(), nowMs: 0 });
}

/** Feeds one Vote request to a core and returns the response in its next Ready (and that Ready). */
function ask(core: RaftCore, fromId: number, request: RaftRequest, nowMs = 0): { response: Extract<RaftResponse, { type: 'Vote' }>; ready: Ready } {
  core.handleRequest(nowMs, n(fromId), 777, request);
  const ready = core.takeReady();
  core.markPersisted(ready, nowMs);
  const [response] = responsesOf(ready);
  if (response?.type !== 'Vote') throw new Error('expected one Vote response');
  return { response, ready };
}

describe('election and first commit (KIP-595, KIP-996)', () => {
  it('pre-votes, campaigns, leads, appends a leader-change entry and commits it only when durable on a majority', () => {
    // Why: the order of durable state and messages is the safety contract
    // (persist-then-send). A pre-vote must not touch durable state; the
    // candidate's epoch bump and self-vote must ride in the same Ready as its
    // Vote requests; the HW (Raft §5.4.2) counts the leader's own offset only
    // once it is durable and moves only past the new epoch's first entry.
    const c = three();
    c.advance(2000, [1]);
    expect(c.core(1).currentRole).toBe('prospective');
    const canvass = c.persist(1);
    expect(canvass.quorumState).toBeNull();
    expect(requestsOf(canvass)).toEqual([2, 3].map((id) => ({
      to: n(id),
      request: { type: 'Vote', candidateEpoch: 1, candidateId: n(1), lastOffsetEpoch: 0, lastOffset: 0, preVote: true },
    })));
    expect(c.core(1).currentEpoch).toBe(0);

    // Node 2 grants the pre-vote without persisting anything.
    c.deliver(to(2));
    const preVoteGrant = c.persist(2);
    expect(preVoteGrant.quorumState).toBeNull();
    expect(responsesOf(preVoteGrant)).toEqual([{ type: 'Vote', error: null, epoch: 0, leaderId: null, voteGranted: true }]);
    expect(c.core(2).quorumState()).toEqual({ epoch: 0, votedId: null, leaderId: null });

    // Two of three (itself and node 2): campaign for real in epoch 1.
    c.deliver(to(1));
    expect(c.core(1).currentRole).toBe('candidate');
    const campaign = c.persist(1);
    expect(campaign.quorumState).toEqual({ epoch: 1, votedId: 1, leaderId: null });
    expect(requestsOf(campaign).map((r) => r.request)).toEqual([2, 3].map(() => (
      { type: 'Vote', candidateEpoch: 1, candidateId: n(1), lastOffsetEpoch: 0, lastOffset: 0, preVote: false })));

    // The stale pre-vote to node 3 is answered but changes nothing at node 1.
    c.deliver(all(to(3), (e) => e.kind === 'request' && e.request.type === 'Vote' && e.request.preVote));
    c.persist(3);
    c.deliver(all(to(1), from(3)));
    expect(c.core(1).currentRole).toBe('candidate');
    expect(c.core(1).hasReady()).toBe(false);

    // Node 2's grant is durable in the same Ready as the response.
    c.deliver(all(to(2), ofType('Vote')));
    const grant = c.persist(2);
    expect(grant.quorumState).toEqual({ epoch: 1, votedId: 1, leaderId: null });
    expect(responsesOf(grant)).toEqual([{ type: 'Vote', error: null, epoch: 1, leaderId: null, voteGranted: true }]);

    c.deliver(all(to(1), from(2)));
    expect(c.core(1).currentRole).toBe('leader');
    // Leader's first Ready: state, the leader-change entry at epochStartOffset 0,
    // and BeginQuorumEpoch to both voters. Not yet marked persisted.
    const lead = c.persist(1, { markPersisted: false });
    expect(lead.quorumState).toEqual({ epoch: 1, votedId: 1, leaderId: 1 });
    expect(lead.logOps).toEqual([{ type: 'append', entries: [{ offset: 0, epoch: 1, kind: 'leader-change', data: new Uint8Array(0) }] }]);
    expect(requestsOf(lead).map((r) => [r.to, r.request.type])).toEqual([[2, 'BeginQuorumEpoch'], [3, 'BeginQuorumEpoch']]);
    expect(c.core(1).committedOffset).toBe(0);

    // Node 2 follows and fetches the leader-change entry, then fetches past it.
    c.deliver(all(to(2), ofType('BeginQuorumEpoch')));
    const follow = c.persist(2);
    expect(follow.quorumState).toEqual({ epoch: 1, votedId: 1, leaderId: 1 });
    const mark = c.mark();
    c.deliver(all(to(1), from(2), ofType('Fetch')));
    c.persist(1, { markPersisted: false });
    c.deliver(all(to(2), ofType('Fetch')));
    c.persist(2);
    c.deliver(all(to(1), from(2), ofType('Fetch')));
    expect(c.since(mark)).toEqual([
      '2->1 Fetch epoch=1 replica=2 offset=0 lastEpoch=0',
      '1->2 FetchResp epoch=1 leader=1 hw=0 entries=[0@1lc]',
      '2 append [0@1lc]',
      '2->1 Fetch epoch=1 replica=2 offset=1 lastEpoch=1',
    ]);
    // A majority (2 and 1) would hold offset 0, but the leader's copy is not
    // durable yet: the HW must not move (the fetch is parked instead).
    expect(c.core(1).committedOffset).toBe(0);
    expect(c.persist(1, { markPersisted: false }).messages).toEqual([]);

    // Now the leader's append is durable: HW = 1 and the parked fetch wakes with it.
    c.core(1).markPersisted(lead, c.now);
    expect(c.core(1).committedOffset).toBe(1);
    const woken = c.persist(1);
    expect(responsesOf(woken)).toMatchObject([{ type: 'Fetch', highWatermark: 1, entries: [] }]);
    c.deliver(to(2));
    expect(c.core(2).committedOffset).toBe(1);

    // Node 3 catches up the same way.
    c.stabilize();
    expect(c.core(3).currentRole).toBe('follower');
    expect(c.core(3).currentLeader).toBe(1);
    expect(c.core(3).committedOffset).toBe(1);
    expect(c.disk(3).entries.map((e) => e.kind)).toEqual(['leader-change']);
  });

  it('needs a fetch past the leader-change entry from a majority, not just a durable leader', () => {
    // Why: HW = the offset held by a majority of voters (leader included);
    // one durable leader of three is not a majority.
    const c = three();
    c.advance(2000, [1]);
    c.persistAll();
    c.deliver(ofType('Vote'));
    c.persistAll();
    c.deliver(ofType('Vote'));
    c.persistAll();
    c.deliver(ofType('Vote'));
    c.persistAll();
    c.deliver(ofType('Vote'));
    expect(c.core(1).currentRole).toBe('leader');
    c.persist(1);
    // The leader's entry is durable, but nobody fetched yet.
    expect(c.core(1).committedOffset).toBe(0);
    // Followers fetch at offset 0 (they do not have the entry yet): still 0.
    c.deliver(ofType('BeginQuorumEpoch'));
    c.persistAll();
    c.deliver(all(to(1), ofType('Fetch')));
    expect(c.core(1).committedOffset).toBe(0);
    c.stabilize();
    expect(c.core(1).committedOffset).toBe(1);
  });
});

describe('commit rule: only entries of the leader\'s own epoch are committed directly (Raft §5.4.2, KIP-595)', () => {
  /**
   * Leader 1 (epoch 1) appends offsets 1 and 2; node 2 fetches both, but its
   * next Fetch (which would acknowledge them) is lost and node 1 crashes.
   * Offsets 1 and 2 are then on a majority (1, 2) yet uncommitted (HW 1).
   * Node 3 fetches one entry per response (maxBytes 1).
   */
  function oldEpochEntriesOnAMajority(): RaftCoreCluster {
    const c = withLeader({ nodeConfig: { 3: { fetchMaxBytes: 1 } } });
    c.isolate(3);
    c.propose(1, 'a');
    c.propose(1, 'b');
    c.persist(1); // wakes the parked fetches
    c.deliver(all(to(2), ofType('Fetch')));
    c.persist(2);
    expect(c.drop(all(to(1), from(2))).length).toBe(1);
    expect(c.disk(2).entries.map((e) => e.offset)).toEqual([0, 1, 2]);
    expect(c.core(2).committedOffset).toBe(1);
    c.crash(1);
    c.heal();
    return c;
  }

  it('commits old-epoch entries only together with the new leader-change entry', () => {
    const c = oldEpochEntriesOnAMajority();
    // Node 2 wins epoch 2 with node 3's vote (node 2's log is longer in epoch 1).
    c.campaign(2);
    expect(c.core(2).currentRole).toBe('leader');
    expect(c.core(2).currentEpoch).toBe(2);
    expect(renderEntries(c.core(2).log.slice(0, 10))).toBe('[0@1lc 1@1 2@1 3@2lc]');
    expect(c.core(3).log.logEndOffset).toBe(4);
    expect(c.core(2).committedOffset).toBe(4);
    expect(c.core(3).committedOffset).toBe(4);
  });

  it('keeps the HW at the old commit point while a majority holds only old-epoch entries', () => {
    const c = oldEpochEntriesOnAMajority();
    // Elect node 2 by hand so each of node 3's fetches can be checked.
    c.advance(2000, [2]);
    c.persist(2);
    c.drop(to(1));
    c.deliver(all(to(3), ofType('Vote')));
    c.persist(3);
    c.deliver(to(2));
    c.persist(2);
    c.drop(to(1));
    c.deliver(all(to(3), ofType('Vote')));
    c.persist(3);
    c.deliver(to(2));
    expect(c.core(2).currentRole).toBe('leader');
    c.persist(2);
    c.drop(to(1));
    c.deliver(all(to(3), ofType('BeginQuorumEpoch')));
    const reported: number[] = [];
    const hw: number[] = [];
    for (let i = 0; i < 4; i++) {
      c.persist(3);
      const [fetch] = c.deliver(all(to(2), from(3), ofType('Fetch')));
      if (fetch?.kind === 'request' && fetch.request.type === 'Fetch') reported.push(fetch.request.fetchOffset);
      hw.push(c.core(2).committedOffset);
      c.persist(2);
      c.deliver(all(to(3), ofType('Fetch')));
    }
    // Offsets 1..3 on node 3 (with node 2: a majority) are all from epoch 1;
    // only the fetch at 4, past the leader-change entry at 3, commits.
    expect(reported).toEqual([1, 2, 3, 4]);
    expect(hw).toEqual([1, 1, 1, 4]);
    expect(c.core(3).committedOffset).toBe(4);
  });
});

describe('pre-vote (KIP-996)', () => {
  const preVoteFrom3: RaftRequest = voteRequest({ candidateEpoch: 2, candidateId: n(3), lastOffsetEpoch: 1, lastOffset: 1, preVote: true });

  it('is rejected by a follower that fetched successfully within fetchTimeoutMs, and granted after it', () => {
    // Why: a voter that hears from a live leader must not help depose it; once
    // the leader has been silent for the fetch timeout it must help elect a new one.
    const c = withLeader();
    const lastOk = c.core(2).lastLeaderContactMs;
    expect(lastOk).toBe(c.now);
    c.crash(1); // the leader goes silent from now on

    c.now = lastOk! + defaultRaftTimeouts.fetchTimeoutMs - 1;
    const early = c.inject(2, 3, preVoteFrom3);
    const r1 = c.persist(2);
    expect(early()).toEqual({ type: 'Vote', error: null, epoch: 1, leaderId: 1, voteGranted: false });
    expect(r1.quorumState).toBeNull();

    c.now = lastOk! + defaultRaftTimeouts.fetchTimeoutMs;
    const late = c.inject(2, 3, preVoteFrom3);
    const r2 = c.persist(2);
    // Granted, and it no longer names the dead leader (so the canvasser does not chase it).
    expect(late()).toEqual({ type: 'Vote', error: null, epoch: 1, leaderId: null, voteGranted: true });
    // A pre-vote, granted or not, changes no durable state and no role.
    expect(r2.quorumState).toBeNull();
    expect(c.core(2).quorumState()).toEqual({ epoch: 1, votedId: 1, leaderId: 1 });
    expect(c.core(2).currentRole).toBe('follower');
  });

  it('the leader itself rejects pre-votes and names itself', () => {
    const c = withLeader();
    const answer = c.inject(1, 3, preVoteFrom3);
    const ready = c.persist(1);
    expect(answer()).toEqual({ type: 'Vote', error: null, epoch: 1, leaderId: 1, voteGranted: false });
    expect(ready.quorumState).toBeNull();
  });

  it('a node cut off from the leader only is turned back by a voter that still hears the leader, with no durable change', () => {
    const c = withLeader();
    c.cutLink(1, 3);
    c.cutLink(3, 1);
    const mark = c.mark();
    c.runFor(12_000);
    const lines = c.since(mark);
    // Node 3 canvassed (for epoch 2) several times, node 2 always refused and
    // named leader 1, and node 3 went back to following leader 1.
    const canvasses = lines.filter((l) => l.startsWith('3->2 Vote(pre) cand=3 epoch=2'));
    expect(canvasses.length).toBeGreaterThanOrEqual(3);
    expect(lines).toContain('2->3 VoteResp rejected epoch=1 leader=1');
    expect(lines.some((l) => l.includes('granted'))).toBe(false);
    expect(lines.some((l) => /^\d persist state/.test(l))).toBe(false);
    expect(lines.some((l) => /Vote cand=/.test(l))).toBe(false); // never a real Vote
    expect(c.core(1).currentRole).toBe('leader');
    expect([1, 2, 3].map((id) => c.core(id).currentEpoch)).toEqual([1, 1, 1]);
    expect(c.core(3).currentLeader).toBe(1);
  });

  it('a fully partitioned node keeps canvassing but never raises its epoch, and rejoins without disturbing the leader', () => {
    const c = withLeader();
    c.isolate(3);
    const mark = c.mark();
    c.runFor(30_000);
    const lines = c.since(mark);
    expect(lines.filter((l) => l.startsWith('3->') && l.includes('Vote(pre) cand=3 epoch=2')).length).toBeGreaterThanOrEqual(10);
    expect(lines.filter((l) => l.startsWith('3 persist state'))).toEqual([]);
    expect(c.core(3).currentEpoch).toBe(1);
    expect(c.disk(3).quorumState.epoch).toBe(1);

    c.heal();
    c.runFor(5_000);
    expect(c.core(1).currentRole).toBe('leader');
    expect(c.core(1).currentEpoch).toBe(1);
    expect(c.core(3).currentRole).toBe('follower');
    expect(c.core(3).currentLeader).toBe(1);
    c.propose(1, 'after-heal');
    c.runFor(600);
    expect(c.core(3).committedOffset).toBe(2);
  });
});

describe('real Vote (Raft §5.2, §5.4.1)', () => {
  it('grants at most one vote per epoch, idempotently for the same candidate, and durably', () => {
    const core = soloCore(3);
    const first = ask(core, 1, voteRequest({ candidateEpoch: 1, candidateId: n(1) }));
    expect(first.response).toMatchObject({ voteGranted: true, epoch: 1 });
    // The grant is persisted in the same Ready as the response.
    expect(first.ready.quorumState).toEqual({ epoch: 1, votedId: 1, leaderId: null });

    const rival = ask(core, 2, voteRequest({ candidateEpoch: 1, candidateId: n(2) }));
    expect(rival.response).toMatchObject({ voteGranted: false, epoch: 1 });
    expect(rival.ready.quorumState).toBeNull();

    const again = ask(core, 1, voteRequest({ candidateEpoch: 1, candidateId: n(1) }));
    expect(again.response).toMatchObject({ voteGranted: true, epoch: 1 });
    expect(again.ready.quorumState).toBeNull();

    // After a restart from the persisted state, the vote still binds.
    const restarted = soloCore(3, { epoch: 1, votedId: 1 });
    expect(ask(restarted, 2, voteRequest({ candidateEpoch: 1, candidateId: n(2) })).response.voteGranted).toBe(false);
    expect(ask(restarted, 1, voteRequest({ candidateEpoch: 1, candidateId: n(1) })).response.voteGranted).toBe(true);
    // A stale epoch is rejected outright.
    expect(ask(restarted, 2, voteRequest({ candidateEpoch: 0, candidateId: n(2) })).response).toMatchObject({ voteGranted: false, epoch: 1 });
  });

  it('a candidate that voted for itself rejects a rival in the same epoch', () => {
    const c = three();
    c.advance(2000, [1]);
    c.stabilize();
    // Node 1 is leader of epoch 1; forge a rival candidacy for epoch 1.
    expect(c.core(1).currentEpoch).toBe(1);
    const answer = c.inject(1, 2, voteRequest({ candidateEpoch: 1, candidateId: n(2), lastOffsetEpoch: 1, lastOffset: 5 }));
    c.persist(1);
    expect(answer()).toMatchObject({ voteGranted: false, epoch: 1, leaderId: 1 });
  });

  it('grants only to a candidate whose log is at least as up to date: lastOffsetEpoch first, then lastOffset', () => {
    const log = new RaftLog();
    for (const e of entriesWithEpochs([1, 1, 2])) log.append(e); // last entry: offset 2 in epoch 2, log end 3
    const core = soloCore(3, { log, epoch: 2 });
    const vote = (candidateEpoch: number, lastOffsetEpoch: number, lastOffset: number) =>
      ask(core, 1, voteRequest({ candidateEpoch, candidateId: n(1), lastOffsetEpoch, lastOffset }));

    const olderButLonger = vote(5, 1, 10);
    expect(olderButLonger.response.voteGranted).toBe(false);
    // A rejection at a higher epoch adopts the epoch but records no vote.
    expect(olderButLonger.ready.quorumState).toEqual({ epoch: 5, votedId: null, leaderId: null });
    expect(vote(6, 2, 2).response.voteGranted).toBe(false); // same epoch, shorter
    expect(vote(7, 2, 3).response.voteGranted).toBe(true); // identical
    expect(vote(8, 3, 1).response.voteGranted).toBe(true); // newer epoch, shorter
    // Pre-votes use the same check.
    expect(ask(core, 2, voteRequest({ candidateEpoch: 9, candidateId: n(2), lastOffsetEpoch: 1, lastOffset: 10, preVote: true })).response.voteGranted).toBe(false);
    expect(ask(core, 2, voteRequest({ candidateEpoch: 9, candidateId: n(2), lastOffsetEpoch: 2, lastOffset: 3, preVote: true })).response.voteGranted).toBe(true);
  });
});

describe('check-quorum (KAFKA-15489)', () => {
  it('a leader with no fetches from a majority for 1.5 × fetchTimeoutMs resigns, and proposals are refused', () => {
    const c = withLeader();
    c.runFor(5_000); // a healthy leader stays
    expect(c.core(1).currentRole).toBe('leader');

    c.isolate(1);
    const lastContact = Math.max(...c.core(1).describe().voters.filter((v) => v.nodeId !== 1).map((v) => v.lastFetchTimestampMs ?? 0));
    const deadline = lastContact + 1.5 * defaultRaftTimeouts.fetchTimeoutMs;
    expect(c.core(1).nextDeadlineMs()).toBeLessThanOrEqual(deadline);

    c.now = deadline - 1;
    c.tick([1]);
    c.stabilize();
    expect(c.core(1).currentRole).toBe('leader');

    c.now = deadline;
    c.tick([1]);
    expect(c.core(1).currentRole).toBe('resigned');
    expect(c.core(1).currentEpoch).toBe(1);
    const refused = c.core(1).propose(c.now, new Uint8Array([1]));
    expect(refused).toMatchObject({ ok: false, code: 'NOT_LEADER_OR_FOLLOWER', epoch: 1 });
    // Resigning is not a durable change: epoch 1's state stays as it was.
    expect(c.persist(1).quorumState).toBeNull();
  });
});

describe('log reconciliation (KIP-101, KIP-595 DivergingEpoch)', () => {
  it('a deposed leader truncates its uncommitted old-epoch suffix to the diverging offset, then fetches the new leader\'s entries', () => {
    const c = withLeader();
    c.isolate(1);
    c.propose(1, 'lost-1');
    c.propose(1, 'lost-2');
    c.persist(1);
    expect(renderEntries(c.disk(1).entries)).toBe('[0@1lc 1@1 2@1]');

    c.campaign(2);
    expect(c.core(2).currentEpoch).toBe(2);
    c.propose(2, 'kept');
    c.stabilize();
    expect(c.core(2).committedOffset).toBe(3);
    expect(c.core(1).committedOffset).toBe(1);

    // Heal; node 2's BeginQuorumEpoch retry reaches node 1.
    c.heal();
    c.advance(defaultRaftTimeouts.fetchTimeoutMs / 2, [2]);
    const mark = c.mark();
    c.stabilize();
    const node1 = c.since(mark).filter((l) => /^(1->2 Fetch|2->1 FetchResp|1 (truncate|append))/.test(l));
    expect(node1).toEqual([
      '1->2 Fetch epoch=2 replica=1 offset=3 lastEpoch=1',
      '2->1 FetchResp epoch=2 leader=2 hw=3 entries=[] diverging=1@1',
      '1 truncate 1',
      '1->2 Fetch epoch=2 replica=1 offset=1 lastEpoch=1',
      '2->1 FetchResp epoch=2 leader=2 hw=3 entries=[1@2lc 2@2]',
      '1 append [1@2lc 2@2]',
      '1->2 Fetch epoch=2 replica=1 offset=3 lastEpoch=2',
    ]);
    expect(c.core(1).currentRole).toBe('follower');
    expect(renderEntries(c.disk(1).entries)).toBe('[0@1lc 1@2lc 2@2]');
    expect(c.core(1).committedOffset).toBe(3);
  });

  it('walks back through an epoch the follower never had (truncates to its own end of the older epoch), never below its HW', () => {
    // Node 2 holds epochs 1,1,3,3,3; the new leader (node 1, epoch 4) holds
    // 1,1,1,2 + its leader-change entry. The leader answers Fetch(5, epoch 3)
    // with "epoch 2 ends at 4"; node 2 has no epoch 2, its largest epoch ≤ 2
    // is 1, which ends at 2 locally, so it truncates to 2 (not 4).
    const c = three({
      disks: {
        1: { quorumState: { epoch: 3, votedId: null, leaderId: null }, entries: entriesWithEpochs([1, 1, 1, 2]) },
        2: { quorumState: { epoch: 3, votedId: n(2), leaderId: n(2) }, entries: entriesWithEpochs([1, 1, 3, 3, 3]) },
        3: { quorumState: { epoch: 3, votedId: null, leaderId: null }, entries: entriesWithEpochs([1, 1]) },
      },
    });
    expect(c.core(2).currentRole).toBe('resigned');
    c.campaign(1);
    expect(c.core(1).currentRole).toBe('leader');
    expect(c.core(1).currentEpoch).toBe(4);
    const lines = c.transcript.filter((l) => /^(2->1 Fetch|1->2 FetchResp|2 (truncate|append))/.test(l));
    expect(lines).toEqual([
      '2->1 Fetch epoch=4 replica=2 offset=5 lastEpoch=3',
      '1->2 FetchResp epoch=4 leader=1 hw=0 entries=[] diverging=4@2',
      '2 truncate 2',
      '2->1 Fetch epoch=4 replica=2 offset=2 lastEpoch=1',
      expect.stringMatching(/^1->2 FetchResp epoch=4 leader=1 hw=\d entries=\[2@1 3@2 4@4lc\]$/),
      '2 append [2@1 3@2 4@4lc]',
      '2->1 Fetch epoch=4 replica=2 offset=5 lastEpoch=4',
    ]);
    expect(renderEntries(c.disk(2).entries)).toBe(renderEntries(c.disk(1).entries));
    expect(c.core(1).committedOffset).toBe(5);
  });
});

describe('snapshots (KIP-630)', () => {
  it('a far-behind follower gets a snapshotId, downloads it in chunks, installs it and resumes fetching at its end', () => {
    const c = withLeader({ config: { snapshotChunkBytes: 4 } });
    c.isolate(3);
    for (let i = 0; i < 5; i++) c.propose(1, `v${i}`);
    c.stabilize();
    expect(c.core(1).committedOffset).toBe(6);
    const payload = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const snap = c.takeSnapshot(1, 6, payload);
    expect(snap).toEqual({ endOffset: 6, epoch: 1 });
    expect(c.core(1).log.logStartOffset).toBe(6);
    expect(c.core(3).committedOffset).toBe(1);

    c.heal();
    c.advance(defaultRaftTimeouts.retryBackoffMs, [3]); // node 3 retries its failed fetch
    const mark = c.mark();
    c.stabilize();
    const node3 = c.since(mark).filter((l) => l.startsWith('3') || l.includes('->3 Fetch'));
    expect(node3).toEqual([
      '3->1 Fetch epoch=1 replica=3 offset=1 lastEpoch=1',
      '1->3 FetchResp epoch=1 leader=1 hw=6 entries=[] snapshot=6@1',
      '3->1 FetchSnapshot epoch=1 snapshot=6@1 pos=0',
      '1->3 FetchSnapshotResp pos=0 size=10 bytes=4',
      '3 snapshot-chunk 6@1 pos=0 bytes=4',
      '3->1 FetchSnapshot epoch=1 snapshot=6@1 pos=4',
      '1->3 FetchSnapshotResp pos=4 size=10 bytes=4',
      '3 snapshot-chunk 6@1 pos=4 bytes=4',
      '3->1 FetchSnapshot epoch=1 snapshot=6@1 pos=8',
      '1->3 FetchSnapshotResp pos=8 size=10 bytes=2',
      // The last chunk and the install are one Ready, in this order.
      '3 snapshot-chunk 6@1 pos=8 bytes=2',
      '3 install-snapshot 6@1',
      '3->1 Fetch epoch=1 replica=3 offset=6 lastEpoch=1',
    ]);
    const f = c.core(3);
    expect([f.log.logStartOffset, f.log.logEndOffset, f.committedOffset]).toEqual([6, 6, 6]);
    expect(c.disk(3).snapshotPayload).toEqual(payload);
    expect(c.disk(3).entries).toEqual([]);

    // Replication continues after the snapshot, and node 3 counts again.
    c.isolate(2);
    c.propose(1, 'after');
    c.stabilize();
    expect(c.core(1).committedOffset).toBe(7);
    expect(renderEntries(c.disk(3).entries)).toBe('[6@1]');
  });
});

describe('graceful resignation (EndQuorumEpoch)', () => {
  /** Leader 1 with node 3 more caught up than node 2 (so the order is not just by id); node 3's fetch is parked at node 1. */
  function leaderWithNode3Ahead(): RaftCoreCluster {
    const c = withLeader();
    c.cutLink(1, 2);
    c.cutLink(2, 1);
    c.propose(1, 'x');
    c.stabilize();
    c.heal();
    expect(c.core(1).describe().voters.map((v) => v.logEndOffset)).toEqual([2, 1, 2]);
    return c;
  }

  it('names successors by fetch progress; the first campaigns at once and wins', () => {
    const c = leaderWithNode3Ahead();
    c.core(1).resign(c.now);
    expect(c.core(1).currentRole).toBe('resigned');
    const ready = c.persist(1);
    expect(ready.quorumState).toBeNull();
    // Node 3's parked fetch is released with NOT_LEADER_OR_FOLLOWER in the same Ready.
    expect(responsesOf(ready).map((r) => [r.type, r.error])).toEqual([['Fetch', 'NOT_LEADER_OR_FOLLOWER']]);
    expect(requestsOf(ready)).toEqual([3, 2].map((id) => ({
      to: n(id),
      request: { type: 'EndQuorumEpoch', epoch: 1, leaderId: n(1), preferredSuccessors: [n(3), n(2)] },
    })));
    c.deliver(from(1)); // in send order: fetch errors first, then EndQuorumEpoch
    c.persistAll();
    // Node 3 (rank 0) campaigns at once; node 2 (rank 1) waits ≥ 100 ms.
    expect(c.core(3).nextDeadlineMs()).toBe(c.now);
    c.tick([3]);
    expect(c.core(3).currentRole).toBe('prospective');
    c.persist(3);
    c.now += 99;
    c.tick([2]);
    expect(c.core(2).currentRole).toBe('follower');
    c.stabilize();
    expect(c.core(3).currentRole).toBe('leader');
    expect(c.core(3).currentEpoch).toBe(2);
    expect(c.core(1).currentLeader).toBe(3);
    expect(c.core(2).currentLeader).toBe(3);
    expect(c.transcript.some((l) => /^2->\d Vote(\(pre\))? cand/.test(l))).toBe(false); // node 2 never canvassed
  });

  // Regression (fixed; found by this test): (src/raft/raft-core.ts observeEpoch ~l.584-586, with respondFetchError
  // ~l.890 and leaveRole ~l.484): a resigned leader keeps
  // leaderId = itself and names itself in every Fetch error it sends
  // (NOT_LEADER_OR_FOLLOWER, epoch e, leaderId = self), including the replies
  // to the fetches it releases when it resigns. observeEpoch turns any
  // same-epoch response naming a leader into becomeFollower unless we already
  // follow that leader, so a successor that went prospective on
  // EndQuorumEpoch and then receives such a Fetch reply (reordered behind
  // EndQuorumEpoch, or a Fetch that was in flight) drops its campaign and
  // follows the resigned node again, which never serves it. The hand-off then
  // waits a full fetch timeout, and the race repeats whenever a Fetch is in
  // flight; in practice the old leader's own election timer often wins a new
  // epoch instead. Fix direction: a resigned node should not advertise itself
  // as leader (leaderId null in its responses), or a prospective/candidate
  // should only rejoin a leader named by a Vote response (which already
  // reports the leader only while it is live).
  it('the successor keeps campaigning when the resigned leader\'s Fetch error arrives after EndQuorumEpoch', () => {
    const c = leaderWithNode3Ahead();
    c.core(1).resign(c.now);
    c.persist(1);
    c.deliver(ofType('EndQuorumEpoch')); // the fetch errors are still in flight
    c.persistAll();
    c.tick([3]);
    expect(c.core(3).currentRole).toBe('prospective');
    c.deliver(all(from(1), to(3), ofType('Fetch'))); // "NOT_LEADER_OR_FOLLOWER, leader=1, epoch=1"
    expect(c.core(3).currentRole).toBe('prospective');
    c.stabilize();
    expect(c.core(3).currentRole).toBe('leader');
  });

  // Same bug, with no reordering at all: the successor's Fetch retry (after the
  // released fetch's error) falls due at or before its election tick, so the
  // tick first sends a Fetch to the resigned node and then goes prospective;
  // that Fetch's NOT_LEADER_OR_FOLLOWER reply (leader=1) cancels the campaign.
  it('the successor keeps campaigning when its election tick comes after its fetch retry is due', () => {
    const c = leaderWithNode3Ahead();
    c.core(1).resign(c.now);
    c.persist(1);
    c.deliver(from(1)); // send order: fetch error, then EndQuorumEpoch
    c.persistAll();
    c.advance(defaultRaftTimeouts.retryBackoffMs, [3]);
    expect(c.core(3).currentRole).toBe('prospective');
    c.stabilize();
    expect(c.core(3).currentRole).toBe('leader');
  });
});

describe('observers', () => {
  it('discover the leader through a voter, never vote, and never count toward the HW', () => {
    const c = new RaftCoreCluster({ voters: [1, 2, 3], observers: [4] });
    c.campaign(1);
    c.tick([4]);
    c.stabilize();
    expect(c.transcript).toContain('4->2 Fetch epoch=0 replica=4 offset=0 lastEpoch=0');
    expect(c.transcript.some((l) => l.startsWith('2->4 FetchResp epoch=1 leader=1') && l.endsWith('FENCED_LEADER_EPOCH'))).toBe(true);
    expect(c.core(4).currentRole).toBe('follower');
    expect(c.core(4).currentLeader).toBe(1);
    expect(c.core(4).committedOffset).toBe(1);
    expect(c.core(1).describe().observers.map((o) => o.nodeId)).toEqual([4]);

    // The observer fetches past a new entry, the voters do not: no commit.
    c.isolate(2);
    c.isolate(3);
    c.cutLink(2, 4);
    c.propose(1, 'x');
    c.stabilize();
    expect(c.core(4).log.logEndOffset).toBe(2);
    expect(c.core(1).describe().observers[0]?.logEndOffset).toBe(2);
    expect(c.core(1).committedOffset).toBe(1);
    c.heal();
    c.runFor(1_000);
    expect(c.core(1).committedOffset).toBe(2);

    // A Vote addressed to an observer is refused, even a pre-vote.
    const answer = c.inject(4, 2, voteRequest({ candidateEpoch: 2, candidateId: n(2), lastOffsetEpoch: 1, lastOffset: 2 }));
    const pre = c.inject(4, 2, voteRequest({ candidateEpoch: 2, candidateId: n(2), lastOffsetEpoch: 1, lastOffset: 2, preVote: true }));
    expect(c.persist(4).quorumState).toBeNull();
    expect(answer()).toMatchObject({ voteGranted: false, error: 'INCONSISTENT_VOTER_SET' });
    expect(pre()).toMatchObject({ voteGranted: false, error: 'INCONSISTENT_VOTER_SET' });

    // The leader dies: the voters elect a new one, the observer never campaigns
    // and finds the new leader by asking voters again.
    c.crash(1);
    c.runFor(15_000);
    expect(c.transcript.some((l) => /^4->\d Vote(\(pre\))? cand/.test(l))).toBe(false);
    const leader = [2, 3].find((id) => c.core(id).currentRole === 'leader');
    expect(leader).toBeDefined();
    expect(c.core(4).currentRole).toBe('follower');
    expect(c.core(4).currentLeader).toBe(leader);
    expect(c.core(4).currentEpoch).toBe(c.core(leader!).currentEpoch);
  });
});

describe('restart', () => {
  it('a node that led epoch e comes back resigned and campaigns for e+1, never e', () => {
    const c = withLeader();
    c.propose(1, 'x');
    c.stabilize();
    c.crash(1);
    const core = c.restart(1);
    expect(c.disk(1).quorumState).toEqual({ epoch: 1, votedId: 1, leaderId: 1 });
    expect(core.currentRole).toBe('resigned');
    expect(core.currentEpoch).toBe(1);
    expect(core.propose(c.now, new Uint8Array([1]))).toMatchObject({ ok: false, code: 'NOT_LEADER_OR_FOLLOWER' });
    // A follower's Fetch for epoch 1 is not served as leader.
    const fetch = c.inject(1, 2, fetchRequest({ epoch: 1, replicaId: 2, fetchOffset: 2, lastFetchedEpoch: 1 }));
    c.persist(1);
    expect(fetch()).toMatchObject({ error: 'NOT_LEADER_OR_FOLLOWER', entries: [] });

    const mark = c.mark();
    c.campaign(1);
    const votes = c.since(mark).filter((l) => l.startsWith('1->') && l.includes(' Vote'));
    expect(votes.length).toBeGreaterThan(0);
    expect(votes.every((l) => l.includes('epoch=2'))).toBe(true);
    expect(c.core(1).currentRole).toBe('leader');
    expect(c.core(1).currentEpoch).toBe(2);
    expect(c.disk(1).quorumState).toEqual({ epoch: 2, votedId: 1, leaderId: 1 });
    expect(renderEntries(c.disk(1).entries)).toBe('[0@1lc 1@1 2@2lc]');
    expect(c.core(1).committedOffset).toBe(3);
  });
});

describe('Fetch input validation at the leader', () => {
  it('answers a mismatched replicaId, a stale epoch and a future epoch with errors and keeps leading', () => {
    const c = withLeader();
    const before = c.core(1).describe().voters.find((v) => v.nodeId === 3)?.logEndOffset;
    const spoofed = c.inject(1, 2, fetchRequest({ epoch: 1, replicaId: 3, fetchOffset: 1, lastFetchedEpoch: 1 }));
    const stale = c.inject(1, 2, fetchRequest({ epoch: 0, replicaId: 2, fetchOffset: 1, lastFetchedEpoch: 1 }));
    const future = c.inject(1, 2, fetchRequest({ epoch: 2, replicaId: 2, fetchOffset: 1, lastFetchedEpoch: 1 }));
    const ready = c.persist(1);
    expect(ready.quorumState).toBeNull();
    expect(spoofed()).toMatchObject({ error: 'INVALID_REQUEST', entries: [] });
    expect(stale()).toMatchObject({ error: 'FENCED_LEADER_EPOCH', epoch: 1, leaderId: 1, entries: [] });
    expect(future()).toMatchObject({ error: 'UNKNOWN_LEADER_EPOCH', epoch: 1, leaderId: 1, entries: [] });
    // The spoofed fetch did not count as progress for node 3.
    expect(c.core(1).describe().voters.find((v) => v.nodeId === 3)?.logEndOffset).toBe(before);

    expect(c.core(1).currentRole).toBe('leader');
    c.propose(1, 'still-leading');
    c.runFor(600);
    expect(c.core(1).committedOffset).toBe(2);
  });

  // Regression (fixed; found by this test): (src/raft/raft-core.ts checkFetchPosition, the asserts at ~l.828 and
  // ~l.834): a Fetch with a negative fetchOffset, or with a
  // lastFetchedEpoch below every epoch the leader knows (e.g. -1), reaches
  // assert(snapshot !== null, ...) on a leader without a snapshot, and the
  // AssertionError escapes handleRequest: one malformed message from any peer
  // (even a non-voter) crashes the leader, and assertions stay on in
  // production. Nothing else validates these fields (there is no decoder in
  // src/ yet; types.ts only promises safe integers). Expected: an error
  // response (INVALID_REQUEST) and a leader that keeps leading.
  it('answers a Fetch with a negative fetchOffset with an error instead of throwing', () => {
    const c = withLeader();
    const answer = c.inject(1, 2, fetchRequest({ epoch: 1, replicaId: 2, fetchOffset: -1, lastFetchedEpoch: 0 }));
    c.persist(1);
    expect(answer()?.error).toBe('INVALID_REQUEST');
    expect(c.core(1).currentRole).toBe('leader');
  });

  it('answers a Fetch with a negative lastFetchedEpoch with an error instead of throwing', () => {
    const c = withLeader();
    const answer = c.inject(1, 4, fetchRequest({ epoch: 1, replicaId: 4, fetchOffset: 0, lastFetchedEpoch: -1 }));
    c.persist(1);
    expect(answer()?.error).toBe('INVALID_REQUEST');
    expect(c.core(1).currentRole).toBe('leader');
  });
});

describe('fetch liveness across a leader change', () => {
  // Regression (fixed; found by this test): (src/raft/raft-core.ts handleResponse ~l.390-402 with maybeSendFetch
  // ~l.917-918): a follower keeps at most
  // one Fetch in flight (fetchInflight), and leaveRole/becomeFollower do not
  // reset it. When a follower moves to a new epoch while its Fetch to the old
  // leader is still parked there, becomeFollower's maybeSendFetch is a no-op;
  // when the stale response then arrives, handleResponse clears fetchInflight
  // and returns at `sent.epoch !== this.epoch` without sending a new Fetch or
  // scheduling a retry (handleRequestFailure does schedule one). The follower
  // sits idle until its fetch timeout (fetchTimeoutMs = 2 s), then goes
  // prospective; the new leader meanwhile may lack a majority for its HW.
  it('a follower that learns a new leader while its Fetch is parked at the old one fetches from the new leader once the stale reply arrives', () => {
    const c = withLeader();
    // Nodes 1 and 2 cannot talk; node 3's Fetch (offset 1) stays parked at node 1.
    c.cutLink(1, 2);
    c.cutLink(2, 1);
    c.campaign(2);
    expect(c.core(2).currentRole).toBe('leader');
    expect(c.core(3).currentLeader).toBe(2);
    expect(c.core(3).currentEpoch).toBe(2);
    // Node 3 could not fetch from node 2 yet: its old Fetch is outstanding.
    expect(c.network.filter((e) => e.from === 3 && e.kind === 'request' && e.request.type === 'Fetch')).toEqual([]);

    // Node 1 (still leader of epoch 1 in its own view) answers the parked fetch.
    c.tick([1]);
    c.persist(1);
    const stale = c.deliver(all(from(1), to(3), ofType('Fetch')));
    expect(stale.map(renderEnvelope)).toEqual(['1->3 FetchResp epoch=1 leader=1 hw=1 entries=[]']);
    expect(c.core(3).currentRole).toBe('follower');
    c.advance(defaultRaftTimeouts.retryBackoffMs, [3]);
    c.persist(3);
    const fetches = c.network.filter((e) => e.from === 3 && e.to === 2 && e.kind === 'request' && e.request.type === 'Fetch');
    expect(fetches.length).toBe(1);
  });
});
