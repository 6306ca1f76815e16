// The group Consumer's public shapes, after kafkajs's (`consumer.run({
// eachMessage })`, `subscribe`, `commitOffsets`, `seek`, `pause`, events):
// options, the payloads handed to eachMessage and eachBatch, and the
// events. Offsets and timestamps are numbers, as everywhere in Skiff's
// client (kafkajs uses strings); methods that take an offset also accept a
// string of digits so kafkajs code ports as it is. Types only.

import type { SkiffError } from '../common/errors.js';
import type { Deserializer } from './serializers.js';

export interface ConsumerOptions<K = Uint8Array, V = Uint8Array> {
  /** group.id. Required. */
  readonly groupId: string;
  /** group.instance.id: a static member keeps its partitions across a restart within the session timeout (KIP-345). */
  readonly groupInstanceId?: string;
  /**
   * Kept for kafkajs compatibility. Under KIP-848 the coordinator decides
   * the session timeout (group.consumer.session.timeout.ms); this only
   * bounds how long one heartbeat request may take (half of it). Default 45 000.
   */
  readonly sessionTimeoutMs?: number;
  /**
   * How long the member may take to give up revoked partitions (its
   * handlers finishing, its commit) before the coordinator fences it; the
   * consumer waits for handlers at most this long. Default 60 000.
   */
  readonly rebalanceTimeoutMs?: number;
  /** Kept for kafkajs compatibility and ignored: the coordinator names the heartbeat interval (KIP-848). */
  readonly heartbeatIntervalMs?: number;
  /** Where a partition without a committed offset starts (auto.offset.reset). Default 'latest'. */
  readonly autoOffsetReset?: 'earliest' | 'latest';
  /** The server-side assignor to ask for ('uniform' or 'range'); default: the coordinator's. */
  readonly serverAssignor?: 'uniform' | 'range';
  readonly keyDeserializer?: Deserializer<K>;
  readonly valueDeserializer?: Deserializer<V>;
  /** fetch.max.wait.ms. Default 500. */
  readonly maxWaitMs?: number;
  /** fetch.min.bytes. Default 1. */
  readonly minBytes?: number;
  /** fetch.max.bytes. Default 50 MiB. */
  readonly maxBytes?: number;
  /** max.partition.fetch.bytes. Default 1 MiB. */
  readonly maxBytesPerPartition?: number;
  /** Per-request deadline, ms (OffsetCommit, OffsetFetch, Fetch beyond maxWaitMs). Default 30 000. */
  readonly requestTimeoutMs?: number;
  /** Backoff after a failed request, doubling up to 1 s. Default 100. */
  readonly retryBackoffMs?: number;
  /** A handler that throws gets its record again after a backoff, `retries` times; then the consumer crashes. */
  readonly retry?: { readonly retries?: number; readonly initialRetryTimeMs?: number; readonly maxRetryTimeMs?: number };
}

export interface SubscribeOptions {
  /** Names, or regular expressions matched against every topic name (as RegExp.test does; flags other than g, y and u are refused). */
  readonly topics?: readonly (string | RegExp)[];
  readonly topic?: string | RegExp;
  /** Without a committed offset, start at the beginning (else at autoOffsetReset). */
  readonly fromBeginning?: boolean;
}

export type Headers = Readonly<Record<string, Uint8Array | null | readonly (Uint8Array | null)[]>>;

export interface ConsumedMessage<K = Uint8Array, V = Uint8Array> {
  readonly key: K | null;
  readonly value: V | null;
  /** A key that appears more than once maps to every value, in order. */
  readonly headers: Headers;
  readonly offset: number;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
}

export interface EachMessagePayload<K = Uint8Array, V = Uint8Array> {
  readonly topic: string;
  readonly partition: number;
  readonly message: ConsumedMessage<K, V>;
  /** Heartbeats run on their own; this is kept for kafkajs compatibility and resolves at once. */
  heartbeat(): Promise<void>;
  /** Pauses this partition after the current message; returns the function that resumes it. */
  pause(): () => void;
}

export interface Batch<K = Uint8Array, V = Uint8Array> {
  readonly topic: string;
  readonly partition: number;
  /** The partition's high watermark when these were fetched. */
  readonly highWatermark: number;
  readonly messages: readonly ConsumedMessage<K, V>[];
  isEmpty(): boolean;
  firstOffset(): number | null;
  lastOffset(): number;
  /** Records after this batch up to the high watermark. */
  offsetLag(): number;
  /** Records from the first of this batch up to the high watermark. */
  offsetLagLow(): number;
}

