// Online safety checkers of the raft scenario, evaluated before every
// simulator event (so a violation is caught at the first step where it is
// visible) plus hooks fed by the hosts' transport spies. Each names the
// property and where it comes from. They read node state; they never change it.

import type { NodeId } from '../../src/common/ids.js';
import type { PreVoteGrant, SimHost } from './sim-host.js';

export interface Violation {
  readonly invariant: string;
  readonly detail: string;
  readonly timeMs: number;
}

interface CommittedEntry {
  readonly epoch: number;
  readonly kind: string;
  readonly dataKey: string;
  readonly firstSeenBy: NodeId;
}

const decoder = new TextDecoder();
const maxViolations = 20;

export class RaftInvariants {
  readonly violations: Violation[] = [];
  /** epoch → the only node that may lead it. */
  private readonly leaders = new Map<number, NodeId>();
  /** `${voter}/${epoch}` → the candidate it voted for. */
  private readonly votes = new Map<string, NodeId>();
  /** Highest epoch each node has put on the wire (so it must be durable). */
  private readonly epochSent = new Map<NodeId, number>();
  /** offset → the entry committed there (the first replica to commit it defines it). */
  readonly committed = new Map<number, CommittedEntry>();

  constructor(private readonly now: () => number) {}

  private violate(invariant: string, detail: string): void {
    if (this.violations.length < maxViolations) this.violations.push({ invariant, detail, timeMs: this.now() });
  }

  /** Raft §5.2 "Election Safety", durably: a voter grants at most one candidate per epoch, across restarts. */
  onVoteGranted(voter: NodeId, epoch: number, candidate: NodeId): void {
    const key = `${voter}/${epoch}`;
    const previous = this.votes.get(key);
    if (previous !== undefined && previous !== candidate) {
      this.violate('one-vote-per-epoch', `node ${voter} voted for ${previous} and for ${candidate} in epoch ${epoch}`);
    }
    this.votes.set(key, candidate);
  }

  onEpochSent(node: NodeId, epoch: number): void {
    if (epoch > (this.epochSent.get(node) ?? 0)) this.epochSent.set(node, epoch);
  }

  /**
   * KRS MonotonicEpoch: an epoch a node has used on the wire was durable, so a
   * restart must not forget it. Raft Figure 2: votedFor is on stable storage
   * before the grant is sent, so a node restarting in an epoch in which it
   * granted a vote must recover that vote.
   */
  onStarted(host: SimHost): void {
    const incarnation = host.incarnation;
    if (!incarnation?.started) return;
    const recovered = incarnation.node.raft.quorumState();
    const sent = this.epochSent.get(host.id) ?? 0;
    if (recovered.epoch < sent) this.violate('durable-epoch', `node ${host.id} restarted at epoch ${recovered.epoch} after sending messages in epoch ${sent}`);
    const granted = this.votes.get(`${host.id}/${recovered.epoch}`);
    if (granted !== undefined && recovered.votedId !== granted) {
      this.violate('durable-vote', `node ${host.id} granted its epoch ${recovered.epoch} vote to ${granted} but restarted with votedId ${recovered.votedId}`);
    }
  }

  /** A wiped disk (observers only) legitimately forgets every epoch. */
  onWiped(node: NodeId): void {
    this.epochSent.delete(node);
    for (const key of [...this.votes.keys()]) if (key.startsWith(`${node}/`)) this.votes.delete(key);
  }

  maxEpochSent(node: NodeId): number {
    return this.epochSent.get(node) ?? 0;
  }

  /**
   * KIP-101 / Raft Leader Completeness: truncation removes only entries that
   * diverge from the leader's log, so it never removes the committed entry at
   * an offset (a follower that truncated to its stale high watermark would).
   */
  onLogTruncated(node: NodeId, removed: readonly { offset: number; epoch: number; kind: string; data: Uint8Array }[]): void {
    for (const entry of removed) {
      const known = this.committed.get(entry.offset);
      if (known && known.epoch === entry.epoch && known.kind === entry.kind && known.dataKey === decoder.decode(entry.data)) {
        this.violate('no-committed-entry-truncated', `node ${node} truncated committed offset ${entry.offset} (epoch ${entry.epoch})`);
        return;
      }
    }
  }

