// A topic's effective settings: its Config records in the metadata image
// over the broker's defaults (Kafka's topic-level overrides).

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
