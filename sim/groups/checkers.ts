// Offline checkers of the `groups` scenario, over the history of history.ts.
// Each names its property and where it comes from; each returns the
// violations it finds (empty = OK) and changes nothing.
//
// What is checkable, and from where. The coordinator's committed state is
// the truth about ownership (KIP-848: the group's records in
// __consumer_offsets; a partition goes to a new member only once its
// previous owner acknowledged the revocation or was fenced). A consumer's
// own view can lag it: a member cut off from the coordinator (paused,
// partitioned, talking to a deposed coordinator) still believes it owns its
// partitions after the coordinator fenced it and gave them away — a zombie,
// which Kafka allows until the member hears UNKNOWN_MEMBER_ID /
// FENCED_MEMBER_EPOCH; its commits are then refused. So:
//
// - one-owner-per-partition (KIP-848, "revocation before assignment";
//   Kafka's CurrentAssignmentBuilder): in every DescribeGroups answer, a
//   partition is in at most one member's assigned ∪ pending-revocation set.
// - member-holds-only-assigned (KIP-848 reconciliation, member side: consume
//   only what the coordinator assigned, stop before acknowledging a
//   revocation): if a consumer held a partition over a whole authoritative
//   DescribeGroups window and the answer lists that member, the answer shows
//   the member owning that partition. With one-owner-per-partition this means
//   no two members the coordinator still counts hold a partition at once.
// - exclusive-ownership (the consumer's side of the same property, from
//   the Consumer's own events only): two members' ownership intervals of a
//   partition (partitions.assigned to partitions.revoked) never overlap,
//   unless one of the two was a zombie — its ownership ended with the
//   partitions lost (it learned it had been fenced), or it died or stopped
//   without learning whether it had been (crashed, closed), or this workload
//   froze it or cut it off during that interval (so the coordinator may have
//   fenced it while it was still finishing a revocation). In a normal
//   handoff the old owner's revoked event precedes its acknowledgement,
//   which precedes the new owner's assignment.
// - processing-within-ownership (the rebalance-listener contract, kafkajs /
//   Kafka ConsumerRebalanceListener): a member's handler gets a record of a
//   partition only between its partitions.assigned and partitions.revoked.
// - contiguous-within-ownership (Jepsen `:int-poll-skip` /
//   `:int-nonmonotonic-poll`): within one ownership interval a member handles
//   consecutive offsets, each once (no compaction or transactions here).
// - committed-offsets-monotonic (sim-digest §2b (v); Kafka's commit
//   semantics): a group's committed offset of a partition never decreases
//   between two authoritative OffsetFetch answers in real-time order (this
//   workload never resets offsets).
// - commit-covers-processed (at-least-once: Kafka commits offsets of
//   processed records only): every offset below a committed offset was
//   handled by the group before the answer that showed it.
// - no-divergence (Jepsen `:inconsistent-offsets`): one value per
//   (partition, offset) across acknowledged sends and handled records.
// - every-ack-processed (the issue's at-least-once property; Jepsen
//   `:unseen`): after the drain, each group handled every acknowledged value.
// - group-drains (liveness after the heal): each group's committed offsets
//   reached every partition's high watermark, and the coordinator's members
//   are exactly the consumers still running (the dead ones' sessions expired,
//   the paused ones were fenced and rejoined).
// - consumer-keeps-running: no consumer gave up with a fatal error; every
//   fault here is one the group protocol is meant to ride out.
//
// Authoritative answers. A deposed coordinator that has not heard of its
// deposition (partitioned from the controller but reachable by clients) still
// answers from its old state: a stale read, which Kafka allows. Only an answer
// from the node that, when the request was sent and when the answer came,
// led the group's offsets partition in the latest committed metadata, in one
// leader epoch and incarnation, with its own replica agreeing, is
// authoritative; the cross-time checks use only those. (Such a leader loaded
// the partition and waited for its high watermark to cover the load before
// serving, so its state holds every record committed under earlier leaders.)

import type { Disturbance, GroupsHistory, GroupSample, IntervalEnd, OffsetSample, OwnershipInterval, ProcessedRecord, SampleWindow } from './history.js';

