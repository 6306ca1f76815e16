// The composition root of a node process: server.properties → checked
// storage → node adapters (real clock, disk, randomness, pino) and gRPC
// transports on one listener → a SkiffNode. Everything else is core code.
//
// One gRPC server and one set of channels carry the three services (raft,
// controller, broker): every node listens on `listeners`, and peers find each
// other through `controller.quorum.voters` (the only nodes anyone needs to
// call: quorum RPCs and controller RPCs go to voters; clients use any node).
// With `metrics.listener` set, the node's metrics (prom-client) are served
// at http://host:port/metrics; without it nothing is recorded.

import { setFlagsFromString } from 'node:v8';
import { nodeId as toNodeId } from '../common/ids.js';
import type { Logger } from '../env/logger.js';
import type { Metrics } from '../env/metrics.js';
import { NodeClock } from '../env/node/node-clock.js';
import { NodeFileSystem } from '../env/node/node-file-system.js';
import { nodeRandom } from '../env/node/node-random.js';
import { PromMetrics } from '../env/node/prom-metrics.js';
import type { BrokerServices } from '../broker/services.js';
import type { ControllerServices } from '../controller/services.js';
import { SkiffNode } from '../node/skiff-node.js';
import { defaultRaftTimeouts } from '../raft/raft-core.js';
import type { RaftServices } from '../raft/types.js';
import { brokerService } from '../transport/broker-codec.js';
import { controllerService } from '../transport/controller-codec.js';
import { GrpcChannels, GrpcServer, GrpcTransport } from '../transport/grpc/index.js';
import { raftService } from '../transport/raft-codec.js';
import { formatHostPort, isQuorumVoter, type ServerConfig } from './config.js';
import { checkFormatted } from './storage-tool.js';
import { logConfig } from '../storage/log/log-config.js';
import { skiffVersion } from '../version.js';
import { startMetricsServer, type MetricsServer } from './metrics-server.js';

export interface RunningServer {
  readonly node: SkiffNode;
  readonly config: ServerConfig;
  readonly clusterId: string;
  readonly port: number;
  /** The port the metrics endpoint is bound to, or null without `metrics.listener`. */
  readonly metricsPort: number | null;
  /** Controlled shutdown (leaderships moved away first), then a clean stop. */
  shutdown(timeoutMs?: number): Promise<boolean>;
  /** Immediate stop, no controlled shutdown. */
  stop(): Promise<void>;
}

/**
 * V8 sizes a small heap's old generation barely above its live data, so under
 * the data plane's allocation rate a node ran about 8 full collections a
 * second (30% of its CPU in GC, measured with --cpu-prof). Letting the heap
 * grow further between collections cut node CPU per MB by ~40% for about 50
 * MB more memory per process — the JVM-heap-option equivalent Kafka's scripts
 * set. Process-wide, so it is set once, before the node allocates.
 */
function tuneHeapForThroughput(): void {
  setFlagsFromString('--heap-growing-percent=300');
}

