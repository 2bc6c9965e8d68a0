// vitest global setup: generate the precompiled validators (src/generated/, a git-ignored build artefact) before any test imports them.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const script = fileURLToPath(new URL('../../scripts/build-validators.mjs', import.meta.url));
  // Rewrites a file only when its text changes, so a run on an up-to-date tree touches nothing.
  execFileSync(process.execPath, [script, '--quiet'], { stdio: 'inherit' });
}
