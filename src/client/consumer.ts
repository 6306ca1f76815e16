// Consumer: the application-facing group consumer, shaped like kafkajs's
// (`subscribe`, `run({ eachMessage | eachBatch })`, `commitOffsets`, `seek`,
// `pause`/`resume`, `disconnect`, events), on KIP-848 membership
// (group-member.ts) and a shared fetch engine (consumer-fetcher.ts).
//
// Three loops, each on its own: the member heartbeats on Clock timers; the
// fetch loop polls the engine and queues records per partition; one worker
// per partition hands its records to the handler one at a time, in offset
// order, at most `partitionsConsumedConcurrently` partitions at once. A slow
// handler therefore delays only its own partition's records, never a
// heartbeat (kafkajs's most reported failure).
//
// Guarantees: at-least-once — an offset is committed only once every record
// below it was handled (or sought past); a revoked partition's handlers
// finish (bounded by rebalanceTimeoutMs) and its offsets are committed
// before the member acknowledges the revocation, so its next owner starts
// where this one stopped; a lost partition (fenced) is dropped without a
// commit. Per partition, a new incarnation of its worker starts only after
// the previous one's handler returned. Queues are bounded: a partition stops
// fetching while it holds maxQueuedBatches undelivered fetch answers.
// Sans-I/O: Clock, Random, Logger and the ClusterClient from ClientContext.

import { assert } from '../common/assert.js';
import { SkiffError } from '../common/errors.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import { fromList, toList, type TopicPartitions } from '../group/topic-partitions.js';
import { sleep, toSkiffError } from './cluster-client.js';
import { ConsumerFetcher, type FetchedBatch, type OffsetReset } from './consumer-fetcher.js';
import type {
  Batch,
  ConsumedMessage,
  ConsumerEvent,
  ConsumerEventName,
  ConsumerEventPayloads,
  ConsumerOptions,
  EachBatchPayload,
  Headers,
  RunOptions,
  SubscribeOptions,
  TopicPartitionList,
  TopicPartitionOffset,
  TopicPartitionsSpec,
  UncommittedOffsets,
} from './consumer-types.js';
import { type CommitEntry, GroupMember, partitionKey, randomMemberId, withDeadline } from './group-member.js';
import type { ClientContext } from './producer.js';
import type { ConsumerRecord } from './simple-consumer.js';
import { bytesDeserializer, type Deserializer } from './serializers.js';
import type { RecordHeader } from '../storage/batch/records.js';

export type * from './consumer-types.js';

/** Undelivered fetch answers a partition may hold before it stops fetching. */
const maxQueuedBatches = 2;
/** How long one poll of the fetch engine waits; fetches themselves run on in the background. */
const pollTimeoutMs = 100;
/** The server refuses longer subscription regexes (src/group/subscriptions.ts). */
const maxRegexLength = 1024;

interface QueuedBatch {
  readonly records: readonly ConsumerRecord[];
  /** The next record of `records` to hand over. */
  index: number;
  readonly highWatermark: number;
  readonly leaderEpoch: number;
}

interface PartitionState {
  readonly topic: string;
  readonly partition: number;
  readonly key: string;
  /** active: delivering; revoking: finishing its handler before it is given back; gone: removed. */
  status: 'active' | 'revoking' | 'gone';
  /** At most maxQueuedBatches (+1 taken by a running eachBatch). */
  readonly batches: QueuedBatch[];
  /** Whether the fetch engine fetches it (not paused by the user or by a full queue). */
  fetching: boolean;
  worker: Promise<void> | null;
  /** The previous incarnation's worker of this partition, still running: this one waits for it. */
  predecessor: Promise<void> | null;
  /** The next offset to commit: one past the last handled record (or a start or sought position). */
  processed: { offset: number; leaderEpoch: number } | null;
  /** What this consumer last committed, or fetched as committed; -1: none. */
  committed: number;
  /** A seek set `processed`: commit it even if it is below `committed` (the one way a commit moves back). */
  sought: boolean;
  /** Bumped by seek(): a handler's outcome from before it no longer moves `processed`. */
  seekGeneration: number;
  attempts: number;
  retryAtMs: number;
  retryTimer: CancelTimer | null;
  highWatermark: number;
}

interface SubscriptionRule {
  readonly name: string | null;
  readonly regex: RegExp | null;
  readonly fromBeginning: boolean;
}

type Listener<E extends ConsumerEventName> = (event: ConsumerEvent<E>) => void;

/** A FIFO counting semaphore: how many partitions' handlers may run at once. */
class Slots {
  private readonly waiters: (() => void)[] = [];

  constructor(private free: number) {}

  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  release(): void {
    const next = this.waiters.shift();
    if (next !== undefined) next();
    else this.free++;
  }
}

export class Consumer<K = Uint8Array, V = Uint8Array> {
  /** Event names, as kafkajs's `consumer.events`. */
  readonly events = {
    GROUP_JOIN: 'group.join',
    REBALANCING: 'rebalance',
    PARTITIONS_ASSIGNED: 'partitions.assigned',
    PARTITIONS_REVOKED: 'partitions.revoked',
    HEARTBEAT: 'heartbeat',
    COMMIT_OFFSETS: 'commit.offsets',
    CRASH: 'crash',
    STOP: 'stop',
    DISCONNECT: 'disconnect',
  } as const satisfies Record<string, ConsumerEventName>;