  /**
   * KIP-996: a voter that has recently fetched from the leader it follows (in
   * its current epoch, within the fetch timeout, and without an EndQuorumEpoch
   * since) refuses pre-votes, so a rejoining node cannot depose a live leader.
   * Checked from the traffic the node saw, not from its internal state.
   */
  onPreVoteGranted(node: NodeId, grant: PreVoteGrant): void {
    const contact = grant.leaderContact;
    if (contact && contact.epoch === grant.epoch && grant.atMs - contact.atMs < grant.fetchTimeoutMs) {
      this.violate('prevote-refused-while-leader-live', `node ${node} granted a pre-vote in epoch ${grant.epoch} ${grant.atMs - contact.atMs} ms after a successful fetch from its leader`);
    }
  }

  check(hosts: readonly SimHost[]): void {
    for (const host of hosts) {
      const incarnation = host.incarnation;
      if (!incarnation?.started) continue;
      const core = incarnation.node.raft;
      this.checkSingleLeader(host.id, core.currentEpoch, core.currentLeader);
      this.checkHighWatermark(host);
    }
  }

  /** Raft §5.2 / KRS SingleLeader: at most one leader per epoch. */
  private checkSingleLeader(node: NodeId, epoch: number, leaderId: NodeId | null): void {
    if (leaderId === null) return;
    const known = this.leaders.get(epoch);
    if (known === undefined) this.leaders.set(epoch, leaderId);
    else if (known !== leaderId) this.violate('single-leader-per-epoch', `epoch ${epoch}: node ${node} says leader ${leaderId}, another node said ${known}`);
  }

  private checkHighWatermark(host: SimHost): void {
    const incarnation = host.incarnation!;
    const core = incarnation.node.raft;
    const hw = core.committedOffset;
    // KRS MonotonicHighWatermark.
    if (hw < incarnation.lastHighWatermark) {
      this.violate('monotonic-high-watermark', `node ${host.id} HW went from ${incarnation.lastHighWatermark} to ${hw}`);
    }
    if (core.currentRole === 'leader') {
      if (!incarnation.leaderSince || incarnation.leaderSince.epoch !== core.currentEpoch) {
        incarnation.leaderSince = { epoch: core.currentEpoch, highWatermark: hw };
      } else if (hw > incarnation.leaderSince.highWatermark && core.log.epochAt(hw - 1) !== core.currentEpoch) {
        // Raft §5.4.2 / KIP-595 (KAFKA-12619): a leader commits by counting replicas only for its own epoch.
        this.violate('leader-commits-own-epoch-first', `node ${host.id} leader of epoch ${core.currentEpoch} moved HW to ${hw}, entry ${hw - 1} is from epoch ${core.log.epochAt(hw - 1)}`);
      }
    }
    if (hw > incarnation.lastHighWatermark) this.recordCommitted(host, incarnation.lastHighWatermark, hw);
    incarnation.lastHighWatermark = Math.max(hw, incarnation.lastHighWatermark);
  }

  /**
   * KRS ConsistentCommittedData, checked as commits happen: every replica
   * commits the same entry at each offset. Because the first commit defines the
   * entry, this also catches an acknowledged entry lost after a crash (a later
   * commit at that offset would differ).
   */
  private recordCommitted(host: SimHost, fromOffset: number, toOffset: number): void {
    const log = host.incarnation!.node.raft.log;
    for (let offset = Math.max(fromOffset, log.logStartOffset); offset < toOffset; offset++) {
      const entry = log.entryAt(offset);
      if (!entry) {
        this.violate('committed-entry-present', `node ${host.id} committed offset ${offset} that is not in its log [${log.logStartOffset}, ${log.logEndOffset})`);
        return;
      }
      const dataKey = decoder.decode(entry.data);
      const known = this.committed.get(offset);
      if (!known) {
        this.committed.set(offset, { epoch: entry.epoch, kind: entry.kind, dataKey, firstSeenBy: host.id });
      } else if (known.epoch !== entry.epoch || known.dataKey !== dataKey || known.kind !== entry.kind) {
        this.violate('committed-prefix-identical', `offset ${offset}: node ${host.id} committed epoch ${entry.epoch} ${dataKey}, node ${known.firstSeenBy} committed epoch ${known.epoch} ${known.dataKey}`);
      }
    }
  }
}
