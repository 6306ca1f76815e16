// The `dataplane` scenario's clients: producers and consumers of the real
// client library (src/client: ClusterClient, SimpleProducer, SimpleConsumer)
// on their own SimClock and SimNetwork endpoint, talking to the nodes' broker
// service over the production codecs, and recording everything they do into
// a HistoryRecorder (history.ts) for the offline checkers (checkers.ts).
// Every value is unique (`<producer>-<n>`), so the checkers can tell who
// wrote what. Nothing here judges the cluster: it only records.

import type { BrokerServices } from '../../src/broker/services.js';
import { earliestTimestamp, latestTimestamp } from '../../src/broker/services.js';
import { ClusterClient, definitelyNotAppended, SimpleConsumer, SimpleProducer, toSkiffError } from '../../src/client/index.js';
import type { SeededRandom } from '../../src/common/seeded-random.js';
import type { Logger } from '../../src/env/logger.js';
import type { Transport } from '../../src/env/transport.js';
import { ringLogger, type LogRing } from '../ring-logger.js';
import { SimClock, type Scheduler, type SimNetwork } from '../runtime/index.js';
import { serviceView, type ClusterWire } from '../cluster/wire.js';
import type { Acks, HistoryRecorder, LogRecord } from './history.js';

export interface ClientEnv {
  readonly scheduler: Scheduler;
  readonly network: SimNetwork<ClusterWire>;
  readonly ring: LogRing;
  /** Node ids a client may bootstrap from. */
  readonly nodes: readonly number[];
}

export interface ClientHandle {
  readonly clock: SimClock;
  readonly endpoint: Transport<ClusterWire>;
  readonly cluster: ClusterClient;
  readonly logger: Logger;
  readonly label: string;
  /** Virtual time (the scheduler's), for the history: client clocks run on their own epoch-based time. */
  readonly now: () => number;
  close(): void;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A client process: its own clock, endpoint (peer id `peer`) and ClusterClient. */
export function makeClient(env: ClientEnv, peer: number, label: string, random: SeededRandom, requestTimeoutMs: number): ClientHandle {
  const clock = new SimClock(env.scheduler, { label });
  const endpoint = env.network.attach(peer);
  endpoint.serve({} as never);
  // Warnings only: the ring is for failing seeds, and clients retry a lot under faults.
  const logger = ringLogger(env.ring, { client: label }, 40);
  const cluster = new ClusterClient({
    transport: serviceView<BrokerServices>(endpoint, 'broker.'),
    bootstrapPeers: env.nodes,
    clock,
    logger,
    random: random.fork('cluster-client'),
    requestTimeoutMs,
    retryBackoffMs: 100,
    retryBackoffMaxMs: 1_000,
    leaderWaitMs: 5_000,
  });
  return {
    clock,
    endpoint,
    cluster,
    logger,
    label,
    now: () => env.scheduler.now,
    close: () => {
      cluster.close();
      env.network.detach(peer);
      clock.dispose();
    },
  };
}

export interface ProducerSpec {
  readonly name: string;
  readonly acks: Acks;
  readonly idempotent: boolean;
  readonly maxInFlight: number;
  /** Sends this producer keeps outstanding at most. */
  readonly outstanding: number;
}

export interface PartitionRef {
  readonly topic: string;
  readonly partition: number;
}

/** Sends unique values to random partitions until stopped, recording every send and its outcome. */
export class ProducerWorker {
  stopped = false;
  pending = 0;
  readonly counts = { ok: 0, definite: 0, indeterminate: 0 };
  /** Failed sends by error code. */
  readonly errors: Record<string, number> = {};
  private readonly producer: SimpleProducer;
  private next = 0;
  private wakeUp: (() => void) | null = null;

  constructor(
    private readonly client: ClientHandle,
    private readonly spec: ProducerSpec,
    private readonly history: HistoryRecorder,
    private readonly random: SeededRandom,
    private readonly partitions: () => readonly PartitionRef[],
  ) {
    this.producer = new SimpleProducer({
      cluster: client.cluster,
      clock: client.clock,
      logger: client.logger,
      acks: spec.acks,
      idempotent: spec.idempotent,
      maxInFlight: spec.maxInFlight,
      lingerMs: random.int(3),
      requestTimeoutMs: 2_000,
      deliveryTimeoutMs: 8_000,
      retryBackoffMs: 50,
      retryBackoffMaxMs: 500,
      maxBlockMs: 5_000,
    });
  }

