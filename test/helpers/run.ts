// Test helpers: run the CLI in-process with captured output, and read `# expect:` markers from fixture files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { main, type CliIO } from '../../src/cli.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const AS_OF = '2026-11-22';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `avtalesjekk <args>` in-process in `cwd`, with a fixed clock and no colour unless the env asks. */
export async function runCli(args: string[], cwd = ROOT, env: Record<string, string> = {}, extra: Partial<CliIO> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd,
    env,
    isTTY: false,
    now: () => new Date(`${AS_OF}T12:00:00`),
    ...extra,
  });
  return { code, stdout, stderr };
}

export interface Marker {
  file: string;
  line: number;
  ruleId: string;
}

/** All `# expect: rule-a, rule-b` markers in the YAML files under `dir`, with paths relative to `dir`. */
export function readMarkers(dir: string): Marker[] {
  const out: Marker[] = [];
  for (const file of yamlFiles(dir)) {
    const text = readFileSync(path.join(dir, file), 'latin1');
    text.split(/\r?\n/).forEach((line, i) => {
      const m = /#\s*expect:\s*([a-z0-9, -]+)\s*$/.exec(line);
      if (!m) return;
      for (const id of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push({ file, line: i + 1, ruleId: id });
    });
  }
  return out;
}

export function yamlFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    const full = path.join(dir, rel);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue; // a dangling symlink in an include fixture
    }
    if (st.isDirectory()) out.push(...yamlFiles(dir, rel));
    else if (/\.ya?ml$/.test(name)) out.push(rel);
  }
  return out;
}
