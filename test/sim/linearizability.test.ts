// Goal: show the linearizability checker accepts exactly the histories an
// atomic key-value register can produce. Method: hand-written histories for
// each semantic corner (real-time order, concurrency, cas, 'info' and 'fail'
// outcomes, budgets, reporting); fast-check properties that simulate a real
// atomic register — every op takes effect at one instant inside its interval —
// so the checker must accept, and then corrupt one read so it must reject; and
// a timing check on a simulator-sized history.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkLinearizable, type KvInput, type KvOperation, type KvOutput } from '../../sim/checkers/linearizability.js';

// --- History builders -------------------------------------------------------------

let nextId = 0;

function ok(client: number, input: KvInput, output: KvOutput, invokeMs: number, completeMs: number): KvOperation {
  return { id: nextId++, client, input, invokeMs, outcome: { type: 'ok', output, completeMs } };
}

function info(client: number, input: KvInput, invokeMs: number): KvOperation {
  return { id: nextId++, client, input, invokeMs, outcome: { type: 'info' } };
}

function fail(client: number, input: KvInput, invokeMs: number, completeMs: number): KvOperation {
  return { id: nextId++, client, input, invokeMs, outcome: { type: 'fail', completeMs } };
}

const put = (value: string, key = 'x'): KvInput => ({ kind: 'put', key, value });
const get = (key = 'x'): KvInput => ({ kind: 'get', key });
const cas = (expected: string | null, value: string, key = 'x'): KvInput => ({ kind: 'cas', key, expected, value });
const putDone: KvOutput = { kind: 'put' };
const read = (value: string | null): KvOutput => ({ kind: 'get', value });
const casDone = (success: boolean): KvOutput => ({ kind: 'cas', ok: success });

