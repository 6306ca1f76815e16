// Goal: the group Consumer works on real processes as an application uses
// it (new Skiff({ brokers }).consumer): (a) queue semantics — three members
// of one group share a 12-partition topic, 4 partitions each once stable,
// every record is handled, and no partition is ever held or handled by two
// members at once; (b) pub/sub — two groups each see every record; (c) a
// member in a child process killed with SIGKILL mid-stream: its partitions
// move to the survivors within the session timeout plus a bounded slack,
// and with autoCommit the survivors re-read only records at or after the
// offset committed at the crash (nothing committed is re-delivered, nothing
// is lost); (d) kill -9 of the broker that coordinates the group (leader of
// its __consumer_offsets partition): the members carry on with the new
// coordinator, every record is handled, and committed offsets sampled
// throughout never move backwards.
// Method: three nodes via cluster-harness.ts (real `skiff` processes on
// 127.0.0.1; session timeout 6 s, heartbeat 500 ms, 6 offsets partitions);
// records written with the Producer; ownership tracked from each member's
// 'partitions.assigned'/'partitions.revoked' events (all in this process,
// so they are totally ordered) and checked around every handler call; the
// killed member runs fixtures/group-consumer.ts and reports on stdout;
// committed offsets read with raw OffsetFetch. afterAll disconnects every
// consumer, kills the child and every node.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Admin, type Consumer, type Producer, Skiff } from '../../src/index.js';
import { connectClient, type ClientConnection, ProcessCluster, repoRoot, sleep, waitFor } from './cluster-harness.js';

const sessionTimeoutMs = 6_000;

let cluster: ProcessCluster;
let skiff: Skiff;
let admin: Admin;
let producer: Producer;
let raw: ClientConnection;
const consumers: Consumer[] = [];
const children: ChildProcess[] = [];

interface Handled {
  readonly member: string;
  readonly partition: number;
  readonly offset: number;
  readonly value: string;
  readonly atMs: number;
}

/** Partition ownership of one group as its in-process members report it, and every rule broken along the way. */
class GroupWatch {
  readonly owner = new Map<number, string>();
  readonly handling = new Map<number, string>();
  readonly violations: string[] = [];
  readonly handled: Handled[] = [];
  readonly assignedAt = new Map<number, { member: string; atMs: number }>();
  lost = 0;

  member(name: string, groupId: string, topic: string, options: { autoCommitInterval?: number; handlerMs?: number } = {}): Promise<Consumer> {
    const consumer = skiff.consumer({ groupId, sessionTimeoutMs });
    consumers.push(consumer);
    consumer.on('partitions.assigned', (e) => {
      for (const p of e.payload.partitions.flatMap((t) => t.partitions)) {
        const held = this.owner.get(p);
        if (held !== undefined) this.violations.push(`${name} assigned ${p} while ${held} holds it`);
        this.owner.set(p, name);
        this.assignedAt.set(p, { member: name, atMs: Date.now() });
      }
    });
    consumer.on('partitions.revoked', (e) => {
      if (e.payload.lost) this.lost++;
      for (const p of e.payload.partitions.flatMap((t) => t.partitions)) {
        if (this.owner.get(p) !== name) this.violations.push(`${name} revoked ${p} held by ${this.owner.get(p) ?? 'nobody'}`);
        else this.owner.delete(p);
      }
    });
    return (async () => {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        autoCommitInterval: options.autoCommitInterval ?? 1_000,
        partitionsConsumedConcurrently: 2,
        eachMessage: async ({ partition, message }) => {
          if (this.owner.get(partition) !== name) this.violations.push(`${name} handles ${partition}@${message.offset} owned by ${this.owner.get(partition) ?? 'nobody'}`);
          const other = this.handling.get(partition);
          if (other !== undefined) this.violations.push(`${name} handles ${partition}@${message.offset} while ${other} does`);
          this.handling.set(partition, name);
          if (options.handlerMs !== undefined) await sleep(options.handlerMs);
          this.handling.delete(partition);
          this.handled.push({ member: name, partition, offset: message.offset, value: Buffer.from(message.value ?? []).toString(), atMs: Date.now() });
        },
      });
      return consumer;
    })();
  }

  count(name: string): number {
    return [...this.owner.values()].filter((o) => o === name).length;
  }

  values(): Set<string> {
    return new Set(this.handled.map((h) => h.value));
  }
}

