// Committed offsets of every group a coordinator holds, in two views: the
// latest (every replayed OffsetCommit record, used to decide writes) and the
// committed one (only records below the partition's high watermark, used to
// answer OffsetFetch). Reading only committed offsets is what keeps a
// consumer from ever seeing an offset that a coordinator failover then loses,
// so committed group offsets never move backwards (DESIGN.md §9).
// Pure: replay and advanceHighWatermark are the only mutations; no I/O.
//
// Invariants: pending writes are ordered by log offset, all ≥ highWatermark;
// the committed view equals the latest view once the high watermark passes
// the last replayed record.

import { assert } from '../common/assert.js';
import type { OffsetCommitValue } from './records.js';

type OffsetsByGroup = Map<string, Map<string, Map<number, OffsetCommitValue>>>;

interface PendingWrite {
  readonly logOffset: number;
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  readonly value: OffsetCommitValue | null;
}

export class OffsetStore {
  private readonly latest: OffsetsByGroup = new Map();
  private readonly committed: OffsetsByGroup = new Map();
  private pending: PendingWrite[] = [];
  private pendingHead = 0;
  private highWatermark = 0;

  replay(groupId: string, topic: string, partition: number, value: OffsetCommitValue | null, logOffset: number): void {
    setOffset(this.latest, groupId, topic, partition, value);
    if (logOffset < this.highWatermark) {
      assert(this.pending.length === this.pendingHead, 'a record below the high watermark replayed after pending ones');
      setOffset(this.committed, groupId, topic, partition, value);
    } else {
      this.pending.push({ logOffset, groupId, topic, partition, value });
    }
  }

  /** Everything below `highWatermark` is committed: fetches now see it. */
  advanceHighWatermark(highWatermark: number): void {
    if (highWatermark <= this.highWatermark) return;
    this.highWatermark = highWatermark;
    while (this.pendingHead < this.pending.length && this.pending[this.pendingHead]!.logOffset < highWatermark) {
      const write = this.pending[this.pendingHead++]!;
      setOffset(this.committed, write.groupId, write.topic, write.partition, write.value);
    }
    if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.pendingHead);
      this.pendingHead = 0;
    }
  }

  latestOffset(groupId: string, topic: string, partition: number): OffsetCommitValue | undefined {
    return this.latest.get(groupId)?.get(topic)?.get(partition);
  }

  /** The group's offsets as replayed, topic → partition → value. */
  latestOffsets(groupId: string): ReadonlyMap<string, ReadonlyMap<number, OffsetCommitValue>> {
    return this.latest.get(groupId) ?? new Map();
  }

  /** The group's offsets below the high watermark. */
  committedOffsets(groupId: string): ReadonlyMap<string, ReadonlyMap<number, OffsetCommitValue>> {
    return this.committed.get(groupId) ?? new Map();
  }

  hasGroup(groupId: string): boolean {
    return this.latest.has(groupId);
  }

  groupIds(): IterableIterator<string> {
    return this.latest.keys();
  }
}

function setOffset(offsets: OffsetsByGroup, groupId: string, topic: string, partition: number, value: OffsetCommitValue | null): void {
  let byTopic = offsets.get(groupId);
  if (value === null) {
    const byPartition = byTopic?.get(topic);
    if (byPartition === undefined) return;
    byPartition.delete(partition);
    if (byPartition.size === 0) byTopic!.delete(topic);
    if (byTopic!.size === 0) offsets.delete(groupId);
    return;
  }
  if (byTopic === undefined) offsets.set(groupId, (byTopic = new Map()));
  let byPartition = byTopic.get(topic);
  if (byPartition === undefined) byTopic.set(topic, (byPartition = new Map()));
  byPartition.set(partition, value);
}
