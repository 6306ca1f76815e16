// ConsumerFetcher: the group consumer's fetch engine — one SimpleConsumer
// shared by every partition the consumer owns (one Fetch per leader broker,
// not per partition), plus the position bookkeeping a group consumer needs
// on top: partitions come and go (assignment, revocation), pause for
// backpressure or by the user, and seek; each keeps an exact next offset.
// Start positions for partitions without a committed offset are resolved
// here with ListOffsets, so a position is always a number the group can
// commit (Kafka commits a reset position too, so the next owner does not
// resolve "latest" again and skip records).
// Sans-I/O: the ClusterClient (Transport port) and the Clock.
//
// Invariants: the SimpleConsumer is re-assigned only right before a poll,
// never while one runs; an answer for a partition changed (added, removed,
// paused, moved) since that poll began is dropped, never delivered; per
// partition the records returned strictly increase in offset from the
// partition's position, which moves only forward except by seek().

import type { ListOffsetsResponse } from '../broker/services.js';
import { earliestTimestamp, latestTimestamp } from '../broker/services.js';
import { assert } from '../common/assert.js';
import { isRetriable, SkiffError } from '../common/errors.js';
import type { Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import { type ClusterClient, metadataErrorCodes, sleep, toSkiffError } from './cluster-client.js';
import { type ConsumerRecord, SimpleConsumer, type SimpleConsumerOptions } from './simple-consumer.js';

export interface FetchedBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly ConsumerRecord[];
  readonly highWatermark: number;
  /** The leader epoch of the broker that served them (at least each record's own batch epoch). -1: unknown. */
  readonly leaderEpoch: number;
}

export interface OffsetReset {
  readonly topic: string;
  readonly partition: number;
  readonly reset: 'earliest' | 'latest';
}

interface Fetched {
  readonly topic: string;
  readonly partition: number;
  /** The next offset to fetch: one past the last record returned. */
  position: number;
  /** False while paused (backpressure or the user): kept, but not fetched. */
  active: boolean;
}

export type ConsumerFetcherOptions = Omit<SimpleConsumerOptions, 'decodeRecords'>;

export class ConsumerFetcher {
  private readonly engine: SimpleConsumer;
  private readonly cluster: ClusterClient;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly retryBackoffMs: number;
  private readonly requestTimeoutMs: number;
  private readonly partitions = new Map<string, Fetched>();
  /** Partitions changed since the engine was last given its assignment. */
  private readonly changed = new Set<string>();
  /** True when only positions of partitions the engine already fetches changed (a seek, not a re-assign). */
  private membershipChanged = false;
  private closed = false;

  constructor(options: ConsumerFetcherOptions) {
    this.engine = new SimpleConsumer(options);
    this.cluster = options.cluster;
    this.clock = options.clock;
    this.logger = options.logger.child({ component: 'consumer-fetcher' });
    this.retryBackoffMs = options.retryBackoffMs ?? 100;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  }

  /** Starts fetching a partition from `position`. */
  add(topic: string, partition: number, position: number): void {
    assert(Number.isSafeInteger(position) && position >= 0, `start position ${position}`);
    const key = keyOf(topic, partition);
    assert(!this.partitions.has(key), `${topic}-${partition} is already fetched`);
    this.partitions.set(key, { topic, partition, position, active: true });
    this.touch(key, true);
  }

  remove(topic: string, partition: number): void {
    const key = keyOf(topic, partition);
    const f = this.partitions.get(key);
    if (f === undefined) return;
    this.partitions.delete(key);
    if (f.active) this.touch(key, true);
  }

  /** Stops fetching a partition but keeps its position (resume() continues there). */
  pause(topic: string, partition: number): void {
    const f = this.partitions.get(keyOf(topic, partition));
    if (f === undefined || !f.active) return;
    f.active = false;
    this.touch(keyOf(topic, partition), true);
  }

  resume(topic: string, partition: number): void {
    const f = this.partitions.get(keyOf(topic, partition));
    if (f === undefined || f.active) return;
    f.active = true;
    this.touch(keyOf(topic, partition), true);
  }

  /** The next fetch of the partition starts at `position`; anything fetched before is dropped. */
  seek(topic: string, partition: number, position: number): void {
    assert(Number.isSafeInteger(position) && position >= 0, `seek position ${position}`);
    const key = keyOf(topic, partition);
    const f = this.partitions.get(key);
    assert(f !== undefined, `${topic}-${partition} is not fetched`);
    f.position = position;
    this.touch(key, false);
  }

  position(topic: string, partition: number): number | null {
    return this.partitions.get(keyOf(topic, partition))?.position ?? null;
  }

