// The `groups` scenario: the `cluster` scenario (3 voters, 0–1 observer,
// real SkiffNodes, every ClusterNemesis profile, the metadata invariants and
// liveness checks) with KIP-848 consumer groups on top:
//   - nodes run the group coordinator with small settings (3 offsets
//     partitions, RF 3, session 3 s, heartbeat 300 ms; min.insync.replicas 2
//     by default, so __consumer_offsets too); once the cluster is up, one
//     topic (6 partitions, RF 3, min.insync.replicas 2) is created;
//   - an idempotent acks=all Producer writes unique values to it; 1–2 groups
//     of 2–4 member slots (some static: group.instance.id) run the real
//     Consumer, each member its own process on the simulated network, with
//     auto-commit on a short interval, recording every record it handles
//     and its partitions.assigned / partitions.revoked events;
//   - member lifecycles are drawn from the seed: join late, leave, crash,
//     pause (SIGSTOP) or get cut off past the session timeout (or briefly),
//     static members restarting quickly; and the node coordinating a group
//     is crashed or isolated now and then, on top of the nemesis's faults;
//   - every 300 ms the coordinator of each group (the committed leader of its
//     offsets partition) is asked DescribeGroups and OffsetFetch;
//   - after the heal and the cluster's liveness phase, a churn phase of
//     6–12 s: the same member and coordinator faults on the healed cluster,
//     where a long pause reliably outlasts a live coordinator's session;
//   - then the producer stops, every group drains (it handles every
//     acknowledged record, commits up to the high watermark, and its members
//     settle to the running consumers), and checkGroupsHistory (checkers.ts)
//     judges the history.
// log.flush.on.ack is forced on, as in the dataplane scenario. At most one
// observer: only observers' disks are wiped, and two wiped replicas could
// empty an ISR. Everything random derives from the seed, so a seed replays
// bit for bit.

import { Admin } from '../../src/client/admin.js';
import type { ClientContext } from '../../src/client/producer.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { ClusterHost } from '../cluster/host.js';
import type { ClusterProfileName } from '../cluster/nemesis.js';
import { runClusterScenario, type ClusterScenarioResult, type ScenarioContext, type ScenarioExtension } from '../cluster/scenario.js';
import { makeClient, type ClientEnv, type ClientHandle } from '../dataplane/workload.js';
import { checkGroupsHistory, type GroupsCheckStats } from './checkers.js';
import { GroupsRecorder, type LeaderView } from './history.js';
import { committedCoordinator, CoordinatorSampler, MemberProcess, ProducerLoop, type MemberSettings, type MemberStats } from './workload.js';

export interface GroupsScenarioOptions {
  readonly seed: number;
  readonly profile: ClusterProfileName | 'mixed';
  readonly faultPhaseMs?: number;
  readonly traceSink?: (line: string) => void;
}

/** The coordinator settings every node runs with (group.consumer.*, offsets.topic.*). */
export const groupCoordinatorSettings = { offsetsTopicPartitionCount: 3, sessionTimeoutMs: 3_000, heartbeatIntervalMs: 300, offsetsTopicReplicationFactor: 3 } as const;

export interface GroupsConfig {
  /** Broker-only nodes besides the 3 voters: 0 or 1. */
  readonly observers: number;
  readonly groups: readonly string[];
  /** Per group, per slot: whether the slot is a static member (its group.instance.id is `<group>-s<slot>`). */
  readonly staticSlots: readonly (readonly boolean[])[];
  readonly autoCommitIntervalMs: number;
  /** One member action per group every this many ms (drawn uniformly). */
  readonly memberActionMs: readonly [number, number];
  /** null: no targeted coordinator faults this run. */
  readonly coordinatorFaultMs: readonly [number, number] | null;
  readonly slowRecordProbability: number;
  readonly producerOutstanding: number;
  /** After the cluster's liveness phase: member and coordinator faults go on this long on the healed cluster. */
  readonly churnMs: number;
}

export interface GroupsRunStats {
  config: GroupsConfig;
  topicCreated: boolean;
  members: number;
  actions: Record<string, number>;
  coordinatorFaults: Record<string, number>;
  memberStats: MemberStats;
  sent: number;
  produceErrors: Record<string, number>;
  check: GroupsCheckStats | null;
  /** Virtual ms the drain took (-1: it did not finish). */
  drainMs: number;
}

