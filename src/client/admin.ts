// Admin: cluster administration for applications, shaped like kafkajs's admin
// client — topics (create, delete, list, describe, add partitions, describe
// and alter configs), offsets per partition
// (earliest, latest, by timestamp), the cluster and the metadata quorum, and
// consumer groups (list, describe, delete, committed offsets with lag, and
// offset resets like kafka-consumer-groups.sh --reset-offsets).
// Topic changes go to any broker, which forwards them to the active
// controller; offsets are asked of each partition's leader; a group's
// requests go to its coordinator (FindCoordinator), retried with backoff
// while the coordinator moves or loads; ListGroups asks every broker, since
// each answers only for the groups it coordinates. Every failure is
// a SkiffError with Kafka's code. Sans-I/O: the ports come in through
// ClientContext.

import type { DescribedMember, GroupState, ListedGroup, TopicPartitionList } from '../broker/group-services.js';
import { earliestTimestamp, latestTimestamp, type BrokerInfo, type BrokerServices, type ConfigEntry, type DescribeQuorumResponse, type ListOffsetsPartitionResponse, type PartitionMetadata, type TopicMetadata } from '../broker/services.js';
import { assert } from '../common/assert.js';
import { type ErrorCode, isSkiffError, SkiffError } from '../common/errors.js';
import type { ApiError } from '../controller/services.js';
import { sleep, toSkiffError } from './cluster-client.js';
import type { ClientContext } from './producer.js';

export interface NewTopic {
  readonly topic: string;
  /** Default: the cluster's num.partitions. */
  readonly numPartitions?: number;
  /** Default: the cluster's default.replication.factor. */
  readonly replicationFactor?: number;
  readonly configEntries?: readonly { readonly name: string; readonly value: string }[];
}

export interface TopicDescription {
  readonly name: string;
  readonly topicId: string;
  readonly partitions: readonly PartitionMetadata[];
  readonly configs: Readonly<Record<string, string>>;
}

export interface PartitionOffsets {
  readonly partition: number;
  /** The log start offset. */
  readonly low: number;
  /** The high watermark: the next offset a committed record gets. */
  readonly high: number;
}

export interface ClusterDescription {
  readonly clusterId: string;
  readonly controllerId: number;
  readonly brokers: readonly BrokerInfo[];
}

// --- consumer groups ------------------------------------------------------

/** A group as ListGroups reports it, with the broker that coordinates it. */
export interface GroupOverview {
  readonly groupId: string;
  readonly state: GroupState;
  /** 'consumer': the group has KIP-848 membership state; 'simple': only committed offsets. */
  readonly groupType: 'consumer' | 'simple';
  /** The broker that answered for the group (its coordinator when asked). */
  readonly coordinatorId: number;
}

export interface GroupCoordinatorNode {
  readonly nodeId: number;
  readonly host: string;
  readonly port: number;
}

export interface GroupDescription {
  readonly groupId: string;
  readonly state: GroupState;
  readonly groupEpoch: number;
  readonly assignmentEpoch: number;
  /** The server-side assignor; '' for a group that only has committed offsets. */
  readonly assignor: string;
  readonly coordinator: GroupCoordinatorNode;
  readonly members: readonly DescribedMember[];
}

export interface GroupPartitionOffset {
  readonly partition: number;
  /** -1 when the group has committed nothing for the partition. */
  readonly committedOffset: number;
  readonly committedLeaderEpoch: number;
  readonly metadata: string;
  /** The log start offset; null when unknown (the topic is gone or has no leader). */
  readonly logStartOffset: number | null;
  /** The high watermark, Kafka's LOG-END-OFFSET column; null when unknown. */
  readonly logEndOffset: number | null;
  /** max(0, logEndOffset - committedOffset); null without a committed offset or a log end. */
  readonly lag: number | null;
}

export interface GroupTopicOffsets {
  readonly topic: string;
  readonly partitions: readonly GroupPartitionOffset[];
}

