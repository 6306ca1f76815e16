// Goal: the partition log (src/storage/log/log.ts) holds exactly what was
// appended, minus what truncation, retention and DeleteRecords removed, under
// any mix of appends (segment rolls by size and age), retention by time and
// size, truncateTo, truncateFullyAndStartAt, deleteRecordsBefore, sync,
// checkpoint, clean restarts, process kills, power loss with and without torn
// writes, bit flips in unsynced and in synced bytes, a full disk and failed
// fsyncs. Properties, checked after every operation unless noted:
//  (a) content: reading from logStartOffset to logEndOffset, batch by batch,
//      yields the model's batches (offsets, leader epoch, and every byte from
//      the magic byte on); after a crash, a prefix of them, never more;
//  (b) durability: a power loss keeps everything below the durable end sync()
//      reported (lowered by later truncations), and a clean restart, a process
//      kill or a node restart after an I/O error without power loss keeps
//      everything — unless recovery cut the log at a damaged batch (h);
//  (c) offsets are dense and increasing: each read starts with the batch that
//      holds the offset asked for, each batch starts one past the previous,
//      the last ends at logEndOffset, and reading at logEndOffset is empty;
//  (d) logStartOffset never moves back except by a full truncation
//      (truncateFullyAndStartAt, or truncateTo at or below the start), and a
//      crash keeps the start the last completed operation left; retention
//      moves it to a batch boundary and (retention.ms alone) deletes only
//      expired batches;
//  (e) the leader-epoch cache is the one the batches imply: one entry per
//      epoch run, the first at logStartOffset, and endOffsetForEpoch of each
//      epoch is the next run's start (logEndOffset for the latest);
//  (f) after every reopen and at the end: the indexes agree with a scan —
//      read(base) and read(last) of every batch start with that batch;
//  (g) durableEndOffset = logEndOffset right after open, and always
//      logStartOffset ≤ durableEndOffset ≤ logEndOffset;
//  (h) damage: a bit is flipped in a byte of a batch that the CRC or the
//      magic check covers (offset 16 on within the batch). Exactly:
//      - a damaged batch is never served: reading it fails with
//        CORRUPT_MESSAGE (never an empty or a shifted answer);
//      - reading a healthy batch may fail with CORRUPT_MESSAGE only when a
//        damaged batch precedes it in its segment (reads walk batch headers
//        from the index entry before them, and a damaged lastOffsetDelta
//        derails the walk) — it is never answered wrongly;
//      - truncateTo may end the log at a damaged batch's base, below the
//        offset asked for, for the same reason;
//      - after a crash or kill, a damaged batch at or past the recovery point
//        the log had checkpointed is cut (the log ends at or before its base:
//        recovery CRC-checks everything past that point); one below it may stay
//        (reads of it still fail) or be cut;
//      - a log shorter than (b) allows must end exactly at a damaged batch's
//        base, or be empty at its start when the cut fell below logStartOffset.
//  (i) after an I/O error (ENOSPC, failed fsync) every call fails with
//      KAFKA_STORAGE_ERROR until the log is reopened (as a node restart would,
//      with or without power loss); recovery then holds the log as it was
//      before or after the failed operation.
// Bytes 0–15 of a batch (baseOffset, batchLength, partitionLeaderEpoch) are
// outside the v2 CRC by design (Kafka rewrites offset and epoch in place), so
// a flip there cannot be detected and is not injected.
// Method: fast-check generates a log config and an op list; a Harness runs
// each op on a Log over a SimDisk and on LogModel (log-model.ts), then checks.
// Flips are steered at chosen bytes through a scripted Random handed to
// SimDisk.bitFlip / bitFlipUnsynced. Ops carry raw picks (`pick`) that are
// mapped onto the current state, so shrunk op lists stay meaningful.
// LOG_PROP_RUNS / LOG_PROP_SEED override the run count and fast-check seed.
// The regressions at the end replay, step by step, bugs this model found.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import type { FileSystem } from '../../src/env/file-system.js';
import type { Random } from '../../src/env/random.js';
import type { SeededRandom } from '../../src/common/seeded-random.js';
import { fieldOffsets, lastOffsetOf, splitBatches } from '../../src/storage/batch/header.js';
import type { Log } from '../../src/storage/log/log.js';
import type { LogConfig } from '../../src/storage/log/log-config.js';
import { segmentFileName } from '../../src/storage/log/segment-files.js';
import type { SimDisk } from '../../sim/runtime/sim-file-system.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';
import { ManualClock, batchOffsets, concat, openTestLog, testBatch } from './log-fixture.js';
import { LogModel, type ModelBatch } from './log-model.js';

const dir = '/data/orders-0';
/** First byte of a batch the CRC or the magic check covers (magic 16, crc 17–20, attributes 21 onwards). */
const firstCheckedByte = fieldOffsets.magic;
/** Upper bound on reads in one scan of the log (each returns at least one batch). */
const maxReadsPerScan = 10_000;

// --- ops -------------------------------------------------------------------

interface BatchSpec {
  count: number;
  payloadBytes: number;
  tag: number;
  /** How far the producer's timestamp lags the broker clock. */
  ageMs: number;
}

type Fault = 'disk-full' | 'fsync-fails';
type FaultedOp = 'append' | 'sync' | 'checkpoint' | 'truncate' | 'delete-records' | 'retention';
type TruncateMode = 'any' | 'below-start' | 'boundary';

