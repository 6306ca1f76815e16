// A simulated quorum: voters and observers as SimHosts running the real
// RaftNode, wired to the online safety checkers. Shared by the seed-driven
// scenario (scenario.ts, faults from a timed Nemesis) and the command-driven
// property harness (test/property, faults from shrinkable command lists), so
// both check exactly the same invariants on exactly the same wiring.

import { nodeId, type NodeId } from '../../src/common/ids.js';
import type { Random } from '../../src/env/random.js';
import type { RaftConfig } from '../../src/raft/raft-core.js';
import type { LogEntry } from '../../src/raft/types.js';
import { toMessageCodec, type MessageCodec } from '../../src/transport/codec.js';
import { raftCodec } from '../../src/transport/raft-codec.js';
import { ringLogger, type LogRing } from '../ring-logger.js';
import type { Scheduler, SimNetwork } from '../runtime/index.js';
import { RaftInvariants } from './invariants.js';
import { kvCodec, SimHost, type SimServices } from './sim-host.js';

/**
 * The cluster's network codec: every simulated message is protobuf-encoded
 * and decoded with the production raft codec (KvApply, sim-only, as JSON), so
 * serialization bugs fail seeds. Give it to the SimNetwork the cluster uses.
 */
export const simWireCodec: MessageCodec = toMessageCodec<SimServices>({ ...raftCodec, ...kvCodec });

export interface RaftClusterOptions {
  readonly scheduler: Scheduler;
  readonly network: SimNetwork<SimServices>;
  /** Root of the hosts' randomness; each host forks `host-<id>`. */
  readonly random: Random;
  readonly ring: LogRing;
  readonly voters: number;
  readonly observers: number;
  readonly raft: Omit<RaftConfig, 'nodeId' | 'voters'>;
  readonly snapshotEveryEntries: number;
  readonly segmentBytes: number;
  /** A node stopped on an error (the caller decides: disk fault or bug). */
  readonly onFatal: (node: NodeId, error: unknown) => void;
  /** Extra observers, called after the invariants have seen the event. */
  readonly onVoteGranted?: (voter: NodeId) => void;
  readonly onLogTruncated?: (node: NodeId, removed: readonly LogEntry[]) => void;
}

/**
 * Events one run may execute. A passing seed uses about ten thousand; a run
 * that blows through this is livelocked (work without progress), which is a
 * liveness bug to report, not a reason to hang.
 */
export const maxEventsPerRun = 2_000_000;

export class RaftCluster {
  readonly hosts: SimHost[] = [];
  readonly invariants: RaftInvariants;
  private readonly started = new Set<SimHost>();

  private readonly scheduler: Scheduler;

  constructor(options: RaftClusterOptions) {
    const { scheduler } = options;
    this.scheduler = scheduler;
    this.invariants = new RaftInvariants(() => scheduler.now);
    const voters = Array.from({ length: options.voters }, (_, i) => nodeId(i + 1));
    for (let i = 1; i <= options.voters + options.observers; i++) {
      const id = nodeId(i);
      this.hosts.push(
        new SimHost({
          id,
          raftConfig: { ...options.raft, nodeId: id, voters },
          scheduler,
          network: options.network,
          random: options.random.fork(`host-${id}`),
          logger: ringLogger(options.ring, {}),
          snapshotEveryEntries: options.snapshotEveryEntries,
          segmentBytes: options.segmentBytes,
          observer: {
            onEpochSent: (node, epoch) => this.invariants.onEpochSent(node, epoch),
            onVoteGranted: (voter, epoch, candidate) => {
              this.invariants.onVoteGranted(voter, epoch, candidate);
              options.onVoteGranted?.(voter);
            },
            onLogTruncated: (node, removed) => {
              this.invariants.onLogTruncated(node, removed);
              options.onLogTruncated?.(node, removed);
            },
            onPreVoteGranted: (node, grant) => this.invariants.onPreVoteGranted(node, grant),
            onFatal: options.onFatal,
          },
        }),
      );
    }
  }

  get voterIds(): NodeId[] {
    return this.hosts.filter((h) => h.isVoter).map((h) => h.id);
  }

  host(id: number): SimHost | undefined {
    return this.hosts.find((h) => h.id === id);
  }

  /**
   * The safety check to run before every simulator event: notices (re)starts
   * for the durability checks, then evaluates the online invariants. Returns
   * true once any invariant is violated (a `stop` predicate for Scheduler.run).
   */
  readonly checkSafety = (): boolean => {
    if (this.scheduler.eventsExecuted > maxEventsPerRun && this.invariants.violations.length === 0) {
      this.invariants.violations.push({ invariant: 'bounded-work', detail: `more than ${maxEventsPerRun} events: livelock at ${this.scheduler.now} ms; ${this.describeNodes()}`, timeMs: this.scheduler.now });
    }
    for (const host of this.hosts) {
      if (host.incarnation?.started && !this.started.has(host)) {
        this.started.add(host);
        this.invariants.onStarted(host);
      } else if (!host.incarnation) this.started.delete(host);
    }
    this.invariants.check(this.hosts);
    return this.invariants.violations.length > 0;
  };

  /** The highest-epoch node that believes it leads (a paused one does not know it was deposed). */
  leader(): SimHost | null {
    let best: SimHost | null = null;
    for (const host of this.hosts) {
      const core = host.incarnation?.started ? host.incarnation.node.raft : null;
      if (core?.currentRole === 'leader' && (!best || core.currentEpoch > best.incarnation!.node.raft.currentEpoch)) best = host;
    }
    return best;
  }

  describeNodes(): string {
    return this.hosts
      .map((h) => {
        const inc = h.incarnation;
        if (!inc) return `n${h.id}:down`;
        if (!inc.started) return `n${h.id}:starting`;
        const core = inc.node.raft;
        return `n${h.id}:${core.currentRole}@${core.currentEpoch}${h.paused ? '(paused)' : ''} leader=${core.currentLeader} hw=${core.committedOffset} applied=${inc.node.applied} log=[${core.log.logStartOffset},${core.log.logEndOffset})`;
      })
      .join(' ');
  }
}
