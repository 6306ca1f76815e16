// Goal: the Admin's group operations and `skiff groups` behave as
// kafka-consumer-groups.sh against a cluster whose coordinators move: a list
// asks every broker and merges; group requests follow FindCoordinator and
// retry NOT_COORDINATOR / COORDINATOR_LOAD_IN_PROGRESS /
// COORDINATOR_NOT_AVAILABLE with backoff on the Clock, a bounded number of
// times; lag is max(0, high watermark - committed) and unknown without a
// commit; resets plan every target, clamp to the partition's range, commit
// only with --execute and only while the group has no members; failures are
// typed (GROUP_ID_NOT_FOUND, NON_EMPTY_GROUP, UNKNOWN_MEMBER_ID) and the CLI
// exits 0/1/2 with the code in its message.
// Method: a ClusterClient over an in-memory transport whose handlers model
// three brokers, one topic's offsets and the groups' coordinators (faults
// scripted per call); a clock whose timers fire at once but records the
// delays asked for.

import { describe, expect, it } from 'vitest';
import type { DescribedMember, GroupState } from '../../src/broker/group-services.js';
import type { BrokerServices, PartitionMetadata } from '../../src/broker/services.js';
import { runGroupsCommand, type GroupsConnect } from '../../src/cli/groups-command.js';
import { Admin } from '../../src/client/admin.js';
import { ClusterClient } from '../../src/client/cluster-client.js';
import { type ErrorCode, isSkiffError } from '../../src/common/errors.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { ApiError } from '../../src/controller/services.js';
import type { Clock } from '../../src/env/clock.js';
import { silentLogger } from '../../src/env/logger.js';
import { TransportError, type PeerId } from '../../src/env/transport.js';

interface FakeGroup {
  coordinator: number;
  state: GroupState;
  members: DescribedMember[];
  /** topic → partition → committed offset */
  offsets: Map<string, Map<number, number>>;
}

const member = (memberId: string, assignment: DescribedMember['assignment']): DescribedMember => ({
  memberId, instanceId: null, clientId: `client-${memberId}`, clientHost: '/10.0.0.9', memberEpoch: 5, memberState: 'STABLE',
  subscribedTopicNames: ['orders'], subscribedTopicRegex: null, assignment, partitionsPendingRevocation: [], targetAssignment: assignment,
});

const err = (code: ErrorCode, message = code.toLowerCase()): ApiError => ({ code, message });

/** Three brokers, topic 'orders' (3 partitions: low/high per partition) and groups, behind the broker RPCs the Admin uses. */
class FakeGroupCluster {
  readonly brokers = [1, 2, 3];
  readonly low = [0, 2, 0];
  readonly high = [10, 5, 0];
  readonly groups = new Map<string, FakeGroup>();
  /** Errors the next group RPCs (any but FindCoordinator) answer with, in order. */
  readonly coordinatorFaults: ErrorCode[] = [];
  /** FindCoordinator answers, in order, before the true coordinator is named. */
  readonly findFaults: ({ nodeId: number } | ErrorCode)[] = [];
  /** ListGroups errors per broker, in order. */
  readonly listFaults = new Map<number, ErrorCode[]>();
  /** A group id some other broker still reports (mid-move), to check the merge. */
  readonly alsoListedOn = new Map<number, string>();
  readonly calls: { to: PeerId; method: string; request: unknown }[] = [];

  group(id: string, init: Partial<FakeGroup> = {}): FakeGroup {
    const g: FakeGroup = { coordinator: 2, state: 'EMPTY', members: [], offsets: new Map(), ...init };
    this.groups.set(id, g);
    return g;
  }

  readonly transport = {
    call: async <M extends keyof BrokerServices & string>(to: PeerId, method: M, request: BrokerServices[M]['request']): Promise<BrokerServices[M]['response']> => {
      await Promise.resolve();
      this.calls.push({ to, method, request });
      const handler = (this.handlers as unknown as Record<string, (to: PeerId, r: unknown) => unknown>)[method];
      if (handler === undefined) throw new TransportError('NETWORK_EXCEPTION', to, method, 'not served by the fake');
      return handler(to, request) as BrokerServices[M]['response'];
    },
  };

