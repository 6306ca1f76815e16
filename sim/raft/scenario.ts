// The `raft` scenario: 3 or 5 voters (plus observers) run the real quorum code
// (src/raft) on simulated clocks, disks and network, under a profile of faults,
// while KV clients propose commands. Two phases, as in TigerBeetle's VOPR:
//   1. safety: faults for a while, invariants checked before every event;
//   2. liveness: heal everything, then within a bound a leader must be elected,
//      a new write must commit, every node must catch up, and a leader that
//      was healthy at the heal must not be deposed (KIP-996 pre-vote).
// At the end the client history must be linearizable.
// Everything random derives from the seed, so a seed replays bit for bit.

import { AssertionError } from '../../src/common/assert.js';
import { SkiffError } from '../../src/common/errors.js';
import type { NodeId } from '../../src/common/ids.js';
import { FsError } from '../../src/env/file-system.js';
import { SeededRandom } from '../../src/common/seeded-random.js';
import { defaultRaftTimeouts, type RaftConfig } from '../../src/raft/raft-core.js';
import { checkLinearizable, type KvOperation } from '../checkers/linearizability.js';
import { LogRing } from '../ring-logger.js';
import { Scheduler, SimNetwork } from '../runtime/index.js';
import { RaftCluster, simWireCodec } from './cluster.js';
import type { Violation } from './invariants.js';
import { Nemesis, profileNames, type ProfileName } from './nemesis.js';
import type { SimServices } from './sim-host.js';
import { KvClient } from './workload.js';

export interface RaftScenarioOptions {
  readonly seed: number;
  /** A profile name, or 'mixed' to let the seed choose one. */
  readonly profile: ProfileName | 'mixed';
  readonly voters?: number;
  readonly observers?: number;
  readonly clients?: number;
  readonly faultPhaseMs?: number;
  /** Sink for every trace line (--trace FILE). */
  readonly traceSink?: (line: string) => void;
  /** Skip the (quadratic in the worst case) linearizability check, e.g. for speed benchmarks. */
  readonly skipLinearizability?: boolean;
}

export interface RaftScenarioConfig {
  readonly seed: number;
  readonly profile: ProfileName;
  readonly voters: number;
  readonly observers: number;
  readonly clients: number;
  readonly keys: number;
  readonly opsPerClient: number;
  readonly faultPhaseMs: number;
  /** Clients stop this long before the heal, so logs can be equal when rejoining nodes canvass. */
  readonly quietTailMs: number;
  /**
   * KIP-996's motivating case, staged before the heal: the network heals, one
   * follower is cut off long enough to start canvassing, then rejoins a
   * healthy leader with an up-to-date log. Pre-vote must keep the leader.
   */
  readonly rejoinBeforeHeal: boolean;
  /**
   * Before the full heal, heal only a quorum core (VOPR's liveness mode) with
   * one leak: the old leader keeps a link to exactly one core member, and one
   * more voter stays down, so the core is exactly a majority. The core must
   * still elect and commit: the old leader must notice it lost its majority
   * (check-quorum) and stop holding that member's pre-votes hostage.
   */
  readonly leakyCoreBeforeHeal: boolean;
  readonly faultIntervalMs: readonly [number, number];
  readonly snapshotEveryEntries: number;
  readonly segmentBytes: number;
  readonly raft: Omit<RaftConfig, 'nodeId' | 'voters'>;
}

export interface RaftScenarioResult {
  readonly config: RaftScenarioConfig;
  readonly violations: readonly Violation[];
  readonly simulatedMs: number;
  readonly events: number;
  readonly traceHash: string;
  readonly traceTail: readonly string[];
  readonly logTail: readonly string[];
  readonly stats: { readonly operations: number; readonly ok: number; readonly committedOffsets: number; readonly maxEpoch: number; readonly linearizabilityUndecided: boolean };
}

/** Bounds of the liveness phase (virtual ms after the heal). */
const liveness = { leaderAndWriteMs: 20_000, catchUpMs: 30_000, stableWindowMs: 5_000 } as const;

