// One consumer group's durable state (KIP-848): group epoch, partition
// metadata, members with their subscriptions and current assignments, and the
// target assignment. Replaying the group's __consumer_offsets records is the
// only way it changes (the `replay*` methods); everything else reads. Pure: no
// I/O, no clock — timers live in the coordinator, not here.
//
// Invariants (asserted on replay): a partition is owned — in some member's
// assigned partitions or partitions pending revocation — by at most one
// member, so no two consumers ever hold it; an instance id maps to at most one
// member. Replay tolerates records arriving in any order across keys, since
// compaction keeps only the latest record per key.

import { assert } from '../common/assert.js';
import type { CurrentMemberAssignmentValue, GroupMetadataValue, MemberMetadataValue, TargetAssignmentMemberValue, TargetAssignmentMetadataValue } from './records.js';
import { emptyTopicPartitions, equal, isEmpty, type TopicPartitions } from './topic-partitions.js';

/** memberEpoch of a member leaving for good (the request) or whose assignment was deleted (replay). */
export const leaveGroupMemberEpoch = -1;
/** memberEpoch of a static member that left but keeps its assignment until its session expires or its instance rejoins. */
export const leaveGroupStaticMemberEpoch = -2;

export type GroupState = 'EMPTY' | 'ASSIGNING' | 'RECONCILING' | 'STABLE' | 'DEAD';
/** Kafka's per-member reconciliation state, derived from the records rather than stored. */
export type MemberState = 'STABLE' | 'UNREVOKED_PARTITIONS' | 'UNRELEASED_PARTITIONS';

export interface ConsumerGroupMember {
  readonly memberId: string;
  readonly metadata: MemberMetadataValue;
  readonly assignment: CurrentMemberAssignmentValue;
}

export const emptyMemberMetadata: MemberMetadataValue = {
  instanceId: null,
  clientId: '',
  clientHost: '',
  subscribedTopicNames: [],
  subscribedTopicRegex: null,
  serverAssignor: null,
  rebalanceTimeoutMs: 0,
  sessionTimeoutMs: 0,
};

export const initialMemberAssignment: CurrentMemberAssignmentValue = {
  memberEpoch: 0,
  previousMemberEpoch: 0,
  assignedPartitions: emptyTopicPartitions,
  partitionsPendingRevocation: emptyTopicPartitions,
};

export class ConsumerGroup {
  private metadata: GroupMetadataValue;
  private hasMetadata = false;
  private assignmentEpoch = 0;
  private readonly membersById = new Map<string, ConsumerGroupMember>();
  private readonly targetById = new Map<string, TopicPartitions>();
  private readonly memberIdByInstance = new Map<string, string>();
  // Invariant: owner(t, p) = the one member whose assigned ∪ pending-revocation partitions hold (t, p).
  private readonly owners = new Map<string, Map<number, string>>();
  private readonly topicNameCounts = new Map<string, number>();
  private readonly regexCounts = new Map<string, number>();

  constructor(
    readonly groupId: string,
    defaultAssignor: string,
  ) {
    this.metadata = { groupEpoch: 0, assignor: defaultAssignor, partitionMetadata: new Map() };
  }

  // --- reads -------------------------------------------------------------

  get groupEpoch(): number {
    return this.metadata.groupEpoch;
  }

  get assignor(): string {
    return this.metadata.assignor;
  }

  get partitionMetadata(): ReadonlyMap<string, number> {
    return this.metadata.partitionMetadata;
  }

  get targetAssignmentEpoch(): number {
    return this.assignmentEpoch;
  }

  get members(): ReadonlyMap<string, ConsumerGroupMember> {
    return this.membersById;
  }

  get targetAssignment(): ReadonlyMap<string, TopicPartitions> {
    return this.targetById;
  }

  /** Topic names members subscribe to by name, with how many do. */
  get subscribedTopicNameCounts(): ReadonlyMap<string, number> {
    return this.topicNameCounts;
  }

  /** Regular expressions members subscribe with, with how many do. */
  get subscribedRegexCounts(): ReadonlyMap<string, number> {
    return this.regexCounts;
  }

  targetOf(memberId: string): TopicPartitions {
    return this.targetById.get(memberId) ?? emptyTopicPartitions;
  }

  memberIdForInstance(instanceId: string): string | undefined {
    return this.memberIdByInstance.get(instanceId);
  }

  ownerOf(topic: string, partition: number): string | undefined {
    return this.owners.get(topic)?.get(partition);
  }

  /** No state left: the coordinator may forget the group object. */
  get isVacant(): boolean {
    return !this.hasMetadata && this.membersById.size === 0 && this.targetById.size === 0 && this.assignmentEpoch === 0;
  }

  memberState(member: ConsumerGroupMember): MemberState {
    const a = member.assignment;
    if (!isEmpty(a.partitionsPendingRevocation)) return 'UNREVOKED_PARTITIONS';
    if (a.memberEpoch === this.assignmentEpoch && !equal(a.assignedPartitions, this.targetOf(member.memberId))) return 'UNRELEASED_PARTITIONS';
    return 'STABLE';
  }

