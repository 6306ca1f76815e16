// Request metrics for every RPC a node serves, added in one place: each
// handler of a service is wrapped so that every API gets a request count (by
// outcome), an error count (by error code) and a latency histogram, without
// touching the handlers themselves. Produce and Fetch also feed the per-topic
// traffic counters.
//
// The wrapper hands back the handler's own promise, so callers see exactly
// the same resolution, rejection and timing as without it; the metrics are
// updated by a side reaction that changes no state. A node given no Metrics
// (the simulator, most tests) skips the wrapper altogether.

import { isSkiffError } from '../common/errors.js';
import type { Counter, Histogram, Metrics } from '../env/metrics.js';
import { latencyBucketsSeconds } from '../env/metrics.js';
import type { Handlers, ServiceMap } from '../env/transport.js';
import type { BrokerServices } from '../broker/services.js';
import { batchHeaderBytes, fieldOffsets, logOverheadBytes } from '../storage/batch/header.js';

export interface RequestMetrics {
  readonly requests: Counter<'service' | 'api' | 'outcome'>;
  readonly errors: Counter<'service' | 'api' | 'code'>;
  readonly duration: Histogram<'service' | 'api'>;
}

export function requestMetrics(metrics: Metrics): RequestMetrics {
  return {
    requests: metrics.counter({
      name: 'skiff_requests_total',
      help: 'RPC requests served, by service (broker, controller, raft), API and outcome (ok, or error: a top-level error code or a failed handler).',
      labelNames: ['service', 'api', 'outcome'],
    }),
    errors: metrics.counter({
      name: 'skiff_request_errors_total',
      help: 'RPC requests answered with a top-level error or failed, by service, API and error code.',
      labelNames: ['service', 'api', 'code'],
    }),
    duration: metrics.histogram({
      name: 'skiff_request_duration_seconds',
      help: 'Time from receiving an RPC request to its response, long-poll waits included, by service and API.',
      labelNames: ['service', 'api'],
      buckets: latencyBucketsSeconds,
    }),
  };
}

/** Side observers of particular APIs: called with the request and the response of every call that resolved. */
export type ResponseObservers<S extends ServiceMap> = { readonly [M in keyof S]?: (request: S[M]['request'], response: S[M]['response']) => void };

/** `handlers` with each call counted and timed (under `service` and the method name). */
export function instrumentHandlers<S extends ServiceMap>(service: string, handlers: Handlers<S>, m: RequestMetrics, observers: ResponseObservers<S> = {}): Handlers<S> {
  const wrapped: Partial<Handlers<S>> = {};
  for (const api of Object.keys(handlers) as (keyof S & string)[]) {
    const handler = handlers[api];
    const observe = observers[api];
    const labels = { service, api };
    wrapped[api] = ((from, request) => {
      const stop = m.duration.startTimer(labels);
      let result: Promise<S[typeof api]['response']>;
      try {
        result = handler(from, request);
      } catch (error) {
        stop();
        countFailure(m, service, api, error);
        throw error;
      }
      result.then(
        (response) => {
          stop();
          const code = topLevelErrorCode(response);
          m.requests.inc({ service, api, outcome: code === null ? 'ok' : 'error' });
          if (code !== null) m.errors.inc({ service, api, code });
          observe?.(request, response);
        },
        (error: unknown) => {
          stop();
          countFailure(m, service, api, error);
        },
      );
      return result;
    }) as Handlers<S>[typeof api];
  }
  return wrapped as Handlers<S>;
}

function countFailure(m: RequestMetrics, service: string, api: string, error: unknown): void {
  m.requests.inc({ service, api, outcome: 'error' });
  m.errors.inc({ service, api, code: isSkiffError(error) ? error.code : 'UNKNOWN_SERVER_ERROR' });
}

/** The code of a response's top-level `error` field, when it has one that is set. */
function topLevelErrorCode(response: unknown): string | null {
  if (typeof response !== 'object' || response === null || !('error' in response)) return null;
  const error = (response as { error: unknown }).error;
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return String((error as { code: unknown }).code);
}

// --- per-topic traffic ------------------------------------------------------------

export interface TopicTrafficMetrics {
  readonly bytesIn: Counter<'topic'>;
  readonly messagesIn: Counter<'topic'>;
  readonly bytesOut: Counter<'topic'>;
  readonly replicationBytesOut: Counter<'topic'>;
}

export function topicTrafficMetrics(metrics: Metrics): TopicTrafficMetrics {
  return {
    bytesIn: metrics.counter({
      name: 'skiff_topic_bytes_in_total',
      help: 'Record batch bytes accepted from producers by this broker as partition leader, by topic.',
      labelNames: ['topic'],
    }),
    messagesIn: metrics.counter({
      name: 'skiff_topic_messages_in_total',
      help: 'Records accepted from producers by this broker as partition leader, by topic.',
      labelNames: ['topic'],
    }),
    bytesOut: metrics.counter({
      name: 'skiff_topic_bytes_out_total',
      help: 'Record batch bytes served to consumers by this broker, by topic (follower fetches excluded).',
      labelNames: ['topic'],
    }),
    replicationBytesOut: metrics.counter({
      name: 'skiff_topic_replication_bytes_out_total',
      help: 'Record batch bytes served to follower replicas by this broker as leader, by topic.',
      labelNames: ['topic'],
    }),
  };
}

/** Observers that count Produce and Fetch traffic per topic: only partitions answered without an error. */
export function topicTrafficObservers(m: TopicTrafficMetrics): ResponseObservers<BrokerServices> {
  return {
    Produce: (request, response) => {
      request.topics.forEach((t, ti) => {
        const answers = response.topics[ti]?.partitions;
        let bytes = 0;
        let records = 0;
        t.partitions.forEach((p, pi) => {
          if (answers?.[pi]?.error !== null) return;
          bytes += p.records.byteLength;
          records += recordCount(p.records);
        });
        if (bytes > 0) m.bytesIn.inc({ topic: t.name }, bytes);
        if (records > 0) m.messagesIn.inc({ topic: t.name }, records);
      });
    },
    Fetch: (request, response) => {
      const counter = request.replicaId >= 0 ? m.replicationBytesOut : m.bytesOut;
      for (const t of response.topics) {
        let bytes = 0;
        for (const p of t.partitions) if (p.error === null) bytes += p.records.byteLength;
        if (bytes > 0) counter.inc({ topic: t.name }, bytes);
      }
    },
  };
}

/** The records in concatenated v2 batches, from their headers alone (no decoding); stops at anything malformed. */
export function recordCount(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  let position = 0;
  // Bounded: every step moves at least one header forward.
  while (position + batchHeaderBytes <= bytes.byteLength) {
    const batchLength = view.getInt32(position + fieldOffsets.batchLength);
    const records = view.getInt32(position + fieldOffsets.recordsCount);
    if (batchLength < batchHeaderBytes - logOverheadBytes || records < 0) break;
    count += records;
    position += logOverheadBytes + batchLength;
  }
  return count;
}
