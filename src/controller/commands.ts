// The controller's decisions as pure functions: each takes the current
// metadata image (plus soft inputs such as the time) and returns the records
// to append and the response to give once they are committed. Nothing here
// mutates state — replaying the records is the only mutation — so the active
// controller, a follower's replay, a restart and the simulator all go through
// the same code (DESIGN.md §5).

import { SkiffError } from '../common/errors.js';
import type { Random } from '../env/random.js';
import {
  noLeader,
  producerIdBlockSize,
  type ConfigResourceType,
  type Endpoint,
  type MetadataRecord,
  type PartitionChangeRecord,
  type PartitionRecord,
} from '../metadata/records.js';
import { buildPartitionChange, type PartitionState } from './election.js';
import { placeReplicas, type BrokerLoad } from './placement.js';
import { topicConfigValidators, validateTopicConfig } from './topic-config.js';

// --- the image as the controller sees it (MetadataImage satisfies this) ----

export interface BrokerView {
  readonly brokerId: number;
  readonly incarnationId: string;
  readonly brokerEpoch: number;
  readonly endpoints: readonly Endpoint[];
  readonly rack: string | null;
  readonly fenced: boolean;
  readonly inControlledShutdown: boolean;
  /** directory.id of each data and metadata directory of this incarnation; [] = unknown. */
  readonly logDirIds: readonly string[];
}

export interface PartitionView extends PartitionState {
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
}

export interface TopicView {
  readonly name: string;
  readonly topicId: string;
  readonly partitions: ReadonlyMap<number, PartitionView>;
}

export interface ControllerImage {
  readonly brokers: ReadonlyMap<number, BrokerView>;
  readonly topicsByName: ReadonlyMap<string, TopicView>;
  readonly topicsById: ReadonlyMap<string, TopicView>;
  readonly nextProducerId: number;
  configs(resourceType: ConfigResourceType, resourceName: string): ReadonlyMap<string, string>;
}

export interface ControllerConfig {
  readonly clusterId: string;
  readonly defaultPartitions: number;
  readonly defaultReplicationFactor: number;
  readonly defaultMinIsr: number;
  readonly uncleanLeaderElection: boolean;
  /**
   * log.flush.on.ack (cluster-wide): an acknowledged acks=all record is
   * fsynced on every ISR member the high watermark counts. Lets a broker that
   * restarts on the same disks stay an eligible leader replica (registerBroker).
   */
  readonly durableAcks: boolean;
}

// --- helpers -------------------------------------------------------------

/** Registered, unfenced and not shutting down: may lead and may join an ISR. */
export function isActiveBroker(image: ControllerImage, brokerId: number): boolean {
  const b = image.brokers.get(brokerId);
  return b !== undefined && !b.fenced && !b.inControlledShutdown;
}

function topicBool(image: ControllerImage, topic: string, key: string, fallback: boolean): boolean {
  const value = image.configs('topic', topic).get(key);
  return value === undefined ? fallback : value === 'true';
}

function topicInt(image: ControllerImage, topic: string, key: string, fallback: number): number {
  const value = image.configs('topic', topic).get(key);
  return value === undefined ? fallback : Number(value);
}

function* allPartitions(image: ControllerImage): Generator<{ topic: TopicView; partition: number; state: PartitionView }> {
  for (const topic of image.topicsById.values()) {
    for (const [partition, state] of topic.partitions) yield { topic, partition, state };
  }
}

/**
 * Partition changes that take `brokerId` out of every ISR (and ELR when its
 * data may be gone) and move its leaderships, as when it is fenced, shuts
 * down, or comes back as a new incarnation.
 */
export function changesForBrokerLeaving(
  image: ControllerImage,
  config: ControllerConfig,
  brokerId: number,
  options: { readonly removeFromElr: boolean },
): PartitionChangeRecord[] {
  const changes: PartitionChangeRecord[] = [];
  const acceptable = (id: number): boolean => id !== brokerId && isActiveBroker(image, id);
  for (const { topic, partition, state } of allPartitions(image)) {
    const involved = state.isr.includes(brokerId) || state.leader === brokerId || (options.removeFromElr && state.elr.includes(brokerId));
    if (!involved) continue;
    const change = buildPartitionChange({
      topicId: topic.topicId,
      partition,
      current: state,
      targetIsr: state.isr.filter((id) => id !== brokerId),
      removeFromElr: options.removeFromElr ? [brokerId] : [],
      isAcceptable: acceptable,
      minIsr: topicInt(image, topic.name, 'min.insync.replicas', config.defaultMinIsr),
      uncleanLeaderElection: topicBool(image, topic.name, 'unclean.leader.election.enable', config.uncleanLeaderElection),
    });
    if (change !== null) changes.push(change);
  }
  return changes;
}

