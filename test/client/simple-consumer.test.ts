// Goal: the SimpleConsumer reads assigned partitions completely and in order
// from where it was told ('earliest', 'latest', an offset), follows leader
// moves, applies the reset policy on OFFSET_OUT_OF_RANGE, long-polls, and
// never returns a record at or above the high watermark (DESIGN.md §9:
// consumers never skip or go backwards and never see data above HW).
// Method: the real SimpleProducer writes into FakeCluster's in-memory logs
// through the in-process transport on virtual time; the consumer polls them
// back and the test compares values and offsets.

import { describe, expect, it } from 'vitest';
import { ClusterClient } from '../../src/client/cluster-client.js';
import { type PolledRecords, SimpleConsumer, type SimpleConsumerOptions } from '../../src/client/simple-consumer.js';
import { SimpleProducer } from '../../src/client/simple-producer.js';
import { isSkiffError } from '../../src/common/errors.js';
import { silentLogger } from '../../src/env/logger.js';
import { FakeCluster, text } from './fake-cluster.js';

const decoder = new TextDecoder();

function setup(fake: FakeCluster, options: Partial<SimpleConsumerOptions> = {}): { producer: SimpleProducer; consumer: SimpleConsumer } {
  const cluster = new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1], clock: fake.clock, logger: silentLogger, requestTimeoutMs: 1_000, retryBackoffMs: 20 });
  const producer = new SimpleProducer({ cluster, clock: fake.clock, logger: silentLogger, lingerMs: 0, batchSizeBytes: 200 });
  const consumer = new SimpleConsumer({ cluster, clock: fake.clock, logger: silentLogger, maxWaitMs: 100, retryBackoffMs: 20, partitionMaxBytes: 400, ...options });
  return { producer, consumer };
}

async function produce(fake: FakeCluster, producer: SimpleProducer, topic: string, partition: number, values: readonly string[]): Promise<void> {
  await fake.settle(Promise.all(values.map((v) => producer.send(topic, partition, [{ key: text(`key-${v}`), value: text(v) }]))));
}

/** Polls until `count` records arrived per partition key 'topic-partition' (bounded by `maxPolls`). */
async function consume(fake: FakeCluster, consumer: SimpleConsumer, count: number, maxPolls = 200): Promise<Map<string, { offset: number; value: string }[]>> {
  const seen = new Map<string, { offset: number; value: string }[]>();
  let total = 0;
  for (let i = 0; i < maxPolls && total < count; i++) {
    const batches: PolledRecords[] = await fake.settle(consumer.poll(100));
    for (const b of batches) {
      const list = seen.get(`${b.topic}-${b.partition}`) ?? [];
      for (const r of b.records) {
        expect(r.offset).toBeLessThan(b.highWatermark);
        list.push({ offset: r.offset, value: decoder.decode(r.value!) });
      }
      total += b.records.length;
      seen.set(`${b.topic}-${b.partition}`, list);
    }
  }
  return seen;
}

