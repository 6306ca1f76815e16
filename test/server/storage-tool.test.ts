// Goal: `skiff storage format` gives every log directory and the metadata
// directory a durable identity and refuses anything that might hold data or
// belong elsewhere, changing nothing when it refuses; --ignore-formatted makes
// a rerun a no-op and formats only new directories; checkFormatted (the
// server's start gate) accepts exactly a consistently formatted node and
// otherwise says which command to run; randomUuid makes Kafka-style ids.
// Method: the storage tool on the simulated disk (crashing it after a format
// to prove durability), with configs parsed from text.

import { describe, expect, it } from 'vitest';
import { isSkiffError, type ErrorCode } from '../../src/common/errors.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { FileSystem } from '../../src/env/file-system.js';
import { parseServerConfigOrThrow, type ServerConfig } from '../../src/server/config.js';
import { parseUuid, uuidProblem } from '../../src/server/kafka-uuid.js';
import { readMetaProperties } from '../../src/server/meta-properties.js';
import {
  checkFormatted, clusterIdProblem, formatStorage, inspectStorage, randomUuid, storageDirs,
} from '../../src/server/storage-tool.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';

const clusterId = 'MkU3OEVBNTcwNTJENDM2Qg';
const otherClusterId = 'ZQkbLEqLQ8ahXzWtYEv34A';

/** A one-node config; each `key=value` in `changes` replaces or adds that key. */
function config(...changes: string[]): ServerConfig {
  const settings = new Map([
    ['node.id', '1'],
    ['controller.quorum.voters', '1@127.0.0.1:9092'],
    ['listeners', 'PLAINTEXT://127.0.0.1:9092'],
    ['log.dirs', '/disk1/skiff,/disk2/skiff'],
    ['metadata.log.dir', '/disk3/meta'],
  ]);
  for (const change of changes) settings.set(change.slice(0, change.indexOf('=')), change.slice(change.indexOf('=') + 1));
  return parseServerConfigOrThrow([...settings].map(([key, value]) => `${key}=${value}`).join('\n'));
}

function newDisk(): SimDisk {
  return new SimDisk(new Scheduler(), SeededRandom.fromSeed(1).fork('disk'));
}

/** Deterministic directory ids: the i-th id has byte 0 = i + 1. */
function counterIds(): () => string {
  let next = 1;
  return () => Buffer.from(new Uint8Array(16).fill(0).map((_, i) => (i === 0 ? next++ : 7))).toString('base64url');
}

