// The wire codec of the consumer-group RPCs (proto/group.proto ↔
// src/broker/group-services.ts). Core code: no I/O. Every number is range
// checked and every enum-like string (group and member states) must be one
// the coordinator knows; "unchanged" fields of the heartbeat (null) travel as
// has_* flags, since protobuf cannot tell an empty list from an absent one.

import type { BrokerServices } from '../broker/services.js';
import type { DescribedGroup, DescribedMember, GroupState, MemberState, TopicPartitionList } from '../broker/group-services.js';
import type { FetchedOffset, ListedGroup } from '../group/api.js';
import { skiff } from '../gen/index.js';
import { protoMethod, readCount, readInt, readOptionalString, readString, writeInt32, writeInt64 } from './codec.js';
import { readApiError, writeApiError } from './controller-codec.js';

const pb = skiff.group;
type S = BrokerServices;

const groupStates: readonly GroupState[] = ['EMPTY', 'ASSIGNING', 'RECONCILING', 'STABLE', 'DEAD'];
const memberStates: readonly MemberState[] = ['STABLE', 'UNREVOKED_PARTITIONS', 'UNRELEASED_PARTITIONS'];

function oneOf<T extends string>(allowed: readonly T[], value: unknown, field: string): T {
  const text = readString(value ?? '', field);
  if (!(allowed as readonly string[]).includes(text)) throw new Error(`${field}: unknown value '${text}'`);
  return text as T;
}

function writeTopicPartitions(list: readonly TopicPartitionList[]): skiff.group.TopicPartitionList.$Properties[] {
  return list.map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => writeInt32(p, 'partition')) }));
}

function readTopicPartitions(list: readonly skiff.group.TopicPartitionList.$Properties[] | null | undefined): TopicPartitionList[] {
  return (list ?? []).map((t) => ({ topic: readString(t.topic ?? '', 'topic'), partitions: (t.partitions ?? []).map((p) => readCount(p, 'partition')) }));
}

function readPartitionNumbers(list: readonly skiff.group.TopicPartitionNumbers.$Properties[] | null | undefined): { topic: string; partitions: number[] }[] {
  return (list ?? []).map((t) => ({ topic: readString(t.topic ?? '', 'topic'), partitions: (t.partitions ?? []).map((p) => readCount(p, 'partition')) }));
}

const writeResults = (r: S['OffsetCommit']['response']): skiff.group.OffsetCommitResponse.$Properties => ({
  error: writeApiError(r.error),
  topics: r.topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => ({ partition: writeInt32(p.partition, 'partition'), error: writeApiError(p.error) })) })),
});

const readResults = (m: skiff.group.OffsetCommitResponse.$Properties): S['OffsetCommit']['response'] => ({
  error: readApiError(m.error),
  topics: (m.topics ?? []).map((t) => ({
    topic: readString(t.topic ?? '', 'topic'),
    partitions: (t.partitions ?? []).map((p) => ({ partition: readCount(p.partition ?? 0, 'partition'), error: readApiError(p.error) })),
  })),
});

export const FindCoordinator = protoMethod('FindCoordinator', {
  request: pb.FindCoordinatorRequest,
  response: pb.FindCoordinatorResponse,
  toRequestMessage: (r: S['FindCoordinator']['request']) => ({ key: r.key }),
  fromRequestMessage: (m): S['FindCoordinator']['request'] => ({ key: readString(m.key ?? '', 'key') }),
  toResponseMessage: (r: S['FindCoordinator']['response']) => ({ error: writeApiError(r.error), nodeId: writeInt32(r.nodeId, 'nodeId'), host: r.host, port: writeInt32(r.port, 'port') }),
  fromResponseMessage: (m): S['FindCoordinator']['response'] => ({
    error: readApiError(m.error),
    nodeId: readInt(m.nodeId ?? 0, 'nodeId'),
    host: readString(m.host ?? '', 'host'),
    port: readCount(m.port ?? 0, 'port'),
  }),
});

