// GrpcTransport: the Transport port (src/env/transport.ts) for one service
// over gRPC (@grpc/grpc-js, HTTP/2, no proto-loader: the service's
// WireService codec does the protobuf work). It is the node adapter of the
// same port SimNetwork implements, so core code runs unchanged on both.
//
// Composition: calls go out on a GrpcChannels (one channel per peer, shared by
// all of a process's services); incoming calls arrive through a GrpcServer
// (one port, many services). A transport without a server is client-only
// (the CLI, clients). GrpcTransport.start() builds the single-service case
// with a private server and channels.
//
// Outcomes of `call`: the decoded response; or TransportError
// (REQUEST_TIMED_OUT at the deadline, NETWORK_EXCEPTION when the peer is
// unreachable or the transport closed, UNKNOWN_SERVER_ERROR when the handler
// failed without a Skiff code); or the SkiffError the peer's handler threw
// (same code); or SkiffError MESSAGE_TOO_LARGE / CORRUPT_MESSAGE / THROTTLED
// for an oversized message, an undecodable response or too many calls in flight.

import * as grpc from '@grpc/grpc-js';
import { SkiffError } from '../../common/errors.js';
import { TransportError, type CallOptions, type Handlers, type PeerId, type ServiceMap, type Transport } from '../../env/transport.js';
import { methodCodec, type WireService } from '../codec.js';
import { GrpcChannels, type CancelCall, type GrpcChannelOptions } from './grpc-channels.js';
import { GrpcServer, toBuffer, type GrpcServerOptions, type ServiceHost } from './grpc-server.js';
import { errorOfStatus, fromKey } from './status.js';

export interface GrpcTransportOptions<S extends ServiceMap> {
  readonly service: WireService<S>;
  /** Outgoing calls; `channels.self` is this transport's `self`. */
  readonly channels: GrpcChannels;
  /** Where incoming calls for `service` arrive; omit for a client-only transport. */
  readonly server?: GrpcServer;
  /** Calls in flight before new ones are refused with THROTTLED (default 10 000). */
  readonly maxOutstandingCalls?: number;
}

export interface StandaloneGrpcOptions<S extends ServiceMap> extends GrpcChannelOptions {
  readonly service: WireService<S>;
  /** host:port to serve on (port 0: any free port, see `port`); omit for a client-only transport. */
  readonly listen?: string;
  readonly server?: GrpcServerOptions;
  readonly maxOutstandingCalls?: number;
}

interface PendingCall {
  readonly to: PeerId;
  readonly method: string;
  readonly reject: (error: unknown) => void;
  cancel: CancelCall | null;
}

export class GrpcTransport<S extends ServiceMap> implements Transport<S> {
  readonly self: PeerId;
  private readonly service: WireService<S>;
  private readonly channels: GrpcChannels;
  private readonly server: GrpcServer | null;
  private readonly host: ServiceHost<S> | null;
  private readonly maxOutstandingCalls: number;
  private readonly pending = new Set<PendingCall>();
  /** What close() also closes: the server and channels start() made for this transport alone. */
  private owned: { server: GrpcServer | null; channels: GrpcChannels | null } = { server: null, channels: null };
  private closed = false;

  constructor(options: GrpcTransportOptions<S>) {
    this.self = options.channels.self;
    this.service = options.service;
    this.channels = options.channels;
    this.server = options.server ?? null;
    this.host = this.server ? this.server.host(options.service) : null;
    this.maxOutstandingCalls = options.maxOutstandingCalls ?? 10_000;
  }

  /** A client-only transport with its own channels: nothing to wait for, so it is made synchronously. */
  static client<S extends ServiceMap>(options: Omit<StandaloneGrpcOptions<S>, 'listen' | 'server'>): GrpcTransport<S> {
    const channels = new GrpcChannels(options);
    const transport = new GrpcTransport<S>({ service: options.service, channels, ...(options.maxOutstandingCalls !== undefined ? { maxOutstandingCalls: options.maxOutstandingCalls } : {}) });
    transport.owned = { server: null, channels };
    return transport;
  }

