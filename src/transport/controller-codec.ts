// The wire codec of the controller's RPCs (proto/controller.proto ↔
// src/controller/services.ts). Core code: no I/O.

import { skiff } from '../gen/index.js';
import type {
  ApiError,
  ControllerServices,
  CreatableTopic,
  CreateTopicsResponse,
  CreateTopicsResult,
  DeleteTopicsResponse,
  PartitionStateMessage,
  TopicResultsResponse,
} from '../controller/services.js';
import type { Endpoint } from '../metadata/records.js';
import {
  protoMethod,
  readBool,
  readCount,
  readErrorCode,
  readIds,
  readInt,
  readOptionalString,
  readString,
  writeErrorCode,
  writeInt32,
  writeInt64,
  type ServiceCodec,
  type WireService,
} from './codec.js';

const pb = skiff.controller;

export const controllerServiceName = 'skiff.controller.Controller';

// --- shared conversions (also used by the broker codec) ----------------------

export function writeApiError(error: ApiError | null): skiff.controller.ApiError.$Properties | null {
  return error === null ? null : { code: writeErrorCode(error.code), message: error.message };
}

export function readApiError(message: skiff.controller.ApiError.$Properties | null | undefined): ApiError | null {
  if (message === null || message === undefined) return null;
  const code = readErrorCode(message.code ?? 0);
  if (code === null) throw new Error('error present with code 0');
  return { code, message: typeof message.message === 'string' ? message.message : '' };
}

function writeIds(ids: readonly number[], field: string): number[] {
  return ids.map((id) => writeInt32(id, field));
}

function writeEndpoint(e: Endpoint): skiff.controller.Endpoint.$Properties {
  return { name: e.name, host: e.host, port: writeInt32(e.port, 'port') };
}

function readEndpoint(m: skiff.controller.Endpoint.$Properties): Endpoint {
  const port = readCount(m.port, 'endpoint.port');
  if (port > 65535) throw new Error(`endpoint port ${port} out of range`);
  return { name: readString(m.name ?? '', 'endpoint.name'), host: readString(m.host ?? '', 'endpoint.host'), port };
}

function writeConfigs(configs: Readonly<Record<string, string>>): Record<string, string> {
  return { ...configs };
}

function readConfigs(configs: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(configs ?? {})) out[key] = readString(value, `config ${key}`);
  return out;
}

export function writeCreatableTopic(t: CreatableTopic): skiff.controller.CreatableTopic.$Properties {
  return { name: t.name, numPartitions: writeInt32(t.numPartitions, 'numPartitions'), replicationFactor: writeInt32(t.replicationFactor, 'replicationFactor'), configs: writeConfigs(t.configs) };
}

export function readCreatableTopic(m: skiff.controller.CreatableTopic.$Properties): CreatableTopic {
  return {
    name: readString(m.name ?? '', 'name'),
    numPartitions: readInt(m.numPartitions ?? 0, 'numPartitions'),
    replicationFactor: readInt(m.replicationFactor ?? 0, 'replicationFactor'),
    configs: readConfigs(m.configs),
  };
}

export function writeCreateTopicsResponse(r: CreateTopicsResponse): skiff.controller.CreateTopicsResponse.$Properties {
  return {
    error: writeApiError(r.error),
    results: r.results.map((t) => ({
      name: t.name,
      topicId: t.topicId,
      numPartitions: writeInt32(t.numPartitions, 'numPartitions'),
      replicationFactor: writeInt32(t.replicationFactor, 'replicationFactor'),
      error: writeApiError(t.error),
    })),
  };
}

export function readCreateTopicsResponse(m: skiff.controller.CreateTopicsResponse.$Properties): CreateTopicsResponse {
  return {
    error: readApiError(m.error),
    results: (m.results ?? []).map(
      (t): CreateTopicsResult => ({
        name: readString(t.name ?? '', 'name'),
        topicId: readOptionalString(t.topicId, 'topicId'),
        numPartitions: readInt(t.numPartitions ?? 0, 'numPartitions'),
        replicationFactor: readInt(t.replicationFactor ?? 0, 'replicationFactor'),
        error: readApiError(t.error),
      }),
    ),
  };
}

