// One Skiff node, assembled from ports: the metadata quorum (RaftNode) with
// the MetadataLoader as its state machine, the QuorumController (active only
// while this node leads the quorum), the broker lifecycle (register,
// heartbeat, controlled shutdown), and the handlers of the three RPC services.
// Sans-I/O: the real server (src/server) passes node adapters and gRPC
// transports, the simulator passes SimDisk, SimClock and SimNetwork — both
// run exactly this code.

import { isSkiffError } from '../common/errors.js';
import type { NodeId } from '../common/ids.js';
import { joinPath } from '../common/path.js';
import type { Clock } from '../env/clock.js';
import type { FileSystem } from '../env/file-system.js';
import type { Logger } from '../env/logger.js';
import type { Metrics } from '../env/metrics.js';
import type { Random } from '../env/random.js';
import type { Handlers, Transport } from '../env/transport.js';
import { BrokerLifecycle } from '../broker/lifecycle.js';
import { ControllerChannel } from '../broker/controller-channel.js';
import type { BrokerInfo, BrokerServices, PartitionMetadata, TopicMetadata } from '../broker/services.js';
import type { ControllerConfig } from '../controller/commands.js';
import { QuorumController } from '../controller/quorum-controller.js';
import type { ApiError, ControllerServices } from '../controller/services.js';
import type { MetadataImage } from '../metadata/image.js';
import { MetadataLoader } from '../metadata/loader.js';
import type { Endpoint } from '../metadata/records.js';
import type { RaftConfig } from '../raft/raft-core.js';
import { RaftNode } from '../raft/raft-node.js';
import type { RaftServices } from '../raft/types.js';
import { ProducerIdManager } from '../replication/producer-id-manager.js';
import { ReplicaManager, toApiError } from '../replication/replica-manager.js';
import { describeTopicConfigs, topicSettings, type BrokerTopicDefaults } from '../replication/topic-settings.js';
import { LogManager, type TopicPartition } from '../storage/log-manager.js';
import type { GroupCoordinatorConfig } from '../group/api.js';
import { GroupService } from './group-service.js';
import { instrumentHandlers, requestMetrics, topicTrafficMetrics, topicTrafficObservers } from './instrument-handlers.js';
import { registerPartitionMetrics } from './partition-metrics.js';
import { SkiffError } from '../common/errors.js';

export interface DataPlaneOptions {
  /** log.dirs: where partition logs live. */
  readonly logDirs: readonly string[];
  /** Broker-wide defaults for topic-level settings. */
  readonly defaults: BrokerTopicDefaults;
  /** log.flush.on.ack (default true): acks=all means fsynced on min.insync.replicas replicas. */
  readonly flushOnAck: boolean;
  /** replica.lag.time.max.ms */
  readonly replicaLagTimeMaxMs: number;
  /** replica.fetch.wait.max.ms */
  readonly replicaFetchWaitMaxMs?: number;
  /** replica.fetch.backoff.ms */
  readonly replicaFetchBackoffMs?: number;
  /** log.retention.check.interval.ms */
  readonly retentionCheckIntervalMs?: number;
  /** log.flush.offset.checkpoint.interval.ms */
  readonly checkpointIntervalMs?: number;
}

