// Goal: the exact-size encoders of the Produce request and the Fetch response
// (src/transport/data-plane-encoders.ts) write the very bytes protobufjs's
// generated encoders write, for any value — so either side may use either —
// and check ranges as the protobufjs path does.
// Method: fast-check values with every field's edge cases (defaults that are
// skipped, -1 and other negatives written as 10-byte varints, int64s past
// 2^32, non-ASCII names, record sections whose length prefix takes 1 to 3
// bytes, absent and present sub-messages), encoded both ways and compared.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BrokerServices, FetchPartitionResponse } from '../../src/broker/services.js';
import { errorCodes, type ErrorCode } from '../../src/common/errors.js';
import { protobufjsDataPlaneCodecs } from '../../src/transport/broker-codec.js';
import { encodeFetchResponse, encodeProduceRequest } from '../../src/transport/data-plane-encoders.js';

const apiError = fc.option(fc.record({ code: fc.constantFrom(...(Object.keys(errorCodes) as ErrorCode[])), message: fc.string({ unit: 'grapheme' }) }), { nil: null });
const int32 = fc.oneof(fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff }), fc.constantFrom(0, -1, 127, 128, 16384));
const int64 = fc.oneof(fc.integer({ min: -1, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(0, -1, 2 ** 31, 2 ** 32 + 5, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
const records = fc.oneof(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 0, max: 20_000 }).map((n) => new Uint8Array(n).fill(7)));
const name = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const list = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(item, { maxLength: 3 });

const produceRequest: fc.Arbitrary<BrokerServices['Produce']['request']> = fc.record({
  transactionalId: fc.option(fc.string(), { nil: null }),
  acks: int32,
  timeoutMs: int32,
  topics: list(fc.record({ name, partitions: list(fc.record({ partition: int32, records })) })),
});

const fetchPartitionResponse: fc.Arbitrary<FetchPartitionResponse> = fc.record({
  partition: int32,
  error: apiError,
  highWatermark: int64,
  lastStableOffset: int64,
  logStartOffset: int64,
  divergingEpoch: fc.option(fc.record({ epoch: int32, endOffset: int64 }), { nil: null }),
  currentLeader: fc.option(fc.record({ leaderId: int32, leaderEpoch: int32 }), { nil: null }),
  preferredReadReplica: int32,
  records,
});

const fetchResponse: fc.Arbitrary<BrokerServices['Fetch']['response']> = fc.record({
  error: apiError,
  topics: list(fc.record({ name, topicId: name, partitions: list(fetchPartitionResponse) })),
});

/** Equal bytes (compared natively: record sections run to 20 KB). */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('data-plane encoders', () => {
  it('write the Produce request protobufjs writes', () => {
    fc.assert(
      fc.property(produceRequest, (request) => {
        expect(same(encodeProduceRequest(request), protobufjsDataPlaneCodecs.Produce.encodeRequest(request))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('write the Fetch response protobufjs writes', () => {
    fc.assert(
      fc.property(fetchResponse, (response) => {
        expect(same(encodeFetchResponse(response), protobufjsDataPlaneCodecs.Fetch.encodeResponse(response))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuse values the wire cannot carry, as the protobufjs path does', () => {
    const bad = { transactionalId: null, acks: 2 ** 31, timeoutMs: 0, topics: [] };
    expect(() => encodeProduceRequest(bad)).toThrow(/acks/);
    const partition = { partition: 0, error: null, highWatermark: 0.5, lastStableOffset: 0, logStartOffset: 0, divergingEpoch: null, currentLeader: null, preferredReadReplica: -1, records: new Uint8Array(0) };
    expect(() => encodeFetchResponse({ error: null, topics: [{ name: 't', topicId: '', partitions: [partition] }] })).toThrow(/highWatermark/);
  });
});
