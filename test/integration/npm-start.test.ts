// Goal: the first five minutes of a new user, as the README tells them:
// `npm start` (build, format, three nodes, ready banner with the bootstrap
// address, the metrics URLs and commands to try), then the tour through the
// real CLI — create a topic, produce with keys, consume with a group,
// describe the group's lag, kill -9 a node and see the cluster carry on —
// scraping /metrics of every node for the key series, and finally Ctrl-C
// (SIGINT), after which every node still running stops cleanly.
// Method: `npm start -- --data-dir <tmp> --base-port <free> --metrics-port
// <free>` as a child process (the same command a user types, with ports and
// data moved out of the way); CLI commands as child processes of the real
// entry point; HTTP scrapes with fetch. Bounded: every wait has a deadline,
// and afterAll kills whatever is left.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:net';
import { repoRoot, runSkiff, sleep, waitFor } from './cluster-harness.js';

let launcher: ChildProcess | null = null;
let output = '';
let dataDir = '';
let basePort = 0;
let metricsPort = 0;
let exited: Promise<number | null> = Promise.resolve(null);
/** Every node, as a client should be told (a single address stops working when that node is killed). */
const bootstrap = (): string => [0, 1, 2].map((i) => `127.0.0.1:${basePort + i}`).join(',');

async function skiffOk(args: string[], timeoutMs = 30_000): Promise<string> {
  const run = await runSkiff([...args, '--bootstrap-server', bootstrap()], timeoutMs);
  if (run.code !== 0) throw new Error(`skiff ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}

function runWithInput(args: string[], input: string, timeoutMs = 30_000): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), ...args, '--bootstrap-server', bootstrap()], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`skiff ${args.join(' ')} timed out; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

async function scrape(id: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${metricsPort + id - 1}/metrics`);
  expect(response.status).toBe(200);
  return response.text();
}

/** The first port of `count` consecutive ports that were all free a moment ago (bounded attempts). */
async function consecutiveFreePorts(count: number, after = 20_000): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    // Anywhere in (after, 65000 - count]: below the usual ephemeral range's top, never past 65535.
    const span = Math.max(1, Math.min(30_000, 65_000 - count - after));
    const base = after + 1 + Math.floor(Math.random() * span);
    const servers: Server[] = [];
    let ok = true;
    for (let i = 0; i < count && ok; i++) {
      const server = createServer();
      ok = await new Promise<boolean>((resolve) => {
        server.once('error', () => resolve(false));
        server.listen(base + i, '127.0.0.1', () => resolve(true));
      });
      servers.push(server);
    }
    await Promise.all(servers.map((srv) => new Promise<void>((resolve) => (srv.listening ? srv.close(() => resolve()) : resolve()))));
    if (ok) return base;
  }
  throw new Error(`no ${count} consecutive free ports found`);
}

function value(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(series + ' ') || l.startsWith(series + '{'));
  if (line === undefined) return null;
  return Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('npm start and the README tour', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'skiff-it-npm-start-'));
    // npm start takes consecutive ports (node N on base+N-1): find two free runs of three.
    basePort = await consecutiveFreePorts(3);
    metricsPort = await consecutiveFreePorts(3, basePort + 3);
    // Its own process group, as a terminal's foreground job: Ctrl-C is then a SIGINT to the whole group.
    launcher = spawn('npm', ['start', '--', '--data-dir', dataDir, '--base-port', String(basePort), '--metrics-port', String(metricsPort)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    launcher.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    launcher.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    exited = new Promise((resolve) => launcher!.on('close', (code) => resolve(code)));
    await waitFor('the ready banner', async () => (output.includes('Skiff is running') ? true : null), { timeoutMs: 150_000, intervalMs: 250, diagnostics: () => output.slice(-3_000) });
  }, 180_000);

  afterAll(async () => {
    if (launcher !== null && launcher.exitCode === null) {
      try {
        process.kill(-launcher.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const m of output.matchAll(/node-\d+ pid (\d+)/g)) {
      try {
        process.kill(Number(m[1]), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('prints the bootstrap address, the metrics URLs, the nodes and commands to try', () => {
    expect(output).toContain(`bootstrap: 127.0.0.1:${basePort},127.0.0.1:${basePort + 1},127.0.0.1:${basePort + 2}`);
    expect(output).toContain(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(output).toMatch(/node-1 pid \d+, node-2 pid \d+, node-3 pid \d+/);
    expect(output).toContain('npx skiff consume --topic orders --group billing');
  });

  it('runs the tour: topic, keyed produce, group consume, lag', async () => {
    await skiffOk(['topics', 'create', '--topic', 'orders', '--partitions', '6', '--replication-factor', '3']);
    const lines = Array.from({ length: 30 }, (_, i) => `customer-${i % 5}:order-${i}`).join('\n') + '\n';
    const produced = await runWithInput(['produce', '--topic', 'orders', '--property', 'parse.key=true', '--property', 'key.separator=:'], lines);
    expect(produced.code, produced.stderr).toBe(0);
    const consumed = await runSkiff(['consume', '--topic', 'orders', '--group', 'billing', '--from-beginning', '--max-messages', '30', '--property', 'print.key=true', '--bootstrap-server', bootstrap()], 60_000);
    expect(consumed.code, consumed.stderr).toBe(0);
    expect(consumed.stdout.trim().split('\n').sort()).toEqual(Array.from({ length: 30 }, (_, i) => `customer-${i % 5}\torder-${i}`).sort());
    const lag = await skiffOk(['groups', 'describe', '--group', 'billing']);
    expect(lag).toMatch(/GROUP\s+TOPIC\s+PARTITION\s+CURRENT-OFFSET\s+LOG-END-OFFSET\s+LAG/);
    const rows = lag.split('\n').filter((l) => l.startsWith('billing'));
    expect(rows).toHaveLength(6);
    for (const row of rows) expect(row.split(/\s+/)[5]).toBe('0');
  }, 120_000);

  it('serves the key metrics on every node', async () => {
    const texts = await Promise.all([1, 2, 3].map(scrape));
    expect(texts.map((t) => value(t, 'skiff_controller_active')).reduce((a, b) => a! + b!, 0)).toBe(1);
    const epochs = texts.map((t) => value(t, 'skiff_quorum_epoch'));
    expect(new Set(epochs).size).toBe(1);
    expect(epochs[0]).toBeGreaterThanOrEqual(1);
    expect(texts.some((t) => (value(t, 'skiff_topic_messages_in_total{topic="orders"}') ?? 0) > 0)).toBe(true);
    expect(texts.every((t) => t.includes('skiff_request_duration_seconds_bucket'))).toBe(true);
  }, 30_000);

  it('keeps serving after kill -9 of a node', async () => {
    const pid = Number(/node-1 pid (\d+)/.exec(output)![1]);
    process.kill(pid, 'SIGKILL');
    await waitFor('the launcher reports node-1 gone', async () => (output.includes('node-1 exited') ? true : null), { timeoutMs: 10_000 });
    await waitFor('a controller among the survivors and every orders partition led', async () => {
      const cluster = await runSkiff(['cluster', 'describe', '--output', 'json', '--bootstrap-server', `127.0.0.1:${basePort + 1}`]);
      const topics = await runSkiff(['topics', 'describe', '--topic', 'orders', '--output', 'json', '--bootstrap-server', `127.0.0.1:${basePort + 1}`]);
      if (cluster.code !== 0 || topics.code !== 0) return null;
      const controllerId = (JSON.parse(cluster.stdout) as { controllerId: number }).controllerId;
      const partitions = (JSON.parse(topics.stdout) as { partitions: { leader: number }[] }[])[0]!.partitions;
      return controllerId > 1 && partitions.every((p) => p.leader === 2 || p.leader === 3) ? true : null;
    }, { timeoutMs: 40_000, intervalMs: 500, diagnostics: () => output.slice(-3_000) });
    const produced = await runWithInput(['produce', '--topic', 'orders'], 'after the failover\n');
    expect(produced.code, produced.stderr).toBe(0);
  }, 90_000);

  it('stops every running node cleanly on Ctrl-C', async () => {
    process.kill(-launcher!.pid!, 'SIGINT');
    // npm itself dies of the SIGINT, as in a terminal; what matters is the launcher's report once its output closes.
    const outcome = await Promise.race([exited, sleep(90_000).then(() => 'timeout' as const)]);
    expect(outcome, output.slice(-3_000)).not.toBe('timeout');
    expect(output).toContain('node-2 stopped cleanly');
    expect(output).toContain('node-3 stopped cleanly');
    expect(output).toContain('All nodes stopped.');
  }, 100_000);
});
