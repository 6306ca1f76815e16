// Goal: the kafkajs-shaped Producer serializes, partitions and sends what
// the application gives it: keyed messages land on Kafka's murmur2
// partition, keyless ones stick to a partition per batch, explicit
// partitions win, headers and timestamps survive, every codec round-trips,
// big sends are split into batches yet stay in order, and bad input is a
// typed error before anything is sent.
// Method: the Producer over a ClusterClient against FakeCluster (an
// in-memory log per partition) on virtual time; the log's bytes are decoded
// and compared with what was sent.

import { describe, expect, it } from 'vitest';
import { ClusterClient } from '../../src/client/cluster-client.js';
import { partitionForKey } from '../../src/client/partitioners.js';
import { Producer, type ProducerOptions } from '../../src/client/producer.js';
import { serializers } from '../../src/client/serializers.js';
import { isSkiffError } from '../../src/common/errors.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { silentLogger } from '../../src/env/logger.js';
import { compressionCodecs, compressionOf } from '../../src/storage/batch/header.js';
import { decodeBatches } from '../../src/storage/batch/records.js';
import { FakeCluster } from './fake-cluster.js';

function setup<K, V>(fake: FakeCluster, options: ProducerOptions<K, V> = {}): Producer<K, V> {
  const cluster = new ClusterClient({ transport: fake.transport(), bootstrapPeers: [1, 2, 3], clock: fake.clock, logger: silentLogger, requestTimeoutMs: 1_000, retryBackoffMs: 20 });
  return new Producer<K, V>({ cluster, clock: fake.clock, random: SeededRandom.fromSeed(42), logger: silentLogger, clientId: 'test' }, { lingerMs: 0, ...options });
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array | null): string | null => (b === null ? null : new TextDecoder().decode(b));

function records(fake: FakeCluster, topic: string, partition: number) {
  const log = fake.log(topic, partition);
  return decodeBatches(concat(log.batches.map((b) => b.bytes))).flatMap((b) => b.records.map((r) => ({ ...r, compression: compressionOf(b.header) })));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isSkiffError(error) ? error.code : String(error);
  }
}

