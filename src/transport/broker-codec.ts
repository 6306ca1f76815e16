// The wire codec of the client-facing RPCs (proto/broker.proto ↔
// src/broker/services.ts). CreateTopics, DeleteTopics, CreatePartitions and
// IncrementalAlterConfigs share the controller's
// messages. Core code: no I/O.
//
// Data plane: record batches are opaque here. Decoding keeps `records` as the
// view protobufjs hands out (it aliases the message bytes, never a copy: a
// Fetch response may carry tens of MiB); the batches are checked where they
// are used (the log validates a produced batch; a fetcher checks what it
// appends or returns). Decoding does check every number against the range the
// contract gives it: -1 only where it means "none" or "unknown", and ListOffsets'
// special timestamps (-1 latest, -2 earliest). Values within range but not
// served (acks 2, isolation level 1, a transactional id) are the handler's to
// answer with a Kafka error code.

import {
  earliestTimestamp,
  type BrokerInfo,
  type ConfigSource,
  type BrokerServices,
  type FetchPartition,
  type FetchPartitionResponse,
  type ListOffsetsPartitionResponse,
  type PartitionMetadata,
  type ProducePartitionData,
  type ProducePartitionResponse,
  type QuorumReplicaState,
  type TopicMetadata,
} from '../broker/services.js';
import { skiff } from '../gen/index.js';
import {
  protoMethod,
  readBool,
  readBytes,
  readCount,
  readIds,
  readInt,
  readOptionalString,
  readString,
  writeInt32,
  writeInt64,
  type ServiceCodec,
  type WireService,
} from './codec.js';
import { encodeFetchResponse, encodeProduceRequest } from './data-plane-encoders.js';
import { groupCodec } from './group-codec.js';
import { CreatePartitions, CreateTopics, DeleteTopics, IncrementalAlterConfigs, readApiError, writeApiError } from './controller-codec.js';

const pb = skiff.broker;

export const brokerServiceName = 'skiff.broker.Broker';

type S = BrokerServices;

/** An integer in [min, max]; an absent (proto3 default) field reads as 0. */
function readSigned(value: unknown, field: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = readInt(value ?? 0, field);
  if (n < min || n > max) throw new Error(`${field} ${n} out of range [${min}, ${max}]`);
  return n;
}

/** An id, epoch, offset or timestamp where -1 means none or unknown. */
function readOptionalCount(value: unknown, field: string): number {
  return readSigned(value, field, -1);
}

/** Kafka's isolation levels: 0 = read_uncommitted, 1 = read_committed. */
function readIsolationLevel(value: unknown): number {
  return readSigned(value, 'isolationLevel', 0, 1);
}

