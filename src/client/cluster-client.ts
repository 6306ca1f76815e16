// ClusterClient: the client library's view of the cluster. It owns the
// metadata cache (topic → partitions → leader and leaderEpoch, the broker
// list), refreshes it on demand with backoff, and is the one place the
// producer and consumer send RPCs through.
// Sans-I/O (DESIGN.md §2): time and timers come from the Clock port, jitter
// from the Random port, the network from the Transport port, so the simulator
// drives this exact code.
// Invariants: at most one Metadata request is in flight; a partition's cached
// leaderEpoch never decreases (a lagging broker's older answer is ignored,
// KIP-320); `metadataVersion` grows by one per applied response; every wait
// is bounded by a deadline.

import type { BrokerInfo, BrokerServices, MetadataResponse, PartitionMetadata } from '../broker/services.js';
import { assert } from '../common/assert.js';
import { type ErrorCode, isSkiffError, SkiffError } from '../common/errors.js';
import type { Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { Random } from '../env/random.js';
import { type PeerId, type Transport, TransportError } from '../env/transport.js';

export interface PartitionLeader {
  readonly leaderId: number;
  readonly leaderEpoch: number;
}

export interface ClusterClientOptions {
  readonly transport: Pick<Transport<BrokerServices>, 'call'>;
  /** Where the first Metadata request goes (tried in order after the known brokers). */
  readonly bootstrapPeers: readonly PeerId[];
  readonly clock: Clock;
  readonly logger: Logger;
  /** Jitters backoffs so many clients do not refresh in lockstep; none without it. */
  readonly random?: Random;
  /** Per-RPC deadline (Kafka's request.timeout.ms). Default 30 000. */
  readonly requestTimeoutMs?: number;
  /** The least time between two Metadata requests (retry.backoff.ms). Default 100. */
  readonly retryBackoffMs?: number;
  /** The cap of the exponential backoff after failed refreshes (retry.backoff.max.ms). Default 1000. */
  readonly retryBackoffMaxMs?: number;
  /** Metadata older than this is refreshed before use (metadata.max.age.ms). Default 300 000. */
  readonly metadataMaxAgeMs?: number;
  /** How long leaderFor() waits for a topic and a leader by default (max.block.ms). Default 60 000. */
  readonly leaderWaitMs?: number;
  /** Called with the brokers of every applied Metadata response, before anyone can call them (the CLI maps ids to addresses here). */
  readonly onBrokers?: (brokers: readonly BrokerInfo[]) => void;
}

interface TopicEntry {
  readonly topicId: string;
  /** Indexed by partition number; holes (a partition missing from the response) are undefined. */
  readonly partitions: (PartitionMetadata | undefined)[];
}

/** The cached leader of a partition, or why there is none. */
export type LeaderLookup = { ok: true; leader: PartitionLeader } | { ok: false; code: ErrorCode; message: string };

/** Resolves after `delayMs` on `clock` (0: after the current task). */
export function sleep(clock: Clock, delayMs: number): Promise<void> {
  return new Promise((resolve) => clock.setTimer(Math.max(0, delayMs), resolve));
}

/** Any failure as the SkiffError the client's callers see: transport codes kept, the cause attached. */
export function toSkiffError(error: unknown): SkiffError {
  if (isSkiffError(error)) return error;
  if (error instanceof TransportError) return new SkiffError(error.code, error.message, { cause: error });
  return new SkiffError('UNKNOWN_SERVER_ERROR', error instanceof Error ? error.message : String(error), { cause: error });
}

/** Errors after which the cached leader is probably wrong (Kafka's InvalidMetadataException family). */
export const metadataErrorCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'NOT_LEADER_OR_FOLLOWER',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'UNKNOWN_TOPIC_ID',
  'LEADER_NOT_AVAILABLE',
  'KAFKA_STORAGE_ERROR',
  'NETWORK_EXCEPTION',
  'REQUEST_TIMED_OUT',
]);

export class ClusterClient {
  /** Grows by one per applied Metadata response; callers wait for it to move past a value they saw. */
  metadataVersion = 0;

  private readonly transport: Pick<Transport<BrokerServices>, 'call'>;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly random: Random | undefined;
  readonly requestTimeoutMs: number;
  private readonly retryBackoffMs: number;
  private readonly retryBackoffMaxMs: number;
  private readonly metadataMaxAgeMs: number;
  private readonly leaderWaitMs: number;
  private readonly onBrokers: ((brokers: readonly BrokerInfo[]) => void) | undefined;
  private readonly bootstrapPeers: readonly PeerId[];

