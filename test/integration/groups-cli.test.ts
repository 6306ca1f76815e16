// Goal: `skiff groups` works against real processes as kafka-consumer-groups.sh
// does: `list` finds a group whichever broker coordinates it; `describe`
// prints Kafka's columns with the right CURRENT-OFFSET, LOG-END-OFFSET and LAG
// (and the member's CONSUMER-ID, HOST and CLIENT-ID while it is active);
// `reset-offsets` is a dry run that changes nothing unless --execute, is
// refused while the group has a member, and once executed moves the offsets
// describe reports; `delete` removes the group, after which describe fails
// with GROUP_ID_NOT_FOUND.
// Method: three nodes via cluster-harness.ts (real `skiff server` processes on
// 127.0.0.1). Records are produced with the client library (new Skiff); the
// group's offsets are made with raw RPCs (a member joins with
// ConsumerGroupHeartbeat, commits, leaves with member epoch -1). The commands
// run as real `skiff groups ...` processes (runSkiff), and in process through
// runGroupsCommand, the same code without the process start, where only the
// output matters.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGroupsCommand } from '../../src/cli/groups-command.js';
import { Skiff, type Admin } from '../../src/index.js';
import { type CliRun, connectClient, type ClientConnection, ProcessCluster, runSkiff, waitFor } from './cluster-harness.js';

let cluster: ProcessCluster;
let skiff: Skiff;
let admin: Admin;
let client: ClientConnection;
let bootstrap: string;
const group = 'lag-group';
const topic = 'orders';
const header = 'GROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID';

