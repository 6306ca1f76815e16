// Goal: a three-node Skiff cluster of real processes does what the README and
// the admin tools promise, end to end: formatting, election, topic creation
// with Kafka's describe output, failover of the active controller after
// kill -9, fencing of the dead broker after broker.session.timeout.ms, a
// restart that rejoins under a new broker epoch, quorum description, a clean
// SIGTERM shutdown, and the error paths a user meets first.
// Method: cluster-harness.ts formats and starts three nodes through the real
// `skiff` entry point on free 127.0.0.1 ports, with data under os.tmpdir()
// (short session timeout: 3000 ms, heartbeats every 500 ms). The steps run in
// order against the same cluster; once one fails the rest are skipped, and
// the failure prints the nodes' last log lines. Every wait polls with a
// deadline. Polling uses the admin code in-process (runAdminCommand); the
// user-facing checks run the real `skiff` process. afterAll kill -9s whatever
// is still running and removes the directories.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrokerInfo, DescribeClusterResponse, TopicMetadata } from '../../src/broker/services.js';
import { adminJson, freePorts, runSkiff, waitFor, ProcessCluster } from './cluster-harness.js';

const sessionTimeoutMs = 3_000;
const topic = 'orders';

interface QuorumStatus {
  readonly LeaderId: number;
  readonly LeaderEpoch: number;
  readonly HighWatermark: number;
  readonly CurrentVoters: number[];
  readonly CurrentObservers: number[];
}

interface ReplicationRow {
  readonly NodeId: number;
  readonly LogEndOffset: number;
  readonly Lag: number;
  readonly Status: string;
}

let cluster: ProcessCluster;
/** Set when a step fails: later steps depend on it, so they are skipped rather than left to time out. */
let failedStep: string | null = null;

/** What the steps learn and later steps check against. */
const state = {
  leaderEpoch: -1,
  killedId: -1,
  killedBrokerEpoch: -1,
  killedAtMs: 0,
  newControllerId: -1,
};

const describeCluster = (bootstrap: string): Promise<DescribeClusterResponse> => adminJson(['cluster', 'describe', '--bootstrap-server', bootstrap]);
const describeTopic = async (bootstrap: string): Promise<TopicMetadata> => {
  const topics = await adminJson<TopicMetadata[]>(['topics', 'describe', '--topic', topic, '--bootstrap-server', bootstrap]);
  const found = topics.find((t) => t.name === topic);
  if (found === undefined) throw new Error(`topic ${topic} missing from ${JSON.stringify(topics)}`);
  return found;
};
const broker = (c: DescribeClusterResponse, id: number): BrokerInfo | undefined => c.brokers.find((b) => b.brokerId === id);
const diagnostics = (): string => cluster.diagnostics();
const sorted = (ids: readonly number[]): number[] => [...ids].sort((a, b) => a - b);

