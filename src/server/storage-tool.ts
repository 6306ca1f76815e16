// The storage tool (Kafka's kafka-storage.sh): give a node's directories
// their identity before the first start, and check it at every start.
//
// - formatStorage: creates every log directory and the metadata log directory
//   durably and writes meta.properties (cluster.id, node.id, a fresh
//   directory.id) in each. It inspects every directory before writing to any,
//   so a refusal leaves the disk untouched. It never formats a directory that
//   holds files (it may hold data) or one already formatted, unless
//   --ignore-formatted is given and that directory has the same cluster.id and
//   node.id (then it is skipped: formatting again is a no-op).
// - checkFormatted: the server's start-up gate; every directory formatted,
//   all agreeing with each other and with the config.
// - randomUuid: a new cluster id in Kafka's format.
// Disk access only through the FileSystem port, so tests can run it on the
// simulated disk; randomness comes from node:crypto unless a test injects it.

import { randomUUID } from 'node:crypto';
import { assert } from '../common/assert.js';
import { isSkiffError, SkiffError } from '../common/errors.js';
import type { NodeId } from '../common/ids.js';
import { mkdirDurable, isFsError, type FileSystem } from '../env/file-system.js';
import type { ServerConfig } from './config.js';
import { formatUuid, isReservedUuid, uuidProblem } from './kafka-uuid.js';
import {
  META_PROPERTIES_FILE, META_PROPERTIES_TMP_FILE, readMetaProperties, verifyMetaProperties, writeMetaProperties,
  type MetaProperties, type StorageIdentity,
} from './meta-properties.js';

/** A directory the node keeps data in, and what for. */
export interface StorageDir {
  readonly path: string;
  /** 'log' for an entry of log.dirs, 'metadata' for metadata.log.dir; one directory may be both. */
  readonly roles: readonly ('log' | 'metadata')[];
}

/** What a directory looks like on disk. */
export type DirState =
  | { readonly kind: 'formatted'; readonly meta: MetaProperties }
  | { readonly kind: 'missing' }
  | { readonly kind: 'empty' }
  /** Files but no meta.properties: it may hold data, so it is never formatted. */
  | { readonly kind: 'unformatted-with-files'; readonly entries: readonly string[] }
  | { readonly kind: 'not-a-directory' }
  | { readonly kind: 'corrupt'; readonly error: SkiffError };

export interface DirInspection extends StorageDir {
  readonly state: DirState;
}

/**
 * Entries that do not make a directory "hold files": a file system's
 * lost+found (a mount point is never quite empty), and the temporary file of
 * an interrupted meta.properties write (a rerun overwrites it).
 */
const ignorableEntries: ReadonlySet<string> = new Set(['lost+found', META_PROPERTIES_TMP_FILE]);

/** Every log directory in order, then the metadata log directory unless it is one of them. */
export function storageDirs(config: ServerConfig): StorageDir[] {
  const dirs: StorageDir[] = config.logDirs.map((path) => ({
    path,
    roles: path === config.metadataLogDir ? ['log', 'metadata'] : ['log'],
  }));
  if (!config.logDirs.includes(config.metadataLogDir)) dirs.push({ path: config.metadataLogDir, roles: ['metadata'] });
  return dirs;
}

/** The state of one directory. I/O errors other than "missing"/"not a directory" propagate. */
export async function inspectDir(fs: FileSystem, path: string): Promise<DirState> {
  let entries: string[];
  try {
    entries = await fs.list(path);
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return { kind: 'missing' };
    if (isFsError(error, 'ENOTDIR')) return { kind: 'not-a-directory' };
    throw error;
  }
  if (entries.includes(META_PROPERTIES_FILE)) {
    try {
      const meta = await readMetaProperties(fs, path);
      assert(meta !== null, `${path} lists ${META_PROPERTIES_FILE} but it cannot be read back`);
      return { kind: 'formatted', meta };
    } catch (error) {
      if (isSkiffError(error) && error.code === 'KAFKA_STORAGE_ERROR') return { kind: 'corrupt', error };
      throw error;
    }
  }
  const files = entries.filter((entry) => !ignorableEntries.has(entry));
  return files.length === 0 ? { kind: 'empty' } : { kind: 'unformatted-with-files', entries: files };
}

/** Every directory of `config` with its state on disk. */
export async function inspectStorage(fs: FileSystem, config: ServerConfig): Promise<DirInspection[]> {
  const out: DirInspection[] = [];
  for (const dir of storageDirs(config)) out.push({ ...dir, state: await inspectDir(fs, dir.path) });
  return out;
}

// ---------------------------------------------------------------------------
// Cluster ids

/**
 * A new id in Kafka's format (Uuid.randomUuid): a random version-4 UUID as 22
 * characters of base64url, never a reserved value and never starting with
 * '-' (it would read as an option on a command line).
 */
