// Goal: the console tools work as real processes against a real cluster, the
// way kafka-console-producer/consumer are used in a shell: 10,000 lines
// "key-i:value-i" piped into `skiff produce --property parse.key=true
// --property key.separator=:` all come back from `skiff consume
// --from-beginning --max-messages 10000`, each (key, value) exactly once,
// every partition's records at offsets 0..n-1 in offset order and in the
// order their lines were written; the default output is `key<TAB>value`; a
// line without the separator stops the producer with Kafka's message and
// exit 1, after the lines before it were stored; with --group, two console
// consumers share the partitions (each record printed once between them)
// and a later member of the group resumes at the committed offsets.
// Method: cluster-harness.ts starts three `skiff server start` processes on
// free 127.0.0.1 ports (data under os.tmpdir()); topics are created with the
// in-process admin code; `skiff produce` and `skiff consume` run as child
// processes of the real entry point, stdin written with backpressure
// (waiting for 'drain'), stdout and stderr collected. Bounds: every child is
// killed after its own deadline, the whole file takes well under 60 s, and
// afterAll kill -9s the nodes and removes the directory.

import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TopicMetadata } from '../../src/broker/services.js';
import { partitionForKey } from '../../src/client/partitioners.js';
import { adminJson, type CliRun, ProcessCluster, repoRoot, runSkiff, skiffCommand, waitFor } from './cluster-harness.js';

const topic = 'console';
const badTopic = 'console-bad';
const partitionCount = 3;
const lineCount = 10_000;

let cluster: ProcessCluster;
const diagnostics = (): string => cluster.diagnostics();