  readonly groupId: string;
  /** KIP-1082: made here, kept across rejoins. */
  readonly memberId: string;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly fetcher: ConsumerFetcher;
  private readonly keyDeserializer: Deserializer<K>;
  private readonly valueDeserializer: Deserializer<V>;
  private readonly rebalanceTimeoutMs: number;
  private readonly requestTimeoutMs: number;
  private readonly retryBackoffMs: number;
  private readonly retries: number;
  private readonly initialRetryTimeMs: number;
  private readonly maxRetryTimeMs: number;

  private member: GroupMember | null = null;
  private readonly partitions = new Map<string, PartitionState>();
  /** Workers of partitions that are gone but whose handler still runs. */
  private readonly draining = new Map<string, Promise<void>>();
  private readonly rules: SubscriptionRule[] = [];
  private readonly topicNames = new Set<string>();
  private readonly regexSources: string[] = [];
  private readonly pausedTopics = new Set<string>();
  private readonly pausedPartitions = new Set<string>();
  /** Partitions resumed while their whole topic is paused. */
  private readonly resumedPartitions = new Set<string>();
  /** seek() on partitions not (yet) owned: applied when they are assigned. */
  private readonly pendingSeeks = new Map<string, number>();
  private readonly listeners = new Map<ConsumerEventName, Set<Listener<ConsumerEventName>>>();

  /** run()'s options with their defaults filled in. */
  private runOptions: Required<Pick<RunOptions<K, V>, 'autoCommit' | 'autoCommitInterval' | 'partitionsConsumedConcurrently' | 'eachBatchAutoResolve'>> & RunOptions<K, V> = {
    autoCommit: true,
    autoCommitInterval: 5_000,
    partitionsConsumedConcurrently: 1,
    eachBatchAutoResolve: true,
  };
  private slots = new Slots(1);
  private running = false;
  private crashed = false;
  private fetchLoopDone: Promise<void> = Promise.resolve();
  private commitChain: Promise<void> = Promise.resolve();
  private autoCommitTimer: CancelTimer | null = null;
  private lastCommitMs = 0;
  private processedSinceCommit = 0;
  private stopping: Promise<void> | null = null;
  private disconnecting: Promise<void> | null = null;
  /** Resolved (and replaced) whenever partitions are lost, so a revocation waiting on their handlers stops waiting. */
  private lost = signal();

  constructor(
    private readonly context: ClientContext,
    private readonly options: ConsumerOptions<K, V>,
  ) {
    if (typeof options.groupId !== 'string' || options.groupId.length === 0) throw new SkiffError('INVALID_GROUP_ID', 'a consumer needs a non-empty groupId');
    if (options.groupInstanceId !== undefined && options.groupInstanceId.length === 0) throw new SkiffError('INVALID_CONFIG', 'groupInstanceId must not be empty');
    this.groupId = options.groupId;
    this.clock = context.clock;
    this.memberId = randomMemberId(context.random);
    this.logger = context.logger.child({ component: 'consumer', groupId: options.groupId, clientId: context.clientId });
    this.rebalanceTimeoutMs = positiveInt(options.rebalanceTimeoutMs ?? 60_000, 'rebalanceTimeoutMs');
    this.requestTimeoutMs = positiveInt(options.requestTimeoutMs ?? 30_000, 'requestTimeoutMs');
    this.retryBackoffMs = positiveInt(options.retryBackoffMs ?? 100, 'retryBackoffMs');
    positiveInt(options.sessionTimeoutMs ?? 45_000, 'sessionTimeoutMs');
    this.retries = nonNegativeInt(options.retry?.retries ?? 5, 'retry.retries');
    this.initialRetryTimeMs = positiveInt(options.retry?.initialRetryTimeMs ?? 300, 'retry.initialRetryTimeMs');
    this.maxRetryTimeMs = Math.max(this.initialRetryTimeMs, options.retry?.maxRetryTimeMs ?? 30_000);
    if (options.autoOffsetReset !== undefined && options.autoOffsetReset !== 'earliest' && options.autoOffsetReset !== 'latest') {
      throw new SkiffError('INVALID_CONFIG', `autoOffsetReset must be 'earliest' or 'latest', got '${String(options.autoOffsetReset)}'`);
    }
    this.keyDeserializer = options.keyDeserializer ?? (bytesDeserializer as Deserializer<K>);
    this.valueDeserializer = options.valueDeserializer ?? (bytesDeserializer as Deserializer<V>);
    this.fetcher = new ConsumerFetcher({
      cluster: context.cluster,
      clock: context.clock,
      logger: this.logger,
      autoOffsetReset: options.autoOffsetReset ?? 'latest',
      requestTimeoutMs: this.requestTimeoutMs,
      retryBackoffMs: this.retryBackoffMs,
      ...(options.maxWaitMs !== undefined ? { maxWaitMs: options.maxWaitMs } : {}),
      ...(options.minBytes !== undefined ? { minBytes: options.minBytes } : {}),
      ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
      ...(options.maxBytesPerPartition !== undefined ? { partitionMaxBytes: options.maxBytesPerPartition } : {}),
    });
  }

  // --- lifecycle -------------------------------------------------------------------

  /** Checks that the cluster answers (one Metadata request). */
  async connect(): Promise<void> {
    if (this.disconnecting !== null) throw new SkiffError('SHUTTING_DOWN', 'the consumer is disconnected');
    if (!(await this.context.cluster.refresh())) throw new SkiffError('NETWORK_EXCEPTION', 'no broker answered a metadata request');
  }