describe('checkLinearizable: hand-written histories', () => {
  it('accepts the empty history and a sequential one', () => {
    expect(checkLinearizable([]).ok).toBe(true);
    const result = checkLinearizable([ok(0, get(), read(null), 0, 1), ok(0, put('a'), putDone, 2, 3), ok(0, get(), read('a'), 4, 5)]);
    expect(result).toMatchObject({ ok: true });
    expect(result.undecided).toBeUndefined();
  });

  it('rejects a stale read after a completed put and names the key and ops', () => {
    const w = ok(0, put('a'), putDone, 0, 10);
    const r = ok(1, get(), read(null), 20, 30);
    const result = checkLinearizable([w, r]);
    expect(result.ok).toBe(false);
    expect(result.key).toBe('x');
    expect(result.reason).toContain('key "x"');
    expect(result.reason).toContain(`#${w.id} client 0 put("a") → ok [0, 10]`);
    expect(result.reason).toContain(`#${r.id} client 1 get() → null [20, 30]`);
  });

  it('lets a read concurrent with a put see either the old or the new value', () => {
    const w = ok(0, put('a'), putDone, 0, 10);
    expect(checkLinearizable([w, ok(1, get(), read(null), 5, 6)]).ok).toBe(true);
    expect(checkLinearizable([w, ok(1, get(), read('a'), 5, 6)]).ok).toBe(true);
    expect(checkLinearizable([w, ok(1, get(), read('b'), 5, 6)]).ok).toBe(false);
  });

  it('treats intervals that touch at the same instant as concurrent', () => {
    expect(checkLinearizable([ok(0, put('a'), putDone, 0, 10), ok(1, get(), read(null), 10, 12)]).ok).toBe(true);
  });

  it('rejects two readers that observe two concurrent puts in opposite orders', () => {
    const puts = [ok(0, put('a'), putDone, 0, 100), ok(1, put('b'), putDone, 0, 100)];
    const consistent = [...puts, ok(2, get(), read('a'), 10, 20), ok(2, get(), read('b'), 30, 40), ok(3, get(), read('a'), 10, 20), ok(3, get(), read('b'), 30, 40)];
    const inconsistent = [...puts, ok(2, get(), read('a'), 10, 20), ok(2, get(), read('b'), 30, 40), ok(3, get(), read('b'), 10, 20), ok(3, get(), read('a'), 30, 40)];
    expect(checkLinearizable(consistent).ok).toBe(true);
    expect(checkLinearizable(inconsistent).ok).toBe(false);
  });

  it('requires the final value after concurrent puts to be one of them, consistently', () => {
    const puts = [ok(0, put('a'), putDone, 0, 10), ok(1, put('b'), putDone, 0, 10)];
    expect(checkLinearizable([...puts, ok(2, get(), read('b'), 20, 21), ok(2, get(), read('b'), 22, 23)]).ok).toBe(true);
    expect(checkLinearizable([...puts, ok(2, get(), read('a'), 20, 21), ok(2, get(), read('b'), 22, 23)]).ok).toBe(false);
  });

  describe('cas', () => {
    it('succeeds exactly when the current value equals expected', () => {
      expect(checkLinearizable([ok(0, cas(null, 'a'), casDone(true), 0, 1), ok(0, get(), read('a'), 2, 3)]).ok).toBe(true);
      expect(checkLinearizable([ok(0, put('a'), putDone, 0, 1), ok(0, cas('a', 'b'), casDone(true), 2, 3), ok(0, get(), read('b'), 4, 5)]).ok).toBe(true);
      expect(checkLinearizable([ok(0, put('a'), putDone, 0, 1), ok(0, cas(null, 'b'), casDone(true), 2, 3)]).ok).toBe(false);
    });

    it('fails exactly when the current value differs, leaving it unchanged', () => {
      expect(checkLinearizable([ok(0, put('a'), putDone, 0, 1), ok(0, cas('z', 'b'), casDone(false), 2, 3), ok(0, get(), read('a'), 4, 5)]).ok).toBe(true);
      expect(checkLinearizable([ok(0, put('a'), putDone, 0, 1), ok(0, cas('a', 'b'), casDone(false), 2, 3)]).ok).toBe(false);
      expect(checkLinearizable([ok(0, cas('z', 'b'), casDone(false), 0, 1), ok(0, get(), read('b'), 2, 3)]).ok).toBe(false);
    });

    it('allows only one of two concurrent cas on the same expected value to win', () => {
      const both = [ok(0, cas(null, 'a'), casDone(true), 0, 10), ok(1, cas(null, 'b'), casDone(true), 0, 10)];
      const oneWins = [ok(0, cas(null, 'a'), casDone(true), 0, 10), ok(1, cas(null, 'b'), casDone(false), 0, 10), ok(2, get(), read('a'), 20, 21)];
      expect(checkLinearizable(both).ok).toBe(false);
      expect(checkLinearizable(oneWins).ok).toBe(true);
    });

    it('lets an indeterminate cas take effect only if its expectation held', () => {
      const setup = ok(0, put('a'), putDone, 0, 1);
      expect(checkLinearizable([setup, info(1, cas('a', 'b'), 2), ok(2, get(), read('b'), 50, 51)]).ok).toBe(true);
      expect(checkLinearizable([setup, info(1, cas('z', 'b'), 2), ok(2, get(), read('b'), 50, 51)]).ok).toBe(false);
    });
  });

  describe("'info' operations", () => {
    it('may take effect long after invocation, or never', () => {
      const w = info(0, put('a'), 0);
      expect(checkLinearizable([w, ok(1, get(), read(null), 50, 60), ok(1, get(), read('a'), 1000, 1010)]).ok).toBe(true);
      expect(checkLinearizable([w, ok(1, get(), read(null), 50, 60), ok(1, get(), read(null), 1000, 1010)]).ok).toBe(true);
    });

    it('cannot be undone once observed, nor take effect before invocation', () => {
      expect(checkLinearizable([info(0, put('a'), 0), ok(1, get(), read('a'), 50, 60), ok(1, get(), read(null), 70, 80)]).ok).toBe(false);
      expect(checkLinearizable([ok(1, get(), read('a'), 0, 10), info(0, put('a'), 20)]).ok).toBe(false);
    });

    it('ignores indeterminate gets, whatever they might have returned', () => {
      expect(checkLinearizable([info(0, get(), 0), ok(0, put('a'), putDone, 5, 6)]).ok).toBe(true);
    });
  });

  it("ignores 'fail' operations: they never took effect", () => {
    const failed = fail(0, put('a'), 0, 10);
    expect(checkLinearizable([failed, ok(1, get(), read(null), 20, 30)]).ok).toBe(true);
    expect(checkLinearizable([failed, ok(1, get(), read('a'), 20, 30)]).ok).toBe(false);
    expect(checkLinearizable([fail(0, get(), 0, 10), fail(0, cas(null, 'b'), 11, 12)]).ok).toBe(true);
  });

  it('checks keys independently and reports the failing one', () => {
    const history = [
      ok(0, put('a', 'x'), putDone, 0, 10),
      ok(1, get('y'), read('a'), 20, 30), // 'a' was written to x, not y
      ok(1, get('x'), read('a'), 20, 30),
    ];
    expect(checkLinearizable(history)).toMatchObject({ ok: false, key: 'y' });
  });

  it('reports the shortest failing prefix, ending at the op that cannot be explained', () => {
    const history: KvOperation[] = [];
    for (let i = 0; i < 10; i++) history.push(ok(0, put(`v${i}`), putDone, i * 10, i * 10 + 5));
    const stale = ok(1, get(), read('v3'), 200, 210);
    history.push(stale);
    for (let i = 0; i < 5; i++) history.push(ok(0, get(), read('v9'), 300 + i * 10, 305 + i * 10));
    const result = checkLinearizable(history);
    expect(result.ok).toBe(false);
    expect(result.reason).toContain(`ends when op #${stale.id} completes at t=210ms`);
    expect(result.reason).not.toContain('[300, 305]');
  });

  it('returns undecided rather than searching past the budget', () => {
    const history: KvOperation[] = [];
    for (let c = 0; c < 8; c++) history.push(ok(c, put(`v${c}`), putDone, 0, 100));
    history.push(ok(9, get(), read('v3'), 200, 201));
    const result = checkLinearizable(history, { maxExploredStates: 5 });
    expect(result).toMatchObject({ ok: true, undecided: true, key: 'x' });
    expect(result.explored).toBeLessThanOrEqual(6);
    expect(checkLinearizable(history).undecided).toBeUndefined();
  });

  it("memoises (linearized set, state) so many concurrent writes don't explode factorially", () => {
    // 12 concurrent puts have 12! orders but only 2^12 × 13 distinct (set, state) nodes.
    const history: KvOperation[] = [];
    for (let c = 0; c < 12; c++) history.push(ok(c, put(`v${c}`), putDone, 0, 100));
    history.push(ok(12, get(), read('nobody-wrote-this'), 200, 201));
    const result = checkLinearizable(history);
    expect(result).toMatchObject({ ok: false, key: 'x' });
    expect(result.explored).toBeLessThan(1_000_000);
  });

  it('prefers a definite violation on one key over an undecided other key', () => {
    const history: KvOperation[] = [];
    for (let c = 0; c < 8; c++) history.push(ok(c, put(`v${c}`, 'a'), putDone, 0, 100));
    history.push(ok(0, put('w', 'b'), putDone, 0, 10), ok(1, get('b'), read(null), 20, 30));
    expect(checkLinearizable(history, { maxExploredStates: 3 })).toMatchObject({ ok: false, key: 'b' });
  });

  it('rejects malformed histories loudly', () => {
    expect(() => checkLinearizable([ok(0, get(), putDone, 0, 1)])).toThrow(/get input has put output/);
    expect(() => checkLinearizable([ok(0, put('a'), putDone, 5, 1)])).toThrow(/precedes/);
  });
});

