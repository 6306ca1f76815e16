// The client library (DESIGN.md §1): the data-plane producer and consumer and
// the cluster view they share. Sans-I/O: every class takes the Clock, Logger
// and a Transport (through ClusterClient), so the simulator runs them as they are.
export { ClusterClient, type ClusterClientOptions, type LeaderLookup, metadataErrorCodes, type PartitionLeader, sleep, toSkiffError } from './cluster-client.js';
export { definitelyNotAppended, estimateRecordBytes, type ProducerRecord, type ProducerStats, type SendCompletion, type SendResult, SimpleProducer, type SimpleProducerOptions } from './simple-producer.js';
export { type ConsumerRecord, type OffsetResetPolicy, type PartitionAssignment, type PolledRecords, SimpleConsumer, type SimpleConsumerOptions, type StartOffset } from './simple-consumer.js';
