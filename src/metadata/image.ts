// MetadataImage: the cluster state as of one offset of the metadata log — an
// immutable value built only by replaying committed records (DESIGN.md §5,
// Kafka's MetadataImage/MetadataDelta). `apply` returns a new image that
// shares every untouched broker, topic, partition and config with the old
// one (persistent maps), so keeping one image per log entry stays cheap on a
// cluster of 10,000+ partitions. Pure: no I/O.
//
// Replay rules (Kafka's MetadataDelta replay, kraft-digest §2.2):
// - RegisterBroker: the registration, with brokerEpoch = the entry's offset,
//   unfenced or fenced as recorded, not in controlled shutdown. A new
//   incarnation replaces the old registration.
// - BrokerRegistrationChange / UnregisterBroker: applied only when brokerId
//   and brokerEpoch match the current registration; otherwise the record is
//   stale and ignored. (Kafka's replay throws here instead; Skiff's
//   controller never writes such a record, and a stale one cannot hurt.)
//   A change sets only its non-null fields.
// - Topic: adds a topic without partitions; a topic name or id already in
//   use is a replay error.
// - Partition: sets the whole partition (replacing an existing one), with
//   leaderRecovering = false. The topic must exist.
// - PartitionChange (PartitionRegistration.merge): present fields replace
//   the old values, absent ones keep them. partitionEpoch + 1 always;
//   leaderEpoch + 1 whenever `leader` is present — even if it names the
//   current leader, which is how Kafka forces an epoch bump — and never
//   otherwise (leaderRecovering, ISR, ELR and replica changes bump only the
//   partition epoch). leaderRecovering changes only when present. The
//   partition must exist.
// - RemoveTopic: removes the topic, its partitions and its topic configs
//   (Kafka's ConfigurationsDelta does the same). The topic must exist.
// - Config: value = null deletes the key; a resource left with no keys
//   disappears. Resources need not exist (Kafka does not check either).
// - ProducerIds: nextProducerId must grow, else a replay error.
// - FeatureLevel: sets the level; level 0 removes the feature (Kafka's
//   FeaturesDelta); a negative level is a replay error.
// - NoOp: only the offset moves.
// A record that cannot apply throws MetadataReplayError. That is a
// controller bug, never bad input (the codec rejects bad bytes first): the
// loader treats it as fatal, as Kafka's MetadataLoader does, because every
// replica would now diverge from the log. The image it was applied to is
// unchanged — a batch applies entirely or not at all.

import { assert } from '../common/assert.js';
import { PersistentMap } from './persistent-map.js';
import { noLeader, type ConfigResourceType, type Endpoint, type MetadataRecord, type PartitionChangeRecord } from './records.js';

export interface BrokerRegistration {
  readonly brokerId: number;
  readonly incarnationId: string;
  /** The offset of the entry that registered this incarnation. */
  readonly brokerEpoch: number;
  readonly endpoints: readonly Endpoint[];
  readonly rack: string | null;
  readonly fenced: boolean;
  readonly inControlledShutdown: boolean;
  /** directory.id of each data and metadata directory of this incarnation; [] = unknown. */
  readonly logDirIds: readonly string[];
}

export interface PartitionImage {
  readonly topicId: string;
  readonly partition: number;
  /** In preferred order. */
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly elr: readonly number[];
  /** noLeader (-1) when offline. */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
  /** After an unclean election, until the leader reports recovery (KIP-704). */
  readonly leaderRecovering: boolean;
}

export interface TopicImage {
  readonly name: string;
  readonly topicId: string;
  readonly partitions: PersistentMap<number, PartitionImage>;
}

export interface ConfigResourceImage {
  readonly resourceType: ConfigResourceType;
  readonly resourceName: string;
  /** Never empty: a resource without keys is not stored. */
  readonly entries: PersistentMap<string, string>;
}

