// Goal: every __consumer_offsets record survives encode → decode unchanged,
// tombstones stay tombstones, keys identify entities (compaction-friendly),
// a newer value version with appended fields still decodes, and malformed
// bytes fail with SkiffError('CORRUPT_MESSAGE'), never with a crash.
// Method: hand-written records of every type, a fast-check round trip over
// generated records, and truncations/bit flips of valid encodings.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { decodeGroupRecord, encodeGroupRecord, keyTypes, type GroupRecord } from '../../src/group/records.js';
import { topicPartitions } from '../../src/group/topic-partitions.js';

const partitions = topicPartitions([
  ['orders', [3, 0, 1]],
  ['payments', [7]],
]);

const samples: GroupRecord[] = [
  { type: 'OffsetCommit', groupId: 'g', topic: 'orders', partition: 4, value: { offset: 2 ** 40, leaderEpoch: 3, metadata: 'ünïcode', commitTimestampMs: 1_700_000_000_000 } },
  { type: 'OffsetCommit', groupId: 'g', topic: 'orders', partition: 4, value: null },
  { type: 'GroupMetadata', groupId: 'g', value: { groupEpoch: 7, assignor: 'uniform', partitionMetadata: new Map([['orders', 12], ['payments', 3]]) } },
  { type: 'GroupMetadata', groupId: 'g', value: null },
  {
    type: 'MemberMetadata',
    groupId: 'g',
    memberId: 'm1',
    value: {
      instanceId: 'i1',
      clientId: 'c',
      clientHost: '/10.0.0.1',
      subscribedTopicNames: ['orders', 'payments'],
      subscribedTopicRegex: 'pay.*',
      serverAssignor: null,
      rebalanceTimeoutMs: 300_000,
      sessionTimeoutMs: 45_000,
    },
  },
  { type: 'MemberMetadata', groupId: 'g', memberId: 'm1', value: null },
  { type: 'TargetAssignmentMetadata', groupId: 'g', value: { assignmentEpoch: 7 } },
  { type: 'TargetAssignmentMember', groupId: 'g', memberId: 'm1', value: { partitions } },
  {
    type: 'CurrentMemberAssignment',
    groupId: 'g',
    memberId: 'm1',
    value: { memberEpoch: -2, previousMemberEpoch: 6, assignedPartitions: partitions, partitionsPendingRevocation: topicPartitions([['orders', [9]]]) },
  },
  { type: 'CurrentMemberAssignment', groupId: 'g', memberId: 'm1', value: null },
];

function roundTrip(record: GroupRecord): GroupRecord {
  const { key, value } = encodeGroupRecord(record);
  return decodeGroupRecord(key, value);
}

function expectCorrupt(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(isSkiffError(error) && error.code === 'CORRUPT_MESSAGE', String(error)).toBe(true);
    return;
  }
  throw new Error('expected CORRUPT_MESSAGE');
}

describe('group records', () => {
  it('round-trips every record type, tombstones included', () => {
    for (const record of samples) expect(roundTrip(record)).toEqual(record);
    expect(encodeGroupRecord(samples[1]!).value).toBeNull();
  });

  it('gives the value and its tombstone the same key, and different entities different keys', () => {
    expect(encodeGroupRecord(samples[0]!).key).toEqual(encodeGroupRecord(samples[1]!).key);
    expect(encodeGroupRecord(samples[4]!).key).toEqual(encodeGroupRecord(samples[5]!).key);
    const keys = new Set(samples.map((r) => Buffer.from(encodeGroupRecord(r).key).toString('hex')));
    expect(keys.size).toBe(6);
    expect(new DataView(encodeGroupRecord(samples[7]!).key.buffer).getInt16(0)).toBe(keyTypes.TargetAssignmentMember);
  });

  it('reads a newer value version by skipping the fields it appended', () => {
    const { key, value } = encodeGroupRecord(samples[6]!);
    const newer = new Uint8Array([...value!, 0xde, 0xad]);
    newer[1] = 1; // version 1
    expect(decodeGroupRecord(key, newer)).toEqual(samples[6]);
    const sameVersionWithTrailing = new Uint8Array([...value!, 0xde]);
    expectCorrupt(() => decodeGroupRecord(key, sameVersionWithTrailing));
  });

  it('fails with CORRUPT_MESSAGE on truncated, unknown or out-of-range input', () => {
    for (const record of samples) {
      const { key, value } = encodeGroupRecord(record);
      for (let cut = 0; cut < key.length; cut++) expectCorrupt(() => decodeGroupRecord(key.subarray(0, cut), value));
      if (value !== null) for (let cut = 0; cut < value.length; cut++) expectCorrupt(() => decodeGroupRecord(key, value.subarray(0, cut)));
    }
    expectCorrupt(() => decodeGroupRecord(new Uint8Array([0, 99, 0, 1, 0x67]), null));
    const { key, value } = encodeGroupRecord(samples[0]!);
    const huge = value!.slice();
    huge.set([0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 2); // offset beyond 2^53
    expectCorrupt(() => decodeGroupRecord(key, huge));
    const badUtf8 = encodeGroupRecord({ ...samples[0]!, topic: 'ab' } as GroupRecord).key.slice();
    badUtf8[badUtf8.length - 5] = 0xff; // a byte of "ab" becomes invalid UTF-8
    expectCorrupt(() => decodeGroupRecord(badUtf8, null));
  });

  it('never throws anything but CORRUPT_MESSAGE on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.option(fc.uint8Array({ maxLength: 64 })), (key, value) => {
        try {
          decodeGroupRecord(key, value);
        } catch (error) {
          return isSkiffError(error) && error.code === 'CORRUPT_MESSAGE';
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips generated records', () => {
    const str = fc.string({ maxLength: 12 });
    const tps = fc.array(fc.tuple(str, fc.array(fc.nat({ max: 1000 }), { maxLength: 5 })), { maxLength: 4 }).map((entries) => topicPartitions(entries));
    const int32 = fc.integer({ min: -2, max: 0x7fffffff });
    const record: fc.Arbitrary<GroupRecord> = fc.oneof(
      fc.record({ type: fc.constant('OffsetCommit' as const), groupId: str, topic: str, partition: fc.nat({ max: 0x7fffffff }), value: fc.option(fc.record({ offset: fc.maxSafeNat(), leaderEpoch: int32, metadata: str, commitTimestampMs: fc.maxSafeNat() })) }),
      fc.record({ type: fc.constant('CurrentMemberAssignment' as const), groupId: str, memberId: str, value: fc.option(fc.record({ memberEpoch: int32, previousMemberEpoch: int32, assignedPartitions: tps, partitionsPendingRevocation: tps })) }),
      fc.record({ type: fc.constant('TargetAssignmentMember' as const), groupId: str, memberId: str, value: fc.option(fc.record({ partitions: tps })) }),
    );
    fc.assert(
      fc.property(record, (r) => {
        expect(roundTrip(r)).toEqual(r);
      }),
      { numRuns: 500 },
    );
  });
});
