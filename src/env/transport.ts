// The Transport port: typed request/response RPC between peers. Node adapter:
// src/transport/grpc (gRPC over HTTP/2). Simulator: SimNetwork, which delays,
// drops, duplicates, reorders and partitions messages.
//
// Contract:
// - `call` resolves with the peer's response or rejects with a TransportError
//   (the call did not complete: timeout, unreachable peer) or a SkiffError
//   (the peer's handler failed with that code, or the message was too large,
//   malformed, or throttled); it never hangs past `timeoutMs`.
// - A call's request is delivered at most once (gRPC: one HTTP/2 stream over
//   TCP, no transparent retries). A retry is a new call, so protocols that
//   retry must be idempotent (Raft's are; clients use sessions or sequences).
// - A rejected call is indeterminate: the peer may or may not have processed it.
// - Requests and responses are plain data; the transport may copy or re-encode
//   them, so callers must not rely on object identity.

import type { ErrorCode } from '../common/errors.js';

/** A transport address. Cluster nodes use their node id; other endpoints (clients) use ids the runtime assigns. */
export type PeerId = number;

export type ServiceMap = Record<string, { request: unknown; response: unknown }>;

export type TransportErrorCode = Extract<ErrorCode, 'NETWORK_EXCEPTION' | 'REQUEST_TIMED_OUT' | 'UNKNOWN_SERVER_ERROR'>;

export class TransportError extends Error {
  override readonly name = 'TransportError';
  constructor(
    readonly code: TransportErrorCode,
    readonly peer: PeerId,
    readonly method: string,
    message?: string,
  ) {
    super(`${code}: ${method} to ${peer}${message ? `: ${message}` : ''}`);
  }
}

export interface CallOptions {
  timeoutMs: number;
}

export type Handler<Request, Response> = (from: PeerId, request: Request) => Promise<Response>;

export type Handlers<S extends ServiceMap> = { [M in keyof S]: Handler<S[M]['request'], S[M]['response']> };

export interface Transport<S extends ServiceMap> {
  readonly self: PeerId;
  call<M extends keyof S & string>(to: PeerId, method: M, request: S[M]['request'], options: CallOptions): Promise<S[M]['response']>;
  /** Installs the handlers for incoming calls (replacing earlier ones). */
  serve(handlers: Handlers<S>): void;
  /** Stops serving and fails outstanding calls. */
  close(): Promise<void>;
}
