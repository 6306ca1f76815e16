// bench:log — how close the partition log (src/storage/log) comes to the disk:
// 1 KiB records in Kafka v2 batches of 16 KiB (16 records) and 1 MiB (1024
// records), appended with `appendAsLeader` through the real NodeFileSystem,
// with a `sync()` after every batch and with none, then read back batch by
// batch with `read(offset, { maxBytes: 1 MiB })`.
// Baseline, measured in the same run: the same bytes written sequentially with
// node:fs/promises (FileHandle.write at increasing positions, plus
// `datasync()` per batch in the sync case — the fdatasync the adapter uses),
// and read back in 1 MiB chunks into fresh buffers (the log's reads return
// owned bytes too). That is the least any append-only log on node:fs must do,
// so `ratio` (append/raw) is the engine's own overhead: validation and CRC,
// the mutex, offset stamping, index bookkeeping, the sync protocol.
// Fairness: batches are encoded before timing and cycled from the same pool by
// both sides; within a round raw and engine take turns every 1 MiB (who goes
// first alternates), so disk warm-up or a noisy neighbour on a virtual disk
// hits both alike, and each side reports its median round. Every round writes
// fresh files that are deleted after it, which drops dirty pages instead of
// writing them back under the next round. `mb` is MiB (2^20 bytes) of batch
// bytes per round; p99s are over every append of every round.
//   npm run bench:log [-- --rounds 3 --scale 1]
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { NodeClock } from '../src/env/node/node-clock.js';
import { NodeFileSystem } from '../src/env/node/node-file-system.js';
import { silentLogger } from '../src/env/logger.js';
import { encodeBatch, type RecordSpec } from '../src/storage/batch/index.js';
import { Log } from '../src/storage/log/log.js';
import { logConfig } from '../src/storage/log/log-config.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, scale: { type: 'string', default: '1' } } });
const rounds = Number(values.rounds);
const scale = Number(values.scale);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) throw new Error(`--rounds must be 1..20, got ${values.rounds}`);
if (!(scale > 0 && scale <= 16)) throw new Error(`--scale must be in (0, 16], got ${values.scale}`);

const MiB = 1 << 20;
const recordValueBytes = 1024;
/** Distinct batches cycled by both sides: more than fits a CPU cache, far less than a round. */
const poolBytes = 4 * MiB;
const readChunkBytes = MiB;
/** Raw and engine take turns appending this much (see runCase). */
const sliceBytes = MiB;
const leaderEpoch = 1;
const config = logConfig({ segmentBytes: 256 * MiB, maxMessageBytes: 2 * MiB });

interface Case {
  readonly batchLabel: '16KiB' | '1MiB';
  readonly recordsPerBatch: number;
  readonly sync: boolean;
  /**
   * Per round and side. fsync per 16 KiB batch costs ~0.5 ms, so that case
   * gets less; the no-sync cases stay well under vm.dirty_background_ratio, so
   * no writeback starts while they run.
   */
  readonly volumeMiB: number;
}

/** One way of appending the batches and reading them back; both sides implement it. */
interface Side {
  /** Appends batches [from, to) of the round, recording each append's latency. */
  appendSlice(from: number, to: number): Promise<void>;
  readAll(): Promise<void>;
  dispose(): Promise<void>;
  readonly latenciesMs: Float64Array;
  appendMs: number;
  readMs: number;
}

/** Pre-encoded batches of `recordsPerBatch` 1 KiB records, ~poolBytes in all. */
function buildPool(recordsPerBatch: number): Uint8Array[] {
  const pool: Uint8Array[] = [];
  let bytes = 0;
  const baseTimestamp = 1_700_000_000_000;
  while (bytes < poolBytes) {
    const records: RecordSpec[] = [];
    for (let i = 0; i < recordsPerBatch; i++) {
      const key = new TextEncoder().encode(`key-${String(i).padStart(4, '0')}`);
      records.push({ key, value: new Uint8Array(randomBytes(recordValueBytes)), timestamp: baseTimestamp + i });
    }
    const batch = encodeBatch({ records });
    pool.push(batch);
    bytes += batch.byteLength;
  }
  return pool;
}

