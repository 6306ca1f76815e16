// ListGroups, DescribeGroups and DeleteGroups as pure functions over the
// coordinator's groups and offsets. Reads return views; DeleteGroups returns
// the tombstones that delete a group (offsets first, the group record last).
// Never mutates; no I/O.
//
// A group exists when it has consumer-group state or committed offsets (a
// "simple" group). Only a group without members may be deleted.

import type { DescribedGroup, DescribedMember, ListedGroup } from './api.js';
import type { ConsumerGroup, GroupState } from './consumer-group.js';
import { groupError } from './heartbeat.js';
import type { OffsetStore } from './offset-store.js';
import type { GroupRecord } from './records.js';
import { compareStrings, toList } from './topic-partitions.js';

export function listGroups(groups: ReadonlyMap<string, ConsumerGroup>, store: OffsetStore, statesFilter: readonly GroupState[] | null): ListedGroup[] {
  const ids = new Set<string>([...groups.keys(), ...store.groupIds()]);
  const listed: ListedGroup[] = [];
  for (const groupId of [...ids].sort(compareStrings)) {
    const group = groups.get(groupId);
    const state = group?.state() ?? 'EMPTY';
    if (statesFilter !== null && statesFilter.length > 0 && !statesFilter.includes(state)) continue;
    listed.push({ groupId, state, groupType: group === undefined ? 'simple' : 'consumer' });
  }
  return listed;
}

export function describeGroup(groupId: string, group: ConsumerGroup | undefined, store: OffsetStore): DescribedGroup {
  if (group === undefined) {
    if (!store.hasGroup(groupId)) return { ...groupError('GROUP_ID_NOT_FOUND', `group ${groupId} does not exist`), groupId };
    return { ok: true, groupId, state: 'EMPTY', groupEpoch: 0, assignmentEpoch: 0, assignor: '', members: [] };
  }
  const members: DescribedMember[] = [...group.members.values()]
    .sort((a, b) => compareStrings(a.memberId, b.memberId))
    .map((member) => ({
      memberId: member.memberId,
      instanceId: member.metadata.instanceId,
      clientId: member.metadata.clientId,
      clientHost: member.metadata.clientHost,
      memberEpoch: member.assignment.memberEpoch,
      memberState: group.memberState(member),
      subscribedTopicNames: member.metadata.subscribedTopicNames,
      subscribedTopicRegex: member.metadata.subscribedTopicRegex,
      assignment: toList(member.assignment.assignedPartitions),
      partitionsPendingRevocation: toList(member.assignment.partitionsPendingRevocation),
      targetAssignment: toList(group.targetOf(member.memberId)),
    }));
  return {
    ok: true,
    groupId,
    state: group.state(),
    groupEpoch: group.groupEpoch,
    assignmentEpoch: group.targetAssignmentEpoch,
    assignor: group.assignor,
    members,
  };
}

/** The tombstones deleting a group, or the reason it cannot be deleted. */
export function deleteGroup(
  groupId: string,
  group: ConsumerGroup | undefined,
  store: OffsetStore,
): { records: GroupRecord[]; error: 'GROUP_ID_NOT_FOUND' | 'NON_EMPTY_GROUP' | null } {
  if (group === undefined && !store.hasGroup(groupId)) return { records: [], error: 'GROUP_ID_NOT_FOUND' };
  if (group !== undefined && group.members.size > 0) return { records: [], error: 'NON_EMPTY_GROUP' };
  const records: GroupRecord[] = [];
  for (const [topic, partitions] of store.latestOffsets(groupId)) {
    for (const partition of partitions.keys()) records.push({ type: 'OffsetCommit', groupId, topic, partition, value: null });
  }
  if (group !== undefined) {
    for (const memberId of group.targetAssignment.keys()) records.push({ type: 'TargetAssignmentMember', groupId, memberId, value: null });
    records.push({ type: 'TargetAssignmentMetadata', groupId, value: null });
    records.push({ type: 'GroupMetadata', groupId, value: null });
  }
  return { records, error: null };
}
