// The quorum driver: the only part of src/raft that awaits disk and network.
// It feeds the core (raft-core.ts) with requests, responses, failures and
// clock ticks, and handles each Ready in one fixed order:
//   1. persist: quorum-state, then log/snapshot operations, then one sync
//      (group commit: one fsync covers every entry in the Ready);
//   2. tell the core what is durable (the leader counts its own offset only now);
//   3. send the Ready's messages (vote grants and Fetch offsets are durable by now);
//   4. apply newly committed entries to the state machine; resolve proposals;
//   5. maybe write a local snapshot and drop the log prefix it covers.
// Readies are handled strictly one at a time. A disk error is fatal for the
// node (a failed fsync cannot be retried safely): the host decides to exit
// (production) or to crash and restart the node (simulator).

import { assert } from '../common/assert.js';
import { SkiffError, type ErrorCode } from '../common/errors.js';
import type { NodeId } from '../common/ids.js';
import type { Clock, CancelTimer } from '../env/clock.js';
import { mkdirDurable, type FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import { latencyBucketsSeconds, noopMetrics, type Histogram, type Metrics } from '../env/metrics.js';
import type { Random } from '../env/random.js';
import type { Handlers, PeerId, Transport } from '../env/transport.js';
import { LogStore } from './log-store.js';
import { RaftCore, type Outbound, type QuorumDescription, type RaftConfig, type Ready } from './raft-core.js';
import { RaftLog } from './raft-log.js';
import { QuorumStateStore } from './quorum-state-store.js';
import { SnapshotStore } from './snapshot-store.js';
import type { LogEntry, RaftRequest, RaftResponse, RaftServices, SnapshotId } from './types.js';

/** The replicated state machine. apply must be deterministic: every replica applies the same entries in the same order. */
export interface StateMachine {
  apply(entry: LogEntry): unknown;
  /** Serializes the state after the last applied entry. */
  snapshot(): Uint8Array;
  /** Replaces the state; null means the empty initial state. */
  restore(payload: Uint8Array | null): void;
}

export interface RaftNodeOptions {
  readonly config: RaftConfig;
  readonly dataDir: string;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly transport: Pick<Transport<RaftServices>, 'call'>;
  readonly stateMachine: StateMachine;
  readonly requestTimeoutMs?: number;
  readonly segmentBytes?: number;
  /** Take a local snapshot after this many applied entries since the last one. */
  readonly snapshotEveryEntries?: number;
  readonly maxPendingProposals?: number;
  readonly maxPendingRequests?: number;
  /** Observability hook: entries removed by a divergence truncation (before they are removed). */
  readonly onLogTruncated?: (removed: readonly LogEntry[]) => void;
  /** Called once when the node hits an unrecoverable (disk) error and stops. */
  readonly onFatal?: (error: unknown) => void;
  /** Quorum gauges (read at scrape time) and the leader's commit latency; default: none. */
  readonly metrics?: Metrics;
}

/** Why a proposal did not complete. `definite`: the entry will never be committed. */
export interface RaftStatus {
  readonly role: QuorumDescription['role'];
  readonly epoch: number;
  readonly leaderId: NodeId | null;
  readonly highWatermark: number;
  readonly logEndOffset: number;
  /** Every entry below this offset has been applied to the state machine. */
  readonly appliedOffset: number;
}

export class ProposalError extends SkiffError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly definite: boolean,
    readonly leaderId: NodeId | null = null,
  ) {
    super(code, message);
  }
}

interface PendingProposal {
  readonly epoch: number;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: ProposalError) => void;
  /** Observes the commit latency; called only when the proposal commits. */
  readonly committed: () => void;
}

type ResponseSink = (response: RaftResponse) => void;

export class RaftNode {
  private core!: RaftCore;
  private logStore!: LogStore;
  private readonly quorumStore: QuorumStateStore;
  private readonly snapshotStore: SnapshotStore;
  private appliedOffset = 0;
  private statusListeners: ((status: RaftStatus) => void)[] = [];
  private lastStatus: RaftStatus | null = null;
  private lastSnapshotOffset = 0;
  private pumping = false;
  private stopped = false;
  /** Handlers answer NODE_STARTING until recovery has built the core. */
  private started = false;
  private failure: unknown = null;
  private timer: { deadlineMs: number; cancel: CancelTimer } | null = null;
  private nextToken = 1;
  private readonly responseSinks = new Map<number, ResponseSink>();
  private readonly proposals = new Map<number, PendingProposal>();
  private readonly requestTimeoutMs: number;
  private readonly maxPendingProposals: number;
  private readonly maxPendingRequests: number;
  private readonly commitLatency: Histogram;

