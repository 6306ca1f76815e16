// The wire codec of the metadata quorum's RPCs (proto/raft.proto ↔ the types
// in src/raft/types.ts). Core code: no I/O.
//
// Fetch responses carry their entries as Kafka v2 record batches, exactly as
// the quorum log stores them (one batch per entry, src/raft/log-store.ts),
// concatenated in the `records` bytes. Decoding checks every batch (CRC,
// lengths, the epoch header) and that the entries form one contiguous run of
// offsets with non-decreasing epochs, as any slice of a Raft log does: a
// response that is not such a slice is CORRUPT_MESSAGE here, before it can
// reach the follower's assertions.

import type { NodeId } from '../common/ids.js';
import { skiff } from '../gen/index.js';
import { decodeEntry, encodeEntry } from '../raft/log-store.js';
import type { LogEntry, RaftServices, SnapshotId } from '../raft/types.js';
import { splitBatches } from '../storage/batch/header.js';
import {
  protoMethod,
  readBool,
  readBytes,
  readCount,
  readErrorCode,
  readNodeId,
  readOptionalNodeId,
  requireField,
  writeErrorCode,
  writeInt32,
  writeInt64,
  writeNodeId,
  type ServiceCodec,
  type WireService,
} from './codec.js';

const pb = skiff.raft;

/** The service name in proto/raft.proto: methods are served at `/skiff.raft.Raft/<Method>`. */
export const raftServiceName = 'skiff.raft.Raft';

/** The largest Fetch response `records` section decoded (a leader bounds it by the fetch's maxBytes). */
const maxRecordsBytes = 256 << 20;

function writeSnapshotId(id: SnapshotId): skiff.raft.SnapshotId.$Properties {
  return { endOffset: writeInt64(id.endOffset, 'snapshotId.endOffset'), epoch: writeInt32(id.epoch, 'snapshotId.epoch') };
}

function readSnapshotId(message: skiff.raft.SnapshotId.$Properties | null | undefined, field: string): SnapshotId {
  const id = requireField(message, field);
  return { endOffset: readCount(id.endOffset, `${field}.endOffset`), epoch: readCount(id.epoch, `${field}.epoch`) };
}

function writeNodeIds(ids: readonly NodeId[], field: string): number[] {
  return ids.map((id) => writeInt32(id, field));
}

/** One v2 batch per entry, concatenated. */
export function encodeEntries(entries: readonly LogEntry[]): Uint8Array {
  if (entries.length === 0) return new Uint8Array(0);
  const batches = entries.map(encodeEntry);
  let total = 0;
  for (const batch of batches) total += batch.byteLength;
  const out = new Uint8Array(total);
  let position = 0;
  for (const batch of batches) {
    out.set(batch, position);
    position += batch.byteLength;
  }
  return out;
}

/** The inverse of encodeEntries; throws CORRUPT_MESSAGE on damaged batches or a non-contiguous run. */
export function decodeEntries(records: Uint8Array): LogEntry[] {
  if (records.byteLength > maxRecordsBytes) throw new Error(`records section of ${records.byteLength} bytes exceeds ${maxRecordsBytes}`);
  const entries: LogEntry[] = [];
  for (const { position, size } of splitBatches(records)) {
    const entry = decodeEntry(records.subarray(position, position + size));
    const previous = entries[entries.length - 1];
    if (previous !== undefined && entry.offset !== previous.offset + 1) {
      throw new Error(`entry at offset ${entry.offset} follows offset ${previous.offset}: entries must be contiguous`);
    }
    if (previous !== undefined && entry.epoch < previous.epoch) {
      throw new Error(`entry at offset ${entry.offset} has epoch ${entry.epoch} below the previous entry's ${previous.epoch}`);
    }
    if (entry.epoch < 0) throw new Error(`entry at offset ${entry.offset} has negative epoch ${entry.epoch}`);
    entries.push(entry);
  }
  return entries;
}