describe('Producer', () => {
  it('puts keyed messages on the murmur2 partition, in order, and reports offsets per partition', async () => {
    const fake = new FakeCluster({ topics: [{ name: 'orders', partitions: 6 }] });
    const producer = setup(fake);
    await fake.settle(producer.connect());
    const keys = ['alice', 'bob', 'carol', 'alice', 'bob', 'alice'];
    const metadata = await fake.settle(producer.send({ topic: 'orders', messages: keys.map((k, i) => ({ key: k, value: `${k}-${i}` })) }));
    for (const k of new Set(keys)) {
      const p = partitionForKey(utf8(k), 6);
      const values = records(fake, 'orders', p).map((r) => text(r.value));
      expect(values).toEqual(keys.flatMap((kk, i) => (partitionForKey(utf8(kk), 6) === p ? [`${kk}-${i}`] : [])));
    }
    expect(metadata.reduce((n, m) => n + m.recordCount, 0)).toBe(keys.length);
    for (const m of metadata) expect(m.baseOffset).toBe(0);
  });

  it('serializes with the configured serializers and keeps headers and timestamps', async () => {
    const fake = new FakeCluster({ topics: [{ name: 'events', partitions: 1 }] });
    const producer = setup<string, unknown>(fake, { keySerializer: serializers.string, valueSerializer: serializers.json });
    await fake.settle(producer.send({ topic: 'events', messages: [{ key: 'k', value: { n: 1, s: 'x' }, headers: { trace: 'abc', multi: ['1', utf8('2')] }, timestamp: '1700000000000' }] }));
    const [r] = records(fake, 'events', 0);
    expect(text(r!.key)).toBe('k');
    expect(JSON.parse(text(r!.value)!)).toEqual({ n: 1, s: 'x' });
    expect(r!.headers.map((h) => [h.key, text(h.value)])).toEqual([['trace', 'abc'], ['multi', '1'], ['multi', '2']]);
    expect(r!.timestamp).toBe(1_700_000_000_000);
  });

  it('honours an explicit partition and refuses one that does not exist', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 3 }] });
    const producer = setup(fake);
    await fake.settle(producer.send({ topic: 't', messages: [{ key: 'alice', value: 'v', partition: 2 }] }));
    expect(records(fake, 't', 2).map((r) => text(r.value))).toEqual(['v']);
    expect(await codeOf(fake.settle(producer.send({ topic: 't', messages: [{ value: 'v', partition: 3 }] })))).toBe('UNKNOWN_TOPIC_OR_PARTITION');
  });

  it.each(compressionCodecs)('round-trips records compressed with %s', async (codec) => {
    const fake = new FakeCluster({ topics: [{ name: 'z', partitions: 1 }] });
    const producer = setup(fake, { compression: codec });
    const values = Array.from({ length: 200 }, (_, i) => `value ${i} `.repeat(10));
    await fake.settle(producer.send({ topic: 'z', messages: values.map((value) => ({ key: null, value })) }));
    const got = records(fake, 'z', 0);
    expect(got.map((r) => text(r.value))).toEqual(values);
    expect(new Set(got.map((r) => r.compression))).toEqual(new Set([codec]));
  });

  it('splits a send bigger than a batch into batches, in order, on one sticky partition', async () => {
    const fake = new FakeCluster({ topics: [{ name: 'big', partitions: 4 }] });
    const producer = setup(fake, { batchSizeBytes: 4096 });
    const values = Array.from({ length: 300 }, (_, i) => `${i}:`.padEnd(100, 'x'));
    await fake.settle(producer.send({ topic: 'big', messages: values.map((value) => ({ value, partition: 1 })) }));
    const log = fake.log('big', 1);
    expect(log.batches.length).toBeGreaterThan(5);
    expect(records(fake, 'big', 1).map((r) => text(r.value))).toEqual(values);
  });

  it('sends keyless messages to one partition per batch.size bytes', async () => {
    const fake = new FakeCluster({ topics: [{ name: 's', partitions: 8 }] });
    const producer = setup(fake, { batchSizeBytes: 1000 });
    const chosen: number[] = [];
    for (let i = 0; i < 40; i++) {
      const [m] = await fake.settle(producer.send({ topic: 's', messages: [{ value: 'x'.repeat(100) }] }));
      chosen.push(m!.partition);
    }
    const runs: number[] = [];
    for (let i = 0; i < chosen.length; i++) {
      if (i === 0 || chosen[i] !== chosen[i - 1]) runs.push(1);
      else runs[runs.length - 1]!++;
    }
    // ~121 bytes per record against a 1000-byte batch: a switch after every 9th record, never back to the same one.
    expect(runs.slice(0, -1).every((n) => n === 9)).toBe(true);
    expect(runs.length).toBeGreaterThanOrEqual(4);
  });

  it('sendBatch writes several topics', async () => {
    const fake = new FakeCluster({ topics: [{ name: 'a', partitions: 1 }, { name: 'b', partitions: 1 }] });
    const producer = setup(fake);
    const metadata = await fake.settle(producer.sendBatch({ topicMessages: [{ topic: 'a', messages: [{ value: '1' }] }, { topic: 'b', messages: [{ value: '2' }, { value: '3' }] }] }));
    expect(metadata.map((m) => [m.topicName, m.recordCount])).toEqual([['a', 1], ['b', 2]]);
  });

  it('refuses acks other than all on an idempotent producer, and works with them when not idempotent', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    expect(() => setup(fake, { acks: 1 })).toThrow(/INVALID_CONFIG/);
    const idempotent = setup(fake);
    expect(await codeOf(fake.settle(idempotent.send({ topic: 't', acks: 1, messages: [{ value: 'v' }] })))).toBe('INVALID_CONFIG');
    const plain = setup(fake, { idempotent: false, acks: 1 });
    await fake.settle(plain.send({ topic: 't', messages: [{ value: 'v1' }] }));
    await fake.settle(plain.send({ topic: 't', acks: -1, messages: [{ value: 'v2' }] }));
    expect(fake.log('t', 0).values()).toEqual(['v1', 'v2']);
  });

  it('fails sends after disconnect, and a bad timestamp before sending', async () => {
    const fake = new FakeCluster({ topics: [{ name: 't', partitions: 1 }] });
    const producer = setup(fake);
    expect(await codeOf(fake.settle(producer.send({ topic: 't', messages: [{ value: 'v', timestamp: 'yesterday' }] })))).toBe('INVALID_TIMESTAMP');
    expect(fake.callsOf('Produce')).toHaveLength(0);
    await fake.settle(producer.disconnect());
    expect(await codeOf(fake.settle(producer.send({ topic: 't', messages: [{ value: 'v' }] })))).toBe('SHUTTING_DOWN');
  });
});

describe('Producer ordering across calls', () => {
  it('keeps call order within a partition for sends not awaited one by one, even while metadata is unknown', async () => {
    const fake = new FakeCluster({ topics: [{ name: 'o', partitions: 2 }] });
    const producer = setup(fake);
    // No metadata yet: the first send waits for it, the later ones must not overtake it.
    const sends = Array.from({ length: 20 }, (_, i) => producer.send({ topic: 'o', messages: [{ key: 'same', value: `v${i}` }] }));
    await fake.settle(Promise.all(sends));
    const p = partitionForKey(utf8('same'), 2);
    expect(records(fake, 'o', p).map((r) => text(r.value))).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
  });
});