/** A producer epoch is an int16 in Kafka; -1 = none. */
function readProducerEpoch(value: unknown): number {
  return readSigned(value, 'producerEpoch', -1, 0x7fff);
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

// --- data plane -----------------------------------------------------------------

function writeProducePartition(p: ProducePartitionData): skiff.broker.ProducePartitionData.$Properties {
  return { partition: writeInt32(p.partition, 'partition'), records: p.records };
}

function readProducePartition(m: skiff.broker.ProducePartitionData.$Properties): ProducePartitionData {
  return { partition: readCount(m.partition ?? 0, 'partition'), records: readBytes(m.records, 'records') };
}

function writeProducePartitionResponse(p: ProducePartitionResponse): skiff.broker.ProducePartitionResponse.$Properties {
  return {
    partition: writeInt32(p.partition, 'partition'),
    error: writeApiError(p.error),
    baseOffset: writeInt64(p.baseOffset, 'baseOffset'),
    logAppendTime: writeInt64(p.logAppendTime, 'logAppendTime'),
    logStartOffset: writeInt64(p.logStartOffset, 'logStartOffset'),
  };
}

function readProducePartitionResponse(m: skiff.broker.ProducePartitionResponse.$Properties): ProducePartitionResponse {
  return {
    partition: readCount(m.partition ?? 0, 'partition'),
    error: readApiError(m.error),
    baseOffset: readOptionalCount(m.baseOffset, 'baseOffset'),
    logAppendTime: readOptionalCount(m.logAppendTime, 'logAppendTime'),
    logStartOffset: readOptionalCount(m.logStartOffset, 'logStartOffset'),
  };
}

const Produce = protoMethod('Produce', {
  request: pb.ProduceRequest,
  response: pb.ProduceResponse,
  toRequestMessage: (r: S['Produce']['request']) => ({
    transactionalId: r.transactionalId,
    acks: writeInt32(r.acks, 'acks'),
    timeoutMs: writeInt32(r.timeoutMs, 'timeoutMs'),
    topics: r.topics.map((t) => ({ name: t.name, partitions: t.partitions.map(writeProducePartition) })),
  }),
  fromRequestMessage: (m): S['Produce']['request'] => ({
    transactionalId: readOptionalString(m.transactionalId, 'transactionalId'),
    acks: readInt(m.acks ?? 0, 'acks'),
    timeoutMs: readCount(m.timeoutMs ?? 0, 'timeoutMs'),
    topics: (m.topics ?? []).map((t) => ({ name: readString(t.name ?? '', 'topic name'), partitions: (t.partitions ?? []).map(readProducePartition) })),
  }),
  toResponseMessage: (r: S['Produce']['response']) => ({
    topics: r.topics.map((t) => ({ name: t.name, partitions: t.partitions.map(writeProducePartitionResponse) })),
  }),
  fromResponseMessage: (m): S['Produce']['response'] => ({
    topics: (m.topics ?? []).map((t) => ({ name: readString(t.name ?? '', 'topic name'), partitions: (t.partitions ?? []).map(readProducePartitionResponse) })),
  }),
});

function writeFetchPartition(p: FetchPartition): skiff.broker.FetchPartition.$Properties {
  return {
    partition: writeInt32(p.partition, 'partition'),
    fetchOffset: writeInt64(p.fetchOffset, 'fetchOffset'),
    currentLeaderEpoch: writeInt32(p.currentLeaderEpoch, 'currentLeaderEpoch'),
    lastFetchedEpoch: writeInt32(p.lastFetchedEpoch, 'lastFetchedEpoch'),
    logStartOffset: writeInt64(p.logStartOffset, 'logStartOffset'),
    durableOffset: writeInt64(p.durableOffset, 'durableOffset'),
    partitionMaxBytes: writeInt32(p.partitionMaxBytes, 'partitionMaxBytes'),
  };
}

function readFetchPartition(m: skiff.broker.FetchPartition.$Properties): FetchPartition {
  return {
    partition: readCount(m.partition ?? 0, 'partition'),
    fetchOffset: readCount(m.fetchOffset ?? 0, 'fetchOffset'),
    currentLeaderEpoch: readOptionalCount(m.currentLeaderEpoch, 'currentLeaderEpoch'),
    lastFetchedEpoch: readOptionalCount(m.lastFetchedEpoch, 'lastFetchedEpoch'),
    logStartOffset: readOptionalCount(m.logStartOffset, 'logStartOffset'),
    durableOffset: readOptionalCount(m.durableOffset, 'durableOffset'),
    partitionMaxBytes: readCount(m.partitionMaxBytes ?? 0, 'partitionMaxBytes'),
  };
}

function writeFetchPartitionResponse(p: FetchPartitionResponse): skiff.broker.FetchPartitionResponse.$Properties {
  const diverging = p.divergingEpoch;
  const leader = p.currentLeader;
  return {
    partition: writeInt32(p.partition, 'partition'),
    error: writeApiError(p.error),
    highWatermark: writeInt64(p.highWatermark, 'highWatermark'),
    lastStableOffset: writeInt64(p.lastStableOffset, 'lastStableOffset'),
    logStartOffset: writeInt64(p.logStartOffset, 'logStartOffset'),
    divergingEpoch: diverging === null ? null : { epoch: writeInt32(diverging.epoch, 'divergingEpoch.epoch'), endOffset: writeInt64(diverging.endOffset, 'divergingEpoch.endOffset') },
    currentLeader: leader === null ? null : { leaderId: writeInt32(leader.leaderId, 'currentLeader.leaderId'), leaderEpoch: writeInt32(leader.leaderEpoch, 'currentLeader.leaderEpoch') },
    preferredReadReplica: writeInt32(p.preferredReadReplica, 'preferredReadReplica'),
    records: p.records,
  };
}

function readFetchPartitionResponse(m: skiff.broker.FetchPartitionResponse.$Properties): FetchPartitionResponse {
  const diverging = m.divergingEpoch;
  const leader = m.currentLeader;
  return {
    partition: readCount(m.partition ?? 0, 'partition'),
    error: readApiError(m.error),
    highWatermark: readOptionalCount(m.highWatermark, 'highWatermark'),
    lastStableOffset: readOptionalCount(m.lastStableOffset, 'lastStableOffset'),
    logStartOffset: readOptionalCount(m.logStartOffset, 'logStartOffset'),
    divergingEpoch:
      diverging === null || diverging === undefined
        ? null
        : { epoch: readOptionalCount(diverging.epoch, 'divergingEpoch.epoch'), endOffset: readOptionalCount(diverging.endOffset, 'divergingEpoch.endOffset') },
    currentLeader:
      leader === null || leader === undefined
        ? null
        : { leaderId: readOptionalCount(leader.leaderId, 'currentLeader.leaderId'), leaderEpoch: readOptionalCount(leader.leaderEpoch, 'currentLeader.leaderEpoch') },
    preferredReadReplica: readOptionalCount(m.preferredReadReplica, 'preferredReadReplica'),
    records: readBytes(m.records, 'records'),
  };
}

const Fetch = protoMethod('Fetch', {
  request: pb.FetchRequest,
  response: pb.FetchResponse,
  toRequestMessage: (r: S['Fetch']['request']) => ({
    replicaId: writeInt32(r.replicaId, 'replicaId'),
    replicaEpoch: writeInt64(r.replicaEpoch, 'replicaEpoch'),
    maxWaitMs: writeInt32(r.maxWaitMs, 'maxWaitMs'),
    minBytes: writeInt32(r.minBytes, 'minBytes'),
    maxBytes: writeInt32(r.maxBytes, 'maxBytes'),
    isolationLevel: writeInt32(r.isolationLevel, 'isolationLevel'),
    rackId: r.rackId,
    topics: r.topics.map((t) => ({ name: t.name, topicId: t.topicId, partitions: t.partitions.map(writeFetchPartition) })),
  }),
  fromRequestMessage: (m): S['Fetch']['request'] => ({
    replicaId: readOptionalCount(m.replicaId, 'replicaId'),
    replicaEpoch: readOptionalCount(m.replicaEpoch, 'replicaEpoch'),
    maxWaitMs: readCount(m.maxWaitMs ?? 0, 'maxWaitMs'),
    minBytes: readCount(m.minBytes ?? 0, 'minBytes'),
    maxBytes: readCount(m.maxBytes ?? 0, 'maxBytes'),
    isolationLevel: readIsolationLevel(m.isolationLevel),
    rackId: readString(m.rackId ?? '', 'rackId'),
    topics: (m.topics ?? []).map((t) => ({
      name: readString(t.name ?? '', 'topic name'),
      topicId: readString(t.topicId ?? '', 'topicId'),
      partitions: (t.partitions ?? []).map(readFetchPartition),
    })),
  }),
  toResponseMessage: (r: S['Fetch']['response']) => ({
    error: writeApiError(r.error),
    topics: r.topics.map((t) => ({ name: t.name, topicId: t.topicId, partitions: t.partitions.map(writeFetchPartitionResponse) })),
  }),
  fromResponseMessage: (m): S['Fetch']['response'] => ({
    error: readApiError(m.error),
    topics: (m.topics ?? []).map((t) => ({
      name: readString(t.name ?? '', 'topic name'),
      topicId: readString(t.topicId ?? '', 'topicId'),
      partitions: (t.partitions ?? []).map(readFetchPartitionResponse),
    })),
  }),
});

function writeListOffsetsPartitionResponse(p: ListOffsetsPartitionResponse): skiff.broker.ListOffsetsPartitionResponse.$Properties {
  return {
    partition: writeInt32(p.partition, 'partition'),
    error: writeApiError(p.error),
    timestamp: writeInt64(p.timestamp, 'timestamp'),
    offset: writeInt64(p.offset, 'offset'),
    leaderEpoch: writeInt32(p.leaderEpoch, 'leaderEpoch'),
  };
}

function readListOffsetsPartitionResponse(m: skiff.broker.ListOffsetsPartitionResponse.$Properties): ListOffsetsPartitionResponse {
  return {
    partition: readCount(m.partition ?? 0, 'partition'),
    error: readApiError(m.error),
    timestamp: readOptionalCount(m.timestamp, 'timestamp'),
    offset: readOptionalCount(m.offset, 'offset'),
    leaderEpoch: readOptionalCount(m.leaderEpoch, 'leaderEpoch'),
  };
}

const ListOffsets = protoMethod('ListOffsets', {
  request: pb.ListOffsetsRequest,
  response: pb.ListOffsetsResponse,
  toRequestMessage: (r: S['ListOffsets']['request']) => ({
    replicaId: writeInt32(r.replicaId, 'replicaId'),
    isolationLevel: writeInt32(r.isolationLevel, 'isolationLevel'),
    topics: r.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partition: writeInt32(p.partition, 'partition'),
        currentLeaderEpoch: writeInt32(p.currentLeaderEpoch, 'currentLeaderEpoch'),
        timestamp: writeInt64(p.timestamp, 'timestamp'),
      })),
    })),
  }),
  fromRequestMessage: (m): S['ListOffsets']['request'] => ({
    replicaId: readOptionalCount(m.replicaId, 'replicaId'),
    isolationLevel: readIsolationLevel(m.isolationLevel),
    topics: (m.topics ?? []).map((t) => ({
      name: readString(t.name ?? '', 'topic name'),
      partitions: (t.partitions ?? []).map((p) => ({
        partition: readCount(p.partition ?? 0, 'partition'),
        currentLeaderEpoch: readOptionalCount(p.currentLeaderEpoch, 'currentLeaderEpoch'),
        // -1 latest, -2 earliest (services.ts), else a timestamp to search for.
        timestamp: readSigned(p.timestamp, 'timestamp', earliestTimestamp),
      })),
    })),
  }),
  toResponseMessage: (r: S['ListOffsets']['response']) => ({
    topics: r.topics.map((t) => ({ name: t.name, partitions: t.partitions.map(writeListOffsetsPartitionResponse) })),
  }),
  fromResponseMessage: (m): S['ListOffsets']['response'] => ({
    topics: (m.topics ?? []).map((t) => ({ name: readString(t.name ?? '', 'topic name'), partitions: (t.partitions ?? []).map(readListOffsetsPartitionResponse) })),
  }),
});