type Op =
  | { type: 'append'; batches: BatchSpec[]; epochBump: number }
  | { type: 'tick'; ms: number }
  | { type: 'retention' }
  | { type: 'truncate'; pick: number; mode: TruncateMode }
  | { type: 'truncate-fully'; delta: number }
  | { type: 'delete-records'; pick: number; pastEnd: boolean }
  | { type: 'sync' }
  | { type: 'checkpoint' }
  | { type: 'reopen'; powerLossAfterClose: boolean }
  | { type: 'kill' }
  | { type: 'crash'; tear: boolean }
  | { type: 'flip-unsynced'; pick: number; bit: number }
  | { type: 'flip-synced'; pick: number; bit: number }
  | { type: 'fault'; fault: Fault; during: FaultedOp; pick: number; powerLoss: boolean; tear: boolean };

type RunConfig = Pick<LogConfig, 'segmentBytes' | 'segmentMs' | 'retentionMs' | 'retentionBytes' | 'indexIntervalBytes'>;

const configArb: fc.Arbitrary<RunConfig> = fc.record({
  segmentBytes: fc.integer({ min: 300, max: 2000 }),
  segmentMs: fc.integer({ min: 1000, max: 30_000 }),
  retentionMs: fc.oneof(fc.constant(-1), fc.integer({ min: 2000, max: 60_000 })),
  retentionBytes: fc.oneof(fc.constant(-1), fc.integer({ min: 600, max: 8000 })),
  indexIntervalBytes: fc.integer({ min: 64, max: 512 }),
});

const batchSpecArb: fc.Arbitrary<BatchSpec> = fc.record({
  count: fc.integer({ min: 1, max: 5 }),
  payloadBytes: fc.integer({ min: 0, max: 160 }),
  tag: fc.nat(255),
  ageMs: fc.nat(3000),
});

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 30, arbitrary: fc.record({ type: fc.constant('append' as const), batches: fc.array(batchSpecArb, { minLength: 1, maxLength: 5 }), epochBump: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 2) }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('tick' as const), ms: fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 2000, max: 80_000 })) }) },
  { weight: 3, arbitrary: fc.constant({ type: 'retention' as const }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('truncate' as const), pick: fc.nat(), mode: fc.constantFrom<TruncateMode>('any', 'any', 'any', 'any', 'any', 'any', 'any', 'below-start') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('truncate-fully' as const), delta: fc.integer({ min: -20, max: 40 }) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('delete-records' as const), pick: fc.nat(), pastEnd: fc.constantFrom(false, false, false, false, false, false, false, true) }) },
  { weight: 8, arbitrary: fc.constant({ type: 'sync' as const }) },
  { weight: 4, arbitrary: fc.constant({ type: 'checkpoint' as const }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('reopen' as const), powerLossAfterClose: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ type: 'kill' as const }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('crash' as const), tear: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('flip-unsynced' as const), pick: fc.nat(), bit: fc.nat(7) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('flip-synced' as const), pick: fc.nat(), bit: fc.nat(7) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('fault' as const),
      fault: fc.constantFrom<Fault>('disk-full', 'fsync-fails'),
      during: fc.constantFrom<FaultedOp>('append', 'sync', 'checkpoint', 'truncate', 'delete-records', 'retention'),
      pick: fc.nat(),
      powerLoss: fc.boolean(),
      tear: fc.boolean(),
    }),
  },
);

// --- helpers ---------------------------------------------------------------

/** A broken property; never confused with an error the log returns. */
class PropertyViolation extends Error {}

/** Thrown by a steering callback when the file offers no byte worth flipping. */
class NoFlipTarget extends Error {}

/** A Random whose int() calls are answered by a script, to steer SimDisk's faults at chosen bytes. */
class ScriptedRandom implements Random {
  constructor(private readonly answers: ((bound: number) => number)[]) {}

  int(bound: number): number {
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error('ScriptedRandom: no answer left');
    const value = answer(bound);
    if (!(Number.isSafeInteger(value) && value >= 0 && value < bound)) throw new Error(`ScriptedRandom: ${value} outside [0, ${bound})`);
    return value;
  }

  next(): number {
    throw new Error('ScriptedRandom: next() is not scripted');
  }

  fork(): Random {
    throw new Error('ScriptedRandom: fork() is not scripted');
  }
}

const codeOf = (error: unknown): string => (isSkiffError(error) ? error.code : error instanceof Error ? `${error.name}: ${error.message}` : String(error));

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

/** One read: its records, or null and the error it failed with. */
async function readAt(log: Log, offset: number, maxBytes: number): Promise<{ records: Uint8Array; error: null } | { records: null; error: unknown }> {
  try {
    return { records: (await log.read(offset, { maxBytes })).records, error: null };
  } catch (error) {
    return { records: null, error };
  }
}

function sameBytesFrom(a: Uint8Array, b: Uint8Array, from: number): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = from; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Span {
  readonly position: number;
  readonly size: number;
  readonly baseOffset: number;
  readonly lastOffset: number;
}

/** The batches of a segment file, walked by their length fields (read before any flip, so they are intact). */
function batchSpans(file: Uint8Array): Span[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const spans: Span[] = [];
  let at = 0;
  while (at + fieldOffsets.lastOffsetDelta + 4 <= file.byteLength) {
    const size = 12 + view.getInt32(at + fieldOffsets.batchLength);
    if (size < 61 || at + size > file.byteLength) break;
    const baseOffset = Number(view.getBigInt64(at));
    spans.push({ position: at, size, baseOffset, lastOffset: baseOffset + view.getInt32(at + fieldOffsets.lastOffsetDelta) });
    at += size;
  }
  return spans;
}

// --- the harness -------------------------------------------------------------

interface RecoveryExpectation {
  /** The log must end at or past this, unless cut at a damaged batch. */
  readonly keepAtLeast: number;
  /** The recovery point the crashed log had checkpointed; null after a clean close (recovery trusts everything). */
  readonly recoveryPoint: number | null;
  /** Where logStartOffset may be: an operation that failed midway may or may not have moved it. */
  readonly startRange: readonly [number, number];
}

