// Goal: `skiff dump-log` lists what the engine wrote, like kafka-dump-log:
// batches with offsets, epoch, count, codec and CRC status; records with
// --records; index files; and it flags (exit 1) a corrupt batch or torn tail.
// The CLI test runs the real command (through tsx) on a log written by the
// engine on the real file system.

import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/env/logger.js';
import { NodeClock } from '../../src/env/node/node-clock.js';
import { NodeFileSystem } from '../../src/env/node/node-file-system.js';
import { encodeBatch } from '../../src/storage/batch/index.js';
import { dumpFile } from '../../src/storage/dump.js';
import { Log } from '../../src/storage/log/log.js';
import { logConfig } from '../../src/storage/log/log-config.js';

const run = promisify(execFile);
const text = new TextEncoder();
const dirs: string[] = [];

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function writtenLog(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'skiff-dump-'));
  dirs.push(root);
  const dir = join(root, 'orders-0');
  const log = await Log.open({ fs: new NodeFileSystem(), dir, clock: new NodeClock(), logger: silentLogger, config: logConfig({ indexIntervalBytes: 64 }) });
  await log.appendAsLeader(encodeBatch({ records: [{ key: text.encode('k1'), value: text.encode('hello'), timestamp: 1700000000000, headers: [{ key: 'h', value: text.encode('v') }] }] }), 3);
  await log.appendAsLeader(encodeBatch({ compression: 'gzip', records: [{ key: null, value: text.encode('a'), timestamp: 1700000000001 }, { key: text.encode('k2'), value: null, timestamp: 1700000000002 }] }), 4);
  await log.close();
  return dir;
}

async function lines(path: string, options = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const line of dumpFile(new NodeFileSystem(), path, options)) out.push(line);
  return out;
}

describe('dump-log', () => {
  it('lists batches and records of a segment written by the engine', async () => {
    const dir = await writtenLog();
    const out = await lines(join(dir, '00000000000000000000.log'), { records: true });
    expect(out[1]).toBe('Log starting offset: 0');
    expect(out[2]).toMatch(/^baseOffset: 0 lastOffset: 0 count: 1 partitionLeaderEpoch: 3 .* compresscodec: none crc: ok$/);
    expect(out[3]).toBe('| offset: 0 timestamp: 1700000000000 key: k1 value: hello headers: h=v');
    expect(out[4]).toMatch(/^baseOffset: 1 lastOffset: 2 count: 2 partitionLeaderEpoch: 4 .* compresscodec: gzip crc: ok$/);
    expect(out[5]).toBe('| offset: 1 timestamp: 1700000000001 key: null value: a');
    expect(out[6]).toBe('| offset: 2 timestamp: 1700000000002 key: k2 value: null');
    expect(out.at(-1)).toMatch(/^2 batches, 0 with a bad CRC/);
    const json = (await lines(join(dir, '00000000000000000000.log'), { json: true })).map((l) => JSON.parse(l) as { baseOffset: number; crcValid: boolean; position: number });
    expect(json.map((b) => [b.baseOffset, b.crcValid])).toEqual([[0, true], [1, true]]);
    // index.interval.bytes is 64 here, so the second batch got a sparse index entry.
    const index = await lines(join(dir, '00000000000000000000.index'));
    expect(index.slice(1)).toEqual([`offset: 1 position: ${json[1]!.position}`]);
  });

  it('the CLI flags a corrupt batch and a torn tail with exit code 1', async () => {
    const dir = await writtenLog();
    const path = join(dir, '00000000000000000000.log');
    const cli = ['--import', 'tsx', join(process.cwd(), 'src/cli/main.ts'), 'dump-log', path];
    const clean = await run(process.execPath, cli);
    expect(clean.stdout).toMatch(/crc: ok/);
    const bytes = await readFile(path);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0x01; // inside the second batch's CRC range
    await writeFile(path, Buffer.concat([bytes, Buffer.from([0, 0, 0])]));
    const failed = await run(process.execPath, cli).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toMatch(/crc: BAD/);
    expect(failed?.stdout).toMatch(/torn tail at position \d+: 3 bytes/);
    const missing = await run(process.execPath, [...cli.slice(0, 4), join(dir, 'nope.log')]).catch((e: { code: number; stderr: string }) => e);
    expect('code' in missing && missing.code).toBe(2);
  });
});