// --- Simulated atomic register ----------------------------------------------------

type Fate = 'ok' | 'fail' | 'info-applied' | 'info-lost';

interface PlannedOp {
  readonly input: KvInput;
  readonly gapMs: number; // think time before invoking
  readonly durationMs: number;
  readonly point: number; // where in [0, 1] of its effect window the op takes effect
  readonly fate: Fate;
  readonly lateMs: number; // extra window for 'info-applied': it may land after the client gave up
}

interface Applied {
  readonly op: KvOperation;
  readonly atMs: number; // the instant it takes effect
  readonly completeMs: number | null; // null when the client never learns the outcome
}

// Each client runs its ops back to back; each op that takes effect does so at
// one instant inside its window, and outputs come from applying the ops in
// that instant order to a plain Map — an atomic register by construction.
function simulateRegister(clients: readonly (readonly PlannedOp[])[]): KvOperation[] {
  const history: KvOperation[] = [];
  const applied: Applied[] = [];
  clients.forEach((plan, client) => {
    let now = 0;
    for (const step of plan) {
      const invokeMs = now + step.gapMs;
      const completeMs = invokeMs + step.durationMs;
      now = completeMs;
      const op: KvOperation = { id: history.length, client, input: step.input, invokeMs, outcome: { type: 'info' } };
      history.push(op);
      if (step.fate === 'fail') op.outcome = { type: 'fail', completeMs };
      if (step.fate === 'ok') applied.push({ op, atMs: invokeMs + step.point * step.durationMs, completeMs });
      if (step.fate === 'info-applied') applied.push({ op, atMs: invokeMs + step.point * (step.durationMs + step.lateMs), completeMs: null });
    }
  });
  applied.sort((a, b) => a.atMs - b.atMs || a.op.id - b.op.id);
  const store = new Map<string, string>();
  for (const { op, completeMs } of applied) {
    const output = applyOne(store, op.input);
    if (completeMs !== null) op.outcome = { type: 'ok', output, completeMs };
  }
  return history;
}

function applyOne(store: Map<string, string>, input: KvInput): KvOutput {
  const current = store.get(input.key) ?? null;
  if (input.kind === 'get') return { kind: 'get', value: current };
  if (input.kind === 'put') {
    store.set(input.key, input.value);
    return { kind: 'put' };
  }
  const success = current === input.expected;
  if (success) store.set(input.key, input.value);
  return { kind: 'cas', ok: success };
}

