// Goal: SimClock honours the Clock port on virtual time: epoch-based integer
// now(), timers measured in local (possibly skewed) time that never fire
// early, continuous rate changes, pause/resume holding due timers, and
// dispose() silencing a crashed incarnation forever.
// Method: drive a Scheduler directly and record when (virtual and local) each
// callback ran.

import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { EPOCH_BASE_MS, SimClock } from '../../sim/runtime/sim-clock.js';

describe('SimClock', () => {
  it('now() is epoch base + virtual time at rate 1; timers fire at their delay', async () => {
    const s = new Scheduler();
    const c = new SimClock(s, { label: 'n1' });
    expect(c.now()).toBe(EPOCH_BASE_MS);
    const seen: number[] = [];
    c.setTimer(30, () => seen.push(s.now));
    c.setTimer(10, () => seen.push(s.now));
    c.setTimer(0, () => seen.push(s.now));
    await s.run();
    expect(seen).toEqual([0, 10, 30]);
    expect(c.now()).toBe(EPOCH_BASE_MS + 30);
  });

  it('cancel stops a timer and is a no-op after it fired', async () => {
    const s = new Scheduler();
    const c = new SimClock(s);
    let fired = 0;
    const cancelA = c.setTimer(5, () => fired++);
    const cancelB = c.setTimer(1, () => fired++);
    cancelA();
    await s.run();
    cancelB();
    expect(fired).toBe(1);
    expect(c.pendingTimers).toBe(0);
  });

  it('a slow clock fires later in virtual time, never before its local deadline', async () => {
    const s = new Scheduler();
    const slow = new SimClock(s, { rate: 0.9 });
    const fast = new SimClock(s, { rate: 1.1 });
    const seen: string[] = [];
    for (const [name, c] of [['slow', slow], ['fast', fast]] as const) {
      const deadline = c.now() + 100;
      c.setTimer(100, () => {
        expect(c.now()).toBeGreaterThanOrEqual(deadline);
        seen.push(`${name}@${s.now}`);
      });
    }
    await s.run();
    expect(seen).toEqual(['fast@91', 'slow@112']);
  });

  it('setRate keeps local time continuous and re-aims pending timers', async () => {
    const s = new Scheduler();
    const c = new SimClock(s);
    let firedAt = -1;
    c.setTimer(100, () => (firedAt = s.now));
    await s.run({ untilMs: 50 });
    const before = c.now();
    c.setRate(0.5);
    expect(c.now()).toBe(before);
    await s.run({ untilMs: 60 });
    expect(c.now()).toBe(before + 5);
    await s.run();
    // 50 local ms left at half speed = 100 virtual ms after t=50.
    expect(firedAt).toBe(150);
  });

  it('pause holds due timers; resume fires them in due order', async () => {
    const s = new Scheduler();
    const c = new SimClock(s, { label: 'n2' });
    const seen: string[] = [];
    c.setTimer(20, () => seen.push(`b@${s.now}`));
    c.setTimer(10, () => seen.push(`a@${s.now}`));
    const cancelC = c.setTimer(15, () => seen.push('c'));
    c.pause();
    await s.run({ untilMs: 40 });
    expect(seen).toEqual([]);
    cancelC();
    c.resume();
    await s.run();
    expect(seen).toEqual(['a@40', 'b@40']);
    expect(c.now()).toBe(EPOCH_BASE_MS + 40); // wall time kept running while paused
  });

  it('dispose() cancels every timer forever', async () => {
    const s = new Scheduler();
    const c = new SimClock(s);
    let fired = 0;
    c.setTimer(5, () => fired++);
    c.dispose();
    c.setTimer(1, () => fired++);
    await s.run();
    expect(fired).toBe(0);
    expect(s.pendingEvents).toBe(0);
  });
});
