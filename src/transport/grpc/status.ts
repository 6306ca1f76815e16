// Error mapping between Skiff and gRPC, in both directions: the only place
// where gRPC status codes meet Skiff's error codes (STYLE.md: errors are
// mapped to gRPC status in src/transport only).
//
// Server side: a handler's SkiffError travels as a gRPC status (chosen for
// foreign clients such as grpcurl) plus the Kafka numeric code in the
// `skiff-error-code` trailer, which is what Skiff callers read; any other
// handler failure is status UNKNOWN. Caller side: a `skiff-error-code` trailer
// becomes the same SkiffError; otherwise the status becomes a TransportError
// (DEADLINE_EXCEEDED → REQUEST_TIMED_OUT; UNAVAILABLE, CANCELLED and
// transport-level INTERNAL → NETWORK_EXCEPTION; anything else →
// UNKNOWN_SERVER_ERROR), except RESOURCE_EXHAUSTED (a message over a size
// limit), which is SkiffError MESSAGE_TOO_LARGE.

import * as grpc from '@grpc/grpc-js';
import { errorCodeByNumber, errorCodes, isSkiffError, SkiffError, type ErrorCode } from '../../common/errors.js';
import { TransportError, type PeerId } from '../../env/transport.js';

/** What a server handler answers a failure with (grpc-js's ServerStatusResponse). */
export type ServerStatus = Partial<grpc.StatusObject>;

/** Trailer carrying a SkiffError's Kafka numeric code. */
export const errorCodeKey = 'skiff-error-code';
/** Request metadata carrying the caller's PeerId. */
export const fromKey = 'skiff-from';

/** The PeerId of callers that sent none (or garbage). */
export const unknownPeer: PeerId = -1;

const statusBySkiffCode: Partial<Record<ErrorCode, grpc.status>> = {
  INVALID_REQUEST: grpc.status.INVALID_ARGUMENT,
  CORRUPT_MESSAGE: grpc.status.INVALID_ARGUMENT,
  MESSAGE_TOO_LARGE: grpc.status.RESOURCE_EXHAUSTED,
  THROTTLED: grpc.status.RESOURCE_EXHAUSTED,
  REQUEST_TIMED_OUT: grpc.status.DEADLINE_EXCEEDED,
  UNKNOWN_SERVER_ERROR: grpc.status.UNKNOWN,
};

/** A failure that already knows its gRPC status (e.g. UNAVAILABLE for a service not being served). */
export class GrpcStatusError extends Error {
  constructor(readonly status: ServerStatus) {
    super(status.details);
  }
}

/** The status a handler's failure is answered with. */
export function statusOfError(error: unknown): ServerStatus {
  if (error instanceof GrpcStatusError) return error.status;
  if (!isSkiffError(error)) {
    return { code: grpc.status.UNKNOWN, details: `handler failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  const metadata = new grpc.Metadata();
  metadata.set(errorCodeKey, String(errorCodes[error.code].code));
  const code = statusBySkiffCode[error.code] ?? (error.retriable ? grpc.status.UNAVAILABLE : grpc.status.FAILED_PRECONDITION);
  return { code, details: error.message, metadata };
}

/** The error a failed call rejects with. */
export function errorOfStatus(error: grpc.ServiceError, peer: PeerId, method: string): Error {
  const carried = error.metadata?.get(errorCodeKey)[0];
  if (carried !== undefined) {
    const numeric = Number(carried);
    const code = (Number.isSafeInteger(numeric) ? errorCodeByNumber(numeric) : undefined) ?? 'UNKNOWN_SERVER_ERROR';
    // The server's message already starts with the code (SkiffError's format).
    return new SkiffError(code, `${method} to ${peer}: ${stripCode(error.details, code)}`, { cause: error });
  }
  switch (error.code) {
    case grpc.status.DEADLINE_EXCEEDED:
      return withCause(new TransportError('REQUEST_TIMED_OUT', peer, method, error.details), error);
    case grpc.status.UNAVAILABLE:
    case grpc.status.CANCELLED:
    case grpc.status.INTERNAL: // grpc-js: RST_STREAM, protocol and framing failures (our own handlers answer UNKNOWN)
      return withCause(new TransportError('NETWORK_EXCEPTION', peer, method, error.details), error);
    case grpc.status.RESOURCE_EXHAUSTED:
      return new SkiffError('MESSAGE_TOO_LARGE', `${method} to ${peer}: ${error.details}`, { cause: error });
    default:
      return withCause(new TransportError('UNKNOWN_SERVER_ERROR', peer, method, `${grpc.status[error.code] ?? error.code}: ${error.details}`), error);
  }
}

/** The caller id in a request's metadata; unknownPeer when absent or malformed. */
export function peerOfMetadata(metadata: grpc.Metadata): PeerId {
  const value = metadata.get(fromKey)[0];
  if (typeof value !== 'string' || !/^-?\d{1,16}$/.test(value)) return unknownPeer;
  const peer = Number(value);
  return Number.isSafeInteger(peer) ? peer : unknownPeer;
}

function stripCode(details: string, code: ErrorCode): string {
  return details.startsWith(`${code}: `) ? details.slice(code.length + 2) : details;
}

function withCause<E extends Error>(error: E, cause: unknown): E {
  Object.defineProperty(error, 'cause', { value: cause, enumerable: false, configurable: true, writable: true });
  return error;
}
