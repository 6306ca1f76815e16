// ConsumerGroupHeartbeat (KIP-848) as a pure decision: from a group's state
// and one request, the records to append, the response, and the soft-timer
// changes (session and rebalance deadlines). Mutates nothing; the coordinator
// replays the records and applies the timer changes.
//
// One heartbeat: validate; resolve the member (join, static replacement,
// fencing by member epoch); update its metadata; bump the group epoch when a
// subscription, the partition metadata or the preferred assignor changed;
// recompute the target assignment when the group epoch is ahead of it; then
// move this member one step toward its target (reconciliation.ts).

import { assert } from '../common/assert.js';
import type { Assignor } from './assignors.js';
import type { ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse, GroupCoordinatorConfig, GroupError, TopicsView } from './api.js';
import { ConsumerGroup, initialMemberAssignment, leaveGroupStaticMemberEpoch, type ConsumerGroupMember } from './consumer-group.js';
import { computeTargetAssignment, currentTargetOf, fenceMembersRecords, groupEpochRecord, removeMemberRecords, type MembershipView } from './membership.js';
import { reconcile, sameAssignment } from './reconciliation.js';
import { fitsStringField } from './record-io.js';
import type { CurrentMemberAssignmentValue, GroupRecord, MemberMetadataValue } from './records.js';
import { compileTopicRegex, partitionMetadataAfter, preferredAssignor, samePartitionMetadata, sameSubscription } from './subscriptions.js';
import { compareStrings, emptyTopicPartitions, equal, fromList, intersect, isEmpty, isSubset, toList, type TopicPartitions } from './topic-partitions.js';

/** Bounds what one member may store in its metadata record. */
export const maxSubscribedTopicNames = 10_000;

/** A change to a member's soft timers; deadlineMs null cancels. */
export type TimerChange =
  | { readonly kind: 'session'; readonly memberId: string; readonly deadlineMs: number | null }
  | { readonly kind: 'rebalance'; readonly memberId: string; readonly deadlineMs: number | null; readonly memberEpoch: number };

export interface HeartbeatEnv {
  readonly nowMs: number;
  readonly topics: TopicsView;
  readonly config: GroupCoordinatorConfig;
  readonly assignors: ReadonlyMap<string, Assignor>;
  /** Makes a member id for a join that brings none; null: such joins are INVALID_REQUEST. */
  readonly generateMemberId: (() => string) | null;
}

export interface HeartbeatDecision {
  readonly records: GroupRecord[];
  readonly response: ConsumerGroupHeartbeatResponse;
  readonly timers: TimerChange[];
}

interface ResolvedMember {
  readonly ok: true;
  readonly memberId: string;
  /** The member's durable state, or the static member it replaces; null for a new member. */
  readonly existing: ConsumerGroupMember | null;
  readonly replacedMemberId: string | null;
}

export function consumerGroupHeartbeat(existing: ConsumerGroup | undefined, request: ConsumerGroupHeartbeatRequest, env: HeartbeatEnv): HeartbeatDecision {
  const invalid = validateHeartbeat(request, env);
  if (invalid !== null) return failure(invalid);
  const group = existing ?? new ConsumerGroup(request.groupId, env.config.assignors[0]!);
  if (request.memberEpoch < 0) return leaveGroup(group, request, env);
  const resolved = request.memberEpoch === 0 ? resolveJoin(group, request, env) : resolveHeartbeat(group, request);
  if (!resolved.ok) return failure(resolved);
  return updateMember(group, request, resolved, env);
}

export function groupError(code: GroupError['code'], message: string): GroupError {
  return { ok: false, code, message };
}

function failure(error: GroupError): HeartbeatDecision {
  return { records: [], response: error, timers: [] };
}

// --- validation ------------------------------------------------------------