export const ConsumerGroupHeartbeat = protoMethod('ConsumerGroupHeartbeat', {
  request: pb.ConsumerGroupHeartbeatRequest,
  response: pb.ConsumerGroupHeartbeatResponse,
  toRequestMessage: (r: S['ConsumerGroupHeartbeat']['request']) => ({
    groupId: r.groupId,
    memberId: r.memberId,
    memberEpoch: writeInt32(r.memberEpoch, 'memberEpoch'),
    instanceId: r.instanceId,
    rebalanceTimeoutMs: writeInt32(r.rebalanceTimeoutMs, 'rebalanceTimeoutMs'),
    hasSubscribedTopicNames: r.subscribedTopicNames !== null,
    subscribedTopicNames: r.subscribedTopicNames === null ? [] : [...r.subscribedTopicNames],
    subscribedTopicRegex: r.subscribedTopicRegex,
    serverAssignor: r.serverAssignor,
    hasOwnedTopicPartitions: r.ownedTopicPartitions !== null,
    ownedTopicPartitions: r.ownedTopicPartitions === null ? [] : writeTopicPartitions(r.ownedTopicPartitions),
    clientId: r.clientId,
    clientHost: r.clientHost,
  }),
  fromRequestMessage: (m): S['ConsumerGroupHeartbeat']['request'] => ({
    groupId: readString(m.groupId ?? '', 'groupId'),
    memberId: readString(m.memberId ?? '', 'memberId'),
    memberEpoch: readInt(m.memberEpoch ?? 0, 'memberEpoch'),
    instanceId: readOptionalString(m.instanceId, 'instanceId'),
    rebalanceTimeoutMs: readInt(m.rebalanceTimeoutMs ?? 0, 'rebalanceTimeoutMs'),
    subscribedTopicNames: m.hasSubscribedTopicNames === true ? (m.subscribedTopicNames ?? []).map((t) => readString(t, 'subscribedTopicNames')) : null,
    subscribedTopicRegex: readOptionalString(m.subscribedTopicRegex, 'subscribedTopicRegex'),
    serverAssignor: readOptionalString(m.serverAssignor, 'serverAssignor'),
    ownedTopicPartitions: m.hasOwnedTopicPartitions === true ? readTopicPartitions(m.ownedTopicPartitions) : null,
    clientId: readString(m.clientId ?? '', 'clientId'),
    clientHost: readString(m.clientHost ?? '', 'clientHost'),
  }),
  toResponseMessage: (r: S['ConsumerGroupHeartbeat']['response']) => ({
    error: writeApiError(r.error),
    memberId: r.memberId,
    memberEpoch: writeInt32(r.memberEpoch, 'memberEpoch'),
    heartbeatIntervalMs: writeInt32(r.heartbeatIntervalMs, 'heartbeatIntervalMs'),
    hasAssignment: r.assignment !== null,
    assignment: r.assignment === null ? [] : writeTopicPartitions(r.assignment),
  }),
  fromResponseMessage: (m): S['ConsumerGroupHeartbeat']['response'] => ({
    error: readApiError(m.error),
    memberId: readString(m.memberId ?? '', 'memberId'),
    memberEpoch: readInt(m.memberEpoch ?? 0, 'memberEpoch'),
    heartbeatIntervalMs: readCount(m.heartbeatIntervalMs ?? 0, 'heartbeatIntervalMs'),
    assignment: m.hasAssignment === true ? readTopicPartitions(m.assignment) : null,
  }),
});

export const OffsetCommit = protoMethod('OffsetCommit', {
  request: pb.OffsetCommitRequest,
  response: pb.OffsetCommitResponse,
  toRequestMessage: (r: S['OffsetCommit']['request']) => ({
    groupId: r.groupId,
    memberId: r.memberId,
    memberEpoch: writeInt32(r.memberEpoch, 'memberEpoch'),
    topics: r.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) => ({
        partition: writeInt32(p.partition, 'partition'),
        committedOffset: writeInt64(p.committedOffset, 'committedOffset'),
        committedLeaderEpoch: writeInt32(p.committedLeaderEpoch, 'committedLeaderEpoch'),
        committedMetadata: p.committedMetadata,
      })),
    })),
  }),
  fromRequestMessage: (m): S['OffsetCommit']['request'] => ({
    groupId: readString(m.groupId ?? '', 'groupId'),
    memberId: readString(m.memberId ?? '', 'memberId'),
    memberEpoch: readInt(m.memberEpoch ?? 0, 'memberEpoch'),
    topics: (m.topics ?? []).map((t) => ({
      topic: readString(t.topic ?? '', 'topic'),
      partitions: (t.partitions ?? []).map((p) => ({
        partition: readCount(p.partition ?? 0, 'partition'),
        committedOffset: readInt(p.committedOffset ?? 0, 'committedOffset'),
        committedLeaderEpoch: readInt(p.committedLeaderEpoch ?? -1, 'committedLeaderEpoch'),
        committedMetadata: readOptionalString(p.committedMetadata, 'committedMetadata'),
      })),
    })),
  }),
  toResponseMessage: writeResults,
  fromResponseMessage: readResults,
});

