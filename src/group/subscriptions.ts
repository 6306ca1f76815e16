// What a group subscribes to: topic names and full-match regular expressions
// resolved against the metadata image, the partition metadata (topic →
// partition count) whose change bumps the group epoch, and the assignor the
// members prefer. Pure functions over a ConsumerGroup and a TopicsView.
//
// Regular expressions come from clients: they are length-capped, compiled
// once into a bounded cache, and matched only against topic names.

import type { TopicsView } from './api.js';
import type { ConsumerGroup } from './consumer-group.js';
import type { MemberMetadataValue } from './records.js';
import { compareStrings } from './topic-partitions.js';

export const maxRegexLength = 1024;
const regexCacheSize = 1024;
const regexCache = new Map<string, RegExp>();

/** The compiled full-match form of a subscription regex, or null when it does not compile. */
export function compileTopicRegex(source: string): RegExp | null {
  const cached = regexCache.get(source);
  if (cached !== undefined) return cached;
  if (source.length > maxRegexLength) return null;
  let compiled: RegExp;
  try {
    compiled = new RegExp(`^(?:${source})$`, 'u');
  } catch {
    return null;
  }
  if (regexCache.size >= regexCacheSize) regexCache.delete(regexCache.keys().next().value!);
  regexCache.set(source, compiled);
  return compiled;
}

/** A member's subscription change: the metadata it had (null: new) and has after (null: gone). */
export interface SubscriptionChange {
  readonly before: MemberMetadataValue | null;
  readonly after: MemberMetadataValue | null;
}

/**
 * The group's partition metadata after `changes`: the partition count of
 * every existing topic some member subscribes to, by name or regex, sorted by
 * topic.
 */
export function partitionMetadataAfter(group: ConsumerGroup, changes: readonly SubscriptionChange[], topics: TopicsView): Map<string, number> {
  const names = new Map(group.subscribedTopicNameCounts);
  const regexes = new Map(group.subscribedRegexCounts);
  for (const { before, after } of changes) {
    if (before !== null) adjust(names, regexes, before, -1);
    if (after !== null) adjust(names, regexes, after, +1);
  }
  const subscribed = new Set<string>();
  for (const name of names.keys()) if (topics.partitionCount(name) !== undefined) subscribed.add(name);
  const compiled = [...regexes.keys()].map(compileTopicRegex).filter((r): r is RegExp => r !== null);
  if (compiled.length > 0) {
    for (const name of topics.topicNames()) if (compiled.some((r) => r.test(name))) subscribed.add(name);
  }
  return new Map([...subscribed].sort(compareStrings).map((name) => [name, topics.partitionCount(name)!]));
}

function adjust(names: Map<string, number>, regexes: Map<string, number>, metadata: MemberMetadataValue, delta: 1 | -1): void {
  for (const name of new Set(metadata.subscribedTopicNames)) bump(names, name, delta);
  if (metadata.subscribedTopicRegex !== null) bump(regexes, metadata.subscribedTopicRegex, delta);
}

function bump(counts: Map<string, number>, key: string, delta: 1 | -1): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/** The topics of `partitionMetadata` a member subscribes to, by name or regex. */
export function resolveSubscription(metadata: MemberMetadataValue, partitionMetadata: ReadonlyMap<string, number>): Set<string> {
  const resolved = new Set<string>();
  for (const name of metadata.subscribedTopicNames) if (partitionMetadata.has(name)) resolved.add(name);
  const regex = metadata.subscribedTopicRegex === null ? null : compileTopicRegex(metadata.subscribedTopicRegex);
  if (regex !== null) for (const name of partitionMetadata.keys()) if (regex.test(name)) resolved.add(name);
  return resolved;
}

export function samePartitionMetadata(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [topic, count] of a) if (b.get(topic) !== count) return false;
  return true;
}

export function sameSubscription(a: MemberMetadataValue, b: MemberMetadataValue): boolean {
  return (
    a.subscribedTopicRegex === b.subscribedTopicRegex &&
    a.serverAssignor === b.serverAssignor &&
    a.subscribedTopicNames.length === b.subscribedTopicNames.length &&
    a.subscribedTopicNames.every((name, i) => b.subscribedTopicNames[i] === name)
  );
}

/** The assignor most members ask for (ties: the first by name), else the configured default. */
export function preferredAssignor(members: Iterable<MemberMetadataValue>, defaultAssignor: string): string {
  const votes = new Map<string, number>();
  for (const member of members) if (member.serverAssignor !== null) votes.set(member.serverAssignor, (votes.get(member.serverAssignor) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of votes) {
    const bestCount = best === null ? 0 : votes.get(best)!;
    if (count > bestCount || (count === bestCount && best !== null && compareStrings(name, best) < 0)) best = name;
  }
  return best ?? defaultAssignor;
}