const Vote = protoMethod('Vote', {
  request: pb.VoteRequest,
  response: pb.VoteResponse,
  toRequestMessage: (r: RaftServices['Vote']['request']) => ({
    candidateEpoch: writeInt32(r.candidateEpoch, 'candidateEpoch'),
    candidateId: writeNodeId(r.candidateId),
    lastOffsetEpoch: writeInt32(r.lastOffsetEpoch, 'lastOffsetEpoch'),
    lastOffset: writeInt64(r.lastOffset, 'lastOffset'),
    preVote: r.preVote,
  }),
  fromRequestMessage: (m): RaftServices['Vote']['request'] => ({
    type: 'Vote',
    candidateEpoch: readCount(m.candidateEpoch, 'candidateEpoch'),
    candidateId: readNodeId(m.candidateId, 'candidateId'),
    lastOffsetEpoch: readCount(m.lastOffsetEpoch, 'lastOffsetEpoch'),
    lastOffset: readCount(m.lastOffset, 'lastOffset'),
    preVote: readBool(m.preVote, 'preVote'),
  }),
  toResponseMessage: (r: RaftServices['Vote']['response']) => ({
    errorCode: writeErrorCode(r.error),
    epoch: writeInt32(r.epoch, 'epoch'),
    leaderId: writeNodeId(r.leaderId),
    voteGranted: r.voteGranted,
  }),
  fromResponseMessage: (m): RaftServices['Vote']['response'] => ({
    type: 'Vote',
    error: readErrorCode(m.errorCode),
    epoch: readCount(m.epoch, 'epoch'),
    leaderId: readOptionalNodeId(m.leaderId, 'leaderId'),
    voteGranted: readBool(m.voteGranted, 'voteGranted'),
  }),
});

/** BeginQuorumEpoch and EndQuorumEpoch share their response message. */
function quorumEpochResponse<T extends 'BeginQuorumEpoch' | 'EndQuorumEpoch'>(type: T) {
  return {
    response: pb.QuorumEpochResponse,
    toResponseMessage: (r: RaftServices[T]['response']) => ({
      errorCode: writeErrorCode(r.error),
      epoch: writeInt32(r.epoch, 'epoch'),
      leaderId: writeNodeId(r.leaderId),
    }),
    fromResponseMessage: (m: skiff.raft.QuorumEpochResponse): RaftServices[T]['response'] =>
      ({
        type,
        error: readErrorCode(m.errorCode),
        epoch: readCount(m.epoch, 'epoch'),
        leaderId: readOptionalNodeId(m.leaderId, 'leaderId'),
      }) as RaftServices[T]['response'],
  };
}

const BeginQuorumEpoch = protoMethod('BeginQuorumEpoch', {
  request: pb.BeginQuorumEpochRequest,
  toRequestMessage: (r: RaftServices['BeginQuorumEpoch']['request']) => ({ epoch: writeInt32(r.epoch, 'epoch'), leaderId: writeNodeId(r.leaderId) }),
  fromRequestMessage: (m): RaftServices['BeginQuorumEpoch']['request'] => ({
    type: 'BeginQuorumEpoch',
    epoch: readCount(m.epoch, 'epoch'),
    leaderId: readNodeId(m.leaderId, 'leaderId'),
  }),
  ...quorumEpochResponse('BeginQuorumEpoch'),
});

const EndQuorumEpoch = protoMethod('EndQuorumEpoch', {
  request: pb.EndQuorumEpochRequest,
  toRequestMessage: (r: RaftServices['EndQuorumEpoch']['request']) => ({
    epoch: writeInt32(r.epoch, 'epoch'),
    leaderId: writeNodeId(r.leaderId),
    preferredSuccessors: writeNodeIds(r.preferredSuccessors, 'preferredSuccessors'),
  }),
  fromRequestMessage: (m): RaftServices['EndQuorumEpoch']['request'] => ({
    type: 'EndQuorumEpoch',
    epoch: readCount(m.epoch, 'epoch'),
    leaderId: readNodeId(m.leaderId, 'leaderId'),
    preferredSuccessors: (m.preferredSuccessors ?? []).map((id) => readNodeId(id, 'preferredSuccessors')),
  }),
  ...quorumEpochResponse('EndQuorumEpoch'),
});

