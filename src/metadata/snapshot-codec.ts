// MetadataImage ↔ bytes: a whole image as one `skiff.metadata.MetadataSnapshot`
// (proto/metadata.proto) — what a node writes as its local snapshot and what
// a far-behind replica downloads (DESIGN.md §4). The round trip is exact:
// decodeSnapshot(encodeSnapshot(image)) has the same contents, offset and
// epoch. Lists are written in a canonical order (brokers by id, topics by
// name, partitions by number, configs by type/name/key, features by name),
// so equal images give equal bytes on every replica.
//
// Decoding is a trust boundary: undecodable bytes, unknown enum values,
// unsafe int64s and inconsistent content (duplicates, partitions naming
// another topic) are SkiffError('CORRUPT_MESSAGE'). Pure: no I/O.

import { skiff } from '../gen/index.js';
import { MetadataImage, type BrokerRegistration, type MetadataImageContent, type PartitionImage } from './image.js';
import { corrupt, endpointFromProto, endpointToProto, resourceTypeFromProto, resourceTypeToProto, safeInteger } from './record-codec.js';

const pb = skiff.metadata;

export function encodeSnapshot(image: MetadataImage): Uint8Array {
  const brokers = [...image.brokers.values()].sort((a, b) => a.brokerId - b.brokerId);
  const topics = [...image.topicsByName.values()].sort((a, b) => compareStrings(a.name, b.name));
  const configs = [...image.allConfigs()].sort(
    (a, b) => compareStrings(a.resourceType, b.resourceType) || compareStrings(a.resourceName, b.resourceName),
  );
  const features = [...image.features].sort(([a], [b]) => compareStrings(a, b));
  return pb.MetadataSnapshot.encode({
    offset: image.offset,
    epoch: image.epoch,
    brokers: brokers.map(brokerToProto),
    topics: topics.map((topic) => ({
      name: topic.name,
      topicId: topic.topicId,
      partitions: [...topic.partitions.values()].sort((a, b) => a.partition - b.partition).map(partitionToProto),
    })),
    configs: configs.map((resource) => ({
      resourceType: resourceTypeToProto(resource.resourceType),
      resourceName: resource.resourceName,
      entries: [...resource.entries].sort(([a], [b]) => compareStrings(a, b)).map(([name, value]) => ({ name, value })),
    })),
    nextProducerId: image.nextProducerId,
    features: features.map(([name, level]) => ({ name, level })),
  }).finish();
}

export function decodeSnapshot(bytes: Uint8Array): MetadataImage {
  let message: skiff.metadata.MetadataSnapshot;
  try {
    message = pb.MetadataSnapshot.decode(bytes);
  } catch (error) {
    throw corrupt(`undecodable metadata snapshot (${bytes.length} bytes)`, error);
  }
  const content = contentFromProto(message);
  try {
    return MetadataImage.fromContent(content);
  } catch (error) {
    throw corrupt(`inconsistent metadata snapshot at offset ${content.offset}: ${(error as Error).message}`, error);
  }
}

function contentFromProto(m: skiff.metadata.MetadataSnapshot): MetadataImageContent {
  const offset = safeInteger(m.offset, 'offset');
  const epoch = m.epoch ?? 0;
  if (offset < -1 || epoch < -1) throw corrupt(`invalid snapshot position offset=${offset} epoch=${epoch}`);
  return {
    offset,
    epoch,
    brokers: (m.brokers ?? []).map(brokerFromProto),
    topics: (m.topics ?? []).map((t) => {
      const topicId = t.topicId ?? '';
      return { name: t.name ?? '', topicId, partitions: (t.partitions ?? []).map((p) => partitionFromProto(p, topicId)) };
    }),
    configs: (m.configs ?? []).map((c) => ({
      resourceType: resourceTypeFromProto(c.resourceType),
      resourceName: c.resourceName ?? '',
      entries: (c.entries ?? []).map((e) => [e.name ?? '', e.value ?? ''] as const),
    })),
    nextProducerId: safeInteger(m.nextProducerId, 'nextProducerId'),
    features: (m.features ?? []).map((f) => [f.name ?? '', f.level ?? 0] as const),
  };
}

function brokerToProto(b: BrokerRegistration): skiff.metadata.BrokerRegistration.$Properties {
  return {
    brokerId: b.brokerId,
    incarnationId: b.incarnationId,
    brokerEpoch: b.brokerEpoch,
    endpoints: b.endpoints.map(endpointToProto),
    ...(b.rack === null ? {} : { rack: b.rack }),
    fenced: b.fenced,
    inControlledShutdown: b.inControlledShutdown,
    logDirIds: [...b.logDirIds],
  };
}

function brokerFromProto(m: skiff.metadata.BrokerRegistration.$Properties): BrokerRegistration {
  return {
    brokerId: m.brokerId ?? 0,
    incarnationId: m.incarnationId ?? '',
    brokerEpoch: safeInteger(m.brokerEpoch, 'brokerEpoch'),
    endpoints: (m.endpoints ?? []).map(endpointFromProto),
    rack: m.rack ?? null,
    fenced: m.fenced ?? false,
    inControlledShutdown: m.inControlledShutdown ?? false,
    // Absent in snapshots written before directory ids were registered: unknown.
    logDirIds: [...(m.logDirIds ?? [])],
  };
}

function partitionToProto(p: PartitionImage): skiff.metadata.PartitionState.$Properties {
  return {
    partition: p.partition,
    replicas: [...p.replicas],
    isr: [...p.isr],
    elr: [...p.elr],
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    partitionEpoch: p.partitionEpoch,
    leaderRecovering: p.leaderRecovering,
  };
}

function partitionFromProto(m: skiff.metadata.PartitionState.$Properties, topicId: string): PartitionImage {
  return {
    topicId,
    partition: m.partition ?? 0,
    replicas: [...(m.replicas ?? [])],
    isr: [...(m.isr ?? [])],
    elr: [...(m.elr ?? [])],
    leader: m.leader ?? 0,
    leaderEpoch: m.leaderEpoch ?? 0,
    partitionEpoch: m.partitionEpoch ?? 0,
    leaderRecovering: m.leaderRecovering ?? false,
  };
}

/** Code-unit order: locale-independent, so every replica sorts alike. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
