// Goal: createLogger returns a working Logger port over pino: JSON lines at the
// chosen level and above, child bindings, a name, and a one-time notice when
// pretty output is requested without pino-pretty installed.
// Method: log to a file in a temp directory (writes are synchronous, so the
// file can be read straight after logging) and parse the lines.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/env/logger.js';
import { createLogger } from '../../src/env/node/pino-logger.js';

describe('createLogger', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skiff-log-test-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const lines = async (path: string): Promise<Record<string, unknown>[]> =>
    (await readFile(path, 'utf8')).split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes JSON lines at the level and above, with name and child bindings', async () => {
    const path = join(dir, 'logs', 'node.log'); // the directory is created on demand
    const logger: Logger = createLogger({ level: 'info', name: 'skiff', destination: path });
    logger.debug('hidden');
    logger.info('started');
    logger.child({ partition: 'orders-0' }).warn({ term: 3 }, 'became leader');
    const [first, second, ...rest] = await lines(path);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ level: 30, name: 'skiff', msg: 'started' });
    expect(second).toMatchObject({ level: 40, name: 'skiff', partition: 'orders-0', term: 3, msg: 'became leader' });
  });

  it('defaults to level info', async () => {
    const path = join(dir, 'default.log');
    const logger = createLogger({ destination: path });
    logger.trace('no');
    logger.debug('no');
    logger.error('yes');
    expect((await lines(path)).map((l) => l.msg)).toEqual(['yes']);
  });

  it('falls back to JSON when pino-pretty is missing, saying so once per process', async () => {
    const a = join(dir, 'a.log');
    const b = join(dir, 'b.log');
    const missing = (): boolean => false;
    createLogger({ pretty: true, destination: a, prettyAvailable: missing }).info('hello');
    createLogger({ pretty: true, destination: b, prettyAvailable: missing }).info('again');
    const first = await lines(a);
    expect(first.map((l) => l.level)).toEqual([40, 30]);
    expect(String(first[0]?.msg)).toMatch(/pino-pretty/);
    expect((await lines(b)).map((l) => l.msg)).toEqual(['again']);
  });
});
