// Admin: cluster administration for applications, shaped like kafkajs's admin
// client — topics (create, delete, list, describe, add partitions, describe
// and alter configs), offsets per partition
// (earliest, latest, by timestamp), the cluster and the metadata quorum.
// Topic changes go to any broker, which forwards them to the active
// controller; offsets are asked of each partition's leader. Every failure is
// a SkiffError with Kafka's code. Sans-I/O: the ports come in through
// ClientContext.

import { earliestTimestamp, latestTimestamp, type BrokerInfo, type BrokerServices, type ConfigEntry, type DescribeQuorumResponse, type ListOffsetsPartitionResponse, type PartitionMetadata, type TopicMetadata } from '../broker/services.js';
import { SkiffError } from '../common/errors.js';
import type { ApiError } from '../controller/services.js';
import { sleep } from './cluster-client.js';
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

  private async call<M extends keyof BrokerServices & string>(method: M, request: BrokerServices[M]['request']): Promise<BrokerServices[M]['response']> {
    if (this.disconnected) throw new SkiffError('SHUTTING_DOWN', 'the admin client is disconnected');
    return this.context.cluster.call(this.context.cluster.anyBroker(), method, request);
  }
}
