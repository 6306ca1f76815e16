// A command-driven simulated Raft cluster for model-based property tests.
// Same wiring as RaftRun in sim/raft/scenario.ts (real RaftNodes in SimHosts
// on one Scheduler/SimNetwork, RaftInvariants checked before every event),
// but the faults come from an explicit, shrinkable command list instead of a
// timed Nemesis, and the only client traffic is what the commands propose.
// Every Random derives from one seed, so (seed, command list) replays exactly.

import { nodeId, type NodeId } from '../../src/common/ids.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import type { Transport } from '../../src/env/transport.js';
import { defaultRaftTimeouts } from '../../src/raft/raft-core.js';
import { decodeKvCommand, type KvCommand } from '../../sim/raft/kv-state-machine.js';
import { RaftCluster } from '../../sim/raft/cluster.js';
import type { RaftInvariants } from '../../sim/raft/invariants.js';
import type { KvReply, SimHost, SimServices } from '../../sim/raft/sim-host.js';
import { LogRing } from '../../sim/ring-logger.js';
import { Scheduler, SimNetwork } from '../../sim/runtime/index.js';

export interface ClusterShape {
  /** Root of every Random in the run (network latency, disks, elections, torn writes). */
  readonly seed: number;
  readonly voters: 3 | 5;
  readonly observers: 0 | 1;
  readonly snapshotEveryEntries: number;
  readonly segmentBytes: number;
}

/** A put the cluster acknowledged: it must be committed, at this offset and epoch, forever. */
export interface AckedPut {
  readonly opId: number;
  readonly key: string;
  readonly value: string;
  readonly offset: number;
  readonly epoch: number;
}

/** The model: what clients were told. Filled in as replies arrive. */
export interface ClusterModel {
  readonly acked: Map<number, AckedPut>;
  /** Puts rejected with a definite error: they must never be committed. */
  readonly definitelyFailed: Map<number, { key: string; value: string }>;
  /** Puts with no definite answer (timeout, lost leadership after append): may or may not commit. */
  readonly indefinite: Map<number, { key: string; value: string }>;
  /** Read-only view of the real side for command preconditions (check()). */
  readonly cluster: SimCluster;
}

/**
 * Where a command aims, resolved when it runs: a node id, the current leader,
 * or a follower (the lowest-id running voter that does not lead).
 */
export type NodeRef = number | 'leader' | 'follower';

export const clientId = 1000;
export const clientTimeoutMs = 3_000;
/** Liveness bounds of the final phase, in virtual ms after the heal. */
export const finalPhase = { leaderAndProbeMs: 30_000, catchUpMs: 30_000 } as const;

export class PropertyFailure extends Error {
  override readonly name = 'PropertyFailure';
}

export class SimCluster {
  readonly scheduler = new Scheduler({ trace: { tailLines: 40 } });
  readonly network: SimNetwork<SimServices>;
  readonly quorum: RaftCluster;
  readonly model: ClusterModel;
  private readonly ring: LogRing;
  private readonly random: SeededRandom;
  private readonly client: Transport<SimServices>;
  /** Every log entry any node truncated (diverging suffixes), in order. */
  readonly truncated: { node: NodeId; offset: number; epoch: number; kind: string }[] = [];
  private nextOpId = 1;
  private faults = 0;
  private inFlight = 0;
  /** Human-readable log of what the commands did (resolved targets etc.), for failure reports. */
  readonly steps: string[] = [];

  constructor(readonly shape: ClusterShape) {
    this.random = SeededRandom.fromSeed(`prop-${shape.seed}`);
    this.network = new SimNetwork<SimServices>(this.scheduler, this.random.fork('network'));
    this.ring = new LogRing(300, () => this.scheduler.now);
    this.quorum = new RaftCluster({
      scheduler: this.scheduler,
      network: this.network,
      random: this.random,
      ring: this.ring,
      voters: shape.voters,
      observers: shape.observers,
      raft: { ...defaultRaftTimeouts, fetchMaxBytes: 4_096, snapshotChunkBytes: 256 },
      snapshotEveryEntries: shape.snapshotEveryEntries,
      segmentBytes: shape.segmentBytes,
      onFatal: (node, error) => this.onFatal(node, error),
      onLogTruncated: (node, removed) => {
        for (const entry of removed) this.truncated.push({ node, offset: entry.offset, epoch: entry.epoch, kind: entry.kind });
      },
    });
    this.client = this.network.attach(clientId);
    this.client.serve({} as never);
    this.model = { acked: new Map(), definitelyFailed: new Map(), indefinite: new Map(), cluster: this };
    for (const host of this.hosts) host.start();
  }

