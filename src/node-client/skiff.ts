// Skiff: the client library's entry point for Node.js applications, shaped
// like kafkajs's `new Kafka({ brokers, clientId })`:
//   const skiff = new Skiff({ brokers: ['127.0.0.1:9092'], clientId: 'app' });
//   const producer = skiff.producer(); await producer.connect();
//   const consumer = skiff.consumer({ groupId: 'billing' });
//   await consumer.subscribe({ topics: ['orders'] }); await consumer.run({ eachMessage });
// Each producer, consumer or admin client gets its own connection (a gRPC
// channel per broker), closed by its disconnect(). This is the composition
// root: it binds the sans-I/O clients in src/client to gRPC, the Node clock
// and randomness, and pino; the simulator builds the same clients on its own
// ports instead.

import { Admin } from '../client/admin.js';
import { Consumer } from '../client/consumer.js';
import type { ConsumerOptions } from '../client/consumer-types.js';
import { Producer, type ClientContext, type ProducerOptions } from '../client/producer.js';
import { SkiffError } from '../common/errors.js';
import type { Logger } from '../env/logger.js';
import { clusterConnection, parseBootstrapServers } from './cluster-connection.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface SkiffOptions {
  /** Bootstrap brokers, `host:port` each (an array, or one comma-separated string). */
  readonly brokers: readonly string[] | string;
  /** Sent nowhere yet; it names this client in its own logs. Default 'skiff'. */
  readonly clientId?: string;
  /** pino level of the client's log (to stderr). Default 'warn'. */
  readonly logLevel?: LogLevel;
  /** Or a logger of your own (a pino logger fits). */
  readonly logger?: Logger;
  /** Per-request deadline, ms. Default 30 000. */
  readonly requestTimeoutMs?: number;
}

export class Skiff {
  private readonly addresses: string[];
  readonly clientId: string;

  constructor(private readonly options: SkiffOptions) {
    const list = typeof options.brokers === 'string' ? options.brokers : options.brokers.join(',');
    const addresses = parseBootstrapServers(list);
    if (addresses === null) throw new SkiffError('INVALID_CONFIG', `brokers must be host:port entries, got '${list}'`);
    this.addresses = addresses;
    this.clientId = options.clientId ?? 'skiff';
  }

  producer<K = Uint8Array | string | null, V = Uint8Array | string | null>(options: ProducerOptions<K, V> = {}): Producer<K, V> {
    return new Producer<K, V>(this.context('producer'), options);
  }

  /** A group consumer (KIP-848 membership: the coordinator assigns partitions). */
  consumer<K = Uint8Array, V = Uint8Array>(options: ConsumerOptions<K, V>): Consumer<K, V> {
    return new Consumer<K, V>(this.context('consumer'), options);
  }

  admin(): Admin {
    return new Admin(this.context('admin'));
  }

  /** A fresh connection's ports for one client; `release` closes it. */
  private context(role: string): ClientContext {
    const connection = clusterConnection(this.addresses, {
      logName: `${this.clientId}-${role}`,
      logLevel: this.options.logLevel ?? 'warn',
      ...(this.options.logger !== undefined ? { logger: this.options.logger } : {}),
      ...(this.options.requestTimeoutMs !== undefined ? { requestTimeoutMs: this.options.requestTimeoutMs } : {}),
    });
    let released = false;
    return {
      cluster: connection.cluster,
      clock: connection.clock,
      random: connection.random,
      logger: connection.logger,
      clientId: this.clientId,
      release: async () => {
        if (released) return;
        released = true;
        await connection.close();
      },
    };
  }
}