export const groupsInvariants = [
  'one-owner-per-partition',
  'member-holds-only-assigned',
  'exclusive-ownership',
  'processing-within-ownership',
  'contiguous-within-ownership',
  'committed-offsets-monotonic',
  'commit-covers-processed',
  'no-divergence',
  'every-ack-processed',
  'group-drains',
  'consumer-keeps-running',
] as const;
export type GroupsInvariant = (typeof groupsInvariants)[number];

export interface GroupsViolation {
  readonly invariant: GroupsInvariant;
  readonly detail: string;
  readonly timeMs?: number;
}

export interface GroupsCheckStats {
  readonly acked: number;
  readonly processed: number;
  readonly intervals: number;
  readonly intervalEnds: Readonly<Record<IntervalEnd, number>>;
  readonly groupSamples: number;
  readonly groupSamplesAuthoritative: number;
  readonly offsetSamples: number;
  readonly offsetSamplesAuthoritative: number;
  /** Overlapping ownership intervals excused because one side was a zombie. */
  readonly zombieOverlaps: number;
}

/** At most this many violations per invariant, then one summary line. */
const maxPerInvariant = 20;

/** Ownership ends after which a member may have been a zombie: it was fenced, or never learned whether it was. */
const zombieEnds: ReadonlySet<IntervalEnd> = new Set<IntervalEnd>(['lost', 'crashed', 'closed']);

/** Whether the answer came from the group's coordinator in the committed metadata throughout (see the file comment). */
export function isAuthoritative(sample: SampleWindow): boolean {
  const a = sample.leaderAtSend;
  const b = sample.leaderAtRecv;
  return (
    a !== null &&
    b !== null &&
    a.node === sample.node &&
    b.node === sample.node &&
    a.leaderEpoch === b.leaderEpoch &&
    a.incarnation === b.incarnation &&
    a.incarnation >= 0 &&
    a.nodeAgrees &&
    b.nodeAgrees
  );
}

class Findings {
  readonly list: GroupsViolation[] = [];
  private readonly counts = new Map<GroupsInvariant, number>();

  add(invariant: GroupsInvariant, detail: string, timeMs?: number): void {
    const n = (this.counts.get(invariant) ?? 0) + 1;
    this.counts.set(invariant, n);
    if (n <= maxPerInvariant) this.list.push(timeMs === undefined ? { invariant, detail } : { invariant, detail, timeMs });
  }

  done(): GroupsViolation[] {
    for (const [invariant, n] of this.counts) {
      if (n > maxPerInvariant) this.list.push({ invariant, detail: `... and ${n - maxPerInvariant} more` });
    }
    return this.list;
  }
}

const tpKey = (topic: string, partition: number): string => `${topic}#${partition}`;
const gtpKey = (group: string, topic: string, partition: number): string => `${group}\u0000${topic}#${partition}`;

function contains(interval: OwnershipInterval, seq: number): boolean {
  return interval.startSeq < seq && (interval.endSeq === null || seq < interval.endSeq);
}

function describeInterval(i: OwnershipInterval): string {
  return `${i.member} [${i.startMs}..${i.endMs ?? 'end'} ms, ${i.end}]`;
}

export function checkGroupsHistory(history: GroupsHistory): { violations: GroupsViolation[]; stats: GroupsCheckStats } {
  const findings = new Findings();
  const intervalsByPartition = new Map<string, OwnershipInterval[]>();
  for (const interval of history.intervals) {
    const key = gtpKey(interval.group, interval.topic, interval.partition);
    const list = intervalsByPartition.get(key);
    if (list === undefined) intervalsByPartition.set(key, [interval]);
    else list.push(interval);
  }
  checkSnapshotOwners(history.groupSamples, findings);
  checkMembersHoldAssigned(history, findings);
  checkProcessing(history.processed, intervalsByPartition, findings);
  const zombieOverlaps = checkExclusiveOwnership(intervalsByPartition, history.disturbances, history.processed, findings);
  const authoritativeOffsets = history.offsetSamples.filter(isAuthoritative);
  checkOffsetsMonotonic(authoritativeOffsets, findings);
  checkCommitsCoverProcessed(authoritativeOffsets, history.processed, findings);
  checkDivergence(history, findings);
  checkEveryAckProcessed(history, findings);
  checkDrained(history, findings);
  for (const f of history.consumerFailures) findings.add('consumer-keeps-running', `${f.member} (${f.group}) crashed: ${f.error}`, f.timeMs);
  const intervalEnds: Record<IntervalEnd, number> = { revoked: 0, lost: 0, crashed: 0, closed: 0, open: 0 };
  for (const i of history.intervals) intervalEnds[i.end]++;
  return {
    violations: findings.done(),
    stats: {
      acked: history.acked.length,
      processed: history.processed.length,
      intervals: history.intervals.length,
      intervalEnds,
      groupSamples: history.groupSamples.length,
      groupSamplesAuthoritative: history.groupSamples.filter(isAuthoritative).length,
      offsetSamples: history.offsetSamples.length,
      offsetSamplesAuthoritative: authoritativeOffsets.length,
      zombieOverlaps,
    },
  };
}