function validateHeartbeat(request: ConsumerGroupHeartbeatRequest, env: HeartbeatEnv): GroupError | null {
  const invalid = (message: string): GroupError => groupError('INVALID_REQUEST', message);
  if (request.groupId === '') return invalid('GroupId can not be empty');
  if (request.instanceId === '') return invalid('InstanceId can not be empty');
  if (!Number.isInteger(request.memberEpoch) || request.memberEpoch < leaveGroupStaticMemberEpoch) return invalid(`invalid MemberEpoch ${request.memberEpoch}`);
  if (request.memberEpoch !== 0 && request.memberId === '') return invalid('MemberId can not be empty');
  if (request.memberEpoch === leaveGroupStaticMemberEpoch && request.instanceId === null) return invalid('a temporary leave (epoch -2) needs an InstanceId');
  if (request.memberEpoch === 0) {
    if (request.memberId === '' && env.generateMemberId === null) return invalid('MemberId can not be empty');
    if (request.rebalanceTimeoutMs < 0) return invalid('RebalanceTimeoutMs must be provided when joining');
    if (request.subscribedTopicNames === null && request.subscribedTopicRegex === null) return invalid('SubscribedTopicNames or SubscribedTopicRegex must be provided when joining');
    if (request.ownedTopicPartitions !== null && request.ownedTopicPartitions.some((t) => t.partitions.length > 0)) return invalid('OwnedTopicPartitions must be empty when joining');
  }
  if (!Number.isInteger(request.rebalanceTimeoutMs) || request.rebalanceTimeoutMs < -1 || request.rebalanceTimeoutMs > 0x7fffffff) return invalid('invalid RebalanceTimeoutMs');
  const names = request.subscribedTopicNames ?? [];
  if (names.length > maxSubscribedTopicNames) return invalid(`more than ${maxSubscribedTopicNames} subscribed topics`);
  const strings = [request.groupId, request.memberId, request.instanceId, request.clientId, request.clientHost, request.serverAssignor, request.subscribedTopicRegex, ...names];
  if (strings.some((s) => s !== null && !fitsStringField(s))) return invalid('a string field is too long or not well-formed');
  const owned = request.ownedTopicPartitions ?? [];
  if (owned.some((t) => t.partitions.some((p) => !Number.isInteger(p) || p < 0 || p > 0x7fffffff))) return invalid('invalid partition in OwnedTopicPartitions');
  if (request.serverAssignor !== null && !env.assignors.has(request.serverAssignor)) return groupError('UNSUPPORTED_ASSIGNOR', `unknown assignor ${request.serverAssignor}`);
  const regex = request.subscribedTopicRegex;
  if (regex !== null && regex !== '' && compileTopicRegex(regex) === null) return groupError('INVALID_REGULAR_EXPRESSION', 'SubscribedTopicRegex does not compile (or is too long)');
  return null;
}

// --- resolving the member --------------------------------------------------

function resolveJoin(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest, env: HeartbeatEnv): ResolvedMember | GroupError {
  const memberId = request.memberId !== '' ? request.memberId : env.generateMemberId!();
  const own = group.members.get(memberId);
  if (own !== undefined && request.instanceId !== null && own.metadata.instanceId !== request.instanceId) {
    return groupError('FENCED_INSTANCE_ID', `member ${memberId} joined with instance id ${own.metadata.instanceId ?? 'null'}`);
  }
  if (request.instanceId !== null) {
    const holderId = group.memberIdForInstance(request.instanceId);
    if (holderId !== undefined && holderId !== memberId) {
      const holder = group.members.get(holderId)!;
      if (holder.assignment.memberEpoch !== leaveGroupStaticMemberEpoch) {
        return groupError('UNRELEASED_INSTANCE_ID', `instance ${request.instanceId} is still held by member ${holderId}`);
      }
      if (own !== undefined) return groupError('INVALID_REQUEST', `member id ${memberId} is already in use`);
      return { ok: true, memberId, existing: holder, replacedMemberId: holderId };
    }
  }
  if (own === undefined && group.members.size >= env.config.groupMaxSize) {
    return groupError('GROUP_MAX_SIZE_REACHED', `group ${group.groupId} has reached its maximum size of ${env.config.groupMaxSize}`);
  }
  return { ok: true, memberId, existing: own ?? null, replacedMemberId: null };
}

