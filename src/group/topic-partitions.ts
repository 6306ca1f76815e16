// Sets of topic partitions as immutable values: the currency of assignments,
// reconciliation and group records. Pure: no I/O, no clock.
//
// Invariants of every TopicPartitions this module returns: topics iterate in
// code-unit order, each topic's partitions are sorted ascending without
// duplicates, and no topic maps to an empty list. So two equal sets have the
// same iteration order, encode to the same bytes, and compare with `equal`.

/** topic → sorted, distinct partition ids; no empty entries. */
export type TopicPartitions = ReadonlyMap<string, readonly number[]>;

/** The list form used on the wire and in responses. */
export interface TopicPartitionList {
  readonly topic: string;
  readonly partitions: readonly number[];
}

export const emptyTopicPartitions: TopicPartitions = new Map();

/** Deterministic string order (code units), independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Normalizes any (topic, partitions) pairs: merges repeated topics, sorts, drops duplicates and empty topics. */
export function topicPartitions(entries: Iterable<readonly [string, Iterable<number>]>): TopicPartitions {
  const merged = new Map<string, Set<number>>();
  for (const [topic, partitions] of entries) {
    let set = merged.get(topic);
    if (set === undefined) {
      set = new Set();
      merged.set(topic, set);
    }
    for (const partition of partitions) set.add(partition);
  }
  const result = new Map<string, readonly number[]>();
  for (const topic of [...merged.keys()].sort(compareStrings)) {
    const partitions = [...merged.get(topic)!].sort((a, b) => a - b);
    if (partitions.length > 0) result.set(topic, partitions);
  }
  return result;
}

export function fromList(list: readonly TopicPartitionList[]): TopicPartitions {
  return topicPartitions(list.map((entry) => [entry.topic, entry.partitions] as const));
}

export function toList(set: TopicPartitions): TopicPartitionList[] {
  return [...set].map(([topic, partitions]) => ({ topic, partitions: [...partitions] }));
}

export function count(set: TopicPartitions): number {
  let total = 0;
  for (const partitions of set.values()) total += partitions.length;
  return total;
}

export function isEmpty(set: TopicPartitions): boolean {
  return set.size === 0;
}

export function contains(set: TopicPartitions, topic: string, partition: number): boolean {
  return set.get(topic)?.includes(partition) ?? false;
}

/** Keeps the partitions for which `keep` holds. */
export function filter(set: TopicPartitions, keep: (topic: string, partition: number) => boolean): TopicPartitions {
  return topicPartitions([...set].map(([topic, partitions]) => [topic, partitions.filter((p) => keep(topic, p))] as const));
}

export function union(a: TopicPartitions, b: TopicPartitions): TopicPartitions {
  if (isEmpty(a)) return b;
  if (isEmpty(b)) return a;
  return topicPartitions([...a, ...b]);
}

/** a \ b */
export function minus(a: TopicPartitions, b: TopicPartitions): TopicPartitions {
  if (isEmpty(a) || isEmpty(b)) return a;
  return combine(a, b, false);
}

export function intersect(a: TopicPartitions, b: TopicPartitions): TopicPartitions {
  if (isEmpty(a) || isEmpty(b)) return emptyTopicPartitions;
  return combine(a, b, true);
}

/** a ∩ b (inBoth) or a \ b (!inBoth), in O(|a| + |b|) per topic; a's order is kept, so the result stays normalized. */
function combine(a: TopicPartitions, b: TopicPartitions, inBoth: boolean): TopicPartitions {
  const result = new Map<string, readonly number[]>();
  for (const [topic, partitions] of a) {
    const other = b.get(topic);
    const otherSet = other === undefined ? null : new Set(other);
    const kept = partitions.filter((p) => (otherSet?.has(p) ?? false) === inBoth);
    if (kept.length > 0) result.set(topic, kept);
  }
  return result;
}

export function intersects(a: TopicPartitions, b: TopicPartitions): boolean {
  for (const [topic, partitions] of a) {
    const other = b.get(topic);
    if (other === undefined) continue;
    const otherSet = new Set(other);
    if (partitions.some((p) => otherSet.has(p))) return true;
  }
  return false;
}

export function isSubset(a: TopicPartitions, b: TopicPartitions): boolean {
  for (const [topic, partitions] of a) {
    const other = b.get(topic);
    if (other === undefined) return false;
    const otherSet = new Set(other);
    if (partitions.some((p) => !otherSet.has(p))) return false;
  }
  return true;
}

export function equal(a: TopicPartitions, b: TopicPartitions): boolean {
  if (a.size !== b.size) return false;
  for (const [topic, partitions] of a) {
    const other = b.get(topic);
    if (other === undefined || other.length !== partitions.length) return false;
    for (let i = 0; i < partitions.length; i++) if (partitions[i] !== other[i]) return false;
  }
  return true;
}
