// bench:dataplane — the data plane's throughput and latency targets (issue 5),
// through the real path: `skiff perf produce|consume` processes against real
// node processes on 127.0.0.1, all on this machine. Runs, each with its own
// topic:
//   3 nodes, RF 3, acks=all, min.insync.replicas=2, default durability
//   (log.flush.on.ack=true: acknowledged = fsynced on 2 replicas):
//     produce 1,000,000 × 100 B; produce 200,000 × 1 KiB; consume both;
//     sequential produce of 10,000 × 1 KiB with one record per request and
//     one request in flight, paced at 200 records/s so a send never queues
//     behind the previous one (latency);
//   1 node, RF 1 (min.insync.replicas=1): produce 200,000 × 1 KiB; consume.
// While a run lasts, every node's RSS is sampled every 250 ms; its peak is
// reported per node. Baseline, measured in the same run on the same disk,
// from this process: sequential 1 MiB writes with an fdatasync every 16 MiB
// (what one group-committing log can push, MB/s), and a 1 KiB write plus
// fdatasync (the floor of one durable acknowledgement, p50/p99 ms). Each
// figure is printed with its target and its ratio to the baseline.
//   npm run bench:dataplane [-- --scale 0.1 --dist DIR --only rf3-100b,... --json]

import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDist, repoRoot, rssMiB, skiff, startCluster, stopCluster, track, waitUntilServing, brokerClient, type BenchCluster } from './bench-cluster.js';

interface Run {
  readonly name: string;
  readonly nodes: 1 | 3;
  readonly args: (scale: number) => string[];
  readonly target: string;
  /** The figure compared with the target and baseline. */
  readonly figure: (result: Record<string, number>) => { value: number; unit: string; met: boolean };
}

const mb = (r: Record<string, number>): number => r.mbPerSec ?? Number.NaN;
const count = (n: number, scale: number): string => String(Math.max(1000, Math.round(n * scale)));

const runs: readonly Run[] = [
  {
    name: 'rf3-100b', nodes: 3, target: '≥ 300,000 records/s',
    args: (s) => ['perf', 'produce', '--topic', 'rf3-100b', '--records', count(1_000_000, s), '--record-size', '100', '--acks', 'all', '--partitions', '6', '--replication-factor', '3'],
    figure: (r) => ({ value: r.recordsPerSec ?? Number.NaN, unit: 'records/s', met: (r.recordsPerSec ?? 0) >= 300_000 }),
  },
  {
    name: 'rf3-1k', nodes: 3, target: '≥ 50 MB/s',
    args: (s) => ['perf', 'produce', '--topic', 'rf3-1k', '--records', count(200_000, s), '--record-size', '1024', '--acks', 'all', '--partitions', '6', '--replication-factor', '3'],
    figure: (r) => ({ value: mb(r), unit: 'MB/s', met: mb(r) >= 50 }),
  },
  {
    name: 'rf3-consume-100b', nodes: 3, target: '≥ 70 MB/s',
    args: (s) => ['perf', 'consume', '--topic', 'rf3-100b', '--records', count(1_000_000, s)],
    figure: (r) => ({ value: mb(r), unit: 'MB/s', met: mb(r) >= 70 }),
  },
  {
    name: 'rf3-consume-1k', nodes: 3, target: '≥ 70 MB/s',
    args: (s) => ['perf', 'consume', '--topic', 'rf3-1k', '--records', count(200_000, s)],
    figure: (r) => ({ value: mb(r), unit: 'MB/s', met: mb(r) >= 70 }),
  },
  {
    name: 'rf3-sequential-1k', nodes: 3, target: 'p99 ≤ 5 ms',
    args: (s) => ['perf', 'produce', '--topic', 'rf3-seq', '--records', count(10_000, s), '--record-size', '1024', '--acks', 'all', '--partitions', '1', '--replication-factor', '3', '--max-in-flight', '1', '--records-per-send', '1', '--linger-ms', '0', '--throughput', '200'],
    figure: (r) => ({ value: r.p99Ms ?? Number.NaN, unit: 'ms p99', met: (r.p99Ms ?? Infinity) <= 5 }),
  },
  {
    name: 'rf1-1k', nodes: 1, target: '≥ 150 MB/s',
    args: (s) => ['perf', 'produce', '--topic', 'rf1-1k', '--records', count(200_000, s), '--record-size', '1024', '--acks', 'all', '--partitions', '6', '--replication-factor', '1'],
    figure: (r) => ({ value: mb(r), unit: 'MB/s', met: mb(r) >= 150 }),
  },
  {
    name: 'rf1-consume-1k', nodes: 1, target: '≥ 70 MB/s',
    args: (s) => ['perf', 'consume', '--topic', 'rf1-1k', '--records', count(200_000, s)],
    figure: (r) => ({ value: mb(r), unit: 'MB/s', met: mb(r) >= 70 }),
  },
];