function resolveHeartbeat(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest): ResolvedMember | GroupError {
  const member = group.members.get(request.memberId);
  if (request.instanceId !== null && member !== undefined) {
    const holderId = group.memberIdForInstance(request.instanceId);
    if (holderId !== request.memberId) return groupError('FENCED_INSTANCE_ID', `instance ${request.instanceId} belongs to member ${holderId ?? 'none'}`);
  }
  if (member === undefined) return groupError('UNKNOWN_MEMBER_ID', `member ${request.memberId} is not in group ${group.groupId}`);
  const a = member.assignment;
  if (request.memberEpoch !== a.memberEpoch) {
    // A member one epoch behind whose partitions are a subset of its assignment only missed the response that moved it on.
    const owned = request.ownedTopicPartitions === null ? null : fromList(request.ownedTopicPartitions);
    const lostResponse = request.memberEpoch < a.memberEpoch && request.memberEpoch === a.previousMemberEpoch && owned !== null && isSubset(owned, a.assignedPartitions);
    if (!lostResponse) return groupError('FENCED_MEMBER_EPOCH', `member ${request.memberId} sent epoch ${request.memberEpoch}, the coordinator has ${a.memberEpoch}: rejoin`);
  }
  return { ok: true, memberId: member.memberId, existing: member, replacedMemberId: null };
}

// --- the update --------------------------------------------------------------

function updateMember(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest, resolved: ResolvedMember, env: HeartbeatEnv): HeartbeatDecision {
  const { memberId, existing, replacedMemberId } = resolved;
  const groupId = group.groupId;
  const metadata = nextMemberMetadata(request, existing?.metadata ?? null, env.config);
  const records: GroupRecord[] = [];
  if (replacedMemberId !== null) records.push(...removeMemberRecords(groupId, replacedMemberId, group.targetAssignment.has(replacedMemberId)));
  if (existing === null || replacedMemberId !== null || !sameMemberMetadata(existing.metadata, metadata)) {
    records.push({ type: 'MemberMetadata', groupId, memberId, value: metadata });
  }
  const view: MembershipView = { memberId, metadata, replacedMemberId };
  const epoch = nextGroupEpoch(group, view, existing?.metadata ?? null, env);
  if (epoch.record !== null) records.push(epoch.record);
  const { targetEpoch, target } = targetFor(group, view, epoch, env, records);
  const current = existing?.assignment ?? initialMemberAssignment;
  const next = reconcileMember(group, request, view, current, targetEpoch, target);
  if (existing === null || replacedMemberId !== null || !sameAssignment(next, current)) {
    records.push({ type: 'CurrentMemberAssignment', groupId, memberId, value: next });
  }
  const response: ConsumerGroupHeartbeatResponse = {
    ok: true,
    memberId,
    memberEpoch: next.memberEpoch,
    heartbeatIntervalMs: env.config.heartbeatIntervalMs,
    assignment: toList(next.assignedPartitions),
  };
  return { records, response, timers: timerChanges(view, current, next, env.nowMs) };
}

function nextMemberMetadata(request: ConsumerGroupHeartbeatRequest, before: MemberMetadataValue | null, config: GroupCoordinatorConfig): MemberMetadataValue {
  const names = request.subscribedTopicNames === null ? (before?.subscribedTopicNames ?? []) : [...new Set(request.subscribedTopicNames)].sort(compareStrings);
  const regex = request.subscribedTopicRegex === null ? (before?.subscribedTopicRegex ?? null) : request.subscribedTopicRegex === '' ? null : request.subscribedTopicRegex;
  return {
    // null = unchanged, as in Kafka: a member never switches between static and dynamic.
    instanceId: request.instanceId ?? before?.instanceId ?? null,
    clientId: request.clientId,
    clientHost: request.clientHost,
    subscribedTopicNames: names,
    subscribedTopicRegex: regex,
    serverAssignor: request.serverAssignor ?? before?.serverAssignor ?? null,
    rebalanceTimeoutMs: request.rebalanceTimeoutMs >= 0 ? request.rebalanceTimeoutMs : (before?.rebalanceTimeoutMs ?? 0),
    sessionTimeoutMs: config.sessionTimeoutMs,
  };
}