const OffsetsForLeaderEpoch = protoMethod('OffsetsForLeaderEpoch', {
  request: pb.OffsetsForLeaderEpochRequest,
  response: pb.OffsetsForLeaderEpochResponse,
  toRequestMessage: (r: S['OffsetsForLeaderEpoch']['request']) => ({
    replicaId: writeInt32(r.replicaId, 'replicaId'),
    topics: r.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partition: writeInt32(p.partition, 'partition'),
        currentLeaderEpoch: writeInt32(p.currentLeaderEpoch, 'currentLeaderEpoch'),
        leaderEpoch: writeInt32(p.leaderEpoch, 'leaderEpoch'),
      })),
    })),
  }),
  fromRequestMessage: (m): S['OffsetsForLeaderEpoch']['request'] => ({
    replicaId: readOptionalCount(m.replicaId, 'replicaId'),
    topics: (m.topics ?? []).map((t) => ({
      name: readString(t.name ?? '', 'topic name'),
      partitions: (t.partitions ?? []).map((p) => ({
        partition: readCount(p.partition ?? 0, 'partition'),
        currentLeaderEpoch: readOptionalCount(p.currentLeaderEpoch, 'currentLeaderEpoch'),
        // -1 is answered (as Kafka does) with an undefined epoch and offset.
        leaderEpoch: readOptionalCount(p.leaderEpoch, 'leaderEpoch'),
      })),
    })),
  }),
  toResponseMessage: (r: S['OffsetsForLeaderEpoch']['response']) => ({
    topics: r.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partition: writeInt32(p.partition, 'partition'),
        error: writeApiError(p.error),
        leaderEpoch: writeInt32(p.leaderEpoch, 'leaderEpoch'),
        endOffset: writeInt64(p.endOffset, 'endOffset'),
      })),
    })),
  }),
  fromResponseMessage: (m): S['OffsetsForLeaderEpoch']['response'] => ({
    topics: (m.topics ?? []).map((t) => ({
      name: readString(t.name ?? '', 'topic name'),
      partitions: (t.partitions ?? []).map((p) => ({
        partition: readCount(p.partition ?? 0, 'partition'),
        error: readApiError(p.error),
        leaderEpoch: readOptionalCount(p.leaderEpoch, 'leaderEpoch'),
        endOffset: readOptionalCount(p.endOffset, 'endOffset'),
      })),
    })),
  }),
});

