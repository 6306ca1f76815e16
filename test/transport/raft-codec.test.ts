// Goal: the raft wire codec (src/transport/raft-codec.ts) carries every quorum
// RPC exactly: decode(encode(x)) deep-equals x for every request and response,
// including entries of both kinds (Kafka v2 batches in `records`), null leader
// ids (-1 on the wire), diverging epochs and snapshot ids; error codes travel
// as Kafka numbers, unknown numbers decode as UNKNOWN_SERVER_ERROR; and
// malformed bytes never crash the decoder: they throw SkiffError
// INVALID_REQUEST (requests) or CORRUPT_MESSAGE (responses).
// Method: fast-check round trips per method through the codec and through the
// SimNetwork adapter; fixed cases for the wire conventions; arbitrary bytes,
// truncations, bit flips and hand-made protobuf for the malformed cases.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodeByNumber, errorCodes, isSkiffError, type ErrorCode } from '../../src/common/errors.js';
import { nodeId } from '../../src/common/ids.js';
import { skiff } from '../../src/gen/index.js';
import { encodeEntry } from '../../src/raft/log-store.js';
import type { LogEntry, RaftRequest, RaftResponse, RaftServices } from '../../src/raft/types.js';
import { readErrorCode, toMessageCodec, writeErrorCode } from '../../src/transport/codec.js';
import { decodeEntries, encodeEntries, raftCodec, raftServiceName } from '../../src/transport/raft-codec.js';

const int32 = fc.integer({ min: 0, max: 0x7fff_ffff });
const offset = fc.maxSafeNat();
const node = fc.integer({ min: 0, max: 0x7fff_ffff }).map(nodeId);
const leader = fc.option(node, { nil: null });
const errorCode = fc.option(fc.constantFrom(...(Object.keys(errorCodes) as ErrorCode[])), { nil: null });
const snapshotId = fc.record({ endOffset: offset, epoch: int32 });
const bytes = fc.uint8Array({ maxLength: 300 });

/** A contiguous run of entries with non-decreasing epochs, as a leader sends. */
const entries = fc
  .tuple(fc.nat({ max: Number.MAX_SAFE_INTEGER - 100 }), int32, fc.array(fc.tuple(fc.nat({ max: 3 }), fc.constantFrom('data' as const, 'leader-change' as const), bytes), { maxLength: 8 }))
  .map(([start, firstEpoch, specs]) => {
    let epoch = Math.min(firstEpoch, 0x7fff_ffff - 30);
    return specs.map(([bump, kind, data], i): LogEntry => ({ offset: start + i, epoch: (epoch += bump), kind, data }));
  });

const requests: { [T in keyof RaftServices]: fc.Arbitrary<RaftServices[T]['request']> } = {
  Vote: fc.record({ type: fc.constant('Vote' as const), candidateEpoch: int32, candidateId: node, lastOffsetEpoch: int32, lastOffset: offset, preVote: fc.boolean() }),
  BeginQuorumEpoch: fc.record({ type: fc.constant('BeginQuorumEpoch' as const), epoch: int32, leaderId: node }),
  EndQuorumEpoch: fc.record({ type: fc.constant('EndQuorumEpoch' as const), epoch: int32, leaderId: node, preferredSuccessors: fc.array(node, { maxLength: 7 }) }),
  Fetch: fc.record({ type: fc.constant('Fetch' as const), epoch: int32, replicaId: node, fetchOffset: offset, lastFetchedEpoch: int32, maxWaitMs: int32, maxBytes: int32 }),
  FetchSnapshot: fc.record({ type: fc.constant('FetchSnapshot' as const), epoch: int32, replicaId: node, snapshotId, position: offset, maxBytes: int32 }),
};

const quorumEpochResponse = <T extends 'BeginQuorumEpoch' | 'EndQuorumEpoch'>(type: T) =>
  fc.record({ type: fc.constant(type), error: errorCode, epoch: int32, leaderId: leader }) as fc.Arbitrary<RaftServices[T]['response']>;

