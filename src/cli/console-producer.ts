// `skiff produce`: stdin to records, like kafka-console-producer. Lines are
// read as stdin delivers them, turned into records (console-line-reader.ts)
// and sent through the Producer (idempotent with acks=all, the default).
// Backpressure: stdin is read one chunk at a time, and the next chunk only
// once fewer than maxSendsInFlight sends are unacknowledged, so memory stays
// bounded (about maxSendsInFlight × sendBytesMax) whatever the input's size.
// Order: sends are issued in line order from this one loop; the Producer
// appends a partition's records in send order (idempotence, or one request
// in flight per partition when idempotence is off), so each partition keeps
// the order of its lines.
// Exit codes: 0 end of input (or Ctrl-C) with everything acknowledged; 1 a
// line the reader refuses (Kafka's "No key separator found on line number N"),
// a line too long, or a send the cluster refused — what was read before it is
// still flushed first; 2 usage error. This is an adapter: process I/O, network.

import { type Message, Producer, type ProducerOptions } from '../client/producer.js';
import { clusterConnection } from '../node-client/cluster-connection.js';
import { type ConsoleConnect, topicPartitionCount } from './console-connection.js';
import { type ConsoleIo, processConsoleIo } from './console-io.js';
import { LineFormatError, LineRecordReader, LineSplitter, LineTooLongError } from './console-line-reader.js';
import { maxLineBytes, parseProduceArgs, type ProduceOptions, produceHelp } from './console-options.js';
import { ConsoleUsageError } from './console-properties.js';

/** Unacknowledged send() calls at most; reading stdin waits beyond that. */
const maxSendsInFlight = 16;
/** A send() carries at most this many records or bytes of lines (then the next one starts). */
const sendRecordsMax = 2_048;
const sendBytesMax = 256 * 1024;

/** Runs `skiff produce`; returns the exit code. */
export async function runConsoleProducer(args: readonly string[], io: ConsoleIo = processConsoleIo(), connect: ConsoleConnect = clusterConnection): Promise<number> {
  let options: ProduceOptions | null;
  try {
    options = parseProduceArgs(args);
  } catch (error) {
    if (!(error instanceof ConsoleUsageError)) throw error;
    io.err(`skiff produce: ${error.message}\n\nusage:\n${produceHelp}`);
    return 2;
  }
  if (options === null) {
    await io.stdout.write(Buffer.from(`usage:\n${produceHelp}`));
    return 0;
  }
  const conn = connect(options.bootstrapServers, { logName: 'skiff-console-producer', logLevel: options.logLevel, requestTimeoutMs: options.requestTimeoutMs });
  const idempotent = options.acks === -1;
  const producerOptions: ProducerOptions = {
    idempotent,
    acks: options.acks,
    compression: options.compression,
    lingerMs: options.lingerMs,
    requestTimeoutMs: options.requestTimeoutMs,
    maxBlockMs: options.maxBlockMs,
    // Without idempotence a retried request could overtake a later one: keep one in flight per partition.
    maxInFlightRequests: idempotent ? 5 : 1,
    ...(options.batchSizeBytes !== null ? { batchSizeBytes: options.batchSizeBytes } : {}),
  };
  const producer = new Producer({ cluster: conn.cluster, clock: conn.clock, random: conn.random, logger: conn.logger, clientId: 'console-producer', release: () => conn.close() }, producerOptions);
  let code = 0;
  try {
    await topicPartitionCount(conn, options.bootstrapServers, options.topic, options.partition, options.maxBlockMs);
    // Whatever stopped the reading, pump() returns once every send it started is acknowledged or failed.
    const outcome = await pump(options, io, producer);
    if (outcome.sendError !== null) {
      io.err(`skiff produce: a send failed (${outcome.acknowledgedRecords} records were acknowledged before it finished): ${describe(outcome.sendError)}\n`);
      code = 1;
    }
    if (outcome.inputError !== null) {
      io.err(`skiff produce: ${outcome.inputError}\n`);
      code = 1;
    }
  } catch (error) {
    io.err(`skiff produce: ${describe(error)}\n`);
    code = 1;
  } finally {
    await producer.disconnect().catch((error: unknown) => {
      io.err(`skiff produce: ${describe(error)}\n`);
      code = 1;
    });
  }
  return code;
}

interface PumpOutcome {
  readonly acknowledgedRecords: number;
  /** Why reading stopped early because of the input (a refused or too long line); null otherwise. */
  readonly inputError: string | null;
  readonly sendError: unknown;
}