const InitProducerId = protoMethod('InitProducerId', {
  request: pb.InitProducerIdRequest,
  response: pb.InitProducerIdResponse,
  toRequestMessage: (r: S['InitProducerId']['request']) => ({
    transactionalId: r.transactionalId,
    transactionTimeoutMs: writeInt32(r.transactionTimeoutMs, 'transactionTimeoutMs'),
    producerId: writeInt64(r.producerId, 'producerId'),
    producerEpoch: writeInt32(r.producerEpoch, 'producerEpoch'),
  }),
  fromRequestMessage: (m): S['InitProducerId']['request'] => {
    const producerId = readOptionalCount(m.producerId, 'producerId');
    const producerEpoch = readProducerEpoch(m.producerEpoch);
    // Kafka's rule: an id to bump comes with its epoch; a new id asks with neither.
    if ((producerId === -1) !== (producerEpoch === -1)) throw new Error(`producerId ${producerId} and producerEpoch ${producerEpoch} must both be -1 or both be set`);
    return {
      transactionalId: readOptionalString(m.transactionalId, 'transactionalId'),
      transactionTimeoutMs: readCount(m.transactionTimeoutMs ?? 0, 'transactionTimeoutMs'),
      producerId,
      producerEpoch,
    };
  },
  toResponseMessage: (r: S['InitProducerId']['response']) => ({
    error: writeApiError(r.error),
    producerId: writeInt64(r.producerId, 'producerId'),
    producerEpoch: writeInt32(r.producerEpoch, 'producerEpoch'),
  }),
  fromResponseMessage: (m): S['InitProducerId']['response'] => ({
    error: readApiError(m.error),
    producerId: readOptionalCount(m.producerId, 'producerId'),
    producerEpoch: readProducerEpoch(m.producerEpoch),
  }),
});

