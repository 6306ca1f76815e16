// Partitioners: which partition a record goes to when the caller does not say.
// - keyed records: Kafka's default, toPositive(murmur2(key)) % partitions, so
//   a key lands on the same partition as with the Java client or kafkajs's
//   default partitioner (pinned by Kafka's own test vectors);
// - records without a key: uniform sticky partitioning (KIP-480, KIP-794):
//   stay on one randomly chosen partition until about batch.size bytes went
//   there, then switch — full batches instead of one tiny batch per partition.
// A partitioner is created per producer (it may keep state) from a factory,
// the shape kafkajs users know: `createPartitioner: () => (args) => number`.
// Sans-I/O: randomness comes from the Random port.

import type { Random } from '../env/random.js';

export interface PartitionerArgs {
  readonly topic: string;
  /** The topic's partition count (> 0). */
  readonly partitionCount: number;
  /** Partitions with a leader right now (a subset of 0..partitionCount-1, maybe empty). */
  readonly availablePartitions: readonly number[];
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  /** Bytes this record adds to its batch (key, value and headers). */
  readonly recordBytes: number;
}

/** Returns a partition in 0..partitionCount-1. */
export type Partitioner = (args: PartitionerArgs) => number;

export interface PartitionerContext {
  readonly random: Random;
  /** The producer's batch.size: how many bytes the sticky partitioner sends to one partition before switching. */
  readonly batchSizeBytes: number;
}

export type PartitionerFactory = (context: PartitionerContext) => Partitioner;

/** Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2): a signed 32-bit hash. */
export function murmur2(data: Uint8Array): number {
  const m = 0x5bd1e995;
  const length = data.length;
  let h = (0x9747b28c ^ length) | 0;
  const whole = length & ~3;
  for (let i = 0; i < whole; i += 4) {
    let k = data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  const tail = length & 3;
  if (tail === 3) h ^= data[whole + 2]! << 16;
  if (tail >= 2) h ^= data[whole + 1]! << 8;
  if (tail >= 1) {
    h ^= data[whole]!;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** The partition Kafka's default partitioner picks for a key. */
export function partitionForKey(key: Uint8Array, partitionCount: number): number {
  return (murmur2(key) & 0x7fffffff) % partitionCount;
}

/**
 * Uniform sticky partitioning for records without a key: one partition (among
 * those with a leader, when any) until about batchSizeBytes went to it.
 */
export function stickyPartitioner(context: PartitionerContext): Partitioner {
  const sticky = new Map<string, { partition: number; bytes: number; partitionCount: number }>();
  const choose = (args: PartitionerArgs, previous: number): number => {
    const pool = args.availablePartitions.length > 0 ? args.availablePartitions : null;
    const size = pool === null ? args.partitionCount : pool.length;
    if (size === 1) return pool === null ? 0 : pool[0]!;
    // Never the partition just left, so a switch really spreads the load.
    for (let attempt = 0; attempt < 8; attempt++) {
      const i = context.random.int(size);
      const candidate = pool === null ? i : pool[i]!;
      if (candidate !== previous) return candidate;
    }
    return pool === null ? (previous + 1) % args.partitionCount : pool[0]!;
  };
  return (args) => {
    let state = sticky.get(args.topic);
    if (state === undefined || state.partitionCount !== args.partitionCount || state.bytes >= context.batchSizeBytes) {
      state = { partition: choose(args, state?.partition ?? -1), bytes: 0, partitionCount: args.partitionCount };
      sticky.set(args.topic, state);
    }
    state.bytes += args.recordBytes;
    return state.partition;
  };
}

/** Kafka's default: murmur2 of the key, or sticky for records without one. */
export const defaultPartitioner: PartitionerFactory = (context) => {
  const sticky = stickyPartitioner(context);
  return (args) => (args.key === null ? sticky(args) : partitionForKey(args.key, args.partitionCount));
};

/** Round robin over every partition, ignoring keys (kafkajs users' "no stickiness" choice). */
export const roundRobinPartitioner: PartitionerFactory = () => {
  const next = new Map<string, number>();
  return (args) => {
    const n = next.get(args.topic) ?? 0;
    next.set(args.topic, n + 1);
    return n % args.partitionCount;
  };
};
