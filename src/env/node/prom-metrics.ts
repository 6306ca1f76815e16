// PromMetrics: the Metrics port (src/env/metrics.ts) on prom-client, the
// standard Prometheus client for Node. Each instance owns its own Registry
// (never prom-client's global one), so several nodes or tests in one process
// never share series. `scrape()` renders the text exposition format that
// src/server/metrics-server.ts serves at /metrics.
//
// Adapter only: core code sees the port, never prom-client.

import client from 'prom-client';
import type { Counter, Gauge, GaugeSpec, Histogram, HistogramSpec, Metrics, MetricSpec } from '../metrics.js';

export interface PromMetricsOptions {
  /** Also export prom-client's default process metrics (CPU, memory, event-loop lag, GC), named with `prefix`. */
  readonly defaultMetrics?: boolean;
  /** Prefix of the default process metrics (default 'skiff_'). */
  readonly defaultMetricsPrefix?: string;
}

type Kind = 'counter' | 'gauge' | 'histogram';
type Labels = Record<string, string | number>;

interface Registered {
  readonly kind: Kind;
  readonly labelNames: string;
  readonly instrument: unknown;
  /** The collect callback in force (gauges only); replaced when the gauge is registered again. */
  collect: ((gauge: Gauge<string>) => void) | null;
}

/** Splits `(labels?, value?)` as the port's instruments receive them. */
function split(args: readonly unknown[]): { labels: Labels | undefined; rest: unknown[] } {
  if (args.length > 0 && typeof args[0] === 'object' && args[0] !== null) return { labels: args[0] as Labels, rest: args.slice(1) };
  return { labels: undefined, rest: [...args] };
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

export class PromMetrics implements Metrics {
  readonly registry = new client.Registry();
  private readonly registered = new Map<string, Registered>();
  private readonly collectErrors: client.Counter<'metric'>;

  constructor(options: PromMetricsOptions = {}) {
    this.collectErrors = new client.Counter({
      name: 'skiff_metrics_collect_errors_total',
      help: 'Scrape-time gauge computations that threw (that scrape, the gauge has no series, or NaN when it has no labels).',
      labelNames: ['metric'],
      registers: [this.registry],
    });
    if (options.defaultMetrics === true) {
      client.collectDefaultMetrics({ register: this.registry, prefix: options.defaultMetricsPrefix ?? 'skiff_' });
    }
  }

  /** The Content-Type of `scrape()`'s text (Prometheus text format 0.0.4). */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** Every series, in the text exposition format. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  counter<L extends string = never>(spec: MetricSpec<L>): Counter<L> {
    return this.register(spec, 'counter', () => {
      const c = new client.Counter<string>({ name: spec.name, help: spec.help, labelNames: [...(spec.labelNames ?? [])], registers: [this.registry] });
      return {
        inc: (...args: unknown[]) => {
          const { labels, rest } = split(args);
          if (labels === undefined) c.inc(numberOr(rest[0], 1));
          else c.inc(labels, numberOr(rest[0], 1));
        },
      };
    }) as Counter<L>;
  }

  gauge<L extends string = never>(spec: GaugeSpec<L>): Gauge<L> {
    const wrapped = this.register(spec, 'gauge', (entry) => {
      const collectErrors = this.collectErrors;
      const g = new client.Gauge<string>({
        name: spec.name,
        help: spec.help,
        labelNames: [...(spec.labelNames ?? [])],
        registers: [this.registry],
        collect(this: client.Gauge<string>) {
          if (entry.collect === null) return;
          this.reset();
          try {
            entry.collect(view);
          } catch {
            // Unknown, not zero: a label-less gauge cannot be absent, so it reads NaN for this scrape.
            this.reset();
            if (entry.labelNames === '') this.set(Number.NaN);
            collectErrors.inc({ metric: spec.name });
          }
        },
      });
      const update = (op: 'set' | 'inc' | 'dec', fallback: number) => (...args: unknown[]) => {
        const { labels, rest } = split(args);
        const value = numberOr(rest[0], fallback);
        if (labels === undefined) g[op](value);
        else g[op](labels, value);
      };
      // Read by collect() at scrape time, which comes after this assignment.
      const view = { set: update('set', 0), inc: update('inc', 1), dec: update('dec', 1) } as unknown as Gauge<string>;
      return view;
    });
    if (spec.collect !== undefined) this.registered.get(spec.name)!.collect = spec.collect as unknown as (gauge: Gauge<string>) => void;
    return wrapped as Gauge<L>;
  }

  histogram<L extends string = never>(spec: HistogramSpec<L>): Histogram<L> {
    return this.register(spec, 'histogram', () => {
      const h = new client.Histogram<string>({
        name: spec.name,
        help: spec.help,
        labelNames: [...(spec.labelNames ?? [])],
        registers: [this.registry],
        ...(spec.buckets !== undefined ? { buckets: [...spec.buckets] } : {}),
      });
      return {
        observe: (...args: unknown[]) => {
          const { labels, rest } = split(args);
          const value = numberOr(rest[0], 0);
          if (labels === undefined) h.observe(value);
          else h.observe(labels, value);
        },
        startTimer: (...args: unknown[]) => {
          const { labels } = split(args);
          const end = h.startTimer(labels);
          let done = false;
          return () => {
            if (done) return;
            done = true;
            end();
          };
        },
      };
    }) as Histogram<L>;
  }

  private register<L extends string>(spec: MetricSpec<L>, kind: Kind, create: (entry: Registered) => unknown): unknown {
    const labelNames = [...(spec.labelNames ?? [])].join(',');
    const existing = this.registered.get(spec.name);
    if (existing !== undefined) {
      if (existing.kind !== kind || existing.labelNames !== labelNames) {
        throw new Error(`metric ${spec.name} is already registered as a ${existing.kind} with labels [${existing.labelNames}]`);
      }
      return existing.instrument;
    }
    const entry: { -readonly [K in keyof Registered]: Registered[K] } = { kind, labelNames, instrument: null, collect: null };
    this.registered.set(spec.name, entry);
    try {
      entry.instrument = create(entry);
    } catch (error) {
      this.registered.delete(spec.name);
      throw error;
    }
    return entry.instrument;
  }
}