export function writeDeleteTopicsResponse(r: DeleteTopicsResponse): skiff.controller.DeleteTopicsResponse.$Properties {
  return { error: writeApiError(r.error), results: r.results.map((t) => ({ name: t.name, error: writeApiError(t.error) })) };
}

export function readDeleteTopicsResponse(m: skiff.controller.DeleteTopicsResponse.$Properties): DeleteTopicsResponse {
  return { error: readApiError(m.error), results: (m.results ?? []).map((t) => ({ name: readString(t.name ?? '', 'name'), error: readApiError(t.error) })) };
}

function writePartitionState(p: PartitionStateMessage): skiff.controller.PartitionState.$Properties {
  return {
    topicId: p.topicId,
    partition: writeInt32(p.partition, 'partition'),
    leader: writeInt32(p.leader, 'leader'),
    leaderEpoch: writeInt32(p.leaderEpoch, 'leaderEpoch'),
    partitionEpoch: writeInt32(p.partitionEpoch, 'partitionEpoch'),
    replicas: writeIds(p.replicas, 'replicas'),
    isr: writeIds(p.isr, 'isr'),
    elr: writeIds(p.elr, 'elr'),
    leaderRecovering: p.leaderRecovering,
  };
}

function readPartitionState(m: skiff.controller.PartitionState.$Properties): PartitionStateMessage {
  const leader = readInt(m.leader ?? 0, 'leader');
  if (leader < -1) throw new Error(`leader ${leader} out of range`);
  return {
    topicId: readString(m.topicId ?? '', 'topicId'),
    partition: readCount(m.partition ?? 0, 'partition'),
    leader,
    leaderEpoch: readCount(m.leaderEpoch ?? 0, 'leaderEpoch'),
    partitionEpoch: readCount(m.partitionEpoch ?? 0, 'partitionEpoch'),
    replicas: readIds(m.replicas, 'replicas'),
    isr: readIds(m.isr, 'isr'),
    elr: readIds(m.elr, 'elr'),
    leaderRecovering: readBool(m.leaderRecovering ?? false, 'leaderRecovering'),
  };
}

// --- methods -------------------------------------------------------------------

type S = ControllerServices;

const BrokerRegistration = protoMethod('BrokerRegistration', {
  request: pb.BrokerRegistrationRequest,
  response: pb.BrokerRegistrationResponse,
  toRequestMessage: (r: S['BrokerRegistration']['request']) => ({
    clusterId: r.clusterId,
    brokerId: writeInt32(r.brokerId, 'brokerId'),
    incarnationId: r.incarnationId,
    endpoints: r.endpoints.map(writeEndpoint),
    rack: r.rack,
    logDirIds: [...r.logDirIds],
  }),
  fromRequestMessage: (m): S['BrokerRegistration']['request'] => ({
    clusterId: readString(m.clusterId ?? '', 'clusterId'),
    brokerId: readCount(m.brokerId ?? 0, 'brokerId'),
    incarnationId: readString(m.incarnationId ?? '', 'incarnationId'),
    endpoints: (m.endpoints ?? []).map(readEndpoint),
    rack: readOptionalString(m.rack, 'rack'),
    logDirIds: (m.logDirIds ?? []).map((id) => readString(id, 'logDirIds')),
  }),
  toResponseMessage: (r: S['BrokerRegistration']['response']) => ({ error: writeApiError(r.error), brokerEpoch: writeInt64(r.brokerEpoch, 'brokerEpoch') }),
  fromResponseMessage: (m): S['BrokerRegistration']['response'] => ({ error: readApiError(m.error), brokerEpoch: readInt(m.brokerEpoch ?? 0, 'brokerEpoch') }),
});

