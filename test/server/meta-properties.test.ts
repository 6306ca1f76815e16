// Goal: meta.properties round-trips in Kafka's KRaft layout (version 1,
// cluster.id, node.id, directory.id), a damaged or foreign file is rejected
// with a message naming the file and what is wrong, a write is durable and
// atomic (it survives a crash once it resolves; a leftover .tmp is ignored),
// and verifyMetaProperties catches directories of another cluster, another
// node, or a copy. Method: encode/decode examples; reads and writes on the
// simulated disk, crashing it after the write; verify over hand-made sets.

import { describe, expect, it } from 'vitest';
import { isSkiffError, type ErrorCode } from '../../src/common/errors.js';
import { nodeId } from '../../src/common/ids.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { formatUuid, parseUuid, uuidProblem } from '../../src/server/kafka-uuid.js';
import {
  decodeMetaProperties, encodeMetaProperties, readMetaProperties, verifyMetaProperties, writeMetaProperties, type MetaProperties,
} from '../../src/server/meta-properties.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';

const clusterId = 'MkU3OEVBNTcwNTJENDM2Qg';
const otherClusterId = 'ZQkbLEqLQ8ahXzWtYEv34A';
const meta: MetaProperties = { version: 1, clusterId, nodeId: nodeId(3), directoryId: 'bM9LUNhsRAKxJfG90x6-XQ' };

