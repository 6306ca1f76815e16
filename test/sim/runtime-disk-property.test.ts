// Goal: SimDisk's crash semantics match a tiny independent model of the
// durability contract under arbitrary operation sequences.
// Method: fast-check generates (shrinkable) scripts of create / write /
// append / truncate / sync / failed sync / rename / remove / syncDir / crash
// over three names in one directory. The model keeps, per name, an inode id,
// and per inode current and durable byte arrays, plus a current and a durable
// listing. After every step the real disk's listing and file contents must
// equal the model's current state (after a crash that is the durable state).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { FileSystem } from '../../src/env/file-system.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';

type Name = 'a' | 'b' | 'c';
type Cmd =
  | { op: 'create'; name: Name }
  | { op: 'write'; name: Name; pos: number; data: number[] }
  | { op: 'append'; name: Name; data: number[] }
  | { op: 'truncate'; name: Name; size: number }
  | { op: 'sync'; name: Name; fail: boolean }
  | { op: 'rename'; from: Name; to: Name }
  | { op: 'remove'; name: Name }
  | { op: 'syncDir'; fail: boolean }
  | { op: 'crash' };

interface Model {
  names: Map<Name, number>;
  durableNames: Map<Name, number>;
  inodes: Map<number, { current: number[]; durable: number[] }>;
  nextInode: number;
}

const name = fc.constantFrom<Name>('a', 'b', 'c');
const data = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 6 });
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), name }),
  fc.record({ op: fc.constant('write' as const), name, pos: fc.nat(12), data }),
  fc.record({ op: fc.constant('append' as const), name, data }),
  fc.record({ op: fc.constant('truncate' as const), name, size: fc.nat(12) }),
  fc.record({ op: fc.constant('sync' as const), name, fail: fc.boolean() }),
  fc.record({ op: fc.constant('rename' as const), from: name, to: name }),
  fc.record({ op: fc.constant('remove' as const), name }),
  fc.record({ op: fc.constant('syncDir' as const), fail: fc.boolean() }),
  fc.constant({ op: 'crash' as const }),
);

/** Applies `c` to the model; returns false when the real side should skip it (name missing). */
function applyModel(m: Model, c: Cmd): boolean {
  const inodeOf = (n: Name) => {
    const id = m.names.get(n);
    return id === undefined ? undefined : m.inodes.get(id);
  };
  switch (c.op) {
    case 'create':
      if (!m.names.has(c.name)) {
        m.inodes.set(m.nextInode, { current: [], durable: [] });
        m.names.set(c.name, m.nextInode++);
      }
      return true;
    case 'write': {
      const f = inodeOf(c.name);
      if (f === undefined) return false;
      while (f.current.length < c.pos) f.current.push(0);
      c.data.forEach((b, i) => (f.current[c.pos + i] = b));
      return true;
    }
    case 'append': {
      const f = inodeOf(c.name);
      if (f === undefined) return false;
      f.current.push(...c.data);
      return true;
    }
    case 'truncate': {
      const f = inodeOf(c.name);
      if (f === undefined) return false;
      f.current.length = Math.min(f.current.length, c.size);
      while (f.current.length < c.size) f.current.push(0);
      return true;
    }
    case 'sync': {
      const f = inodeOf(c.name);
      if (f === undefined) return false;
      if (!c.fail) f.durable = [...f.current];
      return true;
    }
    case 'rename': {
      const id = m.names.get(c.from);
      if (id === undefined) return false;
      m.names.delete(c.from);
      m.names.set(c.to, id);
      return true;
    }
    case 'remove':
      m.names.delete(c.name);
      return true;
    case 'syncDir':
      if (!c.fail) m.durableNames = new Map(m.names);
      return true;
    case 'crash':
      m.names = new Map(m.durableNames);
      for (const id of m.names.values()) {
        const f = m.inodes.get(id);
        if (f !== undefined) f.current = [...f.durable];
      }
      return true;
  }
}

async function applyReal(disk: SimDisk, fs: FileSystem, c: Cmd): Promise<FileSystem> {
  const withFile = async (n: Name, fn: (h: Awaited<ReturnType<FileSystem['open']>>) => Promise<unknown>) => {
    const h = await fs.open(n);
    await fn(h);
    await h.close();
  };
  const expectEio = (p: Promise<unknown>) => expect(p).rejects.toMatchObject({ code: 'EIO' });
  switch (c.op) {
    case 'create':
      await (await fs.open(c.name, { create: true })).close();
      break;
    case 'write':
      await withFile(c.name, (h) => h.write(c.pos, Uint8Array.from(c.data)));
      break;
    case 'append':
      await withFile(c.name, (h) => h.append(Uint8Array.from(c.data)));
      break;
    case 'truncate':
      await withFile(c.name, (h) => h.truncate(c.size));
      break;
    case 'sync':
      disk.syncFailureProbability = c.fail ? 1 : 0;
      await withFile(c.name, (h) => (c.fail ? expectEio(h.sync()) : h.sync()));
      break;
    case 'rename':
      await fs.rename(c.from, c.to);
      break;
    case 'remove':
      await fs.remove(c.name);
      break;
    case 'syncDir':
      disk.syncFailureProbability = c.fail ? 1 : 0;
      await (c.fail ? expectEio(fs.syncDir('.')) : fs.syncDir('.'));
      break;
    case 'crash':
      disk.crash(SeededRandom.fromSeed(0), { tearLastWrite: false });
      return disk.mount();
  }
  return fs;
}

async function expectSame(fs: FileSystem, m: Model): Promise<void> {
  expect(await fs.list('.')).toEqual([...m.names.keys()].sort());
  for (const [n, id] of m.names) {
    expect([...(await fs.readFile(n))]).toEqual(m.inodes.get(id)?.current);
  }
}

describe('SimDisk vs a durability model', () => {
  it('matches the model after every step of random scripts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { maxLength: 40 }), async (cmds) => {
        const disk = new SimDisk(new Scheduler(), SeededRandom.fromSeed(1));
        let fs = disk.mount();
        const m: Model = { names: new Map(), durableNames: new Map(), inodes: new Map(), nextInode: 0 };
        for (const c of cmds) {
          if (!applyModel(m, c)) continue;
          fs = await applyReal(disk, fs, c);
          await expectSame(fs, m);
        }
        disk.crash(SeededRandom.fromSeed(0), { tearLastWrite: false });
        applyModel(m, { op: 'crash' });
        await expectSame(disk.mount(), m);
      }),
      { numRuns: 300 },
    );
  });
});
