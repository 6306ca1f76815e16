// Goal: each replay rule of MetadataImage (the list atop src/metadata/image.ts,
// after Kafka's MetadataDelta/PartitionRegistration.merge) holds, errors
// leave the old image intact, the derived per-broker views are right, and
// apply shares everything it does not touch.
// Method: hand-written record sequences, one rule per test.

import { describe, expect, it } from 'vitest';
import { AssertionError } from '../../src/common/assert.js';
import { MetadataImage, MetadataReplayError } from '../../src/metadata/image.js';
import type { MetadataRecord, PartitionRecord } from '../../src/metadata/records.js';
import { scanPartitionsOf } from './fixtures.js';

const endpoints = [{ name: 'PLAINTEXT', host: 'localhost', port: 9092 }];

function register(brokerId: number, incarnationId = `inc-${brokerId}`, fenced = true): MetadataRecord {
  return { type: 'RegisterBroker', brokerId, incarnationId, endpoints, rack: null, fenced, logDirIds: [`dir-${brokerId}`] };
}

function partition(topicId: string, p: number, replicas: number[], extra: Partial<PartitionRecord> = {}): PartitionRecord {
  return { type: 'Partition', topicId, partition: p, replicas, isr: replicas, elr: [], leader: replicas[0] ?? -1, leaderEpoch: 0, partitionEpoch: 0, ...extra };
}

/** brokers 1..3 registered (entry 0), topic "orders" (id T1) with 2 partitions and "audit" (id T2) with 1 (entry 1). */
function baseImage(): MetadataImage {
  return MetadataImage.empty()
    .apply([register(1), register(2), register(3)], 0, 1)
    .apply(
      [
        { type: 'Topic', name: 'orders', topicId: 'T1' },
        partition('T1', 0, [1, 2, 3]),
        partition('T1', 1, [2, 3, 1]),
        { type: 'Topic', name: 'audit', topicId: 'T2' },
        partition('T2', 0, [3, 1]),
      ],
      1,
      1,
    );
}

function replayError(run: () => unknown): MetadataReplayError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MetadataReplayError);
    return error as MetadataReplayError;
  }
  throw new Error('expected a MetadataReplayError');
}

