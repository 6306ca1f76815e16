// The fault schedule of the cluster scenario, after the raft scenario's
// nemesis: a profile names the faults a run may draw; every few hundred ms
// of the fault phase one is drawn from the seeded Random and applied.
// heal() ends the fault phase: network healed and calm, paused nodes resumed,
// clocks at rate 1, disks sane, every stopped node started again.
//
// Faults stay within what the cluster is specified to tolerate: voters keep
// their disks (only an observer may be wiped), requests are delivered at
// most once (no duplication), and disk faults hit one node at a time and are
// cleared again (a node that hits one stops, and a supervisor restarts it).
// Controlled shutdowns are part of the schedule: the node shuts down through
// its own SkiffNode.shutdown and is started again a little later.

import type { Random } from '../../src/env/random.js';
import type { SimNetwork } from '../runtime/index.js';
import type { ClusterHost } from './host.js';
import type { ClusterWire } from './wire.js';

export const clusterProfiles = {
  calm: ['controlled-shutdown'],
  partitions: ['partition-halves', 'isolate-one', 'isolate-leader', 'one-way', 'bridge', 'heal-net', 'heal-net', 'flaky-net', 'calm-net'],
  crashes: ['crash-one', 'crash-one', 'crash-leader', 'restart', 'restart', 'crash-all', 'restart-all', 'pause-one', 'resume-all', 'wipe-observer'],
  shutdowns: ['controlled-shutdown', 'controlled-shutdown', 'shutdown-leader', 'crash-one', 'restart', 'isolate-one', 'heal-net'],
  clocks: ['skew-clock', 'skew-clock', 'pause-one', 'resume-all', 'isolate-leader', 'heal-net', 'controlled-shutdown'],
  disk: ['disk-sync-fail', 'disk-full', 'disk-clear', 'disk-clear', 'crash-one', 'restart'],
  chaos: [
    'flaky-net', 'calm-net', 'partition-halves', 'isolate-one', 'isolate-leader', 'one-way', 'bridge', 'heal-net', 'heal-net',
    'crash-one', 'crash-leader', 'restart', 'restart', 'crash-all', 'restart-all', 'pause-one', 'resume-all', 'wipe-observer',
    'controlled-shutdown', 'shutdown-leader', 'disk-sync-fail', 'disk-full', 'disk-clear', 'skew-clock',
  ],
} as const satisfies Record<string, readonly string[]>;

export type ClusterProfileName = keyof typeof clusterProfiles;
export type ClusterFault = (typeof clusterProfiles)[ClusterProfileName][number];
export const clusterProfileNames = Object.keys(clusterProfiles) as ClusterProfileName[];

export interface NemesisContext {
  readonly hosts: readonly ClusterHost[];
  readonly network: SimNetwork<ClusterWire>;
  readonly random: Random;
  readonly trace: (line: string) => void;
  /** The node whose controller is active (the quorum leader), if any. */
  readonly leader: () => ClusterHost | null;
  /** Starts a controlled shutdown of `host` and restarts it after a pause. */
  readonly controlledShutdown: (host: ClusterHost) => void;
  readonly onWiped: (host: ClusterHost) => void;
}

export class ClusterNemesis {
  constructor(
    private readonly profile: ClusterProfileName,
    private readonly context: NemesisContext,
  ) {}

  step(): void {
    const menu: readonly ClusterFault[] = clusterProfiles[this.profile];
    if (menu.length === 0) return;
    this.apply(menu[this.context.random.int(menu.length)]!);
  }

