// Scheduler: the simulator's only source of macrotasks. It owns virtual time
// and one binary-heap event queue ordered by (timeMs, insertion sequence), the
// same tie-break as Kafka's raft simulation, so a seed replays bit for bit.
// Invariants: `now` never goes backwards; events run one at a time and all
// microtasks they spawn settle before the next event (so async/await in core
// code is deterministic); a throwing event, or a failure reported via fail(),
// ends run() with that error (an assertion failure fails the seed). The queue
// is bounded by `maxQueued` (a runaway timer loop is a bug, not load).

import { TraceHash, type TraceOptions } from './trace.js';

export type Cancel = () => void;

export interface RunOptions {
  /** Run events due at or before this virtual time, then advance `now` to it. */
  untilMs?: number;
  /** Stop after this many events (counted per run() call). */
  maxEvents?: number;
  /** Checked before every event; stop when it returns true. */
  stop?: () => boolean;
}

export interface SchedulerOptions {
  trace?: TraceOptions;
  /** Fold every executed event's label into the trace hash (default true). */
  traceEvents?: boolean;
  /** Upper bound on queued events, cancelled ones included until compaction. */
  maxQueued?: number;
}

interface SimEvent {
  readonly timeMs: number;
  readonly seq: number;
  readonly label: string;
  fn: (() => void) | null; // null once cancelled or run
}

/** Resolves on the next macrotask turn; by then Node has drained every microtask. */
function nextTurn(resolve: () => void): void {
  setImmediate(resolve);
}

export class Scheduler {
  /** Virtual time in ms. Starts at 0. */
  now = 0;
  /** Events executed over the scheduler's lifetime. */
  eventsExecuted = 0;
  readonly traceHash: TraceHash;

  private readonly heap: SimEvent[] = [];
  private nextSeq = 0;
  private cancelled = 0;
  private running = false;
  private failure: { error: unknown } | null = null;
  private readonly traceEvents: boolean;
  private readonly maxQueued: number;

  constructor(options: SchedulerOptions = {}) {
    this.traceHash = new TraceHash(options.trace);
    this.traceEvents = options.traceEvents ?? true;
    this.maxQueued = options.maxQueued ?? 2_000_000;
  }

  /** Live (not cancelled) queued events. */
  get pendingEvents(): number {
    return this.heap.length - this.cancelled;
  }

  /** Schedules `fn` at virtual time `timeMs` (>= now). Returns a cancel function (no-op once run). */
  at(timeMs: number, label: string, fn: () => void): Cancel {
    if (!(timeMs >= this.now)) throw new RangeError(`Scheduler.at(${timeMs}) is before now=${this.now} (${label})`);
    if (this.heap.length >= this.maxQueued) this.compact();
    if (this.heap.length >= this.maxQueued) {
      throw new RangeError(`Scheduler queue full (${this.maxQueued} events): runaway timer loop? last label ${label}`);
    }
    const event: SimEvent = { timeMs, seq: this.nextSeq++, label, fn };
    this.push(event);
    return () => this.cancel(event);
  }

  after(delayMs: number, label: string, fn: () => void): Cancel {
    if (!(delayMs >= 0)) throw new RangeError(`Scheduler.after delay must be >= 0, got ${delayMs} (${label})`);
    return this.at(this.now + delayMs, label, fn);
  }

  /** Folds a line, prefixed with the virtual time, into the trace hash. */
  trace(line: string): void {
    this.traceHash.record(`${this.now} ${line}`);
  }

  /**
   * Reports a failure found outside an event's synchronous body (e.g. an
   * assertion inside an async continuation). run() throws it after the
   * current event's microtasks drain. Only the first failure is kept.
   */
  fail(error: unknown): void {
    if (this.failure === null) this.failure = { error };
  }

  async run(options: RunOptions = {}): Promise<void> {
    if (this.running) throw new Error('Scheduler.run is not re-entrant');
    this.running = true;
    try {
      await this.loop(options.untilMs ?? Infinity, options.maxEvents ?? Infinity, options.stop);
    } finally {
      this.running = false;
    }
  }

  private async loop(untilMs: number, maxEvents: number, stop: (() => boolean) | undefined): Promise<void> {
    let executed = 0;
    for (;;) {
      this.throwIfFailed();
      if (executed >= maxEvents || (stop !== undefined && stop())) return;
      const event = this.popDue(untilMs);
      if (event === null) {
        if (untilMs !== Infinity && untilMs > this.now) this.now = untilMs;
        return;
      }
      const fn = event.fn as () => void;
      event.fn = null;
      this.now = event.timeMs;
      this.eventsExecuted++;
      executed++;
      if (this.traceEvents) this.traceHash.record(`${event.timeMs} ${event.label}`);
      fn();
      await new Promise<void>(nextTurn);
    }
  }

  private throwIfFailed(): void {
    if (this.failure !== null) throw this.failure.error;
  }

  private cancel(event: SimEvent): void {
    if (event.fn === null) return;
    event.fn = null;
    this.cancelled++;
    // Lazy deletion; compact when dead entries dominate so frequently re-armed
    // timers (election timeouts) cannot grow the heap without bound.
    if (this.cancelled > 4096 && this.cancelled * 2 > this.heap.length) this.compact();
  }

  /** Pops the earliest live event if it is due at or before untilMs. */
  private popDue(untilMs: number): SimEvent | null {
    for (;;) {
      const top = this.heap[0];
      if (top === undefined) return null;
      if (top.fn === null) {
        this.popTop();
        this.cancelled--;
        continue;
      }
      if (top.timeMs > untilMs) return null;
      this.popTop();
      return top;
    }
  }

  private compact(): void {
    const live = this.heap.filter((e) => e.fn !== null);
    this.heap.length = 0;
    this.cancelled = 0;
    for (const e of live) this.push(e);
  }

  // --- binary heap on (timeMs, seq) ---

  private push(event: SimEvent): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as SimEvent;
      if (!before(event, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = event;
  }

  private popTop(): void {
    const heap = this.heap;
    const last = heap.pop() as SimEvent;
    if (heap.length === 0) return;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let child = l;
      if (r < n && before(heap[r] as SimEvent, heap[l] as SimEvent)) child = r;
      const c = heap[child] as SimEvent;
      if (!before(c, last)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
  }
}

function before(a: SimEvent, b: SimEvent): boolean {
  return a.timeMs < b.timeMs || (a.timeMs === b.timeMs && a.seq < b.seq);
}
