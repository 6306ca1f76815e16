// `skiff dump-log`: a readable listing of a segment file, like Kafka's
// kafka-dump-log. For a `.log` it prints every batch (offsets, epoch, count,
// codec, producer fields, CRC ok/bad) and, with records, every record's key,
// value and headers; it keeps going past a batch with a bad CRC (its length
// still frames it) and stops at a torn tail. `.index` and `.timeindex` files
// are listed entry by entry. Reads go through the FileSystem port one batch at
// a time, so a 1 GiB segment is never held in memory at once.

import { SkiffError } from '../common/errors.js';
import type { FileSystem } from '../env/file-system.js';
import { decodeBatch } from './batch/index.js';
import {
  batchHeaderBytes,
  computeBatchCrc,
  hasLogAppendTime,
  isControlBatch,
  isTransactional,
  lastOffsetOf,
  logOverheadBytes,
  readBatchHeader,
  compressionCodecs,
  attributeBits,
  type BatchHeader,
} from './batch/header.js';
import { indexSuffix, parseOffsetFileName, timeIndexSuffix } from './log/segment-files.js';

export interface DumpOptions {
  /** Print each record's key, value and headers (decodes and decompresses). */
  readonly records?: boolean;
  /** One JSON object per line instead of text. */
  readonly json?: boolean;
}

export interface BatchSummary {
  readonly position: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
  readonly count: number;
  readonly partitionLeaderEpoch: number;
  readonly size: number;
  readonly codec: string;
  readonly timestampType: 'CreateTime' | 'LogAppendTime';
  readonly maxTimestamp: number;
  readonly producerId: number;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly isTransactional: boolean;
  readonly isControl: boolean;
  readonly crcValid: boolean;
}

/** Yields the dump of `path` line by line. */
export async function* dumpFile(fs: FileSystem, path: string, options: DumpOptions = {}): AsyncGenerator<string> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const base = parseOffsetFileName(name) ?? parseOffsetFileName(name, indexSuffix) ?? parseOffsetFileName(name, timeIndexSuffix) ?? 0;
  if (!options.json) yield `Dumping ${path}`;
  if (name.endsWith(indexSuffix)) {
    yield* dumpIndex(fs, path, 8, (v, at) => ({ offset: base + v.getUint32(at), position: v.getUint32(at + 4) }), options);
    return;
  }
  if (name.endsWith(timeIndexSuffix)) {
    yield* dumpIndex(fs, path, 12, (v, at) => ({ timestamp: Number(v.getBigInt64(at)), offset: base + v.getUint32(at + 8) }), options);
    return;
  }
  if (!options.json) yield `Log starting offset: ${base}`;
  yield* dumpSegment(fs, path, options);
}

async function* dumpSegment(fs: FileSystem, path: string, options: DumpOptions): AsyncGenerator<string> {
  const handle = await fs.open(path);
  try {
    const fileSize = await handle.size();
    let position = 0;
    let batches = 0;
    let badCrc = 0;
    while (position < fileSize) {
      if (fileSize - position < batchHeaderBytes) {
        yield tail(options, position, fileSize - position, 'a torn batch header');
        break;
      }
      let header: BatchHeader;
      try {
        header = readBatchHeader(await handle.read(position, batchHeaderBytes));
      } catch (error) {
        yield tail(options, position, fileSize - position, (error as Error).message);
        break;
      }
      const size = logOverheadBytes + header.batchLength;
      if (header.batchLength < batchHeaderBytes - logOverheadBytes || position + size > fileSize) {
        yield tail(options, position, fileSize - position, `a batch of ${size} bytes that does not fit`);
        break;
      }
      const bytes = await handle.read(position, size);
      const crcValid = computeBatchCrc(bytes) === header.crc;
      if (!crcValid) badCrc++;
      const summary = summarize(header, position, size, crcValid);
      yield options.json ? JSON.stringify(summary) : formatBatch(summary);
      if (options.records && crcValid) yield* dumpRecords(bytes, options);
      position += size;
      batches++;
    }
    if (!options.json) yield `${batches} batches, ${badCrc} with a bad CRC, ${position} of ${fileSize} bytes`;
  } finally {
    await handle.close();
  }
}

