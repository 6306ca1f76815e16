// Goal: PromMetrics (the prom-client adapter of the Metrics port) renders the
// series core code records in Prometheus' text exposition format: counters
// with and without labels, gauges set directly and gauges computed by a
// collect callback at scrape time (cleared first, so vanished label sets
// vanish), histograms with their buckets, _sum and _count; registration is
// idempotent for the same spec and refuses a conflicting one; a collect
// callback that throws empties only its gauge (NaN without labels) and is
// counted.
// Method: one PromMetrics per test, scraped as text and compared line by line.

import { describe, expect, it } from 'vitest';
import { PromMetrics } from '../../src/env/node/prom-metrics.js';

const lines = async (m: PromMetrics): Promise<string[]> => (await m.scrape()).split('\n');

describe('PromMetrics', () => {
  it('renders counters with HELP, TYPE and one line per label set', async () => {
    const m = new PromMetrics();
    const requests = m.counter({ name: 'skiff_requests_total', help: 'RPC requests served.', labelNames: ['api', 'outcome'] });
    requests.inc({ api: 'Produce', outcome: 'ok' });
    requests.inc({ api: 'Produce', outcome: 'ok' }, 2);
    requests.inc({ api: 'Fetch', outcome: 'error' });
    const plain = m.counter({ name: 'skiff_isr_shrinks_total', help: 'ISR shrinks.' });
    plain.inc();
    const text = await lines(m);
    expect(text).toContain('# HELP skiff_requests_total RPC requests served.');
    expect(text).toContain('# TYPE skiff_requests_total counter');
    expect(text).toContain('skiff_requests_total{api="Produce",outcome="ok"} 3');
    expect(text).toContain('skiff_requests_total{api="Fetch",outcome="error"} 1');
    expect(text).toContain('skiff_isr_shrinks_total 1');
    expect(m.contentType).toMatch(/^text\/plain; version=0\.0\.4; charset=utf-8$/);
  });

  it('computes collected gauges at scrape time, clearing label sets that are gone', async () => {
    const m = new PromMetrics();
    let groups: Record<string, number> = { stable: 2, empty: 1 };
    let scrapes = 0;
    m.gauge({
      name: 'skiff_groups',
      help: 'Groups by state.',
      labelNames: ['state'],
      collect: (g) => {
        scrapes++;
        for (const [state, n] of Object.entries(groups)) g.set({ state }, n);
      },
    });
    expect(scrapes).toBe(0);
    let text = await lines(m);
    expect(scrapes).toBe(1);
    expect(text).toContain('# TYPE skiff_groups gauge');
    expect(text).toContain('skiff_groups{state="stable"} 2');
    expect(text).toContain('skiff_groups{state="empty"} 1');
    groups = { stable: 5 };
    text = await lines(m);
    expect(text).toContain('skiff_groups{state="stable"} 5');
    expect(text.some((l) => l.startsWith('skiff_groups{state="empty"}'))).toBe(false);
  });

  it('keeps directly set gauges between scrapes', async () => {
    const m = new PromMetrics();
    m.gauge({ name: 'skiff_node_info', help: 'Identity.', labelNames: ['node_id', 'version'] }).set({ node_id: 3, version: '0.1.0' }, 1);
    expect(await lines(m)).toContain('skiff_node_info{node_id="3",version="0.1.0"} 1');
    expect(await lines(m)).toContain('skiff_node_info{node_id="3",version="0.1.0"} 1');
  });

  it('renders histograms with cumulative buckets, _sum and _count', async () => {
    const m = new PromMetrics();
    const h = m.histogram({ name: 'skiff_log_flush_duration_seconds', help: 'Flush time.', buckets: [0.001, 0.01, 0.1] });
    h.observe(0.0005);
    h.observe(0.05);
    h.observe(3);
    const text = await lines(m);
    expect(text).toContain('# TYPE skiff_log_flush_duration_seconds histogram');
    expect(text).toContain('skiff_log_flush_duration_seconds_bucket{le="0.001"} 1');
    expect(text).toContain('skiff_log_flush_duration_seconds_bucket{le="0.01"} 1');
    expect(text).toContain('skiff_log_flush_duration_seconds_bucket{le="0.1"} 2');
    expect(text).toContain('skiff_log_flush_duration_seconds_bucket{le="+Inf"} 3');
    expect(text).toContain('skiff_log_flush_duration_seconds_sum 3.0505');
    expect(text).toContain('skiff_log_flush_duration_seconds_count 3');
  });

  it('times with startTimer, once per timer, under the given labels', async () => {
    const m = new PromMetrics();
    const h = m.histogram({ name: 'skiff_request_duration_seconds', help: 'Latency.', labelNames: ['api'] });
    const stop = h.startTimer({ api: 'Metadata' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    stop();
    stop();
    const text = await lines(m);
    expect(text).toContain('skiff_request_duration_seconds_count{api="Metadata"} 1');
    const sum = Number(text.find((l) => l.startsWith('skiff_request_duration_seconds_sum{api="Metadata"}'))?.split(' ')[1]);
    expect(sum).toBeGreaterThan(0.003);
    expect(sum).toBeLessThan(5);
  });

  it('returns the same instrument for the same spec; a newer collect callback replaces the older', async () => {
    const m = new PromMetrics();
    const a = m.counter({ name: 'skiff_x_total', help: 'x', labelNames: ['topic'] });
    const b = m.counter({ name: 'skiff_x_total', help: 'x', labelNames: ['topic'] });
    a.inc({ topic: 't' });
    b.inc({ topic: 't' });
    m.gauge({ name: 'skiff_quorum_epoch', help: 'epoch', collect: (g) => g.set(1) });
    m.gauge({ name: 'skiff_quorum_epoch', help: 'epoch', collect: (g) => g.set(7) });
    const text = await lines(m);
    expect(text).toContain('skiff_x_total{topic="t"} 2');
    expect(text).toContain('skiff_quorum_epoch 7');
  });

  it('refuses a name registered with another kind or other labels', () => {
    const m = new PromMetrics();
    m.counter({ name: 'skiff_y_total', help: 'y', labelNames: ['topic'] });
    expect(() => m.gauge({ name: 'skiff_y_total', help: 'y', labelNames: ['topic'] })).toThrow(/already registered as a counter/);
    expect(() => m.counter({ name: 'skiff_y_total', help: 'y', labelNames: ['group'] })).toThrow(/labels \[topic\]/);
  });

  it('a collect callback that throws empties its gauge only, and is counted', async () => {
    const m = new PromMetrics();
    m.gauge({ name: 'skiff_broken', help: 'broken', collect: () => { throw new Error('boom'); } });
    m.gauge({ name: 'skiff_broken_labelled', help: 'broken', labelNames: ['state'], collect: (g) => { g.set({ state: 'a' }, 1); throw new Error('boom'); } });
    m.gauge({ name: 'skiff_fine', help: 'fine', collect: (g) => g.set(4) });
    const text = await lines(m);
    expect(text).toContain('skiff_fine 4');
    // prom-client writes NaN as 'Nan'; Prometheus parses it case-insensitively.
    expect(text.some((l) => /^skiff_broken nan$/i.test(l))).toBe(true);
    expect(text.some((l) => l.startsWith('skiff_broken_labelled{'))).toBe(false);
    // The error counter is rendered before the gauges registered after it, so it shows from the next scrape on.
    expect(await lines(m)).toContain('skiff_metrics_collect_errors_total{metric="skiff_broken"} 2');
  });

  it('exports default process metrics with the skiff_ prefix when asked', async () => {
    const m = new PromMetrics({ defaultMetrics: true });
    const text = await m.scrape();
    expect(text).toMatch(/^skiff_process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^skiff_nodejs_heap_size_used_bytes \d/m);
    expect(await new PromMetrics().scrape()).not.toMatch(/process_cpu/);
  });
});