const responses: { [T in keyof RaftServices]: fc.Arbitrary<RaftServices[T]['response']> } = {
  Vote: fc.record({ type: fc.constant('Vote' as const), error: errorCode, epoch: int32, leaderId: leader, voteGranted: fc.boolean() }),
  BeginQuorumEpoch: quorumEpochResponse('BeginQuorumEpoch'),
  EndQuorumEpoch: quorumEpochResponse('EndQuorumEpoch'),
  Fetch: fc.record({
    type: fc.constant('Fetch' as const),
    error: errorCode,
    epoch: int32,
    leaderId: leader,
    highWatermark: offset,
    logStartOffset: offset,
    entries,
    divergingEpoch: fc.option(fc.record({ epoch: int32, endOffset: offset }), { nil: null }),
    snapshotId: fc.option(snapshotId, { nil: null }),
  }),
  FetchSnapshot: fc.record({ type: fc.constant('FetchSnapshot' as const), error: errorCode, epoch: int32, leaderId: leader, snapshotId, size: offset, position: offset, bytes }),
};

const methods = Object.keys(raftCodec) as (keyof RaftServices)[];

/** Byte arrays compare by content; vitest's toEqual also checks the class (Buffer vs Uint8Array). */
function plain(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function expectTyped(fn: () => unknown, code: ErrorCode): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(isSkiffError(thrown), `expected SkiffError ${code}, got ${String(thrown)}`).toBe(true);
  expect((thrown as { code: string }).code).toBe(code);
}

