// Goal: the version the node reports (skiff_node_info) is package.json's.
// Method: read package.json from the repository root and compare.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skiffVersion } from '../../src/version.js';

describe('skiffVersion', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(skiffVersion).toBe(pkg.version);
  });
});
