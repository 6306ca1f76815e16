// GroupMember: one consumer's membership of a KIP-848 consumer group — the
// client half of ConsumerGroupHeartbeat, plus the group's offset RPCs
// (OffsetCommit, OffsetFetch) that are fenced by the member epoch. It finds
// the coordinator, joins (memberEpoch 0, a client-made member id: KIP-1082),
// heartbeats on its own Clock timers at the interval the coordinator names,
// and reconciles toward each assignment the coordinator sends: partitions
// to give up are revoked first (the consumer stops them, waits for their
// handlers and commits) and acknowledged by a heartbeat without them; only
// then are new ones taken on. Nothing here waits for user code except the
// reconciliation step, so heartbeats keep flowing while handlers run.
// Sans-I/O: Clock, Random, Logger and the ClusterClient (Transport port).
//
// Invariants: at most one heartbeat in flight and at most one reconciliation
// step at a time; `owned` only ever holds partitions the coordinator
// assigned in the current incarnation; a fence (FENCED_MEMBER_EPOCH,
// UNKNOWN_MEMBER_ID) bumps `incarnation`, empties `owned` without a commit
// and rejoins with the same member id, and no async step begun in an older
// incarnation changes the state of a newer one.

import type { ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse, OffsetCommitPartition } from '../broker/group-services.js';
import { assert } from '../common/assert.js';
import { type ErrorCode, isRetriable, SkiffError } from '../common/errors.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { Random } from '../env/random.js';
import { count, emptyTopicPartitions, fromList, isEmpty, minus, toList, type TopicPartitions, union } from '../group/topic-partitions.js';
import { type ClusterClient, sleep, toSkiffError } from './cluster-client.js';

export type { TopicPartitions } from '../group/topic-partitions.js';

/** What the member asks of the consumer it serves. */
export interface MemberListener {
  /** A reconciliation step starts: what will be revoked now, or assigned now. */
  rebalance(change: { readonly memberEpoch: number; readonly revoked: TopicPartitions; readonly assigned: TopicPartitions }): void;
  /**
   * Stop using `partitions`: no new records to handlers, wait for the
   * running ones (bounded), commit what was processed. The member
   * acknowledges the revocation once this resolves.
   */
  revoke(partitions: TopicPartitions): Promise<void>;
  /**
   * Prepare newly assigned partitions (committed offsets, start positions)
   * and return the step that starts consuming them. The member calls it, at
   * once and synchronously, only if it is still in the same incarnation.
   */
  assign(partitions: TopicPartitions): Promise<() => void>;
  /** Every partition is gone without a commit (fenced, or leaving after a fatal error). Synchronous. */
  lose(reason: string): void;
  joined(memberEpoch: number, assignment: TopicPartitions): void;
  heartbeat(memberEpoch: number): void;
  /** A failure the member cannot get past (the consumer crashes). */
  fatal(error: SkiffError): void;
}

export interface GroupMemberOptions {
  readonly cluster: ClusterClient;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly groupId: string;
  readonly memberId: string;
  /** group.instance.id (static membership), or null. */
  readonly instanceId: string | null;
  readonly rebalanceTimeoutMs: number;
  readonly serverAssignor: string | null;
  readonly clientId: string;
  readonly subscribedTopicNames: readonly string[];
  /** Full-match regular expression over topic names, or null. */
  readonly subscribedTopicRegex: string | null;
  /** Deadline of one heartbeat RPC. */
  readonly heartbeatTimeoutMs: number;
  /** Deadline of other RPCs (FindCoordinator, OffsetCommit, OffsetFetch, the leave). */
  readonly requestTimeoutMs: number;
  readonly retryBackoffMs: number;
  readonly retryBackoffMaxMs: number;
  readonly listener: MemberListener;
}

export type MemberState = 'idle' | 'joining' | 'stable' | 'leaving' | 'left' | 'failed';

export interface CommitEntry {
  readonly topic: string;
  readonly partition: number;
  /** The next offset to consume. */
  readonly offset: number;
  readonly leaderEpoch: number;
}

