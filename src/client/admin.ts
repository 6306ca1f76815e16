// Admin: cluster administration for applications, shaped like kafkajs's admin
// client — topics (create, delete, list, describe), offsets per partition
// (earliest, latest, by timestamp), the cluster and the metadata quorum.
// Topic changes go to any broker, which forwards them to the active
// controller; offsets are asked of each partition's leader. Every failure is
// a SkiffError with Kafka's code. Sans-I/O: the ports come in through
// ClientContext.

import { earliestTimestamp, latestTimestamp, type BrokerInfo, type BrokerServices, type DescribeQuorumResponse, type ListOffsetsPartitionResponse, type PartitionMetadata } from '../broker/services.js';
import { SkiffError } from '../common/errors.js';
import type { ApiError } from '../controller/services.js';
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
      for (const t of request.topics) await this.context.cluster.waitForTopic(t.topic, request.timeoutMs);
    }
    return allCreated;
  }

  async deleteTopics(request: { readonly topics: readonly string[] }): Promise<void> {
    const response = await this.call('DeleteTopics', { names: request.topics });
    check(response.error, 'delete topics');
    for (const result of response.results) check(result.error, `delete topic '${result.name}'`);
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