async function createTopic(topic: string, partitions: number): Promise<void> {
  await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 3 }] });
  await raw.cluster.waitForTopic(topic, 20_000);
}

async function produce(topic: string, count: number, prefix = topic): Promise<string[]> {
  const values = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  for (let i = 0; i < count; i += 100) {
    await producer.send({ topic, messages: values.slice(i, i + 100).map((value) => ({ key: value, value })) });
  }
  return values;
}

async function coordinatorOf(groupId: string): Promise<number> {
  return waitFor(`the coordinator of ${groupId}`, async () => {
    const r = await raw.cluster.call(raw.cluster.anyBroker(), 'FindCoordinator', { key: groupId }).catch(() => null);
    return r !== null && r.error === null ? r.nodeId : null;
  }, { timeoutMs: 30_000, intervalMs: 200 });
}

/** The group's committed offsets by partition, or null when no coordinator answered. */
async function committedOffsets(groupId: string, topic: string): Promise<Map<number, number> | null> {
  const c = await raw.cluster.call(raw.cluster.anyBroker(), 'FindCoordinator', { key: groupId }, 2_000).catch(() => null);
  if (c === null || c.error !== null) return null;
  const r = await raw.cluster.call(c.nodeId, 'OffsetFetch', { groupId, memberId: null, memberEpoch: -1, topics: null }, 2_000).catch(() => null);
  if (r === null || r.error !== null) return null;
  return new Map((r.topics.find((t) => t.topic === topic)?.partitions ?? []).map((p) => [p.partition, p.committedOffset] as const));
}

