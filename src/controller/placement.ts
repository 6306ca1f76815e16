// Replica placement for new partitions (DESIGN.md §5): spread replicas and
// preferred leaders evenly over the usable brokers, and across racks when
// brokers declare `broker.rack`.
//
// Greedy on current load rather than Kafka's fixed round-robin with a random
// start: each partition's preferred leader is the broker leading the fewest
// partitions so far (counting existing topics), and its followers are the
// brokers holding the fewest replicas, on racks the partition does not use yet
// while any remain. Leadership stays within one partition per broker, replicas
// within two (the leader choice can land on a broker one above the minimum). Load-aware placement keeps a cluster balanced as
// topics come and go, and it is deterministic — ties break on the lowest
// (rotated) broker id — so every replay and the simulator agree.

import { SkiffError } from '../common/errors.js';

export interface PlacementBroker {
  readonly id: number;
  readonly rack: string | null;
}

export interface BrokerLoad {
  /** Replicas (of any partition) the broker already holds. */
  readonly replicas: number;
  /** Partitions whose preferred leader it already is. */
  readonly leaders: number;
}

export interface PlacementRequest {
  readonly brokers: readonly PlacementBroker[];
  readonly partitions: number;
  readonly replicationFactor: number;
  /** Existing load per broker id (absent = none). */
  readonly load?: ReadonlyMap<number, BrokerLoad>;
  /** Rotates tie-breaking so equal-load clusters do not always start at the lowest id. */
  readonly rotation?: number;
}

/** Returns one replica list per partition, preferred leader first. */
export function placeReplicas(request: PlacementRequest): number[][] {
  const { brokers, partitions, replicationFactor } = request;
  if (replicationFactor < 1) throw new SkiffError('INVALID_REPLICATION_FACTOR', `replication factor must be at least 1, got ${replicationFactor}`);
  if (replicationFactor > brokers.length) {
    throw new SkiffError('INVALID_REPLICATION_FACTOR', `replication factor ${replicationFactor} is larger than the ${brokers.length} available brokers`);
  }
  const sorted = [...brokers].sort((a, b) => a.id - b.id);
  const rotation = ((request.rotation ?? 0) % sorted.length + sorted.length) % sorted.length;
  const order = new Map(sorted.map((b, i) => [b.id, (i - rotation + sorted.length) % sorted.length]));
  const replicas = new Map(sorted.map((b) => [b.id, request.load?.get(b.id)?.replicas ?? 0]));
  const leaders = new Map(sorted.map((b) => [b.id, request.load?.get(b.id)?.leaders ?? 0]));
  const rackCount = new Set(sorted.map((b) => b.rack ?? '')).size;

  const byLoad = (primary: Map<number, number>, secondary: Map<number, number>) => (a: PlacementBroker, b: PlacementBroker): number =>
    primary.get(a.id)! - primary.get(b.id)! || secondary.get(a.id)! - secondary.get(b.id)! || order.get(a.id)! - order.get(b.id)!;

  const result: number[][] = [];
  for (let p = 0; p < partitions; p++) {
    // The preferred leader first: the broker leading the fewest partitions
    // (fewest replicas breaks ties), so leadership stays within one.
    const leader = [...sorted].sort(byLoad(leaders, replicas))[0]!;
    // Then followers on the brokers holding the fewest replicas, one rack at a time while racks remain.
    const chosen: PlacementBroker[] = [leader];
    while (chosen.length < replicationFactor) {
      const usedRacks = new Set(chosen.map((b) => b.rack ?? ''));
      const candidates = sorted.filter((b) => !chosen.includes(b));
      const fresh = usedRacks.size < rackCount ? candidates.filter((b) => !usedRacks.has(b.rack ?? '')) : candidates;
      chosen.push([...fresh].sort(byLoad(replicas, leaders))[0]!);
    }
    for (const b of chosen) replicas.set(b.id, replicas.get(b.id)! + 1);
    leaders.set(leader.id, leaders.get(leader.id)! + 1);
    result.push(chosen.map((b) => b.id));
  }
  return result;
}