/** Elections for leaderless partitions that `brokerId` (now active) can lead. */
export function changesForBrokerJoining(image: ControllerImage, config: ControllerConfig, brokerId: number): PartitionChangeRecord[] {
  const changes: PartitionChangeRecord[] = [];
  const acceptable = (id: number): boolean => id === brokerId || isActiveBroker(image, id);
  for (const { topic, partition, state } of allPartitions(image)) {
    if (state.leader !== noLeader || !state.replicas.includes(brokerId)) continue;
    const change = buildPartitionChange({
      topicId: topic.topicId,
      partition,
      current: state,
      targetIsr: state.isr,
      isAcceptable: acceptable,
      minIsr: topicInt(image, topic.name, 'min.insync.replicas', config.defaultMinIsr),
      uncleanLeaderElection: topicBool(image, topic.name, 'unclean.leader.election.enable', config.uncleanLeaderElection),
    });
    if (change !== null) changes.push(change);
  }
  return changes;
}

/** Partitions `brokerId` leads. */
export function partitionsLedBy(image: ControllerImage, brokerId: number): number {
  let count = 0;
  for (const { state } of allPartitions(image)) if (state.leader === brokerId) count++;
  return count;
}

// --- broker registration and lifecycle -----------------------------------

export interface RegisterBrokerRequest {
  readonly clusterId: string;
  readonly brokerId: number;
  readonly incarnationId: string;
  readonly endpoints: readonly Endpoint[];
  readonly rack: string | null;
  /** directory.id of each data and metadata directory (meta.properties). */
  readonly logDirIds: readonly string[];
}

export interface Decision<R> {
  readonly records: readonly MetadataRecord[];
  /** The response, given the offset of the entry that carries the records (-1 when there are none). */
  readonly response: (entryOffset: number) => R;
}

export function registerBroker(
  image: ControllerImage,
  config: ControllerConfig,
  request: RegisterBrokerRequest,
  hasLiveSession: (brokerId: number) => boolean,
): Decision<{ brokerEpoch: number }> {
  if (request.clusterId !== config.clusterId) {
    throw new SkiffError('INCONSISTENT_CLUSTER_ID', `broker ${request.brokerId} belongs to cluster ${request.clusterId}, this is ${config.clusterId}`);
  }
  if (!Number.isSafeInteger(request.brokerId) || request.brokerId < 0) throw new SkiffError('INVALID_REQUEST', `invalid broker id ${request.brokerId}`);
  const existing = image.brokers.get(request.brokerId);
  if (existing !== undefined && existing.incarnationId === request.incarnationId) {
    // A retried registration: the record is already in the log.
    return { records: [], response: () => ({ brokerEpoch: existing.brokerEpoch }) };
  }
  if (existing !== undefined && hasLiveSession(request.brokerId)) {
    throw new SkiffError(
      'DUPLICATE_BROKER_REGISTRATION',
      `broker ${request.brokerId} is registered by another live process (incarnation ${existing.incarnationId}); retry after its session expires`,
    );
  }
  const records: MetadataRecord[] = [];
  if (existing !== undefined) {
    // A new incarnation may have lost an unsynced tail, so it always leaves
    // every ISR and must catch up again. Kafka also drops it from every ELR
    // (handleBrokerUncleanShutdown): with page-cache acks even committed
    // records may be gone. Skiff keeps it as an eligible leader replica — it
    // stays in the ELR, and enters it if its leaving takes the ISR below
    // min.insync.replicas, as a fenced broker does — when both
    //  (a) its disks are the same: the same non-empty set of directory ids
    //      (`skiff storage format` makes new ones, so a replaced or wiped
    //      and re-formatted disk shows), and
    //  (b) acks are durable (log.flush.on.ack): the high watermark counts
    //      only records fsynced on every ISR member,
    // for then its disk still holds every record committed while it was in
    // the ISR, which is all an ELR member needs (KIP-966). Without this a
    // power loss on every node would leave every partition that lost its
    // whole ISR offline for good.
    const keepsData = config.durableAcks && sameDirectories(existing.logDirIds, request.logDirIds);
    records.push(...changesForBrokerLeaving(image, config, request.brokerId, { removeFromElr: !keepsData }));
  }
  records.push({
    type: 'RegisterBroker',
    brokerId: request.brokerId,
    incarnationId: request.incarnationId,
    endpoints: request.endpoints,
    rack: request.rack,
    fenced: true,
    logDirIds: request.logDirIds,
  });
  return { records, response: (offset) => ({ brokerEpoch: offset }) };
}