/** One broker's index: topicId → the partition numbers (as a set) of that topic it takes part in. */
type BrokerIndexEntry = PersistentMap<string, PersistentMap<number, true>>;

/** The partitions one broker takes part in, each list sorted by (topic name, partition). */
export interface BrokerPartitions {
  readonly brokerId: number;
  /** Every partition whose replicas, isr or elr list the broker, or that it leads. */
  readonly all: readonly PartitionImage[];
  readonly replicaOf: readonly PartitionImage[];
  readonly inIsr: readonly PartitionImage[];
  readonly inElr: readonly PartitionImage[];
  readonly leaderOf: readonly PartitionImage[];
}

/** A record that cannot apply to the image: a controller bug, fatal for the loader. */
export class MetadataReplayError extends Error {
  override readonly name = 'MetadataReplayError';

  constructor(
    message: string,
    readonly offset: number,
    readonly record: MetadataRecord | null,
  ) {
    super(`metadata replay failed at offset ${offset}: ${message}`);
  }
}

/** Everything an image holds, as a snapshot stores it (see snapshot-codec.ts). */
export interface MetadataImageContent {
  readonly offset: number;
  readonly epoch: number;
  readonly brokers: readonly BrokerRegistration[];
  readonly topics: readonly { readonly name: string; readonly topicId: string; readonly partitions: readonly PartitionImage[] }[];
  readonly configs: readonly { readonly resourceType: ConfigResourceType; readonly resourceName: string; readonly entries: readonly (readonly [string, string])[] }[];
  readonly nextProducerId: number;
  readonly features: readonly (readonly [string, number])[];
}

interface ImageState {
  readonly offset: number;
  readonly epoch: number;
  readonly brokers: PersistentMap<number, BrokerRegistration>;
  readonly topicsById: PersistentMap<string, TopicImage>;
  readonly topicsByName: PersistentMap<string, TopicImage>;
  readonly configResources: PersistentMap<string, ConfigResourceImage>;
  readonly nextProducerId: number;
  readonly features: PersistentMap<string, number>;
  readonly brokerIndex: PersistentMap<number, BrokerIndexEntry>;
}

/** Per-image caches of derived views, kept off the image so equal images stay deep-equal. */
const brokerPartitionsCache = new WeakMap<MetadataImage, Map<number, BrokerPartitions>>();

const emptyConfig = PersistentMap.empty<string, string>();

export class MetadataImage {
  /** The offset of the last applied entry; -1 before any. */
  readonly offset: number;
  /** The quorum epoch of that entry; -1 before any (or when the caller did not say). */
  readonly epoch: number;
  readonly brokers: PersistentMap<number, BrokerRegistration>;
  readonly topicsById: PersistentMap<string, TopicImage>;
  readonly topicsByName: PersistentMap<string, TopicImage>;
  /** The first producer id not yet handed out. */
  readonly nextProducerId: number;
  /** Finalized feature levels (no entry = level 0). */
  readonly features: PersistentMap<string, number>;
  /** Keyed by `${resourceType}:${resourceName}`. */
  private readonly configResources: PersistentMap<string, ConfigResourceImage>;
  /**
   * brokerId → the partitions whose replicas, isr or elr list it or that it
   * leads, grouped by topic id. Maintained on every membership change, so
   * partitionsOf never scans the whole cluster.
   * Invariant: exactly the membership of the partitions in topicsById.
   */
  private readonly brokerIndex: PersistentMap<number, BrokerIndexEntry>;

  private constructor(state: ImageState) {
    this.offset = state.offset;
    this.epoch = state.epoch;
    this.brokers = state.brokers;
    this.topicsById = state.topicsById;
    this.topicsByName = state.topicsByName;
    this.nextProducerId = state.nextProducerId;
    this.features = state.features;
    this.configResources = state.configResources;
    this.brokerIndex = state.brokerIndex;
  }

