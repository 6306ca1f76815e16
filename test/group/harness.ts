// Test driver for the group coordinator, playing the broker's part of the
// driver contract (src/group/group-coordinator.ts): every write's records are
// encoded into an in-memory "__consumer_offsets partition", replayed at their
// offsets and committed (high watermark = log end) before the response is
// used; timers fire from a manual clock. `rebuild()` is a failover: a fresh
// coordinator replays the decoded log. TestConsumer is a well-behaved
// KIP-848 client: it owns exactly what its last response assigned.

import { expect } from 'vitest';
import type {
  ConsumerGroupHeartbeatRequest,
  ConsumerGroupHeartbeatResponse,
  GroupCoordinatorConfig,
  RequestContext,
  TopicsView,
  WriteResult,
} from '../../src/group/api.js';
import { GroupCoordinator } from '../../src/group/group-coordinator.js';
import { decodeGroupRecord, encodeGroupRecord, type EncodedGroupRecord, type GroupRecord } from '../../src/group/records.js';
import { count, emptyTopicPartitions, fromList, intersects, toList, type TopicPartitions } from '../../src/group/topic-partitions.js';

export class FakeTopics implements TopicsView {
  readonly counts: Map<string, number>;

  constructor(counts: Record<string, number>) {
    this.counts = new Map(Object.entries(counts));
  }

  partitionCount(topic: string): number | undefined {
    return this.counts.get(topic);
  }

  topicNames(): Iterable<string> {
    return this.counts.keys();
  }
}

export const testConfig: Partial<GroupCoordinatorConfig> = {
  offsetsTopicPartitionCount: 1,
  sessionTimeoutMs: 45_000,
  heartbeatIntervalMs: 5_000,
};

export class Harness {
  readonly log: EncodedGroupRecord[] = [];
  coordinator: GroupCoordinator;
  nowMs = 1_000_000;
  /** Every record written, in order, as the handlers returned them. */
  readonly written: GroupRecord[] = [];

  constructor(
    readonly topics: FakeTopics,
    readonly config: Partial<GroupCoordinatorConfig> = testConfig,
  ) {
    this.coordinator = new GroupCoordinator({ offsetsPartition: 0, config });
    this.coordinator.completeLoad(this.nowMs);
  }

  get ctx(): RequestContext {
    return { nowMs: this.nowMs, topics: this.topics };
  }

  /** Appends, replays and commits a write's records; returns its response. */
  write<R>(result: WriteResult<R>): R {
    this.append(result.records);
    return result.response;
  }

  append(records: readonly GroupRecord[]): void {
    for (const record of records) {
      const offset = this.log.length;
      this.log.push(encodeGroupRecord(record));
      this.written.push(record);
      this.coordinator.replay(record, offset);
    }
    this.coordinator.onHighWatermark(this.log.length);
  }

  heartbeat(request: Partial<ConsumerGroupHeartbeatRequest> & Pick<ConsumerGroupHeartbeatRequest, 'groupId' | 'memberId' | 'memberEpoch'>): ConsumerGroupHeartbeatResponse {
    return this.write(this.coordinator.consumerGroupHeartbeat(heartbeatRequest(request), this.ctx));
  }

  /** Moves the clock, firing due timers (as a driver's Clock timer would) on the way. */
  advance(ms: number): void {
    const end = this.nowMs + ms;
    for (let guard = 0; guard < 10_000; guard++) {
      const next = this.coordinator.nextDeadlineMs();
      if (next === null || next > end) break;
      this.nowMs = Math.max(this.nowMs, next);
      this.append(this.coordinator.onTimer(this.nowMs).records);
    }
    this.nowMs = end;
  }

  /** A failover: a new coordinator replays the (decoded) partition and takes over. */
  rebuild(): GroupCoordinator {
    const fresh = new GroupCoordinator({ offsetsPartition: 0, config: this.config });
    this.log.forEach((entry, offset) => fresh.replay(decodeGroupRecord(entry.key, entry.value), offset));
    fresh.onHighWatermark(this.log.length);
    fresh.completeLoad(this.nowMs);
    return fresh;
  }

  failover(): void {
    const fresh = this.rebuild();
    expect(fresh.snapshot()).toEqual(this.coordinator.snapshot());
    this.coordinator.close();
    this.coordinator = fresh;
  }
}

export function heartbeatRequest(
  partial: Partial<ConsumerGroupHeartbeatRequest> & Pick<ConsumerGroupHeartbeatRequest, 'groupId' | 'memberId' | 'memberEpoch'>,
): ConsumerGroupHeartbeatRequest {
  return {
    instanceId: null,
    rebalanceTimeoutMs: partial.memberEpoch === 0 ? 60_000 : -1,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    ownedTopicPartitions: null,
    clientId: 'client',
    clientHost: '/127.0.0.1',
    ...partial,
  };
}

