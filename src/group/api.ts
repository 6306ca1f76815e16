// The group coordinator's API surface: configuration, the topic view it reads,
// and the request/response shapes of ConsumerGroupHeartbeat, OffsetCommit,
// OffsetFetch, OffsetDelete, ListGroups, DescribeGroups and DeleteGroups.
// Types only (plus defaults). Errors are values: `{ ok: false, code }` with
// Kafka's codes from src/common/errors.ts; the broker maps them to the wire.

import type { ErrorCode } from '../common/errors.js';
import type { GroupState, MemberState } from './consumer-group.js';
import type { GroupRecord } from './records.js';
import type { TopicPartitionList } from './topic-partitions.js';

export interface GroupCoordinatorConfig {
  /** offsets.topic.num.partitions: a group lives in partition hash(groupId) % this. */
  readonly offsetsTopicPartitionCount: number;
  /** group.consumer.max.size: members beyond it are refused with GROUP_MAX_SIZE_REACHED. */
  readonly groupMaxSize: number;
  /** group.consumer.session.timeout.ms */
  readonly sessionTimeoutMs: number;
  /** group.consumer.heartbeat.interval.ms */
  readonly heartbeatIntervalMs: number;
  /** group.consumer.assignors: the server-side assignors offered; the first is the default. */
  readonly assignors: readonly string[];
  /** offset.metadata.max.bytes */
  readonly offsetMetadataMaxBytes: number;
}

export const defaultGroupCoordinatorConfig: GroupCoordinatorConfig = {
  offsetsTopicPartitionCount: 50,
  groupMaxSize: 1000,
  sessionTimeoutMs: 45_000,
  heartbeatIntervalMs: 5_000,
  assignors: ['uniform', 'range'],
  offsetMetadataMaxBytes: 4096,
};

/** What the coordinator needs of the metadata image: which topics exist and their partition counts. */
export interface TopicsView {
  partitionCount(topic: string): number | undefined;
  topicNames(): Iterable<string>;
}

/** Soft inputs of a request: the time and the metadata image it is decided against. */
export interface RequestContext {
  readonly nowMs: number;
  readonly topics: TopicsView;
}

export interface GroupError {
  readonly ok: false;
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * A write's outcome (Kafka's controller pattern): the records to append to
 * the group's __consumer_offsets partition, and the response to send once
 * they are committed. Computing it changes no durable state.
 */
export interface WriteResult<R> {
  readonly records: readonly GroupRecord[];
  readonly response: R;
}

// --- ConsumerGroupHeartbeat ---------------------------------------------

export interface ConsumerGroupHeartbeatRequest {
  readonly groupId: string;
  /** Client-generated (KIP-1082); '' on a join asks the coordinator for one. */
  readonly memberId: string;
  /** 0 = join or rejoin; -1 = leave; -2 = static member leaves temporarily; > 0 = heartbeat. */
  readonly memberEpoch: number;
  /** group.instance.id for static membership; null = dynamic member, or unchanged since the last heartbeat. */
  readonly instanceId: string | null;
  /** -1 = unchanged; required (≥ 0) on a join. */
  readonly rebalanceTimeoutMs: number;
  /** null = unchanged; required (or a regex) on a join. */
  readonly subscribedTopicNames: readonly string[] | null;
  /** null = unchanged; '' clears it. A full-match regular expression over topic names. */
  readonly subscribedTopicRegex: string | null;
  /** null = unchanged. */
  readonly serverAssignor: string | null;
  /** null = unchanged since the last heartbeat; must be empty (or null) on a join. */
  readonly ownedTopicPartitions: readonly TopicPartitionList[] | null;
  readonly clientId: string;
  readonly clientHost: string;
}

export type ConsumerGroupHeartbeatResponse =
  | {
      readonly ok: true;
      readonly memberId: string;
      readonly memberEpoch: number;
      readonly heartbeatIntervalMs: number;
      /** The partitions the member may own now (null after a leave); anything else it must revoke. */
      readonly assignment: readonly TopicPartitionList[] | null;
    }
  | GroupError;

// --- offsets ------------------------------------------------------------

export interface OffsetCommitPartition {
  readonly partition: number;
  readonly committedOffset: number;
  /** -1 when unknown. */
  readonly committedLeaderEpoch: number;
  readonly committedMetadata: string | null;
}

export interface OffsetCommitRequest {
  readonly groupId: string;
  /** '' with memberEpoch -1 for a "simple" commit (admin or a consumer without group management). */
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly topics: readonly { readonly topic: string; readonly partitions: readonly OffsetCommitPartition[] }[];
}

export interface PartitionResult {
  readonly partition: number;
  readonly error: ErrorCode | null;
}

export interface TopicResults {
  readonly topic: string;
  readonly partitions: readonly PartitionResult[];
}

export type OffsetCommitResponse = { readonly ok: true; readonly topics: readonly TopicResults[] } | GroupError;

export interface OffsetFetchRequest {
  readonly groupId: string;
  /** KIP-848: when memberEpoch ≥ 0 the fetch is fenced like a commit; -1 skips the check. */
  readonly memberId: string | null;
  readonly memberEpoch: number;
  /** null = every committed offset of the group. */
  readonly topics: readonly { readonly topic: string; readonly partitions: readonly number[] }[] | null;
}

export interface FetchedOffset {
  readonly partition: number;
  /** -1 when nothing is committed. */
  readonly committedOffset: number;
  readonly committedLeaderEpoch: number;
  readonly metadata: string;
}

export type OffsetFetchResponse =
  | { readonly ok: true; readonly topics: readonly { readonly topic: string; readonly partitions: readonly FetchedOffset[] }[] }
  | GroupError;

export interface OffsetDeleteRequest {
  readonly groupId: string;
  readonly topics: readonly { readonly topic: string; readonly partitions: readonly number[] }[];
}

export type OffsetDeleteResponse = { readonly ok: true; readonly topics: readonly TopicResults[] } | GroupError;

// --- admin --------------------------------------------------------------

export interface ListedGroup {
  readonly groupId: string;
  readonly state: GroupState;
  /** 'consumer': has KIP-848 group state; 'simple': only committed offsets. */
  readonly groupType: 'consumer' | 'simple';
}

export type ListGroupsResponse = { readonly ok: true; readonly groups: readonly ListedGroup[] } | GroupError;

export interface DescribedMember {
  readonly memberId: string;
  readonly instanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly memberEpoch: number;
  readonly memberState: MemberState;
  readonly subscribedTopicNames: readonly string[];
  readonly subscribedTopicRegex: string | null;
  readonly assignment: readonly TopicPartitionList[];
  readonly partitionsPendingRevocation: readonly TopicPartitionList[];
  readonly targetAssignment: readonly TopicPartitionList[];
}

export type DescribedGroup =
  | {
      readonly ok: true;
      readonly groupId: string;
      readonly state: GroupState;
      readonly groupEpoch: number;
      readonly assignmentEpoch: number;
      readonly assignor: string;
      readonly members: readonly DescribedMember[];
    }
  | (GroupError & { readonly groupId: string });

export type DescribeGroupsResponse = { readonly ok: true; readonly groups: readonly DescribedGroup[] } | GroupError;

export type DeleteGroupsResponse =
  | { readonly ok: true; readonly results: readonly { readonly groupId: string; readonly error: ErrorCode | null }[] }
  | GroupError;
