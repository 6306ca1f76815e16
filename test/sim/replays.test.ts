// Goal: named replays of historical Kafka data-loss scenarios (Jepsen's 2013
// Kafka analysis, KIP-101 cases 1 and 2, KIP-966 "last replica standing", an
// isolated leader taking acks=1 writes), each scripted step by step against
// the real cluster code (SkiffNode, src/replication, the src/client producer
// and consumer) in the deterministic simulator, each asserting what its acks
// setting promises: acknowledged acks=all records survive, no offset ever
// holds two values, replicas converge, and acks=1 records lost to a leader
// change are truncated away the same way everywhere.
// Method: sim/dataplane/replays.ts (ReplayCluster: three nodes, scripted
// network cuts, power losses and restarts, waits on the committed metadata
// image and on replicas, a final read judged by the dataplane history
// checkers). Every test also asserts that its script reached the dangerous
// state (the ISR shrank, the crash lost unsynced bytes, the replica with the
// stale high watermark was elected...), so a script that drifts away from its
// scenario fails rather than passing vacuously; a control run with Kafka
// 0.8's settings shows the same script and checkers do catch the 2013 loss.
// One script runs twice to show that a seed replays bit for bit. Two tests
// pin bugs these scripts found after an opt-in unclean election (fixed: the
// leader clears leaderRecovering; the producer no longer asserts on offsets
// that went backwards).

import { afterEach, describe, expect, it } from 'vitest';
import { ReplayCluster, type ScriptedProducer, type Verdict } from '../../sim/dataplane/replays.js';
import type { PartitionRef } from '../../sim/dataplane/workload.js';

const open: ReplayCluster[] = [];
afterEach(() => {
  for (const cluster of open.splice(0)) cluster.close();
});

async function boot(seed: number): Promise<ReplayCluster> {
  const cluster = await ReplayCluster.boot({ seed });
  open.push(cluster);
  return cluster;
}

