// The client-facing RPCs every node serves (proto/broker.proto): cluster and
// topic metadata, the quorum's state, and topic administration (forwarded to
// the active controller). Produce/Fetch/ListOffsets join in the data-plane
// issue.

import type { ApiError, CreateTopicsRequest, CreateTopicsResponse, DeleteTopicsRequest, DeleteTopicsResponse } from '../controller/services.js';

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

export type BrokerServices = {
  Metadata: { request: MetadataRequest; response: MetadataResponse };
  DescribeCluster: { request: DescribeClusterRequest; response: DescribeClusterResponse };
  DescribeQuorum: { request: DescribeQuorumRequest; response: DescribeQuorumResponse };
  CreateTopics: { request: CreateTopicsRequest; response: CreateTopicsResponse };
  DeleteTopics: { request: DeleteTopicsRequest; response: DeleteTopicsResponse };
};
