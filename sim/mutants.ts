// Do the checkers have teeth? Each mutant below is a deliberately broken
// variant of the quorum. This script applies one at a time to a throwaway git
// worktree of HEAD (never to this tree), sweeps seeds with the raft scenario
// and reports which invariant caught it and at which seed first:
//   npm run sim:mutants [-- --seeds 1..300] [--only hw-previous-epoch]
// A mutant that no longer applies (the code it edits changed) is an error, so
// the table in the README cannot silently go stale.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

interface Mutant {
  readonly name: string;
  readonly description: string;
  readonly edits: readonly { readonly file: string; readonly find: string; readonly replace: string }[];
}

const core = 'src/raft/raft-core.ts';
const node = 'src/raft/raft-node.ts';

const mutants: readonly Mutant[] = [
  {
    name: 'vote-not-persisted',
    description: 'vote granted, but votedId not persisted',
    edits: [{ file: node, find: 'if (ready.quorumState) await this.quorumStore.write(ready.quorumState);', replace: 'if (ready.quorumState) await this.quorumStore.write({ ...ready.quorumState, votedId: ready.quorumState.leaderId === null ? null : ready.quorumState.votedId });' }],
  },
  {
    name: 'hw-previous-epoch',
    description: 'high watermark advanced on a previous epoch\'s entry',
    edits: [{ file: core, find: 'if (majorityOffset <= leader.epochStartOffset || majorityOffset <= this.highWatermark) return false;', replace: 'if (majorityOffset <= this.highWatermark) return false;' }],
  },
  {
    name: 'prevote-while-following',
    description: 'pre-vote granted while hearing from a live leader',
    edits: [{ file: core, find: "return this.role === 'follower' && this.lastFetchOkMs !== null && this.now - this.lastFetchOkMs < this.config.fetchTimeoutMs;", replace: 'return false;' }],
  },
  {
    name: 'no-check-quorum',
    description: 'check-quorum disabled',
    edits: [{ file: core, find: 'if (!leader || this.majority === 1) return null;\n    // The (majority-1)-th', replace: 'if (!leader || this.majority === 1 || leader !== null) return null;\n    // The (majority-1)-th' }],
  },
  {
    name: 'send-before-persist',
    description: 'messages sent before the Ready is persisted',
    edits: [{
      file: node,
      find: '        await this.persist(ready);\n        if (this.stopped) return;\n        this.core.markPersisted(ready, this.options.clock.now());\n        this.dispatch(ready.messages);',
      replace: '        this.dispatch(ready.messages);\n        await this.persist(ready);\n        if (this.stopped) return;\n        this.core.markPersisted(ready, this.options.clock.now());',
    }],
  },
  {
    name: 'truncate-to-hw',
    description: 'follower truncates to its high watermark instead of the diverging epoch',
    edits: [
      { file: core, find: 'let truncateTo = Math.min(diverging.endOffset, local?.offset ?? this.log.logStartOffset);', replace: 'let truncateTo = Math.max(this.highWatermark, this.log.logStartOffset); void local;' },
      { file: core, find: 'if (local && local.epoch < diverging.epoch) truncateTo = Math.min(truncateTo, local.offset);', replace: '' },
    ],
  },
  {
    name: 'no-sync',
    description: 'log never fsynced',
    edits: [{ file: node, find: '    if (ready.logOps.length > 0) await this.logStore.sync();', replace: '' }],
  },
  {
    name: 'leader-counts-unsynced',
    description: 'leader counts its own unsynced offset toward the high watermark',
    edits: [{ file: core, find: '    const offsets = [this.durableEndOffset];', replace: '    const offsets = [this.log.logEndOffset];' }],
  },
  {
    name: 'grant-stale-log',
    description: 'real votes granted without the log up-to-date check',
    edits: [{ file: core, find: '    if (!this.candidateLogIsUpToDate(request)) return reject();\n', replace: '' }],
  },
];

const { values } = parseArgs({ options: { seeds: { type: 'string', default: '1..300' }, only: { type: 'string' } } });
const repo = resolve(import.meta.dirname, '..');
const selected = mutants.filter((m) => values.only === undefined || m.name === values.only);
if (selected.length === 0) throw new Error(`no mutant named ${values.only}`);

function git(args: string[]): void {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

function runMutant(mutant: Mutant): { violating: number; first: string; invariant: string; line: string } {
  const dir = mkdtempSync(join(tmpdir(), `skiff-mutant-${mutant.name}-`));
  git(['worktree', 'add', '--detach', '--force', dir, 'HEAD']);
  try {
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
    for (const edit of mutant.edits) {
      const path = join(dir, edit.file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(edit.find)) throw new Error(`mutant ${mutant.name} no longer applies to ${edit.file}: update sim/mutants.ts`);
      writeFileSync(path, text.replace(edit.find, edit.replace));
    }
    const sim = spawnSync('npx', ['tsx', 'sim/cli.ts', '--scenario', 'raft', '--seeds', values.seeds], { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
    const lines = sim.stdout.split('\n');
    const violations = lines.filter((l) => l.startsWith('VIOLATION'));
    const firstIndex = lines.findIndex((l) => l.startsWith('VIOLATION'));
    const invariant = firstIndex >= 0 ? (/invariant: (\S+)/.exec(lines[firstIndex + 1] ?? '')?.[1] ?? '?') : '-';
    const first = violations[0] ? (/seed=(\d+)/.exec(violations[0])?.[1] ?? '?') : '-';
    return { violating: violations.length, first, invariant, line: lines.filter((l) => l.startsWith('sim ')).pop() ?? sim.stderr.slice(-300) };
  } finally {
    git(['worktree', 'remove', '--force', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`mutants of HEAD, seeds ${values.seeds} (mixed profile)`);
for (const mutant of selected) {
  const result = runMutant(mutant);
  console.log(JSON.stringify({ mutant: mutant.name, description: mutant.description, caught_by: result.invariant, first_seed: result.first, violating_seeds: result.violating, sim: result.line }));
}
