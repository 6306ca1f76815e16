// bench:metadata — what 10,000 partitions (100 topics × 100, RF 3) cost the
// metadata quorum of a real 3-node cluster: three `skiff server start`
// processes on 127.0.0.1 (gRPC, fsync'd logs, pino), formatted in a fresh
// temp dir, driven through the broker service as `skiff topics` drives it.
// One JSON line per figure group:
//   create    — the topics, one CreateTopics each, sent in turn to the active
//               controller: total time, partitions/s, and the per-topic latency
//               of the first 10 topics (cluster < 1,000 partitions: the
//               baseline) against the last 10 (> 9,000).
//   footprint — metadata log bytes on disk, snapshot file bytes, and the
//               MetadataImage's heap, measured in a child process started with
//               `node --expose-gc` on a stopped follower's metadata dir: it opens
//               the log with LogStore and replays it through MetadataLoader (the
//               node's own recovery path; timed), encodes the snapshot, then
//               drops everything, runs gc() twice, reads
//               v8.getHeapStatistics().used_heap_size, decodes the snapshot,
//               runs gc() twice again and reads it again: the difference is the
//               decoded image alone (the payload bytes are off-heap). It also
//               times SnapshotStore.loadLatest + MetadataLoader.restore (read,
//               CRC, decode: the snapshot half of RaftNode.start), cold, and
//               decodeSnapshot warm (median of 5).
//   restart   — kill -9 a follower, wait until the controller has fenced it
//               (so its new incarnation is not refused as a duplicate — that
//               wait is broker.session.timeout.ms and not measured), restart it:
//               process spawn → 'quorum state recovered' (snapshot restored,
//               log opened; includes tsx compiling the sources) → metadata
//               caught up (its applied offset reaches the leader's at spawn,
//               polled every 25 ms) → 'unfenced' (its own log line). Process
//               boot (node + tsx) is most of it, so `beyond_boot_ms` = spawn →
//               caught up less the empty restart's spawn → recovered: the
//               snapshot load or log replay plus catching up.
//   failover  — kill -9 the active controller; time until a CreateTopics sent
//               to the survivors (in turn, every 20 ms) succeeds. The survivors'
//               log lines split it: detect_ms (kill → first 'fetch timeout:
//               leader unreachable', bounded below by
//               controller.quorum.fetch.timeout.ms), elected_ms (kill → 'became
//               leader'; a split vote adds an election timeout) and activation
//               ('became leader' → 'became the active controller').
//               The killed node is restarted and rejoins before the next trial.
// Baselines, measured in the same run on the same cluster before any topic
// exists: restart and failover with 0 partitions. `ratio` = 10k / empty.
// Snapshots: a node snapshots every 20,000 applied entries (SkiffNode's
// default; no config key sets it), and 10,000 partitions take ~100 entries,
// so no node writes one here. The bench therefore plants one: the child above
// writes the checkpoint a node would write at that point (same
// MetadataLoader.snapshot() bytes, same SnapshotStore) into the stopped
// follower's dir before its second restart, which then loads it.
// Timings share 3 nodes, the bench and the child on this machine's cores;
// the ratios are the figures to compare across machines.
//   npm run bench:metadata [-- --topics 100 --partitions 100 --trials 3 --cpu-prof DIR
//                             --fetch-timeout-ms 2000 --election-timeout-ms 1000]
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import type { BrokerServices } from '../src/broker/services.js';
import { silentLogger } from '../src/env/logger.js';
import { NodeFileSystem } from '../src/env/node/node-file-system.js';
import { MetadataLoader } from '../src/metadata/loader.js';
import { decodeSnapshot } from '../src/metadata/snapshot-codec.js';
import { LogStore } from '../src/raft/log-store.js';
import { SnapshotStore } from '../src/raft/snapshot-store.js';
import { brokerService } from '../src/transport/broker-codec.js';
import { GrpcTransport } from '../src/transport/grpc/index.js';

