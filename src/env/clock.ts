// The Clock port: the only source of time and of deferred work for core code.
// Node adapter: src/env/node/node-clock.ts. Simulator: a virtual clock on the
// sim's event queue, where timers fire in (time, insertion order).

export type CancelTimer = () => void;

export interface Clock {
  /**
   * Wall-clock milliseconds (Unix epoch based). Core code computes deadlines as
   * `now() + delayMs` and compares them with later `now()` readings; a clock that
   * steps backwards only delays timeouts, it never fires them early.
   */
  now(): number;

  /**
   * Runs `fn` once, no sooner than `delayMs` from now (0 is allowed and runs
   * after the current task). Returns a function that cancels the timer; calling
   * it after the timer fired is a no-op.
   */
  setTimer(delayMs: number, fn: () => void): CancelTimer;
}
