// Goal: every metadata record kind survives encodeRecordBatch →
// decodeRecordBatch unchanged (including absent vs empty vs zero optional
// fields), and bad input — undecodable bytes, unknown record kinds, unknown
// enum values, int64s past 2^53 — is SkiffError('CORRUPT_MESSAGE'), never
// another error and never a silently wrong record.
// Method: fast-check arbitraries for every record kind; hand-built byte
// strings for each corruption.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { skiff } from '../../src/gen/index.js';
import { decodeRecordBatch, encodeRecordBatch } from '../../src/metadata/record-codec.js';
import type { MetadataRecord, MetadataRecordType } from '../../src/metadata/records.js';
import { arbitraryRecord } from './fixtures.js';

function expectCorrupt(run: () => unknown): void {
  let thrown: unknown = null;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isSkiffError(thrown) && thrown.code === 'CORRUPT_MESSAGE', `expected CORRUPT_MESSAGE, got ${String(thrown)}`).toBe(true);
}

describe('record codec', () => {
  it('round-trips batches of every record kind', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 8 }), (records) => {
        expect(decodeRecordBatch(encodeRecordBatch(records))).toStrictEqual(records);
      }),
      { numRuns: 500 },
    );
  });

  it('covers every record kind', () => {
    const seen = new Set<MetadataRecordType>();
    fc.assert(fc.property(arbitraryRecord, (r) => void seen.add(r.type)), { numRuns: 500 });
    expect(seen.size).toBe(11);
  });

  it('keeps absent, empty and zero apart in PartitionChange and nullable fields', () => {
    const records: MetadataRecord[] = [
      { type: 'PartitionChange', topicId: 't', partition: 0 },
      { type: 'PartitionChange', topicId: 't', partition: 0, leader: 0, isr: [], elr: [], replicas: [], leaderRecovering: false },
      { type: 'PartitionChange', topicId: 't', partition: 0, leader: -1 },
      { type: 'BrokerRegistrationChange', brokerId: 0, brokerEpoch: 0, fenced: false, inControlledShutdown: null },
      { type: 'BrokerRegistrationChange', brokerId: 0, brokerEpoch: 0, fenced: null, inControlledShutdown: false },
      { type: 'RegisterBroker', brokerId: 0, incarnationId: '', endpoints: [], rack: '', fenced: false, logDirIds: [] },
      { type: 'RegisterBroker', brokerId: 0, incarnationId: '', endpoints: [], rack: null, fenced: true, logDirIds: ['MkU3OEVBNTcwNTJENDM2Qg', ''] },
      { type: 'Config', resourceType: 'cluster', resourceName: '', name: 'k', value: '' },
      { type: 'Config', resourceType: 'cluster', resourceName: '', name: 'k', value: null },
    ];
    expect(decodeRecordBatch(encodeRecordBatch(records))).toStrictEqual(records);
  });

  it('decodes a RegisterBroker written before directory ids as logDirIds []', () => {
    const bytes = skiff.metadata.MetadataRecordBatch.encode({ records: [{ registerBroker: { brokerId: 3, incarnationId: 'i', fenced: true } }] }).finish();
    expect(decodeRecordBatch(bytes)).toStrictEqual([{ type: 'RegisterBroker', brokerId: 3, incarnationId: 'i', endpoints: [], rack: null, fenced: true, logDirIds: [] }]);
  });

  it('round-trips int64 extremes', () => {
    const records: MetadataRecord[] = [
      { type: 'ProducerIds', brokerId: 1, brokerEpoch: Number.MAX_SAFE_INTEGER, nextProducerId: Number.MAX_SAFE_INTEGER },
      { type: 'UnregisterBroker', brokerId: 1, brokerEpoch: -1 },
    ];
    expect(decodeRecordBatch(encodeRecordBatch(records))).toStrictEqual(records);
  });

  it('decodes an empty batch', () => {
    expect(decodeRecordBatch(encodeRecordBatch([]))).toEqual([]);
    expect(decodeRecordBatch(new Uint8Array())).toEqual([]);
  });

  it('rejects truncated bytes', () => {
    const bytes = encodeRecordBatch([{ type: 'Topic', name: 'orders', topicId: 'abc' }]);
    expectCorrupt(() => decodeRecordBatch(bytes.subarray(0, bytes.length - 1)));
  });

  it('rejects a record of an unknown kind', () => {
    // records[0] = a MetadataRecord whose only field is #50 (varint 1): a kind from a newer version.
    expectCorrupt(() => decodeRecordBatch(Uint8Array.of(0x0a, 0x03, 0x90, 0x03, 0x01)));
    // An empty MetadataRecord: no kind at all.
    expectCorrupt(() => decodeRecordBatch(Uint8Array.of(0x0a, 0x00)));
  });

  it('rejects an unknown config resource type', () => {
    for (const resourceType of [0, 7]) {
      const bytes = skiff.metadata.MetadataRecordBatch.encode({
        records: [{ config: { resourceType: resourceType as skiff.metadata.ConfigResourceType, resourceName: 'x', name: 'k', value: 'v' } }],
      }).finish();
      expectCorrupt(() => decodeRecordBatch(bytes));
    }
  });

  it('rejects int64 values beyond Number.MAX_SAFE_INTEGER', () => {
    const bytes = skiff.metadata.MetadataRecordBatch.encode({
      records: [{ producerIds: { brokerId: 1, brokerEpoch: 1, nextProducerId: 2 ** 60 } }],
    }).finish();
    expectCorrupt(() => decodeRecordBatch(bytes));
  });

  it('either decodes or reports CORRUPT_MESSAGE for arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          decodeRecordBatch(bytes);
        } catch (error) {
          expect(isSkiffError(error) && error.code === 'CORRUPT_MESSAGE', String(error)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
