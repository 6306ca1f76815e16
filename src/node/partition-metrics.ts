// Partition-state gauges of one broker, computed at scrape time from the
// partitions it hosts (ReplicaManager) and the topic settings in the metadata
// image. Counts are for partitions this broker leads (Kafka's broker-side
// convention), so summing over brokers gives the cluster's total and each
// partition is counted once. No state is kept and none is changed.

import type { Metrics } from '../env/metrics.js';
import type { MetadataImage } from '../metadata/image.js';
import type { ReplicaManager } from '../replication/replica-manager.js';
import { topicSettings, type BrokerTopicDefaults } from '../replication/topic-settings.js';

export interface PartitionMetricsSource {
  /** The data plane, or null while the logs are being recovered. */
  readonly replicas: () => ReplicaManager | null;
  readonly image: () => MetadataImage;
  readonly defaults: BrokerTopicDefaults;
}

export interface PartitionCounts {
  /** Partition replicas hosted here (leader or follower). */
  readonly replicas: number;
  readonly leader: number;
  readonly underReplicated: number;
  readonly underMinIsr: number;
}

export function partitionCounts(source: PartitionMetricsSource): PartitionCounts {
  const counts = { replicas: 0, leader: 0, underReplicated: 0, underMinIsr: 0 };
  const replicas = source.replicas();
  if (replicas === null) return counts;
  const image = source.image();
  const minIsrByTopic = new Map<string, number>();
  for (const partition of replicas.allPartitions()) {
    const a = partition.assignment;
    if (a === null) continue;
    counts.replicas++;
    if (partition.role !== 'leader') continue;
    counts.leader++;
    if (a.isr.length < a.replicas.length) counts.underReplicated++;
    let minIsr = minIsrByTopic.get(a.topic);
    if (minIsr === undefined) minIsrByTopic.set(a.topic, (minIsr = topicSettings(image, a.topic, source.defaults).minInsyncReplicas));
    if (a.isr.length < minIsr) counts.underMinIsr++;
  }
  return counts;
}

export function registerPartitionMetrics(metrics: Metrics, source: PartitionMetricsSource): void {
  const counts = (): PartitionCounts => partitionCounts(source);
  metrics.gauge({ name: 'skiff_partition_replicas', help: 'Partition replicas this broker hosts (as leader or follower).', collect: (g) => g.set(counts().replicas) });
  metrics.gauge({ name: 'skiff_partitions_leader', help: 'Partitions this broker leads.', collect: (g) => g.set(counts().leader) });
  metrics.gauge({ name: 'skiff_partitions_under_replicated', help: 'Partitions this broker leads whose ISR is smaller than their replica set.', collect: (g) => g.set(counts().underReplicated) });
  metrics.gauge({
    name: 'skiff_partitions_under_min_isr',
    help: 'Partitions this broker leads whose ISR is below min.insync.replicas (acks=all produce is refused).',
    collect: (g) => g.set(counts().underMinIsr),
  });
}
