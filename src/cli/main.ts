#!/usr/bin/env node
// The `skiff` command. Subcommands grow with each capability; today:
//   skiff server start-local [--data-dir DIR] [--node-id N]   run one quorum node in the foreground
//   skiff --version
import { parseArgs } from 'node:util';
import { createLogger } from '../env/node/pino-logger.js';
import { startSingleNode } from '../server/single-node.js';

const help = `usage: skiff <command>

commands:
  server start-local [--data-dir DIR] [--node-id N]
      Start one Skiff node (a single-voter metadata quorum) in the foreground.
      Data lives in DIR (default ./data). Ctrl-C stops it cleanly.
      Example: npx skiff server start-local --data-dir ./data

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

async function main(argv: string[]): Promise<void> {
  const [command, sub, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') {
    process.stdout.write(help);
    return;
  }
  if (command === '--version') {
    process.stdout.write('skiff 0.1.0\n');
    return;
  }
  if (command === 'server' && sub === 'start-local') return serverStartLocal(rest);
  process.stderr.write(`skiff: unknown command '${[command, sub].filter(Boolean).join(' ')}'\n\n${help}`);
  process.exitCode = 2;
}

await main(process.argv.slice(2));
