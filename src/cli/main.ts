#!/usr/bin/env node
// The `skiff` command. Subcommands grow with each capability; today:
//   skiff server start --config FILE [--override K=V]...        run a node from server.properties
//   skiff server start-local [--data-dir DIR] [--node-id N]   run one quorum node in the foreground
//   skiff topics|cluster|quorum ...                           admin tools (src/cli/admin-commands.ts)
//   skiff groups list|describe|reset-offsets|delete ...       consumer groups (src/cli/groups-command.ts)
//   skiff perf produce|consume ...                            load generators (src/cli/perf.ts)
//   skiff produce|consume --topic T ...                       console producer/consumer (src/cli/console-*.ts)
//   skiff dump-log <file> [--records] [--json]                list a segment's batches, like kafka-dump-log
//   skiff storage random-uuid|format|info ...                  prepare data directories (src/cli/storage-command.ts)
//   skiff --version
import { parseArgs } from 'node:util';
import { createLogger } from '../env/node/pino-logger.js';
import { NodeFileSystem } from '../env/node/node-file-system.js';
import { startSingleNode } from '../server/single-node.js';
import { isSkiffError } from '../common/errors.js';
import { dumpFile, requireSegmentPath } from '../storage/dump.js';
import { runStorageCommand } from './storage-command.js';
import { adminHelp, runAdminCommand } from './admin-commands.js';
import { groupsHelp, runGroupsCommand } from './groups-command.js';
import { localClusterHelp, runLocalCluster } from './local-cluster.js';
import { perfHelp, runPerfCommand } from './perf.js';
import { consoleHelp } from './console-options.js';
import { runConsoleProducer } from './console-producer.js';
import { runConsoleConsumer } from './console-consumer.js';
import { formatConfigProblems, loadServerConfig } from '../server/config.js';
import { startServer } from '../server/server.js';

const help = () => `usage: skiff <command>

commands:
${localClusterHelp}
  server start --config FILE [--override KEY=VALUE]...
      Start a node from a server.properties file (Kafka's key names; see README).
      The data directories must be formatted first (skiff storage format).
      SIGTERM or Ctrl-C: controlled shutdown (leaderships move away first), then exit.
      Example: npx skiff server start --config deploy/local/node-1.properties

  server start-local [--data-dir DIR] [--node-id N]
      Start one Skiff node (a single-voter metadata quorum) in the foreground.
      Data lives in DIR (default ./data). Ctrl-C stops it cleanly.
      Example: npx skiff server start-local --data-dir ./data

  dump-log <file> [--records] [--json]
      List the batches of a log segment (<base>.log): offsets, leader epoch, record
      count, codec, producer fields and whether each CRC is ok, like kafka-dump-log.
      --records also prints each record's key, value and headers. Works on .index
      and .timeindex files too. Exits 1 if a batch is corrupt or the tail is torn.
      Example: npx skiff dump-log ./data/node-1/__cluster_metadata-0/00000000000000000000.log --records

  storage random-uuid
  storage format --cluster-id <id> --config <file> [--ignore-formatted]
  storage info --config <file>
      Prepare a node's data directories before its first start, like kafka-storage.sh:
      print a new cluster id, write meta.properties into every log directory, or show
      what each directory holds. 'skiff storage <subcommand> --help' for details.
      Example: npx skiff storage format --cluster-id "$(npx skiff storage random-uuid)" --config server.properties

${adminHelp}
${groupsHelp}
${consoleHelp}
${perfHelp}
options:
  -h, --help     show this help
  --version      print the version
`;

