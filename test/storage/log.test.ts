import { describe, expect, it } from 'vitest';
import { isSkiffError } from '../../src/common/errors.js';
import { encodeBatch } from '../../src/storage/batch/index.js';
import { simDiskWithDir } from '../raft/sim-disk-fixture.js';
import { ManualClock, batchOffsets, concat, openTestLog, testBatch } from './log-fixture.js';

const dir = '/data/orders-0';

async function readAll(log: Awaited<ReturnType<typeof openTestLog>>, from = log.logStartOffset): Promise<[number, number][]> {
  const out: [number, number][] = [];
  let offset = from;
  while (offset < log.logEndOffset) {
    const { records } = await log.read(offset, { maxBytes: 1 << 20 });
    if (records.byteLength === 0) break;
    const batches = batchOffsets(records);
    out.push(...batches);
    offset = batches[batches.length - 1]![1] + 1;
  }
  return out;
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(isSkiffError(error) ? error.code : error).toBe(code);
}

describe('Log', () => {
  it('assigns offsets as leader, stamps the epoch, and reads whole batches back', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock());
    const first = await log.appendAsLeader(concat([testBatch({ count: 3, baseOffset: 99 }), testBatch({ count: 2 })]), 4);
    expect(first).toMatchObject({ firstOffset: 0, lastOffset: 4, batches: 2 });
    const second = await log.appendAsLeader(testBatch({ count: 1 }), 5);
    expect(second.firstOffset).toBe(5);
    expect(log.logEndOffset).toBe(6);
    expect(await readAll(log)).toEqual([[0, 2], [3, 4], [5, 5]]);
    // A read from the middle of a batch starts at that batch.
    expect(batchOffsets((await log.read(4, { maxBytes: 1 << 20 })).records)[0]).toEqual([3, 4]);
    expect(log.endOffsetForEpoch(4)).toEqual({ epoch: 4, endOffset: 5 });
    const { records } = await log.read(5, { maxBytes: 1 << 20 });
    expect(new DataView(records.buffer, records.byteOffset).getInt32(12)).toBe(5);
  });

  it('bounds reads by maxBytes (but always returns one batch) and by maxOffset', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock());
    for (let i = 0; i < 10; i++) await log.appendAsLeader(testBatch({ payloadBytes: 100 }), 0);
    expect(batchOffsets((await log.read(0, { maxBytes: 10 })).records)).toEqual([[0, 0]]);
    expect(batchOffsets((await log.read(0, { maxBytes: 10, minOneBatch: false })).records)).toEqual([]);
    expect(batchOffsets((await log.read(0, { maxBytes: 161 * 3 })).records)).toHaveLength(3);
    expect(batchOffsets((await log.read(2, { maxBytes: 1 << 20, maxOffset: 5 })).records)).toEqual([[2, 2], [3, 3], [4, 4]]);
    expect((await log.read(10, { maxBytes: 100 })).records.byteLength).toBe(0);
    await expectCode(log.read(11, { maxBytes: 100 }), 'OFFSET_OUT_OF_RANGE');
  });

  it('finds the first record at or after a timestamp (ListOffsets by time), across segments', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock(), { segmentBytes: 300 });
    const records = (base: number): { key: null; value: Uint8Array; timestamp: number }[] =>
      [0, 1, 2].map((i) => ({ key: null, value: new Uint8Array(20), timestamp: base + i * 10 }));
    for (let b = 0; b < 8; b++) await log.appendAsLeader(encodeBatch({ records: records(1000 + b * 100) }), 0);
    expect(log.segmentCount).toBeGreaterThan(2);
    expect(await log.offsetForTimestamp(0)).toEqual({ offset: 0, timestamp: 1000 });
    expect(await log.offsetForTimestamp(1011)).toEqual({ offset: 2, timestamp: 1020 });
    expect(await log.offsetForTimestamp(1500)).toEqual({ offset: 15, timestamp: 1500 });
    expect(await log.offsetForTimestamp(1721)).toBeNull();
    expect(await log.offsetForTimestamp(1719)).toEqual({ offset: 23, timestamp: 1720 });
  });

  it('rejects bad batches with typed errors and appends nothing', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock(), { maxMessageBytes: 200 });
    const corrupt = testBatch();
    corrupt[70] = corrupt[70]! ^ 1;
    await expectCode(log.appendAsLeader(corrupt, 0), 'CORRUPT_MESSAGE');
    await expectCode(log.appendAsLeader(testBatch({ payloadBytes: 300 }), 0), 'MESSAGE_TOO_LARGE');
    await expectCode(log.appendAsLeader(testBatch().subarray(0, 40), 0), 'CORRUPT_MESSAGE');
    await expectCode(log.appendAsLeader(new Uint8Array(0), 0), 'INVALID_REQUEST');
    await expectCode(log.appendAsFollower(testBatch({ baseOffset: 0, epoch: 3 })).then(() => log.appendAsFollower(testBatch({ baseOffset: 0, epoch: 3 }))), 'INVALID_REQUEST');
    expect(log.logEndOffset).toBe(1);
    expect(log.isOffline).toBe(false);
  });

  it('rolls segments by size and by age, and serves reads across them', async () => {
    const { fs } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock, { segmentBytes: 500, segmentMs: 60_000 });
    for (let i = 0; i < 10; i++) await log.appendAsLeader(testBatch({ payloadBytes: 100 }), 0);
    expect(log.segmentBaseOffsets()).toEqual([0, 3, 6, 9]);
    clock.time += 60_000;
    await log.appendAsLeader(testBatch(), 0);
    expect(log.segmentBaseOffsets()).toEqual([0, 3, 6, 9, 10]);
    expect((await readAll(log)).map(([b]) => b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reopens after a clean close with the same content, trusting its indexes', async () => {
    const { fs, disk, random } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock, { segmentBytes: 2000 });
    for (let i = 0; i < 40; i++) await log.appendAsLeader(testBatch({ count: 2, payloadBytes: 80, timestamp: 1000 + i }), Math.floor(i / 10));
    const before = await readAll(log);
    await log.close();
    expect(await fs.exists(`${dir}/.clean-shutdown`)).toBe(true);
    disk.crash(random, { tearLastWrite: true }); // after a clean close nothing is volatile
    const fs2 = disk.mount();
    const reopened = await openTestLog(fs2, dir, clock, { segmentBytes: 2000 });
    expect(await fs2.exists(`${dir}/.clean-shutdown`)).toBe(false);
    expect(await readAll(reopened)).toEqual(before);
    expect(reopened.epochs.entries()).toEqual(log.epochs.entries());
    expect(reopened.endOffsetForEpoch(1)).toEqual({ epoch: 1, endOffset: 40 });
    await reopened.appendAsLeader(testBatch(), 4);
    expect(reopened.logEndOffset).toBe(81);
  });

  it('keeps everything synced across power loss and cuts the torn tail', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { fs, disk, random } = await simDiskWithDir('/data', seed);
      const clock = new ManualClock();
      const log = await openTestLog(fs, dir, clock, { segmentBytes: 1000 });
      for (let i = 0; i < 12; i++) await log.appendAsLeader(testBatch({ payloadBytes: 90 }), 1);
      expect(await log.sync()).toBe(12);
      for (let i = 0; i < 5; i++) await log.appendAsLeader(testBatch({ payloadBytes: 90 }), 2);
      disk.crash(random, { tearLastWrite: true });
      const reopened = await openTestLog(disk.mount(), dir, clock, { segmentBytes: 1000 });
      expect(reopened.logEndOffset).toBeGreaterThanOrEqual(12);
      expect(reopened.logEndOffset).toBeLessThanOrEqual(17);
      expect(reopened.durableEndOffset).toBe(reopened.logEndOffset);
      expect((await readAll(reopened)).map(([b]) => b)).toEqual([...Array(reopened.logEndOffset).keys()]);
      expect(reopened.epochs.latestEpoch()).toBe(reopened.logEndOffset > 12 ? 2 : 1);
    }
  });

  it('group commit: concurrent syncs share fsyncs and each covers its own appends', async () => {
    const { fs } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock());
    await log.appendAsLeader(testBatch(), 0);
    const a = log.sync();
    await log.appendAsLeader(testBatch(), 0);
    const b = log.sync();
    const c = log.sync();
    expect(await a).toBeGreaterThanOrEqual(1);
    expect(await b).toBe(2);
    expect(await c).toBe(2);
    expect(log.durableEndOffset).toBe(2);
  });

  it('truncateTo cuts at a batch boundary, durably, and a crash cannot revive the cut bytes', async () => {
    const { fs, disk, random } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock, { segmentBytes: 400 });
    for (let i = 0; i < 10; i++) await log.appendAsLeader(testBatch({ count: 2, payloadBytes: 60 }), i < 5 ? 1 : 2);
    await log.sync();
    await log.checkpoint();
    expect(await log.truncateTo(13)).toBe(12); // 13 is inside the batch [12, 13]
    expect(log.endOffsetForEpoch(2)).toEqual({ epoch: 2, endOffset: 12 });
    await log.appendAsLeader(testBatch({ count: 2, payloadBytes: 60, tag: 99 }), 3);
    disk.crash(random, { tearLastWrite: false });
    const reopened = await openTestLog(disk.mount(), dir, clock, { segmentBytes: 400 });
    expect(reopened.logEndOffset).toBe(12);
    expect(reopened.epochs.latestEpoch()).toBe(2);
    expect((await readAll(reopened)).at(-1)).toEqual([10, 11]);
  });

  it('truncateFullyAndStartAt and deleteRecordsBefore move the log start durably', async () => {
    const { fs, disk, random } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock, { segmentBytes: 300 });
    for (let i = 0; i < 10; i++) await log.appendAsLeader(testBatch({ payloadBytes: 100 }), 0);
    await log.deleteRecordsBefore(5);
    expect(log.logStartOffset).toBe(5);
    expect(log.segmentBaseOffsets()[0]).toBeLessThanOrEqual(5);
    await expectCode(log.read(4, { maxBytes: 100 }), 'OFFSET_OUT_OF_RANGE');
    disk.crash(random, { tearLastWrite: false });
    const reopened = await openTestLog(disk.mount(), dir, clock, { segmentBytes: 300 });
    expect(reopened.logStartOffset).toBe(5);
    await reopened.truncateFullyAndStartAt(500);
    expect([reopened.logStartOffset, reopened.logEndOffset]).toEqual([500, 500]);
    await reopened.appendAsFollower(testBatch({ baseOffset: 500, epoch: 9 }));
    expect(reopened.logEndOffset).toBe(501);
  });

  it('retention deletes whole old segments by time and by size, never the active one', async () => {
    const { fs } = await simDiskWithDir('/data');
    const clock = new ManualClock(10_000_000);
    const log = await openTestLog(fs, dir, clock, { segmentBytes: 400, retentionMs: 1000, retentionBytes: -1 });
    for (let i = 0; i < 12; i++) await log.appendAsLeader(testBatch({ payloadBytes: 100, timestamp: i < 6 ? 5_000_000 : 9_999_900 }), 0);
    expect(log.segmentBaseOffsets()).toEqual([0, 2, 4, 6, 8, 10]);
    expect(await log.enforceRetention()).toBe(3);
    expect(log.logStartOffset).toBe(6);
    clock.time += 10_000;
    expect(await log.enforceRetention()).toBe(3);
    expect(log.logStartOffset).toBe(12);
    expect(log.logEndOffset).toBe(12);

    const sized = await openTestLog(fs, '/data/sized-0', clock, { segmentBytes: 400, retentionMs: -1, retentionBytes: 800 });
    for (let i = 0; i < 12; i++) await sized.appendAsLeader(testBatch({ payloadBytes: 100 }), 0);
    await sized.enforceRetention();
    expect(sized.sizeInBytes).toBeLessThanOrEqual(800 + 400);
    expect(sized.segmentBaseOffsets()).toEqual([6, 8, 10]);
  });

  it('goes offline with KAFKA_STORAGE_ERROR on a full disk or a failed fsync, and recovers on reopen', async () => {
    const { fs, disk } = await simDiskWithDir('/data');
    const clock = new ManualClock();
    const log = await openTestLog(fs, dir, clock);
    await log.appendAsLeader(testBatch(), 0);
    await log.sync();
    disk.enospc = true;
    await expectCode(log.appendAsLeader(testBatch(), 0), 'KAFKA_STORAGE_ERROR');
    expect(log.isOffline).toBe(true);
    await expectCode(log.read(0, { maxBytes: 100 }), 'KAFKA_STORAGE_ERROR');
    disk.enospc = false;
    const reopened = await openTestLog(disk.mount(), dir, clock);
    expect(reopened.logEndOffset).toBe(1);

    await reopened.appendAsLeader(testBatch(), 0);
    disk.syncFailureProbability = 1;
    await expectCode(reopened.sync(), 'KAFKA_STORAGE_ERROR');
    disk.syncFailureProbability = 0;
    await expectCode(reopened.sync(), 'KAFKA_STORAGE_ERROR');
  });

  it('reports a bit flip in synced data as CORRUPT_MESSAGE at read time', async () => {
    const { fs, disk, random } = await simDiskWithDir('/data');
    const log = await openTestLog(fs, dir, new ManualClock());
    await log.appendAsLeader(testBatch({ payloadBytes: 500 }), 0);
    await log.sync();
    const path = `${dir}/00000000000000000000.log`;
    let flipped = disk.bitFlip(path, random);
    while (flipped !== null && flipped.offset < 21) flipped = disk.bitFlip(path, random); // outside the CRC: keep flipping
    await expectCode(log.read(0, { maxBytes: 1 << 20 }), 'CORRUPT_MESSAGE');
    expect(log.isOffline).toBe(false);
  });
});
