// Goal: offsets and the admin APIs behave as Kafka's new coordinator does.
// Commits are fenced by member epoch (STALE_MEMBER_EPOCH), non-members of a
// group with members are refused (UNKNOWN_MEMBER_ID), "simple" commits
// (epoch -1) work only on an empty group; OffsetFetch shows only offsets
// below the high watermark; OffsetDelete refuses subscribed topics;
// List/Describe/DeleteGroups report states and delete only empty groups; the
// coordinator answers NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS when it
// must, and routes groups with Kafka's hash.
// Method: scripted requests through the test Harness.

import { describe, expect, it } from 'vitest';
import type { OffsetCommitRequest, OffsetFetchResponse } from '../../src/group/api.js';
import { GroupCoordinator, offsetsPartitionFor } from '../../src/group/group-coordinator.js';
import { FakeTopics, Harness, TestConsumer, settle } from './harness.js';

function commit(groupId: string, memberId: string, memberEpoch: number, offset: number, partition = 0, metadata: string | null = null): OffsetCommitRequest {
  return { groupId, memberId, memberEpoch, topics: [{ topic: 'orders', partitions: [{ partition, committedOffset: offset, committedLeaderEpoch: 1, committedMetadata: metadata }] }] };
}

function codeOf(r: { ok: boolean; code?: string }): string {
  return r.ok ? 'ok' : r.code!;
}

function fetched(response: OffsetFetchResponse): Record<string, number> {
  if (!response.ok) throw new Error(response.message);
  return Object.fromEntries(response.topics.flatMap((t) => t.partitions.map((p) => [`${t.topic}-${p.partition}`, p.committedOffset])));
}

function stableGroup(): { h: Harness; m1: TestConsumer; m2: TestConsumer } {
  const h = new Harness(new FakeTopics({ orders: 4, other: 2 }));
  const m1 = new TestConsumer(h, 'g', 'm1', { topics: ['orders'] });
  const m2 = new TestConsumer(h, 'g', 'm2', { topics: ['orders'] });
  settle([m1, m2]);
  return { h, m1, m2 };
}

describe('offset commit fencing', () => {
  it('accepts the current member epoch and refuses a stale one or a non-member', () => {
    const { h, m1 } = stableGroup();
    const ok = h.write(h.coordinator.offsetCommit(commit('g', 'm1', m1.memberEpoch, 42), h.ctx));
    expect(ok).toEqual({ ok: true, topics: [{ topic: 'orders', partitions: [{ partition: 0, error: null }] }] });
    expect(codeOf(h.write(h.coordinator.offsetCommit(commit('g', 'm1', m1.memberEpoch - 1, 43), h.ctx)))).toBe('STALE_MEMBER_EPOCH');
    expect(codeOf(h.write(h.coordinator.offsetCommit(commit('g', 'stranger', m1.memberEpoch, 43), h.ctx)))).toBe('UNKNOWN_MEMBER_ID');
    expect(codeOf(h.write(h.coordinator.offsetCommit(commit('g', '', -1, 43), h.ctx)))).toBe('UNKNOWN_MEMBER_ID');
    expect(fetched(h.coordinator.offsetFetch({ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }))).toEqual({ 'orders-0': 42 });
  });

  it('accepts simple commits (epoch -1) only while the group is empty', () => {
    const { h, m1, m2 } = stableGroup();
    m1.leave();
    m2.leave();
    expect(codeOf(h.write(h.coordinator.offsetCommit(commit('g', '', -1, 7), h.ctx)))).toBe('ok');
    expect(codeOf(h.write(h.coordinator.offsetCommit(commit('fresh', '', -1, 7), h.ctx)))).toBe('ok');
    expect(codeOf(h.write(h.coordinator.offsetCommit(commit('absent', 'm', 3, 7), h.ctx)))).toBe('GROUP_ID_NOT_FOUND');
    expect(fetched(h.coordinator.offsetFetch({ groupId: 'fresh', memberId: null, memberEpoch: -1, topics: [{ topic: 'orders', partitions: [0, 1] }] }))).toEqual({
      'orders-0': 7,
      'orders-1': -1,
    });
  });

  it('reports per-partition errors: unknown partitions and oversized metadata', () => {
    const { h, m1 } = stableGroup();
    const response = h.write(
      h.coordinator.offsetCommit(
        {
          groupId: 'g',
          memberId: 'm1',
          memberEpoch: m1.memberEpoch,
          topics: [
            { topic: 'orders', partitions: [{ partition: 9, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: null }, { partition: 1, committedOffset: 5, committedLeaderEpoch: -1, committedMetadata: 'x'.repeat(5000) }] },
            { topic: 'nope', partitions: [{ partition: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: null }] },
          ],
        },
        h.ctx,
      ),
    );
    expect(response.ok && response.topics.map((t) => t.partitions.map((p) => p.error))).toEqual([['UNKNOWN_TOPIC_OR_PARTITION', 'OFFSET_METADATA_TOO_LARGE'], ['UNKNOWN_TOPIC_OR_PARTITION']]);
  });

  it('fences member-scoped fetches like commits', () => {
    const { h, m1 } = stableGroup();
    expect(codeOf(h.coordinator.offsetFetch({ groupId: 'g', memberId: 'm1', memberEpoch: m1.memberEpoch, topics: null }))).toBe('ok');
    expect(codeOf(h.coordinator.offsetFetch({ groupId: 'g', memberId: 'm1', memberEpoch: m1.memberEpoch + 1, topics: null }))).toBe('STALE_MEMBER_EPOCH');
    expect(codeOf(h.coordinator.offsetFetch({ groupId: 'absent', memberId: 'm1', memberEpoch: 1, topics: null }))).toBe('GROUP_ID_NOT_FOUND');
  });
});