export async function startServer(config: ServerConfig, logger: Logger, configPath?: string): Promise<RunningServer> {
  tuneHeapForThroughput();
  const fs = new NodeFileSystem();
  const storage = await checkFormatted({ fs, config, ...(configPath !== undefined ? { configPath } : {}) });
  const id = config.nodeId;
  const log = logger.child({ nodeId: id });

  const channels = new GrpcChannels({
    self: id,
    addresses: config.controllerQuorumVoters.map((v) => [v.nodeId, formatHostPort(v)] as const),
  });
  const server = new GrpcServer({ logger: log.child({ component: 'grpc' }) });
  const raftTransport = new GrpcTransport<RaftServices>({ service: raftService, channels, server });
  const controllerTransport = new GrpcTransport<ControllerServices>({ service: controllerService, channels, server });
  const brokerTransport = new GrpcTransport<BrokerServices>({ service: brokerService, channels, server });

  const voters = config.controllerQuorumVoters.map((v) => toNodeId(v.nodeId));
  const prom = config.metricsListener === null ? null : new PromMetrics({ defaultMetrics: true });
  if (prom !== null) nodeInfo(prom, id, storage.clusterId);
  const node = new SkiffNode({
    nodeId: id,
    clusterId: storage.clusterId,
    raft: {
      ...defaultRaftTimeouts,
      nodeId: id,
      voters,
      electionTimeoutMs: config.controllerQuorumElectionTimeoutMs,
      fetchTimeoutMs: config.controllerQuorumFetchTimeoutMs,
    },
    metadataDir: config.metadataLogDir,
    endpoints: [{ name: config.advertisedListener.name, host: config.advertisedListener.host, port: config.advertisedListener.port }],
    rack: config.brokerRack,
    controller: {
      clusterId: storage.clusterId,
      defaultPartitions: config.numPartitions,
      defaultReplicationFactor: config.defaultReplicationFactor,
      defaultMinIsr: config.minInsyncReplicas,
      uncleanLeaderElection: config.uncleanLeaderElectionEnable,
      durableAcks: config.logFlushOnAck,
      sessionTimeoutMs: config.brokerSessionTimeoutMs,
      noOpIntervalMs: 500,
    },
    heartbeatIntervalMs: config.brokerHeartbeatIntervalMs,
    requestTimeoutMs: config.controllerQuorumRequestTimeoutMs,
    logDirIds: storage.dirs.map((d) => d.meta.directoryId),
    dataPlane: {
      logDirs: config.logDirs,
      defaults: {
        log: logConfig({
          segmentBytes: config.logSegmentBytes,
          segmentMs: config.logRollMs,
          retentionMs: config.logRetentionMs,
          retentionBytes: config.logRetentionBytes,
          cleanupPolicy: config.logCleanupPolicy,
          maxMessageBytes: config.messageMaxBytes,
        }),
        minInsyncReplicas: config.minInsyncReplicas,
        logAppendTime: false,
      },
      flushOnAck: config.logFlushOnAck,
      replicaLagTimeMaxMs: config.replicaLagTimeMaxMs,
      retentionCheckIntervalMs: config.logRetentionCheckIntervalMs,
    },
    fs,
    clock: new NodeClock(),
    random: nodeRandom(),
    logger: log,
    transports: { raft: raftTransport, controller: controllerTransport, broker: brokerTransport },
    ...(prom !== null ? { metrics: prom } : {}),
    groups: {
      coordinator: {
        offsetsTopicPartitionCount: config.offsetsTopicNumPartitions,
        sessionTimeoutMs: config.groupConsumerSessionTimeoutMs,
        heartbeatIntervalMs: config.groupConsumerHeartbeatIntervalMs,
        groupMaxSize: config.groupConsumerMaxSize,
      },
      offsetsTopicReplicationFactor: config.offsetsTopicReplicationFactor,
    },
    onFatal: (error) => {
      log.fatal({ err: error }, 'node failed: exiting');
      process.exit(1);
    },
  });

  const handlers = node.handlers();
  raftTransport.serve(handlers.raft);
  controllerTransport.serve(handlers.controller);
  brokerTransport.serve(handlers.broker);
  const port = await server.listen(formatHostPort(config.listener));
  let metricsServer: MetricsServer | null = null;
  const closeTransports = async (): Promise<void> => {
    await Promise.allSettled([raftTransport.close(), controllerTransport.close(), brokerTransport.close(), metricsServer?.close()]);
    await server.close();
    channels.close();
  };
  try {
    if (prom !== null && config.metricsListener !== null) {
      metricsServer = await startMetricsServer({ ...config.metricsListener, source: prom, logger: log.child({ component: 'metrics' }) });
    }
    await node.start();
  } catch (error) {
    await closeTransports();
    throw error;
  }
  log.info(
    {
      listener: `${config.listener.host}:${port}`,
      ...(metricsServer !== null && config.metricsListener !== null ? { metrics: `http://${formatHostPort({ host: config.metricsListener.host, port: metricsServer.port })}/metrics` } : {}),
      clusterId: storage.clusterId,
      voter: isQuorumVoter(config),
      roles: config.processRoles,
    },
    'skiff node started',
  );

  let closing: Promise<boolean> | null = null;
  return {
    node,
    config,
    clusterId: storage.clusterId,
    port,
    metricsPort: metricsServer?.port ?? null,
    shutdown: (timeoutMs = 30_000) => {
      closing ??= (async () => {
        log.info('controlled shutdown: moving leaderships away');
        const clean = await node.shutdown(timeoutMs);
        await closeTransports();
        log.info({ clean }, 'stopped');
        return clean;
      })();
      return closing;
    },
    stop: async () => {
      await node.stop(false);
      await closeTransports();
    },
  };
}

/** `skiff_node_info{node_id,cluster_id,version} 1`: identity as labels on one series (Prometheus' info-metric idiom), not on every series. */
function nodeInfo(metrics: Metrics, nodeId: number, clusterId: string): void {
  metrics
    .gauge({ name: 'skiff_node_info', help: 'Always 1; the labels name this node, its cluster and the Skiff version.', labelNames: ['node_id', 'cluster_id', 'version'] })
    .set({ node_id: nodeId, cluster_id: clusterId, version: skiffVersion }, 1);
}