/** Runs `skiff args...` with `input` written to its stdin (respecting backpressure), killed after `timeoutMs`. */
function runSkiffWithInput(args: readonly string[], input: readonly string[], timeoutMs: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const { command, args: full } = skiffCommand(args);
    const child = spawn(command, full, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The child may stop reading early (a bad line): its stdin then fails with EPIPE, which is expected.
    child.stdin.on('error', () => {});
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`skiff ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${stdout.slice(-2_000)}\nstderr: ${stderr.slice(-2_000)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal !== null ? 128 : -1), stdout, stderr });
    });
    void (async () => {
      // Chunks of 500 lines, each write waiting for 'drain' when the pipe is full.
      for (let i = 0; i < input.length && !child.stdin.destroyed; i += 500) {
        const chunk = input.slice(i, i + 500).map((line) => line + '\n').join('');
        if (!child.stdin.write(chunk)) await new Promise<void>((resume) => { child.stdin.once('drain', resume); child.stdin.once('close', resume); });
      }
      child.stdin.end();
    })();
  });
}

const describeTopic = async (name: string): Promise<TopicMetadata | null> => {
  const topics = await adminJson<TopicMetadata[]>(['topics', 'describe', '--topic', name, '--bootstrap-server', cluster.bootstrap()]);
  const found = topics.find((t) => t.name === name);
  return found !== undefined && found.partitions.length > 0 && found.partitions.every((p) => p.leader >= 0 && p.isr.length === 3) ? found : null;
};

describe('skiff produce | skiff consume (real processes)', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({
      size: 3,
      name: 'skiff-it-console',
      config: { 'default.replication.factor': 3, 'min.insync.replicas': 2, 'broker.session.timeout.ms': 3_000, 'broker.heartbeat.interval.ms': 500, 'offsets.topic.num.partitions': 3, 'group.consumer.heartbeat.interval.ms': 500, 'group.consumer.session.timeout.ms': 6000 },
    });
    await cluster.format();
    cluster.startAll();
    await waitFor('3 unfenced brokers and a controller', async () => {
      const c = await adminJson<{ controllerId: number; brokers: { fenced: boolean }[] }>(['cluster', 'describe', '--bootstrap-server', cluster.bootstrap()]);
      return c.controllerId !== -1 && c.brokers.length === 3 && c.brokers.every((b) => !b.fenced) ? c : null;
    }, { timeoutMs: 25_000, diagnostics });
    for (const [name, partitions] of [[topic, partitionCount], [badTopic, 1]] as const) {
      await adminJson(['topics', 'create', '--topic', name, '--partitions', String(partitions), '--replication-factor', '3', '--bootstrap-server', cluster.bootstrap()]);
      await waitFor(`every partition of ${name} led with a full ISR`, () => describeTopic(name), { timeoutMs: 10_000, diagnostics });
    }
  }, 45_000);

  afterAll(async () => {
    await cluster?.destroy();
  }, 15_000);

  it('pipes 10,000 keyed lines through skiff produce and reads each back once, in order per partition', async (context) => {
    context.onTestFailed(() => console.error(`[console] failed; the nodes' last log lines:\n${diagnostics()}`));
    const lines = Array.from({ length: lineCount }, (_, i) => `key-${i}:value-${i}`);
    const produced = await runSkiffWithInput(['produce', '--topic', topic, '--property', 'parse.key=true', '--property', 'key.separator=:', '--bootstrap-server', cluster.bootstrap()], lines, 30_000);
    expect(produced.stderr).toBe('');
    expect(produced.code).toBe(0);
    expect(produced.stdout).toBe('');

    const [consumed, plain] = await Promise.all([
      runSkiffWithInput(['consume', '--topic', topic, '--from-beginning', '--max-messages', String(lineCount), '--property', 'print.key=true', '--property', 'print.partition=true,print.offset=true', '--timeout-ms', '15000', '--bootstrap-server', cluster.bootstrap()], [], 30_000),
      // As the task spells it: key<TAB>value, here for the first records of partition 0.
      runSkiffWithInput(['consume', '--topic', topic, '--partition', '0', '--offset', 'earliest', '--max-messages', '3', '--property', 'print.key=true', '--bootstrap-server', cluster.bootstrap()], [], 30_000),
    ]);
    expect(consumed.code, consumed.stderr).toBe(0);
    expect(consumed.stderr.trim().split('\n').at(-1)).toBe(`Processed a total of ${lineCount} messages`);
    const out = consumed.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out).toHaveLength(lineCount);

    const seen = new Set<number>();
    const nextOffset = new Array<number>(partitionCount).fill(0);
    const lastLine = new Array<number>(partitionCount).fill(-1);
    for (const line of out) {
      const m = /^Partition:(\d+)\tOffset:(\d+)\tkey-(\d+)\tvalue-(\d+)$/.exec(line);
      expect(m, `unexpected line '${line}'`).not.toBeNull();
      const [partition, offset, key, value] = [Number(m![1]), Number(m![2]), Number(m![3]), Number(m![4])];
      expect(value, line).toBe(key);
      expect(seen.has(key), `key-${key} twice`).toBe(false);
      seen.add(key);
      // The key's murmur2 partition, as Kafka's default partitioner picks it.
      expect(partition, line).toBe(partitionForKey(Buffer.from(`key-${key}`), partitionCount));
      // Offset order, no gaps, and each partition in the order its lines were written.
      expect(offset, line).toBe(nextOffset[partition]);
      nextOffset[partition]!++;
      expect(key, line).toBeGreaterThan(lastLine[partition]!);
      lastLine[partition] = key;
    }
    expect(seen.size).toBe(lineCount);
    expect(nextOffset.every((n) => n > 0)).toBe(true);

    expect(plain.code, plain.stderr).toBe(0);
    const firstOfPartition0 = lines.filter((l) => partitionForKey(Buffer.from(l.split(':')[0]!), partitionCount) === 0).slice(0, 3);
    expect(plain.stdout).toBe(firstOfPartition0.map((l) => l.replace(':', '\t') + '\n').join(''));
    expect(plain.stderr.trim().split('\n').at(-1)).toBe('Processed a total of 3 messages');
  }, 60_000);

  it("stops at a line without the key separator with Kafka's message and exit 1, keeping the lines before it", async () => {
    const run = await runSkiffWithInput(['produce', '--topic', badTopic, '--property', 'parse.key=true', '--property', 'key.separator=:', '--bootstrap-server', cluster.bootstrap()], ['a:1', 'b:2', 'no separator', 'c:3'], 30_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("skiff produce: No key separator found on line number 3: 'no separator'\n");

    const read = await runSkiffWithInput(['consume', '--topic', badTopic, '--from-beginning', '--timeout-ms', '3000', '--property', 'print.key=true,key.separator=:', '--bootstrap-server', cluster.bootstrap()], [], 30_000);
    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toBe('a:1\nb:2\n');
    expect(read.stderr.trim().split('\n').at(-1)).toBe('Processed a total of 2 messages');
  }, 40_000);

  it('shares the partitions between console consumers of one group, and resumes at the committed offsets', async () => {
    const groupTopic = 'console-group';
    await adminJson(['topics', 'create', '--topic', groupTopic, '--partitions', '4', '--replication-factor', '3', '--bootstrap-server', cluster.bootstrap()]);
    await waitFor(`every partition of ${groupTopic} led with a full ISR`, () => describeTopic(groupTopic), { timeoutMs: 10_000, diagnostics });
    const first = Array.from({ length: 400 }, (_, i) => `k${i}:first-${i}`);
    const produced = await runSkiffWithInput(['produce', '--topic', groupTopic, '--property', 'parse.key=true', '--property', 'key.separator=:', '--bootstrap-server', cluster.bootstrap()], first, 30_000);
    expect(produced.code, produced.stderr).toBe(0);
    const member = () => runSkiffWithInput(['consume', '--topic', groupTopic, '--group', 'console-g', '--from-beginning', '--timeout-ms', '6000', '--property', 'print.partition=true', '--bootstrap-server', cluster.bootstrap()], [], 40_000);
    const [a, b] = await Promise.all([member(), member()]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const lines = [...a.stdout.split('\n'), ...b.stdout.split('\n')].filter((l) => l.length > 0);
    const values = lines.map((l) => l.split('\t')[1]!);
    expect(new Set(values).size).toBe(values.length);
    expect(values.sort()).toEqual(first.map((l) => l.split(':')[1]!).sort());
    // Shared: both members printed something (4 partitions, 2 members).
    expect(a.stdout.length).toBeGreaterThan(0);
    expect(b.stdout.length).toBeGreaterThan(0);

    // The group's offsets were committed on exit: a new member prints only what came after.
    const second = Array.from({ length: 50 }, (_, i) => `k${i}:second-${i}`);
    expect((await runSkiffWithInput(['produce', '--topic', groupTopic, '--property', 'parse.key=true', '--property', 'key.separator=:', '--bootstrap-server', cluster.bootstrap()], second, 30_000)).code).toBe(0);
    const later = await runSkiffWithInput(['consume', '--topic', groupTopic, '--group', 'console-g', '--from-beginning', '--max-messages', '50', '--timeout-ms', '10000', '--bootstrap-server', cluster.bootstrap()], [], 40_000);
    expect(later.code, later.stderr).toBe(0);
    expect(later.stdout.split('\n').filter((l) => l.length > 0).sort()).toEqual(second.map((l) => l.split(':')[1]!).sort());
  }, 90_000);

  it('leaves the group when the console consumer is interrupted (Ctrl-C)', async () => {
    const { command, args } = skiffCommand(['consume', '--topic', 'console-group', '--group', 'console-interrupted', '--from-beginning', '--bootstrap-server', cluster.bootstrap()]);
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      await waitFor('records printed', async () => (stdout.split('\n').length > 10 ? true : null), { timeoutMs: 30_000, diagnostics: () => stderr });
      child.kill('SIGINT');
      expect(await closed).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    expect(stderr).toMatch(/Processed a total of \d+ messages/);
    // It committed and left: the group has no members (before the fix it stayed until the session timeout).
    const described = await runSkiff(['groups', 'describe', '--group', 'console-interrupted', '--members', '--output', 'json', '--bootstrap-server', cluster.bootstrap()]);
    expect(described.code, described.stderr).toBe(0);
    expect((JSON.parse(described.stdout) as { members: unknown[] }).members).toEqual([]);
  }, 60_000);
});
