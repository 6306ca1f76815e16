// bench:sim — how fast the simulator runs the real quorum code: simulated
// seconds per wall second for a 5-voter, 2-observer cluster, calm and chaos
// profiles, idle (the quorum's own heartbeats and long-polls) and with four KV
// clients writing continuously. Baseline, measured in the same
// run: the bare scheduler turning over the same number of no-op events, i.e.
// the cost of the simulator itself without any node code.
//   npm run bench:sim [-- --seeds 20]
import { parseArgs } from 'node:util';
import { runRaftScenario } from '../sim/raft/scenario.js';
import { Scheduler } from '../sim/runtime/index.js';

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '12' } } });
const seeds = Number(values.seeds);

type Case = { readonly profile: 'calm' | 'chaos'; readonly workload: 'idle' | 'writes' };

async function measure({ profile, workload }: Case): Promise<{ simulatedS: number; wallS: number; events: number }> {
  let simulatedMs = 0;
  let events = 0;
  const started = performance.now();
  for (let seed = 1; seed <= seeds; seed++) {
    const result = await runRaftScenario({ seed, profile, voters: 5, observers: 2, clients: workload === 'idle' ? 0 : 4, skipLinearizability: true });
    if (result.violations.length > 0) throw new Error(`seed ${seed} (${profile}) violated ${result.violations[0]!.invariant}`);
    simulatedMs += result.simulatedMs;
    events += result.events;
  }
  return { simulatedS: simulatedMs / 1000, wallS: (performance.now() - started) / 1000, events };
}

async function schedulerBaseline(events: number): Promise<number> {
  const scheduler = new Scheduler();
  let remaining = events;
  const tick = (): void => {
    if (--remaining > 0) scheduler.after(1, 'noop', tick);
  };
  scheduler.after(1, 'noop', tick);
  const started = performance.now();
  await scheduler.run({});
  return events / ((performance.now() - started) / 1000);
}

const cases: Case[] = [
  { profile: 'calm', workload: 'idle' },
  { profile: 'chaos', workload: 'idle' },
  { profile: 'calm', workload: 'writes' },
  { profile: 'chaos', workload: 'writes' },
];
for (const benchCase of cases) {
  const { profile, workload } = benchCase;
  const { simulatedS, wallS, events } = await measure(benchCase);
  const eventsPerS = events / wallS;
  const baselineEventsPerS = await schedulerBaseline(events);
  console.log(JSON.stringify({
    bench: 'sim',
    profile,
    workload,
    voters: 5,
    observers: 2,
    seeds,
    simulated_s: Number(simulatedS.toFixed(1)),
    wall_s: Number(wallS.toFixed(2)),
    sim_s_per_wall_s: Number((simulatedS / wallS).toFixed(0)),
    events_per_s: Math.round(eventsPerS),
    baseline_scheduler_events_per_s: Math.round(baselineEventsPerS),
    ratio_vs_bare_scheduler: Number((eventsPerS / baselineEventsPerS).toFixed(3)),
  }));
}
