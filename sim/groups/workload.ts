// The `groups` scenario's client processes: group members (the real
// Consumer of src/client, each its own process: SimClock, network endpoint,
// ClusterClient), the producer (the real Producer, idempotent acks=all), and
// an observer that samples each group's coordinator with DescribeGroups and
// OffsetFetch. They record into a GroupsRecorder (history.ts) and judge
// nothing; checkers.ts does.
//
// A member process can leave (disconnect: commit, revoke, leave the group),
// crash (a dead process: its endpoint and timers are dropped, it sends and
// handles nothing more, it never leaves), pause (SIGSTOP: its timers and
// traffic freeze, then resume) or be cut off from the cluster by the network.

import type { BrokerServices } from '../../src/broker/services.js';
import { Consumer } from '../../src/client/consumer.js';
import type { TopicPartitionList } from '../../src/client/consumer-types.js';
import { Producer, type ClientContext } from '../../src/client/producer.js';
import { stringSerializer } from '../../src/client/serializers.js';
import { toSkiffError } from '../../src/client/cluster-client.js';
import type { SeededRandom } from '../../src/common/seeded-random.js';
import { offsetsTopicName } from '../../src/group/coordinator-runtime.js';
import { offsetsPartitionFor } from '../../src/group/group-coordinator.js';
import type { MetadataImage } from '../../src/metadata/image.js';
import type { ClusterHost } from '../cluster/host.js';
import { makeClient, type ClientEnv, type ClientHandle } from '../dataplane/workload.js';
import type { GroupsRecorder, LeaderView } from './history.js';

const decoder = new TextDecoder();

/** Consumer settings every member uses (the coordinator decides session and heartbeat: SkiffNode options). */
export interface MemberSettings {
  readonly topic: string;
  readonly autoCommitIntervalMs: number;
  readonly rebalanceTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** Chance that handling one record takes a while (1–20 ms on the member's clock). */
  readonly slowRecordProbability: number;
}

export type MemberState = 'running' | 'paused' | 'isolated' | 'stopping' | 'stopped' | 'crashed';

/** Counts for the run summary. */
export interface MemberStats {
  joins: number;
  fences: number;
  failures: number;
}

/** One process running one Consumer of a group. */
export class MemberProcess {
  state: MemberState = 'running';
  readonly consumer: Consumer;
  private readonly handle: ClientHandle;
  private readonly random: SeededRandom;
  private fatal = false;

  constructor(
    private readonly env: ClientEnv,
    readonly group: string,
    /** e.g. `g0/s1#2`. */
    readonly label: string,
    readonly peer: number,
    instanceId: string | null,
    private readonly settings: MemberSettings,
    private readonly recorder: GroupsRecorder,
    private readonly stats: MemberStats,
    random: SeededRandom,
  ) {
    this.random = random.fork('handler');
    this.handle = makeClient(env, peer, label, random.fork('client'), settings.requestTimeoutMs);
    const context: ClientContext = { cluster: this.handle.cluster, clock: this.handle.clock, random: random.fork('consumer'), logger: this.handle.logger, clientId: label };
    this.consumer = new Consumer(context, {
      groupId: group,
      ...(instanceId !== null ? { groupInstanceId: instanceId } : {}),
      sessionTimeoutMs: 3_000,
      rebalanceTimeoutMs: settings.rebalanceTimeoutMs,
      autoOffsetReset: 'earliest',
      maxWaitMs: 200,
      requestTimeoutMs: settings.requestTimeoutMs,
      retryBackoffMs: 100,
    });
    this.listen();
  }

  get alive(): boolean {
    return this.state !== 'crashed' && this.state !== 'stopped';
  }

  /** Running its consumer (possibly paused or cut off), not stopping and not given up. */
  get live(): boolean {
    return (this.state === 'running' || this.state === 'paused' || this.state === 'isolated') && !this.fatal;
  }

  start(): void {
    void this.consumer
      .subscribe({ topics: [this.settings.topic], fromBeginning: true })
      .then(() => this.consumer.run({ autoCommit: true, autoCommitInterval: this.settings.autoCommitIntervalMs, eachMessage: (p) => this.handleMessage(p) }))
      .catch((error: unknown) => this.onFatal(error));
  }

  /** Leaves the group cleanly (commit, revoke, leave; a static member keeps its assignment for the session timeout). */
  disconnect(): Promise<void> {
    if (!this.alive || this.state === 'stopping') return Promise.resolve();
    this.state = 'stopping';
    this.env.scheduler.trace(`groups member ${this.label} disconnect`);
    return this.consumer.disconnect().then(
      () => this.finishStop(),
      () => this.finishStop(),
    );
  }

  /** The process dies: no leave, no commit; nothing it awaits ever settles. */
  crash(): void {
    if (!this.alive) return;
    this.env.scheduler.trace(`groups member ${this.label} crash`);
    this.state = 'crashed';
    this.recorder.crashed(this.label);
    this.env.network.detach(this.peer);
    this.handle.clock.dispose();
  }