  /**
   * Adds topics to the subscription (before run()). Strings are names; a
   * RegExp matches topic names as RegExp.test does — it is sent to the
   * coordinator as `.*(?:source).*`, since the coordinator matches whole names.
   */
  async subscribe(options: SubscribeOptions): Promise<void> {
    if (this.member !== null) throw new SkiffError('INVALID_REQUEST', 'subscribe() before run(): the subscription is fixed once the consumer runs');
    const topics = options.topics ?? (options.topic !== undefined ? [options.topic] : []);
    if (topics.length === 0) throw new SkiffError('INVALID_CONFIG', 'subscribe() needs topics');
    const fromBeginning = options.fromBeginning ?? false;
    for (const topic of topics) {
      if (typeof topic === 'string') {
        if (topic.length === 0) throw new SkiffError('INVALID_TOPIC_EXCEPTION', 'a topic name must not be empty');
        this.topicNames.add(topic);
        this.rules.push({ name: topic, regex: null, fromBeginning });
        continue;
      }
      if (!(topic instanceof RegExp)) throw new SkiffError('INVALID_CONFIG', 'topics are strings or RegExps');
      const unsupported = topic.flags.replace(/[gyu]/g, '');
      if (unsupported.length > 0) throw new SkiffError('INVALID_CONFIG', `the coordinator matches subscription regexes itself and cannot apply the flags '${unsupported}' of ${String(topic)}`);
      const source = `.*(?:${topic.source}).*`;
      const combined = [...this.regexSources, source].map((s) => `(?:${s})`).join('|');
      if (combined.length > maxRegexLength) throw new SkiffError('INVALID_CONFIG', `the subscription regexes exceed ${maxRegexLength} characters`);
      this.regexSources.push(source);
      this.rules.push({ name: null, regex: new RegExp(topic.source, 'u'), fromBeginning });
    }
    await Promise.resolve();
  }

  /** Joins the group and starts consuming; resolves once started (failures later come as 'crash'). */
  async run(options: RunOptions<K, V>): Promise<void> {
    if (this.disconnecting !== null || this.stopping !== null) throw new SkiffError('SHUTTING_DOWN', 'the consumer has stopped; make a new one');
    if (this.member !== null) throw new SkiffError('INVALID_REQUEST', 'run() was already called');
    if ((options.eachMessage === undefined) === (options.eachBatch === undefined)) throw new SkiffError('INVALID_CONFIG', 'run() needs exactly one of eachMessage and eachBatch');
    if (this.topicNames.size === 0 && this.regexSources.length === 0) throw new SkiffError('INVALID_REQUEST', 'subscribe() before run()');
    this.runOptions = {
      ...this.runOptions,
      ...options,
      autoCommit: options.autoCommit ?? true,
      autoCommitInterval: positiveInt(options.autoCommitInterval ?? 5_000, 'autoCommitInterval'),
      partitionsConsumedConcurrently: positiveInt(options.partitionsConsumedConcurrently ?? 1, 'partitionsConsumedConcurrently'),
      eachBatchAutoResolve: options.eachBatchAutoResolve ?? true,
    };
    if (options.autoCommitThreshold !== undefined) positiveInt(options.autoCommitThreshold, 'autoCommitThreshold');
    this.slots = new Slots(this.runOptions.partitionsConsumedConcurrently);
    const sessionTimeoutMs = this.options.sessionTimeoutMs ?? 45_000;
    this.member = new GroupMember({
      cluster: this.context.cluster,
      clock: this.clock,
      random: this.context.random,
      logger: this.logger,
      groupId: this.groupId,
      memberId: this.memberId,
      instanceId: this.options.groupInstanceId ?? null,
      rebalanceTimeoutMs: this.rebalanceTimeoutMs,
      serverAssignor: this.options.serverAssignor ?? null,
      clientId: this.context.clientId,
      subscribedTopicNames: [...this.topicNames],
      subscribedTopicRegex: this.regexSources.length === 0 ? null : this.regexSources.map((s) => `(?:${s})`).join('|'),
      heartbeatTimeoutMs: Math.max(1_000, Math.min(this.requestTimeoutMs, Math.floor(sessionTimeoutMs / 2))),
      requestTimeoutMs: this.requestTimeoutMs,
      retryBackoffMs: this.retryBackoffMs,
      retryBackoffMaxMs: Math.max(this.retryBackoffMs, 1_000),
      listener: {
        rebalance: (c) => this.emit('rebalance', { groupId: this.groupId, memberId: this.memberId, memberEpoch: c.memberEpoch, revoked: toList(c.revoked), assigned: toList(c.assigned) }),
        revoke: (p) => this.revokePartitions(p),
        assign: (p) => this.prepareAssignment(p),
        lose: (reason) => this.losePartitions(reason),
        joined: (memberEpoch, assignment) => this.emit('group.join', { groupId: this.groupId, memberId: this.memberId, memberEpoch, assignment: toList(assignment) }),
        heartbeat: (memberEpoch) => this.emit('heartbeat', { groupId: this.groupId, memberId: this.memberId, memberEpoch }),
        fatal: (error) => this.crash(error),
      },
    });
    this.running = true;
    this.lastCommitMs = this.clock.now();
    this.member.start();
    this.fetchLoopDone = this.fetchLoop();
    this.scheduleAutoCommit();
    await Promise.resolve();
  }