export interface GroupsScenarioResult extends ClusterScenarioResult {
  readonly groups: GroupsRunStats;
}

const topic = 'events';
const partitions = 6;
const requestTimeoutMs = 2_000;
/** After the cluster settled: producer sends settle within this (delivery timeout 8 s + margin). */
const produceDrainBoundMs = 12_000;
/** Then each group must handle every acknowledged record, commit to the high watermark and settle its membership within this. */
const groupDrainBoundMs = 30_000;
/** At least this long for the final look at committed offsets and members. */
const finalLookMinMs = 10_000;

export function deriveGroupsConfig(seed: number): GroupsConfig {
  const random = SeededRandom.fromSeed(seed).fork('groups-config');
  const groupCount = 1 + random.int(2);
  const groups = Array.from({ length: groupCount }, (_, i) => `g${i}`);
  const staticSlots = groups.map(() => Array.from({ length: 2 + random.int(3) }, () => random.int(3) === 0));
  const minActionMs = 500 + random.int(1_000);
  return {
    observers: random.int(2),
    groups,
    staticSlots,
    autoCommitIntervalMs: 100 + random.int(500),
    memberActionMs: [minActionMs, minActionMs + 500 + random.int(2_000)],
    coordinatorFaultMs: random.int(4) === 0 ? null : [2_000, 4_000 + random.int(4_000)],
    slowRecordProbability: random.int(3) / 10,
    producerOutstanding: 1 + random.int(6),
    churnMs: 6_000 + random.int(6_000),
  };
}

export async function runGroupsScenario(options: GroupsScenarioOptions): Promise<GroupsScenarioResult> {
  const config = deriveGroupsConfig(options.seed);
  const workload = new GroupsWorkload(config);
  const { offsetsTopicReplicationFactor, ...coordinator } = groupCoordinatorSettings;
  const result = await runClusterScenario({
    seed: options.seed,
    profile: options.profile,
    ...(options.faultPhaseMs !== undefined ? { faultPhaseMs: options.faultPhaseMs } : {}),
    ...(options.traceSink ? { traceSink: options.traceSink } : {}),
    // At most one observer: only observers' disks are wiped, and with min.insync.replicas 2 (__consumer_offsets
    // included) an acknowledged write then always survives on a voter. Two wiped replicas could empty an ISR.
    observers: config.observers,
    defaultMinIsr: 2,
    adminClients: 0,
    durableAcks: true,
    extension: workload,
    groups: { coordinator, offsetsTopicReplicationFactor },
  });
  return { ...result, groups: workload.stats };
}

interface Slot {
  readonly group: string;
  readonly index: number;
  readonly peer: number;
  readonly instanceId: string | null;
  incarnations: number;
  process: MemberProcess | null;
  /** A timed action (pause, isolation, restart) is under way: no other action meanwhile. */
  busy: boolean;
}

class GroupsWorkload implements ScenarioExtension {
  readonly stats: GroupsRunStats;
  private readonly recorder: GroupsRecorder;
  private readonly slots: Slot[][] = [];
  private readonly processes: MemberProcess[] = [];
  private context!: ScenarioContext;
  private env!: ClientEnv;
  private random!: SeededRandom;
  private settings!: MemberSettings;
  private producer!: ProducerLoop;
  private sampler!: CoordinatorSampler;
  private topicCreated = false;
  private actionsEndMs = 0;
  /** Why the last look at the groups' final state failed, for the report. */
  private finalLookError = '';

  constructor(private readonly config: GroupsConfig) {
    this.stats = { config, topicCreated: false, members: 0, actions: {}, coordinatorFaults: {}, memberStats: { joins: 0, fences: 0, failures: 0 }, sent: 0, produceErrors: {}, check: null, drainMs: -1 };
    this.recorder = new GroupsRecorder(config.groups, () => this.context.scheduler.now);
  }