describe('raft codec round trips', () => {
  it.each(methods)('%s request', (method) => {
    const codec = raftCodec[method];
    fc.assert(
      fc.property(requests[method] as fc.Arbitrary<RaftRequest>, (request) => {
        expect(plain(codec.decodeRequest(codec.encodeRequest(request as never)))).toEqual(plain(request));
      }),
      { numRuns: 300 },
    );
  });

  it.each(methods)('%s response', (method) => {
    const codec = raftCodec[method];
    fc.assert(
      fc.property(responses[method] as fc.Arbitrary<RaftResponse>, (response) => {
        expect(plain(codec.decodeResponse(codec.encodeResponse(response as never)))).toEqual(plain(response));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through the SimNetwork adapter, which decodes a private copy', () => {
    const adapter = toMessageCodec(raftCodec);
    fc.assert(
      fc.property(responses.Fetch, (response) => {
        const wire = adapter.encode('Fetch', 'response', response);
        const first = adapter.decode('Fetch', 'response', wire) as RaftServices['Fetch']['response'];
        for (const entry of first.entries) entry.data.fill(0xee); // a receiver scribbling on its copy
        expect(plain(adapter.decode('Fetch', 'response', wire))).toEqual(plain(response));
      }),
      { numRuns: 100 },
    );
    expect(() => adapter.encode('KvApply', 'request', {})).toThrow(/no wire codec/);
  });
});

describe('wire conventions', () => {
  it('serves exactly the rpcs of proto/raft.proto, under its package and service name', () => {
    const proto = readFileSync(new URL('../../proto/raft.proto', import.meta.url), 'utf8');
    const rpcs = [...proto.matchAll(/^\s*rpc (\w+)\(/gm)].map((m) => m[1]);
    expect(Object.keys(raftCodec)).toEqual(rpcs);
    const pkg = /^package ([\w.]+);/m.exec(proto)?.[1];
    const service = /^service (\w+) \{/m.exec(proto)?.[1];
    expect(raftServiceName).toBe(`${pkg}.${service}`);
  });

  it('a null leader id travels as -1', () => {
    const bytes = raftCodec.Vote.encodeResponse({ type: 'Vote', error: null, epoch: 3, leaderId: null, voteGranted: false });
    expect(skiff.raft.VoteResponse.decode(bytes).leaderId).toBe(-1);
    expect(raftCodec.Vote.decodeResponse(bytes).leaderId).toBeNull();
  });

  it('an absent leader id field is node 0 (proto3 default), not unknown', () => {
    const bytes = skiff.raft.QuorumEpochResponse.encode({ epoch: 2 }).finish();
    expect(raftCodec.BeginQuorumEpoch.decodeResponse(bytes)).toEqual({ type: 'BeginQuorumEpoch', error: null, epoch: 2, leaderId: 0 });
  });

  it('error codes travel as Kafka numbers; 0 is none; unknown numbers are UNKNOWN_SERVER_ERROR', () => {
    expect(writeErrorCode(null)).toBe(0);
    expect(writeErrorCode('NOT_LEADER_OR_FOLLOWER')).toBe(6);
    expect(writeErrorCode('FENCED_LEADER_EPOCH')).toBe(74);
    for (const name of Object.keys(errorCodes) as ErrorCode[]) {
      expect(errorCodeByNumber(errorCodes[name].code)).toBe(name);
      expect(readErrorCode(writeErrorCode(name))).toBe(name);
    }
    expect(readErrorCode(0)).toBeNull();
    expect(readErrorCode(31_337)).toBe('UNKNOWN_SERVER_ERROR');
    const bytes = skiff.raft.VoteResponse.encode({ errorCode: 9999, epoch: 1, leaderId: -1 }).finish();
    expect(raftCodec.Vote.decodeResponse(bytes).error).toBe('UNKNOWN_SERVER_ERROR');
  });

  it('the type discriminator comes from the method, not the bytes', () => {
    const bytes = raftCodec.BeginQuorumEpoch.encodeRequest({ type: 'BeginQuorumEpoch', epoch: 4, leaderId: nodeId(2) });
    expect(raftCodec.EndQuorumEpoch.decodeRequest(bytes)).toEqual({ type: 'EndQuorumEpoch', epoch: 4, leaderId: 2, preferredSuccessors: [] });
  });

  it('Fetch entries are the log store batches, concatenated', () => {
    const run: LogEntry[] = [
      { offset: 10, epoch: 2, kind: 'leader-change', data: new Uint8Array([1]) },
      { offset: 11, epoch: 2, kind: 'data', data: new Uint8Array([2, 3]) },
      { offset: 12, epoch: 3, kind: 'data', data: new Uint8Array(0) },
    ];
    const records = encodeEntries(run);
    expect(Array.from(records)).toEqual(run.flatMap((entry) => Array.from(encodeEntry(entry))));
    expect(plain(decodeEntries(records))).toEqual(plain(run));
    expect(encodeEntries([]).byteLength).toBe(0);
  });

  it('encoding asserts what the wire cannot carry instead of truncating it', () => {
    expect(() => raftCodec.Vote.encodeRequest({ type: 'Vote', candidateEpoch: 2 ** 31, candidateId: nodeId(1), lastOffsetEpoch: 0, lastOffset: 0, preVote: false })).toThrow(/int32/);
    expect(() => raftCodec.Fetch.encodeRequest({ type: 'Fetch', epoch: 1, replicaId: nodeId(1), fetchOffset: 1.5, lastFetchedEpoch: 0, maxWaitMs: 0, maxBytes: 0 })).toThrow(/safe integer/);
  });
});

describe('malformed input is a typed error', () => {
  it('arbitrary bytes decode or throw INVALID_REQUEST / CORRUPT_MESSAGE, never anything else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...methods), fc.uint8Array({ maxLength: 200 }), (method, garbage) => {
        const codec = raftCodec[method];
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

  it('truncations and bit flips of a Fetch response with entries never escape as untyped errors', () => {
    fc.assert(
      fc.property(responses.Fetch, fc.nat(), fc.nat({ max: 7 }), (response, at, bit) => {
        const wire = raftCodec.Fetch.encodeResponse(response);
        if (wire.byteLength === 0) return;
        const flipped = wire.slice();
        flipped[at % wire.byteLength]! ^= 1 << bit;
        for (const damaged of [flipped, wire.subarray(0, at % wire.byteLength)]) {
          try {
            raftCodec.Fetch.decodeResponse(damaged);
          } catch (error) {
            expect(isSkiffError(error) && error.code).toBe('CORRUPT_MESSAGE');
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a corrupt record batch in a Fetch response is CORRUPT_MESSAGE', () => {
    const records = encodeEntries([{ offset: 0, epoch: 1, kind: 'data', data: new Uint8Array([1, 2, 3]) }]);
    records[records.byteLength - 1]! ^= 0xff; // inside the CRC
    const wire = skiff.raft.FetchResponse.encode({ epoch: 1, leaderId: 1, records }).finish();
    expectTyped(() => raftCodec.Fetch.decodeResponse(wire), 'CORRUPT_MESSAGE');
  });

  it('entries that are not one contiguous run of a log are CORRUPT_MESSAGE', () => {
    const at = (offset: number, epoch: number): LogEntry => ({ offset, epoch, kind: 'data', data: new Uint8Array([offset]) });
    for (const run of [
      [at(5, 1), at(7, 1)], // a gap
      [at(5, 1), at(5, 1)], // a repeat
      [at(5, 2), at(6, 1)], // epochs going back
    ]) {
      const wire = skiff.raft.FetchResponse.encode({ epoch: 2, leaderId: 1, records: encodeEntries(run) }).finish();
      expectTyped(() => raftCodec.Fetch.decodeResponse(wire), 'CORRUPT_MESSAGE');
    }
  });

  it('negative counts, bad node ids and unsafe int64s are rejected', () => {
    const vote = (fields: skiff.raft.VoteRequest.$Properties) => skiff.raft.VoteRequest.encode({ candidateEpoch: 1, candidateId: 1, lastOffset: 1, ...fields }).finish();
    expectTyped(() => raftCodec.Vote.decodeRequest(vote({ candidateEpoch: -1 })), 'INVALID_REQUEST');
    expectTyped(() => raftCodec.Vote.decodeRequest(vote({ candidateId: -1 })), 'INVALID_REQUEST'); // a candidate is never unknown
    expectTyped(() => raftCodec.Vote.decodeRequest(vote({ lastOffset: -5 })), 'INVALID_REQUEST');
    expectTyped(() => raftCodec.Vote.decodeRequest(vote({ lastOffset: 2 ** 60 })), 'INVALID_REQUEST');
    const response = skiff.raft.VoteResponse.encode({ epoch: 1, leaderId: -2 }).finish();
    expectTyped(() => raftCodec.Vote.decodeResponse(response), 'CORRUPT_MESSAGE');
  });

  it('a FetchSnapshot without its snapshot id is malformed', () => {
    const request = skiff.raft.FetchSnapshotRequest.encode({ epoch: 1, replicaId: 2 }).finish();
    expectTyped(() => raftCodec.FetchSnapshot.decodeRequest(request), 'INVALID_REQUEST');
    const response = skiff.raft.FetchSnapshotResponse.encode({ epoch: 1, leaderId: 1 }).finish();
    expectTyped(() => raftCodec.FetchSnapshot.decodeResponse(response), 'CORRUPT_MESSAGE');
  });

  it('a field with the wrong wire type is skipped, as proto3 skips unknown fields: the value takes its default', () => {
    // Field 1 (candidate_epoch) as a length-delimited blob instead of a varint.
    const decoded = raftCodec.Vote.decodeRequest(Uint8Array.from([0x0a, 0x01, 0x05]));
    expect(decoded).toEqual({ type: 'Vote', candidateEpoch: 0, candidateId: 0, lastOffsetEpoch: 0, lastOffset: 0, preVote: false });
  });
});