const configSources: readonly ConfigSource[] = ['TOPIC_CONFIG', 'DEFAULT_CONFIG'];

function readConfigSource(value: unknown): ConfigSource {
  const source = readString(value ?? '', 'source');
  if (!(configSources as readonly string[]).includes(source)) throw new Error(`source: unknown config source '${source}'`);
  return source as ConfigSource;
}

export const DescribeConfigs = protoMethod('DescribeConfigs', {
  request: pb.DescribeConfigsRequest,
  response: pb.DescribeConfigsResponse,
  toRequestMessage: (r: S['DescribeConfigs']['request']) => ({ topics: [...r.topics] }),
  fromRequestMessage: (m): S['DescribeConfigs']['request'] => ({ topics: (m.topics ?? []).map((t) => readString(t, 'topics')) }),
  toResponseMessage: (r: S['DescribeConfigs']['response']) => ({
    results: r.results.map((t) => ({ name: t.name, error: writeApiError(t.error), entries: t.entries.map((e) => ({ name: e.name, value: e.value, source: e.source })) })),
  }),
  fromResponseMessage: (m): S['DescribeConfigs']['response'] => ({
    results: (m.results ?? []).map((t) => ({
      name: readString(t.name ?? '', 'name'),
      error: readApiError(t.error),
      entries: (t.entries ?? []).map((e) => ({ name: readString(e.name ?? '', 'name'), value: readString(e.value ?? '', 'value'), source: readConfigSource(e.source) })),
    })),
  }),
});

/**
 * The methods that carry record batches encode them with exact-size encoders
 * (data-plane-encoders.ts: the same bytes, written once instead of copied
 * about five times); decoding stays with protobufjs, which aliases them.
 */
const ProduceFast: typeof Produce = { ...Produce, encodeRequest: encodeProduceRequest };
/** The all-protobufjs codecs of those methods, for the tests that hold the encoders to the same bytes. */
export const protobufjsDataPlaneCodecs = { Produce, Fetch } as const;
const FetchFast: typeof Fetch = { ...Fetch, encodeResponse: encodeFetchResponse };

export const brokerCodec: ServiceCodec<BrokerServices> = {
  Metadata,
  DescribeCluster,
  DescribeQuorum,
  CreateTopics,
  DeleteTopics,
  Produce: ProduceFast,
  Fetch: FetchFast,
  ListOffsets,
  OffsetsForLeaderEpoch,
  InitProducerId,
  CreatePartitions,
  IncrementalAlterConfigs,
  DescribeConfigs,
  ...groupCodec,
};

export const brokerService: WireService<BrokerServices> = { name: brokerServiceName, codec: brokerCodec };
