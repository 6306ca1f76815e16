// Producer: the application-facing producer, shaped like kafkajs's
// (`send({ topic, messages })`, `sendBatch`, `flush`, `disconnect`) on top of
// SimpleProducer, which does the batching, compression, retries and
// idempotence. This layer serializes keys and values, chooses partitions
// (murmur2 for keys, sticky for null keys, or the caller's partitioner), and
// answers with one RecordMetadata per partition written.
// Guarantees: with idempotence (the default, acks=-1) records of one
// partition are appended once each and in send order, retries included.
// A send() spanning partitions is not atomic: it rejects if any partition
// fails, and the others may have been written.
// Sans-I/O: the ports come in through ClientContext.

import type { Acks } from '../broker/services.js';
import { SkiffError } from '../common/errors.js';
import type { Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { Random } from '../env/random.js';
import type { CompressionCodec } from '../storage/batch/header.js';
import type { RecordHeader } from '../storage/batch/records.js';
import type { ClusterClient } from './cluster-client.js';
import { defaultPartitioner, type Partitioner, type PartitionerFactory } from './partitioners.js';
import { bytesSerializer, type Serializer } from './serializers.js';
import { defaultBatchSizeBytes, estimateRecordBytes, type ProducerRecord, SimpleProducer, type SimpleProducerOptions } from './simple-producer.js';

/** What every client class shares: the cluster view and the ports. */
export interface ClientContext {
  readonly cluster: ClusterClient;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly clientId: string;
  /** Called once when the client disconnects (closes a connection made for it alone). */
  readonly release?: () => Promise<void>;
}

export type HeaderValue = string | Uint8Array;

export interface Message<K = Uint8Array | string | null, V = Uint8Array | string | null> {
  readonly key?: K | null;
  readonly value: V | null;
  readonly headers?: Readonly<Record<string, HeaderValue | readonly HeaderValue[] | undefined>>;
  /** Overrides the partitioner. */
  readonly partition?: number;
  /** Milliseconds since the epoch (a number, or a string of digits as kafkajs takes it); default now. */
  readonly timestamp?: number | string;
}

export interface RecordMetadata {
  readonly topicName: string;
  readonly partition: number;
  /** Offset of the first record this send wrote to the partition; -1 with acks=0. */
  readonly baseOffset: number;
  /** How many of this send's records went to the partition. */
  readonly recordCount: number;
}

export interface SendOptions {
  /** -1 (all in-sync replicas), 1 (the leader) or 0 (no answer). Default: the producer's. */
  readonly acks?: Acks;
  /** Broker-side wait for acks, ms. Default: the producer's request timeout. */
  readonly timeout?: number;
  readonly compression?: CompressionCodec;
}

export interface ProducerOptions<K = Uint8Array | string | null, V = Uint8Array | string | null> {
  /** Default true: producer id and sequences, so retries neither duplicate nor reorder. Needs acks=-1. */
  readonly idempotent?: boolean;
  readonly acks?: Acks;
  readonly compression?: CompressionCodec;
  /** linger.ms (default 5). */
  readonly lingerMs?: number;
  /** batch.size in bytes (default 256 KiB). */
  readonly batchSizeBytes?: number;
  /** Batches in flight per partition (default 5, the most idempotence allows). */
  readonly maxInFlightRequests?: number;
  /** Per-request deadline, ms (default 30 000). */
  readonly requestTimeoutMs?: number;
  /** Upper bound from send() to its outcome, retries included (default 120 000). */
  readonly deliveryTimeoutMs?: number;
  readonly retry?: { readonly initialRetryTimeMs?: number; readonly maxRetryTimeMs?: number };
  /** Buffered bytes before send() waits (default 32 MiB), and how long it waits (default 60 000 ms). */
  readonly bufferMemoryBytes?: number;
  readonly maxBlockMs?: number;
  readonly maxRequestBytes?: number;
  readonly createPartitioner?: PartitionerFactory;
  readonly keySerializer?: Serializer<K>;
  readonly valueSerializer?: Serializer<V>;
}

export interface TopicMessages<K, V> {
  readonly topic: string;
  readonly messages: readonly Message<K, V>[];
}

const encoder = new TextEncoder();

export class Producer<K = Uint8Array | string | null, V = Uint8Array | string | null> {
  private readonly engines = new Map<string, SimpleProducer>();
  private readonly partitioner: Partitioner;
  private readonly keySerializer: Serializer<K>;
  private readonly valueSerializer: Serializer<V>;
  private readonly idempotent: boolean;
  private readonly acks: Acks;
  private readonly compression: CompressionCodec;
  private readonly chunkBytes: number;
  private connected = false;
  private disconnected = false;
  private routing: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: ClientContext,
    private readonly options: ProducerOptions<K, V> = {},
  ) {
    this.idempotent = options.idempotent ?? true;
    this.acks = options.acks ?? -1;
    this.compression = options.compression ?? 'none';
    const batchSizeBytes = options.batchSizeBytes ?? defaultBatchSizeBytes;
    // One SimpleProducer.send is appended as one batch: split bigger sends into batch-sized pieces.
    this.chunkBytes = Math.max(1, Math.min(batchSizeBytes, (options.maxRequestBytes ?? 1 << 20) - 1024));
    this.partitioner = (options.createPartitioner ?? defaultPartitioner)({ random: context.random.fork('partitioner'), batchSizeBytes });
    this.keySerializer = options.keySerializer ?? (bytesSerializer as Serializer<K>);
    this.valueSerializer = options.valueSerializer ?? (bytesSerializer as Serializer<V>);
    // Fails fast on a bad combination (acks with idempotence, limits), before any send.
    this.engine({});
  }

  /** Obtains the producer id (idempotent producers) so the first send does not wait for it. */
  async connect(): Promise<void> {
    if (this.disconnected) throw new SkiffError('SHUTTING_DOWN', 'the producer is disconnected');
    await this.engine({}).start();
    this.connected = true;
  }

  get isConnected(): boolean {
    return this.connected && !this.disconnected;
  }

  /** Writes `messages` to `topic` and resolves when every one is acknowledged (per `acks`). */
  async send(request: TopicMessages<K, V> & SendOptions): Promise<RecordMetadata[]> {
    return this.sendBatch({ topicMessages: [request], acks: request.acks, timeout: request.timeout, compression: request.compression });
  }

  /** Several topics in one call; records of each partition keep their order. */
  async sendBatch(request: { readonly topicMessages: readonly TopicMessages<K, V>[] } & SendOptions): Promise<RecordMetadata[]> {
    if (this.disconnected) throw new SkiffError('SHUTTING_DOWN', 'the producer is disconnected');
    const engine = this.engine(request);
    // Routing may wait for metadata; sends queue in call order all the same, so two send() calls made one after
    // the other without awaiting keep their order within a partition.
    const queued = this.routing.then(() => this.enqueue(engine, request.topicMessages));
    this.routing = queued.then(
      () => undefined,
      () => undefined,
    );
    return mergePerPartition(await Promise.all(await queued));
  }

  private async enqueue(engine: SimpleProducer, topicMessages: readonly TopicMessages<K, V>[]): Promise<Promise<RecordMetadata>[]> {
    const sends: Promise<RecordMetadata>[] = [];
    for (const { topic, messages } of topicMessages) {
      if (messages.length === 0) continue;
      const byPartition = await this.route(topic, messages);
      for (const [partition, records] of byPartition) {
        for (const chunk of this.chunks(records)) {
          const send = engine.send(topic, partition, chunk).then((r) => ({ topicName: topic, partition, baseOffset: r.baseOffset, recordCount: chunk.length }));
          send.catch(() => undefined); // observed by the caller through Promise.all; never an unhandled rejection
          sends.push(send);
        }
      }
    }
    return sends;
  }

  /** Sends everything buffered now and waits for its outcome. */
  async flush(): Promise<void> {
    await Promise.all([...this.engines.values()].map((e) => e.flush()));
  }

  /** Flushes, then stops. The producer cannot be used afterwards. */
  async disconnect(): Promise<void> {
    if (this.disconnected) return;
    this.disconnected = true;
    try {
      await Promise.all([...this.engines.values()].map((e) => e.close()));
    } finally {
      await this.context.release?.();
    }
  }

  /** The SimpleProducer for a send's settings; sends with the producer's own settings share one. */
  private engine(options: SendOptions): SimpleProducer {
    const acks = options.acks ?? this.acks;
    const compression = options.compression ?? this.compression;
    const requestTimeoutMs = options.timeout ?? this.options.requestTimeoutMs;
    const key = `${acks}/${compression}/${requestTimeoutMs ?? ''}`;
    let engine = this.engines.get(key);
    if (engine === undefined) {
      if (this.idempotent && acks !== -1) throw new SkiffError('INVALID_CONFIG', `an idempotent producer needs acks=-1 (all), got acks=${acks}; create the producer with idempotent: false for acks=${acks}`);
      const o = this.options;
      const settings: SimpleProducerOptions = {
        cluster: this.context.cluster,
        clock: this.context.clock,
        logger: this.context.logger.child({ component: 'producer', clientId: this.context.clientId }),
        acks,
        idempotent: this.idempotent,
        compression,
        ...(o.lingerMs !== undefined ? { lingerMs: o.lingerMs } : {}),
        ...(o.batchSizeBytes !== undefined ? { batchSizeBytes: o.batchSizeBytes } : {}),
        ...(o.maxInFlightRequests !== undefined ? { maxInFlight: o.maxInFlightRequests } : {}),
        ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
        ...(o.deliveryTimeoutMs !== undefined ? { deliveryTimeoutMs: o.deliveryTimeoutMs } : {}),
        ...(o.retry?.initialRetryTimeMs !== undefined ? { retryBackoffMs: o.retry.initialRetryTimeMs } : {}),
        ...(o.retry?.maxRetryTimeMs !== undefined ? { retryBackoffMaxMs: o.retry.maxRetryTimeMs } : {}),
        ...(o.bufferMemoryBytes !== undefined ? { bufferMemoryBytes: o.bufferMemoryBytes } : {}),
        ...(o.maxBlockMs !== undefined ? { maxBlockMs: o.maxBlockMs } : {}),
        ...(o.maxRequestBytes !== undefined ? { maxRequestBytes: o.maxRequestBytes } : {}),
      };
      engine = new SimpleProducer(settings);
      this.engines.set(key, engine);
    }
    return engine;
  }

  /** Serializes and partitions `messages`, keeping their order within each partition. */
  private async route(topic: string, messages: readonly Message<K, V>[]): Promise<Map<number, ProducerRecord[]>> {
    const partitionCount = await this.context.cluster.partitionCountOf(topic, this.options.maxBlockMs ?? 60_000);
    const available: number[] = [];
    for (let p = 0; p < partitionCount; p++) if (this.context.cluster.cachedLeader(topic, p) !== null) available.push(p);
    const out = new Map<number, ProducerRecord[]>();
    const now = this.context.clock.now();
    for (const message of messages) {
      const key = message.key === undefined || message.key === null ? null : this.keySerializer(message.key, topic);
      const value = message.value === null ? null : this.valueSerializer(message.value, topic);
      const record: ProducerRecord = { key, value, headers: toHeaders(message.headers), timestamp: toTimestamp(message.timestamp, now) };
      let partition = message.partition;
      if (partition === undefined) {
        partition = this.partitioner({ topic, partitionCount, availablePartitions: available, key, value, recordBytes: estimateRecordBytes(record) });
      }
      if (!Number.isSafeInteger(partition) || partition < 0 || partition >= partitionCount) {
        throw new SkiffError('UNKNOWN_TOPIC_OR_PARTITION', `partition ${partition} of '${topic}' does not exist (it has ${partitionCount})`);
      }
      let list = out.get(partition);
      if (list === undefined) out.set(partition, (list = []));
      list.push(record);
    }
    return out;
  }

  private *chunks(records: readonly ProducerRecord[]): Generator<ProducerRecord[]> {
    let chunk: ProducerRecord[] = [];
    let bytes = 0;
    for (const record of records) {
      const size = estimateRecordBytes(record);
      if (chunk.length > 0 && bytes + size > this.chunkBytes) {
        yield chunk;
        chunk = [];
        bytes = 0;
      }
      chunk.push(record);
      bytes += size;
    }
    if (chunk.length > 0) yield chunk;
  }
}