  /**
   * Stops consuming: handlers finish (at most rebalanceTimeoutMs), processed
   * offsets are committed (autoCommit), and the member leaves the group
   * (memberEpoch -1; -2 for a static member). The consumer cannot run again.
   */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  /** stop(), then closes the connection. */
  disconnect(): Promise<void> {
    this.disconnecting ??= (async () => {
      try {
        await this.stop();
      } finally {
        this.fetcher.close();
        await this.context.release?.();
        this.emit('disconnect', {});
      }
    })();
    return this.disconnecting;
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends ConsumerEventName>(event: E, listener: Listener<E>): () => void {
    let set = this.listeners.get(event);
    if (set === undefined) this.listeners.set(event, (set = new Set()));
    set.add(listener as Listener<ConsumerEventName>);
    return () => set.delete(listener as Listener<ConsumerEventName>);
  }

  /** The member epoch now (0 while joining). */
  get memberEpoch(): number {
    return this.member?.memberEpoch ?? 0;
  }

  /** The partitions this consumer is consuming now. */
  assignment(): TopicPartitionList[] {
    return toList(topicPartitionsOf([...this.partitions.values()].filter((st) => st.status === 'active')));
  }

  // --- offsets, seek, pause -------------------------------------------------------------

  /**
   * Commits the given offsets (each the next offset to consume) with the
   * current member epoch. Rejects with the first partition's error, if any.
   */
  async commitOffsets(offsets: readonly TopicPartitionOffset[]): Promise<void> {
    const member = this.member;
    if (member === null || member.memberEpoch <= 0) throw new SkiffError('UNKNOWN_MEMBER_ID', 'the consumer is not in the group yet');
    const entries: CommitEntry[] = offsets.map((o) => ({ topic: o.topic, partition: o.partition, offset: parseOffset(o.offset), leaderEpoch: -1 }));
    if (entries.length === 0) return;
    let failure: SkiffError | null = null;
    await this.chainCommit(async () => {
      const results = await member.commit(entries, this.requestTimeoutMs);
      const done: CommitEntry[] = [];
      for (const e of entries) {
        const code = results.get(partitionKey(e.topic, e.partition));
        if (code === null) {
          done.push(e);
          const st = this.partitions.get(partitionKey(e.topic, e.partition));
          if (st !== undefined) {
            st.committed = e.offset;
            if (st.processed?.offset === e.offset) st.sought = false;
          }
        } else failure ??= new SkiffError(code ?? 'UNKNOWN_SERVER_ERROR', `commit of ${e.topic}-${e.partition}`);
      }
      this.emitCommitted(member.memberEpoch, done);
    });
    if (failure !== null) throw failure;
  }

  /**
   * The partition's next record is `offset`. Queued records are dropped; a
   * handler running now finishes, but does not move the committed offset.
   * With autoCommit, `offset` is committed next. Before the partition is
   * assigned, it is applied when it is (instead of the committed offset).
   */
  seek(target: TopicPartitionOffset): void {
    const offset = parseOffset(target.offset);
    const key = partitionKey(target.topic, target.partition);
    const st = this.partitions.get(key);
    if (st === undefined || st.status !== 'active') {
      this.pendingSeeks.set(key, offset);
      return;
    }
    st.seekGeneration++;
    st.batches.length = 0;
    st.processed = { offset, leaderEpoch: -1 };
    st.sought = true;
    this.clearRetry(st);
    this.fetcher.seek(st.topic, st.partition, offset);
    this.updateFetch(st);
  }

  /** Stops delivering (and fetching) these partitions until resume(); without `partitions`, every partition of the topic. */
  pause(topics: readonly TopicPartitionsSpec[]): void {
    for (const { topic, partitions } of topics) {
      if (partitions === undefined) {
        this.pausedTopics.add(topic);
        for (const key of [...this.resumedPartitions]) if (key.startsWith(`${topic}\u0000`)) this.resumedPartitions.delete(key);
      } else {
        for (const p of partitions) {
          this.pausedPartitions.add(partitionKey(topic, p));
          this.resumedPartitions.delete(partitionKey(topic, p));
        }
      }
    }
    for (const st of this.partitions.values()) this.updateFetch(st);
  }

  resume(topics: readonly TopicPartitionsSpec[]): void {
    for (const { topic, partitions } of topics) {
      if (partitions === undefined) {
        this.pausedTopics.delete(topic);
        for (const set of [this.pausedPartitions, this.resumedPartitions]) {
          for (const key of [...set]) if (key.startsWith(`${topic}\u0000`)) set.delete(key);
        }
      } else {
        for (const p of partitions) {
          this.pausedPartitions.delete(partitionKey(topic, p));
          if (this.pausedTopics.has(topic)) this.resumedPartitions.add(partitionKey(topic, p));
        }
      }
    }
    for (const st of this.partitions.values()) {
      this.updateFetch(st);
      this.schedule(st);
    }
  }

  /** The owned partitions that are paused. */
  paused(): TopicPartitionList[] {
    return toList(topicPartitionsOf([...this.partitions.values()].filter((st) => st.status === 'active' && this.isPaused(st.topic, st.partition))));
  }

  // --- membership hooks (GroupMember's listener) -------------------------------------

  /** Newly assigned partitions: committed offsets (or start positions), then the step that starts them. */
  private async prepareAssignment(partitions: TopicPartitions): Promise<() => void> {
    const member = this.member!;
    const incarnation = member.incarnation;
    const isCurrent = (): boolean => this.running && member.incarnation === incarnation;
    const noop = (): void => {};
    if (!this.running) return noop;
    const starts = new Map<string, { topic: string; partition: number; position: number; committed: number; processed: PartitionState['processed'] }>();
    try {
      const committed = await member.fetchCommitted(partitions);
      const resets: OffsetReset[] = [];
      for (const { topic, partitions: ps } of toList(partitions)) {
        for (const partition of ps) {
          const key = partitionKey(topic, partition);
          const sought = this.pendingSeeks.get(key);
          const c = committed.get(key)?.offset ?? -1;
          if (sought !== undefined) starts.set(key, { topic, partition, position: sought, committed: c, processed: { offset: sought, leaderEpoch: -1 } });
          else if (c >= 0) starts.set(key, { topic, partition, position: c, committed: c, processed: null });
          else resets.push({ topic, partition, reset: this.resetFor(topic) });
        }
      }
      if (resets.length > 0) {
        const resolved = await this.fetcher.resolveOffsets(resets, isCurrent);
        for (const { topic, partition } of resets) {
          const position = resolved.get(partitionKey(topic, partition))!;
          // Committed with the next commit, so the next owner starts here too rather than resolving the reset again.
          starts.set(partitionKey(topic, partition), { topic, partition, position, committed: -1, processed: { offset: position, leaderEpoch: -1 } });
        }
      }
    } catch (error) {
      if (!isCurrent()) return noop;
      throw error;
    }
    return () => {
      if (!this.running) return;
      for (const [key, s] of starts) {
        assert(!this.partitions.has(key), `${s.topic}-${s.partition} is assigned twice`);
        this.pendingSeeks.delete(key);
        const st: PartitionState = {
          topic: s.topic, partition: s.partition, key, status: 'active', batches: [], fetching: true,
          worker: null, predecessor: this.draining.get(key) ?? null, processed: s.processed, committed: s.committed, sought: s.processed !== null,
          seekGeneration: 0, attempts: 0, retryAtMs: 0, retryTimer: null, highWatermark: -1,
        };
        this.partitions.set(key, st);
        this.fetcher.add(s.topic, s.partition, s.position);
        this.updateFetch(st);
      }
      this.logger.info({ memberEpoch: member.memberEpoch, partitions: starts.size }, 'consuming newly assigned partitions');
      this.emit('partitions.assigned', { memberEpoch: member.memberEpoch, partitions: toList(partitions) });
    };
  }

  /** Revoked partitions: stop, let handlers finish (bounded), commit, remove. The member acknowledges afterwards. */
  private async revokePartitions(partitions: TopicPartitions): Promise<void> {
    const states: PartitionState[] = [];
    for (const { topic, partitions: ps } of toList(partitions)) {
      for (const partition of ps) {
        const st = this.partitions.get(partitionKey(topic, partition));
        if (st === undefined || st.status !== 'active') continue;
        st.status = 'revoking';
        st.batches.length = 0;
        this.clearRetry(st);
        this.fetcher.remove(topic, partition);
        states.push(st);
      }
    }
    const finished = await withDeadline(this.clock, Promise.race([this.allIdle(states), this.lost.promise]).then(() => true), this.rebalanceTimeoutMs);
    if (finished === null) this.logger.warn({ partitions: states.length, rebalanceTimeoutMs: this.rebalanceTimeoutMs }, 'handlers of revoked partitions still run after the rebalance timeout; giving the partitions back anyway');
    if (this.runOptions.autoCommit) await this.commitProcessed(states).catch((error: unknown) => this.logger.warn({ err: error }, 'commit of revoked partitions failed; their next owner re-reads from the last commit'));
    for (const st of states) this.retire(st);
    if (states.length > 0) this.emit('partitions.revoked', { memberEpoch: this.memberEpoch, partitions: toList(topicPartitionsOf(states)), lost: false });
  }

  /** Fenced: every partition is gone, without a commit (another member may own them already). */
  private losePartitions(reason: string): void {
    this.lost.resolve();
    this.lost = signal();
    const states = [...this.partitions.values()];
    for (const st of states) this.retire(st);
    if (states.length > 0) {
      this.logger.warn({ partitions: states.length, reason }, 'partitions lost');
      this.emit('partitions.revoked', { memberEpoch: this.memberEpoch, partitions: toList(topicPartitionsOf(states)), lost: true });
    }
  }

  private retire(st: PartitionState): void {
    st.status = 'gone';
    st.batches.length = 0;
    this.clearRetry(st);
    this.fetcher.remove(st.topic, st.partition);
    if (this.partitions.get(st.key) === st) this.partitions.delete(st.key);
    const worker = st.worker;
    if (worker !== null) {
      this.draining.set(st.key, worker);
      void worker.finally(() => {
        if (this.draining.get(st.key) === worker) this.draining.delete(st.key);
      });
    }
  }

  private allIdle(states: readonly PartitionState[]): Promise<void> {
    return Promise.all(states.map((st) => st.worker ?? Promise.resolve())).then(() => undefined);
  }

  // --- fetching ---------------------------------------------------------------------

  private async fetchLoop(): Promise<void> {
    let failures = 0;
    // Bounded by `running`: each pass waits for data or pollTimeoutMs (or backs off).
    while (this.running) {
      let batches: FetchedBatch[];
      try {
        batches = await this.fetcher.poll(pollTimeoutMs);
        failures = 0;
      } catch (error) {
        const e = toSkiffError(error);
        if (!e.retriable) {
          this.crash(e);
          return;
        }
        failures++;
        await sleep(this.clock, Math.min(1_000, this.retryBackoffMs * 2 ** Math.min(failures, 10)));
        continue;
      }
      for (const b of batches) this.enqueue(b);
    }
  }

  private enqueue(b: FetchedBatch): void {
    const st = this.partitions.get(partitionKey(b.topic, b.partition));
    if (st === undefined || st.status !== 'active') return;
    st.batches.push({ records: b.records, index: 0, highWatermark: b.highWatermark, leaderEpoch: b.leaderEpoch });
    st.highWatermark = b.highWatermark;
    this.updateFetch(st);
    this.schedule(st);
  }

  /** Fetch while not paused and the queue has room; once stopped for a full queue, wait until it is empty (hysteresis). */
  private updateFetch(st: PartitionState): void {
    if (st.status !== 'active') return;
    const paused = this.isPaused(st.topic, st.partition);
    const wanted = st.fetching ? !paused && st.batches.length < maxQueuedBatches : !paused && st.batches.length === 0;
    if (wanted === st.fetching) return;
    st.fetching = wanted;
    if (wanted) this.fetcher.resume(st.topic, st.partition);
    else this.fetcher.pause(st.topic, st.partition);
  }

  private isPaused(topic: string, partition: number): boolean {
    const key = partitionKey(topic, partition);
    return this.pausedPartitions.has(key) || (this.pausedTopics.has(topic) && !this.resumedPartitions.has(key));
  }

  // --- delivering -------------------------------------------------------------------

  private deliverable(st: PartitionState): boolean {
    return this.running && st.status === 'active' && st.batches.length > 0 && !this.isPaused(st.topic, st.partition) && st.retryAtMs <= this.clock.now();
  }

  private schedule(st: PartitionState): void {
    if (st.worker !== null || !this.deliverable(st)) return;
    const worker = this.work(st);
    st.worker = worker;
    void worker.then(() => {
      if (st.worker === worker) st.worker = null;
      this.updateFetch(st);
      this.schedule(st);
    });
  }

  /** One partition's worker: its records in order, one handler call at a time, while deliverable. Never rejects. */
  private async work(st: PartitionState): Promise<void> {
    if (st.predecessor !== null) {
      await st.predecessor;
      st.predecessor = null;
    }
    // Bounded: every pass hands over a batch (or fails a record and sets a retry time), or stops.
    while (this.deliverable(st)) {
      await this.slots.acquire();
      try {
        if (!this.deliverable(st)) break;
        if (this.runOptions.eachBatch !== undefined) await this.deliverBatch(st);
        else await this.deliverMessages(st);
      } catch (error) {
        // Only a bug gets here (handler errors are caught where they are called): stop rather than lose track.
        this.crash(error instanceof Error ? error : new Error(String(error)));
        return;
      } finally {
        this.slots.release();
      }
      this.updateFetch(st);
    }
  }

  private async deliverMessages(st: PartitionState): Promise<void> {
    const eachMessage = this.runOptions.eachMessage!;
    const batch = st.batches[0]!;
    while (batch.index < batch.records.length && this.deliverable(st) && st.batches[0] === batch) {
      const record = batch.records[batch.index]!;
      const generation = st.seekGeneration;
      try {
        await eachMessage({
          topic: st.topic,
          partition: st.partition,
          message: this.toMessage(st.topic, record),
          heartbeat: () => Promise.resolve(),
          pause: () => this.pauseOne(st.topic, st.partition),
        });
      } catch (error) {
        if (generation === st.seekGeneration) this.onHandlerError(st, error, record.offset);
        return;
      }
      if (generation !== st.seekGeneration) return; // sought elsewhere while the handler ran
      batch.index++;
      st.attempts = 0;
      this.markProcessed(st, record.offset + 1, batch.leaderEpoch);
    }
    if (st.batches[0] === batch && batch.index >= batch.records.length) st.batches.shift();
  }

  /** Everything queued for the partition, as one eachBatch call. */
  private async deliverBatch(st: PartitionState): Promise<void> {
    const eachBatch = this.runOptions.eachBatch!;
    const taken = st.batches.splice(0);
    const records = taken.flatMap((b) => b.records.slice(b.index));
    const leaderEpoch = taken[taken.length - 1]?.leaderEpoch ?? -1;
    const highWatermark = taken[taken.length - 1]?.highWatermark ?? -1;
    if (records.length === 0) return;
    const generation = st.seekGeneration;
    const stale = (): boolean => st.status !== 'active' || st.seekGeneration !== generation || !this.running;
    const first = records[0]!.offset;
    const last = records[records.length - 1]!.offset;
    try {
      const messages = records.map((r) => this.toMessage(st.topic, r));
      const batch: Batch<K, V> = {
        topic: st.topic,
        partition: st.partition,
        highWatermark,
        messages,
        isEmpty: () => messages.length === 0,
        firstOffset: () => first,
        lastOffset: () => last,
        offsetLag: () => Math.max(0, highWatermark - (last + 1)),
        offsetLagLow: () => Math.max(0, highWatermark - first),
      };
      const payload: EachBatchPayload<K, V> = {
        batch,
        resolveOffset: (offset) => {
          const o = parseOffset(offset);
          if (stale() || o < first || o > last) return;
          if (st.processed === null || o + 1 > st.processed.offset) this.markProcessed(st, o + 1, leaderEpoch);
        },
        heartbeat: () => Promise.resolve(),
        commitOffsetsIfNecessary: () => this.commitIfNecessary(),
        uncommittedOffsets: () => this.uncommittedOffsets(),
        isRunning: () => this.running,
        isStale: stale,
        pause: () => this.pauseOne(st.topic, st.partition),
      };
      await eachBatch(payload);
    } catch (error) {
      if (stale()) return;
      // The records not resolved go back to the front of the queue, for the retry.
      const from = st.processed?.offset ?? first;
      const rest = records.filter((r) => r.offset >= from);
      if (rest.length > 0) st.batches.unshift({ records: rest, index: 0, highWatermark, leaderEpoch });
      this.onHandlerError(st, error, rest[0]?.offset ?? last);
      return;
    }
    st.attempts = 0;
    if (this.runOptions.eachBatchAutoResolve && !stale() && (st.processed === null || st.processed.offset < last + 1)) this.markProcessed(st, last + 1, leaderEpoch);
  }

  private markProcessed(st: PartitionState, nextOffset: number, leaderEpoch: number): void {
    if (st.status === 'gone') return;
    const before = st.processed?.offset ?? nextOffset - 1;
    st.processed = { offset: nextOffset, leaderEpoch };
    this.processedSinceCommit += Math.max(1, nextOffset - before);
    const threshold = this.runOptions.autoCommitThreshold;
    if (this.runOptions.autoCommit && threshold !== undefined && this.processedSinceCommit >= threshold) {
      this.processedSinceCommit = 0;
      void this.commitProcessed().catch((error: unknown) => this.logger.warn({ err: error }, 'threshold commit failed'));
    }
  }

  /** A handler threw: the same record again after a backoff, `retries` times; then the consumer crashes. */
  private onHandlerError(st: PartitionState, error: unknown, offset: number): void {
    st.attempts++;
    const err = error instanceof Error ? error : new Error(String(error));
    if (st.attempts > this.retries) {
      this.logger.error({ topic: st.topic, partition: st.partition, offset, attempts: st.attempts, err }, 'handler failed; giving up');
      this.crash(err);
      return;
    }
    const delayMs = Math.min(this.maxRetryTimeMs, this.initialRetryTimeMs * 2 ** (st.attempts - 1));
    this.logger.warn({ topic: st.topic, partition: st.partition, offset, attempt: st.attempts, retryInMs: delayMs, err }, 'handler failed; retrying the record');
    st.retryAtMs = this.clock.now() + delayMs;
    this.clearRetry(st, false);
    st.retryTimer = this.clock.setTimer(delayMs, () => {
      st.retryTimer = null;
      this.schedule(st);
    });
  }

  private clearRetry(st: PartitionState, resetTime = true): void {
    st.retryTimer?.();
    st.retryTimer = null;
    if (resetTime) {
      st.retryAtMs = 0;
      st.attempts = 0;
    }
  }

  private pauseOne(topic: string, partition: number): () => void {
    this.pause([{ topic, partitions: [partition] }]);
    return () => this.resume([{ topic, partitions: [partition] }]);
  }

  private toMessage(topic: string, record: ConsumerRecord): ConsumedMessage<K, V> {
    return {
      key: this.keyDeserializer(record.key, topic),
      value: this.valueDeserializer(record.value, topic),
      headers: toHeaders(record.headers),
      offset: record.offset,
      timestamp: record.timestamp,
    };
  }

  // --- committing -------------------------------------------------------------------

  /** Runs commits one after another, so this consumer's commits reach the coordinator in order. */
  private chainCommit(run: () => Promise<void>): Promise<void> {
    const next = this.commitChain.then(run);
    this.commitChain = next.catch(() => undefined);
    return next;
  }

  /** Commits every processed offset of `only` (default: all owned partitions) that differs from the last commit. */
  private commitProcessed(only?: readonly PartitionState[]): Promise<void> {
    return this.chainCommit(async () => {
      const member = this.member;
      if (member === null || member.memberEpoch <= 0) return;
      const states = (only ?? [...this.partitions.values()]).filter((st) => st.status !== 'gone' && hasUncommitted(st));
      this.lastCommitMs = this.clock.now();
      if (states.length === 0) return;
      const entries: CommitEntry[] = states.map((st) => ({ topic: st.topic, partition: st.partition, offset: st.processed!.offset, leaderEpoch: st.processed!.leaderEpoch }));
      this.processedSinceCommit = 0;
      const results = await member.commit(entries, this.requestTimeoutMs);
      const done: CommitEntry[] = [];
      entries.forEach((e, i) => {
        const code = results.get(partitionKey(e.topic, e.partition));
        if (code === null) {
          const st = states[i]!;
          st.committed = e.offset;
          if (st.processed?.offset === e.offset) st.sought = false;
          done.push(e);
        } else this.logger.warn({ topic: e.topic, partition: e.partition, code: code ?? 'no answer' }, 'offset not committed');
      });
      this.emitCommitted(member.memberEpoch, done);
    });
  }

  private commitIfNecessary(): Promise<void> {
    if (!this.runOptions.autoCommit) return Promise.resolve();
    const threshold = this.runOptions.autoCommitThreshold;
    const due = this.clock.now() - this.lastCommitMs >= this.runOptions.autoCommitInterval || (threshold !== undefined && this.processedSinceCommit >= threshold);
    return due ? this.commitProcessed() : Promise.resolve();
  }

  private scheduleAutoCommit(): void {
    if (!this.runOptions.autoCommit || !this.running) return;
    this.autoCommitTimer = this.clock.setTimer(this.runOptions.autoCommitInterval, () => {
      this.autoCommitTimer = null;
      void this.commitProcessed()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'auto-commit failed; retrying at the next interval'))
        .finally(() => this.scheduleAutoCommit());
    });
  }

  private uncommittedOffsets(): UncommittedOffsets {
    const states = [...this.partitions.values()].filter((st) => st.status !== 'gone' && hasUncommitted(st));
    const byTopic = new Map<string, { partition: number; offset: number }[]>();
    for (const st of states) {
      const list = byTopic.get(st.topic) ?? [];
      list.push({ partition: st.partition, offset: st.processed!.offset });
      byTopic.set(st.topic, list);
    }
    return { topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })) };
  }

  private emitCommitted(memberEpoch: number, done: readonly CommitEntry[]): void {
    if (done.length === 0) return;
    const byTopic = new Map<string, { partition: number; offset: number }[]>();
    for (const e of done) {
      const list = byTopic.get(e.topic) ?? [];
      list.push({ partition: e.partition, offset: e.offset });
      byTopic.set(e.topic, list);
    }
    this.emit('commit.offsets', { memberEpoch, topics: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })) });
  }

  // --- stopping -------------------------------------------------------------------------

  private crash(error: Error): void {
    if (this.crashed || !this.running) return;
    this.crashed = true;
    this.logger.error({ err: error }, 'consumer crashed; stopping');
    this.emit('crash', { groupId: this.groupId, error });
    void this.stop();
  }

  private async shutdown(): Promise<void> {
    const wasRunning = this.running;
    this.running = false;
    this.autoCommitTimer?.();
    this.autoCommitTimer = null;
    await this.fetchLoopDone;
    const states = [...this.partitions.values()];
    for (const st of states) this.clearRetry(st);
    const finished = await withDeadline(this.clock, this.allIdle(states).then(() => true), this.rebalanceTimeoutMs);
    if (finished === null) this.logger.warn({ rebalanceTimeoutMs: this.rebalanceTimeoutMs }, 'handlers still run after the rebalance timeout; leaving the group anyway');
    if (this.runOptions.autoCommit && wasRunning) {
      await this.commitProcessed(states).catch((error: unknown) => this.logger.warn({ err: error }, 'final commit failed'));
    }
    const live = states.filter((st) => st.status !== 'gone');
    for (const st of live) this.retire(st);
    if (live.length > 0) this.emit('partitions.revoked', { memberEpoch: this.memberEpoch, partitions: toList(topicPartitionsOf(live)), lost: false });
    await this.member?.leave();
    this.emit('stop', {});
  }

  private emit<E extends ConsumerEventName>(type: E, payload: ConsumerEventPayloads[E]): void {
    const set = this.listeners.get(type);
    if (set === undefined || set.size === 0) return;
    const event: ConsumerEvent<E> = { type, timestamp: this.clock.now(), payload };
    for (const listener of [...set]) {
      try {
        const result = (listener as Listener<E>)(event) as unknown;
        if (result instanceof Promise) result.catch((error: unknown) => this.logger.warn({ event: type, err: error }, 'event listener failed'));
      } catch (error) {
        this.logger.warn({ event: type, err: error }, 'event listener failed');
      }
    }
  }

  private resetFor(topic: string): 'earliest' | 'latest' {
    const fromBeginning = this.rules.some((r) => r.fromBeginning && (r.name === topic || (r.regex !== null && r.regex.test(topic))));
    return fromBeginning ? 'earliest' : (this.options.autoOffsetReset ?? 'latest');
  }
}