  /**
   * No disk faults are injected here, so a fatal node error (failed recovery,
   * broken core assertion, a request racing start-up) is a bug: a violation.
   */
  private onFatal(node: NodeId, error: unknown): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.invariants.violations.push({ invariant: 'no-fatal-node-error', detail: `n${node}: ${message}`, timeMs: this.scheduler.now });
  }

  // ------------------------------------------------------------ driving time

  /** Checked before every event: the shared online invariants (sim/raft/cluster.ts). */
  private readonly stop = (): boolean => this.quorum.checkSafety();

  /** Runs the simulation for `ms` virtual ms (or until `done`), then fails on any invariant violation. */
  async advance(ms: number, done?: () => boolean): Promise<void> {
    // Let work started outside an event (host.start(), a client call) schedule
    // its first events; run() would otherwise jump an empty queue to `until`.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const until = this.scheduler.now + ms;
    await this.scheduler.run({ untilMs: until, stop: done ? () => this.stop() || done() : this.stop });
    this.assertNoViolation();
  }

  assertNoViolation(): void {
    this.stop();
    if (this.invariants.violations.length === 0) return;
    throw new PropertyFailure(this.report(this.invariants.violations.map((v) => `${v.invariant} at ${v.timeMs} ms: ${v.detail}`).join('\n')));
  }

  report(headline: string): string {
    return [
      headline,
      `shape: ${JSON.stringify(this.shape)}`,
      `nodes: ${this.describeNodes()}`,
      `steps:\n  ${this.steps.join('\n  ')}`,
      `node log tail:\n  ${this.ring.dump().slice(-30).join('\n  ')}`,
    ].join('\n');
  }

  // -------------------------------------------------------------- node views

  host(id: number): SimHost | undefined {
    return this.quorum.host(id);
  }

  get hosts(): readonly SimHost[] {
    return this.quorum.hosts;
  }

  get invariants(): RaftInvariants {
    return this.quorum.invariants;
  }

  /** The highest-epoch node that believes it leads (paused ones included: they do not know). */
  leader(): SimHost | null {
    return this.quorum.leader();
  }

  /** Resolves a reference, skipping hosts in `exclude` (so a list of refs names distinct nodes). */
  resolve(ref: NodeRef, exclude: ReadonlySet<SimHost> = new Set()): SimHost | undefined {
    if (ref === 'leader') {
      const leader = this.leader();
      return leader && !exclude.has(leader) ? leader : undefined;
    }
    if (ref === 'follower') {
      const leader = this.leader();
      return this.hosts.find((h) => h.isVoter && h.running && h !== leader && !exclude.has(h));
    }
    const host = this.host(ref);
    return host && !exclude.has(host) ? host : undefined;
  }

  /** Waits (bounded) until some node leads, so early commands aiming at 'leader' mean something. */
  async warmUp(maxMs = 10_000): Promise<void> {
    await this.advance(maxMs, () => this.leader() !== null);
    this.steps.push(`@${this.scheduler.now} warm-up: ${this.describeNodes()}`);
  }

  describeNodes(): string {
    return this.quorum.describeNodes();
  }

  // ------------------------------------------------------------------ client

  /**
   * One client put. Attempts go to `target`, then to the leader hint of a
   * definite rejection. With `retryForMs`, a client that got a definite
   * rejection (nothing appended) keeps retrying, 100 ms apart, at the hinted
   * or currently leading node until it gets an answer that is not definite
   * or the time is up. Each attempt has a fresh op id, so a rejected attempt
   * stays distinguishable in the log. Records outcomes in the model; never throws.
   */
  async put(key: string, value: string, target: NodeId, retryForMs = 0): Promise<void> {
    this.inFlight++;
    const deadline = this.scheduler.now + retryForMs;
    try {
      let to = target;
      for (let attempt = 0; ; attempt++) {
        const opId = this.nextOpId++;
        const stored = `${value}#${opId}`;
        let reply: KvReply;
        try {
          reply = await this.client.call(to, 'KvApply', { client: clientId, opId, input: { kind: 'put', key, value: stored } }, { timeoutMs: clientTimeoutMs });
        } catch {
          this.model.indefinite.set(opId, { key, value: stored });
          return;
        }
        if (reply.ok) {
          this.model.acked.set(opId, { opId, key, value: stored, offset: reply.offset, epoch: reply.epoch });
          this.steps.push(`@${this.scheduler.now} ack op${opId} ${key}=${stored} at offset ${reply.offset} epoch ${reply.epoch} by n${to}`);
          return;
        }
        if (!reply.definite) {
          this.model.indefinite.set(opId, { key, value: stored });
          return;
        }
        this.model.definitelyFailed.set(opId, { key, value: stored });
        const hinted = reply.leaderHint !== null && reply.leaderHint !== to;
        if (hinted && attempt < 2) {
          to = nodeId(reply.leaderHint!);
          continue;
        }
        if (this.scheduler.now + 100 >= deadline) return;
        await new Promise<void>((resolve) => this.scheduler.after(100, 'client backoff', resolve));
        to = hinted ? nodeId(reply.leaderHint!) : (this.leader()?.id ?? to);
      }
    } finally {
      this.inFlight--;
    }
  }

  /** Starts a put without waiting for it; returns a flag that flips when it settles. */
  startPut(key: string, value: string, target: NodeId, retryForMs = 0): { settled: boolean } {
    const state = { settled: false };
    void this.put(key, value, target, retryForMs).then(() => (state.settled = true));
    return state;
  }

  // ------------------------------------------------------------------ faults

  private faultRandom(label: string): SeededRandom {
    return this.random.fork(`fault-${this.faults++}-${label}`);
  }

  crash(host: SimHost, tearLastWrite: boolean): void {
    host.crash(this.faultRandom(`crash-${host.id}`), tearLastWrite);
  }

  /** Correlated power loss: every running node loses its unsynced writes (a torn tail for some). */
  crashAll(): string {
    const random = this.faultRandom('crash-all');
    const torn: string[] = [];
    for (const host of this.hosts) {
      if (!host.running) continue;
      const tear = random.int(2) === 0;
      host.crash(random.fork(`n${host.id}`), tear);
      torn.push(`n${host.id}${tear ? '(torn)' : ''}`);
    }
    return torn.join(',');
  }

  /** Heals everything: network, paused processes, crashed processes. */
  healAll(): void {
    this.network.heal();
    for (const host of this.hosts) {
      host.resume();
      if (!host.running) host.start();
    }
  }

  // ------------------------------------------------------------- final phase

  /**
   * Liveness and durability at the end of a run: heal everything; let
   * in-flight client calls settle; a leader must emerge and a probe write
   * commit within a bound; every node must catch up; then every acknowledged
   * put must be committed at its offset on every node, no definitely-failed
   * put may be committed, and every replica's KV state must equal a replay
   * of the committed log.
   */
  async finish(): Promise<void> {
    this.steps.push(`@${this.scheduler.now} final heal`);
    this.healAll();
    await this.advance(clientTimeoutMs * 3 + 100, () => this.inFlight === 0);
    const healMs = this.scheduler.now;
    let probeDone = false;
    void (async () => {
      for (let attempt = 0; !probeDone && this.scheduler.now < healMs + finalPhase.leaderAndProbeMs; attempt++) {
        const leader = this.leader();
        const before = this.model.acked.size;
        if (leader && !leader.paused) await this.put('probe', `probe-${attempt}`, leader.id);
        if (this.model.acked.size > before) probeDone = true;
        else await new Promise<void>((resolve) => this.scheduler.after(100, 'probe backoff', resolve));
      }
    })();
    await this.advance(finalPhase.leaderAndProbeMs, () => probeDone);
    if (!probeDone) throw new PropertyFailure(this.report(`liveness: no leader elected / probe write committed within ${finalPhase.leaderAndProbeMs} ms after the final heal`));
    await this.advance(clientTimeoutMs + 100, () => this.inFlight === 0);
    await this.advance(finalPhase.catchUpMs, () => this.converged());
    if (!this.converged()) throw new PropertyFailure(this.report(`liveness: replicas did not catch up within ${finalPhase.catchUpMs} ms`));
    this.checkDurability();
  }

  private converged(): boolean {
    const leader = this.leader();
    if (!leader) return false;
    const target = leader.incarnation!.node.raft.committedOffset;
    return this.hosts.every((h) => h.incarnation?.started && h.incarnation.node.raft.committedOffset >= target && h.incarnation.node.applied >= target);
  }

  private checkDurability(): void {
    const problems: string[] = [];
    const committed = this.invariants.committed;
    const leaderHw = this.leader()!.incarnation!.node.raft.committedOffset;

    for (const put of this.model.acked.values()) {
      const entry = committed.get(put.offset);
      if (entry) {
        const op = entry.kind === 'data' ? (JSON.parse(entry.dataKey) as KvCommand) : null;
        if (entry.epoch !== put.epoch || op?.opId !== put.opId) {
          problems.push(`lost acknowledged put op${put.opId} ${put.key}=${put.value} (offset ${put.offset} epoch ${put.epoch}): offset ${put.offset} committed as epoch ${entry.epoch} ${entry.dataKey}`);
        }
      }
      for (const host of this.hosts) {
        const inc = host.incarnation!;
        if (inc.node.applied <= put.offset) problems.push(`n${host.id} has applied ${inc.node.applied}, not acknowledged put op${put.opId} at offset ${put.offset}`);
        const local = inc.node.raft.log.entryAt(put.offset);
        if (local) {
          const op = local.kind === 'data' ? decodeKvCommand(local.data) : null;
          if (local.epoch !== put.epoch || op?.opId !== put.opId) {
            problems.push(`n${host.id} has epoch ${local.epoch} op${op?.opId ?? '-'} at offset ${put.offset}, where op${put.opId} (epoch ${put.epoch}) was acknowledged`);
          }
        }
      }
    }

    // Replay the committed log, if the invariant checker saw every committed offset.
    const complete = Array.from({ length: leaderHw }, (_, i) => i).every((offset) => committed.has(offset));
    const expected = new Map<string, string>();
    const committedOps = new Set<number>();
    const lastOpId = new Map<number, number>();
    for (let offset = 0; complete && offset < leaderHw; offset++) {
      const entry = committed.get(offset)!;
      if (entry.kind !== 'data') continue;
      const op = JSON.parse(entry.dataKey) as KvCommand;
      committedOps.add(op.opId);
      // Client sessions (sim/raft/kv-state-machine.ts): an op id not newer than the client's last is not executed.
      if (op.opId <= (lastOpId.get(op.client) ?? 0)) continue;
      lastOpId.set(op.client, op.opId);
      if (op.input.kind === 'put') expected.set(op.input.key, op.input.value);
    }
    if (complete) {
      for (const opId of this.model.definitelyFailed.keys()) {
        if (committedOps.has(opId)) problems.push(`op${opId} was rejected with a definite error but is committed`);
      }
      for (const put of this.model.acked.values()) {
        if (!committedOps.has(put.opId)) problems.push(`acknowledged put op${put.opId} is not in the committed log`);
      }
    }
    // Each replica's state machine: equal to the replay, else at least to the latest acknowledged put per key.
    const latestAcked = new Map<string, AckedPut>();
    for (const put of this.model.acked.values()) {
      const previous = latestAcked.get(put.key);
      if (!previous || put.offset > previous.offset) latestAcked.set(put.key, put);
    }
    const unacked = new Set([...this.model.indefinite.values()].map((p) => p.value));
    for (const host of this.hosts) {
      const kv = host.incarnation!.kv;
      if (complete) {
        for (const [key, value] of expected) if (kv.get(key) !== value) problems.push(`n${host.id} has ${key}=${kv.get(key)}, the committed log says ${value}`);
      }
      for (const [key, put] of latestAcked) {
        const value = kv.get(key);
        if (value !== put.value && !(value !== null && unacked.has(value))) problems.push(`n${host.id} has ${key}=${value}, the latest acknowledged put was ${put.value}`);
      }
    }
    if (problems.length > 0) throw new PropertyFailure(this.report(`durability:\n  ${problems.slice(0, 15).join('\n  ')}`));
    this.assertNoViolation();
  }
}