export interface CommittedOffset {
  /** -1: nothing committed. */
  readonly offset: number;
  readonly leaderEpoch: number;
}

/** Codes after which the coordinator must be found again. */
const coordinatorErrors: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NOT_COORDINATOR',
  'COORDINATOR_NOT_AVAILABLE',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'NETWORK_EXCEPTION',
  'REQUEST_TIMED_OUT',
  'SHUTTING_DOWN',
]);

/** Codes that mean "you are no longer this member": drop everything, rejoin. */
const fencedErrors: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['FENCED_MEMBER_EPOCH', 'UNKNOWN_MEMBER_ID']);

/** Reconciliation steps per call: a real one takes two or three; the bound stops a livelock from spinning. */
const reconcileStepsMax = 1_000;
/** A leave waits at most this long for a coordinator and its answer. */
const leaveTimeoutMsMax = 5_000;

/** Kafka's Uuid.toString(): 16 random bytes as 22 base64url characters (KIP-1082 member ids). */
export function randomMemberId(random: Random): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let bits = 0n;
  for (let i = 0; i < 16; i++) bits = (bits << 8n) | BigInt(random.int(256));
  let out = '';
  // 128 bits → 22 six-bit digits (the top digit holds the last 2 bits).
  for (let i = 0; i < 22; i++) {
    out = alphabet[Number(bits & 63n)]! + out;
    bits >>= 6n;
  }
  return out;
}

export class GroupMember {
  readonly memberId: string;
  private readonly cluster: ClusterClient;
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly logger: Logger;
  private readonly options: GroupMemberOptions;
  private readonly listener: MemberListener;

  private stateValue: MemberState = 'idle';
  private epoch = 0;
  /** Bumped by every fence and by the leave: async work tagged with an older value is void. */
  private incarnationValue = 0;
  private heartbeatIntervalMs: number;
  /** What the consumer has taken on (and not yet given back) in this incarnation. */
  private owned: TopicPartitions = emptyTopicPartitions;
  /**
   * What the consumer is taking on right now (listener.assign in progress).
   * Reported as owned: were it left out, the coordinator would read a
   * revocation of these as acknowledged and hand them to another member
   * while this one is about to start consuming them (and then commit them).
   */
  private assigning: TopicPartitions = emptyTopicPartitions;
  /** The latest assignment from the coordinator; null until one arrives (or after a fence). */
  private target: TopicPartitions | null = null;

  private coordinatorId: number | null = null;
  private finding: Promise<number> | null = null;
  private brokerCursor = 0;

  private timer: CancelTimer | null = null;
  private inFlight = false;
  private beatAgain = false;
  private failures = 0;
  private heartbeatWaiters: { resolve: () => void; reject: (error: SkiffError) => void }[] = [];

  private reconciling = false;
  private reconcileAgain = false;

  constructor(options: GroupMemberOptions) {
    assert(options.memberId.length > 0, 'a member id is required (KIP-1082: the client makes it)');
    assert(options.subscribedTopicNames.length > 0 || options.subscribedTopicRegex !== null, 'a member subscribes to something');
    this.options = options;
    this.memberId = options.memberId;
    this.cluster = options.cluster;
    this.clock = options.clock;
    this.random = options.random;
    this.listener = options.listener;
    this.logger = options.logger.child({ component: 'group-member', groupId: options.groupId, memberId: options.memberId });
    this.heartbeatIntervalMs = 1_000;
  }

  get state(): MemberState {
    return this.stateValue;
  }

  get memberEpoch(): number {
    return this.epoch;
  }

  get incarnation(): number {
    return this.incarnationValue;
  }

  /** The partitions the member holds now (assigned and taken on, not yet revoked). */
  get ownedPartitions(): TopicPartitions {
    return this.owned;
  }

  /** Joins the group; heartbeats from then on until leave(). */
  start(): void {
    assert(this.stateValue === 'idle', `start() in state ${this.stateValue}`);
    this.stateValue = 'joining';
    this.heartbeatNow();
  }