  constructor(private readonly options: RaftNodeOptions) {
    this.quorumStore = new QuorumStateStore(options.fs, options.dataDir);
    this.snapshotStore = new SnapshotStore(options.fs, options.dataDir, options.logger);
    this.requestTimeoutMs = options.requestTimeoutMs ?? 2000;
    this.maxPendingProposals = options.maxPendingProposals ?? 1000;
    this.maxPendingRequests = options.maxPendingRequests ?? 10_000;
    this.commitLatency = this.registerMetrics(options.metrics ?? noopMetrics);
  }

  /** Quorum gauges are read from the node's state at scrape time; only the commit latency is recorded as it happens. */
  private registerMetrics(metrics: Metrics): Histogram {
    metrics.gauge({ name: 'skiff_quorum_epoch', help: 'The metadata quorum epoch this node is in.', collect: (g) => g.set(this.status().epoch) });
    metrics.gauge({ name: 'skiff_quorum_high_watermark', help: "This node's high watermark of the metadata log (entries below it are committed).", collect: (g) => g.set(this.status().highWatermark) });
    metrics.gauge({ name: 'skiff_quorum_log_end_offset', help: "The end offset of this node's copy of the metadata log.", collect: (g) => g.set(this.status().logEndOffset) });
    metrics.gauge({ name: 'skiff_quorum_applied_offset', help: 'Metadata log entries below this offset are applied to this node\'s metadata image.', collect: (g) => g.set(this.status().appliedOffset) });
    metrics.gauge({
      name: 'skiff_quorum_follower_lag_records',
      help: "On the quorum leader: how many metadata log entries each follower (voter or observer) is behind the leader's log end.",
      labelNames: ['follower'],
      collect: (g) => {
        if (!this.started || this.stopped) return;
        const quorum = this.core.describe();
        if (quorum.role !== 'leader') return;
        for (const replica of [...quorum.voters, ...quorum.observers]) {
          if (replica.nodeId === quorum.nodeId || replica.logEndOffset === null) continue;
          g.set({ follower: replica.nodeId }, Math.max(0, quorum.logEndOffset - replica.logEndOffset));
        }
      },
    });
    return metrics.histogram({
      name: 'skiff_quorum_commit_latency_seconds',
      help: 'On the quorum leader: time from appending a metadata proposal to its commit and apply.',
      buckets: latencyBucketsSeconds,
    });
  }

  /** Recovers durable state (snapshot, log, election state) and starts participating. */
  async start(): Promise<void> {
    const { fs, dataDir, logger, stateMachine } = this.options;
    await mkdirDurable(fs, dataDir);
    const snapshot = await this.snapshotStore.loadLatest();
    stateMachine.restore(snapshot?.payload ?? null);
    const snapshotEnd = snapshot?.id.endOffset ?? 0;
    this.logStore = await LogStore.open(fs, dataDir, snapshotEnd, { segmentBytes: this.options.segmentBytes ?? 8 << 20 }, logger);
    const log = new RaftLog(snapshot?.id ?? null);
    for (const entry of this.logStore.allEntries()) log.append(entry);
    const quorumState = await this.quorumStore.read();
    this.appliedOffset = snapshotEnd;
    this.lastSnapshotOffset = snapshotEnd;
    this.core = new RaftCore(this.options.config, this.options.random.fork('raft'), logger, { quorumState, log, nowMs: this.options.clock.now() });
    logger.info({ epoch: quorumState.epoch, logStartOffset: log.logStartOffset, logEndOffset: log.logEndOffset, snapshotEndOffset: snapshotEnd }, 'quorum state recovered');
    this.started = true;
    this.kick();
  }