class Harness {
  readonly model = new LogModel();
  readonly trace: string[] = [];
  private crashes = 0;

  private constructor(
    private readonly disk: SimDisk,
    private readonly random: SeededRandom,
    private readonly clock: ManualClock,
    private readonly config: RunConfig,
    private fs: FileSystem,
    private log: Log,
  ) {}

  static async start(seed: number, config: RunConfig): Promise<Harness> {
    const { disk, fs, random } = await simDiskWithDir('/data', seed);
    const clock = new ManualClock();
    return new Harness(disk, random, clock, config, fs, await openTestLog(fs, dir, clock, config));
  }

  // --- checks

  private check(condition: boolean, what: string): asserts condition {
    if (!condition) this.fail(what);
  }

  private fail(what: string): never {
    const log = this.log;
    throw new PropertyViolation(
      `${what}\n  ops: ${this.trace.join('; ')}\n  model: ${this.model.describe()}\n` +
        `  log: [${log.logStartOffset}, ${log.logEndOffset}) durable ${log.durableEndOffset} recovery point ${log.recoveryPoint} segments ${log.segmentBaseOffsets().join(',')}`,
    );
  }

  /** (d)(g) and the model's bounds, after every op. */
  checkBounds(): void {
    const { log, model } = this;
    this.check(!log.isOffline, 'log offline without an injected fault');
    this.check(log.logStartOffset === model.logStart, `logStartOffset ${log.logStartOffset}, model ${model.logStart}`);
    this.check(log.logEndOffset === model.logEnd, `logEndOffset ${log.logEndOffset}, model ${model.logEnd}`);
    this.check(log.durableEndOffset === model.durableEnd, `(g) durableEndOffset ${log.durableEndOffset}, model ${model.durableEnd}`);
    this.check(log.logStartOffset <= log.durableEndOffset && log.durableEndOffset <= log.logEndOffset, '(g) logStartOffset ≤ durableEndOffset ≤ logEndOffset');
  }

  /**
   * (a)(c)(h) Reads the log from its start to its end and compares it with the
   * model batch by batch. `exact`: the log holds all of the model; otherwise a
   * prefix (after a crash). Returns the number of batches read.
   */
  async checkContent(exact: boolean): Promise<number> {
    const { log, model } = this;
    let offset = log.logStartOffset;
    let seen = 0;
    for (let reads = 0; offset < log.logEndOffset; reads++) {
      this.check(reads < maxReadsPerScan, 'scan of the log does not end');
      const { records, error } = await readAt(log, offset, 1 << 20);
      if (records === null) {
        const expected = model.batches[seen];
        this.check(codeOf(error) === 'CORRUPT_MESSAGE', `(a) read(${offset}) failed with ${codeOf(error)}`);
        this.check(expected !== undefined && expected.baseOffset <= offset && this.mayFailCorrupt(expected), `(h) read(${offset}) failed with CORRUPT_MESSAGE, but no damage explains it`);
        offset = expected.lastOffset + 1;
        seen++;
        continue;
      }
      this.check(records.byteLength > 0, `(c) read(${offset}) returned nothing before logEndOffset ${log.logEndOffset}`);
      let first = true;
      for (const { header, position, size } of this.batchesOf(records, `read(${offset})`)) {
        const expected = model.batches[seen];
        const where = `read(${offset}) returned batch ${header.baseOffset}-${lastOffsetOf(header)}@${header.partitionLeaderEpoch}`;
        this.check(!first || (header.baseOffset <= offset && offset <= lastOffsetOf(header)), `(c) ${where}, which does not hold ${offset}`);
        this.check(expected !== undefined, `(a) ${where} past the model's last batch`);
        this.check(header.baseOffset === expected.baseOffset && lastOffsetOf(header) === expected.lastOffset, `(a) ${where}, model has ${expected.baseOffset}-${expected.lastOffset}`);
        this.check(!model.damaged.has(expected.baseOffset), `(h) ${where}, which is damaged, without CORRUPT_MESSAGE`);
        this.check(header.partitionLeaderEpoch === expected.epoch, `(a) ${where}, model epoch ${expected.epoch}`);
        this.check(sameBytesFrom(records.subarray(position, position + size), expected.bytes, firstCheckedByte), `(a) ${where} with other bytes than appended`);
        offset = lastOffsetOf(header) + 1;
        seen++;
        first = false;
      }
    }
    this.check(offset === log.logEndOffset, `(c) the last batch ends at ${offset}, logEndOffset is ${log.logEndOffset}`);
    const atEnd = await log.read(log.logEndOffset, { maxBytes: 1 << 20 });
    this.check(atEnd.records.byteLength === 0, '(c) reading at logEndOffset returned data');
    if (exact) this.check(seen === model.batches.length, `(a) the log holds ${seen} batches, the model ${model.batches.length}`);
    return seen;
  }

  /** (h) The batches a read returned; every one must pass its CRC. */
  private batchesOf(records: Uint8Array, what: string): ReturnType<typeof splitBatches> {
    try {
      return splitBatches(records);
    } catch (error) {
      return this.fail(`(h) ${what} served a batch that fails its checks: ${codeOf(error)}`);
    }
  }

  /**
   * (h) Whether reading `batch` may fail with CORRUPT_MESSAGE: it is damaged,
   * or a damaged batch precedes it in its segment (a read walks the headers
   * from the last index entry before it, and a damaged lastOffsetDelta makes
   * that walk stop or fail there).
   */
  private mayFailCorrupt(batch: ModelBatch): boolean {
    if (this.model.damaged.has(batch.baseOffset)) return true;
    const segmentBase = Math.max(...this.log.segmentBaseOffsets().filter((base) => base <= batch.baseOffset));
    return [...this.model.damaged].some((base) => base >= segmentBase && base < batch.baseOffset);
  }

