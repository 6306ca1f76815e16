// Goal: a broker that comes back as a new incarnation always leaves the ISR;
// it stays an eligible leader replica (or becomes one, when its leaving takes
// the ISR below min.insync.replicas) only if its disks are the same (equal,
// non-empty directory ids) and acks are durable (log.flush.on.ack). So a
// power loss on every node does not take partitions offline for good, a
// re-formatted disk is never elected from the ELR, and with durable acks off
// the controller behaves as Kafka does (a restart leaves the ELR too).
// Method: the controller's pure commands (registerBroker, fenceBroker,
// unfenceBroker, createTopics) run against a MetadataImage that replays their
// records, one entry per command, as the active controller would; plus a
// property over random fence/restart/unfence interleavings.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { createTopics, fenceBroker, registerBroker, unfenceBroker, type ControllerConfig } from '../../src/controller/commands.js';
import { MetadataImage, type PartitionImage } from '../../src/metadata/image.js';
import type { MetadataRecord } from '../../src/metadata/records.js';

const baseConfig: ControllerConfig = {
  clusterId: 'c',
  defaultPartitions: 1,
  defaultReplicationFactor: 3,
  defaultMinIsr: 2,
  uncleanLeaderElection: false,
  durableAcks: true,
};

/** Brokers 1..3, each on its own disk, and topic `t` (one partition, replicas [1,2,3], min ISR 2). */
class Cluster {
  image = MetadataImage.empty();
  private offset = 0;
  private readonly incarnations = new Map<number, number>();
  readonly dirs = new Map<number, string[]>([[1, ['d1-log', 'd1-meta']], [2, ['d2-log', 'd2-meta']], [3, ['d3-log', 'd3-meta']]]);
  /** The partition's leaders, in order (tests clear it to watch from a point on). */
  readonly leaders: number[] = [];

  constructor(readonly config: ControllerConfig = baseConfig) {
    for (const id of [1, 2, 3]) this.restart(id);
    for (const id of [1, 2, 3]) this.unfence(id);
    this.apply(createTopics(this.image, config, SeededRandom.fromSeed(1), [{ name: 't', numPartitions: 1, replicationFactor: 3, configs: {} }]).records);
    expect(this.partition).toMatchObject({ replicas: [1, 2, 3], isr: [1, 2, 3], elr: [], leader: 1 });
  }

  get partition(): PartitionImage {
    return this.image.partition('t', 0)!;
  }

  /** A new process (new incarnation id) registers; `format` first gives its disks new directory ids. */
  restart(id: number, options: { format?: boolean } = {}): void {
    const incarnation = (this.incarnations.get(id) ?? 0) + 1;
    this.incarnations.set(id, incarnation);
    if (options.format === true) this.dirs.set(id, this.dirs.get(id)!.map((d) => `${d}-${incarnation}`));
    const decision = registerBroker(
      this.image,
      this.config,
      { clusterId: 'c', brokerId: id, incarnationId: `b${id}-${incarnation}`, endpoints: [], rack: null, logDirIds: this.dirs.get(id)! },
      () => false,
    );
    this.apply(decision.records);
  }

  fence(id: number): void {
    this.apply(fenceBroker(this.image, this.config, id));
  }

  unfence(id: number): void {
    this.apply(unfenceBroker(this.image, this.config, id));
  }

  private apply(records: readonly MetadataRecord[]): void {
    if (records.length === 0) return;
    this.image = this.image.apply(records, this.offset++, 1);
    const leader = this.image.partition('t', 0)?.leader;
    if (leader !== undefined && leader !== -1 && leader !== this.leaders.at(-1)) this.leaders.push(leader);
  }
}

