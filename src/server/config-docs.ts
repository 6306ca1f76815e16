// The configuration reference (docs/configuration.md), rendered from the same
// key table the parser validates against (configKeys), so the document
// cannot drift from the code: test/server/config-docs.test.ts fails when the
// checked-in file differs from what this renders (`npm run docs:config`
// rewrites it).

import { configKeys, type ConfigGroup } from './config.js';

const groupTitles: Record<ConfigGroup, string> = {
  node: 'Node',
  quorum: 'Metadata quorum',
  network: 'Network',
  storage: 'Storage',
  replication: 'Replication',
  topics: 'Topics',
  groups: 'Consumer groups',
  observability: 'Observability',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderConfigReference(): string {
  const lines = [
    '# Configuration reference',
    '',
    '<!-- Generated from src/server/config.ts by `npm run docs:config`; do not edit by hand. -->',
    '',
    'A node reads one `server.properties` file (`skiff server start --config FILE`) with Kafka\'s key names.',
    'Unknown keys, bad values and conflicting keys are errors that name the file and line. Keys Kafka has but',
    'Skiff does not use are refused with the reason.',
    '',
  ];
  for (const group of Object.keys(groupTitles) as ConfigGroup[]) {
    const keys = configKeys.filter((k) => k.group === group);
    if (keys.length === 0) continue;
    lines.push(`## ${groupTitles[group]}`, '', '| Key | Default | Valid values | Meaning |', '|---|---|---|---|');
    for (const k of keys) {
      const fallback = k.required ? '*required*' : k.default !== null ? `\`${k.default}\`` : cell(k.defaultDescription ?? '—');
      lines.push(`| \`${k.key}\` | ${fallback} | ${cell(k.validValues)} | ${cell(k.doc)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