  private get active(): boolean {
    return this.stateValue === 'joining' || this.stateValue === 'stable';
  }

  // --- heartbeats --------------------------------------------------------------

  /** Sends a heartbeat now (or right after the one in flight). */
  heartbeatNow(): void {
    if (!this.active) return;
    if (this.inFlight) {
      this.beatAgain = true;
      return;
    }
    this.cancelTimer();
    void this.beat();
  }

  /** Resolves after the next successful heartbeat; rejects when the member leaves or `timeoutMs` passes. */
  nextHeartbeat(timeoutMs: number): Promise<void> {
    if (!this.active) return Promise.reject(new SkiffError('UNKNOWN_MEMBER_ID', 'the member has left the group'));
    return new Promise<void>((resolve, reject) => {
      const cancel = this.clock.setTimer(timeoutMs, () => {
        this.heartbeatWaiters = this.heartbeatWaiters.filter((w) => w !== waiter);
        reject(new SkiffError('REQUEST_TIMED_OUT', `no heartbeat within ${timeoutMs} ms`));
      });
      const waiter = {
        resolve: () => {
          cancel();
          resolve();
        },
        reject: (error: SkiffError) => {
          cancel();
          reject(error);
        },
      };
      this.heartbeatWaiters.push(waiter);
      this.heartbeatNow();
    });
  }

  private schedule(delayMs: number): void {
    this.cancelTimer();
    if (!this.active) return;
    this.timer = this.clock.setTimer(Math.max(0, delayMs), () => {
      this.timer = null;
      this.heartbeatNow();
    });
  }

  private cancelTimer(): void {
    this.timer?.();
    this.timer = null;
  }

  private async beat(): Promise<void> {
    assert(!this.inFlight, 'one heartbeat in flight at a time');
    this.inFlight = true;
    this.beatAgain = false;
    const incarnation = this.incarnationValue;
    let request: ConsumerGroupHeartbeatRequest | null = null;
    let outcome: { ok: true; response: ConsumerGroupHeartbeatResponse } | { ok: false; error: SkiffError };
    try {
      const coordinator = await this.coordinator();
      // Built after the coordinator lookup, so it reports what the member owns now.
      request = this.heartbeatRequest();
      const response = await this.cluster.call(coordinator, 'ConsumerGroupHeartbeat', request, this.options.heartbeatTimeoutMs);
      outcome = response.error === null ? { ok: true, response } : { ok: false, error: new SkiffError(response.error.code, response.error.message) };
    } catch (error) {
      outcome = { ok: false, error: toSkiffError(error) };
    } finally {
      this.inFlight = false;
    }
    if (!this.active) return;
    if (incarnation !== this.incarnationValue) {
      // Fenced (by a commit's answer) while this was in flight: its answer is about the old membership. Rejoin.
      this.heartbeatNow();
      return;
    }
    if (outcome.ok) this.onHeartbeat(request!, outcome.response);
    else this.onHeartbeatError(outcome.error);
    if (this.beatAgain) this.heartbeatNow();
  }

  private heartbeatRequest(): ConsumerGroupHeartbeatRequest {
    const joining = this.epoch === 0;
    const o = this.options;
    return {
      groupId: o.groupId,
      memberId: this.memberId,
      memberEpoch: this.epoch,
      instanceId: o.instanceId,
      rebalanceTimeoutMs: joining ? o.rebalanceTimeoutMs : -1,
      // A (re)join states the whole subscription; heartbeats leave it unchanged (null).
      subscribedTopicNames: joining ? [...o.subscribedTopicNames] : null,
      subscribedTopicRegex: joining ? (o.subscribedTopicRegex ?? '') : null,
      serverAssignor: joining ? o.serverAssignor : null,
      // Always the full owned set (with what is being taken on): the coordinator's revocation check needs to see a partition is gone.
      ownedTopicPartitions: joining ? [] : toList(union(this.owned, this.assigning)),
      clientId: o.clientId,
      clientHost: '',
    };
  }

