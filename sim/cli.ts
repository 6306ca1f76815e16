// The simulator's command line (DESIGN.md §10):
//   npm run sim -- --scenario raft --seed 42
//   npm run sim -- --scenario raft --seeds 1..1000 [--profile chaos] [--trace FILE]
// Prints one line per failing seed with its invariant, config and a trace
// excerpt, then exactly one final line:
//   sim scenario=<s> seeds=<n> violations=<k> simulated_s=<x> wall_s=<y> trace=<hex>
// and exits 1 when k > 0. `trace` is a hash over every seed's event trace, so
// two runs of the same seeds print the same value.

import { createWriteStream, type WriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { profileNames, type ProfileName } from './raft/nemesis.js';
import { runRaftScenario, type RaftScenarioResult } from './raft/scenario.js';
import { TraceHash } from './runtime/index.js';

const scenarios = ['raft'] as const;
type ScenarioName = (typeof scenarios)[number];

function usage(message: string): never {
  console.error(`sim: ${message}`);
  console.error('usage: npm run sim -- --scenario raft (--seed N | --seeds A..B) [--profile mixed|' + profileNames.join('|') + '] [--trace FILE] [--verbose]');
  process.exit(2);
}

function parseSeeds(seed: string | undefined, seeds: string | undefined): number[] {
  if (seed !== undefined && seeds !== undefined) usage('give --seed or --seeds, not both');
  if (seed !== undefined) {
    const n = Number(seed);
    if (!Number.isSafeInteger(n)) usage(`--seed must be an integer, got ${seed}`);
    return [n];
  }
  const match = /^(\d+)\.\.(\d+)$/.exec(seeds ?? '1..10');
  if (!match) usage(`--seeds must look like A..B, got ${seeds}`);
  const [from, to] = [Number(match[1]), Number(match[2])];
  if (to < from) usage(`--seeds range is empty: ${seeds}`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function report(result: RaftScenarioResult, scenario: ScenarioName): void {
  const { config } = result;
  console.log(`\nVIOLATION scenario=${scenario} seed=${config.seed} profile=${config.profile}`);
  for (const v of result.violations) console.log(`  invariant: ${v.invariant} at ${v.timeMs} ms\n    ${v.detail}`);
  console.log(`  config: ${JSON.stringify(config)}`);
  console.log(`  replay: npm run sim -- --scenario ${scenario} --seed ${config.seed} --profile ${config.profile} --verbose`);
  console.log('  trace excerpt (last events):');
  for (const line of result.traceTail.slice(-25)) console.log(`    ${line}`);
  console.log('  node log excerpt:');
  for (const line of result.logTail.slice(-40)) console.log(`    ${line}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'raft' },
      seed: { type: 'string' },
      seeds: { type: 'string' },
      profile: { type: 'string', default: 'mixed' },
      trace: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const scenario = values.scenario as ScenarioName;
  if (!scenarios.includes(scenario)) usage(`unknown scenario ${values.scenario}; known: ${scenarios.join(', ')}`);
  const profile = values.profile as ProfileName | 'mixed';
  if (profile !== 'mixed' && !profileNames.includes(profile)) usage(`unknown profile ${values.profile}`);
  const seeds = parseSeeds(values.seed, values.seeds);
  const traceFile: WriteStream | null = values.trace ? createWriteStream(values.trace) : null;
  const combined = new TraceHash({ tailLines: 1 });
  const started = performance.now();
  let violations = 0;
  let simulatedMs = 0;
  for (const seed of seeds) {
    if (traceFile) traceFile.write(`# seed ${seed}\n`);
    const result = await runRaftScenario({ seed, profile, ...(traceFile ? { traceSink: (line: string) => traceFile.write(`${line}\n`) } : {}) });
    simulatedMs += result.simulatedMs;
    combined.record(`${seed} ${result.traceHash}`);
    if (result.violations.length > 0) {
      violations++;
      report(result, scenario);
    } else if (values.verbose) {
      console.log(`seed=${seed} profile=${result.config.profile} voters=${result.config.voters} observers=${result.config.observers} ok_ops=${result.stats.ok}/${result.stats.operations} committed=${result.stats.committedOffsets} max_epoch=${result.stats.maxEpoch} events=${result.events} simulated_s=${(result.simulatedMs / 1000).toFixed(1)} trace=${result.traceHash}${result.stats.linearizabilityUndecided ? ' linearizability=undecided' : ''}`);
    }
  }
  if (traceFile) await new Promise<void>((resolve) => traceFile.end(resolve));
  const wallS = (performance.now() - started) / 1000;
  const trace = combined.hex();
  console.log(`sim scenario=${scenario} seeds=${seeds.length} violations=${violations} simulated_s=${(simulatedMs / 1000).toFixed(1)} wall_s=${wallS.toFixed(1)} trace=${trace}`);
  process.exitCode = violations > 0 ? 1 : 0;
}

await main();