export function deriveConfig(options: RaftScenarioOptions): RaftScenarioConfig {
  const random = SeededRandom.fromSeed(options.seed).fork('config');
  const profile = options.profile === 'mixed' ? profileNames[random.int(profileNames.length)]! : options.profile;
  const voters = options.voters ?? (random.int(3) === 0 ? 3 : 5);
  return {
    seed: options.seed,
    profile,
    voters,
    observers: options.observers ?? random.int(3),
    clients: options.clients ?? 3 + random.int(3),
    keys: 3 + random.int(3),
    opsPerClient: 60 + random.int(60),
    faultPhaseMs: options.faultPhaseMs ?? 10_000 + random.int(20_000),
    ...quietTail(random),
    faultIntervalMs: [200, 600 + random.int(2_400)],
    snapshotEveryEntries: 20 + random.int(150),
    segmentBytes: 1_024 + random.int(8_192),
    raft: { ...defaultRaftTimeouts, fetchMaxBytes: 512 + random.int(16_384), snapshotChunkBytes: 64 + random.int(1_024) },
    // Drawn last so adding it did not change the other fields of any seed.
    leakyCoreBeforeHeal: voters === 5 && random.int(3) === 0,
  };
}

/** The staged rejoin: heal this long before the end, let a leader settle, then isolate one of its followers for the last rejoinIsolationMs. */
const rejoinSettleMs = 6_000;
const rejoinIsolationMs = 3_500;

function quietTail(random: SeededRandom): Pick<RaftScenarioConfig, 'quietTailMs' | 'rejoinBeforeHeal'> {
  const roll = random.int(4);
  if (roll < 2) return { quietTailMs: 0, rejoinBeforeHeal: false };
  if (roll === 2) return { quietTailMs: 1_000 + random.int(6_000), rejoinBeforeHeal: false };
  // Writes stop before the isolation, so the isolated follower's log stays up to date.
  return { quietTailMs: rejoinIsolationMs + 500 + random.int(1_500), rejoinBeforeHeal: true };
}

export async function runRaftScenario(options: RaftScenarioOptions): Promise<RaftScenarioResult> {
  const config = deriveConfig(options);
  const run = new RaftRun(config, options);
  return run.execute();
}

class RaftRun {
  private readonly scheduler: Scheduler;
  private readonly random: SeededRandom;
  private readonly network: SimNetwork<SimServices>;
  private readonly cluster: RaftCluster;
  private readonly history: KvOperation[] = [];
  private readonly ring: LogRing;
  private readonly nemesis: Nemesis;
  private readonly clients: KvClient[] = [];
  private nextOpId = 1;
  private fatalRestarts = 0;

  constructor(
    private readonly config: RaftScenarioConfig,
    private readonly options: RaftScenarioOptions,
  ) {
    this.scheduler = new Scheduler({ trace: { tailLines: 60, ...(options.traceSink ? { sink: options.traceSink } : {}) } });
    this.random = SeededRandom.fromSeed(config.seed);
    this.network = new SimNetwork<SimServices>(this.scheduler, this.random.fork('network'), { codec: simWireCodec });
    this.ring = new LogRing(400, () => this.scheduler.now);
    this.cluster = new RaftCluster({
      scheduler: this.scheduler,
      network: this.network,
      random: this.random,
      ring: this.ring,
      voters: config.voters,
      observers: config.observers,
      raft: config.raft,
      snapshotEveryEntries: config.snapshotEveryEntries,
      segmentBytes: config.segmentBytes,
      onFatal: (node, error) => this.onNodeFatal(node, error),
      onVoteGranted: (voter) => this.nemesis.onVoteGranted(voter),
    });
    this.nemesis = new Nemesis(config.profile, {
      hosts: this.cluster.hosts,
      network: this.network,
      random: this.random.fork('nemesis'),
      trace: (line) => this.scheduler.trace(line),
      leader: () => this.cluster.leader(),
      onWiped: (host) => this.cluster.invariants.onWiped(host.id),
      after: (delayMs, label, fn) => void this.scheduler.after(delayMs, label, fn),
    });
  }

