// Skiff's public package entry: the client library (Skiff → Producer, Consumer, Admin),
// its building blocks for custom wiring and the simulator, and the errors
// every call rejects with.
export { Skiff, type SkiffOptions, type LogLevel } from './node-client/skiff.js';
export { Producer, type ProducerOptions, type Message, type RecordMetadata, type SendOptions, type TopicMessages, type ClientContext } from './client/producer.js';
export {
  Consumer,
  type ConsumerOptions,
  type SubscribeOptions,
  type RunOptions,
  type EachMessagePayload,
  type EachBatchPayload,
  type Batch,
  type ConsumedMessage,
  type Headers,
  type TopicPartitionOffset,
  type TopicPartitionsSpec,
  type TopicPartitionList,
  type UncommittedOffsets,
  type ConsumerEvent,
  type ConsumerEventName,
  type ConsumerEventPayloads,
} from './client/consumer.js';
export { Admin, type NewTopic, type TopicDescription, type PartitionOffsets, type ClusterDescription } from './client/admin.js';
export { defaultPartitioner, roundRobinPartitioner, stickyPartitioner, murmur2, partitionForKey, type Partitioner, type PartitionerArgs, type PartitionerFactory } from './client/partitioners.js';
export { serializers, deserializers, type Serializer, type Deserializer } from './client/serializers.js';
export { ClusterClient, SimpleProducer, SimpleConsumer, definitelyNotAppended } from './client/index.js';
export { SkiffError, isSkiffError, errorCodes, type ErrorCode } from './common/errors.js';
export { RaftNode, ProposalError, type StateMachine, type RaftNodeOptions } from './raft/raft-node.js';
export type { QuorumDescription } from './raft/raft-core.js';
