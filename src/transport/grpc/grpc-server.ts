// GrpcServer: one gRPC server (one port) hosting several services — a node
// serves raft, controller and broker RPCs side by side. Each service is
// described by its WireService (name + codec) and its handlers are installed,
// replaced or withdrawn at run time through the ServiceHost it gets back.
//
// gRPC sees every method as bytes in, bytes out (identity serializers); the
// codec runs here, inside the handler, so a malformed request is answered
// with INVALID_REQUEST instead of grpc-js's generic INTERNAL, and nothing a
// peer sends can crash the server: every failure becomes a status.
// Bounds: message sizes (both directions) and concurrently running handlers.

import * as grpc from '@grpc/grpc-js';
import { isSkiffError, SkiffError } from '../../common/errors.js';
import { silentLogger, type Logger } from '../../env/logger.js';
import type { Handlers, PeerId, ServiceMap } from '../../env/transport.js';
import { methodCodec, methodNames, type WireService } from '../codec.js';
import { GrpcStatusError, peerOfMetadata, statusOfError } from './status.js';

/**
 * 128 MiB each way: a broker Fetch response carries up to its maxBytes
 * (about 64 MiB at most) of record batches, a Produce request up to
 * message.max.bytes per partition, a quorum Fetch response one entry of up to
 * 64 MiB; each fits with room for the protobuf framing around it.
 */
export const defaultMaxMessageBytes = 128 << 20;

export interface GrpcServerOptions {
  /** Largest request accepted (default 128 MiB). */
  readonly maxReceiveMessageBytes?: number;
  /** Largest response sent (default 128 MiB); a larger one fails the call with MESSAGE_TOO_LARGE. */
  readonly maxSendMessageBytes?: number;
  /** Handlers running at once before new calls are refused with THROTTLED (default 4096). */
  readonly maxConcurrentCalls?: number;
  /** Server-initiated keepalive pings on idle connections (default 10 s / 5 s). */
  readonly keepaliveTimeMs?: number;
  readonly keepaliveTimeoutMs?: number;
  readonly logger?: Logger;
}

/** A service's place on a server: install handlers to serve it, withdraw them to stop. */
export interface ServiceHost<S extends ServiceMap> {
  /** Installs (or replaces) the handlers; calls arriving before this get UNAVAILABLE. */
  serve(handlers: Handlers<S>): void;
  /** Withdraws the handlers and frees the service name for another host. */
  withdraw(): void;
}

type AnyHandler = (from: PeerId, request: unknown) => Promise<unknown>;

interface Hosted {
  readonly service: WireService<ServiceMap>;
  handlers: Handlers<ServiceMap> | null;
}

export class GrpcServer {
  private readonly server: grpc.Server;
  private readonly hosted = new Map<string, Hosted>();
  /** gRPC paths registered with grpc-js (registration outlives a withdrawn host). */
  private readonly registeredPaths = new Set<string>();
  private readonly maxSendMessageBytes: number;
  private readonly maxConcurrentCalls: number;
  private readonly logger: Logger;
  private running = 0;
  private boundPort: number | null = null;
  private closed = false;

  constructor(options: GrpcServerOptions = {}) {
    this.maxSendMessageBytes = options.maxSendMessageBytes ?? defaultMaxMessageBytes;
    this.maxConcurrentCalls = options.maxConcurrentCalls ?? 4096;
    this.logger = options.logger ?? silentLogger;
    this.server = new grpc.Server({
      'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? defaultMaxMessageBytes,
      // One more than our own limit, so an oversized response is our typed error, not grpc-js's.
      'grpc.max_send_message_length': this.maxSendMessageBytes + 1,
      'grpc.keepalive_time_ms': options.keepaliveTimeMs ?? 10_000,
      'grpc.keepalive_timeout_ms': options.keepaliveTimeoutMs ?? 5_000,
    });
  }

  /** The bound port once listen() resolved. */
  get port(): number | null {
    return this.boundPort;
  }

