// Goal: NodeClock meets the Clock port's contract — timers fire once, no sooner
// than their delay as measured by now(), and cancel is idempotent.
// Method: a few short real-time waits (each <= 50 ms) for the plain behaviour;
// vitest fake timers (which fake Date separately from the monotonic
// performance.now) to step the wall clock and check the early-fire correction
// and the bound on waiting out a backwards step.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { NodeClock } from '../../src/env/node/node-clock.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('NodeClock (real time)', () => {
  const clock = new NodeClock();

  it('now() is the wall clock', () => {
    expect(Math.abs(clock.now() - Date.now())).toBeLessThanOrEqual(1);
  });

  it('fires a timer once, no sooner than its delay', async () => {
    const start = clock.now();
    const firedAt: number[] = [];
    await new Promise<void>((resolve) => {
      clock.setTimer(15, () => {
        firedAt.push(clock.now());
        resolve();
      });
    });
    await sleep(20);
    expect(firedAt).toHaveLength(1);
    expect(firedAt[0]! - start).toBeGreaterThanOrEqual(15);
  });

  it('runs a zero (or negative) delay after the current task, not synchronously', async () => {
    const order: string[] = [];
    clock.setTimer(0, () => order.push('zero'));
    clock.setTimer(-5, () => order.push('negative'));
    order.push('sync');
    await sleep(10);
    expect(order).toEqual(['sync', 'zero', 'negative']);
  });

  it('cancel stops a pending timer, and is a no-op after firing or when repeated', async () => {
    let cancelledRan = false;
    const cancel = clock.setTimer(5, () => {
      cancelledRan = true;
    });
    cancel();
    cancel();

    let fired = 0;
    const cancelAfter = clock.setTimer(1, () => fired++);
    await sleep(25);
    cancelAfter();
    expect(cancelledRan).toBe(false);
    expect(fired).toBe(1);
  });

  it('rejects a NaN delay (a bug in the caller)', () => {
    expect(() => clock.setTimer(Number.NaN, () => {})).toThrow(/NaN/);
  });
});

describe('NodeClock (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const useFakes = (): void => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'], now: 1_000_000 });
  };

  it('re-arms when the timer wakes before now() reaches the deadline', () => {
    useFakes();
    const clock = new NodeClock();
    const fired = vi.fn();
    clock.setTimer(100, fired);
    // Wall clock 5 ms behind the monotonic clock: the timer queue's wake-up at 100 ms is early by now().
    vi.setSystemTime(Date.now() - 5);
    vi.advanceTimersByTime(100);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5);
    expect(fired).toHaveBeenCalledOnce();
  });

  it('does not wait out a large backwards step of the wall clock', () => {
    useFakes();
    const clock = new NodeClock();
    const fired = vi.fn();
    clock.setTimer(100, fired);
    vi.setSystemTime(Date.now() - 3_600_000); // an hour backwards
    vi.advanceTimersByTime(100);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000); // the bounded slack
    expect(fired).toHaveBeenCalledOnce();
  });

  it('chains delays beyond setTimeout\'s 2^31-1 ms limit', () => {
    useFakes();
    const clock = new NodeClock();
    const fired = vi.fn();
    const delay = 2 ** 31 + 10_000;
    clock.setTimer(delay, fired);
    vi.advanceTimersByTime(2 ** 31 - 1);
    expect(fired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(delay - (2 ** 31 - 1));
    expect(fired).toHaveBeenCalledOnce();
  });

  it('cancel during a re-armed wait stops the timer', () => {
    useFakes();
    const clock = new NodeClock();
    const fired = vi.fn();
    const cancel = clock.setTimer(100, fired);
    vi.setSystemTime(Date.now() - 50);
    vi.advanceTimersByTime(100);
    cancel();
    vi.advanceTimersByTime(2_000);
    expect(fired).not.toHaveBeenCalled();
  });
});