describe('SimpleConsumer', () => {
  it('reads every record of two partitions from earliest, in order, with their offsets', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 2 }] });
    const { producer, consumer } = setup(fake);
    const p0 = Array.from({ length: 40 }, (_, i) => `a${i}`);
    const p1 = Array.from({ length: 25 }, (_, i) => `b${i}`);
    await produce(fake, producer, 't', 0, p0);
    await produce(fake, producer, 't', 1, p1);
    consumer.assign([{ topic: 't', partition: 0, offset: 'earliest' }, { topic: 't', partition: 1, offset: 'earliest' }]);
    const seen = await consume(fake, consumer, 65);
    expect(seen.get('t-0')).toEqual(p0.map((value, offset) => ({ offset, value })));
    expect(seen.get('t-1')).toEqual(p1.map((value, offset) => ({ offset, value })));
    expect(consumer.position('t', 0)).toBe(40);
    expect(consumer.position('t', 1)).toBe(25);
    // Small partitionMaxBytes: it took several fetches, one at a time per leader.
    expect(fake.callsOf('Fetch').length).toBeGreaterThan(2);
  });

  it('starts at an explicit offset or at the end, and long-polls for new records', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 2 }] });
    const { producer, consumer } = setup(fake);
    await produce(fake, producer, 't', 0, ['x0', 'x1', 'x2', 'x3']);
    await produce(fake, producer, 't', 1, ['y0', 'y1']);
    consumer.assign([{ topic: 't', partition: 0, offset: 2 }, { topic: 't', partition: 1, offset: 'latest' }]);
    const first = await consume(fake, consumer, 2);
    expect(first.get('t-0')?.map((r) => r.value)).toEqual(['x2', 'x3']);
    expect(consumer.position('t', 1)).toBe(2);
    const poll = consumer.poll(5_000);
    await fake.advance(300);
    void producer.send('t', 1, [{ key: null, value: text('y2') }]);
    const started = fake.scheduler.now;
    const polled = await fake.settle(poll);
    expect(fake.scheduler.now - started).toBeLessThan(100);
    expect(polled.map((b) => [b.partition, b.records.map((r) => r.offset)])).toEqual([[1, [2]]]);
  });

  it('starts inside a compressed batch without returning the records before the position', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const cluster = new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1], clock: fake.clock, logger: silentLogger });
    const producer = new SimpleProducer({ cluster, clock: fake.clock, logger: silentLogger, compression: 'zstd' });
    await fake.settle(producer.send('t', 0, Array.from({ length: 10 }, (_, i) => ({ key: null, value: text(`c${i}`) }))));
    expect(fake.log('t', 0).batches).toHaveLength(1);
    const consumer = new SimpleConsumer({ cluster, clock: fake.clock, logger: silentLogger });
    consumer.assign([{ topic: 't', partition: 0, offset: 6 }]);
    expect((await consume(fake, consumer, 4)).get('t-0')).toEqual([6, 7, 8, 9].map((offset) => ({ offset, value: `c${offset}` })));
  });

  it('with decodeRecords false, counts the same records and key/value bytes without making records', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const cluster = new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1], clock: fake.clock, logger: silentLogger });
    const producer = new SimpleProducer({ cluster, clock: fake.clock, logger: silentLogger, compression: 'lz4', lingerMs: 0 });
    for (let s = 0; s < 4; s++) await fake.settle(producer.send('t', 0, Array.from({ length: 5 }, (_, i) => ({ key: i % 2 ? null : text(`k${i}`), value: text(`value-${s}-${i}`) }))));
    // Offsets 7..19: values as logged, plus a 2-byte key on every other record of a send.
    const expectedBytes = fake.log('t', 0).values().slice(7).reduce((sum, v, i) => sum + v.length + (((7 + i) % 5) % 2 === 0 ? 2 : 0), 0);
    for (const decodeRecords of [true, false]) {
      const consumer = new SimpleConsumer({ cluster, clock: fake.clock, logger: silentLogger, decodeRecords });
      consumer.assign([{ topic: 't', partition: 0, offset: 7 }]); // inside the second compressed batch
      let count = 0;
      let bytes = 0;
      let records = 0;
      for (let i = 0; i < 20 && count < 13; i++) {
        for (const b of await fake.settle(consumer.poll(100))) {
          count += b.recordCount;
          bytes += b.payloadBytes;
          records += b.records.length;
        }
      }
      expect(count).toBe(13);
      expect(records).toBe(decodeRecords ? 13 : 0);
      expect(consumer.position('t', 0)).toBe(20);
      expect(bytes).toBe(expectedBytes);
    }
  });

  it('follows a leader move', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1, leader: 1 }] });
    const { producer, consumer } = setup(fake);
    await produce(fake, producer, 't', 0, ['m0', 'm1']);
    consumer.assign([{ topic: 't', partition: 0, offset: 'earliest' }]);
    expect((await consume(fake, consumer, 2)).get('t-0')?.map((r) => r.offset)).toEqual([0, 1]);
    fake.setLeader('t', 0, 3);
    await produce(fake, producer, 't', 0, ['m2', 'm3']);
    expect((await consume(fake, consumer, 2)).get('t-0')).toEqual([{ offset: 2, value: 'm2' }, { offset: 3, value: 'm3' }]);
    expect(fake.callsOf('Fetch').at(-1)!.to).toBe(3);
  });

  it('OFFSET_OUT_OF_RANGE resets to the policy, or surfaces with autoOffsetReset none', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const { producer, consumer } = setup(fake, { autoOffsetReset: 'earliest' });
    await produce(fake, producer, 't', 0, ['r0', 'r1', 'r2']);
    consumer.assign([{ topic: 't', partition: 0, offset: 1_000 }]);
    expect((await consume(fake, consumer, 3)).get('t-0')?.map((r) => r.value)).toEqual(['r0', 'r1', 'r2']);

    const strict = setup(fake, { autoOffsetReset: 'none' }).consumer;
    strict.assign([{ topic: 't', partition: 0, offset: 1_000 }]);
    let code = '';
    for (let i = 0; i < 10 && code === ''; i++) {
      try {
        await fake.settle(strict.poll(100));
      } catch (error) {
        code = isSkiffError(error) ? error.code : String(error);
      }
    }
    expect(code).toBe('OFFSET_OUT_OF_RANGE');
  });

  it('never returns records at or above the high watermark', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const { producer, consumer } = setup(fake);
    for (const v of ['h0', 'h1', 'h2', 'h3', 'h4']) await produce(fake, producer, 't', 0, [v]); // one batch each: HW falls between batches
    fake.log('t', 0).hwLag = 2; // the last 2 records are not replicated yet
    consumer.assign([{ topic: 't', partition: 0, offset: 'earliest' }]);
    const seen = await consume(fake, consumer, 5, 10);
    expect(seen.get('t-0')?.map((r) => r.offset)).toEqual([0, 1, 2]);
    fake.log('t', 0).hwLag = 0;
    await produce(fake, producer, 't', 0, ['h5']); // wakes the long poll
    expect((await consume(fake, consumer, 3)).get('t-0')?.map((r) => r.offset)).toEqual([3, 4, 5]);
  });
});