/** one-owner-per-partition, on every answer (a stale coordinator's state must be consistent too). */
function checkSnapshotOwners(samples: readonly GroupSample[], findings: Findings): void {
  for (const s of samples) {
    const owner = new Map<string, string>();
    for (const m of s.members) {
      for (const tp of [...m.assigned, ...m.pendingRevocation]) {
        const key = tpKey(tp.topic, tp.partition);
        const other = owner.get(key);
        if (other !== undefined && other !== m.memberId) {
          findings.add('one-owner-per-partition', `group ${s.group} at n${s.node} (group epoch ${s.groupEpoch}): ${tp.topic}-${tp.partition} is owned by both ${other} and ${m.memberId}`, s.recvMs);
        }
        owner.set(key, m.memberId);
      }
    }
  }
}

/** member-holds-only-assigned: consumer-side holdings over an authoritative window are within the coordinator's answer. */
function checkMembersHoldAssigned(history: GroupsHistory, findings: Findings): void {
  const byMemberId = new Map<string, OwnershipInterval[]>();
  for (const i of history.intervals) {
    const list = byMemberId.get(i.memberId);
    if (list === undefined) byMemberId.set(i.memberId, [i]);
    else list.push(i);
  }
  for (const s of history.groupSamples) {
    if (!isAuthoritative(s)) continue;
    for (const m of s.members) {
      const owned = new Set([...m.assigned, ...m.pendingRevocation].map((tp) => tpKey(tp.topic, tp.partition)));
      for (const i of byMemberId.get(m.memberId) ?? []) {
        if (i.group !== s.group || !(i.startSeq < s.sendSeq) || !(i.endSeq === null || i.endSeq > s.recvSeq)) continue;
        if (!owned.has(tpKey(i.topic, i.partition))) {
          findings.add(
            'member-holds-only-assigned',
            `${describeInterval(i)} held ${i.topic}-${i.partition} of group ${s.group} throughout a DescribeGroups at n${s.node} [${s.sendMs}..${s.recvMs} ms], which lists the member (epoch ${m.memberEpoch}) without it: assigned ${fmt(m.assigned)} pending ${fmt(m.pendingRevocation)}`,
            s.recvMs,
          );
        }
      }
    }
  }
}

/** processing-within-ownership and contiguous-within-ownership. */
function checkProcessing(processed: readonly ProcessedRecord[], intervalsByPartition: ReadonlyMap<string, readonly OwnershipInterval[]>, findings: Findings): void {
  const lastOffset = new Map<OwnershipInterval, number>();
  for (const r of processed) {
    const intervals = intervalsByPartition.get(gtpKey(r.group, r.topic, r.partition)) ?? [];
    const own = intervals.find((i) => i.member === r.member && contains(i, r.seq));
    if (own === undefined) {
      findings.add('processing-within-ownership', `${r.member} (${r.group}) handled ${r.topic}-${r.partition}@${r.offset} without holding the partition`, r.timeMs);
      continue;
    }
    const previous = lastOffset.get(own);
    if (previous !== undefined && r.offset !== previous + 1) {
      findings.add('contiguous-within-ownership', `${describeInterval(own)} handled ${r.topic}-${r.partition}@${r.offset} right after @${previous}`, r.timeMs);
    }
    lastOffset.set(own, r.offset);
  }
}