/** The same non-empty set of directory ids: the same disks, none re-formatted. */
function sameDirectories(previous: readonly string[], next: readonly string[]): boolean {
  if (previous.length === 0) return false;
  const before = new Set(previous);
  const after = new Set(next);
  return before.size === after.size && [...after].every((id) => before.has(id));
}

/** Fences a broker (session expired, or it asked to be fenced): ISR/leadership first, then the fence. */
export function fenceBroker(image: ControllerImage, config: ControllerConfig, brokerId: number): MetadataRecord[] {
  const broker = image.brokers.get(brokerId);
  if (broker === undefined || broker.fenced) return [];
  return [
    ...changesForBrokerLeaving(image, config, brokerId, { removeFromElr: false }),
    { type: 'BrokerRegistrationChange', brokerId, brokerEpoch: broker.brokerEpoch, fenced: true, inControlledShutdown: null },
  ];
}

export function unfenceBroker(image: ControllerImage, config: ControllerConfig, brokerId: number): MetadataRecord[] {
  const broker = image.brokers.get(brokerId);
  if (broker === undefined || !broker.fenced || broker.inControlledShutdown) return [];
  return [
    { type: 'BrokerRegistrationChange', brokerId, brokerEpoch: broker.brokerEpoch, fenced: false, inControlledShutdown: null },
    ...changesForBrokerJoining(image, config, brokerId),
  ];
}

/** Starts a controlled shutdown: the broker stops being a valid leader or ISR member. */
export function beginControlledShutdown(image: ControllerImage, config: ControllerConfig, brokerId: number): MetadataRecord[] {
  const broker = image.brokers.get(brokerId);
  if (broker === undefined || broker.inControlledShutdown) return [];
  return [
    { type: 'BrokerRegistrationChange', brokerId, brokerEpoch: broker.brokerEpoch, fenced: null, inControlledShutdown: true },
    ...changesForBrokerLeaving(image, config, brokerId, { removeFromElr: false }),
  ];
}

// --- topics --------------------------------------------------------------

export interface CreateTopicRequest {
  readonly name: string;
  /** -1 = the broker default (num.partitions). */
  readonly numPartitions: number;
  /** -1 = the broker default (default.replication.factor). */
  readonly replicationFactor: number;
  readonly configs: Readonly<Record<string, string>>;
}

export interface CreateTopicResult {
  readonly name: string;
  readonly topicId: string | null;
  readonly numPartitions: number;
  readonly replicationFactor: number;
  readonly error: SkiffError | null;
}

const legalTopicName = /^[a-zA-Z0-9._-]+$/;

export function validateTopicName(name: string): void {
  if (name.length === 0 || name === '.' || name === '..') throw new SkiffError('INVALID_TOPIC_EXCEPTION', `topic name '${name}' is not allowed`);
  if (name.length > 249) throw new SkiffError('INVALID_TOPIC_EXCEPTION', `topic name is ${name.length} characters long, the limit is 249`);
  if (!legalTopicName.test(name)) throw new SkiffError('INVALID_TOPIC_EXCEPTION', `topic name '${name}' may only contain ASCII letters, digits, '.', '_' and '-'`);
}

/** A random 16-byte id in Kafka's printed form (22 characters of base64url). */
export function randomTopicId(random: Random): string {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = random.int(256);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet[(value >> bits) & 63];
    }
  }
  if (bits > 0) out += alphabet[(value << (6 - bits)) & 63];
  return out;
}

function brokerLoad(image: ControllerImage): Map<number, BrokerLoad> {
  const load = new Map<number, { replicas: number; leaders: number }>();
  for (const { state } of allPartitions(image)) {
    state.replicas.forEach((id, i) => {
      const entry = load.get(id) ?? { replicas: 0, leaders: 0 };
      entry.replicas++;
      if (i === 0) entry.leaders++;
      load.set(id, entry);
    });
  }
  return load;
}