  private readonly interest = new Set<string>();
  private readonly topics = new Map<string, TopicEntry>();
  private readonly topicErrors = new Map<string, { code: ErrorCode; message: string }>();
  private knownBrokers: readonly BrokerInfo[] = [];
  private clusterIdSeen: string | null = null;
  private controllerIdSeen = -1;
  private inFlightRefresh: Promise<boolean> | null = null;
  private stale = true;
  private lastRefreshMs = -Infinity;
  private nextRefreshAllowedMs = -Infinity;
  private consecutiveFailures = 0;
  /** Why the last refresh failed; null after a success. */
  private lastRefreshError: SkiffError | null = null;
  /** Rotates the first peer asked, so a dead broker is not always asked first. */
  private peerCursor = 0;
  private readonly listeners = new Set<() => void>();
  private closed = false;

  constructor(options: ClusterClientOptions) {
    assert(options.bootstrapPeers.length > 0, 'ClusterClient needs at least one bootstrap peer');
    this.transport = options.transport;
    this.bootstrapPeers = [...options.bootstrapPeers];
    this.clock = options.clock;
    this.logger = options.logger.child({ component: 'cluster-client' });
    this.random = options.random;
    this.requestTimeoutMs = positive(options.requestTimeoutMs ?? 30_000, 'requestTimeoutMs');
    this.retryBackoffMs = positive(options.retryBackoffMs ?? 100, 'retryBackoffMs');
    this.retryBackoffMaxMs = Math.max(this.retryBackoffMs, options.retryBackoffMaxMs ?? 1_000);
    this.metadataMaxAgeMs = positive(options.metadataMaxAgeMs ?? 300_000, 'metadataMaxAgeMs');
    this.leaderWaitMs = positive(options.leaderWaitMs ?? 60_000, 'leaderWaitMs');
    this.onBrokers = options.onBrokers;
  }

  get clusterId(): string | null {
    return this.clusterIdSeen;
  }

  get controllerId(): number {
    return this.controllerIdSeen;
  }

  /** Unfenced brokers as of the last applied Metadata response. */
  get brokers(): readonly BrokerInfo[] {
    return this.knownBrokers;
  }

