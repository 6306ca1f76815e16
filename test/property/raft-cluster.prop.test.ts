// Goal: the metadata quorum (src/raft, unchanged) never loses an acknowledged
// write and never breaks the online Raft invariants, under any script of
// client writes, crashes (torn or not), correlated power loss, restarts,
// partitions, one-way links, pauses and leader resignations.
// Method: fast-check `fc.commands` scripts drive a simulated 3-voter cluster
// (+0/1 observer) on one Scheduler/SimNetwork (test/property/raft-cluster-
// harness.ts). The model is the set of acknowledged puts. After every command
// RaftInvariants must be clean (it is also checked before every simulator
// event). At the end everything is healed; within a bound a leader must
// exist and a probe write commit, every node must catch up, and every
// acknowledged put must be committed at its offset on every node.
// Unlike a seed sweep, a failing script shrinks to a minimal fault script.
//
// Replay a failure: fast-check prints `seed`, `path` and the commands'
// `replayPath`; run
//   PROP_SEED=<seed> PROP_PATH=<path> PROP_REPLAY_PATH=<replayPath> npx vitest run test/property
// More runs: PROP_RUNS=1000 npx vitest run test/property (about 12 ms a run).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AdvanceTime,
  commandArbs,
  Crash,
  CrashAllLosingUnsynced,
  Heal,
  Isolate,
  Partition,
  Propose,
  RestartAll,
  type ClusterCommand,
} from './raft-cluster-commands.js';
import { SimCluster, type ClusterShape } from './raft-cluster-harness.js';

/** One script through the harness: warm up, run the commands (invariants after each), final heal and durability check. */
async function runScript(shape: ClusterShape, commands: Iterable<ClusterCommand>): Promise<SimCluster> {
  const cluster = new SimCluster(shape);
  await cluster.warmUp();
  await fc.asyncModelRun(() => ({ model: cluster.model, real: cluster }), commands);
  await cluster.finish();
  return cluster;
}

const shapeArb: fc.Arbitrary<ClusterShape> = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  voters: fc.constant(3 as const),
  observers: fc.constantFrom(0 as const, 1 as const),
  // 1000: no snapshots in a run; 20 and 4: snapshots, log compaction, FetchSnapshot.
  snapshotEveryEntries: fc.constantFrom(1_000, 20, 4),
  segmentBytes: fc.constantFrom(8_192, 512),
});

const env = (name: string): string | undefined => process.env[name];
const numRuns = Number(env('PROP_RUNS') ?? 40);
const replay = env('PROP_SEED') !== undefined ? { seed: Number(env('PROP_SEED')), path: env('PROP_PATH') } : {};
const replayPath = env('PROP_REPLAY_PATH');

describe('raft cluster under shrinkable fault scripts', () => {
  it('keeps every acknowledged put and the online invariants', async () => {
    await fc.assert(
      fc.asyncProperty(shapeArb, fc.commands(commandArbs(4), { maxCommands: 25, size: 'max', ...(replayPath ? { replayPath } : {}) }), async (shape, commands) => {
        await runScript(shape, commands);
      }),
      { numRuns, ...replay },
    );
  }, 600_000);
});

describe('raft cluster regression scripts', () => {
  const base: ClusterShape = { seed: 7, voters: 3, observers: 1, snapshotEveryEntries: 1_000, segmentBytes: 8_192 };

  it('(a) leader killed right after an ack, then correlated power loss and restart: the write survives', async () => {
    const cluster = await runScript({ ...base, seed: 11 }, [
      new Propose('a', 1, 'leader', true),
      new Crash('leader', true),
      new CrashAllLosingUnsynced(),
      new RestartAll(),
      new AdvanceTime(3_000),
    ]);
    const acked = [...cluster.model.acked.values()];
    expect(acked.find((p) => p.key === 'a')).toBeDefined();
    for (const host of cluster.hosts) expect(host.incarnation!.kv.get('a')).toBe(acked.find((p) => p.key === 'a')!.value);
  });

  it('(b) isolated leader: its unacknowledged entries are truncated, acknowledged ones survive', async () => {
    const cluster = await runScript({ ...base, seed: 12 }, [
      new Propose('a', 1, 'leader', true),
      new Isolate('leader'),
      // Same virtual instant: 'leader' is still the old, now isolated, leader; it appends but cannot commit.
      new Propose('b', 2, 'leader', false),
      new Propose('b', 3, 'leader', false),
      new AdvanceTime(3_000),
      // The majority has elected a new leader (higher epoch), which 'leader' now names.
      new Propose('c', 4, 'leader', true),
      new Heal(),
      new AdvanceTime(3_000),
    ]);
    const keys = [...cluster.model.acked.values()].map((p) => p.key);
    expect(keys).toContain('a');
    expect(keys).toContain('c');
    expect(keys).not.toContain('b');
    for (const host of cluster.hosts) expect(host.incarnation!.kv.get('b')).toBeNull();
    // The old leader had appended both b puts in its epoch; rejoining, it truncated them.
    const oldLeaderEpoch = cluster.model.acked.values().next().value!.epoch;
    expect(cluster.truncated.filter((t) => t.epoch === oldLeaderEpoch && t.kind === 'data').length).toBeGreaterThanOrEqual(2);
  });

  it('(c) 3/2 split with the leader in the minority, writes on the majority side, heal', async () => {
    const cluster = await runScript({ ...base, seed: 13, voters: 5, observers: 0 }, [
      new Propose('a', 1, 'leader', true),
      new Partition(['leader', 'follower']),
      new Propose('b', 2, 'leader', false),
      new AdvanceTime(4_000),
      new Propose('c', 3, 'leader', true),
      new Propose('c', 4, 'leader', true),
      new Heal(),
      new AdvanceTime(3_000),
    ]);
    const keys = [...cluster.model.acked.values()].map((p) => p.key);
    expect(keys).toContain('a');
    expect(keys.filter((k) => k === 'c')).toHaveLength(2);
    expect(keys).not.toContain('b');
    const oldLeaderEpoch = cluster.model.acked.values().next().value!.epoch;
    expect(cluster.truncated.some((t) => t.epoch === oldLeaderEpoch && t.kind === 'data')).toBe(true);
    for (const host of cluster.hosts) {
      expect(host.incarnation!.kv.get('b')).toBeNull();
      expect(host.incarnation!.kv.get('c')).toMatch(/^v4#/);
    }
  });

  // CONFIRMED BUG (src/raft/raft-node.ts since 87aacfb, with sim/raft/sim-host.ts):
  // SimHost.start() serves RaftNode.handlers() before RaftNode.start() has
  // recovered and created its core. A peer's request arriving in that window
  // (here: a pre-vote from the prospective n3 reaching the leader n1 that was
  // crashed and is restarted by the final heal) runs `this.core.handleRequest`
  // on undefined; guard() turns the TypeError into fail(), so the node stops
  // for good (onFatal). Before 87aacfb the same TypeError only became an error
  // response. The seed sweep hides it: scenario.ts treats a non-assertion
  // fatal as a disk error and restarts the node. Shrunk by this property
  // from a 25-command script to the one below; fixed by handlers answering NODE_STARTING.
  // Flip to it() once a request before start() is answered (or dropped)
  // without killing the node.
  it('regression: a Raft request reaching a node that is still recovering does not kill it (start-up race)', async () => {
    await runScript({ seed: 519645290, voters: 3, observers: 0, snapshotEveryEntries: 1_000, segmentBytes: 8_192 }, [
      new Crash('leader', false),
      new AdvanceTime(1_136),
    ]);
  });
});