async function errorOf(promise: Promise<unknown>): Promise<{ code: ErrorCode; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isSkiffError(error)) throw new Error(`expected a SkiffError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

async function writeFile(fs: FileSystem, path: string, text: string): Promise<void> {
  const handle = await fs.open(path, { create: true });
  await handle.write(0, new TextEncoder().encode(text));
  await handle.close();
}

describe('randomUuid', () => {
  it('makes valid, unreserved, version-4 ids that never start with a dash', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const id = randomUuid();
      expect(uuidProblem(id)).toBe(null);
      expect(id.startsWith('-')).toBe(false);
      const parsed = parseUuid(id);
      expect(parsed.ok && parsed.bytes[6]! >> 4).toBe(4);
      expect(parsed.ok && parsed.bytes[8]! >> 6).toBe(2);
      ids.add(id);
    }
    expect(ids.size).toBe(2000);
  });

  it('clusterIdProblem says how to get a valid id', () => {
    expect(clusterIdProblem(clusterId)).toBe(null);
    expect(clusterIdProblem('my-cluster')).toBe("cluster id 'my-cluster' is 10 characters long; a Kafka Uuid is 22 characters of URL-safe base64. Generate one with: skiff storage random-uuid");
  });
});

describe('formatStorage', () => {
  it('creates every directory durably with its own meta.properties', async () => {
    const disk = newDisk();
    const result = await formatStorage({ fs: disk.mount(), config: config(), clusterId, newDirectoryId: counterIds() });
    expect(result.dirs.map((d) => [d.path, d.roles, d.outcome, d.meta.nodeId, d.meta.clusterId])).toEqual([
      ['/disk1/skiff', ['log'], 'formatted', 1, clusterId],
      ['/disk2/skiff', ['log'], 'formatted', 1, clusterId],
      ['/disk3/meta', ['metadata'], 'formatted', 1, clusterId],
    ]);
    expect(new Set(result.dirs.map((d) => d.meta.directoryId)).size).toBe(3);
    // Power loss right after: every directory and file is still there.
    disk.crash(SeededRandom.fromSeed(2), { tearLastWrite: true });
    const fs = disk.mount();
    for (const dir of result.dirs) expect(await readMetaProperties(fs, dir.path)).toEqual(dir.meta);
    const formatted = await checkFormatted({ fs, config: config() });
    expect(formatted).toMatchObject({ clusterId, nodeId: 1 });
    expect(formatted.dirs.map((d) => d.path)).toEqual(['/disk1/skiff', '/disk2/skiff', '/disk3/meta']);
  });

  it('formats a metadata directory that is also a log directory once, with both roles', async () => {
    const cfg = config('metadata.log.dir=/disk2/skiff');
    expect(storageDirs(cfg)).toEqual([{ path: '/disk1/skiff', roles: ['log'] }, { path: '/disk2/skiff', roles: ['log', 'metadata'] }]);
    const result = await formatStorage({ fs: newDisk().mount(), config: cfg, clusterId });
    expect(result.dirs).toHaveLength(2);
  });

  it('formats existing empty directories, even with lost+found or a leftover meta.properties.tmp', async () => {
    const fs = newDisk().mount();
    await fs.mkdir('/disk1/skiff/lost+found');
    await fs.mkdir('/disk2/skiff');
    await writeFile(fs, '/disk2/skiff/meta.properties.tmp', 'half a file');
    await formatStorage({ fs, config: config(), clusterId });
    expect(await fs.list('/disk1/skiff')).toEqual(['lost+found', 'meta.properties']);
    expect(await fs.list('/disk2/skiff')).toEqual(['meta.properties']);
  });

  it('refuses a directory that holds files, and then formats nothing at all', async () => {
    const fs = newDisk().mount();
    await fs.mkdir('/disk2/skiff/orders-0');
    await writeFile(fs, '/disk2/skiff/recovery-point-offset-checkpoint', '0\n0\n');
    const error = await errorOf(formatStorage({ fs, config: config(), clusterId }));
    expect(error.code).toBe('KAFKA_STORAGE_ERROR');
    expect(error.message).toBe('KAFKA_STORAGE_ERROR: nothing was formatted:\n  /disk2/skiff: holds files (orders-0, recovery-point-offset-checkpoint) but no meta.properties, so it may hold data; Skiff formats only empty directories. Empty it, or choose another directory');
    expect(await fs.exists('/disk1/skiff')).toBe(false);
    expect(await fs.exists('/disk3/meta')).toBe(false);
  });

  it('refuses a path that is a file', async () => {
    const fs = newDisk().mount();
    await fs.mkdir('/disk3');
    await writeFile(fs, '/disk3/meta', 'x');
    const error = await errorOf(formatStorage({ fs, config: config(), clusterId }));
    expect(error.message).toContain('/disk3/meta: is a file, not a directory');
  });

  it('refuses an already formatted directory unless --ignore-formatted, which is then a no-op', async () => {
    const fs = newDisk().mount();
    const first = await formatStorage({ fs, config: config(), clusterId });
    const error = await errorOf(formatStorage({ fs, config: config(), clusterId }));
    expect(error.code).toBe('KAFKA_STORAGE_ERROR');
    expect(error.message.split('\n')).toHaveLength(4);
    expect(error.message).toContain('/disk1/skiff: is already formatted for this cluster and node. Add --ignore-formatted');
    const before = await Promise.all(first.dirs.map((d) => fs.readFile(`${d.path}/meta.properties`)));
    const again = await formatStorage({ fs, config: config(), clusterId, ignoreFormatted: true });
    expect(again.dirs.map((d) => d.outcome)).toEqual(['already-formatted', 'already-formatted', 'already-formatted']);
    expect(again.dirs.map((d) => d.meta)).toEqual(first.dirs.map((d) => d.meta));
    const after = await Promise.all(first.dirs.map((d) => fs.readFile(`${d.path}/meta.properties`)));
    expect(after).toEqual(before);
  });

  it('with --ignore-formatted, formats a directory added to log.dirs and keeps the others', async () => {
    const fs = newDisk().mount();
    const first = await formatStorage({ fs, config: config(), clusterId });
    const grown = config('log.dirs=/disk1/skiff,/disk2/skiff,/disk4/skiff');
    const result = await formatStorage({ fs, config: grown, clusterId, ignoreFormatted: true });
    expect(result.dirs.map((d) => [d.path, d.outcome])).toEqual([
      ['/disk1/skiff', 'already-formatted'], ['/disk2/skiff', 'already-formatted'], ['/disk4/skiff', 'formatted'], ['/disk3/meta', 'already-formatted'],
    ]);
    expect(first.dirs.map((d) => d.meta.directoryId)).not.toContain(result.dirs[2]!.meta.directoryId);
    await checkFormatted({ fs, config: grown });
  });

  it('refuses a directory of another cluster or node, even with --ignore-formatted', async () => {
    const fs = newDisk().mount();
    await formatStorage({ fs, config: config(), clusterId });
    const cluster = await errorOf(formatStorage({ fs, config: config(), clusterId: otherClusterId, ignoreFormatted: true }));
    expect(cluster.code).toBe('INCONSISTENT_CLUSTER_ID');
    expect(cluster.message).toContain(`/disk1/skiff: is formatted for cluster ${clusterId}, not ${otherClusterId}: use --cluster-id ${clusterId} if this node belongs to that cluster`);
    const node = await errorOf(formatStorage({ fs, config: config('node.id=2', 'controller.quorum.voters=2@127.0.0.1:9092'), clusterId, ignoreFormatted: true }));
    expect(node.code).toBe('KAFKA_STORAGE_ERROR');
    expect(node.message).toContain('/disk1/skiff: is formatted for node 1, but the config says node.id=2');
  });

  it('refuses a damaged meta.properties', async () => {
    const fs = newDisk().mount();
    await fs.mkdir('/disk1/skiff');
    await writeFile(fs, '/disk1/skiff/meta.properties', 'version=1\ncluster.id=nope\n');
    const error = await errorOf(formatStorage({ fs, config: config(), clusterId, ignoreFormatted: true }));
    expect(error.message).toContain("/disk1/skiff: KAFKA_STORAGE_ERROR: /disk1/skiff/meta.properties cluster.id 'nope' is 4 characters long");
  });

  it('rejects an invalid cluster id before touching the disk', async () => {
    const fs = newDisk().mount();
    const error = await errorOf(formatStorage({ fs, config: config(), clusterId: 'AAAAAAAAAAAAAAAAAAAAAA' }));
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.message).toMatch(/is a reserved Uuid.*skiff storage random-uuid/);
    expect(await fs.exists('/disk1')).toBe(false);
  });
});

describe('checkFormatted', () => {
  it('tells the user to format when nothing is formatted', async () => {
    const error = await errorOf(checkFormatted({ fs: newDisk().mount(), config: config(), configPath: 'server.properties' }));
    expect(error.code).toBe('KAFKA_STORAGE_ERROR');
    expect(error.message).toBe([
      'KAFKA_STORAGE_ERROR: storage is not formatted:',
      '  /disk1/skiff: does not exist (not formatted)',
      '  /disk2/skiff: does not exist (not formatted)',
      '  /disk3/meta: does not exist (not formatted)',
      'Format them with: skiff storage format --cluster-id <id> --config server.properties (one cluster id for the whole cluster, from skiff storage random-uuid)',
    ].join('\n'));
  });

  it("names the cluster id to use when some directories are formatted", async () => {
    const fs = newDisk().mount();
    await formatStorage({ fs, config: config(), clusterId });
    await fs.mkdir('/disk4/skiff');
    const error = await errorOf(checkFormatted({ fs, config: config('log.dirs=/disk1/skiff,/disk2/skiff,/disk4/skiff'), configPath: 'c.properties' }));
    expect(error.message).toContain('  /disk4/skiff: is empty (not formatted)');
    expect(error.message).toContain(`run: skiff storage format --cluster-id ${clusterId} --config c.properties --ignore-formatted`);
  });

  it('rejects a directory from another cluster, and a config with another node.id', async () => {
    const fs = newDisk().mount();
    await formatStorage({ fs, config: config(), clusterId });
    await formatStorage({ fs, config: config('log.dirs=/disk4/skiff', 'metadata.log.dir=/disk4/skiff'), clusterId: otherClusterId });
    const mixed = await errorOf(checkFormatted({ fs, config: config('log.dirs=/disk1/skiff,/disk4/skiff') }));
    expect(mixed.code).toBe('INCONSISTENT_CLUSTER_ID');
    const renumbered = await errorOf(checkFormatted({ fs, config: config('node.id=2', 'controller.quorum.voters=2@127.0.0.1:9092') }));
    expect(renumbered.code).toBe('INVALID_CONFIG');
  });

  it('inspectStorage reports each state', async () => {
    const fs = newDisk().mount();
    await fs.mkdir('/disk2/skiff/x');
    const states = await inspectStorage(fs, config());
    expect(states.map((s) => [s.path, s.state.kind])).toEqual([['/disk1/skiff', 'missing'], ['/disk2/skiff', 'unformatted-with-files'], ['/disk3/meta', 'missing']]);
  });
});
