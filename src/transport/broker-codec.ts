// The wire codec of the client-facing RPCs (proto/broker.proto ↔
// src/broker/services.ts). CreateTopics/DeleteTopics share the controller's
// messages. Core code: no I/O.

import type { BrokerInfo, BrokerServices, PartitionMetadata, QuorumReplicaState, TopicMetadata } from '../broker/services.js';
import { skiff } from '../gen/index.js';
import { protoMethod, readBool, readCount, readIds, readInt, readOptionalString, readString, writeInt32, writeInt64, type ServiceCodec, type WireService } from './codec.js';
import { CreateTopics, DeleteTopics, readApiError, writeApiError } from './controller-codec.js';

const pb = skiff.broker;

export const brokerServiceName = 'skiff.broker.Broker';

type S = BrokerServices;

function readSigned(value: unknown, field: string, min: number): number {
  const n = readInt(value ?? 0, field);
  if (n < min) throw new Error(`${field} ${n} out of range`);
  return n;
}

function writeBroker(b: BrokerInfo): skiff.broker.BrokerInfo.$Properties {
  return {
    brokerId: writeInt32(b.brokerId, 'brokerId'),
    host: b.host,
    port: writeInt32(b.port, 'port'),
    rack: b.rack,
    fenced: b.fenced,
    inControlledShutdown: b.inControlledShutdown,
    brokerEpoch: writeInt64(b.brokerEpoch, 'brokerEpoch'),
  };
}

function readBroker(m: skiff.broker.BrokerInfo.$Properties): BrokerInfo {
  return {
    brokerId: readCount(m.brokerId ?? 0, 'brokerId'),
    host: readString(m.host ?? '', 'host'),
    port: readCount(m.port ?? 0, 'port'),
    rack: readOptionalString(m.rack, 'rack'),
    fenced: readBool(m.fenced ?? false, 'fenced'),
    inControlledShutdown: readBool(m.inControlledShutdown ?? false, 'inControlledShutdown'),
    brokerEpoch: readSigned(m.brokerEpoch, 'brokerEpoch', -1),
  };
}

function writePartition(p: PartitionMetadata): skiff.broker.PartitionMetadata.$Properties {
  const ids = (list: readonly number[], field: string): number[] => list.map((id) => writeInt32(id, field));
  return {
    partition: writeInt32(p.partition, 'partition'),
    leader: writeInt32(p.leader, 'leader'),
    leaderEpoch: writeInt32(p.leaderEpoch, 'leaderEpoch'),
    replicas: ids(p.replicas, 'replicas'),
    isr: ids(p.isr, 'isr'),
    elr: ids(p.elr, 'elr'),
    offlineReplicas: ids(p.offlineReplicas, 'offlineReplicas'),
  };
}

function readPartition(m: skiff.broker.PartitionMetadata.$Properties): PartitionMetadata {
  return {
    partition: readCount(m.partition ?? 0, 'partition'),
    leader: readSigned(m.leader, 'leader', -1),
    leaderEpoch: readCount(m.leaderEpoch ?? 0, 'leaderEpoch'),
    replicas: readIds(m.replicas, 'replicas'),
    isr: readIds(m.isr, 'isr'),
    elr: readIds(m.elr, 'elr'),
    offlineReplicas: readIds(m.offlineReplicas, 'offlineReplicas'),
  };
}

function writeTopic(t: TopicMetadata): skiff.broker.TopicMetadata.$Properties {
  return { name: t.name, topicId: t.topicId, error: writeApiError(t.error), partitions: t.partitions.map(writePartition), configs: { ...t.configs } };
}

function readTopic(m: skiff.broker.TopicMetadata.$Properties): TopicMetadata {
  const configs: Record<string, string> = {};
  for (const [key, value] of Object.entries(m.configs ?? {})) configs[key] = readString(value, `config ${key}`);
  return {
    name: readString(m.name ?? '', 'name'),
    topicId: readString(m.topicId ?? '', 'topicId'),
    error: readApiError(m.error),
    partitions: (m.partitions ?? []).map(readPartition),
    configs,
  };
}

function writeReplica(r: QuorumReplicaState): skiff.broker.QuorumReplicaState.$Properties {
  return {
    nodeId: writeInt32(r.nodeId, 'nodeId'),
    logEndOffset: writeInt64(r.logEndOffset, 'logEndOffset'),
    lastFetchTimestamp: writeInt64(r.lastFetchTimestamp, 'lastFetchTimestamp'),
    lastCaughtUpTimestamp: writeInt64(r.lastCaughtUpTimestamp, 'lastCaughtUpTimestamp'),
  };
}

