// The controller's RPCs (proto/controller.proto): brokers register, heartbeat,
// propose ISR changes and take producer-id blocks; CreateTopics/DeleteTopics
// arrive here when a node forwards a client's request to the active
// controller. Every response carries an ApiError or null; a node that is not
// the active controller answers NOT_CONTROLLER with the leader it knows.

import type { ErrorCode } from '../common/errors.js';
import type { Endpoint } from '../metadata/records.js';

export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
}

export interface BrokerRegistrationRequest {
  readonly clusterId: string;
  readonly brokerId: number;
  readonly incarnationId: string;
  readonly endpoints: readonly Endpoint[];
  readonly rack: string | null;
  /** directory.id (meta.properties) of each data directory and of the metadata directory. */
  readonly logDirIds: readonly string[];
}

export interface BrokerRegistrationResponse {
  readonly error: ApiError | null;
  readonly brokerEpoch: number;
}

export interface BrokerHeartbeatRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
  readonly currentMetadataOffset: number;
  readonly wantFence: boolean;
  readonly wantShutDown: boolean;
}

export interface BrokerHeartbeatResponse {
  readonly error: ApiError | null;
  readonly isCaughtUp: boolean;
  readonly isFenced: boolean;
  readonly shouldShutDown: boolean;
}

export interface AlterPartitionRpcRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
  readonly topicId: string;
  readonly partition: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
  readonly newIsr: readonly { readonly brokerId: number; readonly brokerEpoch: number }[];
  readonly leaderRecovering: boolean;
}

export interface PartitionStateMessage {
  readonly topicId: string;
  readonly partition: number;
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly elr: readonly number[];
  readonly leaderRecovering: boolean;
}

export interface AlterPartitionRpcResponse {
  readonly error: ApiError | null;
  readonly partition: PartitionStateMessage | null;
}

export interface AllocateProducerIdsRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
}

export interface AllocateProducerIdsResponse {
  readonly error: ApiError | null;
  readonly firstProducerId: number;
  readonly size: number;
}

export interface CreatableTopic {
  readonly name: string;
  /** -1 = num.partitions */
  readonly numPartitions: number;
  /** -1 = default.replication.factor */
  readonly replicationFactor: number;
  readonly configs: Readonly<Record<string, string>>;
}

export interface CreateTopicsRequest {
  readonly topics: readonly CreatableTopic[];
}

export interface CreateTopicsResult {
  readonly name: string;
  readonly topicId: string | null;
  readonly numPartitions: number;
  readonly replicationFactor: number;
  readonly error: ApiError | null;
}

export interface CreateTopicsResponse {
  /** Set when the whole request failed (e.g. NOT_CONTROLLER); per-topic errors are in results. */
  readonly error: ApiError | null;
  readonly results: readonly CreateTopicsResult[];
}

export interface DeleteTopicsRequest {
  readonly names: readonly string[];
}

export interface DeleteTopicsResponse {
  readonly error: ApiError | null;
  readonly results: readonly { readonly name: string; readonly error: ApiError | null }[];
}

/** Topic operations answered per topic: the whole request's error, or one per topic. */
export interface TopicResultsResponse {
  readonly error: ApiError | null;
  readonly results: readonly { readonly name: string; readonly error: ApiError | null }[];
}

export interface CreatePartitionsRequest {
  /** Each topic's new total partition count (Kafka's CreatePartitions: partitions are only ever added). */
  readonly topics: readonly { readonly name: string; readonly count: number }[];
  readonly validateOnly: boolean;
}

export interface IncrementalAlterConfigsRequest {
  /** Per topic: keys to set, and keys to delete (back to the broker default). */
  readonly topics: readonly { readonly name: string; readonly set: Readonly<Record<string, string>>; readonly delete: readonly string[] }[];
  readonly validateOnly: boolean;
}

export type ControllerServices = {
  BrokerRegistration: { request: BrokerRegistrationRequest; response: BrokerRegistrationResponse };
  BrokerHeartbeat: { request: BrokerHeartbeatRequest; response: BrokerHeartbeatResponse };
  AlterPartition: { request: AlterPartitionRpcRequest; response: AlterPartitionRpcResponse };
  AllocateProducerIds: { request: AllocateProducerIdsRequest; response: AllocateProducerIdsResponse };
  CreateTopics: { request: CreateTopicsRequest; response: CreateTopicsResponse };
  DeleteTopics: { request: DeleteTopicsRequest; response: DeleteTopicsResponse };
  CreatePartitions: { request: CreatePartitionsRequest; response: TopicResultsResponse };
  IncrementalAlterConfigs: { request: IncrementalAlterConfigsRequest; response: TopicResultsResponse };
};
