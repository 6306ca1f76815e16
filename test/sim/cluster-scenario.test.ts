// Goal: the `cluster` scenario (real SkiffNodes under faults, sim/cluster)
// finds no violation on a spread of seeds and profiles, replays a seed bit
// for bit, and fails a seed when node code is deliberately broken (so the
// wiring from the nodes to the checkers is live, not just the checkers).
// Method: runClusterScenario on fixed seeds (each 0.1–0.3 s of CPU; about 25 runs in all); the broken
// variants patch a production prototype for one run and restore it.

import { afterEach, describe, expect, it } from 'vitest';
import { QuorumController } from '../../src/controller/quorum-controller.js';
import { MetadataLoader } from '../../src/metadata/loader.js';
import { decodeRecordBatch, encodeRecordBatch } from '../../src/metadata/record-codec.js';
import type { LogEntry } from '../../src/raft/types.js';
import { clusterProfileNames, type ClusterProfileName } from '../../sim/cluster/nemesis.js';
import { runClusterScenario, type ClusterScenarioResult } from '../../sim/cluster/scenario.js';

function explain(result: ClusterScenarioResult): string {
  return `seed ${result.config.seed} (${result.config.profile}): ${result.violations.map((v) => `${v.invariant} at ${v.timeMs} ms: ${v.detail}`).join('\n')}`;
}

/** The first of seeds 1..10 that reports a violation (a fence or shutdown is needed to reach some bugs). */
async function firstFailingSeed(profile: ClusterProfileName): Promise<ClusterScenarioResult | null> {
  for (let seed = 1; seed <= 10; seed++) {
    const result = await runClusterScenario({ seed, profile });
    if (result.violations.length > 0) return result;
  }
  return null;
}

describe('cluster scenario', () => {
  it('finds no violation on seeds 1..12 (mixed profiles)', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const result = await runClusterScenario({ seed, profile: 'mixed' });
      expect(result.violations, explain(result)).toEqual([]);
      expect(result.stats.settleMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('finds no violation under every profile', async () => {
    for (const [i, profile] of clusterProfileNames.entries()) {
      const result = await runClusterScenario({ seed: 1000 + i, profile });
      expect(result.violations, explain(result)).toEqual([]);
    }
  });

  it('replays a seed bit for bit', async () => {
    for (const seed of [3, 17]) {
      const a = await runClusterScenario({ seed, profile: 'mixed' });
      const b = await runClusterScenario({ seed, profile: 'mixed' });
      expect(b.traceHash).toBe(a.traceHash);
      expect(b.events).toBe(a.events);
      expect(b.simulatedMs).toBe(a.simulatedMs);
    }
  });
});

describe('cluster scenario with deliberately broken nodes', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    for (const undo of restore.splice(0)) undo();
  });

  it('catches a loader that drops partition changes (image-is-replay-of-log)', async () => {
    const original = MetadataLoader.prototype.apply;
    restore.push(() => (MetadataLoader.prototype.apply = original));
    MetadataLoader.prototype.apply = function (this: MetadataLoader, entry: LogEntry) {
      if (entry.kind !== 'data') return original.call(this, entry);
      const kept = decodeRecordBatch(entry.data).filter((record) => record.type !== 'PartitionChange');
      return original.call(this, { ...entry, data: encodeRecordBatch(kept) });
    };
    const result = await firstFailingSeed('shutdowns');
    expect(result?.violations.map((v) => v.invariant)).toContain('image-is-replay-of-log');
  });

  it('catches every node claiming to be the active controller (one-active-controller-per-epoch)', async () => {
    // Every node's controller reports itself active in its node's current quorum epoch.
    const descriptor = Object.getOwnPropertyDescriptor(QuorumController.prototype, 'activeControllerEpoch')!;
    restore.push(() => Object.defineProperty(QuorumController.prototype, 'activeControllerEpoch', descriptor));
    Object.defineProperty(QuorumController.prototype, 'activeControllerEpoch', {
      configurable: true,
      get(this: { options: { raft: { status(): { epoch: number } } } }) {
        return this.options.raft.status().epoch;
      },
    });
    const result = await runClusterScenario({ seed: 1, profile: 'calm' });
    expect(result.violations.map((v) => v.invariant)).toContain('one-active-controller-per-epoch');
  });
});