  private static readonly emptyImage = new MetadataImage({
    offset: -1,
    epoch: -1,
    brokers: PersistentMap.empty(),
    topicsById: PersistentMap.empty(),
    topicsByName: PersistentMap.empty(),
    configResources: PersistentMap.empty(),
    nextProducerId: 0,
    features: PersistentMap.empty(),
    brokerIndex: PersistentMap.empty(),
  });

  static empty(): MetadataImage {
    return MetadataImage.emptyImage;
  }

  /**
   * Replays one entry's records, in order, at `offset` (which must be past
   * this image's). Returns the new image; this one is unchanged, also when a
   * record fails with MetadataReplayError.
   */
  apply(records: readonly MetadataRecord[], offset: number, epoch: number = this.epoch): MetadataImage {
    assert(Number.isSafeInteger(offset) && offset > this.offset, `metadata entry offset ${offset} must follow ${this.offset}`);
    assert(Number.isSafeInteger(epoch) && epoch >= this.epoch, `metadata entry epoch ${epoch} must not go below ${this.epoch}`);
    const replay = new Replay(this.state(), offset);
    for (const record of records) replay.replay(record);
    return new MetadataImage(replay.finish(epoch));
  }

  /**
   * Builds an image from snapshot content (snapshot-codec.ts is the only
   * caller). Inconsistent content (duplicate ids or names, partitions of a
   * missing topic) throws MetadataReplayError.
   */
  static fromContent(content: MetadataImageContent): MetadataImage {
    const replay = new Replay(MetadataImage.emptyImage.state(), content.offset);
    for (const broker of content.brokers) {
      if (replay.brokers.has(broker.brokerId)) replay.fail(`broker ${broker.brokerId} appears twice`, null);
      replay.putBroker(broker);
    }
    for (const topic of content.topics) {
      replay.addTopic(topic.name, topic.topicId, null);
      for (const partition of topic.partitions) {
        if (partition.topicId !== topic.topicId) replay.fail(`partition ${partition.partition} of topic ${topic.topicId} names topic ${partition.topicId}`, null);
        if (replay.partitionExists(topic.topicId, partition.partition)) replay.fail(`partition ${topic.topicId}:${partition.partition} appears twice`, null);
        replay.putPartition(partition, null);
      }
    }
    for (const resource of content.configs) {
      if (replay.configs(resource.resourceType, resource.resourceName).size > 0) {
        replay.fail(`config resource ${resource.resourceType} '${resource.resourceName}' appears twice`, null);
      }
      const names = new Set<string>();
      for (const [name, value] of resource.entries) {
        if (names.has(name)) replay.fail(`config key '${name}' of ${resource.resourceType} '${resource.resourceName}' appears twice`, null);
        names.add(name);
        replay.setConfig(resource.resourceType, resource.resourceName, name, value);
      }
    }
    if (!Number.isSafeInteger(content.nextProducerId) || content.nextProducerId < 0) replay.fail(`invalid nextProducerId ${content.nextProducerId}`, null);
    replay.nextProducerId = content.nextProducerId;
    for (const [name, level] of content.features) {
      if (replay.features.has(name)) replay.fail(`feature '${name}' appears twice`, null);
      replay.setFeature(name, level, null);
    }
    return new MetadataImage(replay.finish(content.epoch));
  }

  /** The config keys set on one resource (empty when none). */
  configs(resourceType: ConfigResourceType, resourceName: string): PersistentMap<string, string> {
    return this.configResources.get(configKey(resourceType, resourceName))?.entries ?? emptyConfig;
  }

  /** Every resource with at least one config key, in unspecified (but deterministic) order. */
  allConfigs(): Iterable<ConfigResourceImage> {
    return this.configResources.values();
  }

  partition(topicName: string, partition: number): PartitionImage | undefined {
    return this.topicsByName.get(topicName)?.partitions.get(partition);
  }

  partitionById(topicId: string, partition: number): PartitionImage | undefined {
    return this.topicsById.get(topicId)?.partitions.get(partition);
  }