const BrokerHeartbeat = protoMethod('BrokerHeartbeat', {
  request: pb.BrokerHeartbeatRequest,
  response: pb.BrokerHeartbeatResponse,
  toRequestMessage: (r: S['BrokerHeartbeat']['request']) => ({
    brokerId: writeInt32(r.brokerId, 'brokerId'),
    brokerEpoch: writeInt64(r.brokerEpoch, 'brokerEpoch'),
    currentMetadataOffset: writeInt64(r.currentMetadataOffset, 'currentMetadataOffset'),
    wantFence: r.wantFence,
    wantShutDown: r.wantShutDown,
  }),
  fromRequestMessage: (m): S['BrokerHeartbeat']['request'] => ({
    brokerId: readCount(m.brokerId ?? 0, 'brokerId'),
    brokerEpoch: readInt(m.brokerEpoch ?? 0, 'brokerEpoch'),
    currentMetadataOffset: readInt(m.currentMetadataOffset ?? 0, 'currentMetadataOffset'),
    wantFence: readBool(m.wantFence ?? false, 'wantFence'),
    wantShutDown: readBool(m.wantShutDown ?? false, 'wantShutDown'),
  }),
  toResponseMessage: (r: S['BrokerHeartbeat']['response']) => ({
    error: writeApiError(r.error),
    isCaughtUp: r.isCaughtUp,
    isFenced: r.isFenced,
    shouldShutDown: r.shouldShutDown,
  }),
  fromResponseMessage: (m): S['BrokerHeartbeat']['response'] => ({
    error: readApiError(m.error),
    isCaughtUp: readBool(m.isCaughtUp ?? false, 'isCaughtUp'),
    isFenced: readBool(m.isFenced ?? false, 'isFenced'),
    shouldShutDown: readBool(m.shouldShutDown ?? false, 'shouldShutDown'),
  }),
});

const AlterPartition = protoMethod('AlterPartition', {
  request: pb.AlterPartitionRequest,
  response: pb.AlterPartitionResponse,
  toRequestMessage: (r: S['AlterPartition']['request']) => ({
    brokerId: writeInt32(r.brokerId, 'brokerId'),
    brokerEpoch: writeInt64(r.brokerEpoch, 'brokerEpoch'),
    topicId: r.topicId,
    partition: writeInt32(r.partition, 'partition'),
    leaderEpoch: writeInt32(r.leaderEpoch, 'leaderEpoch'),
    partitionEpoch: writeInt32(r.partitionEpoch, 'partitionEpoch'),
    newIsr: r.newIsr.map((m) => ({ brokerId: writeInt32(m.brokerId, 'newIsr.brokerId'), brokerEpoch: writeInt64(m.brokerEpoch, 'newIsr.brokerEpoch') })),
    leaderRecovering: r.leaderRecovering,
  }),
  fromRequestMessage: (m): S['AlterPartition']['request'] => ({
    brokerId: readCount(m.brokerId ?? 0, 'brokerId'),
    brokerEpoch: readInt(m.brokerEpoch ?? 0, 'brokerEpoch'),
    topicId: readString(m.topicId ?? '', 'topicId'),
    partition: readCount(m.partition ?? 0, 'partition'),
    leaderEpoch: readCount(m.leaderEpoch ?? 0, 'leaderEpoch'),
    partitionEpoch: readCount(m.partitionEpoch ?? 0, 'partitionEpoch'),
    newIsr: (m.newIsr ?? []).map((x) => ({ brokerId: readCount(x.brokerId ?? 0, 'newIsr.brokerId'), brokerEpoch: readInt(x.brokerEpoch ?? 0, 'newIsr.brokerEpoch') })),
    leaderRecovering: readBool(m.leaderRecovering ?? false, 'leaderRecovering'),
  }),
  toResponseMessage: (r: S['AlterPartition']['response']) => ({ error: writeApiError(r.error), partition: r.partition === null ? null : writePartitionState(r.partition) }),
  fromResponseMessage: (m): S['AlterPartition']['response'] => ({
    error: readApiError(m.error),
    partition: m.partition === null || m.partition === undefined ? null : readPartitionState(m.partition),
  }),
});

const AllocateProducerIds = protoMethod('AllocateProducerIds', {
  request: pb.AllocateProducerIdsRequest,
  response: pb.AllocateProducerIdsResponse,
  toRequestMessage: (r: S['AllocateProducerIds']['request']) => ({ brokerId: writeInt32(r.brokerId, 'brokerId'), brokerEpoch: writeInt64(r.brokerEpoch, 'brokerEpoch') }),
  fromRequestMessage: (m): S['AllocateProducerIds']['request'] => ({ brokerId: readCount(m.brokerId ?? 0, 'brokerId'), brokerEpoch: readInt(m.brokerEpoch ?? 0, 'brokerEpoch') }),
  toResponseMessage: (r: S['AllocateProducerIds']['response']) => ({
    error: writeApiError(r.error),
    firstProducerId: writeInt64(r.firstProducerId, 'firstProducerId'),
    size: writeInt32(r.size, 'size'),
  }),
  fromResponseMessage: (m): S['AllocateProducerIds']['response'] => ({
    error: readApiError(m.error),
    firstProducerId: readInt(m.firstProducerId ?? 0, 'firstProducerId'),
    size: readCount(m.size ?? 0, 'size'),
  }),
});

