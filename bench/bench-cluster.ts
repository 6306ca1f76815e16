// Real node processes for the benchmarks: how to run the `skiff` CLI (from
// source through tsx, or from a compiled --dist build), a cluster of N nodes
// on 127.0.0.1 with a fresh temporary root, waiting until it serves, and the
// per-process figures the benches report (CPU time and resident memory from
// /proc). Every process started here is killed when the bench exits, however
// it exits. Not a test helper: the integration tests use
// test/integration/cluster-harness.ts, which keeps logs and restarts nodes.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BrokerServices } from '../src/broker/services.js';
import { brokerService } from '../src/transport/broker-codec.js';
import { GrpcTransport } from '../src/transport/grpc/index.js';
import { freePorts, waitFor } from '../test/integration/cluster-harness.js';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Remembers a child so it dies with the bench. */
export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** How to run the `skiff` CLI: from a compiled build, or from source through tsx. */
export function skiff(dist: string | null, args: readonly string[]): { command: string; args: string[] } {
  if (dist !== null) return { command: process.execPath, args: [join(dist, 'src/cli/main.js'), ...args] };
  return { command: process.execPath, args: ['--import', 'tsx', join(repoRoot, 'src/cli/main.ts'), ...args] };
}

/** Runs `skiff args...` to completion and returns its stdout; rejects with its output on a non-zero exit. */
export function runToEnd(dist: string | null, args: readonly string[], timeoutMs = 60_000): Promise<string> {
  return new Promise((res, rej) => {
    const { command, args: full } = skiff(dist, args);
    const child = track(spawn(command, full, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) res(out);
      else rej(new Error(`skiff ${args.join(' ')} exited ${code}: ${out}${err}`));
    });
  });
}

/** Validates a --dist build directory (and gives it node_modules and an ESM package.json); null when absent. */
export async function prepareDist(dist: string | undefined): Promise<string | null> {
  if (dist === undefined) return null;
  const dir = resolve(dist);
  if (!existsSync(join(dir, 'src/cli/main.js'))) throw new Error(`--dist ${dir}: no src/cli/main.js (build with npx tsc -p tsconfig.build.json --outDir ${dir})`);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  if (!existsSync(join(dir, 'package.json'))) await writeFile(join(dir, 'package.json'), '{"type":"module"}\n');
  return dir;
}

/** `--config key=value` entries as server.properties entries. */
export function configEntries(entries: readonly string[]): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at <= 0) throw new Error(`--config wants key=value, got ${entry}`);
    extra[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return extra;
}

/** CPU time (user + system, ms) a process has used so far; null where /proc is not available. */
export function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5) (utime, stime), counted after the command name in parentheses.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

export function sumCpu(pids: readonly (number | undefined)[]): number | null {
  let total = 0;
  for (const pid of pids) {
    const ms = cpuMs(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

/** Resident set size of a process in MiB (VmRSS), or null when it is gone or /proc is not available. */
export function rssMiB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface BenchCluster {
  readonly root: string;
  readonly addresses: Map<number, string>;
  readonly nodes: ChildProcess[];
  readonly logs: Map<number, string[]>;
  /** `host:port,...` of every node, for --bootstrap-server. */
  readonly bootstrap: string;
}

/** Formats and starts `size` nodes (each a voter and a broker) with default settings plus `extra`. */
export async function startCluster(dist: string | null, size: number, extra: Readonly<Record<string, string>>, name = 'skiff-bench'): Promise<BenchCluster> {
  const root = await mkdtemp(join(tmpdir(), `${name}-`));
  const ports = await freePorts(size);
  const voters = ports.map((port, i) => `${i + 1}@127.0.0.1:${port}`).join(',');
  const clusterId = (await runToEnd(dist, ['storage', 'random-uuid'])).trim();
  const addresses = new Map<number, string>();
  const configs: string[] = [];
  for (const [i, port] of ports.entries()) {
    const id = i + 1;
    const config = join(root, `node-${id}.properties`);
    const entries = {
      'node.id': id,
      'process.roles': 'broker,controller',
      'controller.quorum.voters': voters,
      listeners: `PLAINTEXT://127.0.0.1:${port}`,
      'log.dirs': join(root, `node-${id}`),
      'default.replication.factor': Math.min(3, size),
      'min.insync.replicas': Math.min(2, size),
      ...extra,
    };
    await writeFile(config, Object.entries(entries).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
    configs.push(config);
    addresses.set(id, `127.0.0.1:${port}`);
  }
  await Promise.all(configs.map((config) => runToEnd(dist, ['storage', 'format', '--cluster-id', clusterId, '--config', config])));
  const logs = new Map<number, string[]>();
  const nodes = configs.map((config, i) => {
    const { command, args } = skiff(dist, ['server', 'start', '--config', config]);
    const child = track(spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }));
    const lines: string[] = [];
    logs.set(i + 1, lines);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        lines.push(line);
        if (lines.length > 200) lines.shift();
      });
    }
    return child;
  });
  return { root, addresses, nodes, logs, bootstrap: [...addresses.values()].join(',') };
}

/** Waits until a controller is active and every broker is registered and unfenced; returns the controller's id. */
export async function waitUntilServing(cluster: BenchCluster, client: GrpcTransport<BrokerServices>): Promise<number> {
  const size = cluster.addresses.size;
  const ready = await waitFor(`a controller and ${size} unfenced brokers`, async () => {
    for (const id of cluster.addresses.keys()) {
      const c = await client.call(id, 'DescribeCluster', { includeFenced: true }, { timeoutMs: 10_000 }).catch(() => null);
      if (c !== null && c.controllerId >= 0 && c.brokers.length === size && c.brokers.every((b) => !b.fenced)) return c;
    }
    return null;
  }, { timeoutMs: 120_000, intervalMs: 200, diagnostics: () => diagnostics(cluster) });
  return ready.controllerId;
}

/** A broker-service client of the cluster (the caller closes it). */
export function brokerClient(cluster: BenchCluster): Promise<GrpcTransport<BrokerServices>> {
  return GrpcTransport.start<BrokerServices>({ service: brokerService, self: -1, addresses: cluster.addresses });
}

export async function stopCluster(cluster: BenchCluster): Promise<void> {
  const exits = cluster.nodes.map((child) => new Promise<void>((res) => (child.exitCode !== null || child.signalCode !== null ? res() : child.once('exit', () => res()))));
  for (const child of cluster.nodes) child.kill('SIGKILL');
  await Promise.race([Promise.all(exits), new Promise((res) => setTimeout(res, 5_000))]);
  await rm(cluster.root, { recursive: true, force: true });
}

export function diagnostics(cluster: BenchCluster): string {
  return [...cluster.logs].map(([id, lines]) => `--- node ${id}\n${lines.slice(-15).join('\n')}`).join('\n');
}
