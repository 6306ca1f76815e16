// Goal: LogManager opens every partition of every log dir (a broken one goes
// offline with a typed error instead of failing the node), spreads new logs
// over the dirs, deletes logs durably, turns I/O errors into offline
// partitions, and runs retention and checkpoints on the Clock port's schedule.

import { describe, expect, it } from 'vitest';
import { isSkiffError, type SkiffError } from '../../src/common/errors.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { silentLogger } from '../../src/env/logger.js';
import type { Clock } from '../../src/env/clock.js';
import type { FileSystem } from '../../src/env/file-system.js';
import { logConfig } from '../../src/storage/log/log-config.js';
import { LogManager, parsePartitionDirName, type TopicPartition } from '../../src/storage/log-manager.js';
import { Scheduler } from '../../sim/runtime/scheduler.js';
import { SimClock } from '../../sim/runtime/sim-clock.js';
import { SimDisk } from '../../sim/runtime/sim-file-system.js';
import { ManualClock, testBatch } from './log-fixture.js';

const dirs = ['/disk1/kafka', '/disk2/kafka'];

function manager(fs: FileSystem, clock: Clock, extra: Partial<Parameters<typeof LogManager.open>[0]> = {}): Promise<LogManager> {
  return LogManager.open({
    fs,
    clock,
    logger: silentLogger,
    logDirs: dirs,
    configFor: (topic) => logConfig(topic === 'short' ? { retentionMs: 1000, segmentBytes: 200 } : { segmentBytes: 1 << 20 }),
    ...extra,
  });
}

function newDisk(seed = 1): { disk: SimDisk; scheduler: Scheduler; random: SeededRandom } {
  const scheduler = new Scheduler();
  const random = SeededRandom.fromSeed(seed);
  return { disk: new SimDisk(scheduler, random.fork('disk')), scheduler, random };
}

const tp = (topic: string, partition: number): TopicPartition => ({ topic, partition });

