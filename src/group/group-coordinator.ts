// The group coordinator of one `__consumer_offsets` partition (DESIGN.md §8):
// the groups whose hash lands there, their KIP-848 state and their committed
// offsets. Sans-I/O: time comes in as `nowMs`, topics as a TopicsView; it
// never touches disk, network or a clock.
//
// Kafka's controller pattern: request handlers return `{ records, response }`
// and leave the durable state alone; `replay(record, logOffset)` is its only
// mutation, so a new coordinator rebuilt from the partition reaches the same
// state. Handlers do update soft state — session and rebalance deadlines —
// which is not in the log; a rebuilt coordinator restarts every member's
// session from `completeLoad` (as Kafka does on failover).
//
// Driver contract (the broker wiring):
//  1. Becoming leader of partition p: `new GroupCoordinator({ offsetsPartition: p })`;
//     read the partition from its log start, `replay(decodeGroupRecord(key, value), offset)`
//     for every record, `onHighWatermark(hw)`, then `completeLoad(clock.now())`.
//     Until then every request answers COORDINATOR_LOAD_IN_PROGRESS.
//  2. Each request: call the handler; append its records (encodeGroupRecord) as ONE
//     batch; `replay` each at its offset before calling any other handler; send the
//     response once the high watermark passes the batch. A failed append: `close()`
//     and rebuild (the in-memory state is ahead of the log).
//  3. Follow the partition's high watermark with `onHighWatermark` (OffsetFetch reads
//     committed offsets only).
//  4. After every call, (re)arm one Clock timer at `nextDeadlineMs()`; when it fires,
//     `onTimer(clock.now())` and treat its records as in 2.
//  5. Losing leadership: `close()` (NOT_COORDINATOR from then on) and drop the object.

import { assert } from '../common/assert.js';
import type {
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse,
  DeleteGroupsResponse,
  DescribeGroupsResponse,
  GroupCoordinatorConfig,
  GroupError,
  ListGroupsResponse,
  OffsetCommitRequest,
  OffsetCommitResponse,
  OffsetDeleteRequest,
  OffsetDeleteResponse,
  OffsetFetchRequest,
  OffsetFetchResponse,
  RequestContext,
  WriteResult,
} from './api.js';
import { defaultGroupCoordinatorConfig } from './api.js';
import { builtInAssignors, type Assignor } from './assignors.js';
import { ConsumerGroup, type GroupState } from './consumer-group.js';
import { DeadlineQueue } from './deadline-queue.js';
import { deleteGroup, describeGroup, listGroups } from './group-admin.js';
import { consumerGroupHeartbeat, groupError, type TimerChange } from './heartbeat.js';
import { fenceMembersRecords } from './membership.js';
import { OffsetStore } from './offset-store.js';
import { offsetCommit, offsetDelete, offsetFetch } from './offsets.js';
import { maxStringBytes } from './record-io.js';
import type { GroupRecord } from './records.js';
import { snapshotOf, type CoordinatorSnapshot } from './snapshot.js';
import { compareStrings, isEmpty } from './topic-partitions.js';

export interface GroupCoordinatorOptions {
  /** The __consumer_offsets partition this coordinator leads. */
  readonly offsetsPartition: number;
  readonly config?: Partial<GroupCoordinatorConfig>;
  /** Server-side assignors by name; default: uniform and range. config.assignors picks among them. */
  readonly assignors?: readonly Assignor[];
  /** Makes member ids for joins that bring none (drive it from the Random port); absent: such joins are INVALID_REQUEST. */
  readonly generateMemberId?: () => string;
}

export type CoordinatorStatus = 'loading' | 'active' | 'closed';

interface TimerValue {
  readonly kind: 'session' | 'rebalance';
  readonly groupId: string;
  readonly memberId: string;
  readonly memberEpoch: number;
}

/** Kafka's partitionFor: abs(javaStringHashCode(groupId)) % partitionCount. */
export function offsetsPartitionFor(groupId: string, partitionCount: number): number {
  let hash = 0;
  for (let i = 0; i < groupId.length; i++) hash = (Math.imul(hash, 31) + groupId.charCodeAt(i)) | 0;
  return (hash & 0x7fffffff) % partitionCount;
}

export class GroupCoordinator {
  readonly config: GroupCoordinatorConfig;
  readonly offsetsPartition: number;
  private status: CoordinatorStatus = 'loading';
  private readonly groups = new Map<string, ConsumerGroup>();
  private readonly offsets = new OffsetStore();
  private readonly timers = new DeadlineQueue<string, TimerValue>();
  private readonly assignors: ReadonlyMap<string, Assignor>;
  private readonly generateMemberId: (() => string) | null;
  // Invariant: replayed log offsets strictly increase.
  private lastReplayedOffset = -1;

