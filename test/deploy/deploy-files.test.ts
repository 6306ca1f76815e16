// Goal: the deployment recipes in deploy/ agree with the code they deploy, as
// far as this machine (no Docker daemon, no Kubernetes cluster, no systemd as
// PID 1) can check: the compose file and Kubernetes manifests parse and agree
// with themselves (node ids, voters, ports, selectors, replicas), the
// Dockerfile's npm scripts and copied files exist, every `skiff` command line
// in a recipe is one the CLI accepts, the server.properties the container
// entry point renders — for every compose service and every StatefulSet pod —
// passes the real config parser, the entry point formats storage once and then
// leaves it alone, the health probe tells fenced from unfenced, and the sample
// systemd config loads and formats with the project's own loader.
// Method: YAML through the `yaml` package; the shell scripts run with bash/sh
// in temporary directories (against a stub `skiff` where only their logic is
// under test, and against the real CLI, through tsx, for one real node that is
// formatted, started, probed ready and stopped with SIGTERM).

import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { runAdminCommand } from '../../src/cli/admin-commands.js';
import { runStorageCommand } from '../../src/cli/storage-command.js';
import { NodeFileSystem } from '../../src/env/node/node-file-system.js';
import { loadServerConfig, parseServerConfig, type ServerConfig } from '../../src/server/config.js';
import { clusterIdProblem } from '../../src/server/storage-tool.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const repo = (...parts: string[]): string => join(repoRoot, ...parts);
const read = (...parts: string[]): Promise<string> => readFile(repo(...parts), 'utf8');

type Json = Record<string, unknown>;
const obj = (value: unknown, what: string): Json => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`${what} is not a mapping: ${JSON.stringify(value)}`);
  return value as Json;
};
const arr = (value: unknown, what: string): unknown[] => {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list: ${JSON.stringify(value)}`);
  return value;
};
const str = (value: unknown, what: string): string => {
  if (typeof value !== 'string') throw new Error(`${what} is not a string: ${JSON.stringify(value)}`);
  return value;
};

let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'skiff-deploy-test-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let dirCount = 0;
async function freshDir(name: string): Promise<string> {
  const dir = join(scratch, `${++dirCount}-${name}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

// ---------------------------------------------------------------------------
// Running the shell scripts

interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The test process's environment without any SKIFF_* variable, so a script sees only what a test gives it. */
function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('SKIFF_')) env[k] = v;
  return env;
}

function run(command: string, args: readonly string[], env: Record<string, string>, timeoutMs = 60_000): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

const entrypoint = repo('deploy/docker/entrypoint.sh');
const probe = repo('deploy/docker/skiff-probe.sh');

/** A bin directory whose `skiff` is the real CLI (src/cli/main.ts through tsx), as `skiff` is in the image. */
async function realSkiffBin(): Promise<string> {
  const bin = await freshDir('bin-real');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  await writeFile(join(bin, 'skiff'), `#!/bin/sh\nexec '${process.execPath}' --import '${tsx}' '${repo('src/cli/main.ts')}' "$@"\n`);
  await chmod(join(bin, 'skiff'), 0o755);
  return bin;
}

/** A bin directory whose `skiff` prints $STUB_OUT and exits with $STUB_EXIT, logging its arguments to $STUB_LOG. */
async function stubSkiffBin(): Promise<string> {
  const bin = await freshDir('bin-stub');
  await writeFile(join(bin, 'skiff'), '#!/bin/sh\necho "$*" >> "$STUB_LOG"\nprintf "%s" "$STUB_OUT"\nexit "${STUB_EXIT:-0}"\n');
  await chmod(join(bin, 'skiff'), 0o755);
  return bin;
}

/** Runs `bash entrypoint.sh render` with `vars`; returns the rendered file (or the failure). */
async function render(vars: Record<string, string>): Promise<{ result: RunResult; text: string | null; configFile: string }> {
  const dir = await freshDir('render');
  const configFile = join(dir, 'server.properties');
  const result = await run('bash', [entrypoint, 'render'], { ...baseEnv(), SKIFF_CONFIG_FILE: configFile, ...vars });
  const text = existsSync(configFile) ? await readFile(configFile, 'utf8') : null;
  return { result, text, configFile };
}

function mustParse(text: string, source: string): ServerConfig {
  const parsed = parseServerConfig(text, { source });
  if (!parsed.ok) throw new Error(`${source} does not parse:\n${parsed.problems.map((p) => p.message).join('\n')}\n---\n${text}`);
  return parsed.config;
}

async function renderAndParse(vars: Record<string, string>, source: string): Promise<ServerConfig> {
  const { result, text } = await render(vars);
  expect(result.code, `${source}: entrypoint render failed: ${result.stderr}`).toBe(0);
  return mustParse(text ?? '', source);
}

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address !== null && typeof address === 'object' ? resolvePromise(address.port) : reject(new Error('no port'))));
    });
  });
}

// ---------------------------------------------------------------------------
// `skiff` command lines inside the recipes

/**
 * Every `skiff <command> <sub> args...` in shell text, comment lines skipped:
 * in command position (line start, after && || ; | $( exec or `timeout N`),
 * or quoted in a message ('skiff storage random-uuid'). Arguments run up to
 * the first shell operator or closing quote.
 */