  /**
   * A disk error stops the node (as the process would exit); a supervisor
   * restarts it later. A broken assertion is a bug: it fails the seed.
   */
  private onNodeFatal(node: NodeId, error: unknown): void {
    const host = this.cluster.host(node)!;
    if (!isStorageError(error)) {
      // Only the disk may legitimately kill a node; anything else is a bug.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.cluster.invariants.violations.push({ invariant: error instanceof AssertionError ? 'assertion' : 'node-crashed-on-bug', detail: `node ${node}: ${detail}`, timeMs: this.scheduler.now });
      return;
    }
    this.scheduler.trace(`fatal n${node}: ${error instanceof Error ? error.message : String(error)}`);
    host.crash(this.random.fork(`fatal-${this.fatalRestarts}`), true);
    this.fatalRestarts++;
    this.scheduler.after(500 + this.random.int(2_000), `supervisor restart n${node}`, () => host.start());
  }

  async execute(): Promise<RaftScenarioResult> {
    try {
      return await this.executePhases();
    } catch (error) {
      // Anything that escapes a run is a failed seed, never a dead sweep.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.cluster.invariants.violations.push({ invariant: error instanceof AssertionError ? 'assertion' : 'simulation-error', detail, timeMs: this.scheduler.now });
      return this.result(false);
    }
  }

  private async executePhases(): Promise<RaftScenarioResult> {
    const stop = this.cluster.checkSafety;
    for (const host of this.cluster.hosts) host.start();
    this.startClients();
    const faultEndMs = this.config.faultPhaseMs;
    if (this.config.rejoinBeforeHeal) {
      // Random faults stop early; the staged rejoin owns the last seconds.
      this.scheduleFaults(faultEndMs - rejoinSettleMs - 500);
      this.scheduler.at(faultEndMs - rejoinSettleMs, 'nemesis settle', () => this.nemesis.heal());
      this.scheduler.at(faultEndMs - rejoinIsolationMs, 'nemesis rejoin', () => this.isolateFollowerBeforeHeal());
    } else {
      this.scheduleFaults(faultEndMs);
    }
    await this.scheduler.run({ untilMs: faultEndMs, stop });
    let linearizabilityUndecided = false;
    if (this.cluster.invariants.violations.length === 0 && this.config.leakyCoreBeforeHeal) await this.leakyCorePhase(stop);
    if (this.cluster.invariants.violations.length === 0) {
      this.nemesis.heal();
      await this.livenessPhase(stop);
    }
    for (const client of this.clients) client.stopped = true;
    if (this.cluster.invariants.violations.length === 0 && !this.options.skipLinearizability) {
      const result = checkLinearizable(this.history, { maxExploredStates: 500_000 });
      linearizabilityUndecided = result.undecided === true;
      if (!result.ok) this.cluster.invariants.violations.push({ invariant: 'linearizable-kv-history', detail: result.reason ?? 'not linearizable', timeMs: this.scheduler.now });
    }
    return this.result(linearizabilityUndecided);
  }

  private startClients(): void {
    const voters = this.cluster.voterIds;
    const keys = Array.from({ length: this.config.keys }, (_, i) => `k${i}`);
    for (let i = 0; i < this.config.clients; i++) {
      const clientId = 1000 + i;
      const transport = this.network.attach(clientId);
      transport.serve({} as never);
      const client = new KvClient(clientId, transport as never, this.history, {
        scheduler: this.scheduler,
        random: this.random.fork(`client-${i}`),
        voters,
        keys,
        opsPerClient: this.config.opsPerClient,
        requestTimeoutMs: 3_000,
        stopAtMs: this.config.faultPhaseMs - this.config.quietTailMs,
      }, () => this.nextOpId++);
      this.clients.push(client);
      void client.run();
    }
  }

  private isolateFollowerBeforeHeal(): void {
    const leader = this.cluster.leader();
    const epoch = leader?.incarnation?.node.raft.currentEpoch;
    const followers = this.cluster.hosts.filter((h) => {
      const core = h.isVoter && h.incarnation?.started ? h.incarnation.node.raft : null;
      return core?.currentRole === 'follower' && core.currentEpoch === epoch && core.currentLeader === leader?.id;
    });
    const target = followers[this.random.int(Math.max(1, followers.length))];
    if (!target) return;
    this.network.isolate(target.id);
    this.scheduler.trace(`nemesis rejoin: isolate n${target.id} until the heal`);
  }

  private scheduleFaults(faultEndMs: number): void {
    const [minMs, maxMs] = this.config.faultIntervalMs;
    const next = (): void => {
      const at = this.scheduler.now + minMs + this.random.int(maxMs - minMs);
      if (at >= faultEndMs) return;
      this.scheduler.at(at, 'nemesis', () => {
        this.nemesis.step();
        next();
      });
    };
    next();
  }