/** exclusive-ownership; returns how many overlaps were excused as zombies. */
function checkExclusiveOwnership(intervalsByPartition: ReadonlyMap<string, readonly OwnershipInterval[]>, disturbances: readonly Disturbance[], processed: readonly ProcessedRecord[], findings: Findings): number {
  const disturbed = (i: OwnershipInterval): boolean =>
    disturbances.some((d) => d.member === i.member && d.startSeq < (i.endSeq ?? Infinity) && (d.endSeq === null || d.endSeq > i.startSeq));
  const zombie = (i: OwnershipInterval): boolean => zombieEnds.has(i.end) || disturbed(i);
  let excused = 0;
  for (const intervals of intervalsByPartition.values()) {
    const sorted = [...intervals].sort((a, b) => a.startSeq - b.startSeq);
    for (let x = 0; x < sorted.length; x++) {
      const a = sorted[x]!;
      for (let y = x + 1; y < sorted.length; y++) {
        const b = sorted[y]!;
        if (b.startSeq >= (a.endSeq ?? Infinity)) continue;
        if (a.member === b.member) continue;
        if (zombie(a) || zombie(b)) {
          excused++;
          continue;
        }
        const overlapEnd = Math.min(a.endSeq ?? Infinity, b.endSeq ?? Infinity);
        const handled = processed.filter((r) => r.group === a.group && r.topic === a.topic && r.partition === a.partition && r.seq > b.startSeq && r.seq < overlapEnd).length;
        findings.add('exclusive-ownership', `${a.topic}-${a.partition} of group ${a.group}: ${describeInterval(b)} was assigned it while ${describeInterval(a)} held it, and neither was fenced (${handled} records handled meanwhile)`, b.startMs);
      }
    }
  }
  return excused;
}

/** committed-offsets-monotonic: an answer sent after another was received shows no lower offset. */
function checkOffsetsMonotonic(samples: readonly OffsetSample[], findings: Findings): void {
  const byGroup = new Map<string, OffsetSample[]>();
  for (const s of samples) byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), s]);
  for (const [group, list] of byGroup) {
    const bySend = [...list].sort((a, b) => a.sendSeq - b.sendSeq);
    const byRecv = [...list].sort((a, b) => a.recvSeq - b.recvSeq);
    /** tp → the highest offset among answers received so far, and which. */
    const highest = new Map<string, { offset: number; sample: OffsetSample }>();
    const partitions = new Set<string>();
    // One report per partition: a regression shows again in every later answer.
    const reported = new Set<string>();
    let next = 0;
    for (const s of bySend) {
      while (next < byRecv.length && byRecv[next]!.recvSeq < s.sendSeq) {
        const done = byRecv[next++]!;
        for (const o of done.offsets) {
          const key = tpKey(o.topic, o.partition);
          partitions.add(key);
          const h = highest.get(key);
          if (h === undefined || o.offset > h.offset) highest.set(key, { offset: o.offset, sample: done });
        }
      }
      const seen = new Map(s.offsets.map((o) => [tpKey(o.topic, o.partition), o.offset] as const));
      for (const key of partitions) {
        const h = highest.get(key)!;
        const offset = seen.get(key) ?? -1;
        if (offset < h.offset && !reported.has(key)) {
          reported.add(key);
          findings.add('committed-offsets-monotonic', `group ${group} ${key.replace('#', '-')}: committed ${h.offset} (n${h.sample.node} at ${h.sample.recvMs} ms), later ${offset === -1 ? 'none' : offset} (n${s.node}, asked at ${s.sendMs} ms)`, s.recvMs);
        }
      }
    }
  }
}

