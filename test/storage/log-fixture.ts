// Shared fixture of the log tests: opaque but well-formed v2 batches (the log
// never decodes records, so a header, a payload and a correct CRC are all it
// needs) and a log on a simulated disk with a controllable clock.

import { computeBatchCrc, fieldOffsets } from '../../src/storage/batch/header.js';
import { Log } from '../../src/storage/log/log.js';
import { logConfig, type LogConfig } from '../../src/storage/log/log-config.js';
import type { Clock } from '../../src/env/clock.js';
import type { FileSystem } from '../../src/env/file-system.js';
import { silentLogger } from '../../src/env/logger.js';

export interface TestBatchSpec {
  /** Records in the batch (offsets it takes). */
  readonly count?: number;
  readonly baseOffset?: number;
  readonly epoch?: number;
  readonly timestamp?: number;
  /** Bytes of the opaque records section. */
  readonly payloadBytes?: number;
  /** First byte of the payload, to tell batches apart. */
  readonly tag?: number;
}

export function testBatch(spec: TestBatchSpec = {}): Uint8Array {
  const count = spec.count ?? 1;
  const payload = spec.payloadBytes ?? 16;
  const bytes = new Uint8Array(61 + payload);
  const view = new DataView(bytes.buffer);
  view.setBigInt64(fieldOffsets.baseOffset, BigInt(spec.baseOffset ?? 0));
  view.setInt32(fieldOffsets.batchLength, bytes.byteLength - 12);
  view.setInt32(fieldOffsets.partitionLeaderEpoch, spec.epoch ?? 0);
  view.setInt8(fieldOffsets.magic, 2);
  view.setInt16(fieldOffsets.attributes, 0);
  view.setInt32(fieldOffsets.lastOffsetDelta, count - 1);
  view.setBigInt64(fieldOffsets.baseTimestamp, BigInt(spec.timestamp ?? 1000));
  view.setBigInt64(fieldOffsets.maxTimestamp, BigInt(spec.timestamp ?? 1000));
  view.setBigInt64(fieldOffsets.producerId, -1n);
  view.setInt16(fieldOffsets.producerEpoch, -1);
  view.setInt32(fieldOffsets.baseSequence, -1);
  view.setInt32(fieldOffsets.recordsCount, count);
  for (let i = 0; i < payload; i++) bytes[61 + i] = ((spec.tag ?? 7) + i) & 0xff;
  view.setUint32(fieldOffsets.crc, computeBatchCrc(bytes));
  return bytes;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** A clock tests move by hand; timers are not used by the log. */
export class ManualClock implements Clock {
  constructor(public time = 1_000_000) {}
  now(): number {
    return this.time;
  }
  setTimer(): () => void {
    throw new Error('the log does not set timers');
  }
}

export function openTestLog(fs: FileSystem, dir: string, clock: Clock, overrides: Partial<LogConfig> = {}): Promise<Log> {
  return Log.open({ fs, dir, clock, logger: silentLogger, config: logConfig({ indexIntervalBytes: 256, ...overrides }) });
}

/** Base offsets and last offsets of the batches in `records`. */
export function batchOffsets(records: Uint8Array): [number, number][] {
  const out: [number, number][] = [];
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength);
  let at = 0;
  while (at < records.byteLength) {
    const base = Number(view.getBigInt64(at));
    out.push([base, base + view.getInt32(at + fieldOffsets.lastOffsetDelta)]);
    at += 12 + view.getInt32(at + 8);
  }
  return out;
}
