// `skiff local-cluster`: what `npm start` runs. Formats (first time only) and
// starts N nodes on 127.0.0.1 as separate processes — each a voter and a
// broker — with data under ./data/node-<id>, waits until the quorum has a
// controller and every broker is unfenced, prints the bootstrap address and a
// few commands to try, streams a compact merged log, and on Ctrl-C stops
// every node with a controlled shutdown. Node N serves Prometheus metrics at
// http://127.0.0.1:(P+N-1)/metrics, P = --metrics-port (default 9404; off: none).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { prettyFactory } from 'pino-pretty';
import type { BrokerServices } from '../broker/services.js';
import { brokerService } from '../transport/broker-codec.js';
import { GrpcTransport } from '../transport/grpc/index.js';

const basePort = 9092;

export const localClusterHelp = `  local-cluster [--nodes N] [--single] [--data-dir DIR] [--clean] [--base-port P] [--metrics-port M]
      Run an N-node cluster (default 3) on 127.0.0.1 in the foreground: ports P.. (default 9092),
      data in DIR/node-<id> (default ./data), formatted on first start. Ctrl-C stops every node
      cleanly. Node N serves Prometheus metrics at http://127.0.0.1:(M+N-1)/metrics (docs/metrics.md;
      M default 9404, 'off' for none). This is what 'npm start' runs. Example: npm start -- --nodes 5
`;

interface NodeProcess {
  readonly id: number;
  readonly port: number;
  readonly config: string;
  child: ChildProcess | null;
  /** Set when the node exits during the shutdown: whether it exited 0. */
  stoppedCleanly?: boolean;
}

function properties(id: number, nodes: number, port: number, dataDir: string, basePortNumber: number, metricsPort: number | null): string {
  const voters = Array.from({ length: nodes }, (_, i) => `${i + 1}@127.0.0.1:${basePortNumber + i}`).join(',');
  const rf = Math.min(3, nodes);
  return [
    `# Written by skiff local-cluster; edit and restart to change.`,
    `node.id=${id}`,
    `process.roles=broker,controller`,
    `controller.quorum.voters=${voters}`,
    `listeners=PLAINTEXT://127.0.0.1:${port}`,
    `log.dirs=${dataDir}`,
    `num.partitions=3`,
    `default.replication.factor=${rf}`,
    `min.insync.replicas=${Math.min(2, rf)}`,
    `broker.session.timeout.ms=6000`,
    `broker.heartbeat.interval.ms=1000`,
    ...(metricsPort !== null ? [`metrics.listener=http://127.0.0.1:${metricsPort}`] : []),
    ``,
  ].join('\n');
}

function cli(args: string[]): { command: string; args: string[] } {
  // Run the same entry point this process runs (dist JS or the TypeScript source via tsx).
  return { command: process.execPath, args: [...process.execArgv, process.argv[1]!, ...args] };
}

function runToEnd(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolvePromise) => {
    const { command, args: full } = cli(args);
    const child = spawn(command, full, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, out }));
  });
}

/**
 * One line per pino record through pino-pretty (colours on a terminal):
 * time, level, node, component, message, then the other fields inline.
 */
function makePrettifier(id: number): (line: string) => string {
  const pretty = prettyFactory({
    colorize: process.stdout.isTTY === true,
    singleLine: true,
    translateTime: 'HH:MM:ss.l',
    ignore: 'pid,hostname,name,nodeId,component',
    messageFormat: (log, messageKey) => {
      const component = typeof log.component === 'string' ? ` ${log.component}` : '';
      return `node-${String(log.nodeId ?? id)}${component}: ${String(log[messageKey] ?? '')}`;
    },
  });
  return (line) => {
    if (!line.startsWith('{')) return `node-${id} ${line}`;
    return pretty(line).replace(/\n$/, '');
  };
}