export function createTopics(
  image: ControllerImage,
  config: ControllerConfig,
  random: Random,
  requests: readonly CreateTopicRequest[],
): Decision<CreateTopicResult[]> {
  const usable = [...image.brokers.values()].filter((b) => !b.fenced && !b.inControlledShutdown).map((b) => ({ id: b.brokerId, rack: b.rack }));
  const load = brokerLoad(image);
  const records: MetadataRecord[] = [];
  const results: CreateTopicResult[] = [];
  const seen = new Set<string>();
  for (const request of requests) {
    const numPartitions = request.numPartitions === -1 ? config.defaultPartitions : request.numPartitions;
    const replicationFactor = request.replicationFactor === -1 ? config.defaultReplicationFactor : request.replicationFactor;
    const fail = (error: SkiffError): void => {
      results.push({ name: request.name, topicId: null, numPartitions, replicationFactor, error });
    };
    try {
      validateTopicName(request.name);
      if (image.topicsByName.has(request.name) || seen.has(request.name)) throw new SkiffError('TOPIC_ALREADY_EXISTS', `topic '${request.name}' already exists`);
      if (!Number.isSafeInteger(numPartitions) || numPartitions < 1 || numPartitions > 100_000) {
        throw new SkiffError('INVALID_PARTITIONS', `number of partitions must be between 1 and 100000, got ${numPartitions}`);
      }
      if (!Number.isSafeInteger(replicationFactor) || replicationFactor < 1 || replicationFactor > 32767) {
        throw new SkiffError('INVALID_REPLICATION_FACTOR', `replication factor must be between 1 and 32767, got ${replicationFactor}`);
      }
      for (const [key, value] of Object.entries(request.configs)) validateTopicConfig(key, value);
      const minIsr = Number(request.configs['min.insync.replicas'] ?? config.defaultMinIsr);
      if (minIsr > replicationFactor) {
        throw new SkiffError('INVALID_CONFIG', `min.insync.replicas ${minIsr} is larger than the replication factor ${replicationFactor}: acks=all writes could never succeed`);
      }
      const placement = placeReplicas({ brokers: usable, partitions: numPartitions, replicationFactor, load, rotation: image.topicsById.size });
      for (const replicas of placement) {
        replicas.forEach((id, i) => {
          const entry = load.get(id) ?? { replicas: 0, leaders: 0 };
          load.set(id, { replicas: entry.replicas + 1, leaders: entry.leaders + (i === 0 ? 1 : 0) });
        });
      }
      const topicId = randomTopicId(random);
      seen.add(request.name);
      records.push({ type: 'Topic', name: request.name, topicId });
      for (const [name, value] of Object.entries(request.configs).sort(([a], [b]) => (a < b ? -1 : 1))) {
        records.push({ type: 'Config', resourceType: 'topic', resourceName: request.name, name, value });
      }
      placement.forEach((replicas, partition) => {
        const record: PartitionRecord = { type: 'Partition', topicId, partition, replicas, isr: replicas, elr: [], leader: replicas[0]!, leaderEpoch: 0, partitionEpoch: 0 };
        records.push(record);
      });
      results.push({ name: request.name, topicId, numPartitions, replicationFactor, error: null });
    } catch (error) {
      fail(error instanceof SkiffError ? error : new SkiffError('UNKNOWN_SERVER_ERROR', String(error)));
    }
  }
  return { records, response: () => results };
}

export function deleteTopics(image: ControllerImage, names: readonly string[]): Decision<{ name: string; error: SkiffError | null }[]> {
  const records: MetadataRecord[] = [];
  const results = names.map((name) => {
    const topic = image.topicsByName.get(name);
    if (topic === undefined) return { name, error: new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `topic '${name}' does not exist`) };
    if (records.some((r) => r.type === 'RemoveTopic' && r.topicId === topic.topicId)) return { name, error: null };
    records.push({ type: 'RemoveTopic', topicId: topic.topicId });
    for (const key of image.configs('topic', name).keys()) records.push({ type: 'Config', resourceType: 'topic', resourceName: name, name: key, value: null });
    return { name, error: null };
  });
  return { records, response: () => results };
}

/**
 * Adds partitions to existing topics (never removes any): each new partition
 * gets the topic's replication factor, placed like CreateTopics places them.
 */
