// GroupService: consumer groups on a broker. It creates __consumer_offsets
// when a group first needs it (compacted; replication factor
// offsets.topic.replication.factor, or every registered broker when there
// are fewer), answers FindCoordinator from the metadata image (the leader of
// partition hash(group) % partitions), runs a group coordinator for each
// offsets partition this broker leads (GroupCoordinatorRuntime), and maps the
// group RPCs onto it. The offsets partitions are read through their Log and
// written through the broker's own produce path with acks=all, so group
// state is replicated and fsynced like any acknowledged record.
// Sans-I/O: ports only.

import type { BrokerInfo, BrokerServices } from '../broker/services.js';
import type { DescribedGroup, GroupPartitionResults } from '../broker/group-services.js';
import { SkiffError } from '../common/errors.js';
import type { ApiError, CreateTopicsRequest, CreateTopicsResponse } from '../controller/services.js';
import type { Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import { noopMetrics, type Metrics } from '../env/metrics.js';
import type { Random } from '../env/random.js';
import type { Handlers } from '../env/transport.js';
import type { GroupCoordinatorConfig, GroupError, ListedGroup, RequestContext, TopicResults, TopicsView, WriteResult } from '../group/api.js';
import { GroupCoordinatorRuntime, offsetsTopicName, type OffsetsLog, type StoredRecord } from '../group/coordinator-runtime.js';
import { type GroupCoordinator, offsetsPartitionFor } from '../group/group-coordinator.js';
import type { GroupState } from '../group/consumer-group.js';
import type { MetadataImage } from '../metadata/image.js';
import type { ReplicaManager } from '../replication/replica-manager.js';
import { encodeBatch, isControlBatch } from '../storage/batch/index.js';
import { decodeBatches } from '../storage/batch/records.js';

export type GroupRpc = 'FindCoordinator' | 'ConsumerGroupHeartbeat' | 'OffsetCommit' | 'OffsetFetch' | 'OffsetDelete' | 'ListGroups' | 'DescribeGroups' | 'DeleteGroups';

export interface GroupServiceOptions {
  readonly nodeId: number;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly coordinator: Partial<GroupCoordinatorConfig>;
  /** offsets.topic.replication.factor */
  readonly offsetsTopicReplicationFactor: number;
  /** The broker default min.insync.replicas (capped by the topic's replication factor). */
  readonly defaultMinInsyncReplicas: number;
  readonly requestTimeoutMs: number;
  readonly image: () => MetadataImage;
  readonly brokers: (image: MetadataImage) => readonly BrokerInfo[];
  /** CreateTopics through the active controller. */
  readonly createTopics: (request: CreateTopicsRequest) => Promise<CreateTopicsResponse>;
  /** Group counts and consumer lag, computed at scrape time; default: none. */
  readonly metrics?: Metrics;
}

const groupStates: readonly GroupState[] = ['EMPTY', 'ASSIGNING', 'RECONCILING', 'STABLE', 'DEAD'];

/** At most this many {group, topic} lag series per scrape (groups in id order), so the scrape stays bounded. */
export const groupLagSeriesMax = 1_000;

const apiError = (e: { code: ApiError['code']; message: string }): ApiError => ({ code: e.code, message: e.message });

export class GroupService {
  private runtime: GroupCoordinatorRuntime | null = null;
  private replicas: ReplicaManager | null = null;
  private creating: Promise<void> | null = null;

  constructor(private readonly options: GroupServiceOptions) {
    this.registerMetrics(options.metrics ?? noopMetrics);
  }

  get partitionCount(): number {
    return this.options.coordinator.offsetsTopicPartitionCount ?? 50;
  }

  /** Starts the coordinators once the broker's replicas exist. */
  attach(replicas: ReplicaManager): void {
    this.replicas = replicas;
    const memberIds = this.options.random.fork('group-member-ids');
    this.runtime = new GroupCoordinatorRuntime({
      clock: this.options.clock,
      logger: this.options.logger,
      log: this.offsetsLog(replicas),
      topics: () => topicsView(this.options.image()),
      config: this.options.coordinator,
      generateMemberId: () => `${memberIds.int(0x7fffffff).toString(36)}-${memberIds.int(0x7fffffff).toString(36)}-${memberIds.int(0x7fffffff).toString(36)}`,
    });
  }

  /** After the replicas applied an image: which offsets partitions this broker now leads, in which epoch. */
  onPartitionsApplied(): void {
    const replicas = this.replicas;
    if (this.runtime === null || replicas === null) return;
    const led = new Map<number, number>();
    for (let p = 0; p < this.partitionCount; p++) {
      const partition = replicas.partition(offsetsTopicName, p);
      if (partition?.role === 'leader') led.set(p, partition.leaderEpoch);
    }
    this.runtime.onLeadership(led);
  }

  stop(): void {
    this.runtime?.stop();
  }

  handlers(): Pick<Handlers<BrokerServices>, GroupRpc> {
    return {
      FindCoordinator: (_from, request) => this.findCoordinator(request.key),
      ConsumerGroupHeartbeat: async (_from, request) => {
        const r = await this.run(request.groupId, (c, ctx) => c.consumerGroupHeartbeat(request, ctx));
        if (!r.ok) return { error: apiError(r), memberId: '', memberEpoch: -1, heartbeatIntervalMs: 0, assignment: null };
        return { error: null, memberId: r.memberId, memberEpoch: r.memberEpoch, heartbeatIntervalMs: r.heartbeatIntervalMs, assignment: r.assignment };
      },
      OffsetCommit: async (_from, request) => toResults(await this.run(request.groupId, (c, ctx) => c.offsetCommit(request, ctx))),
      OffsetDelete: async (_from, request) => toResults(await this.run(request.groupId, (c) => c.offsetDelete(request))),
      OffsetFetch: async (_from, request) => {
        const r = await this.run(request.groupId, (c) => ({ records: [], response: c.offsetFetch(request) }));
        return r.ok ? { error: null, topics: r.topics } : { error: apiError(r), topics: [] };
      },
      ListGroups: (_from, request) => {
        if (this.runtime === null) return Promise.resolve({ error: { code: 'COORDINATOR_NOT_AVAILABLE', message: 'the broker is starting' }, groups: [] });
        const groups: ListedGroup[] = [];
        for (const c of this.runtime.loadedCoordinators()) {
          const listed = c.listGroups(request.statesFilter.length > 0 ? request.statesFilter : undefined);
          if (listed.ok) groups.push(...listed.groups);
        }
        return Promise.resolve({ error: null, groups: groups.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0)) });
      },
      DescribeGroups: async (_from, request) => {
        const groups = await Promise.all(
          request.groupIds.map(async (groupId): Promise<DescribedGroup> => {
            const r = await this.run(groupId, (c) => ({ records: [], response: c.describeGroups([groupId]) }));
            const described = r.ok ? r.groups[0] : undefined;
            if (!r.ok) return describedError(groupId, r);
            if (described === undefined) return describedError(groupId, { code: 'GROUP_ID_NOT_FOUND', message: `group '${groupId}' does not exist` });
            if (!described.ok) return describedError(groupId, described);
            const { state, groupEpoch, assignmentEpoch, assignor, members } = described;
            return { groupId, error: null, state, groupEpoch, assignmentEpoch, assignor, members };
          }),
        );
        return { error: null, groups };
      },
      DeleteGroups: async (_from, request) => {
        const results = await Promise.all(
          request.groupIds.map(async (groupId) => {
            const r = await this.run(groupId, (c) => c.deleteGroups([groupId]));
            if (!r.ok) return { groupId, error: apiError(r) };
            const code = r.results[0]?.error ?? null;
            return { groupId, error: code === null ? null : { code, message: `could not delete group '${groupId}'` } };
          }),
        );
        return { error: null, results };
      },
    };
  }

  private registerMetrics(metrics: Metrics): void {
    metrics.gauge({
      name: 'skiff_groups',
      help: 'Consumer groups coordinated by this broker, by state.',
      labelNames: ['state'],
      collect: (g) => {
        const counts = new Map(groupStates.map((state) => [state, 0]));
        for (const coordinator of this.runtime?.loadedCoordinators() ?? []) {
          const listed = coordinator.listGroups();
          if (listed.ok) for (const group of listed.groups) counts.set(group.state, (counts.get(group.state) ?? 0) + 1);
        }
        for (const [state, count] of counts) g.set({ state: state.toLowerCase() }, count);
      },
    });
    metrics.gauge({
      name: 'skiff_group_lag_records',
      help: `Records between each group's committed offsets and the high watermark, summed over the topic's partitions; for the groups this broker coordinates and the partitions it hosts (at most ${groupLagSeriesMax} series).`,
      labelNames: ['group', 'topic'],
      collect: (g) => {
        for (const lag of this.groupLag(groupLagSeriesMax)) g.set({ group: lag.group, topic: lag.topic }, lag.records);
      },
    });
  }

  /**
   * Lag of the groups this broker coordinates: committed offset to high
   * watermark, per topic. Only partitions hosted here count (their high
   * watermark is known here; a follower's trails the leader's by at most one
   * fetch); offsets not yet committed count nothing. At most `seriesMax`
   * results, groups in id order.
   */
  groupLag(seriesMax: number): { group: string; topic: string; records: number }[] {
    const replicas = this.replicas;
    if (this.runtime === null || replicas === null) return [];
    const groups: { groupId: string; coordinator: GroupCoordinator }[] = [];
    for (const coordinator of this.runtime.loadedCoordinators()) {
      const listed = coordinator.listGroups();
      if (listed.ok) for (const group of listed.groups) groups.push({ groupId: group.groupId, coordinator });
    }
    groups.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
    const out: { group: string; topic: string; records: number }[] = [];
    for (const { groupId, coordinator } of groups) {
      const fetched = coordinator.offsetFetch({ groupId, memberId: null, memberEpoch: -1, topics: null });
      if (!fetched.ok) continue;
      for (const t of fetched.topics) {
        if (out.length >= seriesMax) return out;
        let records = 0;
        let known = false;
        for (const p of t.partitions) {
          const partition = replicas.partition(t.topic, p.partition);
          if (partition === undefined || p.committedOffset < 0) continue;
          known = true;
          records += Math.max(0, partition.highWatermark - p.committedOffset);
        }
        if (known) out.push({ group: groupId, topic: t.topic, records });
      }
    }
    return out;
  }

  /** Runs a decision on the group's coordinator; routing and write failures come back as the GroupError they are. */
  private run<R>(groupId: string, decide: (coordinator: GroupCoordinator, ctx: RequestContext) => WriteResult<R | GroupError>): Promise<R | GroupError> {
    if (this.runtime === null) return Promise.resolve({ ok: false, code: 'COORDINATOR_NOT_AVAILABLE', message: 'the broker is starting' });
    return this.runtime.run<R | GroupError>(groupId, decide, (error) => error);
  }

  private async findCoordinator(groupId: string): Promise<BrokerServices['FindCoordinator']['response']> {
    const refuse = (code: ApiError['code'], message: string) => ({ error: { code, message }, nodeId: -1, host: '', port: 0 });
    if (groupId.length === 0) return refuse('INVALID_GROUP_ID', 'the group id must not be empty');
    const image = this.options.image();
    if (!image.topicsByName.has(offsetsTopicName)) {
      try {
        await this.createOffsetsTopic(image);
      } catch (error) {
        return refuse('COORDINATOR_NOT_AVAILABLE', `creating ${offsetsTopicName}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return refuse('COORDINATOR_NOT_AVAILABLE', `${offsetsTopicName} is being created; retry`);
    }
    const partition = offsetsPartitionFor(groupId, image.topicsByName.get(offsetsTopicName)!.partitions.size);
    const leader = image.partition(offsetsTopicName, partition)?.leader ?? -1;
    const broker = leader >= 0 ? this.options.brokers(image).find((b) => b.brokerId === leader) : undefined;
    if (broker === undefined) return refuse('COORDINATOR_NOT_AVAILABLE', `${offsetsTopicName}-${partition} has no leader yet`);
    return { error: null, nodeId: broker.brokerId, host: broker.host, port: broker.port };
  }

  /** At most one creation in flight per broker; TOPIC_ALREADY_EXISTS (another broker won) is success. */
  private createOffsetsTopic(image: MetadataImage): Promise<void> {
    this.creating ??= (async () => {
      const brokers = this.options.brokers(image).length;
      const replicationFactor = Math.max(1, Math.min(this.options.offsetsTopicReplicationFactor, brokers));
      // Committed offsets are what a restarted consumer trusts: keep them on two replicas whenever there are two,
      // even under Kafka's default min.insync.replicas=1 (which an early groups simulation showed can lose them).
      const minIsr = Math.min(replicationFactor, Math.max(2, this.options.defaultMinInsyncReplicas));
      const response = await this.options.createTopics({
        topics: [{ name: offsetsTopicName, numPartitions: this.partitionCount, replicationFactor, configs: { 'cleanup.policy': 'compact', 'min.insync.replicas': String(minIsr) } }],
      });
      const error = response.error ?? response.results[0]?.error ?? null;
      if (error !== null && error.code !== 'TOPIC_ALREADY_EXISTS') throw new SkiffError(error.code, error.message);
      this.options.logger.info({ partitions: this.partitionCount, replicationFactor }, `created ${offsetsTopicName}`);
    })().finally(() => {
      this.creating = null;
    });
    return this.creating;
  }

  private offsetsLog(replicas: ReplicaManager): OffsetsLog {
    const partitionOf = (p: number) => {
      const partition = replicas.partition(offsetsTopicName, p);
      if (partition === undefined) throw new SkiffError('NOT_LEADER_OR_FOLLOWER', `no replica of ${offsetsTopicName}-${p} here`);
      return partition;
    };
    return {
      logStartOffset: (p) => partitionOf(p).log.logStartOffset,
      logEndOffset: (p) => partitionOf(p).log.logEndOffset,
      highWatermark: (p) => partitionOf(p).highWatermark,
      read: async (p, fromOffset, maxBytes) => {
        const log = partitionOf(p).log;
        const result = await log.read(fromOffset, { maxBytes, minOneBatch: true });
        const records: StoredRecord[] = [];
        let nextOffset = fromOffset;
        for (const batch of decodeBatches(result.records)) {
          nextOffset = batch.header.baseOffset + batch.header.lastOffsetDelta + 1;
          if (isControlBatch(batch.header)) continue;
          for (const r of batch.records) if (r.offset >= fromOffset) records.push({ offset: r.offset, key: r.key, value: r.value });
        }
        return { records, nextOffset };
      },
      append: async (p, records) => {
        const now = this.options.clock.now();
        const batch = encodeBatch({ records: records.map((r) => ({ key: r.key, value: r.value, timestamp: now })) });
        const response = await replicas.produce({
          transactionalId: null,
          acks: -1,
          timeoutMs: this.options.requestTimeoutMs,
          topics: [{ name: offsetsTopicName, partitions: [{ partition: p, records: batch }] }],
        });
        const answer = response.topics[0]?.partitions[0];
        if (answer === undefined) throw new SkiffError('UNKNOWN_SERVER_ERROR', 'no answer for the offsets partition');
        if (answer.error !== null) throw new SkiffError(answer.error.code, answer.error.message);
        return answer.baseOffset;
      },
    };
  }
}

function toResults(response: { readonly ok: true; readonly topics: readonly TopicResults[] } | GroupError): GroupPartitionResults {
  if (!response.ok) return { error: apiError(response), topics: [] };
  return {
    error: null,
    topics: response.topics.map((t) => ({
      topic: t.topic,
      partitions: t.partitions.map((p) => ({ partition: p.partition, error: p.error === null ? null : { code: p.error, message: `${t.topic}-${p.partition}` } })),
    })),
  };
}

function describedError(groupId: string, error: { code: ApiError['code']; message: string }): DescribedGroup {
  return { groupId, error: apiError(error), state: 'DEAD' as const, groupEpoch: -1, assignmentEpoch: -1, assignor: '', members: [] };
}

/** The topics groups may subscribe to: every topic but the internal offsets topic. */
function topicsView(image: MetadataImage): TopicsView {
  return {
    partitionCount: (topic) => (topic === offsetsTopicName ? undefined : image.topicsByName.get(topic)?.partitions.size),
    topicNames: () => [...image.topicsByName.keys()].filter((t) => t !== offsetsTopicName),
  };
}
