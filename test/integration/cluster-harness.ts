// A cluster of real Skiff node processes on 127.0.0.1, for the integration
// tests (test/integration) and bench:failover. It owns a temporary root under
// os.tmpdir() (one server.properties and one data directory per node), picks
// free ports at run time, formats and starts nodes through the real `skiff`
// entry point (`node --import tsx src/cli/main.ts ...`), keeps each node's
// recent stdout/stderr lines (pino JSON) for assertions and failure reports,
// and kills every process it started — on destroy(), and as a last resort when
// the host process exits.
//
// It never uses fixed sleeps to wait for the cluster: waitFor() polls a probe
// until it answers or a deadline passes, and its error names what it waited
// for, the last answer seen and the nodes' last log lines.
// No test framework here, so the benchmark can share it.

import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { DescribeClusterResponse } from '../../src/broker/services.js';
import { runAdminCommand, type CliIo } from '../../src/cli/admin-commands.js';
import { ClusterClient } from '../../src/client/cluster-client.js';
import type { Clock } from '../../src/env/clock.js';
import type { Logger } from '../../src/env/logger.js';
import { connectToCluster, parseBootstrapServers } from '../../src/node-client/cluster-connection.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mainPath = join(repoRoot, 'src/cli/main.ts');

/** Lines kept per node incarnation; older lines are dropped (a bounded ring, not the whole log). */
const logLinesMax = 5_000;

// ---------------------------------------------------------------------------
// Small utilities

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `count` distinct ports that were free a moment ago: all are held open at once, then released. */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
    }
    return servers.map((s) => {
      const address = s.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP address for a listening socket');
      return address.port;
    });
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  }
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Appended to the timeout error, e.g. the nodes' last log lines. */
  readonly diagnostics?: () => string;
}

/**
 * Polls `probe` until it returns a value other than null/undefined, and
 * returns it. A probe that throws counts as "not yet" (the cluster may be
 * mid-failover); the last answer or error is quoted if the deadline passes.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined>, options: WaitOptions): Promise<T> {
  const intervalMs = options.intervalMs ?? 100;
  const deadline = Date.now() + options.timeoutMs;
  let last = 'no answer yet';
  for (let attempt = 0; ; attempt++) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined) return value;
      last = 'probe returned nothing';
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() >= deadline) {
      const extra = options.diagnostics ? `\n${options.diagnostics()}` : '';
      throw new Error(`timed out after ${options.timeoutMs} ms (${attempt + 1} attempts) waiting for ${what}; last: ${last}${extra}`);
    }
    await sleep(intervalMs);
  }
}

// ---------------------------------------------------------------------------
// Running the skiff CLI

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command line that runs the real `skiff` entry point from source. */
export function skiffCommand(args: readonly string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', mainPath, ...args] };
}