/** `skiff groups args...` in this process, through the code the CLI runs. */
async function groups(args: readonly string[]): Promise<CliRun> {
  const [sub, ...rest] = args;
  let stdout = '';
  let stderr = '';
  const code = await runGroupsCommand(sub, [...rest, '--bootstrap-server', bootstrap], { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** `skiff groups args...` as its own process. */
function skiffGroups(args: readonly string[]): Promise<CliRun> {
  return runSkiff(['groups', ...args, '--bootstrap-server', bootstrap], 60_000);
}

/** The data rows of the offsets table, split into Kafka's nine columns. */
function offsetRows(stdout: string): string[][] {
  const lines = stdout.split('\n').filter((l) => l.length > 0);
  expect(lines[0]).toMatch(new RegExp(`^${header} +HOST +CLIENT-ID$`));
  return lines.slice(1).map((l) => l.split(/ +/));
}

/** partition → [CURRENT-OFFSET, LOG-END-OFFSET, LAG], from the JSON view. */
async function offsetsByPartition(): Promise<Record<number, [number | null, number | null, number | null]>> {
  const run = await groups(['describe', '--group', group, '--output', 'json']);
  expect(run.code, run.stderr).toBe(0);
  const parsed = JSON.parse(run.stdout) as { offsets: { partition: number; currentOffset: number | null; logEndOffset: number | null; lag: number | null }[] };
  return Object.fromEntries(parsed.offsets.map((r) => [r.partition, [r.currentOffset, r.logEndOffset, r.lag]]));
}

async function coordinator(): Promise<number> {
  return waitFor('a coordinator for the group', async () => {
    const r = await client.cluster.call(client.cluster.anyBroker(), 'FindCoordinator', { key: group }).catch(() => null);
    return r !== null && r.error === null ? r.nodeId : null;
  }, { timeoutMs: 30_000, intervalMs: 200, diagnostics: () => cluster.diagnostics() });
}

const heartbeat = (memberId: string, memberEpoch: number) => ({
  groupId: group, memberId, memberEpoch, instanceId: null, rebalanceTimeoutMs: 10_000,
  subscribedTopicNames: memberEpoch === 0 ? [topic] : null, subscribedTopicRegex: null, serverAssignor: null,
  ownedTopicPartitions: memberEpoch === 0 ? [] : null, clientId: 'it-client', clientHost: '127.0.0.1',
});

/** A member joins (it gets every partition); returns its epoch. */
async function join(memberId: string): Promise<number> {
  const c = await coordinator();
  const joined = await waitFor(`member ${memberId} joined`, async () => {
    const r = await client.cluster.call(c, 'ConsumerGroupHeartbeat', heartbeat(memberId, 0)).catch(() => null);
    return r !== null && r.error === null ? r : null;
  }, { timeoutMs: 30_000, intervalMs: 200, diagnostics: () => cluster.diagnostics() });
  return joined.memberEpoch;
}

async function leave(memberId: string): Promise<void> {
  const left = await client.cluster.call(await coordinator(), 'ConsumerGroupHeartbeat', heartbeat(memberId, -1));
  expect(left.error).toBeNull();
}

describe('skiff groups against real processes', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({
      size: 3,
      name: 'skiff-it-groups-cli',
      config: { 'default.replication.factor': 3, 'min.insync.replicas': 2, 'offsets.topic.num.partitions': 6, 'group.consumer.session.timeout.ms': 6000, 'group.consumer.heartbeat.interval.ms': 500 },
    });
    await cluster.startServing();
    bootstrap = cluster.bootstrap();
    skiff = new Skiff({ brokers: bootstrap, clientId: 'groups-cli-it' });
    admin = skiff.admin();
    await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 3 }] });
    const producer = skiff.producer();
    await producer.connect();
    // 10 records on partition 0, 5 on partition 1, none on partition 2.
    await producer.send({ topic, messages: Array.from({ length: 10 }, (_, i) => ({ value: `a${i}`, partition: 0 })) });
    await producer.send({ topic, messages: Array.from({ length: 5 }, (_, i) => ({ value: `b${i}`, partition: 1 })) });
    await producer.disconnect();
    await waitFor('the high watermarks 10, 5, 0', async () => {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.map((o) => o.high).join(',') === '10,5,0' ? offsets : null;
    }, { timeoutMs: 30_000, intervalMs: 200, diagnostics: () => cluster.diagnostics() });

    // The group's committed offsets: a member joins, commits 4 on partition 0 and 5 on partition 1, and leaves.
    client = await connectClient(bootstrap);
    const memberEpoch = await join('m-setup');
    const commit = await client.cluster.call(await coordinator(), 'OffsetCommit', {
      groupId: group, memberId: 'm-setup', memberEpoch,
      topics: [{ topic, partitions: [{ partition: 0, committedOffset: 4, committedLeaderEpoch: -1, committedMetadata: null }, { partition: 1, committedOffset: 5, committedLeaderEpoch: -1, committedMetadata: null }] }],
    });
    expect(commit.error).toBeNull();
    expect(commit.topics.flatMap((t) => t.partitions).every((p) => p.error === null)).toBe(true);
    await leave('m-setup');
  }, 150_000);

  afterAll(async () => {
    await admin?.disconnect().catch(() => {});
    await client?.close().catch(() => {});
    await cluster?.destroy();
  });

  it('lists the group, with its state when asked', async () => {
    const listed = await skiffGroups(['list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout.split('\n')).toContain(group);
    const empty = await groups(['list', '--state', 'Empty']);
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stdout.split('\n')[0]).toMatch(/^GROUP +STATE$/);
    expect(empty.stdout).toMatch(new RegExp(`^${group} +Empty$`, 'm'));
    const stable = await groups(['list', '--state', 'Stable']);
    expect(stable.code, stable.stderr).toBe(0);
    expect(stable.stdout).not.toContain(group);
  }, 90_000);

  it('describes offsets with Kafka\'s columns and the lag, plus the state view', async () => {
    const described = await skiffGroups(['describe', '--group', group]);
    expect(described.code, described.stderr).toBe(0);
    expect(described.stderr).toContain(`Consumer group '${group}' has no active members.`);
    expect(offsetRows(described.stdout)).toEqual([
      [group, topic, '0', '4', '10', '6', '-', '-', '-'],
      [group, topic, '1', '5', '5', '0', '-', '-', '-'],
    ]);
    const state = await groups(['describe', '--group', group, '--state']);
    expect(state.code, state.stderr).toBe(0);
    const lines = state.stdout.split('\n').filter((l) => l.length > 0);
    expect(lines[0]).toMatch(/^GROUP +COORDINATOR \(ID\) +ASSIGNMENT-STRATEGY +STATE +#MEMBERS$/);
    expect(lines[1]).toMatch(new RegExp(`^${group} +127\\.0\\.0\\.1:\\d+ \\(${await coordinator()}\\) +\\S+ +Empty +0$`));
  }, 90_000);

  it('shows an active member in describe and refuses to reset offsets under it', async () => {
    const memberEpoch = await join('m-live');
    try {
      expect(memberEpoch).toBeGreaterThan(0);
      const members = await groups(['describe', '--group', group, '--members', '--verbose']);
      expect(members.code, members.stderr).toBe(0);
      expect(members.stdout.split('\n').filter((l) => l.length > 0)[1]).toMatch(new RegExp(`^${group} +m-live +127\\.0\\.0\\.1 +it-client +3 +${topic}\\(0,1,2\\)$`));
      const offsets = await groups(['describe', '--group', group]);
      expect(offsets.code, offsets.stderr).toBe(0);
      const rows = offsetRows(offsets.stdout);
      expect(rows.map((r) => r.slice(2))).toEqual([
        ['0', '4', '10', '6', 'm-live', '127.0.0.1', 'it-client'],
        ['1', '5', '5', '0', 'm-live', '127.0.0.1', 'it-client'],
        ['2', '-', '0', '-', 'm-live', '127.0.0.1', 'it-client'],
      ]);
      const refused = await groups(['reset-offsets', '--group', group, '--topic', topic, '--to-earliest', '--execute']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/UNKNOWN_MEMBER_ID \(25\): .*has active members; stop them first/);
    } finally {
      await leave('m-live');
    }
    expect(await offsetsByPartition()).toEqual({ 0: [4, 10, 6], 1: [5, 5, 0] });
  }, 90_000);

  it('resets offsets: a dry run changes nothing, --execute moves them', async () => {
    const dry = await groups(['reset-offsets', '--group', group, '--topic', topic, '--to-earliest']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.split('\n').filter((l) => l.length > 0)).toEqual([
      'GROUP                          TOPIC                          PARTITION  NEW-OFFSET',
      `${group.padEnd(30)} ${topic.padEnd(30)} 0          0`,
      `${group.padEnd(30)} ${topic.padEnd(30)} 1          0`,
      `${group.padEnd(30)} ${topic.padEnd(30)} 2          0`,
    ]);
    expect(dry.stderr).toMatch(/Dry run: nothing was committed/);
    expect(await offsetsByPartition()).toEqual({ 0: [4, 10, 6], 1: [5, 5, 0] });

    const executed = await skiffGroups(['reset-offsets', '--group', group, '--topic', topic, '--to-earliest', '--execute']);
    expect(executed.code, executed.stderr).toBe(0);
    expect(executed.stdout).toMatch(/PARTITION +NEW-OFFSET/);
    expect(await offsetsByPartition()).toEqual({ 0: [0, 10, 10], 1: [0, 5, 5], 2: [0, 0, 0] });

    const shifted = await groups(['reset-offsets', '--group', group, '--topic', `${topic}:0`, '--shift-by', '3', '--execute']);
    expect(shifted.code, shifted.stderr).toBe(0);
    const future = await groups(['reset-offsets', '--group', group, '--topic', `${topic}:1`, '--to-datetime', '2999-01-01T00:00:00Z', '--execute']);
    expect(future.code, future.stderr).toBe(0);
    const clamped = await groups(['reset-offsets', '--group', group, '--topic', `${topic}:2`, '--to-offset', '7', '--execute']);
    expect(clamped.code, clamped.stderr).toBe(0);
    expect(clamped.stderr).toContain(`Warn: New offset (7) is higher than latest offset for topic partition ${topic}-2. Value will be set to 0`);
    expect(await offsetsByPartition()).toEqual({ 0: [3, 10, 7], 1: [5, 5, 0], 2: [0, 0, 0] });
  }, 120_000);

  it('deletes the group; describing it then fails with GROUP_ID_NOT_FOUND', async () => {
    const deleted = await skiffGroups(['delete', '--group', group]);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout).toBe(`Deletion of requested consumer groups ('${group}') was successful.\n`);
    const listed = await groups(['list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout.split('\n')).not.toContain(group);
    const missing = await skiffGroups(['describe', '--group', group]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`GROUP_ID_NOT_FOUND (69): describe group '${group}': group '${group}' does not exist`);
    const again = await groups(['delete', '--group', group]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('GROUP_ID_NOT_FOUND (69)');
  }, 90_000);
});