const KEYS = ['x', 'y'];
const VALUES = ['v0', 'v1', 'v2', 'v3'];

const inputArb: fc.Arbitrary<KvInput> = fc.oneof(
  fc.record({ kind: fc.constant('get' as const), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant('put' as const), key: fc.constantFrom(...KEYS), value: fc.constantFrom(...VALUES) }),
  fc.record({ kind: fc.constant('cas' as const), key: fc.constantFrom(...KEYS), expected: fc.constantFrom(null, ...VALUES), value: fc.constantFrom(...VALUES) }),
);

const plannedOpArb: fc.Arbitrary<PlannedOp> = fc.record({
  input: inputArb,
  gapMs: fc.integer({ min: 0, max: 5 }),
  durationMs: fc.integer({ min: 0, max: 20 }),
  point: fc.double({ min: 0, max: 1, noNaN: true }),
  fate: fc.constantFrom<Fate>('ok', 'ok', 'ok', 'ok', 'fail', 'info-applied', 'info-lost'),
  lateMs: fc.integer({ min: 0, max: 100 }),
});

const historyArb = fc.array(fc.array(plannedOpArb, { maxLength: 8 }), { minLength: 1, maxLength: 4 }).map(simulateRegister);

const NEVER_WRITTEN = 'never-written';

function isCompletedGet(op: KvOperation): boolean {
  return op.input.kind === 'get' && op.outcome.type === 'ok';
}

// Replaces the value returned by the n-th completed get (mod their count).
function corruptOneRead(history: readonly KvOperation[], n: number): KvOperation[] {
  const gets = history.filter(isCompletedGet);
  const victim = gets[n % gets.length];
  return history.map((op) =>
    op === victim && op.outcome.type === 'ok' ? { ...op, outcome: { ...op.outcome, output: { kind: 'get', value: NEVER_WRITTEN } } } : op,
  );
}

describe('checkLinearizable: properties', () => {
  it('accepts every history produced by an atomic register', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const result = checkLinearizable(history);
        expect(result.reason).toBeUndefined();
        expect(result).toMatchObject({ ok: true });
        expect(result.undecided).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('rejects the history once one read returns a value nobody wrote', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), (history, n) => {
        fc.pre(history.some(isCompletedGet));
        const result = checkLinearizable(corruptOneRead(history, n));
        expect(result.ok).toBe(false);
        expect(result.reason).toContain(NEVER_WRITTEN);
      }),
      { numRuns: 300 },
    );
  });
});

// --- Performance ------------------------------------------------------------------

// Small deterministic PRNG (mulberry32) so the timing test is reproducible.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPlan(seed: number, clients: number, opsPerClient: number, keys: readonly string[]): PlannedOp[][] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const input = (): KvInput => {
    const key = pick(keys);
    const roll = random();
    if (roll < 0.45) return { kind: 'get', key };
    if (roll < 0.8) return { kind: 'put', key, value: pick(VALUES) };
    return { kind: 'cas', key, expected: pick([null, ...VALUES]), value: pick(VALUES) };
  };
  const fates: Fate[] = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'fail', 'info-applied', 'info-lost'];
  return Array.from({ length: clients }, () =>
    Array.from({ length: opsPerClient }, () => ({
      input: input(),
      gapMs: Math.floor(random() * 3),
      durationMs: 1 + Math.floor(random() * 15),
      point: random(),
      fate: pick(fates),
      lateMs: Math.floor(random() * 200),
    })),
  );
}

describe('checkLinearizable: performance', () => {
  const keys = ['k0', 'k1', 'k2', 'k3', 'k4'];

  it('checks a 300-op, 5-key, 5-client history well under a second', () => {
    for (const seed of [1, 2, 3]) {
      const history = simulateRegister(randomPlan(seed, 5, 60, keys));
      expect(history).toHaveLength(300);
      const started = performance.now();
      const result = checkLinearizable(history);
      const elapsedMs = performance.now() - started;
      expect(result).toMatchObject({ ok: true });
      expect(result.undecided).toBeUndefined();
      expect(elapsedMs).toBeLessThan(500);
    }
  });

  it('finds and explains a violation in the same history quickly', () => {
    const history = corruptOneRead(simulateRegister(randomPlan(7, 5, 60, keys)), 40);
    const started = performance.now();
    const result = checkLinearizable(history);
    const elapsedMs = performance.now() - started;
    expect(result.ok).toBe(false);
    expect(result.reason).toContain(NEVER_WRITTEN);
    expect(elapsedMs).toBeLessThan(500);
  });
});
