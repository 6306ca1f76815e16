// `skiff perf produce|consume ...`: load generators shaped like Kafka's
// kafka-producer-perf-test and kafka-consumer-perf-test, on the SimpleProducer
// and SimpleConsumer over gRPC. The producer prints a progress line every 5 s
// and a final line with throughput and latency percentiles; `--json` prints
// one JSON line instead. Unlike Kafka's tool, which calls send() per record,
// records go out in sends of one batch each (the client's send() takes an
// array and appends it atomically), so a record's latency is its send's:
// send() to acknowledgement of the whole send. --records-per-send 1 measures
// the per-record way. Exit codes: 0 ok, 1 the cluster failed or some sends
// failed, 2 usage error. This is an adapter (src/cli): real clock, real
// network, process I/O.

import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { ClusterClient } from '../client/cluster-client.js';
import { SimpleConsumer } from '../client/simple-consumer.js';
import { defaultBatchSizeBytes, type ProducerRecord, type SendCompletion, SimpleProducer } from '../client/simple-producer.js';
import type { SkiffError } from '../common/errors.js';
import type { Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import { batchHeaderBytes, compressionCodecs, type CompressionCodec } from '../storage/batch/header.js';
import { type CliIo, processIo } from './admin-commands.js';
import { connectToCluster, parseBootstrapServers } from '../node-client/cluster-connection.js';

export const perfHelp = `perf commands (load generators, like Kafka's perf-test tools):
  perf produce --topic NAME --records N --record-size BYTES
      [--throughput RECORDS_PER_SEC (-1 = unlimited)] [--acks all|1|0] [--batch-size BYTES (default 262144)]
      [--linger-ms MS] [--compression none|gzip|snappy|lz4|zstd] [--max-in-flight N]
      [--records-per-send N (default: as many as fill one batch)]
      [--partitions N] [--replication-factor N]   (used when the topic has to be created)
      [--bootstrap-server HOST:PORT[,...]] [--json]
      Prints a progress line every 5 s and a final line with records/sec, MB/sec and
      latency (avg, max, p50, p95, p99, p99.9), like kafka-producer-perf-test. Records
      go out in send() calls of --records-per-send records, a batch's worth each, on one
      partition after another (sticky partitioning); a record's latency is that of its
      send() call, from the call to the acknowledgement of all its records.
      Example: npx skiff perf produce --topic perf --records 1000000 --record-size 100 --throughput -1
  perf consume --topic NAME --records N [--timeout-ms MS] [--bootstrap-server HOST:PORT[,...]] [--json]
      Reads N records from the beginning of every partition and prints start/end time,
      MB (keys and values), MB/sec, records and records/sec, like kafka-consumer-perf-test.
      Batches are checked (CRC, framing) and their records walked, but not turned into objects.
`;

class UsageError extends Error {}

const mebibyte = 1024 * 1024;
const reportIntervalMs = 5_000;
/** Latencies are counted per whole millisecond up to this; longer ones count here (the max stays exact). */
const histogramMaxMs = 1 << 18;

/** Runs a perf command; returns the exit code. */
export async function runPerfCommand(sub: string | undefined, args: string[], io: CliIo = processIo, connectTo: Connect = connect): Promise<number> {
  try {
    if (sub === undefined || sub === '-h' || sub === '--help' || args.includes('--help') || args.includes('-h')) {
      io.out(perfHelp);
      return sub === undefined ? 2 : 0;
    }
    if (sub === 'produce') return await producePerf(args, io, connectTo);
    if (sub === 'consume') return await consumePerf(args, io, connectTo);
    throw new UsageError(`unknown perf command '${sub}': use produce or consume`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`skiff perf: ${(error as Error).message}\n\n${perfHelp}`);
      return 2;
    }
    io.err(`skiff perf: ${(error as Error).message}\n`);
    return 1;
  }
}

// --- shared plumbing --------------------------------------------------------------

/** What a perf run talks through; tests pass their own (an in-memory cluster). */
export interface Connection {
  readonly cluster: ClusterClient;
  readonly clock: Clock;
  readonly logger: Logger;
  close(): Promise<void>;
}

export type Connect = (servers: string, logLevel: string, requestTimeoutMs: number) => Promise<Connection>;

async function connect(servers: string, logLevel: string, requestTimeoutMs: number): Promise<Connection> {
  tuneHeapForThroughput();
  const addresses = parseBootstrapServers(servers);
  if (addresses === null) throw new UsageError(`--bootstrap-server must be host:port[,host:port...], got '${servers}'`);
  return connectToCluster(addresses, { logName: 'skiff-perf', logLevel, requestTimeoutMs });
}