const { values } = parseArgs({
  options: {
    topics: { type: 'string', default: '100' },
    partitions: { type: 'string', default: '100' },
    trials: { type: 'string', default: '3' },
    'cpu-prof': { type: 'string' },
    'fetch-timeout-ms': { type: 'string', default: '2000' },
    'election-timeout-ms': { type: 'string', default: '1000' },
    /** Internal: the child-process mode that measures one stopped node's metadata dir. */
    probe: { type: 'string' },
  },
});

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const mainPath = join(repoRoot, 'src', 'cli', 'main.ts');
const metadataSubdir = '__cluster_metadata-0';
const MiB = 1 << 20;

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (x: number, digits = 0): number => Number(x.toFixed(digits));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------- the probe (child process)

interface ProbeResult {
  readonly entries: number;
  readonly partitions: number;
  readonly logOpenMs: number;
  readonly replayMs: number;
  readonly encodeMs: number;
  readonly snapshotFileBytes: number;
  readonly loadMs: number;
  readonly decodeColdMs: number;
  readonly decodeWarmMs: number;
  readonly imageHeapBytes: number;
}

/** Runs with --expose-gc on a stopped node's metadata dir; writes the node's snapshot into it. */
async function probe(dir: string): Promise<ProbeResult> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('the probe needs node --expose-gc');
  const fs = new NodeFileSystem();
  let started = performance.now();
  const store = await LogStore.open(fs, dir, 0, { segmentBytes: 8 << 20 }, silentLogger);
  const logOpenMs = performance.now() - started;
  const entries = store.allEntries();
  const endOffset = store.logEndOffset;
  const lastEpoch = store.entryAt(endOffset - 1)?.epoch;
  if (lastEpoch === undefined) throw new Error(`no entries in ${dir}`);
  let loader = new MetadataLoader();
  started = performance.now();
  for (const entry of entries) loader.apply(entry);
  const replayMs = performance.now() - started;
  started = performance.now();
  const payload = loader.snapshot();
  const encodeMs = performance.now() - started;
  const partitions = [...loader.image.topicsById.values()].reduce((n, t) => n + t.partitions.size, 0);
  const count = entries.length;
  await store.close();
  const snapshots = new SnapshotStore(fs, dir, silentLogger);
  await snapshots.write({ endOffset, epoch: lastEpoch }, payload);
  const snapshotFileBytes = (await fsp.stat(join(dir, (await fsp.readdir(dir)).find((n) => n.endsWith('.checkpoint'))!))).size;

  // Cold load, as RaftNode.start does it: newest checkpoint, CRC, decode, publish.
  loader = new MetadataLoader();
  started = performance.now();
  const loaded = await snapshots.loadLatest();
  loader.restore(loaded?.payload ?? null);
  const loadMs = performance.now() - started;
  loader = new MetadataLoader();

  gc();
  gc();
  const heapBefore = v8.getHeapStatistics().used_heap_size;
  started = performance.now();
  const image = decodeSnapshot(payload);
  const decodeColdMs = performance.now() - started;
  gc();
  gc();
  const imageHeapBytes = v8.getHeapStatistics().used_heap_size - heapBefore;
  if (image.topicsById.size === 0) throw new Error('decoded an empty image');
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    started = performance.now();
    decodeSnapshot(payload);
    warm.push(performance.now() - started);
  }
  return { entries: count, partitions, logOpenMs, replayMs, encodeMs, snapshotFileBytes, loadMs, decodeColdMs, decodeWarmMs: median(warm), imageHeapBytes };
}

function runProbe(dir: string): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--probe', dir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out) as ProbeResult);
      else reject(new Error(`probe exited with ${code}: ${err}`));
    });
  });
}

// ---------------------------------------------------------------- node processes

/** Log lines the bench times things by; everything else is kept only in the tail. */
const markedMessages = new Set(['quorum state recovered', 'fetch timeout: leader unreachable', 'campaigning', 'became leader', 'became the active controller', 'registered with the controller', 'unfenced: serving as a broker', 'fenced by the controller']);
const tailLines = 40;
const marksKept = 200;