  /**
   * Hosts `service` (at `/<service.name>/<Method>`). Throws if another host
   * holds the name. May be called before or after listen().
   */
  host<S extends ServiceMap>(service: WireService<S>): ServiceHost<S> {
    if (this.closed) throw new Error('server closed');
    if (this.hosted.has(service.name)) throw new Error(`service ${service.name} is already hosted`);
    const entry: Hosted = { service: service as unknown as WireService<ServiceMap>, handlers: null };
    this.hosted.set(service.name, entry);
    for (const method of methodNames(service.codec)) this.register(service.name, method);
    return {
      serve: (handlers) => {
        if (this.hosted.get(service.name) === entry) entry.handlers = handlers as unknown as Handlers<ServiceMap>;
      },
      withdraw: () => {
        entry.handlers = null;
        if (this.hosted.get(service.name) === entry) this.hosted.delete(service.name);
      },
    };
  }

  /** Binds `address` (host:port; port 0 picks a free one) and resolves with the bound port. */
  listen(address: string): Promise<number> {
    if (this.closed) return Promise.reject(new Error('server closed'));
    return new Promise((resolve, reject) => {
      this.server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, port) => {
        if (error) {
          reject(new SkiffError('NETWORK_EXCEPTION', `cannot listen on ${address}: ${error.message}`, { cause: error }));
          return;
        }
        this.boundPort = port;
        resolve(port);
      });
    });
  }

  /** Stops listening and cancels every running call (their callers see NETWORK_EXCEPTION). */
  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    for (const entry of this.hosted.values()) entry.handlers = null;
    this.hosted.clear();
    this.server.forceShutdown();
    return Promise.resolve();
  }

  private register(serviceName: string, method: string): void {
    const path = `/${serviceName}/${method}`;
    if (this.registeredPaths.has(path)) return;
    this.registeredPaths.add(path);
    const handler: grpc.handleUnaryCall<Buffer, Buffer> = (call, callback) => {
      this.dispatch(serviceName, method, peerOfMetadata(call.metadata), call.request).then(
        (response) => callback(null, response),
        (error: unknown) => callback(statusOfError(error)),
      );
    };
    this.server.register(path, handler, identity, identity, 'unary');
  }

  /** Decode, run the handler, encode: every failure rejects (and becomes a status), none escapes. */
  private async dispatch(serviceName: string, method: string, from: PeerId, request: Buffer): Promise<Buffer> {
    const entry = this.hosted.get(serviceName);
    const handlers = entry?.handlers;
    const codec = entry ? methodCodec(entry.service.codec, method) : undefined;
    const handler = handlers && Object.hasOwn(handlers, method) ? (handlers[method] as AnyHandler) : undefined;
    if (!entry || !codec || !handler) throw notServing(serviceName, method);
    if (this.running >= this.maxConcurrentCalls) throw new SkiffError('THROTTLED', `${this.running} calls running (limit ${this.maxConcurrentCalls})`);
    this.running++;
    try {
      const response = await handler(from, codec.decodeRequest(request));
      const bytes = codec.encodeResponse(response);
      if (bytes.byteLength > this.maxSendMessageBytes) {
        throw new SkiffError('MESSAGE_TOO_LARGE', `${method} response of ${bytes.byteLength} bytes exceeds ${this.maxSendMessageBytes}`);
      }
      return toBuffer(bytes);
    } catch (error) {
      if (!isSkiffError(error)) this.logger.warn({ err: error, service: serviceName, method, from }, 'handler failed');
      throw error;
    } finally {
      this.running--;
    }
  }
}

/** UNAVAILABLE without a Skiff code: the caller sees NETWORK_EXCEPTION, as if nothing listened. */
function notServing(serviceName: string, method: string): GrpcStatusError {
  return new GrpcStatusError({ code: grpc.status.UNAVAILABLE, details: `${serviceName}/${method} is not being served` });
}

const identity = (bytes: Buffer): Buffer => bytes;

export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