/** The plain node:fs baseline: sequential positioned writes (+ fdatasync), then sequential reads. */
async function openRaw(dir: string, pool: readonly Uint8Array[], batches: number, sync: boolean): Promise<Side> {
  const path = join(dir, 'raw.bin');
  const handle = await fsp.open(path, 'w+');
  let position = 0;
  const side: Side = {
    latenciesMs: new Float64Array(batches),
    appendMs: 0,
    readMs: 0,
    async appendSlice(from, to) {
      const started = performance.now();
      for (let i = from; i < to; i++) {
        const bytes = pool[i % pool.length]!;
        const t0 = performance.now();
        let written = 0;
        while (written < bytes.byteLength) {
          written += (await handle.write(bytes, written, bytes.byteLength - written, position + written)).bytesWritten;
        }
        if (sync) await handle.datasync();
        side.latenciesMs[i] = performance.now() - t0;
        position += bytes.byteLength;
      }
      side.appendMs += performance.now() - started;
    },
    async readAll() {
      const started = performance.now();
      let read = 0;
      while (read < position) {
        const chunk = new Uint8Array(Math.min(readChunkBytes, position - read));
        const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, read);
        if (bytesRead === 0) throw new Error(`raw read hit EOF at ${read} of ${position}`);
        read += bytesRead;
      }
      side.readMs += performance.now() - started;
    },
    async dispose() {
      await handle.close();
      await fsp.rm(path);
    },
  };
  return side;
}

/** The engine: appendAsLeader (+ sync) per batch, then reads of ~1 MiB from the log start to its end. */
async function openEngine(dir: string, pool: readonly Uint8Array[], batches: number, sync: boolean): Promise<Side> {
  const logDir = join(dir, 'log');
  const log = await Log.open({ fs: new NodeFileSystem(), dir: logDir, config, clock: new NodeClock(), logger: silentLogger });
  let appendedBytes = 0;
  const side: Side = {
    latenciesMs: new Float64Array(batches),
    appendMs: 0,
    readMs: 0,
    async appendSlice(from, to) {
      // appendAsLeader stamps offsets in place (outside the CRC) and has written
      // the bytes by the time it resolves, so pool buffers can be appended again.
      const started = performance.now();
      for (let i = from; i < to; i++) {
        const bytes = pool[i % pool.length]!;
        const t0 = performance.now();
        await log.appendAsLeader(bytes, leaderEpoch);
        if (sync) await log.sync();
        side.latenciesMs[i] = performance.now() - t0;
        appendedBytes += bytes.byteLength;
      }
      side.appendMs += performance.now() - started;
    },
    async readAll() {
      const started = performance.now();
      let offset = log.logStartOffset;
      let readBytes = 0;
      while (offset < log.logEndOffset) {
        const { records } = await log.read(offset, { maxBytes: readChunkBytes });
        if (records.byteLength === 0) throw new Error(`empty read at offset ${offset} before the log end ${log.logEndOffset}`);
        offset = nextOffsetAfter(records);
        readBytes += records.byteLength;
      }
      side.readMs += performance.now() - started;
      if (readBytes !== appendedBytes) throw new Error(`read back ${readBytes} bytes of ${appendedBytes} appended`);
    },
    async dispose() {
      // Not close(): it would fsync what the no-sync case left dirty. Deleting
      // the files drops those pages, so the next round starts clean.
      await log.abandon();
      await fsp.rm(logDir, { recursive: true });
    },
  };
  return side;
}

