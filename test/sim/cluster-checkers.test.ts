// Goal: every checker of the cluster scenario has teeth — fed a deliberately
// broken image, image sequence, log, controller history or topic answer, it
// reports the violation it names; fed the correct one, it stays quiet.
// Method: images are built with MetadataImage.apply (replay does not check
// leadership rules, so a broken state is easy to write down); the
// ClusterInvariants spies' inputs are called directly, as the hosts would.

import { describe, expect, it } from 'vitest';
import { nodeId } from '../../src/common/ids.js';
import { MetadataImage } from '../../src/metadata/image.js';
import { decodeRecordBatch, encodeRecordBatch } from '../../src/metadata/record-codec.js';
import type { MetadataRecord, PartitionRecord } from '../../src/metadata/records.js';
import type { LogEntry } from '../../src/raft/types.js';
import { epochRegressions, partitionViolations, restartViolations } from '../../sim/cluster/image-checks.js';
import { ClusterInvariants } from '../../sim/cluster/invariants.js';
import { clusterWireCodec } from '../../sim/cluster/wire.js';

const n1 = nodeId(1);
const n2 = nodeId(2);

const register = (brokerId: number, fenced = false): MetadataRecord => ({ type: 'RegisterBroker', brokerId, incarnationId: `inc-${brokerId}`, endpoints: [], rack: null, fenced, logDirIds: [`dir-${brokerId}`] });
const topic: MetadataRecord = { type: 'Topic', name: 'orders', topicId: 'T1' };
const partition = (fields: Partial<PartitionRecord> = {}): PartitionRecord => ({
  type: 'Partition',
  topicId: 'T1',
  partition: 0,
  replicas: [1, 2, 3],
  isr: [1, 2, 3],
  elr: [],
  leader: 1,
  leaderEpoch: 0,
  partitionEpoch: 0,
  ...fields,
});

/** Brokers 1..3 (registered at offsets 0..2, unfenced unless listed) and topic `orders` with one partition. */
function cluster(p: Partial<PartitionRecord> = {}, fenced: number[] = []): MetadataImage {
  let image = MetadataImage.empty();
  for (const id of [1, 2, 3]) image = image.apply([register(id, fenced.includes(id))], id - 1, 1);
  return image.apply([topic, partition(p)], 3, 1);
}

const kinds = (problems: string[]): string[] => problems.map((p) => p.split(':')[0]!);
const decodeRecords = (entry: LogEntry): MetadataRecord[] => decodeRecordBatch(entry.data);

describe('partitionViolations', () => {
  it('accepts a healthy partition and an offline one', () => {
    expect(partitionViolations(cluster())).toEqual([]);
    expect(partitionViolations(cluster({ leader: -1, isr: [], elr: [2] }, [1, 2, 3]))).toEqual([]);
  });

  it('catches a leader outside the ISR', () => {
    expect(kinds(partitionViolations(cluster({ leader: 1, isr: [2, 3] })))).toContain('leader-in-isr');
  });

  it('catches ISR or ELR outside the replicas, and an ISR/ELR overlap', () => {
    expect(kinds(partitionViolations(cluster({ isr: [1, 4] })))).toContain('isr-subset-of-replicas');
    expect(kinds(partitionViolations(cluster({ elr: [5] })))).toContain('elr-subset-of-replicas');
    expect(kinds(partitionViolations(cluster({ isr: [1, 2], elr: [2] })))).toContain('isr-elr-disjoint');
  });

  it('catches a fenced, shutting-down or unregistered leader, and a fenced ISR member', () => {
    expect(kinds(partitionViolations(cluster({}, [1])))).toContain('fenced-broker-leads-nothing');
    const shuttingDown = cluster().apply([{ type: 'BrokerRegistrationChange', brokerId: 1, brokerEpoch: 0, fenced: null, inControlledShutdown: true }], 4, 1);
    expect(kinds(partitionViolations(shuttingDown))).toContain('shutting-down-broker-leads-nothing');
    expect(kinds(partitionViolations(cluster({ replicas: [7, 1], isr: [7, 1], leader: 7 })))).toContain('leader-is-registered');
    expect(kinds(partitionViolations(cluster({ leader: 2 }, [1])))).toContain('isr-members-active');
  });
});