  private partitions(): PartitionMetadata[] {
    return this.low.map((_, partition) => ({ partition, leader: (partition % 3) + 1, leaderEpoch: 1, replicas: [1, 2, 3], isr: [1, 2, 3], elr: [], offlineReplicas: [] }));
  }

  private coordinatorFault(): ApiError | null {
    const code = this.coordinatorFaults.shift();
    return code === undefined ? null : err(code);
  }

  /** The group's error for a request sent to `to`: scripted, NOT_COORDINATOR, or none. */
  private route(to: PeerId, groupId: string): ApiError | null {
    return this.coordinatorFault() ?? (to === (this.groups.get(groupId)?.coordinator ?? 2) ? null : err('NOT_COORDINATOR'));
  }

  private readonly handlers: { [M in keyof BrokerServices]?: (to: PeerId, request: BrokerServices[M]['request']) => BrokerServices[M]['response'] } = {
    Metadata: (_to, r) => ({
      clusterId: 'fake', controllerId: 1, metadataOffset: 1,
      brokers: this.brokers.map((brokerId) => ({ brokerId, host: '127.0.0.1', port: 9090 + brokerId, rack: null, fenced: false, inControlledShutdown: false, brokerEpoch: 1 })),
      topics: (r.topics ?? ['orders']).map((name) =>
        name === 'orders'
          ? { name, topicId: 't-orders', error: null, partitions: this.partitions(), configs: {} }
          : { name, topicId: '', error: err('UNKNOWN_TOPIC_OR_PARTITION', `topic ${name} does not exist`), partitions: [], configs: {} },
      ),
    }),
    ListOffsets: (_to, r) => ({
      topics: r.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((p) => {
          // By timestamp: record i of every partition has timestamp 1000 + i.
          const byTime = p.timestamp >= 0 ? (p.timestamp - 1000 < this.high[p.partition]! ? Math.max(this.low[p.partition]!, p.timestamp - 1000) : -1) : null;
          const offset = p.timestamp === -2 ? this.low[p.partition]! : p.timestamp === -1 ? this.high[p.partition]! : byTime!;
          return { partition: p.partition, error: null, timestamp: -1, offset, leaderEpoch: 1 };
        }),
      })),
    }),
    FindCoordinator: (_to, r) => {
      const fault = this.findFaults.shift();
      if (typeof fault === 'string') return { error: err(fault), nodeId: -1, host: '', port: 0 };
      const nodeId = fault?.nodeId ?? this.groups.get(r.key)?.coordinator ?? 2;
      return { error: null, nodeId, host: '127.0.0.1', port: 9090 + nodeId };
    },
    ListGroups: (to, r) => {
      const fault = this.listFaults.get(to as number)?.shift();
      if (fault !== undefined) return { error: err(fault), groups: [] };
      const groups = [...this.groups]
        .filter(([id, g]) => g.coordinator === to || this.alsoListedOn.get(to as number) === id)
        .filter(([, g]) => r.statesFilter.length === 0 || r.statesFilter.includes(g.state))
        .map(([groupId, g]) => ({ groupId, state: g.state, groupType: 'consumer' as const }));
      return { error: null, groups };
    },
    DescribeGroups: (to, r) => ({
      error: null,
      groups: r.groupIds.map((groupId) => {
        const g = this.groups.get(groupId);
        const error = this.route(to, groupId) ?? (g === undefined ? err('GROUP_ID_NOT_FOUND', `group ${groupId} does not exist`) : null);
        return { groupId, error, state: g?.state ?? 'DEAD', groupEpoch: 3, assignmentEpoch: 3, assignor: 'uniform', members: error === null ? g!.members : [] };
      }),
    }),
    OffsetFetch: (to, r) => {
      const error = this.route(to, r.groupId);
      if (error !== null) return { error, topics: [] };
      const offsets = this.groups.get(r.groupId)?.offsets ?? new Map<string, Map<number, number>>();
      const wanted = r.topics ?? [...offsets].map(([topic, ps]) => ({ topic, partitions: [...ps.keys()].sort() }));
      return {
        error: null,
        topics: wanted.map((t) => ({ topic: t.topic, partitions: t.partitions.map((partition) => ({ partition, committedOffset: offsets.get(t.topic)?.get(partition) ?? -1, committedLeaderEpoch: -1, metadata: '' })) })),
      };
    },
    OffsetCommit: (to, r) => {
      const error = this.route(to, r.groupId);
      if (error !== null) return { error, topics: [] };
      const g = this.groups.get(r.groupId) ?? this.group(r.groupId);
      if (r.memberEpoch < 0 && g.members.length > 0) return { error: err('UNKNOWN_MEMBER_ID', `member '' is not in the group`), topics: [] };
      return {
        error: null,
        topics: r.topics.map((t) => ({
          topic: t.topic,
          partitions: t.partitions.map((p) => {
            if (t.topic !== 'orders' || p.partition >= this.low.length) return { partition: p.partition, error: err('UNKNOWN_TOPIC_OR_PARTITION') };
            if (!g.offsets.has(t.topic)) g.offsets.set(t.topic, new Map());
            g.offsets.get(t.topic)!.set(p.partition, p.committedOffset);
            return { partition: p.partition, error: null };
          }),
        })),
      };
    },
    DeleteGroups: (to, r) => ({
      error: null,
      results: r.groupIds.map((groupId) => {
        const g = this.groups.get(groupId);
        const error = this.route(to, groupId) ?? (g === undefined ? err('GROUP_ID_NOT_FOUND') : g.members.length > 0 ? err('NON_EMPTY_GROUP') : null);
        if (error === null) this.groups.delete(groupId);
        return { groupId, error };
      }),
    }),
  };
}