  private onHeartbeat(request: ConsumerGroupHeartbeatRequest, response: ConsumerGroupHeartbeatResponse): void {
    assert(response.memberEpoch > 0, `a heartbeat answer carries a positive member epoch, got ${response.memberEpoch}`);
    const joined = request.memberEpoch === 0;
    this.failures = 0;
    this.epoch = response.memberEpoch;
    if (response.heartbeatIntervalMs > 0) this.heartbeatIntervalMs = response.heartbeatIntervalMs;
    if (response.assignment !== null) this.target = fromList(response.assignment);
    if (joined) {
      this.stateValue = 'stable';
      this.logger.info({ memberEpoch: this.epoch, partitions: count(this.target ?? emptyTopicPartitions) }, 'joined the group');
      this.listener.joined(this.epoch, this.target ?? emptyTopicPartitions);
    }
    this.listener.heartbeat(this.epoch);
    const waiters = this.heartbeatWaiters;
    this.heartbeatWaiters = [];
    for (const w of waiters) w.resolve();
    this.schedule(this.heartbeatIntervalMs);
    void this.reconcile();
  }

  private onHeartbeatError(error: SkiffError): void {
    const code = error.code;
    if (fencedErrors.has(code)) {
      this.fence(`${code}: ${error.message}`);
      return;
    }
    if (coordinatorErrors.has(code)) this.coordinatorId = null;
    if (code === 'FENCED_INSTANCE_ID' || code === 'GROUP_MAX_SIZE_REACHED' || (!isRetriable(code) && !coordinatorErrors.has(code) && code !== 'UNRELEASED_INSTANCE_ID')) {
      this.fail(error);
      return;
    }
    // Retriable, the coordinator moved, or a static instance not yet released by its previous holder: back off and retry.
    this.failures++;
    const delayMs = this.backoffMs(this.failures);
    if (this.failures === 1 || this.failures % 10 === 0) this.logger.warn({ code, failures: this.failures, retryInMs: delayMs }, 'heartbeat failed; retrying');
    this.schedule(delayMs);
  }

  /** This member is no longer known to the group as it was: drop everything without a commit and rejoin with epoch 0. */
  fence(reason: string): void {
    if (!this.active) return;
    this.incarnationValue++;
    this.logger.warn({ memberEpoch: this.epoch, owned: count(this.owned), reason }, 'fenced; partitions lost, rejoining');
    this.owned = emptyTopicPartitions;
    this.assigning = emptyTopicPartitions;
    this.target = null;
    this.epoch = 0;
    this.stateValue = 'joining';
    this.listener.lose(reason);
    this.heartbeatNow();
  }

  private fail(error: SkiffError): void {
    if (!this.active) return;
    this.logger.error({ code: error.code, err: error }, 'group membership failed');
    this.stateValue = 'failed';
    this.incarnationValue++;
    this.cancelTimer();
    this.rejectWaiters(error);
    this.listener.fatal(error);
  }

  private backoffMs(attempt: number): number {
    const base = Math.min(this.options.retryBackoffMaxMs, this.options.retryBackoffMs * 2 ** Math.min(attempt - 1, 20));
    return Math.round(base * (0.8 + 0.4 * this.random.next()));
  }

  private rejectWaiters(error: SkiffError): void {
    const waiters = this.heartbeatWaiters;
    this.heartbeatWaiters = [];
    for (const w of waiters) w.reject(error);
  }

  // --- reconciliation ----------------------------------------------------------

  private async reconcile(): Promise<void> {
    if (this.reconciling) {
      this.reconcileAgain = true;
      return;
    }
    this.reconciling = true;
    try {
      for (let step = 0; step < reconcileStepsMax; step++) {
        this.reconcileAgain = false;
        if (!(await this.reconcileStep())) {
          if (!this.reconcileAgain) return;
        }
      }
      this.logger.error({ steps: reconcileStepsMax }, 'reconciliation did not settle; waiting for the next assignment');
    } finally {
      this.reconciling = false;
    }
  }