describe('epochRegressions', () => {
  const before = cluster({ leaderEpoch: 4, partitionEpoch: 7 });

  it('accepts the epochs that replay gives a leader change', () => {
    const after = before.apply([{ type: 'PartitionChange', topicId: 'T1', partition: 0, leader: 2, isr: [2, 3] }], 4, 1);
    expect(epochRegressions(before, after)).toEqual([]);
  });

  it('catches a leaderEpoch or partitionEpoch going back', () => {
    const after = before.apply([partition({ leaderEpoch: 3, partitionEpoch: 8 })], 4, 1);
    expect(kinds(epochRegressions(before, after))).toContain('monotonic-leader-epoch');
    const after2 = before.apply([partition({ leaderEpoch: 4, partitionEpoch: 6 })], 4, 1);
    expect(kinds(epochRegressions(before, after2))).toContain('monotonic-partition-epoch');
  });

  it('catches a new leader without a new leader epoch, and a change without a new partition epoch', () => {
    const newLeader = before.apply([partition({ leader: 2, leaderEpoch: 4, partitionEpoch: 8 })], 4, 1);
    expect(kinds(epochRegressions(before, newLeader))).toContain('new-leader-new-epoch');
    const shrunk = before.apply([partition({ isr: [1, 2], leaderEpoch: 4, partitionEpoch: 7 })], 4, 1);
    expect(kinds(epochRegressions(before, shrunk))).toContain('change-bumps-partition-epoch');
  });
});

describe('restartViolations', () => {
  const before = cluster({ leader: 1, isr: [1], elr: [2] }, [3]);
  const restart = (brokerId: number, logDirIds: string[]): MetadataRecord => ({ type: 'RegisterBroker', brokerId, incarnationId: `new-${brokerId}`, endpoints: [], rack: null, fenced: true, logDirIds });
  const emptied = { type: 'PartitionChange', topicId: 'T1', partition: 0, leader: -1, isr: [], elr: [] } as const;
  const intoElr = { type: 'PartitionChange', topicId: 'T1', partition: 0, leader: -1, isr: [], elr: [1, 2] } as const;

  it('accepts an emptied ISR ∪ ELR when a member came back on a re-formatted disk', () => {
    const after = before.apply([emptied, restart(2, ['dir-2-new'])], 4, 1);
    expect(restartViolations(before, after, true)).toEqual([]);
  });

  it('accepts a restart on intact disks that keeps the broker in the ELR (durable acks)', () => {
    const after = before.apply([intoElr, restart(1, ['dir-1'])], 4, 1);
    expect(restartViolations(before, after, true)).toEqual([]);
  });

  it('catches an ISR ∪ ELR emptied by restarts on intact disks, or with no restart at all (durable acks)', () => {
    const intact = before.apply([emptied, restart(1, ['dir-1'])], 4, 1);
    expect(kinds(restartViolations(before, intact, true))).toEqual(['committed-replicas-kept']);
    const noRestart = before.apply([emptied], 4, 1);
    expect(kinds(restartViolations(before, noRestart, true))).toEqual(['committed-replicas-kept']);
    expect(restartViolations(before, intact, false)).toEqual([]);
  });

  it('catches a broker left in the ELR after coming back on other disks, or without durable acks', () => {
    const formatted = before.apply([{ type: 'PartitionChange', topicId: 'T1', partition: 0, leader: -1, isr: [], elr: [1, 2] }, restart(2, ['dir-2-new'])], 4, 1);
    expect(kinds(restartViolations(before, formatted, true))).toEqual(['lost-data-leaves-elr']);
    const intact = before.apply([intoElr, restart(1, ['dir-1'])], 4, 1);
    expect(kinds(restartViolations(before, intact, false))).toEqual(['lost-data-leaves-elr']);
  });
});

/** Drives ClusterInvariants the way the hosts' spies do. */
class Harness {
  nowMs = 0;
  readonly inv = new ClusterInvariants(() => this.nowMs);
  private readonly images = new Map<string, MetadataImage>();

  /** Node `node` (incarnation 1) proposes `records` at (offset, epoch) as the controller of `epoch`, then applies them. */
  write(node: number, offset: number, epoch: number, records: readonly MetadataRecord[]): LogEntry {
    this.inv.onProposed(nodeId(node), 1, offset, epoch, epoch);
    return this.apply(node, { offset, epoch, kind: 'data', data: encodeRecordBatch(records) });
  }

  apply(node: number, entry: LogEntry, image?: MetadataImage): LogEntry {
    const key = String(node);
    const next = image ?? (this.images.get(key) ?? MetadataImage.empty()).apply(decodeRecords(entry), entry.offset, entry.epoch);
    this.images.set(key, next);
    this.inv.onApplied(nodeId(node), 1, entry, next);
    return entry;
  }

  get found(): string[] {
    return this.inv.violations.map((v) => v.invariant);
  }
}