/** One past the last offset in whole v2 batches: walks batchLength, reads the last header only. */
function nextOffsetAfter(records: Uint8Array): number {
  const view = new DataView(records.buffer, records.byteOffset, records.byteLength);
  let position = 0;
  let last = 0;
  while (position < records.byteLength) {
    last = position;
    position += 12 + view.getInt32(position + 8);
  }
  if (position !== records.byteLength) throw new Error('read returned a partial batch');
  return Number(view.getBigInt64(last)) + view.getInt32(last + 23) + 1;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function p99(sides: readonly Side[]): number {
  const all = Float64Array.from(sides.flatMap((side) => Array.from(side.latenciesMs))).sort();
  return all[Math.min(all.length - 1, Math.ceil(all.length * 0.99) - 1)]!;
}

/**
 * Rounds of the case. Within a round the two sides append in alternating
 * slices of ~sliceBytes (which goes first alternates too), so a disk that
 * speeds up or slows down mid-round affects both alike.
 */
async function runCase(root: string, benchCase: Case, measuredRounds: number): Promise<{ mb: number; batches: number; raw: Side[]; engine: Side[] }> {
  const pool = buildPool(benchCase.recordsPerBatch);
  const batchBytes = pool[0]!.byteLength;
  const batches = Math.max(1, Math.round((benchCase.volumeMiB * scale * MiB) / batchBytes));
  const batchesPerSlice = Math.max(1, Math.round(sliceBytes / batchBytes));
  let mb = 0;
  for (let i = 0; i < batches; i++) mb += pool[i % pool.length]!.byteLength / MiB;
  const raw: Side[] = [];
  const engine: Side[] = [];
  for (let round = 0; round < measuredRounds; round++) {
    const dir = join(root, `round-${round}`);
    await fsp.mkdir(dir);
    const pair = [await openRaw(dir, pool, batches, benchCase.sync), await openEngine(dir, pool, batches, benchCase.sync)] as const;
    for (let from = 0, slice = round; from < batches; from += batchesPerSlice, slice++) {
      const to = Math.min(batches, from + batchesPerSlice);
      await pair[slice % 2]!.appendSlice(from, to);
      await pair[(slice + 1) % 2]!.appendSlice(from, to);
    }
    for (let i = 0; i < 2; i++) await pair[(round + i) % 2]!.readAll();
    for (const side of pair) await side.dispose();
    await fsp.rm(dir, { recursive: true });
    raw.push(pair[0]);
    engine.push(pair[1]);
  }
  return { mb, batches, raw, engine };
}

const cases: Case[] = [
  { batchLabel: '16KiB', recordsPerBatch: 16, sync: true, volumeMiB: 64 },
  { batchLabel: '1MiB', recordsPerBatch: 1024, sync: true, volumeMiB: 512 },
  { batchLabel: '16KiB', recordsPerBatch: 16, sync: false, volumeMiB: 256 },
  { batchLabel: '1MiB', recordsPerBatch: 1024, sync: false, volumeMiB: 512 },
];

const root = await fsp.mkdtemp(join(tmpdir(), 'skiff-bench-log-'));
try {
  // Warm-up (JIT, file-system metadata paths); not reported.
  await runCase(root, { batchLabel: '16KiB', recordsPerBatch: 16, sync: false, volumeMiB: 16 }, 1);
  for (const benchCase of cases) {
    const { mb, batches, raw, engine } = await runCase(root, benchCase, rounds);
    const appendMbS = (1000 * mb) / median(engine.map((side) => side.appendMs));
    const rawMbS = (1000 * mb) / median(raw.map((side) => side.appendMs));
    console.log(JSON.stringify({
      bench: 'log',
      case: `batch=${benchCase.batchLabel} sync=${benchCase.sync ? 'per-batch' : 'none'}`,
      mb: Number(mb.toFixed(1)),
      batches,
      rounds,
      append_mb_s: Number(appendMbS.toFixed(1)),
      raw_mb_s: Number(rawMbS.toFixed(1)),
      ratio: Number((appendMbS / rawMbS).toFixed(3)),
      target_ratio: benchCase.sync ? 0.8 : 0.6,
      read_mb_s: Number(((1000 * mb) / median(engine.map((side) => side.readMs))).toFixed(1)),
      raw_read_mb_s: Number(((1000 * mb) / median(raw.map((side) => side.readMs))).toFixed(1)),
      p99_append_ms: Number(p99(engine).toFixed(3)),
      p99_raw_ms: Number(p99(raw).toFixed(3)),
    }));
  }
} finally {
  await fsp.rm(root, { recursive: true, force: true });
}