  start(context: ScenarioContext): void {
    this.context = context;
    this.random = context.random;
    this.env = { scheduler: context.scheduler, network: context.network, ring: context.ring, nodes: context.hosts.map((h) => h.id) };
    this.actionsEndMs = context.config.faultPhaseMs - 500;
    this.settings = { topic, autoCommitIntervalMs: this.config.autoCommitIntervalMs, rebalanceTimeoutMs: 10_000, requestTimeoutMs, slowRecordProbability: this.config.slowRecordProbability };
    this.config.groups.forEach((group, g) => {
      this.slots.push(this.config.staticSlots[g]!.map((isStatic, index) => ({ group, index, peer: 310 + 10 * g + index, instanceId: isStatic ? `${group}-s${index}` : null, incarnations: 0, process: null, busy: false })));
    });
    this.producer = new ProducerLoop(this.client(300, 'producer'), topic, partitions, this.config.producerOutstanding, this.recorder, this.random.fork('producer'));
    const leaderOf = (group: string): LeaderView | null => committedCoordinator(context.invariants.latestImage, context.hosts, group);
    this.sampler = new CoordinatorSampler(this.client(301, 'observer'), this.config.groups, leaderOf, this.recorder, 300);
    this.sampler.start();
    void this.createTopic().then(() => this.onTopicReady());
  }

  async finish(context: ScenarioContext): Promise<void> {
    const { scheduler } = context;
    const run = (boundMs: number, done: () => boolean): Promise<void> => scheduler.run({ untilMs: scheduler.now + boundMs, stop: () => context.failed() || done() });
    await run(10_000, () => this.topicCreated);
    if (context.failed()) return;
    if (!this.topicCreated) {
      context.invariants.violate('groups-topic-created', `topic '${topic}' not created 10 s after the cluster settled`);
      return;
    }
    // Churn on a healed cluster: the nemesis's faults are over, so long pauses and isolations now reliably outlast
    // a live coordinator's session timeout, and coordinator failovers happen without the rest of the cluster failing.
    this.actionsEndMs = scheduler.now + this.config.churnMs;
    for (const slots of this.slots) this.scheduleMemberAction(slots);
    if (this.config.coordinatorFaultMs !== null) this.scheduleCoordinatorFault(this.config.coordinatorFaultMs);
    await run(this.config.churnMs + 500, () => false);
    if (context.failed()) return;
    this.reviveForDrain();
    await run(1_000, () => false);
    this.producer.stopped = true;
    await run(produceDrainBoundMs, () => this.producer.pending === 0);
    if (context.failed()) return;
    const drainStartMs = scheduler.now;
    const drained = await this.drain(run);
    if (context.failed()) return;
    if (drained) this.stats.drainMs = scheduler.now - drainStartMs;
    this.sampler.stopped = true;
    this.stats.sent = this.producer.sent;
    Object.assign(this.stats.produceErrors, this.producer.errors);
    this.stats.members = this.processes.length;
    const { violations, stats } = checkGroupsHistory(this.recorder.history());
    this.stats.check = stats;
    for (const v of violations) context.invariants.violate(v.invariant, `${v.timeMs !== undefined ? `at ${v.timeMs} ms: ` : ''}${v.detail}`);
  }

  private client(peer: number, label: string): ClientHandle {
    return makeClient(this.env, peer, label, this.random.fork(`client-${label}`), requestTimeoutMs);
  }

  private clientContext(handle: ClientHandle, label: string): ClientContext {
    return { cluster: handle.cluster, clock: handle.clock, random: this.random.fork(`${label}-context`), logger: handle.logger, clientId: label };
  }