describe('MetadataImage', () => {
  it('starts empty at offset -1', () => {
    const image = MetadataImage.empty();
    expect(image.offset).toBe(-1);
    expect(image.epoch).toBe(-1);
    expect(image.brokers.size).toBe(0);
    expect(image.topicsById.size).toBe(0);
    expect(image.topicsByName.size).toBe(0);
    expect(image.nextProducerId).toBe(0);
    expect(image.features.size).toBe(0);
    expect(image.configs('cluster', '').size).toBe(0);
    expect(image.partitionsOf(1).all).toEqual([]);
  });

  it('moves offset and epoch with every entry, and refuses to go back', () => {
    const image = MetadataImage.empty().apply([], 4, 2);
    expect([image.offset, image.epoch]).toEqual([4, 2]);
    const noop = image.apply([{ type: 'NoOp' }], 9);
    expect([noop.offset, noop.epoch]).toEqual([9, 2]);
    expect(noop.brokers).toBe(image.brokers);
    expect(noop.topicsById).toBe(image.topicsById);
    expect(() => noop.apply([], 9)).toThrow(AssertionError);
    expect(() => noop.apply([], 10, 1)).toThrow(AssertionError);
  });

  describe('brokers', () => {
    it('registers with brokerEpoch = the entry offset, not in controlled shutdown', () => {
      const image = MetadataImage.empty().apply([{ type: 'RegisterBroker', brokerId: 7, incarnationId: 'a', endpoints, rack: 'r1', fenced: true, logDirIds: ['d1', 'd2'] }], 12);
      expect(image.brokers.get(7)).toEqual({ brokerId: 7, incarnationId: 'a', brokerEpoch: 12, endpoints, rack: 'r1', fenced: true, inControlledShutdown: false, logDirIds: ['d1', 'd2'] });
    });

    it('replaces the registration on a new incarnation', () => {
      const first = MetadataImage.empty().apply([register(1, 'a')], 0);
      const fenced = first.apply([{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 0, fenced: false, inControlledShutdown: true }], 1);
      const second = fenced.apply([register(1, 'b', false)], 5);
      expect(second.brokers.get(1)).toMatchObject({ incarnationId: 'b', brokerEpoch: 5, fenced: false, inControlledShutdown: false });
    });

    it('applies only the present fields of a registration change with the current epoch', () => {
      let image = MetadataImage.empty().apply([register(1)], 3);
      image = image.apply([{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 3, fenced: false, inControlledShutdown: null }], 4);
      expect(image.brokers.get(1)).toMatchObject({ fenced: false, inControlledShutdown: false });
      image = image.apply([{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 3, fenced: null, inControlledShutdown: true }], 5);
      expect(image.brokers.get(1)).toMatchObject({ fenced: false, inControlledShutdown: true });
      image = image.apply([{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 3, fenced: true, inControlledShutdown: false }], 6);
      expect(image.brokers.get(1)).toMatchObject({ fenced: true, inControlledShutdown: false, brokerEpoch: 3 });
    });

    it('ignores a registration change or unregistration with a stale epoch or for an unknown broker', () => {
      const image = MetadataImage.empty().apply([register(1)], 3);
      const after = image.apply(
        [
          { type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 2, fenced: false, inControlledShutdown: true },
          { type: 'BrokerRegistrationChange', brokerId: 9, brokerEpoch: 3, fenced: false, inControlledShutdown: null },
          { type: 'UnregisterBroker', brokerId: 1, brokerEpoch: 1 },
          { type: 'UnregisterBroker', brokerId: 9, brokerEpoch: 3 },
        ],
        4,
      );
      expect(after.brokers).toBe(image.brokers);
    });

    it('unregisters with the current epoch', () => {
      const image = MetadataImage.empty().apply([register(1), register(2)], 3).apply([{ type: 'UnregisterBroker', brokerId: 1, brokerEpoch: 3 }], 4);
      expect([...image.brokers.keys()]).toEqual([2]);
    });

    it('keeps the registration object when a change changes nothing', () => {
      const image = MetadataImage.empty().apply([register(1)], 0);
      const after = image.apply([{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 0, fenced: true, inControlledShutdown: null }], 1);
      expect(after.brokers.get(1)).toBe(image.brokers.get(1));
    });
  });

  describe('topics and partitions', () => {
    it('adds topics reachable by name and id, with their partitions', () => {
      const image = baseImage();
      const orders = image.topicsByName.get('orders');
      expect(orders).toBeDefined();
      expect(image.topicsById.get('T1')).toBe(orders);
      expect(orders!.partitions.size).toBe(2);
      expect(image.partition('orders', 1)).toEqual({
        topicId: 'T1', partition: 1, replicas: [2, 3, 1], isr: [2, 3, 1], elr: [], leader: 2, leaderEpoch: 0, partitionEpoch: 0, leaderRecovering: false,
      });
      expect(image.partitionById('T2', 0)?.replicas).toEqual([3, 1]);
      expect(image.partition('orders', 2)).toBeUndefined();
      expect(image.partition('nope', 0)).toBeUndefined();
    });

    it('rejects a duplicate topic name or id', () => {
      const image = baseImage();
      expect(replayError(() => image.apply([{ type: 'Topic', name: 'orders', topicId: 'T9' }], 2)).offset).toBe(2);
      replayError(() => image.apply([{ type: 'Topic', name: 'new', topicId: 'T1' }], 2));
      replayError(() => MetadataImage.empty().apply([{ type: 'Topic', name: 'a', topicId: 'X' }, { type: 'Topic', name: 'a', topicId: 'Y' }], 0));
    });

    it('rejects a partition of an unknown topic', () => {
      replayError(() => baseImage().apply([partition('T9', 0, [1])], 2));
    });

    it('replaces a whole partition with a Partition record (leaderRecovering reset)', () => {
      let image = baseImage().apply([{ type: 'PartitionChange', topicId: 'T1', partition: 0, leaderRecovering: true }], 2);
      expect(image.partition('orders', 0)?.leaderRecovering).toBe(true);
      image = image.apply([partition('T1', 0, [3], { leaderEpoch: 9, partitionEpoch: 11, elr: [1] })], 3);
      expect(image.partition('orders', 0)).toEqual({
        topicId: 'T1', partition: 0, replicas: [3], isr: [3], elr: [1], leader: 3, leaderEpoch: 9, partitionEpoch: 11, leaderRecovering: false,
      });
    });

    it('does not let callers mutate the image through the record arrays', () => {
      const replicas = [1, 2];
      const image = baseImage().apply([partition('T1', 0, replicas)], 2);
      replicas.push(3);
      expect(image.partition('orders', 0)?.replicas).toEqual([1, 2]);
      expect(Object.isFrozen(image.partition('orders', 0))).toBe(true);
      expect(Object.isFrozen(image.partition('orders', 0)?.isr)).toBe(true);
    });
  });

  describe('PartitionChange (PartitionRegistration.merge)', () => {
    const change = (fields: object, offset = 2) => baseImage().apply([{ type: 'PartitionChange', topicId: 'T1', partition: 0, ...fields }], offset).partition('orders', 0)!;

    it('bumps leaderEpoch and partitionEpoch when the leader changes', () => {
      expect(change({ leader: 2 })).toMatchObject({ leader: 2, leaderEpoch: 1, partitionEpoch: 1, isr: [1, 2, 3] });
    });

    it('bumps leaderEpoch whenever leader is present, even naming the same leader', () => {
      expect(change({ leader: 1 })).toMatchObject({ leader: 1, leaderEpoch: 1, partitionEpoch: 1 });
      expect(change({ leader: -1 })).toMatchObject({ leader: -1, leaderEpoch: 1, partitionEpoch: 1 });
    });

    it('bumps only partitionEpoch for ISR, ELR, replica and recovery changes', () => {
      expect(change({ isr: [1, 2] })).toMatchObject({ isr: [1, 2], leaderEpoch: 0, partitionEpoch: 1 });
      expect(change({ elr: [3] })).toMatchObject({ elr: [3], isr: [1, 2, 3], leaderEpoch: 0, partitionEpoch: 1 });
      expect(change({ replicas: [1, 2, 4] })).toMatchObject({ replicas: [1, 2, 4], leaderEpoch: 0, partitionEpoch: 1 });
      expect(change({ leaderRecovering: true })).toMatchObject({ leaderRecovering: true, leaderEpoch: 0, partitionEpoch: 1 });
    });

    it('bumps partitionEpoch even for an empty change', () => {
      expect(change({})).toMatchObject({ leader: 1, isr: [1, 2, 3], leaderEpoch: 0, partitionEpoch: 1 });
    });

    it('applies several fields and accumulates over several changes in one entry', () => {
      const image = baseImage().apply(
        [
          { type: 'PartitionChange', topicId: 'T1', partition: 0, leader: 3, isr: [3], leaderRecovering: true },
          { type: 'PartitionChange', topicId: 'T1', partition: 0, leaderRecovering: false, isr: [3, 1] },
        ],
        2,
      );
      expect(image.partition('orders', 0)).toMatchObject({ leader: 3, isr: [3, 1], leaderRecovering: false, leaderEpoch: 1, partitionEpoch: 2 });
    });

    it('rejects a change of an unknown partition or topic, or a leader below -1', () => {
      replayError(() => baseImage().apply([{ type: 'PartitionChange', topicId: 'T1', partition: 5, leader: 1 }], 2));
      replayError(() => baseImage().apply([{ type: 'PartitionChange', topicId: 'T9', partition: 0 }], 2));
      replayError(() => baseImage().apply([{ type: 'PartitionChange', topicId: 'T1', partition: 0, leader: -2 }], 2));
    });
  });

  describe('RemoveTopic', () => {
    it('removes the topic, its partitions, its configs and its broker index entries', () => {
      const image = baseImage()
        .apply([{ type: 'Config', resourceType: 'topic', resourceName: 'orders', name: 'retention.ms', value: '1000' }], 2)
        .apply([{ type: 'RemoveTopic', topicId: 'T1' }], 3);
      expect(image.topicsById.has('T1')).toBe(false);
      expect(image.topicsByName.has('orders')).toBe(false);
      expect(image.configs('topic', 'orders').size).toBe(0);
      expect(image.partitionsOf(2).all.map((p) => p.topicId)).toEqual([]);
      expect(image.partitionsOf(1).all.map((p) => `${p.topicId}:${p.partition}`)).toEqual(['T2:0']);
    });

    it('rejects an unknown topic id', () => {
      replayError(() => baseImage().apply([{ type: 'RemoveTopic', topicId: 'T9' }], 2));
    });

    it('lets the name be reused by a new topic, in the same entry too', () => {
      const image = baseImage().apply([{ type: 'RemoveTopic', topicId: 'T1' }, { type: 'Topic', name: 'orders', topicId: 'T3' }, partition('T3', 0, [2])], 2);
      expect(image.topicsByName.get('orders')?.topicId).toBe('T3');
      expect(image.partition('orders', 0)?.replicas).toEqual([2]);
      expect(image.topicsById.has('T1')).toBe(false);
    });

    it('accepts the config deletes the controller writes after a RemoveTopic', () => {
      const image = baseImage()
        .apply([{ type: 'Config', resourceType: 'topic', resourceName: 'orders', name: 'a', value: '1' }], 2)
        .apply([{ type: 'RemoveTopic', topicId: 'T1' }, { type: 'Config', resourceType: 'topic', resourceName: 'orders', name: 'a', value: null }], 3);
      expect(image.configs('topic', 'orders').size).toBe(0);
    });
  });

  describe('configs, producer ids, features', () => {
    it('sets and deletes config keys per resource', () => {
      let image = MetadataImage.empty().apply(
        [
          { type: 'Config', resourceType: 'broker', resourceName: '1', name: 'log.retention.hours', value: '1' },
          { type: 'Config', resourceType: 'broker', resourceName: '1', name: 'x', value: '2' },
          { type: 'Config', resourceType: 'cluster', resourceName: '', name: 'x', value: '3' },
          { type: 'Config', resourceType: 'topic', resourceName: '1', name: 'x', value: '4' },
        ],
        0,
      );
      expect(Object.fromEntries(image.configs('broker', '1'))).toEqual({ 'log.retention.hours': '1', x: '2' });
      expect(image.configs('cluster', '').get('x')).toBe('3');
      expect(image.configs('topic', '1').get('x')).toBe('4');
      image = image.apply(
        [
          { type: 'Config', resourceType: 'broker', resourceName: '1', name: 'x', value: null },
          { type: 'Config', resourceType: 'broker', resourceName: '1', name: 'missing', value: null },
          { type: 'Config', resourceType: 'cluster', resourceName: '', name: 'x', value: null },
        ],
        1,
      );
      expect(Object.fromEntries(image.configs('broker', '1'))).toEqual({ 'log.retention.hours': '1' });
      expect(image.configs('cluster', '').size).toBe(0);
      expect([...image.allConfigs()].map((c) => `${c.resourceType}:${c.resourceName}`).sort()).toEqual(['broker:1', 'topic:1']);
    });

    it('advances nextProducerId and rejects one that does not grow', () => {
      const image = MetadataImage.empty().apply([{ type: 'ProducerIds', brokerId: 1, brokerEpoch: 0, nextProducerId: 1000 }], 0);
      expect(image.nextProducerId).toBe(1000);
      replayError(() => image.apply([{ type: 'ProducerIds', brokerId: 1, brokerEpoch: 0, nextProducerId: 1000 }], 1));
      replayError(() => image.apply([{ type: 'ProducerIds', brokerId: 1, brokerEpoch: 0, nextProducerId: 0 }], 1));
    });

    it('sets feature levels; level 0 removes the feature; a negative level is an error', () => {
      let image = MetadataImage.empty().apply([{ type: 'FeatureLevel', name: 'metadata.version', level: 3 }, { type: 'FeatureLevel', name: 'elr', level: 1 }], 0);
      expect(Object.fromEntries(image.features)).toEqual({ 'metadata.version': 3, elr: 1 });
      image = image.apply([{ type: 'FeatureLevel', name: 'elr', level: 0 }], 1);
      expect(Object.fromEntries(image.features)).toEqual({ 'metadata.version': 3 });
      replayError(() => image.apply([{ type: 'FeatureLevel', name: 'x', level: -1 }], 2));
    });
  });

  describe('atomicity', () => {
    it('leaves the old image untouched when a record in the batch fails', () => {
      const image = baseImage();
      const error = replayError(() =>
        image.apply([{ type: 'PartitionChange', topicId: 'T1', partition: 0, leader: 3 }, register(4), { type: 'RemoveTopic', topicId: 'nope' }], 2),
      );
      expect(error.record).toEqual({ type: 'RemoveTopic', topicId: 'nope' });
      expect(image.partition('orders', 0)?.leader).toBe(1);
      expect(image.brokers.has(4)).toBe(false);
      expect(image.offset).toBe(1);
    });
  });

  describe('partitionsOf', () => {
    it('lists the partitions a broker is replica, ISR or ELR member or leader of, sorted by topic name then partition', () => {
      const image = baseImage().apply(
        [
          { type: 'PartitionChange', topicId: 'T1', partition: 0, isr: [1, 2], elr: [3] },
          { type: 'PartitionChange', topicId: 'T2', partition: 0, leader: 1 },
        ],
        2,
      );
      const three = image.partitionsOf(3);
      const keys = (list: readonly { topicId: string; partition: number }[]) => list.map((p) => `${p.topicId}:${p.partition}`);
      expect(keys(three.all)).toEqual(['T2:0', 'T1:0', 'T1:1']); // "audit" sorts before "orders"
      expect(keys(three.replicaOf)).toEqual(['T2:0', 'T1:0', 'T1:1']);
      expect(keys(three.inIsr)).toEqual(['T2:0', 'T1:1']);
      expect(keys(three.inElr)).toEqual(['T1:0']);
      expect(keys(three.leaderOf)).toEqual([]);
      expect(keys(image.partitionsOf(1).leaderOf)).toEqual(['T2:0', 'T1:0']);
      expect(image.partitionsOf(3)).toBe(three); // cached per image
      for (const id of [1, 2, 3, 4]) expect(keys(image.partitionsOf(id).all)).toEqual(scanPartitionsOf(image, id));
    });

    it('follows membership changes: a broker leaves the index when no list names it any more', () => {
      let image = baseImage().apply([{ type: 'PartitionChange', topicId: 'T2', partition: 0, replicas: [3], isr: [3], leader: 3 }], 2);
      expect(image.partitionsOf(1).all.map((p) => p.topicId)).toEqual(['T1', 'T1']);
      image = image.apply([{ type: 'PartitionChange', topicId: 'T2', partition: 0, elr: [1] }], 3);
      expect(image.partitionsOf(1).inElr.map((p) => p.topicId)).toEqual(['T2']);
      expect(image.partitionsOf(1).replicaOf.map((p) => p.topicId)).toEqual(['T1', 'T1']);
    });
  });

  describe('structural sharing', () => {
    it('a partition change shares every other topic and partition object', () => {
      const before = baseImage();
      const after = before.apply([{ type: 'PartitionChange', topicId: 'T1', partition: 1, isr: [2, 3] }], 2);
      expect(after.topicsById.get('T2')).toBe(before.topicsById.get('T2'));
      expect(after.topicsByName.get('audit')).toBe(before.topicsByName.get('audit'));
      expect(after.partition('orders', 0)).toBe(before.partition('orders', 0));
      expect(after.partition('orders', 1)).not.toBe(before.partition('orders', 1));
      expect(after.topicsById.get('T1')).toBe(after.topicsByName.get('orders'));
      expect(after.brokers).toBe(before.brokers);
      expect(after.features).toBe(before.features);
      // Membership did not change, so neither did any broker's index.
      expect(after.partitionsOf(1).all.length).toBe(3);
    });

    it('a broker change shares every topic', () => {
      const before = baseImage();
      const after = before.apply([{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 0, fenced: false, inControlledShutdown: null }], 2);
      expect(after.topicsById).toBe(before.topicsById);
      expect(after.topicsByName).toBe(before.topicsByName);
      expect(after.brokers.get(2)).toBe(before.brokers.get(2));
    });

    it('shares untouched topics among thousands', () => {
      let image = MetadataImage.empty().apply([register(1)], 0);
      const records: MetadataRecord[] = [];
      for (let t = 0; t < 2000; t++) records.push({ type: 'Topic', name: `t${t}`, topicId: `id${t}` }, partition(`id${t}`, 0, [1]));
      image = image.apply(records, 1);
      const next = image.apply([{ type: 'PartitionChange', topicId: 'id5', partition: 0, leader: -1 }], 2);
      let shared = 0;
      for (const [id, topic] of next.topicsById) if (image.topicsById.get(id) === topic) shared++;
      expect(shared).toBe(1999);
    });
  });
});
