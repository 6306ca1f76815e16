// One partition replica on this broker: its log, its producer state, and its
// role as the metadata image assigns it (Kafka's Partition, DESIGN.md §6).
//
// As leader it appends produce batches (one per request, validated, deduped
// by producer sequence), serves fetches, tracks each follower's log end and
// durable end from their fetches, advances the high watermark and proposes
// ISR changes to the controller. As follower it appends what the fetcher
// brings, truncates on divergence, and remembers the leader's high watermark.
//
// High watermark (leader): the minimum over the maximal ISR (the committed ISR
// plus any member a pending AlterPartition adds, KIP-497) of each replica's
// acknowledged end — its durable end under log.flush.on.ack=true (the
// default: a committed record is fsynced on every ISR member), its log end
// otherwise. It never moves while the committed ISR is smaller than
// min.insync.replicas, and never backwards.

import { SkiffError, isSkiffError } from '../common/errors.js';
import { Mutex } from '../common/mutex.js';
import type { Clock } from '../env/clock.js';
import type { FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import { currentMagic, isControlBatch, isTransactional, splitBatches, type BatchHeader } from '../storage/batch/header.js';
import type { Log } from '../storage/log/log.js';
import { UNDEFINED_EPOCH } from '../storage/leader-epoch-cache.js';
import { ProducerStateManager, isProducerData } from './producer-state.js';
import { deleteSnapshotsBelow, rebuildProducerState, writeProducerSnapshot } from './producer-state-file.js';
import { SequenceReorderBuffer, type ParkOutcome, type SequenceReorderLimits, type SequenceReorderStats } from './sequence-reorder.js';

export type ReplicaRole = 'leader' | 'follower' | 'offline';

/** What moved: the log end (new records) or the high watermark (records committed). */
export type PartitionProgress = 'logEnd' | 'highWatermark';

/** The partition as the metadata image states it. */
export interface PartitionAssignment {
  readonly topic: string;
  readonly topicId: string;
  readonly partition: number;
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  readonly elr: readonly number[];
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
  /** Set by an unclean election (KIP-966): the ISR may not grow until this leader clears it. */
  readonly leaderRecovering?: boolean;
}

export interface FollowerState {
  /** The follower's log end as of its last valid fetch; -1 until it fetched in this leader epoch. */
  logEndOffset: number;
  /** Everything below this is fsynced on the follower; -1 until known. */
  durableOffset: number;
  brokerEpoch: number;
  lastFetchMs: number;
  lastCaughtUpMs: number;
  /** The leader's log end when the previous fetch was answered (Kafka's lastFetchLeaderLogEndOffset). */
  lastFetchLeaderEnd: number;
}

export interface PartitionOptions {
  readonly brokerId: number;
  readonly log: Log;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly logger: Logger;
  /** log.flush.on.ack: acknowledged means fsynced (true, default) or appended (false). */
  readonly flushOnAck: boolean;
  readonly minInsyncReplicas: () => number;
  readonly logAppendTime: () => boolean;
  /**
   * Called whenever the log end or the high watermark moves, saying which
   * (wakes delayed fetches and produces: a follower's fetch waits for the log
   * end, an acks=all produce and a consumer's fetch for the high watermark).
   */
  readonly onProgress: (partition: Partition, moved: PartitionProgress) => void;
  /**
   * How long a produce batch that arrived ahead of its producer's next
   * sequence may wait for its predecessors before it is refused with
   * OUT_OF_ORDER_SEQUENCE_NUMBER (sequence-reorder.ts). 0 (the default)
   * refuses at once, as Kafka does.
   */
  readonly sequenceReorderWaitMs?: number;
  readonly sequenceReorderLimits?: SequenceReorderLimits;
}

export interface LeaderAppendResult {
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly logAppendTime: number;
  readonly duplicate: boolean;
}

/** The state of one appendAsLeader call across its passes. */
interface AppendAttempt {
  /** Validated on the first pass; the bytes do not change. */
  header: BatchHeader | null;
  /** False after the wait ran out: the next pass refuses instead of parking. */
  mayPark: boolean;
  parkedBefore: boolean;
}

type AppendStep = { readonly kind: 'appended'; readonly result: LeaderAppendResult } | { readonly kind: 'parked'; readonly wake: Promise<ParkOutcome> };

export interface IsrChange {
  readonly newIsr: readonly number[];
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
}

export class Partition {
  readonly log: Log;
  private producers = new ProducerStateManager();
  private roleValue: ReplicaRole = 'offline';
  private assignmentValue: PartitionAssignment | null = null;
  private hw: number;
  private leaderEpochStart = 0;
  private readonly followers = new Map<number, FollowerState>();
  /** ISR members a pending AlterPartition adds or keeps (maximal ISR, KIP-497); null when none is pending. */
  private pendingIsr: readonly number[] | null = null;
  /** No new ISR proposal before this time: a refused or failed one backs off instead of spinning. */
  private isrRetryAtMs = 0;
  private readonly appendLock = new Mutex();
  /** Produce batches parked ahead of their producer's sequence; only while leading. */
  private readonly reorder: SequenceReorderBuffer;
  private syncScheduled = false;
  private closed = false;

  constructor(private readonly options: PartitionOptions) {
    this.log = options.log;
    this.hw = options.log.logStartOffset;
    this.reorder = new SequenceReorderBuffer(options.clock, options.sequenceReorderLimits);
  }

  /** Rebuilds producer state from snapshots and the log; call once before use. */
  async open(): Promise<void> {
    this.producers = await rebuildProducerState({ fs: this.options.fs, dir: this.log.dir, log: this.log, logger: this.options.logger });
  }

  get role(): ReplicaRole {
    return this.roleValue;
  }

  get assignment(): PartitionAssignment | null {
    return this.assignmentValue;
  }

  get topic(): string {
    return this.assignmentValue?.topic ?? '';
  }

  get leaderEpoch(): number {
    return this.assignmentValue?.leaderEpoch ?? -1;
  }

  get highWatermark(): number {
    return this.hw;
  }

  get leaderEpochStartOffset(): number {
    return this.leaderEpochStart;
  }

  /** The ISR as the controller committed it. */
  get isr(): readonly number[] {
    return this.assignmentValue?.isr ?? [];
  }

  get isrChangePending(): boolean {
    return this.pendingIsr !== null;
  }

  followerState(brokerId: number): Readonly<FollowerState> | undefined {
    return this.followers.get(brokerId);
  }

  /** Counts of produce batches held back for their predecessors (sequence-reorder.ts). */
  get sequenceReorderStats(): SequenceReorderStats {
    return this.reorder.counters;
  }

  // --- role changes from the metadata image --------------------------------------

  /**
   * Applies the image's view of this partition. Returns what changed so the
   * replica manager can move fetchers: 'leader' / 'follower' on a new role or
   * leader epoch, 'isr' on an ISR-only change, null when nothing did.
   */
  applyAssignment(next: PartitionAssignment): 'leader' | 'follower' | 'offline' | 'isr' | null {
    const prev = this.assignmentValue;
    this.assignmentValue = next;
    const newEpoch = prev === null || next.leaderEpoch !== prev.leaderEpoch || next.leader !== prev.leader;
    // Batches parked under the old role or epoch are checked again (and refused: not the leader they were sent to).
    if (newEpoch || next.leader !== this.options.brokerId) this.reorder.wakeAll();
    if (next.leader === this.options.brokerId) {
      if (newEpoch || this.roleValue !== 'leader') {
        this.becomeLeader(next);
        return 'leader';
      }
      if (this.pendingIsr !== null && next.partitionEpoch > (prev?.partitionEpoch ?? -1)) this.pendingIsr = null;
      this.maybeAdvanceHighWatermark();
      return prev !== null && sameIds(prev.isr, next.isr) ? null : 'isr';
    }
    if (next.leader < 0) {
      if (this.roleValue === 'offline' && !newEpoch) return null;
      this.roleValue = 'offline';
      this.followers.clear();
      this.pendingIsr = null;
      return 'offline';
    }
    if (newEpoch || this.roleValue !== 'follower') {
      this.roleValue = 'follower';
      this.followers.clear();
      this.pendingIsr = null;
      // No truncation here: the fetcher reconciles with the new leader by epoch (KIP-101/279), never by high watermark.
      this.options.logger.info({ topic: next.topic, partition: next.partition, leader: next.leader, leaderEpoch: next.leaderEpoch }, 'became follower');
      return 'follower';
    }
    return prev !== null && sameIds(prev.isr, next.isr) ? null : 'isr';
  }

  private becomeLeader(next: PartitionAssignment): void {
    this.roleValue = 'leader';
    this.pendingIsr = null;
    this.leaderEpochStart = this.log.logEndOffset;
    // Record the epoch's start now, so followers of the previous epoch learn where it ended even before the first append.
    this.log.epochs.assign(next.leaderEpoch, this.leaderEpochStart);
    this.followers.clear();
    const now = this.options.clock.now();
    for (const id of next.replicas) {
      if (id === this.options.brokerId) continue;
      // An ISR member starts "caught up" so it is not shrunk out before it had a chance to fetch.
      this.followers.set(id, { logEndOffset: -1, durableOffset: -1, brokerEpoch: -1, lastFetchMs: now, lastCaughtUpMs: next.isr.includes(id) ? now : -1, lastFetchLeaderEnd: -1 });
    }
    this.hw = Math.max(this.log.logStartOffset, Math.min(this.hw, this.log.logEndOffset));
    this.options.logger.info({ topic: next.topic, partition: next.partition, leaderEpoch: next.leaderEpoch, logEndOffset: this.log.logEndOffset, highWatermark: this.hw, isr: next.isr }, 'became leader');
    this.maybeAdvanceHighWatermark();
  }

  // --- leader: produce -------------------------------------------------------------

  /** Leader-side fencing of a request that names the leader epoch it expects (-1: unchecked). */
  checkLeader(currentLeaderEpoch: number): void {
    const a = this.assignmentValue;
    if (a !== null && currentLeaderEpoch >= 0) {
      if (currentLeaderEpoch < a.leaderEpoch) throw new SkiffError('FENCED_LEADER_EPOCH', `leader epoch ${currentLeaderEpoch} is older than the current ${a.leaderEpoch}`);
      if (currentLeaderEpoch > a.leaderEpoch) throw new SkiffError('UNKNOWN_LEADER_EPOCH', `leader epoch ${currentLeaderEpoch} is newer than this broker knows (${a.leaderEpoch})`);
    }
    if (this.roleValue !== 'leader' || this.closed) {
      throw new SkiffError('NOT_LEADER_OR_FOLLOWER', `broker ${this.options.brokerId} is not the leader of ${a?.topic ?? '?'}-${a?.partition ?? '?'} (leader ${a?.leader ?? -1})`);
    }
  }

  /**
   * Validates and appends one producer batch as leader. Nothing is appended
   * when it throws. A retried idempotent batch returns its original offsets.
   *
   * A batch that starts past its producer's next sequence (an earlier batch
   * may still be on its way: the transport reorders concurrent requests) is
   * parked for up to sequenceReorderWaitMs, capped by `maxReorderWaitMs` (the
   * request's own timeout), and checked again each time its producer
   * appends; once its predecessor is in, it is appended in order. If the gap
   * is still there at the deadline it is refused, as without the wait, with
   * OUT_OF_ORDER_SEQUENCE_NUMBER (UNKNOWN_PRODUCER_ID for a producer the
   * leader does not know). Every check, parked or not, is the producer-state
   * check under the append lock, so duplicates, fencing and gaps are decided
   * exactly as for a batch that arrived in order.
   */
  async appendAsLeader(records: Uint8Array, acks: number, maxMessageBytes: number, maxReorderWaitMs = Number.POSITIVE_INFINITY): Promise<LeaderAppendResult> {
    const waitMs = Math.max(0, Math.min(this.options.sequenceReorderWaitMs ?? 0, maxReorderWaitMs));
    const deadlineMs = waitMs > 0 ? this.options.clock.now() + waitMs : 0;
    const attempt: AppendAttempt = { header: null, mayPark: waitMs > 0, parkedBefore: false };
    // Bounded: every pass but the last parks the batch, until its deadline at the latest, after which it may not park.
    for (;;) {
      const step = await this.appendLock.run(() => this.tryAppendAsLeader(records, acks, maxMessageBytes, attempt, deadlineMs));
      if (step.kind === 'appended') return step.result;
      attempt.parkedBefore = true;
      // After the deadline, one last check: appended if the predecessor made it meanwhile, else refused.
      if ((await step.wake) === 'expired') attempt.mayPark = false;
    }
  }

  /** One pass of appendAsLeader, under the append lock: append, answer a duplicate, park, or throw. */
  private async tryAppendAsLeader(records: Uint8Array, acks: number, maxMessageBytes: number, attempt: AppendAttempt, deadlineMs: number): Promise<AppendStep> {
    this.checkLeader(-1);
    const header = (attempt.header ??= validateProducerBatch(records, maxMessageBytes));
    if (acks === -1 && this.isr.length < this.options.minInsyncReplicas()) {
      throw new SkiffError('NOT_ENOUGH_REPLICAS', `ISR [${this.isr.join(',')}] is smaller than min.insync.replicas ${this.options.minInsyncReplicas()}`);
    }
    const verdict = this.producers.check(header);
    if (verdict.kind === 'error') {
      const wake = verdict.sequenceAhead && attempt.mayPark ? this.reorder.park(header.producerId, header.baseSequence, deadlineMs, !attempt.parkedBefore) : null;
      if (wake !== null) return { kind: 'parked', wake };
      throw new SkiffError(verdict.code, verdict.message);
    }
    if (verdict.kind === 'duplicate') {
      return { kind: 'appended', result: { baseOffset: verdict.firstOffset, lastOffset: verdict.lastOffset, logAppendTime: -1, duplicate: true } };
    }
    const leaderEpoch = this.leaderEpoch;
    // validateProducerBatch checked the CRC (it must, before the producer check trusts the header): the log need not again.
    const appended = await this.log.appendAsLeader(records, leaderEpoch, { logAppendTime: this.options.logAppendTime(), crcVerified: true });
    this.producers.update({ ...header, baseOffset: appended.firstOffset, maxTimestamp: appended.logAppendTime >= 0 ? appended.logAppendTime : header.maxTimestamp });
    // Its successors, if any arrived first, may follow now.
    if (isProducerData(header)) this.reorder.wake(header.producerId);
    this.afterLeaderAppend();
    return { kind: 'appended', result: { baseOffset: appended.firstOffset, lastOffset: appended.lastOffset, logAppendTime: appended.logAppendTime, duplicate: false } };
  }

  private afterLeaderAppend(): void {
    this.options.onProgress(this, 'logEnd');
    if (this.options.flushOnAck) this.scheduleSync();
    else this.maybeAdvanceHighWatermark();
  }

  /** Group commit: one fsync covers every append made before it starts. */
  private scheduleSync(): void {
    if (this.syncScheduled) return;
    this.syncScheduled = true;
    void Promise.resolve()
      .then(async () => {
        this.syncScheduled = false;
        await this.log.sync();
        this.maybeAdvanceHighWatermark();
      })
      .catch((error: unknown) => {
        this.syncScheduled = false;
        this.options.logger.error({ err: error, dir: this.log.dir }, 'log sync failed');
      });
  }

  /** What this replica acknowledges as held: its durable end, or its log end without flush-on-ack. */
  private localAckedEnd(): number {
    return this.options.flushOnAck ? this.log.durableEndOffset : this.log.logEndOffset;
  }

  maximalIsr(): readonly number[] {
    const isr = this.isr;
    if (this.pendingIsr === null) return isr;
    return [...new Set([...isr, ...this.pendingIsr])];
  }

  maybeAdvanceHighWatermark(): boolean {
    if (this.roleValue !== 'leader') return false;
    if (this.isr.length < this.options.minInsyncReplicas()) return false;
    let candidate = this.localAckedEnd();
    for (const id of this.maximalIsr()) {
      if (id === this.options.brokerId) continue;
      const f = this.followers.get(id);
      const acked = f === undefined ? -1 : this.options.flushOnAck ? f.durableOffset : f.logEndOffset;
      candidate = Math.min(candidate, acked);
    }
    if (candidate <= this.hw) return false;
    this.hw = candidate;
    this.options.onProgress(this, 'highWatermark');
    return true;
  }

  // --- leader: follower fetches -----------------------------------------------------

  /**
   * Checks a follower's position against this leader's log (KIP-279): returns
   * the diverging epoch to truncate to, or null when the follower's log is a
   * prefix of this one up to fetchOffset.
   */
  divergence(fetchOffset: number, lastFetchedEpoch: number): { epoch: number; endOffset: number } | null {
    if (lastFetchedEpoch < 0) return null;
    const end = this.log.endOffsetForEpoch(lastFetchedEpoch);
    if (end.epoch < lastFetchedEpoch || end.endOffset < fetchOffset) return { epoch: end.epoch, endOffset: end.endOffset };
    return null;
  }

  /**
   * Records a valid follower fetch (no divergence, offset within the log).
   * Returns the follower to add to the ISR if it just caught up, else null.
   */
  updateFollower(replicaId: number, brokerEpoch: number, fetchOffset: number, durableOffset: number): void {
    const f = this.followers.get(replicaId);
    if (f === undefined || this.roleValue !== 'leader') return;
    const now = this.options.clock.now();
    const leaderEnd = this.log.logEndOffset;
    if (fetchOffset >= leaderEnd) f.lastCaughtUpMs = now;
    else if (f.lastFetchLeaderEnd >= 0 && fetchOffset >= f.lastFetchLeaderEnd) f.lastCaughtUpMs = Math.max(f.lastCaughtUpMs, f.lastFetchMs);
    f.logEndOffset = fetchOffset;
    f.durableOffset = durableOffset < 0 ? f.durableOffset : Math.min(durableOffset, fetchOffset);
    f.brokerEpoch = brokerEpoch;
    f.lastFetchMs = now;
    f.lastFetchLeaderEnd = leaderEnd;
    this.maybeAdvanceHighWatermark();
  }

  /**
   * The ISR change this leader wants now, or null: followers out of the ISR
   * that reached the high watermark and this epoch's start join (their
   * durable end too, under flush-on-ack); ISR followers that have not caught
   * up for replica.lag.time.max.ms leave. One change in flight at a time.
   */
  wantedIsrChange(replicaLagTimeMaxMs: number, isEligible: (brokerId: number, brokerEpoch: number) => boolean): IsrChange | null {
    const a = this.assignmentValue;
    const now = this.options.clock.now();
    if (a === null || this.roleValue !== 'leader' || this.pendingIsr !== null || now < this.isrRetryAtMs) return null;
    // An uncleanly elected leader first clears the recovering mark with an ISR of itself alone (the controller
    // refuses any other ISR until then); it has no transaction state to recover, so it does so at once.
    if (a.leaderRecovering === true) return { newIsr: [this.options.brokerId], leaderEpoch: a.leaderEpoch, partitionEpoch: a.partitionEpoch };
    const isr = new Set(a.isr);
    let changed = false;
    for (const [id, f] of this.followers) {
      if (isr.has(id)) {
        if (now - f.lastCaughtUpMs > replicaLagTimeMaxMs) {
          isr.delete(id);
          changed = true;
        }
      } else if (f.logEndOffset >= 0 && f.logEndOffset >= this.hw && f.logEndOffset >= this.leaderEpochStart && (!this.options.flushOnAck || f.durableOffset >= this.hw) && isEligible(id, f.brokerEpoch)) {
        isr.add(id);
        changed = true;
      }
    }
    if (!changed) return null;
    isr.add(this.options.brokerId);
    const newIsr = a.replicas.filter((id) => isr.has(id));
    return { newIsr, leaderEpoch: a.leaderEpoch, partitionEpoch: a.partitionEpoch };
  }

  /** Marks an AlterPartition in flight: the high watermark counts the union of old and new ISR until it resolves. */
  beginIsrChange(change: IsrChange): void {
    this.pendingIsr = change.newIsr;
  }

  /** The controller answered (or failed): apply its state when it is this epoch's, and stop counting the pending ISR. */
  completeIsrChange(result: { isr: readonly number[]; leaderEpoch: number; partitionEpoch: number } | null, retryBackoffMs = 500): void {
    this.pendingIsr = null;
    if (result === null) this.isrRetryAtMs = this.options.clock.now() + retryBackoffMs;
    const a = this.assignmentValue;
    if (result !== null && a !== null && result.leaderEpoch === a.leaderEpoch && result.partitionEpoch > a.partitionEpoch) {
      this.assignmentValue = { ...a, isr: result.isr, partitionEpoch: result.partitionEpoch };
    }
    this.maybeAdvanceHighWatermark();
  }

  // --- follower ------------------------------------------------------------------

  /** The epoch of the last batch this replica holds, for the next fetch. */
  lastFetchedEpoch(): number {
    return this.log.epochs.latestEpoch() ?? UNDEFINED_EPOCH;
  }

  /** Appends batches fetched from the leader and records the leader's high watermark. */
  appendAsFollower(records: Uint8Array, leaderHighWatermark: number): Promise<void> {
    return this.appendLock.run(async () => {
      if (this.closed) return;
      if (records.byteLength > 0) {
        const batches = splitBatches(records, undefined, false);
        await this.log.appendAsFollower(records);
        for (const { header } of batches) this.producers.update(header);
        this.options.onProgress(this, 'logEnd');
      }
      this.hw = Math.max(this.hw, Math.min(leaderHighWatermark, this.log.logEndOffset));
    });
  }

  /** Truncates after the leader reported a diverging epoch; returns the new log end. */
  truncateOnDivergence(diverging: { epoch: number; endOffset: number }, leaderLogStart: number): Promise<number> {
    return this.appendLock.run(async () => {
      let target: number;
      if (diverging.epoch < 0) {
        // The leader holds no epoch at or below ours: nothing of ours past its log start can be trusted.
        target = Math.max(leaderLogStart, 0);
      } else {
        const local = this.log.endOffsetForEpoch(diverging.epoch);
        target = local.epoch < 0 ? this.log.logStartOffset : Math.min(diverging.endOffset, local.endOffset);
      }
      if (target >= this.log.logEndOffset) {
        // Nothing to cut, but an epoch entry with no records at the end (this replica led an epoch that wrote nothing)
        // must go, or the next fetch would name that epoch and diverge again.
        this.log.epochs.truncateFromEnd(this.log.logEndOffset);
        return this.log.logEndOffset;
      }
      const end = await this.log.truncateTo(target);
      this.hw = Math.min(this.hw, end);
      this.producers = await rebuildProducerState({ fs: this.options.fs, dir: this.log.dir, log: this.log, logger: this.options.logger });
      this.options.logger.warn({ dir: this.log.dir, diverging, logEndOffset: end }, 'truncated diverging log suffix');
      return end;
    });
  }

  /** The leader no longer has our fetch offset (retention moved its start): restart the log at its start. */
  resetToLeaderStart(leaderLogStart: number): Promise<void> {
    return this.appendLock.run(async () => {
      await this.log.truncateFullyAndStartAt(leaderLogStart);
      this.hw = leaderLogStart;
      this.producers = await rebuildProducerState({ fs: this.options.fs, dir: this.log.dir, log: this.log, logger: this.options.logger });
    });
  }

  /** Persists producer state at the durable end, so recovery replays only what follows. */
  async snapshotProducerState(): Promise<void> {
    await this.appendLock.run(async () => {
      const end = await this.log.sync();
      if (end !== this.log.logEndOffset) return;
      await writeProducerSnapshot(this.options.fs, this.log.dir, this.producers, end);
      await deleteSnapshotsBelow(this.options.fs, this.log.dir, end);
    });
  }

  close(): void {
    this.closed = true;
    this.roleValue = 'offline';
    this.reorder.wakeAll();
  }
}

/**
 * Produce validation, before anything is appended: exactly one well-framed v2
 * batch (Kafka's rule for produce v3+), CRC correct, within
 * message.max.bytes, no control or transactional batches (transactions are
 * not supported yet), consistent producer fields.
 */
export function validateProducerBatch(records: Uint8Array, maxMessageBytes: number): BatchHeader {
  if (records.byteLength === 0) throw new SkiffError('INVALID_RECORD', 'produce request carries no record batch');
  if (records.byteLength > maxMessageBytes) {
    throw new SkiffError('MESSAGE_TOO_LARGE', `record batch of ${records.byteLength} bytes exceeds message.max.bytes ${maxMessageBytes}`);
  }
  if (records.byteLength >= 17 && records[16] !== currentMagic) {
    throw new SkiffError('UNSUPPORTED_FOR_MESSAGE_FORMAT', `record batch magic ${records[16]} is not supported (only v2, magic ${currentMagic})`);
  }
  let batches: ReturnType<typeof splitBatches>;
  try {
    batches = splitBatches(records, maxMessageBytes, true);
  } catch (error) {
    if (isSkiffError(error)) throw error;
    throw new SkiffError('CORRUPT_MESSAGE', (error as Error).message);
  }
  if (batches.length !== 1) throw new SkiffError('INVALID_RECORD', `a produce request must carry exactly one record batch per partition, got ${batches.length}`);
  const header = batches[0]!.header;
  if (isControlBatch(header)) throw new SkiffError('INVALID_RECORD', 'clients may not produce control batches');
  if (isTransactional(header)) throw new SkiffError('INVALID_TXN_STATE', 'transactional batches are not supported yet');
  if (header.recordsCount === 0) throw new SkiffError('INVALID_RECORD', 'record batch holds no records');
  if (header.recordsCount !== header.lastOffsetDelta + 1) {
    throw new SkiffError('INVALID_RECORD', `producer batch with ${header.recordsCount} records has last offset delta ${header.lastOffsetDelta}`);
  }
  if (header.producerId >= 0 && (header.producerEpoch < 0 || header.baseSequence < 0)) {
    throw new SkiffError('INVALID_RECORD', `producer ${header.producerId} batch has epoch ${header.producerEpoch}, sequence ${header.baseSequence}`);
  }
  return header;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