  /** One step toward the target: revoke first, else assign. False when there is nothing to do. */
  private async reconcileStep(): Promise<boolean> {
    const target = this.target;
    if (target === null || !this.active) return false;
    const incarnation = this.incarnationValue;
    const revoked = minus(this.owned, target);
    const added = isEmpty(revoked) ? minus(target, this.owned) : emptyTopicPartitions;
    if (isEmpty(revoked) && isEmpty(added)) return false;
    this.listener.rebalance({ memberEpoch: this.epoch, revoked, assigned: added });
    try {
      if (!isEmpty(revoked)) {
        await this.listener.revoke(revoked);
        if (incarnation !== this.incarnationValue || !this.active) return true;
        this.owned = minus(this.owned, revoked);
        this.logger.info({ memberEpoch: this.epoch, revoked: count(revoked), owned: count(this.owned) }, 'partitions revoked');
        this.heartbeatNow(); // the acknowledgement: the coordinator hands them on only after it
        return true;
      }
      this.assigning = added;
      let activate: () => void;
      try {
        activate = await this.listener.assign(added);
      } finally {
        // Synchronously before activate() below: no heartbeat can be built between the two.
        if (incarnation === this.incarnationValue) this.assigning = emptyTopicPartitions;
      }
      if (incarnation !== this.incarnationValue || !this.active) return true;
      // If the target dropped some of these meanwhile, the next step revokes them.
      activate();
      this.owned = union(this.owned, added);
      this.logger.info({ memberEpoch: this.epoch, assigned: count(added), owned: count(this.owned) }, 'partitions assigned');
      this.heartbeatNow();
      return true;
    } catch (error) {
      if (incarnation === this.incarnationValue && this.active) this.fail(toSkiffError(error));
      return true;
    }
  }

  // --- the coordinator -------------------------------------------------------------

  /** The coordinator's broker id, found once and kept until an answer says it moved. Retries until found or the member stops. */
  coordinator(): Promise<number> {
    if (this.coordinatorId !== null) return Promise.resolve(this.coordinatorId);
    this.finding ??= this.findCoordinator().finally(() => {
      this.finding = null;
    });
    return this.finding;
  }

  private async findCoordinator(): Promise<number> {
    // Bounded by the member's life: every pass either returns, throws, or backs off at least retryBackoffMs.
    for (let attempt = 1; ; attempt++) {
      if (this.stateValue === 'left' || this.stateValue === 'failed') throw new SkiffError('SHUTTING_DOWN', 'the member has stopped');
      const broker = this.pickBroker();
      let why: string;
      try {
        const r = await this.cluster.call(broker, 'FindCoordinator', { key: this.options.groupId }, this.options.requestTimeoutMs);
        if (r.error === null && r.nodeId >= 0) {
          // The transport learns broker addresses from Metadata: make sure it knows this one.
          if (!this.cluster.brokers.some((b) => b.brokerId === r.nodeId)) await this.cluster.refresh();
          this.coordinatorId = r.nodeId;
          this.logger.info({ coordinator: r.nodeId }, 'found the group coordinator');
          return r.nodeId;
        }
        if (r.error !== null && !isRetriable(r.error.code)) throw new SkiffError(r.error.code, `FindCoordinator: ${r.error.message}`);
        why = r.error?.message ?? 'no coordinator';
      } catch (error) {
        const e = toSkiffError(error);
        if (!e.retriable) throw e;
        why = e.message;
      }
      const delayMs = this.backoffMs(attempt);
      if (attempt === 1 || attempt % 10 === 0) this.logger.debug({ broker, attempt, why, retryInMs: delayMs }, 'no coordinator yet');
      await sleep(this.clock, delayMs);
    }
  }