export function randomUuid(): string {
  // Bounded: a UUID is reserved or starts with '-' with probability about 1/64.
  for (let attempt = 0; attempt < 1000; attempt++) {
    const bytes = new Uint8Array(Buffer.from(randomUUID().replaceAll('-', ''), 'hex'));
    const text = formatUuid(bytes);
    if (!isReservedUuid(bytes) && !text.startsWith('-')) return text;
  }
  assert(false, 'randomUUID keeps returning reserved ids');
}

/** Null when `clusterId` is a valid cluster id, else why not, in words that say what to do. */
export function clusterIdProblem(clusterId: string): string | null {
  const problem = uuidProblem(clusterId);
  return problem === null ? null : `cluster id '${clusterId}' ${problem}. Generate one with: skiff storage random-uuid`;
}

// ---------------------------------------------------------------------------
// Format

export interface FormatStorageOptions {
  readonly fs: FileSystem;
  readonly config: ServerConfig;
  /** From `skiff storage random-uuid`; the same on every node of the cluster. */
  readonly clusterId: string;
  /** Skip directories already formatted with this cluster.id and node.id instead of failing. */
  readonly ignoreFormatted?: boolean;
  /** Source of directory ids; default randomUuid (tests inject a deterministic one). */
  readonly newDirectoryId?: () => string;
  /** Shown in hints, e.g. 'config/server.properties'. */
  readonly configPath?: string;
}

export interface FormattedDir extends StorageDir {
  /** 'formatted' by this call, or 'already-formatted' (skipped under ignoreFormatted). */
  readonly outcome: 'formatted' | 'already-formatted';
  readonly meta: MetaProperties;
}

export interface FormatStorageResult {
  readonly clusterId: string;
  readonly nodeId: NodeId;
  readonly dirs: readonly FormattedDir[];
}

/**
 * Formats every directory of `config` for `clusterId`, or throws SkiffError
 * listing every directory it refuses (and then writes nothing): an invalid
 * cluster id is INVALID_CONFIG, a directory of another cluster
 * INCONSISTENT_CLUSTER_ID, anything else KAFKA_STORAGE_ERROR.
 */
export async function formatStorage(options: FormatStorageOptions): Promise<FormatStorageResult> {
  const { fs, config, clusterId } = options;
  const idProblem = clusterIdProblem(clusterId);
  if (idProblem !== null) throw new SkiffError('INVALID_CONFIG', idProblem);
  const inspections = await inspectStorage(fs, config);
  const refusals: { code: 'INCONSISTENT_CLUSTER_ID' | 'KAFKA_STORAGE_ERROR'; message: string }[] = [];
  for (const dir of inspections) {
    const refusal = formatRefusal(dir, options);
    if (refusal !== null) refusals.push(refusal);
  }
  if (refusals.length > 0) {
    const code = refusals.some((r) => r.code === 'INCONSISTENT_CLUSTER_ID') ? 'INCONSISTENT_CLUSTER_ID' : 'KAFKA_STORAGE_ERROR';
    throw new SkiffError(code, `nothing was formatted:\n${refusals.map((r) => `  ${r.message}`).join('\n')}`);
  }
  const newDirectoryId = options.newDirectoryId ?? randomUuid;
  const dirs: FormattedDir[] = [];
  for (const dir of inspections) {
    const { path, roles, state } = dir;
    if (state.kind === 'formatted') {
      dirs.push({ path, roles, outcome: 'already-formatted', meta: state.meta });
      continue;
    }
    const meta: MetaProperties = { version: 1, clusterId, nodeId: config.nodeId, directoryId: freshDirectoryId(newDirectoryId, inspections, dirs) };
    await mkdirDurable(fs, path);
    await writeMetaProperties(fs, path, meta);
    dirs.push({ path, roles, outcome: 'formatted', meta });
  }
  return { clusterId, nodeId: config.nodeId, dirs };
}