class NodeProcess {
  child: ChildProcess | null = null;
  spawnedAtMs = 0;
  /** Marked log lines, oldest first: pino's `time` (wall-clock ms) and message. */
  readonly marks: { timeMs: number; msg: string }[] = [];
  readonly tail: string[] = [];

  constructor(
    readonly id: number,
    readonly port: number,
    readonly config: string,
    readonly logDir: string,
  ) {}

  get metadataDir(): string {
    return join(this.logDir, metadataSubdir);
  }

  start(cpuProfDir: string | undefined): void {
    // Node names each thread's profile CPU.<date>.<time>.<pid>.<thread>.<seq>: tsx's loader thread gets its own.
    const profile = cpuProfDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`];
    this.spawnedAtMs = Date.now();
    const child = spawn(process.execPath, [...profile, '--import', 'tsx', mainPath, 'server', 'start', '--config', this.config], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => this.onLine(line));
    child.on('exit', () => {
      if (this.child === child) this.child = null;
    });
  }

  private onLine(line: string): void {
    this.tail.push(line);
    if (this.tail.length > tailLines) this.tail.shift();
    let record: { msg?: unknown; time?: unknown };
    try {
      record = JSON.parse(line) as typeof record;
    } catch {
      return;
    }
    if (typeof record.msg === 'string' && markedMessages.has(record.msg) && typeof record.time === 'number') {
      this.marks.push({ timeMs: record.time, msg: record.msg });
      if (this.marks.length > marksKept) this.marks.shift();
    }
  }

  /** The first marked line `msg` at or after `sinceMs`, waiting up to `timeoutMs` for it. */
  async waitMark(msg: string, sinceMs: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mark = this.marks.find((m) => m.msg === msg && m.timeMs >= sinceMs);
      if (mark !== undefined) return mark.timeMs;
      if (Date.now() > deadline) throw new Error(`node ${this.id}: no '${msg}' within ${timeoutMs} ms; last lines:\n${this.tail.join('\n')}`);
      await sleep(10);
    }
  }

  markAfter(msg: string, sinceMs: number): number | null {
    return this.marks.find((m) => m.msg === msg && m.timeMs >= sinceMs)?.timeMs ?? null;
  }

  async kill(signal: NodeJS.Signals, timeoutMs = 10_000): Promise<void> {
    const child = this.child;
    if (child === null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const timedOut = await Promise.race([exited.then(() => false), sleep(timeoutMs).then(() => true)]);
    if (timedOut) {
      child.kill('SIGKILL');
      await exited;
    }
    this.child = null;
  }
}

// ---------------------------------------------------------------- the cluster

/** Short broker sessions keep the unmeasured waits for a fence short. */
const sessionTimeoutMs = 3000;
const heartbeatIntervalMs = 500;
/** controller.quorum.*: the defaults unless given (a follower notices a dead leader after the fetch timeout). */
const electionTimeoutMs = Number(values['election-timeout-ms']);
const fetchTimeoutMs = Number(values['fetch-timeout-ms']);

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

function runCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainPath, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`skiff ${args.join(' ')} exited with ${code}: ${out}`))));
  });
}

type Call = <M extends keyof BrokerServices & string>(node: NodeProcess, method: M, request: BrokerServices[M]['request'], timeoutMs?: number) => Promise<BrokerServices[M]['response']>;

class Cluster {
  private constructor(
    readonly root: string,
    readonly nodes: readonly NodeProcess[],
    private readonly transport: GrpcTransport<BrokerServices>,
    private readonly cpuProfDir: string | undefined,
  ) {}

  static async create(root: string, cpuProfDir: string | undefined): Promise<Cluster> {
    const ports = await freePorts(3);
    const voters = ports.map((port, i) => `${i + 1}@127.0.0.1:${port}`).join(',');
    const clusterId = (await runCli(['storage', 'random-uuid'])).trim();
    const nodes = ports.map((port, i) => new NodeProcess(i + 1, port, join(root, `node-${i + 1}.properties`), join(root, `node-${i + 1}`)));
    await Promise.all(nodes.map(async (node) => {
      await fsp.writeFile(node.config, [
        `node.id=${node.id}`,
        `controller.quorum.voters=${voters}`,
        `listeners=PLAINTEXT://127.0.0.1:${node.port}`,
        `log.dirs=${node.logDir}`,
        `default.replication.factor=3`,
        `broker.session.timeout.ms=${sessionTimeoutMs}`,
        `broker.heartbeat.interval.ms=${heartbeatIntervalMs}`,
        `controller.quorum.election.timeout.ms=${electionTimeoutMs}`,
        `controller.quorum.fetch.timeout.ms=${fetchTimeoutMs}`,
        `log.level=info`,
        ``,
      ].join('\n'));
      await runCli(['storage', 'format', '--cluster-id', clusterId, '--config', node.config]);
    }));
    const transport = await GrpcTransport.start<BrokerServices>({
      service: brokerService,
      self: -1,
      addresses: nodes.map((n) => [1_000_000 + n.id, `127.0.0.1:${n.port}`] as const),
      initialReconnectBackoffMs: 20,
      maxReconnectBackoffMs: 100,
      maxReceiveMessageBytes: 64 * MiB,
    });
    const cluster = new Cluster(root, nodes, transport, cpuProfDir);
    for (const node of nodes) node.start(cpuProfDir);
    return cluster;
  }

  readonly call: Call = (node, method, request, timeoutMs = 2000) => this.transport.call(1_000_000 + node.id, method, request, { timeoutMs });

  start(node: NodeProcess): void {
    node.start(this.cpuProfDir);
  }

  get alive(): NodeProcess[] {
    return this.nodes.filter((n) => n.child !== null);
  }

  /** Some live node names a controller, and its view has `brokers` registered and unfenced. */
  async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const node of this.alive) {
        try {
          const c = await this.call(node, 'DescribeCluster', { includeFenced: true }, 1000);
          if (c.controllerId !== -1 && c.brokers.length === this.nodes.length && c.brokers.every((b) => !b.fenced)) return;
        } catch {
          // not up yet
        }
      }
      await sleep(50);
    }
    throw new Error(`cluster not ready after ${timeoutMs} ms; last lines:\n${this.nodes.map((n) => `node ${n.id}:\n${n.tail.slice(-8).join('\n')}`).join('\n')}`);
  }

  async controller(): Promise<NodeProcess> {
    for (let attempt = 0; attempt < 200; attempt++) {
      for (const node of this.alive) {
        try {
          const id = (await this.call(node, 'DescribeCluster', { includeFenced: true }, 1000)).controllerId;
          const found = this.nodes.find((n) => n.id === id && n.child !== null);
          if (found !== undefined) return found;
        } catch {
          // ask the next one
        }
      }
      await sleep(50);
    }
    throw new Error('no active controller');
  }

  /** Waits until a live node's image shows broker `id` fenced (`fenced`) or unfenced. */
  async waitFenced(id: number, fenced: boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const node of this.alive.filter((n) => n.id !== id)) {
        try {
          const broker = (await this.call(node, 'DescribeCluster', { includeFenced: true }, 1000)).brokers.find((b) => b.brokerId === id);
          if (broker !== undefined && broker.fenced === fenced) return;
        } catch {
          // ask the next one
        }
      }
      await sleep(50);
    }
    throw new Error(`broker ${id} not ${fenced ? 'fenced' : 'unfenced'} after ${timeoutMs} ms`);
  }

  async close(): Promise<void> {
    // With --cpu-prof the nodes must exit by themselves to write their profiles: SIGTERM first.
    await Promise.all(this.nodes.map((n) => n.kill(this.cpuProfDir === undefined ? 'SIGKILL' : 'SIGTERM', 30_000)));
    await this.transport.close();
  }
}