/** Where resetOffsets moves a group's position, as kafka-consumer-groups.sh --to-earliest, --to-latest, --to-datetime, --to-offset, --shift-by. */
export type OffsetResetTarget =
  | { readonly earliest: true }
  | { readonly latest: true }
  /** The first offset whose record timestamp is ≥ datetimeMs (the high watermark when none is). */
  | { readonly datetimeMs: number }
  /** Clamped to [log start offset, high watermark], as Kafka does. */
  | { readonly offset: number }
  /** The committed offset plus shiftBy (negative moves back), clamped; fails for a partition without a committed offset. */
  | { readonly shiftBy: number };

export interface PlannedOffset {
  readonly topic: string;
  readonly partition: number;
  /** The committed offset before the reset; -1 if none. */
  readonly currentOffset: number;
  /** What the target asked for, before clamping to [logStartOffset, logEndOffset]. */
  readonly requestedOffset: number;
  readonly newOffset: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
}

/** One row of kafka-consumer-groups.sh --describe --offsets; null where Kafka prints '-'. */
export interface GroupLagRow {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  readonly currentOffset: number | null;
  readonly logEndOffset: number | null;
  readonly lag: number | null;
  readonly consumerId: string | null;
  readonly host: string | null;
  readonly clientId: string | null;
}

export interface GroupLag {
  readonly group: GroupDescription;
  /** Partitions assigned to members (members with the most partitions first), then committed partitions no member owns. */
  readonly rows: readonly GroupLagRow[];
}

/**
 * Errors after which a group request is sent again, to the coordinator a new
 * FindCoordinator names: the coordinator moved, is loading its partition,
 * or the broker could not be reached (it may have just died).
 */
const coordinatorRetryCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['NOT_COORDINATOR', 'COORDINATOR_LOAD_IN_PROGRESS', 'COORDINATOR_NOT_AVAILABLE', 'NETWORK_EXCEPTION', 'NODE_STARTING']);
/** Attempts per group request; with the backoff below about 6.5 s of waiting in all. */
const coordinatorAttemptsMax = 10;
const coordinatorBackoffMs = 100;
const coordinatorBackoffMaxMs = 1_000;

type Attempt<T> = { readonly error: ApiError } | { readonly error: null; readonly value: T };

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function check(error: ApiError | null, what: string): void {
  if (error !== null) throw new SkiffError(error.code, `${what}: ${error.message}`);
}

export class Admin {
  private disconnected = false;

  constructor(private readonly context: ClientContext) {}

  /** Creates topics; resolves true when all were created, false when some already existed. Waits until each has leaders. */
  async createTopics(request: { readonly topics: readonly NewTopic[]; readonly waitForLeaders?: boolean; readonly timeoutMs?: number }): Promise<boolean> {
    const response = await this.call('CreateTopics', {
      topics: request.topics.map((t) => ({
        name: t.topic,
        numPartitions: t.numPartitions ?? -1,
        replicationFactor: t.replicationFactor ?? -1,
        configs: Object.fromEntries((t.configEntries ?? []).map((c) => [c.name, c.value])),
      })),
    });
    check(response.error, 'create topics');
    let allCreated = true;
    for (const result of response.results) {
      if (result.error?.code === 'TOPIC_ALREADY_EXISTS') allCreated = false;
      else check(result.error, `create topic '${result.name}'`);
    }
    if (request.waitForLeaders ?? true) {
      const names = request.topics.map((t) => t.topic);
      await this.untilEveryBroker('the new topics with leaders', names, (t) => t !== undefined && t.partitions.every((p) => p.leader >= 0), request.timeoutMs);
    }
    return allCreated;
  }

  async deleteTopics(request: { readonly topics: readonly string[] }): Promise<void> {
    const response = await this.call('DeleteTopics', { names: request.topics });
    check(response.error, 'delete topics');
    for (const result of response.results) check(result.error, `delete topic '${result.name}'`);
    await this.untilEveryBroker('the topics gone', request.topics, (t) => t === undefined);
  }

