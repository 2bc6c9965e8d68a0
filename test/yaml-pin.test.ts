// The fast parser copies one version of the yaml package; package.json must pin exactly the version the lockfile installs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface PackageFile {
  dependencies: Record<string, string>;
  packages: Record<string, { version: string }>;
  version: string;
}
const read = (name: string) => JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8')) as PackageFile;

describe('the yaml pin', () => {
  it('is an exact version, the one in the lockfile and the one installed', () => {
    const wanted = read('package.json').dependencies.yaml!;
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    expect(read('package-lock.json').packages['node_modules/yaml']?.version).toBe(wanted);
    expect(read('node_modules/yaml/package.json').version).toBe(wanted);
  });
});