  async run(): Promise<void> {
    while (!this.stopped) {
      const targets = this.partitions();
      if (targets.length === 0 || this.pending >= this.spec.outstanding) {
        await this.wait(targets.length === 0 ? 100 : 50, true);
        continue;
      }
      const target = targets[this.random.int(targets.length)]!;
      this.sendOne(target, this.client.now());
      // Not cut short by completions: a send refused at once must not make this loop spin in zero virtual time.
      await this.wait(5 + this.random.int(60), false);
    }
  }

  private sendOne(target: PartitionRef, now: number): void {
    const value = `${this.spec.name}-${this.next++}`;
    const id = this.history.invokeSend({ producer: this.spec.name, topic: target.topic, partition: target.partition, value, acks: this.spec.acks, idempotent: this.spec.idempotent, timeMs: now });
    this.pending++;
    this.producer.send(target.topic, target.partition, [{ key: null, value: encoder.encode(value) }]).then(
      (result) => {
        this.counts.ok++;
        this.history.completeSend(id, { kind: 'ok', offset: result.baseOffset }, this.client.now());
      },
      (error: unknown) => {
        const skiff = toSkiffError(error);
        this.errors[skiff.code] = (this.errors[skiff.code] ?? 0) + 1;
        if (definitelyNotAppended(skiff)) {
          this.counts.definite++;
          this.history.completeSend(id, { kind: 'failed-definite', error: skiff.code }, this.client.now());
        } else {
          this.counts.indeterminate++;
          this.history.completeSend(id, { kind: 'indeterminate', error: skiff.code }, this.client.now());
        }
      },
    ).finally(() => {
      this.pending--;
      this.wakeUp?.();
    });
  }

  /** Sleeps `ms`, or (wakeable) less when a send completes. */
  private wait(ms: number, wakeable: boolean): Promise<void> {
    return new Promise((resolve) => {
      if (!wakeable) {
        this.client.clock.setTimer(ms, resolve);
        return;
      }
      const cancel = this.client.clock.setTimer(ms, () => {
        this.wakeUp = null;
        resolve();
      });
      this.wakeUp = () => {
        this.wakeUp = null;
        cancel();
        resolve();
      };
    });
  }
}

/** Polls every partition from the earliest offset until stopped, recording polls and explicit resets. */
export class ConsumerWorker {
  stopped = false;
  polls = 0;
  records = 0;
  errors = 0;
  private readonly consumer: SimpleConsumer;
  private assigned = new Set<string>();

  constructor(
    private readonly client: ClientHandle,
    private readonly name: string,
    private readonly history: HistoryRecorder,
    private readonly partitions: () => readonly PartitionRef[],
  ) {
    // 'none': an OFFSET_OUT_OF_RANGE surfaces here and is reset explicitly, so the history records the reset.
    this.consumer = new SimpleConsumer({ cluster: client.cluster, clock: client.clock, logger: client.logger, maxWaitMs: 200, autoOffsetReset: 'none', requestTimeoutMs: 2_000, retryBackoffMs: 100 });
  }

  async run(): Promise<void> {
    const { clock, now } = this.client;
    while (!this.stopped) {
      this.assignNew();
      if (this.assigned.size === 0) {
        await new Promise<void>((resolve) => clock.setTimer(100, resolve));
        continue;
      }
      try {
        const batches = await this.consumer.poll(300);
        if (this.stopped) break;
        for (const batch of batches) {
          const records: LogRecord[] = batch.records.map((r) => ({ offset: r.offset, value: r.value === null ? '' : decoder.decode(r.value) }));
          this.history.recordPoll({ consumer: this.name, topic: batch.topic, partition: batch.partition, records, highWatermark: batch.highWatermark, timeMs: now() });
          this.polls++;
          this.records += records.length;
        }
      } catch (error) {
        this.errors++;
        const skiff = toSkiffError(error);
        if (skiff.code === 'OFFSET_OUT_OF_RANGE') this.resetFrom(skiff.message);
        await new Promise<void>((resolve) => clock.setTimer(100, resolve));
      }
    }
    this.consumer.close();
  }

