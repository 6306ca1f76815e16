// Wire-level and persistent types of the KRaft-style metadata quorum: log
// entries, durable election state, snapshot ids and the RPC messages (Vote with
// a preVote flag, BeginQuorumEpoch, EndQuorumEpoch, Fetch, FetchSnapshot).
// Offsets and epochs are plain numbers, asserted safe integers at decode time.
// Inside src/raft, `epoch` is Raft's term, as in KRaft.

import type { ErrorCode } from '../common/errors.js';
import type { NodeId } from '../common/ids.js';

export type EntryKind = 'data' | 'leader-change';

export interface LogEntry {
  readonly offset: number;
  readonly epoch: number;
  readonly kind: EntryKind;
  readonly data: Uint8Array;
}

/** Durable election state (the `quorum-state` file). Synced before any vote or leadership message leaves the node. */
export interface QuorumStateData {
  readonly epoch: number;
  readonly votedId: NodeId | null;
  readonly leaderId: NodeId | null;
}

/** A snapshot covers every offset below `endOffset`; `epoch` is the epoch of the entry at `endOffset - 1`. */
export interface SnapshotId {
  readonly endOffset: number;
  readonly epoch: number;
}

export interface OffsetAndEpoch {
  readonly offset: number;
  readonly epoch: number;
}

export interface VoteRequest {
  /** The epoch the candidate campaigns in (for a pre-vote: the epoch it would campaign in). */
  readonly candidateEpoch: number;
  readonly candidateId: NodeId;
  readonly lastOffsetEpoch: number;
  /** The candidate's log end offset. */
  readonly lastOffset: number;
  readonly preVote: boolean;
}

export interface VoteResponse {
  readonly error: ErrorCode | null;
  readonly epoch: number;
  readonly leaderId: NodeId | null;
  readonly voteGranted: boolean;
}

export interface BeginQuorumEpochRequest {
  readonly epoch: number;
  readonly leaderId: NodeId;
}

export interface EndQuorumEpochRequest {
  readonly epoch: number;
  readonly leaderId: NodeId;
  /** Voters ordered from most to least caught up; the first should campaign first. */
  readonly preferredSuccessors: readonly NodeId[];
}

/** Response shared by BeginQuorumEpoch and EndQuorumEpoch. */
export interface QuorumEpochResponse {
  readonly error: ErrorCode | null;
  readonly epoch: number;
  readonly leaderId: NodeId | null;
}

export interface FetchRequest {
  /** The epoch the replica believes current. */
  readonly epoch: number;
  readonly replicaId: NodeId;
  readonly fetchOffset: number;
  readonly lastFetchedEpoch: number;
  readonly maxWaitMs: number;
  readonly maxBytes: number;
}

export interface FetchResponse {
  readonly error: ErrorCode | null;
  readonly epoch: number;
  readonly leaderId: NodeId | null;
  readonly highWatermark: number;
  readonly logStartOffset: number;
  readonly entries: readonly LogEntry[];
  /** Set when the replica's log diverges: truncate to at most `endOffset` for `epoch`, then fetch again. */
  readonly divergingEpoch: { readonly epoch: number; readonly endOffset: number } | null;
  /** Set when the fetch offset is below the leader's log start: download this snapshot. */
  readonly snapshotId: SnapshotId | null;
}

export interface FetchSnapshotRequest {
  readonly epoch: number;
  readonly replicaId: NodeId;
  readonly snapshotId: SnapshotId;
  readonly position: number;
  readonly maxBytes: number;
}

export interface FetchSnapshotResponse {
  readonly error: ErrorCode | null;
  readonly epoch: number;
  readonly leaderId: NodeId | null;
  readonly snapshotId: SnapshotId;
  readonly size: number;
  readonly position: number;
  readonly bytes: Uint8Array;
}

export type RaftRequest =
  | ({ readonly type: 'Vote' } & VoteRequest)
  | ({ readonly type: 'BeginQuorumEpoch' } & BeginQuorumEpochRequest)
  | ({ readonly type: 'EndQuorumEpoch' } & EndQuorumEpochRequest)
  | ({ readonly type: 'Fetch' } & FetchRequest)
  | ({ readonly type: 'FetchSnapshot' } & FetchSnapshotRequest);

export type RaftRequestType = RaftRequest['type'];

export interface RaftResponseByType {
  Vote: VoteResponse;
  BeginQuorumEpoch: QuorumEpochResponse;
  EndQuorumEpoch: QuorumEpochResponse;
  Fetch: FetchResponse;
  FetchSnapshot: FetchSnapshotResponse;
}

export type RaftResponse = { [T in RaftRequestType]: { readonly type: T } & RaftResponseByType[T] }[RaftRequestType];

/** The transport service map of the quorum's RPCs. */
export type RaftServices = {
  [T in RaftRequestType]: { request: Extract<RaftRequest, { type: T }>; response: Extract<RaftResponse, { type: T }> };
};