describe('offset visibility', () => {
  it('OffsetFetch sees a commit only once its record is below the high watermark', () => {
    const h = new Harness(new FakeTopics({ orders: 1 }));
    h.write(h.coordinator.offsetCommit(commit('g', '', -1, 10), h.ctx));
    const result = h.coordinator.offsetCommit(commit('g', '', -1, 20), h.ctx);
    // Replay without committing: the record is appended but not replicated yet.
    result.records.forEach((record, i) => h.coordinator.replay(record, h.log.length + i));
    expect(fetched(h.coordinator.offsetFetch({ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }))).toEqual({ 'orders-0': 10 });
    h.coordinator.onHighWatermark(h.log.length + result.records.length);
    expect(fetched(h.coordinator.offsetFetch({ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }))).toEqual({ 'orders-0': 20 });
  });
});

describe('offset delete and group admin', () => {
  it('deletes offsets of topics the group does not subscribe to', () => {
    const { h, m1 } = stableGroup();
    h.write(h.coordinator.offsetCommit(commit('g', 'm1', m1.memberEpoch, 5), h.ctx));
    h.write(h.coordinator.offsetCommit({ ...commit('g', 'm1', m1.memberEpoch, 6), topics: [{ topic: 'other', partitions: [{ partition: 1, committedOffset: 6, committedLeaderEpoch: -1, committedMetadata: null }] }] }, h.ctx));
    const response = h.write(h.coordinator.offsetDelete({ groupId: 'g', topics: [{ topic: 'orders', partitions: [0] }, { topic: 'other', partitions: [1] }] }));
    expect(response.ok && response.topics.map((t) => t.partitions[0]!.error)).toEqual(['GROUP_SUBSCRIBED_TO_TOPIC', null]);
    expect(fetched(h.coordinator.offsetFetch({ groupId: 'g', memberId: null, memberEpoch: -1, topics: null }))).toEqual({ 'orders-0': 5 });
    expect(codeOf(h.write(h.coordinator.offsetDelete({ groupId: 'absent', topics: [] })))).toBe('GROUP_ID_NOT_FOUND');
  });

  it('lists, describes and deletes groups', () => {
    const { h, m1, m2 } = stableGroup();
    h.write(h.coordinator.offsetCommit(commit('simple', '', -1, 1), h.ctx));
    const listed = h.coordinator.listGroups();
    expect(listed.ok && listed.groups).toEqual([
      { groupId: 'g', state: 'STABLE', groupType: 'consumer' },
      { groupId: 'simple', state: 'EMPTY', groupType: 'simple' },
    ]);
    const filtered = h.coordinator.listGroups(['EMPTY']);
    expect(filtered.ok && filtered.groups.map((g) => g.groupId)).toEqual(['simple']);
    const described = h.coordinator.describeGroups(['g', 'absent']);
    expect(described.ok && described.groups.map((g) => (g.ok ? g.state : g.code))).toEqual(['STABLE', 'GROUP_ID_NOT_FOUND']);

    const refused = h.write(h.coordinator.deleteGroups(['g', 'absent', 'simple']));
    expect(refused.ok && refused.results).toEqual([
      { groupId: 'g', error: 'NON_EMPTY_GROUP' },
      { groupId: 'absent', error: 'GROUP_ID_NOT_FOUND' },
      { groupId: 'simple', error: null },
    ]);
    h.write(h.coordinator.offsetCommit(commit('g', 'm1', m1.memberEpoch, 3), h.ctx));
    m1.leave();
    m2.leave();
    const described2 = h.coordinator.describeGroups(['g']);
    expect(described2.ok && described2.groups[0]!.ok && described2.groups[0]!.state).toBe('EMPTY');
    const deleted = h.write(h.coordinator.deleteGroups(['g']));
    expect(deleted.ok && deleted.results).toEqual([{ groupId: 'g', error: null }]);
    const after = h.coordinator.listGroups();
    expect(after.ok && after.groups).toEqual([]);
    expect(h.coordinator.snapshot()).toEqual({ groups: [], offsets: [] });
    h.failover();
  });
});

