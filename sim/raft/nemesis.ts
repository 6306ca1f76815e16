// The fault schedule of the raft scenario. A profile names the faults a run may
// inject; every few hundred ms of the fault phase the nemesis draws one from
// the seeded Random and applies it. heal() ends the fault phase: network
// healed, paused nodes resumed, crashed nodes restarted, disks and clocks sane.
//
// The faults stay within what a static Raft quorum over the Transport contract
// is specified to tolerate: voters keep their disks (a wiped voter could vote
// twice in an epoch — that needs KIP-853 directory ids; observers may be
// wiped), and a call is delivered at most once (no request duplication).

import type { Random } from '../../src/env/random.js';
import type { SimHost } from './sim-host.js';
import type { SimNetwork } from '../runtime/index.js';
import type { SimServices } from './sim-host.js';

export const profiles = {
  calm: [],
  flaky: ['flaky-net', 'flaky-net', 'calm-net'],
  partitions: ['partition-halves', 'isolate-one', 'isolate-leader', 'one-way', 'bridge', 'heal-net', 'heal-net'],
  crashes: ['crash-one', 'crash-one', 'crash-leader', 'restart', 'restart', 'crash-all', 'restart-all', 'pause-one', 'resume-all', 'wipe-observer', 'crash-after-vote', 'crash-after-vote'],
  disk: ['disk-sync-fail', 'disk-full', 'disk-clear', 'crash-one', 'restart'],
  clocks: ['skew-clock', 'skew-clock', 'pause-one', 'resume-all', 'resign-leader', 'isolate-leader', 'heal-net'],
  chaos: [
    'flaky-net', 'calm-net', 'partition-halves', 'isolate-one', 'isolate-leader', 'one-way', 'bridge', 'heal-net', 'heal-net',
    'crash-one', 'crash-leader', 'restart', 'restart', 'crash-all', 'restart-all', 'pause-one', 'resume-all', 'wipe-observer',
    'disk-sync-fail', 'disk-full', 'disk-clear', 'skew-clock', 'resign-leader', 'crash-after-vote',
  ],
} as const satisfies Record<string, readonly string[]>;

export type ProfileName = keyof typeof profiles;
export type FaultName = (typeof profiles)[ProfileName][number];
export const profileNames = Object.keys(profiles) as ProfileName[];

export interface NemesisContext {
  readonly hosts: readonly SimHost[];
  readonly network: SimNetwork<SimServices>;
  readonly random: Random;
  readonly trace: (line: string) => void;
  readonly leader: () => SimHost | null;
  readonly onWiped: (host: SimHost) => void;
  readonly after: (delayMs: number, label: string, fn: () => void) => void;
}

export class Nemesis {
  /** Armed by 'crash-after-vote': the next voter to grant a vote dies right after, then restarts. */
  private crashNextVoter = false;

  constructor(
    private readonly profile: ProfileName,
    private readonly context: NemesisContext,
  ) {}

  /**
   * BUGGIFY-style targeted fault: a voter that just granted a vote crashes
   * (losing unsynced writes) before the election settles, and comes back in
   * the same epoch — exactly when a vote that was not made durable would be
   * granted twice.
   */
  onVoteGranted(voter: number): void {
    if (!this.crashNextVoter) return;
    this.crashNextVoter = false;
    const host = this.context.hosts.find((h) => h.id === voter);
    if (!host?.running) return;
    const { random, trace } = this.context;
    host.crash(random, true);
    trace(`nemesis crash-after-vote fired n${voter}`);
    this.context.after(1 + random.int(30), `restart after vote n${voter}`, () => host.start());
  }

  /** Draws and applies one fault of the profile (no-op for calm). */
  step(): void {
    const menu: readonly FaultName[] = profiles[this.profile];
    if (menu.length === 0) return;
    const fault = menu[this.context.random.int(menu.length)]!;
    this.apply(fault);
  }

  apply(fault: FaultName): void {
    const { hosts, network, random, trace } = this.context;
    const pick = <T>(items: readonly T[]): T | undefined => (items.length === 0 ? undefined : items[random.int(items.length)]);
    const ids = hosts.map((h) => h.id);
    const running = hosts.filter((h) => h.running);
    const crashed = hosts.filter((h) => !h.running);
    let detail = '';
    switch (fault) {
      case 'flaky-net': {
        // No request duplication: the Transport contract (gRPC) delivers a call
        // at most once, and a simulator that injects faults outside the model
        // reports failures that are not bugs. Lost responses still make
        // outcomes indeterminate.
        const faults = { dropProbability: random.int(15) / 100, latency: { minMs: 1, maxMs: 2 + random.int(30), tailProbability: 0.05, tailMs: 200 } };
        network.setFaults(faults);
        detail = JSON.stringify(faults);
        break;
      }
      case 'calm-net':
        network.setFaults({ dropProbability: 0, duplicateProbability: 0, latency: { minMs: 1, maxMs: 5 } });
        break;
      case 'partition-halves': {
        const shuffled = [...ids].sort(() => random.next() - 0.5);
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
        const shuffled = [...ids].sort(() => random.next() - 0.5);
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
        const target = pick(crashed);
        if (!target) return;
        target.start();
        detail = `n${target.id}`;
        break;
      }
      case 'restart-all':
        for (const host of crashed) host.start();
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
        target.crash(random, false);
        target.disk.wipe();
        this.context.onWiped(target);
        target.start();
        detail = `n${target.id}`;
        break;
      }
      case 'disk-sync-fail': {
        const target = pick(hosts);
        if (!target) return;
        target.disk.syncFailureProbability = (1 + random.int(20)) / 100;
        detail = `n${target.id} p=${target.disk.syncFailureProbability}`;
        break;
      }
      case 'disk-full': {
        const target = pick(hosts);
        if (!target) return;
        target.disk.enospc = true;
        detail = `n${target.id}`;
        break;
      }
      case 'disk-clear':
        for (const host of hosts) {
          host.disk.enospc = false;
          host.disk.syncFailureProbability = 0;
        }
        break;
      case 'skew-clock': {
        const target = pick(running);
        if (!target) return;
        const rate = 0.7 + random.int(61) / 100;
        target.setClockRate(rate);
        detail = `n${target.id} rate=${rate}`;
        break;
      }
      case 'crash-after-vote':
        this.crashNextVoter = true;
        // Force an election soon, so the armed crash has a vote to follow.
        this.context.leader()?.crash(random, false);
        break;
      case 'resign-leader': {
        const leader = this.context.leader();
        if (!leader?.incarnation?.started) return;
        leader.incarnation.node.resign();
        detail = `n${leader.id}`;
        break;
      }
    }
    trace(`nemesis ${fault} ${detail}`);
  }

  heal(): void {
    const { hosts, network, trace } = this.context;
    this.crashNextVoter = false;
    network.heal();
    network.setFaults({ dropProbability: 0, duplicateProbability: 0, latency: { minMs: 1, maxMs: 5 } });
    for (const host of hosts) {
      host.disk.enospc = false;
      host.disk.syncFailureProbability = 0;
      host.resume();
      host.setClockRate(1);
      if (!host.running) host.start();
    }
    trace('nemesis heal');
  }
}