  private async leakyCorePhase(stop: () => boolean): Promise<void> {
    const leader = this.cluster.leader();
    if (!leader) return;
    this.nemesis.heal();
    const voters = this.cluster.hosts.filter((h) => h.isVoter && h !== leader);
    const leakTo = voters[this.random.int(voters.length)]!;
    const others = voters.filter((h) => h !== leakTo);
    const down = others[this.random.int(others.length)]!;
    down.crash(this.random.fork('leaky-core'), false);
    const peers = [...this.cluster.hosts.map((h) => h.id as number), ...this.clients.map((c) => c.id), 2000, 2001, 2002];
    for (const peer of peers) {
      if (peer === leader.id || peer === leakTo.id) continue;
      this.network.blockOneWay(leader.id, peer);
      this.network.blockOneWay(peer, leader.id);
    }
    this.scheduler.trace(`nemesis leaky core: old leader n${leader.id} reaches only n${leakTo.id}; n${down.id} down`);
    const startMs = this.scheduler.now;
    let done = false;
    void this.livenessProbe(startMs + liveness.leaderAndWriteMs, 2002, 'core-probe').then((ok) => (done = ok));
    await this.scheduler.run({ untilMs: startMs + liveness.leaderAndWriteMs, stop: () => stop() || done });
    if (this.cluster.invariants.violations.length > 0 || done) return;
    this.livenessViolation('quorum-core-elects-and-commits', `core without n${leader.id} and n${down.id} (n${leader.id} still reaching n${leakTo.id}) committed nothing within ${liveness.leaderAndWriteMs} ms: ${this.cluster.describeNodes()}`);
  }

  private async livenessPhase(stop: () => boolean): Promise<void> {
    const healMs = this.scheduler.now;
    const stableLeader = this.stableLeaderAt();
    const maxEpochAtHeal = this.maxEpoch();
    const probe = this.livenessProbe(healMs + liveness.leaderAndWriteMs, 2000, 'probe');
    let probeDone = false;
    void probe.then((ok) => (probeDone = ok));
    await this.scheduler.run({ untilMs: healMs + liveness.leaderAndWriteMs, stop: () => stop() || probeDone });
    if (this.cluster.invariants.violations.length > 0) return;
    if (!probeDone) {
      return this.livenessViolation('leader-and-commit-after-heal', `no write committed within ${liveness.leaderAndWriteMs} ms after the heal`);
    }
    await this.scheduler.run({ untilMs: healMs + liveness.catchUpMs, stop: () => stop() || this.converged() });
    if (this.cluster.invariants.violations.length > 0) return;
    if (!this.converged()) return this.livenessViolation('replicas-catch-up-after-heal', `replicas did not converge within ${liveness.catchUpMs} ms: ${this.cluster.describeNodes()}`);
    // Jepsen-style final reads: every key read through the log after recovery,
    // so the linearizability check sees whether acknowledged writes survived.
    const readsDone = this.finalReads();
    let reads = false;
    void readsDone.then(() => (reads = true));
    await this.scheduler.run({ untilMs: this.scheduler.now + liveness.leaderAndWriteMs, stop: () => stop() || reads });
    if (this.cluster.invariants.violations.length > 0) return;
    if (!reads) return this.livenessViolation('final-reads-complete', `final reads did not complete within ${liveness.leaderAndWriteMs} ms`);
    await this.scheduler.run({ untilMs: this.scheduler.now + liveness.stableWindowMs, stop });
    if (stableLeader !== null && this.maxEpoch() !== maxEpochAtHeal) {
      // KIP-996: a healthy leader (with a majority following it at the heal)
      // must not be deposed by nodes rejoining after faults.
      this.livenessViolation('stable-leader-not-disrupted', `leader n${stableLeader} of epoch ${maxEpochAtHeal} was healthy at the heal, but the epoch moved to ${this.maxEpoch()}`);
    }
  }

  /** A client the checker drives itself (liveness probe, final reads); its operations join the history. */
  private checkerClient(id: number, label: string, keys: readonly string[]): KvClient {
    const transport = this.network.attach(id);
    transport.serve({} as never);
    const options = { scheduler: this.scheduler, random: this.random.fork(label), voters: this.cluster.voterIds, keys, opsPerClient: keys.length, requestTimeoutMs: 2_000 };
    return new KvClient(id, transport as never, this.history, options, () => this.nextOpId++);
  }

