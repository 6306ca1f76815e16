// NodeClock: the Clock port on the real wall clock and Node's timer queue.
//
// Contract (src/env/clock.ts): now() is Date.now(); setTimer(ms, fn) runs fn
// once, no sooner than ms after the call as measured by now(), and returns an
// idempotent cancel.
//
// Timers are ref'd, like ordinary setTimeout timers: a pending timer keeps the
// process alive. A node's liveness (heartbeats, election timeouts, retries) is
// carried by these timers, so an unref'd timer could let the process exit with
// work still scheduled. Shutdown must cancel its timers; a leaked timer then
// shows up as a process that does not exit, which is easier to notice than
// silently dropped work.

import type { CancelTimer, Clock } from '../clock.js';
import { assert } from '../../common/assert.js';

/** setTimeout's largest delay; Node clamps anything larger to 1 ms (with a warning), so longer timers are chained. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * How much longer than the requested delay (on the monotonic clock) a timer
 * may wait for the wall clock to catch up. Bounded so that a backwards step of
 * the wall clock delays timers by at most this much instead of by the size of
 * the step.
 */
function stepSlackMs(delayMs: number): number {
  return Math.max(1_000, delayMs / 100);
}

export class NodeClock implements Clock {
  now(): number {
    return Date.now();
  }

  setTimer(delayMs: number, fn: () => void): CancelTimer {
    assert(!Number.isNaN(delayMs), 'Clock.setTimer delay must be a number, got NaN');
    // A deadline already in the past (deadline - now() < 0) means "as soon as possible".
    const delay = Math.max(0, delayMs);
    if (delay === 0) return runSoon(fn);
    const deadline = Date.now() + delay;
    const monoStart = performance.now();
    let handle: ReturnType<typeof setTimeout> | undefined;
    let done = false;

    // Node's timers run on a monotonic clock truncated to whole milliseconds, so
    // a timer can fire up to ~1 ms before Date.now() reaches the deadline. Core
    // code compares deadlines against now(), and the port promises "no sooner",
    // so an early wake-up re-arms for the remainder. If the wall clock stepped
    // backwards, the remainder can be huge; past the monotonic slack we fire
    // anyway, preferring liveness to waiting out the step.
    const check = (): void => {
      handle = undefined;
      if (done) return;
      const remaining = deadline - Date.now();
      const waited = performance.now() - monoStart;
      const budget = delay + stepSlackMs(delay) - waited;
      if (remaining <= 0 || budget <= 0) {
        done = true;
        fn();
        return;
      }
      handle = setTimeout(check, Math.min(Math.ceil(remaining), Math.ceil(budget), MAX_TIMEOUT_MS));
    };

    handle = setTimeout(check, Math.min(delay, MAX_TIMEOUT_MS));
    return () => {
      done = true;
      if (handle !== undefined) clearTimeout(handle);
      handle = undefined;
    };
  }
}

/**
 * A zero delay: after the current task, on the next turn of the event loop
 * (setImmediate, in order with other zero-delay timers), instead of
 * setTimeout(0), which Node clamps to 1 ms — a whole millisecond added to
 * every "as soon as possible" timer (a producer's linger.ms=0, a long poll
 * whose deadline already passed).
 */
function runSoon(fn: () => void): CancelTimer {
  let handle: ReturnType<typeof setImmediate> | undefined = setImmediate(() => {
    handle = undefined;
    fn();
  });
  return () => {
    if (handle !== undefined) clearImmediate(handle);
    handle = undefined;
  };
}