export interface SkiffNodeOptions {
  readonly nodeId: NodeId;
  readonly clusterId: string;
  /** Metadata quorum settings: voters, timeouts. A node not among the voters is an observer. */
  readonly raft: RaftConfig;
  /** Where the __cluster_metadata log and snapshots live. */
  readonly metadataDir: string;
  readonly endpoints: readonly Endpoint[];
  readonly rack: string | null;
  readonly controller: ControllerConfig & { readonly sessionTimeoutMs: number; readonly noOpIntervalMs: number };
  readonly heartbeatIntervalMs: number;
  readonly requestTimeoutMs: number;
  readonly snapshotEveryEntries?: number;
  /** The directory.id of every storage directory (meta.properties); a reformatted disk gets new ids. */
  readonly logDirIds: readonly string[];
  readonly dataPlane: DataPlaneOptions;
  readonly fs: FileSystem;
  readonly clock: Clock;
  readonly random: Random;
  readonly logger: Logger;
  readonly transports: {
    readonly raft: Transport<RaftServices>;
    readonly controller: Pick<Transport<ControllerServices>, 'call'>;
    readonly broker: Pick<Transport<BrokerServices>, 'call'>;
  };
  readonly onFatal?: (error: unknown) => void;
  /** Consumer groups: coordinator settings and offsets.topic.replication.factor (defaults: Kafka's, RF 3). */
  readonly groups?: { readonly coordinator?: Partial<GroupCoordinatorConfig>; readonly offsetsTopicReplicationFactor?: number };
  /** Where the node's metrics go (docs/metrics.md); default: none, and the RPC handlers are not wrapped. */
  readonly metrics?: Metrics;
}

export function apiError(error: unknown): ApiError {
  if (isSkiffError(error)) return { code: error.code, message: error.message };
  return { code: 'UNKNOWN_SERVER_ERROR', message: error instanceof Error ? error.message : String(error) };
}

export class SkiffNode {
  readonly raft: RaftNode;
  readonly loader = new MetadataLoader();
  readonly controller: QuorumController<MetadataImage>;
  readonly lifecycle: BrokerLifecycle;
  private readonly channel: ControllerChannel;
  private readonly controllerHandlers: Handlers<ControllerServices>;
  private readonly brokerHandlers: Handlers<BrokerServices>;
  private logs: LogManager | null = null;
  private stopping = false;
  private replicas: ReplicaManager | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly producerIds: ProducerIdManager;
  private readonly groups: GroupService;

  constructor(private readonly options: SkiffNodeOptions) {
    const { nodeId, logger } = options;
    this.raft = new RaftNode({
      config: options.raft,
      dataDir: joinPath(options.metadataDir, '__cluster_metadata-0'),
      fs: options.fs,
      clock: options.clock,
      random: options.random.fork('raft'),
      logger: logger.child({ component: 'raft' }),
      transport: options.transports.raft,
      stateMachine: this.loader,
      snapshotEveryEntries: options.snapshotEveryEntries ?? 20_000,
      requestTimeoutMs: options.requestTimeoutMs,
      onFatal: options.onFatal,
      metrics: options.metrics,
    });
    this.controller = new QuorumController<MetadataImage>({
      nodeId,
      config: options.controller,
      raft: this.raft,
      committedImage: () => this.loader.image,
      clock: options.clock,
      random: options.random.fork('controller'),
      logger: logger.child({ component: 'controller' }),
      metrics: options.metrics,
    });
    this.controllerHandlers = this.makeControllerHandlers();
    this.channel = new ControllerChannel({
      selfId: nodeId,
      transport: options.transports.controller,
      leaderId: () => this.raft.status().leaderId,
      local: () => this.controllerHandlers,
      timeoutMs: options.requestTimeoutMs,
    });
    this.lifecycle = new BrokerLifecycle({
      brokerId: nodeId,
      clusterId: options.clusterId,
      incarnationId: randomId(options.random.fork('incarnation')),
      endpoints: options.endpoints,
      rack: options.rack,
      logDirIds: options.logDirIds,
      controller: this.channel,
      metadataOffset: () => this.raft.status().appliedOffset,
      clock: options.clock,
      logger: logger.child({ component: 'broker-lifecycle' }),
      heartbeatIntervalMs: options.heartbeatIntervalMs,
    });
    this.producerIds = new ProducerIdManager(async () => {
      const response = await this.channel.call('AllocateProducerIds', { brokerId: nodeId, brokerEpoch: this.lifecycle.brokerEpoch });
      if (response.error !== null) throw new SkiffError(response.error.code, response.error.message);
      return { firstProducerId: response.firstProducerId, size: response.size };
    });
    this.groups = new GroupService({
      nodeId,
      clock: options.clock,
      random: options.random.fork('groups'),
      logger: logger.child({ component: 'group-coordinator' }),
      coordinator: options.groups?.coordinator ?? {},
      offsetsTopicReplicationFactor: options.groups?.offsetsTopicReplicationFactor ?? 3,
      defaultMinInsyncReplicas: options.dataPlane.defaults.minInsyncReplicas,
      requestTimeoutMs: options.requestTimeoutMs,
      image: () => this.loader.image,
      brokers: (image) => brokerInfos(image, false),
      createTopics: (request) => this.channel.call('CreateTopics', request),
      metrics: options.metrics,
    });
    this.brokerHandlers = this.makeBrokerHandlers();
    if (options.metrics !== undefined) {
      registerPartitionMetrics(options.metrics, { replicas: () => this.replicas, image: () => this.loader.image, defaults: options.dataPlane.defaults });
    }
  }

