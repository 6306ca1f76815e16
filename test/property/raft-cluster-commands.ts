// The fault-script vocabulary of the model-based Raft property test: one
// fast-check AsyncCommand per client action or fault. Targets ('leader',
// 'follower', node id) resolve when the command runs; a command whose target
// does not apply at that moment (restart a running node, pause a paused one)
// fails check() and is skipped, so any sub-list of a script is a valid script
// and fast-check can shrink freely. Every run() ends with the online
// invariants clean (RaftInvariants is also checked before every event).

import fc from 'fast-check';
import type { SimHost } from '../../sim/raft/sim-host.js';
import { clientTimeoutMs, type ClusterModel, type NodeRef, type SimCluster } from './raft-cluster-harness.js';

export type ClusterCommand = fc.AsyncCommand<ClusterModel, SimCluster>;

const refName = (ref: NodeRef): string => (typeof ref === 'number' ? `n${ref}` : ref);
const named = (host: SimHost | undefined): string => (host ? `n${host.id}` : 'nobody');

/** Resolves a list of references to distinct hosts (unresolvable ones dropped). */
function resolveAll(cluster: SimCluster, refs: readonly NodeRef[]): SimHost[] {
  const chosen = new Set<SimHost>();
  for (const ref of refs) {
    const host = cluster.resolve(ref, chosen);
    if (host) chosen.add(host);
  }
  return [...chosen];
}

function note(cluster: SimCluster, command: ClusterCommand, detail = ''): void {
  cluster.steps.push(`@${cluster.scheduler.now} ${command.toString()}${detail ? ` -> ${detail}` : ''}`);
}

/** Longest a waiting Propose runs the simulation (a definite rejection is retried until then). */
const waitMs = 8_000;

/**
 * Puts key=value through the KV client. Without `wait` the command returns at
 * once (the put is in flight; later commands interleave with it). With
 * `wait`, the client retries definite rejections and the simulation runs until
 * it has an ack or an uncertain answer (at most waitMs).
 */
export class Propose implements ClusterCommand {
  constructor(
    readonly key: string,
    readonly value: number,
    readonly target: NodeRef,
    readonly wait: boolean,
  ) {}

  check(m: Readonly<ClusterModel>): boolean {
    return typeof this.target !== 'number' || m.cluster.host(this.target) !== undefined;
  }

  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    // No leader known: the client guesses the first voter (it gets NOT_LEADER, or a timeout).
    const host = c.resolve(this.target) ?? c.hosts[0]!;
    note(c, this, named(host));
    const put = c.startPut(this.key, `v${this.value}`, host.id, this.wait ? waitMs - clientTimeoutMs : 0);
    if (this.wait) await c.advance(waitMs + 100, () => put.settled);
    else c.assertNoViolation();
  }

  toString(): string {
    return `Propose(${this.key}=v${this.value}, to=${refName(this.target)}${this.wait ? ', wait' : ''})`;
  }
}

export class AdvanceTime implements ClusterCommand {
  constructor(readonly ms: number) {}
  check(): boolean {
    return true;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    await c.advance(this.ms);
    note(c, this, c.describeNodes());
  }
  toString(): string {
    return `AdvanceTime(${this.ms})`;
  }
}

/** Process crash: unsynced writes are lost; with `tear`, a prefix of each file's last unsynced write survives. */
export class Crash implements ClusterCommand {
  constructor(
    readonly target: NodeRef,
    readonly tear: boolean,
  ) {}
  check(m: Readonly<ClusterModel>): boolean {
    return m.cluster.resolve(this.target)?.running === true;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    const host = c.resolve(this.target)!;
    note(c, this, named(host));
    c.crash(host, this.tear);
    c.assertNoViolation();
  }
  toString(): string {
    return `Crash(${refName(this.target)}${this.tear ? ', tear' : ''})`;
  }
}

/** Correlated power loss: every running node crashes, losing its unsynced data. */
export class CrashAllLosingUnsynced implements ClusterCommand {
  check(m: Readonly<ClusterModel>): boolean {
    return m.cluster.hosts.some((h) => h.running);
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    note(c, this, c.crashAll());
    c.assertNoViolation();
  }
  toString(): string {
    return 'CrashAllLosingUnsynced';
  }
}

export class Restart implements ClusterCommand {
  constructor(readonly node: number) {}
  check(m: Readonly<ClusterModel>): boolean {
    const host = m.cluster.host(this.node);
    return host !== undefined && !host.running;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    note(c, this);
    c.host(this.node)!.start();
    c.assertNoViolation();
  }
  toString(): string {
    return `Restart(n${this.node})`;
  }
}

export class RestartAll implements ClusterCommand {
  check(m: Readonly<ClusterModel>): boolean {
    return m.cluster.hosts.some((h) => !h.running);
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    note(c, this);
    for (const host of c.hosts) if (!host.running) host.start();
    c.assertNoViolation();
  }
  toString(): string {
    return 'RestartAll';
  }
}

/**
 * Splits the nodes in two: the listed ones against all others. Rules add up
 * until Heal. Clients are in neither group, so they still reach every node
 * (a minority leader keeps accepting writes it cannot commit).
 */
