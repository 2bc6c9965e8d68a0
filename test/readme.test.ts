// The README's requirement table is the one generated from the catalogue, and its two commands are the real ones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRules } from '../src/format/explain.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { allRules } from '../src/rules/registry.js';
import { ROOT } from './helpers/run.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('has the requirement table generated from the catalogue', () => {
    const m = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme);
    expect(m, 'README has the rules markers').not.toBeNull();
    const catalogue = loadCatalogue();
    expect(m![1]).toBe(listRules(catalogue, allRules(catalogue), 'nb', 'markdown'));
  });

  it('gives the two commands for a fresh machine, and they match package.json', () => {
    expect(readme).toContain('npm ci && npm run build && node bin/avtalesjekk.js check examples/nordre-trondelag/avtale.yaml\nnpm test\n');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toContain('vitest run');
    expect(pkg.scripts.build).toBeDefined();
  });
});
