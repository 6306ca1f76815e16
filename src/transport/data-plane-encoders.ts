// Exact-size protobuf encoders for the two messages that carry record
// batches: the Produce request and the Fetch response (proto/broker.proto).
// They write the same bytes protobufjs's generated encoders write (field
// order, defaults skipped, negative int32/int64 as 10-byte varints — the
// codec tests compare them byte for byte), but measure first and write once
// into one buffer of the final size. protobufjs 8's writer grows its buffer by
// doubling, shifts a nested message's bytes each time its length prefix needs
// more than one byte, and copies the result once more at finish(): some five
// copies and as many allocations of every produced or fetched byte, which
// cost a client 15% and a broker 5-10% of their CPU under load. Core code:
// pure functions of values, no I/O. Inputs are range-checked as the
// protobufjs path checks them (writeInt32 / writeInt64 assertions).

import type { FetchPartitionResponse, FetchResponse, ProduceRequest } from '../broker/services.js';
import { writeInt32, writeInt64 } from './codec.js';
import { writeApiError } from './controller-codec.js';

const utf8 = new TextEncoder();

/** Wire types: varint and length-delimited. */
const varintType = 0;
const lengthType = 2;

/** Bytes of an unsigned varint of a non-negative safe integer. */
function uvarintSize(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x20_0000) return 3;
  if (value < 0x1000_0000) return 4;
  let bytes = 4;
  let rest = Math.floor(value / 0x1000_0000);
  while (rest > 0) {
    bytes++;
    rest = Math.floor(rest / 128);
  }
  return bytes;
}

/** Bytes of a signed int32/int64 field value: negatives are sign-extended to 64 bits, 10 bytes (protobuf's rule). */
function intSize(value: number): number {
  return value < 0 ? 10 : uvarintSize(value);
}

/** Bytes of a length-delimited field of `length` bytes, tag included (field numbers here are < 16: one-byte tags). */
function delimitedSize(length: number): number {
  return 1 + uvarintSize(length) + length;
}

/** Bytes of a varint field with a non-default value, tag included; 0 when the value is the default (skipped). */
function intFieldSize(value: number): number {
  return value === 0 ? 0 : 1 + intSize(value);
}

/** A buffer being filled front to back; sized exactly beforehand. */
class Out {
  readonly bytes: Uint8Array;
  at = 0;

  constructor(size: number) {
    // Every byte is written before anyone reads it (finish() checks the count), so it need not be zeroed.
    this.bytes = Buffer.allocUnsafe(size);
  }

  tag(field: number, wireType: number): void {
    this.bytes[this.at++] = (field << 3) | wireType;
  }