  /**
   * (h) Whether a log that ends at `end` may have been cut at a damaged batch:
   * one starts there, or the log is empty at its start and one lies below it
   * (a cut below the start leaves an empty log at the start).
   */
  private cutAtDamage(end: number, logStart: number): boolean {
    const damaged = [...this.model.damaged];
    return (end >= logStart && damaged.includes(end)) || (end === logStart && damaged.some((base) => base < logStart));
  }

  /** (e) The leader-epoch cache matches the epochs of the batches. */
  checkEpochs(): void {
    const { log, model } = this;
    const expected = model.epochEntries();
    const actual = log.epochs.entries();
    const show = (entries: readonly { epoch: number; startOffset: number }[]): string => entries.map((e) => `${e.epoch}@${e.startOffset}`).join(' ');
    const matches = expected.every((e, i) => actual[i]?.epoch === e.epoch && actual[i]?.startOffset === e.startOffset);
    // Moving the start to the end keeps the latest epoch at the new start (Kafka's truncateFromStart), batches or not.
    const extra = actual.slice(expected.length);
    const extraOk = extra.length === 0 || (extra.length === 1 && extra[0]!.startOffset === log.logEndOffset);
    this.check(matches && extraOk, `(e) epoch cache ${show(actual)}, batches imply ${show(expected)}`);
    expected.forEach((entry, i) => {
      const answer = log.endOffsetForEpoch(entry.epoch);
      const endOffset = expected[i + 1]?.startOffset ?? log.logEndOffset;
      this.check(answer.epoch === entry.epoch && answer.endOffset === endOffset, `(e) endOffsetForEpoch(${entry.epoch}) = ${answer.epoch}/${answer.endOffset}, expected ${entry.epoch}/${endOffset}`);
    });
  }

  /** (f) read(base) and read(last) of every batch start with that batch. */
  async checkIndexes(): Promise<void> {
    const { log, model } = this;
    for (const batch of model.batches) {
      for (const offset of new Set([Math.max(batch.baseOffset, log.logStartOffset), batch.lastOffset])) {
        const { records, error } = await readAt(log, offset, 1);
        if (records === null) {
          this.check(codeOf(error) === 'CORRUPT_MESSAGE' && this.mayFailCorrupt(batch), `(f) read(${offset}) failed: ${codeOf(error)}`);
          continue;
        }
        const got = this.batchesOf(records, `read(${offset})`)[0]?.header;
        this.check(got !== undefined && got.baseOffset === batch.baseOffset && lastOffsetOf(got) === batch.lastOffset, `(f) read(${offset}) returned ${got === undefined ? 'nothing' : `${got.baseOffset}-${lastOffsetOf(got)}`}, not batch ${batch.baseOffset}-${batch.lastOffset}`);
        this.check(!model.damaged.has(batch.baseOffset), `(h) read(${offset}) served damaged batch ${batch.baseOffset}`);
      }
    }
  }

  async checkAll(): Promise<void> {
    this.checkBounds();
    this.checkEpochs();
    await this.checkContent(true);
    await this.checkIndexes();
  }

  /** (a)(b)(d)(g)(h) after a reopen; then the model adopts what the log recovered. */
  private async checkRecovered(expectation: RecoveryExpectation, what: string): Promise<void> {
    const { log, model } = this;
    const [startLo, startHi] = expectation.startRange;
    this.check(startLo <= log.logStartOffset && log.logStartOffset <= startHi, `(d) after ${what} logStartOffset is ${log.logStartOffset}, expected within [${startLo}, ${startHi}]`);
    this.check(log.durableEndOffset === log.logEndOffset, `(g) after ${what} durableEndOffset ${log.durableEndOffset} ≠ logEndOffset ${log.logEndOffset}`);
    model.advanceStart(log.logStartOffset);
    this.check(log.logEndOffset <= model.logEnd, `(a) after ${what} the log ends at ${log.logEndOffset}, past everything appended (${model.logEnd})`);
    await this.checkContent(false);
    const end = log.logEndOffset;
    this.check(end >= expectation.keepAtLeast || this.cutAtDamage(end, log.logStartOffset), `(b) after ${what} the log ends at ${end}, it must keep everything below ${expectation.keepAtLeast}`);
    const rp = expectation.recoveryPoint;
    this.forgetDeletedDamage();
    if (rp !== null) {
      // A log that is empty at its start may have been cut below it (and restarted at the start): no evidence either way.
      const holdsData = end > log.logStartOffset;
      for (const base of model.damaged) {
        // Damage below the log start is logically deleted data: recovery may step over it (never serve it).
        this.check(!(base >= rp && base < end && base >= log.logStartOffset && holdsData), `(h) after ${what} damaged batch ${base}, at or past recovery point ${rp}, survived recovery`);
      }
    }
    const previousEnd = model.logEnd;
    model.cutTo(end);
    model.durableEnd = end;
    // A recovery cut shortens the last segment as a truncation does.
    if (end < previousEnd) model.markTimestampsApprox(log.segmentBaseOffsets().at(-1)!);
    this.forgetDeletedDamage();
    this.checkBounds();
    this.checkEpochs();
    await this.checkIndexes();
  }

  /** Damage in segments that retention or DeleteRecords deleted is gone with them. */
  private forgetDeletedDamage(): void {
    const firstBase = this.log.segmentBaseOffsets()[0]!;
    for (const base of this.model.damaged) if (base < firstBase) this.model.damaged.delete(base);
  }

  private async reopen(expectation: RecoveryExpectation, what: string): Promise<void> {
    this.fs = this.disk.mount();
    this.log = await openTestLog(this.fs, dir, this.clock, this.config);
    await this.checkRecovered(expectation, what);
  }

  private powerLoss(tear: boolean): void {
    this.disk.crash(this.random.fork(`crash-${this.crashes++}`), { tearLastWrite: tear });
  }