  /** Known brokers in turn (a dead one is not asked twice in a row); a bootstrap peer before any metadata. */
  private pickBroker(): number {
    const ids = this.cluster.brokers.map((b) => b.brokerId);
    if (ids.length === 0) return this.cluster.anyBroker();
    return ids[this.brokerCursor++ % ids.length]!;
  }

  /** Forgets the coordinator after an answer that says it moved (or a transport failure). */
  private coordinatorFailed(code: ErrorCode): void {
    if (coordinatorErrors.has(code)) this.coordinatorId = null;
  }

  // --- offsets -----------------------------------------------------------------

  /**
   * OffsetCommit with the current member epoch: retried after the next
   * heartbeat on STALE_MEMBER_EPOCH, at a found-again coordinator after it
   * moved, until `timeoutMs` passes. A fence rejects (and starts the
   * rejoin). Resolves with each partition's error (null: committed).
   */
  async commit(entries: readonly CommitEntry[], timeoutMs: number): Promise<Map<string, ErrorCode | null>> {
    const byTopic = new Map<string, OffsetCommitPartition[]>();
    for (const e of entries) {
      assert(Number.isSafeInteger(e.offset) && e.offset >= 0, `commit offset ${e.offset}`);
      const list = byTopic.get(e.topic) ?? [];
      list.push({ partition: e.partition, committedOffset: e.offset, committedLeaderEpoch: e.leaderEpoch, committedMetadata: null });
      byTopic.set(e.topic, list);
    }
    const topics = [...byTopic].map(([topic, partitions]) => ({ topic, partitions }));
    const response = await this.withRetries('OffsetCommit', timeoutMs, async (coordinator, memberEpoch) => {
      const r = await this.cluster.call(coordinator, 'OffsetCommit', { groupId: this.options.groupId, memberId: this.memberId, memberEpoch, topics }, this.options.requestTimeoutMs);
      return { error: r.error, value: r };
    });
    const results = new Map<string, ErrorCode | null>();
    for (const t of response.topics) for (const p of t.partitions) results.set(partitionKey(t.topic, p.partition), p.error?.code ?? null);
    return results;
  }

  /** OffsetFetch as this member (KIP-848: fenced by memberId and memberEpoch). Retries like commit(), until the member's incarnation ends. */
  async fetchCommitted(partitions: TopicPartitions): Promise<Map<string, CommittedOffset>> {
    const topics = toList(partitions).map((t) => ({ topic: t.topic, partitions: [...t.partitions] }));
    const response = await this.withRetries('OffsetFetch', Infinity, async (coordinator, memberEpoch) => {
      const r = await this.cluster.call(coordinator, 'OffsetFetch', { groupId: this.options.groupId, memberId: this.memberId, memberEpoch, topics }, this.options.requestTimeoutMs);
      return { error: r.error, value: r };
    });
    const out = new Map<string, CommittedOffset>();
    for (const t of response.topics) {
      for (const p of t.partitions) {
        assert(Number.isSafeInteger(p.committedOffset) && p.committedOffset >= -1, `OffsetFetch gave ${t.topic}-${p.partition} offset ${p.committedOffset}`);
        out.set(partitionKey(t.topic, p.partition), { offset: p.committedOffset, leaderEpoch: p.committedLeaderEpoch });
      }
    }
    return out;
  }