  /**
   * The partitions a broker takes part in (as replica, ISR or ELR member, or
   * leader). O(k log n) for a broker in k partitions — the index is kept up to
   * date by replay — and cached per image.
   */
  partitionsOf(brokerId: number): BrokerPartitions {
    let cache = brokerPartitionsCache.get(this);
    if (cache === undefined) {
      cache = new Map();
      brokerPartitionsCache.set(this, cache);
    }
    let view = cache.get(brokerId);
    if (view === undefined) {
      view = this.computeBrokerPartitions(brokerId);
      cache.set(brokerId, view);
    }
    return view;
  }

  private computeBrokerPartitions(brokerId: number): BrokerPartitions {
    // One hashed topic-id lookup per topic, then integer lookups per partition.
    const found: { topic: TopicImage; partitions: PersistentMap<number, true> }[] = [];
    this.brokerIndex.get(brokerId)?.forEach((partitions, topicId) => {
      const topic = this.topicsById.get(topicId);
      assert(topic !== undefined, `broker index topic ${topicId} exists`);
      found.push({ topic, partitions });
    });
    found.sort((a, b) => (a.topic.name < b.topic.name ? -1 : a.topic.name > b.topic.name ? 1 : 0));
    const all: PartitionImage[] = [];
    for (const { topic, partitions } of found) {
      const numbers = [...partitions.keys()].sort((a, b) => a - b);
      for (const number of numbers) {
        const image = topic.partitions.get(number);
        assert(image !== undefined, `broker index partition ${topic.topicId}:${number} exists`);
        all.push(image);
      }
    }
    const replicaOf: PartitionImage[] = [];
    const inIsr: PartitionImage[] = [];
    const inElr: PartitionImage[] = [];
    const leaderOf: PartitionImage[] = [];
    for (const image of all) {
      if (image.replicas.includes(brokerId)) replicaOf.push(image);
      if (image.isr.includes(brokerId)) inIsr.push(image);
      if (image.elr.includes(brokerId)) inElr.push(image);
      if (image.leader === brokerId) leaderOf.push(image);
    }
    return Object.freeze({
      brokerId,
      all: Object.freeze(all),
      replicaOf: Object.freeze(replicaOf),
      inIsr: Object.freeze(inIsr),
      inElr: Object.freeze(inElr),
      leaderOf: Object.freeze(leaderOf),
    });
  }

  private state(): ImageState {
    return {
      offset: this.offset,
      epoch: this.epoch,
      brokers: this.brokers,
      topicsById: this.topicsById,
      topicsByName: this.topicsByName,
      configResources: this.configResources,
      nextProducerId: this.nextProducerId,
      features: this.features,
      brokerIndex: this.brokerIndex,
    };
  }
}

function configKey(resourceType: ConfigResourceType, resourceName: string): string {
  return `${resourceType}:${resourceName}`;
}

interface TopicDraft {
  readonly name: string;
  readonly topicId: string;
  partitions: PersistentMap<number, PartitionImage>;
}

/**
 * The mutable working state of one `apply`: persistent maps reassigned as
 * records replay. Topics and index entries touched by the batch are kept as
 * drafts and written back once in `finish`, so a batch that creates a topic
 * with 10,000 partitions updates the topic maps once, not 10,000 times.
 */
class Replay {
  brokers: PersistentMap<number, BrokerRegistration>;
  topicsById: PersistentMap<string, TopicImage>;
  topicsByName: PersistentMap<string, TopicImage>;
  configResources: PersistentMap<string, ConfigResourceImage>;
  nextProducerId: number;
  features: PersistentMap<string, number>;
  private brokerIndex: PersistentMap<number, BrokerIndexEntry>;
  private readonly topicDrafts = new Map<string, TopicDraft>();
  private readonly indexDrafts = new Map<number, BrokerIndexEntry>();