/** Runs `skiff args...` as a separate process to completion (killed after `timeoutMs`). */
export function runSkiff(args: readonly string[], timeoutMs = 20_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const { command, args: full } = skiffCommand(args);
    const child = spawn(command, full, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`skiff ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal !== null ? 128 : -1), stdout, stderr });
    });
  });
}

/** Runs an admin command (`topics|cluster|quorum ...`) in this process, through the same code the CLI runs. */
export async function admin(args: readonly string[]): Promise<CliRun> {
  const [command, sub, ...rest] = args;
  if (command === undefined) throw new Error('admin needs a command');
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (text) => (stdout += text), err: (text) => (stderr += text) };
  const code = await runAdminCommand(command, sub, rest, io);
  return { code, stdout, stderr };
}

/** An admin command with `--output json` that must succeed; returns the parsed output. */
export async function adminJson<T>(args: readonly string[]): Promise<T> {
  const run = await admin([...args, '--output', 'json']);
  if (run.code !== 0) throw new Error(`skiff ${args.join(' ')} exited ${run.code}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as T;
}

// ---------------------------------------------------------------------------
// Node processes

export interface LogLine {
  readonly raw: string;
  /** The parsed pino record, or null for a line that is not JSON. */
  readonly record: Record<string, unknown> | null;
}

export interface NodeExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface NodeHandle {
  readonly id: number;
  readonly port: number;
  readonly address: string;
  /** The port of the node's Prometheus endpoint (ClusterOptions.metrics), else null. */
  readonly metricsPort: number | null;
  readonly configPath: string;
  readonly dataDir: string;
  /** 0 before the first start; +1 per start. */
  incarnation: number;
  child: ChildProcess | null;
  /** Lines of the current incarnation (bounded to the last logLinesMax). */
  lines: LogLine[];
  /** Set when the current incarnation has exited. */
  exit: NodeExit | null;
  exited: Promise<NodeExit>;
}

export interface ClusterOptions {
  readonly size: number;
  /** Extra server.properties entries for every node (Kafka key → value). */
  readonly config?: Readonly<Record<string, string | number>>;
  /** Prefix of the temporary directory. */
  readonly name?: string;
  /**
   * Also append every line of every incarnation of node N to `<root>/node-N.log`
   * (a marker line opens each incarnation), so a failure can be diagnosed
   * after restarts replaced the in-memory lines. See logFiles().
   */
  readonly logToFiles?: boolean;
  /** Give every node a metrics.listener on its own free 127.0.0.1 port (NodeHandle.metricsPort). */
  readonly metrics?: boolean;
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort: if the host process exits without destroy() (a crash, an interrupted run), take the nodes with it. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
  });
}

export class ProcessCluster {
  readonly nodes = new Map<number, NodeHandle>();
  clusterId = '';
  private destroyed = false;
  /** Open log files by node id (logToFiles only). */
  private readonly logStreams = new Map<number, WriteStream>();

  private constructor(
    readonly root: string,
    private readonly logToFiles = false,
  ) {}