export interface UncommittedOffsets {
  readonly topics: readonly { readonly topic: string; readonly partitions: readonly { readonly partition: number; readonly offset: number }[] }[];
}

export interface EachBatchPayload<K = Uint8Array, V = Uint8Array> {
  readonly batch: Batch<K, V>;
  /** Marks `offset` processed: the next commit covers it (commits offset + 1). */
  resolveOffset(offset: number | string): void;
  heartbeat(): Promise<void>;
  /** Commits processed offsets now if autoCommit is on and the interval or threshold is due. */
  commitOffsetsIfNecessary(): Promise<void>;
  uncommittedOffsets(): UncommittedOffsets;
  /** False once the consumer stops. */
  isRunning(): boolean;
  /** True once this partition was revoked, lost or sought elsewhere: stop and return. */
  isStale(): boolean;
  pause(): () => void;
}

export interface RunOptions<K = Uint8Array, V = Uint8Array> {
  readonly eachMessage?: (payload: EachMessagePayload<K, V>) => Promise<void>;
  readonly eachBatch?: (payload: EachBatchPayload<K, V>) => Promise<void>;
  /** Resolve each batch's last offset when eachBatch returns. Default true. */
  readonly eachBatchAutoResolve?: boolean;
  /** Commit processed offsets on an interval, on revocation and on disconnect. Default true. */
  readonly autoCommit?: boolean;
  /** Default 5 000. */
  readonly autoCommitInterval?: number;
  /** Also commit once this many records were processed since the last commit. */
  readonly autoCommitThreshold?: number;
  /** How many partitions' handlers may run at once (each partition's records stay one at a time, in order). Default 1. */
  readonly partitionsConsumedConcurrently?: number;
}

export interface TopicPartitionOffset {
  readonly topic: string;
  readonly partition: number;
  /** The next offset to consume (the last processed + 1). */
  readonly offset: number | string;
}

export interface TopicPartitionsSpec {
  readonly topic: string;
  /** Omitted: every partition of the topic, now and later. */
  readonly partitions?: readonly number[];
}

export interface TopicPartitionList {
  readonly topic: string;
  readonly partitions: readonly number[];
}

/** Event name → payload. Listeners get `{ type, timestamp, payload }`. */
export interface ConsumerEventPayloads {
  /** The member joined (or rejoined after a fence) and got its member epoch. */
  'group.join': { readonly groupId: string; readonly memberId: string; readonly memberEpoch: number; readonly assignment: readonly TopicPartitionList[] };
  /** A reconciliation step starts: partitions about to be revoked, or about to be assigned. */
  rebalance: { readonly groupId: string; readonly memberId: string; readonly memberEpoch: number; readonly revoked: readonly TopicPartitionList[]; readonly assigned: readonly TopicPartitionList[] };
  /** Consuming these started (after their committed offsets were fetched), before any of their records reach a handler. */
  'partitions.assigned': { readonly memberEpoch: number; readonly partitions: readonly TopicPartitionList[] };
  /**
   * These stopped. Revoked (lost false): their handlers finished — or the
   * rebalance timeout passed, which the coordinator fences — and their
   * processed offsets were committed (autoCommit). Lost: taken away (the
   * member was fenced) without a commit; a handler may still be running.
   */
  'partitions.revoked': { readonly memberEpoch: number; readonly partitions: readonly TopicPartitionList[]; readonly lost: boolean };
  heartbeat: { readonly groupId: string; readonly memberId: string; readonly memberEpoch: number };
  'commit.offsets': { readonly memberEpoch: number; readonly topics: readonly { readonly topic: string; readonly partitions: readonly { readonly partition: number; readonly offset: number }[] }[] };
  /**
   * A failure the consumer cannot get past — a SkiffError from the group or
   * the fetch path, or a handler's own error once its retries ran out. The
   * consumer stops (committing processed offsets if it can).
   */
  crash: { readonly groupId: string; readonly error: Error | SkiffError };
  stop: Record<string, never>;
  disconnect: Record<string, never>;
}

export type ConsumerEventName = keyof ConsumerEventPayloads;

export interface ConsumerEvent<E extends ConsumerEventName> {
  readonly type: E;
  /** Clock time of the event, ms. */
  readonly timestamp: number;
  readonly payload: ConsumerEventPayloads[E];
}
