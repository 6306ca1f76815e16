// Wire codecs: for each method of a service, how its typed request and
// response become bytes and back, converting between Skiff's domain types and
// the generated protobuf messages (src/gen). Core code: no I/O, pure functions
// of values and bytes, shared by the gRPC transport and the simulator (which
// re-encodes every simulated message through the same codec).
//
// Invariants: decode(encode(x)) deep-equals x for every well-formed x.
// Decoding never trusts its input: anything malformed (bad protobuf, a
// missing field, an int64 outside the safe range, a negative count, corrupt
// record batches) throws a SkiffError — INVALID_REQUEST for a request,
// CORRUPT_MESSAGE for a response — never a crash or a half-valid value.
// Encoding trusts its input only as far as the types go: a value the wire
// cannot carry exactly (a fractional or out-of-range integer) is a bug and
// fails an assertion instead of being silently truncated by protobufjs.
// Decoded byte fields may alias the input bytes.

import { assert } from '../common/assert.js';
import { errorCodeByNumber, errorCodes, SkiffError, type ErrorCode } from '../common/errors.js';
import { nodeId, type NodeId } from '../common/ids.js';
import type { ServiceMap } from '../env/transport.js';

/** How one method's request and response travel. */
export interface MethodCodec<Request, Response> {
  encodeRequest(request: Request): Uint8Array;
  /** Throws SkiffError INVALID_REQUEST on malformed bytes. */
  decodeRequest(bytes: Uint8Array): Request;
  encodeResponse(response: Response): Uint8Array;
  /** Throws SkiffError CORRUPT_MESSAGE on malformed bytes. */
  decodeResponse(bytes: Uint8Array): Response;
}

/** A codec per method of service map `S`. */
export type ServiceCodec<S extends ServiceMap> = {
  readonly [M in keyof S & string]: MethodCodec<S[M]['request'], S[M]['response']>;
};

/** A service as it appears on the wire: its fully qualified name (the gRPC path prefix, as in the .proto) and codec. */
export interface WireService<S extends ServiceMap> {
  /** e.g. `skiff.raft.Raft`: methods are served at `/skiff.raft.Raft/<Method>`. */
  readonly name: string;
  readonly codec: ServiceCodec<S>;
}

/** The method names of a service codec, in declaration order. */
export function methodNames<S extends ServiceMap>(codec: ServiceCodec<S>): (keyof S & string)[] {
  return Object.keys(codec) as (keyof S & string)[];
}

/** The codec of `method`, or undefined when the service has no such method (never a prototype property). */
export function methodCodec<S extends ServiceMap>(codec: ServiceCodec<S>, method: string): MethodCodec<unknown, unknown> | undefined {
  return Object.hasOwn(codec, method) ? (codec[method as keyof S & string] as MethodCodec<unknown, unknown>) : undefined;
}

// --- protobuf-backed method codecs ------------------------------------------

/** The static side of a protobufjs generated message class: encode from properties `P`, decode to a message `M`. */
export interface ProtoType<P, M extends P> {
  encode(message: P): { finish(): Uint8Array };
  decode(bytes: Uint8Array): M;
}

/** A method carried as two protobuf messages, with the conversions to and from the domain types. */
export interface ProtoMethodSpec<Request, Response, ReqP, ReqM extends ReqP, ResP, ResM extends ResP> {
  readonly request: ProtoType<ReqP, ReqM>;
  readonly response: ProtoType<ResP, ResM>;
  toRequestMessage(request: Request): ReqP;
  /** Validates and converts; may throw anything (wrapped as INVALID_REQUEST). */
  fromRequestMessage(message: ReqM): Request;
  toResponseMessage(response: Response): ResP;
  /** Validates and converts; may throw anything (wrapped as CORRUPT_MESSAGE). */
  fromResponseMessage(message: ResM): Response;
}

export function protoMethod<Request, Response, ReqP, ReqM extends ReqP, ResP, ResM extends ResP>(
  method: string,
  spec: ProtoMethodSpec<Request, Response, ReqP, ReqM, ResP, ResM>,
): MethodCodec<Request, Response> {
  return {
    encodeRequest: (request) => spec.request.encode(spec.toRequestMessage(request)).finish(),
    decodeRequest: (bytes) => decodeOrThrow(method, 'request', () => spec.fromRequestMessage(spec.request.decode(bytes))),
    encodeResponse: (response) => spec.response.encode(spec.toResponseMessage(response)).finish(),
    decodeResponse: (bytes) => decodeOrThrow(method, 'response', () => spec.fromResponseMessage(spec.response.decode(bytes))),
  };
}

