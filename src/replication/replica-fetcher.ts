// One fetcher per leader broker: a single long-polling Fetch stream covering
// every partition this broker follows on that leader (Kafka's
// ReplicaFetcherThread). Each round sends, per partition, the log end, the
// epoch of the last batch held (KIP-279: the leader answers with a diverging
// epoch instead of data when our log parted from its own) and the durable
// end, which the leader's high watermark waits for under flush-on-ack.
//
// After a round appends data, the fetcher fsyncs the logs it wrote (group
// commit, one sync per partition per round) before its next request, so the
// next request already reports the new durable ends.

import type { Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { Transport } from '../env/transport.js';
import type { BrokerServices, FetchPartitionResponse, FetchRequest } from '../broker/services.js';
import type { Partition } from './partition.js';

export interface ReplicaFetcherOptions {
  readonly brokerId: number;
  readonly leaderId: number;
  readonly brokerEpoch: () => number;
  readonly transport: Pick<Transport<BrokerServices>, 'call'>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly flushOnAck: boolean;
  readonly maxWaitMs: number;
  readonly maxBytes: number;
  readonly partitionMaxBytes: number;
  readonly requestTimeoutMs: number;
  readonly backoffMs: number;
  /** After a valid round: the replica manager may re-check anything that depends on follower progress. */
  readonly onRound?: () => void;
}

interface Fetching {
  readonly partition: Partition;
  /** The leader epoch this partition is fetched under; a newer assignment replaces the entry. */
  readonly leaderEpoch: number;
  delayedUntil: number;
}

export class ReplicaFetcher {
  private readonly fetching = new Map<string, Fetching>();
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private cancelSleep: (() => void) | null = null;

  constructor(private readonly options: ReplicaFetcherOptions) {}

  get leaderId(): number {
    return this.options.leaderId;
  }

  get size(): number {
    return this.fetching.size;
  }

  add(key: string, partition: Partition): void {
    this.fetching.set(key, { partition, leaderEpoch: partition.leaderEpoch, delayedUntil: 0 });
    this.kick();
  }

  remove(key: string): void {
    this.fetching.delete(key);
  }

  has(key: string, leaderEpoch: number): boolean {
    return this.fetching.get(key)?.leaderEpoch === leaderEpoch;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
  }

  private kick(): void {
    const wake = this.wake;
    this.wake = null;
    this.cancelSleep?.();
    this.cancelSleep = null;
    wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.cancelSleep = this.options.clock.setTimer(ms, () => {
        this.wake = null;
        this.cancelSleep = null;
        resolve();
      });
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      const now = this.options.clock.now();
      const ready = [...this.fetching.entries()].filter(([, f]) => f.delayedUntil <= now && f.partition.role === 'follower');
      if (ready.length === 0) {
        const next = Math.min(...[...this.fetching.values()].map((f) => f.delayedUntil).filter((t) => t > now), now + this.options.backoffMs);
        await this.sleep(Math.max(1, next - now));
        continue;
      }
      try {
        await this.round(ready);
      } catch (error) {
        if (!this.running) break;
        this.options.logger.debug({ err: error, leader: this.options.leaderId }, 'replica fetch failed');
        await this.sleep(this.options.backoffMs);
      }
    }
  }

  private async round(ready: [string, Fetching][]): Promise<void> {
    const byTopic = new Map<string, { topicId: string; partitions: FetchRequest['topics'][number]['partitions'][number][] }>();
    const sent = new Map<string, { entry: Fetching; fetchOffset: number }>();
    for (const [key, entry] of ready) {
      const p = entry.partition;
      const a = p.assignment;
      if (a === null) continue;
      const fetchOffset = p.log.logEndOffset;
      sent.set(key, { entry, fetchOffset });
      let topic = byTopic.get(a.topic);
      if (topic === undefined) byTopic.set(a.topic, (topic = { topicId: a.topicId, partitions: [] }));
      topic.partitions.push({
        partition: a.partition,
        fetchOffset,
        currentLeaderEpoch: entry.leaderEpoch,
        lastFetchedEpoch: p.lastFetchedEpoch(),
        logStartOffset: p.log.logStartOffset,
        durableOffset: this.options.flushOnAck ? p.log.durableEndOffset : fetchOffset,
        partitionMaxBytes: this.options.partitionMaxBytes,
      });
    }
    const request: FetchRequest = {
      replicaId: this.options.brokerId,
      replicaEpoch: this.options.brokerEpoch(),
      maxWaitMs: this.options.maxWaitMs,
      minBytes: 1,
      maxBytes: this.options.maxBytes,
      isolationLevel: 0,
      rackId: '',
      topics: [...byTopic].map(([name, t]) => ({ name, topicId: t.topicId, partitions: t.partitions })),
    };
    const response = await this.options.transport.call(this.options.leaderId, 'Fetch', request, { timeoutMs: this.options.maxWaitMs + this.options.requestTimeoutMs });
    if (response.error !== null) {
      this.options.logger.debug({ leader: this.options.leaderId, error: response.error }, 'replica fetch refused');
      await this.sleep(this.options.backoffMs);
      return;
    }
    const written: Partition[] = [];
    for (const topic of response.topics) {
      for (const r of topic.partitions) {
        const key = `${topic.name}-${r.partition}`;
        const s = sent.get(key);
        const current = this.fetching.get(key);
        // The partition moved (new leader epoch, removed) while the fetch was out: its answer is stale.
        if (s === undefined || current !== s.entry || s.entry.partition.role !== 'follower') continue;
        try {
          if (await this.handle(s.entry, s.fetchOffset, r)) written.push(s.entry.partition);
        } catch (error) {
          s.entry.delayedUntil = this.options.clock.now() + this.options.backoffMs;
          this.options.logger.warn({ err: error, topic: topic.name, partition: r.partition }, 'replica fetch response could not be applied');
        }
      }
    }
    if (this.options.flushOnAck && written.length > 0) {
      await Promise.all(written.map((p) => p.log.sync().catch((error: unknown) => this.options.logger.error({ err: error, dir: p.log.dir }, 'follower sync failed'))));
    }
    this.options.onRound?.();
  }

  /** Applies one partition's answer; true when records were appended. */
  private async handle(entry: Fetching, fetchOffset: number, r: FetchPartitionResponse): Promise<boolean> {
    const p = entry.partition;
    if (r.error === null) {
      if (r.divergingEpoch !== null) {
        await p.truncateOnDivergence(r.divergingEpoch, r.logStartOffset);
        return false;
      }
      if (p.log.logEndOffset !== fetchOffset) return false; // truncated meanwhile: refetch from the new end
      await p.appendAsFollower(r.records, r.highWatermark);
      return r.records.byteLength > 0;
    }
    switch (r.error.code) {
      case 'OFFSET_OUT_OF_RANGE':
        // Below the leader's log start (retention moved it), or ahead of its log with no epoch to compare
        // (only an epoch-less log gets here): start over from the leader's log start.
        await p.resetToLeaderStart(r.logStartOffset);
        return false;
      default:
        // Fenced or stale epoch, not leader, storage errors: back off until the metadata moves us.
        entry.delayedUntil = this.options.clock.now() + this.options.backoffMs;
        if (!isRetriableCode(r.error.code)) this.options.logger.warn({ partition: r.partition, error: r.error }, 'replica fetch error');
        return false;
    }
  }
}

function isRetriableCode(code: string): boolean {
  return code === 'NOT_LEADER_OR_FOLLOWER' || code === 'FENCED_LEADER_EPOCH' || code === 'UNKNOWN_LEADER_EPOCH' || code === 'UNKNOWN_TOPIC_OR_PARTITION';
}
