// meta.properties: the identity file Kafka's KRaft mode keeps in every log
// directory and in the metadata log directory (MetaProperties.java, version 1):
//
//   version=1
//   cluster.id=<22-character base64url Uuid>
//   node.id=<this node's id>
//   directory.id=<a Uuid unique to this directory>
//
// `skiff storage format` writes it; the server reads every copy at start and
// refuses to run unless all agree with each other and with the config, so a
// disk from another cluster or node is never mixed in. Writes are atomic and
// durable: `meta.properties.tmp`, fsync, rename, fsync of the directory; a
// crash leaves the old file or the new one, never a torn mix (a leftover .tmp
// is ignored and overwritten by the next write). Disk access only through the
// FileSystem port.

import { SkiffError } from '../common/errors.js';
import { nodeId as toNodeId, type NodeId } from '../common/ids.js';
import { joinPath } from '../common/path.js';
import { isFsError, type FileSystem } from '../env/file-system.js';
import { uuidProblem } from './kafka-uuid.js';
import { formatProperties, parseProperties } from './properties-file.js';

export const META_PROPERTIES_FILE = 'meta.properties';
export const META_PROPERTIES_TMP_FILE = 'meta.properties.tmp';

export interface MetaProperties {
  /** Always 1: KRaft's layout (version 0 was ZooKeeper mode's broker.id file). */
  readonly version: 1;
  readonly clusterId: string;
  readonly nodeId: NodeId;
  readonly directoryId: string;
}

const knownKeys = new Set(['version', 'cluster.id', 'node.id', 'directory.id']);

/** The file's text: a comment line, then the four keys in a fixed order. */
export function encodeMetaProperties(meta: MetaProperties): string {
  return formatProperties([
    ['version', String(meta.version)],
    ['cluster.id', meta.clusterId],
    ['node.id', String(meta.nodeId)],
    ['directory.id', meta.directoryId],
  ], ['Written by `skiff storage format`: the cluster, node and directory this directory belongs to. Do not edit.']);
}

/** Parses the file's text; throws SkiffError KAFKA_STORAGE_ERROR naming `path` and what is wrong. */
export function decodeMetaProperties(text: string, path: string): MetaProperties {
  const parsed = parseProperties(text);
  const problem = parsed.problems[0];
  if (problem !== undefined) throw corrupt(path, `line ${problem.line}: ${problem.message}`);
  const values = new Map<string, string>();
  for (const entry of parsed.entries) {
    if (!knownKeys.has(entry.key)) throw corrupt(path, `line ${entry.line}: unknown key '${entry.key}'`);
    if (values.has(entry.key)) throw corrupt(path, `line ${entry.line}: ${entry.key} is set twice`);
    values.set(entry.key, entry.value);
  }
  const version = values.get('version');
  if (version === undefined) throw corrupt(path, 'has no version');
  if (version === '0') throw corrupt(path, 'is version 0 (a ZooKeeper-mode broker); Skiff reads only version 1 (KRaft)');
  if (version !== '1') throw corrupt(path, `has version ${JSON.stringify(version)}; Skiff reads only version 1`);
  return {
    version: 1,
    clusterId: uuidValue(values, 'cluster.id', path),
    nodeId: nodeIdValue(values, path),
    directoryId: uuidValue(values, 'directory.id', path),
  };
}

function uuidValue(values: ReadonlyMap<string, string>, key: string, path: string): string {
  const value = values.get(key);
  if (value === undefined) throw corrupt(path, `has no ${key}`);
  const problem = uuidProblem(value);
  if (problem !== null) throw corrupt(path, `${key} '${value}' ${problem}`);
  return value;
}

function nodeIdValue(values: ReadonlyMap<string, string>, path: string): NodeId {
  const value = values.get('node.id');
  if (value === undefined) throw corrupt(path, 'has no node.id');
  if (!/^\d+$/.test(value) || Number(value) > 2_147_483_647) throw corrupt(path, `node.id '${value}' is not a node id (0..2147483647)`);
  return toNodeId(Number(value));
}