  /** SIGSTOP: timers and traffic freeze. */
  pause(): void {
    if (this.state !== 'running') return;
    this.state = 'paused';
    this.env.scheduler.trace(`groups member ${this.label} pause`);
    this.recorder.disturb(this.label, 'pause');
    this.handle.clock.pause();
    this.env.network.pausePeer(this.peer);
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.env.scheduler.trace(`groups member ${this.label} resume`);
    this.recorder.undisturb(this.label, 'pause');
    this.env.network.resumePeer(this.peer);
    this.handle.clock.resume();
  }

  /** Cut off from every node until reconnected(); cut off again whenever something (the nemesis) heals the network meanwhile. */
  isolate(): void {
    if (this.state !== 'running') return;
    this.state = 'isolated';
    this.env.scheduler.trace(`groups member ${this.label} isolate`);
    this.recorder.disturb(this.label, 'isolate');
    this.env.network.isolate(this.peer);
    const node = this.env.nodes[0]!;
    const keep = (): void => {
      if (this.state !== 'isolated') return;
      if (this.env.network.isLinkUp(this.peer, node)) this.env.network.isolate(this.peer);
      this.env.scheduler.after(50, 'groups keep isolated', keep);
    };
    this.env.scheduler.after(50, 'groups keep isolated', keep);
  }

  /** Whether its consumer holds any partition now. */
  get holdsPartitions(): boolean {
    return this.consumer.assignment().length > 0;
  }

  /** The isolation is over (the network was healed). */
  reconnected(): void {
    if (this.state !== 'isolated') return;
    this.state = 'running';
    this.recorder.undisturb(this.label, 'isolate');
  }

  private finishStop(): void {
    if (this.state === 'crashed') return;
    this.state = 'stopped';
    this.handle.close();
  }

  private listen(): void {
    const c = this.consumer;
    c.on('partitions.assigned', (e) => {
      if (this.state !== 'crashed') this.recorder.assigned(this.group, this.label, c.memberId, flatten(e.payload.partitions));
    });
    c.on('partitions.revoked', (e) => {
      if (this.state === 'crashed') return;
      if (e.payload.lost) this.stats.fences++;
      this.recorder.revoked(this.label, flatten(e.payload.partitions), e.payload.lost ? 'lost' : this.state === 'stopping' || this.fatal ? 'closed' : 'revoked');
    });
    c.on('group.join', () => {
      if (this.state !== 'crashed') this.stats.joins++;
    });
    c.on('crash', (e) => {
      if (this.state !== 'crashed') this.onFatal(e.payload.error);
    });
  }

  private onFatal(error: unknown): void {
    if (this.fatal) return;
    this.fatal = true;
    this.stats.failures++;
    const e = toSkiffError(error);
    this.recorder.consumerFailed({ group: this.group, member: this.label, error: `${e.code}: ${e.message}`, timeMs: this.env.scheduler.now });
  }

  private handleMessage(payload: { topic: string; partition: number; message: { offset: number; value: Uint8Array | null } }): Promise<void> {
    // A dead process handles nothing more: the handler never returns.
    if (this.state === 'crashed') return new Promise<void>(() => {});
    const { topic, partition, message } = payload;
    this.recorder.process({ group: this.group, member: this.label, topic, partition, offset: message.offset, value: message.value === null ? '' : decoder.decode(message.value) });
    if (this.random.next() >= this.settings.slowRecordProbability) return Promise.resolve();
    return new Promise<void>((resolve) => this.handle.clock.setTimer(1 + this.random.int(20), resolve));
  }
}

function flatten(list: readonly TopicPartitionList[]): { topic: string; partition: number }[] {
  return list.flatMap((t) => t.partitions.map((partition) => ({ topic: t.topic, partition })));
}

/** Sends unique values to random partitions (one record per send, a few outstanding) until stopped; records the acknowledged ones. */
export class ProducerLoop {
  stopped = false;
  pending = 0;
  sent = 0;
  readonly errors: Record<string, number> = {};
  private readonly producer: Producer<null, string>;
  private next = 0;

  constructor(
    private readonly handle: ClientHandle,
    private readonly topic: string,
    private readonly partitions: number,
    private readonly outstanding: number,
    private readonly recorder: GroupsRecorder,
    private readonly random: SeededRandom,
  ) {
    const context: ClientContext = { cluster: handle.cluster, clock: handle.clock, random: random.fork('producer'), logger: handle.logger, clientId: handle.label };
    this.producer = new Producer<null, string>(context, {
      idempotent: true,
      acks: -1,
      lingerMs: random.int(3),
      requestTimeoutMs: 2_000,
      deliveryTimeoutMs: 8_000,
      maxBlockMs: 5_000,
      retry: { initialRetryTimeMs: 50, maxRetryTimeMs: 500 },
      valueSerializer: stringSerializer,
    });
  }