  uvarint(value: number): void {
    const bytes = this.bytes;
    if (value < 0x8000_0000) {
      let v = value;
      while (v >= 0x80) {
        bytes[this.at++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      bytes[this.at++] = v;
      return;
    }
    let v = value;
    while (v >= 0x80) {
      bytes[this.at++] = (v % 128) | 0x80;
      v = Math.floor(v / 128);
    }
    bytes[this.at++] = v;
  }

  int(value: number): void {
    if (value >= 0) return this.uvarint(value);
    // Two's complement over 64 bits, 10 bytes; rare (-1 for "none").
    let v = BigInt.asUintN(64, BigInt(value));
    for (let i = 0; i < 9; i++) {
      this.bytes[this.at++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.bytes[this.at++] = Number(v);
  }

  intField(field: number, value: number): void {
    if (value === 0) return;
    this.tag(field, varintType);
    this.int(value);
  }

  delimited(field: number, length: number): void {
    this.tag(field, lengthType);
    this.uvarint(length);
  }

  raw(bytes: Uint8Array): void {
    this.bytes.set(bytes, this.at);
    this.at += bytes.byteLength;
  }

  finish(): Uint8Array {
    if (this.at !== this.bytes.byteLength) throw new Error(`encoder wrote ${this.at} of ${this.bytes.byteLength} bytes`);
    return this.bytes;
  }
}

/** A string field's UTF-8 bytes, or null when it is the default "" (skipped). */
function stringBytes(value: string): Uint8Array | null {
  return value === '' ? null : utf8.encode(value);
}

function stringFieldSize(bytes: Uint8Array | null): number {
  return bytes === null ? 0 : delimitedSize(bytes.byteLength);
}

function writeString(out: Out, field: number, bytes: Uint8Array | null): void {
  if (bytes === null) return;
  out.delimited(field, bytes.byteLength);
  out.raw(bytes);
}

function bytesFieldSize(bytes: Uint8Array): number {
  return bytes.byteLength === 0 ? 0 : delimitedSize(bytes.byteLength);
}

function writeBytes(out: Out, field: number, bytes: Uint8Array): void {
  if (bytes.byteLength === 0) return;
  out.delimited(field, bytes.byteLength);
  out.raw(bytes);
}

/** skiff.controller.ApiError, measured: its body size and its parts. */
interface SizedError {
  readonly code: number;
  readonly message: Uint8Array | null;
  readonly size: number;
}

function sizeError(error: Parameters<typeof writeApiError>[0]): SizedError | null {
  const wire = writeApiError(error);
  if (wire === null) return null;
  const code = wire.code ?? 0;
  const message = stringBytes(wire.message ?? '');
  return { code, message, size: intFieldSize(code) + stringFieldSize(message) };
}

function writeError(out: Out, field: number, error: SizedError | null): void {
  if (error === null) return;
  out.delimited(field, error.size);
  out.intField(1, error.code);
  writeString(out, 2, error.message);
}

// --- Produce request ------------------------------------------------------------

/** ProduceRequest { optional string transactional_id = 1; int32 acks = 2; int32 timeout_ms = 3; repeated ProduceTopicData topics = 4; } */
export function encodeProduceRequest(request: ProduceRequest): Uint8Array {
  const acks = writeInt32(request.acks, 'acks');
  const timeoutMs = writeInt32(request.timeoutMs, 'timeoutMs');
  const transactionalId = request.transactionalId === null ? null : utf8.encode(request.transactionalId);
  const topics = request.topics.map((t) => {
    const name = stringBytes(t.name);
    // ProducePartitionData { int32 partition = 1; bytes records = 2; }
    const partitions = t.partitions.map((p) => {
      const partition = writeInt32(p.partition, 'partition');
      return { partition, records: p.records, size: intFieldSize(partition) + bytesFieldSize(p.records) };
    });
    // ProduceTopicData { string name = 1; repeated ProducePartitionData partitions = 2; }
    let size = stringFieldSize(name);
    for (const p of partitions) size += delimitedSize(p.size);
    return { name, partitions, size };
  });
  let size = (transactionalId === null ? 0 : delimitedSize(transactionalId.byteLength)) + intFieldSize(acks) + intFieldSize(timeoutMs);
  for (const t of topics) size += delimitedSize(t.size);

  const out = new Out(size);
  if (transactionalId !== null) {
    out.delimited(1, transactionalId.byteLength);
    out.raw(transactionalId);
  }
  out.intField(2, acks);
  out.intField(3, timeoutMs);
  for (const t of topics) {
    out.delimited(4, t.size);
    writeString(out, 1, t.name);
    for (const p of t.partitions) {
      out.delimited(2, p.size);
      out.intField(1, p.partition);
      writeBytes(out, 2, p.records);
    }
  }
  return out.finish();
}

// --- Fetch response -------------------------------------------------------------

interface SizedFetchPartition {
  readonly p: FetchPartitionResponse;
  readonly error: SizedError | null;
  /** EpochEndOffset { int32 epoch = 1; int64 end_offset = 2; } body size, or -1 when absent. */
  readonly divergingSize: number;
  /** LeaderIdAndEpoch { int32 leader_id = 1; int32 leader_epoch = 2; } body size, or -1 when absent. */
  readonly leaderSize: number;
  readonly size: number;
}

/**
 * FetchPartitionResponse { int32 partition = 1; ApiError error = 2; int64 high_watermark = 3;
 * int64 last_stable_offset = 4; int64 log_start_offset = 5; EpochEndOffset diverging_epoch = 6;
 * LeaderIdAndEpoch current_leader = 7; int32 preferred_read_replica = 8; bytes records = 9; }
 */
function sizeFetchPartition(p: FetchPartitionResponse): SizedFetchPartition {
  writeInt32(p.partition, 'partition');
  writeInt64(p.highWatermark, 'highWatermark');
  writeInt64(p.lastStableOffset, 'lastStableOffset');
  writeInt64(p.logStartOffset, 'logStartOffset');
  writeInt32(p.preferredReadReplica, 'preferredReadReplica');
  const error = sizeError(p.error);
  const d = p.divergingEpoch;
  const divergingSize = d === null ? -1 : intFieldSize(writeInt32(d.epoch, 'divergingEpoch.epoch')) + intFieldSize(writeInt64(d.endOffset, 'divergingEpoch.endOffset'));
  const l = p.currentLeader;
  const leaderSize = l === null ? -1 : intFieldSize(writeInt32(l.leaderId, 'currentLeader.leaderId')) + intFieldSize(writeInt32(l.leaderEpoch, 'currentLeader.leaderEpoch'));
  const size =
    intFieldSize(p.partition) +
    (error === null ? 0 : delimitedSize(error.size)) +
    intFieldSize(p.highWatermark) +
    intFieldSize(p.lastStableOffset) +
    intFieldSize(p.logStartOffset) +
    (divergingSize < 0 ? 0 : delimitedSize(divergingSize)) +
    (leaderSize < 0 ? 0 : delimitedSize(leaderSize)) +
    intFieldSize(p.preferredReadReplica) +
    bytesFieldSize(p.records);
  return { p, error, divergingSize, leaderSize, size };
}

function writeFetchPartition(out: Out, s: SizedFetchPartition): void {
  const p = s.p;
  out.intField(1, p.partition);
  writeError(out, 2, s.error);
  out.intField(3, p.highWatermark);
  out.intField(4, p.lastStableOffset);
  out.intField(5, p.logStartOffset);
  if (s.divergingSize >= 0 && p.divergingEpoch !== null) {
    out.delimited(6, s.divergingSize);
    out.intField(1, p.divergingEpoch.epoch);
    out.intField(2, p.divergingEpoch.endOffset);
  }
  if (s.leaderSize >= 0 && p.currentLeader !== null) {
    out.delimited(7, s.leaderSize);
    out.intField(1, p.currentLeader.leaderId);
    out.intField(2, p.currentLeader.leaderEpoch);
  }
  out.intField(8, p.preferredReadReplica);
  writeBytes(out, 9, p.records);
}

/** FetchResponse { ApiError error = 1; repeated FetchTopicResponse topics = 2; } */
export function encodeFetchResponse(response: FetchResponse): Uint8Array {
  const error = sizeError(response.error);
  // FetchTopicResponse { string name = 1; string topic_id = 2; repeated FetchPartitionResponse partitions = 3; }
  const topics = response.topics.map((t) => {
    const name = stringBytes(t.name);
    const topicId = stringBytes(t.topicId);
    const partitions = t.partitions.map(sizeFetchPartition);
    let size = stringFieldSize(name) + stringFieldSize(topicId);
    for (const p of partitions) size += delimitedSize(p.size);
    return { name, topicId, partitions, size };
  });
  let size = error === null ? 0 : delimitedSize(error.size);
  for (const t of topics) size += delimitedSize(t.size);

  const out = new Out(size);
  writeError(out, 1, error);
  for (const t of topics) {
    out.delimited(2, t.size);
    writeString(out, 1, t.name);
    writeString(out, 2, t.topicId);
    for (const p of t.partitions) {
      out.delimited(3, p.size);
      writeFetchPartition(out, p);
    }
  }
  return out.finish();
}
