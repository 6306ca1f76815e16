// Goal: MetadataLoader is a faithful RaftNode StateMachine: it replays each
// committed data entry at its offset and epoch, skips leader-change entries,
// publishes every new image synchronously with the previous one, snapshots
// and restores exactly, and rethrows replay and decode errors (fatal).
// Method: entries built with encodeRecordBatch, fed to apply() in order.

import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { MetadataImage, MetadataReplayError } from '../../src/metadata/image.js';
import { MetadataLoader } from '../../src/metadata/loader.js';
import { encodeRecordBatch } from '../../src/metadata/record-codec.js';
import type { MetadataRecord } from '../../src/metadata/records.js';
import type { StateMachine } from '../../src/raft/raft-node.js';
import type { LogEntry } from '../../src/raft/types.js';
import { view } from './fixtures.js';

function entry(offset: number, records: readonly MetadataRecord[], epoch = 1): LogEntry {
  return { offset, epoch, kind: 'data', data: encodeRecordBatch(records) };
}

const registerOne: MetadataRecord = { type: 'RegisterBroker', brokerId: 1, incarnationId: 'a', endpoints: [], rack: null, fenced: true, logDirIds: [] };

describe('MetadataLoader', () => {
  it('is a StateMachine', () => {
    const machine: StateMachine = new MetadataLoader();
    expect(machine.snapshot()).toBeInstanceOf(Uint8Array);
  });

  it('replays data entries at their offset and epoch and publishes each image', () => {
    const loader = new MetadataLoader();
    const seen: { image: MetadataImage; previous: MetadataImage }[] = [];
    loader.subscribe((image, previous) => seen.push({ image, previous }));
    const first = loader.apply(entry(0, [registerOne], 1));
    expect(first).toBe(loader.image);
    expect(loader.image.brokers.get(1)?.brokerEpoch).toBe(0);
    loader.apply({ offset: 1, epoch: 2, kind: 'leader-change', data: new Uint8Array([1, 2, 3]) });
    expect(loader.image).toBe(first);
    loader.apply(entry(2, [{ type: 'NoOp' }], 2));
    expect([loader.image.offset, loader.image.epoch]).toEqual([2, 2]);
    expect(seen.map((s) => s.image.offset)).toEqual([0, 2]);
    expect(seen[0]!.previous).toBe(MetadataImage.empty());
    expect(seen[1]!.previous).toBe(first);
  });

  it('stops publishing to an unsubscribed listener, and lets one failing listener not starve the others', () => {
    const loader = new MetadataLoader();
    const calls: string[] = [];
    const stop = loader.subscribe(() => calls.push('a'));
    loader.subscribe(() => {
      throw new Error('listener bug');
    });
    loader.subscribe(() => calls.push('c'));
    expect(() => loader.apply(entry(0, [{ type: 'NoOp' }]))).toThrow('listener bug');
    expect(loader.image.offset).toBe(0);
    stop();
    expect(() => loader.apply(entry(1, [{ type: 'NoOp' }]))).toThrow('listener bug');
    expect(calls).toEqual(['a', 'c', 'c']);
  });

  it('snapshots and restores the image exactly, publishing the restored image', () => {
    const source = new MetadataLoader();
    source.apply(entry(0, [registerOne, { type: 'Topic', name: 'orders', topicId: 'T1' }]));
    source.apply(entry(3, [{ type: 'Partition', topicId: 'T1', partition: 0, replicas: [1], isr: [1], elr: [], leader: 1, leaderEpoch: 0, partitionEpoch: 0 }], 2));
    const target = new MetadataLoader();
    const seen: number[] = [];
    target.subscribe((image) => seen.push(image.offset));
    target.restore(source.snapshot());
    expect(view(target.image)).toEqual(view(source.image));
    expect(seen).toEqual([3]);
    target.apply(entry(4, [{ type: 'PartitionChange', topicId: 'T1', partition: 0, leader: -1 }], 2));
    expect(target.image.partition('orders', 0)?.leaderEpoch).toBe(1);
    target.restore(null);
    expect(target.image).toBe(MetadataImage.empty());
    expect(seen).toEqual([3, 4, -1]);
  });

  it('rethrows a replay error and keeps the last good image', () => {
    const loader = new MetadataLoader();
    loader.apply(entry(0, [registerOne]));
    const good = loader.image;
    expect(() => loader.apply(entry(1, [{ type: 'RemoveTopic', topicId: 'missing' }]))).toThrow(MetadataReplayError);
    expect(loader.image).toBe(good);
  });

  it('rethrows undecodable entry data as CORRUPT_MESSAGE', () => {
    const loader = new MetadataLoader();
    let thrown: unknown = null;
    try {
      loader.apply({ offset: 0, epoch: 1, kind: 'data', data: Uint8Array.of(0x0a, 0x05, 0x01) });
    } catch (error) {
      thrown = error;
    }
    expect(isSkiffError(thrown) && thrown.code === 'CORRUPT_MESSAGE').toBe(true);
  });
});