/** Why `dir` must not be formatted, or null if it may be (or may be skipped). */
function formatRefusal(dir: DirInspection, options: FormatStorageOptions): { code: 'INCONSISTENT_CLUSTER_ID' | 'KAFKA_STORAGE_ERROR'; message: string } | null {
  const { state, path } = dir;
  const storageError = (message: string): { code: 'KAFKA_STORAGE_ERROR'; message: string } => ({ code: 'KAFKA_STORAGE_ERROR', message: `${path}: ${message}` });
  switch (state.kind) {
    case 'missing':
    case 'empty':
      return null;
    case 'not-a-directory':
      return storageError('is a file, not a directory: fix log.dirs / metadata.log.dir, or move the file away');
    case 'corrupt':
      return storageError(state.error.message);
    case 'unformatted-with-files':
      return storageError(`holds files (${preview(state.entries)}) but no meta.properties, so it may hold data; Skiff formats only empty directories. Empty it, or choose another directory`);
    case 'formatted': {
      // A directory of another cluster or node is reported as such, with or without --ignore-formatted.
      const { meta } = state;
      if (meta.clusterId !== options.clusterId) {
        return { code: 'INCONSISTENT_CLUSTER_ID', message: `${path}: is formatted for cluster ${meta.clusterId}, not ${options.clusterId}: use --cluster-id ${meta.clusterId} if this node belongs to that cluster; otherwise empty the directory first (this deletes its data)` };
      }
      if (meta.nodeId !== options.config.nodeId) {
        return storageError(`is formatted for node ${meta.nodeId}, but the config says node.id=${options.config.nodeId}: fix node.id, or empty the directory first (this deletes its data)`);
      }
      if (!options.ignoreFormatted) {
        return storageError(`is already formatted for this cluster and node. Add --ignore-formatted to skip formatted directories (and format any others); to start over, empty it first (this deletes its data)`);
      }
      return null;
    }
  }
}

function preview(entries: readonly string[]): string {
  return entries.length <= 3 ? entries.join(', ') : `${entries.slice(0, 3).join(', ')} and ${entries.length - 3} more`;
}

/** A directory id unlike every other directory's: a clash would make checkFormatted report a copied directory. */
function freshDirectoryId(newDirectoryId: () => string, inspections: readonly DirInspection[], done: readonly FormattedDir[]): string {
  const taken = new Set<string>();
  for (const dir of inspections) if (dir.state.kind === 'formatted') taken.add(dir.state.meta.directoryId);
  for (const dir of done) taken.add(dir.meta.directoryId);
  for (let attempt = 0; attempt < 100; attempt++) {
    const id = newDirectoryId();
    assert(uuidProblem(id) === null, `directory id source returned an invalid id '${id}'`);
    if (!taken.has(id)) return id;
  }
  assert(false, 'the directory id source keeps returning ids already in use');
}

// ---------------------------------------------------------------------------
// Start-up check

export interface CheckFormattedOptions {
  readonly fs: FileSystem;
  readonly config: ServerConfig;
  /** Shown in the hint, e.g. 'config/server.properties'. */
  readonly configPath?: string;
}

export interface FormattedStorage extends StorageIdentity {
  readonly dirs: readonly (StorageDir & { readonly meta: MetaProperties })[];
}

/**
 * The server's start-up gate: every directory holds a valid meta.properties,
 * all with one cluster.id and node.id, that node.id is the config's, and no
 * two share a directory.id. Otherwise throws SkiffError (KAFKA_STORAGE_ERROR
 * when a directory is not formatted, else as verifyMetaProperties) saying
 * which `skiff storage format` command to run.
 */
export async function checkFormatted(options: CheckFormattedOptions): Promise<FormattedStorage> {
  const inspections = await inspectStorage(options.fs, options.config);
  const formatted: (StorageDir & { meta: MetaProperties })[] = [];
  const notFormatted: string[] = [];
  for (const { path, roles, state } of inspections) {
    if (state.kind === 'formatted') formatted.push({ path, roles, meta: state.meta });
    else notFormatted.push(`  ${path}: ${describeUnformatted(state)}`);
  }
  if (notFormatted.length > 0) {
    const config = options.configPath ?? '<config file>';
    const clusterIds = [...new Set(formatted.map((f) => f.meta.clusterId))];
    const hint = clusterIds.length === 1
      ? `To format the missing directories of cluster ${clusterIds[0]}, run: skiff storage format --cluster-id ${clusterIds[0]} --config ${config} --ignore-formatted`
      : `Format them with: skiff storage format --cluster-id <id> --config ${config} (one cluster id for the whole cluster, from skiff storage random-uuid)`;
    throw new SkiffError('KAFKA_STORAGE_ERROR', `storage is not formatted:\n${notFormatted.join('\n')}\n${hint}`);
  }
  const identity = verifyMetaProperties(formatted.map((f) => ({ dir: f.path, meta: f.meta })), options.config.nodeId);
  return { ...identity, dirs: formatted };
}

/** A directory's state in a sentence, for messages and `skiff storage info`. */
export function describeUnformatted(state: Exclude<DirState, { kind: 'formatted' }>): string {
  switch (state.kind) {
    case 'missing': return 'does not exist (not formatted)';
    case 'empty': return 'is empty (not formatted)';
    case 'not-a-directory': return 'is a file, not a directory';
    case 'unformatted-with-files': return `holds files (${preview(state.entries)}) but no meta.properties`;
    case 'corrupt': return state.error.message;
  }
}
