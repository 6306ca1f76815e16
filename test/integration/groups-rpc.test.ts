// Goal: the group coordinator works on real processes at the RPC level:
// FindCoordinator creates __consumer_offsets on first use and names the
// leader of the group's partition; a member joins with
// ConsumerGroupHeartbeat and gets every partition of its subscription; a
// second member joining takes half only after the first released it;
// commits are fenced by member epoch and read back by OffsetFetch;
// ListGroups and DescribeGroups see the group; and after kill -9 of the
// coordinator the group's offsets are served by the new one.
// Method: three nodes via cluster-harness.ts (real `skiff` processes on
// 127.0.0.1, short session timeouts); raw broker RPCs over gRPC from this
// process.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicPartitionList } from '../../src/broker/group-services.js';
import { connectClient, type ClientConnection, ProcessCluster, waitFor } from './cluster-harness.js';

let cluster: ProcessCluster;
let client: ClientConnection;
const group = 'rpc-group';

const count = (list: readonly TopicPartitionList[] | null): number => (list ?? []).reduce((n, t) => n + t.partitions.length, 0);

async function coordinator(): Promise<number> {
  return waitFor('a coordinator for the group', async () => {
    const r = await client.cluster.call(client.cluster.anyBroker(), 'FindCoordinator', { key: group }).catch(() => null);
    return r !== null && r.error === null ? r.nodeId : null;
  }, { timeoutMs: 30_000, intervalMs: 200, diagnostics: () => cluster.diagnostics() });
}

const join = (memberId: string, owned: readonly TopicPartitionList[] | null, epoch = 0) => ({
  groupId: group, memberId, memberEpoch: epoch, instanceId: null, rebalanceTimeoutMs: 10_000,
  subscribedTopicNames: epoch === 0 ? ['orders'] : null, subscribedTopicRegex: null, serverAssignor: null,
  ownedTopicPartitions: owned, clientId: 'it', clientHost: '127.0.0.1',
});

describe('consumer-group RPCs on real processes', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({ size: 3, name: 'skiff-it-groups', config: { 'default.replication.factor': 3, 'min.insync.replicas': 2, 'group.consumer.session.timeout.ms': 6000, 'group.consumer.heartbeat.interval.ms': 500, 'offsets.topic.num.partitions': 6 } });
    await cluster.startServing();
    client = await connectClient(cluster.bootstrap());
    const created = await client.cluster.call(client.cluster.anyBroker(), 'CreateTopics', { topics: [{ name: 'orders', numPartitions: 4, replicationFactor: 3, configs: {} }] });
    expect(created.results[0]?.error ?? null).toBeNull();
    await client.cluster.waitForTopic('orders');
  }, 90_000);

  afterAll(async () => {
    await client?.close().catch(() => {});
    await cluster?.destroy();
  });

  it('joins, rebalances without two owners, commits and fetches offsets, lists and describes', async () => {
    const c = await coordinator();
    const a = await waitFor('member a joined', async () => {
      const r = await client.cluster.call(c, 'ConsumerGroupHeartbeat', join('member-a', [])).catch(() => null);
      return r !== null && r.error === null ? r : null;
    }, { timeoutMs: 30_000, intervalMs: 200, diagnostics: () => cluster.diagnostics() });
    expect(count(a.assignment)).toBe(4);
    const b = await client.cluster.call(c, 'ConsumerGroupHeartbeat', join('member-b', []));
    expect(b.error).toBeNull();
    expect(count(b.assignment)).toBe(0); // nothing until a releases
    // a learns its new target (2 partitions) and acknowledges by heartbeating with only those.
    const a2 = await client.cluster.call(c, 'ConsumerGroupHeartbeat', join('member-a', a.assignment, a.memberEpoch));
    expect(count(a2.assignment)).toBe(2);
    const a3 = await client.cluster.call(c, 'ConsumerGroupHeartbeat', join('member-a', a2.assignment, a2.memberEpoch));
    expect(a3.error).toBeNull();
    const b2 = await client.cluster.call(c, 'ConsumerGroupHeartbeat', join('member-b', [], b.memberEpoch));
    expect(count(b2.assignment)).toBe(2);
    const owned = new Set([...(a3.assignment ?? []), ...(b2.assignment ?? [])].flatMap((t) => t.partitions));
    expect(owned.size).toBe(4);

    const commit = await client.cluster.call(c, 'OffsetCommit', { groupId: group, memberId: 'member-b', memberEpoch: b2.memberEpoch, topics: [{ topic: 'orders', partitions: (b2.assignment ?? [])[0]!.partitions.map((partition) => ({ partition, committedOffset: 42, committedLeaderEpoch: -1, committedMetadata: 'm' })) }] });
    expect(commit.error).toBeNull();
    expect(commit.topics[0]!.partitions.every((p) => p.error === null)).toBe(true);
    const stale = await client.cluster.call(c, 'OffsetCommit', { groupId: group, memberId: 'member-b', memberEpoch: b2.memberEpoch - 1, topics: [{ topic: 'orders', partitions: [{ partition: 0, committedOffset: 1, committedLeaderEpoch: -1, committedMetadata: null }] }] });
    expect(stale.error?.code ?? stale.topics[0]?.partitions[0]?.error?.code).toBe('STALE_MEMBER_EPOCH');
    const fetched = await client.cluster.call(c, 'OffsetFetch', { groupId: group, memberId: null, memberEpoch: -1, topics: null });
    expect(fetched.error).toBeNull();
    expect(fetched.topics[0]!.partitions.map((p) => p.committedOffset)).toEqual([42, 42]);

    const listed = await Promise.all([1, 2, 3].map((id) => client.cluster.call(id, 'ListGroups', { statesFilter: [] }).catch(() => null)));
    expect(listed.flatMap((l) => l?.groups ?? []).map((g) => g.groupId)).toContain(group);
    const described = await client.cluster.call(c, 'DescribeGroups', { groupIds: [group] });
    expect(described.groups[0]!.members.map((m) => m.memberId).sort()).toEqual(['member-a', 'member-b']);
  }, 60_000);

  it('serves the committed offsets from a new coordinator after kill -9 of the old', async () => {
    const old = await coordinator();
    await cluster.kill(old);
    const fetched = await waitFor('offsets from the new coordinator', async () => {
      const c = await client.cluster.call(client.cluster.anyBroker(), 'FindCoordinator', { key: group }).catch(() => null);
      if (c === null || c.error !== null || c.nodeId === old) return null;
      const r = await client.cluster.call(c.nodeId, 'OffsetFetch', { groupId: group, memberId: null, memberEpoch: -1, topics: null }).catch(() => null);
      return r !== null && r.error === null ? r : null;
    }, { timeoutMs: 40_000, intervalMs: 250, diagnostics: () => cluster.diagnostics() });
    expect(fetched.topics[0]!.partitions.map((p) => p.committedOffset)).toEqual([42, 42]);
  }, 60_000);
});
