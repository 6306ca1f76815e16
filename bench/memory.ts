// bench:memory — resident memory of real node processes (issue 5's memory
// targets): 3 nodes on 127.0.0.1, default settings. Phases:
//   idle      the cluster serving, no topics: the baseline of this run;
//   open      one topic with --partitions (default 1,000) at RF 3, every
//             partition led and replicated, then 15 s settled;
//   sustained `skiff perf produce` at --rate records/s of --record-size bytes
//             into that topic (acks=all, one partition after another) for
//             --duration-s (default 300), with a 64 MiB retention.bytes per
//             partition so the disk does not fill.
// Every node's RSS is sampled every --sample-s seconds. Reported per node:
// idle, open, the mean of the first and of the last minute of load, the
// least-squares slope over the load after its first minute (MiB/min; growth
// is what a leak looks like) and the peak; ratios against idle.
//   npm run bench:memory [-- --partitions 1000 --duration-s 300 --rate 5000 --record-size 1024 --dist DIR --json]

import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { sleep, waitFor } from '../test/integration/cluster-harness.js';
import { brokerClient, diagnostics, prepareDist, repoRoot, rssMiB, skiff, startCluster, stopCluster, track, waitUntilServing } from './bench-cluster.js';

function intArg(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in ${min}..${max}, got ${value}`);
  return n;
}

function slopePerMin(samples: readonly { tS: number; mib: number }[]): number {
  if (samples.length < 2) return Number.NaN;
  const n = samples.length;
  const mt = samples.reduce((a, s) => a + s.tS, 0) / n;
  const mm = samples.reduce((a, s) => a + s.mib, 0) / n;
  let num = 0;
  let den = 0;
  for (const s of samples) {
    num += (s.tS - mt) * (s.mib - mm);
    den += (s.tS - mt) ** 2;
  }
  return den === 0 ? Number.NaN : (num / den) * 60;
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      partitions: { type: 'string', default: '1000' },
      'duration-s': { type: 'string', default: '300' },
      rate: { type: 'string', default: '5000' },
      'record-size': { type: 'string', default: '1024' },
      'sample-s': { type: 'string', default: '5' },
      dist: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const partitions = intArg(values.partitions, 'partitions', 1, 10_000);
  const durationS = intArg(values['duration-s'], 'duration-s', 30, 3600);
  const rate = intArg(values.rate, 'rate', 1, 1_000_000);
  const recordSize = intArg(values['record-size'], 'record-size', 0, 1 << 20);
  const sampleS = intArg(values['sample-s'], 'sample-s', 1, 60);
  const dist = await prepareDist(values.dist);
  const log = (text: string): void => {
    if (!values.json) process.stdout.write(`${text}\n`);
  };
  const cluster = await startCluster(dist, 3, {}, 'skiff-bench-memory');
  const pids = cluster.nodes.map((n) => n.pid);
  const rss = (): number[] => pids.map((pid) => rssMiB(pid) ?? Number.NaN);
  const fmt = (xs: readonly number[]): string => xs.map((x) => x.toFixed(0)).join('/');
  try {
    const client = await brokerClient(cluster);
    const controller = await waitUntilServing(cluster, client);
    await sleep(10_000);
    const idle = rss();
    log(`idle: RSS MiB per node ${fmt(idle)}`);

    const topic = 'memory';
    const created = await client.call(controller, 'CreateTopics', { topics: [{ name: topic, numPartitions: partitions, replicationFactor: 3, configs: { 'retention.bytes': String(64 << 20), 'segment.bytes': String(16 << 20) } }] }, { timeoutMs: 60_000 });
    const failure = created.error ?? created.results[0]?.error ?? null;
    if (failure !== null) throw new Error(`CreateTopics: ${failure.code}: ${failure.message}`);
    const t0 = performance.now();
    await waitFor(`${partitions} partitions led with a full ISR`, async () => {
      const md = await client.call(controller, 'Metadata', { topics: [topic] }, { timeoutMs: 30_000 }).catch(() => null);
      const ps = md?.topics[0]?.partitions ?? [];
      return ps.length === partitions && ps.every((p) => p.leader >= 0 && p.isr.length === 3) ? true : null;
    }, { timeoutMs: 300_000, intervalMs: 500, diagnostics: () => diagnostics(cluster) });
    const openS = (performance.now() - t0) / 1000;
    await client.close();
    await sleep(15_000);
    const open = rss();
    log(`open: ${partitions} partitions at RF 3 led and in sync after ${openS.toFixed(1)} s; RSS MiB per node ${fmt(open)}`);

    log(`sustained: ${rate} records/s × ${recordSize} B for ${durationS} s...`);
    const { command, args } = skiff(dist, ['perf', 'produce', '--topic', topic, '--records', String(rate * durationS), '--record-size', String(recordSize), '--throughput', String(rate), '--acks', 'all', '--bootstrap-server', cluster.bootstrap, '--json']);
    const producer = track(spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    producer.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    let err = '';
    producer.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    const done = new Promise<number | null>((res) => producer.on('close', res));
    const samples: { tS: number; mib: number[] }[] = [];
    const start = performance.now();
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      await Promise.race([sleep(sampleS * 1000), done]);
      const tS = (performance.now() - start) / 1000;
      samples.push({ tS, mib: rss() });
      if (!values.json && samples.length % Math.max(1, Math.round(60 / sampleS)) === 0) log(`  ${tS.toFixed(0)} s: RSS MiB per node ${fmt(samples.at(-1)!.mib)}`);
    }
    const code = await done;
    const line = out.trim().split('\n').pop() ?? '';
    if (code !== 0 || !line.startsWith('{')) throw new Error(`perf produce exited ${code}: ${out.slice(-2000)}${err}`);
    const produced = JSON.parse(line) as Record<string, number>;
    const loadS = samples.at(-1)?.tS ?? 0;
    const perNode = pids.map((_, i) => {
      const series = samples.map((s) => ({ tS: s.tS, mib: s.mib[i]! }));
      const firstMinute = series.filter((s) => s.tS <= 60).map((s) => s.mib);
      const lastMinute = series.filter((s) => s.tS >= loadS - 60).map((s) => s.mib);
      const peak = Math.max(...series.map((s) => s.mib), open[i]!);
      return {
        node: i + 1,
        idleMiB: idle[i]!,
        openMiB: open[i]!,
        firstMinuteMiB: mean(firstMinute),
        lastMinuteMiB: mean(lastMinute),
        slopeMiBPerMin: slopePerMin(series.filter((s) => s.tS > 60)),
        peakMiB: peak,
        peakToIdle: peak / idle[i]!,
      };
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ bench: 'memory', partitions, durationS, rate, recordSize, openS, produced, perNode })}\n`);
      return;
    }
    log(`produced ${produced.records} records at ${Math.round(produced.recordsPerSec ?? 0)} records/s (p99 ${produced.p99Ms} ms)`);
    log('node  idle  open  first-min  last-min  slope MiB/min  peak  peak/idle  (MiB; target: peak ≤ 512, no growth)');
    for (const n of perNode) {
      log(`${String(n.node).padStart(4)}  ${n.idleMiB.toFixed(0).padStart(4)}  ${n.openMiB.toFixed(0).padStart(4)}  ${n.firstMinuteMiB.toFixed(0).padStart(9)}  ${n.lastMinuteMiB.toFixed(0).padStart(8)}  ${n.slopeMiBPerMin.toFixed(2).padStart(13)}  ${n.peakMiB.toFixed(0).padStart(4)}  ${n.peakToIdle.toFixed(2).padStart(9)}`);
    }
  } finally {
    await stopCluster(cluster);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