  /**
   * Runs a member-epoch-fenced request at the coordinator until it answers
   * without a retriable error. Bounded by `timeoutMs` and by the
   * incarnation it started in (a fence or the leave ends it).
   */
  private async withRetries<T>(what: string, timeoutMs: number, send: (coordinator: number, memberEpoch: number) => Promise<{ error: { code: ErrorCode; message: string } | null; value: T }>): Promise<T> {
    const incarnation = this.incarnationValue;
    const deadlineMs = this.clock.now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      if (incarnation !== this.incarnationValue || !this.active || this.epoch <= 0) throw new SkiffError('UNKNOWN_MEMBER_ID', `${what}: the member is no longer in the group as it was`);
      let error: SkiffError;
      try {
        const coordinator = await this.coordinator();
        const { error: answer, value } = await send(coordinator, this.epoch);
        if (answer === null) return value;
        error = new SkiffError(answer.code, `${what}: ${answer.message}`);
      } catch (e) {
        error = toSkiffError(e);
      }
      this.coordinatorFailed(error.code);
      if (fencedErrors.has(error.code)) {
        if (incarnation === this.incarnationValue) this.fence(`${what} answered ${error.code}`);
        throw error;
      }
      const remainingMs = deadlineMs - this.clock.now();
      if (remainingMs <= 0) throw error;
      if (error.code === 'STALE_MEMBER_EPOCH') {
        // The coordinator moved this member to a newer epoch that the member has not heard yet: heartbeat, then retry.
        await this.nextHeartbeat(Math.min(remainingMs, this.options.requestTimeoutMs)).catch(() => undefined);
        continue;
      }
      if (!error.retriable && !coordinatorErrors.has(error.code)) throw error;
      await sleep(this.clock, Math.min(remainingMs, this.backoffMs(attempt)));
    }
  }

  // --- leaving -------------------------------------------------------------------

  /**
   * Leaves the group: a heartbeat with memberEpoch -1 (or -2 for a static
   * member, whose partitions wait a session timeout for its return). Best
   * effort and bounded; afterwards the member is done.
   */
  async leave(): Promise<void> {
    const wasActive = this.active;
    const joinedOnce = this.stateValue !== 'idle';
    if (this.stateValue === 'left') return;
    this.stateValue = 'leaving';
    this.incarnationValue++;
    this.cancelTimer();
    this.rejectWaiters(new SkiffError('UNKNOWN_MEMBER_ID', 'the member left the group'));
    if (wasActive && joinedOnce) {
      const epoch = this.options.instanceId !== null ? -2 : -1;
      const deadlineMs = this.clock.now() + Math.min(this.options.requestTimeoutMs, leaveTimeoutMsMax);
      await this.sendLeave(epoch, deadlineMs);
    }
    this.stateValue = 'left';
    this.owned = emptyTopicPartitions;
    this.assigning = emptyTopicPartitions;
    this.target = null;
  }

  private async sendLeave(memberEpoch: number, deadlineMs: number): Promise<void> {
    const o = this.options;
    // Bounded: at most three tries before the deadline.
    for (let attempt = 1; attempt <= 3; attempt++) {
      const remainingMs = deadlineMs - this.clock.now();
      if (remainingMs <= 0) break;
      try {
        const coordinator = await withDeadline(this.clock, this.coordinator(), remainingMs);
        if (coordinator === null) break;
        const request: ConsumerGroupHeartbeatRequest = {
          groupId: o.groupId, memberId: this.memberId, memberEpoch, instanceId: o.instanceId, rebalanceTimeoutMs: -1,
          subscribedTopicNames: null, subscribedTopicRegex: null, serverAssignor: null, ownedTopicPartitions: null, clientId: o.clientId, clientHost: '',
        };
        const r = await this.cluster.call(coordinator, 'ConsumerGroupHeartbeat', request, Math.max(1, deadlineMs - this.clock.now()));
        if (r.error === null || fencedErrors.has(r.error.code)) {
          this.logger.info({ memberEpoch }, 'left the group');
          return;
        }
        this.coordinatorFailed(r.error.code);
        if (!coordinatorErrors.has(r.error.code)) break;
      } catch (error) {
        this.coordinatorFailed(toSkiffError(error).code);
      }
    }
    this.logger.warn({ memberEpoch }, 'could not tell the coordinator this member left; its session will expire');
  }
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}

/** `promise`'s value, or null once `timeoutMs` passes (its timer is cancelled either way). */
export async function withDeadline<T>(clock: Clock, promise: Promise<T>, timeoutMs: number): Promise<T | null> {
  let cancel: CancelTimer = () => {};
  const timeout = new Promise<null>((resolve) => {
    cancel = clock.setTimer(Math.max(0, timeoutMs), () => resolve(null));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    cancel();
  }
}
