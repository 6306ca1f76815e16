// `npm run docs:config`: writes docs/configuration.md from the config key table.

import { writeFileSync } from 'node:fs';
import { renderConfigReference } from '../server/config-docs.js';

export function writeConfigReference(path = 'docs/configuration.md'): void {
  writeFileSync(path, renderConfigReference());
}

writeConfigReference(process.argv[2]);