  // --- ops

  async run(op: Op): Promise<void> {
    this.trace.push(describeOp(op));
    await this.step(op);
    this.checkBounds();
    this.checkEpochs();
    await this.checkContent(true);
  }

  private async step(op: Op): Promise<void> {
    const { log, model } = this;
    switch (op.type) {
      case 'append':
        return this.append(op);
      case 'tick':
        this.clock.time += op.ms;
        return;
      case 'retention':
        return this.retention();
      case 'truncate':
        return this.truncate(op.pick, op.mode);
      case 'truncate-fully': {
        const offset = Math.max(0, model.logEnd + op.delta);
        await log.truncateFullyAndStartAt(offset);
        model.reset(offset);
        return;
      }
      case 'delete-records':
        return this.deleteRecords(op.pick, op.pastEnd);
      case 'sync': {
        const durable = await log.sync();
        this.check(durable === model.logEnd, `sync() returned ${durable}, every append so far ends at ${model.logEnd}`);
        model.durableEnd = durable;
        return;
      }
      case 'checkpoint':
        await log.checkpoint();
        this.check(log.recoveryPoint === log.durableEndOffset, `checkpoint wrote recovery point ${log.recoveryPoint}, durable end is ${log.durableEndOffset}`);
        return;
      case 'reopen':
        await log.close();
        if (op.powerLossAfterClose) this.powerLoss(true);
        model.durableEnd = model.logEnd;
        return this.reopen({ keepAtLeast: model.logEnd, recoveryPoint: null, startRange: [model.logStart, model.logStart] }, 'a clean restart');
      case 'kill': {
        const rp = log.recoveryPoint;
        return this.reopen({ keepAtLeast: model.logEnd, recoveryPoint: rp, startRange: [model.logStart, model.logStart] }, 'a process kill');
      }
      case 'crash': {
        const rp = log.recoveryPoint;
        this.powerLoss(op.tear);
        return this.reopen({ keepAtLeast: model.durableEnd, recoveryPoint: rp, startRange: [model.logStart, model.logStart] }, 'a power loss');
      }
      case 'flip-unsynced':
        return this.flip(op.pick, op.bit, false);
      case 'flip-synced':
        return this.flip(op.pick, op.bit, true);
      case 'fault':
        return this.fault(op);
    }
  }

  private async append(op: Extract<Op, { type: 'append' }>): Promise<void> {
    const specs = op.batches.map((b) => {
      const timestamp = this.clock.time - b.ageMs;
      return { count: b.count, timestamp, bytes: testBatch({ count: b.count, payloadBytes: b.payloadBytes, tag: b.tag, timestamp }) };
    });
    this.model.leaderEpoch += op.epochBump;
    // concat copies: the log stamps offsets and the epoch into the buffer it is given.
    const result = await this.log.appendAsLeader(concat(specs.map((s) => s.bytes)), this.model.leaderEpoch);
    const added = this.model.append(specs);
    this.check(result.firstOffset === added[0]!.baseOffset && result.lastOffset === added.at(-1)!.lastOffset, `append returned ${result.firstOffset}-${result.lastOffset}`);
  }

  private async retention(): Promise<void> {
    const { log, model, config } = this;
    const before = model.logStart;
    const sizeBefore = log.sizeInBytes;
    const deleted = await log.enforceRetention();
    const start = log.logStartOffset;
    this.check(start >= before, `(d) retention moved logStartOffset back to ${start}`);
    // (Deleting may leave the start where it was: a segment wholly below it that was active when the start moved.)
    this.check(deleted > 0 || start === before, `retention deleted no segment but moved the start from ${before} to ${start}`);
    this.check(start === before || start === model.logEnd || model.batchAt(start)?.baseOffset === start, `retention moved the start to ${start}, not to a batch boundary`);
    const removed = model.batches.filter((b) => b.lastOffset < start);
    if (config.retentionMs < 0 && config.retentionBytes < 0) this.check(deleted === 0, 'retention deleted segments with retention off');
    if (config.retentionMs >= 0 && config.retentionBytes < 0) {
      const now = this.clock.time;
      for (const b of removed) this.check(b.timestampApprox || now - b.timestamp > config.retentionMs, `retention.ms deleted batch ${b.baseOffset} aged ${now - b.timestamp} ms`);
    }
    if (config.retentionMs < 0 && deleted > 0) this.check(log.sizeInBytes >= config.retentionBytes, `retention.bytes left ${log.sizeInBytes} of ${sizeBefore} bytes, below ${config.retentionBytes}`);
    model.advanceStart(start);
    this.forgetDeletedDamage();
  }

  /** The offset a truncate op aims at. */
  private truncateTarget(pick: number, mode: TruncateMode): number {
    const { logStart, logEnd } = this.model;
    if (mode === 'below-start' && logStart > 0) return logStart - 1 - (pick % Math.min(logStart, 5));
    if (mode === 'boundary') {
      const bounds = [...this.model.batches.map((b) => b.baseOffset).filter((o) => o > logStart), logEnd];
      return bounds[pick % bounds.length]!;
    }
    return logStart + (pick % (logEnd - logStart + 2));
  }

  private async truncate(pick: number, mode: TruncateMode): Promise<void> {
    const offset = this.truncateTarget(pick, mode);
    this.trace.push(`→ truncateTo(${offset})`);
    const before = this.model.logStart;
    const newEnd = await this.log.truncateTo(offset);
    const expected = this.model.truncationEnd(offset);
    // Finding the cut walks batch headers; a damaged batch on the way may end the log at its base instead (h).
    const cutAtDamage = newEnd < expected && this.cutAtDamage(newEnd, before);
    this.check(newEnd === expected || cutAtDamage, `truncateTo(${offset}) returned ${newEnd}, expected ${expected}`);
    this.model.truncateTo(newEnd === expected ? offset : newEnd);
    const reset = offset <= before;
    this.check(reset || this.log.logStartOffset === before, `(d) truncateTo(${offset}) moved the start from ${before} to ${this.log.logStartOffset}`);
    this.model.markTimestampsApprox(this.log.segmentBaseOffsets().at(-1)!);
  }