function intOption(value: string | undefined, name: string, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} must be an integer, got '${value}'`);
  const n = Number(value);
  if (n < min) throw new UsageError(`--${name} must be >= ${min}, got ${n}`);
  return n;
}

function needTopic(value: string | undefined): string {
  if (value === undefined || value.length === 0) throw new UsageError('--topic NAME is required');
  return value;
}

/** The topic's partition count, creating the topic first when it does not exist. */
async function ensureTopic(conn: Connection, topic: string, partitions: number, replicationFactor: number, io: CliIo): Promise<number> {
  const metadata = await conn.cluster.call(conn.cluster.anyBroker(), 'Metadata', { topics: [topic] });
  const error = metadata.topics.find((t) => t.name === topic)?.error ?? null;
  if (error !== null && error.code === 'UNKNOWN_TOPIC_OR_PARTITION') {
    const created = await conn.cluster.call(conn.cluster.anyBroker(), 'CreateTopics', { topics: [{ name: topic, numPartitions: partitions, replicationFactor, configs: {} }] });
    const failure = created.error ?? created.results[0]?.error ?? null;
    if (failure !== null && failure.code !== 'TOPIC_ALREADY_EXISTS') throw new Error(`could not create topic ${topic}: ${failure.code}: ${failure.message}`);
    if (failure === null) io.err(`Created topic ${topic} (${created.results[0]?.numPartitions ?? partitions} partitions, replication factor ${created.results[0]?.replicationFactor ?? replicationFactor}).\n`);
  } else if (error !== null) {
    throw new Error(`topic ${topic}: ${error.code}: ${error.message}`);
  }
  return conn.cluster.waitForTopic(topic, 60_000);
}

/**
 * The load generator's heap setting, as Kafka's perf scripts set their JVM's
 * (KAFKA_HEAP_OPTS). V8 sizes the old generation of a small heap (this
 * process lives in about 15 MB) barely above its live size plus the young
 * generation, so under a high allocation rate it starts incremental marking
 * right after every mark-compact: a Skiff process under load spent 25-40%
 * of its CPU in back-to-back mark-compacts. Letting the old generation grow
 * to 4x its live size before the next one removes nearly all of them (about
 * a fifth less CPU per MB here) for some 50 MB more memory. Only the real
 * process calls this, never a test.
 */
function tuneHeapForThroughput(): void {
  setFlagsFromString('--heap-growing-percent=300');
}

// --- produce ----------------------------------------------------------------------

/**
 * Kafka's perf-test Stats: a running total, a 5 s window, and latency
 * percentiles — here from a histogram of whole milliseconds, each send's
 * latency weighted by its record count, so the cost does not grow with the
 * record count.
 */
class ProduceStats {
  private readonly startMs: number;
  private readonly histogram = new Float64Array(histogramMaxMs + 1);
  count = 0;
  private bytes = 0;
  private maxLatencyMs = 0;
  private totalLatencyMs = 0;
  private windowStartMs: number;
  private windowCount = 0;
  private windowBytes = 0;
  private windowMaxLatencyMs = 0;
  private windowTotalLatencyMs = 0;

  constructor(
    nowMs: number,
    private readonly print: (line: string) => void,
  ) {
    this.startMs = nowMs;
    this.windowStartMs = nowMs;
  }

  /** One acknowledged send of `records` records and `bytes` payload bytes. */
  record(latencyMs: number, records: number, bytes: number, nowMs: number): void {
    this.count += records;
    this.bytes += bytes;
    this.totalLatencyMs += latencyMs * records;
    this.maxLatencyMs = Math.max(this.maxLatencyMs, latencyMs);
    this.windowCount += records;
    this.windowBytes += bytes;
    this.windowTotalLatencyMs += latencyMs * records;
    this.windowMaxLatencyMs = Math.max(this.windowMaxLatencyMs, latencyMs);
    const bucket = Math.min(histogramMaxMs, Math.max(0, Math.round(latencyMs)));
    this.histogram[bucket] = (this.histogram[bucket] as number) + records;
    if (nowMs - this.windowStartMs >= reportIntervalMs) this.printWindow(nowMs);
  }

  private printWindow(nowMs: number): void {
    const elapsedS = (nowMs - this.windowStartMs) / 1000;
    const rate = this.windowCount / elapsedS;
    const mbRate = this.windowBytes / mebibyte / elapsedS;
    const avg = this.windowCount === 0 ? 0 : this.windowTotalLatencyMs / this.windowCount;
    this.print(`${this.windowCount} records sent, ${rate.toFixed(1)} records/sec (${mbRate.toFixed(2)} MB/sec), ${avg.toFixed(1)} ms avg latency, ${this.windowMaxLatencyMs.toFixed(1)} ms max latency.`);
    this.windowStartMs = nowMs;
    this.windowCount = 0;
    this.windowBytes = 0;
    this.windowMaxLatencyMs = 0;
    this.windowTotalLatencyMs = 0;
  }

  /** The latency of the record at index floor(p * count) in latency order (Kafka's percentile). */
  private percentile(p: number): number {
    if (this.count === 0) return 0;
    const target = Math.min(this.count - 1, Math.floor(p * this.count));
    let seen = 0;
    for (let ms = 0; ms <= histogramMaxMs; ms++) {
      seen += this.histogram[ms] as number;
      if (seen > target) return ms;
    }
    return histogramMaxMs;
  }

  summary(nowMs: number): { records: number; recordsPerSec: number; mbPerSec: number; avgLatencyMs: number; maxLatencyMs: number; p50Ms: number; p95Ms: number; p99Ms: number; p999Ms: number; elapsedMs: number } {
    const elapsedMs = Math.max(1, nowMs - this.startMs);
    return {
      records: this.count,
      recordsPerSec: (this.count * 1000) / elapsedMs,
      mbPerSec: (this.bytes * 1000) / mebibyte / elapsedMs,
      avgLatencyMs: this.count === 0 ? 0 : this.totalLatencyMs / this.count,
      maxLatencyMs: this.maxLatencyMs,
      p50Ms: this.percentile(0.5),
      p95Ms: this.percentile(0.95),
      p99Ms: this.percentile(0.99),
      p999Ms: this.percentile(0.999),
      elapsedMs,
    };
  }
}

function acksOption(value: string): -1 | 0 | 1 {
  if (value === 'all' || value === '-1') return -1;
  if (value === '1') return 1;
  if (value === '0') return 0;
  throw new UsageError(`--acks must be all, 1 or 0, got '${value}'`);
}

function compressionOption(value: string): CompressionCodec {
  if (!(compressionCodecs as readonly string[]).includes(value)) throw new UsageError(`--compression must be one of ${compressionCodecs.join(', ')}, got '${value}'`);
  return value as CompressionCodec;
}

/** A pool of random-looking payloads made once (xorshift; the content does not matter, only that it is not all zeros). */
function payloads(recordSize: number, count: number): Uint8Array[] {
  let state = 0x9e3779b9;
  return Array.from({ length: count }, () => {
    const bytes = new Uint8Array(recordSize);
    for (let i = 0; i < recordSize; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      // Letters, like Kafka's perf test payloads: compressible about as much as text.
      bytes[i] = 65 + ((state >>> 0) % 26);
    }
    return bytes;
  });
}

/** `size` records with values from `pool` starting at `first`. Never changed once made, so one array can serve many sends at once. */
function chunkOf(pool: readonly Uint8Array[], first: number, size: number): ProducerRecord[] {
  return Array.from({ length: size }, (_, i) => ({ key: null, value: pool[(first + i) % pool.length] as Uint8Array }));
}

async function producePerf(args: string[], io: CliIo, connectTo: Connect): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      topic: { type: 'string' },
      records: { type: 'string' },
      'record-size': { type: 'string' },
      throughput: { type: 'string', default: '-1' },
      acks: { type: 'string', default: 'all' },
      'batch-size': { type: 'string', default: String(defaultBatchSizeBytes) },
      'linger-ms': { type: 'string', default: '5' },
      compression: { type: 'string', default: 'none' },
      'max-in-flight': { type: 'string', default: '5' },
      'records-per-send': { type: 'string' },
      partitions: { type: 'string', default: '-1' },
      'replication-factor': { type: 'string', default: '-1' },
      'request-timeout-ms': { type: 'string', default: '30000' },
      'delivery-timeout-ms': { type: 'string', default: '120000' },
      'buffer-memory': { type: 'string', default: String(32 * mebibyte) },
      'bootstrap-server': { type: 'string', default: '127.0.0.1:9092' },
      'log-level': { type: 'string', default: 'warn' },
      json: { type: 'boolean', default: false },
    },
  });
  const topic = needTopic(values.topic);
  if (values.records === undefined || values['record-size'] === undefined) throw new UsageError('perf produce needs --records N and --record-size BYTES');
  const records = intOption(values.records, 'records', 0, 1);
  const recordSize = intOption(values['record-size'], 'record-size', 0, 0);
  const throughput = intOption(values.throughput, 'throughput', -1, -1);
  const acks = acksOption(values.acks);
  const batchSizeBytes = intOption(values['batch-size'], 'batch-size', defaultBatchSizeBytes, 1);
  const maxInFlight = intOption(values['max-in-flight'], 'max-in-flight', 5, 1);
  const bufferMemoryBytes = intOption(values['buffer-memory'], 'buffer-memory', 32 * mebibyte, 1);
  // One send fills one batch (the producer's estimate is 21 bytes of overhead a record, 61 a batch) and closes it.
  const recordsPerSend = intOption(values['records-per-send'], 'records-per-send', Math.max(1, Math.ceil((batchSizeBytes - batchHeaderBytes) / (recordSize + 21))), 1);
  const idempotent = acks === -1 && maxInFlight <= 5;

  const conn = await connectTo(values['bootstrap-server'], values['log-level'], intOption(values['request-timeout-ms'], 'request-timeout-ms', 30_000, 1));
  try {
    const partitions = await ensureTopic(conn, topic, intOption(values.partitions, 'partitions', -1, -1), intOption(values['replication-factor'], 'replication-factor', -1, -1), io);
    const stats = new ProduceStats(conn.clock.now(), values.json ? () => {} : (line) => io.out(line + '\n'));
    let failed = 0;
    let firstError: SkiffError | null = null;
    let outstanding = 0;
    let wakeSender: (() => void) | null = null;
    const onSendComplete = (c: SendCompletion): void => {
      outstanding -= c.recordCount;
      if (c.error === null) stats.record(c.latencyMs, c.recordCount, c.payloadBytes, conn.clock.now());
      else {
        failed += c.recordCount;
        firstError ??= c.error;
      }
      const wake = wakeSender;
      wakeSender = null;
      wake?.();
    };
    const producer = new SimpleProducer({
      cluster: conn.cluster,
      clock: conn.clock,
      logger: conn.logger,
      acks,
      idempotent,
      lingerMs: intOption(values['linger-ms'], 'linger-ms', 5, 0),
      batchSizeBytes,
      maxInFlight,
      compression: compressionOption(values.compression),
      requestTimeoutMs: intOption(values['request-timeout-ms'], 'request-timeout-ms', 30_000, 1),
      deliveryTimeoutMs: intOption(values['delivery-timeout-ms'], 'delivery-timeout-ms', 120_000, 1),
      bufferMemoryBytes,
      onSendComplete,
    });
    await producer.start();
    const pool = payloads(recordSize, 64);
    const chunks = Array.from({ length: 8 }, (_, i) => chunkOf(pool, i * 7, recordsPerSend));
    // Backpressure: the loop never holds more than a buffer's worth of records (send() itself waits beyond that).
    const maxOutstanding = Math.max(1_000, recordsPerSend, Math.floor(bufferMemoryBytes / Math.max(1, recordSize + 21)));
    const startMs = conn.clock.now();
    let sinceYield = 0;
    // Bounded: each pass sends at least one record.
    for (let sent = 0, sendIndex = 0; sent < records; sendIndex++) {
      if (outstanding >= maxOutstanding) await new Promise<void>((resolve) => (wakeSender = resolve));
      else if (sinceYield >= 1_000) {
        sinceYield = 0;
        await new Promise<void>((resolve) => setImmediate(resolve)); // let I/O and timers run
      }
      if (throughput > 0) {
        const aheadMs = (sent * 1000) / throughput - (conn.clock.now() - startMs);
        if (aheadMs > 0) await new Promise<void>((resolve) => setTimeout(resolve, aheadMs));
      }
      const size = Math.min(recordsPerSend, records - sent);
      const chunk = size === recordsPerSend ? (chunks[sendIndex % chunks.length] as ProducerRecord[]) : chunkOf(pool, sent, size);
      // Sticky partitioning (KIP-480): one batch on a partition, then the next.
      const partition = sendIndex % partitions;
      outstanding += size;
      sent += size;
      sinceYield += size;
      producer.send(topic, partition, chunk).catch(() => {}); // counted in onSendComplete
    }
    await producer.close();
    const summary = stats.summary(conn.clock.now());
    if (values.json) {
      io.out(JSON.stringify({ topic, partitions, recordSize, acks, compression: values.compression, batchSize: batchSizeBytes, lingerMs: Number(values['linger-ms']), recordsPerSend, failed, ...summary, ...producer.stats }) + '\n');
    } else {
      io.out(
        `${summary.records} records sent, ${summary.recordsPerSec.toFixed(6)} records/sec (${summary.mbPerSec.toFixed(2)} MB/sec), ${summary.avgLatencyMs.toFixed(2)} ms avg latency, ${summary.maxLatencyMs.toFixed(2)} ms max latency, ${summary.p50Ms} ms 50th, ${summary.p95Ms} ms 95th, ${summary.p99Ms} ms 99th, ${summary.p999Ms} ms 99.9th.\n`,
      );
    }
    if (failed > 0) {
      const error = firstError as SkiffError | null;
      io.err(`${failed} of ${records} records failed; first error: ${error?.message ?? 'unknown'}\n`);
      return 1;
    }
    return 0;
  } finally {
    await conn.close();
  }
}

// --- consume ----------------------------------------------------------------------

function formatTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}:${pad(d.getMilliseconds(), 3)}`;
}

