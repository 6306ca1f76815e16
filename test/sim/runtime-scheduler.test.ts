// Goal: the Scheduler runs events in (time, insertion) order, drains every
// microtask an event spawns before the next event, propagates failures, and a
// run is a pure function of its seed (same seed, same trace hash).
// Method: small hand-built event sets with recorded orders; for determinism a
// seeded workload over SimNetwork + SimClock run twice per seed, plus a
// throughput smoke check of the hot loop.

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { TraceHash } from '../../sim/runtime/trace.js';
import { SimClock } from '../../sim/runtime/sim-clock.js';
import { SimNetwork } from '../../sim/runtime/sim-network.js';

describe('Scheduler ordering', () => {
  it('orders by time, then by insertion', async () => {
    const s = new Scheduler();
    const seen: string[] = [];
    s.at(10, 'a', () => seen.push('a10'));
    s.at(5, 'b', () => seen.push('b5'));
    s.at(10, 'c', () => seen.push('c10'));
    s.at(5, 'd', () => seen.push('d5'));
    s.after(0, 'e', () => seen.push('e0'));
    await s.run();
    expect(seen).toEqual(['e0', 'b5', 'd5', 'a10', 'c10']);
    expect(s.now).toBe(10);
    expect(s.eventsExecuted).toBe(5);
  });

  it('keeps order across many random insertions (heap check)', async () => {
    const s = new Scheduler();
    const r = SeededRandom.fromSeed(7);
    const seen: [number, number][] = [];
    for (let i = 0; i < 2000; i++) {
      const t = r.int(50);
      s.at(t, 'x', () => seen.push([t, i]));
    }
    await s.run();
    const sorted = [...seen].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(seen).toEqual(sorted);
  });

  it('cancel prevents an event and is idempotent', async () => {
    const s = new Scheduler();
    const seen: string[] = [];
    const cancel = s.at(1, 'a', () => seen.push('a'));
    s.at(2, 'b', () => seen.push('b'));
    cancel();
    cancel();
    expect(s.pendingEvents).toBe(1);
    await s.run();
    expect(seen).toEqual(['b']);
  });

  it('survives compaction of many cancelled events', async () => {
    const s = new Scheduler();
    let fired = 0;
    for (let i = 0; i < 20_000; i++) {
      const cancel = s.at(100 + i, 't', () => fired++);
      if (i % 10 !== 0) cancel();
    }
    expect(s.pendingEvents).toBe(2000);
    await s.run();
    expect(fired).toBe(2000);
  });

  it('untilMs advances time; maxEvents and stop bound a run', async () => {
    const s = new Scheduler();
    const seen: number[] = [];
    for (const t of [1, 2, 3, 50]) s.at(t, 'x', () => seen.push(t));
    await s.run({ maxEvents: 1 });
    expect(seen).toEqual([1]);
    await s.run({ stop: () => seen.length >= 2 });
    expect(seen).toEqual([1, 2]);
    await s.run({ untilMs: 20 });
    expect(seen).toEqual([1, 2, 3]);
    expect(s.now).toBe(20);
    expect(() => s.at(19, 'past', () => {})).toThrow(RangeError);
    await s.run();
    expect(s.now).toBe(50);
  });
});

describe('Scheduler microtask draining', () => {
  it('finishes an async chain before the next event', async () => {
    const s = new Scheduler();
    const seen: string[] = [];
    s.at(1, 'chain', () => {
      void (async () => {
        for (let i = 0; i < 50; i++) await Promise.resolve();
        seen.push('chain-mid');
        await new Promise<void>((r) => queueMicrotask(r));
        seen.push('chain-done');
      })();
    });
    s.at(1, 'next', () => seen.push('next'));
    await s.run();
    expect(seen).toEqual(['chain-mid', 'chain-done', 'next']);
  });

  it('a throwing event ends run() with its error', async () => {
    const s = new Scheduler();
    s.at(1, 'boom', () => {
      throw new Error('invariant broken');
    });
    s.at(2, 'later', () => {});
    await expect(s.run()).rejects.toThrow('invariant broken');
    expect(s.now).toBe(1);
  });

  it('fail() from an async continuation ends run() after that event', async () => {
    const s = new Scheduler();
    let later = false;
    s.at(1, 'async', () => {
      void Promise.resolve().then(() => s.fail(new Error('async failure')));
    });
    s.at(2, 'later', () => (later = true));
    await expect(s.run()).rejects.toThrow('async failure');
    expect(later).toBe(false);
  });

  it('runs >100k events/s (hot loop)', async () => {
    const s = new Scheduler({ traceEvents: true });
    const n = 50_000;
    let count = 0;
    const tick = (): void => {
      count++;
      if (count < n) s.after(1, 'tick', tick);
    };
    s.after(0, 'tick', tick);
    const start = process.hrtime.bigint();
    await s.run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    expect(count).toBe(n);
    console.log(`scheduler: ${Math.round(n / seconds)} events/s`);
    expect(n / seconds).toBeGreaterThan(50_000); // headroom for loaded CI machines
  });
});

describe('TraceHash', () => {
  it('is order- and boundary-sensitive, 16 hex chars, keeps a bounded tail', () => {
    const a = new TraceHash({ tailLines: 3 });
    const b = new TraceHash();
    const c = new TraceHash();
    for (const l of ['x', 'y', 'z', 'w']) a.record(l);
    b.record('ab');
    b.record('c');
    c.record('a');
    c.record('bc');
    expect(a.hex()).toMatch(/^[0-9a-f]{16}$/);
    expect(b.hex()).not.toBe(c.hex());
    expect(a.tail()).toEqual(['y', 'z', 'w']);
    expect(a.tail(2)).toEqual(['z', 'w']);
    const lines: string[] = [];
    const d = new TraceHash({ sink: (l) => lines.push(l) });
    d.record('one');
    expect(lines).toEqual(['one']);
    expect(new TraceHash().hex()).toBe(new TraceHash().hex());
  });
});

type PingService = { ping: { request: { n: number }; response: { n: number } } };

/** A small seeded workload exercising scheduler, clock skew and network jitter. */
async function workload(seed: number): Promise<string> {
  const s = new Scheduler();
  const random = SeededRandom.fromSeed(seed);
  const net = new SimNetwork<PingService>(s, random.fork('net'), {
    faults: { latency: { minMs: 1, maxMs: 20, tailProbability: 0.1, tailMs: 100 }, dropProbability: 0.1, duplicateProbability: 0.1 },
  });
  const peers = [1, 2, 3];
  for (const p of peers) {
    const t = net.attach(p);
    const clock = new SimClock(s, { label: `n${p}`, rate: 0.9 + random.int(21) / 100 });
    t.serve({ ping: async (_from, req) => ({ n: req.n + 1 }) });
    const loop = (i: number): void => {
      if (i >= 30) return;
      clock.setTimer(random.int(10), () => {
        const to = peers[random.int(peers.length)] as number;
        t.call(to, 'ping', { n: i }, { timeoutMs: 50 }).then(
          (r) => s.trace(`n${p} got ${r.n}`),
          (e: Error) => s.trace(`n${p} err ${e.message}`),
        );
        loop(i + 1);
      });
    };
    loop(0);
  }
  await s.run();
  return s.traceHash.hex();
}

describe('determinism', () => {
  it('same seed gives the same trace hash; different seeds differ', async () => {
    const hashes: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const first = await workload(seed);
      expect(await workload(seed)).toBe(first);
      hashes.push(first);
    }
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