/** commit-covers-processed: offsets [0, committed) were all handled by the group before the answer showed the commit. */
function checkCommitsCoverProcessed(samples: readonly OffsetSample[], processed: readonly ProcessedRecord[], findings: Findings): void {
  // (group, tp) → offset → the seq it was first handled at.
  const firstSeq = new Map<string, Map<number, number>>();
  for (const r of processed) {
    const key = gtpKey(r.group, r.topic, r.partition);
    let offsets = firstSeq.get(key);
    if (offsets === undefined) firstSeq.set(key, (offsets = new Map()));
    if (!offsets.has(r.offset)) offsets.set(r.offset, r.seq);
  }
  // (group, tp) → prefix[o] = the seq by which every offset 0..o had been handled (Infinity: a gap).
  const prefixCache = new Map<string, number[]>();
  const prefix = (key: string, upTo: number): number[] => {
    const cached = prefixCache.get(key) ?? [];
    const offsets = firstSeq.get(key);
    for (let o = cached.length; o <= upTo; o++) {
      const seq = offsets?.get(o) ?? Infinity;
      cached.push(Math.max(o === 0 ? -Infinity : cached[o - 1]!, seq));
    }
    prefixCache.set(key, cached);
    return cached;
  };
  for (const s of samples) {
    for (const o of s.offsets) {
      if (o.offset <= 0) continue;
      const key = gtpKey(s.group, o.topic, o.partition);
      const covered = prefix(key, o.offset - 1)[o.offset - 1]!;
      if (!(covered < s.recvSeq)) {
        const offsets = firstSeq.get(key);
        let missing = 0;
        while (missing < o.offset && offsets?.has(missing) === true && offsets.get(missing)! < s.recvSeq) missing++;
        findings.add('commit-covers-processed', `group ${s.group} committed ${o.topic}-${o.partition} at ${o.offset} (n${s.node}, ${s.recvMs} ms), but offset ${missing} had not been handled by then`, s.recvMs);
      }
    }
  }
}

/** no-divergence: one value per (topic, partition, offset) across acknowledged sends and handled records. */
function checkDivergence(history: GroupsHistory, findings: Findings): void {
  const values = new Map<string, { value: string; by: string }>();
  const see = (topic: string, partition: number, offset: number, value: string, by: string, timeMs: number): void => {
    const key = `${tpKey(topic, partition)}@${offset}`;
    const known = values.get(key);
    if (known === undefined) values.set(key, { value, by });
    else if (known.value !== value) findings.add('no-divergence', `${topic}-${partition}@${offset} holds '${known.value}' (${known.by}) and '${value}' (${by})`, timeMs);
  };
  for (const a of history.acked) see(a.topic, a.partition, a.offset, a.value, 'acknowledged', a.timeMs);
  for (const r of history.processed) see(r.topic, r.partition, r.offset, r.value, `handled by ${r.member}`, r.timeMs);
}

/** every-ack-processed: each group handled every acknowledged value (once the drain ran: finalStates present). */
function checkEveryAckProcessed(history: GroupsHistory, findings: Findings): void {
  if (history.finalStates.length === 0) return;
  for (const group of history.groups) {
    const seen = new Set(history.processed.filter((r) => r.group === group).map((r) => r.value));
    const missing = history.acked.filter((a) => !seen.has(a.value));
    if (missing.length > 0) {
      const examples = missing.slice(0, 5).map((a) => `'${a.value}' at ${a.topic}-${a.partition}@${a.offset}`);
      findings.add('every-ack-processed', `group ${group} never handled ${missing.length} of ${history.acked.length} acknowledged records, e.g. ${examples.join(', ')}`);
    }
  }
}

/** group-drains: committed offsets at the high watermark, and the coordinator's members = the running consumers. */
function checkDrained(history: GroupsHistory, findings: Findings): void {
  for (const state of history.finalStates) {
    const behind = state.partitions.filter((p) => p.logEnd === null || p.committed !== p.logEnd);
    if (behind.length > 0) {
      findings.add('group-drains', `group ${state.group}: committed offsets not at the high watermark: ${behind.map((p) => `${p.topic}-${p.partition} ${p.committed}/${p.logEnd ?? '?'}`).join(', ')}`);
    }
    const coordinator = [...state.coordinatorMembers].sort();
    const live = [...state.liveMembers].sort();
    if (coordinator.join(',') !== live.join(',')) {
      findings.add('group-drains', `group ${state.group}: the coordinator lists members [${coordinator.join(', ')}], the running consumers are [${live.join(', ')}]`);
    }
  }
}

function fmt(list: readonly { topic: string; partition: number }[]): string {
  return `[${list.map((tp) => `${tp.topic}-${tp.partition}`).join(',')}]`;
}