/** A well-behaved consumer: revokes whatever its latest assignment leaves out, reports what it owns. */
export class TestConsumer {
  memberEpoch = 0;
  owned: TopicPartitions = emptyTopicPartitions;
  lastError: string | null = null;

  constructor(
    readonly harness: Harness,
    readonly groupId: string,
    public memberId: string,
    readonly options: { topics?: string[]; regex?: string; instanceId?: string; rebalanceTimeoutMs?: number } = {},
  ) {}

  /** One heartbeat; with `lostResponse` the request takes effect but the client never sees the answer. */
  heartbeat(lostResponse = false): ConsumerGroupHeartbeatResponse {
    const joining = this.memberEpoch === 0;
    const response = this.harness.heartbeat({
      groupId: this.groupId,
      memberId: this.memberId,
      memberEpoch: this.memberEpoch,
      instanceId: this.options.instanceId ?? null,
      rebalanceTimeoutMs: joining ? (this.options.rebalanceTimeoutMs ?? 60_000) : -1,
      subscribedTopicNames: joining ? (this.options.topics ?? null) : null,
      subscribedTopicRegex: joining ? (this.options.regex ?? null) : null,
      ownedTopicPartitions: toList(this.owned),
    });
    if (!lostResponse) this.apply(response);
    return response;
  }

  /** Heartbeats while reporting partitions it was told to revoke: a consumer stuck in its revocation callback. */
  heartbeatStuck(stale: TopicPartitions): ConsumerGroupHeartbeatResponse {
    const response = this.harness.heartbeat({ groupId: this.groupId, memberId: this.memberId, memberEpoch: this.memberEpoch, ownedTopicPartitions: toList(stale) });
    if (response.ok) this.memberEpoch = response.memberEpoch;
    return response;
  }

  leave(): ConsumerGroupHeartbeatResponse {
    const epoch = this.options.instanceId === undefined ? -1 : -2;
    const response = this.harness.heartbeat({ groupId: this.groupId, memberId: this.memberId, memberEpoch: epoch, instanceId: this.options.instanceId ?? null });
    this.owned = emptyTopicPartitions;
    this.memberEpoch = 0;
    return response;
  }

  /** The process dies: it owns nothing any more and never heartbeats again. */
  crash(): void {
    this.owned = emptyTopicPartitions;
    this.memberEpoch = 0;
  }

  get ownedCount(): number {
    return count(this.owned);
  }

  private apply(response: ConsumerGroupHeartbeatResponse): void {
    if (response.ok) {
      this.lastError = null;
      this.memberId = response.memberId;
      this.memberEpoch = response.memberEpoch;
      if (response.assignment !== null) this.owned = fromList(response.assignment);
      return;
    }
    this.lastError = response.code;
    if (response.code === 'FENCED_MEMBER_EPOCH' || response.code === 'UNKNOWN_MEMBER_ID') {
      // Kafka's consumer drops its partitions and rejoins with epoch 0.
      this.owned = emptyTopicPartitions;
      this.memberEpoch = 0;
    }
  }
}

/** No partition is owned by two consumers. */
export function expectDisjoint(consumers: readonly { readonly memberId: string; readonly owned: TopicPartitions }[]): void {
  for (let i = 0; i < consumers.length; i++) {
    for (let j = i + 1; j < consumers.length; j++) {
      expect(intersects(consumers[i]!.owned, consumers[j]!.owned), `${consumers[i]!.memberId} and ${consumers[j]!.memberId} share a partition`).toBe(false);
    }
  }
}

/** Round-robin heartbeats until nothing changes for a full round; checks disjointness after every step. */
export function settle(consumers: readonly TestConsumer[], maxRounds = 20): void {
  for (let round = 0; round < maxRounds; round++) {
    const before = consumers.map((c) => `${c.memberEpoch}:${JSON.stringify(toList(c.owned))}`).join('|');
    const logBefore = consumers[0]?.harness.log.length ?? 0;
    for (const consumer of consumers) {
      consumer.heartbeat();
      expectDisjoint(consumers);
    }
    const after = consumers.map((c) => `${c.memberEpoch}:${JSON.stringify(toList(c.owned))}`).join('|');
    if (before === after && logBefore === (consumers[0]?.harness.log.length ?? 0)) return;
  }
  throw new Error('group did not settle');
}
