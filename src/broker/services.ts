// The client-facing RPCs every node serves (proto/broker.proto): cluster and
// topic metadata, the quorum's state, topic administration (forwarded to the
// active controller), and the data plane: Produce, Fetch (consumers and
// follower replicas alike), ListOffsets, OffsetsForLeaderEpoch and
// InitProducerId. Record batches travel as opaque Kafka v2 bytes. Consumer
// groups: group-services.ts.

import type {
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse,
  DeleteGroupsRequest,
  DeleteGroupsResponse,
  DescribeGroupsRequest,
  DescribeGroupsResponse,
  FindCoordinatorRequest,
  FindCoordinatorResponse,
  GroupPartitionResults,
  ListGroupsRequest,
  ListGroupsResponse,
  OffsetCommitRequest,
  OffsetDeleteRequest,
  OffsetFetchRequest,
  OffsetFetchResponse,
} from './group-services.js';
import type { ApiError, CreatePartitionsRequest, CreateTopicsRequest, CreateTopicsResponse, DeleteTopicsRequest, DeleteTopicsResponse, IncrementalAlterConfigsRequest, TopicResultsResponse } from '../controller/services.js';

export interface BrokerInfo {
  readonly brokerId: number;
  readonly host: string;
  readonly port: number;
  readonly rack: string | null;
  readonly fenced: boolean;
  readonly inControlledShutdown: boolean;
  readonly brokerEpoch: number;
}

export interface PartitionMetadata {
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly elr: readonly number[];
  /** Replicas on brokers that are fenced (not serving). */
  readonly offlineReplicas: readonly number[];
}

export interface TopicMetadata {
  readonly name: string;
  readonly topicId: string;
  readonly error: ApiError | null;
  readonly partitions: readonly PartitionMetadata[];
  readonly configs: Readonly<Record<string, string>>;
}

export interface MetadataRequest {
  /** null = every topic. */
  readonly topics: readonly string[] | null;
}

export interface MetadataResponse {
  readonly clusterId: string;
  /** The active controller (quorum leader), -1 if unknown. */
  readonly controllerId: number;
  /** The metadata offset this answer reflects. */
  readonly metadataOffset: number;
  /** Unfenced brokers, as clients should use them. */
  readonly brokers: readonly BrokerInfo[];
  readonly topics: readonly TopicMetadata[];
}

export interface DescribeClusterRequest {
  readonly includeFenced: boolean;
}

export interface DescribeClusterResponse {
  readonly clusterId: string;
  readonly controllerId: number;
  readonly brokers: readonly BrokerInfo[];
}

export interface QuorumReplicaState {
  readonly nodeId: number;
  readonly logEndOffset: number;
  /** -1 when unknown. */
  readonly lastFetchTimestamp: number;
  readonly lastCaughtUpTimestamp: number;
}

export type DescribeQuorumRequest = Record<string, never>;

export interface DescribeQuorumResponse {
  readonly error: ApiError | null;
  readonly leaderId: number;
  readonly leaderEpoch: number;
  readonly highWatermark: number;
  readonly voters: readonly QuorumReplicaState[];
  readonly observers: readonly QuorumReplicaState[];
}

// --- data plane ---------------------------------------------------------------

/** Kafka's acks: 0 = no response wait beyond the send, 1 = leader appended, -1 = all (min.insync.replicas). */
export type Acks = -1 | 0 | 1;

export interface ProducePartitionData {
  readonly partition: number;
  /** One or more v2 record batches, concatenated. */
  readonly records: Uint8Array;
}

export interface ProduceRequest {
  /** Reserved for transactions; must be null. */
  readonly transactionalId: string | null;
  readonly acks: number;
  readonly timeoutMs: number;
  readonly topics: readonly { readonly name: string; readonly partitions: readonly ProducePartitionData[] }[];
}

export interface ProducePartitionResponse {
  readonly partition: number;
  readonly error: ApiError | null;
  /** Offset of the first record appended (or of the original append, for a duplicate); -1 on error. */
  readonly baseOffset: number;
  /** The broker's timestamp when the topic uses LogAppendTime, else -1. */
  readonly logAppendTime: number;
  readonly logStartOffset: number;
}

export interface ProduceResponse {
  readonly topics: readonly { readonly name: string; readonly partitions: readonly ProducePartitionResponse[] }[];
}

export interface FetchPartition {
  readonly partition: number;
  readonly fetchOffset: number;
  /** The leader epoch the fetcher believes current; -1 skips the check. */
  readonly currentLeaderEpoch: number;
  /** Epoch of the last batch the fetcher holds (followers), -1 if none or unknown. */
  readonly lastFetchedEpoch: number;
  /** Followers: the fetcher's log start offset; consumers: -1. */
  readonly logStartOffset: number;
  /** Followers: everything below this offset is fsynced on the fetcher; consumers: -1. */
  readonly durableOffset: number;
  readonly partitionMaxBytes: number;
}

export interface FetchRequest {
  /** -1 for consumers; a broker id for follower replicas. */
  readonly replicaId: number;
  /** The follower's broker epoch (KIP-903), -1 for consumers. */
  readonly replicaEpoch: number;
  readonly maxWaitMs: number;
  readonly minBytes: number;
  readonly maxBytes: number;
  /** Reserved: 0 = read_uncommitted (the only level until transactions). */
  readonly isolationLevel: number;
  /** Reserved for follower fetching from the closest replica (KIP-392). */
  readonly rackId: string;
  readonly topics: readonly {
    readonly name: string;
    /** When set ('' = unset), must match the topic's id (guards against a deleted and re-created topic). */
    readonly topicId: string;
    readonly partitions: readonly FetchPartition[];
  }[];
}

