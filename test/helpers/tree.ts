// Test helper: a temporary folder with the given files (paths with `/`, contents as text or bytes).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Creates a fresh folder under the system temp folder with `files` in it and returns its path. */
export function tree(files: Record<string, string | Uint8Array>, prefix = 'avtalesjekk-tree-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, ...name.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/** A small, valid main file; `title` tells sets apart, `extra` is appended as it is. */
export function mainFile(title: string, extra = ''): string {
  return `avtale:
  tittel: ${title}
  vedtatt: 2024-03-01
parter:
  helseforetak: { navn: Helse Test HF }
  kommuner:
    - { navn: Testby, kommunenummer: "9999" }
dokumenter:
  - id: hoved
    type: overordnet
    tittel: Avtale
${extra}`;
}

/** A document file with the given id. */
export function documentFile(id: string): string {
  return `dokument:\n  id: ${id}\n  type: tjenesteavtale\n  tittel: Tjenesteavtale ${id}\n`;
}
