// Goal: the controller's CreatePartitions and IncrementalAlterConfigs
// commands follow Kafka's rules: partitions are only added (a smaller or
// equal count, an unknown topic, a duplicate entry are typed errors and add
// nothing), new partitions keep the topic's replication factor and spread
// over the brokers, validateOnly writes nothing; configs are validated like
// CreateTopics validates them (unknown keys, bad values, min.insync.replicas
// above the replication factor refused), deletes fall back to the default,
// and a no-op change writes no record.
// Method: the pure commands against a MetadataImage that replays their records.

import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { alterTopicConfigs, createPartitions, createTopics, registerBroker, unfenceBroker, type ControllerConfig } from '../../src/controller/commands.js';
import { MetadataImage } from '../../src/metadata/image.js';
import type { MetadataRecord } from '../../src/metadata/records.js';

const config: ControllerConfig = { clusterId: 'c', defaultPartitions: 1, defaultReplicationFactor: 3, defaultMinIsr: 2, uncleanLeaderElection: false, durableAcks: true };

function cluster(): { image: MetadataImage; apply: (records: readonly MetadataRecord[]) => void } {
  let offset = 0;
  const state = {
    image: MetadataImage.empty(),
    apply(records: readonly MetadataRecord[]) {
      if (records.length > 0) state.image = state.image.apply(records, offset++, 1);
    },
  };
  for (const id of [1, 2, 3, 4]) state.apply(registerBroker(state.image, config, { clusterId: 'c', brokerId: id, incarnationId: `b${id}`, endpoints: [], rack: null, logDirIds: [`d${id}`] }, () => false).records);
  for (const id of [1, 2, 3, 4]) state.apply(unfenceBroker(state.image, config, id));
  state.apply(createTopics(state.image, config, SeededRandom.fromSeed(1), [{ name: 't', numPartitions: 2, replicationFactor: 3, configs: { 'retention.ms': '1000' } }]).records);
  return state;
}

describe('CreatePartitions', () => {
  it('adds partitions with the topic replication factor, spread over the brokers', () => {
    const c = cluster();
    const decision = createPartitions(c.image, config, [{ name: 't', count: 6 }], false);
    c.apply(decision.records);
    expect(decision.response(0).map((r) => r.error)).toEqual([null]);
    const topic = c.image.topicsByName.get('t')!;
    expect(topic.partitions.size).toBe(6);
    const leaders = new Set<number>();
    for (let p = 2; p < 6; p++) {
      const partition = c.image.partition('t', p)!;
      expect(new Set(partition.replicas).size).toBe(3);
      expect(partition.isr).toEqual(partition.replicas);
      leaders.add(partition.leader);
    }
    expect(leaders.size).toBeGreaterThan(1);
  });

  it.each([
    [[{ name: 't', count: 2 }], 'INVALID_PARTITIONS'],
    [[{ name: 't', count: 1 }], 'INVALID_PARTITIONS'],
    [[{ name: 'missing', count: 3 }], 'UNKNOWN_TOPIC_OR_PARTITION'],
    [[{ name: 't', count: 200_000 }], 'INVALID_PARTITIONS'],
  ])('refuses %j with %s and writes nothing', (requests, code) => {
    const c = cluster();
    const decision = createPartitions(c.image, config, requests, false);
    expect(decision.records).toEqual([]);
    expect(decision.response(0)[0]!.error?.code).toBe(code);
  });

  it('refuses a topic named twice, and validateOnly writes nothing', () => {
    const c = cluster();
    const twice = createPartitions(c.image, config, [{ name: 't', count: 3 }, { name: 't', count: 4 }], false);
    expect(twice.response(0).map((r) => r.error?.code ?? null)).toEqual([null, 'INVALID_REQUEST']);
    expect(createPartitions(c.image, config, [{ name: 't', count: 3 }], true).records).toEqual([]);
  });
});

describe('IncrementalAlterConfigs', () => {
  it('sets and deletes topic configs; a delete falls back to the default', () => {
    const c = cluster();
    const decision = alterTopicConfigs(c.image, config, [{ name: 't', set: { 'cleanup.policy': 'compact', 'min.insync.replicas': '3' }, delete: ['retention.ms'] }], false);
    expect(decision.response(0)[0]!.error).toBeNull();
    c.apply(decision.records);
    expect(Object.fromEntries(c.image.configs('topic', 't'))).toEqual({ 'cleanup.policy': 'compact', 'min.insync.replicas': '3' });
  });

  it('writes no record for a value that is already set, or a delete of an unset key', () => {
    const c = cluster();
    expect(alterTopicConfigs(c.image, config, [{ name: 't', set: { 'retention.ms': '1000' }, delete: ['segment.bytes'] }], false).records).toEqual([]);
  });

  it.each([
    [{ name: 't', set: { 'retention.mss': '1' }, delete: [] }, 'INVALID_CONFIG'],
    [{ name: 't', set: { 'retention.ms': 'soon' }, delete: [] }, 'INVALID_CONFIG'],
    [{ name: 't', set: { 'min.insync.replicas': '4' }, delete: [] }, 'INVALID_CONFIG'],
    [{ name: 't', set: {}, delete: ['no.such.key'] }, 'INVALID_CONFIG'],
    [{ name: 't', set: { 'retention.ms': '5' }, delete: ['retention.ms'] }, 'INVALID_REQUEST'],
    [{ name: 'missing', set: { 'retention.ms': '5' }, delete: [] }, 'UNKNOWN_TOPIC_OR_PARTITION'],
  ])('refuses %j with %s and writes nothing', (request, code) => {
    const c = cluster();
    const decision = alterTopicConfigs(c.image, config, [request], false);
    expect(decision.records).toEqual([]);
    expect(decision.response(0)[0]!.error?.code).toBe(code);
  });

  it('validateOnly checks without writing', () => {
    const c = cluster();
    const decision = alterTopicConfigs(c.image, config, [{ name: 't', set: { 'retention.ms': '5' }, delete: [] }], true);
    expect(decision.records).toEqual([]);
    expect(decision.response(0)[0]!.error).toBeNull();
  });
});