describe('a three-node cluster of real skiff processes', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({
      size: 3,
      name: 'skiff-it',
      config: {
        'default.replication.factor': 3,
        'min.insync.replicas': 2,
        'broker.session.timeout.ms': sessionTimeoutMs,
        'broker.heartbeat.interval.ms': 500,
      },
    });
  });

  afterAll(async () => {
    await cluster?.destroy();
  });

  beforeEach((context) => {
    // The steps build on each other: after a failure, fail fast instead of waiting out every later timeout.
    if (failedStep !== null) throw new Error(`not run: the earlier step '${failedStep}' failed`);
    context.onTestFailed(() => {
      failedStep ??= context.task.name;
      console.error(`[${context.task.name}] failed; the nodes' last log lines:\n${cluster.diagnostics()}`);
    });
  });

  it('formats three nodes with the real CLI, starts them, and elects a controller with every broker unfenced', async () => {
    const formatted = await cluster.format();
    for (const run of formatted) expect(run.stdout).toMatch(new RegExp(`^Formatted .*cluster\\.id=${cluster.clusterId}`, 'm'));
    cluster.startAll();

    const ready = await waitFor('3 unfenced brokers and a controller', async () => {
      const c = await describeCluster(cluster.bootstrap());
      return c.controllerId !== -1 && c.brokers.length === 3 && c.brokers.every((b) => !b.fenced) ? c : null;
    }, { timeoutMs: 30_000, diagnostics });
    expect(ready.clusterId).toBe(cluster.clusterId);
    expect(cluster.ids).toContain(ready.controllerId);

    // The real process agrees, in both output formats.
    const json = await runSkiff(['cluster', 'describe', '--output', 'json', '--bootstrap-server', cluster.bootstrap()]);
    expect(json.code, json.stderr).toBe(0);
    const parsed = JSON.parse(json.stdout) as DescribeClusterResponse;
    expect(sorted(parsed.brokers.map((b) => b.brokerId))).toEqual([1, 2, 3]);
    expect(parsed.brokers.every((b) => !b.fenced && b.brokerEpoch >= 0)).toBe(true);
    const text = await runSkiff(['cluster', 'describe', '--bootstrap-server', cluster.node(1).address]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`ClusterId: ${cluster.clusterId}`);
    expect(text.stdout).toMatch(/^Controller: [123]$/m);
    expect(text.stdout).toMatch(/^BrokerId\s+Endpoint\s+Rack\s+State\s+BrokerEpoch\s+Controller$/m);
  }, 45_000);

  it('creates a topic with 6 partitions and replication factor 3: leaders spread, ISR = replicas', async () => {
    const created = await runSkiff(['topics', 'create', '--topic', topic, '--partitions', '6', '--replication-factor', '3', '--bootstrap-server', cluster.bootstrap()]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(new RegExp(`^Created topic ${topic} \\(id \\S+, 6 partitions, replication factor 3\\)\\.$`, 'm'));

    // Every node serves the same description once it has applied the records.
    const views = await Promise.all(cluster.ids.map((id) => waitFor(`node ${id} to describe ${topic}`, async () => {
      const t = await describeTopic(cluster.node(id).address);
      return t.partitions.length === 6 ? t : null;
    }, { timeoutMs: 10_000, diagnostics })));
    const t = views[0]!;
    for (const other of views) expect(other).toEqual(t);

    expect(t.error).toBeNull();
    expect(t.topicId).not.toBe('');
    expect(t.partitions.map((p) => p.partition)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const p of t.partitions) {
      expect(sorted(p.replicas)).toEqual([1, 2, 3]);
      expect(sorted(p.isr)).toEqual(sorted(p.replicas));
      expect(p.leader).toBe(p.replicas[0]); // the preferred leader
      expect(p.elr).toEqual([]);
      expect(p.offlineReplicas).toEqual([]);
      expect(p.leaderEpoch).toBeGreaterThanOrEqual(0);
    }
    // Placement keeps leadership within one partition per broker: 6 over 3 is 2 each.
    const led = new Map<number, number>();
    for (const p of t.partitions) led.set(p.leader, (led.get(p.leader) ?? 0) + 1);
    expect(Object.fromEntries(led)).toEqual({ 1: 2, 2: 2, 3: 2 });
  }, 30_000);

  it("prints topics describe in kafka-topics.sh's layout (real CLI)", async () => {
    const run = await runSkiff(['topics', 'describe', '--topic', topic, '--bootstrap-server', cluster.bootstrap()]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.pop()).toBe(''); // every line ends with a newline
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(new RegExp(`^Topic: ${topic}\\tTopicId: \\S+\\tPartitionCount: 6\\tReplicationFactor: 3\\tConfigs: `));
    for (const [i, line] of lines.slice(1).entries()) {
      const match = new RegExp(`^\\tTopic: ${topic}\\tPartition: (\\d+)\\tLeader: (\\d+)\\tReplicas: ([\\d,]+)\\tIsr: ([\\d,]+)\\tElr: (.*)$`).exec(line);
      expect(match, line).not.toBeNull();
      expect(Number(match![1])).toBe(i);
      expect(match![3]!.split(',')).toHaveLength(3);
      expect(match![4]!.split(',')).toHaveLength(3);
      expect(match![5]).toBe('');
    }
  }, 30_000);

  it('refuses a duplicate topic (TOPIC_ALREADY_EXISTS) and replication factor 4 on 3 brokers (INVALID_REPLICATION_FACTOR) with exit 1', async () => {
    const [again, tooWide] = await Promise.all([
      runSkiff(['topics', 'create', '--topic', topic, '--partitions', '6', '--replication-factor', '3', '--bootstrap-server', cluster.bootstrap()]),
      runSkiff(['topics', 'create', '--topic', 'too-wide', '--partitions', '1', '--replication-factor', '4', '--bootstrap-server', cluster.bootstrap()]),
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`create topic ${topic} failed: TOPIC_ALREADY_EXISTS`));
    expect(tooWide.code).toBe(1);
    expect(tooWide.stderr).toMatch(/create topic too-wide failed: INVALID_REPLICATION_FACTOR/);
    // Neither refusal changed anything.
    const names = await adminJson<string[]>(['topics', 'list', '--bootstrap-server', cluster.bootstrap()]);
    expect(names).toEqual([topic]);
  }, 30_000);

  it('explains an unreachable --bootstrap-server (exit 1) and a malformed one (exit 2)', async () => {
    const [deadPort] = await freePorts(1);
    const [unreachable, malformed] = await Promise.all([
      runSkiff(['topics', 'describe', '--bootstrap-server', `127.0.0.1:${deadPort}`]),
      runSkiff(['topics', 'describe', '--bootstrap-server', 'no-port-here']),
    ]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain(`could not reach any of 127.0.0.1:${deadPort}`);
    expect(unreachable.stderr).toMatch(/Is the cluster running .* and is --bootstrap-server right\?/);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("--bootstrap-server must be host:port[,host:port...], got 'no-port-here'");
  }, 30_000);

  it('server start on an unformatted directory exits 1 and says to run skiff storage format', async () => {
    const root = await mkdtemp(join(tmpdir(), 'skiff-it-unformatted-'));
    try {
      const [port] = await freePorts(1);
      const configPath = join(root, 'server.properties');
      await writeFile(configPath, [
        'node.id=1',
        `controller.quorum.voters=1@127.0.0.1:${port}`,
        `listeners=PLAINTEXT://127.0.0.1:${port}`,
        `log.dirs=${join(root, 'data')}`,
      ].join('\n') + '\n');
      const run = await runSkiff(['server', 'start', '--config', configPath]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('storage is not formatted');
      expect(run.stderr).toContain(`skiff storage format --cluster-id <id> --config ${configPath}`);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 30_000);

  it('elects a new controller after kill -9 of the active one; a survivor still describes the topic', async () => {
    const before = await describeCluster(cluster.bootstrap());
    const status = await adminJson<QuorumStatus>(['quorum', 'describe', '--status', '--bootstrap-server', cluster.bootstrap()]);
    state.killedId = before.controllerId;
    state.killedBrokerEpoch = broker(before, before.controllerId)!.brokerEpoch;
    state.leaderEpoch = status.LeaderEpoch;
    expect(status.LeaderId).toBe(state.killedId);

    state.killedAtMs = Date.now();
    const exit = await cluster.kill(state.killedId, 'SIGKILL');
    expect(exit.signal).toBe('SIGKILL');
    const survivors = cluster.ids.filter((id) => id !== state.killedId);

    // Both survivors must name the same new controller, answering for themselves.
    const views = await Promise.all(survivors.map((id) => waitFor(`node ${id} to name a new controller`, async () => {
      const c = await describeCluster(cluster.node(id).address);
      return c.controllerId !== -1 && c.controllerId !== state.killedId ? c.controllerId : null;
    }, { timeoutMs: 15_000, intervalMs: 50, diagnostics })));
    expect(views[0]).toBe(views[1]);
    state.newControllerId = views[0]!;
    expect(survivors).toContain(state.newControllerId);

    const survivor = survivors.find((id) => id !== state.newControllerId)!;
    const run = await runSkiff(['topics', 'describe', '--topic', topic, '--output', 'json', '--bootstrap-server', cluster.node(survivor).address]);
    expect(run.code, run.stderr).toBe(0);
    const [t] = JSON.parse(run.stdout) as TopicMetadata[];
    expect(t?.name).toBe(topic);
    expect(t?.partitions).toHaveLength(6);

    const after = await waitFor('quorum status from the new leader', async () => {
      const s = await adminJson<QuorumStatus>(['quorum', 'describe', '--status', '--bootstrap-server', cluster.bootstrap(survivors)]);
      return s.LeaderId === state.newControllerId ? s : null;
    }, { timeoutMs: 10_000, diagnostics });
    expect(after.LeaderEpoch).toBeGreaterThan(state.leaderEpoch);
  }, 30_000);

  it('fences the dead broker after broker.session.timeout.ms and moves its leaderships to survivors', async () => {
    const survivors = cluster.ids.filter((id) => id !== state.killedId);
    const bootstrap = cluster.bootstrap(survivors);
    const fenced = await waitFor(`broker ${state.killedId} fenced`, async () => {
      const c = await describeCluster(bootstrap);
      return broker(c, state.killedId)?.fenced === true ? c : null;
    }, { timeoutMs: 20_000, intervalMs: 100, diagnostics });
    // The new controller gives every broker a full session from its activation, so a fence is never early.
    expect(Date.now() - state.killedAtMs).toBeGreaterThanOrEqual(sessionTimeoutMs);
    expect(survivors.every((id) => broker(fenced, id)?.fenced === false)).toBe(true);

    const t = await waitFor(`no partition led by broker ${state.killedId}`, async () => {
      const view = await describeTopic(cluster.node(state.newControllerId).address);
      return view.partitions.every((p) => p.leader !== state.killedId) ? view : null;
    }, { timeoutMs: 10_000, diagnostics });
    for (const p of t.partitions) {
      expect(survivors).toContain(p.leader);
      expect(p.isr).not.toContain(state.killedId);
      expect(p.offlineReplicas).toEqual([state.killedId]);
      expect(p.replicas).toHaveLength(3);
    }
  }, 30_000);

  it('restarts the killed node with the same config and data: it rejoins unfenced, same cluster id, new broker epoch', async () => {
    const id = state.killedId;
    cluster.start(id);
    const self = await waitFor(`restarted node ${id} to see itself unfenced under a new broker epoch`, async () => {
      const c = await describeCluster(cluster.node(id).address);
      const b = broker(c, id);
      return b !== undefined && !b.fenced && b.brokerEpoch > state.killedBrokerEpoch && c.controllerId === state.newControllerId ? c : null;
    }, { timeoutMs: 20_000, diagnostics });
    expect(self.clusterId).toBe(cluster.clusterId);
    expect(self.brokers.every((b) => !b.fenced)).toBe(true);

    // The controller's view agrees, and the node's own log tells the same story.
    const fromController = await describeCluster(cluster.node(state.newControllerId).address);
    expect(broker(fromController, id)).toEqual(broker(self, id));
    const started = cluster.logRecords(id, 'skiff node started');
    expect(started).toHaveLength(1);
    expect(started[0]!.clusterId).toBe(cluster.clusterId);
    const registered = cluster.logRecords(id, 'registered with the controller');
    expect(registered.at(-1)?.brokerEpoch).toBe(broker(self, id)!.brokerEpoch);
    expect(cluster.logRecords(id, 'unfenced: serving as a broker').length).toBeGreaterThanOrEqual(1);

    // It replayed the metadata log: it describes the topic like everyone else.
    const t = await describeTopic(cluster.node(id).address);
    expect(t.partitions).toHaveLength(6);
  }, 30_000);

  it('quorum describe --status shows the three voters and the new leader (real CLI)', async () => {
    const rows = await waitFor('every voter caught up', async () => {
      const r = await adminJson<ReplicationRow[]>(['quorum', 'describe', '--replication', '--bootstrap-server', cluster.bootstrap()]);
      return r.length === 3 && r.every((row) => row.Lag === 0) ? r : null;
    }, { timeoutMs: 15_000, diagnostics });
    expect(sorted(rows.map((r) => r.NodeId))).toEqual([1, 2, 3]);
    expect(rows.filter((r) => r.Status === 'Leader').map((r) => r.NodeId)).toEqual([state.newControllerId]);

    // Asked of the restarted follower, which forwards to the leader.
    const run = await runSkiff(['quorum', 'describe', '--status', '--bootstrap-server', cluster.node(state.killedId).address]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^LeaderId:\\s+${state.newControllerId}$`, 'm'));
    expect(run.stdout).toMatch(/^LeaderEpoch:\s+\d+$/m);
    expect(run.stdout).toMatch(/^HighWatermark:\s+\d+$/m);
    expect(run.stdout).toMatch(/^CurrentVoters:\s+\[1,2,3\]$/m);
    expect(run.stdout).toMatch(/^CurrentObservers:\s+\[\]$/m);
  }, 30_000);

  it('SIGTERM: a controlled shutdown moves leaderships away, logs a clean stop, and exits 0', async () => {
    // A broker that is not the controller, so the quorum keeps its leader.
    const id = cluster.ids.find((n) => n !== state.newControllerId && n !== state.killedId)!;
    void cluster.kill(id, 'SIGTERM');
    const exit = await cluster.waitExit(id, 20_000);
    expect(exit).toEqual({ code: 0, signal: null });

    const messages = cluster.logRecords(id).map((r) => r.msg);
    const order = ['shutting down', 'controlled shutdown: moving leaderships away', 'controlled shutdown complete: the controller released this broker', 'stopped'];
    const positions = order.map((msg) => messages.indexOf(msg));
    expect(positions.every((p) => p >= 0), JSON.stringify(messages.slice(-10))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(cluster.logRecords(id, 'stopped')[0]!.clean).toBe(true);
    expect(cluster.logRecords(id).filter((r) => Number(r.level) >= 50)).toEqual([]);

    // The controller released it only once it led nothing.
    const t = await describeTopic(cluster.node(state.newControllerId).address);
    for (const p of t.partitions) {
      expect(p.leader).not.toBe(id);
      expect(p.leader).not.toBe(-1);
    }
    const c = await describeCluster(cluster.node(state.newControllerId).address);
    const b = broker(c, id);
    expect(b !== undefined && (b.fenced || b.inControlledShutdown)).toBe(true);
  }, 30_000);
});
