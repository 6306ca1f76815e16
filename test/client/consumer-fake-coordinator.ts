// A group coordinator for the consumer tests: the REAL GroupCoordinator core
// (src/group/group-coordinator.ts) behind FakeCluster's group RPCs, playing
// the broker's part of its driver contract in memory — each request's
// records are encoded into an in-memory "__consumer_offsets partition",
// replayed at their offsets and committed before the response leaves; its
// session and rebalance deadlines fire from the FakeCluster's virtual
// Clock. `failover(to)` is a coordinator move: a fresh GroupCoordinator
// replays the decoded log on another broker, the old one answers
// NOT_COORDINATOR. `inject` answers a request with an error instead.
// Every accepted commit is kept in `commits`, for monotonicity checks.

import type { BrokerServices } from '../../src/broker/services.js';
import type { ErrorCode } from '../../src/common/errors.js';
import type { CancelTimer } from '../../src/env/clock.js';
import type { Handlers } from '../../src/env/transport.js';
import type { GroupCoordinatorConfig, GroupError, RequestContext, TopicsView, WriteResult } from '../../src/group/api.js';
import { GroupCoordinator } from '../../src/group/group-coordinator.js';
import { decodeGroupRecord, encodeGroupRecord, type EncodedGroupRecord, type GroupRecord } from '../../src/group/records.js';
import type { FakeCluster } from './fake-cluster.js';

export type GroupRpc = 'FindCoordinator' | 'ConsumerGroupHeartbeat' | 'OffsetCommit' | 'OffsetFetch' | 'DescribeGroups';

export interface AcceptedCommit {
  readonly atMs: number;
  readonly memberId: string;
  readonly memberEpoch: number;
  readonly topic: string;
  readonly partition: number;
  readonly offset: number;
}

export const fastGroupConfig: Partial<GroupCoordinatorConfig> = {
  offsetsTopicPartitionCount: 1,
  sessionTimeoutMs: 6_000,
  heartbeatIntervalMs: 500,
};

const apiError = (e: { code: ErrorCode; message: string }) => ({ code: e.code, message: e.message });

export class FakeGroupCoordinator {
  coordinator: GroupCoordinator;
  /** The broker that coordinates now; -1: none (FindCoordinator answers COORDINATOR_NOT_AVAILABLE). */
  coordinatorId: number;
  readonly log: EncodedGroupRecord[] = [];
  readonly commits: AcceptedCommit[] = [];
  /** Answers a request with this error instead of handling it (null: handle it). */
  inject: (method: GroupRpc, request: unknown, broker: number) => ErrorCode | null = () => null;
  private timer: CancelTimer | null = null;

  constructor(
    private readonly fake: FakeCluster,
    readonly config: Partial<GroupCoordinatorConfig> = fastGroupConfig,
    coordinatorId = 1,
  ) {
    this.coordinatorId = coordinatorId;
    this.coordinator = new GroupCoordinator({ offsetsPartition: 0, config });
    this.coordinator.completeLoad(fake.clock.now());
    fake.groupHandlers = (broker) => this.handlers(broker);
  }

  get topics(): TopicsView {
    const counts = this.fake.topicPartitions;
    return { partitionCount: (topic) => counts.get(topic), topicNames: () => counts.keys() };
  }

  private get ctx(): RequestContext {
    return { nowMs: this.fake.clock.now(), topics: this.topics };
  }

  /** Moves the coordinator to broker `to`: a new GroupCoordinator rebuilt from the log. */
  failover(to: number): void {
    this.coordinator.close();
    this.timer?.();
    this.timer = null;
    const fresh = new GroupCoordinator({ offsetsPartition: 0, config: this.config });
    this.log.forEach((entry, offset) => fresh.replay(decodeGroupRecord(entry.key, entry.value), offset));
    fresh.onHighWatermark(this.log.length);
    fresh.completeLoad(this.fake.clock.now());
    this.coordinator = fresh;
    this.coordinatorId = to;
    this.arm();
  }

  /** The committed offset of a partition, or -1. */
  committedOffset(groupId: string, topic: string, partition: number): number {
    const r = this.coordinator.offsetFetch({ groupId, memberId: null, memberEpoch: -1, topics: [{ topic, partitions: [partition] }] });
    return r.ok ? (r.topics[0]?.partitions[0]?.committedOffset ?? -1) : -1;
  }