  private assignNew(): void {
    const all = this.partitions();
    if (all.length === this.assigned.size) return;
    const fresh = all.filter((p) => !this.assigned.has(`${p.topic}#${p.partition}`));
    // assign() keeps the positions of partitions already assigned (offset given as their current position).
    const assignments = all.map((p) => {
      const position = this.consumer.position(p.topic, p.partition);
      return { topic: p.topic, partition: p.partition, offset: fresh.includes(p) || position === null ? ('earliest' as const) : position };
    });
    // Reassigning drops records fetched but not yet returned: the kept partitions restart at their position, explicitly.
    for (const a of assignments) {
      this.assigned.add(`${a.topic}#${a.partition}`);
      this.history.recordReset({ consumer: this.name, topic: a.topic, partition: a.partition, offset: a.offset === 'earliest' ? null : a.offset, timeMs: this.client.now(), reason: a.offset === 'earliest' ? 'assign earliest' : 'reassign at position' });
    }
    this.consumer.assign(assignments);
  }

  /** The message names the partition as `<topic>-<partition>: ` (after the code). */
  private resetFrom(message: string): void {
    const match = /([A-Za-z0-9._]+)-(\d+): /.exec(message);
    if (!match) return;
    const topic = match[1]!;
    const partition = Number(match[2]);
    try {
      this.consumer.seek(topic, partition, 'earliest');
    } catch {
      return;
    }
    this.history.recordReset({ consumer: this.name, topic, partition, offset: null, timeMs: this.client.now(), reason: 'OFFSET_OUT_OF_RANGE' });
  }
}

export type FinalReadResult = { ok: true; logStartOffset: number; endOffset: number; records: LogRecord[] } | { ok: false; why: string };

/**
 * Reads one partition from its log start to its high watermark (ListOffsets
 * earliest and latest at the leader) with a fresh consumer. Bounded by
 * `deadlineMs` on the client's clock.
 */
export async function finalRead(client: ClientHandle, topic: string, partition: number, deadlineMs: number): Promise<FinalReadResult> {
  const { clock, cluster } = client;
  let bounds: { start: number; end: number } | null = null;
  let lastWhy = 'no attempt';
  while (bounds === null && clock.now() < deadlineMs) {
    try {
      const leader = await cluster.leaderFor(topic, partition, Math.max(1, deadlineMs - clock.now()));
      const ask = async (timestamp: number): Promise<number> => {
        const response = await cluster.call(leader.leaderId, 'ListOffsets', { replicaId: -1, isolationLevel: 0, topics: [{ name: topic, partitions: [{ partition, currentLeaderEpoch: leader.leaderEpoch, timestamp }] }] });
        const p = response.topics[0]?.partitions[0];
        if (p === undefined) throw new Error('empty ListOffsets response');
        if (p.error !== null) throw new Error(`ListOffsets: ${p.error.code}`);
        return p.offset;
      };
      const start = await ask(earliestTimestamp);
      const end = await ask(latestTimestamp);
      bounds = { start, end };
    } catch (error) {
      lastWhy = error instanceof Error ? error.message : String(error);
      cluster.requestRefresh();
      await new Promise<void>((resolve) => clock.setTimer(200, resolve));
    }
  }
  if (bounds === null) return { ok: false, why: `no log bounds: ${lastWhy}` };
  const records: LogRecord[] = [];
  if (bounds.end <= bounds.start) return { ok: true, logStartOffset: bounds.start, endOffset: bounds.end, records };
  const consumer = new SimpleConsumer({ cluster, clock, logger: client.logger, maxWaitMs: 100, autoOffsetReset: 'none', requestTimeoutMs: 2_000, retryBackoffMs: 100 });
  consumer.assign([{ topic, partition, offset: bounds.start }]);
  try {
    let next = bounds.start;
    while (next < bounds.end && clock.now() < deadlineMs) {
      try {
        for (const batch of await consumer.poll(Math.max(1, Math.min(300, deadlineMs - clock.now())))) {
          for (const r of batch.records) {
            if (r.offset >= bounds.end) continue;
            records.push({ offset: r.offset, value: r.value === null ? '' : decoder.decode(r.value) });
            next = r.offset + 1;
          }
        }
      } catch (error) {
        lastWhy = error instanceof Error ? error.message : String(error);
        await new Promise<void>((resolve) => clock.setTimer(100, resolve));
      }
    }
    if (next < bounds.end) return { ok: false, why: `read [${bounds.start}, ${bounds.end}) only up to ${next}: ${lastWhy}` };
  } finally {
    consumer.close();
  }
  return { ok: true, logStartOffset: bounds.start, endOffset: bounds.end, records };
}
