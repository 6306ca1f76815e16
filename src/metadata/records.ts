// The metadata records (DESIGN.md §5; Kafka's metadata/*.json record
// catalogue, kraft-digest §2.2). The controller writes them, every node
// replays them, and replay is the only way cluster state changes: the
// MetadataImage is a pure function of the committed record sequence.
//
// One quorum-log entry holds one atomic batch of records (a command's whole
// effect: a topic and all its partitions, say). Fields a replay derives are
// not stored: a broker's epoch is the offset of the entry that registered it,
// and PartitionChange bumps leaderEpoch (when the leader changes) and
// partitionEpoch (always) itself, exactly as Kafka's replay does.

/** A listener a broker serves on (Kafka's BrokerEndpoint). */
export interface Endpoint {
  readonly name: string;
  readonly host: string;
  readonly port: number;
}

/**
 * A broker (re)registers: a new incarnation replaces the old one. The
 * controller writes it after taking the old incarnation out of every ISR (and
 * out of every ELR unless its disks are unchanged and acks are durable: see
 * registerBroker in src/controller/commands.ts).
 */
export interface RegisterBrokerRecord {
  readonly type: 'RegisterBroker';
  readonly brokerId: number;
  /** Random per process start; distinguishes a restart from a retried registration. */
  readonly incarnationId: string;
  readonly endpoints: readonly Endpoint[];
  readonly rack: string | null;
  /** Registrations start fenced; the broker is unfenced once its metadata catches up. */
  readonly fenced: boolean;
  /**
   * The directory.id (meta.properties) of each data directory and of the
   * metadata directory. `skiff storage format` makes new ones, so equal ids
   * across a restart mean the same disks. Empty: unknown (older records).
   */
  readonly logDirIds: readonly string[];
}

export interface BrokerRegistrationChangeRecord {
  readonly type: 'BrokerRegistrationChange';
  readonly brokerId: number;
  /** Must match the registration's epoch, or the change is stale and ignored. */
  readonly brokerEpoch: number;
  readonly fenced: boolean | null;
  readonly inControlledShutdown: boolean | null;
}

export interface UnregisterBrokerRecord {
  readonly type: 'UnregisterBroker';
  readonly brokerId: number;
  readonly brokerEpoch: number;
}

export interface TopicRecord {
  readonly type: 'Topic';
  readonly name: string;
  /** 22-character base64url UUID, as Kafka prints topic ids. */
  readonly topicId: string;
}

export interface PartitionRecord {
  readonly type: 'Partition';
  readonly topicId: string;
  readonly partition: number;
  /** In preferred order: the first is the preferred leader. */
  readonly replicas: readonly number[];
  readonly isr: readonly number[];
  /** Eligible leader replicas (KIP-966): left the ISR with the high watermark, may lead if the ISR empties. */
  readonly elr: readonly number[];
  /** -1 when the partition has no leader (offline). */
  readonly leader: number;
  readonly leaderEpoch: number;
  readonly partitionEpoch: number;
}

/** Changes to a partition: absent fields keep their value. */
export interface PartitionChangeRecord {
  readonly type: 'PartitionChange';
  readonly topicId: string;
  readonly partition: number;
  readonly leader?: number;
  readonly isr?: readonly number[];
  readonly elr?: readonly number[];
  readonly replicas?: readonly number[];
  /** Set by an unclean election: the new leader may lack committed records. */
  readonly leaderRecovering?: boolean;
}

export interface RemoveTopicRecord {
  readonly type: 'RemoveTopic';
  readonly topicId: string;
}

export type ConfigResourceType = 'topic' | 'broker' | 'cluster';

/** Sets (value ≠ null) or deletes (value = null) one config key of one resource. */
export interface ConfigRecord {
  readonly type: 'Config';
  readonly resourceType: ConfigResourceType;
  /** Topic name, broker id as a string, or '' for the cluster. */
  readonly resourceName: string;
  readonly name: string;
  readonly value: string | null;
}

/** A block of producer ids handed to a broker: [nextProducerId - blockSize, nextProducerId). */
export interface ProducerIdsRecord {
  readonly type: 'ProducerIds';
  readonly brokerId: number;
  readonly brokerEpoch: number;
  /** The first id not yet handed out, after this block. */
  readonly nextProducerId: number;
}

export interface FeatureLevelRecord {
  readonly type: 'FeatureLevel';
  readonly name: string;
  readonly level: number;
}

/** Written by an idle controller so the high watermark (and followers' liveness checks) keep moving. */
export interface NoOpRecord {
  readonly type: 'NoOp';
}

export type MetadataRecord =
  | RegisterBrokerRecord
  | BrokerRegistrationChangeRecord
  | UnregisterBrokerRecord
  | TopicRecord
  | PartitionRecord
  | PartitionChangeRecord
  | RemoveTopicRecord
  | ConfigRecord
  | ProducerIdsRecord
  | FeatureLevelRecord
  | NoOpRecord;

export type MetadataRecordType = MetadataRecord['type'];

/** Producer ids are handed out in blocks of this size (Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE). */
export const producerIdBlockSize = 1000;

/** The leader value of a partition without a leader. */
export const noLeader = -1;
