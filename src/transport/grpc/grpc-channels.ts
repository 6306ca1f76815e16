// GrpcChannels: the caller side's connections, one gRPC channel (HTTP/2
// connection) per peer, shared by every service a process calls (a node's
// raft, controller and broker clients all ride the same channel to a peer).
// Channels are created lazily on the first call and reused; the address book
// (PeerId → host:port) can change at run time, which replaces the peer's
// channel. grpc-js reconnects a broken channel with exponential backoff; calls
// never wait for a connection (no waitForReady), so a down peer fails fast.
// Every call in flight is tracked, and close() cancels them all.

import * as grpc from '@grpc/grpc-js';
import type { PeerId } from '../../env/transport.js';
import { defaultMaxMessageBytes } from './grpc-server.js';

export interface GrpcChannelOptions {
  /** The caller's id, sent with every call (`skiff-from`); clients that are not nodes use ids of their own. */
  readonly self: PeerId;
  /** Initial address book: PeerId → host:port. */
  readonly addresses?: Iterable<readonly [PeerId, string]>;
  /** Largest request sent (default 128 MiB); a larger one is refused locally with MESSAGE_TOO_LARGE. */
  readonly maxSendMessageBytes?: number;
  /** Largest response accepted (default 128 MiB). */
  readonly maxReceiveMessageBytes?: number;
  /** Reconnect backoff after a failed connection attempt (defaults 100 ms, growing to 2000 ms). */
  readonly initialReconnectBackoffMs?: number;
  readonly maxReconnectBackoffMs?: number;
  /** HTTP/2 keepalive pings, also on idle connections, to notice a dead peer (defaults 10 s / 5 s). */
  readonly keepaliveTimeMs?: number;
  readonly keepaliveTimeoutMs?: number;
}

export interface UnaryCall {
  readonly peer: PeerId;
  readonly path: string;
  readonly request: Buffer;
  readonly metadata: grpc.Metadata;
  readonly deadline: number;
}

/** Cancels a call in flight (its callback then reports CANCELLED). */
export type CancelCall = () => void;

const identity = (bytes: Buffer): Buffer => bytes;

export class GrpcChannels {
  readonly self: PeerId;
  readonly maxSendMessageBytes: number;
  private readonly addresses = new Map<PeerId, string>();
  private readonly clients = new Map<PeerId, grpc.Client>();
  private readonly inFlight = new Set<grpc.ClientUnaryCall>();
  private readonly channelOptions: grpc.ChannelOptions;
  private closed = false;

  constructor(options: GrpcChannelOptions) {
    this.self = options.self;
    this.maxSendMessageBytes = options.maxSendMessageBytes ?? defaultMaxMessageBytes;
    this.channelOptions = {
      'grpc.max_send_message_length': this.maxSendMessageBytes,
      'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? defaultMaxMessageBytes,
      'grpc.initial_reconnect_backoff_ms': options.initialReconnectBackoffMs ?? 100,
      'grpc.max_reconnect_backoff_ms': options.maxReconnectBackoffMs ?? 2_000,
      'grpc.keepalive_time_ms': options.keepaliveTimeMs ?? 10_000,
      'grpc.keepalive_timeout_ms': options.keepaliveTimeoutMs ?? 5_000,
      'grpc.keepalive_permit_without_calls': 1,
      // Our channels are ours alone: closing them really closes the connections.
      'grpc.use_local_subchannel_pool': 1,
      // No retries behind our back: a retry is a new call (src/env/transport.ts).
      'grpc.enable_retries': 0,
    };
    for (const [peer, address] of options.addresses ?? []) this.setAddress(peer, address);
  }

  /** Sets (or changes) a peer's address; a changed address gets a new channel. */
  setAddress(peer: PeerId, address: string): void {
    if (address.length === 0) throw new RangeError(`empty address for peer ${peer}`);
    if (this.addresses.get(peer) === address) return;
    this.addresses.set(peer, address);
    this.dropClient(peer);
  }

  removeAddress(peer: PeerId): void {
    this.addresses.delete(peer);
    this.dropClient(peer);
  }

  addressOf(peer: PeerId): string | undefined {
    return this.addresses.get(peer);
  }

  /**
   * Starts a unary call; `done` runs exactly once (with CANCELLED if cancelled).
   * Returns null, without calling `done`, when the peer has no address or the channels are closed.
   */
  startCall(call: UnaryCall, done: (error: grpc.ServiceError | null, response: Buffer | undefined) => void): CancelCall | null {
    const client = this.clientFor(call.peer);
    if (client === null) return null;
    const unary = client.makeUnaryRequest(call.path, identity, identity, call.request, call.metadata, { deadline: call.deadline }, (error, response) => {
      this.inFlight.delete(unary);
      done(error, response);
    });
    this.inFlight.add(unary);
    return () => unary.cancel();
  }

  /** Closes every channel and cancels every call in flight. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const call of [...this.inFlight]) call.cancel();
    this.inFlight.clear();
    for (const peer of [...this.clients.keys()]) this.dropClient(peer);
  }

  private clientFor(peer: PeerId): grpc.Client | null {
    if (this.closed) return null;
    const existing = this.clients.get(peer);
    if (existing) return existing;
    const address = this.addresses.get(peer);
    if (address === undefined) return null;
    const client = new grpc.Client(address, grpc.credentials.createInsecure(), this.channelOptions);
    this.clients.set(peer, client);
    return client;
  }

  /** Closes a peer's channel; calls already on it run to their end. */
  private dropClient(peer: PeerId): void {
    const client = this.clients.get(peer);
    if (!client) return;
    this.clients.delete(peer);
    client.close();
  }
}
