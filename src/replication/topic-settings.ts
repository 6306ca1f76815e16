// A topic's effective settings: its Config records in the metadata image
// over the broker's defaults (Kafka's topic-level overrides).

import type { ConfigEntry, DescribeConfigsResponse } from '../broker/services.js';
import type { MetadataImage } from '../metadata/image.js';
import type { LogConfig } from '../storage/log/log-config.js';

export interface BrokerTopicDefaults {
  readonly log: LogConfig;
  readonly minInsyncReplicas: number;
  readonly logAppendTime: boolean;
}

export interface TopicSettings {
  readonly log: LogConfig;
  readonly minInsyncReplicas: number;
  readonly logAppendTime: boolean;
}

export function topicSettings(image: MetadataImage, topic: string, defaults: BrokerTopicDefaults): TopicSettings {
  const configs = image.configs('topic', topic);
  const num = (key: string, fallback: number): number => {
    const value = configs.get(key);
    return value === undefined ? fallback : Number(value);
  };
  const policy = configs.get('cleanup.policy');
  const d = defaults.log;
  return {
    log: {
      segmentBytes: num('segment.bytes', d.segmentBytes),
      segmentMs: num('segment.ms', d.segmentMs),
      retentionMs: num('retention.ms', d.retentionMs),
      retentionBytes: num('retention.bytes', d.retentionBytes),
      cleanupPolicy: policy === undefined ? d.cleanupPolicy : (policy.split(',').map((p) => p.trim()).sort().join(',') as LogConfig['cleanupPolicy']),
      deleteRetentionMs: num('delete.retention.ms', d.deleteRetentionMs),
      minCompactionLagMs: num('min.compaction.lag.ms', d.minCompactionLagMs),
      indexIntervalBytes: num('index.interval.bytes', d.indexIntervalBytes),
      maxMessageBytes: num('max.message.bytes', d.maxMessageBytes),
    },
    minInsyncReplicas: num('min.insync.replicas', defaults.minInsyncReplicas),
    logAppendTime: (configs.get('message.timestamp.type') ?? (defaults.logAppendTime ? 'LogAppendTime' : 'CreateTime')) === 'LogAppendTime',
  };
}

const logAppendTimeName = 'message.timestamp.type';

/**
 * Every topic-level config of each topic with its effective value and where
 * it comes from (DescribeConfigs). Unknown topics answer UNKNOWN_TOPIC_OR_PARTITION.
 */
export function describeTopicConfigs(image: MetadataImage, topics: readonly string[], defaults: BrokerTopicDefaults): DescribeConfigsResponse {
  const names = topics.length > 0 ? topics : [...image.topicsByName.keys()].sort();
  const d = defaults.log;
  const fallback: Readonly<Record<string, string>> = {
    'cleanup.policy': d.cleanupPolicy,
    'retention.ms': String(d.retentionMs),
    'retention.bytes': String(d.retentionBytes),
    'segment.bytes': String(d.segmentBytes),
    'segment.ms': String(d.segmentMs),
    'delete.retention.ms': String(d.deleteRetentionMs),
    'min.compaction.lag.ms': String(d.minCompactionLagMs),
    'max.message.bytes': String(d.maxMessageBytes),
    'index.interval.bytes': String(d.indexIntervalBytes),
    'min.insync.replicas': String(defaults.minInsyncReplicas),
    [logAppendTimeName]: defaults.logAppendTime ? 'LogAppendTime' : 'CreateTime',
  };
  return {
    results: names.map((name) => {
      if (!image.topicsByName.has(name)) return { name, error: { code: 'UNKNOWN_TOPIC_OR_PARTITION' as const, message: `topic '${name}' does not exist` }, entries: [] };
      const own = image.configs('topic', name);
      const keys = [...new Set([...Object.keys(fallback), ...own.keys()])].sort();
      const entries: ConfigEntry[] = keys.map((key) => {
        const value = own.get(key);
        return value !== undefined ? { name: key, value, source: 'TOPIC_CONFIG' } : { name: key, value: fallback[key] ?? '', source: 'DEFAULT_CONFIG' };
      });
      return { name, error: null, entries };
    }),
  };
}
