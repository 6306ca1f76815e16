// Goal: each rule of the idempotent producer state (Kafka's
// ProducerStateManager, non-transactional) holds on its own, and its snapshots
// survive the disk and the storage Log sharing their directory.
// Method: the pure manager is driven with hand-made headers, one rule per test;
// the file layer runs on a SimDisk (crashes included) next to a real Log whose
// batches come from encodeBatch.

import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { joinPath } from '../../src/common/path.js';
import { crc32c } from '../../src/common/crc32c.js';
import { silentLogger, type Logger } from '../../src/env/logger.js';
import {
  deleteSnapshotsAbove,
  deleteSnapshotsBelow,
  listProducerSnapshots,
  loadLatestSnapshotAtOrBelow,
  producerSnapshotFileName,
  rebuildProducerState,
  writeProducerSnapshot,
} from '../../src/replication/producer-state-file.js';
import {
  ProducerStateManager,
  batchesRetainedPerProducer,
  defaultProducerIdExpirationMs,
  lastSequenceOf,
  maxSequence,
  type AppendedBatchHeader,
  type ProducerCheck,
} from '../../src/replication/producer-state.js';
import { attributeBits, encodeBatch, noProducerId, readBatchHeader } from '../../src/storage/batch/index.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';
import { ManualClock, openTestLog } from '../storage/log-fixture.js';

const pid = 4000;

/** A producer batch header: `count` offsets from `baseOffset`, sequences from `seq`. */
function batch(seq: number, baseOffset: number, options: { count?: number; epoch?: number; producerId?: number; timestamp?: number; attributes?: number } = {}): AppendedBatchHeader {
  return {
    producerId: options.producerId ?? pid,
    producerEpoch: options.epoch ?? 0,
    baseSequence: seq,
    lastOffsetDelta: (options.count ?? 1) - 1,
    baseOffset,
    maxTimestamp: options.timestamp ?? 1000,
    attributes: options.attributes ?? 0,
  };
}

function code(result: ProducerCheck): string {
  return result.kind === 'error' ? result.code : result.kind;
}

/** A manager holding `n` batches of two records each from `pid`, epoch 0, sequences 0.., offsets 10.. */
function withBatches(n: number): ProducerStateManager {
  const state = new ProducerStateManager();
  for (let i = 0; i < n; i++) {
    const header = batch(2 * i, 10 + 2 * i, { count: 2 });
    expect(state.check(header)).toEqual({ kind: 'append' });
    state.update(header);
  }
  return state;
}

