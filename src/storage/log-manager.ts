// LogManager: every partition log of one node, across its log.dirs. It opens
// them all at start-up (in parallel, a bounded number at a time, with progress
// logged, since recovering many partitions is what makes Kafka restarts slow),
// creates and deletes partition directories, and runs retention, compaction
// and recovery-point checkpoints on a schedule through the Clock port.
//
// Failure model: an I/O error in one log (disk full, EIO, a failed fsync, a
// directory it cannot open) marks that partition offline with a typed
// KAFKA_STORAGE_ERROR and tells `onOffline` at once, whether the error came
// from an append, a sync, maintenance or opening. The node's policy
// (SkiffNode) is fail-stop: after a failed fsync the kernel may have dropped
// the dirty pages, so the only safe state is what recovery reads back.

import { SkiffError, isSkiffError } from '../common/errors.js';
import { joinPath } from '../common/path.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import { mkdirDurable, type FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import { noopMetrics, syncBucketsSeconds, type Histogram, type Metrics } from '../env/metrics.js';
import { Log, type LogOptions } from './log/log.js';
import type { LogConfig } from './log/log-config.js';

export interface TopicPartition {
  readonly topic: string;
  readonly partition: number;
}

/** `<topic>-<partition>`, Kafka's directory name. */
export function partitionDirName(tp: TopicPartition): string {
  return `${tp.topic}-${tp.partition}`;
}

export function parsePartitionDirName(name: string): TopicPartition | null {
  const match = /^(.+)-(\d+)$/.exec(name);
  if (!match) return null;
  const partition = Number(match[2]);
  return Number.isSafeInteger(partition) ? { topic: match[1]!, partition } : null;
}

const deleteSuffix = '-delete';
/** The quorum's log (src/raft), never a data partition. */
export const metadataTopicName = '__cluster_metadata';

export interface LogManagerOptions {
  readonly fs: FileSystem;
  readonly logDirs: readonly string[];
  readonly clock: Clock;
  readonly logger: Logger;
  /** The effective config of a topic's logs (topic overrides on broker defaults). */
  readonly configFor: (topic: string) => LogConfig;
  /** log.retention.check.interval.ms: how often retention and compaction run. */
  readonly retentionCheckIntervalMs?: number;
  /** log.flush.offset.checkpoint.interval.ms: how often recovery points are checkpointed. */
  readonly checkpointIntervalMs?: number;
  /** num.recovery.threads.per.data.dir (times the number of dirs): logs opened at once. */
  readonly recoveryParallelism?: number;
  readonly onOffline?: (tp: TopicPartition, error: SkiffError) => void;
  /** Log flush (fsync) latency across every partition log; default: none. */
  readonly metrics?: Metrics;
}

interface Entry {
  readonly tp: TopicPartition;
  readonly dir: string;
  log: Log | null;
  error: SkiffError | null;
}

export class LogManager {
  private readonly entries = new Map<string, Entry>();
  private timers: CancelTimer[] = [];
  private maintenance: Promise<void> | null = null;
  private closed = false;
  private readonly flushDuration: Histogram;

  private constructor(private readonly options: LogManagerOptions) {
    this.flushDuration = (options.metrics ?? noopMetrics).histogram({
      name: 'skiff_log_flush_duration_seconds',
      help: 'Time to make a partition log\'s appended bytes durable: one group-commit fsync of its dirty segments, index files and directory.',
      buckets: syncBucketsSeconds,
    });
  }

  /** Opens every partition log found in the log dirs. A log that fails to open is offline, not fatal. */
  static async open(options: LogManagerOptions): Promise<LogManager> {
    const manager = new LogManager(options);
    await manager.loadAll();
    return manager;
  }

  get size(): number {
    return this.entries.size;
  }

  partitions(): TopicPartition[] {
    return [...this.entries.values()].map((e) => e.tp);
  }

  /** The log of an online partition, or undefined. */
  getLog(tp: TopicPartition): Log | undefined {
    const entry = this.entries.get(partitionDirName(tp));
    return entry?.log !== null && entry?.error === null ? entry.log : undefined;
  }