function sameMemberMetadata(a: MemberMetadataValue, b: MemberMetadataValue): boolean {
  return (
    sameSubscription(a, b) &&
    a.instanceId === b.instanceId &&
    a.clientId === b.clientId &&
    a.clientHost === b.clientHost &&
    a.rebalanceTimeoutMs === b.rebalanceTimeoutMs &&
    a.sessionTimeoutMs === b.sessionTimeoutMs
  );
}

interface EpochDecision {
  readonly groupEpoch: number;
  readonly assignor: string;
  readonly partitionMetadata: ReadonlyMap<string, number>;
  readonly record: GroupRecord | null;
}

/** Bumps the group epoch when the member's subscription, the subscribed topics' partition counts or the preferred assignor changed. */
function nextGroupEpoch(group: ConsumerGroup, view: MembershipView, before: MemberMetadataValue | null, env: HeartbeatEnv): EpochDecision {
  const subscriptionChanged = before === null || !sameSubscription(before, view.metadata);
  const partitionMetadata = partitionMetadataAfter(group, [{ before, after: view.metadata }], env.topics);
  let assignor = group.assignor;
  if (subscriptionChanged) {
    const others = [...group.members.values()].filter((m) => m.memberId !== view.memberId && m.memberId !== view.replacedMemberId);
    assignor = preferredAssignor([...others.map((m) => m.metadata), view.metadata], env.config.assignors[0]!);
  }
  const bump = subscriptionChanged || assignor !== group.assignor || !samePartitionMetadata(partitionMetadata, group.partitionMetadata);
  if (!bump) return { groupEpoch: group.groupEpoch, assignor, partitionMetadata: group.partitionMetadata, record: null };
  const groupEpoch = group.groupEpoch + 1;
  return { groupEpoch, assignor, partitionMetadata, record: groupEpochRecord(group, groupEpoch, assignor, partitionMetadata) };
}

/** The member's target at the group's target epoch, recomputing the whole target (and appending its records) when the group epoch moved past it. */
function targetFor(group: ConsumerGroup, view: MembershipView, epoch: EpochDecision, env: HeartbeatEnv, records: GroupRecord[]): { targetEpoch: number; target: TopicPartitions } {
  if (epoch.groupEpoch > group.targetAssignmentEpoch) {
    const assignor = env.assignors.get(epoch.assignor) ?? env.assignors.get(env.config.assignors[0]!)!;
    const computed = computeTargetAssignment(group, view, assignor, epoch.groupEpoch, epoch.partitionMetadata);
    records.push(...computed.records);
    return { targetEpoch: epoch.groupEpoch, target: computed.target.get(view.memberId)! };
  }
  const target = currentTargetOf(group, view, view.memberId);
  if (view.replacedMemberId !== null && group.targetAssignment.has(view.replacedMemberId)) {
    records.push({ type: 'TargetAssignmentMember', groupId: group.groupId, memberId: view.memberId, value: { partitions: target } });
  }
  return { targetEpoch: group.targetAssignmentEpoch, target };
}

function reconcileMember(
  group: ConsumerGroup,
  request: ConsumerGroupHeartbeatRequest,
  view: MembershipView,
  current: CurrentMemberAssignmentValue,
  targetEpoch: number,
  target: TopicPartitions,
): CurrentMemberAssignmentValue {
  const joining = request.memberEpoch === 0;
  // A (re)joining client owns nothing: it keeps only what its target still gives it, and has nothing to revoke.
  const base: CurrentMemberAssignmentValue = joining
    ? { memberEpoch: 0, previousMemberEpoch: 0, assignedPartitions: intersect(current.assignedPartitions, target), partitionsPendingRevocation: emptyTopicPartitions }
    : current;
  assert(!joining || targetEpoch > 0, 'a joining member always finds a target assignment');
  const replaced = view.replacedMemberId;
  const ownerOf = (topic: string, partition: number): string | undefined => {
    const owner = group.ownerOf(topic, partition);
    return replaced !== null && owner === replaced ? view.memberId : owner;
  };
  const owned = joining ? emptyTopicPartitions : request.ownedTopicPartitions === null ? null : fromList(request.ownedTopicPartitions);
  return reconcile({ memberId: view.memberId, current: base, targetAssignmentEpoch: targetEpoch, target, ownedPartitions: owned, ownerOf });
}

