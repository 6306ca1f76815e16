// The KRaft-style quorum as a deterministic state machine. No I/O: it is fed
// requests, responses, failures, ticks and proposals together with the current
// time, and it emits Ready batches (durable election state, ordered log
// operations, messages, the high watermark). The driver (raft-node.ts) persists
// a Ready before it sends that Ready's messages, so a vote grant or a Fetch
// that reports an offset is never sent before the state it depends on is
// durable (etcd's persist-then-send contract).
//
// Election is Raft with pre-vote and check-quorum; replication is pull-based:
// followers and observers Fetch(fetchOffset, lastFetchedEpoch) and the leader
// answers with entries, a diverging epoch, or a snapshot id (KIP-595, KIP-996).
//
// Invariants (asserted):
//   epoch never decreases; at most one vote per epoch; a leader never truncates;
//   highWatermark never decreases and never passes an entry not replicated to
//   a majority; the leader's HW only moves past an offset of its own epoch.

import { assert, unreachable } from '../common/assert.js';
import type { ErrorCode } from '../common/errors.js';
import type { NodeId } from '../common/ids.js';
import type { Random } from '../env/random.js';
import type { Logger } from '../env/logger.js';
import { RaftLog } from './raft-log.js';
import type {
  BeginQuorumEpochRequest,
  EndQuorumEpochRequest,
  FetchRequest,
  FetchResponse,
  FetchSnapshotResponse,
  LogEntry,
  QuorumEpochResponse,
  QuorumStateData,
  RaftRequest,
  RaftResponse,
  SnapshotId,
  VoteRequest,
  VoteResponse,
} from './types.js';

export interface RaftConfig {
  readonly nodeId: NodeId;
  readonly voters: readonly NodeId[];
  /** controller.quorum.election.timeout.ms; randomized to [T, 2T). */
  readonly electionTimeoutMs: number;
  /** controller.quorum.election.backoff.max.ms */
  readonly electionBackoffMaxMs: number;
  /** controller.quorum.fetch.timeout.ms; check-quorum resigns after 1.5×. */
  readonly fetchTimeoutMs: number;
  /** Long-poll wait of a Fetch at the leader. */
  readonly fetchMaxWaitMs: number;
  readonly fetchMaxBytes: number;
  readonly snapshotChunkBytes: number;
  /** controller.quorum.retry.backoff.ms */
  readonly retryBackoffMs: number;
}

export const defaultRaftTimeouts = {
  electionTimeoutMs: 1000,
  electionBackoffMaxMs: 1000,
  fetchTimeoutMs: 2000,
  fetchMaxWaitMs: 500,
  fetchMaxBytes: 1 << 20,
  snapshotChunkBytes: 256 << 10,
  retryBackoffMs: 20,
} as const;

export type Role = 'unattached' | 'prospective' | 'candidate' | 'leader' | 'follower' | 'resigned';

export type Outbound =
  | { readonly kind: 'request'; readonly to: NodeId; readonly correlationId: number; readonly request: RaftRequest }
  | { readonly kind: 'response'; readonly token: number; readonly response: RaftResponse };

/** Log and snapshot mutations, to be applied to disk in this order. */
export type LogOp =
  | { readonly type: 'append'; readonly entries: readonly LogEntry[] }
  | { readonly type: 'truncate'; readonly offset: number }
  | { readonly type: 'snapshot-chunk'; readonly snapshotId: SnapshotId; readonly position: number; readonly bytes: Uint8Array }
  /** The downloaded snapshot is complete: make it durable, load it, and restart the log at its end. */
  | { readonly type: 'install-snapshot'; readonly snapshotId: SnapshotId };

export interface Ready {
  /** Persist and sync before anything else in this Ready, when not null. */
  readonly quorumState: QuorumStateData | null;
  readonly logOps: readonly LogOp[];
  /** Log end offset once logOps are applied; report it back through markPersisted. */
  readonly logEndOffset: number;
  readonly logVersion: number;
  /** Send only after everything above is durable. */
  readonly messages: readonly Outbound[];
  /** Entries below this offset are committed and may be applied. */
  readonly highWatermark: number;
}

export type ProposeResult =
  | { readonly ok: true; readonly offset: number; readonly epoch: number }
  | { readonly ok: false; readonly code: ErrorCode; readonly leaderId: NodeId | null; readonly epoch: number };

interface ReplicaProgress {
  /** Offset the replica last fetched from: everything below it is on its (synced) log. */
  endOffset: number | null;
  lastFetchMs: number | null;
  lastCaughtUpMs: number | null;
}

interface ParkedFetch {
  readonly token: number;
  readonly request: FetchRequest;
  readonly deadlineMs: number;
}

interface LeaderState {
  readonly epochStartOffset: number;
  readonly becameLeaderMs: number;
  readonly progress: Map<NodeId, ReplicaProgress>;
  readonly parked: Map<NodeId, ParkedFetch>;
  /** Voters that have neither acknowledged BeginQuorumEpoch nor fetched in this epoch. */
  readonly unannounced: Set<NodeId>;
  nextAnnounceMs: number;
  wakeParked: boolean;
}

interface ElectionState {
  readonly preVote: boolean;
  readonly granted: Set<NodeId>;
  readonly rejected: Set<NodeId>;
}

interface SnapshotFetch {
  readonly snapshotId: SnapshotId;
  position: number;
}

interface Inflight {
  readonly to: NodeId;
  readonly type: RaftRequest['type'];
  readonly epoch: number;
  /** For Vote requests: the election round they belong to. */
  readonly round: ElectionState | null;
}

export interface DescribeQuorumReplica {
  readonly nodeId: NodeId;
  readonly logEndOffset: number | null;
  readonly lastFetchTimestampMs: number | null;
  readonly lastCaughtUpTimestampMs: number | null;
}

