// Goal: the generic RPC wrapper counts and times every call of every API
// without changing what callers see (the very same promise, the same value
// or rejection, a synchronous throw rethrown), classifies outcomes (ok; a
// top-level error field by its code; a rejected or throwing handler), and
// the Produce/Fetch observers count per-topic traffic only for partitions
// answered without an error, records from the v2 batch headers alone.
// Method: tiny fake handlers wrapped with a PromMetrics, scraped as text.

import { describe, expect, it } from 'vitest';
import type { BrokerServices, FetchPartitionResponse, FetchRequest, ProduceRequest } from '../../src/broker/services.js';
import { SkiffError } from '../../src/common/errors.js';
import { PromMetrics } from '../../src/env/node/prom-metrics.js';
import type { Handlers } from '../../src/env/transport.js';
import { instrumentHandlers, recordCount, requestMetrics, topicTrafficMetrics, topicTrafficObservers } from '../../src/node/instrument-handlers.js';
import { encodeBatch } from '../../src/storage/batch/index.js';

type Service = {
  Ping: { request: { n: number }; response: { error: { code: string; message: string } | null; n: number } };
  Boom: { request: null; response: null };
};

const lines = async (m: PromMetrics): Promise<string[]> => (await m.scrape()).split('\n');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const batch = (count: number): Uint8Array => encodeBatch({ records: Array.from({ length: count }, (_, i) => ({ key: null, value: utf8(`v${i}`), timestamp: 1 })) });
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
};

describe('instrumentHandlers', () => {
  it('hands back the handler\'s own promise and counts each outcome', async () => {
    const m = new PromMetrics();
    const pending = Promise.resolve({ error: null, n: 1 });
    const handlers: Handlers<Service> = {
      Ping: (_from, request) => (request.n === 1 ? pending : Promise.resolve({ error: { code: 'NOT_CONTROLLER', message: 'no' }, n: request.n })),
      Boom: () => Promise.reject(new SkiffError('THROTTLED', 'slow down')),
    };
    const wrapped = instrumentHandlers('test', handlers, requestMetrics(m));
    expect(wrapped.Ping(7, { n: 1 })).toBe(pending);
    expect(await wrapped.Ping(7, { n: 2 })).toEqual({ error: { code: 'NOT_CONTROLLER', message: 'no' }, n: 2 });
    await expect(wrapped.Boom(7, null)).rejects.toThrow(/slow down/);
    await pending;
    const text = await lines(m);
    expect(text).toContain('skiff_requests_total{service="test",api="Ping",outcome="ok"} 1');
    expect(text).toContain('skiff_requests_total{service="test",api="Ping",outcome="error"} 1');
    expect(text).toContain('skiff_request_errors_total{service="test",api="Ping",code="NOT_CONTROLLER"} 1');
    expect(text).toContain('skiff_requests_total{service="test",api="Boom",outcome="error"} 1');
    expect(text).toContain('skiff_request_errors_total{service="test",api="Boom",code="THROTTLED"} 1');
    expect(text).toContain('skiff_request_duration_seconds_count{service="test",api="Ping"} 2');
    expect(text).toContain('skiff_request_duration_seconds_count{service="test",api="Boom"} 1');
  });

  it('rethrows a synchronous throw and counts it as an unknown server error', async () => {
    const m = new PromMetrics();
    const handlers: Handlers<Service> = {
      Ping: () => {
        throw new TypeError('bug');
      },
      Boom: () => Promise.resolve(null),
    };
    const wrapped = instrumentHandlers('test', handlers, requestMetrics(m));
    expect(() => wrapped.Ping(1, { n: 0 })).toThrow(TypeError);
    expect(await wrapped.Boom(1, null)).toBeNull();
    const text = await lines(m);
    expect(text).toContain('skiff_request_errors_total{service="test",api="Ping",code="UNKNOWN_SERVER_ERROR"} 1');
    expect(text).toContain('skiff_requests_total{service="test",api="Boom",outcome="ok"} 1');
  });
});

describe('per-topic traffic', () => {
  it('counts Produce bytes and records of the partitions answered without an error', async () => {
    const m = new PromMetrics();
    const observe = topicTrafficObservers(topicTrafficMetrics(m));
    const ok = concat(batch(3), batch(2));
    const refused = batch(4);
    const request: ProduceRequest = {
      transactionalId: null, acks: -1, timeoutMs: 1000,
      topics: [{ name: 'orders', partitions: [{ partition: 0, records: ok }, { partition: 1, records: refused }] }, { name: 'gone', partitions: [{ partition: 0, records: batch(1) }] }],
    };
    const answer = (partition: number, failed: boolean) => ({ partition, error: failed ? { code: 'NOT_LEADER_OR_FOLLOWER' as const, message: 'moved' } : null, baseOffset: failed ? -1 : 0, logAppendTime: -1, logStartOffset: 0 });
    observe.Produce!(request, { topics: [{ name: 'orders', partitions: [answer(0, false), answer(1, true)] }, { name: 'gone', partitions: [answer(0, true)] }] });
    const text = await lines(m);
    expect(text).toContain(`skiff_topic_bytes_in_total{topic="orders"} ${ok.byteLength}`);
    expect(text).toContain('skiff_topic_messages_in_total{topic="orders"} 5');
    expect(text.some((l) => l.includes('topic="gone"'))).toBe(false);
  });

  it('counts Fetch bytes as consumer or replication traffic by who fetched', async () => {
    const m = new PromMetrics();
    const observe = topicTrafficObservers(topicTrafficMetrics(m));
    const records = batch(2);
    const part = (error: boolean): FetchPartitionResponse => ({
      partition: 0, error: error ? { code: 'OFFSET_OUT_OF_RANGE', message: 'x' } : null, highWatermark: 2, lastStableOffset: 2, logStartOffset: 0,
      divergingEpoch: null, currentLeader: null, preferredReadReplica: -1, records: error ? new Uint8Array(0) : records,
    });
    const request = (replicaId: number): FetchRequest => ({ replicaId, replicaEpoch: -1, maxWaitMs: 0, minBytes: 1, maxBytes: 1 << 20, isolationLevel: 0, rackId: '', topics: [] });
    const response: BrokerServices['Fetch']['response'] = { error: null, topics: [{ name: 'orders', topicId: '', partitions: [part(false), part(true)] }] };
    observe.Fetch!(request(-1), response);
    observe.Fetch!(request(2), response);
    observe.Fetch!(request(2), response);
    const text = await lines(m);
    expect(text).toContain(`skiff_topic_bytes_out_total{topic="orders"} ${records.byteLength}`);
    expect(text).toContain(`skiff_topic_replication_bytes_out_total{topic="orders"} ${2 * records.byteLength}`);
  });

  it('reads record counts from batch headers and stops at anything malformed', () => {
    expect(recordCount(new Uint8Array(0))).toBe(0);
    expect(recordCount(batch(7))).toBe(7);
    expect(recordCount(concat(batch(1), batch(10), batch(3)))).toBe(14);
    const truncated = concat(batch(2), batch(5)).slice(0, batch(2).byteLength + 20);
    expect(recordCount(truncated)).toBe(2);
    const corrupt = batch(4);
    new DataView(corrupt.buffer).setInt32(8, 3);
    expect(recordCount(corrupt)).toBe(0);
  });
});
