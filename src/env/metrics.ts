// The Metrics port: counters, gauges and histograms that core code updates
// and a scraper reads. Node adapter: src/env/node/prom-metrics.ts
// (prom-client, served at /metrics by src/server/metrics-server.ts). The
// simulator and the tests use `noopMetrics`, which records nothing, reads no
// clock, schedules nothing and draws no randomness, so instrumented code
// behaves (and hashes its traces) exactly as uninstrumented code.
//
// Contract:
// - Names follow Prometheus conventions: snake_case, a `skiff_` prefix, the
//   unit last (`_seconds`, `_bytes`, `_records`), `_total` on counters.
// - Registering a name again with the same kind and label names returns the
//   same instrument (a collect callback given again replaces the earlier
//   one: the newest owner reports); a different kind or label set throws.
// - A gauge with `collect` is computed at scrape time: the adapter clears it,
//   then calls `collect` to set the current values. The callback must be
//   synchronous, cheap, bounded, and must not change any state: scrapes
//   happen at times the code under measure does not control.
// - Metrics are observations only: nothing an instrument returns may feed a
//   decision (which is why `startTimer` can measure with the adapter's own
//   monotonic clock instead of the Clock port).
// - Label sets must stay bounded: label values come from closed sets (API
//   names, states, error codes) or from bounded collections (topics, groups).

/** One value per label name. */
export type LabelValues<L extends string> = { readonly [K in L]: string | number };

/** The arguments of an update: `(labels, ...rest)` for a labelled instrument, `(...rest)` for one without labels. */
export type WithLabels<L extends string, Rest extends unknown[]> = [L] extends [never] ? Rest : [labels: LabelValues<L>, ...Rest];

export interface Counter<L extends string = never> {
  /** Adds `value` (default 1; never negative) to the series with these labels. */
  inc(...args: WithLabels<L, [value?: number]>): void;
}

export interface Gauge<L extends string = never> {
  set(...args: WithLabels<L, [value: number]>): void;
  inc(...args: WithLabels<L, [value?: number]>): void;
  dec(...args: WithLabels<L, [value?: number]>): void;
}

export interface Histogram<L extends string = never> {
  /** Records one observation (in the unit the name ends with). */
  observe(...args: WithLabels<L, [value: number]>): void;
  /**
   * Starts a timing; calling the returned function observes the seconds since
   * (measured by the adapter on a monotonic clock; the no-op measures nothing).
   * Calling it more than once observes once.
   */
  startTimer(...args: WithLabels<L, []>): () => void;
}

export interface MetricSpec<L extends string> {
  readonly name: string;
  /** One sentence: what is counted or measured. */
  readonly help: string;
  readonly labelNames?: readonly L[];
}

export interface GaugeSpec<L extends string> extends MetricSpec<L> {
  /** Sets the gauge's current values at scrape time, after the adapter cleared it. */
  readonly collect?: (gauge: Gauge<L>) => void;
}

export interface HistogramSpec<L extends string> extends MetricSpec<L> {
  /** Upper bounds of the buckets, increasing (default: the adapter's). */
  readonly buckets?: readonly number[];
}

export interface Metrics {
  counter<L extends string = never>(spec: MetricSpec<L>): Counter<L>;
  gauge<L extends string = never>(spec: GaugeSpec<L>): Gauge<L>;
  histogram<L extends string = never>(spec: HistogramSpec<L>): Histogram<L>;
}

/** Buckets for request and commit latencies: 0.5 ms to 10 s. */
export const latencyBucketsSeconds: readonly number[] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Buckets for fsync durations: 0.1 ms to 5 s. */
export const syncBucketsSeconds: readonly number[] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const nothing = (): void => {};
const noopInstrument = { inc: nothing, dec: nothing, set: nothing, observe: nothing, startTimer: () => nothing };

/**
 * Metrics that record nothing: the default of every component, the
 * simulator's and the tests'. It never calls collect callbacks.
 */
export const noopMetrics: Metrics = {
  counter: <L extends string>() => noopInstrument as Counter<L>,
  gauge: <L extends string>() => noopInstrument as Gauge<L>,
  histogram: <L extends string>() => noopInstrument as Histogram<L>,
};