export interface QuorumDescription {
  readonly nodeId: NodeId;
  readonly role: Role;
  readonly leaderId: NodeId | null;
  readonly epoch: number;
  readonly highWatermark: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly voters: readonly DescribeQuorumReplica[];
  readonly observers: readonly DescribeQuorumReplica[];
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Field checks for requests from the network: a malformed request gets INVALID_REQUEST, never an assertion. */
function isWellFormed(request: RaftRequest): boolean {
  switch (request.type) {
    case 'Vote':
      return isCount(request.candidateEpoch) && isCount(request.candidateId) && isCount(request.lastOffsetEpoch) && isCount(request.lastOffset) && typeof request.preVote === 'boolean';
    case 'BeginQuorumEpoch':
      return isCount(request.epoch) && isCount(request.leaderId);
    case 'EndQuorumEpoch':
      return isCount(request.epoch) && isCount(request.leaderId) && Array.isArray(request.preferredSuccessors) && request.preferredSuccessors.every(isCount);
    case 'Fetch':
      return isCount(request.epoch) && isCount(request.replicaId) && isCount(request.fetchOffset) && isCount(request.lastFetchedEpoch) && isCount(request.maxWaitMs) && isCount(request.maxBytes);
    case 'FetchSnapshot':
      return isCount(request.epoch) && isCount(request.replicaId) && isCount(request.position) && isCount(request.maxBytes) && isCount(request.snapshotId?.endOffset) && isCount(request.snapshotId?.epoch);
    default:
      return false;
  }
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/** Bounds: every map the core keeps grows only to these sizes. */
const maxObserversTracked = 1024;
const maxInflightRequests = 4096;

export class RaftCore {
  readonly log: RaftLog;
  private readonly voters: ReadonlySet<NodeId>;
  private readonly isVoter: boolean;
  private readonly majority: number;
  private now: number;

  // Election state. Invariant: (epoch, votedId, leaderId) equals what the last
  // emitted Ready told the driver to persist, or is pending in `dirtyState`.
  private epoch: number;
  private votedId: NodeId | null;
  private leaderId: NodeId | null;
  private role: Role = 'unattached';
  private dirtyState = false;

  // Invariant: highWatermark <= log.logEndOffset on every replica that applies entries.
  private highWatermark = 0;
  private durableEndOffset: number;
  private logVersion = 0;

  private ops: LogOp[] = [];
  private messages: Outbound[] = [];
  private nextCorrelationId = 1;
  private readonly inflight = new Map<number, Inflight>();

  private timerDeadlineMs: number | null = null;
  private electionRetries = 0;
  private leader: LeaderState | null = null;
  private election: ElectionState | null = null;
  private lastFetchOkMs: number | null = null;
  private fetchInflight = false;
  private fetchRetryAtMs: number | null = null;
  private snapshotFetch: SnapshotFetch | null = null;
  private discoveryTarget = 0;

  constructor(
    private readonly config: RaftConfig,
    private readonly random: Random,
    private readonly logger: Logger,
    init: { readonly quorumState: QuorumStateData; readonly log: RaftLog; readonly nowMs: number },
  ) {
    assert(config.voters.length > 0, 'at least one voter');
    assert(new Set(config.voters).size === config.voters.length, 'voters are distinct');
    this.voters = new Set(config.voters);
    this.isVoter = this.voters.has(config.nodeId);
    this.majority = Math.floor(config.voters.length / 2) + 1;
    this.log = init.log;
    this.now = init.nowMs;
    this.epoch = init.quorumState.epoch;
    this.votedId = init.quorumState.votedId;
    this.leaderId = init.quorumState.leaderId;
    this.durableEndOffset = init.log.logEndOffset;
    this.highWatermark = init.log.logStartOffset;
    this.restoreRole();
  }

  // ---------------------------------------------------------------- queries

  get nodeId(): NodeId {
    return this.config.nodeId;
  }

  get currentRole(): Role {
    return this.role;
  }

  get currentEpoch(): number {
    return this.epoch;
  }

  get currentLeader(): NodeId | null {
    return this.leaderId;
  }

  get committedOffset(): number {
    return this.highWatermark;
  }

  /** When this follower last got a successful Fetch response from its leader (null: not since it began following). */
  get lastLeaderContactMs(): number | null {
    return this.role === 'follower' ? this.lastFetchOkMs : null;
  }

  /**
   * The leader this node names in responses: none while resigned. The durable
   * state still records us as this epoch's leader, but naming ourselves would
   * pull successors back to a leader that no longer serves them.
   */
  private advertisedLeader(): NodeId | null {
    return this.role === 'resigned' ? null : this.leaderId;
  }

  quorumState(): QuorumStateData {
    return { epoch: this.epoch, votedId: this.votedId, leaderId: this.leaderId };
  }

  hasReady(): boolean {
    return this.dirtyState || this.ops.length > 0 || this.messages.length > 0 || (this.leader?.wakeParked ?? false);
  }

  /** The earliest time tick() has work to do, or null. */
  nextDeadlineMs(): number | null {
    let deadline = earliest(this.timerDeadlineMs, this.fetchRetryAtMs);
    const leader = this.leader;
    if (leader) {
      deadline = earliest(deadline, leader.nextAnnounceMs);
      deadline = earliest(deadline, this.checkQuorumDeadlineMs());
      for (const parked of leader.parked.values()) deadline = earliest(deadline, parked.deadlineMs);
    }
    return deadline;
  }

  describe(): QuorumDescription {
    const describeReplica = (id: NodeId): DescribeQuorumReplica => {
      if (id === this.config.nodeId) {
        return { nodeId: id, logEndOffset: this.log.logEndOffset, lastFetchTimestampMs: this.now, lastCaughtUpTimestampMs: this.now };
      }
      const p = this.leader?.progress.get(id);
      return { nodeId: id, logEndOffset: p?.endOffset ?? null, lastFetchTimestampMs: p?.lastFetchMs ?? null, lastCaughtUpTimestampMs: p?.lastCaughtUpMs ?? null };
    };
    const observerIds = this.leader ? [...this.leader.progress.keys()].filter((id) => !this.voters.has(id)) : [];
    return {
      nodeId: this.config.nodeId,
      role: this.role,
      leaderId: this.advertisedLeader(),
      epoch: this.epoch,
      highWatermark: this.highWatermark,
      logStartOffset: this.log.logStartOffset,
      logEndOffset: this.log.logEndOffset,
      voters: this.config.voters.map(describeReplica),
      observers: observerIds.sort((a, b) => a - b).map(describeReplica),
    };
  }

  // ---------------------------------------------------------------- outputs

  takeReady(): Ready {
    this.maybeCompleteParkedFetches();
    const ready: Ready = {
      quorumState: this.dirtyState ? this.quorumState() : null,
      logOps: this.ops,
      logEndOffset: this.log.logEndOffset,
      logVersion: this.logVersion,
      messages: this.messages,
      highWatermark: this.highWatermark,
    };
    this.dirtyState = false;
    this.ops = [];
    this.messages = [];
    return ready;
  }

  /** The driver made `ready` durable. On the leader this can advance the high watermark. */
  markPersisted(ready: Ready, nowMs: number): void {
    this.now = nowMs;
    if (ready.logVersion !== this.logVersion) return;
    this.durableEndOffset = Math.max(this.durableEndOffset, ready.logEndOffset);
    assert(this.durableEndOffset <= this.log.logEndOffset, 'durable end within the log');
    if (this.leader) this.maybeAdvanceLeaderHighWatermark();
  }

  // ---------------------------------------------------------------- inputs

  tick(nowMs: number): void {
    // Work due now may schedule more work due now (an observer's timeout
    // schedules an immediate retry), so drain it; a deadline that survives
    // every pass would re-arm the driver's timer at this instant forever.
    for (let pass = 0; pass < 8; pass++) {
      this.tickDue(nowMs);
      const next = this.nextDeadlineMs();
      if (next === null || next > nowMs) return;
    }
    assert(false, `tick cannot consume its deadline at ${nowMs} (${this.role}): livelock`);
  }

  private tickDue(nowMs: number): void {
    this.now = nowMs;
    if (this.fetchRetryAtMs !== null && nowMs >= this.fetchRetryAtMs) {
      this.fetchRetryAtMs = null;
      this.maybeSendFetch();
    }
    switch (this.role) {
      case 'leader':
        this.tickLeader();
        return;
      case 'follower':
        if (this.timerDeadlineMs !== null && nowMs >= this.timerDeadlineMs) this.onFetchTimeout();
        return;
      case 'unattached':
      case 'resigned':
      case 'prospective':
      case 'candidate':
        if (this.timerDeadlineMs !== null && nowMs >= this.timerDeadlineMs) this.onElectionTimeout();
        return;
      default:
        unreachable(this.role);
    }
  }

  propose(nowMs: number, data: Uint8Array): ProposeResult {
    this.now = nowMs;
    if (this.role !== 'leader' || !this.leader) {
      return { ok: false, code: 'NOT_LEADER_OR_FOLLOWER', leaderId: this.advertisedLeader(), epoch: this.epoch };
    }
    const entry: LogEntry = { offset: this.log.logEndOffset, epoch: this.epoch, kind: 'data', data };
    this.appendAsLeader(entry);
    return { ok: true, offset: entry.offset, epoch: entry.epoch };
  }

  /** Graceful resignation (controlled shutdown): hand leadership to the most caught-up voter. */
  resign(nowMs: number): void {
    this.now = nowMs;
    if (this.role !== 'leader' || !this.leader) return;
    const leader = this.leader;
    const successors = [...this.voters]
      .filter((id) => id !== this.config.nodeId)
      .sort((a, b) => (leader.progress.get(b)?.endOffset ?? -1) - (leader.progress.get(a)?.endOffset ?? -1) || a - b);
    this.becomeResigned('graceful');
    for (const id of successors) {
      this.sendRequest(id, { type: 'EndQuorumEpoch', epoch: this.epoch, leaderId: this.config.nodeId, preferredSuccessors: successors });
    }
  }

  handleRequest(nowMs: number, from: NodeId, token: number, request: RaftRequest): void {
    this.now = nowMs;
    if (!isWellFormed(request)) return this.respondInvalid(token, request);
    switch (request.type) {
      case 'Vote':
        return this.respond(token, { type: 'Vote', ...this.handleVote(request) });
      case 'BeginQuorumEpoch':
        return this.respond(token, { type: 'BeginQuorumEpoch', ...this.handleBeginQuorumEpoch(request) });
      case 'EndQuorumEpoch':
        return this.respond(token, { type: 'EndQuorumEpoch', ...this.handleEndQuorumEpoch(request) });
      case 'Fetch':
        return this.handleFetch(from, token, request);
      case 'FetchSnapshot':
        // The driver serves snapshot bytes from disk; see validateFetchSnapshot.
        assert(false, 'FetchSnapshot requests are served by the driver');
        return;
      default:
        unreachable(request);
    }
  }

  handleResponse(nowMs: number, correlationId: number, response: RaftResponse): void {
    this.now = nowMs;
    const sent = this.inflight.get(correlationId);
    if (!sent) return;
    this.inflight.delete(correlationId);
    assert(sent.type === response.type, `response type ${response.type} for a ${sent.type} request`);
    if (sent.type === 'Fetch' || sent.type === 'FetchSnapshot') this.fetchInflight = false;
    if (this.observeEpoch(response.epoch, response.leaderId, sent.to)) {
      // A newer epoch (or a newly learned leader) reset our role; the reply's
      // payload belongs to the old role, so only the transition counts.
      return;
    }
    if (sent.epoch !== this.epoch) {
      // A reply from an older epoch: its payload is void, but the fetch slot
      // it held is free again and the new leader must be fetched from.
      if (sent.type === 'Fetch' || sent.type === 'FetchSnapshot') this.maybeSendFetch();
      return;
    }
    switch (response.type) {
      case 'Vote':
        return this.onVoteResponse(sent.to, response);
      case 'BeginQuorumEpoch':
        if (response.error === null) this.leader?.unannounced.delete(sent.to);
        return;
      case 'EndQuorumEpoch':
        return;
      case 'Fetch':
        return this.onFetchResponse(sent.to, response);
      case 'FetchSnapshot':
        return this.onFetchSnapshotResponse(sent.to, response);
      default:
        unreachable(response);
    }
  }

  /** A request we sent failed (timeout, unreachable peer, remote error): its outcome is unknown. */
  handleRequestFailure(nowMs: number, correlationId: number): void {
    this.now = nowMs;
    const sent = this.inflight.get(correlationId);
    if (!sent) return;
    this.inflight.delete(correlationId);
    if (sent.type === 'Fetch' || sent.type === 'FetchSnapshot') {
      this.fetchInflight = false;
      if (this.role === 'follower' || (this.role === 'unattached' && !this.isVoter)) {
        this.fetchRetryAtMs = nowMs + this.config.retryBackoffMs;
      }
    }
    // A voter that cannot be reached will not vote in this round: count it as a
    // rejection, so a split vote with a dead voter ends after the short backoff
    // instead of the full election timeout. Liveness only: a rejection can make
    // a candidate give up, never win.
    if (sent.type === 'Vote' && sent.round !== null && sent.round === this.election) {
      this.onVoteResponse(sent.to, { error: 'NETWORK_EXCEPTION', epoch: this.epoch, leaderId: null, voteGranted: false });
    }
  }

  /**
   * Validates a FetchSnapshot request before the driver serves bytes from the
   * snapshot file; a valid request counts as contact for check-quorum.
   */
  validateFetchSnapshot(nowMs: number, from: NodeId, epoch: number, snapshotId: SnapshotId): ErrorCode | null {
    this.now = nowMs;
    const error = this.validateLeaderRequest(epoch);
    if (error) return error;
    const latest = this.log.latestSnapshot;
    if (!latest || latest.endOffset !== snapshotId.endOffset || latest.epoch !== snapshotId.epoch) return 'SNAPSHOT_NOT_FOUND';
    this.recordContact(from, null);
    return null;
  }

  /** The driver wrote a local snapshot at `snapshotId` (committed, applied entries only). */
  snapshotTaken(snapshotId: SnapshotId): void {
    assert(snapshotId.endOffset <= this.highWatermark, 'snapshots cover committed entries only');
    const current = this.log.latestSnapshot;
    if (current && current.endOffset >= snapshotId.endOffset) return;
    if (snapshotId.endOffset < this.log.logStartOffset) return;
    this.log.compactTo(snapshotId);
  }

  // ------------------------------------------------------------- transitions

  private restoreRole(): void {
    if (this.leaderId === this.config.nodeId) {
      // We led this epoch before a restart; we cannot lead it again (our
      // in-memory progress is gone), so wait for a new election.
      this.role = 'resigned';
      this.resetElectionTimer();
    } else if (this.leaderId !== null) {
      this.becomeFollower(this.epoch, this.leaderId);
    } else {
      this.becomeUnattached(this.epoch, this.votedId);
    }
  }

  private setElectionState(epoch: number, votedId: NodeId | null, leaderId: NodeId | null): void {
    assert(epoch >= this.epoch, `epoch went backwards: ${epoch} < ${this.epoch}`);
    if (epoch === this.epoch) {
      assert(this.votedId === null || votedId === this.votedId, 'at most one vote per epoch');
      assert(this.leaderId === null || leaderId === this.leaderId, 'at most one leader per epoch');
    }
    if (epoch !== this.epoch || votedId !== this.votedId || leaderId !== this.leaderId) this.dirtyState = true;
    this.epoch = epoch;
    this.votedId = votedId;
    this.leaderId = leaderId;
  }

  private leaveRole(): void {
    if (this.leader) {
      for (const [replicaId, parked] of this.leader.parked) {
        this.respondFetchError(parked.token, 'NOT_LEADER_OR_FOLLOWER');
        this.leader.parked.delete(replicaId);
      }
    }
    this.leader = null;
    this.election = null;
    this.snapshotFetch = null;
    this.fetchRetryAtMs = null;
    this.timerDeadlineMs = null;
  }

  private becomeUnattached(epoch: number, votedId: NodeId | null): void {
    this.leaveRole();
    this.setElectionState(epoch, epoch === this.epoch ? votedId ?? this.votedId : votedId, epoch === this.epoch ? this.leaderId : null);
    this.role = 'unattached';
    this.lastFetchOkMs = null;
    if (this.isVoter) this.resetElectionTimer();
    else this.fetchRetryAtMs = this.now;
  }

  private becomeFollower(epoch: number, leaderId: NodeId): void {
    assert(leaderId !== this.config.nodeId, 'cannot follow ourselves');
    this.leaveRole();
    this.setElectionState(epoch, epoch === this.epoch ? this.votedId : null, leaderId);
    this.role = 'follower';
    this.lastFetchOkMs = null;
    this.electionRetries = 0;
    this.timerDeadlineMs = this.now + this.config.fetchTimeoutMs;
    this.logger.info({ epoch, leaderId }, 'following leader');
    this.maybeSendFetch();
  }

  private becomeProspective(): void {
    assert(this.isVoter, 'only voters campaign');
    this.leaveRole();
    this.role = 'prospective';
    this.election = { preVote: true, granted: new Set([this.config.nodeId]), rejected: new Set() };
    this.timerDeadlineMs = this.now + this.randomElectionTimeoutMs();
    if (this.election.granted.size >= this.majority) return this.becomeCandidate();
    this.requestVotes(true);
  }

  private becomeCandidate(): void {
    this.leaveRole();
    this.setElectionState(this.epoch + 1, this.config.nodeId, null);
    this.role = 'candidate';
    this.election = { preVote: false, granted: new Set([this.config.nodeId]), rejected: new Set() };
    this.timerDeadlineMs = this.now + this.randomElectionTimeoutMs();
    this.logger.info({ epoch: this.epoch }, 'campaigning');
    if (this.election.granted.size >= this.majority) return this.becomeLeader();
    this.requestVotes(false);
  }

  private becomeLeader(): void {
    assert(this.role === 'candidate' && this.votedId === this.config.nodeId, 'only a candidate that voted for itself becomes leader');
    this.leaveRole();
    this.setElectionState(this.epoch, this.config.nodeId, this.config.nodeId);
    this.role = 'leader';
    this.electionRetries = 0;
    const others = [...this.voters].filter((id) => id !== this.config.nodeId);
    this.leader = {
      epochStartOffset: this.log.logEndOffset,
      becameLeaderMs: this.now,
      progress: new Map(others.map((id) => [id, { endOffset: null, lastFetchMs: null, lastCaughtUpMs: null }])),
      parked: new Map(),
      unannounced: new Set(others),
      nextAnnounceMs: this.now,
      wakeParked: false,
    };
    this.logger.info({ epoch: this.epoch, epochStartOffset: this.log.logEndOffset }, 'became leader');
    // Raft §5.4.2 / KIP-595: commit an entry of our own epoch before the high
    // watermark may move, so earlier epochs' entries are only committed indirectly.
    this.appendAsLeader({ offset: this.log.logEndOffset, epoch: this.epoch, kind: 'leader-change', data: new Uint8Array(0) });
    this.announceLeadership();
    this.maybeAdvanceLeaderHighWatermark();
  }

  private becomeResigned(reason: string): void {
    assert(this.role === 'leader', 'only a leader resigns');
    // Resigned first, so fetches released by leaveRole name no leader.
    this.role = 'resigned';
    this.leaveRole();
    this.resetElectionTimer();
    this.logger.info({ epoch: this.epoch, reason }, 'resigned leadership');
  }

  /**
   * Reacts to an epoch or leader learned from any message. Returns true when it
   * changed our role, in which case the message's payload must be ignored.
   */
  private observeEpoch(epoch: number, leaderId: NodeId | null, from: NodeId): boolean {
    if (epoch < this.epoch) return false;
    if (epoch > this.epoch) {
      if (leaderId !== null && leaderId !== this.config.nodeId) this.becomeFollower(epoch, leaderId);
      else this.becomeUnattached(epoch, null);
      return true;
    }
    if (leaderId === null || leaderId === this.config.nodeId) return false;
    if (this.role === 'follower' && this.leaderId === leaderId) return false;
    assert(this.role !== 'leader', `node ${from} reports leader ${leaderId} in our own epoch ${epoch}`);
    this.becomeFollower(epoch, leaderId);
    return true;
  }

  // ---------------------------------------------------------------- election

  private randomElectionTimeoutMs(): number {
    return this.config.electionTimeoutMs + this.random.int(this.config.electionTimeoutMs);
  }

  private resetElectionTimer(): void {
    this.timerDeadlineMs = this.isVoter ? this.now + this.randomElectionTimeoutMs() : null;
  }

  private backoffAfterFailedElection(): void {
    this.electionRetries = Math.min(this.electionRetries + 1, 20);
    const cap = Math.min(this.config.electionBackoffMaxMs, 100 * 2 ** this.electionRetries);
    this.timerDeadlineMs = this.now + 1 + this.random.int(Math.max(1, cap));
  }

  private onElectionTimeout(): void {
    if (!this.isVoter) return;
    if (this.role === 'prospective' || this.role === 'candidate') {
      // Lost or split: back off before canvassing again, so rivals desynchronize.
      this.leaveRole();
      this.role = 'unattached';
      this.backoffAfterFailedElection();
      return;
    }
    this.becomeProspective();
  }

  private onFetchTimeout(): void {
    this.logger.info({ epoch: this.epoch, leaderId: this.advertisedLeader() }, 'fetch timeout: leader unreachable');
    if (this.isVoter) this.becomeProspective();
    else this.becomeUnattached(this.epoch, this.votedId);
  }

  private requestVotes(preVote: boolean): void {
    const last = this.log.lastOffsetAndEpoch();
    for (const id of this.voters) {
      if (id === this.config.nodeId) continue;
      this.sendRequest(id, {
        type: 'Vote',
        candidateEpoch: preVote ? this.epoch + 1 : this.epoch,
        candidateId: this.config.nodeId,
        lastOffsetEpoch: last.epoch,
        lastOffset: last.offset,
        preVote,
      });
    }
  }

  private candidateLogIsUpToDate(request: VoteRequest): boolean {
    const mine = this.log.lastOffsetAndEpoch();
    if (request.lastOffsetEpoch !== mine.epoch) return request.lastOffsetEpoch > mine.epoch;
    return request.lastOffset >= mine.offset;
  }

  /** KIP-996: a voter that hears from a live leader refuses to help depose it. */
  private hearsFromLeader(): boolean {
    if (this.role === 'leader') return true;
    return this.role === 'follower' && this.lastFetchOkMs !== null && this.now - this.lastFetchOkMs < this.config.fetchTimeoutMs;
  }

  private handleVote(request: VoteRequest): VoteResponse {
    const reject = (error: ErrorCode | null = null): VoteResponse => ({ error, epoch: this.epoch, leaderId: this.advertisedLeader(), voteGranted: false });
    if (!this.isVoter || !this.voters.has(request.candidateId)) return reject('INCONSISTENT_VOTER_SET');
    if (request.preVote) {
      // A pre-vote changes no state: it asks "would you vote for me at candidateEpoch?".
      if (request.candidateEpoch <= this.epoch) return reject();
      // Name the leader only while it is live, so canvassers rejoin a working
      // leader but do not chase a dead one.
      const live = this.hearsFromLeader();
      const grant = !live && this.candidateLogIsUpToDate(request);
      return { error: null, epoch: this.epoch, leaderId: live ? this.leaderId : null, voteGranted: grant };
    }
    if (request.candidateEpoch < this.epoch) return reject();
    if (request.candidateEpoch > this.epoch) this.becomeUnattached(request.candidateEpoch, null);
    if (this.leaderId !== null) return reject();
    if (this.votedId !== null) return { error: null, epoch: this.epoch, leaderId: null, voteGranted: this.votedId === request.candidateId };
    if (!this.candidateLogIsUpToDate(request)) return reject();
    // The grant is durable before it leaves: the response rides in this Ready.
    this.setElectionState(this.epoch, request.candidateId, null);
    this.leaveRole();
    this.role = 'unattached';
    this.resetElectionTimer();
    return { error: null, epoch: this.epoch, leaderId: null, voteGranted: true };
  }

  private onVoteResponse(from: NodeId, response: VoteResponse): void {
    const election = this.election;
    const expected = this.role === 'prospective' ? true : this.role === 'candidate' ? false : null;
    if (!election || expected === null || election.preVote !== expected) return;
    if (response.voteGranted) election.granted.add(from);
    else election.rejected.add(from);
    if (election.granted.size >= this.majority) {
      if (election.preVote) this.becomeCandidate();
      else this.becomeLeader();
    } else if (election.rejected.size > this.voters.size - this.majority) {
      this.leaveRole();
      this.role = 'unattached';
      this.backoffAfterFailedElection();
    }
  }

  private handleBeginQuorumEpoch(request: BeginQuorumEpochRequest): QuorumEpochResponse {
    if (request.epoch < this.epoch) return { error: 'FENCED_LEADER_EPOCH', epoch: this.epoch, leaderId: this.advertisedLeader() };
    if (!this.voters.has(request.leaderId)) return { error: 'INCONSISTENT_VOTER_SET', epoch: this.epoch, leaderId: this.advertisedLeader() };
    this.observeEpoch(request.epoch, request.leaderId, request.leaderId);
    return { error: null, epoch: this.epoch, leaderId: this.advertisedLeader() };
  }

  private handleEndQuorumEpoch(request: EndQuorumEpochRequest): QuorumEpochResponse {
    if (request.epoch < this.epoch) return { error: 'FENCED_LEADER_EPOCH', epoch: this.epoch, leaderId: this.advertisedLeader() };
    this.observeEpoch(request.epoch, request.leaderId, request.leaderId);
    if (this.role === 'follower' && this.leaderId === request.leaderId && this.isVoter) {
      // The leader is leaving: stop treating it as live (so we grant pre-votes),
      // and let the most caught-up successor campaign first.
      this.lastFetchOkMs = null;
      const rank = request.preferredSuccessors.indexOf(this.config.nodeId);
      const position = rank < 0 ? request.preferredSuccessors.length : rank;
      const delayMs = position === 0 ? 0 : Math.min(this.config.electionBackoffMaxMs, 50 * 2 ** position) + this.random.int(50);
      this.timerDeadlineMs = this.now + delayMs;
    }
    return { error: null, epoch: this.epoch, leaderId: this.advertisedLeader() };
  }

  // ---------------------------------------------------------------- leader

  private appendAsLeader(entry: LogEntry): void {
    assert(this.leader !== null && entry.epoch === this.epoch, 'leader appends in its own epoch');
    this.log.append(entry);
    const last = this.ops[this.ops.length - 1];
    if (last && last.type === 'append') {
      (last.entries as LogEntry[]).push(entry);
    } else {
      this.ops.push({ type: 'append', entries: [entry] });
    }
    this.leader.wakeParked = true;
  }

  private announceLeadership(): void {
    const leader = this.leader;
    assert(leader !== null, 'leader state');
    for (const id of leader.unannounced) {
      if (this.hasInflight(id, 'BeginQuorumEpoch')) continue;
      this.sendRequest(id, { type: 'BeginQuorumEpoch', epoch: this.epoch, leaderId: this.config.nodeId });
    }
    leader.nextAnnounceMs = this.now + Math.floor(this.config.fetchTimeoutMs / 2);
  }

  private tickLeader(): void {
    const leader = this.leader;
    assert(leader !== null, 'leader state');
    for (const [replicaId, parked] of leader.parked) {
      if (this.now >= parked.deadlineMs) {
        leader.parked.delete(replicaId);
        this.respondFetch(parked.token, parked.request);
      }
    }
    const checkDeadline = this.checkQuorumDeadlineMs();
    if (checkDeadline !== null && this.now >= checkDeadline) {
      this.becomeResigned('check-quorum: lost contact with a majority of voters');
      return;
    }
    if (this.now >= leader.nextAnnounceMs) {
      // Re-announce to voters that are not fetching. A voter stuck at a higher
      // epoch (a failed candidacy during a partition) never fetches from us,
      // and its pre-votes are rightly refused while we are healthy; its reply
      // to BeginQuorumEpoch carries that epoch, so we step down and a clean
      // election ends the standoff (found by the simulator, seed 702).
      for (const [id, progress] of leader.progress) {
        const silentMs = this.now - (progress.lastFetchMs ?? leader.becameLeaderMs);
        if (this.voters.has(id) && silentMs >= this.config.fetchTimeoutMs) leader.unannounced.add(id);
      }
      this.announceLeadership();
    }
  }

  /** The leader resigns when a majority of voters (itself included) has not fetched within 1.5 × fetch timeout. */
  private checkQuorumDeadlineMs(): number | null {
    const leader = this.leader;
    if (!leader || this.majority === 1) return null;
    // The (majority-1)-th most recent contact among the other voters.
    const contact: number[] = [];
    for (const [id, progress] of leader.progress) {
      if (this.voters.has(id)) contact.push(progress.lastFetchMs ?? leader.becameLeaderMs);
    }
    contact.sort((a, b) => b - a);
    const needed = contact[this.majority - 2];
    assert(needed !== undefined, 'enough voters for a majority');
    return needed + Math.floor(this.config.fetchTimeoutMs * 1.5);
  }

  private validateLeaderRequest(epoch: number): ErrorCode | null {
    if (epoch < this.epoch) return 'FENCED_LEADER_EPOCH';
    if (epoch > this.epoch) return 'UNKNOWN_LEADER_EPOCH';
    if (this.role !== 'leader') return 'NOT_LEADER_OR_FOLLOWER';
    return null;
  }

  private recordContact(replicaId: NodeId, endOffset: number | null): void {
    const leader = this.leader;
    assert(leader !== null, 'leader state');
    let progress = leader.progress.get(replicaId);
    if (!progress) {
      if (leader.progress.size >= this.voters.size + maxObserversTracked) return;
      progress = { endOffset: null, lastFetchMs: null, lastCaughtUpMs: null };
      leader.progress.set(replicaId, progress);
    }
    progress.lastFetchMs = this.now;
    if (endOffset !== null) {
      progress.endOffset = endOffset;
      if (endOffset >= this.log.logEndOffset) progress.lastCaughtUpMs = this.now;
    }
    leader.unannounced.delete(replicaId);
  }

  private handleFetch(from: NodeId, token: number, request: FetchRequest): void {
    const error = this.validateLeaderRequest(request.epoch);
    if (error) return this.respondFetchError(token, error);
    if (request.replicaId !== from) return this.respondFetchError(token, 'INVALID_REQUEST');
    const leader = this.leader;
    assert(leader !== null, 'leader state');
    const previous = leader.parked.get(from);
    if (previous) {
      // A replica has at most one fetch outstanding; an older one is stale.
      leader.parked.delete(from);
      this.respondFetchError(previous.token, 'REQUEST_TIMED_OUT');
    }
    const divergence = this.checkFetchPosition(request);
    if (divergence) return this.respond(token, { type: 'Fetch', ...this.fetchResponseBase(), entries: [], ...divergence });
    this.recordContact(from, request.fetchOffset);
    const highWatermarkMoved = this.voters.has(from) && this.maybeAdvanceLeaderHighWatermark();
    const hasData = request.fetchOffset < this.log.logEndOffset;
    if (hasData || highWatermarkMoved || request.maxWaitMs <= 0) return this.respondFetch(token, request);
    leader.parked.set(from, { token, request, deadlineMs: this.now + Math.min(request.maxWaitMs, this.config.fetchMaxWaitMs) });
  }

  /** Log reconciliation: is (fetchOffset, lastFetchedEpoch) a prefix of our log? */
  private checkFetchPosition(request: FetchRequest): Pick<FetchResponse, 'divergingEpoch' | 'snapshotId'> | null {
    const snapshot = this.log.latestSnapshot;
    if (request.fetchOffset < this.log.logStartOffset) {
      assert(snapshot !== null, 'a log that starts above 0 has a snapshot');
      return { divergingEpoch: null, snapshotId: snapshot };
    }
    if (request.fetchOffset === 0 && request.lastFetchedEpoch === 0) return null;
    const end = this.log.endOffsetForEpoch(request.lastFetchedEpoch);
    if (!end) {
      assert(snapshot !== null, 'an unknown old epoch implies a snapshot');
      return { divergingEpoch: null, snapshotId: snapshot };
    }
    if (end.epoch !== request.lastFetchedEpoch || end.offset < request.fetchOffset) {
      return { divergingEpoch: { epoch: end.epoch, endOffset: end.offset }, snapshotId: null };
    }
    return null;
  }

  /**
   * HW = the largest offset on a majority of voters (the leader counts its
   * durable end), moved only past the start of the leader's own epoch.
   * Returns true when it moved.
   */
  private maybeAdvanceLeaderHighWatermark(): boolean {
    const leader = this.leader;
    assert(leader !== null, 'leader state');
    const offsets = [this.durableEndOffset];
    for (const [id, progress] of leader.progress) {
      if (this.voters.has(id)) offsets.push(progress.endOffset ?? 0);
    }
    offsets.sort((a, b) => b - a);
    const majorityOffset = offsets[this.majority - 1];
    assert(majorityOffset !== undefined, 'a majority of offsets');
    if (majorityOffset <= leader.epochStartOffset || majorityOffset <= this.highWatermark) return false;
    assert(majorityOffset <= this.log.logEndOffset, 'HW within the log');
    this.highWatermark = majorityOffset;
    leader.wakeParked = true;
    return true;
  }

  private maybeCompleteParkedFetches(): void {
    const leader = this.leader;
    if (!leader || !leader.wakeParked) return;
    leader.wakeParked = false;
    for (const [replicaId, parked] of leader.parked) {
      leader.parked.delete(replicaId);
      this.respondFetch(parked.token, parked.request);
    }
  }

  private fetchResponseBase(): Omit<FetchResponse, 'entries' | 'divergingEpoch' | 'snapshotId'> {
    return { error: null, epoch: this.epoch, leaderId: this.advertisedLeader(), highWatermark: this.highWatermark, logStartOffset: this.log.logStartOffset };
  }

  private respondFetch(token: number, request: FetchRequest): void {
    if (request.fetchOffset < this.log.logStartOffset) {
      // A snapshot compacted the log while this fetch was parked.
      return this.respond(token, { type: 'Fetch', ...this.fetchResponseBase(), entries: [], divergingEpoch: null, snapshotId: this.log.latestSnapshot });
    }
    const maxBytes = Math.min(request.maxBytes, this.config.fetchMaxBytes);
    const entries = this.log.slice(request.fetchOffset, this.log.logEndOffset, maxBytes);
    this.respond(token, { type: 'Fetch', ...this.fetchResponseBase(), entries, divergingEpoch: null, snapshotId: null });
  }

  private respondFetchError(token: number, error: ErrorCode): void {
    this.respond(token, {
      type: 'Fetch',
      error,
      epoch: this.epoch,
      leaderId: this.advertisedLeader(),
      highWatermark: this.highWatermark,
      logStartOffset: this.log.logStartOffset,
      entries: [],
      divergingEpoch: null,
      snapshotId: null,
    });
  }

  // ---------------------------------------------------------------- follower

  private fetchTarget(): NodeId | null {
    if (this.role === 'follower') return this.leaderId;
    if (this.role === 'unattached' && !this.isVoter) {
      // Observers without a known leader ask the voters in turn who leads.
      const voters = this.config.voters;
      this.discoveryTarget = (this.discoveryTarget + 1) % voters.length;
      return voters[this.discoveryTarget] ?? null;
    }
    return null;
  }

  private maybeSendFetch(): void {
    if (this.fetchInflight) return;
    const target = this.fetchTarget();
    if (target === null) return;
    this.fetchInflight = true;
    if (this.snapshotFetch) {
      this.sendRequest(target, {
        type: 'FetchSnapshot',
        epoch: this.epoch,
        replicaId: this.config.nodeId,
        snapshotId: this.snapshotFetch.snapshotId,
        position: this.snapshotFetch.position,
        maxBytes: this.config.snapshotChunkBytes,
      });
      return;
    }
    const last = this.log.lastOffsetAndEpoch();
    this.sendRequest(target, {
      type: 'Fetch',
      epoch: this.epoch,
      replicaId: this.config.nodeId,
      fetchOffset: last.offset,
      lastFetchedEpoch: last.epoch,
      maxWaitMs: this.config.fetchMaxWaitMs,
      maxBytes: this.config.fetchMaxBytes,
    });
  }

  private onFetchResponse(from: NodeId, response: FetchResponse): void {
    if (this.role !== 'follower' || from !== this.leaderId) {
      if (this.role === 'unattached' && !this.isVoter) this.fetchRetryAtMs = this.now + this.config.retryBackoffMs;
      return;
    }
    if (response.error !== null) {
      this.fetchRetryAtMs = this.now + this.config.retryBackoffMs;
      return;
    }
    this.lastFetchOkMs = this.now;
    this.timerDeadlineMs = this.now + this.config.fetchTimeoutMs;
    if (response.snapshotId) {
      this.snapshotFetch = { snapshotId: response.snapshotId, position: 0 };
    } else if (response.divergingEpoch) {
      this.truncateOnDivergence(response.divergingEpoch);
    } else {
      this.appendAsFollower(response.entries);
      this.updateFollowerHighWatermark(response.highWatermark);
    }
    this.maybeSendFetch();
  }

  /**
   * KIP-101/KIP-279: truncate to where our log and the leader's agree, never
   * below the high watermark (committed entries are identical everywhere).
   */
  private truncateOnDivergence(diverging: { epoch: number; endOffset: number }): void {
    const local = this.log.endOffsetForEpoch(diverging.epoch);
    let truncateTo = Math.min(diverging.endOffset, local?.offset ?? this.log.logStartOffset);
    if (local && local.epoch < diverging.epoch) truncateTo = Math.min(truncateTo, local.offset);
    truncateTo = Math.max(truncateTo, this.log.logStartOffset);
    assert(truncateTo >= this.highWatermark, `truncation to ${truncateTo} below high watermark ${this.highWatermark}`);
    if (truncateTo >= this.log.logEndOffset) return;
    this.logger.info({ epoch: this.epoch, from: this.log.logEndOffset, to: truncateTo }, 'truncating diverged log');
    this.log.truncateTo(truncateTo);
    this.logVersion++;
    this.durableEndOffset = Math.min(this.durableEndOffset, truncateTo);
    this.ops.push({ type: 'truncate', offset: truncateTo });
  }

  private appendAsFollower(entries: readonly LogEntry[]): void {
    if (entries.length === 0) return;
    const first = entries[0]!;
    assert(first.offset === this.log.logEndOffset, `fetched entries start at ${first.offset}, log end is ${this.log.logEndOffset}`);
    for (const entry of entries) {
      assert(entry.epoch <= this.epoch, 'a leader never sends entries from a future epoch');
      this.log.append(entry);
    }
    this.ops.push({ type: 'append', entries });
  }

  private updateFollowerHighWatermark(leaderHighWatermark: number): void {
    // A new leader may not yet know the old commit point; never move backwards.
    const next = Math.min(leaderHighWatermark, this.log.logEndOffset);
    if (next > this.highWatermark) this.highWatermark = next;
  }

  private onFetchSnapshotResponse(from: NodeId, response: FetchSnapshotResponse): void {
    const fetch = this.snapshotFetch;
    if (this.role !== 'follower' || from !== this.leaderId || !fetch) return;
    const sameSnapshot = response.snapshotId.endOffset === fetch.snapshotId.endOffset && response.snapshotId.epoch === fetch.snapshotId.epoch;
    if (response.error !== null || !sameSnapshot || response.position !== fetch.position) {
      // The leader moved on (new snapshot) or lost it: restart from a plain Fetch.
      this.snapshotFetch = null;
      this.fetchRetryAtMs = this.now + this.config.retryBackoffMs;
      return;
    }
    this.lastFetchOkMs = this.now;
    this.timerDeadlineMs = this.now + this.config.fetchTimeoutMs;
    this.ops.push({ type: 'snapshot-chunk', snapshotId: fetch.snapshotId, position: fetch.position, bytes: response.bytes });
    fetch.position += response.bytes.byteLength;
    assert(fetch.position <= response.size, 'snapshot chunk within the snapshot');
    if (fetch.position === response.size) this.installSnapshot(fetch.snapshotId);
    this.maybeSendFetch();
  }

  private installSnapshot(snapshotId: SnapshotId): void {
    this.logger.info({ endOffset: snapshotId.endOffset, epoch: snapshotId.epoch }, 'installing snapshot from leader');
    this.snapshotFetch = null;
    this.log.resetTo(snapshotId);
    this.logVersion++;
    this.durableEndOffset = snapshotId.endOffset;
    // A leader only snapshots committed entries.
    if (snapshotId.endOffset > this.highWatermark) this.highWatermark = snapshotId.endOffset;
    this.ops.push({ type: 'install-snapshot', snapshotId });
  }

  // ---------------------------------------------------------------- plumbing

  private hasInflight(to: NodeId, type: RaftRequest['type']): boolean {
    for (const sent of this.inflight.values()) if (sent.to === to && sent.type === type && sent.epoch === this.epoch) return true;
    return false;
  }

  private sendRequest(to: NodeId, request: RaftRequest): void {
    if (this.inflight.size >= maxInflightRequests) {
      this.logger.warn({ to, type: request.type }, 'too many requests in flight; dropping');
      return;
    }
    const correlationId = this.nextCorrelationId++;
    this.inflight.set(correlationId, { to, type: request.type, epoch: this.epoch, round: request.type === 'Vote' ? this.election : null });
    this.messages.push({ kind: 'request', to, correlationId, request });
  }

  private respondInvalid(token: number, request: RaftRequest): void {
    const base = { error: 'INVALID_REQUEST' as const, epoch: this.epoch, leaderId: this.advertisedLeader() };
    switch (request.type) {
      case 'Vote':
        return this.respond(token, { type: 'Vote', ...base, voteGranted: false });
      case 'BeginQuorumEpoch':
      case 'EndQuorumEpoch':
        return this.respond(token, { type: request.type, ...base });
      case 'Fetch':
        return this.respondFetchError(token, 'INVALID_REQUEST');
      case 'FetchSnapshot':
        return this.respond(token, { type: 'FetchSnapshot', ...base, snapshotId: { endOffset: 0, epoch: 0 }, size: 0, position: 0, bytes: new Uint8Array(0) });
    }
  }

  private respond(token: number, response: RaftResponse): void {
    this.messages.push({ kind: 'response', token, response });
  }
}
