// GroupCoordinatorRuntime: runs one GroupCoordinator per __consumer_offsets
// partition this broker leads (Kafka's coordinator "shards"), over a store
// port for that partition's log. Sans-I/O: time through the Clock port, the
// log through OffsetsLog (the node binds it to the real log and produce path).
//
// Per shard, in order:
//  - load: on leadership (a new leader epoch), replay the partition from its
//    log start to its log end (the leader's log is the truth: all of it will
//    commit), then onHighWatermark and completeLoad. Requests meanwhile get
//    COORDINATOR_LOAD_IN_PROGRESS;
//  - requests and timer expiries run one at a time: decide (records +
//    response), append the records as one batch with acks=all, replay them at
//    the offsets they got, and answer only after the append committed. A
//    decision without records is answered at once;
//  - an append that fails with an unknown outcome (a timeout) may still
//    commit later, so the shard's state can no longer be trusted: it is
//    thrown away and reloaded from the log;
//  - leadership lost (or a new epoch): the shard closes; its requests get
//    NOT_COORDINATOR and clients find the new coordinator.
// Limits: requests wait behind at most maxQueuedOperations per shard;
// more are refused with COORDINATOR_NOT_AVAILABLE (retriable).

import { SkiffError, isSkiffError, type ErrorCode } from '../common/errors.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { GroupCoordinatorConfig, GroupError, RequestContext, TopicsView, WriteResult } from './api.js';
import { GroupCoordinator, offsetsPartitionFor } from './group-coordinator.js';
import { decodeGroupRecord, encodeGroupRecord, type GroupRecord } from './records.js';

export const offsetsTopicName = '__consumer_offsets';

/** One stored record of the offsets partition. */
export interface StoredRecord {
  readonly offset: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
}

/** The offsets partitions' logs, as the leader sees them. */
export interface OffsetsLog {
  logStartOffset(partition: number): number;
  logEndOffset(partition: number): number;
  highWatermark(partition: number): number;
  /** Records from `fromOffset` (whole batches, at most about maxBytes), in offset order; empty at the log end. */
  read(partition: number, fromOffset: number, maxBytes: number): Promise<{ records: StoredRecord[]; nextOffset: number }>;
  /** Appends one batch as the leader with acks=all; resolves with its base offset once committed. Rejects with a SkiffError. */
  append(partition: number, records: readonly { key: Uint8Array; value: Uint8Array | null }[]): Promise<number>;
}

export interface GroupCoordinatorRuntimeOptions {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly log: OffsetsLog;
  readonly topics: () => TopicsView;
  readonly config?: Partial<GroupCoordinatorConfig>;
  readonly generateMemberId: () => string;
  readonly maxQueuedOperations?: number;
}

const readChunkBytes = 1 << 20;

function failure(code: ErrorCode, message: string): GroupError {
  return { ok: false, code, message };
}

class Shard {
  readonly coordinator: GroupCoordinator;
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;
  private timer: CancelTimer | null = null;
  closed = false;

  constructor(
    readonly partition: number,
    readonly leaderEpoch: number,
    private readonly runtime: GroupCoordinatorRuntime,
    private readonly options: GroupCoordinatorRuntimeOptions,
  ) {
    this.coordinator = new GroupCoordinator({ offsetsPartition: partition, config: options.config, generateMemberId: options.generateMemberId });
  }