function corrupt(path: string, what: string): SkiffError {
  return new SkiffError('KAFKA_STORAGE_ERROR', `${path} ${what}. Restore the file, or if this directory holds no data you need, empty it and run skiff storage format again`);
}

/**
 * The meta.properties of `dir`, or null when it has none (not formatted).
 * Throws SkiffError KAFKA_STORAGE_ERROR when the file is malformed.
 */
export async function readMetaProperties(fs: FileSystem, dir: string): Promise<MetaProperties | null> {
  const path = joinPath(dir, META_PROPERTIES_FILE);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (isFsError(error, 'ENOENT')) return null;
    throw error;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw corrupt(path, 'is not UTF-8 text');
  }
  return decodeMetaProperties(text, path);
}

/** Atomically replaces `dir/meta.properties`; durable when it resolves. `dir` must exist (durably). */
export async function writeMetaProperties(fs: FileSystem, dir: string, meta: MetaProperties): Promise<void> {
  const bytes = new TextEncoder().encode(encodeMetaProperties(meta));
  const tmp = joinPath(dir, META_PROPERTIES_TMP_FILE);
  const handle = await fs.open(tmp, { create: true });
  try {
    await handle.truncate(0);
    await handle.write(0, bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, joinPath(dir, META_PROPERTIES_FILE));
  await fs.syncDir(dir);
}

/** One directory's meta.properties. */
export interface DirectoryMeta {
  readonly dir: string;
  readonly meta: MetaProperties;
}

/** The identity every directory agrees on. */
export interface StorageIdentity {
  readonly clusterId: string;
  readonly nodeId: NodeId;
}

/**
 * Checks that every directory's meta.properties names the same cluster and
 * node, that the node is `expectedNodeId` (the config's node.id), and that no
 * two directories share a directory.id (a copied directory). Throws SkiffError:
 * INCONSISTENT_CLUSTER_ID when the cluster ids differ, INVALID_CONFIG when the
 * config's node.id is not the stored one, KAFKA_STORAGE_ERROR otherwise.
 */
export function verifyMetaProperties(found: readonly DirectoryMeta[], expectedNodeId: NodeId): StorageIdentity {
  const first = found[0];
  if (first === undefined) throw new SkiffError('KAFKA_STORAGE_ERROR', 'no formatted directory: run skiff storage format first');
  const listing = (pick: (m: MetaProperties) => string | number): string => found.map((f) => `${f.dir} has ${pick(f.meta)}`).join(', ');
  if (found.some((f) => f.meta.clusterId !== first.meta.clusterId)) {
    throw new SkiffError('INCONSISTENT_CLUSTER_ID', `the directories belong to different clusters (cluster.id: ${listing((m) => m.clusterId)}). A directory from another cluster must not be mixed in: remove the one that does not belong (its data is that cluster's), then format an empty directory in its place with skiff storage format --ignore-formatted and the right --cluster-id`);
  }
  if (found.some((f) => f.meta.nodeId !== first.meta.nodeId)) {
    throw new SkiffError('KAFKA_STORAGE_ERROR', `the directories belong to different nodes (node.id: ${listing((m) => m.nodeId)}). Each node needs its own directories: remove the ones that belong to another node`);
  }
  if (first.meta.nodeId !== expectedNodeId) {
    throw new SkiffError('INVALID_CONFIG', `the config says node.id=${expectedNodeId}, but the data directories belong to node ${first.meta.nodeId} (meta.properties in ${found.map((f) => f.dir).join(', ')}). If these directories were moved here from node ${first.meta.nodeId}, set node.id=${first.meta.nodeId}; if this is a new node, give it empty directories and run skiff storage format`);
  }
  const byDirectoryId = new Map<string, string>();
  for (const f of found) {
    const other = byDirectoryId.get(f.meta.directoryId);
    if (other !== undefined) {
      throw new SkiffError('KAFKA_STORAGE_ERROR', `${other} and ${f.dir} have the same directory.id ${f.meta.directoryId}: one is a copy of the other. Remove the copy, and format an empty directory in its place`);
    }
    byDirectoryId.set(f.meta.directoryId, f.dir);
  }
  return { clusterId: first.meta.clusterId, nodeId: first.meta.nodeId };
}