function writeFetched(p: FetchedOffset): skiff.group.FetchedOffset.$Properties {
  return { partition: writeInt32(p.partition, 'partition'), committedOffset: writeInt64(p.committedOffset, 'committedOffset'), committedLeaderEpoch: writeInt32(p.committedLeaderEpoch, 'committedLeaderEpoch'), metadata: p.metadata };
}

function readFetched(p: skiff.group.FetchedOffset.$Properties): FetchedOffset {
  return {
    partition: readCount(p.partition ?? 0, 'partition'),
    committedOffset: readInt(p.committedOffset ?? -1, 'committedOffset'),
    committedLeaderEpoch: readInt(p.committedLeaderEpoch ?? -1, 'committedLeaderEpoch'),
    metadata: readString(p.metadata ?? '', 'metadata'),
  };
}

export const OffsetFetch = protoMethod('OffsetFetch', {
  request: pb.OffsetFetchRequest,
  response: pb.OffsetFetchResponse,
  toRequestMessage: (r: S['OffsetFetch']['request']) => ({
    groupId: r.groupId,
    memberId: r.memberId,
    memberEpoch: writeInt32(r.memberEpoch, 'memberEpoch'),
    hasTopics: r.topics !== null,
    topics: (r.topics ?? []).map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => writeInt32(p, 'partition')) })),
  }),
  fromRequestMessage: (m): S['OffsetFetch']['request'] => ({
    groupId: readString(m.groupId ?? '', 'groupId'),
    memberId: readOptionalString(m.memberId, 'memberId'),
    memberEpoch: readInt(m.memberEpoch ?? -1, 'memberEpoch'),
    topics: m.hasTopics === true ? readPartitionNumbers(m.topics) : null,
  }),
  toResponseMessage: (r: S['OffsetFetch']['response']) => ({ error: writeApiError(r.error), topics: r.topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map(writeFetched) })) }),
  fromResponseMessage: (m): S['OffsetFetch']['response'] => ({
    error: readApiError(m.error),
    topics: (m.topics ?? []).map((t) => ({ topic: readString(t.topic ?? '', 'topic'), partitions: (t.partitions ?? []).map(readFetched) })),
  }),
});

export const OffsetDelete = protoMethod('OffsetDelete', {
  request: pb.OffsetDeleteRequest,
  response: pb.OffsetCommitResponse,
  toRequestMessage: (r: S['OffsetDelete']['request']) => ({ groupId: r.groupId, topics: r.topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => writeInt32(p, 'partition')) })) }),
  fromRequestMessage: (m): S['OffsetDelete']['request'] => ({ groupId: readString(m.groupId ?? '', 'groupId'), topics: readPartitionNumbers(m.topics) }),
  toResponseMessage: writeResults,
  fromResponseMessage: readResults,
});

export const ListGroups = protoMethod('ListGroups', {
  request: pb.ListGroupsRequest,
  response: pb.ListGroupsResponse,
  toRequestMessage: (r: S['ListGroups']['request']) => ({ statesFilter: [...r.statesFilter] }),
  fromRequestMessage: (m): S['ListGroups']['request'] => ({ statesFilter: (m.statesFilter ?? []).map((s) => oneOf(groupStates, s, 'statesFilter')) }),
  toResponseMessage: (r: S['ListGroups']['response']) => ({ error: writeApiError(r.error), groups: r.groups.map((g) => ({ groupId: g.groupId, state: g.state, groupType: g.groupType })) }),
  fromResponseMessage: (m): S['ListGroups']['response'] => ({
    error: readApiError(m.error),
    groups: (m.groups ?? []).map(
      (g): ListedGroup => ({ groupId: readString(g.groupId ?? '', 'groupId'), state: oneOf(groupStates, g.state, 'state'), groupType: oneOf(['consumer', 'simple'] as const, g.groupType, 'groupType') }),
    ),
  }),
});

