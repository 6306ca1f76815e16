// Goal: the SimpleProducer batches records per partition and per leader, and
// keeps Kafka's idempotent-producer promises under faults: with up to 5
// batches in flight, a lost request or response, a leader move or a
// retriable broker error never reorders or duplicates records (DESIGN.md §6,
// §9 "no duplicates with idempotence; per-producer, per-partition order
// kept"); a real sequence gap fails that batch instead of reordering, and the
// partition restarts under a bumped epoch (KIP-360); a definitely refused
// batch does not block the ones after it; a rejection says truthfully
// whether the records may be in the log.
// Method: the producer against FakeCluster (an in-memory log with producer-
// sequence dedup and epochs) through an in-process transport on virtual time;
// faults are injected deterministically per call, and two fast-check
// properties draw fault scripts (lost requests and responses, requests
// overtaken by later ones as gRPC allows, refusals, leader moves, outages
// past the delivery timeout) and send shapes, and check
// the final log against the outcomes the way Jepsen's Kafka checker does.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClusterClient } from '../../src/client/cluster-client.js';
import { definitelyNotAppended, type SendCompletion, type SendResult, SimpleProducer, type SimpleProducerOptions } from '../../src/client/simple-producer.js';
import { type ErrorCode, isSkiffError, type SkiffError } from '../../src/common/errors.js';
import { silentLogger } from '../../src/env/logger.js';
import type { ProduceRequest } from '../../src/broker/services.js';
import { splitBatches } from '../../src/storage/batch/header.js';
import { FakeCluster, type TransportFault, text } from './fake-cluster.js';

function setup(fake: FakeCluster, options: Partial<SimpleProducerOptions> = {}): { cluster: ClusterClient; producer: SimpleProducer } {
  const cluster = new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1, 2, 3], clock: fake.clock, logger: silentLogger, requestTimeoutMs: 1_000, retryBackoffMs: 20 });
  const producer = new SimpleProducer({ cluster, clock: fake.clock, logger: silentLogger, lingerMs: 0, requestTimeoutMs: 1_000, retryBackoffMs: 20, ...options });
  return { cluster, producer };
}

function records(prefix: string, count: number): { key: Uint8Array; value: Uint8Array }[] {
  return Array.from({ length: count }, (_, i) => ({ key: text(`k${i}`), value: text(`${prefix}${i}`) }));
}

function produceRequests(fake: FakeCluster): ProduceRequest[] {
  return fake.callsOf('Produce').map((c) => c.request as ProduceRequest);
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isSkiffError(error) ? error.code : String(error);
  }
}