/**
 * Whether the partition has an offset to commit: processing moved past the
 * last commit, or a seek (or a start position) set one — the only case in
 * which a commit may go below the previous one.
 */
function hasUncommitted(st: PartitionState): boolean {
  if (st.processed === null) return false;
  return st.processed.offset > st.committed || (st.sought && st.processed.offset !== st.committed);
}

function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function topicPartitionsOf(states: readonly { topic: string; partition: number }[]): TopicPartitions {
  return fromList(states.map((s) => ({ topic: s.topic, partitions: [s.partition] })));
}

function toHeaders(list: readonly RecordHeader[]): Headers {
  const byKey = new Map<string, Uint8Array | null | (Uint8Array | null)[]>();
  for (const h of list) {
    const seen = byKey.get(h.key);
    if (seen === undefined && !byKey.has(h.key)) byKey.set(h.key, h.value);
    else if (Array.isArray(seen)) seen.push(h.value);
    else byKey.set(h.key, [seen ?? null, h.value]);
  }
  return Object.fromEntries(byKey);
}

function parseOffset(offset: number | string): number {
  const n = typeof offset === 'string' && /^\d+$/.test(offset) ? Number(offset) : offset;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new SkiffError('INVALID_REQUEST', `an offset is a non-negative integer, got ${String(offset)}`);
  return n;
}

function positiveInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new SkiffError('INVALID_CONFIG', `${name} must be a positive integer, got ${value}`);
  return value;
}

function nonNegativeInt(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new SkiffError('INVALID_CONFIG', `${name} must be a non-negative integer, got ${value}`);
  return value;
}