async function consumePerf(args: string[], io: CliIo, connectTo: Connect): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      topic: { type: 'string' },
      records: { type: 'string' },
      'timeout-ms': { type: 'string', default: '10000' },
      'fetch-max-wait-ms': { type: 'string', default: '500' },
      'partition-max-bytes': { type: 'string', default: String(mebibyte) },
      'request-timeout-ms': { type: 'string', default: '30000' },
      'bootstrap-server': { type: 'string', default: '127.0.0.1:9092' },
      'log-level': { type: 'string', default: 'warn' },
      json: { type: 'boolean', default: false },
    },
  });
  const topic = needTopic(values.topic);
  if (values.records === undefined) throw new UsageError('perf consume needs --records N');
  const records = intOption(values.records, 'records', 0, 1);
  const timeoutMs = intOption(values['timeout-ms'], 'timeout-ms', 10_000, 1);
  const conn = await connectTo(values['bootstrap-server'], values['log-level'], intOption(values['request-timeout-ms'], 'request-timeout-ms', 30_000, 1));
  try {
    const partitions = await conn.cluster.waitForTopic(topic, 30_000);
    const consumer = new SimpleConsumer({
      cluster: conn.cluster,
      clock: conn.clock,
      logger: conn.logger,
      autoOffsetReset: 'earliest',
      maxWaitMs: intOption(values['fetch-max-wait-ms'], 'fetch-max-wait-ms', 500, 0),
      partitionMaxBytes: intOption(values['partition-max-bytes'], 'partition-max-bytes', mebibyte, 1),
      // Counts only: every batch is still CRC-checked and its records walked, but no record objects are made.
      decodeRecords: false,
    });
    consumer.assign(Array.from({ length: partitions }, (_, partition) => ({ topic, partition, offset: 'earliest' as const })));
    const startMs = conn.clock.now();
    let lastRecordMs = startMs;
    let count = 0;
    let bytes = 0;
    // Bounded: stops at N records or after timeoutMs without any.
    while (count < records && conn.clock.now() - lastRecordMs < timeoutMs) {
      for (const batch of await consumer.poll(Math.min(1_000, timeoutMs))) {
        count += batch.recordCount;
        bytes += batch.payloadBytes;
        lastRecordMs = conn.clock.now();
      }
    }
    consumer.close();
    const endMs = conn.clock.now();
    const elapsedS = Math.max(0.001, (endMs - startMs) / 1000);
    const mb = bytes / mebibyte;
    const figures = { startTime: formatTime(startMs), endTime: formatTime(endMs), mbConsumed: mb, mbPerSec: mb / elapsedS, records: count, recordsPerSec: count / elapsedS, elapsedMs: endMs - startMs };
    if (values.json) io.out(JSON.stringify({ topic, partitions, ...figures }) + '\n');
    else {
      io.out('start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec\n');
      io.out(`${figures.startTime}, ${figures.endTime}, ${mb.toFixed(4)}, ${figures.mbPerSec.toFixed(4)}, ${count}, ${figures.recordsPerSec.toFixed(4)}\n`);
    }
    if (count < records) {
      io.err(`only ${count} of ${records} records arrived within ${timeoutMs} ms of the last one\n`);
      return 1;
    }
    return 0;
  } finally {
    await conn.close();
  }
}