  /** Picks ports, writes each node's server.properties. Nothing runs yet; call format() then startAll(). */
  static async create(options: ClusterOptions): Promise<ProcessCluster> {
    installExitHook();
    const root = await mkdtemp(join(tmpdir(), `${options.name ?? 'skiff-cluster'}-`));
    const cluster = new ProcessCluster(root, options.logToFiles ?? false);
    // One call for every port, so none of them can be handed out twice.
    const allPorts = await freePorts(options.size * (options.metrics === true ? 2 : 1));
    const ports = allPorts.slice(0, options.size);
    const voters = ports.map((port, i) => `${i + 1}@127.0.0.1:${port}`).join(',');
    for (const [i, port] of ports.entries()) {
      const id = i + 1;
      const dataDir = join(root, `node-${id}`);
      const configPath = join(root, `node-${id}.properties`);
      const metricsPort = options.metrics === true ? allPorts[options.size + i]! : null;
      const entries: Record<string, string | number> = {
        'node.id': id,
        'controller.quorum.voters': voters,
        listeners: `PLAINTEXT://127.0.0.1:${port}`,
        'log.dirs': dataDir,
        ...(metricsPort !== null ? { 'metrics.listener': `http://127.0.0.1:${metricsPort}` } : {}),
        ...options.config,
      };
      await writeFile(configPath, Object.entries(entries).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
      cluster.nodes.set(id, {
        id, port, address: `127.0.0.1:${port}`, metricsPort, configPath, dataDir,
        incarnation: 0, child: null, lines: [], exit: null, exited: Promise.resolve({ code: null, signal: null }),
      });
    }
    return cluster;
  }

  get ids(): number[] {
    return [...this.nodes.keys()];
  }

  node(id: number): NodeHandle {
    const node = this.nodes.get(id);
    if (node === undefined) throw new Error(`no node ${id} in this cluster`);
    return node;
  }

  isRunning(id: number): boolean {
    const node = this.node(id);
    return node.child !== null && node.exit === null;
  }

  /** host:port of the given nodes (default: every running node), for --bootstrap-server. */
  bootstrap(ids: readonly number[] = this.ids.filter((id) => this.isRunning(id))): string {
    return ids.map((id) => this.node(id).address).join(',');
  }

  /** A fresh cluster id from `skiff storage random-uuid`, then `skiff storage format` on every node, in parallel. */
  async format(): Promise<CliRun[]> {
    const uuid = await runSkiff(['storage', 'random-uuid']);
    if (uuid.code !== 0) throw new Error(`skiff storage random-uuid exited ${uuid.code}: ${uuid.stderr}`);
    this.clusterId = uuid.stdout.trim();
    const runs = await Promise.all(this.ids.map((id) => runSkiff(['storage', 'format', '--cluster-id', this.clusterId, '--config', this.node(id).configPath])));
    for (const [i, run] of runs.entries()) {
      if (run.code !== 0) throw new Error(`skiff storage format of node ${this.ids[i]} exited ${run.code}: ${run.stderr}`);
    }
    return runs;
  }

  /** Spawns `skiff server start --config <node's file>`; the node keeps its config and data directory across starts. */
  start(id: number): NodeHandle {
    if (this.destroyed) throw new Error('cluster destroyed');
    const node = this.node(id);
    if (this.isRunning(id)) throw new Error(`node ${id} is already running`);
    const { command, args } = skiffCommand(['server', 'start', '--config', node.configPath]);
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    liveChildren.add(child);
    node.incarnation++;
    node.child = child;
    node.lines = [];
    node.exit = null;
    const lines = node.lines;
    const file = this.logFile(node);
    file?.write(`### node ${id} incarnation ${node.incarnation} (pid ${child.pid ?? '?'}) started at ${new Date().toISOString()}\n`);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (raw) => {
        lines.push({ raw, record: parseJsonLine(raw) });
        if (lines.length > logLinesMax) lines.splice(0, lines.length - logLinesMax);
        file?.write(raw + '\n');
      });
    }
    // 'close', not 'exit': it comes after stdout and stderr are drained, so every line is in `lines`.
    node.exited = new Promise<NodeExit>((resolve) => {
      child.on('close', (code, signal) => {
        liveChildren.delete(child);
        const exit = { code, signal };
        if (node.child === child) node.exit = exit;
        resolve(exit);
      });
    });
    return node;
  }

  startAll(): void {
    for (const id of this.ids) this.start(id);
  }

  /** format(), startAll(), then waits until a controller is active and every node's broker is registered and unfenced. */
  async startServing(timeoutMs = 60_000): Promise<DescribeClusterResponse> {
    await this.format();
    this.startAll();
    const size = this.nodes.size;
    return waitFor(`a controller and ${size} unfenced brokers`, async () => {
      const c = await adminJson<DescribeClusterResponse>(['cluster', 'describe', '--bootstrap-server', this.bootstrap()]).catch(() => null);
      return c !== null && c.controllerId >= 0 && c.brokers.length === size && c.brokers.every((b) => !b.fenced) ? c : null;
    }, { timeoutMs, intervalMs: 250, diagnostics: () => this.diagnostics() });
  }

  /** Paths of the per-node log files (logToFiles only; empty otherwise). */
  logFiles(): string[] {
    return this.logToFiles ? this.ids.map((id) => join(this.root, `node-${id}.log`)) : [];
  }

  private logFile(node: NodeHandle): WriteStream | null {
    if (!this.logToFiles) return null;
    let stream = this.logStreams.get(node.id);
    if (stream === undefined) {
      stream = createWriteStream(join(this.root, `node-${node.id}.log`), { flags: 'a' });
      this.logStreams.set(node.id, stream);
    }
    return stream;
  }

  /** Sends `signal` (default SIGKILL: kill -9) to a running node. */
  kill(id: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<NodeExit> {
    const node = this.node(id);
    if (!this.isRunning(id)) throw new Error(`node ${id} is not running`);
    node.child!.kill(signal);
    return node.exited;
  }

  /** The node's exit, or an error naming its last log lines if it is still running after `timeoutMs`. */
  async waitExit(id: number, timeoutMs: number): Promise<NodeExit> {
    const node = this.node(id);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`node ${id} still running after ${timeoutMs} ms\n${this.diagnostics([id])}`)), timeoutMs);
    });
    try {
      return await Promise.race([node.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Parsed log records of a node's current (or last) incarnation whose `msg` matches. */
  logRecords(id: number, msg?: string | RegExp): Record<string, unknown>[] {
    const out: Record<string, unknown>[] = [];
    for (const line of this.node(id).lines) {
      const r = line.record;
      if (r === null) continue;
      if (msg === undefined || (typeof msg === 'string' ? r.msg === msg : msg.test(String(r.msg)))) out.push(r);
    }
    return out;
  }

  /** The last `count` log lines of each node, compacted, for failure reports. */
  diagnostics(ids: readonly number[] = this.ids, count = 25): string {
    const parts: string[] = [];
    for (const id of ids) {
      const node = this.node(id);
      const state = node.child === null ? 'never started' : node.exit === null ? 'running' : `exited (${node.exit.signal ?? `code ${node.exit.code}`})`;
      parts.push(`--- node ${id} (${node.address}, incarnation ${node.incarnation}, ${state}): last ${Math.min(count, node.lines.length)} of ${node.lines.length} lines`);
      for (const line of node.lines.slice(-count)) parts.push(compactLine(line));
    }
    return parts.join('\n');
  }

  /** Kills every node still running (SIGKILL), waits for them (bounded), removes the temporary root. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    const exits: Promise<unknown>[] = [];
    for (const node of this.nodes.values()) {
      if (node.child !== null && node.exit === null) {
        node.child.kill('SIGKILL');
        exits.push(node.exited);
      }
    }
    await Promise.race([Promise.all(exits), sleep(5_000)]);
    const closing = [...this.logStreams.values()].map((stream) => new Promise<void>((resolve) => stream.end(() => resolve())));
    this.logStreams.clear();
    await Promise.race([Promise.all(closing), sleep(5_000)]);
    await rm(this.root, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Data-plane client (the producer and consumer over gRPC, as `skiff perf` connects)

export interface ClientConnection {
  readonly cluster: ClusterClient;
  readonly clock: Clock;
  readonly logger: Logger;
  close(): Promise<void>;
}

export interface ClientOptions {
  /** Per-RPC deadline of the ClusterClient. Default 30 000. */
  readonly requestTimeoutMs?: number;
  /** pino level of the client's own log. Default 'warn'. */
  readonly logLevel?: string;
  /** Where the client logs: a file path or descriptor. Default 2 (stderr). */
  readonly logDestination?: string | number;
}

/** A ClusterClient over gRPC from `host:port[,host:port...]` (the same connection `skiff perf` uses). */
export async function connectClient(bootstrap: string, options: ClientOptions = {}): Promise<ClientConnection> {
  const addresses = parseBootstrapServers(bootstrap);
  if (addresses === null) throw new Error(`no valid bootstrap address in '${bootstrap}'`);
  return connectToCluster(addresses, { logName: 'skiff-it-client', ...options });
}

function parseJsonLine(raw: string): Record<string, unknown> | null {
  if (!raw.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const levelNames: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const routineFields = new Set(['level', 'time', 'pid', 'hostname', 'name', 'nodeId', 'component', 'msg']);

/** One short line per pino record: time, level, component, message, other fields (at most 400 characters). */
function compactLine(line: LogLine): string {
  const r = line.record;
  if (r === null) return `  ${line.raw.slice(0, 400)}`;
  const time = typeof r.time === 'number' ? new Date(r.time).toISOString().slice(11, 23) : '?';
  const fields = Object.entries(r)
    .filter(([k]) => !routineFields.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
  const component = typeof r.component === 'string' ? ` ${r.component}` : '';
  return `  ${time} ${levelNames[Number(r.level)] ?? String(r.level)}${component}: ${String(r.msg)} ${fields}`.slice(0, 400);
}