  async load(): Promise<void> {
    const { log, clock, logger } = this.options;
    const p = this.partition;
    let offset = log.logStartOffset(p);
    const end = log.logEndOffset(p);
    let count = 0;
    // Bounded: every read moves past at least one batch until the end seen at the start.
    while (offset < end && !this.closed) {
      const chunk = await log.read(p, offset, readChunkBytes);
      if (chunk.records.length === 0 && chunk.nextOffset <= offset) break;
      for (const r of chunk.records) {
        if (r.key === null) continue;
        this.coordinator.replay(decodeGroupRecord(r.key, r.value), r.offset);
        count++;
      }
      offset = chunk.nextOffset;
    }
    // A new leader's high watermark trails its log until the followers fetch again; until it covers what was
    // loaded, OffsetFetch would answer without offsets that are in fact committed. Stay loading until then.
    while (!this.closed && log.highWatermark(p) < end) await new Promise<void>((resolve) => clock.setTimer(10, resolve));
    if (this.closed) return;
    this.coordinator.onHighWatermark(log.highWatermark(p));
    this.coordinator.completeLoad(clock.now());
    this.armTimer();
    logger.info({ partition: p, leaderEpoch: this.leaderEpoch, records: count, logEndOffset: end }, 'group coordinator loaded');
  }

  /** Runs `decide` after every earlier operation of this shard; appends its records; answers once they are committed. */
  run<R>(decide: (ctx: RequestContext) => WriteResult<R>, refuse: (error: GroupError) => R): Promise<R> {
    if (this.queued >= (this.options.maxQueuedOperations ?? 1_000)) return Promise.resolve(refuse(failure('COORDINATOR_NOT_AVAILABLE', 'the coordinator is overloaded; retry')));
    this.queued++;
    const result = this.tail.then(() => this.execute(decide, refuse));
    this.tail = result.catch(() => undefined).finally(() => this.queued--);
    return result;
  }

  private async execute<R>(decide: (ctx: RequestContext) => WriteResult<R>, refuse: (error: GroupError) => R): Promise<R> {
    if (this.closed) return refuse(failure('NOT_COORDINATOR', 'this broker no longer coordinates the group'));
    this.coordinator.onHighWatermark(this.options.log.highWatermark(this.partition));
    const decision = decide({ nowMs: this.options.clock.now(), topics: this.options.topics() });
    const outcome = await this.persist(decision.records);
    this.armTimer();
    return outcome === null ? decision.response : refuse(outcome);
  }