export function createPartitions(image: ControllerImage, config: ControllerConfig, requests: readonly { name: string; count: number }[], validateOnly: boolean): Decision<{ name: string; error: SkiffError | null }[]> {
  const usable = [...image.brokers.values()].filter((b) => !b.fenced && !b.inControlledShutdown).map((b) => ({ id: b.brokerId, rack: b.rack }));
  const load = brokerLoad(image);
  const records: MetadataRecord[] = [];
  const seen = new Set<string>();
  const results = requests.map(({ name, count }) => {
    try {
      if (seen.has(name)) throw new SkiffError('INVALID_REQUEST', `topic '${name}' appears twice`);
      seen.add(name);
      const topic = image.topicsByName.get(name);
      if (topic === undefined) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `topic '${name}' does not exist`);
      const current = topic.partitions.size;
      if (!Number.isSafeInteger(count) || count > 100_000) throw new SkiffError('INVALID_PARTITIONS', `number of partitions must be at most 100000, got ${count}`);
      if (count <= current) throw new SkiffError('INVALID_PARTITIONS', `topic '${name}' has ${current} partitions; the new count must be larger, got ${count}`);
      const replicationFactor = topic.partitions.get(0)?.replicas.length ?? config.defaultReplicationFactor;
      const placement = placeReplicas({ brokers: usable, partitions: count - current, replicationFactor, load, rotation: current });
      if (validateOnly) return { name, error: null };
      placement.forEach((replicas, i) => {
        replicas.forEach((id, k) => {
          const entry = load.get(id) ?? { replicas: 0, leaders: 0 };
          load.set(id, { replicas: entry.replicas + 1, leaders: entry.leaders + (k === 0 ? 1 : 0) });
        });
        records.push({ type: 'Partition', topicId: topic.topicId, partition: current + i, replicas, isr: replicas, elr: [], leader: replicas[0]!, leaderEpoch: 0, partitionEpoch: 0 });
      });
      return { name, error: null };
    } catch (error) {
      return { name, error: error instanceof SkiffError ? error : new SkiffError('UNKNOWN_SERVER_ERROR', String(error)) };
    }
  });
  return { records, response: () => results };
}

/** Sets and deletes topic-level configs (Kafka's IncrementalAlterConfigs for topics), validated as CreateTopics validates them. */
export function alterTopicConfigs(
  image: ControllerImage,
  config: ControllerConfig,
  requests: readonly { name: string; set: Readonly<Record<string, string>>; delete: readonly string[] }[],
  validateOnly: boolean,
): Decision<{ name: string; error: SkiffError | null }[]> {
  const records: MetadataRecord[] = [];
  const results = requests.map((request) => {
    try {
      const topic = image.topicsByName.get(request.name);
      if (topic === undefined) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `topic '${request.name}' does not exist`);
      for (const [key, value] of Object.entries(request.set)) validateTopicConfig(key, value);
      for (const key of request.delete) {
        if (key in request.set) throw new SkiffError('INVALID_REQUEST', `config '${key}' is both set and deleted`);
        if (!(key in topicConfigValidators)) throw new SkiffError('INVALID_CONFIG', `unknown topic config '${key}'`);
      }
      const current = image.configs('topic', request.name);
      const minIsr = Number(request.set['min.insync.replicas'] ?? (request.delete.includes('min.insync.replicas') ? undefined : current.get('min.insync.replicas')) ?? config.defaultMinIsr);
      const replicationFactor = topic.partitions.get(0)?.replicas.length ?? 0;
      if (minIsr > replicationFactor) throw new SkiffError('INVALID_CONFIG', `min.insync.replicas ${minIsr} is larger than the replication factor ${replicationFactor}: acks=all writes could never succeed`);
      if (validateOnly) return { name: request.name, error: null };
      for (const [key, value] of Object.entries(request.set).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (current.get(key) !== value) records.push({ type: 'Config', resourceType: 'topic', resourceName: request.name, name: key, value });
      }
      for (const key of [...request.delete].sort()) {
        if (current.has(key)) records.push({ type: 'Config', resourceType: 'topic', resourceName: request.name, name: key, value: null });
      }
      return { name: request.name, error: null };
    } catch (error) {
      return { name: request.name, error: error instanceof SkiffError ? error : new SkiffError('UNKNOWN_SERVER_ERROR', String(error)) };
    }
  });
  return { records, response: () => results };
}

// --- ISR changes ---------------------------------------------------------

export interface AlterPartitionRequest {
  readonly brokerId: number;
  readonly brokerEpoch: number;
  readonly topicId: string;
  readonly partition: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
  readonly newIsr: readonly { readonly brokerId: number; readonly brokerEpoch: number }[];
  readonly leaderRecovering: boolean;
}