function readReplica(m: skiff.broker.QuorumReplicaState.$Properties): QuorumReplicaState {
  return {
    nodeId: readCount(m.nodeId ?? 0, 'nodeId'),
    logEndOffset: readSigned(m.logEndOffset, 'logEndOffset', -1),
    lastFetchTimestamp: readSigned(m.lastFetchTimestamp, 'lastFetchTimestamp', -1),
    lastCaughtUpTimestamp: readSigned(m.lastCaughtUpTimestamp, 'lastCaughtUpTimestamp', -1),
  };
}

const Metadata = protoMethod('Metadata', {
  request: pb.MetadataRequest,
  response: pb.MetadataResponse,
  toRequestMessage: (r: S['Metadata']['request']) => ({ topics: r.topics === null ? null : { names: [...r.topics] } }),
  fromRequestMessage: (m): S['Metadata']['request'] => ({
    topics: m.topics === null || m.topics === undefined ? null : (m.topics.names ?? []).map((n) => readString(n, 'topics')),
  }),
  toResponseMessage: (r: S['Metadata']['response']) => ({
    clusterId: r.clusterId,
    controllerId: writeInt32(r.controllerId, 'controllerId'),
    metadataOffset: writeInt64(r.metadataOffset, 'metadataOffset'),
    brokers: r.brokers.map(writeBroker),
    topics: r.topics.map(writeTopic),
  }),
  fromResponseMessage: (m): S['Metadata']['response'] => ({
    clusterId: readString(m.clusterId ?? '', 'clusterId'),
    controllerId: readSigned(m.controllerId, 'controllerId', -1),
    metadataOffset: readCount(m.metadataOffset ?? 0, 'metadataOffset'),
    brokers: (m.brokers ?? []).map(readBroker),
    topics: (m.topics ?? []).map(readTopic),
  }),
});

const DescribeCluster = protoMethod('DescribeCluster', {
  request: pb.DescribeClusterRequest,
  response: pb.DescribeClusterResponse,
  toRequestMessage: (r: S['DescribeCluster']['request']) => ({ includeFenced: r.includeFenced }),
  fromRequestMessage: (m): S['DescribeCluster']['request'] => ({ includeFenced: readBool(m.includeFenced ?? false, 'includeFenced') }),
  toResponseMessage: (r: S['DescribeCluster']['response']) => ({
    clusterId: r.clusterId,
    controllerId: writeInt32(r.controllerId, 'controllerId'),
    brokers: r.brokers.map(writeBroker),
  }),
  fromResponseMessage: (m): S['DescribeCluster']['response'] => ({
    clusterId: readString(m.clusterId ?? '', 'clusterId'),
    controllerId: readSigned(m.controllerId, 'controllerId', -1),
    brokers: (m.brokers ?? []).map(readBroker),
  }),
});

const DescribeQuorum = protoMethod('DescribeQuorum', {
  request: pb.DescribeQuorumRequest,
  response: pb.DescribeQuorumResponse,
  toRequestMessage: () => ({}),
  fromRequestMessage: (): S['DescribeQuorum']['request'] => ({}),
  toResponseMessage: (r: S['DescribeQuorum']['response']) => ({
    error: writeApiError(r.error),
    leaderId: writeInt32(r.leaderId, 'leaderId'),
    leaderEpoch: writeInt32(r.leaderEpoch, 'leaderEpoch'),
    highWatermark: writeInt64(r.highWatermark, 'highWatermark'),
    voters: r.voters.map(writeReplica),
    observers: r.observers.map(writeReplica),
  }),
  fromResponseMessage: (m): S['DescribeQuorum']['response'] => ({
    error: readApiError(m.error),
    leaderId: readSigned(m.leaderId, 'leaderId', -1),
    leaderEpoch: readCount(m.leaderEpoch ?? 0, 'leaderEpoch'),
    highWatermark: readSigned(m.highWatermark, 'highWatermark', -1),
    voters: (m.voters ?? []).map(readReplica),
    observers: (m.observers ?? []).map(readReplica),
  }),
});

export const brokerCodec: ServiceCodec<BrokerServices> = { Metadata, DescribeCluster, DescribeQuorum, CreateTopics, DeleteTopics };

export const brokerService: WireService<BrokerServices> = { name: brokerServiceName, codec: brokerCodec };
