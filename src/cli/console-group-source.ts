// The console consumer's source for --group: a group Consumer member that
// subscribes to the topic and hands each fetched batch to poll() in order.
// A batch counts as processed — and its offsets are committed by the
// consumer's auto-commit — once poll() has handed it to the printer, as
// kafka-console-consumer's auto-commit of consumed positions does.
// Backpressure: eachBatch waits until the printer took its batch, so at most
// one batch per partition is buffered. close() commits and leaves the group.

import { Consumer } from '../client/consumer.js';
import type { Batch } from '../client/consumer-types.js';
import type { PolledRecords } from '../client/simple-consumer.js';
import type { RecordSourceFactory, RecordSource } from './console-consumer.js';
import { topicPartitionCount } from './console-connection.js';

/** How long the printer may hold a batch before its partition's handler stops waiting (the group's revocation bound). */
const rebalanceTimeoutMs = 30_000;

interface Pending {
  readonly polled: PolledRecords;
  readonly taken: () => void;
}

export const groupSource: RecordSourceFactory = async (conn, options) => {
  await topicPartitionCount(conn, options.bootstrapServers, options.topic, null, 60_000);
  const consumer = new Consumer(
    { cluster: conn.cluster, clock: conn.clock, random: conn.random, logger: conn.logger, clientId: 'skiff-console-consumer' },
    { groupId: options.group!, autoOffsetReset: options.start === 'earliest' ? 'earliest' : 'latest', rebalanceTimeoutMs, requestTimeoutMs: options.requestTimeoutMs },
  );
  const queue: Pending[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  let closing: Promise<void> | null = null;
  const toPolled = (batch: Batch): PolledRecords => ({
    topic: batch.topic,
    partition: batch.partition,
    highWatermark: batch.highWatermark,
    recordCount: batch.messages.length,
    payloadBytes: batch.messages.reduce((n, m) => n + (m.key?.byteLength ?? 0) + (m.value?.byteLength ?? 0), 0),
    records: batch.messages.map((m) => ({
      offset: m.offset,
      timestamp: m.timestamp,
      key: m.key,
      value: m.value,
      headers: Object.entries(m.headers).flatMap(([key, v]) => (Array.isArray(v) ? (v as readonly (Uint8Array | null)[]) : [v as Uint8Array | null]).map((value) => ({ key, value }))),
    })),
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [options.topic], fromBeginning: options.start === 'earliest' });
  await consumer.run({
    eachBatch: ({ batch, isStale }) =>
      new Promise<void>((resolve) => {
        if (closed || isStale() || batch.messages.length === 0) return resolve();
        queue.push({ polled: toPolled(batch), taken: resolve });
        wake?.();
      }),
  });
  const source: RecordSource = {
    poll: async (timeoutMs) => {
      if (queue.length === 0 && !closed) {
        await new Promise<void>((resolve) => {
          const timer = conn.clock.setTimer(timeoutMs, () => resolve());
          wake = () => {
            timer();
            resolve();
          };
        });
        wake = null;
      }
      const taken = queue.splice(0, queue.length);
      for (const p of taken) p.taken();
      return taken.map((p) => p.polled);
    },
    // Every call returns the one disconnect: the signal handler starts it, the run's cleanup waits for it
    // (before the connection closes, or the leave never reaches the coordinator).
    close: () => {
      if (closing !== null) return closing;
      closed = true;
      for (const p of queue.splice(0, queue.length)) p.taken();
      wake?.();
      closing = consumer.disconnect();
      return closing;
    },
  };
  return source;
};