  constructor(
    base: ImageState,
    private readonly offset: number,
  ) {
    this.brokers = base.brokers;
    this.topicsById = base.topicsById;
    this.topicsByName = base.topicsByName;
    this.configResources = base.configResources;
    this.nextProducerId = base.nextProducerId;
    this.features = base.features;
    this.brokerIndex = base.brokerIndex;
  }

  replay(record: MetadataRecord): void {
    switch (record.type) {
      case 'RegisterBroker':
        this.putBroker({
          brokerId: record.brokerId,
          incarnationId: record.incarnationId,
          brokerEpoch: this.offset,
          endpoints: record.endpoints,
          rack: record.rack,
          fenced: record.fenced,
          inControlledShutdown: false,
          logDirIds: record.logDirIds,
        });
        return;
      case 'BrokerRegistrationChange': {
        const current = this.brokers.get(record.brokerId);
        if (current === undefined || current.brokerEpoch !== record.brokerEpoch) return;
        this.putBroker({
          ...current,
          fenced: record.fenced ?? current.fenced,
          inControlledShutdown: record.inControlledShutdown ?? current.inControlledShutdown,
        });
        return;
      }
      case 'UnregisterBroker': {
        const current = this.brokers.get(record.brokerId);
        if (current === undefined || current.brokerEpoch !== record.brokerEpoch) return;
        this.brokers = this.brokers.remove(record.brokerId);
        return;
      }
      case 'Topic':
        this.addTopic(record.name, record.topicId, record);
        return;
      case 'Partition':
        this.putPartition({ ...record, leaderRecovering: false }, record);
        return;
      case 'PartitionChange':
        this.changePartition(record);
        return;
      case 'RemoveTopic':
        this.removeTopic(record.topicId, record);
        return;
      case 'Config':
        this.setConfig(record.resourceType, record.resourceName, record.name, record.value);
        return;
      case 'ProducerIds':
        if (record.nextProducerId <= this.nextProducerId) {
          this.fail(`nextProducerId ${record.nextProducerId} does not exceed ${this.nextProducerId}`, record);
        }
        this.nextProducerId = record.nextProducerId;
        return;
      case 'FeatureLevel':
        this.setFeature(record.name, record.level, record);
        return;
      case 'NoOp':
        return;
    }
  }

  putBroker(broker: BrokerRegistration): void {
    const current = this.brokers.get(broker.brokerId);
    if (current !== undefined && sameBroker(current, broker)) return;
    this.brokers = this.brokers.set(
      broker.brokerId,
      Object.freeze({
        ...broker,
        endpoints: Object.freeze(broker.endpoints.map((e) => Object.freeze({ name: e.name, host: e.host, port: e.port }))),
        logDirIds: Object.freeze([...broker.logDirIds]),
      }),
    );
  }

  addTopic(name: string, topicId: string, record: MetadataRecord | null): void {
    if (this.topicsById.has(topicId)) this.fail(`topic id ${topicId} already exists`, record);
    if (this.topicsByName.has(name)) this.fail(`topic name '${name}' already exists`, record);
    // A placeholder until finish() writes the final TopicImage; it makes the id and name taken.
    const placeholder: TopicImage = Object.freeze({ name, topicId, partitions: PersistentMap.empty<number, PartitionImage>() });
    this.topicsById = this.topicsById.set(topicId, placeholder);
    this.topicsByName = this.topicsByName.set(name, placeholder);
    this.topicDrafts.set(topicId, { name, topicId, partitions: placeholder.partitions });
  }

  putPartition(partition: PartitionImage, record: MetadataRecord | null): void {
    if (!Number.isSafeInteger(partition.partition) || partition.partition < 0) this.fail(`invalid partition number ${partition.partition}`, record);
    if (partition.leader < noLeader) this.fail(`invalid leader ${partition.leader}`, record);
    const draft = this.draftOf(partition.topicId, record);
    const before = draft.partitions.get(partition.partition);
    const after = freezePartition(partition);
    draft.partitions = draft.partitions.set(after.partition, after);
    this.reindex(after.topicId, after.partition, before, after);
  }

