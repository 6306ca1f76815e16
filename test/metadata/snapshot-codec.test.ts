// Goal: encodeSnapshot/decodeSnapshot round-trip an image exactly (contents,
// offset, epoch, broker epochs, recovery flags, configs, producer ids,
// features), equal images encode to equal bytes whatever their history, and
// bad or inconsistent snapshot bytes are SkiffError('CORRUPT_MESSAGE').
// Method: hand-built images and hand-built snapshot messages.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { skiff } from '../../src/gen/index.js';
import { MetadataImage } from '../../src/metadata/image.js';
import { decodeSnapshot, encodeSnapshot } from '../../src/metadata/snapshot-codec.js';
import { view } from './fixtures.js';

function expectCorrupt(run: () => unknown): void {
  let thrown: unknown = null;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isSkiffError(thrown) && thrown.code === 'CORRUPT_MESSAGE', `expected CORRUPT_MESSAGE, got ${String(thrown)}`).toBe(true);
}

function richImage(): MetadataImage {
  return MetadataImage.empty()
    .apply(
      [
        { type: 'RegisterBroker', brokerId: 1, incarnationId: 'a', endpoints: [{ name: 'PLAINTEXT', host: 'h1', port: 9092 }], rack: 'r1', fenced: false, logDirIds: ['dirA1', 'dirA2'] },
        { type: 'RegisterBroker', brokerId: 2, incarnationId: 'b', endpoints: [], rack: null, fenced: true, logDirIds: [] },
        { type: 'FeatureLevel', name: 'metadata.version', level: 7 },
      ],
      3,
      2,
    )
    .apply(
      [
        { type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 3, fenced: null, inControlledShutdown: true },
        { type: 'Topic', name: 'orders', topicId: 'T1' },
        { type: 'Partition', topicId: 'T1', partition: 0, replicas: [1, 2], isr: [1], elr: [2], leader: 1, leaderEpoch: 4, partitionEpoch: 9 },
        { type: 'Partition', topicId: 'T1', partition: 1, replicas: [2, 1], isr: [], elr: [], leader: -1, leaderEpoch: 0, partitionEpoch: 0 },
        { type: 'PartitionChange', topicId: 'T1', partition: 1, leader: 2, isr: [2], leaderRecovering: true },
        { type: 'Topic', name: 'empty', topicId: 'T2' },
        { type: 'Config', resourceType: 'topic', resourceName: 'orders', name: 'cleanup.policy', value: 'compact' },
        { type: 'Config', resourceType: 'cluster', resourceName: '', name: 'x', value: '' },
        { type: 'ProducerIds', brokerId: 1, brokerEpoch: 3, nextProducerId: 5000 },
      ],
      8,
      3,
    );
}

