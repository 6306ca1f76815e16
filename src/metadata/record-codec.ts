// Metadata records ↔ bytes: one quorum-log entry's payload is one
// `skiff.metadata.MetadataRecordBatch` (proto/metadata.proto), the records
// of one controller command, replayed atomically.
//
// Decoding is a trust boundary: bytes that do not parse, a record whose kind
// this version does not know, an unknown enum value or an int64 beyond
// Number.MAX_SAFE_INTEGER are SkiffError('CORRUPT_MESSAGE'). Unknown *fields*
// inside a known record are ignored (proto3 evolution). Pure: no I/O.

import { SkiffError } from '../common/errors.js';
import { skiff } from '../gen/index.js';
import type {
  ConfigResourceType,
  Endpoint,
  MetadataRecord,
  PartitionChangeRecord,
} from './records.js';

const pb = skiff.metadata;

/** Serializes one entry's records (an empty batch is valid: it replays as a no-op). */
export function encodeRecordBatch(records: readonly MetadataRecord[]): Uint8Array {
  return pb.MetadataRecordBatch.encode({ records: records.map(recordToProto) }).finish();
}

/** Parses one entry's records; malformed input throws SkiffError('CORRUPT_MESSAGE'). */
export function decodeRecordBatch(bytes: Uint8Array): MetadataRecord[] {
  let batch: skiff.metadata.MetadataRecordBatch;
  try {
    batch = pb.MetadataRecordBatch.decode(bytes);
  } catch (error) {
    throw corrupt(`undecodable metadata record batch (${bytes.length} bytes)`, error);
  }
  return batch.records.map((record, index) => recordFromProto(record, index));
}

// --- domain → proto ----------------------------------------------------------

function recordToProto(record: MetadataRecord): skiff.metadata.MetadataRecord.$Properties {
  switch (record.type) {
    case 'RegisterBroker':
      return {
        registerBroker: {
          brokerId: record.brokerId,
          incarnationId: record.incarnationId,
          endpoints: record.endpoints.map(endpointToProto),
          ...(record.rack === null ? {} : { rack: record.rack }),
          fenced: record.fenced,
          logDirIds: [...record.logDirIds],
        },
      };
    case 'BrokerRegistrationChange':
      return {
        brokerRegistrationChange: {
          brokerId: record.brokerId,
          brokerEpoch: record.brokerEpoch,
          ...(record.fenced === null ? {} : { fenced: record.fenced }),
          ...(record.inControlledShutdown === null ? {} : { inControlledShutdown: record.inControlledShutdown }),
        },
      };
    case 'UnregisterBroker':
      return { unregisterBroker: { brokerId: record.brokerId, brokerEpoch: record.brokerEpoch } };
    case 'Topic':
      return { topic: { name: record.name, topicId: record.topicId } };
    case 'Partition':
      return {
        partition: {
          topicId: record.topicId,
          partition: record.partition,
          replicas: [...record.replicas],
          isr: [...record.isr],
          elr: [...record.elr],
          leader: record.leader,
          leaderEpoch: record.leaderEpoch,
          partitionEpoch: record.partitionEpoch,
        },
      };
    case 'PartitionChange':
      return { partitionChange: partitionChangeToProto(record) };
    case 'RemoveTopic':
      return { removeTopic: { topicId: record.topicId } };
    case 'Config':
      return {
        config: {
          resourceType: resourceTypeToProto(record.resourceType),
          resourceName: record.resourceName,
          name: record.name,
          ...(record.value === null ? {} : { value: record.value }),
        },
      };
    case 'ProducerIds':
      return { producerIds: { brokerId: record.brokerId, brokerEpoch: record.brokerEpoch, nextProducerId: record.nextProducerId } };
    case 'FeatureLevel':
      return { featureLevel: { name: record.name, level: record.level } };
    case 'NoOp':
      return { noOp: {} };
  }
}

function partitionChangeToProto(record: PartitionChangeRecord): skiff.metadata.PartitionChangeRecord.$Properties {
  const message: skiff.metadata.PartitionChangeRecord.$Properties = { topicId: record.topicId, partition: record.partition };
  if (record.leader !== undefined) message.leader = record.leader;
  if (record.isr !== undefined) message.isr = { ids: [...record.isr] };
  if (record.elr !== undefined) message.elr = { ids: [...record.elr] };
  if (record.replicas !== undefined) message.replicas = { ids: [...record.replicas] };
  if (record.leaderRecovering !== undefined) message.leaderRecovering = record.leaderRecovering;
  return message;
}

export function endpointToProto(endpoint: Endpoint): skiff.metadata.Endpoint.$Properties {
  return { name: endpoint.name, host: endpoint.host, port: endpoint.port };
}

export function resourceTypeToProto(type: ConfigResourceType): skiff.metadata.ConfigResourceType {
  switch (type) {
    case 'topic':
      return pb.ConfigResourceType.CONFIG_RESOURCE_TYPE_TOPIC;
    case 'broker':
      return pb.ConfigResourceType.CONFIG_RESOURCE_TYPE_BROKER;
    case 'cluster':
      return pb.ConfigResourceType.CONFIG_RESOURCE_TYPE_CLUSTER;
  }
}