  /** The data plane, once start() has recovered the logs (null before). */
  get replicaManager(): ReplicaManager | null {
    return this.replicas;
  }

  get logManager(): LogManager | null {
    return this.logs;
  }

  get image(): MetadataImage {
    return this.loader.image;
  }

  handlers(): { raft: Handlers<RaftServices>; controller: Handlers<ControllerServices>; broker: Handlers<BrokerServices> } {
    const handlers = { raft: this.raft.handlers(), controller: this.controllerHandlers, broker: this.brokerHandlers };
    const metrics = this.options.metrics;
    if (metrics === undefined) return handlers;
    const requests = requestMetrics(metrics);
    return {
      raft: instrumentHandlers('raft', handlers.raft, requests),
      controller: instrumentHandlers('controller', handlers.controller, requests),
      broker: instrumentHandlers('broker', handlers.broker, requests, topicTrafficObservers(topicTrafficMetrics(metrics))),
    };
  }

  async start(): Promise<void> {
    await this.raft.start();
    this.controller.start();
    await this.startDataPlane();
    this.lifecycle.start();
  }

  /** Recovers every partition log, then follows the metadata image; registration waits for this. */
  private async startDataPlane(): Promise<void> {
    const { options } = this;
    const dp = options.dataPlane;
    const logger = options.logger.child({ component: 'replication' });
    this.logs = await LogManager.open({
      fs: options.fs,
      logDirs: dp.logDirs,
      clock: options.clock,
      logger: options.logger.child({ component: 'log-manager' }),
      configFor: (topic) => topicSettings(this.loader.image, topic, dp.defaults).log,
      retentionCheckIntervalMs: dp.retentionCheckIntervalMs,
      checkpointIntervalMs: dp.checkpointIntervalMs,
      onOffline: (tp, error) => this.failStop(tp, error),
      metrics: options.metrics,
    });
    const replicas = new ReplicaManager({
      brokerId: options.nodeId,
      logs: this.logs,
      fs: options.fs,
      clock: options.clock,
      logger,
      transport: options.transports.broker,
      brokerEpoch: () => this.lifecycle.brokerEpoch,
      alterPartition: (request) => this.channel.call('AlterPartition', request),
      defaults: dp.defaults,
      flushOnAck: dp.flushOnAck,
      replicaLagTimeMaxMs: dp.replicaLagTimeMaxMs,
      replicaFetchWaitMaxMs: dp.replicaFetchWaitMaxMs,
      replicaFetchBackoffMs: dp.replicaFetchBackoffMs,
      requestTimeoutMs: options.requestTimeoutMs,
      metrics: options.metrics,
    });
    this.replicas = replicas;
    this.groups.attach(replicas);
    // Act on partition state only once this broker has caught up with the metadata log (it is unfenced, which the
    // controller grants when the broker has applied its own registration). Before that, replaying old images would
    // make it lead partitions it no longer leads — a wiped broker would "lead" with an empty log and truncate the
    // followers that fetch from it. Kafka's brokers likewise publish metadata only after the initial catch-up.
    let publishing = false;
    const publish = (): void => {
      if (!publishing && this.lifecycle.state === 'running') publishing = true;
      if (publishing) void replicas.onImage(this.loader.image).then(() => this.groups.onPartitionsApplied());
    };
    this.unsubscribe = this.loader.subscribe(publish);
    this.lifecycle.onStateChange(publish);
    replicas.start();
    this.logs.startMaintenance();
  }