/** The partition's leader and its two followers, in preferred order. */
function roles(cluster: ReplayCluster, ref: PartitionRef): { leader: number; followers: [number, number] } {
  const p = cluster.partitionState(ref);
  const followers = p.replicas.filter((id) => id !== p.leader);
  expect(followers).toHaveLength(2);
  return { leader: p.leader, followers: followers as [number, number] };
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Every acknowledged send of `producer` is at its offset in the final read. */
function expectAllAckedInFinalRead(producer: ScriptedProducer, verdict: Verdict): void {
  const missing = producer.acked().filter((t) => verdict.finalLog.get(t.outcome.offset) !== t.value);
  expect(missing.map((t) => `${t.value}@${t.outcome.offset}`)).toEqual([]);
}

/** The value node `id` holds at `offset`, read from its log. */
async function valueAt(cluster: ReplayCluster, id: number, ref: PartitionRef, offset: number): Promise<string | undefined> {
  return (await cluster.replicaLog(id, ref))?.find((r) => r.offset === offset)?.value;
}

interface JepsenRun {
  readonly verdict: Verdict;
  readonly all: ScriptedProducer;
  readonly one: ScriptedProducer;
  readonly cutMs: number;
  readonly shrunkMs: number;
  /** The ELR when the ISR had shrunk to the leader. */
  readonly elrAtShrink: readonly number[];
  readonly crashMs: number;
  /** The first moment the new leader (by its own view or the committed image) had min.insync.replicas in its ISR. */
  readonly recoveredMs: number;
  readonly hwAtCut: number;
}

/**
 * Jepsen 2013: the leader is cut from its followers but still reaches the
 * coordinator, shrinks the ISR to itself and keeps taking writes, then dies;
 * a follower is elected. `minIsr`/`unclean` choose Skiff's defaults or Kafka
 * 0.8's behaviour (no min ISR, unclean election).
 */
async function jepsen2013(seed: number, settings: { minIsr: number; unclean: boolean; idempotent: boolean }): Promise<JepsenRun & { cluster: ReplayCluster; ref: PartitionRef; a: number; followers: [number, number] }> {
  const cluster = await boot(seed);
  const ref = await cluster.createTopic('jepsen', { replicationFactor: 3, minInsyncReplicas: settings.minIsr, configs: settings.unclean ? { 'unclean.leader.election.enable': 'true' } : {} });
  const { leader: a, followers } = roles(cluster, ref);
  const all = cluster.producer('all', -1, { idempotent: settings.idempotent });
  const one = cluster.producer('one', 1);
  cluster.startConsumer('reader', [ref]);
  all.start(ref, 100);
  one.start(ref, 100);
  await cluster.runFor(3_000);
  expect(all.acked().length).toBeGreaterThan(10);

  // The 2013 fault: the leader still reaches the coordinator (ZooKeeper then, the controller here), but no follower can fetch from it.
  const hwAtCut = cluster.replica(a, ref)!.highWatermark;
  const cutMs = cluster.now;
  cluster.cutDataPlane([a], followers);
  await cluster.runUntil('the ISR shrinks to the leader alone', () => sameMembers(cluster.partitionState(ref).isr, [a]), 60_000);
  const shrunkMs = cluster.now;
  const elrAtShrink = cluster.partitionState(ref).elr;
  await cluster.runFor(3_000);
  await cluster.recordCommitted(ref);

  // The leader dies; a follower is elected.
  const crash = cluster.crash(a, ref);
  expect(crash.before?.role).toBe('leader');
  await cluster.runUntil('a follower leads', () => followers.includes(cluster.partitionState(ref).leader), 30_000);
  cluster.heal();
  cluster.restart(a);
  const isrRecovered = (): boolean => {
    const p = cluster.partitionState(ref);
    return p.isr.length >= settings.minIsr || (p.leader >= 0 && (cluster.replica(p.leader, ref)?.isr.length ?? 0) >= settings.minIsr);
  };
  await cluster.runUntil('the ISR is back at min.insync.replicas', isrRecovered, 60_000);
  const recoveredMs = cluster.now;
  await cluster.runUntil('every replica holds the new leader log', () => cluster.logsAligned(ref), 60_000);
  await cluster.recordCommitted(ref);
  return { cluster, ref, a, followers, all, one, cutMs, shrunkMs, elrAtShrink, crashMs: crash.atMs, recoveredMs, hwAtCut, verdict: await finishJepsen(cluster, ref, settings.minIsr) };
}

async function finishJepsen(cluster: ReplayCluster, ref: PartitionRef, minIsr: number): Promise<Verdict> {
  if (minIsr > 1) {
    await cluster.runUntil('all three replicas in sync', () => cluster.inSync(ref), 60_000);
    await cluster.runFor(2_000);
  }
  return cluster.finish([ref]);
}

/** An isolated leader keeps taking acks=1 writes while the rest elect a new one; then the network heals. */
async function isolatedLeader(seed: number): Promise<{ cluster: ReplayCluster; verdict: Verdict; detail: Record<string, number> }> {
  const cluster = await boot(seed);
  const ref = await cluster.createTopic('isolated', { replicationFactor: 3, minInsyncReplicas: 2 });
  const { leader: old, followers } = roles(cluster, ref);
  const oneIso = cluster.producer('one-iso', 1);
  const allIso = cluster.producer('all-iso', -1);
  const allMain = cluster.producer('all-main', -1);
  const readerIso = cluster.startConsumer('reader-iso', [ref]);
  cluster.startConsumer('reader', [ref]);
  for (const p of [oneIso, allIso, allMain]) p.start(ref, 100);
  await cluster.runFor(2_000);
  expect(allIso.acked().length).toBeGreaterThan(5);

  // The old leader, with the clients on its side, is cut from everything else.
  const isolatedMs = cluster.now;
  cluster.partitionNetwork([
    [old, oneIso.peer, allIso.peer, readerIso.endpoint.self as number],
    [...followers, allMain.peer],
  ]);
  await cluster.runUntil('the majority elects a new leader', () => followers.includes(cluster.partitionState(ref).leader), 30_000);
  await cluster.runFor(3_000);
  const newLeader = cluster.partitionState(ref).leader;
  await cluster.recordCommitted(ref);

  // The dangerous state: two replicas each believe they lead, and their logs differ at the same offsets.
  expect(cluster.replicaState(old, ref)).toMatchObject({ role: 'leader', leaderEpoch: 0 });
  expect(cluster.replicaState(newLeader, ref)?.role).toBe('leader');
  const oldLog = await cluster.replicaLog(old, ref);
  const newLog = new Map((await cluster.replicaLog(newLeader, ref))!.map((r) => [r.offset, r.value]));
  const diverging = oldLog!.filter((r) => newLog.has(r.offset) && newLog.get(r.offset) !== r.value).length;
  expect(diverging).toBeGreaterThan(0);

  const healMs = cluster.now;
  cluster.heal();
  await cluster.runUntil('all three replicas in sync', () => cluster.inSync(ref), 60_000);
  await cluster.runFor(2_000);
  const verdict = await cluster.finish([ref]);
  const acks1Isolated = oneIso.acked().filter((t) => t.completeMs! > isolatedMs && t.completeMs! < healMs);
  const acksAllIsolated = allIso.acked().filter((t) => t.completeMs! > isolatedMs + 10 && t.completeMs! < healMs);
  const survived = acks1Isolated.filter((t) => verdict.finalLog.get(t.outcome.offset) === t.value);
  const isolatedValues = new Set(acks1Isolated.map((t) => t.value));
  const readByIsolatedReader = cluster.history.history().polls.filter((p) => p.records.some((r) => isolatedValues.has(r.value))).length;
  return {
    cluster,
    verdict,
    detail: {
      diverging,
      acks1Isolated: acks1Isolated.length,
      acks1Survived: survived.length,
      acksAllIsolated: acksAllIsolated.length,
      acksAllMainDuring: allMain.acked().filter((t) => t.completeMs! > isolatedMs && t.completeMs! < healMs).length,
      acksAllIsoLater: allIso.acked().filter((t) => t.completeMs! > healMs).length,
      readByIsolatedReader,
    },
  };
}

describe('replays of historical data-loss scenarios', () => {
  it('Jepsen 2013 Kafka: the ISR shrinks to a cut-off leader that then dies — no acks=all write is acknowledged meanwhile, none is lost', async () => {
    const { cluster, followers, all, one, cutMs, shrunkMs, elrAtShrink, crashMs, recoveredMs, hwAtCut, verdict } = await jepsen2013(1, { minIsr: 2, unclean: false, idempotent: true });
    expect(verdict.violations).toEqual([]);
    // KIP-966: the followers dropped while the ISR fell below min.insync.replicas became eligible leaders.
    expect(elrAtShrink).toEqual(followers);
    expect(followers).toContain(cluster.history.history().observations.find((o) => o.timeMs > crashMs && o.leader >= 0)?.leader);
    // The lone leader kept acknowledging acks=1 writes, as the 2013 leader acknowledged everything...
    const acks1Alone = one.acked().filter((t) => t.completeMs! > shrunkMs && t.completeMs! < crashMs);
    expect(acks1Alone.length).toBeGreaterThan(0);
    // ...but no acks=all write beyond the high watermark of the cut was acknowledged until the ISR was back at 2.
    expect(recoveredMs).toBeGreaterThan(crashMs);
    expect(all.acked().filter((t) => t.completeMs! > cutMs && t.completeMs! < recoveredMs && t.outcome.offset >= hwAtCut)).toEqual([]);
    expect(all.errors()['NOT_ENOUGH_REPLICAS'] ?? 0).toBeGreaterThan(0);
    expect(all.acked().filter((t) => t.completeMs! > recoveredMs).length).toBeGreaterThan(0);
    expectAllAckedInFinalRead(all, verdict);
    // The acks=1 writes the lone leader took are gone (acks=1 allows that), from every replica alike (finish() compared them).
    expect(acks1Alone.filter((t) => verdict.finalLog.get(t.outcome.offset) === t.value)).toEqual([]);
    expect(verdict.replicaLogs.size).toBe(3);
  });

  it('control: the same Jepsen 2013 script with Kafka 0.8 settings (min.insync.replicas=1, unclean election) loses acknowledged writes, and the checkers report it', async () => {
    // A non-idempotent producer, as in 2013 (the idempotent case is its own test below).
    const { all, shrunkMs, verdict } = await jepsen2013(1, { minIsr: 1, unclean: true, idempotent: false });
    expect(all.acked().filter((t) => t.completeMs! > shrunkMs).length).toBeGreaterThan(0);
    expect(verdict.violations.some((v) => v.startsWith('no-lost-acks-all'))).toBe(true);
  });

  it('KIP-101 case 1: a follower restarts with a stale high watermark and is then elected — the committed record it held is not lost', async () => {
    const cluster = await boot(2);
    const ref = await cluster.createTopic('kip101-1', { replicationFactor: 3, minInsyncReplicas: 2 });
    const { leader: a, followers: [b, c] } = roles(cluster, ref);
    const all = cluster.producer('all', -1);
    cluster.startConsumer('reader', [ref]);
    all.start(ref, 100);
    await cluster.runFor(2_000);
    all.stop();
    // KIP-101's two replicas: C drops out of the ISR (its data plane is cut), leaving ISR [A, B].
    cluster.cutDataPlane([c], [a, b]);
    await cluster.runUntil('the ISR is [A, B]', () => sameMembers(cluster.partitionState(ref).isr, [a, b]), 60_000);
    await cluster.runUntil('earlier sends settled', () => all.pending === 0, 20_000);

    // m2: acknowledged (A's HW passed it, so B holds it durably) while B's own HW still lags behind it.
    const m2 = all.send(ref);
    const staleWindow = (): boolean => m2.outcome?.kind === 'ok' && cluster.replica(b, ref)!.highWatermark <= m2.outcome.offset;
    await cluster.runUntil('m2 acknowledged while B has not yet learned that it is committed', () => staleWindow() || m2.outcome !== null, 10_000);
    expect(staleWindow()).toBe(true);
    const k = (m2.outcome as { offset: number }).offset;
    const crashB = cluster.crash(b, ref);
    expect(crashB.before!.highWatermark).toBeLessThanOrEqual(k);
    expect(crashB.before!.durableEndOffset).toBeGreaterThan(k);
    expect(cluster.replica(a, ref)!.highWatermark).toBeGreaterThan(k);

    // B restarts. Pre-KIP-101 Kafka truncated it to its stale HW here, dropping m2.
    cluster.restart(b);
    const bRegistered = (): boolean => {
      const registration = cluster.invariants.latestImage.brokers.get(b);
      return registration !== undefined && registration.brokerEpoch === cluster.host(b).incarnation?.node.lifecycle.brokerEpoch;
    };
    await cluster.runUntil('B registered again: ISR [A], B an eligible leader replica', () => bRegistered() && sameMembers(cluster.partitionState(ref).isr, [a]) && cluster.partitionState(ref).elr.includes(b), 30_000);
    expect(await valueAt(cluster, b, ref, k)).toBe(m2.value);

    // A dies before B is back in the ISR: B, the replica with the stale HW, is the one to elect.
    cluster.crash(a, ref);
    await cluster.runUntil('B leads', () => cluster.partitionState(ref).leader === b && cluster.replica(b, ref)?.role === 'leader', 30_000);
    expect(cluster.partitionState(ref).leaderEpoch).toBeGreaterThan(0);
    expect(await valueAt(cluster, b, ref, k)).toBe(m2.value);
    await cluster.recordCommitted(ref);

    cluster.heal();
    cluster.restart(a);
    await cluster.runUntil('all three replicas in sync', () => cluster.inSync(ref), 60_000);
    all.start(ref, 100);
    await cluster.runFor(2_000);
    const verdict = await cluster.finish([ref]);
    expect(verdict.violations).toEqual([]);
    expect(verdict.finalLog.get(k)).toBe(m2.value);
    expectAllAckedInFinalRead(all, verdict);
  });

  it('KIP-101 case 2: two replicas lose different unsynced tails in one power loss and come back with different records at one offset — they converge, no committed record lost', async () => {
    const cluster = await boot(3);
    const ref = await cluster.createTopic('kip101-2', { replicationFactor: 3, minInsyncReplicas: 2 });
    const { leader: a, followers: [b, c] } = roles(cluster, ref);
    const all = cluster.producer('all', -1);
    cluster.startConsumer('reader', [ref]);
    all.start(ref, 100);
    await cluster.runFor(2_000);
    all.stop();
    cluster.cutDataPlane([c], [a, b]);
    await cluster.runUntil('the ISR is [A, B]', () => sameMembers(cluster.partitionState(ref).isr, [a, b]), 60_000);
    await cluster.runUntil('earlier sends settled', () => all.pending === 0, 20_000);

    // A record A has synced and B has appended but not yet synced; then power fails on both (the producer's host too).
    const doomed = cluster.producer('doomed', -1);
    const window = (): boolean => {
      const ra = cluster.replicaState(a, ref)!;
      const rb = cluster.replicaState(b, ref)!;
      return rb.logEndOffset > rb.durableEndOffset && ra.durableEndOffset >= rb.logEndOffset;
    };
    for (let attempt = 0; attempt < 20 && !window(); attempt++) {
      const t = doomed.send(ref);
      await cluster.runUntil('a send settles, or B holds an unsynced record A has synced', () => t.outcome !== null || window(), 10_000);
    }
    expect(window()).toBe(true);
    const k = cluster.replicaState(b, ref)!.durableEndOffset;
    const crashA = cluster.crash(a, ref);
    const crashB = cluster.crash(b, ref);
    doomed.abandon();
    expect(crashB.unsyncedLogBytes).toBeGreaterThan(0);
    expect(crashA.before!.durableEndOffset).toBeGreaterThan(k);
    expect(crashA.before!.highWatermark).toBeLessThanOrEqual(k);

    // B comes back first and is elected without the record at k (its copy was lost).
    cluster.restart(b);
    await cluster.runUntil('B leads', () => cluster.partitionState(ref).leader === b && cluster.replica(b, ref)?.role === 'leader', 30_000);
    expect(cluster.replicaState(b, ref)!.logEndOffset).toBe(k);
    // C rejoins through B, and a new record is committed at offset k.
    cluster.heal();
    await cluster.runUntil('the ISR is back at 2', () => cluster.partitionState(ref).isr.length >= 2, 60_000);
    const m3 = cluster.producer('after', -1).send(ref);
    await cluster.runUntil('m3 settles', () => m3.outcome !== null, 20_000);
    expect(m3.outcome).toEqual({ kind: 'ok', offset: k });

    // A returns holding a different record at the same offset k, in an older leader epoch.
    cluster.restart(a);
    await cluster.runUntil('A recovered its log', () => cluster.host(a).incarnation?.node.logManager != null, 10_000);
    const aValue = await valueAt(cluster, a, ref, k);
    expect(aValue).toMatch(/^doomed-/);
    expect(aValue).not.toBe(m3.value);
    await cluster.recordCommitted(ref);

    await cluster.runUntil('all three replicas in sync', () => cluster.inSync(ref), 60_000);
    await cluster.recordCommitted(ref);
    const verdict = await cluster.finish([ref]);
    expect(verdict.violations).toEqual([]);
    expect(verdict.finalLog.get(k)).toBe(m3.value);
    expect([...verdict.finalLog.values()]).not.toContain(aValue);
    expectAllAckedInFinalRead(all, verdict);
  });

  /** KIP-966's sequence up to the last replica standing: F1 and then F2 fall out of the ISR, the leader L alone remains. */
  async function lastReplicaStanding(seed: number, topic: string) {
    const cluster = await boot(seed);
    const ref = await cluster.createTopic(topic, { replicationFactor: 3, minInsyncReplicas: 2 });
    const { leader: l, followers: [f1, f2] } = roles(cluster, ref);
    const all = cluster.producer('all', -1);
    const one = cluster.producer('one', 1);
    cluster.startConsumer('reader', [ref]);
    all.start(ref, 100);
    one.start(ref, 50);
    await cluster.runFor(2_000);
    cluster.cutDataPlane([f1], [l, f2]);
    await cluster.runUntil('F1 leaves the ISR', () => sameMembers(cluster.partitionState(ref).isr, [l, f2]), 60_000);
    expect(cluster.partitionState(ref).elr).toEqual([]);
    cluster.cutDataPlane([f2], [l]);
    await cluster.runUntil('F2 leaves the ISR: L is the last replica standing', () => sameMembers(cluster.partitionState(ref).isr, [l]), 60_000);
    expect(cluster.partitionState(ref).elr).toEqual([f2]);
    return { cluster, ref, l, f1, f2, all, one };
  }

  /** Power loss on L at a moment it holds an unflushed tail. */
  async function crashWithUnflushedTail(cluster: ReplayCluster, ref: PartitionRef, l: number) {
    await cluster.runFor(2_000);
    await cluster.runUntil('L holds an unflushed tail', () => {
      const r = cluster.replicaState(l, ref)!;
      return r.logEndOffset > r.durableEndOffset;
    }, 10_000);
    await cluster.recordCommitted(ref);
    const crash = cluster.crash(l, ref);
    expect(crash.unsyncedLogBytes).toBeGreaterThan(0);
    return crash;
  }

  it('KIP-966 last replica standing: the sole ISR member loses its unflushed tail in a power loss — the ELR member is elected, no acks=all record lost', async () => {
    const { cluster, ref, l, f1, f2, all } = await lastReplicaStanding(4, 'kip966-elr');
    const crash = await crashWithUnflushedTail(cluster, ref, l);
    // The other replicas come back; L stays down.
    cluster.heal();
    await cluster.runUntil('a new leader', () => cluster.partitionState(ref).leader !== l && cluster.partitionState(ref).leader >= 0, 30_000);
    expect(cluster.partitionState(ref).leader).toBe(f2);
    const lostOnL = crash.before!.logEndOffset;
    cluster.restart(l);
    await cluster.runUntil('L recovered its log', () => cluster.host(l).incarnation?.node.logManager != null, 10_000);
    const recovered = await cluster.replicaLog(l, ref);
    expect(recovered!.at(-1)!.offset + 1).toBeLessThan(lostOnL);
    await cluster.runUntil('all three replicas in sync', () => cluster.inSync(ref), 60_000);
    await cluster.runFor(2_000);
    const verdict = await cluster.finish([ref]);
    expect(verdict.violations).toEqual([]);
    expect(cluster.history.history().observations.filter((o) => o.leader === f1)).toEqual([]);
    expectAllAckedInFinalRead(all, verdict);
  });

  it('KIP-966 last replica standing, no clean candidate: the ELR member lost its disk — the partition stays offline rather than electing an unclean replica, until L returns', async () => {
    const { cluster, ref, l, f1, f2, all } = await lastReplicaStanding(4, 'kip966-offline');
    // F2's data disk is replaced: its new incarnation may not lead (it leaves the ELR).
    cluster.crash(f2, ref);
    await cluster.replaceLogDisk(f2);
    cluster.restart(f2);
    await cluster.runUntil('F2 is back, out of the ELR', () => cluster.brokersUp([f2]) && cluster.partitionState(ref).elr.length === 0, 30_000);
    const crash = await crashWithUnflushedTail(cluster, ref, l);
    cluster.heal();
    await cluster.runUntil('L fenced: the partition is offline', () => cluster.invariants.latestImage.brokers.get(l)?.fenced === true && cluster.partitionState(ref).leader < 0, 30_000);
    expect(cluster.partitionState(ref).elr).toEqual([l]);
    // F1 (out of sync) and F2 (empty) are up and unfenced, yet neither is elected.
    await cluster.runHolding('the partition stays offline while only unclean replicas are up', () => cluster.brokersUp([f1, f2]) && cluster.partitionState(ref).leader < 0, 15_000);
    cluster.restart(l);
    await cluster.runUntil('L, the ELR member, leads again', () => cluster.partitionState(ref).leader === l && cluster.replica(l, ref)?.role === 'leader', 30_000);
    expect(cluster.replicaState(l, ref)!.logEndOffset).toBeLessThan(crash.before!.logEndOffset);
    await cluster.runUntil('all three replicas in sync', () => cluster.inSync(ref), 60_000);
    await cluster.runFor(2_000);
    const verdict = await cluster.finish([ref]);
    expect(verdict.violations).toEqual([]);
    expectAllAckedInFinalRead(all, verdict);
  });

  it('isolated leader: it keeps acknowledging acks=1 writes, which are truncated away consistently; acks=all writes are never acknowledged by it, nor lost', async () => {
    const { verdict, detail } = await isolatedLeader(5);
    expect(verdict.violations).toEqual([]);
    expect(detail.diverging).toBeGreaterThan(0);
    expect(detail.acks1Isolated).toBeGreaterThan(0);
    expect(detail.acks1Survived).toBe(0);
    expect(detail.readByIsolatedReader).toBe(0);
    expect(detail.acksAllIsolated).toBe(0);
    expect(detail.acksAllMainDuring).toBeGreaterThan(0);
    expect(detail.acksAllIsoLater).toBeGreaterThan(0);
    expect([...verdict.replicaLogs.keys()]).toHaveLength(3);
  });

  // Found by this script: an unclean election marks the partition leaderRecovering (KIP-704) and the
  // controller refuses any ISR but [leader] until the leader clears it, which no broker did — the ISR
  // stayed [leader] for good. The leader now clears it first (Partition.wantedIsrChange).
  it('unclean election (opt-in, KIP-704): the uncleanly elected leader recovers, and the ISR grows back', async () => {
    const { cluster, ref, followers } = await jepsen2013(1, { minIsr: 1, unclean: true, idempotent: false });
    expect(followers).toContain(cluster.partitionState(ref).leader);
    await cluster.runUntil('the ISR grows back to all three replicas', () => cluster.partitionState(ref).isr.length === 3, 30_000);
  });

  // Found by this script: after an unclean election truncated records an idempotent producer had seen
  // acknowledged, its next acknowledgement (at a lower offset) tripped an assertion in SimpleProducer and
  // rejected inside a promise nobody handled. Losing them is what unclean election allows; the producer
  // now logs it and carries on.
  it('unclean election (opt-in): an idempotent producer carries on after acknowledged records were truncated', async () => {
    const { verdict } = await jepsen2013(1, { minIsr: 1, unclean: true, idempotent: true });
    expect(verdict.violations.some((v) => v.startsWith('no-lost-acks-all'))).toBe(true);
  });

  it('replays a script bit for bit (same seed, same trace hash)', async () => {
    const first = await isolatedLeader(5);
    const second = await isolatedLeader(5);
    expect(second.cluster.traceHash).toBe(first.cluster.traceHash);
    expect(second.cluster.scheduler.eventsExecuted).toBe(first.cluster.scheduler.eventsExecuted);
    expect(second.detail).toEqual(first.detail);
    expect(second.verdict.stats).toEqual(first.verdict.stats);
  });
});
