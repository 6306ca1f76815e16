// Moves one member from its current assignment toward its target, one safe
// step per heartbeat (Kafka's CurrentAssignmentBuilder, KIP-848). Pure: a
// function of the member, its target and who owns what; no I/O, no clock.
//
// The safety rule: a partition is handed to a member only when no other member
// owns it (in assigned or pending-revocation partitions). A member that must
// give partitions up keeps its epoch and lists them as pending revocation; it
// acknowledges by heartbeating without them, and only then can their new owner
// get them. A member's epoch reaches the target epoch only once it has nothing
// left to revoke; partitions still held elsewhere follow on later heartbeats.

import type { CurrentMemberAssignmentValue } from './records.js';
import {
  emptyTopicPartitions,
  equal,
  filter,
  intersect,
  intersects,
  isEmpty,
  minus,
  union,
  type TopicPartitions,
} from './topic-partitions.js';

export interface ReconcileInput {
  readonly memberId: string;
  readonly current: CurrentMemberAssignmentValue;
  readonly targetAssignmentEpoch: number;
  readonly target: TopicPartitions;
  /** What the member reports owning in this heartbeat; null = not reported, so it may still own everything. */
  readonly ownedPartitions: TopicPartitions | null;
  /** The member (if any) that owns a partition now. */
  readonly ownerOf: (topic: string, partition: number) => string | undefined;
}

/** The member's next assignment; returns `input.current` itself when nothing changes. */
export function reconcile(input: ReconcileInput): CurrentMemberAssignmentValue {
  const current = input.current;
  let base = current;
  if (!isEmpty(current.partitionsPendingRevocation)) {
    const stillOwns = input.ownedPartitions === null || intersects(input.ownedPartitions, current.partitionsPendingRevocation);
    if (stillOwns) return current;
    base = { ...current, partitionsPendingRevocation: emptyTopicPartitions };
  }
  if (base.memberEpoch === input.targetAssignmentEpoch && equal(base.assignedPartitions, input.target)) return base;
  const next = computeNextAssignment(base, input);
  return sameAssignment(next, current) ? current : next;
}

function computeNextAssignment(base: CurrentMemberAssignmentValue, input: ReconcileInput): CurrentMemberAssignmentValue {
  const kept = intersect(base.assignedPartitions, input.target);
  const revoked = minus(base.assignedPartitions, input.target);
  if (!isEmpty(revoked)) {
    // Revoke first, in the current epoch: nothing new until the member confirms.
    return { ...base, assignedPartitions: kept, partitionsPendingRevocation: revoked };
  }
  const wanted = minus(input.target, base.assignedPartitions);
  const assignable = filter(wanted, (topic, partition) => {
    const owner = input.ownerOf(topic, partition);
    return owner === undefined || owner === input.memberId;
  });
  const memberEpoch = input.targetAssignmentEpoch;
  return {
    memberEpoch,
    previousMemberEpoch: memberEpoch === base.memberEpoch ? base.previousMemberEpoch : base.memberEpoch,
    assignedPartitions: union(kept, assignable),
    partitionsPendingRevocation: emptyTopicPartitions,
  };
}

export function sameAssignment(a: CurrentMemberAssignmentValue, b: CurrentMemberAssignmentValue): boolean {
  return (
    a.memberEpoch === b.memberEpoch &&
    a.previousMemberEpoch === b.previousMemberEpoch &&
    equal(a.assignedPartitions, b.assignedPartitions) &&
    equal(a.partitionsPendingRevocation, b.partitionsPendingRevocation)
  );
}