describe('SimpleProducer batching', () => {
  it('puts sends made in the same tick into one batch, with per-send offsets', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const { producer } = setup(fake);
    const sends = Array.from({ length: 10 }, (_, i) => producer.send('t', 0, [{ key: null, value: text(`v${i}`) }]));
    const results = await fake.settle(Promise.all(sends));
    expect(results.map((r) => r.baseOffset)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const requests = produceRequests(fake);
    expect(requests).toHaveLength(1);
    const batches = splitBatches(requests[0]!.topics[0]!.partitions[0]!.records);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.header.recordsCount).toBe(10);
    expect(batches[0]!.header.producerId).toBe(1000);
    expect(batches[0]!.header.baseSequence).toBe(0);
    expect(fake.log('t', 0).values()).toEqual(Array.from({ length: 10 }, (_, i) => `v${i}`));
  });

  it('sends ready batches of several partitions with the same leader in one Produce request', async () => {
    const fake = new FakeCluster({ topics: [{ name: 'a', partitions: 3 }, { name: 'b', partitions: 1 }] });
    const { producer } = setup(fake);
    const sends = [producer.send('a', 0, records('a0-', 2)), producer.send('a', 1, records('a1-', 3)), producer.send('a', 2, records('a2-', 1)), producer.send('b', 0, records('b0-', 4))];
    await fake.settle(Promise.all(sends));
    const requests = produceRequests(fake);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.topics.map((t) => [t.name, t.partitions.map((p) => p.partition)])).toEqual([['a', [0, 1, 2]], ['b', [0]]]);
    expect(fake.log('a', 1).values()).toEqual(['a1-0', 'a1-1', 'a1-2']);
    expect(fake.log('b', 0).values()).toEqual(['b0-0', 'b0-1', 'b0-2', 'b0-3']);
  });

  it('lingers for lingerMs to fill a batch, and splits at batchSizeBytes', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const { producer } = setup(fake, { lingerMs: 50, batchSizeBytes: 1_000 });
    const first = producer.send('t', 0, records('x', 1));
    await fake.advance(20);
    expect(produceRequests(fake)).toHaveLength(0);
    const second = producer.send('t', 0, records('y', 1));
    await fake.settle(Promise.all([first, second]));
    expect(fake.calls.find((c) => c.method === 'Produce')!.atMs).toBeGreaterThanOrEqual(50);
    expect(produceRequests(fake)).toHaveLength(1);
    // ~311 estimated bytes per record and 61 per batch: three fit under 1000, the fourth starts a new batch.
    const big = (i: number) => ({ key: null, value: new Uint8Array(290).fill(i) });
    await fake.settle(Promise.all([0, 1, 2, 3].map((i) => producer.send('t', 0, [big(i)]))));
    // One send's records always share a batch (a send is atomic), even past batchSizeBytes.
    await fake.settle(producer.send('t', 0, [0, 1, 2, 3, 4].map(big)));
    const sizes = fake.log('t', 0).batches.map((b) => b.lastOffset - b.baseOffset + 1);
    expect(sizes).toEqual([2, 3, 1, 5]);
  });

  it('reports each send to the latency hook and compresses batches', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }], latencyMs: 3 });
    const seen: SendCompletion[] = [];
    const { producer } = setup(fake, { compression: 'gzip', onSendComplete: (c) => seen.push(c) });
    await fake.settle(producer.send('t', 0, records('z', 5)));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ topic: 't', partition: 0, recordCount: 5, error: null });
    expect(seen[0]!.latencyMs).toBeGreaterThanOrEqual(6);
    expect(fake.log('t', 0).values()).toEqual(['z0', 'z1', 'z2', 'z3', 'z4']);
  });
});