const Fetch = protoMethod('Fetch', {
  request: pb.FetchRequest,
  response: pb.FetchResponse,
  toRequestMessage: (r: RaftServices['Fetch']['request']) => ({
    epoch: writeInt32(r.epoch, 'epoch'),
    replicaId: writeNodeId(r.replicaId),
    fetchOffset: writeInt64(r.fetchOffset, 'fetchOffset'),
    lastFetchedEpoch: writeInt32(r.lastFetchedEpoch, 'lastFetchedEpoch'),
    maxWaitMs: writeInt32(r.maxWaitMs, 'maxWaitMs'),
    maxBytes: writeInt32(r.maxBytes, 'maxBytes'),
  }),
  fromRequestMessage: (m): RaftServices['Fetch']['request'] => ({
    type: 'Fetch',
    epoch: readCount(m.epoch, 'epoch'),
    replicaId: readNodeId(m.replicaId, 'replicaId'),
    fetchOffset: readCount(m.fetchOffset, 'fetchOffset'),
    lastFetchedEpoch: readCount(m.lastFetchedEpoch, 'lastFetchedEpoch'),
    maxWaitMs: readCount(m.maxWaitMs, 'maxWaitMs'),
    maxBytes: readCount(m.maxBytes, 'maxBytes'),
  }),
  toResponseMessage: (r: RaftServices['Fetch']['response']) => ({
    errorCode: writeErrorCode(r.error),
    epoch: writeInt32(r.epoch, 'epoch'),
    leaderId: writeNodeId(r.leaderId),
    highWatermark: writeInt64(r.highWatermark, 'highWatermark'),
    logStartOffset: writeInt64(r.logStartOffset, 'logStartOffset'),
    records: encodeEntries(r.entries),
    divergingEpoch:
      r.divergingEpoch === null
        ? null
        : { epoch: writeInt32(r.divergingEpoch.epoch, 'divergingEpoch.epoch'), endOffset: writeInt64(r.divergingEpoch.endOffset, 'divergingEpoch.endOffset') },
    snapshotId: r.snapshotId === null ? null : writeSnapshotId(r.snapshotId),
  }),
  fromResponseMessage: (m): RaftServices['Fetch']['response'] => ({
    type: 'Fetch',
    error: readErrorCode(m.errorCode),
    epoch: readCount(m.epoch, 'epoch'),
    leaderId: readOptionalNodeId(m.leaderId, 'leaderId'),
    highWatermark: readCount(m.highWatermark, 'highWatermark'),
    logStartOffset: readCount(m.logStartOffset, 'logStartOffset'),
    entries: decodeEntries(readBytes(m.records, 'records')),
    divergingEpoch:
      m.divergingEpoch == null
        ? null
        : { epoch: readCount(m.divergingEpoch.epoch, 'divergingEpoch.epoch'), endOffset: readCount(m.divergingEpoch.endOffset, 'divergingEpoch.endOffset') },
    snapshotId: m.snapshotId == null ? null : readSnapshotId(m.snapshotId, 'snapshotId'),
  }),
});

const FetchSnapshot = protoMethod('FetchSnapshot', {
  request: pb.FetchSnapshotRequest,
  response: pb.FetchSnapshotResponse,
  toRequestMessage: (r: RaftServices['FetchSnapshot']['request']) => ({
    epoch: writeInt32(r.epoch, 'epoch'),
    replicaId: writeNodeId(r.replicaId),
    snapshotId: writeSnapshotId(r.snapshotId),
    position: writeInt64(r.position, 'position'),
    maxBytes: writeInt32(r.maxBytes, 'maxBytes'),
  }),
  fromRequestMessage: (m): RaftServices['FetchSnapshot']['request'] => ({
    type: 'FetchSnapshot',
    epoch: readCount(m.epoch, 'epoch'),
    replicaId: readNodeId(m.replicaId, 'replicaId'),
    snapshotId: readSnapshotId(m.snapshotId, 'snapshotId'),
    position: readCount(m.position, 'position'),
    maxBytes: readCount(m.maxBytes, 'maxBytes'),
  }),
  toResponseMessage: (r: RaftServices['FetchSnapshot']['response']) => ({
    errorCode: writeErrorCode(r.error),
    epoch: writeInt32(r.epoch, 'epoch'),
    leaderId: writeNodeId(r.leaderId),
    snapshotId: writeSnapshotId(r.snapshotId),
    size: writeInt64(r.size, 'size'),
    position: writeInt64(r.position, 'position'),
    bytes: r.bytes,
  }),
  fromResponseMessage: (m): RaftServices['FetchSnapshot']['response'] => ({
    type: 'FetchSnapshot',
    error: readErrorCode(m.errorCode),
    epoch: readCount(m.epoch, 'epoch'),
    leaderId: readOptionalNodeId(m.leaderId, 'leaderId'),
    snapshotId: readSnapshotId(m.snapshotId, 'snapshotId'),
    size: readCount(m.size, 'size'),
    position: readCount(m.position, 'position'),
    bytes: readBytes(m.bytes, 'bytes'),
  }),
});

/** The codec of every quorum RPC. */
export const raftCodec: ServiceCodec<RaftServices> = { Vote, BeginQuorumEpoch, EndQuorumEpoch, Fetch, FetchSnapshot };

/** The quorum's service as the transports carry it. */
export const raftService: WireService<RaftServices> = { name: raftServiceName, codec: raftCodec };
