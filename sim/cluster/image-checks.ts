// Invariants of one committed MetadataImage, and of two successive ones, as
// pure functions: they return the broken rules as sentences (empty when all
// hold). The cluster checker runs them on every new committed image; the
// checker-teeth tests feed them deliberately broken images. Sources:
// Jepsen/Kafka "the leader is in the ISR or the partition is offline"
// (sim-digest §2b ii), KIP-966 (ISR and ELR are disjoint replica subsets),
// Kafka's PartitionRegistration.merge (a leader change bumps leaderEpoch,
// every change bumps partitionEpoch, neither ever goes back) and the broker
// lifecycle (kraft-digest §1.5: a fenced or shutting-down broker leads
// nothing and is in no ISR), and Skiff's restart rules (src/controller/
// commands.ts registerBroker: a broker back on other disks leaves the ELR;
// with durable acks only a lost disk empties the replicas known to hold
// every committed record).

import type { MetadataImage, PartitionImage } from '../../src/metadata/image.js';
import { noLeader } from '../../src/metadata/records.js';

/** Per-partition structure and the broker-state rules, on one image. */
export function partitionViolations(image: MetadataImage): string[] {
  const out: string[] = [];
  for (const topic of image.topicsById.values()) {
    for (const p of topic.partitions.values()) {
      const where = `${topic.name}-${p.partition} (topic ${topic.topicId}) at offset ${image.offset}`;
      checkPartitionShape(p, where, out);
      if (p.leader !== noLeader) {
        const broker = image.brokers.get(p.leader);
        if (broker === undefined) out.push(`leader-is-registered: ${where} is led by unregistered broker ${p.leader}`);
        else if (broker.fenced) out.push(`fenced-broker-leads-nothing: ${where} is led by fenced broker ${p.leader} (epoch ${broker.brokerEpoch})`);
        else if (broker.inControlledShutdown) out.push(`shutting-down-broker-leads-nothing: ${where} is led by broker ${p.leader}, which is in controlled shutdown`);
      }
      for (const id of p.isr) {
        const broker = image.brokers.get(id);
        if (broker === undefined || broker.fenced || broker.inControlledShutdown) {
          out.push(`isr-members-active: ${where} has broker ${id} in its ISR [${p.isr.join(',')}] but it is ${broker === undefined ? 'unregistered' : broker.fenced ? 'fenced' : 'in controlled shutdown'}`);
        }
      }
      if (out.length >= 10) return out;
    }
  }
  return out;
}

function checkPartitionShape(p: PartitionImage, where: string, out: string[]): void {
  const show = `replicas [${p.replicas.join(',')}] isr [${p.isr.join(',')}] elr [${p.elr.join(',')}] leader ${p.leader}`;
  if (p.leader !== noLeader && !p.isr.includes(p.leader)) out.push(`leader-in-isr: ${where} ${show}: the leader is not in the ISR and the partition is not offline`);
  if (new Set(p.replicas).size !== p.replicas.length || p.replicas.length === 0) out.push(`replicas-distinct: ${where} ${show}`);
  if (new Set(p.isr).size !== p.isr.length || !p.isr.every((id) => p.replicas.includes(id))) out.push(`isr-subset-of-replicas: ${where} ${show}`);
  if (new Set(p.elr).size !== p.elr.length || !p.elr.every((id) => p.replicas.includes(id))) out.push(`elr-subset-of-replicas: ${where} ${show}`);
  if (p.isr.some((id) => p.elr.includes(id))) out.push(`isr-elr-disjoint: ${where} ${show}`);
  if (!(p.leaderEpoch >= 0 && p.partitionEpoch >= 0)) out.push(`epochs-non-negative: ${where} leaderEpoch ${p.leaderEpoch} partitionEpoch ${p.partitionEpoch}`);
}

/**
 * From one image to a later one (same topic id): leaderEpoch and
 * partitionEpoch never decrease; a new leader comes with a higher
 * leaderEpoch; any change of replicas, ISR, ELR or leader comes with a higher
 * partitionEpoch. Topics are compared by id, so a deleted and re-created
 * name starts afresh. Cheap when little changed: untouched topics and
 * partitions are the same objects in both images (persistent maps).
 */