  /** Appends and replays `records`; null on success, else why (and the shard is retired when the log may hold them). */
  private async persist(records: readonly GroupRecord[]): Promise<GroupError | null> {
    if (records.length === 0) return null;
    const encoded = records.map((r) => {
      const e = encodeGroupRecord(r);
      return { key: e.key, value: e.value };
    });
    let baseOffset: number;
    try {
      baseOffset = await this.options.log.append(this.partition, encoded);
    } catch (error) {
      const code: ErrorCode = isSkiffError(error) ? error.code : 'UNKNOWN_SERVER_ERROR';
      this.options.logger.warn({ partition: this.partition, err: error }, 'group coordinator write failed');
      // The records may be in the log (a timeout) or not: either way this state cannot be trusted; reload it.
      if (!this.closed) this.runtime.reload(this);
      return failure(code === 'NOT_LEADER_OR_FOLLOWER' || code === 'FENCED_LEADER_EPOCH' ? 'NOT_COORDINATOR' : 'COORDINATOR_NOT_AVAILABLE', `could not write the group's records: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (this.closed) return failure('NOT_COORDINATOR', 'this broker no longer coordinates the group');
    records.forEach((r, i) => this.coordinator.replay(r, baseOffset + i));
    this.coordinator.onHighWatermark(baseOffset + records.length);
    return null;
  }

  armTimer(): void {
    this.timer?.();
    this.timer = null;
    if (this.closed) return;
    const at = this.coordinator.nextDeadlineMs();
    if (at === null) return;
    const delay = Math.max(0, at - this.options.clock.now());
    this.timer = this.options.clock.setTimer(delay, () => {
      this.timer = null;
      void this.run(
        (ctx) => ({ ...this.coordinator.onTimer(ctx.nowMs), response: null }),
        () => null,
      );
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.timer?.();
    this.timer = null;
    if (this.coordinator.state !== 'closed') this.coordinator.close();
  }
}

export class GroupCoordinatorRuntime {
  private readonly shards = new Map<number, Shard>();
  private readonly loading = new Map<Shard, Promise<void>>();
  private stopped = false;

  constructor(private readonly options: GroupCoordinatorRuntimeOptions) {}

  get partitionCount(): number {
    return this.options.config?.offsetsTopicPartitionCount ?? 50;
  }

  /** The offsets partitions this broker leads now, with their leader epochs: loads new ones, closes lost ones. */
  onLeadership(led: ReadonlyMap<number, number>): void {
    if (this.stopped) return;
    for (const [partition, shard] of this.shards) {
      if (led.get(partition) !== shard.leaderEpoch) this.retire(partition, shard);
    }
    for (const [partition, leaderEpoch] of led) {
      if (!this.shards.has(partition)) this.startShard(partition, leaderEpoch);
    }
  }

  /** The loaded shard for `groupId`, or the error to answer. */
  shardFor(groupId: string): { shard: Shard } | { error: GroupError } {
    if (groupId.length === 0) return { error: failure('INVALID_GROUP_ID', 'the group id must not be empty') };
    const partition = this.partitionOf(groupId);
    const shard = this.shards.get(partition);
    if (shard === undefined || shard.closed) return { error: failure('NOT_COORDINATOR', `this broker does not lead ${offsetsTopicName}-${partition}`) };
    if (this.loading.has(shard)) return { error: failure('COORDINATOR_LOAD_IN_PROGRESS', `${offsetsTopicName}-${partition} is loading`) };
    return { shard };
  }

  partitionOf(groupId: string): number {
    return offsetsPartitionFor(groupId, this.partitionCount);
  }

  /** Runs `decide` on the group's coordinator (serialized per shard), or answers the routing error. */
  run<R>(groupId: string, decide: (coordinator: GroupCoordinator, ctx: RequestContext) => WriteResult<R>, refuse: (error: GroupError) => R): Promise<R> {
    const found = this.shardFor(groupId);
    if ('error' in found) return Promise.resolve(refuse(found.error));
    const shard = found.shard;
    return shard.run((ctx) => decide(shard.coordinator, ctx), refuse);
  }

  /** Every loaded coordinator (ListGroups asks each). */
  loadedCoordinators(): GroupCoordinator[] {
    return [...this.shards.values()].filter((s) => !s.closed && !this.loading.has(s)).map((s) => s.coordinator);
  }

  /** A shard whose state may no longer match its log: replaced by a fresh load of the same partition and epoch. */
  reload(shard: Shard): void {
    if (this.shards.get(shard.partition) !== shard || this.stopped) return;
    this.retire(shard.partition, shard);
    this.startShard(shard.partition, shard.leaderEpoch);
  }

  stop(): void {
    this.stopped = true;
    for (const [partition, shard] of this.shards) this.retire(partition, shard);
  }

  private startShard(partition: number, leaderEpoch: number): void {
    const shard = new Shard(partition, leaderEpoch, this, this.options);
    this.shards.set(partition, shard);
    const load = shard
      .load()
      .catch((error: unknown) => {
        this.options.logger.warn({ partition, leaderEpoch, err: error }, 'group coordinator load failed; retrying');
        shard.close();
        if (this.shards.get(partition) === shard) {
          this.shards.delete(partition);
          this.options.clock.setTimer(500, () => {
            if (!this.stopped && !this.shards.has(partition)) this.startShard(partition, leaderEpoch);
          });
        }
      })
      .finally(() => this.loading.delete(shard));
    this.loading.set(shard, load);
  }

  private retire(partition: number, shard: Shard): void {
    shard.close();
    this.shards.delete(partition);
    this.options.logger.info({ partition, leaderEpoch: shard.leaderEpoch }, 'group coordinator closed');
  }
}

export function groupErrorToSkiff(error: GroupError): SkiffError {
  return new SkiffError(error.code, error.message);
}
