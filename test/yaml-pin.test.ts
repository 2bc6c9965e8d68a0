// The fast parser copies one version of the yaml package; package.json must pin exactly the version the lockfile installs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')) as Record<string, any>;

describe('the yaml pin', () => {
  it('is an exact version, the one in the lockfile and the one installed', () => {
    const wanted = read('package.json').dependencies.yaml as string;
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    expect(read('package-lock.json').packages['node_modules/yaml'].version).toBe(wanted);
    expect(read('node_modules/yaml/package.json').version).toBe(wanted);
  });
});