  private write<R>(result: WriteResult<R>): R {
    this.append(result.records);
    return result.response;
  }

  private append(records: readonly GroupRecord[]): void {
    for (const record of records) {
      const offset = this.log.length;
      this.log.push(encodeGroupRecord(record));
      this.coordinator.replay(record, offset);
    }
    this.coordinator.onHighWatermark(this.log.length);
    this.arm();
  }

  private arm(): void {
    this.timer?.();
    this.timer = null;
    const at = this.coordinator.nextDeadlineMs();
    if (at === null) return;
    this.timer = this.fake.clock.setTimer(Math.max(0, at - this.fake.clock.now()), () => {
      this.timer = null;
      this.append(this.coordinator.onTimer(this.fake.clock.now()).records);
    });
  }

  private refused(method: GroupRpc, request: unknown, broker: number): GroupError | null {
    const injected = this.inject(method, request, broker);
    if (injected !== null) return { ok: false, code: injected, message: 'injected' };
    if (method !== 'FindCoordinator' && broker !== this.coordinatorId) return { ok: false, code: 'NOT_COORDINATOR', message: `broker ${broker} does not coordinate` };
    return null;
  }

  handlers(broker: number): Partial<Handlers<BrokerServices>> {
    return {
      FindCoordinator: (_from, request) => {
        const refused = this.refused('FindCoordinator', request, broker);
        if (refused !== null) return Promise.resolve({ error: apiError(refused), nodeId: -1, host: '', port: 0 });
        if (this.coordinatorId < 0) return Promise.resolve({ error: { code: 'COORDINATOR_NOT_AVAILABLE', message: 'none' }, nodeId: -1, host: '', port: 0 });
        return Promise.resolve({ error: null, nodeId: this.coordinatorId, host: '127.0.0.1', port: 9000 + this.coordinatorId });
      },
      ConsumerGroupHeartbeat: (_from, request) => {
        const r = this.refused('ConsumerGroupHeartbeat', request, broker) ?? this.write(this.coordinator.consumerGroupHeartbeat(request, this.ctx));
        if (!r.ok) return Promise.resolve({ error: apiError(r), memberId: '', memberEpoch: -1, heartbeatIntervalMs: 0, assignment: null });
        return Promise.resolve({ error: null, memberId: r.memberId, memberEpoch: r.memberEpoch, heartbeatIntervalMs: r.heartbeatIntervalMs, assignment: r.assignment });
      },
      OffsetCommit: (_from, request) => {
        const r = this.refused('OffsetCommit', request, broker) ?? this.write(this.coordinator.offsetCommit(request, this.ctx));
        if (!r.ok) return Promise.resolve({ error: apiError(r), topics: [] });
        for (const t of request.topics) {
          for (const p of t.partitions) {
            const accepted = r.topics.find((x) => x.topic === t.topic)?.partitions.find((x) => x.partition === p.partition)?.error === null;
            if (accepted) this.commits.push({ atMs: this.fake.clock.now(), memberId: request.memberId, memberEpoch: request.memberEpoch, topic: t.topic, partition: p.partition, offset: p.committedOffset });
          }
        }
        return Promise.resolve({
          error: null,
          topics: r.topics.map((t) => ({ topic: t.topic, partitions: t.partitions.map((p) => ({ partition: p.partition, error: p.error === null ? null : { code: p.error, message: 'fake' } })) })),
        });
      },
      OffsetFetch: (_from, request) => {
        const r = this.refused('OffsetFetch', request, broker) ?? this.coordinator.offsetFetch(request);
        return Promise.resolve(r.ok ? { error: null, topics: r.topics } : { error: apiError(r), topics: [] });
      },
      DescribeGroups: (_from, request) => {
        const r = this.refused('DescribeGroups', request, broker) ?? this.coordinator.describeGroups(request.groupIds);
        if (!r.ok) return Promise.resolve({ error: apiError(r), groups: [] });
        return Promise.resolve({
          error: null,
          groups: r.groups.map((g) =>
            g.ok
              ? { groupId: g.groupId, error: null, state: g.state, groupEpoch: g.groupEpoch, assignmentEpoch: g.assignmentEpoch, assignor: g.assignor, members: g.members }
              : { groupId: g.groupId, error: apiError(g), state: 'DEAD' as const, groupEpoch: -1, assignmentEpoch: -1, assignor: '', members: [] },
          ),
        });
      },
    };
  }
}