export function epochRegressions(previous: MetadataImage, next: MetadataImage): string[] {
  const out: string[] = [];
  if (previous.topicsById === next.topicsById) return out;
  for (const topic of next.topicsById.values()) {
    const before = previous.topicsById.get(topic.topicId);
    if (before === undefined || before.partitions === topic.partitions) continue;
    for (const p of topic.partitions.values()) {
      const q = before.partitions.get(p.partition);
      if (q === undefined || q === p) continue;
      const where = `${topic.name}-${p.partition} from offset ${previous.offset} to ${next.offset}`;
      if (p.leaderEpoch < q.leaderEpoch) out.push(`monotonic-leader-epoch: ${where}: leaderEpoch ${q.leaderEpoch} -> ${p.leaderEpoch}`);
      if (p.partitionEpoch < q.partitionEpoch) out.push(`monotonic-partition-epoch: ${where}: partitionEpoch ${q.partitionEpoch} -> ${p.partitionEpoch}`);
      if (p.leader !== q.leader && p.leaderEpoch <= q.leaderEpoch) out.push(`new-leader-new-epoch: ${where}: leader ${q.leader} -> ${p.leader} kept leaderEpoch ${q.leaderEpoch} -> ${p.leaderEpoch}`);
      const changed = p.leader !== q.leader || !sameList(p.replicas, q.replicas) || !sameList(p.isr, q.isr) || !sameList(p.elr, q.elr);
      if (changed && p.partitionEpoch <= q.partitionEpoch) out.push(`change-bumps-partition-epoch: ${where}: changed but partitionEpoch ${q.partitionEpoch} -> ${p.partitionEpoch}`);
      if (out.length >= 10) return out;
    }
  }
  return out;
}

/**
 * The restart rules (src/controller/commands.ts registerBroker), from one
 * committed image to the next:
 * - lost-data-leaves-elr: a broker that came back as a new incarnation on
 *   other disks (other directory ids, or none known), or at all when acks are
 *   not durable, is in no partition's ELR — it may not hold committed records.
 * - committed-replicas-kept (durable acks, log.flush.on.ack, only): a
 *   partition's ISR ∪ ELR — the replicas known to hold every committed
 *   record — is emptied only by a lost disk: one of its members came back on
 *   other disks. A restart on intact disks keeps the broker in the ELR, so a
 *   power loss on every node never takes a partition offline for good.
 */
export function restartViolations(previous: MetadataImage, next: MetadataImage, durableAcks: boolean): string[] {
  const out: string[] = [];
  if (previous.brokers === next.brokers && previous.topicsById === next.topicsById) return out;
  const lostData = new Set<number>();
  const lostDisk = new Set<number>();
  for (const after of next.brokers.values()) {
    const before = previous.brokers.get(after.brokerId);
    if (before === undefined || before.incarnationId === after.incarnationId) continue;
    const sameDisks = before.logDirIds.length > 0 && sameStrings(before.logDirIds, after.logDirIds);
    if (!sameDisks) lostDisk.add(after.brokerId);
    if (!sameDisks || !durableAcks) lostData.add(after.brokerId);
  }
  for (const topic of next.topicsById.values()) {
    const before = previous.topicsById.get(topic.topicId);
    const changed = before !== undefined && before.partitions !== topic.partitions;
    if (lostData.size === 0 && !changed) continue;
    for (const p of topic.partitions.values()) {
      const where = `${topic.name}-${p.partition} from offset ${previous.offset} to ${next.offset}`;
      for (const id of p.elr) {
        if (lostData.has(id)) out.push(`lost-data-leaves-elr: ${where}: broker ${id} came back ${lostDisk.has(id) ? 'on other disks' : 'without durable acks'}, yet it is in elr [${p.elr.join(',')}]`);
      }
      const q = changed ? before.partitions.get(p.partition) : undefined;
      if (!durableAcks || q === undefined || q === p || p.isr.length + p.elr.length > 0) continue;
      const holders = [...q.isr, ...q.elr];
      if (holders.length === 0 || holders.some((id) => lostDisk.has(id))) continue;
      out.push(`committed-replicas-kept: ${where}: isr [${q.isr.join(',')}] elr [${q.elr.join(',')}] -> isr [] elr [], yet none of them lost its disk`);
      if (out.length >= 10) return out;
    }
  }
  return out;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