/** Reads stdin to its end (or to the first bad line, failed send or interrupt), sending as it goes. */
async function pump(options: ProduceOptions, io: ConsoleIo, producer: Producer): Promise<PumpOutcome> {
  const window = new SendWindow(options.sync ? 1 : maxSendsInFlight, (messages) => producer.send({ topic: options.topic, messages }));
  const splitter = new LineSplitter(maxLineBytes);
  const reader = new LineRecordReader(options.reader);
  let lineNumber = 0;
  let batch: Message<Uint8Array, Uint8Array>[] = [];
  let batchBytes = 0;
  let inputError: string | null = null;
  const add = async (line: Buffer): Promise<void> => {
    const message = reader.read(line, ++lineNumber);
    batch.push(options.partition === null ? message : { ...message, partition: options.partition });
    batchBytes += line.length;
    if (options.sync || batch.length >= sendRecordsMax || batchBytes >= sendBytesMax) await sendBatch();
  };
  const sendBatch = async (): Promise<void> => {
    if (batch.length === 0) return;
    // After a failed send nothing more goes out: the run stops at the first failure.
    if (window.error !== null) {
      batch = [];
      return;
    }
    const messages = batch;
    batch = [];
    batchBytes = 0;
    await window.submit(messages);
  };

  const chunks = io.stdin[Symbol.asyncIterator]();
  const reads = new InterruptibleReads(chunks);
  const unsubscribe = io.onInterrupt(() => reads.interrupt());
  let ended = false;
  try {
    // Bounded by the input: each pass consumes one chunk, or stops.
    while (window.error === null) {
      const next = await reads.next();
      if (next === 'interrupted') break;
      if (next.done === true) {
        ended = true;
        const last = splitter.end();
        if (last !== null) await add(last);
        break;
      }
      for (const line of splitter.push(next.value)) {
        await add(line);
        if (window.error !== null) break;
      }
      await sendBatch();
    }
  } catch (error) {
    if (error instanceof LineFormatError) inputError = error.message;
    else if (error instanceof LineTooLongError) inputError = `Line number ${lineNumber + 1} is longer than ${maxLineBytes} bytes`;
    else throw error;
  } finally {
    unsubscribe();
    // Stopped before the end: let go of stdin (a pending read is abandoned).
    if (!ended) void chunks.return?.()?.catch(() => {});
  }
  // The lines read before the stop are sent: Kafka sent each line before reading the next.
  await sendBatch();
  await window.drain();
  return { acknowledgedRecords: window.acknowledgedRecords, inputError, sendError: window.error };
}

/**
 * Reads that an interrupt ends early. Not Promise.race against one
 * long-lived "interrupted" promise: every race would leave a reaction on it
 * holding that read's result, so every chunk of stdin would stay in memory.
 */
class InterruptibleReads {
  private interrupted = false;
  private wake: ((value: 'interrupted') => void) | null = null;

  constructor(private readonly chunks: AsyncIterator<Uint8Array>) {}

  next(): Promise<IteratorResult<Uint8Array> | 'interrupted'> {
    if (this.interrupted) return Promise.resolve('interrupted');
    return new Promise<IteratorResult<Uint8Array> | 'interrupted'>((resolve, reject) => {
      this.wake = resolve;
      this.chunks.next().then(resolve, reject);
    }).finally(() => (this.wake = null));
  }

  interrupt(): void {
    this.interrupted = true;
    this.wake?.('interrupted');
  }
}

/**
 * At most `max` sends unacknowledged. submit() waits for room, then starts
 * the send without waiting for it; the first failure is kept in `error`.
 */
class SendWindow {
  private inFlight = 0;
  private waiters: (() => void)[] = [];
  error: unknown = null;
  acknowledgedRecords = 0;

  constructor(
    private readonly max: number,
    private readonly send: (messages: readonly Message<Uint8Array, Uint8Array>[]) => Promise<unknown>,
  ) {}

  async submit(messages: readonly Message<Uint8Array, Uint8Array>[]): Promise<void> {
    // Bounded: each wake-up follows a send that settled.
    while (this.inFlight >= this.max) await this.changed();
    this.inFlight++;
    this.send(messages).then(
      () => {
        this.acknowledgedRecords += messages.length;
      },
      (error: unknown) => {
        this.error ??= error ?? new Error('send failed');
      },
    ).finally(() => {
      this.inFlight--;
      const waiters = this.waiters;
      this.waiters = [];
      for (const wake of waiters) wake();
    });
  }

  async drain(): Promise<void> {
    while (this.inFlight > 0) await this.changed();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