  constructor(options: GroupCoordinatorOptions) {
    this.config = { ...defaultGroupCoordinatorConfig, ...options.config };
    this.offsetsPartition = options.offsetsPartition;
    const available = new Map((options.assignors ?? [...builtInAssignors.values()]).map((a) => [a.name, a] as const));
    this.assignors = new Map(this.config.assignors.map((name) => [name, available.get(name)!] as const));
    this.generateMemberId = options.generateMemberId ?? null;
    assert(this.config.assignors.length > 0 && this.config.assignors.every((name) => available.has(name)), 'every configured assignor must exist');
    assert(this.offsetsPartition >= 0 && this.offsetsPartition < this.config.offsetsTopicPartitionCount, 'offsets partition out of range');
    assert(this.config.offsetMetadataMaxBytes <= maxStringBytes, 'offset.metadata.max.bytes must fit a record string');
    const int32 = (n: number): boolean => Number.isInteger(n) && n > 0 && n <= 0x7fffffff;
    assert(int32(this.config.groupMaxSize) && int32(this.config.sessionTimeoutMs) && int32(this.config.heartbeatIntervalMs), 'limits must be positive int32s');
  }

  get state(): CoordinatorStatus {
    return this.status;
  }

  isCoordinatorFor(groupId: string): boolean {
    return offsetsPartitionFor(groupId, this.config.offsetsTopicPartitionCount) === this.offsetsPartition;
  }

  // --- the log ---------------------------------------------------------------

  /** Applies one record of the partition, at its log offset: the only mutation of durable state. */
  replay(record: GroupRecord, logOffset: number): void {
    assert(this.status !== 'closed', 'replay on a closed coordinator');
    assert(Number.isSafeInteger(logOffset) && logOffset > this.lastReplayedOffset, `replay out of order: ${logOffset} after ${this.lastReplayedOffset}`);
    this.lastReplayedOffset = logOffset;
    if (record.type === 'OffsetCommit') {
      this.offsets.replay(record.groupId, record.topic, record.partition, record.value, logOffset);
      return;
    }
    let group = this.groups.get(record.groupId);
    if (group === undefined) {
      if (record.value === null) return;
      group = new ConsumerGroup(record.groupId, this.config.assignors[0]!);
      this.groups.set(record.groupId, group);
    }
    replayGroupRecord(group, record);
    if (record.type === 'MemberMetadata' && record.value === null) {
      this.timers.delete(timerKey('session', record.groupId, record.memberId));
      this.timers.delete(timerKey('rebalance', record.groupId, record.memberId));
    }
    if (group.isVacant) this.groups.delete(record.groupId);
  }

  /** The partition's high watermark moved: offsets below it are visible to OffsetFetch. */
  onHighWatermark(highWatermark: number): void {
    this.offsets.advanceHighWatermark(highWatermark);
  }

  /** Loading is done: serve requests, and give every member a full session from now. */
  completeLoad(nowMs: number): void {
    assert(this.status === 'loading', `completeLoad while ${this.status}`);
    this.status = 'active';
    for (const group of this.groups.values()) {
      for (const member of group.members.values()) {
        const sessionMs = member.metadata.sessionTimeoutMs > 0 ? member.metadata.sessionTimeoutMs : this.config.sessionTimeoutMs;
        this.setTimer({ kind: 'session', groupId: group.groupId, memberId: member.memberId, memberEpoch: member.assignment.memberEpoch }, nowMs + sessionMs);
        if (!isEmpty(member.assignment.partitionsPendingRevocation)) {
          const value: TimerValue = { kind: 'rebalance', groupId: group.groupId, memberId: member.memberId, memberEpoch: member.assignment.memberEpoch };
          this.setTimer(value, nowMs + member.metadata.rebalanceTimeoutMs);
        }
      }
    }
  }

  /** No longer the partition's leader: every request answers NOT_COORDINATOR. */
  close(): void {
    this.status = 'closed';
  }

  // --- requests ----------------------------------------------------------------

  consumerGroupHeartbeat(request: ConsumerGroupHeartbeatRequest, ctx: RequestContext): WriteResult<ConsumerGroupHeartbeatResponse> {
    const unavailable = this.unavailable(request.groupId);
    if (unavailable !== null) return { records: [], response: unavailable };
    const decision = consumerGroupHeartbeat(this.groups.get(request.groupId), request, {
      nowMs: ctx.nowMs,
      topics: ctx.topics,
      config: this.config,
      assignors: this.assignors,
      generateMemberId: this.generateMemberId,
    });
    this.applyTimerChanges(request.groupId, decision.timers);
    return { records: decision.records, response: decision.response };
  }

  offsetCommit(request: OffsetCommitRequest, ctx: RequestContext): WriteResult<OffsetCommitResponse> {
    const unavailable = this.unavailable(request.groupId);
    if (unavailable !== null) return { records: [], response: unavailable };
    return offsetCommit(this.groups.get(request.groupId), request, ctx, this.config);
  }

  /** Committed offsets only: an offset whose record is not below the high watermark yet is not returned. */
  offsetFetch(request: OffsetFetchRequest): OffsetFetchResponse {
    return this.unavailable(request.groupId) ?? offsetFetch(this.groups.get(request.groupId), this.offsets, request);
  }

  offsetDelete(request: OffsetDeleteRequest): WriteResult<OffsetDeleteResponse> {
    const unavailable = this.unavailable(request.groupId);
    if (unavailable !== null) return { records: [], response: unavailable };
    return offsetDelete(this.groups.get(request.groupId), this.offsets, request);
  }