describe('group consumers on real processes', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({
      size: 3,
      name: 'skiff-it-consumer-groups',
      config: { 'default.replication.factor': 3, 'min.insync.replicas': 2, 'group.consumer.session.timeout.ms': sessionTimeoutMs, 'group.consumer.heartbeat.interval.ms': 500, 'offsets.topic.num.partitions': 6 },
    });
    await cluster.startServing();
    skiff = new Skiff({ brokers: cluster.bootstrap().split(','), clientId: 'it-consumer', logLevel: 'error' });
    admin = skiff.admin();
    producer = skiff.producer({ lingerMs: 2 });
    await producer.connect();
    raw = await connectClient(cluster.bootstrap(), { logLevel: 'error' });
  }, 90_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(consumers.map((c) => Promise.race([c.disconnect().catch(() => {}), sleep(10_000)])));
    await producer?.disconnect().catch(() => {});
    await admin?.disconnect().catch(() => {});
    await raw?.close().catch(() => {});
    await cluster?.destroy();
  }, 60_000);

  it('(a) queue: three members share 12 partitions, 4 each, every record handled, no partition in two hands', async () => {
    await createTopic('queue', 12);
    const watch = new GroupWatch();
    await Promise.all(['a', 'b', 'c'].map((name) => watch.member(name, 'queue', 'queue')));
    await waitFor('4 partitions each', async () => (['a', 'b', 'c'].every((n) => watch.count(n) === 4) ? true : null), { timeoutMs: 30_000, intervalMs: 100 });
    const sent = await produce('queue', 1_200);
    await waitFor('every record handled', async () => (sent.every((v) => watch.values().has(v)) ? true : null), { timeoutMs: 30_000, intervalMs: 100 });
    expect(watch.violations).toEqual([]);
    expect(['a', 'b', 'c'].map((n) => watch.count(n))).toEqual([4, 4, 4]);
    const byMember = new Set(watch.handled.map((h) => h.member));
    expect(byMember.size).toBe(3);
    // Stable from before the first record and nobody fenced: each record exactly once.
    if (watch.lost === 0) expect(watch.handled.length).toBe(sent.length);
    for (const c of consumers.splice(0)) await c.disconnect();
    expect(watch.violations).toEqual([]);
  }, 60_000);

  it('(b) pub/sub: two groups each see every record', async () => {
    await createTopic('events', 4);
    const watches = [new GroupWatch(), new GroupWatch()];
    await Promise.all([watches[0]!.member('g1-a', 'events-g1', 'events'), watches[0]!.member('g1-b', 'events-g1', 'events'), watches[1]!.member('g2-a', 'events-g2', 'events')]);
    const sent = await produce('events', 400);
    await waitFor('both groups handled everything', async () => (watches.every((w) => sent.every((v) => w.values().has(v))) ? true : null), { timeoutMs: 30_000, intervalMs: 100 });
    for (const w of watches) expect(w.violations).toEqual([]);
    for (const c of consumers.splice(0)) await c.disconnect();
  }, 60_000);

  it('(c) a member killed with SIGKILL: its partitions move within the session timeout; only records at or after the last commit are re-read', async () => {
    const topic = 'crash';
    await createTopic(topic, 6);
    const watch = new GroupWatch();
    // The child: 20 ms per record, commits every 300 ms.
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test/integration/fixtures/group-consumer.ts'), cluster.bootstrap(), topic, topic, '20', '300', String(sessionTimeoutMs)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const childHandled: { partition: number; offset: number; value: string }[] = [];
    let childOwned = new Set<number>();
    let childCommits = 0;
    let childStderr = '';
    child.stderr!.on('data', (d: Buffer) => (childStderr += d.toString()));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = JSON.parse(line) as { type: string; partitions?: (number | { partition: number; offset: number })[]; partition?: number; offset?: number; value?: string };
      if (m.type === 'assigned') childOwned = new Set([...childOwned, ...(m.partitions as number[])]);
      if (m.type === 'revoked') for (const p of m.partitions as number[]) childOwned.delete(p);
      if (m.type === 'handled') childHandled.push({ partition: m.partition!, offset: m.offset!, value: m.value! });
      if (m.type === 'committed') childCommits++;
    });
    await Promise.all([watch.member('s1', topic, topic, { handlerMs: 2 }), watch.member('s2', topic, topic, { handlerMs: 2 })]);
    await waitFor('the child and two survivors hold 2 partitions each', async () => (childOwned.size === 2 && watch.count('s1') === 2 && watch.count('s2') === 2 ? true : null), {
      timeoutMs: 40_000, intervalMs: 100, diagnostics: () => `child owns ${[...childOwned].join(',')}; stderr: ${childStderr.slice(-2000)}`,
    });
    const sent = await produce(topic, 1_500);
    const childPartitions = [...childOwned];
    await waitFor('the child handled 60 records and committed some', async () => (childHandled.length >= 60 && childCommits >= 2 ? true : null), { timeoutMs: 30_000, intervalMs: 50 });

    child.kill('SIGKILL');
    await new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
    const killedAt = Date.now();
    // A commit the child sent just before it died may still land: give it a moment (far below the session timeout).
    await sleep(1_000);
    // Nobody else can commit these partitions until the coordinator fences the child: this is the committed state at the crash.
    const atCrash = await waitFor('committed offsets at the crash', () => committedOffsets(topic, topic), { timeoutMs: 5_000, intervalMs: 100 });
    await waitFor('the survivors own all six', async () => (watch.count('s1') + watch.count('s2') === 6 ? true : null), { timeoutMs: sessionTimeoutMs + 15_000, intervalMs: 50 });
    const movedAfterMs = Math.max(...childPartitions.map((p) => watch.assignedAt.get(p)!.atMs)) - killedAt;
    expect(movedAfterMs).toBeLessThan(sessionTimeoutMs + 5_000);
    await waitFor('every record handled by someone', async () => {
      const seen = new Set([...watch.values(), ...childHandled.map((h) => h.value)]);
      return sent.every((v) => seen.has(v)) ? true : null;
    }, { timeoutMs: 40_000, intervalMs: 100 });

    const reRead = watch.handled.filter((h) => childHandled.some((c) => c.partition === h.partition && c.offset === h.offset)).length;
    console.log(`consumer-groups (c): partitions ${childPartitions.join(',')} moved ${movedAfterMs} ms after SIGKILL (session ${sessionTimeoutMs} ms); child handled ${childHandled.length}, re-read after the move ${reRead}`);
    expect(watch.violations).toEqual([]);
    for (const p of childPartitions) {
      const committed = atCrash.get(p) ?? -1;
      expect(committed).toBeGreaterThanOrEqual(0); // the child committed (its start position at least)
      const survivors = watch.handled.filter((h) => h.partition === p).map((h) => h.offset);
      // The survivors start exactly at the commit: nothing committed is re-delivered, nothing after it skipped.
      expect(Math.min(...survivors)).toBe(committed);
      const reRead = survivors.filter((o) => childHandled.some((h) => h.partition === p && h.offset === o));
      expect(reRead.every((o) => o >= committed)).toBe(true);
      // Everything below the commit was handled by the child.
      const byChild = new Set(childHandled.filter((h) => h.partition === p).map((h) => h.offset));
      for (let o = 0; o < committed; o++) expect(byChild.has(o)).toBe(true);
    }
    for (const c of consumers.splice(0)) await c.disconnect();
  }, 90_000);

  it('(d) kill -9 of the group coordinator: members carry on, and committed offsets never move backwards', async () => {
    const topic = 'failover';
    await createTopic(topic, 6);
    const watch = new GroupWatch();
    await Promise.all([watch.member('f1', topic, topic, { autoCommitInterval: 300 }), watch.member('f2', topic, topic, { autoCommitInterval: 300 })]);
    await waitFor('3 partitions each', async () => (watch.count('f1') === 3 && watch.count('f2') === 3 ? true : null), { timeoutMs: 30_000, intervalMs: 100 });
    const samples = new Map<number, number[]>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const offsets = await committedOffsets(topic, topic);
        for (const [p, o] of offsets ?? []) samples.set(p, [...(samples.get(p) ?? []), o]);
        await sleep(150);
      }
    })();
    // Sends go out every 50 ms without waiting for each other, so one stuck on a partition led by the killed node does not stop the rest.
    let producing = true;
    const sent: string[] = [];
    const outstanding: Promise<void>[] = [];
    const writer = (async () => {
      for (let round = 0; producing; round++) {
        const batch = Array.from({ length: 10 }, (_, i) => `${topic}-${round}-${i}`);
        // A send that fails during the failover may or may not have been written: only acknowledged ones must be read.
        outstanding.push(producer.send({ topic, messages: batch.map((value) => ({ key: value, value })) }).then(() => void sent.push(...batch), () => undefined));
        await sleep(50);
      }
      await Promise.all(outstanding);
    })();
    await waitFor('some records committed', async () => ([...(await committedOffsets(topic, topic) ?? new Map<number, number>()).values()].some((o) => o > 0) ? true : null), { timeoutMs: 20_000, intervalMs: 100 });
    const coordinator = await coordinatorOf(topic);
    await cluster.kill(coordinator);
    const killedAt = Date.now();
    await waitFor('a new coordinator serving offsets', async () => {
      const c = await coordinatorOf(topic);
      return c !== coordinator && (await committedOffsets(topic, topic)) !== null ? true : null;
    }, { timeoutMs: 40_000, intervalMs: 250, diagnostics: () => cluster.diagnostics() });
    const failoverMs = Date.now() - killedAt;
    await sleep(2_000);
    producing = false;
    await writer;
    // And a burst after the failover, all of which must be handled and committed through the new coordinator.
    sent.push(...(await produce(topic, 300, 'after-failover')));
    await waitFor('every acknowledged record handled', async () => (sent.every((v) => watch.values().has(v)) ? true : null), { timeoutMs: 40_000, intervalMs: 100 });
    for (const c of consumers.splice(0)) await c.disconnect();
    sampling = false;
    await sampler;

    console.log(`consumer-groups (d): coordinator ${coordinator} killed; offsets served again after ${failoverMs} ms; ${sent.length} records, ${watch.handled.length} handled, ${[...samples.values()].reduce((n, l) => n + l.length, 0)} offset samples`);
    expect(watch.lost).toBe(0); // the new coordinator gives every member a fresh session: nobody is fenced
    expect(watch.violations).toEqual([]);
    for (const [p, offsets] of samples) {
      for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) throw new Error(`partition ${p}: committed offset moved back from ${offsets[i - 1]} to ${offsets[i]}`);
    }
    // After the final commits every partition is committed up to its log end.
    const final = await waitFor('final offsets', () => committedOffsets(topic, topic), { timeoutMs: 10_000, intervalMs: 200 });
    const ends = await admin.fetchTopicOffsets(topic);
    for (const { partition, high } of ends) expect(final.get(partition)).toBe(high);
  }, 120_000);
});
