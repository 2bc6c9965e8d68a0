// Bundles the command line and the worker into a few files in dist/ (run by `npm run build` after tsc), so a cold
// start reads one module instead of a hundred. The full YAML parser and the thread code are split off and loaded
// only when a run needs them. The files sit in dist/ itself, so `../schemas` and `../package.json` resolve as from tsc's output.
import { build } from 'esbuild';
import { rmSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist`;

// Old chunks would otherwise pile up (their names carry a content hash).
for (const name of readdirSync(dist)) if (name.startsWith('bundle-')) rmSync(`${dist}/${name}`, { force: true });

await build({
  absWorkingDir: root,
  entryPoints: { 'bundle-cli': 'src/cli.ts', 'bundle-worker': 'src/engine/worker.ts', 'bundle-action': 'src/action/main.ts' },
  outdir: 'dist',
  chunkNames: 'bundle-chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  define: { AVTALESJEKK_BUNDLE: 'true' },
  // CommonJS dependencies (yaml, commander) call require() for Node built-ins, which an ES module must be given.
  banner: { js: "import { createRequire as __avtalesjekkRequire } from 'node:module'; const require = __avtalesjekkRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
});