function* dumpRecords(batch: Uint8Array, options: DumpOptions): Generator<string> {
  let decoded;
  try {
    decoded = decodeBatch(batch, 0);
  } catch (error) {
    yield options.json ? JSON.stringify({ recordsError: (error as Error).message }) : `| records undecodable: ${(error as Error).message}`;
    return;
  }
  for (const record of decoded.records) {
    const view = {
      offset: record.offset,
      timestamp: record.timestamp,
      key: printable(record.key),
      value: printable(record.value),
      headers: record.headers.map((h) => ({ key: h.key, value: printable(h.value) })),
    };
    if (options.json) yield JSON.stringify(view);
    else {
      const headers = view.headers.length === 0 ? '' : ` headers: ${view.headers.map((h) => `${h.key}=${h.value}`).join(',')}`;
      yield `| offset: ${view.offset} timestamp: ${view.timestamp} key: ${view.key} value: ${view.value}${headers}`;
    }
  }
}

async function* dumpIndex(
  fs: FileSystem,
  path: string,
  entryBytes: number,
  entry: (view: DataView, at: number) => Record<string, number>,
  options: DumpOptions,
): AsyncGenerator<string> {
  const bytes = await fs.readFile(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at + entryBytes <= bytes.byteLength; at += entryBytes) {
    const e = entry(view, at);
    yield options.json ? JSON.stringify(e) : Object.entries(e).map(([k, v]) => `${k}: ${v}`).join(' ');
  }
  if (bytes.byteLength % entryBytes !== 0) yield `trailing ${bytes.byteLength % entryBytes} bytes: not a whole entry`;
}

function summarize(header: BatchHeader, position: number, size: number, crcValid: boolean): BatchSummary {
  return {
    position,
    baseOffset: header.baseOffset,
    lastOffset: lastOffsetOf(header),
    count: header.recordsCount,
    partitionLeaderEpoch: header.partitionLeaderEpoch,
    size,
    codec: compressionCodecs[header.attributes & attributeBits.compressionMask] ?? `unknown(${header.attributes & attributeBits.compressionMask})`,
    timestampType: hasLogAppendTime(header) ? 'LogAppendTime' : 'CreateTime',
    maxTimestamp: header.maxTimestamp,
    producerId: header.producerId,
    producerEpoch: header.producerEpoch,
    baseSequence: header.baseSequence,
    isTransactional: isTransactional(header),
    isControl: isControlBatch(header),
    crcValid,
  };
}

function formatBatch(s: BatchSummary): string {
  return (
    `baseOffset: ${s.baseOffset} lastOffset: ${s.lastOffset} count: ${s.count} partitionLeaderEpoch: ${s.partitionLeaderEpoch} ` +
    `producerId: ${s.producerId} producerEpoch: ${s.producerEpoch} baseSequence: ${s.baseSequence} ` +
    `isTransactional: ${s.isTransactional} isControl: ${s.isControl} position: ${s.position} ${s.timestampType}: ${s.maxTimestamp} ` +
    `size: ${s.size} compresscodec: ${s.codec} crc: ${s.crcValid ? 'ok' : 'BAD'}`
  );
}

function tail(options: DumpOptions, position: number, bytes: number, what: string): string {
  return options.json ? JSON.stringify({ tornTail: { position, bytes, reason: what } }) : `torn tail at position ${position}: ${bytes} bytes, ${what}`;
}

/** UTF-8 text when it decodes cleanly and is printable, else hex. */
function printable(bytes: Uint8Array | null): string | null {
  if (bytes === null) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(text)) return text;
  } catch {
    // not UTF-8: fall through to hex
  }
  return `0x${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function requireSegmentPath(path: string | undefined): string {
  if (path === undefined || path.length === 0) throw new SkiffError('INVALID_REQUEST', 'dump-log needs a file: skiff dump-log <segment.log|.index|.timeindex>');
  return path;
}