  /** Stops timers and fails pending work; durable state stays as it is. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = null;
    for (const [offset, proposal] of this.proposals) {
      proposal.reject(new ProposalError('SHUTTING_DOWN', `node stopping with proposal at ${offset} pending`, false));
    }
    this.proposals.clear();
    while (this.pumping) await new Promise<void>((resolve) => this.options.clock.setTimer(1, resolve));
    await this.logStore?.close();
  }

  get nodeId(): NodeId {
    return this.options.config.nodeId;
  }

  get raft(): RaftCore {
    return this.core;
  }

  get applied(): number {
    return this.appliedOffset;
  }

  describeQuorum(): QuorumDescription {
    return this.core.describe();
  }

  /** Incoming RPC handlers, for the host to serve on its transport. */
  handlers(): Handlers<RaftServices> {
    const viaCore = <R extends RaftResponse>(from: PeerId, request: RaftRequest): Promise<R> => this.handleViaCore(from, request) as Promise<R>;
    return {
      Vote: (from, request) => viaCore(from, request),
      BeginQuorumEpoch: (from, request) => viaCore(from, request),
      EndQuorumEpoch: (from, request) => viaCore(from, request),
      Fetch: (from, request) => viaCore(from, request),
      FetchSnapshot: (from, request) => this.serveFetchSnapshot(from, request),
    };
  }

