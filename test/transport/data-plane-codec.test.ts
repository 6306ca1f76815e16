// Goal: the broker codec's data-plane methods (Produce, Fetch, ListOffsets,
// OffsetsForLeaderEpoch, InitProducerId in src/transport/broker-codec.ts)
// carry every field exactly: decode(encode(x)) deep-equals x, including record
// bytes, null errors and optional sub-messages, and the -1 "none" values; the
// decoded record bytes alias the message bytes (no copy); and malformed input
// (out-of-range numbers, unsafe int64s, garbage, truncations) throws SkiffError
// INVALID_REQUEST (requests) or CORRUPT_MESSAGE (responses) naming the field,
// never anything else.
// Method: fast-check round trips per method; fixed cases for aliasing and the
// wire conventions; hand-made protobuf (the generated classes) for each kind of
// malformed field; arbitrary bytes, truncations and bit flips for the rest.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrokerServices, FetchPartitionResponse } from '../../src/broker/services.js';
import { errorCodes, isSkiffError, type ErrorCode } from '../../src/common/errors.js';
import { skiff } from '../../src/gen/index.js';
import { brokerCodec } from '../../src/transport/broker-codec.js';
import type { MethodCodec } from '../../src/transport/codec.js';

type DataPlane = 'Produce' | 'Fetch' | 'ListOffsets' | 'OffsetsForLeaderEpoch' | 'InitProducerId';
const dataPlane: readonly DataPlane[] = ['Produce', 'Fetch', 'ListOffsets', 'OffsetsForLeaderEpoch', 'InitProducerId'];

const apiError = fc.option(fc.record({ code: fc.constantFrom(...(Object.keys(errorCodes) as ErrorCode[])), message: fc.string() }), { nil: null });
const int32 = fc.integer({ min: 0, max: 0x7fff_ffff });
/** An int32 id or epoch where -1 means none or unknown. */
const int32OrNone = fc.integer({ min: -1, max: 0x7fff_ffff });
const offset = fc.maxSafeNat();
const offsetOrNone = fc.integer({ min: -1, max: Number.MAX_SAFE_INTEGER });
const records = fc.uint8Array({ maxLength: 300 });
const name = fc.string({ maxLength: 12 });
const list = <T>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(item, { maxLength: 3 });
const isolationLevel = fc.constantFrom(0, 1);
const producerEpoch = fc.integer({ min: -1, max: 0x7fff });

const fetchPartitionResponse: fc.Arbitrary<FetchPartitionResponse> = fc.record({
  partition: int32,
  error: apiError,
  highWatermark: offsetOrNone,
  lastStableOffset: offsetOrNone,
  logStartOffset: offsetOrNone,
  divergingEpoch: fc.option(fc.record({ epoch: int32OrNone, endOffset: offsetOrNone }), { nil: null }),
  currentLeader: fc.option(fc.record({ leaderId: int32OrNone, leaderEpoch: int32OrNone }), { nil: null }),
  preferredReadReplica: int32OrNone,
  records,
});

const requests: { [M in DataPlane]: fc.Arbitrary<BrokerServices[M]['request']> } = {
  Produce: fc.record({
    transactionalId: fc.option(fc.string(), { nil: null }),
    acks: fc.constantFrom(-1, 0, 1),
    timeoutMs: int32,
    topics: list(fc.record({ name, partitions: list(fc.record({ partition: int32, records })) })),
  }),
  Fetch: fc.record({
    replicaId: int32OrNone,
    replicaEpoch: offsetOrNone,
    maxWaitMs: int32,
    minBytes: int32,
    maxBytes: int32,
    isolationLevel,
    rackId: fc.string(),
    topics: list(
      fc.record({
        name,
        topicId: fc.string(),
        partitions: list(
          fc.record({
            partition: int32,
            fetchOffset: offset,
            currentLeaderEpoch: int32OrNone,
            lastFetchedEpoch: int32OrNone,
            logStartOffset: offsetOrNone,
            durableOffset: offsetOrNone,
            partitionMaxBytes: int32,
          }),
        ),
      }),
    ),
  }),
  ListOffsets: fc.record({
    replicaId: int32OrNone,
    isolationLevel,
    topics: list(fc.record({ name, partitions: list(fc.record({ partition: int32, currentLeaderEpoch: int32OrNone, timestamp: fc.integer({ min: -2, max: Number.MAX_SAFE_INTEGER }) })) })),
  }),
  OffsetsForLeaderEpoch: fc.record({
    replicaId: int32OrNone,
    topics: list(fc.record({ name, partitions: list(fc.record({ partition: int32, currentLeaderEpoch: int32OrNone, leaderEpoch: int32OrNone })) })),
  }),
  InitProducerId: fc.record({
    transactionalId: fc.option(fc.string(), { nil: null }),
    transactionTimeoutMs: int32,
    // A new id asks with -1/-1; a bump sends both (services.ts).
    ids: fc.oneof(fc.constant({ producerId: -1, producerEpoch: -1 }), fc.record({ producerId: offset, producerEpoch: fc.integer({ min: 0, max: 0x7fff }) })),
  }).map(({ ids, ...rest }) => ({ ...rest, ...ids })),
};

