// Writes the rules table of README.md (between <!-- rules:start --> and <!-- rules:end -->) from the catalogue and
// the rule registry, as `avtalesjekk rules --format markdown` prints it. Reads the build in dist/ (run `npm run build`).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { listRules } = await import('../dist/format/explain.js');
const { loadCatalogue } = await import('../dist/requirements/catalogue.js');
const { allRules } = await import('../dist/rules/registry.js');

const file = `${root}README.md`;
const readme = readFileSync(file, 'utf8');
const start = '<!-- rules:start -->\n';
const end = '<!-- rules:end -->';
const from = readme.indexOf(start);
const to = readme.indexOf(end, from);
if (from < 0 || to < 0) throw new Error('README.md has no <!-- rules:start --> … <!-- rules:end --> markers');
const catalogue = loadCatalogue();
const next = readme.slice(0, from + start.length) + listRules(catalogue, allRules(catalogue), 'nb', 'markdown') + readme.slice(to);
if (next === readme) console.log('README.md: the rules table is up to date');
else {
  writeFileSync(`${file}.tmp`, next);
  renameSync(`${file}.tmp`, file);
  console.log('README.md: wrote the rules table');
}
