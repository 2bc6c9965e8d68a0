// npm's `prepare` step (run by `npm ci`, `npm pack`, and installs from git or a folder): builds dist/, or says in one
// line why it cannot. A folder install links the folder without its devDependencies, so tsc may be missing there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const tools = ['typescript/bin/tsc', 'esbuild/package.json'];
if (!tools.every((tool) => existsSync(`${root}node_modules/${tool}`))) {
  process.stderr.write(`avtalesjekk: kan ikke bygge i ${root}: byggeverktøyene mangler. Kjør «npm ci» i den mappen først. / Cannot build: run \`npm ci\` in that folder first.\n`);
  process.exit(1);
}
const npm = process.env.npm_execpath;
const result = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