describe('ClusterInvariants: the committed log and every image', () => {
  it('stays quiet when two nodes apply the same entries', () => {
    const h = new Harness();
    const e0 = h.write(1, 0, 1, [register(1)]);
    const e1 = h.write(1, 2, 1, [{ type: 'NoOp' }]);
    h.apply(2, e0);
    h.apply(2, e1);
    expect(h.found).toEqual([]);
    expect(h.inv.committedOffsets).toBe(2);
  });

  it('catches different committed entries at one offset', () => {
    const h = new Harness();
    h.write(1, 0, 1, [register(1)]);
    h.apply(2, { offset: 0, epoch: 1, kind: 'data', data: encodeRecordBatch([register(2)]) });
    expect(h.found).toContain('committed-prefix-identical');
  });

  it('catches an image that is not the replay of the log (after an entry, and after a snapshot restore)', () => {
    const h = new Harness();
    const e0 = h.write(1, 0, 1, [register(1)]);
    h.apply(2, e0, MetadataImage.empty().apply([register(1, true)], 0, 1));
    expect(h.found).toContain('image-is-replay-of-log');

    const h2 = new Harness();
    h2.write(1, 0, 1, [register(1)]);
    h2.inv.onRestored(n2, 1, MetadataImage.empty().apply([register(9)], 0, 1));
    expect(h2.found).toContain('image-is-replay-of-log');
  });

  it('catches a NoOp whose image is not the previous one moved on', () => {
    const h = new Harness();
    const e0 = h.write(1, 0, 1, [register(1)]);
    h.apply(2, e0);
    const e1 = h.write(1, 1, 1, [{ type: 'NoOp' }]);
    h.apply(2, e1, MetadataImage.empty().apply([register(1)], 0, 1)); // stuck at offset 0
    expect(h.found).toContain('image-is-replay-of-log');
  });

  it('catches a committed image that breaks the partition rules, or epochs going back on one node', () => {
    const h = new Harness();
    h.write(1, 0, 1, [register(1), register(2), register(3), topic, partition({ isr: [2, 3] })]);
    expect(h.found).toContain('leader-in-isr');

    const h2 = new Harness();
    h2.write(1, 0, 1, [register(1), register(2), register(3), topic, partition({ leaderEpoch: 5 })]);
    h2.write(1, 1, 1, [partition({ leaderEpoch: 2, partitionEpoch: 1 })]);
    expect(h2.found).toContain('monotonic-leader-epoch');
  });
});

describe('ClusterInvariants: broker lifecycle', () => {
  it('catches an unfence of a broker that has not applied its own registration', () => {
    const applied = new Map([[2, 1]]); // broker 2 registered at offset 1, has applied only offset 0
    const inv = new ClusterInvariants(() => 0, (brokerId) => applied.get(brokerId) ?? null);
    inv.onProposed(n1, 1, 0, 1, 1);
    inv.onApplied(n1, 1, { offset: 0, epoch: 1, kind: 'data', data: encodeRecordBatch([register(1, true)]) }, MetadataImage.empty().apply([register(1, true)], 0, 1));
    const image1 = MetadataImage.empty().apply([register(1, true)], 0, 1).apply([register(2, true)], 1, 1);
    inv.onProposed(n1, 1, 1, 1, 1);
    inv.onApplied(n1, 1, { offset: 1, epoch: 1, kind: 'data', data: encodeRecordBatch([register(2, true)]) }, image1);
    const unfence = (brokerId: number, brokerEpoch: number): MetadataRecord => ({ type: 'BrokerRegistrationChange', brokerId, brokerEpoch, fenced: false, inControlledShutdown: null });
    inv.onProposed(n1, 1, 2, 1, 1);
    inv.onApplied(n1, 1, { offset: 2, epoch: 1, kind: 'data', data: encodeRecordBatch([unfence(1, 0)]) }, image1.apply([unfence(1, 0)], 2, 1));
    expect(inv.violations).toEqual([]); // broker 1's incarnation is not running: nothing to judge
    inv.onProposed(n1, 1, 3, 1, 1);
    inv.onApplied(n1, 1, { offset: 3, epoch: 1, kind: 'data', data: encodeRecordBatch([unfence(2, 1)]) }, image1.apply([unfence(1, 0)], 2, 1).apply([unfence(2, 1)], 3, 1));
    expect(inv.violations.map((v) => v.invariant)).toEqual(['unfence-after-catch-up']);
  });
});

