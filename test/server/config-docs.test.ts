// Goal: docs/configuration.md is exactly what the key table renders, so every
// key the parser accepts is documented with its real default and meaning.
// Method: render and compare with the checked-in file.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configKeys } from '../../src/server/config.js';
import { renderConfigReference } from '../../src/server/config-docs.js';

describe('docs/configuration.md', () => {
  it('is up to date with src/server/config.ts (run npm run docs:config)', () => {
    expect(readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8')).toBe(renderConfigReference());
  });

  it('documents every key', () => {
    const text = renderConfigReference();
    for (const k of configKeys) expect(text).toContain(`\`${k.key}\``);
  });
});
