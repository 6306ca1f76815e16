// Goal: the `dataplane` scenario (real SkiffNodes under faults, with real
// producers and consumers recorded into a history and judged by the
// Jepsen-style checkers) finds no violation on a few seeds, actually moves
// data (acknowledged sends, polls, final reads), and replays a seed bit for
// bit.
// Method: runDataplaneScenario on fixed seeds (about 1 s of CPU each).

import { describe, expect, it } from 'vitest';
import { runDataplaneScenario, type DataplaneScenarioResult } from '../../sim/dataplane/scenario.js';

function explain(result: DataplaneScenarioResult): string {
  return `seed ${result.config.seed} (${result.config.profile}): ${result.violations.map((v) => `${v.invariant} at ${v.timeMs} ms: ${v.detail}`).join('\n')}`;
}

describe('dataplane scenario', () => {
  it('finds no violation on seeds 1..4 (mixed profiles) and moves data', async () => {
    for (let seed = 1; seed <= 4; seed++) {
      const result = await runDataplaneScenario({ seed, profile: 'mixed' });
      expect(result.violations, explain(result)).toEqual([]);
      const history = result.dataplane.history;
      expect(history, explain(result)).not.toBeNull();
      expect(history!.sendsOk).toBeGreaterThan(0);
      expect(history!.finalReads).toBe(3 * result.dataplane.topics);
      expect(history!.recordsPolled).toBeGreaterThan(0);
    }
  }, 120_000);

  it('passes under the crashes profile (crash-all, wipe-observer)', async () => {
    const result = await runDataplaneScenario({ seed: 7, profile: 'crashes', observers: 2 });
    expect(result.violations, explain(result)).toEqual([]);
  }, 60_000);

  it('replays a seed bit for bit', async () => {
    const a = await runDataplaneScenario({ seed: 3, profile: 'mixed' });
    const b = await runDataplaneScenario({ seed: 3, profile: 'mixed' });
    expect(b.traceHash).toBe(a.traceHash);
    expect(b.events).toBe(a.events);
    expect(b.dataplane).toEqual(a.dataplane);
  }, 60_000);
});