  /** Raises each topic's partition count to `count` (partitions are only ever added; keys then map differently). */
  async createPartitions(request: { readonly topicPartitions: readonly { readonly topic: string; readonly count: number }[]; readonly validateOnly?: boolean }): Promise<void> {
    const response = await this.call('CreatePartitions', { topics: request.topicPartitions.map((t) => ({ name: t.topic, count: t.count })), validateOnly: request.validateOnly ?? false });
    check(response.error, 'create partitions');
    for (const result of response.results) check(result.error, `create partitions of '${result.name}'`);
    if (request.validateOnly ?? false) return;
    const counts = new Map(request.topicPartitions.map((t) => [t.topic, t.count]));
    await this.untilEveryBroker('the new partitions', [...counts.keys()], (t) => t !== undefined && t.partitions.length >= counts.get(t.name)!);
    this.context.cluster.requestRefresh();
  }

  /** Every topic-level config of each topic: its value and whether the topic sets it or the broker default applies. */
  async describeConfigs(request: { readonly topics: readonly string[] }): Promise<{ topic: string; configs: ConfigEntry[] }[]> {
    const response = await this.call('DescribeConfigs', { topics: request.topics });
    return response.results.map((r) => {
      check(r.error, `configs of '${r.name}'`);
      return { topic: r.name, configs: [...r.entries] };
    });
  }

  /** Sets and removes topic-level configs (a removed one falls back to the broker default). */
  async alterConfigs(request: { readonly topics: readonly { readonly topic: string; readonly set?: Readonly<Record<string, string>>; readonly delete?: readonly string[] }[]; readonly validateOnly?: boolean }): Promise<void> {
    const response = await this.call('IncrementalAlterConfigs', {
      topics: request.topics.map((t) => ({ name: t.topic, set: t.set ?? {}, delete: t.delete ?? [] })),
      validateOnly: request.validateOnly ?? false,
    });
    check(response.error, 'alter configs');
    for (const result of response.results) check(result.error, `alter configs of '${result.name}'`);
    if (request.validateOnly ?? false) return;
    const wanted = new Map(request.topics.map((t) => [t.topic, t]));
    await this.untilEveryBroker('the config change', [...wanted.keys()], (t) => {
      const change = t === undefined ? undefined : wanted.get(t.name);
      if (t === undefined || change === undefined) return false;
      return Object.entries(change.set ?? {}).every(([k, v]) => t.configs[k] === v) && (change.delete ?? []).every((k) => !(k in t.configs));
    });
  }

  async listTopics(): Promise<string[]> {
    const metadata = await this.call('Metadata', { topics: null });
    return metadata.topics.map((t) => t.name).sort();
  }

  /** Every topic when `topics` is omitted. Unknown topics fail with UNKNOWN_TOPIC_OR_PARTITION. */
  async fetchTopicMetadata(request: { readonly topics?: readonly string[] } = {}): Promise<{ topics: TopicDescription[] }> {
    const metadata = await this.call('Metadata', { topics: request.topics ?? null });
    for (const t of metadata.topics) check(t.error, `topic '${t.name}'`);
    return { topics: metadata.topics.map((t) => ({ name: t.name, topicId: t.topicId, partitions: t.partitions, configs: t.configs })) };
  }

  /** Log start and high watermark of every partition of `topic`. */
  async fetchTopicOffsets(topic: string): Promise<PartitionOffsets[]> {
    const [low, high] = await Promise.all([this.listOffsets(topic, earliestTimestamp), this.listOffsets(topic, latestTimestamp)]);
    return low.map((l, i) => ({ partition: l.partition, low: l.offset, high: high[i]!.offset }));
  }

  /** Per partition, the first offset whose record timestamp is ≥ `timestampMs` (the high watermark when none is). */
  async fetchTopicOffsetsByTimestamp(topic: string, timestampMs: number): Promise<{ partition: number; offset: number }[]> {
    if (!Number.isSafeInteger(timestampMs) || timestampMs < 0) throw new SkiffError('INVALID_TIMESTAMP', `timestamp must be milliseconds since the epoch, got ${timestampMs}`);
    const [found, high] = await Promise.all([this.listOffsets(topic, timestampMs), this.listOffsets(topic, latestTimestamp)]);
    return found.map((f, i) => ({ partition: f.partition, offset: f.offset >= 0 ? f.offset : high[i]!.offset }));
  }

  async describeCluster(): Promise<ClusterDescription> {
    const c = await this.call('DescribeCluster', { includeFenced: true });
    return { clusterId: c.clusterId, controllerId: c.controllerId, brokers: c.brokers };
  }

