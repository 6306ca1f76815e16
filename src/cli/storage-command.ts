// `skiff storage ...`: Kafka's kafka-storage.sh for Skiff.
//   skiff storage random-uuid                                   print a new cluster id
//   skiff storage format --cluster-id ID --config FILE [--ignore-formatted] [--override k=v]...
//   skiff storage info --config FILE [--override k=v]...       what meta.properties says per directory
// Exit codes: 0 ok, 1 the command ran and failed (bad config file, refused
// directory, I/O error, `info` found a problem), 2 usage error (unknown
// subcommand or flag, missing or malformed argument). The work is in
// src/server/storage-tool.ts; this file parses arguments and prints.

import { parseArgs } from 'node:util';
import { isSkiffError } from '../common/errors.js';
import type { FileSystem } from '../env/file-system.js';
import { NodeFileSystem } from '../env/node/node-file-system.js';
import { loadServerConfig, type ServerConfig } from '../server/config.js';
import { verifyMetaProperties, type MetaProperties } from '../server/meta-properties.js';
import {
  clusterIdProblem, describeUnformatted, formatStorage, inspectStorage, randomUuid, type DirInspection, type StorageDir,
} from '../server/storage-tool.js';

/** Where a command writes; tests capture it. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const processIo: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

export const storageHelp = `usage: skiff storage <subcommand> [options]

Prepare a node's directories before its first start, like kafka-storage.sh.
Every node of a cluster is formatted with the same cluster id.

subcommands:
  random-uuid   print a new cluster id
  format        write meta.properties into every log directory and the metadata log directory
  info          show what meta.properties says in each directory

Example (first node; reuse the same id on the others):
  id=$(npx skiff storage random-uuid)
  npx skiff storage format --cluster-id "$id" --config config/server.properties

Run 'skiff storage <subcommand> --help' for its options.
`;

const randomUuidHelp = `usage: skiff storage random-uuid

Prints a new cluster id: a random UUID in Kafka's form (22 characters of
URL-safe base64). Use one id for all the nodes of a cluster.

Example:
  npx skiff storage random-uuid
`;

const formatHelp = `usage: skiff storage format --cluster-id <id> --config <file> [--ignore-formatted] [--override key=value]...

Creates every directory in log.dirs and metadata.log.dir (if missing) and
writes meta.properties (cluster.id, node.id, a fresh directory.id) in each.
Refuses, and then changes nothing, if a directory holds files or is already
formatted.

options:
  -t, --cluster-id <id>     the cluster's id, from 'skiff storage random-uuid' (same on every node)
  -c, --config <file>       the node's server.properties
  -g, --ignore-formatted    skip directories already formatted with this cluster id and node id
                            (formatting again is then a no-op) and format the others
      --override key=value  set a config key over the file (repeatable)
  -h, --help                show this help

Example:
  npx skiff storage format --cluster-id MkU3OEVBNTcwNTJENDM2Qg --config config/server.properties
`;

const infoHelp = `usage: skiff storage info --config <file> [--override key=value]...

Shows, for every directory in log.dirs and metadata.log.dir, what its
meta.properties says (or why there is none), then whether they agree with each
other and with the config. Exits 1 if something is wrong.

options:
  -c, --config <file>       the node's server.properties
      --override key=value  set a config key over the file (repeatable)
  -h, --help                show this help

Example:
  npx skiff storage info --config config/server.properties
`;

const subcommands: ReadonlySet<string> = new Set(['random-uuid', 'format', 'info']);

/** A mistake on the command line: exit 2, with the subcommand's help pointer. */
class UsageError extends Error {}

