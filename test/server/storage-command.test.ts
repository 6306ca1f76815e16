// Goal: the argument handling of `skiff storage` (src/cli/storage-command.ts)
// maps every kind of mistake to exit code 2 with a pointer to --help, runtime
// failures to 1, and --override reaches the config. Method: runStorageCommand
// in-process with captured output, on the simulated disk (the real process is
// covered by storage-cli.test.ts).

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { FileSystem } from '../../src/env/file-system.js';
import { runStorageCommand } from '../../src/cli/storage-command.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';

const clusterId = 'MkU3OEVBNTcwNTJENDM2Qg';

async function diskWithConfig(): Promise<FileSystem> {
  const fs = new SimDisk(new Scheduler(), SeededRandom.fromSeed(3)).mount();
  await fs.mkdir('/etc/skiff');
  const handle = await fs.open('/etc/skiff/server.properties', { create: true });
  await handle.write(0, new TextEncoder().encode('node.id=1\ncontroller.quorum.voters=1@127.0.0.1:9092\nlisteners=PLAINTEXT://127.0.0.1:9092\nlog.dirs=/data\n'));
  await handle.close();
  return fs;
}

async function run(fs: FileSystem, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runStorageCommand(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, fs);
  return { code, stdout, stderr };
}

describe('runStorageCommand', () => {
  it.each([
    [['format', '--cluster-id', clusterId], /^skiff storage format: --config <file> is required.*\nRun 'skiff storage format --help' for usage\.\n$/],
    [['format', '--cluster-id', clusterId, '--config', '/etc/skiff/server.properties', 'extra'], /unexpected argument 'extra'/],
    [['format', '--cluster-id', clusterId, '--config', '/etc/skiff/server.properties', '--override', 'novalue'], /--override 'novalue' is not key=value/],
    [['format', '--cluster-id'], /argument missing/],
    [['info', '--config', '/etc/skiff/server.properties', 'extra'], /unexpected argument 'extra'/],
    [['random-uuid', '--count', '3'], /Unknown option '--count'/],
  ])('%j is a usage error (exit 2)', async (args, pattern) => {
    const result = await run(await diskWithConfig(), ...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(pattern);
  });

  it('applies --override to the config', async () => {
    const fs = await diskWithConfig();
    const result = await run(fs, 'format', '--cluster-id', clusterId, '--config', '/etc/skiff/server.properties', '--override', 'log.dirs=/elsewhere', '--override', 'metadata.log.dir=/meta');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Formatted \/elsewhere \(log\): .*\nFormatted \/meta \(metadata\): /);
    expect(await fs.exists('/data')).toBe(false);
    const info = await run(fs, 'info', '-c', '/etc/skiff/server.properties', '--override', 'log.dirs=/elsewhere', '--override', 'metadata.log.dir=/meta');
    expect(info.code).toBe(0);
    const bad = await run(fs, 'info', '-c', '/etc/skiff/server.properties');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Problem: 1 of 1 directories are not formatted (/data)');
  });

  it('reports a mixed-cluster node in info (exit 1)', async () => {
    const fs = await diskWithConfig();
    await run(fs, 'format', '--cluster-id', clusterId, '--config', '/etc/skiff/server.properties');
    await run(fs, 'format', '--cluster-id', 'ZQkbLEqLQ8ahXzWtYEv34A', '--config', '/etc/skiff/server.properties', '--override', 'log.dirs=/other');
    const info = await run(fs, 'info', '-c', '/etc/skiff/server.properties', '--override', 'log.dirs=/data,/other');
    expect(info.code).toBe(1);
    expect(info.stdout).toMatch(/Problem: INCONSISTENT_CLUSTER_ID: the directories belong to different clusters/);
  });

  it('prints help for every subcommand (exit 0)', async () => {
    const fs = await diskWithConfig();
    for (const args of [['--help'], ['-h'], ['random-uuid', '--help'], ['format', '--help'], ['info', '-h']]) {
      const result = await run(fs, ...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^usage: skiff storage/);
      expect(result.stdout).toContain('Example');
    }
  });
});