export const CreateTopics = protoMethod('CreateTopics', {
  request: pb.CreateTopicsRequest,
  response: pb.CreateTopicsResponse,
  toRequestMessage: (r: S['CreateTopics']['request']) => ({ topics: r.topics.map(writeCreatableTopic) }),
  fromRequestMessage: (m): S['CreateTopics']['request'] => ({ topics: (m.topics ?? []).map(readCreatableTopic) }),
  toResponseMessage: writeCreateTopicsResponse,
  fromResponseMessage: readCreateTopicsResponse,
});

export const DeleteTopics = protoMethod('DeleteTopics', {
  request: pb.DeleteTopicsRequest,
  response: pb.DeleteTopicsResponse,
  toRequestMessage: (r: S['DeleteTopics']['request']) => ({ names: [...r.names] }),
  fromRequestMessage: (m): S['DeleteTopics']['request'] => ({ names: (m.names ?? []).map((n) => readString(n, 'names')) }),
  toResponseMessage: writeDeleteTopicsResponse,
  fromResponseMessage: readDeleteTopicsResponse,
});

function writeTopicResults(r: TopicResultsResponse): skiff.controller.TopicResultsResponse.$Properties {
  return { error: writeApiError(r.error), results: r.results.map((t) => ({ name: t.name, error: writeApiError(t.error) })) };
}

function readTopicResults(m: skiff.controller.TopicResultsResponse.$Properties): TopicResultsResponse {
  return { error: readApiError(m.error), results: (m.results ?? []).map((t) => ({ name: readString(t.name ?? '', 'name'), error: readApiError(t.error) })) };
}

export const CreatePartitions = protoMethod('CreatePartitions', {
  request: pb.CreatePartitionsRequest,
  response: pb.TopicResultsResponse,
  toRequestMessage: (r: S['CreatePartitions']['request']) => ({ topics: r.topics.map((t) => ({ name: t.name, count: writeInt32(t.count, 'count') })), validateOnly: r.validateOnly }),
  fromRequestMessage: (m): S['CreatePartitions']['request'] => ({
    topics: (m.topics ?? []).map((t) => ({ name: readString(t.name ?? '', 'name'), count: readInt(t.count ?? 0, 'count') })),
    validateOnly: m.validateOnly === true,
  }),
  toResponseMessage: writeTopicResults,
  fromResponseMessage: readTopicResults,
});

export const IncrementalAlterConfigs = protoMethod('IncrementalAlterConfigs', {
  request: pb.IncrementalAlterConfigsRequest,
  response: pb.TopicResultsResponse,
  toRequestMessage: (r: S['IncrementalAlterConfigs']['request']) => ({ topics: r.topics.map((t) => ({ name: t.name, set: writeConfigs(t.set), delete: [...t.delete] })), validateOnly: r.validateOnly }),
  fromRequestMessage: (m): S['IncrementalAlterConfigs']['request'] => ({
    topics: (m.topics ?? []).map((t) => ({ name: readString(t.name ?? '', 'name'), set: readConfigs(t.set), delete: (t.delete ?? []).map((k) => readString(k, 'delete')) })),
    validateOnly: m.validateOnly === true,
  }),
  toResponseMessage: writeTopicResults,
  fromResponseMessage: readTopicResults,
});

export const controllerCodec: ServiceCodec<ControllerServices> = {
  BrokerRegistration,
  BrokerHeartbeat,
  AlterPartition,
  AllocateProducerIds,
  CreateTopics,
  DeleteTopics,
  CreatePartitions,
  IncrementalAlterConfigs,
};

export const controllerService: WireService<ControllerServices> = { name: controllerServiceName, codec: controllerCodec };
