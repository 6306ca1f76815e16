// The records of the internal compacted topic `__consumer_offsets` (DESIGN.md
// §8): committed offsets and consumer-group state, each a (key, value) pair.
// Keys name one entity (an offset, a group, a member), so compaction keeps the
// latest state per entity; a null value is a tombstone that deletes it.
// Pure: codecs only, no I/O.
//
// Wire grammar (big-endian; str = int16 length + UTF-8, -1 = null):
//   key   = int16 keyType, fields of that key type (never versioned: a new
//           shape is a new key type, as in Kafka)
//   value = int16 version, fields; a reader accepts a newer version by
//           reading the fields it knows and skipping the appended rest.
// Decoding is a trust boundary: malformed bytes throw SkiffError('CORRUPT_MESSAGE').

import { SkiffError } from '../common/errors.js';
import { ByteReader, ByteWriter } from './record-io.js';
import { compareStrings, topicPartitions, type TopicPartitions } from './topic-partitions.js';

export interface OffsetCommitValue {
  readonly offset: number;
  /** Leader epoch of the record at `offset - 1` as the consumer saw it, or -1. */
  readonly leaderEpoch: number;
  readonly metadata: string;
  readonly commitTimestampMs: number;
}

export interface GroupMetadataValue {
  readonly groupEpoch: number;
  /** Name of the server-side assignor the group's target assignment uses. */
  readonly assignor: string;
  /** Partition count of every subscribed topic that exists, as of `groupEpoch` (a change bumps the epoch). */
  readonly partitionMetadata: ReadonlyMap<string, number>;
}

export interface MemberMetadataValue {
  /** group.instance.id (static membership), or null. */
  readonly instanceId: string | null;
  readonly clientId: string;
  readonly clientHost: string;
  readonly subscribedTopicNames: readonly string[];
  readonly subscribedTopicRegex: string | null;
  /** The member's preferred server-side assignor, or null for the group default. */
  readonly serverAssignor: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly sessionTimeoutMs: number;
}

export interface TargetAssignmentMetadataValue {
  /** The group epoch the target assignment was computed at. */
  readonly assignmentEpoch: number;
}

export interface TargetAssignmentMemberValue {
  readonly partitions: TopicPartitions;
}

export interface CurrentMemberAssignmentValue {
  /** -2: a static member that left and may be replaced by a rejoin with its instance id. */
  readonly memberEpoch: number;
  readonly previousMemberEpoch: number;
  readonly assignedPartitions: TopicPartitions;
  /** Partitions the member must stop using (and report so) before anyone else gets them. */
  readonly partitionsPendingRevocation: TopicPartitions;
}

export type GroupRecord =
  | { readonly type: 'OffsetCommit'; readonly groupId: string; readonly topic: string; readonly partition: number; readonly value: OffsetCommitValue | null }
  | { readonly type: 'GroupMetadata'; readonly groupId: string; readonly value: GroupMetadataValue | null }
  | { readonly type: 'MemberMetadata'; readonly groupId: string; readonly memberId: string; readonly value: MemberMetadataValue | null }
  | { readonly type: 'TargetAssignmentMetadata'; readonly groupId: string; readonly value: TargetAssignmentMetadataValue | null }
  | { readonly type: 'TargetAssignmentMember'; readonly groupId: string; readonly memberId: string; readonly value: TargetAssignmentMemberValue | null }
  | { readonly type: 'CurrentMemberAssignment'; readonly groupId: string; readonly memberId: string; readonly value: CurrentMemberAssignmentValue | null };

export type GroupRecordType = GroupRecord['type'];

/** Key types, numbered as Kafka's __consumer_offsets key versions where one matches. */
export const keyTypes = {
  OffsetCommit: 1,
  GroupMetadata: 3,
  MemberMetadata: 5,
  TargetAssignmentMetadata: 6,
  TargetAssignmentMember: 7,
  CurrentMemberAssignment: 8,
} as const satisfies Record<GroupRecordType, number>;

/** The value version this code writes (and the newest it fully understands). */
export const valueVersion = 0;

export interface EncodedGroupRecord {
  readonly key: Uint8Array;
  /** null: a tombstone. */
  readonly value: Uint8Array | null;
}

export function encodeGroupRecord(record: GroupRecord): EncodedGroupRecord {
  return { key: encodeKey(record), value: record.value === null ? null : encodeValue(record) };
}

function encodeKey(record: GroupRecord): Uint8Array {
  const w = new ByteWriter().int16(keyTypes[record.type]).string(record.groupId);
  switch (record.type) {
    case 'OffsetCommit':
      return w.string(record.topic).int32(record.partition).finish();
    case 'MemberMetadata':
    case 'TargetAssignmentMember':
    case 'CurrentMemberAssignment':
      return w.string(record.memberId).finish();
    case 'GroupMetadata':
    case 'TargetAssignmentMetadata':
      return w.finish();
  }
}

function encodeValue(record: GroupRecord): Uint8Array {
  const w = new ByteWriter().int16(valueVersion);
  switch (record.type) {
    case 'OffsetCommit': {
      const v = record.value!;
      return w.int64(v.offset).int32(v.leaderEpoch).string(v.metadata).int64(v.commitTimestampMs).finish();
    }
    case 'GroupMetadata': {
      const v = record.value!;
      w.int32(v.groupEpoch).string(v.assignor);
      return w.array([...v.partitionMetadata].sort(([a], [b]) => compareStrings(a, b)), ([topic, count]) => w.string(topic).int32(count)).finish();
    }
    case 'MemberMetadata': {
      const v = record.value!;
      w.string(v.instanceId).string(v.clientId).string(v.clientHost);
      w.array(v.subscribedTopicNames, (name) => w.string(name));
      return w.string(v.subscribedTopicRegex).string(v.serverAssignor).int32(v.rebalanceTimeoutMs).int32(v.sessionTimeoutMs).finish();
    }
    case 'TargetAssignmentMetadata':
      return w.int32(record.value!.assignmentEpoch).finish();
    case 'TargetAssignmentMember':
      writePartitions(w, record.value!.partitions);
      return w.finish();
    case 'CurrentMemberAssignment': {
      const v = record.value!;
      w.int32(v.memberEpoch).int32(v.previousMemberEpoch);
      writePartitions(w, v.assignedPartitions);
      writePartitions(w, v.partitionsPendingRevocation);
      return w.finish();
    }
  }
}

