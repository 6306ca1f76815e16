// Goal: GrpcTransport keeps the Transport contract over real gRPC: responses
// arrive decoded, the caller's id reaches the handler, deadlines become
// REQUEST_TIMED_OUT, an unreachable peer NETWORK_EXCEPTION (quickly), a
// restarted peer is reached again, a handler's SkiffError arrives with its
// code, oversized messages fail clearly, and nothing a peer sends (garbage
// protobuf, garbage TCP, unknown methods, throwing handlers) takes a server
// down. One server hosts several services over shared channels.
// Method: real servers on 127.0.0.1 with port 0, the raft service and codec
// (plus a tiny JSON echo service), every test bounded in time and closing all
// it opened (afterEach).

import * as grpc from '@grpc/grpc-js';
import { createConnection, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { errorCodes, isSkiffError, SkiffError, type ErrorCode } from '../../src/common/errors.js';
import { nodeId } from '../../src/common/ids.js';
import { TransportError, type Handlers, type PeerId } from '../../src/env/transport.js';
import type { RaftServices } from '../../src/raft/types.js';
import type { ServiceCodec, WireService } from '../../src/transport/codec.js';
import { GrpcChannels, GrpcServer, GrpcTransport, type StandaloneGrpcOptions } from '../../src/transport/grpc/index.js';
import { raftCodec, raftService } from '../../src/transport/raft-codec.js';

const host = '127.0.0.1';
const closers: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function track<T extends { close(): Promise<void> | void }>(resource: T): T {
  closers.push(() => resource.close());
  return resource;
}

const vote = { type: 'Vote', candidateEpoch: 3, candidateId: nodeId(1), lastOffsetEpoch: 2, lastOffset: 10, preVote: false } as const;
const begin = { type: 'BeginQuorumEpoch', epoch: 5, leaderId: nodeId(1) } as const;

/** Handlers answering every raft RPC with fixed data; override the ones a test needs. */
function handlers(overrides: Partial<Handlers<RaftServices>> = {}): Handlers<RaftServices> {
  return {
    Vote: async (from, request) => ({ type: 'Vote', error: null, epoch: request.candidateEpoch, leaderId: null, voteGranted: from === request.candidateId }),
    BeginQuorumEpoch: async (_from, request) => ({ type: 'BeginQuorumEpoch', error: null, epoch: request.epoch, leaderId: request.leaderId }),
    EndQuorumEpoch: async (_from, request) => ({ type: 'EndQuorumEpoch', error: null, epoch: request.epoch, leaderId: null }),
    Fetch: async (_from, request) => ({
      type: 'Fetch',
      error: null,
      epoch: request.epoch,
      leaderId: nodeId(2),
      highWatermark: 1,
      logStartOffset: 0,
      entries: [{ offset: request.fetchOffset, epoch: 1, kind: 'data', data: new Uint8Array([7, 8]) }],
      divergingEpoch: null,
      snapshotId: null,
    }),
    FetchSnapshot: async (_from, request) => ({ type: 'FetchSnapshot', error: null, epoch: request.epoch, leaderId: nodeId(2), snapshotId: request.snapshotId, size: 0, position: request.position, bytes: new Uint8Array(0) }),
    ...overrides,
  };
}

async function server(self: PeerId, serving = handlers(), options: Partial<StandaloneGrpcOptions<RaftServices>> = {}, port = 0) {
  const transport = track(await GrpcTransport.start<RaftServices>({ self, service: raftService, listen: `${host}:${port}`, ...options }));
  transport.serve(serving);
  return { transport, address: `${host}:${transport.port}` };
}

async function client(self: PeerId, peers: Record<number, string>, options: Partial<StandaloneGrpcOptions<RaftServices>> = {}) {
  return track(await GrpcTransport.start<RaftServices>({ self, service: raftService, addresses: Object.entries(peers).map(([p, a]) => [Number(p), a] as const), ...options }));
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

function expectCode(error: Error, kind: 'transport' | 'skiff', code: ErrorCode): void {
  if (kind === 'transport') expect(error, error.message).toBeInstanceOf(TransportError);
  else expect(isSkiffError(error), error.message).toBe(true);
  expect((error as TransportError | SkiffError).code, error.message).toBe(code);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, host, resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('GrpcTransport', () => {
  it('calls and responds between two transports, with the caller id delivered and the bound port reported', async () => {
    const seen: PeerId[] = [];
    const { transport: b, address } = await server(2, handlers({ BeginQuorumEpoch: async (from, request) => (seen.push(from), { type: 'BeginQuorumEpoch', error: null, epoch: request.epoch, leaderId: request.leaderId }) }));
    expect(b.port).toBeGreaterThan(0);
    const a = await client(1, { 2: address });
    expect(a.port).toBeNull();
    expect(await a.call(2, 'Vote', vote, { timeoutMs: 2_000 })).toEqual({ type: 'Vote', error: null, epoch: 3, leaderId: null, voteGranted: true });
    expect(await a.call(2, 'BeginQuorumEpoch', begin, { timeoutMs: 2_000 })).toEqual({ type: 'BeginQuorumEpoch', error: null, epoch: 5, leaderId: 1 });
    const fetched = await a.call(2, 'Fetch', { type: 'Fetch', epoch: 1, replicaId: nodeId(1), fetchOffset: 41, lastFetchedEpoch: 1, maxWaitMs: 0, maxBytes: 1_000 }, { timeoutMs: 2_000 });
    expect(fetched.entries.map((e) => [e.offset, e.epoch, e.kind, Array.from(e.data)])).toEqual([[41, 1, 'data', [7, 8]]]);
    expect(seen).toEqual([1]);
  });

  it('calls from a peer that sent no id reach the handler as -1', async () => {
    let from: PeerId | null = null;
    const { address } = await server(2, handlers({ BeginQuorumEpoch: async (f, r) => ((from = f), { type: 'BeginQuorumEpoch', error: null, epoch: r.epoch, leaderId: null }) }));
    const raw = track(new grpc.Client(address, grpc.credentials.createInsecure()));
    const response = await new Promise<Buffer>((resolve, reject) =>
      raw.makeUnaryRequest('/skiff.raft.Raft/BeginQuorumEpoch', (b: Buffer) => b, (b: Buffer) => b, Buffer.from(raftCodec.BeginQuorumEpoch.encodeRequest(begin)), (error, value) => (error ? reject(error) : resolve(value!))),
    );
    expect(raftCodec.BeginQuorumEpoch.decodeResponse(response).epoch).toBe(5);
    expect(from).toBe(-1);
  });

  it('a handler slower than the deadline gives REQUEST_TIMED_OUT at the deadline', async () => {
    const { address } = await server(2, handlers({ Vote: () => new Promise(() => {}) }));
    const a = await client(1, { 2: address });
    const started = Date.now();
    expectCode(await failure(a.call(2, 'Vote', vote, { timeoutMs: 300 })), 'transport', 'REQUEST_TIMED_OUT');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a peer that is down gives NETWORK_EXCEPTION long before the deadline', async () => {
    const a = await client(1, { 2: `${host}:${await freePort()}` });
    const started = Date.now();
    expectCode(await failure(a.call(2, 'Vote', vote, { timeoutMs: 10_000 })), 'transport', 'NETWORK_EXCEPTION');
    expect(Date.now() - started).toBeLessThan(2_000);
    expectCode(await failure(a.call(3, 'Vote', vote, { timeoutMs: 1_000 })), 'transport', 'NETWORK_EXCEPTION'); // no address at all
  });

  it('a peer restarted on the same port is reached again (reconnect with backoff)', async () => {
    const first = await server(2);
    const port = first.transport.port!;
    const a = await client(1, { 2: first.address }, { initialReconnectBackoffMs: 100, maxReconnectBackoffMs: 500 });
    expect((await a.call(2, 'Vote', vote, { timeoutMs: 2_000 })).voteGranted).toBe(true);
    await first.transport.close();
    // Down for a while: every call fails fast, and the channel's backoff grows.
    const downUntil = Date.now() + 700;
    let failedCalls = 0;
    while (Date.now() < downUntil) {
      const started = Date.now();
      expectCode(await failure(a.call(2, 'Vote', vote, { timeoutMs: 2_000 })), 'transport', 'NETWORK_EXCEPTION');
      expect(Date.now() - started).toBeLessThan(1_000);
      failedCalls++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(failedCalls).toBeGreaterThan(3);
    await server(2, handlers(), {}, port);
    const restarted = Date.now();
    for (;;) {
      try {
        expect((await a.call(2, 'Vote', vote, { timeoutMs: 1_000 })).voteGranted).toBe(true);
        break;
      } catch (error) {
        expectCode(error as Error, 'transport', 'NETWORK_EXCEPTION');
        if (Date.now() - restarted > 3_000) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    // Reached again within about one maximum backoff.
    expect(Date.now() - restarted).toBeLessThan(1_500);
  });

  it('a handler throwing a SkiffError fails the call with the same code; other throws are UNKNOWN_SERVER_ERROR; the server serves on', async () => {
    const { address } = await server(
      2,
      handlers({
        Vote: async () => {
          throw new SkiffError('NOT_LEADER_OR_FOLLOWER', 'ask node 3');
        },
        EndQuorumEpoch: () => {
          throw new SkiffError('FENCED_LEADER_EPOCH', 'stale'); // synchronously, even
        },
        BeginQuorumEpoch: async () => {
          throw new Error('boom');
        },
      }),
    );
    const a = await client(1, { 2: address });
    const notLeader = await failure(a.call(2, 'Vote', vote, { timeoutMs: 2_000 }));
    expectCode(notLeader, 'skiff', 'NOT_LEADER_OR_FOLLOWER');
    expect(notLeader.message).toMatch(/ask node 3/);
    expect((notLeader as SkiffError).retriable).toBe(true);
    expectCode(await failure(a.call(2, 'EndQuorumEpoch', { type: 'EndQuorumEpoch', epoch: 1, leaderId: nodeId(1), preferredSuccessors: [] }, { timeoutMs: 2_000 })), 'skiff', 'FENCED_LEADER_EPOCH');
    const boom = await failure(a.call(2, 'BeginQuorumEpoch', begin, { timeoutMs: 2_000 }));
    expectCode(boom, 'transport', 'UNKNOWN_SERVER_ERROR');
    expect(boom.message).toMatch(/boom/);
    expect((await a.call(2, 'Fetch', { type: 'Fetch', epoch: 1, replicaId: nodeId(1), fetchOffset: 0, lastFetchedEpoch: 0, maxWaitMs: 0, maxBytes: 1 }, { timeoutMs: 2_000 })).error).toBeNull();
  });

  it('oversized messages fail with MESSAGE_TOO_LARGE in every direction, and the server serves on', async () => {
    const big = new Uint8Array(300_000).fill(1);
    const { address } = await server(
      2,
      handlers({ FetchSnapshot: async (_f, r) => ({ type: 'FetchSnapshot', error: null, epoch: r.epoch, leaderId: null, snapshotId: r.snapshotId, size: big.byteLength, position: 0, bytes: big.subarray(0, r.maxBytes) }) }),
      { server: { maxReceiveMessageBytes: 10_000, maxSendMessageBytes: 200_000 } },
    );
    const snapshotRequest = (maxBytes: number) => ({ type: 'FetchSnapshot', epoch: 1, replicaId: nodeId(1), snapshotId: { endOffset: 5, epoch: 1 }, position: 0, maxBytes }) as const;
    const manySuccessors = { type: 'EndQuorumEpoch', epoch: 1, leaderId: nodeId(1), preferredSuccessors: Array.from({ length: 5_000 }, (_, i) => nodeId(i + 1_000_000)) } as const;

    // The caller's own send limit: refused locally.
    const small = await client(1, { 2: address }, { maxSendMessageBytes: 1_000, maxReceiveMessageBytes: 100_000 });
    expectCode(await failure(small.call(2, 'EndQuorumEpoch', manySuccessors, { timeoutMs: 2_000 })), 'skiff', 'MESSAGE_TOO_LARGE');
    // The server's receive limit.
    const a = await client(3, { 2: address });
    expectCode(await failure(a.call(2, 'EndQuorumEpoch', manySuccessors, { timeoutMs: 2_000 })), 'skiff', 'MESSAGE_TOO_LARGE');
    // The server's send limit.
    expectCode(await failure(a.call(2, 'FetchSnapshot', snapshotRequest(250_000), { timeoutMs: 2_000 })), 'skiff', 'MESSAGE_TOO_LARGE');
    // The caller's receive limit.
    expectCode(await failure(small.call(2, 'FetchSnapshot', snapshotRequest(150_000), { timeoutMs: 2_000 })), 'skiff', 'MESSAGE_TOO_LARGE');
    // Still serving, large-but-allowed messages included.
    expect((await a.call(2, 'FetchSnapshot', snapshotRequest(150_000), { timeoutMs: 2_000 })).bytes.byteLength).toBe(150_000);
    expect((await small.call(2, 'Vote', vote, { timeoutMs: 2_000 })).voteGranted).toBe(true);
  });

  it('garbage sent to the server is refused and the server survives', async () => {
    const { address, transport } = await server(2);
    const raw = track(new grpc.Client(address, grpc.credentials.createInsecure()));
    const rawCall = (path: string, body: Buffer) =>
      new Promise<grpc.ServiceError>((resolve, reject) =>
        raw.makeUnaryRequest(path, (b: Buffer) => b, (b: Buffer) => b, body, new grpc.Metadata(), { deadline: Date.now() + 2_000 }, (error) => (error ? resolve(error) : reject(new Error('garbage was accepted')))),
      );
    // Not protobuf: INVALID_REQUEST, carried as the Kafka code.
    const invalid = await rawCall('/skiff.raft.Raft/Vote', Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));
    expect(invalid.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(invalid.metadata.get('skiff-error-code')).toEqual([String(errorCodes.INVALID_REQUEST.code)]);
    // Protobuf of the wrong shape: a negative offset.
    const negative = await rawCall('/skiff.raft.Raft/Fetch', Buffer.from([0x18, ...new Array(9).fill(0xff), 0x01]));
    expect(negative.code).toBe(grpc.status.INVALID_ARGUMENT);
    // A method nobody serves.
    expect((await rawCall('/skiff.raft.Raft/Nope', Buffer.alloc(0))).code).toBe(grpc.status.UNIMPLEMENTED);
    // Raw bytes on the TCP port: not even HTTP/2.
    await new Promise<void>((resolve) => {
      const socket = createConnection({ host, port: transport.port! }, () => socket.end(Buffer.from('GET / HTTP/1.1\r\n\r\n\x00\x01garbage'.repeat(50))));
      socket.on('error', () => resolve());
      socket.on('close', () => resolve());
      socket.resume();
    });
    const a = await client(1, { 2: address });
    expect((await a.call(2, 'Vote', vote, { timeoutMs: 2_000 })).voteGranted).toBe(true);
  });

  it('a response that does not decode is CORRUPT_MESSAGE at the caller', async () => {
    // A server whose Fetch responses carry a record batch with a broken CRC.
    const corrupting: WireService<RaftServices> = {
      name: raftService.name,
      codec: {
        ...raftCodec,
        Fetch: {
          ...raftCodec.Fetch,
          encodeResponse: (response) => {
            const bytes = raftCodec.Fetch.encodeResponse(response);
            bytes[bytes.byteLength - 1]! ^= 0xff; // the last byte of the last batch, inside its CRC
            return bytes;
          },
        },
      },
    };
    const b = track(await GrpcTransport.start({ self: 2, service: corrupting, listen: `${host}:0` }));
    b.serve(handlers());
    const a = await client(1, { 2: `${host}:${b.port}` });
    const fetch = { type: 'Fetch', epoch: 1, replicaId: nodeId(1), fetchOffset: 0, lastFetchedEpoch: 0, maxWaitMs: 0, maxBytes: 1 } as const;
    expectCode(await failure(a.call(2, 'Fetch', fetch, { timeoutMs: 2_000 })), 'skiff', 'CORRUPT_MESSAGE');
    expect((await a.call(2, 'Vote', vote, { timeoutMs: 2_000 })).voteGranted).toBe(true);
  });

  it('close() fails outstanding calls at once, and later calls too', async () => {
    const { address } = await server(2, handlers({ Vote: () => new Promise(() => {}) }));
    const a = await client(1, { 2: address });
    const pending = a.call(2, 'Vote', vote, { timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await a.close();
    const error = await failure(pending);
    expectCode(error, 'transport', 'NETWORK_EXCEPTION');
    expect(error.message).toMatch(/transport closed/);
    expect(Date.now() - started).toBeLessThan(500);
    expectCode(await failure(a.call(2, 'Vote', vote, { timeoutMs: 1_000 })), 'transport', 'NETWORK_EXCEPTION');
  });

  it('a server that closes fails the calls it was running with NETWORK_EXCEPTION', async () => {
    const { address, transport: b } = await server(2, handlers({ Vote: () => new Promise(() => {}) }));
    const a = await client(1, { 2: address });
    const pending = a.call(2, 'Vote', vote, { timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await b.close();
    expectCode(await failure(pending), 'transport', 'NETWORK_EXCEPTION');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('a client-only transport cannot serve; a transport serving nothing yet answers NETWORK_EXCEPTION', async () => {
    const lonely = await client(7, {});
    expect(() => lonely.serve(handlers())).toThrow(/client-only/);
    const idle = track(await GrpcTransport.start({ self: 2, service: raftService, listen: `${host}:0` }));
    const a = await client(1, { 2: `${host}:${idle.port}` });
    expectCode(await failure(a.call(2, 'Vote', vote, { timeoutMs: 2_000 })), 'transport', 'NETWORK_EXCEPTION');
    idle.serve(handlers());
    expect((await a.call(2, 'Vote', vote, { timeoutMs: 2_000 })).voteGranted).toBe(true);
  });
});

describe('GrpcServer with several services over shared channels', () => {
  type EchoServices = { Echo: { request: { text: string }; response: { text: string; from: PeerId } } };
  const json = { encode: (v: unknown) => new TextEncoder().encode(JSON.stringify(v)), decode: (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as never };
  const echoCodec: ServiceCodec<EchoServices> = { Echo: { encodeRequest: json.encode, decodeRequest: json.decode, encodeResponse: json.encode, decodeResponse: json.decode } };
  const echoService: WireService<EchoServices> = { name: 'skiff.test.Echo', codec: echoCodec };

  it('serves raft and echo on one port; one client channel carries both; closing one service leaves the other', async () => {
    const grpcServer = track(new GrpcServer());
    const nodeChannels = track(new GrpcChannels({ self: 2 }));
    const raft = track(new GrpcTransport({ service: raftService, channels: nodeChannels, server: grpcServer }));
    const echo = track(new GrpcTransport({ service: echoService, channels: nodeChannels, server: grpcServer }));
    raft.serve(handlers());
    echo.serve({ Echo: async (from, request) => ({ text: request.text.toUpperCase(), from }) });
    expect(() => grpcServer.host(raftService)).toThrow(/already hosted/);
    const port = await grpcServer.listen(`${host}:0`);

    const channels = track(new GrpcChannels({ self: 9, addresses: [[2, `${host}:${port}`]] }));
    const raftClient = track(new GrpcTransport({ service: raftService, channels }));
    const echoClient = track(new GrpcTransport({ service: echoService, channels }));
    expect(await echoClient.call(2, 'Echo', { text: 'hi' }, { timeoutMs: 2_000 })).toEqual({ text: 'HI', from: 9 });
    expect((await raftClient.call(2, 'Vote', { ...vote, candidateId: nodeId(9) }, { timeoutMs: 2_000 })).voteGranted).toBe(true);

    await echo.close();
    expectCode(await failure(echoClient.call(2, 'Echo', { text: 'x' }, { timeoutMs: 2_000 })), 'transport', 'NETWORK_EXCEPTION');
    expect((await raftClient.call(2, 'Vote', vote, { timeoutMs: 2_000 })).voteGranted).toBe(false);
    // The freed name can be hosted again.
    const echo2 = track(new GrpcTransport({ service: echoService, channels: nodeChannels, server: grpcServer }));
    echo2.serve({ Echo: async (from, request) => ({ text: request.text, from }) });
    expect(await echoClient.call(2, 'Echo', { text: 'again' }, { timeoutMs: 2_000 })).toEqual({ text: 'again', from: 9 });

    // Closing the shared channels fails calls in flight for every service using them.
    echo2.serve({ Echo: () => new Promise(() => {}) });
    const stuck = echoClient.call(2, 'Echo', { text: 'stuck' }, { timeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    channels.close();
    expectCode(await failure(stuck), 'transport', 'NETWORK_EXCEPTION');
    expectCode(await failure(raftClient.call(2, 'Vote', vote, { timeoutMs: 1_000 })), 'transport', 'NETWORK_EXCEPTION');
  });

  it('address book updates move a peer to its new address', async () => {
    const one = await server(2, handlers({ BeginQuorumEpoch: async (_f, r) => ({ type: 'BeginQuorumEpoch', error: null, epoch: 1, leaderId: r.leaderId }) }));
    const two = await server(2, handlers({ BeginQuorumEpoch: async (_f, r) => ({ type: 'BeginQuorumEpoch', error: null, epoch: 2, leaderId: r.leaderId }) }));
    const a = await client(1, { 2: one.address });
    expect((await a.call(2, 'BeginQuorumEpoch', begin, { timeoutMs: 2_000 })).epoch).toBe(1);
    a.setAddress(2, two.address);
    expect((await a.call(2, 'BeginQuorumEpoch', begin, { timeoutMs: 2_000 })).epoch).toBe(2);
  });
});
