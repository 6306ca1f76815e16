// Compaction (cleanup.policy=compact): the record-level half. The log decides
// which segments to clean and swaps files; this module decides which records
// survive and rewrites batches. It is the one part of the broker that decodes
// records, and it runs off the produce/fetch path.
//
// Rules, as in Kafka's LogCleaner: the last record for each key wins; a
// tombstone (null value) that wins is kept until its segment is older than
// delete.retention.ms, so consumers that are behind still see the delete;
// records without a key are kept; control batches are kept whole. Offsets
// are preserved: a rewritten batch keeps its baseOffset, lastOffsetDelta,
// leader epoch, producer fields, codec and timestamp type, so a compacted log
// still serves reads by offset (offsets just become sparse). A batch left
// with no records is dropped.

import { encodeBatch, decodeBatch, type BatchRecord } from '../batch/index.js';
import {
  compressionOf,
  computeBatchCrc,
  fieldOffsets,
  hasLogAppendTime,
  isControlBatch,
  isTransactional,
  lastOffsetOf,
  type BatchHeader,
} from '../batch/header.js';

/** Key bytes as a map key: one UTF-16 unit per byte, so distinct byte strings never collide. */
export function keyString(key: Uint8Array): string {
  let out = '';
  for (let i = 0; i < key.byteLength; i += 8192) out += String.fromCharCode(...key.subarray(i, i + 8192));
  return out;
}

/** Key → offset of its latest record in the cleanable range. */
export type OffsetMap = Map<string, number>;

/** Adds one batch's keyed records to the offset map (later offsets overwrite earlier ones). */
export function indexBatch(batch: Uint8Array, map: OffsetMap): void {
  const { header, records } = decodeBatch(batch, 0);
  if (isControlBatch(header)) return;
  for (const record of records) {
    if (record.key !== null) map.set(keyString(record.key), record.offset);
  }
}

export interface CleanOptions {
  /** Drop winning tombstones too (their segment is past delete.retention.ms). */
  readonly dropTombstones: boolean;
}

export interface CleanResult {
  /** The rewritten batch, the original one if nothing was removed, or null if nothing survives. */
  readonly batch: Uint8Array | null;
  readonly recordsRemoved: number;
}

export function cleanBatch(batch: Uint8Array, map: OffsetMap, options: CleanOptions): CleanResult {
  const { header, records } = decodeBatch(batch, 0);
  if (isControlBatch(header)) return { batch, recordsRemoved: 0 };
  const kept = records.filter((record) => survives(record, map, options));
  if (kept.length === records.length) return { batch, recordsRemoved: 0 };
  if (kept.length === 0) return { batch: null, recordsRemoved: records.length };
  return { batch: rewrite(header, kept), recordsRemoved: records.length - kept.length };
}

function survives(record: BatchRecord, map: OffsetMap, options: CleanOptions): boolean {
  if (record.key === null) return true;
  const latest = map.get(keyString(record.key));
  if (latest !== undefined && latest > record.offset) return false;
  return !(record.value === null && options.dropTombstones);
}

function rewrite(header: BatchHeader, kept: readonly BatchRecord[]): Uint8Array {
  const rewritten = encodeBatch({
    baseOffset: header.baseOffset,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    compression: compressionOf(header),
    timestampType: hasLogAppendTime(header) ? 'log-append' : 'create',
    ...(hasLogAppendTime(header) ? { logAppendTime: header.maxTimestamp } : {}),
    transactional: isTransactional(header),
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    records: kept.map((record) => ({
      key: record.key,
      value: record.value,
      headers: record.headers,
      timestamp: record.timestamp,
      offsetDelta: record.offset - header.baseOffset,
    })),
  });
  // Keep the batch's offset span and max timestamp: the next batch's offsets,
  // producer sequence bookkeeping and time-based lookups depend on them.
  const view = new DataView(rewritten.buffer, rewritten.byteOffset, rewritten.byteLength);
  view.setInt32(fieldOffsets.lastOffsetDelta, lastOffsetOf(header) - header.baseOffset);
  view.setBigInt64(fieldOffsets.maxTimestamp, BigInt(header.maxTimestamp));
  view.setUint32(fieldOffsets.crc, computeBatchCrc(rewritten));
  return rewritten;
}