function skiffInvocations(text: string): string[][] {
  const program = /(?:^\s*|&&\s*|\|\|?\s*|;\s*|\$\(\s*|\bexec\s+|\btimeout\s+\S+\s+|')skiff\s+/g;
  const found: string[][] = [];
  for (const line of text.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    for (const match of line.matchAll(program)) {
      const quoted = match[0].startsWith("'");
      const rest = line.slice((match.index ?? 0) + match[0].length);
      const tokens: string[] = [];
      for (const raw of rest.trim().split(/\s+/)) {
        if (raw === '' || /^([0-9]*>|\||;|&|\)|<[^a-z])/.test(raw)) break;
        const closes = quoted && raw.endsWith("'");
        tokens.push((closes ? raw.slice(0, -1) : raw).replace(/^"|"$/g, ''));
        if (closes) break;
      }
      if (tokens.length > 0) found.push(tokens);
    }
  }
  return found;
}

/**
 * Checks that the CLI accepts `args` (command, subcommand, flags): admin and
 * storage commands run in-process with --help appended, which still rejects
 * unknown commands and flags (exit 2) but touches no cluster or disk.
 */
async function expectCliAccepts(args: readonly string[], where: string): Promise<void> {
  const main = await read('src/cli/main.ts');
  const [command, sub, ...rest] = args;
  let err = '';
  const io = { out: () => undefined, err: (t: string) => void (err += t) };
  if (command === 'cluster' || command === 'quorum' || command === 'topics') {
    expect(main, `${where}: main.ts routes '${command}'`).toContain(`command === '${command}'`);
    const code = await runAdminCommand(command, sub, [...rest, '--help'], io);
    expect(code, `${where}: skiff ${args.join(' ')} --help: ${err}`).toBe(0);
  } else if (command === 'storage') {
    const code = await runStorageCommand([sub ?? '', ...rest, '--help'], { stdout: () => undefined, stderr: (t) => void (err += t) });
    expect(code, `${where}: skiff ${args.join(' ')} --help: ${err}`).toBe(0);
  } else if (command === 'server') {
    // serverStart is not exported: check the dispatch and its options in main.ts (the real process runs in the smoke test below).
    expect(main, `${where}: main.ts dispatches 'server ${sub}'`).toContain(`command === 'server' && sub === '${sub}'`);
    for (const flag of rest.filter((t) => t.startsWith('--'))) expect(['--config', '--override'], `${where}: server ${sub} flag ${flag}`).toContain(flag);
  } else if (command === '--version') {
    expect(main).toContain(`command === '--version'`);
  } else {
    throw new Error(`${where}: unexpected skiff command line: skiff ${args.join(' ')}`);
  }
}

// ---------------------------------------------------------------------------
// Docker

interface DockerInstruction {
  readonly op: string;
  readonly args: string;
  readonly stage: number;
}

function dockerInstructions(text: string): { instructions: DockerInstruction[]; stages: { name: string | null; from: string }[] } {
  const logical = text.replace(/\\\n/g, ' ').split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  const instructions: DockerInstruction[] = [];
  const stages: { name: string | null; from: string }[] = [];
  for (const line of logical) {
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (match === null) throw new Error(`not a Dockerfile instruction: ${line}`);
    const op = match[1]!.toUpperCase();
    const args = match[2]!.trim();
    if (op === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ from: from?.[1] ?? args, name: from?.[2] ?? null });
    }
    instructions.push({ op, args, stage: stages.length - 1 });
  }
  return { instructions, stages };
}