  async describeQuorum(): Promise<DescribeQuorumResponse> {
    const q = await this.call('DescribeQuorum', {});
    check(q.error, 'describe quorum');
    return q;
  }

  /** Every group on every broker (each answers for the groups it coordinates), only those in `states` if given; sorted by id. */
  async listGroups(request: { readonly states?: readonly GroupState[] } = {}): Promise<GroupOverview[]> {
    const cluster = this.context.cluster;
    await cluster.refresh();
    const brokers = cluster.brokers;
    if (brokers.length === 0) throw new SkiffError('NETWORK_EXCEPTION', 'list groups: no broker answered a metadata request');
    const statesFilter = [...(request.states ?? [])];
    const answers = await Promise.all(
      brokers.map(async (b) => ({
        brokerId: b.brokerId,
        groups: await this.retrying(`list groups on broker ${b.brokerId}`, async (): Promise<Attempt<readonly ListedGroup[]>> => {
          const r = await cluster.call(b.brokerId, 'ListGroups', { statesFilter });
          return r.error === null ? { error: null, value: r.groups } : { error: r.error };
        }),
      })),
    );
    // A group whose coordinator moved while we asked may be listed twice: keep one.
    const byId = new Map<string, GroupOverview>();
    for (const { brokerId, groups } of answers) {
      for (const g of groups) if (!byId.has(g.groupId)) byId.set(g.groupId, { groupId: g.groupId, state: g.state, groupType: g.groupType, coordinatorId: brokerId });
    }
    return [...byId.values()].sort((a, b) => compareStrings(a.groupId, b.groupId));
  }

  /** Each group as its coordinator sees it. A group that does not exist fails with GROUP_ID_NOT_FOUND. */
  async describeGroups(groupIds: readonly string[]): Promise<GroupDescription[]> {
    return Promise.all(groupIds.map((groupId) => this.describeGroup(groupId)));
  }