export interface EpochEndOffsetMessage {
  readonly epoch: number;
  readonly endOffset: number;
}

export interface FetchPartitionResponse {
  readonly partition: number;
  readonly error: ApiError | null;
  readonly highWatermark: number;
  readonly lastStableOffset: number;
  readonly logStartOffset: number;
  /** Set when the fetcher's log diverges from the leader's: truncate to at most endOffset, then fetch again. */
  readonly divergingEpoch: EpochEndOffsetMessage | null;
  /** On NOT_LEADER_OR_FOLLOWER / FENCED_LEADER_EPOCH: the leader this broker knows (-1 unknown). */
  readonly currentLeader: { readonly leaderId: number; readonly leaderEpoch: number } | null;
  /** Reserved (KIP-392); always -1. */
  readonly preferredReadReplica: number;
  readonly records: Uint8Array;
}

export interface FetchResponse {
  /** Set when the whole request failed (e.g. a replica fetch with a stale broker epoch). */
  readonly error: ApiError | null;
  readonly topics: readonly { readonly name: string; readonly topicId: string; readonly partitions: readonly FetchPartitionResponse[] }[];
}

/** ListOffsets timestamps with special meaning (Kafka's). */
export const latestTimestamp = -1;
export const earliestTimestamp = -2;

export interface ListOffsetsRequest {
  readonly replicaId: number;
  readonly isolationLevel: number;
  readonly topics: readonly {
    readonly name: string;
    readonly partitions: readonly { readonly partition: number; readonly currentLeaderEpoch: number; readonly timestamp: number }[];
  }[];
}

export interface ListOffsetsPartitionResponse {
  readonly partition: number;
  readonly error: ApiError | null;
  /** The found record's timestamp; -1 for earliest/latest or when nothing matched. */
  readonly timestamp: number;
  /** -1 when no record has a timestamp ≥ the one asked for. */
  readonly offset: number;
  readonly leaderEpoch: number;
}

export interface ListOffsetsResponse {
  readonly topics: readonly { readonly name: string; readonly partitions: readonly ListOffsetsPartitionResponse[] }[];
}

export interface OffsetsForLeaderEpochRequest {
  readonly replicaId: number;
  readonly topics: readonly {
    readonly name: string;
    readonly partitions: readonly { readonly partition: number; readonly currentLeaderEpoch: number; readonly leaderEpoch: number }[];
  }[];
}

export interface OffsetsForLeaderEpochResponse {
  readonly topics: readonly {
    readonly name: string;
    readonly partitions: readonly { readonly partition: number; readonly error: ApiError | null; readonly leaderEpoch: number; readonly endOffset: number }[];
  }[];
}

export interface InitProducerIdRequest {
  /** Reserved for transactions; must be null. */
  readonly transactionalId: string | null;
  readonly transactionTimeoutMs: number;
  /** An existing id and epoch to bump (KIP-360), or -1/-1 for a new id. */
  readonly producerId: number;
  readonly producerEpoch: number;
}

export interface InitProducerIdResponse {
  readonly error: ApiError | null;
  readonly producerId: number;
  readonly producerEpoch: number;
}

export interface DescribeConfigsRequest {
  /** Topic names; every topic when empty. */
  readonly topics: readonly string[];
}

export type ConfigSource = 'TOPIC_CONFIG' | 'DEFAULT_CONFIG';

export interface ConfigEntry {
  readonly name: string;
  readonly value: string;
  /** Where the value comes from: the topic's own setting, or the broker's default. */
  readonly source: ConfigSource;
}

export interface DescribeConfigsResponse {
  readonly results: readonly { readonly name: string; readonly error: ApiError | null; readonly entries: readonly ConfigEntry[] }[];
}

export type BrokerServices = {
  Metadata: { request: MetadataRequest; response: MetadataResponse };
  DescribeCluster: { request: DescribeClusterRequest; response: DescribeClusterResponse };
  DescribeQuorum: { request: DescribeQuorumRequest; response: DescribeQuorumResponse };
  CreateTopics: { request: CreateTopicsRequest; response: CreateTopicsResponse };
  DeleteTopics: { request: DeleteTopicsRequest; response: DeleteTopicsResponse };
  Produce: { request: ProduceRequest; response: ProduceResponse };
  Fetch: { request: FetchRequest; response: FetchResponse };
  ListOffsets: { request: ListOffsetsRequest; response: ListOffsetsResponse };
  OffsetsForLeaderEpoch: { request: OffsetsForLeaderEpochRequest; response: OffsetsForLeaderEpochResponse };
  InitProducerId: { request: InitProducerIdRequest; response: InitProducerIdResponse };
  CreatePartitions: { request: CreatePartitionsRequest; response: TopicResultsResponse };
  IncrementalAlterConfigs: { request: IncrementalAlterConfigsRequest; response: TopicResultsResponse };
  DescribeConfigs: { request: DescribeConfigsRequest; response: DescribeConfigsResponse };
  FindCoordinator: { request: FindCoordinatorRequest; response: FindCoordinatorResponse };
  ConsumerGroupHeartbeat: { request: ConsumerGroupHeartbeatRequest; response: ConsumerGroupHeartbeatResponse };
  OffsetCommit: { request: OffsetCommitRequest; response: GroupPartitionResults };
  OffsetFetch: { request: OffsetFetchRequest; response: OffsetFetchResponse };
  OffsetDelete: { request: OffsetDeleteRequest; response: GroupPartitionResults };
  ListGroups: { request: ListGroupsRequest; response: ListGroupsResponse };
  DescribeGroups: { request: DescribeGroupsRequest; response: DescribeGroupsResponse };
  DeleteGroups: { request: DeleteGroupsRequest; response: DeleteGroupsResponse };
};