  async run(): Promise<void> {
    const clock = this.handle.clock;
    while (!this.stopped) {
      if (this.pending < this.outstanding) this.sendOne();
      await new Promise<void>((resolve) => clock.setTimer(5 + this.random.int(40), resolve));
    }
  }

  private sendOne(): void {
    const value = `v${this.next++}`;
    const partition = this.random.int(this.partitions);
    this.pending++;
    this.sent++;
    this.producer.send({ topic: this.topic, messages: [{ value, partition }] }).then(
      (metadata) => {
        const m = metadata[0];
        if (m !== undefined) this.recorder.ack({ topic: this.topic, partition: m.partition, offset: m.baseOffset, value, timeMs: this.handle.now() });
      },
      (error: unknown) => {
        const code = toSkiffError(error).code;
        this.errors[code] = (this.errors[code] ?? 0) + 1;
      },
    ).finally(() => this.pending--);
  }
}

/** Who leads the group's offsets partition in the latest committed image, and whether that node's own replica agrees. */
export function committedCoordinator(image: MetadataImage, hosts: readonly ClusterHost[], group: string): LeaderView | null {
  const topic = image.topicsByName.get(offsetsTopicName);
  if (topic === undefined || topic.partitions.size === 0) return null;
  const partition = offsetsPartitionFor(group, topic.partitions.size);
  const p = topic.partitions.get(partition);
  if (p === undefined || p.leader < 0) return null;
  const host = hosts.find((h) => h.id === p.leader);
  const inc = host?.incarnation;
  const replica = inc?.started ? inc.node.replicaManager?.partition(offsetsTopicName, partition) : undefined;
  const nodeAgrees = replica !== undefined && replica.role === 'leader' && replica.leaderEpoch === p.leaderEpoch && host?.paused !== true;
  return { node: p.leader, leaderEpoch: p.leaderEpoch, nodeAgrees, incarnation: inc?.started ? inc.number : -1 };
}

/**
 * Every `intervalMs`, for each group: DescribeGroups and OffsetFetch (no
 * member fence, every committed partition) sent to the committed leader of
 * the group's offsets partition, each answer recorded with who led when it
 * was sent and when it came back.
 */
export class CoordinatorSampler {
  stopped = false;
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly handle: ClientHandle,
    private readonly groups: readonly string[],
    private readonly leaderOf: (group: string) => LeaderView | null,
    private readonly recorder: GroupsRecorder,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    const tick = (): void => {
      if (this.stopped) return;
      for (const group of this.groups) this.sample(group);
      this.handle.clock.setTimer(this.intervalMs, tick);
    };
    this.handle.clock.setTimer(this.intervalMs, tick);
  }

  private sample(group: string): void {
    const leader = this.leaderOf(group);
    if (leader === null) return;
    const node = leader.node;
    const cluster = this.handle.cluster;
    this.ask(group, 'describe', node, () => cluster.call(node, 'DescribeGroups', { groupIds: [group] }, 1_000), (r: BrokerServices['DescribeGroups']['response'], window) => {
      const g = r.groups[0];
      if (r.error !== null || g === undefined || g.error !== null) return;
      this.recorder.groupSample({
        ...window,
        groupEpoch: g.groupEpoch,
        members: g.members.map((m) => ({ memberId: m.memberId, memberEpoch: m.memberEpoch, assigned: flatten(m.assignment), pendingRevocation: flatten(m.partitionsPendingRevocation) })),
      });
    });
    this.ask(group, 'offsets', node, () => cluster.call(node, 'OffsetFetch', { groupId: group, memberId: null, memberEpoch: -1, topics: null }, 1_000), (r: BrokerServices['OffsetFetch']['response'], window) => {
      if (r.error !== null) return;
      const offsets = r.topics.flatMap((t) => t.partitions.filter((p) => p.committedOffset >= 0).map((p) => ({ topic: t.topic, partition: p.partition, offset: p.committedOffset })));
      this.recorder.offsetSample({ ...window, offsets });
    });
  }

  /** One request at a time per (group, kind). */
  private ask<R>(group: string, kind: string, node: number, send: () => Promise<R>, record: (response: R, window: { group: string; node: number; sendSeq: number; recvSeq: number; sendMs: number; recvMs: number; leaderAtSend: LeaderView | null; leaderAtRecv: LeaderView | null }) => void): void {
    const key = `${group}/${kind}`;
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    const leaderAtSend = this.leaderOf(group);
    const sendSeq = this.recorder.nextSeq();
    const sendMs = this.handle.now();
    send().then(
      (response) => {
        this.inFlight.delete(key);
        if (this.stopped) return;
        const leaderAtRecv = this.leaderOf(group);
        record(response, { group, node, sendSeq, recvSeq: this.recorder.nextSeq(), sendMs, recvMs: this.handle.now(), leaderAtSend, leaderAtRecv });
      },
      () => this.inFlight.delete(key),
    );
  }
}