/** Timers fire at once (on the next macrotask); the delays asked for are recorded. */
function instantClock(): Clock & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    now: () => Date.now(),
    setTimer: (delayMs, fn) => {
      delays.push(delayMs);
      const t = setTimeout(fn, 0);
      return () => clearTimeout(t);
    },
  };
}

function connectTo(fake: FakeGroupCluster, clock = instantClock()): { connect: GroupsConnect; clock: ReturnType<typeof instantClock> } {
  const connect: GroupsConnect = () => {
    const cluster = new ClusterClient({ transport: fake.transport, bootstrapPeers: [1_000_000], clock, logger: silentLogger, random: new SeededRandom('groups') });
    return { cluster, clock, random: new SeededRandom('groups-admin'), logger: silentLogger, close: () => Promise.resolve(cluster.close()) };
  };
  return { connect, clock };
}

function adminOf(fake: FakeGroupCluster): { admin: Admin; clock: ReturnType<typeof instantClock> } {
  const { connect, clock } = connectTo(fake);
  const c = connect(['127.0.0.1:9091'], { logName: 't', logLevel: 'silent', requestTimeoutMs: 1000 });
  return { admin: new Admin({ cluster: c.cluster, clock: c.clock, random: c.random, logger: c.logger, clientId: 't', release: c.close }), clock };
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return isSkiffError(error) ? { code: error.code, message: error.message } : { code: 'not a SkiffError', message: String(error) };
  }
  return { code: 'resolved', message: '' };
}

async function run(fake: FakeGroupCluster, sub: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runGroupsCommand(sub, args, { out: (t) => (stdout += t), err: (t) => (stderr += t) }, connectTo(fake).connect);
  return { code, stdout, stderr };
}