describe('SimpleProducer retries', () => {
  /** Five sends, each its own batch, all in flight at once; `fault` decides each Produce call's fate. */
  async function fiveInFlight(faultFor: (produceCall: number) => TransportFault): Promise<{ fake: FakeCluster; results: SendResult[] }> {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    let produceCalls = 0;
    fake.transportFault = (call) => (call.method === 'Produce' ? faultFor(produceCalls++) : 'deliver');
    const { producer } = setup(fake, { batchSizeBytes: 1 });
    await fake.settle(producer.start());
    const sends: Promise<SendResult>[] = [];
    for (let i = 0; i < 5; i++) {
      sends.push(producer.send('t', 0, [{ key: null, value: text(`m${i}`) }]));
      await fake.advance(0); // each send drains on its own: five requests, five batches in flight
    }
    const results = await fake.settle(Promise.all(sends));
    return { fake, results };
  }

  it('a lost response of the 2nd of 5 in-flight batches: the retry is deduplicated, order and offsets kept', async () => {
    const { fake, results } = await fiveInFlight((n) => (n === 1 ? 'drop-response' : 'deliver'));
    expect(fake.log('t', 0).values()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(results.map((r) => r.baseOffset)).toEqual([0, 1, 2, 3, 4]);
    const sequences = produceRequests(fake).map((r) => splitBatches(r.topics[0]!.partitions[0]!.records)[0]!.header.baseSequence);
    expect(sequences).toEqual([0, 1, 2, 3, 4, 1]); // the retry carries its original sequence
  });

  it('a lost request of the 2nd of 5: the later batches are refused as out of order, then retried in order', async () => {
    const { fake, results } = await fiveInFlight((n) => (n === 1 ? 'drop-request' : 'deliver'));
    expect(fake.log('t', 0).values()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(results.map((r) => r.baseOffset)).toEqual([0, 1, 2, 3, 4]);
    const sequences = produceRequests(fake).map((r) => splitBatches(r.topics[0]!.partitions[0]!.records)[0]!.header.baseSequence);
    expect(sequences).toEqual([0, 1, 2, 3, 4, 1, 2, 3, 4]);
  });

  // gRPC can deliver a connection's requests out of order: the leader then refuses a batch that overtook an
  // earlier one, and may answer it only after the earlier one was acknowledged. That is no real gap.
  for (const code of ['OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID'] as const) {
    it(`a batch refused with ${code} after overtaking an earlier one is retried at once, even once the earlier one is acknowledged`, async () => {
      const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
      let refused = false;
      fake.produceError = (_b, _t, _p, header) => (header.baseSequence === 1 && !refused ? ((refused = true), code) : null);
      const { producer } = setup(fake, { batchSizeBytes: 1, retryBackoffMs: 100 });
      await fake.settle(producer.start());
      const sends: Promise<SendResult>[] = [];
      for (let i = 0; i < 5; i++) {
        sends.push(producer.send('t', 0, [{ key: null, value: text(`m${i}`) }]));
        await fake.advance(0);
      }
      const results = await fake.settle(Promise.all(sends));
      expect(results.map((r) => r.baseOffset)).toEqual([0, 1, 2, 3, 4]);
      expect(fake.log('t', 0).values()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
      const calls = fake.callsOf('Produce');
      expect(calls.map((c) => splitBatches((c.request as ProduceRequest).topics[0]!.partitions[0]!.records)[0]!.header.baseSequence)).toEqual([0, 1, 2, 3, 4, 1, 2, 3, 4]);
      expect(calls[5]!.atMs - calls[4]!.atMs).toBeLessThan(100); // no retry backoff
      expect(fake.callsOf('InitProducerId')).toHaveLength(1); // no epoch bump
    });
  }

  it('NOT_LEADER_OR_FOLLOWER refreshes metadata and resends to the new leader', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1, leader: 1 }] });
    const { producer } = setup(fake);
    await fake.settle(producer.send('t', 0, records('a', 2)));
    const metadataBefore = fake.callsOf('Metadata').length;
    fake.setLeader('t', 0, 2);
    const result = await fake.settle(producer.send('t', 0, records('b', 2)));
    expect(result.baseOffset).toBe(2);
    expect(fake.callsOf('Metadata').length).toBeGreaterThan(metadataBefore);
    expect(fake.callsOf('Produce').map((c) => c.to)).toEqual([1, 1, 2]);
    expect(fake.log('t', 0).values()).toEqual(['a0', 'a1', 'b0', 'b1']);
  });

  it('waits for a partition without a leader, then delivers', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1, leader: -1 }] });
    const { producer } = setup(fake);
    const send = producer.send('t', 0, records('a', 1));
    await fake.advance(500);
    expect(fake.callsOf('Produce')).toHaveLength(0);
    fake.setLeader('t', 0, 3);
    await fake.settle(send);
    expect(fake.callsOf('Produce').map((c) => c.to)).toEqual([3]);
  });

  it('a real sequence gap fails that batch with the broker code, then the partition restarts under a new epoch', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 2 }] });
    fake.produceError = (_b, _t, partition, header) => (partition === 0 && header.producerEpoch === 0 && header.baseSequence === 1 ? 'OUT_OF_ORDER_SEQUENCE_NUMBER' : null);
    const { producer } = setup(fake);
    await fake.settle(producer.send('t', 0, records('a', 1)));
    const gap = await fake.settle(producer.send('t', 0, records('b', 1)).catch((e: unknown) => e as SkiffError));
    expect(gap).toMatchObject({ code: 'OUT_OF_ORDER_SEQUENCE_NUMBER' });
    expect(definitelyNotAppended(gap as SkiffError)).toBe(true);
    expect((await fake.settle(producer.send('t', 0, records('c', 1)))).baseOffset).toBe(1);
    expect(await fake.settle(errorOf(producer.send('t', 1, records('d', 1))))).toBe('resolved');
    expect(fake.log('t', 0).values()).toEqual(['a0', 'c0']);
    expect(fake.callsOf('InitProducerId').map((c) => c.request)).toEqual([
      { transactionalId: null, transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 },
      { transactionalId: null, transactionTimeoutMs: 60_000, producerId: 1000, producerEpoch: 0 },
    ]);
    // Partition 1 moved to the new epoch too, starting at sequence 0.
    const last = splitBatches(produceRequests(fake).at(-1)!.topics[0]!.partitions[0]!.records)[0]!.header;
    expect([last.producerEpoch, last.baseSequence]).toEqual([1, 0]);
  });

  it('a batch the leader may hold that times out is reported as indeterminate, and later sends go on under a new epoch', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const { producer } = setup(fake, { deliveryTimeoutMs: 4_000 });
    await fake.settle(producer.send('t', 0, records('a', 1)));
    fake.transportFault = (call) => (call.method === 'Produce' ? 'drop-response' : 'deliver'); // appended, never acknowledged
    const lost = await fake.settle(producer.send('t', 0, records('b', 1)).catch((e: unknown) => e as SkiffError));
    expect(lost).toMatchObject({ code: 'REQUEST_TIMED_OUT' });
    expect(definitelyNotAppended(lost as SkiffError)).toBe(false);
    fake.transportFault = () => 'deliver';
    expect((await fake.settle(producer.send('t', 0, records('c', 1)))).baseOffset).toBe(2);
    expect(fake.log('t', 0).values()).toEqual(['a0', 'b0', 'c0']); // b was there all along, and only once
  });

  it('a definitely refused batch fails alone; the later in-flight batches move down a sequence and land', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    let refused = false;
    fake.produceError = (_b, _t, _p, header) => {
      if (refused || header.baseSequence !== 1) return null;
      refused = true;
      return 'INVALID_RECORD';
    };
    const { producer } = setup(fake, { batchSizeBytes: 1 });
    await fake.settle(producer.start());
    const outcomes: Promise<string>[] = [];
    for (let i = 0; i < 5; i++) {
      outcomes.push(errorOf(producer.send('t', 0, [{ key: null, value: text(`m${i}`) }])));
      await fake.advance(0);
    }
    expect(await fake.settle(Promise.all(outcomes))).toEqual(['resolved', 'INVALID_RECORD', 'resolved', 'resolved', 'resolved']);
    expect(fake.log('t', 0).values()).toEqual(['m0', 'm2', 'm3', 'm4']);
    expect(await fake.settle(errorOf(producer.send('t', 0, records('after', 1))))).toBe('resolved');
  });

  it('fails a send after deliveryTimeoutMs when no broker answers', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const { producer } = setup(fake, { deliveryTimeoutMs: 5_000 });
    await fake.settle(producer.start());
    for (const b of fake.brokers) fake.down.add(b);
    const started = fake.scheduler.now;
    expect(await fake.settle(errorOf(producer.send('t', 0, records('x', 1))))).toMatch(/NETWORK_EXCEPTION|REQUEST_TIMED_OUT/);
    expect(fake.scheduler.now - started).toBeGreaterThanOrEqual(5_000);
    expect(fake.scheduler.now - started).toBeLessThan(8_000);
  });

  it('flush() waits for lingering batches; close() refuses later sends', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const { producer } = setup(fake, { lingerMs: 10_000 });
    void producer.send('t', 0, records('x', 3));
    await fake.settle(producer.flush(), 1_000);
    expect(fake.log('t', 0).values()).toEqual(['x0', 'x1', 'x2']);
    await fake.settle(producer.close());
    expect(await fake.settle(errorOf(producer.send('t', 0, records('y', 1))))).toBe('SHUTTING_DOWN');
  });
});