  apply(fault: ClusterFault): void {
    const { hosts, network, random, trace } = this.context;
    const pick = <T>(items: readonly T[]): T | undefined => (items.length === 0 ? undefined : items[random.int(items.length)]);
    const ids = hosts.map((h) => h.id);
    const running = hosts.filter((h) => h.running);
    let detail = '';
    switch (fault) {
      case 'flaky-net': {
        const faults = { dropProbability: random.int(10) / 100, latency: { minMs: 1, maxMs: 2 + random.int(20), tailProbability: 0.05, tailMs: 200 } };
        network.setFaults(faults);
        detail = JSON.stringify(faults);
        break;
      }
      case 'calm-net':
        network.setFaults({ dropProbability: 0, duplicateProbability: 0, latency: { minMs: 1, maxMs: 5 } });
        break;
      case 'partition-halves': {
        const shuffled = shuffle(ids, random);
        const cut = 1 + random.int(shuffled.length - 1);
        network.heal();
        network.partition([shuffled.slice(0, cut), shuffled.slice(cut)]);
        detail = `${shuffled.slice(0, cut).join(',')} | ${shuffled.slice(cut).join(',')}`;
        break;
      }
      case 'isolate-one':
      case 'isolate-leader': {
        const target = fault === 'isolate-leader' ? this.context.leader() : pick(hosts);
        if (!target) return;
        network.isolate(target.id);
        detail = `n${target.id}`;
        break;
      }
      case 'one-way': {
        const from = pick(ids)!;
        const to = pick(ids.filter((id) => id !== from))!;
        network.blockOneWay(from, to);
        detail = `${from}->${to}`;
        break;
      }
      case 'bridge': {
        const shuffled = shuffle(ids, random);
        const bridgePeer = shuffled[0]!;
        const half = Math.floor((shuffled.length - 1) / 2);
        network.heal();
        network.bridge(shuffled.slice(1, 1 + half), shuffled.slice(1 + half), bridgePeer);
        detail = `bridge n${bridgePeer}`;
        break;
      }
      case 'heal-net':
        network.heal();
        break;
      case 'crash-one':
      case 'crash-leader': {
        const target = fault === 'crash-leader' ? this.context.leader() : pick(running);
        if (!target) return;
        const tear = random.int(2) === 0;
        target.crash(random, tear);
        detail = `n${target.id} tear=${tear}`;
        break;
      }
      case 'crash-all':
        // Correlated power loss: every node loses what it had not synced.
        for (const host of running) host.crash(random, random.int(2) === 0);
        break;
      case 'restart': {
        const target = pick(hosts.filter((h) => !h.running));
        if (!target) return;
        target.start();
        detail = `n${target.id}`;
        break;
      }
      case 'restart-all':
        for (const host of hosts) host.start();
        break;
      case 'pause-one': {
        const target = pick(running.filter((h) => !h.paused));
        if (!target) return;
        target.pause();
        detail = `n${target.id}`;
        break;
      }
      case 'resume-all':
        for (const host of hosts) host.resume();
        break;
      case 'wipe-observer': {
        const target = pick(hosts.filter((h) => !h.isVoter));
        if (!target) return;
        target.wipe(random);
        this.context.onWiped(target);
        target.start();
        detail = `n${target.id}`;
        break;
      }
      case 'controlled-shutdown':
      case 'shutdown-leader': {
        const target = fault === 'shutdown-leader' ? this.context.leader() : pick(hosts.filter((h) => h.serving && !h.paused));
        if (!target?.serving) return;
        this.context.controlledShutdown(target);
        detail = `n${target.id}`;
        break;
      }
      case 'disk-sync-fail':
      case 'disk-full': {
        // One faulty disk at a time: clear the others first.
        for (const host of hosts) clearDisk(host);
        const target = pick(hosts);
        if (!target) return;
        if (fault === 'disk-full') target.disk.enospc = true;
        else target.disk.syncFailureProbability = (1 + random.int(10)) / 100;
        detail = `n${target.id}`;
        break;
      }
      case 'disk-clear':
        for (const host of hosts) clearDisk(host);
        break;
      case 'skew-clock': {
        const target = pick(running);
        if (!target) return;
        const rate = 0.7 + random.int(61) / 100;
        target.setClockRate(rate);
        detail = `n${target.id} rate=${rate}`;
        break;
      }
    }
    trace(`nemesis ${fault} ${detail}`);
  }

  heal(): void {
    const { hosts, network, trace } = this.context;
    network.heal();
    network.setFaults({ dropProbability: 0, duplicateProbability: 0, latency: { minMs: 1, maxMs: 5 } });
    for (const host of hosts) {
      clearDisk(host);
      host.resume();
      host.setClockRate(1);
      host.start();
    }
    trace('nemesis heal');
  }
}

function clearDisk(host: ClusterHost): void {
  host.disk.enospc = false;
  host.disk.syncFailureProbability = 0;
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