/** One entry per (topic, partition): the first chunk's offset and the total count. */
function mergePerPartition(parts: readonly RecordMetadata[]): RecordMetadata[] {
  const merged = new Map<string, RecordMetadata>();
  for (const part of parts) {
    const key = `${part.topicName}\u0000${part.partition}`;
    const seen = merged.get(key);
    merged.set(key, seen === undefined ? part : { ...seen, recordCount: seen.recordCount + part.recordCount });
  }
  return [...merged.values()];
}

function toHeaders(headers: Message['headers']): RecordHeader[] | undefined {
  if (headers === undefined) return undefined;
  const out: RecordHeader[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const values: readonly HeaderValue[] = Array.isArray(value) ? (value as readonly HeaderValue[]) : [value as HeaderValue];
    for (const v of values) out.push({ key, value: typeof v === 'string' ? encoder.encode(v) : v });
  }
  return out;
}

function toTimestamp(timestamp: number | string | undefined, now: number): number {
  if (timestamp === undefined) return now;
  const ms = typeof timestamp === 'string' ? Number(timestamp) : timestamp;
  if (!Number.isSafeInteger(ms) || ms < 0) throw new SkiffError('INVALID_TIMESTAMP', `timestamp must be milliseconds since the epoch, got ${String(timestamp)}`);
  return ms;
}