const responses: { [M in DataPlane]: fc.Arbitrary<BrokerServices[M]['response']> } = {
  Produce: fc.record({
    topics: list(
      fc.record({
        name,
        partitions: list(fc.record({ partition: int32, error: apiError, baseOffset: offsetOrNone, logAppendTime: offsetOrNone, logStartOffset: offsetOrNone })),
      }),
    ),
  }),
  Fetch: fc.record({ error: apiError, topics: list(fc.record({ name, topicId: fc.string(), partitions: list(fetchPartitionResponse) })) }),
  ListOffsets: fc.record({
    topics: list(fc.record({ name, partitions: list(fc.record({ partition: int32, error: apiError, timestamp: offsetOrNone, offset: offsetOrNone, leaderEpoch: int32OrNone })) })),
  }),
  OffsetsForLeaderEpoch: fc.record({
    topics: list(fc.record({ name, partitions: list(fc.record({ partition: int32, error: apiError, leaderEpoch: int32OrNone, endOffset: offsetOrNone })) })),
  }),
  InitProducerId: fc.record({ error: apiError, producerId: offsetOrNone, producerEpoch }),
};

/** Byte arrays compare by content; vitest's toEqual also checks the class (Buffer vs Uint8Array). */
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: Array.from(value) };
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function codecOf(method: DataPlane): MethodCodec<unknown, unknown> {
  return brokerCodec[method] as MethodCodec<unknown, unknown>;
}

/** The SkiffError `fn` throws; fails the test if it throws anything else or nothing. */
function thrownBy(fn: () => unknown, code: ErrorCode): Error {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(isSkiffError(thrown), `expected SkiffError ${code}, got ${String(thrown)}`).toBe(true);
  expect((thrown as { code: string }).code).toBe(code);
  return thrown as Error;
}

const produceRequest = (records: Uint8Array): BrokerServices['Produce']['request'] => ({
  transactionalId: null,
  acks: -1,
  timeoutMs: 30_000,
  topics: [{ name: 'orders', partitions: [{ partition: 3, records }] }],
});

const fetchResponse = (records: Uint8Array): BrokerServices['Fetch']['response'] => ({
  error: null,
  topics: [
    {
      name: 'orders',
      topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
      partitions: [
        {
          partition: 0,
          error: null,
          highWatermark: 10,
          lastStableOffset: 10,
          logStartOffset: 0,
          divergingEpoch: null,
          currentLeader: null,
          preferredReadReplica: -1,
          records,
        },
      ],
    },
  ],
});

describe('data-plane round trips', () => {
  it.each(dataPlane)('%s request', (method) => {
    const codec = codecOf(method);
    fc.assert(
      fc.property(requests[method] as fc.Arbitrary<unknown>, (request) => {
        expect(plain(codec.decodeRequest(codec.encodeRequest(request)))).toEqual(plain(request));
      }),
      { numRuns: 200 },
    );
  });

  it.each(dataPlane)('%s response', (method) => {
    const codec = codecOf(method);
    fc.assert(
      fc.property(responses[method] as fc.Arbitrary<unknown>, (response) => {
        expect(plain(codec.decodeResponse(codec.encodeResponse(response)))).toEqual(plain(response));
      }),
      { numRuns: 200 },
    );
  });

  it('fixed cases: nulls, -1 values and empty records survive', () => {
    const response: BrokerServices['Fetch']['response'] = {
      error: { code: 'STALE_BROKER_EPOCH', message: 'broker epoch 3 is stale' },
      topics: [
        {
          name: 't',
          topicId: '',
          partitions: [
            {
              partition: 7,
              error: { code: 'FENCED_LEADER_EPOCH', message: '' },
              highWatermark: -1,
              lastStableOffset: -1,
              logStartOffset: -1,
              divergingEpoch: { epoch: 4, endOffset: 120 },
              currentLeader: { leaderId: -1, leaderEpoch: -1 },
              preferredReadReplica: -1,
              records: new Uint8Array(0),
            },
          ],
        },
      ],
    };
    expect(plain(brokerCodec.Fetch.decodeResponse(brokerCodec.Fetch.encodeResponse(response)))).toEqual(plain(response));
    const init = { transactionalId: null, transactionTimeoutMs: 0x7fff_ffff, producerId: -1, producerEpoch: -1 };
    expect(brokerCodec.InitProducerId.decodeRequest(brokerCodec.InitProducerId.encodeRequest(init))).toEqual(init);
    const produced = { error: null, producerId: -1, producerEpoch: -1 };
    expect(brokerCodec.InitProducerId.decodeResponse(brokerCodec.InitProducerId.encodeResponse(produced))).toEqual(produced);
  });
});