  private changePartition(record: PartitionChangeRecord): void {
    const draft = this.draftOf(record.topicId, record);
    const before = draft.partitions.get(record.partition);
    if (before === undefined) this.fail(`partition ${record.partition} of topic ${record.topicId} does not exist`, record);
    if (record.leader !== undefined && record.leader < noLeader) this.fail(`invalid leader ${record.leader}`, record);
    const after = freezePartition({
      topicId: before.topicId,
      partition: before.partition,
      replicas: record.replicas ?? before.replicas,
      isr: record.isr ?? before.isr,
      elr: record.elr ?? before.elr,
      leader: record.leader ?? before.leader,
      leaderEpoch: record.leader === undefined ? before.leaderEpoch : before.leaderEpoch + 1,
      partitionEpoch: before.partitionEpoch + 1,
      leaderRecovering: record.leaderRecovering ?? before.leaderRecovering,
    });
    draft.partitions = draft.partitions.set(after.partition, after);
    this.reindex(after.topicId, after.partition, before, after);
  }

  private removeTopic(topicId: string, record: MetadataRecord): void {
    const topic = this.topicDrafts.get(topicId) ?? this.topicsById.get(topicId);
    if (topic === undefined) this.fail(`topic ${topicId} does not exist`, record);
    for (const partition of topic.partitions.values()) this.reindex(topicId, partition.partition, partition, undefined);
    this.topicDrafts.delete(topicId);
    this.topicsById = this.topicsById.remove(topicId);
    this.topicsByName = this.topicsByName.remove(topic.name);
    this.configResources = this.configResources.remove(configKey('topic', topic.name));
  }

  setConfig(resourceType: ConfigResourceType, resourceName: string, name: string, value: string | null): void {
    const key = configKey(resourceType, resourceName);
    const entries = this.configs(resourceType, resourceName);
    const next = value === null ? entries.remove(name) : entries.set(name, value);
    if (next === entries) return;
    this.configResources = next.size === 0 ? this.configResources.remove(key) : this.configResources.set(key, Object.freeze({ resourceType, resourceName, entries: next }));
  }

  partitionExists(topicId: string, partition: number): boolean {
    return (this.topicDrafts.get(topicId) ?? this.topicsById.get(topicId))?.partitions.has(partition) ?? false;
  }

  configs(resourceType: ConfigResourceType, resourceName: string): PersistentMap<string, string> {
    return this.configResources.get(configKey(resourceType, resourceName))?.entries ?? emptyConfig;
  }

  setFeature(name: string, level: number, record: MetadataRecord | null): void {
    if (!Number.isSafeInteger(level) || level < 0) this.fail(`invalid level ${level} for feature '${name}'`, record);
    this.features = level === 0 ? this.features.remove(name) : this.features.set(name, level);
  }

  finish(epoch: number): ImageState {
    for (const draft of this.topicDrafts.values()) {
      // Keep the TopicImage object when the batch left its partitions as they were (a touched-then-failed lookup, say).
      if (this.topicsById.get(draft.topicId)?.partitions === draft.partitions) continue;
      const topic: TopicImage = Object.freeze({ name: draft.name, topicId: draft.topicId, partitions: draft.partitions });
      this.topicsById = this.topicsById.set(topic.topicId, topic);
      this.topicsByName = this.topicsByName.set(topic.name, topic);
    }
    for (const [brokerId, entries] of this.indexDrafts) {
      this.brokerIndex = entries.size === 0 ? this.brokerIndex.remove(brokerId) : this.brokerIndex.set(brokerId, entries);
    }
    return {
      offset: this.offset,
      epoch,
      brokers: this.brokers,
      topicsById: this.topicsById,
      topicsByName: this.topicsByName,
      configResources: this.configResources,
      nextProducerId: this.nextProducerId,
      features: this.features,
      brokerIndex: this.brokerIndex,
    };
  }

