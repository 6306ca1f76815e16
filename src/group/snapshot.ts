// A coordinator's durable state as plain, sorted data: what "two coordinators
// are in the same state" means (the rebuild-from-records tests compare these),
// and a readable dump for debugging. Read-only; no I/O.
//
// Soft state (session and rebalance deadlines) is deliberately absent: it is
// not in the log, and a rebuilt coordinator restarts it from completeLoad.

import type { ConsumerGroup } from './consumer-group.js';
import type { OffsetStore } from './offset-store.js';
import type { CurrentMemberAssignmentValue, MemberMetadataValue, OffsetCommitValue } from './records.js';
import { compareStrings, toList, type TopicPartitionList } from './topic-partitions.js';

export interface MemberSnapshot {
  readonly memberId: string;
  readonly metadata: MemberMetadataValue;
  readonly memberEpoch: number;
  readonly previousMemberEpoch: number;
  readonly assignedPartitions: TopicPartitionList[];
  readonly partitionsPendingRevocation: TopicPartitionList[];
}

export interface GroupSnapshot {
  readonly groupId: string;
  readonly groupEpoch: number;
  readonly assignor: string;
  readonly partitionMetadata: [string, number][];
  readonly targetAssignmentEpoch: number;
  readonly targetAssignment: { memberId: string; partitions: TopicPartitionList[] }[];
  readonly members: MemberSnapshot[];
}

export interface CoordinatorSnapshot {
  readonly groups: GroupSnapshot[];
  readonly offsets: { groupId: string; topic: string; partition: number; value: OffsetCommitValue }[];
}

export function snapshotOf(groups: ReadonlyMap<string, ConsumerGroup>, offsets: OffsetStore): CoordinatorSnapshot {
  const groupSnapshots = [...groups.values()].sort((a, b) => compareStrings(a.groupId, b.groupId)).map(groupSnapshot);
  const offsetRows: CoordinatorSnapshot['offsets'] = [];
  for (const groupId of [...offsets.groupIds()].sort(compareStrings)) {
    const byTopic = offsets.latestOffsets(groupId);
    for (const topic of [...byTopic.keys()].sort(compareStrings)) {
      const byPartition = byTopic.get(topic)!;
      for (const partition of [...byPartition.keys()].sort((a, b) => a - b)) offsetRows.push({ groupId, topic, partition, value: byPartition.get(partition)! });
    }
  }
  return { groups: groupSnapshots, offsets: offsetRows };
}

function groupSnapshot(group: ConsumerGroup): GroupSnapshot {
  return {
    groupId: group.groupId,
    groupEpoch: group.groupEpoch,
    assignor: group.assignor,
    partitionMetadata: [...group.partitionMetadata].sort(([a], [b]) => compareStrings(a, b)),
    targetAssignmentEpoch: group.targetAssignmentEpoch,
    targetAssignment: [...group.targetAssignment]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([memberId, partitions]) => ({ memberId, partitions: toList(partitions) })),
    members: [...group.members.values()]
      .sort((a, b) => compareStrings(a.memberId, b.memberId))
      .map((member) => memberSnapshot(member.memberId, member.metadata, member.assignment)),
  };
}

function memberSnapshot(memberId: string, metadata: MemberMetadataValue, a: CurrentMemberAssignmentValue): MemberSnapshot {
  return {
    memberId,
    metadata: { ...metadata, subscribedTopicNames: [...metadata.subscribedTopicNames] },
    memberEpoch: a.memberEpoch,
    previousMemberEpoch: a.previousMemberEpoch,
    assignedPartitions: toList(a.assignedPartitions),
    partitionsPendingRevocation: toList(a.partitionsPendingRevocation),
  };
}
