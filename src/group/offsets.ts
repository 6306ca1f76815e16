// OffsetCommit, OffsetFetch and OffsetDelete as pure decisions over a group's
// state and the offset store: writes return the records to append and the
// response; nothing is mutated here.
//
// Commit fencing (KIP-848): a member commits with its current member epoch
// (an older one is STALE_MEMBER_EPOCH); a commit from a non-member of a group
// with members is UNKNOWN_MEMBER_ID; a "simple" commit (memberEpoch -1) is
// accepted only while the group has no members.

import type {
  FetchedOffset,
  GroupCoordinatorConfig,
  GroupError,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  PartitionResult,
  RequestContext,
  WriteResult,
} from './api.js';
import type { ConsumerGroup } from './consumer-group.js';
import { groupError } from './heartbeat.js';
import type { OffsetStore } from './offset-store.js';
import { fitsStringField } from './record-io.js';
import type { GroupRecord } from './records.js';
import { compareStrings } from './topic-partitions.js';

/** The member-epoch fence shared by commits and member-scoped fetches; null when the request may proceed. */
export function checkMemberFence(group: ConsumerGroup | undefined, memberId: string, memberEpoch: number): GroupError | null {
  if (memberEpoch < 0 && (group === undefined || group.members.size === 0)) return null;
  const member = group?.members.get(memberId);
  if (member === undefined) return groupError('UNKNOWN_MEMBER_ID', `member '${memberId}' is not in the group`);
  if (member.assignment.memberEpoch !== memberEpoch) {
    return groupError('STALE_MEMBER_EPOCH', `member ${memberId} sent epoch ${memberEpoch}, its epoch is ${member.assignment.memberEpoch}`);
  }
  return null;
}

export function offsetCommit(
  group: ConsumerGroup | undefined,
  request: OffsetCommitRequest,
  ctx: RequestContext,
  config: GroupCoordinatorConfig,
): WriteResult<OffsetCommitResponse> {
  if (request.groupId === '' || !fitsStringField(request.groupId)) return { records: [], response: groupError('INVALID_GROUP_ID', 'invalid group id') };
  if (request.memberEpoch >= 0 && group === undefined) {
    return { records: [], response: groupError('GROUP_ID_NOT_FOUND', `group ${request.groupId} does not exist`) };
  }
  const fenced = checkMemberFence(group, request.memberId, request.memberEpoch);
  if (fenced !== null) return { records: [], response: fenced };
  const records: GroupRecord[] = [];
  const topics = request.topics.map(({ topic, partitions }) => ({
    topic,
    partitions: partitions.map((p): PartitionResult => {
      const error = commitError(topic, p.partition, p.committedOffset, p.committedLeaderEpoch, p.committedMetadata, ctx, config);
      if (error === null) {
        const value = { offset: p.committedOffset, leaderEpoch: p.committedLeaderEpoch, metadata: p.committedMetadata ?? '', commitTimestampMs: ctx.nowMs };
        records.push({ type: 'OffsetCommit', groupId: request.groupId, topic, partition: p.partition, value });
      }
      return { partition: p.partition, error };
    }),
  }));
  return { records, response: { ok: true, topics } };
}

function commitError(
  topic: string,
  partition: number,
  offset: number,
  leaderEpoch: number,
  metadata: string | null,
  ctx: RequestContext,
  config: GroupCoordinatorConfig,
): PartitionResult['error'] {
  const partitionCount = ctx.topics.partitionCount(topic);
  if (partitionCount === undefined || !Number.isInteger(partition) || partition < 0 || partition >= partitionCount) return 'UNKNOWN_TOPIC_OR_PARTITION';
  if (!fitsStringField(topic)) return 'INVALID_REQUEST';
  if (!Number.isSafeInteger(offset) || offset < 0) return 'INVALID_REQUEST';
  if (!Number.isInteger(leaderEpoch) || leaderEpoch < -1 || leaderEpoch > 0x7fffffff) return 'INVALID_REQUEST';
  if (metadata !== null && !fitsStringField(metadata, config.offsetMetadataMaxBytes)) return 'OFFSET_METADATA_TOO_LARGE';
  return null;
}

/** Reads committed offsets only (below the high watermark); a partition with none answers -1. */
export function offsetFetch(group: ConsumerGroup | undefined, store: OffsetStore, request: OffsetFetchRequest): OffsetFetchResponse {
  if (request.memberEpoch >= 0) {
    if (group === undefined) return groupError('GROUP_ID_NOT_FOUND', `group ${request.groupId} does not exist`);
    const fenced = checkMemberFence(group, request.memberId ?? '', request.memberEpoch);
    if (fenced !== null) return fenced;
  }
  const committed = store.committedOffsets(request.groupId);
  const asFetched = (partition: number, topic: string): FetchedOffset => {
    const value = committed.get(topic)?.get(partition);
    return value === undefined
      ? { partition, committedOffset: -1, committedLeaderEpoch: -1, metadata: '' }
      : { partition, committedOffset: value.offset, committedLeaderEpoch: value.leaderEpoch, metadata: value.metadata };
  };
  const wanted =
    request.topics ??
    [...committed.keys()].sort(compareStrings).map((topic) => ({ topic, partitions: [...committed.get(topic)!.keys()].sort((a, b) => a - b) }));
  return { ok: true, topics: wanted.map(({ topic, partitions }) => ({ topic, partitions: partitions.map((p) => asFetched(p, topic)) })) };
}

/** Deletes committed offsets of topics the group does not subscribe to (GROUP_SUBSCRIBED_TO_TOPIC otherwise). */
export function offsetDelete(group: ConsumerGroup | undefined, store: OffsetStore, request: OffsetDeleteRequest): WriteResult<OffsetDeleteResponse> {
  if (group === undefined && !store.hasGroup(request.groupId)) {
    return { records: [], response: groupError('GROUP_ID_NOT_FOUND', `group ${request.groupId} does not exist`) };
  }
  const subscribed = (topic: string): boolean =>
    group !== undefined && group.members.size > 0 && (group.partitionMetadata.has(topic) || group.subscribedTopicNameCounts.has(topic));
  const records: GroupRecord[] = [];
  const topics = request.topics.map(({ topic, partitions }) => ({
    topic,
    partitions: partitions.map((partition): PartitionResult => {
      if (subscribed(topic)) return { partition, error: 'GROUP_SUBSCRIBED_TO_TOPIC' };
      if (store.latestOffset(request.groupId, topic, partition) !== undefined) {
        records.push({ type: 'OffsetCommit', groupId: request.groupId, topic, partition, value: null });
      }
      return { partition, error: null };
    }),
  }));
  return { records, response: { ok: true, topics } };
}