// ---------------------------------------------------------------- measurements

interface CreateFigures {
  readonly totalMs: number;
  readonly perTopicMs: readonly number[];
}

async function createTopics(cluster: Cluster, topics: number, partitions: number): Promise<CreateFigures> {
  const controller = await cluster.controller();
  const perTopicMs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < topics; i++) {
    const name = `bench-${String(i).padStart(4, '0')}`;
    const t0 = performance.now();
    const response = await cluster.call(controller, 'CreateTopics', { topics: [{ name, numPartitions: partitions, replicationFactor: 3, configs: {} }] }, 30_000);
    perTopicMs.push(performance.now() - t0);
    const error = response.error ?? response.results[0]?.error ?? null;
    if (error !== null) throw new Error(`creating ${name}: ${error.code}: ${error.message}`);
  }
  return { totalMs: performance.now() - started, perTopicMs };
}

interface RestartFigures {
  readonly recoveredMs: number;
  readonly caughtUpMs: number;
  readonly unfencedMs: number;
}

/** Restarts a stopped node; times spawn → recovered → caught up with the leader → unfenced. */
async function restart(cluster: Cluster, node: NodeProcess): Promise<RestartFigures> {
  const leader = await cluster.controller();
  const target = (await cluster.call(leader, 'Metadata', { topics: [] })).metadataOffset;
  cluster.start(node);
  const spawned = node.spawnedAtMs;
  let caughtUpAt: number | null = null;
  while (caughtUpAt === null) {
    if (Date.now() - spawned > 60_000) throw new Error(`node ${node.id} not caught up to ${target} after 60 s:\n${node.tail.join('\n')}`);
    try {
      if ((await cluster.call(node, 'Metadata', { topics: [] }, 500)).metadataOffset >= target) caughtUpAt = Date.now();
    } catch {
      // not listening yet
    }
    if (caughtUpAt === null) await sleep(25);
  }
  const recoveredAt = await node.waitMark('quorum state recovered', spawned, 60_000);
  const unfencedAt = await node.waitMark('unfenced: serving as a broker', spawned, 60_000);
  return { recoveredMs: recoveredAt - spawned, caughtUpMs: caughtUpAt - spawned, unfencedMs: unfencedAt - spawned };
}