/** Runs one perf command against the cluster, sampling the nodes' RSS; returns its JSON line and the peaks. */
async function perf(dist: string | null, cluster: BenchCluster, args: string[]): Promise<{ result: Record<string, number>; peakRssMiB: number[] }> {
  const peaks = cluster.nodes.map(() => 0);
  const sample = (): void => cluster.nodes.forEach((n, i) => (peaks[i] = Math.max(peaks[i]!, rssMiB(n.pid) ?? 0)));
  const sampler = setInterval(sample, 250);
  try {
    const { command, args: full } = skiff(dist, [...args, '--bootstrap-server', cluster.bootstrap, '--json']);
    const child = track(spawn(command, full, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const code = await new Promise<number | null>((res) => child.on('close', res));
    sample();
    const line = out.trim().split('\n').pop() ?? '';
    if (code !== 0 || !line.startsWith('{')) throw new Error(`skiff ${args.join(' ')} exited ${code}: ${out.slice(-2000)}${err}`);
    return { result: JSON.parse(line) as Record<string, number>, peakRssMiB: peaks };
  } finally {
    clearInterval(sampler);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The disk's baseline: group-committed sequential throughput, and the latency of one small durable write. */
async function diskBaseline(scale: number): Promise<{ seqMbPerSec: number; fsyncP50Ms: number; fsyncP99Ms: number }> {
  const path = join(tmpdir(), `skiff-bench-disk-${process.pid}.bin`);
  const file = await open(path, 'w+');
  try {
    const chunk = new Uint8Array(1 << 20).fill(7);
    const totalMiB = Math.max(32, Math.round(256 * scale));
    const t0 = performance.now();
    for (let i = 0; i < totalMiB; i++) {
      writeSync(file.fd, chunk, 0, chunk.byteLength, i * chunk.byteLength);
      if ((i + 1) % 16 === 0) await file.datasync();
    }
    await file.datasync();
    const seqMbPerSec = totalMiB / ((performance.now() - t0) / 1000);
    const small = new Uint8Array(1124);
    const latencies: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const t = performance.now();
      writeSync(file.fd, small, 0, small.byteLength, totalMiB * chunk.byteLength + i * small.byteLength);
      await file.datasync();
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    return { seqMbPerSec, fsyncP50Ms: percentile(latencies, 50), fsyncP99Ms: percentile(latencies, 99) };
  } finally {
    await file.close();
    await rm(path, { force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, dist: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be in (0, 10], got ${values.scale}`);
  const only = values.only === undefined ? null : new Set(values.only.split(','));
  const selected = runs.filter((r) => only === null || only.has(r.name));
  if (selected.length === 0) throw new Error(`--only matches no run; runs: ${runs.map((r) => r.name).join(', ')}`);
  const dist = await prepareDist(values.dist);
  const log = (text: string): void => {
    if (!values.json) process.stdout.write(`${text}\n`);
  };
  log('baseline: this disk from this process...');
  const disk = await diskBaseline(scale);
  log(`  sequential writes, fdatasync every 16 MiB: ${disk.seqMbPerSec.toFixed(1)} MB/s; 1 KiB write + fdatasync: p50 ${disk.fsyncP50Ms.toFixed(2)} ms, p99 ${disk.fsyncP99Ms.toFixed(2)} ms`);
  const rows: Record<string, unknown>[] = [];
  for (const size of [3, 1] as const) {
    const group = selected.filter((r) => r.nodes === size);
    if (group.length === 0) continue;
    log(`starting ${size} node${size > 1 ? 's' : ''} (${dist === null ? 'from source via tsx' : `from ${dist}`})...`);
    const cluster = await startCluster(dist, size, {}, 'skiff-bench-dataplane');
    try {
      const client = await brokerClient(cluster);
      await waitUntilServing(cluster, client);
      await client.close();
      for (const run of group) {
        const { result, peakRssMiB } = await perf(dist, cluster, run.args(scale));
        const figure = run.figure(result);
        const ratio = figure.unit === 'ms p99' ? figure.value / disk.fsyncP99Ms : mb(result) / disk.seqMbPerSec;
        const row = { run: run.name, nodes: size, ...figure, target: run.target, ratioToDisk: ratio, peakRssMiB, result };
        rows.push(row);
        const extra = result.p99Ms !== undefined ? `, latency p50 ${result.p50Ms} ms p99 ${result.p99Ms} ms max ${Math.round(result.maxLatencyMs ?? 0)} ms` : '';
        log(`  ${run.name.padEnd(18)} ${figure.value.toFixed(figure.unit === 'records/s' ? 0 : 1).padStart(9)} ${figure.unit.padEnd(9)} target ${run.target.padEnd(20)} ${figure.met ? 'met   ' : 'MISSED'} ratio-to-disk ${Number.isNaN(ratio) ? '-' : ratio.toFixed(2)}  (${Math.round(result.recordsPerSec ?? 0)} rec/s, ${(result.mbPerSec ?? 0).toFixed(1)} MB/s${extra}); peak RSS MiB per node ${peakRssMiB.map((m) => m.toFixed(0)).join('/')}`);
      }
    } finally {
      await stopCluster(cluster);
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ bench: 'dataplane', scale, nodes: dist === null ? 'tsx' : dist, disk, rows })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