function writeMember(m: DescribedMember): skiff.group.DescribedMember.$Properties {
  return {
    memberId: m.memberId,
    instanceId: m.instanceId,
    clientId: m.clientId,
    clientHost: m.clientHost,
    memberEpoch: writeInt32(m.memberEpoch, 'memberEpoch'),
    memberState: m.memberState,
    subscribedTopicNames: [...m.subscribedTopicNames],
    subscribedTopicRegex: m.subscribedTopicRegex,
    assignment: writeTopicPartitions(m.assignment),
    partitionsPendingRevocation: writeTopicPartitions(m.partitionsPendingRevocation),
    targetAssignment: writeTopicPartitions(m.targetAssignment),
  };
}

function readMember(m: skiff.group.DescribedMember.$Properties): DescribedMember {
  return {
    memberId: readString(m.memberId ?? '', 'memberId'),
    instanceId: readOptionalString(m.instanceId, 'instanceId'),
    clientId: readString(m.clientId ?? '', 'clientId'),
    clientHost: readString(m.clientHost ?? '', 'clientHost'),
    memberEpoch: readInt(m.memberEpoch ?? 0, 'memberEpoch'),
    memberState: oneOf(memberStates, m.memberState, 'memberState'),
    subscribedTopicNames: (m.subscribedTopicNames ?? []).map((t) => readString(t, 'subscribedTopicNames')),
    subscribedTopicRegex: readOptionalString(m.subscribedTopicRegex, 'subscribedTopicRegex'),
    assignment: readTopicPartitions(m.assignment),
    partitionsPendingRevocation: readTopicPartitions(m.partitionsPendingRevocation),
    targetAssignment: readTopicPartitions(m.targetAssignment),
  };
}

export const DescribeGroups = protoMethod('DescribeGroups', {
  request: pb.DescribeGroupsRequest,
  response: pb.DescribeGroupsResponse,
  toRequestMessage: (r: S['DescribeGroups']['request']) => ({ groupIds: [...r.groupIds] }),
  fromRequestMessage: (m): S['DescribeGroups']['request'] => ({ groupIds: (m.groupIds ?? []).map((g) => readString(g, 'groupIds')) }),
  toResponseMessage: (r: S['DescribeGroups']['response']) => ({
    error: writeApiError(r.error),
    groups: r.groups.map((g) => ({
      groupId: g.groupId,
      error: writeApiError(g.error),
      state: g.state,
      groupEpoch: writeInt32(g.groupEpoch, 'groupEpoch'),
      assignmentEpoch: writeInt32(g.assignmentEpoch, 'assignmentEpoch'),
      assignor: g.assignor,
      members: g.members.map(writeMember),
    })),
  }),
  fromResponseMessage: (m): S['DescribeGroups']['response'] => ({
    error: readApiError(m.error),
    groups: (m.groups ?? []).map(
      (g): DescribedGroup => ({
        groupId: readString(g.groupId ?? '', 'groupId'),
        error: readApiError(g.error),
        state: oneOf(groupStates, g.state || 'DEAD', 'state'),
        groupEpoch: readInt(g.groupEpoch ?? 0, 'groupEpoch'),
        assignmentEpoch: readInt(g.assignmentEpoch ?? 0, 'assignmentEpoch'),
        assignor: readString(g.assignor ?? '', 'assignor'),
        members: (g.members ?? []).map(readMember),
      }),
    ),
  }),
});

export const DeleteGroups = protoMethod('DeleteGroups', {
  request: pb.DeleteGroupsRequest,
  response: pb.DeleteGroupsResponse,
  toRequestMessage: (r: S['DeleteGroups']['request']) => ({ groupIds: [...r.groupIds] }),
  fromRequestMessage: (m): S['DeleteGroups']['request'] => ({ groupIds: (m.groupIds ?? []).map((g) => readString(g, 'groupIds')) }),
  toResponseMessage: (r: S['DeleteGroups']['response']) => ({ error: writeApiError(r.error), results: r.results.map((g) => ({ groupId: g.groupId, error: writeApiError(g.error) })) }),
  fromResponseMessage: (m): S['DeleteGroups']['response'] => ({
    error: readApiError(m.error),
    results: (m.results ?? []).map((g) => ({ groupId: readString(g.groupId ?? '', 'groupId'), error: readApiError(g.error) })),
  }),
});

export const groupCodec = { FindCoordinator, ConsumerGroupHeartbeat, OffsetCommit, OffsetFetch, OffsetDelete, ListGroups, DescribeGroups, DeleteGroups };