// --- proto → domain ----------------------------------------------------------

function recordFromProto(message: skiff.metadata.MetadataRecord, index: number): MetadataRecord {
  switch (message.record) {
    case 'registerBroker': {
      const m = message.registerBroker!;
      return {
        type: 'RegisterBroker',
        brokerId: m.brokerId ?? 0,
        incarnationId: m.incarnationId ?? '',
        endpoints: (m.endpoints ?? []).map(endpointFromProto),
        rack: m.rack ?? null,
        fenced: m.fenced ?? false,
        logDirIds: [...(m.logDirIds ?? [])],
      };
    }
    case 'brokerRegistrationChange': {
      const m = message.brokerRegistrationChange!;
      return {
        type: 'BrokerRegistrationChange',
        brokerId: m.brokerId ?? 0,
        brokerEpoch: safeInteger(m.brokerEpoch, 'brokerEpoch'),
        fenced: m.fenced ?? null,
        inControlledShutdown: m.inControlledShutdown ?? null,
      };
    }
    case 'unregisterBroker': {
      const m = message.unregisterBroker!;
      return { type: 'UnregisterBroker', brokerId: m.brokerId ?? 0, brokerEpoch: safeInteger(m.brokerEpoch, 'brokerEpoch') };
    }
    case 'topic': {
      const m = message.topic!;
      return { type: 'Topic', name: m.name ?? '', topicId: m.topicId ?? '' };
    }
    case 'partition': {
      const m = message.partition!;
      return {
        type: 'Partition',
        topicId: m.topicId ?? '',
        partition: m.partition ?? 0,
        replicas: [...(m.replicas ?? [])],
        isr: [...(m.isr ?? [])],
        elr: [...(m.elr ?? [])],
        leader: m.leader ?? 0,
        leaderEpoch: m.leaderEpoch ?? 0,
        partitionEpoch: m.partitionEpoch ?? 0,
      };
    }
    case 'partitionChange':
      return partitionChangeFromProto(message.partitionChange!);
    case 'removeTopic':
      return { type: 'RemoveTopic', topicId: message.removeTopic!.topicId ?? '' };
    case 'config': {
      const m = message.config!;
      return {
        type: 'Config',
        resourceType: resourceTypeFromProto(m.resourceType),
        resourceName: m.resourceName ?? '',
        name: m.name ?? '',
        value: m.value ?? null,
      };
    }
    case 'producerIds': {
      const m = message.producerIds!;
      return {
        type: 'ProducerIds',
        brokerId: m.brokerId ?? 0,
        brokerEpoch: safeInteger(m.brokerEpoch, 'brokerEpoch'),
        nextProducerId: safeInteger(m.nextProducerId, 'nextProducerId'),
      };
    }
    case 'featureLevel': {
      const m = message.featureLevel!;
      return { type: 'FeatureLevel', name: m.name ?? '', level: m.level ?? 0 };
    }
    case 'noOp':
      return { type: 'NoOp' };
    case undefined:
      throw corrupt(`metadata record ${index} has no known record kind (written by a newer version?)`);
  }
}

function partitionChangeFromProto(m: skiff.metadata.PartitionChangeRecord.$Properties): PartitionChangeRecord {
  const change: { -readonly [K in keyof PartitionChangeRecord]: PartitionChangeRecord[K] } = {
    type: 'PartitionChange',
    topicId: m.topicId ?? '',
    partition: m.partition ?? 0,
  };
  if (m.leader != null) change.leader = m.leader;
  if (m.isr != null) change.isr = [...(m.isr.ids ?? [])];
  if (m.elr != null) change.elr = [...(m.elr.ids ?? [])];
  if (m.replicas != null) change.replicas = [...(m.replicas.ids ?? [])];
  if (m.leaderRecovering != null) change.leaderRecovering = m.leaderRecovering;
  return change;
}

export function endpointFromProto(m: skiff.metadata.Endpoint.$Properties): Endpoint {
  return { name: m.name ?? '', host: m.host ?? '', port: m.port ?? 0 };
}

export function resourceTypeFromProto(value: skiff.metadata.ConfigResourceType | null | undefined): ConfigResourceType {
  switch (value) {
    case pb.ConfigResourceType.CONFIG_RESOURCE_TYPE_TOPIC:
      return 'topic';
    case pb.ConfigResourceType.CONFIG_RESOURCE_TYPE_BROKER:
      return 'broker';
    case pb.ConfigResourceType.CONFIG_RESOURCE_TYPE_CLUSTER:
      return 'cluster';
    default:
      throw corrupt(`unknown config resource type ${String(value)}`);
  }
}

/** int64 fields decode as numbers; anything beyond 2^53 lost precision and is refused. */
export function safeInteger(value: number | null | undefined, field: string): number {
  const n = value ?? 0;
  if (!Number.isSafeInteger(n)) throw corrupt(`${field} ${n} is not a safe integer`);
  return n;
}

export function corrupt(message: string, cause?: unknown): SkiffError {
  return new SkiffError('CORRUPT_MESSAGE', message, cause === undefined ? undefined : { cause });
}