  private async deleteRecords(pick: number, pastEnd: boolean): Promise<void> {
    const { log, model } = this;
    if (pastEnd) {
      const offset = model.logEnd + 1 + (pick % 3);
      const error = await failureOf(log.deleteRecordsBefore(offset));
      this.check(codeOf(error) === 'OFFSET_OUT_OF_RANGE', `deleteRecordsBefore(${offset}) past the end: ${codeOf(error)}`);
      return;
    }
    const offset = model.logStart + (pick % (model.logEnd - model.logStart + 1));
    this.trace.push(`→ deleteRecordsBefore(${offset})`);
    await log.deleteRecordsBefore(offset);
    model.advanceStart(offset);
    this.forgetDeletedDamage();
  }

  // --- bit flips

  /**
   * Flips a bit in a checked byte (h) of a batch holding an offset ≥
   * logStart: in the volatile bytes of a segment (unsynced) or in bytes that
   * are both durable and current (synced). Segments are tried from `pick` on.
   */
  private async flip(pick: number, bit: number, synced: boolean): Promise<void> {
    const bases = this.log.segmentBaseOffsets();
    for (let k = 0; k < bases.length; k++) {
      const path = `${dir}/${segmentFileName(bases[(pick + k) % bases.length]!)}`;
      const file = await this.fs.readFile(path);
      // A second flip in a damaged batch could undo the first.
      const spans = batchSpans(file).filter((s) => s.lastOffset >= this.model.logStart && !this.model.damaged.has(s.baseOffset));
      let target: { position: number; span: Span } | null = null;
      // SimDisk asks for the flipped byte within a range that ends at the file's end (unsynced) or starts at 0 (synced).
      const choose = (from: number, to: number): number => {
        const candidates: { position: number; span: Span }[] = [];
        for (const span of spans) {
          for (let p = Math.max(span.position + firstCheckedByte, from); p < Math.min(span.position + span.size, to); p++) candidates.push({ position: p, span });
        }
        target = candidates[pick % Math.max(1, candidates.length)] ?? null;
        if (target === null) throw new NoFlipTarget();
        return target.position - from;
      };
      const steer = new ScriptedRandom([synced ? (bound) => choose(0, bound) : (bound) => choose(file.byteLength - bound, file.byteLength), () => bit]);
      let flipped: { offset: number } | null;
      try {
        flipped = synced ? this.disk.bitFlip(path, steer) : this.disk.bitFlipUnsynced(path, steer);
      } catch (error) {
        if (error instanceof NoFlipTarget) continue;
        throw error;
      }
      if (flipped === null || target === null) continue;
      const { span, position } = target as { position: number; span: Span };
      this.check(this.model.batchAt(span.baseOffset)?.lastOffset === span.lastOffset, `segment file holds batch ${span.baseOffset}-${span.lastOffset} the model does not`);
      this.model.damaged.add(span.baseOffset);
      this.trace.push(`→ flipped ${path.slice(dir.length + 1)}@${position} in batch ${span.baseOffset}`);
      return;
    }
    this.trace.push('→ nothing to flip');
  }

  // --- faults

  /** Runs one op with a full disk or failing fsyncs; if it fails, checks (i), restarts the node and checks recovery. */
  private async fault(op: Extract<Op, { type: 'fault' }>): Promise<void> {
    const { disk } = this;
    const inner = this.faultedOp(op);
    // A sync with nothing to sync does no I/O: give it something.
    if (inner.type === 'sync') await this.step({ type: 'append', batches: [{ count: 1, payloadBytes: op.pick % 61, tag: op.pick % 253, ageMs: 0 }], epochBump: 0 });
    const expectation = this.afterFailure(op, inner);
    const rp = this.log.recoveryPoint;
    if (op.fault === 'disk-full') disk.enospc = true;
    else disk.syncFailureProbability = 1;
    let error: unknown = null;
    try {
      await this.step(inner);
    } catch (e) {
      error = e;
    } finally {
      disk.enospc = false;
      disk.syncFailureProbability = 0;
    }
    if (error instanceof PropertyViolation) throw error;
    if (error === null) {
      this.trace.push('→ no I/O failed');
      return;
    }
    this.check(codeOf(error) === 'KAFKA_STORAGE_ERROR' && this.log.isOffline, `(i) ${op.during} under ${op.fault} failed with ${codeOf(error)}, offline ${this.log.isOffline}`);
    await this.checkOffline();
    if (op.powerLoss) {
      this.powerLoss(op.tear);
    } else {
      await this.log.abandon();
    }
    await this.reopen({ ...expectation, recoveryPoint: rp }, `a node restart after ${op.during} failed under ${op.fault}${op.powerLoss ? ' and power loss' : ''}`);
  }

  private faultedOp(op: Extract<Op, { type: 'fault' }>): Op {
    switch (op.during) {
      case 'append':
        return { type: 'append', batches: [{ count: 1 + (op.pick % 3), payloadBytes: op.pick % 97, tag: op.pick % 251, ageMs: 0 }], epochBump: 0 };
      case 'sync':
        return { type: 'sync' };
      case 'checkpoint':
        return { type: 'checkpoint' };
      case 'truncate':
        return { type: 'truncate', pick: op.pick, mode: 'boundary' };
      case 'delete-records':
        return { type: 'delete-records', pick: op.pick, pastEnd: false };
      case 'retention':
        return { type: 'retention' };
    }
  }