export class Partition implements ClusterCommand {
  constructor(readonly side: readonly NodeRef[]) {}
  private sides(c: SimCluster): [SimHost[], SimHost[]] {
    const side = resolveAll(c, this.side);
    return [side, c.hosts.filter((h) => !side.includes(h))];
  }
  check(m: Readonly<ClusterModel>): boolean {
    const [a, b] = this.sides(m.cluster);
    return a.length > 0 && b.length > 0;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    const [a, b] = this.sides(c);
    note(c, this, `${a.map(named).join(',')} | ${b.map(named).join(',')}`);
    c.network.partition([a.map((h) => h.id), b.map((h) => h.id)]);
    c.assertNoViolation();
  }
  toString(): string {
    return `Partition(${this.side.map(refName).join(',')} | rest)`;
  }
}

/** Cuts one node off from its peers (clients still reach it). */
export class Isolate implements ClusterCommand {
  constructor(readonly target: NodeRef) {}
  check(m: Readonly<ClusterModel>): boolean {
    return m.cluster.resolve(this.target) !== undefined;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    const host = c.resolve(this.target)!;
    note(c, this, named(host));
    c.network.partition([[host.id], c.hosts.filter((h) => h !== host).map((h) => h.id)]);
    c.assertNoViolation();
  }
  toString(): string {
    return `Isolate(${refName(this.target)})`;
  }
}

/** Drops every message from `from` to `to` (the reverse direction still works). */
export class OneWay implements ClusterCommand {
  constructor(
    readonly from: NodeRef,
    readonly to: NodeRef,
  ) {}
  private ends(c: SimCluster): SimHost[] {
    return resolveAll(c, [this.from, this.to]);
  }
  check(m: Readonly<ClusterModel>): boolean {
    return this.ends(m.cluster).length === 2;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    const [from, to] = this.ends(c) as [SimHost, SimHost];
    note(c, this, `n${from.id}->n${to.id}`);
    c.network.blockOneWay(from.id, to.id);
    c.assertNoViolation();
  }
  toString(): string {
    return `OneWay(${refName(this.from)}->${refName(this.to)})`;
  }
}

/** Heals the network (partitions, one-way blocks); crashed and paused nodes stay so. */
export class Heal implements ClusterCommand {
  check(): boolean {
    return true;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    note(c, this);
    c.network.heal();
    c.assertNoViolation();
  }
  toString(): string {
    return 'Heal';
  }
}

/** Freezes a process (clock and network): a GC pause or SIGSTOP. */
export class Pause implements ClusterCommand {
  constructor(readonly target: NodeRef) {}
  check(m: Readonly<ClusterModel>): boolean {
    const host = m.cluster.resolve(this.target);
    return host !== undefined && host.running && !host.paused;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    const host = c.resolve(this.target)!;
    note(c, this, named(host));
    host.pause();
    c.assertNoViolation();
  }
  toString(): string {
    return `Pause(${refName(this.target)})`;
  }
}

export class Resume implements ClusterCommand {
  constructor(readonly node: number) {}
  check(m: Readonly<ClusterModel>): boolean {
    return m.cluster.host(this.node)?.paused === true;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    note(c, this);
    c.host(this.node)!.resume();
    c.assertNoViolation();
  }
  toString(): string {
    return `Resume(n${this.node})`;
  }
}

/** Graceful leadership hand-off by the current leader. */
export class ResignLeader implements ClusterCommand {
  check(m: Readonly<ClusterModel>): boolean {
    return m.cluster.leader()?.incarnation?.started === true;
  }
  async run(_m: ClusterModel, c: SimCluster): Promise<void> {
    const leader = c.leader()!;
    note(c, this, named(leader));
    leader.incarnation!.node.resign();
    c.assertNoViolation();
  }
  toString(): string {
    return 'ResignLeader';
  }
}

// ------------------------------------------------------------- arbitraries

/** Targets shrink towards 'leader', then 'follower', then low node ids. */
export function nodeRefArb(maxNode: number): fc.Arbitrary<NodeRef> {
  return fc.oneof(fc.constant<NodeRef>('leader'), fc.constant<NodeRef>('follower'), fc.integer({ min: 1, max: maxNode }));
}

/**
 * The generated vocabulary, weighted by repetition: time and writes most
 * often, then crashes and partitions. `maxNode` is the highest node id any
 * generated shape has (commands aiming above a run's size are skipped).
 */
export function commandArbs(maxNode: number): fc.Arbitrary<ClusterCommand>[] {
  const ref = nodeRefArb(maxNode);
  const node = fc.integer({ min: 1, max: maxNode });
  const propose = fc
    .tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 99 }), fc.oneof(fc.constant<NodeRef>('leader'), ref), fc.boolean())
    .map(([key, value, target, wait]) => new Propose(key, value, target, wait));
  const advance = fc.integer({ min: 50, max: 3_000 }).map((ms) => new AdvanceTime(ms));
  const times = <T>(n: number, arb: fc.Arbitrary<T>): fc.Arbitrary<T>[] => Array.from({ length: n }, () => arb);
  return [
    ...times(6, propose),
    ...times(6, advance),
    fc.tuple(ref, fc.boolean()).map(([target, tear]) => new Crash(target, tear)),
    fc.constant(new CrashAllLosingUnsynced()),
    ...times(2, node.map((n) => new Restart(n))),
    fc.constant(new RestartAll()),
    fc.uniqueArray(ref, { minLength: 1, maxLength: 2 }).map((side) => new Partition(side)),
    ref.map((target) => new Isolate(target)),
    fc.tuple(ref, ref).map(([from, to]) => new OneWay(from, to)),
    ...times(2, fc.constant(new Heal())),
    ref.map((target) => new Pause(target)),
    ...times(2, node.map((n) => new Resume(n))),
    fc.constant(new ResignLeader()),
  ];
}
