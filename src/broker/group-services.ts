// The consumer-group RPCs of the Broker service (proto/group.proto): requests
// are the coordinator's own request shapes (src/group/api.ts); responses carry
// errors as ApiError, as every other RPC does. A group's requests go to the
// leader of its __consumer_offsets partition (FindCoordinator says which);
// any other broker answers NOT_COORDINATOR.

import type { ApiError } from '../controller/services.js';
import type { FetchedOffset, ListedGroup, DescribedMember } from '../group/api.js';
import type { GroupState } from '../group/consumer-group.js';
import type { TopicPartitionList } from '../group/topic-partitions.js';

export type {
  ConsumerGroupHeartbeatRequest,
  OffsetCommitRequest,
  OffsetCommitPartition,
  OffsetFetchRequest,
  OffsetDeleteRequest,
  FetchedOffset,
  ListedGroup,
  DescribedMember,
} from '../group/api.js';
export type { TopicPartitionList } from '../group/topic-partitions.js';
export type { GroupState, MemberState } from '../group/consumer-group.js';

export interface FindCoordinatorRequest {
  readonly key: string;
}

export interface FindCoordinatorResponse {
  readonly error: ApiError | null;
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
}

export interface ConsumerGroupHeartbeatResponse {
  readonly error: ApiError | null;
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly heartbeatIntervalMs: number;
  /** The partitions the member may own now; null when unchanged or after a leave. */
  readonly assignment: readonly TopicPartitionList[] | null;
}

export interface GroupPartitionResults {
  readonly error: ApiError | null;
  readonly topics: readonly { readonly topic: string; readonly partitions: readonly { readonly partition: number; readonly error: ApiError | null }[] }[];
}

export interface OffsetFetchResponse {
  readonly error: ApiError | null;
  readonly topics: readonly { readonly topic: string; readonly partitions: readonly FetchedOffset[] }[];
}

export interface ListGroupsRequest {
  /** Empty = every state. */
  readonly statesFilter: readonly GroupState[];
}

export interface ListGroupsResponse {
  readonly error: ApiError | null;
  readonly groups: readonly ListedGroup[];
}

export interface DescribeGroupsRequest {
  readonly groupIds: readonly string[];
}

export interface DescribedGroup {
  readonly groupId: string;
  readonly error: ApiError | null;
  readonly state: GroupState;
  readonly groupEpoch: number;
  readonly assignmentEpoch: number;
  readonly assignor: string;
  readonly members: readonly DescribedMember[];
}

export interface DescribeGroupsResponse {
  readonly error: ApiError | null;
  readonly groups: readonly DescribedGroup[];
}

export interface DeleteGroupsRequest {
  readonly groupIds: readonly string[];
}

export interface DeleteGroupsResponse {
  readonly error: ApiError | null;
  readonly results: readonly { readonly groupId: string; readonly error: ApiError | null }[];
}