/**
 * The leader's ISR proposal, applied as compare-and-set on (leaderEpoch,
 * partitionEpoch) with Kafka's checks in Kafka's order (kraft-digest §2.4).
 * Throws the typed error of the first failed check.
 */
export function alterPartition(image: ControllerImage, config: ControllerConfig, request: AlterPartitionRequest): PartitionChangeRecord | null {
  const leaderBroker = image.brokers.get(request.brokerId);
  if (leaderBroker === undefined || leaderBroker.brokerEpoch !== request.brokerEpoch) {
    throw new SkiffError('STALE_BROKER_EPOCH', `broker ${request.brokerId} epoch ${request.brokerEpoch} is not its current registration`);
  }
  const topic = image.topicsById.get(request.topicId);
  const state = topic?.partitions.get(request.partition);
  if (topic === undefined || state === undefined) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `no partition ${request.topicId}-${request.partition}`);
  if (request.leaderEpoch < state.leaderEpoch) throw new SkiffError('FENCED_LEADER_EPOCH', `leader epoch ${request.leaderEpoch} < current ${state.leaderEpoch}`);
  if (request.leaderEpoch > state.leaderEpoch) throw new SkiffError('NOT_CONTROLLER', `leader epoch ${request.leaderEpoch} is ahead of this controller's ${state.leaderEpoch}`);
  if (state.leader !== request.brokerId) {
    throw new SkiffError(state.leader === noLeader ? 'INVALID_REQUEST' : 'NEW_LEADER_ELECTED', `broker ${request.brokerId} is not the leader of ${topic.name}-${request.partition} (leader ${state.leader})`);
  }
  if (request.partitionEpoch !== state.partitionEpoch) {
    throw new SkiffError('INVALID_UPDATE_VERSION', `partition epoch ${request.partitionEpoch} is not the current ${state.partitionEpoch}`);
  }
  const newIsr = request.newIsr.map((m) => m.brokerId);
  if (new Set(newIsr).size !== newIsr.length || !newIsr.every((id) => state.replicas.includes(id)) || !newIsr.includes(request.brokerId)) {
    throw new SkiffError('INVALID_REQUEST', `new ISR [${newIsr.join(',')}] must be distinct replicas including the leader`);
  }
  if ((state.leaderRecovering || request.leaderRecovering) && newIsr.length !== 1) {
    throw new SkiffError('INVALID_REQUEST', 'a recovering leader may only have itself in the ISR');
  }
  for (const member of request.newIsr) {
    if (state.isr.includes(member.brokerId)) continue;
    const broker = image.brokers.get(member.brokerId);
    if (broker === undefined || broker.fenced || broker.inControlledShutdown || broker.brokerEpoch !== member.brokerEpoch) {
      throw new SkiffError('INELIGIBLE_REPLICA', `broker ${member.brokerId} (epoch ${member.brokerEpoch}) cannot join the ISR`);
    }
  }
  const change = buildPartitionChange({
    topicId: request.topicId,
    partition: request.partition,
    current: { ...state, leaderRecovering: request.leaderRecovering },
    targetIsr: newIsr,
    isAcceptable: (id) => isActiveBroker(image, id),
    minIsr: topicInt(image, topic.name, 'min.insync.replicas', config.defaultMinIsr),
    uncleanLeaderElection: false,
  });
  if (change === null && request.leaderRecovering !== state.leaderRecovering) {
    return { type: 'PartitionChange', topicId: request.topicId, partition: request.partition, leaderRecovering: request.leaderRecovering };
  }
  return change;
}

// --- producer ids --------------------------------------------------------

export function allocateProducerIds(image: ControllerImage, brokerId: number, brokerEpoch: number): Decision<{ firstProducerId: number; size: number }> {
  const broker = image.brokers.get(brokerId);
  if (broker === undefined || broker.brokerEpoch !== brokerEpoch) {
    throw new SkiffError('STALE_BROKER_EPOCH', `broker ${brokerId} epoch ${brokerEpoch} is not its current registration`);
  }
  const first = image.nextProducerId;
  return {
    records: [{ type: 'ProducerIds', brokerId, brokerEpoch, nextProducerId: first + producerIdBlockSize }],
    response: () => ({ firstProducerId: first, size: producerIdBlockSize }),
  };
}
