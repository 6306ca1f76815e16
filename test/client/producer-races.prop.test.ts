// Goal: retries never reorder or duplicate (issue: "fc.scheduler races on the
// producer's in-flight batches"). Whatever order the network delivers the
// idempotent producer's concurrent Produce requests and their answers in —
// including answers that overtake each other and requests the leader sees out
// of sequence — every acknowledged record is in the partition exactly once,
// and the partition holds each producer's records in send order.
// Method: the real Producer/SimpleProducer over a transport whose every
// request delivery and every response delivery is a task of fast-check's
// scheduler (fc.scheduler picks the interleaving and shrinks a failing one),
// in front of FakeCluster's handlers (an idempotent log that refuses sequence
// gaps, like the broker); timers run on the fake cluster's virtual clock.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BrokerServices } from '../../src/broker/services.js';
import { ClusterClient } from '../../src/client/cluster-client.js';
import { Producer } from '../../src/client/producer.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { silentLogger } from '../../src/env/logger.js';
import type { Transport } from '../../src/env/transport.js';
import { FakeCluster } from './fake-cluster.js';

function raceProperty(idempotent: boolean, stats: { overtaken: number }) {
  return fc.asyncProperty(fc.scheduler(), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 3, maxLength: 12 }), async (s, sendSizes) => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    let lastDelivered = -1;
    const transport: Pick<Transport<BrokerServices>, 'call'> = {
      call: (to, method, request) =>
        s
          .schedule(Promise.resolve(), `deliver ${String(method)} to ${to}`)
          .then(() => {
            if (method === 'Produce') {
              // The first value number in the request tells which send it carries: count overtaking.
              const first = Number(/v(\d+)/.exec(new TextDecoder().decode((request as BrokerServices['Produce']['request']).topics[0]!.partitions[0]!.records))?.[1] ?? -1);
              if (first < lastDelivered) stats.overtaken++;
              lastDelivered = Math.max(lastDelivered, first);
            }
            return (fake.handlers(to)[method] as (from: number, r: unknown) => Promise<unknown>)(-1, request);
          })
          .then((response) => s.schedule(Promise.resolve(response), `answer ${String(method)}`)) as never,
    };
    const cluster = new ClusterClient({ transport, bootstrapPeers: [1, 2, 3], clock: fake.clock, logger: silentLogger, requestTimeoutMs: 60_000, retryBackoffMs: 5 });
    const producer = new Producer(
      { cluster, clock: fake.clock, random: SeededRandom.fromSeed(1), logger: silentLogger, clientId: 'race' },
      { idempotent, lingerMs: 0, batchSizeBytes: 64, maxInFlightRequests: 5, requestTimeoutMs: 60_000, deliveryTimeoutMs: 600_000 },
    );
    let next = 0;
    const sends = sendSizes.map((size) => {
      const values = Array.from({ length: size }, () => `v${next++}`);
      return producer.send({ topic: 't', messages: values.map((value) => ({ value, partition: 0 })) }).then(() => values);
    });
    let settled = false;
    const all = Promise.allSettled(sends).then((r) => {
      settled = true;
      return r;
    });
    // Bounded: each turn runs one scheduled delivery, or lets virtual time pass for timers.
    for (let turn = 0; turn < 20_000 && !settled; turn++) {
      if (s.count() > 0) await s.waitOne();
      else await fake.advance(5);
    }
    expect(settled).toBe(true);
    const outcomes = await all;
    const log = fake.log('t', 0).values();
    expect(new Set(log).size).toBe(log.length); // no duplicates
    const order = log.map((v) => Number(v.slice(1)));
    expect(order).toEqual([...order].sort((a, b) => a - b)); // send order kept
    for (const o of outcomes) if (o.status === 'fulfilled') for (const v of o.value) expect(log).toContain(v);
  });
}

describe('producer under scheduled races', () => {
  it('idempotent: appends every acknowledged record once, in send order, however deliveries interleave', async () => {
    const stats = { overtaken: 0 };
    await fc.assert(raceProperty(true, stats), { numRuns: 100 });
    // The races are real: requests did reach the leader out of order.
    expect(stats.overtaken).toBeGreaterThan(0);
  }, 120_000);

  it('without idempotence the same races do reorder (the property has teeth)', async () => {
    await expect(fc.assert(raceProperty(false, { overtaken: 0 }), { numRuns: 100 })).rejects.toThrow();
  }, 120_000);
});