describe('SimpleProducer property: faults never reorder or duplicate', () => {
  const faultArb = fc.constantFrom<TransportFault>('deliver', 'deliver', 'deliver', 'drop-request', 'drop-response', 'fail-fast', 'overtaken');
  const brokerErrorArb = fc.constantFrom<ErrorCode | null>(null, null, null, 'NOT_LEADER_OR_FOLLOWER', 'NOT_ENOUGH_REPLICAS', 'REQUEST_TIMED_OUT');

  it('every send lands exactly once, in send order, at the offset it was acknowledged with (leaders move too)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ partition: fc.integer({ min: 0, max: 1 }), count: fc.integer({ min: 1, max: 4 }), gapMs: fc.integer({ min: 0, max: 3 }), moveLeader: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 25 }),
        fc.array(faultArb, { maxLength: 30 }),
        fc.array(brokerErrorArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        async (sends, faults, brokerErrors, maxInFlight) => {
          const fake = new FakeCluster({ topics: [{ name: 't', partitions: 2 }] });
          let produceCalls = 0;
          let batchAttempts = 0;
          // Transport faults per Produce call; broker errors per batch that reaches the leader.
          fake.transportFault = (call) => (call.method === 'Produce' ? (faults[produceCalls++] ?? 'deliver') : 'deliver');
          fake.produceError = () => brokerErrors[batchAttempts++] ?? null;
          const { producer } = setup(fake, { maxInFlight, batchSizeBytes: 60 });
          const expected: string[][] = [[], []];
          const pending: Promise<{ result: SendResult; values: string[] }>[] = [];
          for (const [i, s] of sends.entries()) {
            const values = Array.from({ length: s.count }, (_, j) => `s${i}r${j}`);
            expected[s.partition]!.push(...values);
            pending.push(producer.send('t', s.partition, values.map((v) => ({ key: null, value: text(v) }))).then((result) => ({ result, values })));
            if (s.moveLeader === 0) fake.setLeader('t', s.partition, 1 + (fake.leaders.get(`t-${s.partition}`)!.leader % 3));
            await fake.advance(s.gapMs);
          }
          const done = await fake.settle(Promise.all(pending));
          for (const p of [0, 1]) expect(fake.log('t', p).values()).toEqual(expected[p]);
          for (const { result, values } of done) {
            const log = fake.log('t', result.partition).values();
            expect(log.slice(result.baseOffset, result.baseOffset + values.length)).toEqual(values);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('SimpleProducer property: outages past the delivery timeout', () => {
  // Jepsen's Kafka checks on the final log: an acknowledged send is there, once, at its offset;
  // a definitely failed send is not; nothing is duplicated; sends keep their order.
  it('acknowledged sends land once at their offsets, refused ones never, order kept, across epoch bumps and refusals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ partition: fc.integer({ min: 0, max: 1 }), count: fc.integer({ min: 1, max: 3 }), gapMs: fc.integer({ min: 0, max: 400 }), outageMs: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 500, max: 6_000 })) }),
          { minLength: 1, maxLength: 20 },
        ),
        fc.array(fc.constantFrom<TransportFault>('deliver', 'deliver', 'drop-request', 'drop-response', 'overtaken'), { maxLength: 40 }),
        fc.array(fc.constantFrom<ErrorCode | null>(null, null, null, 'NOT_LEADER_OR_FOLLOWER', 'NOT_ENOUGH_REPLICAS', 'INVALID_RECORD', 'OUT_OF_ORDER_SEQUENCE_NUMBER', 'UNKNOWN_PRODUCER_ID'), { maxLength: 40 }),
        async (sends, faults, brokerErrors) => {
          const fake = new FakeCluster({ topics: [{ name: 't', partitions: 2 }] });
          let produceCalls = 0;
          let batchAttempts = 0;
          fake.transportFault = (call) => (call.method === 'Produce' ? (faults[produceCalls++] ?? 'deliver') : 'deliver');
          // Injected refusals: the batch is not appended (the fake checks before appending).
          fake.produceError = () => brokerErrors[batchAttempts++] ?? null;
          const { producer } = setup(fake, { deliveryTimeoutMs: 3_000, batchSizeBytes: 60 });
          const outcomes: Promise<{ partition: number; values: string[]; offset: number | null; definite: boolean }>[] = [];
          for (const [i, s] of sends.entries()) {
            const values = Array.from({ length: s.count }, (_, j) => `s${i}r${j}`);
            outcomes.push(
              producer.send('t', s.partition, values.map((v) => ({ key: null, value: text(v) }))).then(
                (r) => ({ partition: s.partition, values, offset: r.baseOffset, definite: false }),
                (e: unknown) => ({ partition: s.partition, values, offset: null, definite: definitelyNotAppended(e as SkiffError) }),
              ),
            );
            if (s.outageMs > 0) {
              for (const b of fake.brokers) fake.down.add(b);
              fake.clock.setTimer(s.outageMs, () => fake.down.clear());
            }
            await fake.advance(s.gapMs);
          }
          const done = await fake.settle(Promise.all(outcomes));
          for (const p of [0, 1]) {
            const log = fake.log('t', p).values();
            expect(new Set(log).size).toBe(log.length); // no duplicates
            const sent = done.filter((d) => d.partition === p).flatMap((d) => d.values);
            expect(log).toEqual(sent.filter((v) => log.includes(v))); // send order kept
          }
          for (const d of done) {
            const log = fake.log('t', d.partition).values();
            if (d.offset !== null) expect(log.slice(d.offset, d.offset + d.values.length)).toEqual(d.values);
            if (d.definite) for (const v of d.values) expect(log).not.toContain(v);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
