// The data plane of one broker (Kafka's ReplicaManager): the partitions this
// broker hosts, kept in step with the metadata image (become leader, become
// follower, stop and delete), the replica fetchers (one per leader broker),
// ISR changes proposed to the controller, and the Produce / Fetch /
// ListOffsets / OffsetsForLeaderEpoch handlers with their delayed
// operations: an acks=all produce waits until the high watermark covers its
// records, and a fetch long-polls until minBytes are available — both on
// Clock timers, so the simulator drives them like every other timeout.

import { SkiffError, isSkiffError, type ErrorCode } from '../common/errors.js';
import { Mutex } from '../common/mutex.js';
import type { CancelTimer, Clock } from '../env/clock.js';
import type { FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import { noopMetrics, type Counter, type Metrics } from '../env/metrics.js';
import type { Transport } from '../env/transport.js';
import type {
  BrokerServices,
  FetchPartitionResponse,
  FetchRequest,
  FetchResponse,
  ListOffsetsPartitionResponse,
  ListOffsetsRequest,
  ListOffsetsResponse,
  OffsetsForLeaderEpochRequest,
  OffsetsForLeaderEpochResponse,
  ProducePartitionResponse,
  ProduceRequest,
  ProduceResponse,
} from '../broker/services.js';
import { earliestTimestamp, latestTimestamp } from '../broker/services.js';
import type { AlterPartitionRpcRequest, AlterPartitionRpcResponse, ApiError } from '../controller/services.js';
import type { MetadataImage, PartitionImage } from '../metadata/image.js';
import type { LogManager, TopicPartition } from '../storage/log-manager.js';
import { joinPath } from '../common/path.js';
import { readCheckpointFile, writeCheckpointFile } from '../storage/checkpoint-file.js';
import type { Log } from '../storage/log/log.js';
import { Partition, type IsrChange, type PartitionProgress } from './partition.js';
import { ReplicaFetcher } from './replica-fetcher.js';
import { topicSettings, type BrokerTopicDefaults } from './topic-settings.js';

export interface ReplicaManagerOptions {
  readonly brokerId: number;
  readonly logs: LogManager;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly transport: Pick<Transport<BrokerServices>, 'call'>;
  /** This broker's current registration epoch (-1 before it registered). */
  readonly brokerEpoch: () => number;
  /** Sends AlterPartition to the active controller. */
  readonly alterPartition: (request: AlterPartitionRpcRequest) => Promise<AlterPartitionRpcResponse>;
  readonly defaults: BrokerTopicDefaults;
  /** log.flush.on.ack (default true). */
  readonly flushOnAck: boolean;
  /** replica.lag.time.max.ms (default 30000). */
  readonly replicaLagTimeMaxMs: number;
  /** replica.fetch.wait.max.ms (default 500). */
  readonly replicaFetchWaitMaxMs?: number;
  /** replica.fetch.max.bytes / replica.fetch.response.max.bytes. */
  readonly replicaFetchMaxBytes?: number;
  readonly replicaFetchResponseMaxBytes?: number;
  /** replica.fetch.backoff.ms */
  readonly replicaFetchBackoffMs?: number;
  readonly requestTimeoutMs: number;
  /**
   * How long a produce batch that arrived ahead of its producer's sequence
   * waits for its predecessors before OUT_OF_ORDER_SEQUENCE_NUMBER (default
   * 500; 0 refuses at once, as Kafka does). See sequence-reorder.ts.
   */
  readonly sequenceReorderWaitMs?: number;
  /** ISR shrink and expand counters; default: none. */
  readonly metrics?: Metrics;
}

type Waiter = () => void;

/**
 * What a delayed operation waits for: a follower's fetch for new records (the
 * log end), an acks=all produce or a consumer's fetch for the high watermark.
 * Kept apart so that an append does not wake every waiting produce, nor a
 * high-watermark move every long-polling follower (which would only re-read
 * nothing and wait again).
 */
type WaitFor = PartitionProgress;

export class ReplicaManager {
  private readonly partitions = new Map<string, Partition>();
  private readonly fetchers = new Map<number, ReplicaFetcher>();
  private readonly waiters: Record<WaitFor, Map<Partition, Set<Waiter>>> = { logEnd: new Map(), highWatermark: new Map() };
  private readonly applyLock = new Mutex();
  private image: MetadataImage | null = null;
  private pendingImage: MetadataImage | null = null;
  private isrTimer: CancelTimer | null = null;
  private snapshotTimer: CancelTimer | null = null;
  private stopped = false;

  private readonly isrShrinks: Counter;
  private readonly isrExpands: Counter;

  constructor(private readonly options: ReplicaManagerOptions) {
    const metrics = options.metrics ?? noopMetrics;
    this.isrShrinks = metrics.counter({ name: 'skiff_isr_shrinks_total', help: 'ISR shrinks of partitions this broker leads, as committed by the controller.' });
    this.isrExpands = metrics.counter({ name: 'skiff_isr_expands_total', help: 'ISR expansions of partitions this broker leads, as committed by the controller.' });
  }

  start(): void {
    const interval = Math.max(100, Math.floor(this.options.replicaLagTimeMaxMs / 2));
    const tick = (): void => {
      if (this.stopped) return;
      for (const p of this.partitions.values()) this.maybeChangeIsr(p);
      this.isrTimer = this.options.clock.setTimer(interval, tick);
    };
    this.isrTimer = this.options.clock.setTimer(interval, tick);
    const snapshotEvery = 60_000;
    const snap = (): void => {
      if (this.stopped) return;
      void this.snapshotProducerStates().finally(() => {
        if (!this.stopped) this.snapshotTimer = this.options.clock.setTimer(snapshotEvery, snap);
      });
    };
    this.snapshotTimer = this.options.clock.setTimer(snapshotEvery, snap);
  }

  /** Stops fetchers and timers, fails waiting requests, and snapshots producer state (clean shutdown). */
  async stop(clean: boolean): Promise<void> {
    this.stopped = true;
    this.isrTimer?.();
    this.snapshotTimer?.();
    await Promise.all([...this.fetchers.values()].map((f) => f.stop()));
    this.fetchers.clear();
    for (const p of this.partitions.values()) p.close();
    this.wakeAll();
    if (clean) await this.snapshotProducerStates();
  }

  partition(topic: string, partition: number): Partition | undefined {
    return this.partitions.get(key(topic, partition));
  }

  allPartitions(): Partition[] {
    return [...this.partitions.values()];
  }

  // --- following the metadata image ---------------------------------------------

  /**
   * Called with every new committed image. Applies are serialized; while one
   * runs, only the newest pending image is kept (each apply reconciles the
   * whole image, so skipping intermediate ones loses nothing).
   */
  onImage(image: MetadataImage): Promise<void> {
    this.pendingImage = image;
    return this.applyLock.run(async () => {
      const next = this.pendingImage;
      if (next === null || this.stopped) return;
      this.pendingImage = null;
      await this.apply(next);
    });
  }

  private async apply(image: MetadataImage): Promise<void> {
    const previous = this.image;
    this.image = image;
    const self = this.options.brokerId;
    const wanted = new Set<string>();
    for (const topic of image.topicsById.values()) {
      for (const p of topic.partitions.values()) {
        if (!p.replicas.includes(self)) continue;
        const k = key(topic.name, p.partition);
        wanted.add(k);
        const prevTopic = previous?.topicsByName.get(topic.name);
        const prevState = prevTopic?.topicId === topic.topicId ? prevTopic.partitions.get(p.partition) : undefined;
        const existing = this.partitions.get(k);
        if (existing !== undefined && existing.assignment?.topicId !== topic.topicId) {
          await this.removePartition(k, existing, true); // the topic was deleted and re-created under the same name
        } else if (existing !== undefined && prevState === p) {
          continue; // unchanged (images share unchanged partition objects)
        }
        try {
          await this.applyPartition(topic.name, p);
        } catch (error) {
          this.options.logger.error({ err: error, topic: topic.name, partition: p.partition }, 'could not apply partition state');
        }
      }
    }
    for (const [k, p] of [...this.partitions]) {
      if (!wanted.has(k)) await this.removePartition(k, p, true);
    }
  }

  private async applyPartition(topic: string, state: PartitionImage): Promise<void> {
    const k = key(topic, state.partition);
    let partition = this.partitions.get(k);
    if (partition === undefined) {
      const tp: TopicPartition = { topic, partition: state.partition };
      const log = await this.openLogFor(tp, state.topicId);
      partition = new Partition({
        brokerId: this.options.brokerId,
        log,
        fs: this.options.fs,
        clock: this.options.clock,
        logger: this.options.logger.child({ topic, partition: state.partition }),
        flushOnAck: this.options.flushOnAck,
        minInsyncReplicas: () => this.settings(topic).minInsyncReplicas,
        logAppendTime: () => this.settings(topic).logAppendTime,
        onProgress: (p, moved) => this.wake(p, moved),
        sequenceReorderWaitMs: this.options.sequenceReorderWaitMs ?? defaultSequenceReorderWaitMs,
      });
      await partition.open();
      if (this.stopped) return;
      this.partitions.set(k, partition);
    }
    const change = partition.applyAssignment({ topic, ...state });
    if (change === null) return;
    this.wake(partition);
    if (change === 'leader' || change === 'offline') this.stopFetching(k);
    if (change === 'follower' || (change === 'isr' && partition.role === 'follower' && !this.isFetching(k, state.leader, state.leaderEpoch))) {
      this.stopFetching(k);
      this.fetcherFor(state.leader).add(k, partition);
    }
  }

  /**
   * The partition's log, checked against the topic id recorded beside it
   * (Kafka's partition.metadata): a directory left from a deleted topic that
   * was re-created under the same name while this broker was away is stale
   * and starts over empty.
   */
  private async openLogFor(tp: TopicPartition, topicId: string): Promise<Log> {
    const log = await this.options.logs.getOrCreateLog(tp);
    const recorded = await readCheckpointFile(this.options.fs, joinPath(log.dir, partitionMetadataName));
    if (recorded?.[0] === topicId) return log;
    if (recorded !== null) {
      this.options.logger.warn({ topic: tp.topic, partition: tp.partition, recorded: recorded[0], topicId }, 'log belongs to an earlier topic of the same name; deleting it');
      await this.options.logs.deleteLog(tp);
      return this.openLogFor(tp, topicId);
    }
    await writeCheckpointFile(this.options.fs, log.dir, partitionMetadataName, [topicId]);
    return log;
  }

  private isFetching(k: string, leader: number, leaderEpoch: number): boolean {
    return this.fetchers.get(leader)?.has(k, leaderEpoch) ?? false;
  }

  private stopFetching(k: string): void {
    for (const [leader, fetcher] of this.fetchers) {
      fetcher.remove(k);
      if (fetcher.size === 0) {
        this.fetchers.delete(leader);
        void fetcher.stop();
      }
    }
  }

  private fetcherFor(leaderId: number): ReplicaFetcher {
    let fetcher = this.fetchers.get(leaderId);
    if (fetcher === undefined) {
      fetcher = new ReplicaFetcher({
        brokerId: this.options.brokerId,
        leaderId,
        brokerEpoch: this.options.brokerEpoch,
        transport: this.options.transport,
        clock: this.options.clock,
        logger: this.options.logger.child({ component: 'replica-fetcher', leader: leaderId }),
        flushOnAck: this.options.flushOnAck,
        maxWaitMs: this.options.replicaFetchWaitMaxMs ?? 500,
        maxBytes: this.options.replicaFetchResponseMaxBytes ?? 10 * 1024 * 1024,
        partitionMaxBytes: this.options.replicaFetchMaxBytes ?? 1024 * 1024,
        requestTimeoutMs: this.options.requestTimeoutMs,
        backoffMs: this.options.replicaFetchBackoffMs ?? 1000,
      });
      this.fetchers.set(leaderId, fetcher);
      fetcher.start();
    }
    return fetcher;
  }

  private async removePartition(k: string, partition: Partition, deleteLog: boolean): Promise<void> {
    this.stopFetching(k);
    partition.close();
    this.partitions.delete(k);
    this.wake(partition);
    if (deleteLog) {
      const [topic, p] = splitKey(k);
      await this.options.logs.deleteLog({ topic, partition: p }).catch((error: unknown) => this.options.logger.error({ err: error, partition: k }, 'could not delete log'));
    }
  }

  private settings(topic: string): ReturnType<typeof topicSettings> {
    if (this.image === null) return { log: this.options.defaults.log, minInsyncReplicas: this.options.defaults.minInsyncReplicas, logAppendTime: this.options.defaults.logAppendTime };
    return topicSettings(this.image, topic, this.options.defaults);
  }

  // --- ISR changes -------------------------------------------------------------

  private maybeChangeIsr(partition: Partition): void {
    if (partition.role !== 'leader' || this.stopped) return;
    const change = partition.wantedIsrChange(this.options.replicaLagTimeMaxMs, (id, epoch) => this.isEligible(id, epoch));
    if (change !== null) void this.sendIsrChange(partition, change);
  }

  private isEligible(brokerId: number, brokerEpoch: number): boolean {
    const b = this.image?.brokers.get(brokerId);
    return b !== undefined && !b.fenced && !b.inControlledShutdown && (brokerEpoch < 0 || b.brokerEpoch === brokerEpoch);
  }

  private async sendIsrChange(partition: Partition, change: IsrChange): Promise<void> {
    const a = partition.assignment;
    if (a === null) return;
    partition.beginIsrChange(change);
    const epochOf = (id: number): number => (id === this.options.brokerId ? this.options.brokerEpoch() : partition.followerState(id)?.brokerEpoch ?? this.image?.brokers.get(id)?.brokerEpoch ?? -1);
    this.options.logger.info({ topic: a.topic, partition: a.partition, isr: a.isr, newIsr: change.newIsr }, 'proposing ISR change');
    try {
      const response = await this.options.alterPartition({
        brokerId: this.options.brokerId,
        brokerEpoch: this.options.brokerEpoch(),
        topicId: a.topicId,
        partition: a.partition,
        leaderEpoch: change.leaderEpoch,
        partitionEpoch: change.partitionEpoch,
        newIsr: change.newIsr.map((id) => ({ brokerId: id, brokerEpoch: epochOf(id) })),
        leaderRecovering: false,
      });
      if (response.error !== null || response.partition === null) {
        this.options.logger.info({ topic: a.topic, partition: a.partition, error: response.error }, 'ISR change refused');
        partition.completeIsrChange(null);
      } else {
        partition.completeIsrChange(response.partition);
        if (response.partition.isr.length < a.isr.length) this.isrShrinks.inc();
        else if (response.partition.isr.length > a.isr.length) this.isrExpands.inc();
      }
    } catch (error) {
      this.options.logger.debug({ err: error, topic: a.topic, partition: a.partition }, 'ISR change failed; retrying on the next check');
      partition.completeIsrChange(null);
    }
    this.wake(partition);
  }

  // --- waiting for progress --------------------------------------------------------

  /** Wakes the operations waiting on `partition` for `moved`, or all of them (a role, ISR or lifecycle change). */
  private wake(partition: Partition, moved?: PartitionProgress): void {
    if (moved !== 'highWatermark') this.wakeSet(this.waiters.logEnd, partition);
    if (moved !== 'logEnd') this.wakeSet(this.waiters.highWatermark, partition);
  }

  private wakeSet(waiters: Map<Partition, Set<Waiter>>, partition: Partition): void {
    const set = waiters.get(partition);
    if (set === undefined) return;
    waiters.delete(partition);
    for (const w of set) w();
  }

  private wakeAll(): void {
    for (const p of new Set([...this.waiters.logEnd.keys(), ...this.waiters.highWatermark.keys()])) this.wake(p);
  }

  /** Resolves on the next move of `waitFor` (or any state change) of any of `partitions`, or after `ms`. */
  private waitForProgress(partitions: readonly Partition[], waitFor: WaitFor, ms: number): Promise<void> {
    const waiters = this.waiters[waitFor];
    return new Promise((resolve) => {
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        cancel();
        for (const p of partitions) waiters.get(p)?.delete(finish);
        resolve();
      };
      const cancel = this.options.clock.setTimer(Math.max(0, ms), finish);
      for (const p of partitions) {
        let set = waiters.get(p);
        if (set === undefined) waiters.set(p, (set = new Set()));
        set.add(finish);
      }
    });
  }

  // --- Produce -----------------------------------------------------------------------

  async produce(request: ProduceRequest): Promise<ProduceResponse> {
    const requestError = produceRequestError(request);
    const deadline = this.options.clock.now() + Math.max(0, request.timeoutMs);
    const pending: { topic: number; index: number; partition: Partition; lastOffset: number }[] = [];
    const topics = await Promise.all(
      request.topics.map(async (t, ti) => ({
        name: t.name,
        partitions: await Promise.all(
          t.partitions.map(async (pd, index): Promise<ProducePartitionResponse> => {
            const fail = (code: ErrorCode, message: string): ProducePartitionResponse => ({ partition: pd.partition, error: { code, message }, baseOffset: -1, logAppendTime: -1, logStartOffset: -1 });
            if (requestError !== null) return fail(requestError.code, requestError.message);
            const partition = this.partitions.get(key(t.name, pd.partition));
            if (partition === undefined) {
              const known = this.image?.topicsByName.get(t.name)?.partitions.has(pd.partition) ?? false;
              return known ? fail('NOT_LEADER_OR_FOLLOWER', `broker ${this.options.brokerId} does not host ${t.name}-${pd.partition}`) : fail('UNKNOWN_TOPIC_OR_PARTITION', `no partition ${t.name}-${pd.partition}`);
            }
            try {
              const result = await partition.appendAsLeader(pd.records, request.acks, this.settings(t.name).log.maxMessageBytes, request.timeoutMs);
              if (request.acks === -1) pending.push({ topic: ti, index, partition, lastOffset: result.lastOffset });
              return { partition: pd.partition, error: null, baseOffset: result.baseOffset, logAppendTime: result.logAppendTime, logStartOffset: partition.log.logStartOffset };
            } catch (error) {
              const e = toApiError(error);
              return fail(e.code, e.message);
            }
          }),
        ),
      })),
    );
    if (pending.length === 0) return { topics };
    // acks=all: wait until every appended batch is below its partition's high watermark.
    const outcome: (ApiError | null | undefined)[] = pending.map(() => undefined);
    for (;;) {
      let waiting = false;
      pending.forEach((w, i) => {
        if (outcome[i] !== undefined) return;
        // After an append every failure is indeterminate: REQUEST_TIMED_OUT, never a code that means "not appended".
        if (w.partition.role !== 'leader') outcome[i] = { code: 'REQUEST_TIMED_OUT', message: 'leadership moved before the records were replicated; they may or may not be committed' };
        else if (w.partition.highWatermark > w.lastOffset) outcome[i] = null;
        else waiting = true;
      });
      const left = deadline - this.options.clock.now();
      if (!waiting || this.stopped || left <= 0) break;
      await this.waitForProgress(
        pending.filter((_, i) => outcome[i] === undefined).map((w) => w.partition),
        'highWatermark',
        left,
      );
    }
    const patched = topics.map((t) => ({ ...t, partitions: [...t.partitions] }));
    pending.forEach((w, i) => {
      const result = outcome[i];
      if (result === null) return;
      const error: ApiError = result ?? { code: 'REQUEST_TIMED_OUT', message: this.stopped ? 'broker shut down before the records were replicated; they may or may not be committed' : `records not replicated to the ISR within ${request.timeoutMs} ms; they may or may not be committed` };
      patched[w.topic]!.partitions[w.index] = { ...patched[w.topic]!.partitions[w.index]!, error, baseOffset: -1 };
    });
    return { topics: patched };
  }

  // --- Fetch ---------------------------------------------------------------------------

  async fetch(request: FetchRequest): Promise<FetchResponse> {
    const isReplica = request.replicaId >= 0;
    if (isReplica && !this.isEligibleFetcher(request.replicaId, request.replicaEpoch)) {
      return { error: { code: 'STALE_BROKER_EPOCH', message: `replica ${request.replicaId} epoch ${request.replicaEpoch} is not a registered broker's current epoch` }, topics: [] };
    }
    const deadline = this.options.clock.now() + Math.max(0, Math.min(request.maxWaitMs, 30_000));
    for (;;) {
      const { response, bytes, partitions, hasError } = await this.readOnce(request, isReplica);
      const left = deadline - this.options.clock.now();
      if (bytes >= Math.max(1, request.minBytes) || hasError || left <= 0 || this.stopped || partitions.length === 0) return response;
      // A follower waits for new records; a consumer for records to become committed.
      await this.waitForProgress(partitions, isReplica ? 'logEnd' : 'highWatermark', left);
    }
  }

  private isEligibleFetcher(replicaId: number, replicaEpoch: number): boolean {
    const b = this.image?.brokers.get(replicaId);
    return b !== undefined && (replicaEpoch < 0 || b.brokerEpoch === replicaEpoch);
  }

  private async readOnce(request: FetchRequest, isReplica: boolean): Promise<{ response: FetchResponse; bytes: number; partitions: Partition[]; hasError: boolean }> {
    let budget = request.maxBytes > 0 ? request.maxBytes : 50 * 1024 * 1024;
    let bytes = 0;
    let hasError = false;
    const involved: Partition[] = [];
    const topics: FetchResponse['topics'][number][] = [];
    for (const t of request.topics) {
      const partitions: FetchPartitionResponse[] = [];
      for (const fp of t.partitions) {
        const partition = this.partitions.get(key(t.name, fp.partition));
        const base = { partition: fp.partition, highWatermark: -1, lastStableOffset: -1, logStartOffset: -1, divergingEpoch: null, currentLeader: null, preferredReadReplica: -1, records: empty };
        const fail = (code: ErrorCode, message: string): FetchPartitionResponse => {
          hasError = true;
          const leader = this.image?.topicsByName.get(t.name)?.partitions.get(fp.partition);
          return { ...base, error: { code, message }, currentLeader: leader === undefined ? null : { leaderId: leader.leader, leaderEpoch: leader.leaderEpoch } };
        };
        if (partition === undefined) {
          const topic = this.image?.topicsByName.get(t.name);
          if (topic !== undefined && t.topicId !== '' && topic.topicId !== t.topicId) partitions.push(fail('UNKNOWN_TOPIC_ID', `topic ${t.name} has id ${topic.topicId}, not ${t.topicId}`));
          else if (topic?.partitions.has(fp.partition) === true) partitions.push(fail('NOT_LEADER_OR_FOLLOWER', `broker ${this.options.brokerId} does not host ${t.name}-${fp.partition}`));
          else partitions.push(fail('UNKNOWN_TOPIC_OR_PARTITION', `no partition ${t.name}-${fp.partition}`));
          continue;
        }
        involved.push(partition);
        try {
          if (t.topicId !== '' && partition.assignment?.topicId !== t.topicId) throw new SkiffError('UNKNOWN_TOPIC_ID', `topic ${t.name} has id ${partition.assignment?.topicId ?? '?'}, not ${t.topicId}`);
          partition.checkLeader(fp.currentLeaderEpoch);
          const log = partition.log;
          const answer = { ...base, error: null, highWatermark: partition.highWatermark, lastStableOffset: partition.highWatermark, logStartOffset: log.logStartOffset };
          if (isReplica) {
            if (!(partition.assignment?.replicas.includes(request.replicaId) ?? false)) throw new SkiffError('NOT_LEADER_OR_FOLLOWER', `broker ${request.replicaId} is not a replica of ${t.name}-${fp.partition}`);
            const diverging = partition.divergence(fp.fetchOffset, fp.lastFetchedEpoch);
            if (diverging !== null) {
              partitions.push({ ...answer, divergingEpoch: diverging });
              continue;
            }
            if (fp.fetchOffset < log.logStartOffset || fp.fetchOffset > log.logEndOffset) throw new SkiffError('OFFSET_OUT_OF_RANGE', `replica fetch offset ${fp.fetchOffset} outside [${log.logStartOffset}, ${log.logEndOffset}]`);
            partition.updateFollower(request.replicaId, request.replicaEpoch, fp.fetchOffset, fp.durableOffset);
            this.maybeChangeIsr(partition);
          } else if (fp.fetchOffset < log.logStartOffset || fp.fetchOffset > log.logEndOffset) {
            throw new SkiffError('OFFSET_OUT_OF_RANGE', `fetch offset ${fp.fetchOffset} outside [${log.logStartOffset}, ${log.logEndOffset}]`);
          }
          const limit = isReplica ? log.logEndOffset : partition.highWatermark;
          let records: Uint8Array = empty;
          if (budget > 0 && fp.fetchOffset < limit) {
            const max = Math.min(fp.partitionMaxBytes > 0 ? fp.partitionMaxBytes : budget, budget);
            records = (await log.read(fp.fetchOffset, { maxBytes: max, maxOffset: limit, minOneBatch: bytes === 0 })).records;
            budget -= records.byteLength;
            bytes += records.byteLength;
          }
          partitions.push({ ...answer, highWatermark: partition.highWatermark, lastStableOffset: partition.highWatermark, records });
        } catch (error) {
          const e = toApiError(error);
          partitions.push(fail(e.code, e.message));
        }
      }
      topics.push({ name: t.name, topicId: t.topicId, partitions });
    }
    return { response: { error: null, topics }, bytes, partitions: involved, hasError };
  }

  // --- ListOffsets / OffsetsForLeaderEpoch ----------------------------------------------

  async listOffsets(request: ListOffsetsRequest): Promise<ListOffsetsResponse> {
    const topics = [];
    for (const t of request.topics) {
      const partitions: ListOffsetsPartitionResponse[] = [];
      for (const lp of t.partitions) {
        const partition = this.partitions.get(key(t.name, lp.partition));
        try {
          if (partition === undefined) throw this.missing(t.name, lp.partition);
          partition.checkLeader(lp.currentLeaderEpoch);
          const log = partition.log;
          const epochOf = (offset: number): number => log.epochs.epochForOffset(offset) ?? -1;
          if (lp.timestamp === earliestTimestamp) {
            partitions.push({ partition: lp.partition, error: null, timestamp: -1, offset: log.logStartOffset, leaderEpoch: epochOf(log.logStartOffset) });
          } else if (lp.timestamp === latestTimestamp) {
            const offset = request.replicaId >= 0 ? log.logEndOffset : partition.highWatermark;
            partitions.push({ partition: lp.partition, error: null, timestamp: -1, offset, leaderEpoch: partition.leaderEpoch });
          } else if (lp.timestamp >= 0) {
            const found = await log.offsetForTimestamp(lp.timestamp);
            const visible = found !== null && found.offset < partition.highWatermark;
            partitions.push({ partition: lp.partition, error: null, timestamp: visible ? found.timestamp : -1, offset: visible ? found.offset : -1, leaderEpoch: visible ? epochOf(found.offset) : -1 });
          } else {
            throw new SkiffError('INVALID_REQUEST', `unsupported ListOffsets timestamp ${lp.timestamp} (use -2 earliest, -1 latest, or a timestamp ≥ 0)`);
          }
        } catch (error) {
          partitions.push({ partition: lp.partition, error: toApiError(error), timestamp: -1, offset: -1, leaderEpoch: -1 });
        }
      }
      topics.push({ name: t.name, partitions });
    }
    return { topics };
  }

  offsetsForLeaderEpoch(request: OffsetsForLeaderEpochRequest): OffsetsForLeaderEpochResponse {
    return {
      topics: request.topics.map((t) => ({
        name: t.name,
        partitions: t.partitions.map((ep) => {
          const partition = this.partitions.get(key(t.name, ep.partition));
          try {
            if (partition === undefined) throw this.missing(t.name, ep.partition);
            partition.checkLeader(ep.currentLeaderEpoch);
            const end = partition.log.endOffsetForEpoch(ep.leaderEpoch);
            return { partition: ep.partition, error: null, leaderEpoch: end.epoch, endOffset: end.endOffset };
          } catch (error) {
            return { partition: ep.partition, error: toApiError(error), leaderEpoch: -1, endOffset: -1 };
          }
        }),
      })),
    };
  }

  private missing(topic: string, partition: number): SkiffError {
    const known = this.image?.topicsByName.get(topic)?.partitions.has(partition) ?? false;
    return known
      ? new SkiffError('NOT_LEADER_OR_FOLLOWER', `broker ${this.options.brokerId} does not host ${topic}-${partition}`)
      : new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `no partition ${topic}-${partition}`);
  }

  // --- maintenance ---------------------------------------------------------------------

  private async snapshotProducerStates(): Promise<void> {
    for (const p of [...this.partitions.values()]) {
      await p.snapshotProducerState().catch((error: unknown) => this.options.logger.warn({ err: error, dir: p.log.dir }, 'producer state snapshot failed'));
    }
  }
}

const empty = new Uint8Array(0);
const defaultSequenceReorderWaitMs = 500;
const partitionMetadataName = 'partition.metadata';

function key(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

function splitKey(k: string): [string, number] {
  const at = k.lastIndexOf('-');
  return [k.slice(0, at), Number(k.slice(at + 1))];
}

function produceRequestError(request: ProduceRequest): ApiError | null {
  if (request.transactionalId !== null) return { code: 'INVALID_TXN_STATE', message: 'transactional produce is not supported yet' };
  if (request.acks !== -1 && request.acks !== 0 && request.acks !== 1) return { code: 'INVALID_REQUIRED_ACKS', message: `acks must be -1 (all), 0 or 1, got ${request.acks}` };
  return null;
}

export function toApiError(error: unknown): ApiError {
  if (isSkiffError(error)) return { code: error.code, message: error.message };
  return { code: 'UNKNOWN_SERVER_ERROR', message: error instanceof Error ? error.message : String(error) };
}