/** Runs `skiff storage <args>`; returns the exit code. */
export async function runStorageCommand(args: readonly string[], io: CommandIo = processIo, fs: FileSystem = new NodeFileSystem()): Promise<number> {
  const [sub, ...rest] = args;
  const name = `skiff storage${sub === undefined ? '' : ` ${sub}`}`;
  try {
    switch (sub) {
      case undefined:
        io.stderr(storageHelp);
        return 2;
      case '-h':
      case '--help':
        io.stdout(storageHelp);
        return 0;
      case 'random-uuid': return storageRandomUuid(rest, io);
      case 'format': return await storageFormat(rest, io, fs);
      case 'info': return await storageInfo(rest, io, fs);
      default:
        throw new UsageError(`unknown subcommand '${sub}': use random-uuid, format or info`);
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      const helpFor = sub !== undefined && subcommands.has(sub) ? name : 'skiff storage';
      io.stderr(`${name}: ${(error as Error).message}\nRun '${helpFor} --help' for usage.\n`);
      return 2;
    }
    io.stderr(`${name}: ${isSkiffError(error) || error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** node:util parseArgs reports unknown options, missing values and the like as TypeErrors with an ERR_PARSE_ARGS_* code. */
function isParseArgsError(error: unknown): boolean {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

const configOptions = {
  config: { type: 'string', short: 'c' },
  override: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function storageRandomUuid(args: readonly string[], io: CommandIo): number {
  const { values } = parseArgs({ args: [...args], options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(randomUuidHelp);
    return 0;
  }
  io.stdout(`${randomUuid()}\n`);
  return 0;
}

/** --config is required; --override values must be key=value. */
async function loadConfigArgument(values: { config?: string; override?: string[] }, fs: FileSystem): Promise<{ config: ServerConfig; path: string }> {
  if (values.config === undefined) throw new UsageError('--config <file> is required: the node\'s server.properties');
  const overrides = values.override ?? [];
  const malformed = overrides.find((o) => !o.includes('='));
  if (malformed !== undefined) throw new UsageError(`--override '${malformed}' is not key=value`);
  return { config: await loadServerConfig(fs, values.config, overrides), path: values.config };
}

async function storageFormat(args: readonly string[], io: CommandIo, fs: FileSystem): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...configOptions, 'cluster-id': { type: 'string', short: 't' }, 'ignore-formatted': { type: 'boolean', short: 'g' } },
  });
  if (values.help) {
    io.stdout(formatHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const clusterId = values['cluster-id'];
  if (clusterId === undefined) throw new UsageError('--cluster-id <id> is required: generate one with skiff storage random-uuid, and use it on every node');
  const problem = clusterIdProblem(clusterId);
  if (problem !== null) throw new UsageError(problem);
  const { config, path } = await loadConfigArgument(values, fs);
  const result = await formatStorage({ fs, config, clusterId, ignoreFormatted: values['ignore-formatted'] ?? false, configPath: path });
  for (const dir of result.dirs) {
    const what = dir.outcome === 'formatted' ? 'Formatted' : 'Already formatted, skipped';
    io.stdout(`${what} ${dir.path} (${dir.roles.join(', ')}): ${describeMeta(dir.meta)}\n`);
  }
  if (result.dirs.every((dir) => dir.outcome === 'already-formatted')) io.stdout('All directories were already formatted.\n');
  return 0;
}

async function storageInfo(args: readonly string[], io: CommandIo, fs: FileSystem): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: configOptions });
  if (values.help) {
    io.stdout(infoHelp);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const { config, path } = await loadConfigArgument(values, fs);
  const inspections = await inspectStorage(fs, config);
  for (const dir of inspections) io.stdout(`${dir.path} (${dir.roles.join(', ')})\n  ${dir.state.kind === 'formatted' ? describeMeta(dir.state.meta) : describeUnformatted(dir.state)}\n`);
  const verdict = storageVerdict(inspections, config, path);
  io.stdout(`\n${verdict.text}\n`);
  return verdict.ok ? 0 : 1;
}

function describeMeta(meta: MetaProperties): string {
  return `version=${meta.version} cluster.id=${meta.clusterId} node.id=${meta.nodeId} directory.id=${meta.directoryId}`;
}

function storageVerdict(inspections: readonly DirInspection[], config: ServerConfig, configPath: string): { ok: boolean; text: string } {
  const formatted = inspections.flatMap((d) => (d.state.kind === 'formatted' ? [{ dir: d.path, meta: d.state.meta }] : []));
  const unformatted: StorageDir[] = inspections.filter((d) => d.state.kind !== 'formatted');
  if (unformatted.length > 0) {
    const ids = [...new Set(formatted.map((f) => f.meta.clusterId))];
    const command = ids.length === 1
      ? `skiff storage format --cluster-id ${ids[0]} --config ${configPath} --ignore-formatted`
      : `skiff storage format --cluster-id <id> --config ${configPath}`;
    return { ok: false, text: `Problem: ${unformatted.length} of ${inspections.length} directories are not formatted (${unformatted.map((d) => d.path).join(', ')}). Run: ${command}` };
  }
  try {
    const identity = verifyMetaProperties(formatted, config.nodeId);
    return { ok: true, text: `OK: ${inspections.length} ${inspections.length === 1 ? 'directory' : 'directories'} formatted for cluster.id ${identity.clusterId}, node.id ${identity.nodeId}.` };
  } catch (error) {
    if (!isSkiffError(error)) throw error;
    return { ok: false, text: `Problem: ${error.message}` };
  }
}
