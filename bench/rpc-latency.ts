// bench:rpc — end-to-end latency of single sequential requests on loopback,
// against a 3-node cluster of real processes that the bench starts itself
// (each node a Raft voter and a broker, as `skiff local-cluster` runs them),
// with default settings (log.flush.on.ack=true: an acks=all write is
// acknowledged once the leader and the followers of the ISR have fsynced it).
// Scenarios, one request in flight at a time:
//   grpc-echo        a bare @grpc/grpc-js unary echo (identity serializers, a
//                    payload the size of the produce request) to a server in a
//                    child process: the floor any gRPC call pays here, and
//                    the same-run baseline every `ratio` is relative to;
//   transport-echo   the same echo through Skiff's GrpcTransport on both ends
//                    (src/transport/grpc): the transport layer's own cost;
//   describe         DescribeCluster to a broker: the node's RPC path with a
//                    trivial handler;
//   produce-acks1    Produce of one batch of one 1 KiB record, acks=1: the
//                    leader's append path (no fsync wait);
//   produce-acksall  the same with acks=all: leader append, followers fetch
//                    (long poll), append and fsync, report back on their next
//                    fetch, the high watermark moves, the produce is answered;
//   fsync            no RPC: a 1 KiB pwrite plus fdatasync(2) on a file beside
//                    the nodes' data, from the bench process: the disk's floor
//                    for one durable append (acks=all pays three of them, the
//                    leader's and each follower's, on one disk here).
// Fairness against noisy neighbours: every scenario is warmed up first (the
// nodes' JIT needs a few thousand requests), then measured in rounds; each
// round runs a slice of every scenario, rotating the order, so a burst of
// load elsewhere on the machine hits all scenarios alike. Percentiles are
// over every measured call. `cpu` is the CPU time (user+system, from
// /proc/<pid>/stat) the server side burned per call: the echo child, or all
// three nodes together (including their idle background, reported once as
// `idle_cpu_ms_per_s`). `noise` is the bench process's own event-loop lateness
// while idle (timer wake-ups): on a machine shared with other work it bounds
// from below what any tail percentile here can show.
// Nodes run from source through tsx (as the integration tests do), or with
// --dist DIR from a compiled build (`npx tsc -p tsconfig.build.json --outDir
// DIR && cp src/gen/proto.js DIR/src/gen/`; DIR needs node_modules, e.g. a
// symlink to this repo's), which lets two builds be compared on one machine.
// --config key=value (repeatable) adds server.properties entries to every
// node, e.g. --config log.flush.on.ack=false to see acks=all without fsyncs.
//   npm run bench:rpc [-- --calls 2000 --warmup 2000 --rounds 5 --dist DIR --config k=v --json]

