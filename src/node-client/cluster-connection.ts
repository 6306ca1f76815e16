// A Node.js client's connection to a cluster from `host:port[,...]`: a
// client-only gRPC transport, the Node clock and randomness, and a
// ClusterClient that maps broker ids to the addresses the cluster advertises
// in Metadata. The composition root of the client library (Skiff), also used
// by the CLI and the real-process integration tests.

import type { BrokerInfo, BrokerServices } from '../broker/services.js';
import { ClusterClient } from '../client/cluster-client.js';
import type { Clock } from '../env/clock.js';
import type { Logger } from '../env/logger.js';
import type { Random } from '../env/random.js';
import { NodeClock } from '../env/node/node-clock.js';
import { nodeRandom } from '../env/node/node-random.js';
import { createLogger } from '../env/node/pino-logger.js';
import { brokerService } from '../transport/broker-codec.js';
import { GrpcTransport } from '../transport/grpc/index.js';

export interface ClusterConnection {
  readonly cluster: ClusterClient;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  close(): Promise<void>;
}

export interface ClusterConnectionOptions {
  /** Per-RPC deadline of the ClusterClient (default: the client's). */
  readonly requestTimeoutMs?: number;
  readonly logName?: string;
  /** pino level of the client's own log (default 'warn'). */
  readonly logLevel?: string;
  /** Where the client logs: a file path or descriptor (default 2, stderr). */
  readonly logDestination?: string | number;
  /** A logger to use instead of making one. */
  readonly logger?: Logger;
}

/** Peer ids the bootstrap addresses use until the cluster names its brokers. */
const firstBootstrapId = 1_000_000;

export function parseBootstrapServers(servers: string): string[] | null {
  const addresses = servers.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  return addresses.length === 0 || addresses.some((a) => !/^(\[[0-9a-fA-F:]+\]|[^:\s]+):\d+$/.test(a)) ? null : addresses;
}

export async function connectToCluster(addresses: readonly string[], options: ClusterConnectionOptions = {}): Promise<ClusterConnection> {
  return Promise.resolve(clusterConnection(addresses, options));
}

/** The same connection, made synchronously (a client-only gRPC transport connects lazily, on its first call). */
export function clusterConnection(addresses: readonly string[], options: ClusterConnectionOptions = {}): ClusterConnection {
  const transport = GrpcTransport.client<BrokerServices>({
    service: brokerService,
    self: -1,
    addresses: addresses.map((a, i) => [firstBootstrapId + i, a] as const),
    initialReconnectBackoffMs: 100,
    maxReconnectBackoffMs: 1_000,
  });
  const bootstrapHost = (addresses[0] as string).replace(/:\d+$/, '');
  const clock = new NodeClock();
  const random = nodeRandom();
  const logger = options.logger ?? createLogger({ name: options.logName ?? 'skiff-client', level: options.logLevel ?? 'warn', destination: options.logDestination ?? 2 });
  const cluster = new ClusterClient({
    transport,
    bootstrapPeers: addresses.map((_, i) => firstBootstrapId + i),
    clock,
    logger,
    random,
    ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
    // Broker ids become peer ids: map each to the address the cluster advertises.
    onBrokers: (brokers) => {
      for (const b of brokers) transport.setAddress(b.brokerId, brokerAddress(b, bootstrapHost));
    },
  });
  return {
    cluster,
    clock,
    random,
    logger,
    close: async () => {
      cluster.close();
      await transport.close();
    },
  };
}

/** host:port of a broker; a wildcard or empty advertised host means "the host we bootstrapped from". */
function brokerAddress(b: BrokerInfo, bootstrapHost: string): string {
  const host = b.host === '' || b.host === '0.0.0.0' || b.host === '::' ? bootstrapHost : b.host;
  return host.includes(':') && !host.startsWith('[') ? `[${host}]:${b.port}` : `${host}:${b.port}`;
}