  /**
   * Deletes groups without members, with their committed offsets. Every group
   * is tried; if any fails, rejects with the first failure's code
   * (GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP) and every failure in the message.
   */
  async deleteGroups(groupIds: readonly string[]): Promise<void> {
    const outcomes = await Promise.allSettled(
      groupIds.map((groupId) =>
        this.onCoordinator(groupId, `delete group '${groupId}'`, async (coordinator): Promise<Attempt<null>> => {
          const r = await this.context.cluster.call(coordinator.nodeId, 'DeleteGroups', { groupIds: [groupId] });
          const result = r.results.find((x) => x.groupId === groupId);
          const error = r.error ?? result?.error ?? (result === undefined ? { code: 'UNKNOWN_SERVER_ERROR' as const, message: 'the coordinator returned no result' } : null);
          if (error === null) return { error: null, value: null };
          if (error.code === 'NON_EMPTY_GROUP') return { error: { code: error.code, message: `group '${groupId}' has active members; stop them first` } };
          if (error.code === 'GROUP_ID_NOT_FOUND') return { error: { code: error.code, message: `group '${groupId}' does not exist` } };
          return { error };
        }),
      ),
    );
    const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [toSkiffError(o.reason)] : []));
    const first = failures[0];
    if (first === undefined) return;
    if (failures.length === 1) throw first;
    throw new SkiffError(first.code, failures.map((f) => f.message).join('; '), { cause: first });
  }

  /**
   * A group's committed offsets with each partition's log end (high
   * watermark) and lag: every partition of `topics` (committedOffset -1 and
   * lag null where nothing is committed), or without `topics` every
   * partition the group has committed. An unknown topic in `topics` fails
   * with UNKNOWN_TOPIC_OR_PARTITION; a group that does not exist has no offsets.
   */
  async fetchOffsets(request: { readonly groupId: string; readonly topics?: readonly string[] }): Promise<GroupTopicOffsets[]> {
    let wanted: { topic: string; partitions: number[] }[] | null = null;
    if (request.topics !== undefined) {
      const counts = await this.partitionCounts(request.topics);
      wanted = [...new Set(request.topics)].map((topic) => ({ topic, partitions: range(counts.get(topic) ?? 0) }));
    }
    const committed = await this.committedOffsets(request.groupId, wanted);
    const logs = await this.logOffsetsOf(committed.map((t) => t.topic));
    return committed.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p): GroupPartitionOffset => {
        const log = logs.get(t.topic)?.get(p.partition);
        return {
          partition: p.partition,
          committedOffset: p.committedOffset,
          committedLeaderEpoch: p.committedLeaderEpoch,
          metadata: p.metadata,
          logStartOffset: log?.low ?? null,
          logEndOffset: log?.high ?? null,
          lag: lagOf(p.committedOffset, log?.high ?? null),
        };
      }),
    }));
  }

  /**
   * Plans (and with `execute`, commits) new offsets for the group on `topic`
   * (every partition, or `partitions`), like kafka-consumer-groups.sh
   * --reset-offsets: a dry run unless `execute` is true. The commit is a
   * "simple" one (no member id, member epoch -1), which the coordinator
   * accepts only while the group has no members: otherwise it fails with
   * UNKNOWN_MEMBER_ID and nothing changes. Returns the plan, per partition.
   */
  async resetOffsets(request: {
    readonly groupId: string;
    readonly topic: string;
    readonly to: OffsetResetTarget;
    readonly partitions?: readonly number[];
    readonly execute?: boolean;
  }): Promise<PlannedOffset[]> {
    const { groupId, topic, to } = request;
    checkTarget(to);
    const count = (await this.partitionCounts([topic])).get(topic) ?? 0;
    const partitions = [...new Set(request.partitions ?? range(count))].sort((a, b) => a - b);
    for (const p of partitions) {
      if (!Number.isInteger(p) || p < 0 || p >= count) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `topic '${topic}' has no partition ${p} (it has ${count})`);
    }
    const [bounds, committed, byTime] = await Promise.all([
      this.fetchTopicOffsets(topic),
      this.committedOffsets(groupId, [{ topic, partitions }]),
      'datetimeMs' in to ? this.fetchTopicOffsetsByTimestamp(topic, to.datetimeMs) : Promise.resolve(null),
    ]);
    const current = new Map((committed.find((t) => t.topic === topic)?.partitions ?? []).map((p) => [p.partition, p.committedOffset]));
    const plan = partitions.map((partition): PlannedOffset => {
      const b = bounds.find((x) => x.partition === partition);
      if (b === undefined) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `no offsets for ${topic}-${partition}`);
      const currentOffset = current.get(partition) ?? -1;
      let requestedOffset: number;
      if ('earliest' in to) requestedOffset = b.low;
      else if ('latest' in to) requestedOffset = b.high;
      else if ('datetimeMs' in to) requestedOffset = byTime?.find((x) => x.partition === partition)?.offset ?? b.high;
      else if ('offset' in to) requestedOffset = to.offset;
      else {
        if (currentOffset < 0) throw new SkiffError('INVALID_REQUEST', `cannot shift the offset of ${topic}-${partition}: group '${groupId}' has no committed offset for it`);
        requestedOffset = currentOffset + to.shiftBy;
      }
      const newOffset = Math.min(b.high, Math.max(b.low, requestedOffset));
      return { topic, partition, currentOffset, requestedOffset, newOffset, logStartOffset: b.low, logEndOffset: b.high };
    });
    if (request.execute === true && plan.length > 0) await this.commitAsAdmin(groupId, topic, plan);
    return plan;
  }

  /**
   * kafka-consumer-groups.sh --describe --offsets as data: per partition the
   * committed offset, the log end offset, the lag and the member that owns it.
   */
  async describeGroupLag(groupId: string): Promise<GroupLag> {
    const [[group], committed] = await Promise.all([this.describeGroups([groupId]), this.committedOffsets(groupId, null)]);
    assert(group !== undefined, 'describeGroups answers every group');
    const offsets = new Map<string, number>();
    for (const t of committed) for (const p of t.partitions) if (p.committedOffset >= 0) offsets.set(`${t.topic}\0${p.partition}`, p.committedOffset);
    const members = [...group.members].filter((m) => partitionCount(m.assignment) > 0).sort((a, b) => partitionCount(b.assignment) - partitionCount(a.assignment) || compareStrings(a.memberId, b.memberId));
    const topics = new Set([...committed.map((t) => t.topic), ...members.flatMap((m) => m.assignment.map((t) => t.topic))]);
    const logs = await this.logOffsetsOf([...topics]);
    const row = (topic: string, partition: number, member: DescribedMember | null): GroupLagRow => {
      const currentOffset = offsets.get(`${topic}\0${partition}`) ?? null;
      const logEndOffset = logs.get(topic)?.get(partition)?.high ?? null;
      return { groupId, topic, partition, currentOffset, logEndOffset, lag: lagOf(currentOffset ?? -1, logEndOffset), consumerId: member?.memberId ?? null, host: member?.clientHost ?? null, clientId: member?.clientId ?? null };
    };
    const rows: GroupLagRow[] = [];
    const owned = new Set<string>();
    for (const member of members) {
      for (const { topic, partition } of flatten(member.assignment)) {
        owned.add(`${topic}\0${partition}`);
        rows.push(row(topic, partition, member));
      }
    }
    for (const { topic, partition } of flatten(committed.map((t) => ({ topic: t.topic, partitions: t.partitions.filter((p) => p.committedOffset >= 0).map((p) => p.partition) })))) {
      if (!owned.has(`${topic}\0${partition}`)) rows.push(row(topic, partition, null));
    }
    return { group, rows };
  }

  async disconnect(): Promise<void> {
    if (this.disconnected) return;
    this.disconnected = true;
    await this.context.release?.();
  }

  /**
   * Waits until every broker's metadata satisfies `done` for each topic, so a
   * change the controller acknowledged is visible wherever the application
   * asks next (brokers apply the metadata log a few ms apart). Times out with
   * REQUEST_TIMED_OUT; the change itself is committed either way.
   */
  private async untilEveryBroker(what: string, topics: readonly string[], done: (topic: TopicMetadata | undefined) => boolean, timeoutMs = 30_000): Promise<void> {
    const { cluster, clock } = this.context;
    await cluster.refresh();
    const deadline = clock.now() + timeoutMs;
    for (const broker of cluster.brokers) {
      for (;;) {
        const metadata = await cluster.call(broker.brokerId, 'Metadata', { topics: [...topics] }).catch(() => null);
        const present = new Map((metadata?.topics ?? []).filter((t) => t.error === null).map((t) => [t.name, t]));
        if (metadata !== null && topics.every((name) => done(present.get(name)))) break;
        if (clock.now() >= deadline) throw new SkiffError('REQUEST_TIMED_OUT', `${what} not visible on broker ${broker.brokerId} within ${timeoutMs} ms (the change itself was accepted)`);
        await sleep(clock, 20);
      }
    }
  }

  /** ListOffsets for every partition of `topic`, each asked of its leader; in partition order. */
  private async listOffsets(topic: string, timestamp: number): Promise<ListOffsetsPartitionResponse[]> {
    const cluster = this.context.cluster;
    const count = await cluster.waitForTopic(topic);
    const byLeader = new Map<number, { partition: number; currentLeaderEpoch: number; timestamp: number }[]>();
    for (let partition = 0; partition < count; partition++) {
      const leader = await cluster.leaderFor(topic, partition);
      let list = byLeader.get(leader.leaderId);
      if (list === undefined) byLeader.set(leader.leaderId, (list = []));
      list.push({ partition, currentLeaderEpoch: leader.leaderEpoch, timestamp });
    }
    const answers = await Promise.all(
      [...byLeader].map(([leaderId, partitions]) => cluster.call(leaderId, 'ListOffsets', { replicaId: -1, isolationLevel: 0, topics: [{ name: topic, partitions }] })),
    );
    const out: ListOffsetsPartitionResponse[] = [];
    for (const answer of answers) {
      for (const p of answer.topics.flatMap((t) => t.partitions)) {
        if (p.error !== null) {
          // A stale leader: refresh so a retry asks the right broker.
          cluster.requestRefresh();
          check(p.error, `offsets of ${topic}-${p.partition}`);
        }
        out.push(p);
      }
    }
    return out.sort((a, b) => a.partition - b.partition);
  }

  private describeGroup(groupId: string): Promise<GroupDescription> {
    return this.onCoordinator(groupId, `describe group '${groupId}'`, async (coordinator): Promise<Attempt<GroupDescription>> => {
      const r = await this.context.cluster.call(coordinator.nodeId, 'DescribeGroups', { groupIds: [groupId] });
      const g = r.groups.find((x) => x.groupId === groupId);
      if (r.error !== null) return { error: r.error };
      if (g === undefined) return { error: { code: 'UNKNOWN_SERVER_ERROR', message: 'the coordinator did not describe the group' } };
      if (g.error !== null) return { error: g.error.code === 'GROUP_ID_NOT_FOUND' ? { code: g.error.code, message: `group '${groupId}' does not exist` } : g.error };
      const { state, groupEpoch, assignmentEpoch, assignor, members } = g;
      return { error: null, value: { groupId, state, groupEpoch, assignmentEpoch, assignor, coordinator, members } };
    });
  }

  /** OffsetFetch without a member fence: `topics` null means every partition the group has committed. */
  private committedOffsets(groupId: string, topics: readonly { readonly topic: string; readonly partitions: readonly number[] }[] | null): Promise<BrokerServices['OffsetFetch']['response']['topics']> {
    return this.onCoordinator(groupId, `fetch offsets of group '${groupId}'`, async (coordinator): Promise<Attempt<BrokerServices['OffsetFetch']['response']['topics']>> => {
      const r = await this.context.cluster.call(coordinator.nodeId, 'OffsetFetch', { groupId, memberId: null, memberEpoch: -1, topics });
      return r.error === null ? { error: null, value: r.topics } : { error: r.error };
    });
  }

  /** A "simple" commit of the planned offsets; the coordinator refuses it (UNKNOWN_MEMBER_ID) while the group has members. */
  private async commitAsAdmin(groupId: string, topic: string, plan: readonly PlannedOffset[]): Promise<void> {
    const partitions = plan.map((p) => ({ partition: p.partition, committedOffset: p.newOffset, committedLeaderEpoch: -1, committedMetadata: null }));
    await this.onCoordinator(groupId, `reset offsets of group '${groupId}'`, async (coordinator): Promise<Attempt<null>> => {
      const r = await this.context.cluster.call(coordinator.nodeId, 'OffsetCommit', { groupId, memberId: '', memberEpoch: -1, topics: [{ topic, partitions }] });
      if (r.error !== null) {
        if (r.error.code === 'UNKNOWN_MEMBER_ID') return { error: { code: r.error.code, message: `group '${groupId}' has active members; stop them first (offsets can only be reset while the group is empty)` } };
        return { error: r.error };
      }
      for (const t of r.topics) for (const p of t.partitions) if (p.error !== null) return { error: { code: p.error.code, message: `${t.topic}-${p.partition}: ${p.error.message}` } };
      return { error: null, value: null };
    });
  }

  /** Partition counts from any broker's metadata; an unknown topic fails with its error (UNKNOWN_TOPIC_OR_PARTITION). */
  private async partitionCounts(topics: readonly string[]): Promise<Map<string, number>> {
    const metadata = await this.call('Metadata', { topics: [...new Set(topics)] });
    const counts = new Map<string, number>();
    for (const t of metadata.topics) {
      check(t.error, `topic '${t.name}'`);
      counts.set(t.name, t.partitions.length);
    }
    for (const topic of topics) if (!counts.has(topic)) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `topic '${topic}' does not exist`);
    return counts;
  }

  /**
   * Log start and high watermark per partition of each topic, by topic. A
   * topic that is gone or has a partition without a leader is left out, so
   * its rows show the log end as unknown ('-'), as kafka-consumer-groups.sh
   * does, instead of waiting for a leader.
   */
  private async logOffsetsOf(topics: readonly string[]): Promise<Map<string, Map<number, PartitionOffsets>>> {
    const out = new Map<string, Map<number, PartitionOffsets>>();
    if (topics.length === 0) return out;
    const metadata = await this.call('Metadata', { topics: [...new Set(topics)] });
    const readable = metadata.topics.filter((t) => t.error === null && t.partitions.every((p) => p.leader >= 0)).map((t) => t.name);
    await Promise.all(
      readable.map(async (topic) => {
        try {
          out.set(topic, new Map((await this.fetchTopicOffsets(topic)).map((o) => [o.partition, o])));
        } catch (error) {
          if (!isSkiffError(error)) throw error;
          this.context.logger.debug({ topic, err: error }, 'log offsets unknown');
        }
      }),
    );
    return out;
  }

  /**
   * Sends a group request to the group's coordinator, asking FindCoordinator
   * first each time: a retriable coordinator error (coordinatorRetryCodes) is
   * retried after a backoff on the Clock, at most coordinatorAttemptsMax times.
   */
  private onCoordinator<T>(groupId: string, what: string, send: (coordinator: GroupCoordinatorNode) => Promise<Attempt<T>>): Promise<T> {
    return this.retrying(what, async (): Promise<Attempt<T>> => {
      const found = await this.call('FindCoordinator', { key: groupId });
      if (found.error !== null) return { error: found.error };
      const cluster = this.context.cluster;
      // Broker ids become addresses through Metadata: learn a coordinator this client has not met yet.
      if (!cluster.brokers.some((b) => b.brokerId === found.nodeId)) await cluster.refresh();
      return send({ nodeId: found.nodeId, host: found.host, port: found.port });
    });
  }

  /** Runs `attempt` until it succeeds or fails with a code outside coordinatorRetryCodes; bounded by coordinatorAttemptsMax. */
  private async retrying<T>(what: string, attempt: () => Promise<Attempt<T>>): Promise<T> {
    let last: ApiError = { code: 'UNKNOWN_SERVER_ERROR', message: 'no attempt made' };
    for (let n = 1; n <= coordinatorAttemptsMax; n++) {
      let outcome: Attempt<T>;
      try {
        outcome = await attempt();
      } catch (error) {
        const e = toSkiffError(error);
        if (!coordinatorRetryCodes.has(e.code)) throw e;
        outcome = { error: { code: e.code, message: e.message } };
      }
      if (outcome.error === null) return outcome.value;
      last = outcome.error;
      if (!coordinatorRetryCodes.has(last.code)) break;
      if (n < coordinatorAttemptsMax) {
        const backoffMs = Math.min(coordinatorBackoffMaxMs, coordinatorBackoffMs * 2 ** (n - 1));
        await sleep(this.context.clock, Math.round(backoffMs * (0.8 + 0.4 * this.context.random.next())));
      } else {
        throw new SkiffError(last.code, `${what}: ${last.message} (after ${coordinatorAttemptsMax} attempts)`);
      }
    }
    throw new SkiffError(last.code, `${what}: ${last.message}`);
  }

  private async call<M extends keyof BrokerServices & string>(method: M, request: BrokerServices[M]['request']): Promise<BrokerServices[M]['response']> {
    if (this.disconnected) throw new SkiffError('SHUTTING_DOWN', 'the admin client is disconnected');
    return this.context.cluster.call(this.context.cluster.anyBroker(), method, request);
  }
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

function lagOf(committedOffset: number, logEndOffset: number | null): number | null {
  return committedOffset < 0 || logEndOffset === null ? null : Math.max(0, logEndOffset - committedOffset);
}

function partitionCount(list: readonly TopicPartitionList[]): number {
  return list.reduce((n, t) => n + t.partitions.length, 0);
}

/** Topic-partitions sorted by topic, then partition. */
function flatten(list: readonly TopicPartitionList[]): { topic: string; partition: number }[] {
  return list
    .flatMap((t) => t.partitions.map((partition) => ({ topic: t.topic, partition })))
    .sort((a, b) => compareStrings(a.topic, b.topic) || a.partition - b.partition);
}

function checkTarget(to: OffsetResetTarget): void {
  const value = 'datetimeMs' in to ? to.datetimeMs : 'offset' in to ? to.offset : 'shiftBy' in to ? to.shiftBy : 0;
  if (!Number.isSafeInteger(value)) throw new SkiffError('INVALID_REQUEST', `the reset target must be an integer, got ${value}`);
}