describe('snapshot codec', () => {
  it('round-trips an image exactly', () => {
    const image = richImage();
    const restored = decodeSnapshot(encodeSnapshot(image));
    expect(view(restored)).toEqual(view(image));
    expect(restored.offset).toBe(8);
    expect(restored.epoch).toBe(3);
    expect(restored.brokers.get(1)).toEqual({ brokerId: 1, incarnationId: 'a', brokerEpoch: 3, endpoints: [{ name: 'PLAINTEXT', host: 'h1', port: 9092 }], rack: 'r1', fenced: false, inControlledShutdown: true, logDirIds: ['dirA1', 'dirA2'] });
    expect(restored.brokers.get(2)?.logDirIds).toEqual([]);
    expect(restored.partition('orders', 1)).toMatchObject({ leader: 2, leaderEpoch: 1, partitionEpoch: 1, leaderRecovering: true });
    expect(restored.topicsByName.get('empty')?.partitions.size).toBe(0);
    expect(restored.nextProducerId).toBe(5000);
    // A restored image keeps replaying like the original.
    const next = [{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 3, fenced: true, inControlledShutdown: false }] as const;
    expect(view(restored.apply(next, 9))).toEqual(view(image.apply(next, 9)));
  });

  it('round-trips the empty image', () => {
    const restored = decodeSnapshot(encodeSnapshot(MetadataImage.empty()));
    expect(view(restored)).toEqual(view(MetadataImage.empty()));
    expect(restored.offset).toBe(-1);
  });

  it('encodes equal images to equal bytes whatever the order they were built in', () => {
    const a = MetadataImage.empty().apply(
      [
        { type: 'Topic', name: 'b', topicId: 'B' },
        { type: 'Topic', name: 'a', topicId: 'A' },
        { type: 'Config', resourceType: 'broker', resourceName: '2', name: 'y', value: '1' },
        { type: 'Config', resourceType: 'broker', resourceName: '2', name: 'x', value: '1' },
      ],
      0,
    );
    const b = MetadataImage.empty().apply(
      [
        { type: 'Config', resourceType: 'broker', resourceName: '2', name: 'x', value: '1' },
        { type: 'Topic', name: 'a', topicId: 'A' },
        { type: 'Config', resourceType: 'broker', resourceName: '2', name: 'y', value: '1' },
        { type: 'Topic', name: 'b', topicId: 'B' },
      ],
      0,
    );
    expect(encodeSnapshot(a)).toEqual(encodeSnapshot(b));
  });

  it('decodes a broker written before directory ids as logDirIds []', () => {
    const bytes = skiff.metadata.MetadataSnapshot.encode({ offset: 4, epoch: 1, brokers: [{ brokerId: 1, incarnationId: 'a', brokerEpoch: 2, fenced: true }] }).finish();
    expect(decodeSnapshot(bytes).brokers.get(1)).toEqual({ brokerId: 1, incarnationId: 'a', brokerEpoch: 2, endpoints: [], rack: null, fenced: true, inControlledShutdown: false, logDirIds: [] });
  });

  it('rejects undecodable bytes', () => {
    const bytes = encodeSnapshot(richImage());
    expectCorrupt(() => decodeSnapshot(bytes.subarray(0, bytes.length - 3)));
  });

  it('rejects inconsistent content', () => {
    const encode = (m: skiff.metadata.MetadataSnapshot.$Properties) => skiff.metadata.MetadataSnapshot.encode(m).finish();
    const topic = (name: string, topicId: string, partitions: number[] = []) => ({ name, topicId, partitions: partitions.map((partition) => ({ partition, replicas: [1], isr: [1], leader: 1 })) });
    expectCorrupt(() => decodeSnapshot(encode({ topics: [topic('a', 'A'), topic('a', 'B')] })));
    expectCorrupt(() => decodeSnapshot(encode({ topics: [topic('a', 'A'), topic('b', 'A')] })));
    expectCorrupt(() => decodeSnapshot(encode({ topics: [topic('a', 'A', [0, 0])] })));
    expectCorrupt(() => decodeSnapshot(encode({ brokers: [{ brokerId: 1 }, { brokerId: 1 }] })));
    expectCorrupt(() => decodeSnapshot(encode({ features: [{ name: 'f', level: 1 }, { name: 'f', level: 2 }] })));
    expectCorrupt(() => decodeSnapshot(encode({ configs: [{ resourceType: 1, resourceName: 't', entries: [{ name: 'k', value: '1' }, { name: 'k', value: '2' }] }] })));
    expectCorrupt(() => decodeSnapshot(encode({ configs: [{ resourceType: 9 as skiff.metadata.ConfigResourceType, resourceName: 't', entries: [{ name: 'k', value: '1' }] }] })));
    expectCorrupt(() => decodeSnapshot(encode({ offset: -2 })));
    expectCorrupt(() => decodeSnapshot(encode({ nextProducerId: 2 ** 60 })));
    expectCorrupt(() => decodeSnapshot(encode({ nextProducerId: -5 })));
  });

  it('either decodes or reports CORRUPT_MESSAGE for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeSnapshot(bytes);
        } catch (error) {
          expect(isSkiffError(error) && error.code === 'CORRUPT_MESSAGE', String(error)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
