// SimClock: the Clock port for one node incarnation, driven by the Scheduler.
// Local time = virtual time seen through a rate (clock skew) that can change
// at any moment without jumps. Timers are measured in LOCAL time and fire as
// Scheduler events (label `timer <label>`).
// Invariants: now() is an integer and never decreases; inside a timer
// callback now() >= the deadline the caller computed as now() + delayMs;
// while paused no timer callback runs (due ones fire in due order right after
// resume); after dispose() (crash) no callback of this incarnation ever runs.
// Pending timers are bounded by maxTimers (a leak is a bug, so it throws).

import type { CancelTimer, Clock } from '../../src/env/clock.js';
import type { Cancel, Scheduler } from './scheduler.js';

/** Local time 0 maps to this Unix-epoch ms, so timestamps look realistic. */
export const EPOCH_BASE_MS = 1_700_000_000_000;

export interface SimClockOptions {
  /** Used in event labels and trace lines, e.g. 'n3'. */
  label?: string;
  /** Local ms per virtual ms (e.g. 0.9..1.1). Default 1. */
  rate?: number;
  /** Local time minus virtual time at construction (a machine clock that is ahead or behind). */
  offsetMs?: number;
  maxTimers?: number;
}

interface Timer {
  readonly id: number;
  readonly localDue: number;
  readonly fn: () => void;
  cancelEvent: Cancel | null;
}

const noop: CancelTimer = () => {};

export class SimClock implements Clock {
  private anchorVirtual: number;
  private anchorLocal: number;
  private rate: number;
  /** Monotonic floor: raised to each timer's deadline when it fires, hiding float rounding. */
  private floorLocal: number;
  private readonly timers = new Map<number, Timer>();
  private held: Timer[] = [];
  private nextId = 0;
  private paused = false;
  private disposed = false;
  private readonly eventLabel: string;
  private readonly maxTimers: number;

  constructor(
    private readonly scheduler: Scheduler,
    options: SimClockOptions = {},
  ) {
    this.rate = checkRate(options.rate ?? 1);
    this.anchorVirtual = scheduler.now;
    this.anchorLocal = scheduler.now + (options.offsetMs ?? 0);
    this.floorLocal = this.anchorLocal;
    this.eventLabel = `timer ${options.label ?? '?'}`;
    this.maxTimers = options.maxTimers ?? 100_000;
  }

  now(): number {
    return Math.floor(EPOCH_BASE_MS + this.localMs());
  }

  /** This node's view of virtual time in ms (fractional under skew). */
  localMs(): number {
    const local = this.anchorLocal + (this.scheduler.now - this.anchorVirtual) * this.rate;
    return local > this.floorLocal ? local : this.floorLocal;
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  getRate(): number {
    return this.rate;
  }

  setTimer(delayMs: number, fn: () => void): CancelTimer {
    if (!(delayMs >= 0) || !Number.isFinite(delayMs)) throw new RangeError(`setTimer delay must be a finite ms >= 0, got ${delayMs}`);
    if (this.disposed) return noop; // a dead incarnation schedules nothing
    if (this.timers.size >= this.maxTimers) throw new RangeError(`${this.eventLabel}: more than ${this.maxTimers} pending timers (leak?)`);
    const timer: Timer = { id: this.nextId++, localDue: this.localMs() + delayMs, fn, cancelEvent: null };
    this.timers.set(timer.id, timer);
    this.arm(timer);
    return () => this.cancel(timer);
  }

  /** Changes the skew from now on; local time stays continuous and pending timers are re-aimed. */
  setRate(rate: number): void {
    const local = this.localMs();
    this.rate = checkRate(rate);
    this.anchorVirtual = this.scheduler.now;
    this.anchorLocal = local;
    const armed = [...this.timers.values()].filter((t) => t.cancelEvent !== null).sort(byDue);
    for (const timer of armed) {
      timer.cancelEvent?.();
      this.arm(timer);
    }
  }

  /** Freezes this node's timers (SIGSTOP). Local time keeps running, like a real wall clock. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    const held = this.held.sort(byDue);
    this.held = [];
    for (const timer of held) {
      if (this.timers.get(timer.id) !== timer) continue; // cancelled while held
      timer.cancelEvent = this.scheduler.after(0, this.eventLabel, () => this.fire(timer));
    }
  }

  /** The incarnation crashed: no timer of it ever fires again. */
  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) timer.cancelEvent?.();
    this.timers.clear();
    this.held = [];
  }

  private arm(timer: Timer): void {
    const virtualDue = this.anchorVirtual + (timer.localDue - this.anchorLocal) / this.rate;
    // Whole virtual ms keep the trace readable; rounding up never fires early.
    const at = Math.max(this.scheduler.now, Math.ceil(virtualDue));
    timer.cancelEvent = this.scheduler.at(at, this.eventLabel, () => this.fire(timer));
  }

  private fire(timer: Timer): void {
    timer.cancelEvent = null;
    if (this.timers.get(timer.id) !== timer) return;
    if (this.paused) {
      this.held.push(timer);
      return;
    }
    this.timers.delete(timer.id);
    if (this.floorLocal < timer.localDue) this.floorLocal = timer.localDue;
    timer.fn();
  }

  private cancel(timer: Timer): void {
    if (!this.timers.delete(timer.id)) return;
    timer.cancelEvent?.();
    timer.cancelEvent = null;
    // If it sits in `held`, resume() skips it because it is no longer in `timers`.
  }
}

function byDue(a: Timer, b: Timer): number {
  return a.localDue - b.localDue || a.id - b.id;
}

function checkRate(rate: number): number {
  if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`clock rate must be a positive finite number, got ${rate}`);
  return rate;
}