/** kill -9 a follower, wait for its fence, run `whileDown` (on its stopped dir), restart it. */
async function restartFollower(cluster: Cluster, whileDown: (node: NodeProcess) => Promise<void> = async () => {}): Promise<RestartFigures> {
  const controller = await cluster.controller();
  const follower = cluster.nodes.find((n) => n !== controller)!;
  await follower.kill('SIGKILL');
  await Promise.all([cluster.waitFenced(follower.id, true, 4 * sessionTimeoutMs + 10_000), whileDown(follower)]);
  return restart(cluster, follower);
}

interface FailoverTrial {
  readonly failoverMs: number;
  /** kill → the first survivor's 'fetch timeout: leader unreachable'. */
  readonly detectMs: number | null;
  /** kill → the new leader's 'became leader'. */
  readonly electedMs: number | null;
  /** 'became leader' → 'became the active controller' (the controller's image is complete). */
  readonly activationMs: number | null;
}

/** kill -9 the active controller; time until a survivor accepts a CreateTopics; restart the node. */
async function failover(cluster: Cluster, name: string): Promise<FailoverTrial> {
  const victim = await cluster.controller();
  const survivors = cluster.nodes.filter((n) => n !== victim);
  const killedAt = Date.now();
  await victim.kill('SIGKILL');
  let doneAt: number | null = null;
  for (let attempt = 0; doneAt === null; attempt++) {
    if (Date.now() - killedAt > 60_000) throw new Error(`no controller 60 s after killing node ${victim.id}`);
    try {
      const response = await cluster.call(survivors[attempt % survivors.length]!, 'CreateTopics', { topics: [{ name, numPartitions: 1, replicationFactor: 1, configs: {} }] }, 2000);
      const error = response.error ?? response.results[0]?.error ?? null;
      if (error === null || error.code === 'TOPIC_ALREADY_EXISTS') doneAt = Date.now();
    } catch {
      // timed out or unreachable: try the other survivor
    }
    if (doneAt === null) await sleep(20);
  }
  const newLeader = survivors.map((n) => ({ n, at: n.markAfter('became the active controller', killedAt) })).find((x) => x.at !== null);
  const electedAt = newLeader === undefined ? null : newLeader.n.markAfter('became leader', killedAt);
  const detections = survivors.map((n) => n.markAfter('fetch timeout: leader unreachable', killedAt)).filter((at): at is number => at !== null);
  // Rejoin before the next trial; its old session must expire first, so this is not timed.
  cluster.start(victim);
  await victim.waitMark('unfenced: serving as a broker', victim.spawnedAtMs, 4 * sessionTimeoutMs + 60_000);
  return {
    failoverMs: doneAt - killedAt,
    detectMs: detections.length === 0 ? null : Math.min(...detections) - killedAt,
    electedMs: electedAt === null ? null : electedAt - killedAt,
    activationMs: electedAt === null || newLeader?.at == null ? null : newLeader.at - electedAt,
  };
}

