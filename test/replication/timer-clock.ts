// A manual Clock for the replication tests: time moves only when the test
// calls advance(), which runs the timers that fell due, in the order set.

import type { CancelTimer, Clock } from '../../src/env/clock.js';

export class TimerClock implements Clock {
  time = 1_000_000;
  private timers: { due: number; fn: () => void; live: boolean }[] = [];
  now(): number {
    return this.time;
  }
  setTimer(delayMs: number, fn: () => void): CancelTimer {
    const timer = { due: this.time + delayMs, fn, live: true };
    this.timers.push(timer);
    return () => {
      timer.live = false;
    };
  }
  get pending(): number {
    return this.timers.filter((t) => t.live).length;
  }
  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((t) => t.live && t.due <= this.time);
    this.timers = this.timers.filter((t) => t.live && t.due > this.time);
    for (const t of due) {
      t.live = false;
      t.fn();
    }
  }
}
