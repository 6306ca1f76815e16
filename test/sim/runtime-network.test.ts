// Goal: SimNetwork honours the Transport port under faults: calls resolve with
// copied responses, time out at timeoutMs when anything is lost (drop,
// partition, one-way block, unattached peer), handler errors become
// UNKNOWN_SERVER_ERROR, duplicates settle a call once, paused peers hold
// traffic until resume, and a replaced or detached incarnation is dead.
// Method: two or three peers on one Scheduler; outcomes are recorded with the
// virtual time at which they arrived.

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { TransportError, type Transport } from '../../src/env/transport.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimNetwork, type MessageCodec, type NetworkFaults } from '../../sim/runtime/sim-network.js';

type Svc = {
  echo: { request: { value: number[] }; response: { value: number[]; by: number } };
  fail: { request: null; response: null };
};

interface Outcome {
  at: number;
  ok?: Svc['echo']['response'];
  code?: string;
}

function setup(faults: Partial<NetworkFaults> = {}, codec?: MessageCodec) {
  const s = new Scheduler();
  const net = new SimNetwork<Svc>(s, SeededRandom.fromSeed(3), { faults: { latency: { minMs: 5, maxMs: 5 }, ...faults }, codec });
  const handled: number[] = [];
  const serve = (peer: number): Transport<Svc> => {
    const t = net.attach(peer);
    t.serve({
      echo: async (from, req) => {
        handled.push(from);
        req.value.push(peer); // mutating the request must not leak to the caller
        return { value: req.value, by: peer };
      },
      fail: async () => {
        throw new Error('handler exploded');
      },
    });
    return t;
  };
  return { s, net, serve, handled };
}

function record(s: Scheduler, p: Promise<Svc['echo']['response']>): Outcome[] {
  const out: Outcome[] = [];
  p.then(
    (ok) => out.push({ at: s.now, ok }),
    (e: unknown) => out.push({ at: s.now, code: e instanceof TransportError ? e.code : String(e) }),
  );
  return out;
}

describe('SimNetwork delivery', () => {
  it('delivers a request and its response after the latency, copying payloads', async () => {
    const { s, serve } = setup();
    const a = serve(1);
    serve(2);
    const request = { value: [7] };
    const out = record(s, a.call(2, 'echo', request, { timeoutMs: 100 }));
    await s.run();
    expect(out).toEqual([{ at: 10, ok: { value: [7, 2], by: 2 } }]);
    expect(request.value).toEqual([7]);
    expect(s.traceHash.tail().some((l) => l.includes('net deliver req echo 1>2'))).toBe(true);
  });

  it('runs payloads through a codec when given one', async () => {
    const calls: string[] = [];
    const codec: MessageCodec = {
      encode: (method, kind, value) => {
        calls.push(`enc ${method} ${kind}`);
        return new TextEncoder().encode(JSON.stringify(value));
      },
      decode: (method, kind, bytes) => {
        calls.push(`dec ${method} ${kind}`);
        return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      },
    };
    const { s, serve } = setup({}, codec);
    const a = serve(1);
    serve(2);
    const out = record(s, a.call(2, 'echo', { value: [1] }, { timeoutMs: 100 }));
    await s.run();
    expect(out[0]?.ok).toEqual({ value: [1, 2], by: 2 });
    expect(calls).toEqual(['enc echo request', 'dec echo request', 'enc echo response', 'dec echo response']);
  });

  it('turns a handler error into UNKNOWN_SERVER_ERROR', async () => {
    const { s, serve } = setup();
    const a = serve(1);
    serve(2);
    const out = record(s, a.call(2, 'fail', null, { timeoutMs: 100 }) as Promise<never>);
    await s.run();
    expect(out).toEqual([{ at: 10, code: 'UNKNOWN_SERVER_ERROR' }]);
  });
});

