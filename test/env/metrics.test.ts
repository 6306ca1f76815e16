// Goal: the no-op Metrics port records nothing and costs nothing observable:
// it never calls a collect callback, returns instruments whose every method
// is callable in each of the port's call shapes, and its timers are inert.
// Method: register one instrument of each kind (with and without labels)
// and drive them; a collect callback that would fail the test if called.

import { describe, expect, it } from 'vitest';
import { noopMetrics } from '../../src/env/metrics.js';

describe('noopMetrics', () => {
  it('accepts every call shape and records nothing', () => {
    const plain = noopMetrics.counter({ name: 'skiff_test_total', help: 'test' });
    const labelled = noopMetrics.counter({ name: 'skiff_test_labelled_total', help: 'test', labelNames: ['topic'] });
    plain.inc();
    plain.inc(3);
    labelled.inc({ topic: 'a' });
    labelled.inc({ topic: 'a' }, 2);
    const gauge = noopMetrics.gauge({ name: 'skiff_test_gauge', help: 'test', labelNames: ['state'] });
    gauge.set({ state: 'x' }, 1);
    gauge.inc({ state: 'x' });
    gauge.dec({ state: 'x' }, 2);
    const histogram = noopMetrics.histogram({ name: 'skiff_test_seconds', help: 'test' });
    histogram.observe(0.5);
    const stop = histogram.startTimer();
    stop();
    stop();
    expect(typeof stop).toBe('function');
  });

  it('never calls a collect callback', () => {
    let calls = 0;
    noopMetrics.gauge({ name: 'skiff_test_collected', help: 'test', collect: () => calls++ });
    noopMetrics.gauge({ name: 'skiff_test_collected', help: 'test', collect: () => calls++ });
    expect(calls).toBe(0);
  });
});
