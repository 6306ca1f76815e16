// Test world for the group Consumer: FakeCluster's in-memory partitions and
// in-process transport on virtual time, the real GroupCoordinator behind the
// group RPCs (consumer-fake-coordinator.ts), a SimpleProducer to write
// records, and consumers that each get their own ClusterClient and
// transport peer id (so a test can cut one consumer off the network and
// leave the others alone). Everything runs on the FakeCluster's Scheduler:
// `until` runs virtual time until a condition holds.

import { ClusterClient } from '../../src/client/cluster-client.js';
import { Consumer } from '../../src/client/consumer.js';
import type { ConsumerOptions } from '../../src/client/consumer-types.js';
import type { ClientContext } from '../../src/client/producer.js';
import { SimpleProducer } from '../../src/client/simple-producer.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { silentLogger } from '../../src/env/logger.js';
import type { GroupCoordinatorConfig } from '../../src/group/api.js';
import { FakeGroupCoordinator, fastGroupConfig } from './consumer-fake-coordinator.js';
import { FakeCluster, text } from './fake-cluster.js';

export interface WorldOptions {
  readonly topics: readonly { readonly name: string; readonly partitions: number }[];
  readonly group?: Partial<GroupCoordinatorConfig>;
  readonly seed?: number;
}

export class ConsumerWorld {
  readonly fake: FakeCluster;
  readonly coordinator: FakeGroupCoordinator;
  readonly producer: SimpleProducer;
  private readonly random: SeededRandom;
  private nextPeer = 100;

  constructor(options: WorldOptions) {
    this.fake = new FakeCluster({ topics: options.topics });
    this.coordinator = new FakeGroupCoordinator(this.fake, { ...fastGroupConfig, ...options.group });
    this.random = SeededRandom.fromSeed(options.seed ?? 1);
    const cluster = new ClusterClient({ transport: this.fake.transport(99), bootstrapPeers: [1], clock: this.fake.clock, logger: silentLogger, requestTimeoutMs: 1_000, retryBackoffMs: 20 });
    this.producer = new SimpleProducer({ cluster, clock: this.fake.clock, logger: silentLogger, lingerMs: 0, batchSizeBytes: 300 });
  }

  get now(): number {
    return this.fake.clock.now();
  }

  /** A consumer with its own connection; `peer` is its transport id (CallRecord.from). */
  consumer<K = Uint8Array, V = Uint8Array>(options: ConsumerOptions<K, V>, clientId = 'test'): { consumer: Consumer<K, V>; peer: number } {
    const peer = this.nextPeer++;
    const cluster = new ClusterClient({ transport: this.fake.transport(peer), bootstrapPeers: [1, 2, 3], clock: this.fake.clock, logger: silentLogger, random: this.random.fork(`cluster-${peer}`), requestTimeoutMs: 2_000, retryBackoffMs: 20 });
    const context: ClientContext = { cluster, clock: this.fake.clock, random: this.random, logger: silentLogger, clientId };
    const consumer = new Consumer<K, V>(context, { sessionTimeoutMs: 6_000, maxWaitMs: 100, ...options });
    return { consumer, peer };
  }

  /** Writes `values` to one partition (each its own send, so batches stay small). */
  async produce(topic: string, partition: number, values: readonly string[]): Promise<void> {
    await this.fake.settle(Promise.all(values.map((v) => this.producer.send(topic, partition, [{ key: text(`k-${v}`), value: text(v) }]))));
  }

  settle<T>(promise: Promise<T>, maxMs?: number): Promise<T> {
    return this.fake.settle(promise, maxMs);
  }

  /** Runs virtual time until `condition` holds; throws after `maxMs`. */
  async until(what: string, condition: () => boolean, maxMs = 60_000): Promise<void> {
    for (let turn = 0; turn < 5 && !condition(); turn++) await new Promise<void>((resolve) => setImmediate(resolve));
    if (!condition()) await this.fake.scheduler.run({ stop: condition, untilMs: this.fake.scheduler.now + maxMs });
    if (!condition()) throw new Error(`${what}: not within ${maxMs} virtual ms (now ${this.fake.scheduler.now})`);
  }

  advance(ms: number): Promise<void> {
    return this.fake.advance(ms);
  }
}

const decoder = new TextDecoder();
export function str(bytes: Uint8Array | null): string {
  return bytes === null ? '<null>' : decoder.decode(bytes);
}

/** [prefix-0, prefix-1, ...]. */
export function values(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
}