  /**
   * The records fetched since the last call, waiting up to `timeoutMs`.
   * Throws what the SimpleConsumer cannot get past (a non-retriable fetch
   * error such as MESSAGE_TOO_LARGE).
   */
  async poll(timeoutMs: number): Promise<FetchedBatch[]> {
    if (this.closed) throw new SkiffError('SHUTTING_DOWN', 'the fetcher is closed');
    this.apply();
    const polled = await this.engine.poll(timeoutMs);
    const out: FetchedBatch[] = [];
    for (const b of polled) {
      const key = keyOf(b.topic, b.partition);
      // Changed while the poll ran: the engine will be re-pointed before the next poll; these may be stale.
      if (this.changed.has(key)) continue;
      const f = this.partitions.get(key);
      if (f === undefined || !f.active) continue;
      const fresh = b.records.filter((r) => r.offset >= f.position);
      if (fresh.length === 0) continue;
      const last = fresh[fresh.length - 1]!;
      f.position = last.offset + 1;
      const leaderEpoch = this.cluster.cachedLeader(b.topic, b.partition)?.leaderEpoch ?? -1;
      out.push({ topic: b.topic, partition: b.partition, records: fresh, highWatermark: b.highWatermark, leaderEpoch });
    }
    return out;
  }

  close(): void {
    this.closed = true;
    this.engine.close();
  }

  private touch(key: string, membership: boolean): void {
    this.changed.add(key);
    if (membership) this.membershipChanged = true;
  }

  /** Hands pending changes to the engine: seeks alone move single partitions; anything else re-assigns. */
  private apply(): void {
    if (this.changed.size === 0) return;
    if (this.membershipChanged) {
      const active = [...this.partitions.values()].filter((f) => f.active);
      // assign() re-seeks every partition it is given, so each gets its exact position.
      this.engine.assign(active.map((f) => ({ topic: f.topic, partition: f.partition, offset: f.position })));
    } else {
      for (const key of this.changed) {
        const f = this.partitions.get(key);
        if (f !== undefined && f.active) this.engine.seek(f.topic, f.partition, f.position);
      }
    }
    this.changed.clear();
    this.membershipChanged = false;
  }

  // --- start positions ---------------------------------------------------------------

  /**
   * The earliest or latest offset of each partition, from its leader by
   * ListOffsets; retried (after a metadata refresh where the leader moved)
   * until every partition has one, `isCurrent()` turns false, or a
   * non-retriable error.
   */
  async resolveOffsets(resets: readonly OffsetReset[], isCurrent: () => boolean): Promise<Map<string, number>> {
    const resolved = new Map<string, number>();
    let pending = [...resets];
    this.cluster.addTopics(new Set(resets.map((r) => r.topic)));
    // Bounded by isCurrent(): every pass resolves something, or backs off at least retryBackoffMs.
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (!isCurrent() || this.closed) throw new SkiffError('UNKNOWN_MEMBER_ID', 'the partitions were taken away while their start offsets were resolved');
      if (pending.some((r) => this.cluster.cachedLeader(r.topic, r.partition) === null)) await this.cluster.refresh();
      const byLeader = new Map<number, OffsetReset[]>();
      for (const r of pending) {
        const leader = this.cluster.cachedLeader(r.topic, r.partition);
        if (leader === null) continue;
        const list = byLeader.get(leader.leaderId) ?? [];
        list.push(r);
        byLeader.set(leader.leaderId, list);
      }
      await Promise.all([...byLeader].map(async ([leaderId, list]) => {
        for (const [key, offset] of await this.listOffsets(leaderId, list)) resolved.set(key, offset);
      }));
      pending = pending.filter((r) => !resolved.has(keyOf(r.topic, r.partition)));
      if (pending.length > 0) await sleep(this.clock, Math.min(1_000, this.retryBackoffMs * attempt));
    }
    return resolved;
  }

  /** One ListOffsets to a leader: the offsets it gave; retriable failures just leave partitions out. */
  private async listOffsets(leaderId: number, list: readonly OffsetReset[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const byTopic = new Map<string, { partition: number; currentLeaderEpoch: number; timestamp: number }[]>();
    for (const r of list) {
      const partitions = byTopic.get(r.topic) ?? [];
      partitions.push({ partition: r.partition, currentLeaderEpoch: this.cluster.cachedLeader(r.topic, r.partition)?.leaderEpoch ?? -1, timestamp: r.reset === 'earliest' ? earliestTimestamp : latestTimestamp });
      byTopic.set(r.topic, partitions);
    }
    let response: ListOffsetsResponse;
    try {
      response = await this.cluster.call(leaderId, 'ListOffsets', { replicaId: -1, isolationLevel: 0, topics: [...byTopic].map(([name, partitions]) => ({ name, partitions })) }, this.requestTimeoutMs);
    } catch (error) {
      const e = toSkiffError(error);
      if (!e.retriable) throw e;
      this.cluster.requestRefresh();
      return out;
    }
    for (const t of response.topics) {
      for (const p of t.partitions) {
        if (p.error !== null) {
          if (!isRetriable(p.error.code)) throw new SkiffError(p.error.code, `ListOffsets ${t.name}-${p.partition}: ${p.error.message}`);
          if (metadataErrorCodes.has(p.error.code)) this.cluster.requestRefresh();
          continue;
        }
        assert(Number.isSafeInteger(p.offset) && p.offset >= 0, `ListOffsets gave ${t.name}-${p.partition} offset ${p.offset}`);
        out.set(keyOf(t.name, p.partition), p.offset);
      }
    }
    this.logger.debug({ leaderId, partitions: out.size }, 'start offsets resolved');
    return out;
  }
}

function keyOf(topic: string, partition: number): string {
  return `${topic}\u0000${partition}`;
}
