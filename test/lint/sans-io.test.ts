// Goal: prove the sans-I/O lint rule (DESIGN.md §2, eslint.config.js) has teeth:
// core code that reaches for time, randomness, disk or network fails lint, the
// same code is allowed in the adapter folders, and port-using core code is clean.
// Method: ESLint's Node API with the repo's own eslint.config.js (cwd = repo
// root), linting snippets via lintText under virtual file paths; the files need
// not exist, and the config is not type-aware, so no TS project is involved.
// The last group pins ways around the rule (dynamic import, globalThis, Date
// aliases...) that an earlier version of the config missed.

import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const SANS_IO_RULES = new Set(['no-restricted-imports', 'no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax']);

/** Each snippet is valid, otherwise lint-clean TypeScript that breaks the sans-I/O rule exactly once (or more, for the same reason). */
const violations: Record<string, string> = {
  "importing 'node:fs'": "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  "importing 'fs/promises'": "import * as fsp from 'fs/promises';\nexport const fs = fsp;\n",
  're-exporting from node:fs': "export { readFile } from 'node:fs/promises';\n",
  "importing 'node:crypto'": "import { randomBytes } from 'node:crypto';\nexport const bytes = randomBytes(4);\n",
  "importing 'node:net'": "import { createServer } from 'node:net';\nexport const server = createServer;\n",
  "importing 'node:timers/promises'": "import { setTimeout as sleep } from 'node:timers/promises';\nexport const wait = sleep;\n",
  "importing '@grpc/grpc-js'": "import * as grpc from '@grpc/grpc-js';\nexport const credentials = grpc.credentials;\n",
  "importing 'pino'": "import { pino } from 'pino';\nexport const log = pino();\n",
  'calling Date.now()': 'export const now = Date.now();\n',
  'reading Date.now via destructuring': 'const { now } = Date;\nexport const t = now();\n',
  'calling setTimeout(...)': 'export function later(fn: () => void): void {\n  setTimeout(fn, 10);\n}\n',
  'calling setInterval(...)': 'export const tick = setInterval(() => {}, 10);\n',
  'calling setImmediate(...)': 'export const soon = setImmediate(() => {});\n',
  'calling queueMicrotask(...)': 'queueMicrotask(() => {});\n',
  'calling process.nextTick(...)': 'process.nextTick(() => {});\n',
  'reading process.env': 'export const home = process.env.HOME;\n',
  'calling Math.random()': 'export const coin = Math.random() < 0.5;\n',
  'calling new Date()': 'export const today = new Date();\n',
  'calling new Date without parentheses': 'export const today = new Date;\n',
  'calling performance.now()': 'export const t = performance.now();\n',
  'calling crypto.randomUUID()': 'export const id = crypto.randomUUID();\n',
};

/** Core code doing things the right way: time, timers and randomness through the ports. */
const cleanCore = `import type { Clock } from '../env/clock.js';
import type { Random } from '../env/random.js';
import type { FileSystem } from '../env/file-system.js';

export class ElectionTimer {
  private cancel: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly fs: FileSystem,
  ) {}

  arm(onTimeout: () => void): number {
    this.cancel?.();
    const delay = 150 + this.random.int(150);
    this.cancel = this.clock.setTimer(delay, onTimeout);
    return this.clock.now() + delay;
  }

  async persist(path: string, term: number): Promise<string> {
    const handle = await this.fs.open(path, { create: true });
    await handle.write(0, new TextEncoder().encode(String(term)));
    await handle.sync();
    await handle.close();
    // Formatting a timestamp that came from the Clock is fine.
    return new Date(this.clock.now()).toISOString();
  }
}
`;

describe('sans-I/O lint rule', () => {
  let eslint: ESLint;

  beforeAll(() => {
    eslint = new ESLint({ cwd: repoRoot });
  });

  async function lint(code: string, filePath: string): Promise<Linter.LintMessage[]> {
    expect(await eslint.isPathIgnored(filePath), `${filePath} must not be ignored by eslint.config.js`).toBe(false);
    const [result] = await eslint.lintText(code, { filePath });
    expect(result).toBeDefined();
    return result!.messages;
  }

  const sansIoErrors = (messages: Linter.LintMessage[]): Linter.LintMessage[] =>
    messages.filter((m) => m.severity === 2 && m.ruleId !== null && SANS_IO_RULES.has(m.ruleId));

  const describeMessages = (messages: Linter.LintMessage[]): string =>
    messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? 'fatal'}: ${m.message}`).join('\n');

  describe.each(['src/raft/probe.ts', 'src/storage/log/probe.ts', 'src/client/probe.ts', 'src/common/probe.ts', 'src/env/probe.ts'])(
    'core file %s',
    (filePath) => {
      it.each(Object.entries(violations))('errors on %s', async (_name, code) => {
        const messages = await lint(code, filePath);
        // The snippet must parse (a fatal parse error would "error" for the wrong reason).
        expect(messages.filter((m) => m.fatal), describeMessages(messages)).toEqual([]);
        expect(sansIoErrors(messages).length, describeMessages(messages)).toBeGreaterThan(0);
      });

      it('passes port-using code with no messages at all', async () => {
        const messages = await lint(cleanCore, filePath);
        expect(messages, describeMessages(messages)).toEqual([]);
      });
    },
  );

  describe.each(['src/env/node/probe.ts', 'src/transport/grpc/probe.ts', 'src/server/probe.ts', 'src/cli/probe.ts', 'src/node-client/probe.ts'])(
    'adapter file %s',
    (filePath) => {
      it.each(Object.entries(violations))('allows %s', async (_name, code) => {
        const messages = await lint(code, filePath);
        expect(messages, describeMessages(messages)).toEqual([]);
      });
    },
  );

  it('does not apply to tests', async () => {
    const messages = await lint(violations['calling Date.now()']!, 'test/raft/probe.test.ts');
    expect(sansIoErrors(messages), describeMessages(messages)).toEqual([]);
  });

  describe('indirect ways around the rule', () => {
    const gaps: Record<string, string> = {
      "dynamic import('node:fs')": "export async function load(): Promise<unknown> {\n  return import('node:fs');\n}\n",
      "createRequire from 'node:module'": "import { createRequire } from 'node:module';\nexport const fs: unknown = createRequire(import.meta.url)('fs');\n",
      'globalThis.setTimeout(...)': 'globalThis.setTimeout(() => {}, 1);\n',
      'globalThis.Date.now()': 'export const now = globalThis.Date.now();\n',
      'aliasing Date': 'const Clockless = Date;\nexport const now = Clockless.now();\n',
      'calling Date() without new': 'export const stamp = Date();\n',
      "importing 'node:os'": "import { hostname } from 'node:os';\nexport const host = hostname();\n",
      'calling fetch(...)': "export const response = fetch('http://example.com');\n",
    };
    it.each(Object.entries(gaps))('%s is caught in core code', async (_name, code) => {
      const messages = await lint(code, 'src/raft/probe.ts');
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(sansIoErrors(messages).length).toBeGreaterThan(0);
    });
  });
});