import { spawn } from 'node:child_process';
import { writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import type { BrokerServices } from '../src/broker/services.js';
import { encodeBatch } from '../src/storage/batch/index.js';
import { brokerService } from '../src/transport/broker-codec.js';
import type { WireService } from '../src/transport/codec.js';
import { GrpcTransport } from '../src/transport/grpc/index.js';
import { sleep, waitFor } from '../test/integration/cluster-harness.js';
import { brokerClient, configEntries, diagnostics, prepareDist, repoRoot, startCluster, stopCluster, sumCpu, track, waitUntilServing } from './bench-cluster.js';

const selfPath = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------
// The echo servers (child process: `--role echo`)

// A type alias, not an interface extending ServiceMap (whose index signature would widen Echo).
type EchoServices = {
  Echo: { request: Uint8Array; response: Uint8Array };
};

const rawCodec = { encodeRequest: (b: Uint8Array) => b, decodeRequest: (b: Uint8Array) => b, encodeResponse: (b: Uint8Array) => b, decodeResponse: (b: Uint8Array) => b };
const echoService: WireService<EchoServices> = { name: 'skiff.bench.Echo', codec: { Echo: rawCodec } };
const bareEchoPath = '/skiff.bench.BareEcho/Echo';
const identity = (b: Buffer): Buffer => b;

async function runEchoServers(): Promise<void> {
  const bare = new grpc.Server();
  bare.register(bareEchoPath, ((call, callback) => callback(null, call.request)) as grpc.handleUnaryCall<Buffer, Buffer>, identity, identity, 'unary');
  const barePort = await new Promise<number>((res, rej) => bare.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  const transport = await GrpcTransport.start<EchoServices>({ service: echoService, self: 0, listen: '127.0.0.1:0' });
  transport.serve({ Echo: (_from, request) => Promise.resolve(request) });
  process.stdout.write(`${JSON.stringify({ barePort, transportPort: transport.port })}\n`);
  // Ends with the parent: stdin closes when it exits, however it exits.
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
}

// ---------------------------------------------------------------------------
// Measuring

type Call = () => Promise<void>;

interface Scenario {
  readonly name: string;
  readonly call: Call;
  /** Processes whose CPU counts as this scenario's server side. */
  readonly serverPids: readonly (number | undefined)[];
  readonly latencies: number[];
  serverCpuMs: number;
  clientCpuMs: number;
  calls: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function runSlice(s: Scenario, count: number, record: boolean): Promise<void> {
  const cpu0 = sumCpu(s.serverPids);
  const client0 = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await s.call();
    if (record) s.latencies.push(performance.now() - t0);
  }
  if (!record) return;
  const client = process.cpuUsage(client0);
  const cpu1 = sumCpu(s.serverPids);
  s.serverCpuMs += cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : Number.NaN;
  s.clientCpuMs += (client.user + client.system) / 1000;
  s.calls += count;
}

/** The bench process's timer lateness while idle: the machine's scheduling noise. */
async function measureNoise(ms: number): Promise<{ p50: number; p99: number; max: number }> {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  await sleep(ms);
  h.disable();
  // The histogram counts the whole 1 ms sampling interval; lateness is what exceeds it.
  const late = (ns: number): number => Math.max(0, ns / 1e6 - 1);
  return { p50: late(h.percentile(50)), p99: late(h.percentile(99)), max: late(h.max) };
}

const fmt = (ms: number): string => (ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      calls: { type: 'string', default: '2000' },
      warmup: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '5' },
      dist: { type: 'string' },
      'record-bytes': { type: 'string', default: '1024' },
      json: { type: 'boolean', default: false },
      config: { type: 'string', multiple: true, default: [] },
    },
  });
  if (values.role === 'echo') return runEchoServers();
  const calls = Number(values.calls);
  const warmup = Number(values.warmup);
  const rounds = Number(values.rounds);
  const recordBytes = Number(values['record-bytes']);
  if (!Number.isInteger(calls) || calls < 10 || calls > 100_000) throw new Error(`--calls must be 10..100000, got ${values.calls}`);
  if (!Number.isInteger(warmup) || warmup < 0 || warmup > 100_000) throw new Error(`--warmup must be 0..100000, got ${values.warmup}`);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > calls) throw new Error(`--rounds must be 1..calls, got ${values.rounds}`);
  if (!Number.isInteger(recordBytes) || recordBytes < 0 || recordBytes > 1 << 20) throw new Error(`--record-bytes must be 0..1048576, got ${values['record-bytes']}`);
  const dist = await prepareDist(values.dist);
  const log = (text: string): void => {
    if (!values.json) console.log(text);
  };
  const benchStart = performance.now();

  // Echo servers in a child process.
  const echo = track(spawn(process.execPath, [...process.execArgv, selfPath, '--role', 'echo'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] }));
  const echoPorts = await new Promise<{ barePort: number; transportPort: number }>((res, rej) => {
    createInterface({ input: echo.stdout! }).once('line', (line) => res(JSON.parse(line) as { barePort: number; transportPort: number }));
    echo.once('exit', (code) => rej(new Error(`echo server exited ${code}`)));
  });

  log(`starting a 3-node cluster (${dist === null ? 'from source via tsx' : `from ${dist}`})...`);
  const cluster = await startCluster(dist, 3, configEntries(values.config), 'skiff-bench-rpc');
  // The disk's floor for a durable append: a 1 KiB pwrite plus fdatasync(2), as a log append + sync does it.
  const fsyncFile = await open(join(cluster.root, 'fsync-probe.bin'), 'w+');
  let fsyncPosition = 0;
  const fsyncRecord = new Uint8Array(recordBytes + 100);
  const client = await brokerClient(cluster);
  const echoClient = await GrpcTransport.start<EchoServices>({ service: echoService, self: -1, addresses: [[1, `127.0.0.1:${echoPorts.transportPort}`]] });
  const bare = new grpc.Client(`127.0.0.1:${echoPorts.barePort}`, grpc.credentials.createInsecure());
  try {
    const timeoutMs = 10_000;
    const opts = { timeoutMs };
    const ready = { controllerId: await waitUntilServing(cluster, client) };
    const topic = 'bench';
    await waitFor('topic created', async () => {
      const r = await client.call(ready.controllerId, 'CreateTopics', { topics: [{ name: topic, numPartitions: 1, replicationFactor: 3, configs: {} }] }, opts);
      const error = r.error ?? r.results[0]?.error ?? null;
      return error === null || error.code === 'TOPIC_ALREADY_EXISTS' ? true : null;
    }, { timeoutMs: 60_000, intervalMs: 200, diagnostics: () => diagnostics(cluster) });
    const partition = await waitFor('a leader and a full ISR', async () => {
      const md = await client.call(ready.controllerId, 'Metadata', { topics: [topic] }, opts);
      const p = md.topics[0]?.partitions[0];
      return p !== undefined && p.leader >= 0 && p.isr.length === 3 ? p : null;
    }, { timeoutMs: 60_000, intervalMs: 100, diagnostics: () => diagnostics(cluster) });
    const leader = partition.leader;
    // The leader stamps offsets into the bytes it receives, never into ours: one batch serves every call.
    const batch = encodeBatch({ records: [{ key: null, value: new Uint8Array(recordBytes), timestamp: Date.now() }] });
    const produceRequest = (acks: number): BrokerServices['Produce']['request'] => ({ transactionalId: null, acks, timeoutMs: 5_000, topics: [{ name: topic, partitions: [{ partition: 0, records: batch }] }] });
    const produce = (acks: number): Call => async () => {
      const r = await client.call(leader, 'Produce', produceRequest(acks), opts);
      const error = r.topics[0]?.partitions[0]?.error;
      if (error) throw new Error(`Produce acks=${acks}: ${error.code} ${error.message}`);
    };
    // The echo payload is the size of the produce request on the wire.
    const payload = Buffer.from(brokerService.codec.Produce.encodeRequest(produceRequest(-1)));
    const bareMetadata = new grpc.Metadata();
    const nodePids = cluster.nodes.map((n) => n.pid);
    const scenario = (name: string, call: Call, serverPids: readonly (number | undefined)[]): Scenario => ({ name, call, serverPids, latencies: [], serverCpuMs: 0, clientCpuMs: 0, calls: 0 });
    const scenarios: Scenario[] = [
      scenario('grpc-echo', () => new Promise<void>((res, rej) => {
        bare.makeUnaryRequest(bareEchoPath, identity, identity, payload, bareMetadata, { deadline: Date.now() + timeoutMs }, (error) => (error ? rej(error) : res()));
      }), [echo.pid]),
      scenario('transport-echo', async () => {
        await echoClient.call(1, 'Echo', payload, opts);
      }, [echo.pid]),
      scenario('describe', async () => {
        await client.call(leader, 'DescribeCluster', { includeFenced: false }, opts);
      }, nodePids),
      scenario('produce-acks1', produce(1), nodePids),
      scenario('produce-acksall', produce(-1), nodePids),
      scenario('fsync', async () => {
        writeSync(fsyncFile.fd, fsyncRecord, 0, fsyncRecord.byteLength, fsyncPosition);
        fsyncPosition += fsyncRecord.byteLength;
        await fsyncFile.datasync();
      }, []),
    ];

    log(`warming up (${warmup} calls per scenario)...`);
    for (const s of scenarios) await runSlice(s, warmup, false);
    const idleCpu0 = sumCpu(nodePids);
    const noise = await measureNoise(2_000);
    const idleCpu1 = sumCpu(nodePids);
    const idleCpuMsPerS = idleCpu0 !== null && idleCpu1 !== null ? (idleCpu1 - idleCpu0) / 2 / 3 : Number.NaN;

    log(`measuring (${calls} calls per scenario in ${rounds} rounds)...`);
    const perRound = Math.ceil(calls / rounds);
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < scenarios.length; k++) {
        const s = scenarios[(round + k) % scenarios.length]!;
        await runSlice(s, Math.min(perRound, calls - s.calls), true);
      }
    }

    const base = [...scenarios[0]!.latencies].sort((a, b) => a - b);
    const baseP50 = percentile(base, 50);
    const baseP99 = percentile(base, 99);
    const rows = scenarios.map((s) => {
      const sorted = [...s.latencies].sort((a, b) => a - b);
      const p50 = percentile(sorted, 50);
      const p99 = percentile(sorted, 99);
      return {
        scenario: s.name,
        calls: s.calls,
        p50,
        p90: percentile(sorted, 90),
        p99,
        p999: percentile(sorted, 99.9),
        max: sorted[sorted.length - 1]!,
        ratioP50: p50 / baseP50,
        ratioP99: p99 / baseP99,
        serverCpuUsPerCall: (s.serverCpuMs * 1000) / s.calls,
        clientCpuUsPerCall: (s.clientCpuMs * 1000) / s.calls,
      };
    });
    const summary = {
      bench: 'rpc-latency',
      nodes: dist === null ? 'tsx' : dist,
      recordBytes,
      requestBytes: payload.byteLength,
      warmup,
      noiseMs: noise,
      idleCpuMsPerSPerNode: idleCpuMsPerS,
      rows,
      seconds: (performance.now() - benchStart) / 1000,
    };
    if (values.json) {
      console.log(JSON.stringify(summary));
      return;
    }
    console.log('');
    console.log(`host noise (bench timer lateness while idle, 2 s): p50 ${fmt(noise.p50)} ms  p99 ${fmt(noise.p99)} ms  max ${fmt(noise.max)} ms; node idle CPU ${idleCpuMsPerS.toFixed(0)} ms/s each`);
    console.log(`request ${payload.byteLength} bytes (one batch of one ${recordBytes}-byte record); latencies in ms; ratio = this / grpc-echo (same run); cpu = server-side µs per call (echo child, or the 3 nodes)`);
    const header = ['scenario', 'calls', 'p50', 'p90', 'p99', 'p99.9', 'max', 'ratio p50', 'ratio p99', 'cpu µs', 'client µs'];
    const table = rows.map((r) => [r.scenario, String(r.calls), fmt(r.p50), fmt(r.p90), fmt(r.p99), fmt(r.p999), fmt(r.max), r.ratioP50.toFixed(2), r.ratioP99.toFixed(2), r.serverCpuUsPerCall.toFixed(0), r.clientCpuUsPerCall.toFixed(0)]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
    const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(line(header));
    for (const row of table) console.log(line(row));
    console.log(`(${summary.seconds.toFixed(0)} s)`);
  } finally {
    bare.close();
    await fsyncFile.close();
    await echoClient.close();
    await client.close();
    await stopCluster(cluster);
    echo.stdin?.end();
    echo.kill('SIGTERM');
  }
}

await main();
