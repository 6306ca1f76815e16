// Record builders shared by the heartbeat, leave and timer paths: removing
// members, bumping the group epoch, and computing a new target assignment.
// Pure: each returns records for the caller to emit; nothing is mutated.
//
// Removal order matters for replay: the current-assignment tombstone (which
// releases the member's partitions) comes first, the member-metadata
// tombstone last. A removal always bumps the group epoch, so the remaining
// members get a new target assignment on their next heartbeat.

import { assert } from '../common/assert.js';
import type { Assignor, AssignmentMember } from './assignors.js';
import type { ConsumerGroup } from './consumer-group.js';
import type { GroupRecord, MemberMetadataValue } from './records.js';
import { resolveSubscription } from './subscriptions.js';
import { compareStrings, equal, type TopicPartitions } from './topic-partitions.js';

export function removeMemberRecords(groupId: string, memberId: string, hasTarget: boolean): GroupRecord[] {
  const records: GroupRecord[] = [{ type: 'CurrentMemberAssignment', groupId, memberId, value: null }];
  if (hasTarget) records.push({ type: 'TargetAssignmentMember', groupId, memberId, value: null });
  records.push({ type: 'MemberMetadata', groupId, memberId, value: null });
  return records;
}

/** Fences (removes) members and bumps the group epoch once. */
export function fenceMembersRecords(group: ConsumerGroup, memberIds: readonly string[]): GroupRecord[] {
  const records: GroupRecord[] = [];
  for (const memberId of memberIds) {
    assert(group.members.has(memberId), `fencing unknown member ${memberId}`);
    records.push(...removeMemberRecords(group.groupId, memberId, group.targetAssignment.has(memberId)));
  }
  if (records.length > 0) records.push(groupEpochRecord(group, group.groupEpoch + 1, group.assignor, group.partitionMetadata));
  return records;
}

export function groupEpochRecord(group: ConsumerGroup, groupEpoch: number, assignor: string, partitionMetadata: ReadonlyMap<string, number>): GroupRecord {
  assert(groupEpoch > group.groupEpoch, 'the group epoch only grows');
  return { type: 'GroupMetadata', groupId: group.groupId, value: { groupEpoch, assignor, partitionMetadata } };
}

/** The group's members as one heartbeat will leave them: its member updated (or added), a replaced static member gone. */
export interface MembershipView {
  readonly memberId: string;
  readonly metadata: MemberMetadataValue;
  /** The static member this one replaces, if any: its target carries over. */
  readonly replacedMemberId: string | null;
}

/** The target assignment the member sees before any recomputation: a replacement inherits its predecessor's. */
export function currentTargetOf(group: ConsumerGroup, view: MembershipView, memberId: string): TopicPartitions {
  if (memberId === view.memberId && view.replacedMemberId !== null) return group.targetOf(view.replacedMemberId);
  return group.targetOf(memberId);
}

/**
 * Runs the assignor for a new group epoch and returns the new target plus
 * its records: one per member whose target changed (or is new), then the
 * target-assignment epoch.
 */
export function computeTargetAssignment(
  group: ConsumerGroup,
  view: MembershipView,
  assignor: Assignor,
  groupEpoch: number,
  partitionMetadata: ReadonlyMap<string, number>,
): { target: Map<string, TopicPartitions>; records: GroupRecord[] } {
  const members = new Map<string, AssignmentMember>();
  const add = (memberId: string, metadata: MemberMetadataValue): void => {
    members.set(memberId, {
      subscribedTopics: resolveSubscription(metadata, partitionMetadata),
      instanceId: metadata.instanceId,
      currentAssignment: currentTargetOf(group, view, memberId),
    });
  };
  for (const member of group.members.values()) {
    if (member.memberId !== view.memberId && member.memberId !== view.replacedMemberId) add(member.memberId, member.metadata);
  }
  add(view.memberId, view.metadata);
  const target = assignor.assign({ members, partitionCounts: partitionMetadata });
  const records: GroupRecord[] = [];
  for (const [memberId, partitions] of [...target].sort(([a], [b]) => compareStrings(a, b))) {
    // A new member, or a static replacement (whose id the durable target does not know yet), always gets a record.
    if (!group.targetAssignment.has(memberId) || !equal(group.targetOf(memberId), partitions)) {
      records.push({ type: 'TargetAssignmentMember', groupId: group.groupId, memberId, value: { partitions } });
    }
  }
  records.push({ type: 'TargetAssignmentMetadata', groupId: group.groupId, value: { assignmentEpoch: groupEpoch } });
  return { target, records };
}