  /** Kafka's consumer group states; DEAD is the coordinator's answer for a group it does not hold. */
  state(): GroupState {
    if (this.membersById.size === 0) return 'EMPTY';
    if (this.metadata.groupEpoch > this.assignmentEpoch) return 'ASSIGNING';
    for (const member of this.membersById.values()) {
      const a = member.assignment;
      const epochOk = a.memberEpoch === this.assignmentEpoch || a.memberEpoch === leaveGroupStaticMemberEpoch;
      if (!epochOk || this.memberState(member) !== 'STABLE') return 'RECONCILING';
    }
    return 'STABLE';
  }

  // --- replay ------------------------------------------------------------

  replayGroupMetadata(value: GroupMetadataValue | null): void {
    if (value === null) {
      assert(this.membersById.size === 0, `group ${this.groupId} deleted while it has members`);
      this.hasMetadata = false;
      this.metadata = { groupEpoch: 0, assignor: this.metadata.assignor, partitionMetadata: new Map() };
      return;
    }
    this.hasMetadata = true;
    this.metadata = value;
  }

  replayTargetMetadata(value: TargetAssignmentMetadataValue | null): void {
    this.assignmentEpoch = value === null ? 0 : value.assignmentEpoch;
  }

  replayTargetMember(memberId: string, value: TargetAssignmentMemberValue | null): void {
    if (value === null) this.targetById.delete(memberId);
    else this.targetById.set(memberId, value.partitions);
  }

  replayMemberMetadata(memberId: string, value: MemberMetadataValue | null): void {
    const existing = this.membersById.get(memberId);
    if (existing !== undefined) this.countSubscriptions(existing.metadata, -1);
    if (existing?.metadata.instanceId != null && this.memberIdByInstance.get(existing.metadata.instanceId) === memberId) {
      this.memberIdByInstance.delete(existing.metadata.instanceId);
    }
    if (value === null) {
      if (existing !== undefined) this.setOwnership(memberId, existing.assignment, null);
      this.membersById.delete(memberId);
      return;
    }
    if (value.instanceId !== null) {
      const holder = this.memberIdByInstance.get(value.instanceId);
      assert(holder === undefined || holder === memberId, `instance ${value.instanceId} claimed by ${memberId} while ${holder} holds it`);
      this.memberIdByInstance.set(value.instanceId, memberId);
    }
    this.countSubscriptions(value, +1);
    this.membersById.set(memberId, { memberId, metadata: value, assignment: existing?.assignment ?? initialMemberAssignment });
  }

  replayCurrentAssignment(memberId: string, value: CurrentMemberAssignmentValue | null): void {
    const existing = this.membersById.get(memberId);
    if (existing === undefined && value === null) return;
    const next = value ?? { ...initialMemberAssignment, memberEpoch: leaveGroupMemberEpoch, previousMemberEpoch: leaveGroupMemberEpoch };
    this.setOwnership(memberId, existing?.assignment ?? null, next);
    this.membersById.set(memberId, { memberId, metadata: existing?.metadata ?? emptyMemberMetadata, assignment: next });
  }

  // --- helpers -----------------------------------------------------------

  private countSubscriptions(metadata: MemberMetadataValue, delta: 1 | -1): void {
    for (const topic of new Set(metadata.subscribedTopicNames)) bump(this.topicNameCounts, topic, delta);
    if (metadata.subscribedTopicRegex !== null) bump(this.regexCounts, metadata.subscribedTopicRegex, delta);
  }

  /** Moves the ownership index from a member's old assignment to its new one. */
  private setOwnership(memberId: string, before: CurrentMemberAssignmentValue | null, after: CurrentMemberAssignmentValue | null): void {
    if (before !== null) {
      for (const set of [before.assignedPartitions, before.partitionsPendingRevocation]) {
        for (const [topic, partitions] of set) {
          const byPartition = this.owners.get(topic);
          for (const p of partitions) if (byPartition?.get(p) === memberId) byPartition.delete(p);
          if (byPartition?.size === 0) this.owners.delete(topic);
        }
      }
    }
    if (after === null) return;
    for (const set of [after.assignedPartitions, after.partitionsPendingRevocation]) {
      for (const [topic, partitions] of set) {
        let byPartition = this.owners.get(topic);
        if (byPartition === undefined) this.owners.set(topic, (byPartition = new Map()));
        for (const p of partitions) {
          const holder = byPartition.get(p);
          assert(holder === undefined || holder === memberId, `${topic}-${p} given to ${memberId} in group ${this.groupId} while ${holder} still owns it`);
          byPartition.set(p, memberId);
        }
      }
    }
  }
}

function bump(counts: Map<string, number>, key: string, delta: 1 | -1): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