  fail(message: string, record: MetadataRecord | null): never {
    throw new MetadataReplayError(message, this.offset, record);
  }

  private draftOf(topicId: string, record: MetadataRecord | null): TopicDraft {
    let draft = this.topicDrafts.get(topicId);
    if (draft === undefined) {
      const topic = this.topicsById.get(topicId);
      if (topic === undefined) this.fail(`topic ${topicId} does not exist`, record);
      draft = { name: topic.name, topicId, partitions: topic.partitions };
      this.topicDrafts.set(topicId, draft);
    }
    return draft;
  }

  /** Moves the partition's index entries from the brokers it no longer involves to the ones it now does. */
  private reindex(topicId: string, partition: number, before: PartitionImage | undefined, after: PartitionImage | undefined): void {
    const was = members(before);
    const is = members(after);
    for (const brokerId of was) {
      if (!is.includes(brokerId)) this.updateIndex(brokerId, topicId, (partitions) => partitions.remove(partition));
    }
    for (const brokerId of is) {
      if (!was.includes(brokerId)) this.updateIndex(brokerId, topicId, (partitions) => partitions.set(partition, true));
    }
  }

  private updateIndex(brokerId: number, topicId: string, update: (partitions: PersistentMap<number, true>) => PersistentMap<number, true>): void {
    const entry = this.indexOf(brokerId);
    const partitions = update(entry.get(topicId) ?? PersistentMap.empty());
    this.indexDrafts.set(brokerId, partitions.size === 0 ? entry.remove(topicId) : entry.set(topicId, partitions));
  }

  private indexOf(brokerId: number): BrokerIndexEntry {
    return this.indexDrafts.get(brokerId) ?? this.brokerIndex.get(brokerId) ?? PersistentMap.empty();
  }
}

/** The brokers a partition involves, without duplicates (a handful: a plain array beats a Set). */
function members(partition: PartitionImage | undefined): number[] {
  const ids: number[] = [];
  if (partition === undefined) return ids;
  const add = (id: number): void => {
    if (id !== noLeader && !ids.includes(id)) ids.push(id);
  };
  for (const id of partition.replicas) add(id);
  for (const id of partition.isr) add(id);
  for (const id of partition.elr) add(id);
  add(partition.leader);
  return ids;
}

/** A frozen copy holding exactly the PartitionImage fields (records carry `type`; callers' arrays stay theirs). */
function freezePartition(p: PartitionImage): PartitionImage {
  return Object.freeze({
    topicId: p.topicId,
    partition: p.partition,
    replicas: Object.isFrozen(p.replicas) ? p.replicas : Object.freeze([...p.replicas]),
    isr: Object.isFrozen(p.isr) ? p.isr : Object.freeze([...p.isr]),
    elr: Object.isFrozen(p.elr) ? p.elr : Object.freeze([...p.elr]),
    leader: p.leader,
    leaderEpoch: p.leaderEpoch,
    partitionEpoch: p.partitionEpoch,
    leaderRecovering: p.leaderRecovering,
  });
}

function sameBroker(a: BrokerRegistration, b: BrokerRegistration): boolean {
  return (
    a.brokerId === b.brokerId &&
    a.incarnationId === b.incarnationId &&
    a.brokerEpoch === b.brokerEpoch &&
    a.rack === b.rack &&
    a.fenced === b.fenced &&
    a.inControlledShutdown === b.inControlledShutdown &&
    a.logDirIds.length === b.logDirIds.length &&
    a.logDirIds.every((id, i) => id === b.logDirIds[i]) &&
    a.endpoints.length === b.endpoints.length &&
    a.endpoints.every((e, i) => e.name === b.endpoints[i]!.name && e.host === b.endpoints[i]!.host && e.port === b.endpoints[i]!.port)
  );
}