async function failoverTrials(cluster: Cluster, label: string, trials: number): Promise<FailoverTrial[]> {
  const out: FailoverTrial[] = [];
  for (let i = 0; i < trials; i++) out.push(await failover(cluster, `failover-${label}-${i}`));
  return out;
}

async function metadataLogBytes(node: NodeProcess): Promise<{ logBytes: number; checkpoints: number }> {
  let logBytes = 0;
  let checkpoints = 0;
  for (const name of await fsp.readdir(node.metadataDir)) {
    if (name.endsWith('.log')) logBytes += (await fsp.stat(join(node.metadataDir, name))).size;
    if (name.endsWith('.checkpoint')) checkpoints++;
  }
  return { logBytes, checkpoints };
}

// ---------------------------------------------------------------- report

function failoverLine(partitions: number, trials: readonly FailoverTrial[], baseline: readonly FailoverTrial[] | null): Record<string, unknown> {
  const med = (pick: (t: FailoverTrial) => number | null): number | null => {
    const xs = trials.map(pick).filter((x): x is number => x !== null);
    return xs.length === 0 ? null : Math.round(median(xs));
  };
  const failoverMs = median(trials.map((t) => t.failoverMs));
  return {
    bench: 'metadata',
    case: 'failover',
    partitions,
    trials: trials.length,
    failover_ms_median: Math.round(failoverMs),
    failover_ms: trials.map((t) => Math.round(t.failoverMs)),
    detect_ms: trials.map((t) => t.detectMs),
    elected_ms: trials.map((t) => t.electedMs),
    activation_ms_median: med((t) => t.activationMs),
    ...(baseline === null ? {} : { baseline_failover_ms_median: Math.round(median(baseline.map((t) => t.failoverMs))), ratio: round(failoverMs / median(baseline.map((t) => t.failoverMs)), 2) }),
    target_ms: 2000,
    quorum_timeouts_ms: { election: electionTimeoutMs, fetch: fetchTimeoutMs },
    broker_session_timeout_ms: sessionTimeoutMs,
  };
}

/** `beyond_boot_ms`: spawn → caught up, less the empty restart's spawn → recovered (process boot with tsx). */
function restartLine(partitions: number, from: string, r: RestartFigures, baseline: RestartFigures | null): Record<string, unknown> {
  return {
    bench: 'metadata',
    case: 'restart',
    partitions,
    from,
    spawn_to_recovered_ms: r.recoveredMs,
    spawn_to_caught_up_ms: r.caughtUpMs,
    spawn_to_unfenced_ms: r.unfencedMs,
    ...(baseline === null ? {} : { beyond_boot_ms: r.caughtUpMs - baseline.recoveredMs, baseline_caught_up_ms: baseline.caughtUpMs, ratio: round(r.caughtUpMs / baseline.caughtUpMs, 2) }),
  };
}

