// Shared fixtures for the metadata tests: fast-check arbitraries for every
// record kind (any field values: for codec round trips), a generator of
// *valid* entry sequences (abstract operations interpreted against the image
// as it evolves, so every record applies: for replay properties), and a
// canonical plain view of an image for deep comparisons.

import fc from 'fast-check';
import { MetadataImage } from '../../src/metadata/image.js';
import type {
  ConfigResourceType,
  Endpoint,
  MetadataRecord,
  PartitionChangeRecord,
} from '../../src/metadata/records.js';

// --- arbitrary records (codec) -----------------------------------------------

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const int64 = fc.maxSafeInteger();
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const ids = fc.array(int32, { maxLength: 6 });
const resourceType = fc.constantFrom<ConfigResourceType>('topic', 'broker', 'cluster');
const endpoint: fc.Arbitrary<Endpoint> = fc.record({ name: text, host: text, port: int32 });

const partitionChange: fc.Arbitrary<PartitionChangeRecord> = fc.record(
  {
    type: fc.constant('PartitionChange' as const),
    topicId: text,
    partition: int32,
    leader: int32,
    isr: ids,
    elr: ids,
    replicas: ids,
    leaderRecovering: fc.boolean(),
  },
  { requiredKeys: ['type', 'topicId', 'partition'] },
);

export const arbitraryRecord: fc.Arbitrary<MetadataRecord> = fc.oneof(
  fc.record({
    type: fc.constant('RegisterBroker' as const),
    brokerId: int32,
    incarnationId: text,
    endpoints: fc.array(endpoint, { maxLength: 3 }),
    rack: fc.option(text, { nil: null }),
    fenced: fc.boolean(),
    logDirIds: fc.array(text, { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('BrokerRegistrationChange' as const),
    brokerId: int32,
    brokerEpoch: int64,
    fenced: fc.option(fc.boolean(), { nil: null }),
    inControlledShutdown: fc.option(fc.boolean(), { nil: null }),
  }),
  fc.record({ type: fc.constant('UnregisterBroker' as const), brokerId: int32, brokerEpoch: int64 }),
  fc.record({ type: fc.constant('Topic' as const), name: text, topicId: text }),
  fc.record({
    type: fc.constant('Partition' as const),
    topicId: text,
    partition: int32,
    replicas: ids,
    isr: ids,
    elr: ids,
    leader: int32,
    leaderEpoch: int32,
    partitionEpoch: int32,
  }),
  partitionChange,
  fc.record({ type: fc.constant('RemoveTopic' as const), topicId: text }),
  fc.record({
    type: fc.constant('Config' as const),
    resourceType,
    resourceName: text,
    name: text,
    value: fc.option(text, { nil: null }),
  }),
  fc.record({ type: fc.constant('ProducerIds' as const), brokerId: int32, brokerEpoch: int64, nextProducerId: int64 }),
  fc.record({ type: fc.constant('FeatureLevel' as const), name: text, level: int32 }),
  fc.constant<MetadataRecord>({ type: 'NoOp' }),
).map((r) => structuredClone(r)); // fc.record builds null-prototype objects; records are plain ones

// --- valid entry sequences (replay) -----------------------------------------

/** An operation with its choices left as small numbers, resolved against the current image. */
type Op =
  | { op: 'register'; broker: number; rack: number | null; fenced: boolean }
  | { op: 'change'; broker: number; stale: boolean; fenced: boolean | null; ics: boolean | null }
  | { op: 'unregister'; broker: number; stale: boolean }
  | { op: 'createTopic'; name: number; partitions: number; replicas: number[] }
  | { op: 'changePartition'; pick: number; leader: number | null; isr: number[] | null; elr: number[] | null; replicas: number[] | null; recovering: boolean | null }
  | { op: 'setPartition'; pick: number; leader: number; isr: number[] }
  | { op: 'removeTopic'; pick: number }
  | { op: 'config'; type: ConfigResourceType; resource: number; key: number; value: string | null }
  | { op: 'producerIds'; blocks: number }
  | { op: 'feature'; name: number; level: number }
  | { op: 'noop' };

const brokerIndex = fc.integer({ min: 0, max: 5 });
const brokerList = fc.uniqueArray(brokerIndex, { maxLength: 4 });
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('register' as const), broker: brokerIndex, rack: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), fenced: fc.boolean() }),
  fc.record({
    op: fc.constant('change' as const),
    broker: brokerIndex,
    stale: fc.boolean(),
    fenced: fc.option(fc.boolean(), { nil: null }),
    ics: fc.option(fc.boolean(), { nil: null }),
  }),
  fc.record({ op: fc.constant('unregister' as const), broker: brokerIndex, stale: fc.boolean() }),
  fc.record({ op: fc.constant('createTopic' as const), name: fc.integer({ min: 0, max: 4 }), partitions: fc.integer({ min: 0, max: 3 }), replicas: brokerList }),
  fc.record({
    op: fc.constant('changePartition' as const),
    pick: fc.nat(),
    leader: fc.option(fc.integer({ min: -1, max: 5 }), { nil: null }),
    isr: fc.option(brokerList, { nil: null }),
    elr: fc.option(brokerList, { nil: null }),
    replicas: fc.option(brokerList, { nil: null }),
    recovering: fc.option(fc.boolean(), { nil: null }),
  }),
  fc.record({ op: fc.constant('setPartition' as const), pick: fc.nat(), leader: fc.integer({ min: -1, max: 5 }), isr: brokerList }),
  fc.record({ op: fc.constant('removeTopic' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('config' as const),
    type: resourceType,
    resource: fc.integer({ min: 0, max: 4 }),
    key: fc.integer({ min: 0, max: 2 }),
    value: fc.option(fc.constantFrom('a', 'b', ''), { nil: null }),
  }),
  fc.record({ op: fc.constant('producerIds' as const), blocks: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('feature' as const), name: fc.integer({ min: 0, max: 2 }), level: fc.integer({ min: 0, max: 3 }) }),
  fc.constant<Op>({ op: 'noop' }),
);