  /** The groups of this partition (state from the latest replayed records). */
  listGroups(statesFilter: readonly GroupState[] | null = null): ListGroupsResponse {
    const unavailable = this.statusError();
    if (unavailable !== null) return unavailable;
    return { ok: true, groups: listGroups(this.groups, this.offsets, statesFilter) };
  }

  describeGroups(groupIds: readonly string[]): DescribeGroupsResponse {
    const unavailable = this.statusError();
    if (unavailable !== null) return unavailable;
    const groups = groupIds.map((groupId) => {
      const error = this.unavailable(groupId);
      return error !== null ? { ...error, groupId } : describeGroup(groupId, this.groups.get(groupId), this.offsets);
    });
    return { ok: true, groups };
  }

  deleteGroups(groupIds: readonly string[]): WriteResult<DeleteGroupsResponse> {
    const unavailable = this.statusError();
    if (unavailable !== null) return { records: [], response: unavailable };
    const records: GroupRecord[] = [];
    const results = [...new Set(groupIds)].map((groupId) => {
      const error = this.unavailable(groupId);
      if (error !== null) return { groupId, error: error.code };
      const deletion = deleteGroup(groupId, this.groups.get(groupId), this.offsets);
      records.push(...deletion.records);
      return { groupId, error: deletion.error };
    });
    return { records, response: { ok: true, results } };
  }

  // --- timers ------------------------------------------------------------------

  /** When `onTimer` next has work, or null. */
  nextDeadlineMs(): number | null {
    return this.status === 'active' ? this.timers.nextDeadlineMs() : null;
  }

  /**
   * Fences members whose session expired, or who did not confirm a revocation
   * within their rebalance timeout: removes them and bumps their group's
   * epoch (once per group), so the survivors take their partitions over.
   */
  onTimer(nowMs: number): { records: GroupRecord[] } {
    if (this.status !== 'active') return { records: [] };
    const fenced = new Map<string, Set<string>>();
    for (const { value } of this.timers.takeExpired(nowMs)) {
      const member = this.groups.get(value.groupId)?.members.get(value.memberId);
      if (member === undefined) continue;
      const revocationOverdue = member.assignment.memberEpoch === value.memberEpoch && !isEmpty(member.assignment.partitionsPendingRevocation);
      if (value.kind === 'session' || revocationOverdue) {
        if (!fenced.has(value.groupId)) fenced.set(value.groupId, new Set());
        fenced.get(value.groupId)!.add(value.memberId);
      }
    }
    const records: GroupRecord[] = [];
    for (const groupId of [...fenced.keys()].sort(compareStrings)) {
      records.push(...fenceMembersRecords(this.groups.get(groupId)!, [...fenced.get(groupId)!].sort(compareStrings)));
    }
    return { records };
  }

  // --- inspection ----------------------------------------------------------------

  /** The durable state as plain sorted data: equal for two coordinators that replayed the same records. */
  snapshot(): CoordinatorSnapshot {
    return snapshotOf(this.groups, this.offsets);
  }

  // --- helpers -------------------------------------------------------------------

  private statusError(): GroupError | null {
    if (this.status === 'loading') return groupError('COORDINATOR_LOAD_IN_PROGRESS', `partition ${this.offsetsPartition} is loading`);
    if (this.status === 'closed') return groupError('NOT_COORDINATOR', `no longer the coordinator of partition ${this.offsetsPartition}`);
    return null;
  }

  private unavailable(groupId: string): GroupError | null {
    if (!this.isCoordinatorFor(groupId)) return groupError('NOT_COORDINATOR', `group ${groupId} belongs to another __consumer_offsets partition`);
    return this.statusError();
  }

  private applyTimerChanges(groupId: string, changes: readonly TimerChange[]): void {
    for (const change of changes) {
      const key = timerKey(change.kind, groupId, change.memberId);
      if (change.deadlineMs === null) this.timers.delete(key);
      else this.setTimer({ kind: change.kind, groupId, memberId: change.memberId, memberEpoch: change.kind === 'rebalance' ? change.memberEpoch : 0 }, change.deadlineMs);
    }
  }

  private setTimer(value: TimerValue, deadlineMs: number): void {
    this.timers.set(timerKey(value.kind, value.groupId, value.memberId), deadlineMs, value);
  }
}

function timerKey(kind: TimerValue['kind'], groupId: string, memberId: string): string {
  return `${kind}\u0000${groupId}\u0000${memberId}`;
}

function replayGroupRecord(group: ConsumerGroup, record: Exclude<GroupRecord, { type: 'OffsetCommit' }>): void {
  switch (record.type) {
    case 'GroupMetadata':
      return group.replayGroupMetadata(record.value);
    case 'MemberMetadata':
      return group.replayMemberMetadata(record.memberId, record.value);
    case 'TargetAssignmentMetadata':
      return group.replayTargetMetadata(record.value);
    case 'TargetAssignmentMember':
      return group.replayTargetMember(record.memberId, record.value);
    case 'CurrentMemberAssignment':
      return group.replayCurrentAssignment(record.memberId, record.value);
  }
}