describe('SimNetwork faults', () => {
  it('times out at timeoutMs on drop, partition, and unattached peers', async () => {
    for (const scenario of ['drop', 'partition', 'isolate', 'unattached', 'bridge'] as const) {
      const { s, net, serve, handled } = setup(scenario === 'drop' ? { dropProbability: 1 } : {});
      const a = serve(1);
      if (scenario !== 'unattached') serve(2);
      serve(3);
      if (scenario === 'partition') net.partition([[1], [2, 3]]);
      if (scenario === 'isolate') net.isolate(2);
      if (scenario === 'bridge') net.bridge([1], [2], 3);
      const out = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 40 }));
      const viaBridge = record(s, a.call(3, 'echo', { value: [] }, { timeoutMs: 40 }));
      await s.run();
      expect(out, scenario).toEqual([{ at: 40, code: 'REQUEST_TIMED_OUT' }]);
      // Peer 3 is reachable except under drop-everything and the [1] | [2, 3] partition.
      expect(handled, scenario).toEqual(scenario === 'drop' || scenario === 'partition' ? [] : [1]);
      if (scenario === 'bridge') expect(viaBridge[0]?.ok?.by).toBe(3);
    }
  });

  it('a one-way block loses responses but still runs the handler; heal restores', async () => {
    const { s, net, serve, handled } = setup();
    const a = serve(1);
    serve(2);
    net.blockOneWay(2, 1);
    const out = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 40 }));
    await s.run();
    expect(out).toEqual([{ at: 40, code: 'REQUEST_TIMED_OUT' }]);
    expect(handled).toEqual([1]); // indeterminate: the peer did process it
    net.heal();
    const again = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 40 }));
    await s.run();
    expect(again[0]?.ok?.by).toBe(2);
  });

  it('a duplicated request runs the handler twice but settles the call once', async () => {
    const { s, serve, handled } = setup({ duplicateProbability: 1, latency: { minMs: 1, maxMs: 9 } });
    const a = serve(1);
    serve(2);
    const out = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 100 }));
    await s.run();
    expect(out).toHaveLength(1);
    expect(out[0]?.ok?.value).toEqual([2]); // each delivery got its own copy
    expect(handled.length).toBeGreaterThanOrEqual(2);
  });

  it('holds messages to a paused peer until resume', async () => {
    const { s, net, serve, handled } = setup();
    const a = serve(1);
    serve(2);
    net.pausePeer(2);
    const out = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 1000 }));
    await s.run({ untilMs: 500 });
    expect(handled).toEqual([]);
    expect(out).toEqual([]);
    net.resumePeer(2);
    await s.run();
    expect(out).toEqual([{ at: 505, ok: { value: [2], by: 2 } }]);
  });

  it('a paused caller sees its timeout only after resume; its calls are not sent while paused', async () => {
    const { s, net, serve, handled } = setup();
    const a = serve(1);
    serve(2);
    net.pausePeer(1);
    const out = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 50 }));
    await s.run({ untilMs: 200 });
    expect(out).toEqual([]);
    expect(handled).toEqual([]);
    net.resumePeer(1);
    await s.run();
    expect(out).toEqual([{ at: 200, code: 'REQUEST_TIMED_OUT' }]);
  });
});

describe('SimNetwork incarnations', () => {
  it('re-attaching kills the old endpoint: its calls never settle, its handlers never run', async () => {
    const { s, net, serve, handled } = setup();
    const oldA = serve(1);
    serve(2);
    const pending = record(s, oldA.call(2, 'echo', { value: [] }, { timeoutMs: 40 }));
    const newA = serve(1);
    await s.run();
    expect(pending).toEqual([]);
    const late = record(s, oldA.call(2, 'echo', { value: [] }, { timeoutMs: 40 }));
    await s.run();
    expect(late).toEqual([]);
    // Calls to peer 1 reach only the new incarnation's handlers.
    const b = net.attach(3);
    const out = record(s, b.call(1, 'echo', { value: [] }, { timeoutMs: 40 }));
    await s.run();
    expect(out[0]?.ok?.by).toBe(1);
    expect(newA.self).toBe(1);
    expect(handled).toEqual([1, 3]); // the first request (sent before re-attach) still reached peer 2
  });

  it('detach makes the peer unreachable; close fails outstanding calls', async () => {
    const { s, net, serve } = setup();
    const a = serve(1);
    serve(2);
    net.detach(2);
    const out = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 30 }));
    await s.run();
    expect(out).toEqual([{ at: 30, code: 'REQUEST_TIMED_OUT' }]);
    serve(2);
    const closing = record(s, a.call(2, 'echo', { value: [] }, { timeoutMs: 30 }));
    const closedAt = s.now;
    await a.close();
    await s.run();
    expect(closing).toEqual([{ at: closedAt, code: 'NETWORK_EXCEPTION' }]);
    await expect(a.call(2, 'echo', { value: [] }, { timeoutMs: 30 })).rejects.toMatchObject({ code: 'NETWORK_EXCEPTION' });
  });

  it('bounds outstanding calls per endpoint with a clear error', async () => {
    const s = new Scheduler();
    const net = new SimNetwork<Svc>(s, SeededRandom.fromSeed(1), { maxOutstandingCalls: 2 });
    const a = net.attach(1);
    void a.call(9, 'echo', { value: [] }, { timeoutMs: 10 }).catch(() => {});
    void a.call(9, 'echo', { value: [] }, { timeoutMs: 10 }).catch(() => {});
    await expect(a.call(9, 'echo', { value: [] }, { timeoutMs: 10 })).rejects.toThrow(/outstanding calls/);
    await expect(s.run()).rejects.toThrow(/outstanding calls/);
  });
});