describe('ProducerStateManager.check', () => {
  it('lets batches without a producer id, and control batches, through without recording them', () => {
    const state = withBatches(1);
    const plain = batch(-1, 50, { producerId: noProducerId, epoch: -1 });
    expect(state.check(plain)).toEqual({ kind: 'append' });
    const control = batch(-1, 51, { attributes: attributeBits.control | attributeBits.transactional, epoch: 9 });
    expect(state.check(control)).toEqual({ kind: 'append' });
    state.update(plain);
    state.update(control);
    expect(state.entries()).toHaveLength(1);
    expect(state.get(pid)?.producerEpoch).toBe(0);
  });

  it('starts an unknown producer at sequence 0 and refuses any other first sequence with UNKNOWN_PRODUCER_ID', () => {
    const state = new ProducerStateManager();
    expect(state.check(batch(0, 0, { epoch: 3 }))).toEqual({ kind: 'append' });
    expect(code(state.check(batch(7, 0)))).toBe('UNKNOWN_PRODUCER_ID');
  });

  it('refuses a producer id with a negative epoch or sequence as INVALID_RECORD', () => {
    const state = new ProducerStateManager();
    expect(code(state.check(batch(-1, 0)))).toBe('INVALID_RECORD');
    expect(code(state.check(batch(0, 0, { epoch: -1 })))).toBe('INVALID_RECORD');
  });

  it('accepts the next sequence and answers a retry of any of the last 5 batches with its original offsets', () => {
    const state = withBatches(7);
    // Batches 2..6 (sequences 4..13, offsets 14..23) are remembered.
    for (let i = 2; i < 7; i++) {
      expect(state.check(batch(2 * i, 999, { count: 2 }))).toEqual({ kind: 'duplicate', firstOffset: 10 + 2 * i, lastOffset: 11 + 2 * i, maxTimestamp: 1000 });
    }
    expect(state.get(pid)?.batches).toHaveLength(batchesRetainedPerProducer);
    expect(state.check(batch(14, 999))).toEqual({ kind: 'append' });
  });

  it('no longer recognises the 6th-newest batch: OUT_OF_ORDER_SEQUENCE_NUMBER, as Kafka answers', () => {
    const state = withBatches(6);
    expect(code(state.check(batch(0, 999, { count: 2 })))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    expect(state.check(batch(2, 999, { count: 2 })).kind).toBe('duplicate');
  });

  it('refuses a gap, and a range that overlaps a remembered batch without matching it', () => {
    const state = withBatches(3); // sequences 0..5
    expect(code(state.check(batch(7, 999)))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    expect(code(state.check(batch(4, 999, { count: 1 })))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    expect(code(state.check(batch(4, 999, { count: 3 })))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    expect(code(state.check(batch(5, 999)))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    expect(code(state.check(batch(6, 999)))).toBe('append');
  });

  it('refuses a stale epoch with INVALID_PRODUCER_EPOCH, even for what would be a duplicate', () => {
    const state = new ProducerStateManager();
    state.update(batch(0, 0, { epoch: 2 }));
    expect(code(state.check(batch(0, 0, { epoch: 1 })))).toBe('INVALID_PRODUCER_EPOCH');
    expect(code(state.check(batch(1, 0, { epoch: 1 })))).toBe('INVALID_PRODUCER_EPOCH');
  });

  it('starts a new epoch at sequence 0 only, and forgets the old epoch\'s batches once it is recorded', () => {
    const state = withBatches(3);
    expect(code(state.check(batch(6, 999, { epoch: 1 })))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    expect(code(state.check(batch(0, 999, { epoch: 1 })))).toBe('append');
    state.update(batch(0, 16, { epoch: 1, count: 2 }));
    expect(state.get(pid)?.batches).toEqual([{ firstSeq: 0, lastSeq: 1, firstOffset: 16, lastOffset: 17, maxTimestamp: 1000 }]);
    expect(state.check(batch(0, 999, { epoch: 1, count: 2 }))).toMatchObject({ kind: 'duplicate', firstOffset: 16 });
    expect(code(state.check(batch(0, 999, { epoch: 0, count: 2 })))).toBe('INVALID_PRODUCER_EPOCH');
  });

  it('wraps sequences at Int32 max, within a batch and between batches', () => {
    expect(lastSequenceOf(maxSequence - 1, 3)).toBe(1);
    expect(lastSequenceOf(maxSequence, 0)).toBe(maxSequence);
    expect(lastSequenceOf(5, 2)).toBe(7);
    const state = new ProducerStateManager();
    state.update(batch(maxSequence - 2, 0, { count: 3 })); // ..., 2^31-1
    expect(code(state.check(batch(0, 999)))).toBe('append');
    expect(code(state.check(batch(maxSequence, 999)))).toBe('OUT_OF_ORDER_SEQUENCE_NUMBER');
    state.update(batch(0, 3, { count: 2 }));
    state.update(batch(maxSequence - 1, 5, { producerId: pid + 1, count: 4 })); // 2^31-2, 2^31-1, 0, 1
    expect(state.get(pid + 1)?.batches[0]).toMatchObject({ firstSeq: maxSequence - 1, lastSeq: 1 });
    expect(state.check(batch(maxSequence - 1, 999, { producerId: pid + 1, count: 4 }))).toMatchObject({ kind: 'duplicate', firstOffset: 5, lastOffset: 8 });
    expect(code(state.check(batch(2, 999, { producerId: pid + 1 })))).toBe('append');
  });
});

describe('ProducerStateManager.update', () => {
  it('records what a follower fetched without checking it: gaps, unknown producers mid-sequence, epoch changes', () => {
    const state = new ProducerStateManager();
    state.update(batch(40, 0));
    state.update(batch(45, 1));
    expect(state.get(pid)?.batches.map((b) => b.firstSeq)).toEqual([40, 45]);
    state.update(batch(3, 2, { epoch: 4 }));
    expect(state.get(pid)).toMatchObject({ producerEpoch: 4, batches: [{ firstSeq: 3, firstOffset: 2 }] });
    // A lower epoch (never accepted by a leader) also starts afresh rather than being dropped, as in Kafka.
    state.update(batch(0, 3, { epoch: 1 }));
    expect(state.get(pid)?.producerEpoch).toBe(1);
  });

  it('keeps at most 5 batches per producer, the newest', () => {
    const state = withBatches(9);
    expect(state.get(pid)?.batches.map((b) => b.firstOffset)).toEqual([18, 20, 22, 24, 26]);
  });

  it('asserts that offsets only move forward (a truncation needs a rebuild)', () => {
    const state = withBatches(2);
    expect(() => state.update(batch(4, 12))).toThrow(/rebuild/);
  });
});

describe('ProducerStateManager.expire', () => {
  it('drops producers idle for producer.id.expiration.ms or more, measured from their newest batch timestamp', () => {
    const state = new ProducerStateManager();
    state.update(batch(0, 0, { producerId: 1, timestamp: 5000 }));
    state.update(batch(1, 1, { producerId: 1, timestamp: 3000 })); // an older timestamp does not make it older
    state.update(batch(0, 2, { producerId: 2, timestamp: 4000 }));
    expect(state.get(1)?.lastTimestamp).toBe(5000);
    expect(state.expire(4000 + defaultProducerIdExpirationMs - 1)).toEqual([]);
    expect(state.expire(4000 + defaultProducerIdExpirationMs)).toEqual([2]);
    expect(state.size).toBe(1);
    expect(state.expire(5000 + 10, 10)).toEqual([1]);
    expect(state.size).toBe(0);
    // An expired producer is unknown again.
    expect(code(state.check(batch(2, 0, { producerId: 1 })))).toBe('UNKNOWN_PRODUCER_ID');
  });
});

describe('producer state snapshots (codec)', () => {
  function sample(): ProducerStateManager {
    const state = withBatches(7);
    state.update(batch(0, 30, { producerId: 12, epoch: 3, timestamp: 77 }));
    state.update(batch(maxSequence, 31, { producerId: 9, count: 2, timestamp: -1 }));
    return state;
  }

  it('round-trips, with the end offset, and gives equal bytes for equal states', () => {
    const state = sample();
    const bytes = state.encodeSnapshot(40);
    const decoded = ProducerStateManager.decodeSnapshot(bytes);
    expect(decoded.endOffset).toBe(40);
    expect(decoded.state.entries()).toEqual(state.entries());
    expect(decoded.state.encodeSnapshot(40)).toEqual(bytes);
    // The decoded state keeps working: duplicates and the next sequence.
    expect(decoded.state.check(batch(12, 0, { count: 2 }))).toMatchObject({ kind: 'duplicate', firstOffset: 22 });
    expect(code(decoded.state.check(batch(1, 0, { producerId: 9 })))).toBe('append');
    expect(() => decoded.state.update(batch(14, 32))).toThrow(/rebuild/);
    expect(ProducerStateManager.decodeSnapshot(new ProducerStateManager().encodeSnapshot(0)).state.size).toBe(0);
  });

  it('refuses to snapshot at an end offset that would miss a recorded batch', () => {
    expect(() => sample().encodeSnapshot(32)).toThrow(/miss offset 32/);
  });

  it('rejects every single-byte corruption, truncation and extension with CORRUPT_MESSAGE', () => {
    const bytes = sample().encodeSnapshot(40);
    const expectCorrupt = (damaged: Uint8Array): void => {
      let thrown: unknown;
      try {
        ProducerStateManager.decodeSnapshot(damaged);
      } catch (error) {
        thrown = error;
      }
      expect(isSkiffError(thrown) ? thrown.code : thrown).toBe('CORRUPT_MESSAGE');
    };
    for (let at = 0; at < bytes.length; at++) {
      const damaged = bytes.slice();
      damaged[at]! ^= 0x10;
      expectCorrupt(damaged);
    }
    for (const length of [0, 4, 16, bytes.length - 1]) expectCorrupt(bytes.subarray(0, length));
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expectCorrupt(longer);
  });

  it('rejects checksummed but inconsistent content', () => {
    const bytes = sample().encodeSnapshot(40);
    const recrc = (b: Uint8Array): Uint8Array => {
      new DataView(b.buffer).setUint32(1, crc32c(b.subarray(5)));
      return b;
    };
    const lowEnd = bytes.slice();
    new DataView(lowEnd.buffer).setBigInt64(5, 20n); // below recorded batches
    expect(() => ProducerStateManager.decodeSnapshot(recrc(lowEnd))).toThrow(/out of place/);
    const badSeq = bytes.slice();
    new DataView(badSeq.buffer).setInt32(17 + 19 + 4, 99); // lastSeq of the first batch of the first producer
    expect(() => ProducerStateManager.decodeSnapshot(recrc(badSeq))).toThrow(/sequences/);
  });
});

const dir = '/data/orders-0';

describe('producer state snapshot files', () => {
  it('writes <endOffset:020>.snapshot durably: it survives a crash right after', async () => {
    const { disk, fs, random } = await simDiskWithDir(dir);
    const state = withBatches(3);
    await writeProducerSnapshot(fs, dir, state, 42);
    expect(await fs.list(dir)).toEqual([producerSnapshotFileName(42)]);
    expect(producerSnapshotFileName(42)).toBe('00000000000000000042.snapshot');
    disk.crash(random, { tearLastWrite: true });
    const after = disk.mount();
    expect(await listProducerSnapshots(after, dir)).toEqual([42]);
    const loaded = await loadLatestSnapshotAtOrBelow(after, dir, 100);
    expect(loaded?.endOffset).toBe(42);
    expect(loaded?.state.entries()).toEqual(state.entries());
  });

  it('loads the newest snapshot at or below an offset, deleting corrupt ones on the way', async () => {
    const { fs } = await simDiskWithDir(dir);
    for (const end of [16, 18, 20]) await writeProducerSnapshot(fs, dir, withBatches((end - 10) / 2), end);
    expect((await loadLatestSnapshotAtOrBelow(fs, dir, 19))?.endOffset).toBe(18);
    expect(await loadLatestSnapshotAtOrBelow(fs, dir, 15)).toBeNull();
    // Damage the newest two: the load falls back to 16 and removes them.
    for (const end of [18, 20]) {
      const handle = await fs.open(joinPath(dir, producerSnapshotFileName(end)));
      await handle.write(20, new Uint8Array([0xff, 0xff]));
      await handle.sync();
      await handle.close();
    }
    const warnings: string[] = [];
    const loaded = await loadLatestSnapshotAtOrBelow(fs, dir, 100, recordingLogger(warnings));
    expect(loaded?.endOffset).toBe(16);
    expect(loaded?.state.get(pid)?.batches).toHaveLength(3);
    expect(warnings).toEqual(['deleting a corrupt producer state snapshot', 'deleting a corrupt producer state snapshot']);
    expect(await listProducerSnapshots(fs, dir)).toEqual([16]);
  });

  it('deletes snapshots above an offset, and below one while keeping the newest', async () => {
    const { fs } = await simDiskWithDir(dir);
    const state = withBatches(1);
    for (const end of [12, 20, 30, 40, 50]) await writeProducerSnapshot(fs, dir, state, end);
    expect(await deleteSnapshotsAbove(fs, dir, 40)).toBe(1);
    expect(await listProducerSnapshots(fs, dir)).toEqual([12, 20, 30, 40]);
    expect(await deleteSnapshotsBelow(fs, dir, 30)).toBe(2);
    expect(await listProducerSnapshots(fs, dir)).toEqual([30, 40]);
    // Everything is below 100, but the 2 newest stay.
    expect(await deleteSnapshotsBelow(fs, dir, 100)).toBe(0);
    expect(await deleteSnapshotsBelow(fs, dir, 100, 1)).toBe(1);
    expect(await listProducerSnapshots(fs, dir)).toEqual([40]);
  });

  it('shares the partition directory with the Log: recovery keeps .snapshot files and drops a crashed write\'s .tmp', async () => {
    const { disk, fs, random } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock, { segmentBytes: 400 });
    const state = new ProducerStateManager();
    await appendProducerBatches(log, state, 12);
    await log.sync();
    await writeProducerSnapshot(fs, dir, state, log.logEndOffset);
    // A snapshot write that crashed before its rename.
    const tmp = await fs.open(joinPath(dir, `${producerSnapshotFileName(99)}.tmp`), { create: true });
    await tmp.write(0, new Uint8Array([1, 2, 3]));
    await tmp.sync();
    await tmp.close();
    await fs.syncDir(dir);
    disk.crash(random, { tearLastWrite: true });

    const fs2 = disk.mount();
    const reopened = await openTestLog(fs2, dir, clock, { segmentBytes: 400 });
    expect(reopened.logEndOffset).toBe(log.logEndOffset);
    const names = await fs2.list(dir);
    expect(names).toContain(producerSnapshotFileName(log.logEndOffset));
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const rebuilt = await rebuildProducerState({ fs: fs2, dir, log: reopened, logger: silentLogger });
    expect(rebuilt.entries()).toEqual(state.entries());
    await reopened.close();
  });
});

describe('rebuildProducerState', () => {
  it('equals the incremental state, from the log alone or from a snapshot plus replay', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock(), { segmentBytes: 500 });
    const state = new ProducerStateManager();
    await appendProducerBatches(log, state, 10);
    await writeProducerSnapshot(fs, dir, state, log.logEndOffset);
    await appendProducerBatches(log, state, 9, 10);
    const fromLog = await rebuildFresh(log);
    expect(fromLog.entries()).toEqual(state.entries());
    expect((await rebuildProducerState({ fs, dir, log })).entries()).toEqual(state.entries());
  });

  it('after a truncation, drops the truncated batches and the snapshots past the new end', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock(), { segmentBytes: 500 });
    const state = new ProducerStateManager();
    await appendProducerBatches(log, state, 8);
    const middle = log.logEndOffset;
    await writeProducerSnapshot(fs, dir, state, middle);
    const atMiddle = state.entries();
    await appendProducerBatches(log, state, 8, 8);
    await writeProducerSnapshot(fs, dir, state, log.logEndOffset);
    await log.truncateTo(middle);
    const rebuilt = await rebuildProducerState({ fs, dir, log });
    expect(rebuilt.entries()).toEqual(atMiddle);
    expect(await listProducerSnapshots(fs, dir)).toEqual([middle]);
    // Batch 8 (producer 3, sequences 4..5) was cut: its retry is an append again.
    // Batch 7 (producer 2, sequences 4..5) survived: its retry is a duplicate.
    expect(rebuilt.check(readBatchHeader(producerBatch(3, 0, 4, 2)))).toEqual({ kind: 'append' });
    expect(rebuilt.check(readBatchHeader(producerBatch(2, 0, 4, 2)))).toEqual({ kind: 'duplicate', firstOffset: 14, lastOffset: 15, maxTimestamp: 1008 });
  });

  it('keeps producers past retention through a snapshot at or above the new log start', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock(), { segmentBytes: 400 });
    const state = new ProducerStateManager();
    await appendProducerBatches(log, state, 12);
    await writeProducerSnapshot(fs, dir, state, log.logEndOffset);
    await log.deleteRecordsBefore(log.logEndOffset);
    const rebuilt = await rebuildProducerState({ fs, dir, log });
    expect(rebuilt.entries()).toEqual(state.entries());
    // Without the snapshot the producers would be unknown.
    expect((await rebuildFresh(log)).size).toBe(0);
  });

  it('uses a snapshot below the log start and replays from the log start', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock(), { segmentBytes: 400 });
    const state = new ProducerStateManager();
    await appendProducerBatches(log, state, 6);
    const snapshotEnd = log.logEndOffset;
    await writeProducerSnapshot(fs, dir, state, snapshotEnd);
    const expected = ProducerStateManager.decodeSnapshot(state.encodeSnapshot(snapshotEnd)).state;
    await appendProducerBatches(log, state, 6, 6);
    await log.deleteRecordsBefore(log.logEndOffset - 3); // inside the second-to-last batch
    expect(log.logStartOffset).toBeGreaterThan(snapshotEnd);
    for await (const { header } of log.batches(log.logStartOffset, log.logEndOffset)) expected.update(header);
    const warnings: string[] = [];
    const rebuilt = await rebuildProducerState({ fs, dir, log, logger: recordingLogger(warnings) });
    expect(warnings).toEqual(['newest producer state snapshot is below the log start: state of producers last seen in between is stale']);
    expect(rebuilt.entries()).toEqual(expected.entries());
    // Producer 1 wrote only in the gap after the snapshot, so its state is the snapshot's (sequences 0..3, not 0..7).
    expect(rebuilt.get(1)?.batches.map((b) => b.firstSeq)).toEqual([0, 2]);
  });
});