function errorOf(fn: () => unknown): { code: ErrorCode; message: string } {
  try {
    fn();
  } catch (error) {
    if (isSkiffError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a SkiffError');
}

describe('Kafka Uuid', () => {
  it('parses the 22-character form and formats it back', () => {
    const parsed = parseUuid(clusterId);
    expect(parsed.ok && formatUuid(parsed.bytes)).toBe(clusterId);
  });

  it.each([
    ['MkU3OEVBNTcwNTJENDM2Q', /is 21 characters long/],
    ['MkU3OEVBNTcwNTJENDM2Qg==', /is 24 characters long/],
    ['MkU3OEVBNTcwNTJENDM2Q+', /may only contain/],
    ['MkU3OEVBNTcwNTJENDM2Qh', /not the canonical base64url encoding/],
    ['AAAAAAAAAAAAAAAAAAAAAA', /is a reserved Uuid/],
    ['AAAAAAAAAAAAAAAAAAAAAQ', /is a reserved Uuid/],
    ['AAAAAAAAAAAAAAAAAAAAYw', /is a reserved Uuid/],
  ])('rejects %s', (text, pattern) => {
    expect(uuidProblem(text)).toMatch(pattern);
  });

  it('accepts the first unreserved value', () => {
    expect(uuidProblem('AAAAAAAAAAAAAAAAAAAAZA')).toBe(null);
  });
});

describe('encode and decode', () => {
  it('writes the four keys in a fixed order under a comment, and reads them back', () => {
    const text = encodeMetaProperties(meta);
    expect(text.split('\n').slice(1)).toEqual([`version=1`, `cluster.id=${clusterId}`, 'node.id=3', 'directory.id=bM9LUNhsRAKxJfG90x6-XQ', '']);
    expect(text.startsWith('# ')).toBe(true);
    expect(decodeMetaProperties(text, 'd/meta.properties')).toEqual(meta);
  });

  it("reads Kafka's own layout (a date comment, any key order)", () => {
    const kafka = `#\n#Tue Jan 02 10:00:00 UTC 2024\nnode.id=3\ndirectory.id=bM9LUNhsRAKxJfG90x6-XQ\nversion=1\ncluster.id=${clusterId}\n`;
    expect(decodeMetaProperties(kafka, 'x')).toEqual(meta);
  });

  const valid = (overrides: Record<string, string | null>): string => {
    const entries: Record<string, string | null> = { version: '1', 'cluster.id': clusterId, 'node.id': '3', 'directory.id': 'bM9LUNhsRAKxJfG90x6-XQ', ...overrides };
    return Object.entries(entries).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${v}`).join('\n');
  };

  it.each([
    [valid({ version: '0' }), /d\/meta\.properties is version 0 \(a ZooKeeper-mode broker\); Skiff reads only version 1/],
    [valid({ version: '2' }), /has version "2"; Skiff reads only version 1/],
    [valid({ version: null }), /has no version/],
    [valid({ 'cluster.id': null }), /has no cluster\.id/],
    [valid({ 'cluster.id': 'my-cluster' }), /cluster\.id 'my-cluster' is 10 characters long/],
    [valid({ 'node.id': 'one' }), /node\.id 'one' is not a node id/],
    [valid({ 'node.id': null }), /has no node\.id/],
    [valid({ 'directory.id': 'AAAAAAAAAAAAAAAAAAAAAA' }), /directory\.id 'AAAAAAAAAAAAAAAAAAAAAA' is a reserved Uuid/],
    [valid({ 'broker.id': '3' }), /line 5: unknown key 'broker\.id'/],
    [valid({}) + '\nnode.id=4', /line 5: node\.id is set twice/],
    [valid({ 'node.id': '\\u00zz' }), /line 3: malformed \\uXXXX escape/],
  ])('rejects a damaged file: %j', (text, pattern) => {
    const error = errorOf(() => decodeMetaProperties(text, 'd/meta.properties'));
    expect(error.code).toBe('KAFKA_STORAGE_ERROR');
    expect(error.message).toMatch(pattern);
    expect(error.message).toMatch(/d\/meta\.properties .*run skiff storage format again$/);
  });
});

describe('read and write on the simulated disk', () => {
  it('reads null from a directory without meta.properties', async () => {
    const { fs } = await simDiskWithDir('/data');
    expect(await readMetaProperties(fs, '/data')).toBe(null);
  });

  it('writes durably: the file survives a crash right after the write resolves', async () => {
    const { disk, fs } = await simDiskWithDir('/data');
    await writeMetaProperties(fs, '/data', meta);
    disk.crash(SeededRandom.fromSeed(7), { tearLastWrite: true });
    const after = disk.mount();
    expect(await readMetaProperties(after, '/data')).toEqual(meta);
    expect(await after.list('/data')).toEqual(['meta.properties']);
  });

  it('replaces the file atomically, ignoring and overwriting a leftover .tmp', async () => {
    const { fs } = await simDiskWithDir('/data');
    const stale = await fs.open('/data/meta.properties.tmp', { create: true });
    await stale.write(0, new TextEncoder().encode('garbage from an interrupted write, longer than the real file '.repeat(5)));
    await stale.close();
    await writeMetaProperties(fs, '/data', meta);
    const updated = { ...meta, clusterId: otherClusterId };
    await writeMetaProperties(fs, '/data', updated);
    expect(await readMetaProperties(fs, '/data')).toEqual(updated);
    expect(await fs.list('/data')).toEqual(['meta.properties']);
  });

  it('reports a file that is not UTF-8', async () => {
    const { fs } = await simDiskWithDir('/data');
    const handle = await fs.open('/data/meta.properties', { create: true });
    await handle.write(0, new Uint8Array([0x76, 0xff, 0xfe]));
    await handle.close();
    await expect(readMetaProperties(fs, '/data')).rejects.toThrow(/\/data\/meta\.properties is not UTF-8 text/);
  });
});

describe('verifyMetaProperties', () => {
  const dir = (path: string, changes: Partial<MetaProperties> = {}): { dir: string; meta: MetaProperties } => ({
    dir: path, meta: { ...meta, directoryId: formatUuid(new Uint8Array(16).fill(path.length + 100)), ...changes },
  });

  it('returns the identity all directories agree on', () => {
    expect(verifyMetaProperties([dir('/a'), dir('/bb'), dir('/ccc')], nodeId(3))).toEqual({ clusterId, nodeId: 3 });
  });

  it('rejects directories of different clusters with INCONSISTENT_CLUSTER_ID', () => {
    const error = errorOf(() => verifyMetaProperties([dir('/a'), dir('/bb', { clusterId: otherClusterId })], nodeId(3)));
    expect(error.code).toBe('INCONSISTENT_CLUSTER_ID');
    expect(error.message).toContain(`cluster.id: /a has ${clusterId}, /bb has ${otherClusterId}`);
  });

  it('rejects directories of different nodes', () => {
    const error = errorOf(() => verifyMetaProperties([dir('/a'), dir('/bb', { nodeId: nodeId(4) })], nodeId(3)));
    expect(error.code).toBe('KAFKA_STORAGE_ERROR');
    expect(error.message).toContain('node.id: /a has 3, /bb has 4');
  });

  it("rejects a config node.id that is not the directories' with INVALID_CONFIG", () => {
    const error = errorOf(() => verifyMetaProperties([dir('/a')], nodeId(1)));
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.message).toMatch(/the config says node\.id=1, but the data directories belong to node 3 .* set node\.id=3/);
  });

  it('rejects two directories with one directory.id (a copy)', () => {
    const error = errorOf(() => verifyMetaProperties([dir('/a'), { dir: '/b', meta: dir('/a').meta }], nodeId(3)));
    expect(error.message).toMatch(/\/a and \/b have the same directory\.id .*one is a copy of the other/);
  });
});