  /** Throws the partition's typed error: UNKNOWN_TOPIC_OR_PARTITION, or KAFKA_STORAGE_ERROR when offline. */
  requireLog(tp: TopicPartition): Log {
    const entry = this.entries.get(partitionDirName(tp));
    if (entry === undefined) throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `no log for ${partitionDirName(tp)} on this node`);
    if (entry.error !== null || entry.log === null) throw entry.error ?? new SkiffError('KAFKA_STORAGE_ERROR', `${partitionDirName(tp)} is offline`);
    if (entry.log.isOffline) this.markOffline(entry, new SkiffError('KAFKA_STORAGE_ERROR', `${partitionDirName(tp)} went offline`));
    if (entry.error !== null) throw entry.error;
    return entry.log;
  }

  offlinePartitions(): { tp: TopicPartition; error: SkiffError }[] {
    const out: { tp: TopicPartition; error: SkiffError }[] = [];
    for (const entry of this.entries.values()) {
      if (entry.log?.isOffline && entry.error === null) this.markOffline(entry, new SkiffError('KAFKA_STORAGE_ERROR', `${partitionDirName(entry.tp)} went offline`));
      if (entry.error !== null) out.push({ tp: entry.tp, error: entry.error });
    }
    return out;
  }

  /** Returns the partition's log, creating it (in the log dir holding the fewest partitions) if absent. */
  async getOrCreateLog(tp: TopicPartition): Promise<Log> {
    if (tp.topic === metadataTopicName) throw new SkiffError('INVALID_TOPIC_EXCEPTION', `${metadataTopicName} is the metadata quorum's log, not a data partition`);
    const name = partitionDirName(tp);
    const existing = this.entries.get(name);
    if (existing !== undefined) return this.requireLog(tp);
    const dir = joinPath(this.leastLoadedDir(), name);
    const entry: Entry = { tp, dir, log: null, error: null };
    this.entries.set(name, entry);
    try {
      await mkdirDurable(this.options.fs, dir);
      entry.log = await Log.open(this.logOptions(tp, dir));
      this.options.logger.info({ topic: tp.topic, partition: tp.partition, dir }, 'created partition log');
      return entry.log;
    } catch (error) {
      this.markOffline(entry, toStorageError(error, `creating ${name}`));
      throw entry.error!;
    }
  }

  /**
   * Deletes a partition's log: the directory is renamed to `<name>.<n>-delete`
   * (durably, so a crash cannot bring the partition back), then removed.
   */
  async deleteLog(tp: TopicPartition): Promise<void> {
    const name = partitionDirName(tp);
    const entry = this.entries.get(name);
    if (entry === undefined) return;
    this.entries.delete(name);
    const { fs } = this.options;
    await entry.log?.abandon();
    const parent = entry.dir.slice(0, entry.dir.length - name.length - 1);
    const doomed = joinPath(parent, `${name}.${this.options.clock.now()}${deleteSuffix}`);
    try {
      await fs.rename(entry.dir, doomed);
      await fs.syncDir(parent);
      await fs.remove(doomed);
      this.options.logger.info({ topic: tp.topic, partition: tp.partition }, 'deleted partition log');
    } catch (error) {
      throw toStorageError(error, `deleting ${name}`);
    }
  }

  /** Starts retention/compaction and checkpoint timers on the Clock port. */
  startMaintenance(): void {
    const retentionEvery = this.options.retentionCheckIntervalMs ?? 300_000;
    const checkpointEvery = this.options.checkpointIntervalMs ?? 60_000;
    const every = (ms: number, task: () => Promise<void>): void => {
      const schedule = (): void => {
        if (this.closed) return;
        const cancel = this.options.clock.setTimer(ms, () => {
          this.timers = this.timers.filter((t) => t !== cancel);
          void this.exclusive(task).then(schedule);
        });
        this.timers.push(cancel);
      };
      schedule();
    };
    every(retentionEvery, async () => {
      await this.runCleanup();
    });
    every(checkpointEvery, () => this.checkpointAll());
  }

  /** One pass of retention and compaction over every online log; errors take single partitions offline. */
  async runCleanup(): Promise<{ segmentsDeleted: number; segmentsCompacted: number }> {
    let segmentsDeleted = 0;
    let segmentsCompacted = 0;
    for (const entry of this.onlineEntries()) {
      try {
        segmentsDeleted += await entry.log!.enforceRetention();
        segmentsCompacted += (await entry.log!.compact()).segmentsCleaned;
      } catch (error) {
        this.handleError(entry, error, 'cleanup');
      }
    }
    return { segmentsDeleted, segmentsCompacted };
  }

  /** Writes every online log's recovery point (and leader-epoch checkpoint). */
  async checkpointAll(): Promise<void> {
    for (const entry of this.onlineEntries()) {
      try {
        await entry.log!.checkpoint();
      } catch (error) {
        this.handleError(entry, error, 'checkpoint');
      }
    }
  }

  /** Stops maintenance and closes every log cleanly (each writes its clean-shutdown marker). */
  async close(): Promise<void> {
    this.closed = true;
    for (const cancel of this.timers) cancel();
    this.timers = [];
    if (this.maintenance !== null) await this.maintenance;
    for (const entry of this.entries.values()) {
      if (entry.log === null) continue;
      if (entry.error !== null || entry.log.isOffline) await entry.log.abandon();
      else await entry.log.close().catch((error: unknown) => this.handleError(entry, error, 'close'));
    }
  }

  // --- internals -----------------------------------------------------------

  private async loadAll(): Promise<void> {
    const { fs, logger } = this.options;
    const found: Entry[] = [];
    for (const logDir of this.options.logDirs) {
      let names: string[];
      try {
        if (!(await fs.exists(logDir))) await mkdirDurable(fs, logDir);
        names = await fs.list(logDir);
      } catch (error) {
        logger.error({ logDir, err: error }, 'log dir unreadable: its partitions are offline');
        continue;
      }
      for (const name of names) {
        if (name.endsWith(deleteSuffix)) {
          // A deletion that crashed after the rename: finish it.
          await fs.remove(joinPath(logDir, name)).catch(() => undefined);
          continue;
        }
        const tp = parsePartitionDirName(name);
        // The metadata log may share a log dir (metadata.log.dir defaults to log.dirs[0]); the quorum owns it.
        if (tp === null || tp.topic === metadataTopicName) continue;
        if (this.entries.has(name)) {
          logger.error({ logDir, partition: name }, 'partition found in two log dirs: keeping the first');
          continue;
        }
        const entry: Entry = { tp, dir: joinPath(logDir, name), log: null, error: null };
        this.entries.set(name, entry);
        found.push(entry);
      }
    }
    const total = found.length;
    const parallelism = Math.max(1, this.options.recoveryParallelism ?? 4);
    let next = 0;
    let opened = 0;
    const worker = async (): Promise<void> => {
      while (next < found.length) {
        const entry = found[next++]!;
        try {
          entry.log = await Log.open(this.logOptions(entry.tp, entry.dir));
        } catch (error) {
          this.markOffline(entry, toStorageError(error, `opening ${entry.dir}`));
        }
        opened++;
        if (opened % 100 === 0 || opened === total) logger.info({ opened, total }, 'loading partition logs');
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallelism, total) }, worker));
  }

  private logOptions(tp: TopicPartition, dir: string): LogOptions {
    const { fs, clock, logger } = this.options;
    const onOffline = (error: SkiffError): void => {
      const entry = this.entries.get(partitionDirName(tp));
      if (entry !== undefined) this.markOffline(entry, error);
    };
    return { fs, dir, clock, config: this.options.configFor(tp.topic), logger: logger.child({ topic: tp.topic, partition: tp.partition }), onOffline, flushDuration: this.flushDuration };
  }

  private leastLoadedDir(): string {
    const counts = new Map(this.options.logDirs.map((d) => [d, 0]));
    for (const entry of this.entries.values()) {
      for (const d of counts.keys()) if (entry.dir.startsWith(d + '/')) counts.set(d, counts.get(d)! + 1);
    }
    let best = this.options.logDirs[0];
    if (best === undefined) throw new SkiffError('KAFKA_STORAGE_ERROR', 'no log.dirs configured');
    for (const [d, n] of counts) if (n < counts.get(best)!) best = d;
    return best;
  }

  private onlineEntries(): Entry[] {
    return [...this.entries.values()].filter((e) => e.log !== null && e.error === null && !e.log.isOffline);
  }

  private handleError(entry: Entry, error: unknown, during: string): void {
    if (isSkiffError(error) && error.code !== 'KAFKA_STORAGE_ERROR' && !entry.log?.isOffline) {
      this.options.logger.error({ topic: entry.tp.topic, partition: entry.tp.partition, during, err: error }, 'log maintenance failed');
      return;
    }
    this.markOffline(entry, toStorageError(error, `${during} of ${partitionDirName(entry.tp)}`));
  }

  private markOffline(entry: Entry, error: SkiffError): void {
    if (entry.error !== null) return;
    entry.error = error;
    this.options.logger.error({ topic: entry.tp.topic, partition: entry.tp.partition, err: error }, 'partition offline');
    this.options.onOffline?.(entry.tp, error);
  }

  private exclusive(task: () => Promise<void>): Promise<void> {
    const run = (this.maintenance ?? Promise.resolve()).then(task).catch((error: unknown) => {
      this.options.logger.error({ err: error }, 'log maintenance task failed');
    });
    this.maintenance = run;
    return run;
  }
}

function toStorageError(error: unknown, context: string): SkiffError {
  if (isSkiffError(error) && error.code === 'KAFKA_STORAGE_ERROR') return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new SkiffError('KAFKA_STORAGE_ERROR', `${context}: ${detail}`, { cause: error });
}