// --- helpers -------------------------------------------------------------

/** A real v2 batch of `count` records from producer `producerId`. */
function producerBatch(producerId: number, epoch: number, baseSequence: number, count: number, timestamp = 1000): Uint8Array {
  return encodeBatch({
    producerId,
    producerEpoch: epoch,
    baseSequence,
    records: Array.from({ length: count }, (_, i) => ({ key: null, value: new Uint8Array([i]), timestamp: timestamp + i })),
  });
}

type TestLog = Awaited<ReturnType<typeof openTestLog>>;

/** Appends `n` batches round-robin over producers 1..3 as a leader would (check, append, update). */
async function appendProducerBatches(log: TestLog, state: ProducerStateManager, n: number, already = 0): Promise<void> {
  for (let i = already; i < already + n; i++) {
    const producerId = 1 + (i % 3);
    const round = Math.floor(i / 3);
    const bytes = producerBatch(producerId, 0, 2 * round, 2, 1000 + i);
    const header = readBatchHeader(bytes);
    expect(state.check(header)).toEqual({ kind: 'append' });
    const result = await log.appendAsLeader(bytes, 0);
    state.update({ ...header, baseOffset: result.firstOffset });
  }
}

async function rebuildFresh(log: TestLog): Promise<ProducerStateManager> {
  const state = new ProducerStateManager();
  for await (const { header } of log.batches(log.logStartOffset, log.logEndOffset)) state.update(header);
  return state;
}

function recordingLogger(warnings: string[]): Logger {
  const logger: Logger = {
    ...silentLogger,
    child: () => logger,
    warn: (fields: Record<string, unknown> | string, message?: string) => {
      warnings.push(typeof fields === 'string' ? fields : (message ?? ''));
    },
  };
  return logger;
}