describe('record bytes are not copied', () => {
  it('a decoded Produce request aliases the request bytes', () => {
    const batch = Uint8Array.from({ length: 64 }, (_, i) => i);
    const wire = brokerCodec.Produce.encodeRequest(produceRequest(batch));
    for (const bytes of [new Uint8Array(wire), Buffer.from(wire)]) {
      const decoded = brokerCodec.Produce.decodeRequest(bytes).topics[0]!.partitions[0]!.records;
      expect(Array.from(decoded)).toEqual(Array.from(batch));
      expect(decoded.buffer).toBe(bytes.buffer); // a view, not a copy
      bytes.fill(0);
      expect(decoded.every((b) => b === 0)).toBe(true);
    }
  });

  it('a decoded Fetch response aliases the response bytes, also for a large one', () => {
    const batch = new Uint8Array(4 << 20).fill(0xab);
    const wire = brokerCodec.Fetch.encodeResponse(fetchResponse(batch));
    const decoded = brokerCodec.Fetch.decodeResponse(wire).topics[0]!.partitions[0]!.records;
    expect(decoded.byteLength).toBe(batch.byteLength);
    expect(decoded.buffer).toBe(wire.buffer);
    expect(decoded[0]).toBe(0xab);
    expect(decoded[decoded.byteLength - 1]).toBe(0xab);
  });
});

