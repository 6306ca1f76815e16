// Goal: ClusterClient's metadata cache: it waits (boundedly) for topics and
// leaders, refreshes with backoff instead of hammering the cluster, fails
// over between bootstrap peers and known brokers, ignores an older leader
// epoch from a lagging broker (KIP-320), and tells the caller the brokers it
// learned (the CLI maps their ids to addresses).
// Method: FakeCluster's Metadata handler through the in-process transport on
// virtual time; counting calls and reading virtual time.

import { describe, expect, it } from 'vitest';
import { ClusterClient, type ClusterClientOptions } from '../../src/client/cluster-client.js';
import { isSkiffError } from '../../src/common/errors.js';
import { silentLogger } from '../../src/env/logger.js';
import type { BrokerInfo, BrokerServices } from '../../src/broker/services.js';
import { FakeCluster } from './fake-cluster.js';

function client(fake: FakeCluster, options: Partial<ClusterClientOptions> = {}): ClusterClient {
  return new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1], clock: fake.clock, logger: silentLogger, requestTimeoutMs: 1_000, retryBackoffMs: 50, retryBackoffMaxMs: 400, ...options });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isSkiffError(error) ? error.code : String(error);
  }
}

describe('ClusterClient', () => {
  it('finds a leader and reports the brokers it learned', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 3, leader: 2 }] });
    const seen: BrokerInfo[][] = [];
    const cluster = client(fake, { onBrokers: (b) => seen.push([...b]) });
    expect(await fake.settle(cluster.leaderFor('t', 1))).toEqual({ leaderId: 2, leaderEpoch: 0 });
    expect(cluster.partitionCount('t')).toBe(3);
    expect(seen[0]?.map((b) => `${b.brokerId}@${b.host}:${b.port}`)).toEqual(['1@127.0.0.1:9001', '2@127.0.0.1:9002', '3@127.0.0.1:9003']);
    // Cached: no second Metadata request.
    await fake.settle(cluster.leaderFor('t', 2));
    expect(fake.callsOf('Metadata')).toHaveLength(1);
  });

  it('waits for a leader to be elected, refreshing with backoff', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1, leader: -1 }] });
    const cluster = client(fake);
    const leader = cluster.leaderFor('t', 0, 10_000);
    await fake.advance(2_000);
    const requests = fake.callsOf('Metadata').length;
    // Backoff of 50 ms between refreshes: about 2000 / 50, not thousands.
    expect(requests).toBeGreaterThan(10);
    expect(requests).toBeLessThanOrEqual(41);
    fake.setLeader('t', 0, 3);
    expect(await fake.settle(leader)).toEqual({ leaderId: 3, leaderEpoch: 1 });
  });

  it('gives up after the timeout with the reason', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1, leader: -1 }] });
    const cluster = client(fake);
    const started = fake.scheduler.now;
    expect(await fake.settle(codeOf(cluster.leaderFor('t', 0, 1_000)))).toBe('LEADER_NOT_AVAILABLE');
    expect(fake.scheduler.now - started).toBeGreaterThanOrEqual(1_000);
    expect(fake.scheduler.now - started).toBeLessThan(1_200);
    expect(await fake.settle(codeOf(cluster.leaderFor('missing', 0, 500)))).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(await fake.settle(codeOf(cluster.leaderFor('t', 7, 500)))).toBe('UNKNOWN_TOPIC_OR_PARTITION');
  });

  it('fails over from a dead bootstrap peer and backs off exponentially when nobody answers', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1, leader: 1 }] });
    fake.down.add(1);
    const cluster = client(fake, { bootstrapPeers: [1, 2] });
    expect(await fake.settle(cluster.leaderFor('t', 0))).toEqual({ leaderId: 1, leaderEpoch: 0 });
    expect(fake.callsOf('Metadata').map((c) => c.to)).toEqual([1, 2]);

    for (const b of fake.brokers) fake.down.add(b);
    const before = fake.callsOf('Metadata').length;
    cluster.requestRefresh();
    await fake.advance(5_000);
    // Failed rounds back off 100, 200, 400, 400, ... ms: about 13 rounds of 2 known brokers + the bootstrap peers.
    const rounds = fake.callsOf('Metadata').length - before;
    expect(rounds).toBeGreaterThan(0);
    expect(rounds).toBeLessThan(60);
  });

  it('keeps a newer leader epoch over an older answer from a lagging broker', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1, leader: 1 }] });
    const cluster = client(fake);
    fake.setLeader('t', 0, 2);
    expect(await fake.settle(cluster.leaderFor('t', 0))).toEqual({ leaderId: 2, leaderEpoch: 1 });
    // A broker that still believes the epoch-0 leader answers the next refresh.
    const handlers = fake.handlers(1);
    const stale: BrokerServices['Metadata']['response'] = {
      ...(await handlers.Metadata(-1, { topics: ['t'] })),
      topics: [{ name: 't', topicId: 'id-t', error: null, configs: {}, partitions: [{ partition: 0, leader: 1, leaderEpoch: 0, replicas: [1, 2, 3], isr: [1, 2, 3], elr: [], offlineReplicas: [] }] }],
    };
    let serveStale = false;
    const real = fake.transport();
    const lagging = new ClusterClient({
      transport: { call: (to, method, request, options) => (serveStale && method === 'Metadata' ? Promise.resolve(stale as never) : real.call(to, method, request, options)) },
      bootstrapPeers: [1],
      clock: fake.clock,
      logger: silentLogger,
      retryBackoffMs: 10,
    });
    expect(await fake.settle(lagging.leaderFor('t', 0))).toEqual({ leaderId: 2, leaderEpoch: 1 });
    serveStale = true;
    lagging.requestRefresh();
    await fake.advance(100);
    expect(lagging.metadataVersion).toBe(2);
    expect(lagging.cachedLeader('t', 0)).toEqual({ leaderId: 2, leaderEpoch: 1 });
    expect(cluster.metadataVersion).toBe(1);
  });

  it('turns transport failures into SkiffErrors and refreshes metadata after them', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const cluster = client(fake);
    await fake.settle(cluster.leaderFor('t', 0));
    fake.down.add(2);
    expect(await fake.settle(codeOf(cluster.call(2, 'InitProducerId', { transactionalId: null, transactionTimeoutMs: 1, producerId: -1, producerEpoch: -1 })))).toBe('NETWORK_EXCEPTION');
    await fake.advance(200);
    expect(fake.callsOf('Metadata').length).toBeGreaterThan(1);
    expect(cluster.brokers.map((b) => b.brokerId)).toEqual([1, 3]);
  });
});