function timerChanges(view: MembershipView, current: CurrentMemberAssignmentValue, next: CurrentMemberAssignmentValue, nowMs: number): TimerChange[] {
  const { memberId, metadata } = view;
  const changes: TimerChange[] = [{ kind: 'session', memberId, deadlineMs: nowMs + metadata.sessionTimeoutMs }];
  if (isEmpty(next.partitionsPendingRevocation)) {
    changes.push({ kind: 'rebalance', memberId, deadlineMs: null, memberEpoch: next.memberEpoch });
  } else if (next.memberEpoch !== current.memberEpoch || !equal(next.partitionsPendingRevocation, current.partitionsPendingRevocation)) {
    // A new revocation request: the member has rebalanceTimeoutMs to confirm it.
    changes.push({ kind: 'rebalance', memberId, deadlineMs: nowMs + metadata.rebalanceTimeoutMs, memberEpoch: next.memberEpoch });
  }
  if (view.replacedMemberId !== null) {
    changes.push({ kind: 'session', memberId: view.replacedMemberId, deadlineMs: null });
    changes.push({ kind: 'rebalance', memberId: view.replacedMemberId, deadlineMs: null, memberEpoch: 0 });
  }
  return changes;
}

// --- leaving -----------------------------------------------------------------

function leaveGroup(group: ConsumerGroup, request: ConsumerGroupHeartbeatRequest, env: HeartbeatEnv): HeartbeatDecision {
  const { memberId, instanceId } = request;
  if (instanceId !== null) {
    const holderId = group.memberIdForInstance(instanceId);
    if (holderId === undefined) return failure(groupError('UNKNOWN_MEMBER_ID', `instance ${instanceId} is not in group ${group.groupId}`));
    if (holderId !== memberId) return failure(groupError('FENCED_INSTANCE_ID', `instance ${instanceId} belongs to member ${holderId}`));
  }
  const member = group.members.get(memberId);
  if (member === undefined) return failure(groupError('UNKNOWN_MEMBER_ID', `member ${memberId} is not in group ${group.groupId}`));
  const response: ConsumerGroupHeartbeatResponse = { ok: true, memberId, memberEpoch: request.memberEpoch, heartbeatIntervalMs: env.config.heartbeatIntervalMs, assignment: null };
  if (request.memberEpoch === leaveGroupStaticMemberEpoch) {
    // Keep the assignment for the session timeout: a restart with the same instance id takes it over.
    const a = member.assignment;
    const left: CurrentMemberAssignmentValue = { ...a, memberEpoch: leaveGroupStaticMemberEpoch, previousMemberEpoch: a.memberEpoch };
    const records: GroupRecord[] =
      a.memberEpoch === leaveGroupStaticMemberEpoch ? [] : [{ type: 'CurrentMemberAssignment', groupId: group.groupId, memberId, value: left }];
    const timers: TimerChange[] = [
      { kind: 'session', memberId, deadlineMs: env.nowMs + member.metadata.sessionTimeoutMs },
      { kind: 'rebalance', memberId, deadlineMs: null, memberEpoch: leaveGroupStaticMemberEpoch },
    ];
    return { records, response, timers };
  }
  const timers: TimerChange[] = [
    { kind: 'session', memberId, deadlineMs: null },
    { kind: 'rebalance', memberId, deadlineMs: null, memberEpoch: -1 },
  ];
  return { records: fenceMembersRecords(group, [memberId]), response, timers };
}