describe('ClusterInvariants: controllers', () => {
  it('catches two active controllers in one epoch, and one that does not lead the quorum', () => {
    const h = new Harness();
    h.inv.observeActiveController(n1, 1, 5);
    h.inv.observeActiveController(n1, 1, 5);
    expect(h.found).toEqual([]);
    h.inv.observeActiveController(n2, 1, 5);
    expect(h.found).toContain('one-active-controller-per-epoch');

    const h2 = new Harness();
    h2.inv.observeQuorumLeader(n1, 7, n1);
    h2.inv.observeActiveController(n2, 1, 7);
    expect(h2.found).toContain('active-controller-leads-quorum');
  });

  it('catches two quorum leaders in one epoch', () => {
    const h = new Harness();
    h.inv.observeQuorumLeader(n1, 3, n1);
    h.inv.observeQuorumLeader(n2, 3, n2);
    expect(h.found).toContain('single-leader-per-epoch');
  });

  it('catches two writers in one epoch, and a write outside the controller epoch', () => {
    const h = new Harness();
    h.inv.onProposed(n1, 1, 10, 4, 4);
    h.inv.onProposed(n2, 3, 11, 4, 4);
    expect(h.found).toContain('one-writer-per-epoch');

    const h2 = new Harness();
    h2.inv.onProposed(n1, 1, 10, 5, 4);
    expect(h2.found).toContain('controller-writes-in-its-own-epoch');
  });

  it('catches a committed entry no active controller proposed', () => {
    const h = new Harness();
    h.inv.observeActiveController(n1, 1, 2);
    h.inv.onProposed(n2, 1, 0, 2, 2); // not the active one (and a second writer)
    h.apply(2, { offset: 0, epoch: 2, kind: 'data', data: encodeRecordBatch([register(1)]) });
    expect(h.found).toContain('committed-entry-from-active-controller');

    const h2 = new Harness();
    h2.apply(1, { offset: 0, epoch: 2, kind: 'data', data: encodeRecordBatch([register(1)]) });
    expect(h2.found).toContain('committed-entry-from-active-controller');
  });
});

describe('ClusterInvariants: topic answers against the committed log', () => {
  /** `orders` created at t=100 (offset 3) and removed at t=300 (offset 5). */
  function history(): Harness {
    const h = new Harness();
    h.nowMs = 10;
    h.write(1, 0, 1, [register(1), register(2), register(3)]);
    h.nowMs = 100;
    h.write(1, 3, 1, [topic, partition()]);
    h.nowMs = 300;
    h.write(1, 5, 1, [{ type: 'RemoveTopic', topicId: 'T1' }]);
    return h;
  }

  it('accepts answers some committed state in their window supports', () => {
    const h = history();
    h.nowMs = 150;
    h.inv.checkTopicAnswer('create', 'orders', 'ok', 90, 'T1');
    h.inv.checkTopicAnswer('create', 'orders', 'exists', 120);
    h.inv.checkTopicAnswer('delete', 'orders', 'unknown', 50);
    h.nowMs = 320;
    h.inv.checkTopicAnswer('delete', 'orders', 'ok', 250);
    h.inv.checkTopicAnswer('delete', 'orders', 'unknown', 200);
    h.inv.checkTopicAnswer('create', 'orders', 'exists', 200);
    expect(h.found).toEqual([]);
  });

  it('catches an acknowledged create or delete that did not commit in its window', () => {
    const h = history();
    h.nowMs = 150;
    h.inv.checkTopicAnswer('create', 'orders', 'ok', 120, 'T1'); // committed before the request
    h.inv.checkTopicAnswer('create', 'orders', 'ok', 90, 'T9'); // another id
    h.inv.checkTopicAnswer('delete', 'orders', 'ok', 110); // removal commits only at 300
    expect(h.found).toEqual(['acknowledged-topic-write-committed', 'acknowledged-topic-write-committed', 'acknowledged-topic-write-committed']);
  });

  it('catches answers read from uncommitted state', () => {
    const h = history();
    h.nowMs = 60;
    h.inv.checkTopicAnswer('create', 'orders', 'exists', 20); // created only at 100
    h.nowMs = 250;
    h.inv.checkTopicAnswer('delete', 'orders', 'unknown', 150); // removed only at 300
    expect(h.found).toEqual(['answer-reflects-committed-state', 'answer-reflects-committed-state']);
  });
});

describe('clusterWireCodec', () => {
  it('round-trips each service through its protobuf codec, and reports bytes that do not decode', () => {
    const errors: string[] = [];
    const codec = clusterWireCodec((method, kind) => errors.push(`${kind} ${method}`));
    const request = { topics: [{ name: 'orders', numPartitions: 3, replicationFactor: 2, configs: { 'min.insync.replicas': '2' } }] };
    expect(codec.decode('broker.CreateTopics', 'request', codec.encode('broker.CreateTopics', 'request', request))).toEqual(request);
    expect(codec.decode('controller.DeleteTopics', 'request', codec.encode('controller.DeleteTopics', 'request', { names: ['a'] }))).toEqual({ names: ['a'] });
    expect(() => codec.decode('raft.Fetch', 'response', new Uint8Array([0xff, 0xff, 0xff]))).toThrow();
    expect(errors).toEqual(['response raft.Fetch']);
  });
});