export async function runLocalCluster(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      nodes: { type: 'string', default: '3' },
      single: { type: 'boolean', default: false },
      'data-dir': { type: 'string', default: './data' },
      clean: { type: 'boolean', default: false },
      'base-port': { type: 'string', default: String(basePort) },
      'metrics-port': { type: 'string', default: '9404' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`usage: skiff\n${localClusterHelp}`);
    return 0;
  }
  const nodes = values.single ? 1 : Number(values.nodes);
  const firstPort = Number(values['base-port']);
  if (!Number.isInteger(nodes) || nodes < 1 || nodes > 9) {
    process.stderr.write(`skiff local-cluster: --nodes must be between 1 and 9, got ${values.nodes}\n`);
    return 2;
  }
  const firstMetricsPort = values['metrics-port'] === 'off' ? null : Number(values['metrics-port']);
  const overlaps = (m: number): boolean => m <= firstPort + nodes - 1 && firstPort <= m + nodes - 1;
  if (firstMetricsPort !== null && (!Number.isInteger(firstMetricsPort) || firstMetricsPort < 1 || firstMetricsPort + nodes - 1 > 65535 || overlaps(firstMetricsPort))) {
    process.stderr.write(`skiff local-cluster: --metrics-port M gives node N port M+N-1: all must be in 1..65535 and apart from the node ports ${firstPort}..${firstPort + nodes - 1}; got ${values['metrics-port']}\n`);
    return 2;
  }
  const metricsPortOf = (id: number): number | null => (firstMetricsPort === null ? null : firstMetricsPort + id - 1);
  const root = resolve(values['data-dir']);
  if (values.clean) rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });

  const procs: NodeProcess[] = [];
  const clusterIdFile = join(root, 'cluster.id');
  let clusterId: string;
  if (existsSync(clusterIdFile)) {
    clusterId = readFileSync(clusterIdFile, 'utf8').trim();
  } else {
    const made = await runToEnd(['storage', 'random-uuid']);
    clusterId = made.out.trim();
    writeFileSync(clusterIdFile, clusterId + '\n');
  }
  for (let id = 1; id <= nodes; id++) {
    const port = firstPort + id - 1;
    const dir = join(root, `node-${id}`);
    const config = join(root, `node-${id}.properties`);
    writeFileSync(config, properties(id, nodes, port, dir, firstPort, metricsPortOf(id)));
    if (!existsSync(join(dir, 'meta.properties'))) {
      const formatted = await runToEnd(['storage', 'format', '--cluster-id', clusterId, '--config', config, '--ignore-formatted']);
      if (formatted.code !== 0) {
        process.stderr.write(`skiff local-cluster: formatting node ${id} failed:\n${formatted.out}`);
        return 1;
      }
    }
    procs.push({ id, port, config, child: null });
  }

  let stopping = false;
  for (const p of procs) {
    const { command, args } = cli(['server', 'start', '--config', p.config]);
    // Own process group: a terminal's Ctrl-C reaches only this launcher, which then stops each node with one
    // SIGTERM (a node takes a second signal as "exit now", skipping its controlled shutdown).
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    p.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      const prettify = makePrettifier(p.id);
      createInterface({ input: stream }).on('line', (line) => process.stdout.write(prettify(line) + '\n'));
    }
    child.on('exit', (code, signal) => {
      p.child = null;
      if (!stopping) {
        process.stdout.write(`node-${p.id} exited (${signal ?? `code ${code}`}); the others keep running. Restart it with: npx skiff server start --config ${p.config}\n`);
        return;
      }
      p.stoppedCleanly = code === 0;
      process.stdout.write(code === 0 ? `node-${p.id} stopped cleanly\n` : `node-${p.id} stopped with ${signal ?? `code ${code}`}\n`);
    });
  }

  const bootstrap = procs.map((p) => `127.0.0.1:${p.port}`).join(',');
  const ready = await waitReady(procs, 60_000);
  if (ready) {
    process.stdout.write(
      [
        '',
        `Skiff is running: ${nodes} node(s), cluster ${clusterId}, data in ${root}`,
        `  bootstrap: ${bootstrap}`,
        `  nodes:     ${procs.map((p) => `node-${p.id} pid ${p.child?.pid ?? '?'}`).join(', ')}`,
        ...(firstMetricsPort !== null ? [`  metrics:   ${procs.map((p) => `http://127.0.0.1:${metricsPortOf(p.id)!}/metrics`).join('  ')}`] : []),
        `Try (in another terminal):`,
        `  npx skiff topics create --topic orders --partitions 6 --replication-factor ${Math.min(3, nodes)} --bootstrap-server 127.0.0.1:${firstPort}`,
        `  printf 'alice:1\\nbob:2\\ncarol:3\\n' | npx skiff produce --topic orders --property parse.key=true --property key.separator=: --bootstrap-server 127.0.0.1:${firstPort}`,
        `  npx skiff consume --topic orders --group billing --from-beginning --property print.key=true --bootstrap-server 127.0.0.1:${firstPort}`,
        `  npx skiff groups describe --group billing --bootstrap-server 127.0.0.1:${firstPort}`,
        `Ctrl-C stops every node cleanly.`,
        '',
      ].join('\n'),
    );
  } else {
    process.stdout.write('The cluster is not ready after 60 s; see the log above. Ctrl-C stops it.\n');
  }

  return new Promise<number>((resolveExit) => {
    const stop = (): void => {
      if (stopping) {
        for (const p of procs) p.child?.kill('SIGKILL');
        return;
      }
      stopping = true;
      process.stdout.write('\nStopping every node (controlled shutdown; Ctrl-C again to kill)...\n');
      for (const p of procs) p.child?.kill('SIGTERM');
      const check = setInterval(() => {
        if (procs.every((p) => p.child === null)) {
          clearInterval(check);
          const unclean = procs.filter((p) => p.stoppedCleanly === false);
          process.stdout.write(unclean.length === 0 ? 'All nodes stopped.\n' : `Stopped; not cleanly: ${unclean.map((p) => `node-${p.id}`).join(', ')}\n`);
          resolveExit(unclean.length === 0 ? 0 : 1);
        }
      }, 100);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    // Detached nodes would outlive a launcher that dies without stopping them.
    process.on('exit', () => {
      for (const p of procs) p.child?.kill('SIGKILL');
    });
  });
}

/** Ready: some node names a controller and reports every broker registered and unfenced. */
async function waitReady(procs: readonly NodeProcess[], timeoutMs: number): Promise<boolean> {
  const transport = await GrpcTransport.start<BrokerServices>({
    service: brokerService,
    self: -1,
    addresses: procs.map((p) => [1_000_000 + p.id, `127.0.0.1:${p.port}`] as const),
  });
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      for (const p of procs) {
        try {
          const cluster = await transport.call(1_000_000 + p.id, 'DescribeCluster', { includeFenced: true }, { timeoutMs: 1000 });
          if (cluster.controllerId !== -1 && cluster.brokers.length === procs.length && cluster.brokers.every((b) => !b.fenced)) return true;
        } catch {
          // not up yet
        }
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    return false;
  } finally {
    await transport.close();
  }
}