export interface Entry {
  readonly offset: number;
  readonly epoch: number;
  readonly records: readonly MetadataRecord[];
}

/** Entries whose records all replay without error, at increasing offsets (with gaps, as leader-change entries leave). */
export const validEntries: fc.Arbitrary<Entry[]> = fc
  .array(fc.tuple(fc.array(opArbitrary, { minLength: 0, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), fc.boolean()), { maxLength: 30 })
  .map((raw) => {
    const entries: Entry[] = [];
    let image = MetadataImage.empty();
    let offset = -1;
    let epoch = 1;
    for (const [ops, gap, newEpoch] of raw) {
      offset += gap;
      if (newEpoch) epoch++;
      const records: MetadataRecord[] = [];
      for (const op of ops) {
        // The state within the entry: the image plus the records chosen so far.
        const current = image.apply(records, offset, epoch);
        records.push(...resolve(op, current, offset));
      }
      image = image.apply(records, offset, epoch);
      entries.push({ offset, epoch, records });
    }
    return entries;
  });

function resolve(op: Op, image: MetadataImage, offset: number): MetadataRecord[] {
  const partitions = [...image.topicsById.values()].flatMap((t) => [...t.partitions.values()]);
  const pickPartition = (pick: number) => (partitions.length === 0 ? undefined : partitions[pick % partitions.length]);
  switch (op.op) {
    case 'register':
      return [{ type: 'RegisterBroker', brokerId: op.broker, incarnationId: `inc-${op.broker}-${offset}`, endpoints: [{ name: 'PLAINTEXT', host: `h${op.broker}`, port: 9092 }], rack: op.rack === null ? null : `rack-${op.rack}`, fenced: op.fenced, logDirIds: [`dir-${op.broker}-${offset % 3}`] }];
    case 'change': {
      const epoch = image.brokers.get(op.broker)?.brokerEpoch ?? 0;
      return [{ type: 'BrokerRegistrationChange', brokerId: op.broker, brokerEpoch: op.stale ? epoch + 1000 : epoch, fenced: op.fenced, inControlledShutdown: op.ics }];
    }
    case 'unregister': {
      const epoch = image.brokers.get(op.broker)?.brokerEpoch ?? 0;
      return [{ type: 'UnregisterBroker', brokerId: op.broker, brokerEpoch: op.stale ? epoch - 1 : epoch }];
    }
    case 'createTopic': {
      const name = `topic-${op.name}`;
      if (image.topicsByName.has(name)) return [];
      const topicId = `id-${op.name}-${offset}-${image.topicsById.size}`;
      const records: MetadataRecord[] = [{ type: 'Topic', name, topicId }];
      for (let p = 0; p < op.partitions; p++) {
        records.push({ type: 'Partition', topicId, partition: p, replicas: op.replicas, isr: op.replicas, elr: [], leader: op.replicas[0] ?? -1, leaderEpoch: 0, partitionEpoch: 0 });
      }
      return records;
    }
    case 'changePartition': {
      const p = pickPartition(op.pick);
      if (p === undefined) return [];
      const change: { -readonly [K in keyof PartitionChangeRecord]: PartitionChangeRecord[K] } = { type: 'PartitionChange', topicId: p.topicId, partition: p.partition };
      if (op.leader !== null) change.leader = op.leader;
      if (op.isr !== null) change.isr = op.isr;
      if (op.elr !== null) change.elr = op.elr;
      if (op.replicas !== null) change.replicas = op.replicas;
      if (op.recovering !== null) change.leaderRecovering = op.recovering;
      return [change];
    }
    case 'setPartition': {
      const p = pickPartition(op.pick);
      if (p === undefined) return [];
      return [{ type: 'Partition', topicId: p.topicId, partition: p.partition, replicas: p.replicas, isr: op.isr, elr: [], leader: op.leader, leaderEpoch: p.leaderEpoch + 5, partitionEpoch: p.partitionEpoch + 5 }];
    }
    case 'removeTopic': {
      const topics = [...image.topicsById.values()];
      if (topics.length === 0) return [];
      return [{ type: 'RemoveTopic', topicId: topics[op.pick % topics.length]!.topicId }];
    }
    case 'config':
      return [{ type: 'Config', resourceType: op.type, resourceName: op.type === 'cluster' ? '' : op.type === 'topic' ? `topic-${op.resource}` : String(op.resource), name: `key.${op.key}`, value: op.value }];
    case 'producerIds':
      return [{ type: 'ProducerIds', brokerId: 0, brokerEpoch: 0, nextProducerId: image.nextProducerId + op.blocks * 1000 }];
    case 'feature':
      return [{ type: 'FeatureLevel', name: `feature.${op.name}`, level: op.level }];
    case 'noop':
      return [{ type: 'NoOp' }];
  }
}

export function replay(entries: readonly Entry[], from: MetadataImage = MetadataImage.empty()): MetadataImage {
  let image = from;
  for (const entry of entries) image = image.apply(entry.records, entry.offset, entry.epoch);
  return image;
}

// --- canonical view --------------------------------------------------------

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Everything observable in an image, as sorted plain data (including the per-broker partition views). */
export function view(image: MetadataImage): unknown {
  const brokerIds = new Set<number>(image.brokers.keys());
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      for (const id of [...p.replicas, ...p.isr, ...p.elr, p.leader]) if (id >= 0) brokerIds.add(id);
    }
  }
  const refs = (list: readonly { topicId: string; partition: number }[]) => list.map((p) => `${p.topicId}:${p.partition}`);
  return {
    offset: image.offset,
    epoch: image.epoch,
    brokers: [...image.brokers.values()].sort((a, b) => a.brokerId - b.brokerId),
    topics: [...image.topicsByName.entries()]
      .sort(([a], [b]) => byString(a, b))
      .map(([name, t]) => ({
        name,
        byId: image.topicsById.get(t.topicId) === t,
        topicId: t.topicId,
        topicName: t.name,
        partitions: [...t.partitions.entries()].sort(([a], [b]) => a - b),
      })),
    topicIds: [...image.topicsById.keys()].sort(byString),
    configs: [...image.allConfigs()]
      .map((c) => ({ type: c.resourceType, name: c.resourceName, entries: [...c.entries].sort(([a], [b]) => byString(a, b)) }))
      .sort((a, b) => byString(`${a.type}:${a.name}`, `${b.type}:${b.name}`)),
    nextProducerId: image.nextProducerId,
    features: [...image.features].sort(([a], [b]) => byString(a, b)),
    partitionsOf: [...brokerIds].sort((a, b) => a - b).map((id) => {
      const v = image.partitionsOf(id);
      return { id, all: refs(v.all), replicaOf: refs(v.replicaOf), inIsr: refs(v.inIsr), inElr: refs(v.inElr), leaderOf: refs(v.leaderOf) };
    }),
  };
}

/** partitionsOf computed by brute force over every partition (the index's reference model). */
export function scanPartitionsOf(image: MetadataImage, brokerId: number): string[] {
  const found: { name: string; partition: number; key: string }[] = [];
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      if (p.replicas.includes(brokerId) || p.isr.includes(brokerId) || p.elr.includes(brokerId) || (p.leader === brokerId && brokerId !== -1)) {
        found.push({ name: topic.name, partition: p.partition, key: `${p.topicId}:${p.partition}` });
      }
    }
  }
  return found.sort((a, b) => byString(a.name, b.name) || a.partition - b.partition).map((f) => f.key);
}