describe('LogManager', () => {
  it('parses Kafka partition directory names', () => {
    expect(parsePartitionDirName('orders-0')).toEqual(tp('orders', 0));
    expect(parsePartitionDirName('my-topic-12')).toEqual(tp('my-topic', 12));
    expect(parsePartitionDirName('meta.properties')).toBeNull();
    expect(parsePartitionDirName('orders-x')).toBeNull();
  });

  it('creates logs spread over the log dirs and reopens all of them', async () => {
    const { disk, random } = newDisk();
    const clock = new ManualClock();
    const logs = await manager(disk.mount(), clock);
    for (let p = 0; p < 6; p++) {
      const log = await logs.getOrCreateLog(tp('orders', p));
      await log.appendAsLeader(testBatch({ count: p + 1 }), 0);
      await log.sync();
    }
    const perDir = await Promise.all(dirs.map(async (d) => (await disk.mount().list(d)).length));
    expect(perDir).toEqual([3, 3]);
    disk.crash(random, { tearLastWrite: true });
    const reopened = await manager(disk.mount(), clock);
    expect(reopened.size).toBe(6);
    for (let p = 0; p < 6; p++) expect(reopened.requireLog(tp('orders', p)).logEndOffset).toBe(p + 1);
    const error = (() => {
      try {
        reopened.requireLog(tp('nope', 0));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(isSkiffError(error) && error.code).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    await reopened.close();
  });

  it('a partition that fails to open is offline with KAFKA_STORAGE_ERROR; the others serve', async () => {
    const { disk, random } = newDisk();
    const clock = new ManualClock();
    const logs = await manager(disk.mount(), clock);
    for (const p of [0, 1]) await (await logs.getOrCreateLog(tp('orders', p))).appendAsLeader(testBatch(), 0);
    await logs.close();
    // Corrupt partition 1's checkpoint file: its log cannot be trusted until an operator looks.
    const fs = disk.mount();
    const dir1 = (await fs.exists('/disk1/kafka/orders-1')) ? '/disk1/kafka/orders-1' : '/disk2/kafka/orders-1';
    expect(disk.bitFlip(`${dir1}/log-offsets-checkpoint`, random)).not.toBeNull();
    const offline: string[] = [];
    const reopened = await manager(fs, clock, { onOffline: (t, e) => offline.push(`${t.topic}-${t.partition}:${e.code}`) });
    expect(reopened.requireLog(tp('orders', 0)).logEndOffset).toBe(1);
    expect(() => reopened.requireLog(tp('orders', 1))).toThrow(/KAFKA_STORAGE_ERROR/);
    expect(offline).toEqual(['orders-1:KAFKA_STORAGE_ERROR']);
    expect(reopened.offlinePartitions().map((o) => o.tp)).toEqual([tp('orders', 1)]);
  });

  it('a disk-full append takes only that partition offline', async () => {
    const { disk } = newDisk();
    const clock = new ManualClock();
    const offline: SkiffError[] = [];
    const logs = await manager(disk.mount(), clock, { onOffline: (_t, e) => offline.push(e) });
    const a = await logs.getOrCreateLog(tp('a', 0));
    const b = await logs.getOrCreateLog(tp('b', 0));
    disk.enospc = true;
    await expect(a.appendAsLeader(testBatch(), 0)).rejects.toThrow(/KAFKA_STORAGE_ERROR/);
    // Reported by the failing append itself, not on the next lookup: the node's fail-stop policy hangs on it.
    expect(offline).toHaveLength(1);
    disk.enospc = false;
    expect(() => logs.requireLog(tp('a', 0))).toThrow(/KAFKA_STORAGE_ERROR/);
    expect(offline).toHaveLength(1);
    await b.appendAsLeader(testBatch(), 0);
    expect(logs.requireLog(tp('b', 0)).logEndOffset).toBe(1);
    await logs.close(); // closes what it can, never throws
  });

  it('a failed fsync reports the partition offline at once', async () => {
    const { disk } = newDisk();
    const offline: string[] = [];
    const logs = await manager(disk.mount(), new ManualClock(), { onOffline: (t, e) => offline.push(`${t.topic}-${t.partition}:${e.code}`) });
    const log = await logs.getOrCreateLog(tp('synced', 0));
    await log.appendAsLeader(testBatch(), 0);
    disk.syncFailureProbability = 1;
    await expect(log.sync()).rejects.toThrow(/KAFKA_STORAGE_ERROR/);
    expect(offline).toEqual(['synced-0:KAFKA_STORAGE_ERROR']);
    expect(log.durableEndOffset).toBe(0);
  });

  it('deletes a log durably: a crash right after cannot bring it back', async () => {
    const { disk, random } = newDisk();
    const clock = new ManualClock();
    const logs = await manager(disk.mount(), clock);
    await (await logs.getOrCreateLog(tp('gone', 0))).appendAsLeader(testBatch(), 0);
    await logs.getOrCreateLog(tp('kept', 0));
    await logs.deleteLog(tp('gone', 0));
    disk.crash(random, { tearLastWrite: false });
    const reopened = await manager(disk.mount(), clock);
    expect(reopened.partitions()).toEqual([tp('kept', 0)]);
  });

  it('runs retention and checkpoints on the clock, and stops on close', async () => {
    const { disk, scheduler } = newDisk();
    const clock = new SimClock(scheduler, { label: 'test' });
    const logs = await manager(disk.mount(), clock, { retentionCheckIntervalMs: 5000, checkpointIntervalMs: 2000 });
    const log = await logs.getOrCreateLog(tp('short', 0));
    for (let i = 0; i < 6; i++) await log.appendAsLeader(testBatch({ payloadBytes: 100, timestamp: clock.now() }), 0);
    await log.sync();
    expect(log.segmentCount).toBeGreaterThan(2);
    expect(log.recoveryPoint).toBe(0);
    logs.startMaintenance();
    await scheduler.run({ untilMs: scheduler.now + 2500 });
    expect(log.recoveryPoint).toBe(6);
    expect(log.logStartOffset).toBe(0); // retention has not run yet
    await scheduler.run({ untilMs: scheduler.now + 5000 });
    expect(log.logStartOffset).toBe(6);
    await logs.close();
    await scheduler.run({ untilMs: scheduler.now + 60_000 });
  });
});
