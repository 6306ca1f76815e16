// `skiff topics|cluster|quorum ...`: the admin tools, talking to any node's
// broker service over gRPC (--bootstrap-server host:port[,host:port...]; the
// first that answers is used). Output follows Kafka's tools
// (kafka-topics.sh --describe, kafka-metadata-quorum.sh describe), with
// `--output json` for scripts. Exit codes: 0 ok, 1 the cluster said no or
// could not be reached, 2 usage error.

import { parseArgs } from 'node:util';
import type { BrokerServices, DescribeQuorumResponse, MetadataResponse } from '../broker/services.js';
import { errorCodes } from '../common/errors.js';
import type { ApiError, CreatableTopic } from '../controller/services.js';
import { brokerService } from '../transport/broker-codec.js';
import { GrpcTransport } from '../transport/grpc/index.js';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

class UsageError extends Error {}
class ClusterError extends Error {}

const bootstrapHelp = '--bootstrap-server HOST:PORT[,HOST:PORT...]  any node(s) of the cluster (default 127.0.0.1:9092)';

export const adminHelp = `admin commands (all take ${bootstrapHelp}, and --output text|json):
  topics create --topic NAME [--partitions N] [--replication-factor N] [--config KEY=VALUE]...
      Example: npx skiff topics create --topic orders --partitions 6 --replication-factor 3 --bootstrap-server 127.0.0.1:9092
  topics list
  topics describe [--topic NAME]
      Per partition: Leader, Replicas, Isr, Elr (eligible leader replicas, KIP-966).
  topics delete --topic NAME
  cluster describe
      Brokers with their fenced state, and the active controller.
  quorum describe --status | --replication
      The metadata quorum: leader, epoch, high watermark, voters and observers;
      --replication lists each replica's log end offset, lag and last fetch.
`;

const firstClientId = 1_000_000;

/** A client-only transport to the bootstrap servers; `call` tries them in order until one answers. */
async function withCluster<T>(servers: string, fn: (call: <M extends keyof BrokerServices & string>(method: M, request: BrokerServices[M]['request']) => Promise<BrokerServices[M]['response']>) => Promise<T>): Promise<T> {
  const addresses = servers.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (addresses.length === 0 || addresses.some((a) => !/^(\[[0-9a-fA-F:]+\]|[^:\s]+):\d+$/.test(a))) {
    throw new UsageError(`--bootstrap-server must be host:port[,host:port...], got '${servers}'`);
  }
  const transport = await GrpcTransport.start<BrokerServices>({
    service: brokerService,
    self: -1,
    addresses: addresses.map((a, i) => [firstClientId + i, a] as const),
    initialReconnectBackoffMs: 100,
    maxReconnectBackoffMs: 500,
  });
  try {
    return await fn(async (method, request) => {
      let lastError: unknown = null;
      for (let i = 0; i < addresses.length; i++) {
        try {
          return await transport.call(firstClientId + i, method, request, { timeoutMs: 15_000 });
        } catch (error) {
          lastError = error;
        }
      }
      throw new ClusterError(`could not reach any of ${addresses.join(', ')}: ${(lastError as Error).message}. Is the cluster running (npm start) and is --bootstrap-server right?`);
    });
  } finally {
    await transport.close();
  }
}

function failIf(error: ApiError | null, what: string): void {
  if (error !== null) throw new ClusterError(`${what} failed: ${error.code} (${errorCodes[error.code].code}): ${error.message}`);
}

const commonOptions = {
  'bootstrap-server': { type: 'string', default: '127.0.0.1:9092' },
  output: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function outputMode(value: string | undefined): 'text' | 'json' {
  if (value !== 'text' && value !== 'json') throw new UsageError(`--output must be text or json, got '${value}'`);
  return value;
}

function json(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2) + '\n');
}

function intOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} must be an integer, got '${value}'`);
  return Number(value);
}

async function topicsCommand(sub: string | undefined, args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...commonOptions,
      topic: { type: 'string' },
      partitions: { type: 'string' },
      'replication-factor': { type: 'string' },
      config: { type: 'string', multiple: true, default: [] },
    },
  });
  if (values.help) {
    io.out(adminHelp);
    return;
  }
  const output = outputMode(values.output);
  const needTopic = (): string => {
    if (values.topic === undefined || values.topic.length === 0) throw new UsageError(`topics ${sub} needs --topic NAME`);
    return values.topic;
  };
  await withCluster(values['bootstrap-server'], async (call) => {
    switch (sub) {
      case 'create': {
        const configs: Record<string, string> = {};
        for (const entry of values.config) {
          const at = entry.indexOf('=');
          if (at <= 0) throw new UsageError(`--config must be KEY=VALUE, got '${entry}'`);
          configs[entry.slice(0, at)] = entry.slice(at + 1);
        }
        const topic: CreatableTopic = {
          name: needTopic(),
          numPartitions: intOption(values.partitions, 'partitions', -1),
          replicationFactor: intOption(values['replication-factor'], 'replication-factor', -1),
          configs,
        };
        const response = await call('CreateTopics', { topics: [topic] });
        failIf(response.error, 'create topic');
        const result = response.results[0];
        if (result === undefined) throw new ClusterError('create topic: the cluster returned no result');
        failIf(result.error, `create topic ${topic.name}`);
        if (output === 'json') json(io, result);
        else io.out(`Created topic ${result.name} (id ${result.topicId}, ${result.numPartitions} partitions, replication factor ${result.replicationFactor}).\n`);
        return;
      }
      case 'list': {
        const metadata = await call('Metadata', { topics: null });
        const names = metadata.topics.map((t) => t.name);
        if (output === 'json') json(io, names);
        else io.out(names.map((n) => n + '\n').join(''));
        return;
      }
      case 'describe': {
        const metadata = await call('Metadata', { topics: values.topic === undefined ? null : [values.topic] });
        for (const t of metadata.topics) failIf(t.error, `describe topic ${t.name}`);
        if (output === 'json') json(io, metadata.topics);
        else io.out(describeTopics(metadata));
        return;
      }
      case 'delete': {
        const name = needTopic();
        const response = await call('DeleteTopics', { names: [name] });
        failIf(response.error, 'delete topic');
        failIf(response.results[0]?.error ?? null, `delete topic ${name}`);
        if (output === 'json') json(io, { deleted: name });
        else io.out(`Deleted topic ${name}.\n`);
        return;
      }
      default:
        throw new UsageError(`unknown topics command '${sub ?? ''}': use create, list, describe or delete`);
    }
  });
}

/** Kafka's kafka-topics.sh --describe layout, tab-separated. */
export function describeTopics(metadata: MetadataResponse): string {
  const lines: string[] = [];
  for (const t of metadata.topics) {
    const rf = t.partitions[0]?.replicas.length ?? 0;
    const configs = Object.entries(t.configs).map(([k, v]) => `${k}=${v}`).join(',');
    lines.push(`Topic: ${t.name}\tTopicId: ${t.topicId}\tPartitionCount: ${t.partitions.length}\tReplicationFactor: ${rf}\tConfigs: ${configs}`);
    for (const p of t.partitions) {
      const leader = p.leader === -1 ? 'none' : String(p.leader);
      const offline = p.offlineReplicas.length > 0 ? `\tOffline: ${p.offlineReplicas.join(',')}` : '';
      lines.push(`\tTopic: ${t.name}\tPartition: ${p.partition}\tLeader: ${leader}\tReplicas: ${p.replicas.join(',')}\tIsr: ${p.isr.join(',')}\tElr: ${p.elr.join(',')}${offline}`);
    }
  }
  return lines.map((l) => l + '\n').join('');
}

async function clusterCommand(sub: string | undefined, args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: commonOptions });
  if (values.help) {
    io.out(adminHelp);
    return;
  }
  if (sub !== 'describe') throw new UsageError(`unknown cluster command '${sub ?? ''}': use describe`);
  const output = outputMode(values.output);
  await withCluster(values['bootstrap-server'], async (call) => {
    const cluster = await call('DescribeCluster', { includeFenced: true });
    if (output === 'json') {
      json(io, cluster);
      return;
    }
    const rows = cluster.brokers.map((b) => [
      String(b.brokerId),
      `${b.host}:${b.port}`,
      b.rack ?? '',
      b.fenced ? 'fenced' : b.inControlledShutdown ? 'shutting-down' : 'active',
      String(b.brokerEpoch),
      b.brokerId === cluster.controllerId ? 'yes' : '',
    ]);
    io.out(`ClusterId: ${cluster.clusterId}\nController: ${cluster.controllerId === -1 ? 'none' : cluster.controllerId}\n`);
    io.out(table(['BrokerId', 'Endpoint', 'Rack', 'State', 'BrokerEpoch', 'Controller'], rows));
  });
}

async function quorumCommand(sub: string | undefined, args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { ...commonOptions, status: { type: 'boolean', default: false }, replication: { type: 'boolean', default: false } } });
  if (values.help) {
    io.out(adminHelp);
    return;
  }
  if (sub !== 'describe') throw new UsageError(`unknown quorum command '${sub ?? ''}': use describe --status or describe --replication`);
  if (values.status === values.replication) throw new UsageError('quorum describe needs exactly one of --status or --replication');
  const output = outputMode(values.output);
  await withCluster(values['bootstrap-server'], async (call) => {
    const quorum = await call('DescribeQuorum', {});
    failIf(quorum.error, 'describe quorum');
    if (values.status) {
      const status = quorumStatus(quorum);
      if (output === 'json') json(io, status);
      else io.out(Object.entries(status).map(([k, v]) => `${k}:${' '.repeat(Math.max(1, 21 - k.length))}${Array.isArray(v) ? `[${v.join(',')}]` : v}\n`).join(''));
      return;
    }
    const rows = quorumReplication(quorum);
    if (output === 'json') json(io, rows);
    else io.out(table(['NodeId', 'LogEndOffset', 'Lag', 'LastFetchTimestamp', 'LastCaughtUpTimestamp', 'Status'], rows.map((r) => [r.NodeId, r.LogEndOffset, r.Lag, r.LastFetchTimestamp, r.LastCaughtUpTimestamp, r.Status].map(String))));
  });
}

/** kafka-metadata-quorum.sh describe --status fields. */
export function quorumStatus(q: DescribeQuorumResponse): Record<string, string | number | number[]> {
  const leader = q.voters.find((v) => v.nodeId === q.leaderId);
  const lags = [...q.voters, ...q.observers].map((r) => (leader && r.logEndOffset >= 0 ? leader.logEndOffset - r.logEndOffset : 0));
  const leaderTime = leader?.lastCaughtUpTimestamp ?? -1;
  const timeLags = q.voters.map((v) => (v.lastCaughtUpTimestamp >= 0 && leaderTime >= 0 ? leaderTime - v.lastCaughtUpTimestamp : 0));
  return {
    LeaderId: q.leaderId,
    LeaderEpoch: q.leaderEpoch,
    HighWatermark: q.highWatermark,
    MaxFollowerLag: Math.max(0, ...lags),
    MaxFollowerLagTimeMs: Math.max(0, ...timeLags),
    CurrentVoters: q.voters.map((v) => v.nodeId),
    CurrentObservers: q.observers.map((o) => o.nodeId),
  };
}

export function quorumReplication(q: DescribeQuorumResponse): { NodeId: number; LogEndOffset: number; Lag: number; LastFetchTimestamp: number; LastCaughtUpTimestamp: number; Status: string }[] {
  const leader = q.voters.find((v) => v.nodeId === q.leaderId);
  const row = (r: (typeof q.voters)[number], status: string) => ({
    NodeId: r.nodeId,
    LogEndOffset: r.logEndOffset,
    Lag: leader && r.logEndOffset >= 0 ? leader.logEndOffset - r.logEndOffset : -1,
    LastFetchTimestamp: r.lastFetchTimestamp,
    LastCaughtUpTimestamp: r.lastCaughtUpTimestamp,
    Status: status,
  });
  return [...q.voters.map((v) => row(v, v.nodeId === q.leaderId ? 'Leader' : 'Follower')), ...q.observers.map((o) => row(o, 'Observer'))];
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  return line(header) + rows.map(line).join('');
}

/** Runs an admin command; returns the exit code. */
export async function runAdminCommand(command: string, sub: string | undefined, args: string[], io: CliIo = processIo): Promise<number> {
  try {
    if (command === 'topics') await topicsCommand(sub, args, io);
    else if (command === 'cluster') await clusterCommand(sub, args, io);
    else if (command === 'quorum') await quorumCommand(sub, args, io);
    else throw new UsageError(`unknown command '${command}'`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`skiff ${command}: ${(error as Error).message}\n\n${adminHelp}`);
      return 2;
    }
    io.err(`skiff ${command}: ${(error as Error).message}\n`);
    return 1;
  }
}