async function main(): Promise<void> {
  const topics = Number(values.topics);
  const partitionsPerTopic = Number(values.partitions);
  const trials = Number(values.trials);
  if (!Number.isInteger(topics) || topics < 20 || topics > 1000) throw new Error(`--topics must be 20..1000, got ${values.topics}`);
  if (!Number.isInteger(partitionsPerTopic) || partitionsPerTopic < 1 || partitionsPerTopic > 10_000) throw new Error(`--partitions must be 1..10000, got ${values.partitions}`);
  if (!Number.isInteger(trials) || trials < 1 || trials > 9) throw new Error(`--trials must be 1..9, got ${values.trials}`);
  const cpuProfDir = values['cpu-prof'];
  const partitions = topics * partitionsPerTopic;

  const root = await fsp.mkdtemp(join(tmpdir(), 'skiff-bench-metadata-'));
  let cluster: Cluster | null = null;
  const stop = (): void => {
    for (const node of cluster?.nodes ?? []) node.child?.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    cluster = await Cluster.create(root, cpuProfDir);
    await cluster.waitReady(60_000);

    // Baselines: the same cluster, no topics yet.
    const emptyRestart = await restartFollower(cluster);
    const emptyFailover = await failoverTrials(cluster, 'empty', trials);
    await cluster.waitReady(60_000);

    const created = await createTopics(cluster, topics, partitionsPerTopic);
    const first = median(created.perTopicMs.slice(0, 10));
    const last = median(created.perTopicMs.slice(-10));
    console.log(JSON.stringify({
      bench: 'metadata',
      case: 'create',
      topics,
      partitions_per_topic: partitionsPerTopic,
      replication_factor: 3,
      partitions,
      total_s: round(created.totalMs / 1000, 2),
      partitions_per_s: Math.round(partitions / (created.totalMs / 1000)),
      first10_topic_ms_median: round(first, 1),
      last10_topic_ms_median: round(last, 1),
      baseline_partitions_per_s: Math.round(partitionsPerTopic / (first / 1000)),
      last10_partitions_per_s: Math.round(partitionsPerTopic / (last / 1000)),
      ratio: round(last / first, 2),
    }));

    const controller = await cluster.controller();
    const disk = await metadataLogBytes(controller);
    const logRestart = await restartFollower(cluster);
    let probed: ProbeResult | null = null;
    const snapshotRestart = await restartFollower(cluster, async (node) => {
      probed = await runProbe(node.metadataDir);
    });
    const p = probed as ProbeResult | null;
    if (p === null) throw new Error('the probe did not run');
    console.log(JSON.stringify({
      bench: 'metadata',
      case: 'footprint',
      partitions: p.partitions,
      metadata_log_entries: p.entries,
      metadata_log_bytes: disk.logBytes,
      node_written_checkpoints: disk.checkpoints,
      snapshot_file_bytes: p.snapshotFileBytes,
      image_heap_mib: round(p.imageHeapBytes / MiB, 1),
      image_heap_bytes_per_partition: Math.round(p.imageHeapBytes / p.partitions),
      target_image_mib: 100,
      log_open_ms: round(p.logOpenMs, 1),
      log_replay_ms: round(p.replayMs, 1),
      snapshot_encode_ms: round(p.encodeMs, 1),
      snapshot_load_ms: round(p.loadMs, 1),
      snapshot_decode_cold_ms: round(p.decodeColdMs, 1),
      snapshot_decode_warm_ms: round(p.decodeWarmMs, 1),
      target_snapshot_load_ms: 1000,
    }));
    console.log(JSON.stringify(restartLine(0, 'log', emptyRestart, null)));
    console.log(JSON.stringify(restartLine(partitions, 'log', logRestart, emptyRestart)));
    console.log(JSON.stringify({ ...restartLine(partitions, 'snapshot', snapshotRestart, emptyRestart), target_beyond_boot_ms: 1000 }));

    await cluster.waitReady(60_000);
    const fullFailover = await failoverTrials(cluster, 'full', trials);
    console.log(JSON.stringify(failoverLine(0, emptyFailover, null)));
    console.log(JSON.stringify(failoverLine(partitions, fullFailover, emptyFailover)));
  } finally {
    await cluster?.close();
    await fsp.rm(root, { recursive: true, force: true });
  }
}

if (values.probe !== undefined) {
  process.stdout.write(JSON.stringify(await probe(values.probe)));
} else {
  await main();
}
