// Installs the peer tools (ajv-cli, Spectral) into a cached folder outside the project and writes the Spectral ruleset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PEER_PACKAGES = ['ajv-cli@5', 'ajv-formats@3', '@stoplight/spectral-cli@6'];

/** Bin script of an installed package, or null. Resolved to the JS file so we can run it with this node. */
function bin(dir, name) {
  const p = join(dir, 'node_modules', '.bin', name);
  return existsSync(p) ? realpathSync(p) : null;
}

/**
 * Make sure the peers are installed in `dir` (reused between runs). Returns
 * { ajv, spectral, versions, errors } where a missing tool is null with a reason in `errors`.
 */
export function ensurePeers(dir, log) {
  const errors = {};
  mkdirSync(dir, { recursive: true });
  if (!bin(dir, 'ajv') || !bin(dir, 'spectral') || !existsSync(join(dir, 'node_modules', 'ajv-formats'))) {
    log(`Installerer ${PEER_PACKAGES.join(', ')} i ${dir} …`);
    if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    const r = spawnSync('npm', ['install', '--prefix', dir, ...PEER_PACKAGES, '--no-audit', '--no-fund', '--loglevel=error'], {
      stdio: ['ignore', 'inherit', 'pipe'],
      timeout: 600_000,
    });
    if (r.status !== 0) {
      const why = (r.stderr?.toString() || r.error?.message || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ');
      errors.install = why;
      log(`npm install failed: ${why}`);
    }
  }
  const ajv = bin(dir, 'ajv');
  const spectral = bin(dir, 'spectral');
  if (!ajv) errors['ajv-cli'] ??= 'not installed';
  if (!spectral) errors.spectral ??= 'not installed';
  const versions = {};
  for (const [name, pkg] of [['ajv-cli', 'ajv-cli'], ['ajv-formats', 'ajv-formats'], ['spectral', '@stoplight/spectral-cli']]) {
    try {
      versions[name] = JSON.parse(readFileSync(join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      versions[name] = null;
    }
  }
  return { ajv, spectral, versions, errors };
}

/**
 * A Spectral ruleset with one rule applying our whole schema to the document root.
 * The schema is inlined: Spectral does not resolve a `$ref` to a schema file in functionOptions
 * (the rule then silently passes everything).
 */
export function writeSpectralRuleset(schemaPath, outPath) {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ruleset = {
    rules: {
      'avtale-schema': {
        description: 'The agreement matches schemas/avtale.schema.json',
        severity: 'error',
        given: '$',
        then: { function: 'schema', functionOptions: { schema, dialect: 'draft2020-12', allErrors: true } },
      },
    },
  };
  writeFileSync(outPath, JSON.stringify(ruleset));
  return outPath;
}