  /** A transport with its own channels and (with `listen`) its own server, listening once this resolves. */
  static async start<S extends ServiceMap>(options: StandaloneGrpcOptions<S>): Promise<GrpcTransport<S>> {
    const channels = new GrpcChannels(options);
    const server = options.listen !== undefined ? new GrpcServer(options.server) : null;
    const transport = new GrpcTransport<S>({
      service: options.service,
      channels,
      ...(server ? { server } : {}),
      ...(options.maxOutstandingCalls !== undefined ? { maxOutstandingCalls: options.maxOutstandingCalls } : {}),
    });
    transport.owned = { server, channels };
    try {
      if (server && options.listen !== undefined) await server.listen(options.listen);
    } catch (error) {
      await transport.close();
      throw error;
    }
    return transport;
  }

  /** The port the server listens on (null for a client-only transport or before listening). */
  get port(): number | null {
    return this.server?.port ?? null;
  }

  /** The address book is the channels': changing a peer's address affects every service using them. */
  setAddress(peer: PeerId, address: string): void {
    this.channels.setAddress(peer, address);
  }

  call<M extends keyof S & string>(to: PeerId, method: M, request: S[M]['request'], options: CallOptions): Promise<S[M]['response']> {
    if (this.closed) return Promise.reject(new TransportError('NETWORK_EXCEPTION', to, method, 'transport closed'));
    if (!(options.timeoutMs > 0)) return Promise.reject(new RangeError(`timeoutMs must be > 0, got ${options.timeoutMs}`));
    const codec = methodCodec(this.service.codec, method);
    if (codec === undefined) return Promise.reject(new TypeError(`${this.service.name} has no method ${method}`));
    if (this.pending.size >= this.maxOutstandingCalls) {
      return Promise.reject(new SkiffError('THROTTLED', `${this.pending.size} calls in flight (limit ${this.maxOutstandingCalls})`));
    }
    let bytes: Uint8Array;
    try {
      bytes = codec.encodeRequest(request);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (bytes.byteLength > this.channels.maxSendMessageBytes) {
      return Promise.reject(new SkiffError('MESSAGE_TOO_LARGE', `${method} request of ${bytes.byteLength} bytes exceeds ${this.channels.maxSendMessageBytes}`));
    }
    const metadata = new grpc.Metadata();
    metadata.set(fromKey, String(this.self));
    return new Promise<S[M]['response']>((resolve, reject) => {
      const pending: PendingCall = { to, method, reject, cancel: null };
      const call = { peer: to, path: `/${this.service.name}/${method}`, request: toBuffer(bytes), metadata, deadline: Date.now() + options.timeoutMs };
      this.pending.add(pending);
      pending.cancel = this.channels.startCall(call, (error, response) => {
        if (!this.pending.delete(pending)) return; // already failed by close()
        if (error) reject(errorOfStatus(error, to, method));
        else {
          try {
            resolve(codec.decodeResponse(response ?? Buffer.alloc(0)) as S[M]['response']);
          } catch (decodeError) {
            reject(decodeError);
          }
        }
      });
      if (pending.cancel === null) {
        this.pending.delete(pending);
        const address = this.channels.addressOf(to);
        reject(new TransportError('NETWORK_EXCEPTION', to, method, address === undefined ? 'no address for this peer' : 'channels closed'));
      }
    });
  }

  serve(handlers: Handlers<S>): void {
    if (this.closed) return;
    if (!this.host) throw new Error(`client-only transport ${this.self} cannot serve ${this.service.name}`);
    this.host.serve(handlers);
  }

  /** Stops serving this service, fails this transport's calls in flight, and closes what start() made for it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.host?.withdraw();
    const calls = [...this.pending];
    this.pending.clear();
    for (const call of calls) {
      call.cancel?.();
      call.reject(new TransportError('NETWORK_EXCEPTION', call.to, call.method, 'transport closed'));
    }
    this.owned.channels?.close();
    await this.owned.server?.close();
  }
}
