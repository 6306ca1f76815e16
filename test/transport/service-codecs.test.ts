// Goal: the controller and broker service codecs round-trip every field
// (decode(encode(x)) deep-equals x) and reject malformed bytes with typed
// errors: INVALID_REQUEST for requests, CORRUPT_MESSAGE for responses.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes, type ErrorCode } from '../../src/common/errors.js';
import type { MethodCodec } from '../../src/transport/codec.js';
import { brokerCodec } from '../../src/transport/broker-codec.js';
import { controllerCodec } from '../../src/transport/controller-codec.js';

const codes = Object.keys(errorCodes) as ErrorCode[];
const apiError = fc.option(fc.record({ code: fc.constantFrom(...codes), message: fc.string() }), { nil: null });
const id = fc.integer({ min: 0, max: 2 ** 31 - 1 });
const ids = fc.array(id, { maxLength: 5 });
const epoch64 = fc.integer({ min: -1, max: Number.MAX_SAFE_INTEGER });
const offset = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
const endpoint = fc.record({ name: fc.string(), host: fc.string(), port: fc.integer({ min: 0, max: 65535 }) });
const configs = fc.dictionary(fc.string({ minLength: 1 }).filter((k) => k !== '__proto__'), fc.string(), { maxKeys: 4 });
const creatable = fc.record({ name: fc.string(), numPartitions: fc.integer({ min: -1, max: 100000 }), replicationFactor: fc.integer({ min: -1, max: 32767 }), configs });
const broker = fc.record({
  brokerId: id, host: fc.string(), port: fc.integer({ min: 0, max: 65535 }), rack: fc.option(fc.string(), { nil: null }),
  fenced: fc.boolean(), inControlledShutdown: fc.boolean(), brokerEpoch: epoch64,
});
const partitionState = fc.record({
  topicId: fc.string(), partition: id, leader: fc.integer({ min: -1, max: 1000 }), leaderEpoch: id, partitionEpoch: id,
  replicas: ids, isr: ids, elr: ids, leaderRecovering: fc.boolean(),
});

function roundTrip<Req, Res>(codec: MethodCodec<Req, Res>, request: fc.Arbitrary<Req>, response: fc.Arbitrary<Res>): void {
  fc.assert(
    fc.property(request, (r) => {
      expect(codec.decodeRequest(codec.encodeRequest(r))).toEqual(r);
    }),
    { numRuns: 60 },
  );
  fc.assert(
    fc.property(response, (r) => {
      expect(codec.decodeResponse(codec.encodeResponse(r))).toEqual(r);
    }),
    { numRuns: 60 },
  );
}

describe('controller codec', () => {
  it('round-trips every method', () => {
    roundTrip(
      controllerCodec.BrokerRegistration,
      fc.record({ clusterId: fc.string(), brokerId: id, incarnationId: fc.string(), endpoints: fc.array(endpoint, { maxLength: 3 }), rack: fc.option(fc.string(), { nil: null }), logDirIds: fc.array(fc.string(), { maxLength: 3 }) }),
      fc.record({ error: apiError, brokerEpoch: epoch64 }),
    );
    roundTrip(
      controllerCodec.BrokerHeartbeat,
      fc.record({ brokerId: id, brokerEpoch: epoch64, currentMetadataOffset: offset, wantFence: fc.boolean(), wantShutDown: fc.boolean() }),
      fc.record({ error: apiError, isCaughtUp: fc.boolean(), isFenced: fc.boolean(), shouldShutDown: fc.boolean() }),
    );
    roundTrip(
      controllerCodec.AlterPartition,
      fc.record({
        brokerId: id, brokerEpoch: epoch64, topicId: fc.string(), partition: id, leaderEpoch: id, partitionEpoch: id,
        newIsr: fc.array(fc.record({ brokerId: id, brokerEpoch: epoch64 }), { maxLength: 4 }), leaderRecovering: fc.boolean(),
      }),
      fc.record({ error: apiError, partition: fc.option(partitionState, { nil: null }) }),
    );
    roundTrip(controllerCodec.AllocateProducerIds, fc.record({ brokerId: id, brokerEpoch: epoch64 }), fc.record({ error: apiError, firstProducerId: epoch64, size: id }));
    roundTrip(
      controllerCodec.CreateTopics,
      fc.record({ topics: fc.array(creatable, { maxLength: 3 }) }),
      fc.record({
        error: apiError,
        results: fc.array(fc.record({ name: fc.string(), topicId: fc.option(fc.string(), { nil: null }), numPartitions: fc.integer({ min: -1, max: 1000 }), replicationFactor: fc.integer({ min: -1, max: 10 }), error: apiError }), { maxLength: 3 }),
      }),
    );
    roundTrip(
      controllerCodec.DeleteTopics,
      fc.record({ names: fc.array(fc.string(), { maxLength: 3 }) }),
      fc.record({ error: apiError, results: fc.array(fc.record({ name: fc.string(), error: apiError }), { maxLength: 3 }) }),
    );
  });

  it('rejects garbage with typed errors, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        for (const codec of Object.values(controllerCodec) as MethodCodec<unknown, unknown>[]) {
          for (const [decode, code] of [[codec.decodeRequest, 'INVALID_REQUEST'], [codec.decodeResponse, 'CORRUPT_MESSAGE']] as const) {
            try {
              decode(bytes);
            } catch (error) {
              expect((error as { code?: string }).code).toBe(code);
            }
          }
        }
      }),
    );
  });
});

describe('broker codec', () => {
  it('round-trips every method', () => {
    const partition = fc.record({ partition: id, leader: fc.integer({ min: -1, max: 1000 }), leaderEpoch: id, replicas: ids, isr: ids, elr: ids, offlineReplicas: ids });
    const topic = fc.record({ name: fc.string(), topicId: fc.string(), error: apiError, partitions: fc.array(partition, { maxLength: 3 }), configs });
    roundTrip(
      brokerCodec.Metadata,
      fc.record({ topics: fc.option(fc.array(fc.string(), { maxLength: 3 }), { nil: null }) }),
      fc.record({ clusterId: fc.string(), controllerId: fc.integer({ min: -1, max: 1000 }), metadataOffset: offset, brokers: fc.array(broker, { maxLength: 3 }), topics: fc.array(topic, { maxLength: 3 }) }),
    );
    roundTrip(
      brokerCodec.DescribeCluster,
      fc.record({ includeFenced: fc.boolean() }),
      fc.record({ clusterId: fc.string(), controllerId: fc.integer({ min: -1, max: 1000 }), brokers: fc.array(broker, { maxLength: 3 }) }),
    );
    const replica = fc.record({ nodeId: id, logEndOffset: epoch64, lastFetchTimestamp: epoch64, lastCaughtUpTimestamp: epoch64 });
    roundTrip(
      brokerCodec.DescribeQuorum,
      fc.constant({}),
      fc.record({ error: apiError, leaderId: fc.integer({ min: -1, max: 1000 }), leaderEpoch: id, highWatermark: epoch64, voters: fc.array(replica, { maxLength: 3 }), observers: fc.array(replica, { maxLength: 3 }) }),
    );
  });
});
