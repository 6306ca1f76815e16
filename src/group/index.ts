// The consumer-group coordinator core (DESIGN.md §8), for the broker to wire:
// the coordinator of one __consumer_offsets partition, its record codec, the
// assignors and the request/response types. Re-exports only; no I/O.

export * from './api.js';
export { GroupCoordinator, offsetsPartitionFor, type CoordinatorStatus, type GroupCoordinatorOptions } from './group-coordinator.js';
export { decodeGroupRecord, encodeGroupRecord, type EncodedGroupRecord, type GroupRecord } from './records.js';
export { builtInAssignors, rangeAssignor, uniformAssignor, type Assignor, type AssignmentSpec } from './assignors.js';
export type { GroupState, MemberState } from './consumer-group.js';
export type { CoordinatorSnapshot } from './snapshot.js';
export type { TopicPartitionList } from './topic-partitions.js';