  /**
   * A partition log hit an I/O error (failed fsync, disk full, EIO). The node
   * stops at once, without a controlled shutdown, instead of going on with
   * that partition offline: after a failed fsync the page cache may hold data
   * the disk lost, so serving or acknowledging anything from it is unsafe (the
   * lesson of PostgreSQL's "fsyncgate"), and a leader that stays up with a dead
   * log keeps its leadership while serving nothing. Halting fences it through
   * the missed heartbeats, the controller elects another leader, and the
   * supervisor's restart recovers from what the disk really holds. Kafka does
   * the same when its last log dir fails; per-directory failure (KIP-858) is
   * not built.
   */
  private failStop(tp: TopicPartition, error: SkiffError): void {
    if (this.stopping) return;
    this.options.logger.fatal({ topic: tp.topic, partition: tp.partition, err: error }, 'storage failure: stopping this node');
    this.options.onFatal?.(error);
  }

  /** SIGTERM: hand leaderships away through the controller, then resign quorum leadership and stop. */
  async shutdown(timeoutMs: number): Promise<boolean> {
    const clean = await this.lifecycle.controlledShutdown(timeoutMs);
    if (this.raft.status().role === 'leader') await this.raft.resignAndFlush();
    await this.stop(true);
    return clean;
  }

  /** Stops everything; `clean` also snapshots producer state and closes logs with their clean-shutdown marker. */
  async stop(clean = false): Promise<void> {
    this.stopping = true;
    this.lifecycle.stop();
    this.controller.stop();
    this.unsubscribe?.();
    this.groups.stop();
    await this.replicas?.stop(clean);
    if (clean) await this.logs?.close();
    await this.raft.stop();
  }

  // --- controller service ------------------------------------------------------