  /** Runs `fn` after every applied Metadata response; returns an unsubscribe. */
  onMetadataUpdate(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * One RPC to `brokerId` with the request timeout. Rejects with a SkiffError:
   * the peer's own, or the transport's code (NETWORK_EXCEPTION,
   * REQUEST_TIMED_OUT) — after which metadata is refreshed, since the broker
   * may be gone or no longer lead what the caller thinks.
   */
  async call<M extends keyof BrokerServices & string>(brokerId: PeerId, method: M, request: BrokerServices[M]['request'], timeoutMs = this.requestTimeoutMs): Promise<BrokerServices[M]['response']> {
    if (this.closed) throw new SkiffError('SHUTTING_DOWN', 'the client is closed');
    try {
      return await this.transport.call(brokerId, method, request, { timeoutMs });
    } catch (error) {
      if (error instanceof TransportError) this.requestRefresh();
      throw toSkiffError(error);
    }
  }

  /** A broker to send a cluster-wide request to (InitProducerId, CreateTopics): a known one, else a bootstrap peer. */
  anyBroker(): PeerId {
    const peers = this.candidatePeers();
    const peer = peers[this.peerCursor % peers.length];
    assert(peer !== undefined, 'no peers');
    return peer;
  }

  /** Makes `topics` part of every Metadata request from now on. */
  addTopics(topics: Iterable<string>): void {
    let added = false;
    for (const topic of topics) {
      if (this.interest.has(topic)) continue;
      this.interest.add(topic);
      added = true;
    }
    if (added) this.stale = true;
  }

  /** The cached leader, or null when none is known (no metadata yet, or leader -1). Never waits. */
  cachedLeader(topic: string, partition: number): PartitionLeader | null {
    const p = this.topics.get(topic)?.partitions[partition];
    if (p === undefined || p.leader < 0) return null;
    return { leaderId: p.leader, leaderEpoch: p.leaderEpoch };
  }

  /** The topic's partition count from the cache, or null when the topic is not known. */
  partitionCount(topic: string): number | null {
    return this.topics.get(topic)?.partitions.length ?? null;
  }

  topicId(topic: string): string | null {
    return this.topics.get(topic)?.topicId ?? null;
  }

  /**
   * A newer leader learned outside Metadata (a Fetch error's currentLeader
   * hint). Applied only if its epoch is newer than the cached one.
   */
  updateLeader(topic: string, partition: number, hint: PartitionLeader): void {
    const entry = this.topics.get(topic);
    const p = entry?.partitions[partition];
    if (entry === undefined || p === undefined || hint.leaderEpoch <= p.leaderEpoch || hint.leaderId < 0) return;
    entry.partitions[partition] = { ...p, leader: hint.leaderId, leaderEpoch: hint.leaderEpoch };
    this.logger.debug({ topic, partition, leaderId: hint.leaderId, leaderEpoch: hint.leaderEpoch }, 'leader hint applied');
  }

  /** Marks the cache stale and starts a refresh in the background (coalesced, backed off). */
  requestRefresh(): void {
    this.stale = true;
    if (this.closed) return;
    void this.refresh();
  }

  /**
   * Fetches Metadata for the topics of interest, once the backoff allows.
   * Concurrent callers share one request. Resolves true when a response was
   * applied, false when no peer answered (never rejects).
   */
  refresh(): Promise<boolean> {
    if (this.inFlightRefresh !== null) return this.inFlightRefresh;
    const run = this.refreshOnce().finally(() => {
      this.inFlightRefresh = null;
    });
    this.inFlightRefresh = run;
    return run;
  }

  /**
   * The partition's leader, waiting (refreshing with backoff) until the topic
   * exists and the partition has a leader, at most `timeoutMs`. Rejects with
   * the last reason: UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE, or the
   * transport's error when no broker answered.
   */
  async leaderFor(topic: string, partition: number, timeoutMs = this.leaderWaitMs): Promise<PartitionLeader> {
    this.addTopics([topic]);
    const deadline = this.clock.now() + timeoutMs;
    for (;;) {
      if (!this.needsRefresh()) {
        const lookup = this.lookup(topic, partition);
        if (lookup.ok) return lookup.leader;
        this.stale = true;
      }
      if (this.clock.now() >= deadline) {
        const lookup = this.lookup(topic, partition);
        if (lookup.ok) return lookup.leader;
        throw new SkiffError(lookup.code, `${lookup.message} (waited ${timeoutMs} ms)`);
      }
      await this.refreshBefore(deadline);
      if (this.closed) throw new SkiffError('SHUTTING_DOWN', 'the client is closed');
    }
  }

  /**
   * The topic's partition count once metadata names the topic (leaders not
   * required), waiting at most `timeoutMs`. Rejects with the topic's error
   * (UNKNOWN_TOPIC_OR_PARTITION) or the transport's when no broker answered.
   */
  async partitionCountOf(topic: string, timeoutMs = this.leaderWaitMs): Promise<number> {
    this.addTopics([topic]);
    const deadline = this.clock.now() + timeoutMs;
    for (;;) {
      const count = this.needsRefresh() ? null : this.partitionCount(topic);
      if (count !== null && count > 0) return count;
      if (count === null && !this.needsRefresh()) this.stale = true;
      if (this.clock.now() >= deadline) {
        const lookup = this.lookup(topic, 0);
        const known = this.partitionCount(topic);
        if (known !== null && known > 0) return known;
        throw new SkiffError(lookup.ok ? 'UNKNOWN_TOPIC_OR_PARTITION' : lookup.code, `${lookup.ok ? `no partitions of '${topic}'` : lookup.message} (waited ${timeoutMs} ms)`);
      }
      await this.refreshBefore(deadline);
      if (this.closed) throw new SkiffError('SHUTTING_DOWN', 'the client is closed');
    }
  }

  /** Waits until every partition of `topic` has a leader; returns the partition count. */
  async waitForTopic(topic: string, timeoutMs = this.leaderWaitMs): Promise<number> {
    const deadline = this.clock.now() + timeoutMs;
    await this.leaderFor(topic, 0, timeoutMs);
    for (;;) {
      const count = this.partitionCount(topic) ?? 0;
      let missing = -1;
      for (let partition = 0; partition < count && missing < 0; partition++) if (this.cachedLeader(topic, partition) === null) missing = partition;
      if (missing < 0) return count;
      await this.leaderFor(topic, missing, Math.max(0, deadline - this.clock.now()));
    }
  }

  /** Stops refreshing; later calls reject with SHUTTING_DOWN. */
  close(): void {
    this.closed = true;
    this.listeners.clear();
  }

  // --- internals ----------------------------------------------------------------

  private needsRefresh(): boolean {
    return this.stale || this.clock.now() - this.lastRefreshMs > this.metadataMaxAgeMs;
  }

  /** One refresh, or a pause until `deadline` if the backoff reaches past it. Bounded by the deadline. */
  private async refreshBefore(deadline: number): Promise<void> {
    const waitMs = this.nextRefreshAllowedMs - this.clock.now();
    if (waitMs > 0 && this.clock.now() + waitMs > deadline) {
      await sleep(this.clock, Math.max(0, deadline - this.clock.now()));
      return;
    }
    await this.refresh();
  }

  /** The cached leader, or the reason there is none (UNKNOWN_TOPIC_OR_PARTITION, LEADER_NOT_AVAILABLE). Never waits. */
  lookup(topic: string, partition: number): LeaderLookup {
    const entry = this.topics.get(topic);
    if (entry === undefined) {
      // No broker answered: say so, rather than blame the topic.
      if (this.lastRefreshError !== null && !this.topicErrors.has(topic)) return { ok: false, code: this.lastRefreshError.code, message: `no metadata for '${topic}': ${this.lastRefreshError.message}` };
      const error = this.topicErrors.get(topic);
      return { ok: false, code: error?.code ?? 'UNKNOWN_TOPIC_OR_PARTITION', message: error?.message ?? `topic '${topic}' is not in the metadata` };
    }
    const p = entry.partitions[partition];
    if (p === undefined) return { ok: false, code: 'UNKNOWN_TOPIC_OR_PARTITION', message: `topic '${topic}' has no partition ${partition}` };
    if (p.leader < 0) return { ok: false, code: 'LEADER_NOT_AVAILABLE', message: `${topic}-${partition} has no leader` };
    return { ok: true, leader: { leaderId: p.leader, leaderEpoch: p.leaderEpoch } };
  }

  private candidatePeers(): PeerId[] {
    const peers = this.knownBrokers.map((b) => b.brokerId);
    for (const peer of this.bootstrapPeers) if (!peers.includes(peer)) peers.push(peer);
    return peers;
  }

  private async refreshOnce(): Promise<boolean> {
    const waitMs = this.nextRefreshAllowedMs - this.clock.now();
    if (waitMs > 0) await sleep(this.clock, waitMs);
    if (this.closed) return false;
    const peers = this.candidatePeers();
    const start = this.peerCursor++;
    let lastError: unknown = null;
    // Bounded: each peer is asked once per refresh.
    for (let i = 0; i < peers.length; i++) {
      const peer = peers[(start + i) % peers.length] as PeerId;
      try {
        const response = await this.transport.call(peer, 'Metadata', { topics: [...this.interest].sort() }, { timeoutMs: this.requestTimeoutMs });
        if (this.closed) return false;
        this.apply(response);
        this.consecutiveFailures = 0;
        this.lastRefreshError = null;
        this.nextRefreshAllowedMs = this.clock.now() + this.jitter(this.retryBackoffMs);
        for (const listener of [...this.listeners]) listener();
        return true;
      } catch (error) {
        lastError = error;
        this.logger.debug({ peer, err: error }, 'metadata request failed');
      }
    }
    this.consecutiveFailures++;
    this.lastRefreshError = toSkiffError(lastError);
    const backoffMs = Math.min(this.retryBackoffMaxMs, this.retryBackoffMs * 2 ** Math.min(this.consecutiveFailures, 20));
    this.nextRefreshAllowedMs = this.clock.now() + this.jitter(backoffMs);
    if (this.consecutiveFailures === 1 || this.consecutiveFailures % 10 === 0) {
      this.logger.warn({ peers, failures: this.consecutiveFailures, err: lastError }, 'no broker answered a metadata request');
    }
    return false;
  }

  private apply(response: MetadataResponse): void {
    this.metadataVersion++;
    this.stale = false;
    this.lastRefreshMs = this.clock.now();
    this.clusterIdSeen = response.clusterId;
    this.controllerIdSeen = response.controllerId;
    if (response.brokers.length > 0) {
      this.knownBrokers = response.brokers.filter((b) => !b.fenced);
      this.onBrokers?.(this.knownBrokers);
    }
    for (const topic of response.topics) {
      if (topic.error !== null) {
        this.topics.delete(topic.name);
        this.topicErrors.set(topic.name, topic.error);
        continue;
      }
      this.topicErrors.delete(topic.name);
      const previous = this.topics.get(topic.name);
      const sameTopic = previous !== undefined && previous.topicId === topic.topicId;
      const partitions: (PartitionMetadata | undefined)[] = [];
      for (const p of topic.partitions) {
        assert(Number.isSafeInteger(p.partition) && p.partition >= 0, `bad partition number ${p.partition}`);
        const old = sameTopic ? previous.partitions[p.partition] : undefined;
        // KIP-320: a lagging broker may answer with an older leader; keep the newer one.
        partitions[p.partition] = old !== undefined && old.leaderEpoch > p.leaderEpoch ? old : p;
      }
      this.topics.set(topic.name, { topicId: topic.topicId, partitions });
    }
  }

  private jitter(ms: number): number {
    if (this.random === undefined) return ms;
    return Math.round(ms * (0.8 + 0.4 * this.random.next()));
  }
}

function positive(value: number, name: string): number {
  if (!(Number.isFinite(value) && value > 0)) throw new SkiffError('INVALID_CONFIG', `${name} must be a positive number, got ${value}`);
  return value;
}