describe('a broker restarting as a new incarnation', () => {
  it('always leaves the ISR; above min ISR it does not enter the ELR', () => {
    const c = new Cluster();
    c.restart(1);
    expect(c.partition).toMatchObject({ isr: [2, 3], elr: [], leader: 2 });
  });

  it('(i) all three restart on intact disks before being fenced: the partition is led from the ELR once they are unfenced', () => {
    const c = new Cluster();
    c.restart(1);
    c.restart(2);
    expect(c.partition).toMatchObject({ isr: [3], elr: [2], leader: 3 });
    c.restart(3);
    // Broker 1 left while the ISR was still at min ISR, so records committed after it left may be missing on it.
    expect(c.partition).toMatchObject({ isr: [], elr: [2, 3], leader: -1 });
    c.unfence(1);
    expect(c.partition).toMatchObject({ isr: [], elr: [2, 3], leader: -1 });
    c.unfence(2);
    expect(c.partition).toMatchObject({ isr: [2], elr: [3], leader: 2 });
    c.unfence(3);
    expect(c.partition.leader).toBe(2);
  });

  it('(i) all three are fenced by session expiry, then restart on intact disks: led from the ELR once unfenced', () => {
    const c = new Cluster();
    for (const id of [1, 2, 3]) c.fence(id);
    expect(c.partition).toMatchObject({ isr: [], elr: [2, 3], leader: -1 });
    for (const id of [3, 1, 2]) c.restart(id);
    expect(c.partition).toMatchObject({ isr: [], elr: [2, 3], leader: -1 });
    c.unfence(3);
    expect(c.partition).toMatchObject({ isr: [3], elr: [2], leader: 3 });
    c.unfence(1);
    c.unfence(2);
    expect(c.partition.leader).toBe(3);
  });

  it('(ii) a broker whose disk was re-formatted leaves the ISR and the ELR and is never elected from the ELR', () => {
    const c = new Cluster();
    c.restart(1);
    c.restart(2);
    c.restart(3, { format: true });
    expect(c.partition).toMatchObject({ isr: [], elr: [2], leader: -1 });
    c.leaders.length = 0;
    // Broker 3 is the first live broker, but it holds nothing: the partition stays offline.
    c.unfence(3);
    expect(c.partition).toMatchObject({ isr: [], elr: [2], leader: -1 });
    c.unfence(1);
    expect(c.partition.leader).toBe(-1);
    c.unfence(2);
    expect(c.partition).toMatchObject({ isr: [2], elr: [], leader: 2 });
    expect(c.leaders).toEqual([2]);
  });

  it('(ii) a re-formatted broker already in the ELR is dropped from it; if it was the only one, the partition stays offline', () => {
    const c = new Cluster();
    for (const id of [1, 2, 3]) c.fence(id);
    expect(c.partition.elr).toEqual([2, 3]);
    c.restart(2, { format: true });
    expect(c.partition).toMatchObject({ isr: [], elr: [3], leader: -1 });
    c.restart(3, { format: true });
    expect(c.partition).toMatchObject({ isr: [], elr: [], leader: -1 });
    c.leaders.length = 0;
    for (const id of [2, 3]) c.unfence(id);
    c.restart(1);
    c.unfence(1);
    expect(c.partition).toMatchObject({ isr: [], elr: [], leader: -1 });
    expect(c.leaders).toEqual([]);
  });

  it('a previous registration without directory ids (written before they existed) counts as different disks', () => {
    const register = (brokerId: number, logDirIds: string[]): MetadataRecord => ({ type: 'RegisterBroker', brokerId, incarnationId: `old-${brokerId}`, endpoints: [], rack: null, fenced: true, logDirIds });
    const image = MetadataImage.empty()
      .apply([register(1, ['d1']), register(2, []), register(3, ['d3'])], 0)
      .apply([{ type: 'Topic', name: 't', topicId: 'T' }, { type: 'Partition', topicId: 'T', partition: 0, replicas: [1, 2, 3], isr: [], elr: [2, 3], leader: -1, leaderEpoch: 3, partitionEpoch: 5 }], 1);
    const restart = (brokerId: number, logDirIds: string[]) =>
      registerBroker(image, baseConfig, { clusterId: 'c', brokerId, incarnationId: `new-${brokerId}`, endpoints: [], rack: null, logDirIds }, () => false).records;
    expect(restart(2, ['d2'])).toEqual([
      { type: 'PartitionChange', topicId: 'T', partition: 0, elr: [3] },
      { type: 'RegisterBroker', brokerId: 2, incarnationId: 'new-2', endpoints: [], rack: null, fenced: true, logDirIds: ['d2'] },
    ]);
    expect(restart(3, ['d3'])).toEqual([{ type: 'RegisterBroker', brokerId: 3, incarnationId: 'new-3', endpoints: [], rack: null, fenced: true, logDirIds: ['d3'] }]);
    // Same disks listed in another order are the same disks; one disk more or less is not.
    expect(restart(1, ['d1'])).toHaveLength(1);
    expect(restart(3, ['d3', 'd4'])).toHaveLength(2);
  });

  it('(iii) with durableAcks=false a restart leaves the ELR too, as in Kafka: a power loss on every node leaves the partition offline', () => {
    const c = new Cluster({ ...baseConfig, durableAcks: false });
    c.restart(1);
    c.restart(2);
    expect(c.partition).toMatchObject({ isr: [3], elr: [], leader: 3 });
    c.restart(3);
    expect(c.partition).toMatchObject({ isr: [], elr: [], leader: -1 });
    for (const id of [1, 2, 3]) c.unfence(id);
    expect(c.partition).toMatchObject({ isr: [], elr: [], leader: -1 });

    const fencedFirst = new Cluster({ ...baseConfig, durableAcks: false });
    for (const id of [1, 2, 3]) fencedFirst.fence(id);
    expect(fencedFirst.partition.elr).toEqual([2, 3]);
    for (const id of [1, 2, 3]) fencedFirst.restart(id);
    expect(fencedFirst.partition).toMatchObject({ isr: [], elr: [], leader: -1 });
  });

  it('on intact disks with durable acks, the ISR ∪ ELR never empties and the partition is led once every broker is back', () => {
    const op = fc.record({ kind: fc.constantFrom('fence', 'restart', 'unfence'), broker: fc.constantFrom(1, 2, 3) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const c = new Cluster();
        for (const { kind, broker } of ops) {
          if (kind === 'fence') c.fence(broker);
          else if (kind === 'restart') c.restart(broker);
          else c.unfence(broker);
          const p = c.partition;
          expect(p.isr.length + p.elr.length, JSON.stringify(p)).toBeGreaterThan(0);
        }
        for (const id of [1, 2, 3]) c.unfence(id);
        expect(c.partition.leader).not.toBe(-1);
      }),
      { numRuns: 300 },
    );
  });
});