  /**
   * Appends `data` if this node leads, and resolves with the state machine's
   * result once the entry is committed and applied here. Rejects with a
   * ProposalError; `definite` tells whether the entry can still commit.
   */
  propose(data: Uint8Array): Promise<unknown> {
    try {
      return this.proposeAt(data).committed;
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * Appends `data` as the leader and returns the offset it was given at once,
   * with a promise of its commit (resolving with the state machine's result).
   * Throws ProposalError when this node cannot take proposals. The offset lets
   * a caller (the controller) build on its own uncommitted entries.
   */
  proposeAt(data: Uint8Array): { readonly offset: number; readonly epoch: number; readonly committed: Promise<unknown> } {
    if (this.stopped) throw new ProposalError('SHUTTING_DOWN', 'node stopped', true);
    if (!this.started) throw new ProposalError('NODE_STARTING', 'node is recovering its quorum state', true);
    if (this.proposals.size >= this.maxPendingProposals) {
      throw new ProposalError('THROTTLED', `${this.proposals.size} proposals pending`, true);
    }
    let proposed: ReturnType<RaftCore['propose']> | undefined;
    this.guard(() => (proposed = this.core.propose(this.options.clock.now(), data)));
    const result = proposed!;
    if (!result.ok) {
      throw new ProposalError(result.code, `not the leader (leader ${result.leaderId ?? 'unknown'}, epoch ${result.epoch})`, true, result.leaderId);
    }
    const committed = new Promise<unknown>((resolve, reject) => {
      this.proposals.set(result.offset, { epoch: result.epoch, resolve, reject, committed: this.commitLatency.startTimer() });
    });
    this.kick();
    return { offset: result.offset, epoch: result.epoch, committed };
  }

  /** Where the node stands: role, epoch, leader, commit and apply progress. */
  status(): RaftStatus {
    // Callers (RPC handlers) may ask while start() is still recovering: nothing is known yet.
    if (!this.started) return { role: 'unattached', epoch: 0, leaderId: null, highWatermark: 0, logEndOffset: 0, appliedOffset: 0 };
    const description = this.core.describe();
    return {
      role: description.role,
      epoch: this.core.currentEpoch,
      leaderId: this.core.currentLeader,
      highWatermark: description.highWatermark,
      logEndOffset: this.logStore.logEndOffset,
      appliedOffset: this.appliedOffset,
    };
  }

  /** Calls `listener` whenever the status changes (after entries are persisted and applied). */
  onStatus(listener: (status: RaftStatus) => void): () => void {
    this.statusListeners.push(listener);
    return () => {
      this.statusListeners = this.statusListeners.filter((l) => l !== listener);
    };
  }

  private publishStatus(): void {
    if (this.statusListeners.length === 0 || !this.started) return;
    const status = this.status();
    const last = this.lastStatus;
    if (
      last !== null &&
      last.role === status.role &&
      last.epoch === status.epoch &&
      last.leaderId === status.leaderId &&
      last.highWatermark === status.highWatermark &&
      last.logEndOffset === status.logEndOffset &&
      last.appliedOffset === status.appliedOffset
    ) {
      return;
    }
    this.lastStatus = status;
    for (const listener of this.statusListeners) listener(status);
  }

  /** Graceful leadership hand-off (controlled shutdown). */
  resign(): void {
    this.guard(() => this.core.resign(this.options.clock.now()));
    this.kick();
  }

  /**
   * Resigns and waits until the hand-off (EndQuorumEpoch to the voters) has
   * been persisted and sent, so a stop right after does not swallow it and
   * leave the followers to wait out their fetch timeout.
   */
  async resignAndFlush(): Promise<void> {
    this.resign();
    for (let i = 0; i < 200 && !this.stopped && (this.pumping || this.core.hasReady()); i++) {
      await new Promise<void>((resolve) => this.options.clock.setTimer(1, resolve));
    }
  }

  // ------------------------------------------------------------------ inputs

  private handleViaCore(from: PeerId, request: RaftRequest): Promise<RaftResponse> {
    if (this.stopped) return Promise.reject(new SkiffError('SHUTTING_DOWN', 'node stopped'));
    if (!this.started) return Promise.reject(new SkiffError('NODE_STARTING', 'node is recovering its quorum state'));
    if (this.responseSinks.size >= this.maxPendingRequests) {
      return Promise.reject(new SkiffError('THROTTLED', `${this.responseSinks.size} requests pending`));
    }
    const token = this.nextToken++;
    const response = new Promise<RaftResponse>((resolve) => this.responseSinks.set(token, resolve));
    this.guard(() => this.core.handleRequest(this.options.clock.now(), from as NodeId, token, request));
    this.kick();
    return response;
  }

  /**
   * Runs a core input. A thrown AssertionError means an invariant broke: the
   * node must stop (and the simulator fails the seed), never answer on.
   */
  private guard(input: () => void): void {
    if (!this.guardQuietly(input)) throw this.failure;
  }

  /**
   * guard() for promise callbacks: the node is stopped, and the error is not
   * rethrown — there it would only become an unhandled rejection that kills
   * the whole process (and the simulator's sweep) instead of this node.
   */
  private guardQuietly(input: () => void): boolean {
    try {
      input();
      return true;
    } catch (error) {
      this.failure = error;
      this.fail(error);
      return false;
    }
  }

  private async serveFetchSnapshot(from: PeerId, request: Extract<RaftRequest, { type: 'FetchSnapshot' }>): Promise<Extract<RaftResponse, { type: 'FetchSnapshot' }>> {
    if (!this.started) throw new SkiffError('NODE_STARTING', 'node is recovering its quorum state');
    let error: ErrorCode | null = null;
    this.guard(() => (error = this.core.validateFetchSnapshot(this.options.clock.now(), from as NodeId, request.epoch, request.snapshotId)));
    const base = { type: 'FetchSnapshot' as const, epoch: this.core.currentEpoch, leaderId: this.core.currentLeader, snapshotId: request.snapshotId };
    this.kick();
    if (error) return { ...base, error, size: 0, position: request.position, bytes: new Uint8Array(0) };
    const chunk = await this.snapshotStore.readChunk(request.snapshotId, request.position, Math.min(request.maxBytes, 1 << 20));
    if (!chunk) return { ...base, error: 'SNAPSHOT_NOT_FOUND', size: 0, position: request.position, bytes: new Uint8Array(0) };
    return { ...base, error: null, size: chunk.size, position: request.position, bytes: chunk.bytes };
  }

  private onTimer(): void {
    this.timer = null;
    if (this.stopped) return;
    this.guardQuietly(() => this.core.tick(this.options.clock.now()));
    this.kick();
    this.publishStatus();
  }

  // ------------------------------------------------------------------ the loop

  private kick(): void {
    if (this.stopped) return;
    if (!this.pumping) {
      this.pumping = true;
      void this.pump();
    }
  }

  private async pump(): Promise<void> {
    try {
      while (!this.stopped && this.core.hasReady()) {
        const ready = this.core.takeReady();
        await this.persist(ready);
        if (this.stopped) return;
        this.core.markPersisted(ready, this.options.clock.now());
        this.dispatch(ready.messages);
        this.applyCommitted(ready.highWatermark);
        await this.maybeSnapshot();
        this.publishStatus();
      }
    } catch (error) {
      this.fail(error);
      return;
    } finally {
      this.pumping = false;
    }
    this.rescheduleTimer();
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.options.logger.fatal({ err: error }, 'quorum node stopping after an unrecoverable error');
    void this.stop();
    this.options.onFatal?.(error);
  }

  private rescheduleTimer(): void {
    if (this.stopped) return;
    const deadline = this.core.nextDeadlineMs();
    if (this.timer && this.timer.deadlineMs === deadline) return;
    this.timer?.cancel();
    this.timer = null;
    if (deadline === null) return;
    const delayMs = Math.max(0, deadline - this.options.clock.now());
    this.timer = { deadlineMs: deadline, cancel: this.options.clock.setTimer(delayMs, () => this.onTimer()) };
  }

  private async persist(ready: Ready): Promise<void> {
    if (ready.quorumState) await this.quorumStore.write(ready.quorumState);
    for (const op of ready.logOps) {
      switch (op.type) {
        case 'append':
          await this.logStore.append(op.entries);
          break;
        case 'truncate':
          if (this.options.onLogTruncated) this.options.onLogTruncated(this.logStore.allEntries().slice(op.offset - this.logStore.logStartOffset));
          await this.logStore.truncateTo(op.offset);
          break;
        case 'snapshot-chunk':
          await this.snapshotStore.writeChunk(op.snapshotId, op.position, op.bytes);
          break;
        case 'install-snapshot':
          await this.installSnapshot(op.snapshotId);
          break;
      }
    }
    if (ready.logOps.length > 0) await this.logStore.sync();
  }

  private async installSnapshot(id: SnapshotId): Promise<void> {
    const payload = await this.snapshotStore.finishDownload(id);
    if (!payload) throw new SkiffError('CORRUPT_MESSAGE', `downloaded snapshot ${id.endOffset}-${id.epoch} failed its checksum`);
    this.options.stateMachine.restore(payload);
    await this.logStore.resetTo(id.endOffset);
    for (const [offset, proposal] of this.proposals) {
      if (offset < id.endOffset) {
        this.proposals.delete(offset);
        proposal.reject(new ProposalError('NOT_LEADER_OR_FOLLOWER', `outcome of proposal at ${offset} unknown after snapshot install`, false));
      }
    }
    this.appliedOffset = id.endOffset;
    this.lastSnapshotOffset = id.endOffset;
  }

  private dispatch(messages: readonly Outbound[]): void {
    for (const message of messages) {
      if (message.kind === 'response') {
        const sink = this.responseSinks.get(message.token);
        this.responseSinks.delete(message.token);
        sink?.(message.response);
        continue;
      }
      const { to, correlationId, request } = message;
      this.options.transport
        .call(to, request.type, request as never, { timeoutMs: this.timeoutFor(request) })
        .then(
          (response) => {
            if (this.stopped) return;
            this.guardQuietly(() => this.core.handleResponse(this.options.clock.now(), correlationId, response as RaftResponse));
            this.kick();
          },
          () => {
            if (this.stopped) return;
            this.guardQuietly(() => this.core.handleRequestFailure(this.options.clock.now(), correlationId));
            this.kick();
          },
        );
    }
  }

  /**
   * A follower has one Fetch in flight. If a lost Fetch were only noticed after
   * the full request timeout (= the fetch timeout), one dropped packet would
   * start an election; so a Fetch gives up after twice its long-poll wait.
   */
  private timeoutFor(request: RaftRequest): number {
    if (request.type === 'Fetch' || request.type === 'FetchSnapshot') {
      return Math.min(this.requestTimeoutMs, 2 * this.options.config.fetchMaxWaitMs);
    }
    return this.requestTimeoutMs;
  }

  private applyCommitted(highWatermark: number): void {
    const end = Math.min(highWatermark, this.logStore.logEndOffset);
    while (this.appliedOffset < end) {
      const entry = this.logStore.entryAt(this.appliedOffset);
      assert(entry !== undefined, `committed entry ${this.appliedOffset} is in the persisted log`);
      const result = entry.kind === 'data' ? this.options.stateMachine.apply(entry) : undefined;
      const proposal = this.proposals.get(entry.offset);
      if (proposal) {
        this.proposals.delete(entry.offset);
        if (proposal.epoch === entry.epoch) {
          proposal.committed();
          proposal.resolve(result);
        } else {
          proposal.reject(new ProposalError('NOT_LEADER_OR_FOLLOWER', `entry at ${entry.offset} was replaced by epoch ${entry.epoch}`, true));
        }
      }
      this.appliedOffset++;
    }
  }

  private async maybeSnapshot(): Promise<void> {
    const every = this.options.snapshotEveryEntries;
    if (every === undefined || this.appliedOffset - this.lastSnapshotOffset < every) return;
    const endOffset = this.appliedOffset;
    const epoch = this.logStore.entryAt(endOffset - 1)?.epoch;
    assert(epoch !== undefined, 'the last applied entry is in the persisted log');
    const id = { endOffset, epoch };
    await this.snapshotStore.write(id, this.options.stateMachine.snapshot());
    this.lastSnapshotOffset = endOffset;
    this.core.snapshotTaken(id);
    await this.logStore.deleteBefore(endOffset);
    await this.logStore.sync();
  }
}