  private makeControllerHandlers(): Handlers<ControllerServices> {
    const c = this.controller;
    return {
      BrokerRegistration: async (_from, request) => {
        try {
          return { error: null, ...(await c.registerBroker(request)) };
        } catch (error) {
          return { error: apiError(error), brokerEpoch: -1 };
        }
      },
      BrokerHeartbeat: async (_from, request) => {
        try {
          return { error: null, ...(await c.brokerHeartbeat(request)) };
        } catch (error) {
          return { error: apiError(error), isCaughtUp: false, isFenced: true, shouldShutDown: false };
        }
      },
      AlterPartition: async (_from, request) => {
        try {
          const state = await c.alterPartition(request);
          return { error: null, partition: { ...state, topicId: request.topicId, partition: request.partition } };
        } catch (error) {
          return { error: apiError(error), partition: null };
        }
      },
      AllocateProducerIds: async (_from, request) => {
        try {
          return { error: null, ...(await c.allocateProducerIds(request.brokerId, request.brokerEpoch)) };
        } catch (error) {
          return { error: apiError(error), firstProducerId: -1, size: 0 };
        }
      },
      CreateTopics: async (_from, request) => {
        try {
          const results = await c.createTopics(request.topics);
          return { error: null, results: results.map((r) => ({ ...r, error: r.error === null ? null : apiError(r.error) })) };
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
      DeleteTopics: async (_from, request) => {
        try {
          const results = await c.deleteTopics(request.names);
          return { error: null, results: results.map((r) => ({ name: r.name, error: r.error === null ? null : apiError(r.error) })) };
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
      CreatePartitions: async (_from, request) => {
        try {
          const results = await c.createPartitions(request.topics, request.validateOnly);
          return { error: null, results: results.map((r) => ({ name: r.name, error: r.error === null ? null : apiError(r.error) })) };
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
      IncrementalAlterConfigs: async (_from, request) => {
        try {
          const results = await c.alterTopicConfigs(request.topics, request.validateOnly);
          return { error: null, results: results.map((r) => ({ name: r.name, error: r.error === null ? null : apiError(r.error) })) };
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
    };
  }

  // --- broker service -----------------------------------------------------------

  private makeBrokerHandlers(): Handlers<BrokerServices> {
    const dataPlane = (): ReplicaManager => {
      if (this.replicas === null) throw new SkiffError('NODE_STARTING', `node ${this.options.nodeId} is still recovering its logs`);
      return this.replicas;
    };
    return {
      Produce: async (_from, request) => {
        try {
          return await dataPlane().produce(request);
        } catch (error) {
          const e = toApiError(error);
          return { topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partition, error: e, baseOffset: -1, logAppendTime: -1, logStartOffset: -1 })) })) };
        }
      },
      Fetch: async (_from, request) => {
        try {
          return await dataPlane().fetch(request);
        } catch (error) {
          return { error: toApiError(error), topics: [] };
        }
      },
      ListOffsets: async (_from, request) => {
        try {
          return await dataPlane().listOffsets(request);
        } catch (error) {
          const e = toApiError(error);
          return { topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partition, error: e, timestamp: -1, offset: -1, leaderEpoch: -1 })) })) };
        }
      },
      OffsetsForLeaderEpoch: (_from, request) => {
        try {
          return Promise.resolve(dataPlane().offsetsForLeaderEpoch(request));
        } catch (error) {
          const e = toApiError(error);
          return Promise.resolve({ topics: request.topics.map((t) => ({ name: t.name, partitions: t.partitions.map((p) => ({ partition: p.partition, error: e, leaderEpoch: -1, endOffset: -1 })) })) });
        }
      },
      InitProducerId: async (_from, request) => {
        try {
          if (request.transactionalId !== null) throw new SkiffError('INVALID_TXN_STATE', 'transactional producers are not supported yet');
          return { error: null, ...(await this.producerIds.initProducerId(request.producerId, request.producerEpoch)) };
        } catch (error) {
          // This broker's registration is being renewed: a state of the broker, not of the client's request.
          if (isSkiffError(error) && error.code === 'STALE_BROKER_EPOCH') return { error: { code: 'NODE_STARTING', message: `broker ${this.options.nodeId} is re-registering; retry` }, producerId: -1, producerEpoch: -1 };
          return { error: toApiError(error), producerId: -1, producerEpoch: -1 };
        }
      },
      Metadata: (_from, request) => {
        const image = this.loader.image;
        const names = request.topics ?? [...image.topicsByName.keys()].sort();
        return Promise.resolve({
          clusterId: this.options.clusterId,
          controllerId: this.raft.status().leaderId ?? -1,
          metadataOffset: this.raft.status().appliedOffset,
          brokers: brokerInfos(image, false),
          topics: names.map((name) => topicMetadata(image, name)),
        });
      },
      DescribeCluster: (_from, request) => {
        const image = this.loader.image;
        return Promise.resolve({
          clusterId: this.options.clusterId,
          controllerId: this.raft.status().leaderId ?? -1,
          brokers: brokerInfos(image, request.includeFenced),
        });
      },
      DescribeQuorum: async (from, request) => {
        const status = this.raft.status();
        if (status.role !== 'leader') {
          // Only the leader knows every replica's progress: forward once (never from another node, so no loops).
          if (status.leaderId !== null && status.leaderId !== this.options.nodeId && !this.options.raft.voters.includes(from as NodeId)) {
            try {
              return await this.options.transports.broker.call(status.leaderId, 'DescribeQuorum', request, { timeoutMs: this.options.requestTimeoutMs });
            } catch (error) {
              return emptyQuorum(apiError(error), status.leaderId, status.epoch);
            }
          }
          return emptyQuorum({ code: 'NOT_LEADER_OR_FOLLOWER', message: `node ${this.options.nodeId} does not lead the quorum (leader ${status.leaderId ?? 'unknown'})` }, status.leaderId ?? -1, status.epoch);
        }
        const q = this.raft.describeQuorum();
        const replica = (r: (typeof q.voters)[number]) => ({
          nodeId: r.nodeId,
          logEndOffset: r.logEndOffset ?? -1,
          lastFetchTimestamp: r.lastFetchTimestampMs ?? -1,
          lastCaughtUpTimestamp: r.lastCaughtUpTimestampMs ?? -1,
        });
        return { error: null, leaderId: q.leaderId ?? -1, leaderEpoch: q.epoch, highWatermark: q.highWatermark, voters: q.voters.map(replica), observers: q.observers.map(replica) };
      },
      CreateTopics: async (_from, request) => {
        try {
          return await this.channel.call('CreateTopics', request);
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
      DeleteTopics: async (_from, request) => {
        try {
          return await this.channel.call('DeleteTopics', request);
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
      CreatePartitions: async (_from, request) => {
        try {
          return await this.channel.call('CreatePartitions', request);
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
      IncrementalAlterConfigs: async (_from, request) => {
        try {
          return await this.channel.call('IncrementalAlterConfigs', request);
        } catch (error) {
          return { error: apiError(error), results: [] };
        }
      },
      DescribeConfigs: async (_from, request) => Promise.resolve(describeTopicConfigs(this.loader.image, request.topics, this.options.dataPlane.defaults)),
      ...this.groups.handlers(),
    };
  }
}

function emptyQuorum(error: ApiError, leaderId: number, epoch: number): BrokerServices['DescribeQuorum']['response'] {
  return { error, leaderId, leaderEpoch: epoch, highWatermark: -1, voters: [], observers: [] };
}

function brokerInfos(image: MetadataImage, includeFenced: boolean): BrokerInfo[] {
  return [...image.brokers.values()]
    .filter((b) => includeFenced || !b.fenced)
    .sort((a, b) => a.brokerId - b.brokerId)
    .map((b) => ({
      brokerId: b.brokerId,
      host: b.endpoints[0]?.host ?? '',
      port: b.endpoints[0]?.port ?? 0,
      rack: b.rack,
      fenced: b.fenced,
      inControlledShutdown: b.inControlledShutdown,
      brokerEpoch: b.brokerEpoch,
    }));
}

function topicMetadata(image: MetadataImage, name: string): TopicMetadata {
  const topic = image.topicsByName.get(name);
  if (topic === undefined) {
    return { name, topicId: '', error: { code: 'UNKNOWN_TOPIC_OR_PARTITION', message: `topic '${name}' does not exist` }, partitions: [], configs: {} };
  }
  const offline = (id: number): boolean => image.brokers.get(id)?.fenced !== false;
  const partitions: PartitionMetadata[] = [...topic.partitions.values()]
    .sort((a, b) => a.partition - b.partition)
    .map((p) => ({
      partition: p.partition,
      leader: p.leader,
      leaderEpoch: p.leaderEpoch,
      replicas: p.replicas,
      isr: p.isr,
      elr: p.elr,
      offlineReplicas: p.replicas.filter(offline),
    }));
  return { name, topicId: topic.topicId, error: null, partitions, configs: Object.fromEntries(image.configs('topic', name)) };
}

function randomId(random: Random): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += random.int(0x10000).toString(16).padStart(4, '0');
  return out;
}
