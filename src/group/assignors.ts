// Server-side partition assignors (KIP-848): from the members' subscriptions
// and the topics' partition counts, the target assignment of a group epoch.
// Pure and deterministic: the same spec gives the same result whatever the
// order of its maps; no I/O, no clock, no randomness.
//
// Invariants of every result: each partition of a topic that some member
// subscribes to is assigned to exactly one member that subscribes to it;
// nothing else is assigned; every member of the spec has an entry.
// `uniform` also balances (within 1 when all members subscribe to the same
// topics) and is sticky: it keeps each member's current assignment where the
// balance allows, so adding a member moves only partitions to that member.

import { assert } from '../common/assert.js';
import { compareStrings, emptyTopicPartitions, topicPartitions, type TopicPartitions } from './topic-partitions.js';

export interface AssignmentMember {
  /** Topic names the member subscribes to (regular expressions already resolved). */
  readonly subscribedTopics: ReadonlySet<string>;
  readonly instanceId: string | null;
  /** The member's partitions in the previous target assignment: what stickiness preserves. */
  readonly currentAssignment: TopicPartitions;
}

export interface AssignmentSpec {
  readonly members: ReadonlyMap<string, AssignmentMember>;
  /** Partition count of each existing topic; topics absent here are not assigned. */
  readonly partitionCounts: ReadonlyMap<string, number>;
}

export type GroupAssignment = Map<string, TopicPartitions>;

export interface Assignor {
  readonly name: string;
  assign(spec: AssignmentSpec): GroupAssignment;
}

// --- range ---------------------------------------------------------------

/**
 * Kafka's range assignor, per topic: the topic's subscribers sorted by
 * instance id (else member id) each take a contiguous range; the first
 * `partitions % subscribers` of them take one more.
 */
export const rangeAssignor: Assignor = {
  name: 'range',
  assign(spec) {
    const order = [...spec.members.keys()].sort((a, b) => {
      const ka = spec.members.get(a)!.instanceId ?? a;
      const kb = spec.members.get(b)!.instanceId ?? b;
      return compareStrings(ka, kb) || compareStrings(a, b);
    });
    const owned = new Map<string, [string, number[]][]>(order.map((id) => [id, []]));
    for (const topic of [...spec.partitionCounts.keys()].sort(compareStrings)) {
      const subscribers = order.filter((id) => spec.members.get(id)!.subscribedTopics.has(topic));
      if (subscribers.length === 0) continue;
      const partitionCount = spec.partitionCounts.get(topic)!;
      const perMember = Math.floor(partitionCount / subscribers.length);
      const extra = partitionCount % subscribers.length;
      let start = 0;
      subscribers.forEach((id, index) => {
        const length = perMember + (index < extra ? 1 : 0);
        owned.get(id)!.push([topic, range(start, start + length)]);
        start += length;
      });
      assert(start === partitionCount, 'range assignor must assign every partition');
    }
    return new Map(order.map((id) => [id, topicPartitions(owned.get(id)!)]));
  },
};

function range(from: number, to: number): number[] {
  const result: number[] = [];
  for (let i = from; i < to; i++) result.push(i);
  return result;
}

// --- uniform -------------------------------------------------------------

/** The uniform assignor's working state: partitions are numbered 0..n-1 in (topic, partition) order. */
interface Workspace {
  readonly memberIds: readonly string[];
  readonly subscriptions: readonly ReadonlySet<string>[];
  readonly topicOf: readonly string[];
  readonly partitionOf: readonly number[];
  /** topic → index of its partition 0 */
  readonly topicStart: ReadonlyMap<string, number>;
  /** Members subscribed to each topic, in member order. */
  readonly subscribers: ReadonlyMap<string, readonly number[]>;
  /** partition index → member index, or -1. */
  readonly owner: Int32Array;
  /** 1 when the owner kept the partition from its current assignment. */
  readonly sticky: Uint8Array;
  readonly owned: Set<number>[];
}

/**
 * Balanced and sticky (Kafka's UniformAssignor, simplified): keep each
 * member's still-valid current partitions, give every free partition to the
 * least-loaded subscriber, then move partitions from the most- to the
 * least-loaded members while some subscriber has two fewer than an owner.
 */
export const uniformAssignor: Assignor = {
  name: 'uniform',
  assign(spec) {
    const ws = buildWorkspace(spec);
    keepCurrentAssignments(ws, spec);
    assignFreePartitions(ws);
    rebalance(ws);
    return new Map(
      ws.memberIds.map((id, m) => {
        const owned = [...ws.owned[m]!].map((i) => [ws.topicOf[i]!, [ws.partitionOf[i]!]] as const);
        return [id, owned.length === 0 ? emptyTopicPartitions : topicPartitions(owned)];
      }),
    );
  },
};

