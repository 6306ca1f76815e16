// `skiff consume`: records to stdout, like kafka-console-consumer. Records
// come from a RecordSource — the SimpleConsumer over assigned partitions, or
// with --group a consumer-group member (console-group-source.ts: the group
// shares the partitions, offsets are committed) — and are printed by the
// MessageFormatter (console-formatter.ts), one write per fetched batch.
// Backpressure: the next poll happens only after the last write was taken by
// stdout (StreamSink waits for 'drain'), and the SimpleConsumer buffers at
// most one fetch answer per partition, so a slow reader slows the fetching.
// Order: poll() returns a partition's records in offset order and they are
// written in the order returned, so each partition's lines keep offset order.
// Stops after --max-messages, after --timeout-ms without a record
// (consumer.timeout.ms), on SIGINT/SIGTERM, or when stdout's reader goes
// away; then prints "Processed a total of N messages" to stderr as Kafka
// does. Exit codes: 0 stopped as above; 1 the cluster failed (unreachable,
// unknown topic or partition, a non-retriable fetch error); 2 usage error.

import type { PolledRecords } from '../client/simple-consumer.js';
import { SimpleConsumer } from '../client/simple-consumer.js';
import { type ClusterConnection, clusterConnection } from '../node-client/cluster-connection.js';
import { type ConsoleConnect, topicPartitionCount } from './console-connection.js';
import { MessageFormatter } from './console-formatter.js';
import { type ConsoleIo, OutputClosedError, processConsoleIo } from './console-io.js';
import { type ConsumeOptions, consumeHelp, parseConsumeArgs } from './console-options.js';
import { ConsoleUsageError } from './console-properties.js';
import { groupSource } from './console-group-source.js';

/** Where the printed records come from. */
export interface RecordSource {
  /**
   * Records fetched so far, waiting up to `timeoutMs` for some; empty when
   * none came. Each entry is one partition's records in offset order, and a
   * partition's entries come in offset order across calls.
   */
  poll(timeoutMs: number): Promise<readonly PolledRecords[]>;
  /** Stops fetching; a poll() in progress returns early. A group member commits and leaves its group (awaited before exit). */
  close(): void | Promise<void>;
}

/** Builds the source for the command's options over a connection. */
export type RecordSourceFactory = (conn: ClusterConnection, options: ConsumeOptions) => Promise<RecordSource>;

export interface ConsumerDependencies {
  readonly connect?: ConsoleConnect;
  /** The source for --group (default: a group Consumer member, console-group-source.ts). */
  readonly groupSource?: RecordSourceFactory;
}

/** How long the first metadata lookup may wait for the topic (Kafka's default.api.timeout.ms). */
const metadataWaitMs = 60_000;
/** Longest single poll, so an interrupt or a timeout is noticed promptly even by a source that ignores close(). */
const pollIntervalMs = 1_000;

/** Without --group: every partition of the topic (or --partition), each from --offset / --from-beginning / the end. */
export const assignedPartitionsSource: RecordSourceFactory = async (conn, options) => {
  const partitions = await topicPartitionCount(conn, options.bootstrapServers, options.topic, options.partition, metadataWaitMs);
  const consumer = new SimpleConsumer({
    cluster: conn.cluster,
    clock: conn.clock,
    logger: conn.logger,
    autoOffsetReset: options.autoOffsetReset,
    requestTimeoutMs: options.requestTimeoutMs,
  });
  const assigned = options.partition === null ? Array.from({ length: partitions }, (_, p) => p) : [options.partition];
  consumer.assign(assigned.map((partition) => ({ topic: options.topic, partition, offset: options.start })));
  return { poll: (timeoutMs) => consumer.poll(timeoutMs), close: () => consumer.close() };
};

