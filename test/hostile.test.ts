// Every entry of the hostile-input corpus gives its exact expected outcome, in-process and without a stack trace.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../src/load/fs.js';
import type { Report } from '../src/types.js';
import { CORPUS, type HostileCase } from './hostile/corpus.js';
import { runCli } from './helpers/run.js';

function materialise(c: HostileCase): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-hostile-'));
  for (const [name, content] of Object.entries(c.files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, file);
    else writeFileSync(file, content);
  }
  return dir;
}

describe('hostile input corpus', () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = materialise(c);
    const before = Object.fromEntries(Object.keys(c.files).filter((f) => !f.endsWith('.gitkeep')).map((f) => [f, safeRead(path.join(dir, f))]));
    // Checked as of a date before any requirement took effect, so only the input itself can give findings.
    const stdin = c.stdin === undefined ? {} : { readStdin: async () => new Uint8Array(Buffer.from(c.stdin!, 'utf8')) };
    const run = await runCli(['check', ...(c.args ?? ['avtale.yaml']), '--as-of', '2011-06-01', '--format', 'json'], dir, {}, stdin);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(run.code).toBe(c.expect.exit);
    if (c.expect.exit === 2) {
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(c.expect.stderr!);
    } else {
      const report = JSON.parse(run.stdout) as Report;
      for (const f of report.findings) {
        const text = f.location.file === '<stdin>' ? c.stdin! : readFileSync(path.join(dir, f.location.file), 'utf8');
        const lines = text.split(/\r?\n/).length;
        expect(f.location.line, `${f.ruleId} inside ${f.location.file}`).toBeGreaterThanOrEqual(1);
        expect(f.location.line).toBeLessThanOrEqual(lines);
      }
      if (c.expect.rule) {
        const hit = report.findings.find((f) => f.ruleId === c.expect.rule);
        expect(hit, `${c.expect.rule} among ${report.findings.map((f) => f.ruleId).join(', ')}`).toBeDefined();
        if (c.expect.line) expect(hit!.location.line).toBe(c.expect.line);
        if (c.expect.column) expect(hit!.location.column).toBe(c.expect.column);
        if (c.expect.message) expect(hit!.message).toMatch(c.expect.message);
        if (c.expect.hint) expect(hit!.hint).toMatch(c.expect.hint);
      }
      if (c.expect.findings !== undefined) expect(report.findings.map((f) => `${f.ruleId} ${f.location.line}`)).toHaveLength(c.expect.findings);
      if (c.expect.notChecked) {
        // Checked again on a date when every requirement is in force: none is judged on what error recovery left.
        const later = JSON.parse((await runCli(['check', ...(c.args ?? ['avtale.yaml']), '--as-of', '2026-11-22', '--format', 'json'], dir)).stdout) as Report;
        expect(later.requirements.length).toBeGreaterThan(0);
        expect(new Set(later.requirements.map((r) => r.status))).toEqual(new Set(['not-checked']));
        expect(later.agreements[0]!.counts['not-checked']).toBe(later.requirements.length);
        expect(later.findings.map((f) => f.ruleId)).toEqual(report.findings.map((f) => f.ruleId));
      }
      // No parser warning (or anything else) on stderr when the check ran.
      expect(run.stderr).toBe('');
    }
    // Nothing the checker reads is ever written.
    for (const [f, content] of Object.entries(before)) expect(safeRead(path.join(dir, f)), f).toEqual(content);
  });

  it('prototype keys never reach Object.prototype', async () => {
    const c = CORPUS.find((x) => x.name.startsWith('__proto__'))!;
    await runCli(['check', 'avtale.yaml'], materialise(c));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file without read permission', async () => {
    const denied = { ...nodeFileSystem, readFile: async () => { throw Object.assign(new Error('denied'), { code: 'EACCES' }); } };
    const dir = materialise(CORPUS[0]!);
    const run = await runCli(['check', 'avtale.yaml'], dir, {}, { fs: denied });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^avtalesjekk: Kunne ikke sjekke avtale\.yaml: Filen kan ikke leses\. Sjekk at du har lesetilgang\.\n$/);
  });

  it('messages follow --lang for exit-2 errors too', async () => {
    const dir = materialise(CORPUS.find((c) => c.name === 'empty file')!);
    expect((await runCli(['check', 'avtale.yaml', '--lang', 'en'], dir)).stderr).toMatch(/avtale\.yaml: The file is empty/);
    expect((await runCli(['check', 'avtale.yaml', '--lang', 'nn'], dir)).stderr).toMatch(/avtale\.yaml: Fila er tom/);
  });
});

/** A digest of the file's bytes (comparing 50 MB buffers element by element would take minutes). */
function safeRead(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return '<unreadable>';
  }
}