  /** What a restart after `inner` failed midway must recover: the op may or may not have taken effect. */
  private afterFailure(op: Extract<Op, { type: 'fault' }>, inner: Op): Omit<RecoveryExpectation, 'recoveryPoint'> {
    const { model } = this;
    // Without power loss the page cache survives: nothing written may be lost.
    let keepAtLeast = op.powerLoss ? model.durableEnd : model.logEnd;
    let startHi = model.logStart;
    if (inner.type === 'truncate') keepAtLeast = Math.min(keepAtLeast, this.truncateTarget(inner.pick, inner.mode));
    if (inner.type === 'delete-records') startHi = model.logStart + (inner.pick % (model.logEnd - model.logStart + 1));
    if (inner.type === 'retention') startHi = model.logEnd;
    return { keepAtLeast, startRange: [model.logStart, startHi] };
  }

  /** (i) An offline log fails every call with KAFKA_STORAGE_ERROR. */
  private async checkOffline(): Promise<void> {
    const { log, model } = this;
    const calls: [string, () => Promise<unknown>][] = [
      ['read', () => log.read(model.logStart, { maxBytes: 1 << 20 })],
      ['appendAsLeader', () => log.appendAsLeader(testBatch(), model.leaderEpoch)],
      ['appendAsFollower', () => log.appendAsFollower(testBatch({ baseOffset: model.logEnd, epoch: model.leaderEpoch }))],
      ['sync', () => log.sync()],
      ['checkpoint', () => log.checkpoint()],
      ['truncateTo', () => log.truncateTo(model.logStart)],
      ['truncateFullyAndStartAt', () => log.truncateFullyAndStartAt(model.logEnd)],
      ['deleteRecordsBefore', () => log.deleteRecordsBefore(model.logEnd)],
      ['enforceRetention', () => log.enforceRetention()],
      ['close', () => log.close()],
    ];
    for (const [name, call] of calls) {
      const error = await failureOf(call());
      this.check(codeOf(error) === 'KAFKA_STORAGE_ERROR', `(i) ${name} on an offline log: ${error === null ? 'succeeded' : codeOf(error)}`);
    }
  }

  /** The end of a run: full checks, then a clean restart must change nothing. */
  async finish(): Promise<void> {
    await this.checkAll();
    await this.run({ type: 'reopen', powerLossAfterClose: false });
    await this.checkAll();
  }
}

function describeOp(op: Op): string {
  switch (op.type) {
    case 'append':
      return `append ${op.batches.map((b) => `${b.count}x${b.payloadBytes}B`).join('+')}${op.epochBump > 0 ? ` epoch+${op.epochBump}` : ''}`;
    case 'tick':
      return `tick ${op.ms}ms`;
    case 'truncate':
      return `truncate(${op.mode} #${op.pick})`;
    case 'truncate-fully':
      return `truncateFully(end${op.delta >= 0 ? '+' : ''}${op.delta})`;
    case 'delete-records':
      return `deleteRecords(#${op.pick}${op.pastEnd ? ' past end' : ''})`;
    case 'reopen':
      return `clean restart${op.powerLossAfterClose ? ' + power loss' : ''}`;
    case 'crash':
      return `power loss${op.tear ? ' (torn)' : ''}`;
    case 'flip-unsynced':
    case 'flip-synced':
      return `${op.type} #${op.pick}.${op.bit}`;
    case 'fault':
      return `${op.during} under ${op.fault}, then restart${op.powerLoss ? ` with power loss${op.tear ? ' (torn)' : ''}` : ''}`;
    default:
      return op.type;
  }
}

async function runOps(config: RunConfig, ops: readonly Op[], seed: number): Promise<void> {
  const harness = await Harness.start(seed, config);
  for (const op of ops) await harness.run(op);
  await harness.finish();
}

const numRuns = Number(process.env.LOG_PROP_RUNS ?? 300);
const fcSeed = Number(process.env.LOG_PROP_SEED ?? 20240612);

describe('Log against a model', () => {
  it('keeps what was appended and synced through rolls, retention, truncation, crashes, bit flips and I/O errors', async () => {
    await fc.assert(
      fc.asyncProperty(configArb, fc.array(opArb, { minLength: 1, maxLength: 100, size: 'max' }), fc.nat(1_000_000), (config, ops, seed) => runOps(config, ops, seed)),
      { numRuns, seed: fcSeed },
    );
  });
});

// --- regressions -------------------------------------------------------------
// Each replays a minimal sequence the model shrank to (LOG_PROP_SEED 20240612
// unless noted), with the property it broke. They fail until log.ts is fixed.