/** Runs `skiff consume`; returns the exit code. */
export async function runConsoleConsumer(args: readonly string[], io: ConsoleIo = processConsoleIo(), dependencies: ConsumerDependencies = {}): Promise<number> {
  let options: ConsumeOptions | null;
  try {
    options = parseConsumeArgs(args);
  } catch (error) {
    if (!(error instanceof ConsoleUsageError)) throw error;
    io.err(`skiff consume: ${error.message}\n\nusage:\n${consumeHelp}`);
    return 2;
  }
  if (options === null) {
    await io.stdout.write(Buffer.from(`usage:\n${consumeHelp}`));
    return 0;
  }
  const sourceFactory = options.group === null ? assignedPartitionsSource : (dependencies.groupSource ?? groupSource);
  const connect = dependencies.connect ?? clusterConnection;
  const conn = connect(options.bootstrapServers, { logName: 'skiff-console-consumer', logLevel: options.logLevel, requestTimeoutMs: options.requestTimeoutMs });
  const run = new ConsumeRun(options, io, conn);
  const unsubscribe = io.onInterrupt(() => run.stop());
  let code = 0;
  try {
    code = await run.run(sourceFactory);
  } finally {
    unsubscribe();
    await io.stdout.flush();
    io.err(`Processed a total of ${run.processed} messages\n`);
    await conn.close();
  }
  return code;
}

/** One run of the consume loop; stop() may come at any time (a signal). */
class ConsumeRun {
  processed = 0;
  private stopping = false;
  private source: RecordSource | null = null;
  private wakeStop: () => void = () => {};
  private readonly stopped = new Promise<'stopped'>((resolve) => (this.wakeStop = () => resolve('stopped')));
  private readonly formatter: MessageFormatter;

  constructor(
    private readonly options: ConsumeOptions,
    private readonly io: ConsoleIo,
    private readonly conn: ClusterConnection,
  ) {
    this.formatter = new MessageFormatter(options.formatter);
  }

  stop(): void {
    this.stopping = true;
    this.source?.close();
    this.wakeStop();
  }

  /** Returns the exit code. */
  async run(factory: RecordSourceFactory): Promise<number> {
    try {
      // The metadata wait can be long (an unknown topic): a signal ends it too.
      const pending = factory(this.conn, this.options);
      // If a signal wins the race, a source made afterwards is closed at once (and a failure to make one is moot).
      pending.then((made) => this.stopping && made.close(), () => {});
      const source = await Promise.race([pending, this.stopped]);
      if (source === 'stopped') return 0;
      this.source = source;
      if (this.stopping) source.close();
      await this.consume(source);
      return 0;
    } catch (error) {
      if (error instanceof OutputClosedError) {
        // Kafka's words when nobody reads stdout any more (`| head`): not a failure.
        this.io.err('Unable to write to standard out, closing consumer.\n');
        return 0;
      }
      this.io.err(`skiff consume: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    } finally {
      await this.source?.close();
    }
  }

  private async consume(source: RecordSource): Promise<void> {
    const { maxMessages, timeoutMs } = this.options;
    const clock = this.conn.clock;
    let lastRecordMs = clock.now();
    // Bounded: each pass polls for at most pollIntervalMs; it ends at maxMessages, the timeout or a stop.
    while (!this.stopping && (maxMessages === null || this.processed < maxMessages)) {
      const waitMs = timeoutMs === null ? pollIntervalMs : Math.max(0, Math.min(pollIntervalMs, lastRecordMs + timeoutMs - clock.now()));
      const polled = await source.poll(waitMs);
      let printed = false;
      for (const batch of polled) {
        if (this.stopping) break;
        const limit = maxMessages === null ? batch.records.length : Math.min(batch.records.length, maxMessages - this.processed);
        if (limit <= 0) break;
        const pieces: Uint8Array[] = [];
        let bytes = 0;
        for (let i = 0; i < limit; i++) bytes += this.formatter.format(batch.partition, batch.records[i]!, pieces);
        // Counted when handed to stdout, as Kafka counts them.
        this.processed += limit;
        if (bytes > 0) await this.io.stdout.write(Buffer.concat(pieces, bytes));
        printed = true;
      }
      // consumer.timeout.ms counts from the last record's output, as Kafka's receive() does.
      if (printed) lastRecordMs = clock.now();
      else if (timeoutMs !== null && clock.now() - lastRecordMs >= timeoutMs) return;
    }
  }
}
