// Per-log settings, with Kafka's topic-config names and defaults (DESIGN.md §7).
// Topic configs in the metadata image map onto this; tests shrink the sizes.

export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';

export interface LogConfig {
  /** segment.bytes: roll the active segment once it holds this many bytes. */
  readonly segmentBytes: number;
  /** segment.ms: roll the active segment once it is this old (and not empty). */
  readonly segmentMs: number;
  /** retention.ms: delete non-active segments whose newest record is older; -1 keeps forever. */
  readonly retentionMs: number;
  /** retention.bytes: delete the oldest non-active segments while the log is bigger; -1 is unbounded. */
  readonly retentionBytes: number;
  /** cleanup.policy */
  readonly cleanupPolicy: CleanupPolicy;
  /** delete.retention.ms: how long a compacted log keeps tombstones. */
  readonly deleteRetentionMs: number;
  /** min.compaction.lag.ms: records younger than this are never compacted. */
  readonly minCompactionLagMs: number;
  /** index.interval.bytes: bytes of log between two sparse index entries. */
  readonly indexIntervalBytes: number;
  /** max.message.bytes: largest batch the log accepts. */
  readonly maxMessageBytes: number;
}

export const defaultLogConfig: LogConfig = {
  segmentBytes: 1024 * 1024 * 1024,
  segmentMs: 7 * 24 * 60 * 60 * 1000,
  retentionMs: 7 * 24 * 60 * 60 * 1000,
  retentionBytes: -1,
  cleanupPolicy: 'delete',
  deleteRetentionMs: 24 * 60 * 60 * 1000,
  minCompactionLagMs: 0,
  indexIntervalBytes: 4096,
  maxMessageBytes: 1024 * 1024 + 12,
};

export function logConfig(overrides: Partial<LogConfig> = {}): LogConfig {
  return { ...defaultLogConfig, ...overrides };
}

export function compacts(config: LogConfig): boolean {
  return config.cleanupPolicy !== 'delete';
}

export function deletes(config: LogConfig): boolean {
  return config.cleanupPolicy !== 'compact';
}