function writePartitions(w: ByteWriter, set: TopicPartitions): void {
  w.array([...set], ([topic, partitions]) => {
    w.string(topic);
    w.array(partitions, (p) => w.int32(p));
  });
}

// --- decoding ------------------------------------------------------------

/** Parses one __consumer_offsets record; malformed bytes throw SkiffError('CORRUPT_MESSAGE'). */
export function decodeGroupRecord(key: Uint8Array, value: Uint8Array | null): GroupRecord {
  const r = new ByteReader(key, 'group record key');
  const keyType = r.int16();
  const groupId = r.string();
  const base = { groupId };
  let record: GroupRecord;
  switch (keyType) {
    case keyTypes.OffsetCommit: {
      const topic = r.string();
      const partition = r.int32();
      record = { type: 'OffsetCommit', ...base, topic, partition, value: value === null ? null : decodeOffsetCommit(value) };
      break;
    }
    case keyTypes.GroupMetadata:
      record = { type: 'GroupMetadata', ...base, value: value === null ? null : decodeGroupMetadata(value) };
      break;
    case keyTypes.MemberMetadata: {
      const memberId = r.string();
      record = { type: 'MemberMetadata', ...base, memberId, value: value === null ? null : decodeMemberMetadata(value) };
      break;
    }
    case keyTypes.TargetAssignmentMetadata:
      record = { type: 'TargetAssignmentMetadata', ...base, value: value === null ? null : decodeTargetMetadata(value) };
      break;
    case keyTypes.TargetAssignmentMember: {
      const memberId = r.string();
      record = { type: 'TargetAssignmentMember', ...base, memberId, value: value === null ? null : decodeTargetMember(value) };
      break;
    }
    case keyTypes.CurrentMemberAssignment: {
      const memberId = r.string();
      record = { type: 'CurrentMemberAssignment', ...base, memberId, value: value === null ? null : decodeCurrentAssignment(value) };
      break;
    }
    default:
      throw new SkiffError('CORRUPT_MESSAGE', `group record key: unknown key type ${keyType}`);
  }
  r.end(false);
  return record;
}

/** Opens a value: reads its version and returns the reader plus whether trailing (newer) fields may follow. */
function openValue(bytes: Uint8Array, what: string): { r: ByteReader; newer: boolean } {
  const r = new ByteReader(bytes, what);
  const version = r.int16();
  if (version < 0) throw r.corrupt(`negative value version ${version}`);
  return { r, newer: version > valueVersion };
}

function decodeOffsetCommit(bytes: Uint8Array): OffsetCommitValue {
  const { r, newer } = openValue(bytes, 'offset commit value');
  const value = { offset: r.int64(), leaderEpoch: r.int32(), metadata: r.string(), commitTimestampMs: r.int64() };
  r.end(newer);
  return value;
}

function decodeGroupMetadata(bytes: Uint8Array): GroupMetadataValue {
  const { r, newer } = openValue(bytes, 'group metadata value');
  const groupEpoch = r.int32();
  const assignor = r.string();
  const entries = r.array(() => [r.string(), nonNegative(r, r.int32(), 'partition count')] as const, 6);
  r.end(newer);
  return { groupEpoch, assignor, partitionMetadata: new Map(entries) };
}

function decodeMemberMetadata(bytes: Uint8Array): MemberMetadataValue {
  const { r, newer } = openValue(bytes, 'member metadata value');
  const value: MemberMetadataValue = {
    instanceId: r.nullableString(),
    clientId: r.string(),
    clientHost: r.string(),
    subscribedTopicNames: r.array(() => r.string(), 2),
    subscribedTopicRegex: r.nullableString(),
    serverAssignor: r.nullableString(),
    rebalanceTimeoutMs: r.int32(),
    sessionTimeoutMs: r.int32(),
  };
  r.end(newer);
  return value;
}

function decodeTargetMetadata(bytes: Uint8Array): TargetAssignmentMetadataValue {
  const { r, newer } = openValue(bytes, 'target assignment metadata value');
  const value = { assignmentEpoch: r.int32() };
  r.end(newer);
  return value;
}

function decodeTargetMember(bytes: Uint8Array): TargetAssignmentMemberValue {
  const { r, newer } = openValue(bytes, 'target assignment member value');
  const value = { partitions: readPartitions(r) };
  r.end(newer);
  return value;
}

function decodeCurrentAssignment(bytes: Uint8Array): CurrentMemberAssignmentValue {
  const { r, newer } = openValue(bytes, 'current member assignment value');
  const value = {
    memberEpoch: r.int32(),
    previousMemberEpoch: r.int32(),
    assignedPartitions: readPartitions(r),
    partitionsPendingRevocation: readPartitions(r),
  };
  r.end(newer);
  return value;
}

function readPartitions(r: ByteReader): TopicPartitions {
  const entries = r.array(() => [r.string(), r.array(() => nonNegative(r, r.int32(), 'partition'), 4)] as const, 6);
  return topicPartitions(entries);
}

function nonNegative(r: ByteReader, value: number, what: string): number {
  if (value < 0) throw r.corrupt(`negative ${what} ${value}`);
  return value;
}