describe('deploy/docker/Dockerfile', () => {
  it('builds with npm ci + npm run build and runs with production dependencies only, as a non-root user', async () => {
    const { instructions, stages } = dockerInstructions(await read('deploy/docker/Dockerfile'));
    const pkg = JSON.parse(await read('package.json')) as { scripts: Record<string, string>; bin: Record<string, string> };
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const final = stages.length - 1;
    const inStage = (i: number, op: string) => instructions.filter((x) => x.stage === i && x.op === op);
    const stageIndex = (name: string): number => stages.findIndex((s) => s.name === name);

    // Every `npm run X` names a package.json script; the build stage runs npm ci and the build.
    const runs = instructions.filter((x) => x.op === 'RUN');
    for (const r of runs) for (const m of r.args.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(pkg.scripts), r.args).toContain(m[1]);
    const buildStage = runs.find((r) => /npm run build\b/.test(r.args))?.stage ?? -1;
    expect(buildStage).toBeGreaterThanOrEqual(0);
    expect(buildStage).not.toBe(final);
    expect(inStage(buildStage, 'RUN').some((r) => /\bnpm ci\b/.test(r.args))).toBe(true);

    // The runtime stage installs nothing itself; its node_modules come from a stage that ran `npm ci --omit=dev`.
    expect(inStage(final, 'RUN').some((r) => /\bnpm (ci|install)\b/.test(r.args))).toBe(false);
    const copies = inStage(final, 'COPY').map((c) => c.args);
    const fromStage = (what: string): number => {
      const copy = copies.find((c) => new RegExp(`--from=\\S+\\s+\\S*${what}\\b`).test(c));
      expect(copy, `the runtime stage copies ${what} from another stage`).toBeDefined();
      return stageIndex(/--from=(\S+)/.exec(copy!)![1]!);
    };
    const depsStage = fromStage('node_modules');
    expect(inStage(depsStage, 'RUN').some((r) => /\bnpm ci\b.*--omit=dev/.test(r.args))).toBe(true);
    expect(fromStage('dist')).toBe(buildStage);
    expect(copies.some((c) => /^proto\s/.test(c) || /\sproto\b/.test(c))).toBe(true);
    // Every stage that runs `npm ci` skips lifecycle scripts (the root `prepare` would build without sources).
    for (const r of runs.filter((x) => /\bnpm ci\b/.test(x.args))) expect(r.args).toContain('--ignore-scripts');

    // Non-root: a USER in the final stage, not root or 0.
    const user = inStage(final, 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(user!.split(':')[0]).not.toMatch(/^(root|0)$/);

    // `skiff` on PATH is package.json's bin, under the runtime WORKDIR the files were copied to.
    const appDir = inStage(final, 'WORKDIR')[0]?.args;
    expect(appDir).toBe('/opt/skiff');
    const link = inStage(final, 'RUN').map((r) => /ln -s (\S+) \/usr\/local\/bin\/skiff\b/.exec(r.args)).find((m) => m !== null);
    expect(link?.[1]).toBe(`${appDir}/${pkg.bin.skiff}`);

    // HEALTHCHECK and ENTRYPOINT name the scripts copied in.
    const healthcheck = inStage(final, 'HEALTHCHECK')[0]?.args ?? '';
    expect(healthcheck).toMatch(/CMD \["skiff-probe", "ready"\]/);
    expect(copies.some((c) => /deploy\/docker\/skiff-probe\.sh \/usr\/local\/bin\/skiff-probe$/.test(c))).toBe(true);
    expect(inStage(final, 'ENTRYPOINT')[0]?.args).toBe('["skiff-entrypoint"]');
    expect(copies.some((c) => /deploy\/docker\/entrypoint\.sh \/usr\/local\/bin\/skiff-entrypoint$/.test(c))).toBe(true);
  });

  it('copies only files that exist and that Dockerfile.dockerignore lets into the context', async () => {
    const { instructions } = dockerInstructions(await read('deploy/docker/Dockerfile'));
    const ignore = (await read('deploy/docker/Dockerfile.dockerignore')).split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(ignore[0]).toBe('**');
    const allowed = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/\*\*$/, ''));
    const sources = instructions
      .filter((x) => x.op === 'COPY' && !x.args.includes('--from='))
      .flatMap((x) => x.args.split(/\s+/).filter((t) => !t.startsWith('--')).slice(0, -1));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      expect(existsSync(repo(source)), `COPY ${source} exists`).toBe(true);
      expect(allowed, `${source} is in the build context`).toContain(source);
    }
  });

  it('invokes only skiff commands the CLI has (Dockerfile, entrypoint, probe)', async () => {
    const lines = [
      ...skiffInvocations(await read('deploy/docker/Dockerfile')).map((a) => ['Dockerfile', a] as const),
      ...skiffInvocations(await read('deploy/docker/entrypoint.sh')).map((a) => ['entrypoint.sh', a] as const),
      ...skiffInvocations(await read('deploy/docker/skiff-probe.sh')).map((a) => ['skiff-probe.sh', a] as const),
    ];
    const seen = new Set(lines.map(([, a]) => a.slice(0, 2).join(' ')));
    expect([...seen].sort()).toEqual(['--version', 'cluster describe', 'storage format', 'server start', 'storage random-uuid'].sort());
    for (const [where, args] of lines) await expectCliAccepts(args, where);
  });
});

describe('deploy/docker/docker-compose.yml', () => {
  interface Service {
    readonly name: string;
    readonly env: Record<string, string>;
    readonly raw: Json;
  }

  async function compose(): Promise<{ doc: Json; services: Service[] }> {
    const text = await read('deploy/docker/docker-compose.yml');
    const documents = parseAllDocuments(text, { merge: true });
    expect(documents).toHaveLength(1);
    const doc = documents[0]!;
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    const root = obj(parseYaml(text, { merge: true }), 'compose');
    const services = Object.entries(obj(root.services, 'services')).map(([name, value]) => {
      const raw = obj(value, name);
      const env = Object.fromEntries(Object.entries(obj(raw.environment, `${name}.environment`)).map(([k, v]) => [k, String(v)]));
      return { name, env, raw };
    });
    return { doc: root, services };
  }

  it('parses as YAML and has three nodes', async () => {
    const { services } = await compose();
    expect(services.map((s) => s.name)).toEqual(['skiff-1', 'skiff-2', 'skiff-3']);
  });

  it('node ids and the voter list agree: every voter has a service at its address and port, ports are unique and published on 127.0.0.1 only', async () => {
    const { services } = await compose();
    const voterLists = new Set(services.map((s) => s.env.SKIFF_VOTERS));
    expect(voterLists.size).toBe(1);
    const clusterIds = new Set(services.map((s) => s.env.SKIFF_CLUSTER_ID));
    expect(clusterIds.size).toBe(1);
    expect(clusterIdProblem([...clusterIds][0] ?? '')).toBeNull();

    const hostPorts: number[] = [];
    const nodeIds: number[] = [];
    let voterIds: number[] = [];
    for (const s of services) {
      // The config this service's container renders, parsed by the node's own parser.
      const config = await renderAndParse(s.env, `compose ${s.name}`);
      nodeIds.push(config.nodeId);
      voterIds = config.controllerQuorumVoters.map((v) => v.nodeId);
      expect(config.nodeId).toBe(Number(s.env.SKIFF_NODE_ID));
      const self = config.controllerQuorumVoters.find((v) => v.nodeId === config.nodeId)!;
      // The voter address of this node is the service's name on the compose network and its listener port.
      expect(self.host).toBe(s.raw.hostname);
      expect([s.name, s.raw.hostname]).toContain(self.host);
      expect(config.advertisedListener).toEqual({ name: 'PLAINTEXT', host: self.host, port: self.port });
      expect(config.listener.port).toBe(self.port);
      // Published: 127.0.0.1:<port>:<port>, so the advertised port works from the host too.
      const ports = arr(s.raw.ports, `${s.name}.ports`).map((p) => str(p, 'port'));
      expect(ports).toHaveLength(1);
      const m = /^127\.0\.0\.1:(\d+):(\d+)$/.exec(ports[0]!);
      expect(m, `${s.name} publishes ${ports[0]} on 127.0.0.1 only`).not.toBeNull();
      expect(Number(m![2])).toBe(self.port);
      expect(Number(m![1])).toBe(self.port);
      hostPorts.push(Number(m![1]));
    }
    expect(new Set(hostPorts).size).toBe(services.length);
    expect(new Set(nodeIds).size).toBe(services.length);
    expect([...voterIds].sort()).toEqual([...nodeIds].sort());
  });

  it('gives each node its own named volume at the state directory, and time for a controlled shutdown', async () => {
    const { doc, services } = await compose();
    const declared = Object.keys(obj(doc.volumes, 'volumes'));
    const used = services.map((s) => {
      const volumes = arr(s.raw.volumes, `${s.name}.volumes`).map((v) => str(v, 'volume'));
      expect(volumes).toHaveLength(1);
      const [name, target] = volumes[0]!.split(':');
      // The image keeps server.properties and the data directory under /var/lib/skiff.
      expect(target).toBe('/var/lib/skiff');
      return name!;
    });
    expect(new Set(used).size).toBe(services.length);
    for (const name of used) expect(declared).toContain(name);
    for (const s of services) {
      const grace = /^(\d+)s$/.exec(str(s.raw.stop_grace_period, 'stop_grace_period'));
      expect(Number(grace?.[1])).toBeGreaterThan(30);
      const build = obj(s.raw.build, 'build');
      const context = resolve(repo('deploy/docker'), str(build.context, 'context'));
      expect(existsSync(join(context, str(build.dockerfile, 'dockerfile')))).toBe(true);
      expect(resolve(context)).toBe(resolve(repoRoot));
    }
  });
});