function buildWorkspace(spec: AssignmentSpec): Workspace {
  const memberIds = [...spec.members.keys()].sort(compareStrings);
  const subscriptions = memberIds.map((id) => spec.members.get(id)!.subscribedTopics);
  const topicOf: string[] = [];
  const partitionOf: number[] = [];
  const topicStart = new Map<string, number>();
  const subscribers = new Map<string, number[]>();
  for (const topic of [...spec.partitionCounts.keys()].sort(compareStrings)) {
    const members = memberIds.flatMap((_, m) => (subscriptions[m]!.has(topic) ? [m] : []));
    if (members.length === 0) continue;
    subscribers.set(topic, members);
    topicStart.set(topic, topicOf.length);
    for (let p = 0; p < spec.partitionCounts.get(topic)!; p++) {
      topicOf.push(topic);
      partitionOf.push(p);
    }
  }
  const n = topicOf.length;
  return {
    memberIds,
    subscriptions,
    topicOf,
    partitionOf,
    topicStart,
    subscribers,
    owner: new Int32Array(n).fill(-1),
    sticky: new Uint8Array(n),
    owned: memberIds.map(() => new Set<number>()),
  };
}

function take(ws: Workspace, member: number, index: number): void {
  ws.owner[index] = member;
  ws.owned[member]!.add(index);
}

/** Keeps current partitions that still exist and are still subscribed; a partition claimed twice goes to the first member in order. */
function keepCurrentAssignments(ws: Workspace, spec: AssignmentSpec): void {
  ws.memberIds.forEach((id, m) => {
    for (const [topic, partitions] of spec.members.get(id)!.currentAssignment) {
      const start = ws.topicStart.get(topic);
      if (start === undefined || !ws.subscriptions[m]!.has(topic)) continue;
      const partitionCount = spec.partitionCounts.get(topic)!;
      for (const p of partitions) {
        if (p >= partitionCount || ws.owner[start + p] !== -1) continue;
        take(ws, m, start + p);
        ws.sticky[start + p] = 1;
      }
    }
  });
}

function assignFreePartitions(ws: Workspace): void {
  for (let i = 0; i < ws.owner.length; i++) {
    if (ws.owner[i] !== -1) continue;
    let best = -1;
    for (const m of ws.subscribers.get(ws.topicOf[i]!)!) {
      if (best === -1 || ws.owned[m]!.size < ws.owned[best]!.size) best = m;
    }
    take(ws, best, i);
  }
}

/**
 * Moves one partition at a time from a most-loaded member to a least-loaded
 * subscriber with at least two fewer. Each move lowers the sum of squared
 * loads by ≥ 2, so the loop ends; the bound only guards against a bug.
 */
function rebalance(ws: Workspace): void {
  const maxMoves = ws.owner.length * ws.owner.length + 1;
  for (let moves = 0; moves < maxMoves; moves++) {
    const move = findMove(ws);
    if (move === null) return;
    ws.owned[move.from]!.delete(move.index);
    ws.sticky[move.index] = 0;
    take(ws, move.to, move.index);
  }
  assert(false, 'uniform assignor: rebalance did not converge');
}

function findMove(ws: Workspace): { from: number; to: number; index: number } | null {
  const load = (m: number): number => ws.owned[m]!.size;
  const members = ws.memberIds.map((_, m) => m);
  const donors = [...members].sort((a, b) => load(b) - load(a) || a - b);
  const receivers = [...members].sort((a, b) => load(a) - load(b) || a - b);
  for (const from of donors) {
    for (const to of receivers) {
      if (load(to) > load(from) - 2) break;
      const index = pickMovable(ws, from, to);
      if (index !== -1) return { from, to, index };
    }
  }
  return null;
}

/** A partition of `from` that `to` subscribes to: one `from` did not keep from before if any, else the highest. */
function pickMovable(ws: Workspace, from: number, to: number): number {
  let best = -1;
  for (const index of ws.owned[from]!) {
    if (!ws.subscriptions[to]!.has(ws.topicOf[index]!)) continue;
    if (best === -1 || ws.sticky[index]! < ws.sticky[best]! || (ws.sticky[index] === ws.sticky[best] && index > best)) best = index;
  }
  return best;
}

export const builtInAssignors: ReadonlyMap<string, Assignor> = new Map([
  [uniformAssignor.name, uniformAssignor],
  [rangeAssignor.name, rangeAssignor],
]);
