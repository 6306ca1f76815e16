// Goal: the `groups` scenario (real SkiffNodes under faults, consumer groups
// of real Consumers joining, leaving, crashing, pausing and getting cut off,
// the coordinating node crashed and isolated, all judged by checkers.ts)
// finds no violation on a few seeds of different profiles, actually
// exercises the groups (records acknowledged and handled, members fenced and
// rejoining, authoritative coordinator samples), and replays a seed bit for
// bit.
// Method: runGroupsScenario on fixed seeds (about 1 s of CPU each).

import { describe, expect, it } from 'vitest';
import { runGroupsScenario, type GroupsScenarioResult } from '../../sim/groups/scenario.js';

function explain(result: GroupsScenarioResult): string {
  return `seed ${result.config.seed} (${result.config.profile}): ${result.violations.map((v) => `${v.invariant} at ${v.timeMs} ms: ${v.detail}`).join('\n')}`;
}

describe('groups scenario', () => {
  it('finds no violation on seeds of the shutdowns, partitions and crashes profiles, and exercises the groups', async () => {
    let fences = 0;
    for (const seed of [1, 2, 5]) {
      const result = await runGroupsScenario({ seed, profile: 'mixed' });
      expect(result.violations, explain(result)).toEqual([]);
      const check = result.groups.check;
      expect(check, explain(result)).not.toBeNull();
      expect(check!.acked).toBeGreaterThan(0);
      // Every group handled every acknowledged record at least once.
      expect(check!.processed).toBeGreaterThanOrEqual(check!.acked * result.groups.config.groups.length);
      expect(check!.groupSamplesAuthoritative).toBeGreaterThan(0);
      expect(check!.offsetSamplesAuthoritative).toBeGreaterThan(0);
      expect(result.groups.drainMs).toBeGreaterThanOrEqual(0);
      fences += result.groups.memberStats.fences;
    }
    expect(fences).toBeGreaterThan(0);
  }, 120_000);

  it('replays a seed bit for bit', async () => {
    const a = await runGroupsScenario({ seed: 8, profile: 'mixed' });
    const b = await runGroupsScenario({ seed: 8, profile: 'mixed' });
    expect(a.violations, explain(a)).toEqual([]);
    expect(b.traceHash).toBe(a.traceHash);
    expect(b.events).toBe(a.events);
    expect(b.groups).toEqual(a.groups);
  }, 60_000);
});