/** Runs a decode; any failure becomes the typed error of its message kind. */
export function decodeOrThrow<T>(method: string, kind: MessageKind, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new SkiffError(kind === 'request' ? 'INVALID_REQUEST' : 'CORRUPT_MESSAGE', `malformed ${method} ${kind}: ${detail}`, { cause: error });
  }
}

// --- field conversions ------------------------------------------------------
// Readers check what arrives (and throw a plain Error naming the field, which
// decodeOrThrow turns into the typed error); writers assert what leaves.

const int32Min = -0x8000_0000;
const int32Max = 0x7fff_ffff;

/** Kafka's numeric code for a result's error; 0 for none. */
export function writeErrorCode(code: ErrorCode | null): number {
  return code === null ? 0 : errorCodes[code].code;
}

/** 0 → null; a number Skiff does not know (a newer peer) → UNKNOWN_SERVER_ERROR. */
export function readErrorCode(numeric: unknown): ErrorCode | null {
  const value = readInt(numeric, 'errorCode');
  if (value === 0) return null;
  return errorCodeByNumber(value) ?? 'UNKNOWN_SERVER_ERROR';
}

/** A node id on the wire: null (unknown) travels as -1. */
export function writeNodeId(id: NodeId | null): number {
  if (id === null) return -1;
  return writeInt32(id, 'node id');
}

export function readNodeId(value: unknown, field: string): NodeId {
  const id = readInt(value, field);
  if (id < 0) throw new Error(`${field} ${id} is not a node id`);
  return nodeId(id);
}

/** -1 → null; any other negative value is malformed. */
export function readOptionalNodeId(value: unknown, field: string): NodeId | null {
  if (value === -1) return null;
  return readNodeId(value, field);
}

/** A safe integer of any sign. */
export function readInt(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`${field} ${String(value)} is not a safe integer`);
  return value;
}

/** A non-negative safe integer: offsets, epochs, sizes, positions. */
export function readCount(value: unknown, field: string): number {
  const count = readInt(value, field);
  if (count < 0) throw new Error(`${field} ${count} is negative`);
  return count;
}

export function readBool(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new Error(`${field} is not a boolean`);
  return value;
}

export function readBytes(value: unknown, field: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new Error(`${field} is not bytes`);
  return value;
}

/** A message-typed field that must be present (proto3 message fields are nullable). */
export function readString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`${field} is not a string`);
  return value;
}

/** An absent optional string field (null or undefined) → null. */
export function readOptionalString(value: unknown, field: string): string | null {
  return value === null || value === undefined ? null : readString(value, field);
}

/** A repeated field of non-negative ids (absent = empty). */
export function readIds(ids: readonly unknown[] | null | undefined, field: string): number[] {
  return (ids ?? []).map((id) => readCount(id, field));
}

export function requireField<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw new Error(`${field} is missing`);
  return value;
}

export function writeInt32(value: number, field: string): number {
  assert(Number.isInteger(value) && value >= int32Min && value <= int32Max, `${field} ${value} does not fit an int32`);
  return value;
}

export function writeInt64(value: number, field: string): number {
  assert(Number.isSafeInteger(value), `${field} ${value} is not a safe integer`);
  return value;
}

// --- the simulator's view ---------------------------------------------------

export type MessageKind = 'request' | 'response';

/** The payload codec SimNetwork accepts (structurally its `MessageCodec`): every simulated message goes through the wire format. */
export interface MessageCodec {
  encode(method: string, kind: MessageKind, value: unknown): Uint8Array;
  decode(method: string, kind: MessageKind, bytes: Uint8Array): unknown;
}

/**
 * Adapts a service codec to SimNetwork. The simulator may deliver one encoded
 * message twice (duplication) and each delivery must own its payload, so
 * decoding works on a private copy of the bytes (decoded values may alias it).
 * A method without a codec is a bug in the simulation's wiring: it throws.
 */
export function toMessageCodec<S extends ServiceMap>(codec: ServiceCodec<S>): MessageCodec {
  const lookup = (method: string): MethodCodec<unknown, unknown> => {
    const found = methodCodec(codec, method);
    if (found === undefined) throw new Error(`no wire codec for method ${method}`);
    return found;
  };
  return {
    encode: (method, kind, value) => (kind === 'request' ? lookup(method).encodeRequest(value) : lookup(method).encodeResponse(value)),
    decode: (method, kind, bytes) => {
      const own = new Uint8Array(bytes); // a copy (Buffer#slice would be a view)
      return kind === 'request' ? lookup(method).decodeRequest(own) : lookup(method).decodeResponse(own);
    },
  };
}