describe('wire conventions', () => {
  it('the broker codec serves exactly the rpcs of proto/broker.proto, in order', () => {
    const proto = readFileSync(new URL('../../proto/broker.proto', import.meta.url), 'utf8');
    const rpcs = [...proto.matchAll(/^\s*rpc (\w+)\(/gm)].map((m) => m[1]);
    expect(Object.keys(brokerCodec)).toEqual(rpcs);
    for (const method of dataPlane) expect(rpcs).toContain(method);
  });

  it('a null transactional id is absent on the wire; an empty one is not null', () => {
    const wire = brokerCodec.Produce.encodeRequest(produceRequest(new Uint8Array([1])));
    expect(Object.hasOwn(skiff.broker.ProduceRequest.decode(wire), 'transactionalId')).toBe(false);
    const empty = brokerCodec.Produce.encodeRequest({ ...produceRequest(new Uint8Array([1])), transactionalId: '' });
    expect(brokerCodec.Produce.decodeRequest(empty).transactionalId).toBe('');
  });

  it('acks outside -1..1 decode, for the handler to answer INVALID_REQUIRED_ACKS as Kafka does', () => {
    const wire = brokerCodec.Produce.encodeRequest({ ...produceRequest(new Uint8Array([1])), acks: 2 });
    expect(brokerCodec.Produce.decodeRequest(wire).acks).toBe(2);
  });

  it('encoding asserts what the wire cannot carry instead of truncating it', () => {
    const bad = { ...produceRequest(new Uint8Array([1])), topics: [{ name: 't', partitions: [{ partition: 1.5, records: new Uint8Array(0) }] }] };
    expect(() => brokerCodec.Produce.encodeRequest(bad)).toThrow(/partition 1.5 does not fit an int32/);
    const response = fetchResponse(new Uint8Array(0));
    const huge = { ...response, topics: [{ ...response.topics[0]!, partitions: [{ ...response.topics[0]!.partitions[0]!, highWatermark: 2 ** 60 }] }] };
    expect(() => brokerCodec.Fetch.encodeResponse(huge)).toThrow(/highWatermark .* is not a safe integer/);
  });
});

describe('malformed input is a typed error naming the field', () => {
  const pb = skiff.broker;
  const badRequests: [DataPlane, string, Uint8Array, RegExp][] = [
    ['Produce', 'negative partition', pb.ProduceRequest.encode({ topics: [{ name: 't', partitions: [{ partition: -1 }] }] }).finish(), /partition -1 is negative/],
    ['Produce', 'negative timeout', pb.ProduceRequest.encode({ acks: 1, timeoutMs: -5 }).finish(), /timeoutMs -5 is negative/],
    ['Fetch', 'negative fetch offset', pb.FetchRequest.encode({ topics: [{ name: 't', partitions: [{ partition: 0, fetchOffset: -1 }] }] }).finish(), /fetchOffset -1 is negative/],
    ['Fetch', 'replica id below -1', pb.FetchRequest.encode({ replicaId: -2 }).finish(), /replicaId -2 out of range/],
    ['Fetch', 'unknown isolation level', pb.FetchRequest.encode({ isolationLevel: 2 }).finish(), /isolationLevel 2 out of range/],
    ['Fetch', 'epoch below -1', pb.FetchRequest.encode({ topics: [{ partitions: [{ currentLeaderEpoch: -7 }] }] }).finish(), /currentLeaderEpoch -7 out of range/],
    ['Fetch', 'int64 beyond 2^53', pb.FetchRequest.encode({ replicaEpoch: 2 ** 60 }).finish(), /replicaEpoch .* is not a safe integer/],
    ['ListOffsets', 'timestamp below -2', pb.ListOffsetsRequest.encode({ topics: [{ partitions: [{ timestamp: -3 }] }] }).finish(), /timestamp -3 out of range/],
    ['ListOffsets', 'negative partition', pb.ListOffsetsRequest.encode({ topics: [{ partitions: [{ partition: -4 }] }] }).finish(), /partition -4 is negative/],
    ['OffsetsForLeaderEpoch', 'epoch below -1', pb.OffsetsForLeaderEpochRequest.encode({ topics: [{ partitions: [{ leaderEpoch: -2 }] }] }).finish(), /leaderEpoch -2 out of range/],
    ['InitProducerId', 'producer epoch beyond int16', pb.InitProducerIdRequest.encode({ producerId: 5, producerEpoch: 0x8000 }).finish(), /producerEpoch 32768 out of range/],
    ['InitProducerId', 'an id without its epoch', pb.InitProducerIdRequest.encode({ producerId: 5, producerEpoch: -1 }).finish(), /must both be -1 or both be set/],
    ['InitProducerId', 'an epoch without its id', pb.InitProducerIdRequest.encode({ producerId: -1, producerEpoch: 0 }).finish(), /must both be -1 or both be set/],
  ];

  it.each(badRequests)('%s request: %s is INVALID_REQUEST', (method, _what, bytes, detail) => {
    const error = thrownBy(() => codecOf(method).decodeRequest(bytes), 'INVALID_REQUEST');
    expect(error.message).toMatch(new RegExp(`^INVALID_REQUEST: malformed ${method} request: `));
    expect(error.message).toMatch(detail);
  });

  const badResponses: [DataPlane, string, Uint8Array, RegExp][] = [
    ['Produce', 'negative partition', pb.ProduceResponse.encode({ topics: [{ name: 't', partitions: [{ partition: -1 }] }] }).finish(), /partition -1 is negative/],
    ['Produce', 'base offset below -1', pb.ProduceResponse.encode({ topics: [{ partitions: [{ baseOffset: -2 }] }] }).finish(), /baseOffset -2 out of range/],
    ['Fetch', 'an error with code 0', pb.FetchResponse.encode({ error: { code: 0, message: 'x' } }).finish(), /error present with code 0/],
    ['Fetch', 'high watermark below -1', pb.FetchResponse.encode({ topics: [{ partitions: [{ highWatermark: -9 }] }] }).finish(), /highWatermark -9 out of range/],
    ['Fetch', 'diverging end offset below -1', pb.FetchResponse.encode({ topics: [{ partitions: [{ divergingEpoch: { epoch: 1, endOffset: -2 } }] }] }).finish(), /divergingEpoch.endOffset -2 out of range/],
    ['Fetch', 'current leader below -1', pb.FetchResponse.encode({ topics: [{ partitions: [{ currentLeader: { leaderId: -3 } }] }] }).finish(), /currentLeader.leaderId -3 out of range/],
    ['ListOffsets', 'offset below -1', pb.ListOffsetsResponse.encode({ topics: [{ partitions: [{ offset: -2 }] }] }).finish(), /offset -2 out of range/],
    ['OffsetsForLeaderEpoch', 'end offset beyond 2^53', pb.OffsetsForLeaderEpochResponse.encode({ topics: [{ partitions: [{ endOffset: 2 ** 60 }] }] }).finish(), /endOffset .* is not a safe integer/],
    ['InitProducerId', 'producer epoch below -1', pb.InitProducerIdResponse.encode({ producerId: 1, producerEpoch: -2 }).finish(), /producerEpoch -2 out of range/],
  ];

  it.each(badResponses)('%s response: %s is CORRUPT_MESSAGE', (method, _what, bytes, detail) => {
    const error = thrownBy(() => codecOf(method).decodeResponse(bytes), 'CORRUPT_MESSAGE');
    expect(error.message).toMatch(new RegExp(`^CORRUPT_MESSAGE: malformed ${method} response: `));
    expect(error.message).toMatch(detail);
  });

  it('records declared longer than the message are a typed error', () => {
    const wire = brokerCodec.Fetch.encodeResponse(fetchResponse(new Uint8Array(100).fill(7)));
    thrownBy(() => brokerCodec.Fetch.decodeResponse(wire.subarray(0, wire.byteLength - 10)), 'CORRUPT_MESSAGE');
    const request = brokerCodec.Produce.encodeRequest(produceRequest(new Uint8Array(100).fill(7)));
    thrownBy(() => brokerCodec.Produce.decodeRequest(request.subarray(0, request.byteLength - 10)), 'INVALID_REQUEST');
  });

  it('a field sent with the wrong wire type is skipped as an unknown field (protobuf rules): it reads as its default', () => {
    // Field 1 (partition, a varint) of ProducePartitionData sent as length-delimited bytes.
    const partition = skiff.broker.ProducePartitionData.encode({ records: new Uint8Array([9]) }).finish();
    const wrongType = Uint8Array.from([0x0a, 0x02, 0xff, 0xff, ...partition]);
    const topic = Uint8Array.from([0x0a, 0x01, 0x74, 0x12, wrongType.byteLength, ...wrongType]);
    const wire = Uint8Array.from([0x22, topic.byteLength, ...topic]);
    const decoded = brokerCodec.Produce.decodeRequest(wire);
    expect(plain(decoded.topics)).toEqual(plain([{ name: 't', partitions: [{ partition: 0, records: new Uint8Array([9]) }] }]));
  });

  it('arbitrary bytes decode or throw INVALID_REQUEST / CORRUPT_MESSAGE, never anything else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dataPlane), fc.uint8Array({ maxLength: 200 }), (method, garbage) => {
        const codec = codecOf(method);
        for (const [decode, code] of [
          [() => codec.decodeRequest(garbage), 'INVALID_REQUEST'],
          [() => codec.decodeResponse(garbage), 'CORRUPT_MESSAGE'],
        ] as const) {
          try {
            decode();
          } catch (error) {
            expect(isSkiffError(error) && error.code).toBe(code);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('truncations and bit flips of encoded messages never escape as untyped errors', () => {
    const messages = fc.constantFrom(...dataPlane).chain((method) => fc.tuple(fc.constant(method), requests[method] as fc.Arbitrary<unknown>, responses[method] as fc.Arbitrary<unknown>));
    fc.assert(
      fc.property(messages, fc.nat(), fc.nat({ max: 7 }), ([method, request, response], at, bit) => {
        const codec = codecOf(method);
        for (const [wire, decode, code] of [
          [codec.encodeRequest(request), codec.decodeRequest, 'INVALID_REQUEST'],
          [codec.encodeResponse(response), codec.decodeResponse, 'CORRUPT_MESSAGE'],
        ] as const) {
          if (wire.byteLength === 0) continue;
          const flipped = wire.slice();
          flipped[at % wire.byteLength]! ^= 1 << bit;
          for (const damaged of [flipped, wire.subarray(0, at % wire.byteLength)]) {
            try {
              decode(damaged);
            } catch (error) {
              expect(isSkiffError(error) && error.code).toBe(code);
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