describe('Admin group operations', () => {
  it('lists every broker\'s groups, merged, deduplicated, filtered and sorted; retries a loading broker', async () => {
    const fake = new FakeGroupCluster();
    fake.group('zeta', { coordinator: 1, state: 'STABLE' });
    fake.group('alpha', { coordinator: 3 });
    fake.group('mid', { coordinator: 2, state: 'RECONCILING' });
    fake.alsoListedOn.set(1, 'alpha');
    fake.listFaults.set(3, ['COORDINATOR_NOT_AVAILABLE']);
    const { admin, clock } = adminOf(fake);
    const all = await admin.listGroups();
    expect(all.map((g) => [g.groupId, g.state])).toEqual([['alpha', 'EMPTY'], ['mid', 'RECONCILING'], ['zeta', 'STABLE']]);
    expect(fake.calls.filter((c) => c.method === 'ListGroups').map((c) => c.to).sort()).toEqual([1, 2, 3, 3]);
    expect(clock.delays.some((d) => d >= 80)).toBe(true);
    expect((await admin.listGroups({ states: ['STABLE', 'RECONCILING'] })).map((g) => g.groupId)).toEqual(['mid', 'zeta']);
    await admin.disconnect();
  });

  it('follows the coordinator through NOT_COORDINATOR and loading, with growing backoff, and gives up after a bounded number of attempts', async () => {
    const fake = new FakeGroupCluster();
    fake.group('g', { coordinator: 3, state: 'STABLE', members: [member('m1', [{ topic: 'orders', partitions: [0] }])] });
    const { admin, clock } = adminOf(fake);
    await admin.listTopics(); // metadata first, so the next delays are the coordinator backoffs alone
    clock.delays.length = 0;
    // FindCoordinator: not available, then a stale answer (broker 1 says NOT_COORDINATOR), then broker 3, which is still loading.
    fake.findFaults.push('COORDINATOR_NOT_AVAILABLE', { nodeId: 1 });
    fake.coordinatorFaults.push('NOT_COORDINATOR', 'COORDINATOR_LOAD_IN_PROGRESS');
    const [described] = await admin.describeGroups(['g']);
    expect(described).toMatchObject({ groupId: 'g', state: 'STABLE', coordinator: { nodeId: 3, port: 9093 } });
    expect(described!.members.map((m) => m.memberId)).toEqual(['m1']);
    expect(fake.calls.filter((c) => c.method === 'DescribeGroups').map((c) => c.to)).toEqual([1, 3, 3]);
    // Three backoffs, doubling from 100 ms (±20% jitter).
    const backoffs = clock.delays.filter((d) => d >= 80);
    expect(backoffs.length).toBe(3);
    expect(backoffs[0]!).toBeLessThanOrEqual(120);
    expect(backoffs[2]!).toBeGreaterThanOrEqual(320);

    fake.coordinatorFaults.push(...Array<ErrorCode>(20).fill('NOT_COORDINATOR'));
    const before = fake.calls.length;
    const failure = await codeOf(admin.describeGroups(['g']));
    expect(failure.code).toBe('NOT_COORDINATOR');
    expect(failure.message).toMatch(/after 10 attempts/);
    expect(fake.calls.slice(before).filter((c) => c.method === 'DescribeGroups').length).toBe(10);
    fake.coordinatorFaults.length = 0;

    expect(await codeOf(admin.describeGroups(['nope']))).toEqual({ code: 'GROUP_ID_NOT_FOUND', message: "GROUP_ID_NOT_FOUND: describe group 'nope': group 'nope' does not exist" });
    await admin.disconnect();
  });

  it('fetches committed offsets with the high watermark and lag', async () => {
    const fake = new FakeGroupCluster();
    fake.group('g', { offsets: new Map([['orders', new Map([[0, 4], [1, 7]])]]) });
    const { admin } = adminOf(fake);
    const committed = await admin.fetchOffsets({ groupId: 'g' });
    expect(committed).toEqual([
      {
        topic: 'orders',
        partitions: [
          { partition: 0, committedOffset: 4, committedLeaderEpoch: -1, metadata: '', logStartOffset: 0, logEndOffset: 10, lag: 6 },
          // Committed past the high watermark (a truncated log): lag is 0, not negative.
          { partition: 1, committedOffset: 7, committedLeaderEpoch: -1, metadata: '', logStartOffset: 2, logEndOffset: 5, lag: 0 },
        ],
      },
    ]);
    const everyPartition = await admin.fetchOffsets({ groupId: 'g', topics: ['orders'] });
    expect(everyPartition[0]!.partitions.map((p) => [p.partition, p.committedOffset, p.lag])).toEqual([[0, 4, 6], [1, 7, 0], [2, -1, null]]);
    expect((await codeOf(admin.fetchOffsets({ groupId: 'g', topics: ['missing'] }))).code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(await admin.fetchOffsets({ groupId: 'never-committed' })).toEqual([]);
    await admin.disconnect();
  });

  it('describes lag as Kafka does: owned partitions by member (biggest first), then committed partitions nobody owns', async () => {
    const fake = new FakeGroupCluster();
    fake.group('g', {
      state: 'STABLE',
      members: [member('small', [{ topic: 'orders', partitions: [1] }]), member('big', [{ topic: 'orders', partitions: [2, 0] }]), member('idle', [])],
      offsets: new Map([['orders', new Map([[0, 3], [1, 5]])], ['gone', new Map([[0, 9]])]]),
    });
    const { admin } = adminOf(fake);
    const lag = await admin.describeGroupLag('g');
    expect(lag.group.state).toBe('STABLE');
    expect(lag.rows.map((r) => [r.topic, r.partition, r.currentOffset, r.logEndOffset, r.lag, r.consumerId, r.clientId])).toEqual([
      ['orders', 0, 3, 10, 7, 'big', 'client-big'],
      ['orders', 2, null, 0, null, 'big', 'client-big'],
      ['orders', 1, 5, 5, 0, 'small', 'client-small'],
      // A topic that no longer exists: its log end is unknown.
      ['gone', 0, 9, null, null, null, null],
    ]);
    await admin.disconnect();
  });

  it('plans resets for every target, clamps them, commits only when executing, and only while the group is empty', async () => {
    const fake = new FakeGroupCluster();
    const g = fake.group('g', { offsets: new Map([['orders', new Map([[0, 4], [1, 3]])]]) });
    const { admin } = adminOf(fake);
    const plan = (to: Parameters<Admin['resetOffsets']>[0]['to'], partitions?: number[]) =>
      admin.resetOffsets({ groupId: 'g', topic: 'orders', to, ...(partitions ? { partitions } : {}) }).then((p) => p.map((x) => x.newOffset));
    expect(await plan({ earliest: true })).toEqual([0, 2, 0]);
    expect(await plan({ latest: true })).toEqual([10, 5, 0]);
    expect(await plan({ offset: 4 })).toEqual([4, 4, 0]);
    expect(await plan({ offset: 1 }, [1])).toEqual([2]);
    expect(await plan({ datetimeMs: 1003 })).toEqual([3, 3, 0]);
    expect(await plan({ shiftBy: -2 }, [0, 1])).toEqual([2, 2]);
    expect(await plan({ shiftBy: 100 }, [0])).toEqual([10]);
    const noCommit = await codeOf(plan({ shiftBy: 1 }));
    expect(noCommit.code).toBe('INVALID_REQUEST');
    expect(noCommit.message).toMatch(/orders-2.*no committed offset/);
    expect((await codeOf(plan({ earliest: true }, [3]))).code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect((await codeOf(admin.resetOffsets({ groupId: 'g', topic: 'missing', to: { earliest: true } }))).code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    // Nothing so far was committed.
    expect(fake.calls.some((c) => c.method === 'OffsetCommit')).toBe(false);
    expect([...g.offsets.get('orders')!]).toEqual([[0, 4], [1, 3]]);

    const executed = await admin.resetOffsets({ groupId: 'g', topic: 'orders', to: { earliest: true }, execute: true });
    expect(executed.map((p) => [p.partition, p.currentOffset, p.newOffset])).toEqual([[0, 4, 0], [1, 3, 2], [2, -1, 0]]);
    expect([...g.offsets.get('orders')!]).toEqual([[0, 0], [1, 2], [2, 0]]);
    const commit = fake.calls.find((c) => c.method === 'OffsetCommit')!.request as BrokerServices['OffsetCommit']['request'];
    expect(commit).toMatchObject({ memberId: '', memberEpoch: -1 });

    g.members.push(member('m1', []));
    const refused = await codeOf(admin.resetOffsets({ groupId: 'g', topic: 'orders', to: { latest: true }, execute: true }));
    expect(refused.code).toBe('UNKNOWN_MEMBER_ID');
    expect(refused.message).toMatch(/has active members; stop them first/);
    expect([...g.offsets.get('orders')!]).toEqual([[0, 0], [1, 2], [2, 0]]);
    await admin.disconnect();
  });

  it('deletes empty groups and names why others could not be deleted', async () => {
    const fake = new FakeGroupCluster();
    fake.group('empty', { coordinator: 1 });
    fake.group('busy', { members: [member('m1', [])] });
    fake.coordinatorFaults.push('NOT_COORDINATOR');
    const { admin } = adminOf(fake);
    await admin.deleteGroups(['empty']);
    expect(fake.groups.has('empty')).toBe(false);
    const busy = await codeOf(admin.deleteGroups(['busy']));
    expect(busy).toEqual({ code: 'NON_EMPTY_GROUP', message: "NON_EMPTY_GROUP: delete group 'busy': group 'busy' has active members; stop them first" });
    const both = await codeOf(admin.deleteGroups(['ghost', 'busy']));
    expect(both.code).toBe('GROUP_ID_NOT_FOUND');
    expect(both.message).toMatch(/'ghost' does not exist.*'busy' has active members/);
    await admin.disconnect();
  });
});

describe('skiff groups, in process', () => {
  it('prints Kafka\'s tables and exits 0', async () => {
    const fake = new FakeGroupCluster();
    fake.group('billing', { state: 'EMPTY', offsets: new Map([['orders', new Map([[0, 4], [1, 5]])]]) });
    const list = await run(fake, 'list', []);
    expect(list).toEqual({ code: 0, stdout: 'billing\n', stderr: '' });
    const described = await run(fake, 'describe', ['--group', 'billing']);
    expect(described.code).toBe(0);
    expect(described.stderr).toBe("\nConsumer group 'billing' has no active members.\n");
    expect(described.stdout.split('\n').slice(1, 4)).toEqual([
      'GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     HOST            CLIENT-ID',
      'billing         orders          0          4               10              6               -               -               -',
      'billing         orders          1          5               5               0               -               -               -',
    ]);
    const json = await run(fake, 'describe', ['--group', 'billing', '--output', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ groupId: 'billing', state: 'EMPTY', offsets: [{ partition: 0, lag: 6 }, { partition: 1, lag: 0 }] });

    const dry = await run(fake, 'reset-offsets', ['--group', 'billing', '--topic', 'orders:0', '--to-offset', '99']);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n')[2]).toBe('billing                        orders                         0          10');
    expect(dry.stderr).toMatch(/Warn: New offset \(99\) is higher than latest offset for topic partition orders-0\. Value will be set to 10/);
    expect(dry.stderr).toMatch(/Dry run: nothing was committed/);
    expect(fake.groups.get('billing')!.offsets.get('orders')!.get(0)).toBe(4);
    const executed = await run(fake, 'reset-offsets', ['--group', 'billing', '--topic', 'orders:0', '--shift-by', '-3', '--execute']);
    expect(executed.code).toBe(0);
    expect(executed.stderr).toBe('');
    expect(fake.groups.get('billing')!.offsets.get('orders')!.get(0)).toBe(1);

    const deleted = await run(fake, 'delete', ['--group', 'billing']);
    expect(deleted).toEqual({ code: 0, stdout: "Deletion of requested consumer groups ('billing') was successful.\n", stderr: '' });
  });

  it('exits 1 with Kafka\'s code when the cluster refuses, and 2 on usage errors', async () => {
    const fake = new FakeGroupCluster();
    fake.group('busy', { state: 'STABLE', members: [member('m1', [{ topic: 'orders', partitions: [0] }])] });
    const unknown = await run(fake, 'describe', ['--group', 'ghost', '--state']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe("skiff groups describe: GROUP_ID_NOT_FOUND (69): describe group 'ghost': group 'ghost' does not exist\n");
    const refused = await run(fake, 'reset-offsets', ['--group', 'busy', '--topic', 'orders', '--to-earliest', '--execute']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^skiff groups reset-offsets: UNKNOWN_MEMBER_ID \(25\): .*has active members; stop them first/);
    const usage = await run(fake, 'reset-offsets', ['--group', 'busy', '--topic', 'orders']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/exactly one of --to-earliest/);
    expect(usage.stderr).toMatch(/groups reset-offsets --group G/);
    const help = await run(fake, '--help', []);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^consumer groups, like kafka-consumer-groups.sh/);
  });

  it('exits 1 with a hint when no broker answers', async () => {
    const down: GroupsConnect = () => {
      const clock = instantClock();
      const transport = { call: (to: PeerId, method: string) => Promise.reject(new TransportError('NETWORK_EXCEPTION', to, method, 'connection refused')) };
      const cluster = new ClusterClient({ transport, bootstrapPeers: [1_000_000], clock, logger: silentLogger });
      return { cluster, clock, random: new SeededRandom('down'), logger: silentLogger, close: () => Promise.resolve(cluster.close()) };
    };
    let stderr = '';
    const code = await runGroupsCommand('list', ['--bootstrap-server', '127.0.0.1:1'], { out: () => {}, err: (t) => (stderr += t) }, down);
    expect(code).toBe(1);
    expect(stderr).toBe('skiff groups: could not reach any of 127.0.0.1:1. Is the cluster running (npm start) and is --bootstrap-server right?\n');
  });
});