describe('coordinator lifecycle and routing', () => {
  it('routes a group to abs(javaHashCode) % partitions, as Kafka does', () => {
    // Java: "my-group".hashCode() = -1906497762 → (h & 0x7fffffff) % 50 = 36; "".hashCode() = 0.
    expect(offsetsPartitionFor('my-group', 50)).toBe(36);
    expect(offsetsPartitionFor('', 50)).toBe(0);
    // "polygenelubricants".hashCode() = Integer.MIN_VALUE: Kafka's abs() masks the sign bit.
    expect(offsetsPartitionFor('polygenelubricants', 50)).toBe(0);
  });

  it('answers COORDINATOR_LOAD_IN_PROGRESS while loading, NOT_COORDINATOR for other partitions and once closed', () => {
    const groupId = 'my-group';
    const partition = offsetsPartitionFor(groupId, 50);
    const coordinator = new GroupCoordinator({ offsetsPartition: partition });
    const ctx = { nowMs: 0, topics: new FakeTopics({ orders: 1 }) };
    const join = { groupId, memberId: 'm', memberEpoch: 0, instanceId: null, rebalanceTimeoutMs: 1000, subscribedTopicNames: ['orders'], subscribedTopicRegex: null, serverAssignor: null, ownedTopicPartitions: null, clientId: 'c', clientHost: 'h' };
    expect(codeOf(coordinator.consumerGroupHeartbeat(join, ctx).response)).toBe('COORDINATOR_LOAD_IN_PROGRESS');
    expect(codeOf(coordinator.listGroups())).toBe('COORDINATOR_LOAD_IN_PROGRESS');
    coordinator.completeLoad(0);
    expect(codeOf(coordinator.consumerGroupHeartbeat(join, ctx).response)).toBe('ok');
    const elsewhere = ['a', 'b', 'c', 'd'].find((g) => offsetsPartitionFor(g, 50) !== partition)!;
    expect(codeOf(coordinator.consumerGroupHeartbeat({ ...join, groupId: elsewhere }, ctx).response)).toBe('NOT_COORDINATOR');
    expect(codeOf(coordinator.offsetFetch({ groupId: elsewhere, memberId: null, memberEpoch: -1, topics: null }))).toBe('NOT_COORDINATOR');
    coordinator.close();
    expect(codeOf(coordinator.consumerGroupHeartbeat(join, ctx).response)).toBe('NOT_COORDINATOR');
    expect(coordinator.nextDeadlineMs()).toBeNull();
  });
});