  /** CreateTopics until the topic exists (or the run ends). */
  private async createTopic(): Promise<void> {
    const handle = this.client(302, 'creator');
    const admin = new Admin(this.clientContext(handle, 'creator'));
    const configEntries = [{ name: 'min.insync.replicas', value: '2' }];
    while (!this.topicCreated) {
      const created = await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 3, configEntries }], waitForLeaders: false }).then(
        () => true,
        () => false,
      );
      if (created) break;
      await new Promise<void>((resolve) => handle.clock.setTimer(300, resolve));
    }
    this.topicCreated = true;
    this.stats.topicCreated = true;
    this.context.scheduler.trace(`groups topic ${topic} created`);
    handle.close();
  }

  /** The producer starts; each group's slots join at random moments (late joiners included); member and coordinator faults begin. */
  private onTopicReady(): void {
    void this.producer.run();
    for (const slots of this.slots) {
      for (const slot of slots) {
        const delayMs = slot.index === 0 ? 0 : this.random.int(Math.max(1, this.actionsEndMs - this.context.scheduler.now));
        this.context.scheduler.after(delayMs, 'groups join', () => this.join(slot));
      }
      this.scheduleMemberAction(slots);
    }
    if (this.config.coordinatorFaultMs !== null) this.scheduleCoordinatorFault(this.config.coordinatorFaultMs);
  }

  private join(slot: Slot): void {
    if (slot.process?.alive === true) return;
    slot.incarnations++;
    const label = `${slot.group}/s${slot.index}#${slot.incarnations}`;
    const process = new MemberProcess(this.env, slot.group, label, slot.peer, slot.instanceId, this.settings, this.recorder, this.stats.memberStats, this.random.fork(label));
    slot.process = process;
    this.processes.push(process);
    this.context.scheduler.trace(`groups member ${label} start${slot.instanceId !== null ? ` (static ${slot.instanceId})` : ''}`);
    process.start();
  }

  // --- member faults --------------------------------------------------------------

  private scheduleMemberAction(slots: readonly Slot[]): void {
    const [minMs, maxMs] = this.config.memberActionMs;
    const at = this.context.scheduler.now + minMs + this.random.int(maxMs - minMs);
    if (at >= this.actionsEndMs) return;
    this.context.scheduler.at(at, 'groups member action', () => {
      this.memberAction(slots[this.random.int(slots.length)]!);
      this.scheduleMemberAction(slots);
    });
  }

  private memberAction(slot: Slot): void {
    if (slot.busy) return;
    const process = slot.process;
    if (process === null || !process.alive) {
      this.count('join');
      this.join(slot);
      return;
    }
    if (process.state !== 'running') return;
    const session = groupCoordinatorSettings.sessionTimeoutMs;
    // Long pauses and isolations (past the session timeout: the member must be fenced and rejoin) weigh double.
    const menu = ['leave', 'crash', 'pause-long', 'pause-long', 'pause-short', 'isolate-long', 'isolate-long', 'isolate-short', 'none', ...(slot.instanceId !== null ? ['static-restart', 'static-crash-restart'] : [])] as const;
    const drawn = menu[this.random.int(menu.length)]!;
    // A member that holds nothing yet has nothing to be fenced from: a long disturbance waits for one that does.
    const action = (drawn === 'pause-long' || drawn === 'isolate-long') && !process.holdsPartitions ? 'none' : drawn;
    this.count(action);
    switch (action) {
      case 'leave':
        void process.disconnect();
        return;
      case 'crash':
        process.crash();
        return;
      case 'pause-long':
      case 'pause-short':
        process.pause();
        return this.busyFor(slot, action === 'pause-long' ? session + 500 + this.random.int(3_000) : 100 + this.random.int(session / 3), () => process.resume());
      case 'isolate-long':
      case 'isolate-short':
        process.isolate();
        return this.busyFor(slot, action === 'isolate-long' ? session + 500 + this.random.int(3_000) : 100 + this.random.int(session / 3), () => this.healNetwork());
      case 'static-restart':
        slot.busy = true;
        void process.disconnect().then(() => this.busyFor(slot, this.random.int(800), () => this.join(slot)));
        return;
      case 'static-crash-restart':
        process.crash();
        return this.busyFor(slot, this.random.int(800), () => this.join(slot));
      case 'none':
        return;
    }
  }

  private busyFor(slot: Slot, ms: number, then: () => void): void {
    slot.busy = true;
    this.context.scheduler.after(ms, 'groups member action end', () => {
      slot.busy = false;
      then();
    });
  }

  /** Ends every isolation (this workload's and the nemesis's link faults alike). */
  private healNetwork(): void {
    this.context.network.heal();
    for (const p of this.processes) p.reconnected();
  }

  // --- coordinator faults -----------------------------------------------------------

  private scheduleCoordinatorFault(range: readonly [number, number]): void {
    const at = this.context.scheduler.now + range[0] + this.random.int(range[1] - range[0]);
    if (at >= this.actionsEndMs) return;
    this.context.scheduler.at(at, 'groups coordinator fault', () => {
      this.coordinatorFault();
      this.scheduleCoordinatorFault(range);
    });
  }

  /** Crashes or isolates the node that leads a group's offsets partition, and undoes it a little later. */
  private coordinatorFault(): void {
    const { hosts, invariants, scheduler, network } = this.context;
    const group = this.config.groups[this.random.int(this.config.groups.length)]!;
    const leader = committedCoordinator(invariants.latestImage, hosts, group);
    const host: ClusterHost | undefined = hosts.find((h) => h.id === leader?.node);
    if (host === undefined || !host.running) return;
    const kind = this.random.int(2) === 0 ? 'crash' : 'isolate';
    this.stats.coordinatorFaults[kind] = (this.stats.coordinatorFaults[kind] ?? 0) + 1;
    scheduler.trace(`groups coordinator fault ${kind} n${host.id} (${group})`);
    if (kind === 'crash') {
      host.crash(this.random, this.random.int(2) === 0);
      scheduler.after(500 + this.random.int(2_500), 'groups coordinator restart', () => host.start());
    } else {
      network.isolate(host.id);
      scheduler.after(1_000 + this.random.int(3_000), 'groups coordinator heal', () => this.healNetwork());
    }
  }

  // --- the end --------------------------------------------------------------------------

  /** The churn is over: paused members resume, cut-off ones and nodes reconnect, stopped nodes start, and a group with no running member gets one. */
  private reviveForDrain(): void {
    for (const p of this.processes) {
      p.resume();
      p.reconnected();
    }
    this.context.network.heal();
    for (const host of this.context.hosts) host.start();
    this.slots.forEach((slots) => {
      if (!slots.some((s) => s.process?.live === true || s.busy)) this.join(slots[0]!);
    });
  }

  /**
   * Waits until every group handled every acknowledged record, then until
   * each group's committed offsets reach every high watermark and its
   * coordinator lists exactly the running consumers; records the last look.
   */
  private async drain(run: (boundMs: number, done: () => boolean) => Promise<void>): Promise<boolean> {
    const { scheduler } = this.context;
    // The final look gets a few seconds even when handling the records took the whole bound (or never finished).
    const deadlineMs = scheduler.now + groupDrainBoundMs + finalLookMinMs;
    const acked = (): boolean => this.config.groups.every((g) => this.recorder.allAckedProcessedBy(g));
    let processed = false;
    const poll = (): void => {
      processed = acked();
      if (!processed) scheduler.after(250, 'groups drain check', poll);
    };
    poll();
    await run(groupDrainBoundMs, () => processed);
    const handle = this.client(303, 'final');
    const admin = new Admin(this.clientContext(handle, 'final'));
    let last: Awaited<ReturnType<GroupsWorkload['finalStates']>> = [];
    let settled = false;
    while (!this.context.failed() && scheduler.now < deadlineMs && !settled) {
      let outcome: typeof last | null = null;
      void this.finalStates(admin).then((states) => (outcome = states));
      await run(Math.max(1, deadlineMs - scheduler.now), () => outcome !== null);
      if (outcome === null) break;
      last = outcome;
      settled = processed && last.every((s) => s.partitions.length === partitions && s.partitions.every((p) => p.committed === p.logEnd) && sameSet(s.coordinatorMembers, s.liveMembers));
      if (!settled) await run(500, () => false);
    }
    for (const state of last) this.recorder.final(state);
    if (last.length === 0) this.context.invariants.violate('group-drains', `no group's committed offsets and members could be read within ${groupDrainBoundMs + finalLookMinMs} ms of the drain's start: ${this.finalLookError}`);
    handle.close();
    return settled;
  }

  /** Each group's committed offsets against the high watermarks, and its members against the running consumers. */
  private async finalStates(admin: Admin): Promise<{ group: string; partitions: { topic: string; partition: number; committed: number; logEnd: number | null }[]; coordinatorMembers: string[]; liveMembers: string[] }[]> {
    const out = [];
    for (const group of this.config.groups) {
      try {
        const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
        const [described] = await admin.describeGroups([group]);
        out.push({
          group,
          partitions: offsets.flatMap((t) => t.partitions.map((p) => ({ topic: t.topic, partition: p.partition, committed: p.committedOffset, logEnd: p.logEndOffset }))),
          coordinatorMembers: (described?.members ?? []).map((m) => m.memberId),
          liveMembers: this.processes.filter((p) => p.group === group && p.live).map((p) => p.consumer.memberId),
        });
      } catch (error) {
        this.finalLookError = error instanceof Error ? error.message : String(error);
        return [];
      }
    }
    return out;
  }

  private count(action: string): void {
    this.stats.actions[action] = (this.stats.actions[action] ?? 0) + 1;
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}
