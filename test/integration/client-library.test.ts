// Goal: the client library works against real Skiff processes exactly as an
// application uses it, through `new Skiff({ brokers })`: the Admin creates a
// topic (idempotently), describes and alters its configs, adds partitions,
// reports offsets and deletes it; the Producer writes keyed, compressed
// messages that land on Kafka's murmur2 partition for each key and read back
// complete and in order; unknown topics and bad configs are typed errors.
// Method: three nodes formatted and started through the real `skiff` entry
// point by cluster-harness.ts on free 127.0.0.1 ports; the library runs in
// this process over gRPC. Records are read back with the SimpleConsumer.
// afterAll disconnects the clients and kills every node.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimpleConsumer } from '../../src/client/simple-consumer.js';
import { partitionForKey } from '../../src/client/partitioners.js';
import { isSkiffError } from '../../src/common/errors.js';
import { Skiff, type Admin, type Producer } from '../../src/index.js';
import { connectClient, type ClientConnection, ProcessCluster, waitFor } from './cluster-harness.js';

let cluster: ProcessCluster;
let skiff: Skiff;
let admin: Admin;
let producer: Producer;
let reader: ClientConnection;

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const text = (b: Uint8Array | null): string => (b === null ? '<null>' : new TextDecoder().decode(b));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isSkiffError(error) ? error.code : String(error);
  }
}

describe('the client library against real processes', () => {
  beforeAll(async () => {
    cluster = await ProcessCluster.create({ size: 3, name: 'skiff-it-client', config: { 'default.replication.factor': 3, 'min.insync.replicas': 2 } });
    await cluster.startServing();
    skiff = new Skiff({ brokers: cluster.bootstrap().split(','), clientId: 'it-client' });
    admin = skiff.admin();
    producer = skiff.producer({ compression: 'gzip', maxBlockMs: 3_000 });
    await producer.connect();
    reader = await connectClient(cluster.bootstrap());
  }, 90_000);

  afterAll(async () => {
    await producer?.disconnect().catch(() => {});
    await admin?.disconnect().catch(() => {});
    await reader?.close().catch(() => {});
    await cluster?.destroy();
  });

  it('creates a topic once; a second create says it existed', async () => {
    expect(await admin.createTopics({ topics: [{ topic: 'lib', numPartitions: 3, replicationFactor: 3, configEntries: [{ name: 'retention.ms', value: '3600000' }] }] })).toBe(true);
    expect(await admin.createTopics({ topics: [{ topic: 'lib', numPartitions: 3 }] })).toBe(false);
    expect(await admin.listTopics()).toContain('lib');
    const { topics } = await admin.fetchTopicMetadata({ topics: ['lib'] });
    expect(topics[0]!.partitions).toHaveLength(3);
  }, 30_000);

  it('describes and alters topic configs; bad ones are refused', async () => {
    const [before] = await admin.describeConfigs({ topics: ['lib'] });
    const entry = (configs: readonly { name: string; value: string; source: string }[], name: string) => configs.find((c) => c.name === name);
    expect(entry(before!.configs, 'retention.ms')).toEqual({ name: 'retention.ms', value: '3600000', source: 'TOPIC_CONFIG' });
    expect(entry(before!.configs, 'segment.bytes')?.source).toBe('DEFAULT_CONFIG');
    await admin.alterConfigs({ topics: [{ topic: 'lib', set: { 'retention.bytes': '1073741824' }, delete: ['retention.ms'] }] });
    const after = await waitFor('the config change applied on the broker asked', async () => {
      const [d] = await admin.describeConfigs({ topics: ['lib'] });
      return entry(d!.configs, 'retention.bytes')?.source === 'TOPIC_CONFIG' ? d : null;
    }, { timeoutMs: 10_000, intervalMs: 100 });
    expect(entry(after.configs, 'retention.bytes')?.value).toBe('1073741824');
    expect(entry(after.configs, 'retention.ms')?.source).toBe('DEFAULT_CONFIG');
    expect(await codeOf(admin.alterConfigs({ topics: [{ topic: 'lib', set: { 'min.insync.replicas': '4' } }] }))).toBe('INVALID_CONFIG');
    expect(await codeOf(admin.describeConfigs({ topics: ['no-such-topic'] }))).toBe('UNKNOWN_TOPIC_OR_PARTITION');
  }, 30_000);

  it('produces keyed, compressed messages onto their murmur2 partitions, in order', async () => {
    const messages = Array.from({ length: 300 }, (_, i) => ({ key: `user-${i % 30}`, value: `event-${i}` }));
    const metadata = await producer.send({ topic: 'lib', messages });
    expect(metadata.reduce((n, m) => n + m.recordCount, 0)).toBe(300);
    const offsets = await admin.fetchTopicOffsets('lib');
    expect(offsets.reduce((n, o) => n + o.high - o.low, 0)).toBe(300);

    const consumer = new SimpleConsumer({ cluster: reader.cluster, clock: reader.clock, logger: reader.logger, maxWaitMs: 200 });
    consumer.assign([0, 1, 2].map((partition) => ({ topic: 'lib', partition, offset: 'earliest' as const })));
    const got = new Map<number, { key: string; value: string }[]>();
    await waitFor('all 300 records read back', async () => {
      for (const batch of await consumer.poll(500)) {
        const list = got.get(batch.partition) ?? [];
        for (const r of batch.records) list.push({ key: text(r.key), value: text(r.value) });
        got.set(batch.partition, list);
      }
      const total = [...got.values()].reduce((n, l) => n + l.length, 0);
      return total >= 300 ? total : null;
    }, { timeoutMs: 30_000, intervalMs: 1 });
    consumer.close();
    for (const [partition, records] of got) {
      for (const r of records) expect(partitionForKey(utf8(r.key), 3)).toBe(partition);
      // Per key, the order sent.
      const byKey = new Map<string, number[]>();
      for (const r of records) byKey.set(r.key, [...(byKey.get(r.key) ?? []), Number(r.value.slice('event-'.length))]);
      for (const seq of byKey.values()) expect(seq).toEqual([...seq].sort((a, b) => a - b));
    }
    expect([...got.values()].flat().map((r) => r.value).sort()).toEqual(messages.map((m) => m.value).sort());
  }, 60_000);

  it('adds partitions, and refuses fewer', async () => {
    await admin.createPartitions({ topicPartitions: [{ topic: 'lib', count: 5 }] });
    await waitFor('five partitions with leaders', async () => {
      const { topics } = await admin.fetchTopicMetadata({ topics: ['lib'] });
      return topics[0]!.partitions.length === 5 && topics[0]!.partitions.every((p) => p.leader >= 0) ? true : null;
    }, { timeoutMs: 20_000, intervalMs: 200 });
    expect(await codeOf(admin.createPartitions({ topicPartitions: [{ topic: 'lib', count: 4 }] }))).toBe('INVALID_PARTITIONS');
  }, 30_000);

  it('fails a send to an unknown topic with a typed error once max block passes', async () => {
    expect(await codeOf(producer.send({ topic: 'never-created', messages: [{ value: 'x' }] }))).toBe('UNKNOWN_TOPIC_OR_PARTITION');
  }, 30_000);

  it('deletes the topic', async () => {
    await admin.deleteTopics({ topics: ['lib'] });
    await waitFor('topic gone', async () => ((await admin.listTopics()).includes('lib') ? null : true), { timeoutMs: 10_000, intervalMs: 100 });
  }, 30_000);
});