describe('Log: regressions found by the model', () => {
  const steer = (...answers: number[]): ScriptedRandom => new ScriptedRandom(answers.map((a) => () => a));
  const segmentPath = (base: number): string => `${dir}/${segmentFileName(base)}`;

  it('(c)(g) a power loss after a roll whose segment names were synced before their data does not invent offsets', async () => {
    const { disk, fs, random } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock, { segmentBytes: 300 });
    await log.appendAsLeader(concat([testBatch({ payloadBytes: 100 }), testBatch({ payloadBytes: 100 }), testBatch({ payloadBytes: 100 })]), 0);
    expect(log.segmentBaseOffsets()).toEqual([0, 1, 2]);
    await log.checkpoint(); // syncs the directory (the new segment names), not the segments
    disk.crash(random, { tearLastWrite: false });
    const reopened = await openTestLog(disk.mount(), dir, clock, { segmentBytes: 300 });
    // Each roll fsyncs the segment it leaves, so the durable names never outlive the data below them:
    // the log ends at 2 and offsets 0 and 1 are really there (before the fix it ended at 2 with no data).
    expect([reopened.logStartOffset, reopened.logEndOffset, reopened.durableEndOffset]).toEqual([0, 2, 2]);
    const { records } = await reopened.read(0, { maxBytes: 1 << 20 });
    expect(batchOffsets(records)).toEqual([[0, 0]]);
    expect(batchOffsets((await reopened.read(1, { maxBytes: 1 << 20 })).records)).toEqual([[1, 1]]);
  });

  it('(g) deleteRecordsBefore past the durable end keeps logStartOffset ≤ durableEndOffset', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock());
    await log.appendAsLeader(testBatch(), 0);
    await log.deleteRecordsBefore(1);
    expect(log.logStartOffset).toBeLessThanOrEqual(log.durableEndOffset);
  });

  it('(g) truncateTo inside the batch that holds logStartOffset leaves the end at or past the start', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock());
    await log.appendAsLeader(testBatch({ count: 4 }), 0); // offsets 0–3
    await log.deleteRecordsBefore(2);
    const end = await log.truncateTo(3);
    // The batch holding both 2 and 3 goes; today the log becomes [2, 0) and the next append gets offset 0, below the start.
    expect([log.logStartOffset, end, log.logEndOffset]).toEqual([2, 2, 2]);
  });

  it('(d) retention.ms does not delete young batches after a process kill and a later power loss (stale .timeindex)', async () => {
    const { disk, fs, random } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const config = { segmentBytes: 300, retentionMs: 2000 };
    let log = await openTestLog(fs, dir, clock, config);
    await log.appendAsLeader(testBatch({ timestamp: clock.time }), 0);
    await log.close(); // writes the active segment's .timeindex (max timestamp: batch 0)
    clock.time += 5000;
    log = await openTestLog(disk.mount(), dir, clock, config);
    await log.appendAsLeader(concat([testBatch({ payloadBytes: 100, timestamp: clock.time }), testBatch({ payloadBytes: 100, timestamp: clock.time })]), 0);
    expect(log.segmentBaseOffsets()).toEqual([0, 2]); // the roll rewrote segment 0's .timeindex, unsynced
    log = await openTestLog(disk.mount(), dir, clock, config); // a process kill: recovery syncs the segments and moves the recovery point past segment 0, not its index files
    disk.crash(random, { tearLastWrite: false }); // the .timeindex reverts to the one from the clean close
    log = await openTestLog(disk.mount(), dir, clock, config);
    expect(await log.enforceRetention()).toBe(0); // batch 1 is 0 ms old; today its segment is deleted
    expect(log.logStartOffset).toBe(0);
  });

  it('(d) retention.ms does not delete young batches after checkpoint() and a power loss (stale .timeindex, no kill)', async () => {
    // Found with LOG_PROP_SEED 118–119 once the kill variant above was patched: checkpoint() moves the
    // recovery point past a segment whose rolled index files only the next sync() would make durable.
    const { disk, fs, random } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const config = { segmentBytes: 300, retentionMs: 2000 };
    let log = await openTestLog(fs, dir, clock, config);
    await log.appendAsLeader(testBatch({ timestamp: clock.time }), 0);
    await log.close();
    clock.time += 5000;
    log = await openTestLog(disk.mount(), dir, clock, config);
    await log.appendAsLeader(testBatch({ timestamp: clock.time }), 0);
    await log.sync();
    await log.appendAsLeader(testBatch({ payloadBytes: 118, timestamp: clock.time }), 0);
    expect(log.segmentBaseOffsets()).toEqual([0, 2]);
    await log.checkpoint(); // recovery point 2: segment 0 is trusted from now on
    disk.crash(random, { tearLastWrite: false });
    log = await openTestLog(disk.mount(), dir, clock, config);
    expect(await log.enforceRetention()).toBe(0); // batch 1 is 0 ms old
    expect(log.logStartOffset).toBe(0);
  });

  it('(h) a flipped lastOffsetDelta is reported as CORRUPT_MESSAGE, not hidden by the read path', async () => {
    const { disk, fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock());
    await log.appendAsLeader(concat([testBatch({ count: 4 }), testBatch({ count: 2 })]), 0); // [0–3] at byte 0, [4–5] at byte 77
    await log.sync();
    // Byte 23 bit 0 is 2^24 of batch 0's lastOffsetDelta: the batch seems to end far past the log end.
    expect(disk.bitFlip(segmentPath(0), steer(fieldOffsets.lastOffsetDelta, 0))).toEqual({ offset: 23, bit: 0 });
    const read0 = await readAt(log, 0, 1 << 20);
    // Today: an empty answer at offset 0 of a log that ends at 6, as if the consumer were caught up.
    expect(codeOf(read0.error)).toBe('CORRUPT_MESSAGE');
    // Flip it back, then shrink the delta instead (3 → 1): read(2) must not skip to batch 4.
    disk.bitFlip(segmentPath(0), steer(fieldOffsets.lastOffsetDelta, 0));
    disk.bitFlip(segmentPath(0), steer(fieldOffsets.lastOffsetDelta + 3, 1));
    const read2 = await readAt(log, 2, 1 << 20);
    const first = read2.records === null ? null : splitBatches(read2.records)[0]!.header.baseOffset;
    expect(read2.records === null ? codeOf(read2.error) : `batch ${first}`).toBe('CORRUPT_MESSAGE');
  });

  it('(a)(h) a clean restart does not take the log end from a damaged batch header', async () => {
    const { disk, fs } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock);
    await log.appendAsLeader(testBatch(), 0);
    await log.close();
    disk.bitFlip(segmentPath(0), steer(fieldOffsets.lastOffsetDelta, 0));
    const reopened = await openTestLog(disk.mount(), dir, clock);
    // Today the index walk reads lastOffsetDelta unchecked and the log ends at 16777217.
    expect(reopened.logEndOffset).toBeLessThanOrEqual(1);
  });
});
