#!/usr/bin/env node
// avtalesjekk: checks a samarbeidsavtale against helse- og omsorgstjenesteloven kapittel 6.
import { existsSync } from 'node:fs';

// A copy of the source without its build (a git checkout before `npm run build`) says so in one line. This is the
// only text outside the i18n catalogues: they are part of the build that is missing.
const bundle = new URL('../dist/bundle-cli.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('avtalesjekk: mangler dist/ (ikke bygget). Kjør «npm run build» i pakkemappen. / Not built: run `npm run build` in the package folder.\n');
  process.exitCode = 2;
} else {
  const { run } = await import(bundle.href);
  process.exitCode = await run();
}