  private async finalReads(): Promise<void> {
    const keys = Array.from({ length: this.config.keys }, (_, i) => `k${i}`);
    const reader = this.checkerClient(2001, 'final-reads', keys);
    for (const key of keys) {
      while (!(await reader.invoke({ kind: 'get', key }))) {
        await new Promise<void>((resolve) => this.scheduler.after(50, 'final read backoff', resolve));
      }
    }
  }

  /** Proposes one write through a fresh client, retrying until it commits or the deadline passes. */
  private async livenessProbe(deadlineMs: number, clientId: number, label: string): Promise<boolean> {
    const probe = this.checkerClient(clientId, label, ['probe']);
    for (let attempt = 0; this.scheduler.now < deadlineMs; attempt++) {
      if (await probe.invoke({ kind: 'put', key: 'probe', value: `${label}-${attempt}` })) return true;
      await new Promise<void>((resolve) => this.scheduler.after(50, 'probe backoff', resolve));
    }
    return false;
  }

  /**
   * The leader at the heal, if it is at the highest epoch any node knows and
   * a majority of voters (the leader included) is in fresh contact with it:
   * followers that got a Fetch response within the last quarter fetch timeout.
   * Such a leader is healthy, and pre-vote must keep it in office.
   */
  private stableLeaderAt(): NodeId | null {
    const leader = this.cluster.leader();
    if (!leader) return null;
    const epoch = leader.incarnation!.node.raft.currentEpoch;
    if (this.maxEpoch() > epoch) return null;
    const freshMs = this.config.raft.fetchTimeoutMs / 4;
    const voters = this.cluster.hosts.filter((h) => h.isVoter);
    const inContact = voters.filter((h) => {
      if (h === leader) return true;
      const core = h.incarnation?.started && !h.paused ? h.incarnation.node.raft : null;
      const contactMs = core?.lastLeaderContactMs ?? null;
      return core !== null && core.currentEpoch === epoch && core.currentLeader === leader.id && contactMs !== null && h.incarnation!.clock.now() - contactMs <= freshMs;
    });
    return inContact.length > voters.length / 2 ? leader.id : null;
  }

  /** Highest epoch anywhere: live nodes' epochs and what crashed nodes had sent. */
  private maxEpoch(): number {
    let max = 0;
    for (const host of this.cluster.hosts) {
      const core = host.incarnation?.started ? host.incarnation.node.raft : null;
      max = Math.max(max, core?.currentEpoch ?? 0, this.cluster.invariants.maxEpochSent(host.id));
    }
    return max;
  }

  private converged(): boolean {
    const leader = this.cluster.leader();
    if (!leader) return false;
    const target = leader.incarnation!.node.raft.committedOffset;
    const leaderKv = leader.incarnation!.kv.snapshot();
    return this.cluster.hosts.every((h) => {
      const inc = h.incarnation;
      if (!inc?.started || inc.node.applied < target) return false;
      return inc.node.applied > target || equalBytes(inc.kv.snapshot(), leaderKv);
    });
  }

  private livenessViolation(invariant: string, detail: string): void {
    this.cluster.invariants.violations.push({ invariant, detail, timeMs: this.scheduler.now });
  }

  private result(linearizabilityUndecided: boolean): RaftScenarioResult {
    return {
      config: this.config,
      violations: this.cluster.invariants.violations,
      simulatedMs: this.scheduler.now,
      events: this.scheduler.eventsExecuted,
      traceHash: this.scheduler.traceHash.hex(),
      traceTail: this.scheduler.traceHash.tail(60),
      logTail: this.ring.dump().slice(-120),
      stats: {
        operations: this.history.length,
        ok: this.history.filter((op) => op.outcome.type === 'ok').length,
        committedOffsets: this.cluster.invariants.committed.size,
        maxEpoch: this.maxEpoch(),
        linearizabilityUndecided,
      },
    };
  }
}

function isStorageError(error: unknown): boolean {
  return error instanceof FsError || (error instanceof SkiffError && (error.code === 'KAFKA_STORAGE_ERROR' || error.code === 'CORRUPT_MESSAGE'));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
