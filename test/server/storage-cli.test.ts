// Goal: the real `skiff storage` command behaves as documented: random-uuid
// prints a valid id; format writes meta.properties into every directory and
// refuses a second run unless --ignore-formatted; info shows each directory
// and exits 1 on a problem; exit codes are 0 ok, 1 runtime error, 2 usage
// error; every subcommand has --help with an example; the other commands
// still answer. Method: spawn `node --import tsx src/cli/main.ts storage ...`
// with child_process.execFile on temporary directories under os.tmpdir(),
// removed afterwards; independent invocations run in parallel. The remaining
// argument edge cases run in-process in storage-command.test.ts.

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidProblem } from '../../src/server/kafka-uuid.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mainPath = join(repoRoot, 'src/cli/main.ts');
const clusterId = 'MkU3OEVBNTcwNTJENDM2Qg';
const roots: string[] = [];

afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function skiff(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', mainPath, ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A temporary root with a server.properties whose directories live under it. */
async function node(extra: string[] = []): Promise<{ root: string; configPath: string }> {
  const root = await mkdtemp(join(tmpdir(), 'skiff-storage-cli-'));
  roots.push(root);
  const configPath = join(root, 'server.properties');
  await writeFile(configPath, [
    'node.id=1',
    'controller.quorum.voters=1@127.0.0.1:9092',
    'listeners=PLAINTEXT://127.0.0.1:9092',
    `log.dirs=${join(root, 'data1')},${join(root, 'data2')}`,
    `metadata.log.dir=${join(root, 'meta')}`,
    ...extra,
  ].join('\n') + '\n');
  return { root, configPath };
}

describe('skiff storage (real process)', () => {
  it('random-uuid prints one valid cluster id', async () => {
    const [a, b] = await Promise.all([skiff('storage', 'random-uuid'), skiff('storage', 'random-uuid')]);
    for (const run of [a!, b!]) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^[A-Za-z0-9_-]{22}\n$/);
      expect(uuidProblem(run.stdout.trim())).toBe(null);
    }
    expect(a!.stdout).not.toBe(b!.stdout);
  });

  it('format, info, format again (refused), format --ignore-formatted (no-op)', async () => {
    const { root, configPath } = await node();
    const format = await skiff('storage', 'format', '--cluster-id', clusterId, '--config', configPath);
    expect(format.stderr).toBe('');
    expect(format.code).toBe(0);
    const lines = format.stdout.trim().split('\n');
    expect(lines.map((l) => l.replace(/directory\.id=\S+/, 'directory.id=*'))).toEqual([
      `Formatted ${join(root, 'data1')} (log): version=1 cluster.id=${clusterId} node.id=1 directory.id=*`,
      `Formatted ${join(root, 'data2')} (log): version=1 cluster.id=${clusterId} node.id=1 directory.id=*`,
      `Formatted ${join(root, 'meta')} (metadata): version=1 cluster.id=${clusterId} node.id=1 directory.id=*`,
    ]);
    const metaFile = await readFile(join(root, 'data1', 'meta.properties'), 'utf8');
    expect(metaFile).toMatch(new RegExp(`^# .*\\nversion=1\\ncluster\\.id=${clusterId}\\nnode\\.id=1\\ndirectory\\.id=[A-Za-z0-9_-]{22}\\n$`));

    const [info, again, ignored] = await Promise.all([
      skiff('storage', 'info', '--config', configPath),
      skiff('storage', 'format', '--cluster-id', clusterId, '--config', configPath),
      skiff('storage', 'format', '-t', clusterId, '-c', configPath, '--ignore-formatted'),
    ]);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain(`${join(root, 'meta')} (metadata)\n  version=1 cluster.id=${clusterId} node.id=1 directory.id=`);
    expect(info.stdout).toContain(`OK: 3 directories formatted for cluster.id ${clusterId}, node.id 1.`);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^skiff storage format: KAFKA_STORAGE_ERROR: nothing was formatted:\n {2}.*data1: is already formatted for this cluster and node\. Add --ignore-formatted/);
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain('All directories were already formatted.');
    expect(await readFile(join(root, 'data1', 'meta.properties'), 'utf8')).toBe(metaFile);
  });

  it('info exits 1 and says what to run when a directory is not formatted', async () => {
    const { root, configPath } = await node();
    const info = await skiff('storage', 'info', '--config', configPath, '--override', `log.dirs=${join(root, 'data1')}`);
    expect(info.code).toBe(1);
    expect(info.stdout).toContain(`${join(root, 'data1')} (log)\n  does not exist (not formatted)`);
    expect(info.stdout).toContain(`Problem: 2 of 2 directories are not formatted (${join(root, 'data1')}, ${join(root, 'meta')}). Run: skiff storage format --cluster-id <id> --config ${configPath}`);
  });

  it('exits 1 with the file and line when the config is invalid', async () => {
    const { configPath } = await node(['num.partitons=3']);
    const [bad, missing] = await Promise.all([
      skiff('storage', 'format', '--cluster-id', clusterId, '--config', configPath),
      skiff('storage', 'info', '--config', `${configPath}.missing`),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(`skiff storage format: INVALID_CONFIG: ${configPath} has 1 problem:\n  ${configPath}:6: unknown key 'num.partitons' (did you mean 'num.partitions'?)\n`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/config file .*server\.properties\.missing does not exist/);
  });

  it('exits 2 on usage errors, pointing at --help', async () => {
    const { configPath } = await node();
    const cases: [string[], RegExp][] = [
      [['storage'], /^usage: skiff storage <subcommand>/],
      [['storage', 'nope'], /^skiff storage nope: unknown subcommand 'nope': use random-uuid, format or info\nRun 'skiff storage --help' for usage\.\n$/],
      [['storage', 'format', '--config', configPath], /--cluster-id <id> is required: generate one with skiff storage random-uuid/],
      [['storage', 'format', '--cluster-id', 'abc', '--config', configPath], /cluster id 'abc' is 3 characters long.*Generate one with: skiff storage random-uuid\nRun 'skiff storage format --help'/],
      [['storage', 'format', '--cluster-id', clusterId, '--config', configPath, '--force'], /Unknown option '--force'/],
      [['storage', 'info'], /^skiff storage info: --config <file> is required/],
    ];
    const runs = await Promise.all(cases.map(([args]) => skiff(...args)));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]![0].join(' ')).toBe(2);
      expect(run.stdout, cases[i]![0].join(' ')).toBe('');
      expect(run.stderr, cases[i]![0].join(' ')).toMatch(cases[i]![1]);
    });
  });

  it('has --help with an example on every subcommand, and leaves the other commands working', async () => {
    const runs = await Promise.all([skiff('storage', '--help'), skiff('storage', 'format', '-h')]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^usage: skiff storage/);
      expect(run.stdout).toMatch(/Example/);
    }
    const [help, version] = await Promise.all([skiff('--help'), skiff('--version')]);
    expect(help.stdout).toContain('server start-local');
    expect(help.stdout).toContain('dump-log <file>');
    expect(help.stdout).toContain('storage format --cluster-id <id> --config <file> [--ignore-formatted]');
    expect(version.stdout).toBe('skiff 0.1.0\n');
  });
});