async function serverStartLocal(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string', default: './data' }, 'node-id': { type: 'string', default: '1' }, 'log-level': { type: 'string', default: 'info' } } });
  const logger = createLogger({ name: 'skiff', level: values['log-level'] });
  const node = await startSingleNode({ dataDir: values['data-dir'], nodeId: Number(values['node-id']), logger });
  logger.info({ dataDir: values['data-dir'] }, 'skiff node running (single-voter quorum); Ctrl-C to stop');
  const report = setInterval(() => {
    const q = node.describeQuorum();
    logger.info({ leaderId: q.leaderId, epoch: q.epoch, highWatermark: q.highWatermark, logEndOffset: q.logEndOffset }, 'quorum status');
  }, 10_000);
  const shutdown = async (signal: string): Promise<void> => {
    clearInterval(report);
    logger.info({ signal }, 'stopping');
    await node.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

async function serverStart(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { config: { type: 'string' }, override: { type: 'string', multiple: true, default: [] }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help || values.config === undefined) {
    process.stdout.write('usage: skiff server start --config FILE [--override KEY=VALUE]...\n');
    if (!values.help) process.exitCode = 2;
    return;
  }
  let config;
  try {
    config = await loadServerConfig(new NodeFileSystem(), values.config, values.override);
  } catch (error) {
    const problems = (error as { problems?: Parameters<typeof formatConfigProblems>[1] }).problems;
    process.stderr.write(`skiff server start: ${problems ? formatConfigProblems(values.config, problems) : (error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger({ name: 'skiff', level: config.logLevel });
  // startServer binds nodeId itself; this process's own lines (signals, start failures) get it here.
  const ownLog = logger.child({ nodeId: config.nodeId, component: 'process' });
  let server;
  try {
    server = await startServer(config, logger, values.config);
  } catch (error) {
    ownLog.fatal({ err: error }, 'could not start');
    process.stderr.write(`skiff server start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  let signals = 0;
  const onSignal = (signal: string): void => {
    if (++signals > 1) {
      ownLog.warn({ signal }, 'second signal: exiting without waiting for the controlled shutdown');
      process.exit(1);
    }
    ownLog.info({ signal }, 'shutting down');
    void server.shutdown().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
}

async function dumpLog(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { records: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  const path = requireSegmentPath(positionals[0]);
  let damaged = false;
  for await (const line of dumpFile(new NodeFileSystem(), path, { records: values.records, json: values.json })) {
    if (/crc: BAD|"crcValid":false|torn tail|tornTail/.test(line)) damaged = true;
    process.stdout.write(line + '\n');
  }
  if (damaged) process.exitCode = 1;
}

async function main(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') {
    process.stdout.write(help());
    return;
  }
  if (command === '--version') {
    process.stdout.write('skiff 0.1.0\n');
    return;
  }
  if (command === 'local-cluster') {
    process.exitCode = await runLocalCluster(argv.slice(1));
    process.exit();
  }
  if (command === 'server' && sub === 'start') return serverStart(rest);
  if (command === 'server' && sub === 'start-local') return serverStartLocal(rest);
  if (command === 'topics' || command === 'cluster' || command === 'quorum') {
    process.exitCode = await runAdminCommand(command, sub, rest);
    return;
  }
  if (command === 'groups') {
    process.exitCode = await runGroupsCommand(sub, rest);
    // Exit now rather than wait for idle client timers (metadata backoff, gRPC reconnects) to run out.
    process.exit();
  }
  if (command === 'perf') {
    process.exitCode = await runPerfCommand(sub, rest);
    // Exit now rather than wait for idle client timers (metadata backoff, gRPC reconnects) to run out.
    process.exit();
  }
  if (command === 'produce' || command === 'consume') {
    const args = argv.slice(1);
    process.exitCode = command === 'produce' ? await runConsoleProducer(args) : await runConsoleConsumer(args);
    // Exit now rather than wait for idle client timers; both commands have flushed stdout by now.
    process.exit();
  }
  if (command === 'storage') {
    process.exitCode = await runStorageCommand(argv.slice(1));
    return;
  }
  if (command === 'dump-log') {
    try {
      return await dumpLog(argv.slice(1));
    } catch (error) {
      process.stderr.write(`skiff dump-log: ${isSkiffError(error) || error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
      return;
    }
  }
  process.stderr.write(`skiff: unknown command '${[command, sub].filter(Boolean).join(' ')}'\n\n${help()}`);
  process.exitCode = 2;
}

await main(process.argv.slice(2));