describe('deploy/docker/entrypoint.sh', () => {
  const voters = '1@skiff-1:9092,2@skiff-2:9093,3@skiff-3:9094';

  it('renders a server.properties the config parser accepts, with SKIFF_CFG_* mapped to keys', async () => {
    const config = await renderAndParse({
      SKIFF_NODE_ID: '2', SKIFF_VOTERS: voters, SKIFF_PORT: '9093', SKIFF_ADVERTISED_HOST: 'skiff-2',
      SKIFF_DATA_DIR: '/data/logs', SKIFF_METADATA_DIR: '/data/meta', SKIFF_RACK: 'zone-b', SKIFF_METRICS_PORT: '9404',
      SKIFF_CFG_MIN_INSYNC_REPLICAS: '2', SKIFF_CFG_LOG_RETENTION_HOURS: '24',
    }, 'rendered');
    expect(config.nodeId).toBe(2);
    expect(config.processRoles).toEqual(['broker', 'controller']);
    expect(config.listener).toEqual({ name: 'PLAINTEXT', host: '0.0.0.0', port: 9093 });
    expect(config.advertisedListener).toEqual({ name: 'PLAINTEXT', host: 'skiff-2', port: 9093 });
    expect(config.controllerQuorumVoters.map((v) => `${v.nodeId}@${v.host}:${v.port}`).join(',')).toBe(voters);
    expect(config.logDirs).toEqual(['/data/logs']);
    expect(config.metadataLogDir).toBe('/data/meta');
    expect(config.brokerRack).toBe('zone-b');
    expect(config.metricsListener).toEqual({ host: '0.0.0.0', port: 9404 });
    expect(config.minInsyncReplicas).toBe(2);
    expect(config.logRetentionMs).toBe(24 * 3_600_000);
  });

  it('derives node.id from a StatefulSet pod name plus SKIFF_NODE_ID_OFFSET', async () => {
    const config = await renderAndParse({ SKIFF_POD_NAME: 'skiff-2', SKIFF_NODE_ID_OFFSET: '1', SKIFF_VOTERS: '1@a:9092,2@b:9092,3@c:9092', SKIFF_ADVERTISED_HOST: 'c' }, 'ordinal');
    expect(config.nodeId).toBe(3);
    const bad = await render({ SKIFF_POD_NAME: 'skiff', SKIFF_VOTERS: '1@a:9092' });
    expect(bad.result.code).not.toBe(0);
    expect(bad.result.stderr).toContain('set SKIFF_NODE_ID');
  });

  it('refuses to render without SKIFF_VOTERS, or a value server.properties would misread', async () => {
    const noVoters = await render({ SKIFF_NODE_ID: '1' });
    expect(noVoters.result.code).not.toBe(0);
    expect(noVoters.result.stderr).toContain('SKIFF_VOTERS is required');
    expect(noVoters.text).toBeNull();
    const newline = await render({ SKIFF_NODE_ID: '1', SKIFF_VOTERS: '1@a:9092', SKIFF_ADVERTISED_HOST: 'a', SKIFF_CFG_BROKER_RACK: 'a\nnode.id=7' });
    expect(newline.result.code).not.toBe(0);
    expect(newline.result.stderr).toContain('line break');
  });

  it('formats storage on the first start only, and refuses a volume of another cluster', async () => {
    const bin = await realSkiffBin();
    const dir = await freshDir('init');
    const clusterId = 'qctaKkRiQpyBpagnmNTDMw';
    const env = {
      ...baseEnv(), PATH: `${bin}:${process.env.PATH ?? ''}`,
      SKIFF_NODE_ID: '1', SKIFF_VOTERS: '1@127.0.0.1:9092', SKIFF_ADVERTISED_HOST: '127.0.0.1',
      SKIFF_CONFIG_FILE: join(dir, 'server.properties'), SKIFF_DATA_DIR: join(dir, 'data'), SKIFF_CLUSTER_ID: clusterId,
    };
    const first = await run('bash', [entrypoint, 'init'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Formatted .*\/data \(log, metadata\): version=1 cluster\.id=qctaKkRiQpyBpagnmNTDMw node\.id=1 /);
    const meta = await readFile(join(dir, 'data/meta.properties'), 'utf8');

    const second = await run('bash', [entrypoint, 'init'], env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('storage already formatted (cluster.id qctaKkRiQpyBpagnmNTDMw): not formatting');
    expect(await readFile(join(dir, 'data/meta.properties'), 'utf8')).toBe(meta);

    const other = await run('bash', [entrypoint, 'init'], { ...env, SKIFF_CLUSTER_ID: 'P6EXZPVXS3unyTlv1uigpw' });
    expect(other.code).not.toBe(0);
    expect(other.stderr).toContain('is formatted for cluster qctaKkRiQpyBpagnmNTDMw, but SKIFF_CLUSTER_ID=P6EXZPVXS3unyTlv1uigpw');

    const noId = await run('bash', [entrypoint, 'init'], { ...env, SKIFF_DATA_DIR: join(dir, 'other'), SKIFF_CLUSTER_ID: '' });
    expect(noId.code).not.toBe(0);
    expect(noId.stderr).toContain('SKIFF_CLUSTER_ID is required for the first start');
  });

  it('runs a real node: formats, execs `skiff server start`, becomes ready, stops cleanly on SIGTERM', { timeout: 180_000 }, async () => {
    const bin = await realSkiffBin();
    const dir = await freshDir('node');
    const port = await freePort();
    const env = {
      ...baseEnv(), PATH: `${bin}:${process.env.PATH ?? ''}`,
      SKIFF_NODE_ID: '1', SKIFF_VOTERS: `1@127.0.0.1:${port}`, SKIFF_PORT: String(port), SKIFF_ADVERTISED_HOST: '127.0.0.1',
      SKIFF_CONFIG_FILE: join(dir, 'server.properties'), SKIFF_DATA_DIR: join(dir, 'data'), SKIFF_CLUSTER_ID: 'qctaKkRiQpyBpagnmNTDMw',
      SKIFF_CFG_OFFSETS_TOPIC_REPLICATION_FACTOR: '1', SKIFF_CFG_BROKER_HEARTBEAT_INTERVAL_MS: '500',
    };
    let log = '';
    // Its own process group, so `finally` can kill whatever it started even if the exec chain broke.
    const node: ChildProcess = spawn('bash', [entrypoint, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    node.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    node.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    const exited = new Promise<{ code: number | null; signal: string | null }>((r) => node.on('exit', (code, signal) => r({ code, signal })));
    try {
      // Ready: poll the probe exactly as the HEALTHCHECK / readinessProbe runs it.
      const deadline = Date.now() + 120_000;
      let last: RunResult | null = null;
      while (Date.now() < deadline && node.exitCode === null) {
        last = await run('sh', [probe, 'ready'], env);
        if (last.code === 0) break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(last?.code, `never ready: ${last?.stderr}\n--- node log:\n${log.slice(-4000)}`).toBe(0);
      expect(log).toContain('formatting');
      expect(log).toContain('skiff node started');
      const live = await run('sh', [probe, 'live'], env);
      expect(live.code, live.stderr).toBe(0);

      // The entrypoint exec'd the node, so the SIGTERM reaches it: controlled shutdown, exit 0.
      node.kill('SIGTERM');
      const { code } = await exited;
      expect(code, log.slice(-4000)).toBe(0);
      expect(log).toContain('controlled shutdown');

      const gone = await run('sh', [probe, 'live'], { ...env, SKIFF_PROBE_TIMEOUT: '5' });
      expect(gone.code).not.toBe(0);
    } finally {
      try {
        process.kill(-node.pid!, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    }
  });
});

describe('deploy/docker/skiff-probe.sh', () => {
  const configText = 'node.id=2\ncontroller.quorum.voters=1@a:9092,2@b:9093\nlisteners=PLAINTEXT://0.0.0.0:9093\nadvertised.listeners=PLAINTEXT://b:9093\nlog.dirs=/d\n';
  const broker = (brokerId: number, fenced = false, inControlledShutdown = false) => ({ brokerId, host: 'x', port: 1, rack: null, fenced, inControlledShutdown, brokerEpoch: 5 });

  async function probeWith(mode: string, answer: unknown, exit = 0): Promise<RunResult & { calls: string }> {
    const bin = await stubSkiffBin();
    const dir = await freshDir('probe');
    await writeFile(join(dir, 'server.properties'), configText);
    const result = await run('sh', [probe, mode], {
      ...baseEnv(), PATH: `${bin}:${process.env.PATH ?? ''}`, SKIFF_CONFIG_FILE: join(dir, 'server.properties'),
      STUB_OUT: typeof answer === 'string' ? answer : JSON.stringify(answer), STUB_EXIT: String(exit), STUB_LOG: join(dir, 'calls'),
    });
    return { ...result, calls: existsSync(join(dir, 'calls')) ? await readFile(join(dir, 'calls'), 'utf8') : '' };
  }

  it('asks the node itself, on 127.0.0.1 and the port of its listener', async () => {
    const r = await probeWith('ready', { clusterId: 'c', controllerId: 1, brokers: [broker(1), broker(2)] });
    expect(r.code, r.stderr).toBe(0);
    expect(r.calls.trim()).toBe('cluster describe --output json --bootstrap-server 127.0.0.1:9093');
  });

  it.each([
    ['no controller known', { clusterId: 'c', controllerId: -1, brokers: [broker(2)] }, 'no active controller known'],
    ['this broker fenced', { clusterId: 'c', controllerId: 1, brokers: [broker(1), broker(2, true)] }, 'broker 2 is fenced'],
    ['this broker not registered', { clusterId: 'c', controllerId: 1, brokers: [broker(1)] }, 'broker 2 is not registered'],
    ['this broker shutting down', { clusterId: 'c', controllerId: 2, brokers: [broker(2, false, true)] }, 'broker 2 is in controlled shutdown'],
  ])('ready fails when %s', async (_what, answer, message) => {
    const r = await probeWith('ready', answer);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
  });

  it('ready ignores other brokers being fenced; live needs only an answer; both fail when the node does not answer', async () => {
    expect((await probeWith('ready', { clusterId: 'c', controllerId: 1, brokers: [broker(1, true), broker(2)] })).code).toBe(0);
    expect((await probeWith('live', { clusterId: 'c', controllerId: -1, brokers: [] })).code).toBe(0);
    for (const mode of ['ready', 'live']) {
      const r = await probeWith(mode, 'skiff cluster: could not reach any of 127.0.0.1:9093', 1);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('does not answer');
    }
  });
});

describe('deploy/k8s', () => {
  async function manifests(): Promise<Json[]> {
    const out: Json[] = [];
    for (const file of ['services.yaml', 'statefulset.yaml', 'pdb.yaml']) {
      const docs = parseAllDocuments(await read('deploy/k8s', file));
      expect(docs.length, file).toBeGreaterThan(0);
      for (const doc of docs) {
        expect(doc.errors, file).toEqual([]);
        expect(doc.warnings, file).toEqual([]);
        const value = obj(doc.toJS(), file);
        expect(typeof value.apiVersion, file).toBe('string');
        out.push(value);
      }
    }
    return out;
  }

  const ofKind = (all: Json[], kind: string): Json[] => all.filter((m) => m.kind === kind);
  const name = (m: Json): string => str(obj(m.metadata, 'metadata').name, 'name');
  const spec = (m: Json): Json => obj(m.spec, `${name(m)}.spec`);

  async function statefulSet(): Promise<{ all: Json[]; sts: Json; pod: Json; container: Json; labels: Json }> {
    const all = await manifests();
    const sets = ofKind(all, 'StatefulSet');
    expect(sets).toHaveLength(1);
    const sts = sets[0]!;
    const template = obj(spec(sts).template, 'template');
    const pod = obj(template.spec, 'pod spec');
    const containers = arr(pod.containers, 'containers');
    expect(containers).toHaveLength(1);
    return { all, sts, pod, container: obj(containers[0], 'container'), labels: obj(obj(template.metadata, 'template.metadata').labels, 'labels') };
  }

  /** The container's environment as Kubernetes builds it for pod `podName`: fieldRefs resolved, $(VAR) expanded from earlier entries. */
  function podEnv(container: Json, podName: string, namespace: string): Record<string, string> {
    const env: Record<string, string> = {};
    for (const entry of arr(container.env, 'env').map((e) => obj(e, 'env entry'))) {
      const key = str(entry.name, 'env name');
      if (entry.valueFrom !== undefined) {
        const path = str(obj(obj(entry.valueFrom, 'valueFrom').fieldRef, 'fieldRef').fieldPath, 'fieldPath');
        env[key] = path === 'metadata.name' ? podName : path === 'metadata.namespace' ? namespace : `<${path}>`;
      } else {
        env[key] = str(entry.value, key).replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (whole, v: string) => env[v] ?? whole);
      }
    }
    return env;
  }

  const selects = (selector: Json, labels: Json): boolean => Object.entries(selector).every(([k, v]) => labels[k] === v);

  it('parses as YAML: a headless Service, a client Service, a StatefulSet and a PodDisruptionBudget', async () => {
    const all = await manifests();
    expect(all.map((m) => m.kind).sort()).toEqual(['PodDisruptionBudget', 'Service', 'Service', 'StatefulSet']);
  });

  it('replicas equal the voters, and pod <n> is voter <n + offset> at its headless-service name and port', async () => {
    const { all, sts, container } = await statefulSet();
    const replicas = Number(spec(sts).replicas);
    const serviceName = str(spec(sts).serviceName, 'serviceName');
    const containerPort = Number(obj(arr(container.ports, 'ports')[0], 'port').containerPort);
    const headless = ofKind(all, 'Service').find((s) => name(s) === serviceName);
    expect(headless, `the headless service ${serviceName}`).toBeDefined();
    expect(Number(obj(arr(spec(headless!).ports, 'ports')[0], 'port').port)).toBe(containerPort);

    const ids: number[] = [];
    for (let ordinal = 0; ordinal < replicas; ordinal++) {
      const podName = `${name(sts)}-${ordinal}`;
      const env = podEnv(container, podName, 'streaming');
      const config = await renderAndParse(env, `k8s pod ${podName}`);
      expect(config.controllerQuorumVoters).toHaveLength(replicas);
      const self = config.controllerQuorumVoters.find((v) => v.nodeId === config.nodeId)!;
      expect(self.host).toBe(`${podName}.${serviceName}`);
      expect(self.port).toBe(containerPort);
      expect(config.listener.port).toBe(containerPort);
      expect(config.advertisedListener.host).toBe(`${podName}.${serviceName}.streaming.svc`);
      expect(clusterIdProblem(env.SKIFF_CLUSTER_ID ?? '')).toBeNull();
      ids.push(config.nodeId);
    }
    expect(new Set(ids).size).toBe(replicas);
  });

  it('services, budget and pods select the same pods; the headless service publishes not-ready pods; pods start in parallel', async () => {
    const { all, sts, labels } = await statefulSet();
    expect(selects(obj(obj(spec(sts).selector, 'selector').matchLabels, 'matchLabels'), labels)).toBe(true);
    expect(spec(sts).podManagementPolicy).toBe('Parallel');
    const services = ofKind(all, 'Service');
    const headless = services.find((s) => name(s) === spec(sts).serviceName)!;
    expect(spec(headless).clusterIP).toBe('None');
    expect(spec(headless).publishNotReadyAddresses).toBe(true);
    const client = services.find((s) => s !== headless)!;
    expect(spec(client).clusterIP).toBeUndefined();
    for (const s of services) expect(selects(obj(spec(s).selector, 'selector'), labels), name(s)).toBe(true);
    const pdb = ofKind(all, 'PodDisruptionBudget')[0]!;
    expect(spec(pdb).maxUnavailable).toBe(1);
    expect(selects(obj(obj(spec(pdb).selector, 'selector').matchLabels, 'matchLabels'), labels)).toBe(true);
  });

  it('probes run skiff-probe (ready = broker unfenced), storage is a claim per pod, resources and a non-root security context are set', async () => {
    const { sts, pod, container } = await statefulSet();
    const exec = (probeName: string) => obj(obj(container[probeName], probeName).exec, `${probeName}.exec`).command;
    expect(exec('readinessProbe')).toEqual(['skiff-probe', 'ready']);
    expect(exec('livenessProbe')).toEqual(['skiff-probe', 'live']);
    expect(exec('startupProbe')).toEqual(['skiff-probe', 'live']);
    const probeScript = await read('deploy/docker/skiff-probe.sh');
    expect(probeScript).toContain('ready|live)');

    const claims = arr(spec(sts).volumeClaimTemplates, 'volumeClaimTemplates').map((c) => name(obj(c, 'claim')));
    const mounts = arr(container.volumeMounts, 'volumeMounts').map((m) => obj(m, 'mount'));
    const dataMount = mounts.find((m) => claims.includes(str(m.name, 'mount name')));
    // The image's SKIFF_CONFIG_FILE and SKIFF_DATA_DIR live under /var/lib/skiff.
    expect(dataMount?.mountPath).toBe('/var/lib/skiff');

    const resources = obj(container.resources, 'resources');
    for (const kind of ['requests', 'limits']) {
      const r = obj(resources[kind], kind);
      expect(r.cpu, kind).toBeDefined();
      expect(r.memory, kind).toBeDefined();
    }
    const podSecurity = obj(pod.securityContext, 'pod securityContext');
    expect(podSecurity.runAsNonRoot).toBe(true);
    expect(Number(podSecurity.runAsUser)).toBeGreaterThan(0);
    expect(podSecurity.fsGroup).toBe(podSecurity.runAsGroup);
    expect(obj(container.securityContext, 'container securityContext').allowPrivilegeEscalation).toBe(false);
    // The image's user is the one the pod runs as.
    expect(await read('deploy/docker/Dockerfile')).toContain(`--uid ${String(podSecurity.runAsUser)} `);
    expect(Number(pod.terminationGracePeriodSeconds)).toBeGreaterThan(await serverShutdownTimeoutSeconds());
  });
});

/** The default controlled-shutdown timeout of RunningServer.shutdown() in src/server/server.ts, in seconds. */
async function serverShutdownTimeoutSeconds(): Promise<number> {
  const m = /shutdown: \(timeoutMs = ([\d_]+)\)/.exec(await read('src/server/server.ts'));
  expect(m, 'src/server/server.ts: shutdown(timeoutMs = N)').not.toBeNull();
  return Number(m![1]!.replaceAll('_', '')) / 1000;
}

describe('deploy/systemd', () => {
  async function unit(): Promise<Map<string, Map<string, string[]>>> {
    const sections = new Map<string, Map<string, string[]>>();
    let current: Map<string, string[]> | null = null;
    for (const line of (await read('deploy/systemd/skiff.service')).split('\n')) {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
      const section = /^\[(\w+)\]$/.exec(trimmed);
      if (section !== null) {
        current = new Map();
        sections.set(section[1]!, current);
        continue;
      }
      const eq = trimmed.indexOf('=');
      if (current === null || eq < 0) throw new Error(`skiff.service: bad line ${line}`);
      const key = trimmed.slice(0, eq);
      current.set(key, [...(current.get(key) ?? []), trimmed.slice(eq + 1)]);
    }
    return sections;
  }

  it('the sample server.properties loads with the project loader and passes validation', async () => {
    const config = await loadServerConfig(new NodeFileSystem(), repo('deploy/systemd/server.properties'));
    expect(config.processRoles).toEqual(['broker', 'controller']);
    expect(config.controllerQuorumVoters.some((v) => v.nodeId === config.nodeId)).toBe(true);
    expect(config.minInsyncReplicas).toBeLessThan(config.defaultReplicationFactor);
    expect(config.logDirs.every((d) => d.startsWith('/var/lib/skiff/'))).toBe(true);
  });

  it('the unit runs as a dedicated user, restarts on failure, raises LimitNOFILE and stops with SIGTERM in time for a controlled shutdown', async () => {
    const u = await unit();
    const service = u.get('Service')!;
    const one = (key: string): string => {
      const values = service.get(key);
      expect(values, key).toHaveLength(1);
      return values![0]!;
    };
    expect(one('User')).toBe('skiff');
    expect(one('Restart')).toBe('on-failure');
    expect(Number(one('LimitNOFILE'))).toBeGreaterThanOrEqual(65_536);
    expect(one('KillSignal')).toBe('SIGTERM');
    expect(Number(one('TimeoutStopSec'))).toBeGreaterThan(await serverShutdownTimeoutSeconds());
    // The data lives in the StateDirectory the unit creates for its user.
    const config = await loadServerConfig(new NodeFileSystem(), repo('deploy/systemd/server.properties'));
    expect(config.logDirs[0]!.startsWith(`/var/lib/${one('StateDirectory')}/`)).toBe(true);
    expect(u.get('Install')?.get('WantedBy')).toEqual(['multi-user.target']);
  });

  it('ExecStartPre formats idempotently and ExecStart starts the same config, through package.json\'s bin', async () => {
    const service = (await unit()).get('Service')!;
    const pkg = JSON.parse(await read('package.json')) as { bin: Record<string, string> };
    const cli = `/opt/skiff/${pkg.bin.skiff}`;
    const argv = (key: string): string[] => {
      const line = service.get(key)?.[0] ?? '';
      const words = line.split(/\s+/);
      expect(words.slice(0, 2), key).toEqual(['/usr/bin/node', cli]);
      return words.slice(2);
    };
    const pre = argv('ExecStartPre');
    const start = argv('ExecStart');
    expect(start.slice(0, 2)).toEqual(['server', 'start']);
    await expectCliAccepts(start, 'ExecStart');
    const configPath = start[start.indexOf('--config') + 1];
    expect(configPath).toBe('/etc/skiff/server.properties');
    expect(pre.slice(0, 2)).toEqual(['storage', 'format']);
    expect(pre[pre.indexOf('--config') + 1]).toBe(configPath);
    expect(pre).toContain('--ignore-formatted');
    expect(pre[pre.indexOf('--cluster-id') + 1]).toBe('${SKIFF_CLUSTER_ID}');
    expect(service.get('EnvironmentFile')?.[0]).toBe('/etc/skiff/skiff.env');

    // Run ExecStartPre for real (in-process) on the sample config, twice: the second run is a no-op.
    const dir = await freshDir('systemd');
    const args = pre.slice(1).map((a) => (a === '${SKIFF_CLUSTER_ID}' ? 'qctaKkRiQpyBpagnmNTDMw' : a === configPath ? repo('deploy/systemd/server.properties') : a));
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t) };
    expect(await runStorageCommand([...args, '--override', `log.dirs=${dir}/data`], io), out).toBe(0);
    const meta = await readFile(join(dir, 'data/meta.properties'), 'utf8');
    expect(meta).toContain('node.id=1');
    out = '';
    expect(await runStorageCommand([...args, '--override', `log.dirs=${dir}/data`], io), out).toBe(0);
    expect(out).toContain('All directories were already formatted.');
    expect(await readFile(join(dir, 'data/meta.properties'), 'utf8')).toBe(meta);
  });
});

describe('deploy/local', () => {
  it('run.sh is `npm start`, which runs skiff local-cluster', async () => {
    const script = await read('deploy/local/run.sh');
    expect(script).toMatch(/^exec npm start -- "\$@"$/m);
    const pkg = JSON.parse(await read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toMatch(/\bdist\/src\/cli\/main\.js local-cluster$/);
    expect(await read('deploy/local/README.md')).toContain('npm start');
  });

  it('node-<n>.properties parse and match the local cluster\'s layout (ports from 9092, data/node-<n>)', async () => {
    const source = await read('src/cli/local-cluster.ts');
    const basePort = Number(/const basePort = (\d+);/.exec(source)?.[1]);
    expect(source).toContain(`'data-dir': { type: 'string', default: './data' }`);
    expect(source).toContain('join(root, `node-${id}`)');
    const voterLists = new Set<string>();
    for (const n of [1, 2, 3]) {
      const config = await loadServerConfig(new NodeFileSystem(), repo(`deploy/local/node-${n}.properties`));
      expect(config.nodeId).toBe(n);
      expect(config.listener).toEqual({ name: 'PLAINTEXT', host: '127.0.0.1', port: basePort + n - 1 });
      expect(config.logDirs).toEqual([`data/node-${n}`]);
      voterLists.add(config.controllerQuorumVoters.map((v) => `${v.nodeId}@${v.host}:${v.port}`).join(','));
    }
    expect([...voterLists]).toEqual([`1@127.0.0.1:${basePort},2@127.0.0.1:${basePort + 1},3@127.0.0.1:${basePort + 2}`]);
  });
});

// The scripts must stay executable in the repository (the Dockerfile sets the mode itself; run.sh is run directly).
describe('deploy scripts', () => {
  it.each(['deploy/docker/entrypoint.sh', 'deploy/docker/skiff-probe.sh', 'deploy/local/run.sh'])('%s is executable and parses with its shell', async (path) => {
    expect(statSync(repo(path)).mode & 0o111).not.toBe(0);
    const shell = (await read(path)).startsWith('#!/bin/sh') ? 'sh' : 'bash';
    const r = await run(shell, ['-n', repo(path)], baseEnv());
    expect(r.code, r.stderr).toBe(0);
  });
});
