// Inline suppression: `# avtalesjekk-ignore <rule-id>: <reason>` on or above a line; counted, listed, never silently dropped.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';
import { documentFile, mainFile, tree } from './helpers/tree.js';

async function json(files: Record<string, string>, args: string[] = ['avtale.yaml'], extra: string[] = []) {
  const dir = tree(files);
  const run = await runCli(['check', ...args, '--format', 'json', '--as-of', '2026-11-22', ...extra], dir);
  expect(run.stderr).toBe('');
  return { dir, code: run.code, report: JSON.parse(run.stdout) as Report };
}

const ids = (r: Report) => r.findings.map((f) => `${f.ruleId}@${f.location.line}`);

/** A main file whose title is a placeholder (a `todo` error on line 2) and whose coverage list is empty (line 12). */
const todoTitle = (comment = '', above = '') => mainFile('Avtale', 'dekning: []\n').replace('  tittel: Avtale\n', `${above}  tittel: TODO tittel${comment}\n`);

describe('a suppression with a reason', () => {
  it('on the same line silences the finding there, and lists it with the reason and where the comment is', async () => {
    const { report, code } = await json({ 'avtale.yaml': todoTitle(' # avtalesjekk-ignore todo: Tittelen vedtas i mars.') });
    expect(ids(report)).not.toContain('todo@2');
    expect(report.suppressed).toHaveLength(1);
    expect(report.suppressed[0]).toMatchObject({
      ruleId: 'todo',
      severity: 'error',
      reason: 'Tittelen vedtas i mars.',
      location: { file: 'avtale.yaml', line: 2 },
      suppressedBy: { file: 'avtale.yaml', line: 2, column: 23 },
    });
    // Not counted as a finding: the counts and the exit code come from the rest.
    expect(report.counts.error).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(code).toBe(1); // the missing requirements are still errors
  });

  it('on the line directly above silences the finding on the next line; other comment lines in between are fine', async () => {
    const { report } = await json({ 'avtale.yaml': todoTitle('', '  # avtalesjekk-ignore todo: Tittelen vedtas i mars.\n  # (en merknad til)\n') });
    expect(report.suppressed.map((f) => [f.ruleId, f.location.line, f.suppressedBy.line])).toEqual([['todo', 4, 2]]);
    expect(ids(report).filter((i) => i.startsWith('suppression'))).toEqual([]);
  });

  it('only counts toward nothing: with every error suppressed, the exit code is 0', async () => {
    const file = todoTitle(' # avtalesjekk-ignore todo: Kommer.');
    const { report: before } = await json({ 'avtale.yaml': file });
    const errors = before.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    const all = [...new Set(errors)].join(', ');
    const { report, code } = await json({ 'avtale.yaml': file.replace('dekning: []', `dekning: [] # avtalesjekk-ignore ${all}: Vi dekker kravene i neste versjon.`) });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
    expect(report.suppressed.length).toBe(errors.length + 1); // and the title, as before
  });

  it('a requirement whose findings are all suppressed has the status «suppressed», never satisfied', async () => {
    const { report } = await json({ 'avtale.yaml': todoTitle().replace('dekning: []', '# avtalesjekk-ignore hol-6-2-nr8: Jordmortjenestene er i en egen avtale.\ndekning: []') });
    const nr8 = report.requirements.find((r) => r.id === 'hol-6-2-nr8')!;
    expect(nr8.status).toBe('suppressed');
    expect(report.requirements.find((r) => r.id === 'hol-6-2-nr7')!.status).toBe('missing');
    const counts = report.agreements[0]!.counts;
    expect(counts.suppressed).toBe(1);
    expect(counts.missing).toBe(report.requirements.filter((r) => r.status === 'missing').length);
    expect(counts.satisfied + counts.partial + counts.missing + counts['not-yet-in-force'] + counts.suppressed).toBe(counts.total);
  });

  it('works in an included document file, and names several rules in one comment', async () => {
    const doc = documentFile('ta-1').replace('  tittel: Tjenesteavtale ta-1', '  tittel: TODO # avtalesjekk-ignore todo, schema: Tittelen er ikke bestemt.');
    const { report } = await json({ 'avtale.yaml': mainFile('A', '  - inkluder: dok/ta-1.yaml\n'), 'dok/ta-1.yaml': doc });
    expect(report.suppressed.map((f) => [f.ruleId, f.location.file])).toEqual([['todo', 'dok/ta-1.yaml']]);
    // «schema» matched nothing on that line: reported as unused, in the document file.
    expect(report.findings.filter((f) => f.ruleId === 'suppression-unused').map((f) => [f.location.file, f.message])).toEqual([['dok/ta-1.yaml', 'Undertrykkingen av schema traff ingen funn på linje 4.']]);
  });

  it('terminal and markdown reports list suppressed findings in their own section and count them', async () => {
    const dir = tree({ 'avtale.yaml': todoTitle(' # avtalesjekk-ignore todo: Tittelen vedtas i mars.') });
    const terminal = await runCli(['check', 'avtale.yaml'], dir);
    expect(terminal.stdout).toMatch(/Undertrykte funn \(1\)\n {2}avtale\.yaml:2:11 {2}feil .*\(todo\)\n {6}Begrunnelse: Tittelen vedtas i mars\. \(avtale\.yaml:2:23\)/);
    expect(terminal.stdout).toMatch(/undertrykt: 1 · /);
    const markdown = await runCli(['check', 'avtale.yaml', '-f', 'markdown', '--lang', 'nn'], dir);
    expect(markdown.stdout).toMatch(/## Undertrykte funn \(1\)/);
    expect(markdown.stdout).toMatch(/\| `avtale\.yaml:2:11` \| feil \| .* \| `todo` \| Tittelen vedtas i mars\. \(`avtale\.yaml:2:23`\) \|/);
    const en = await runCli(['check', 'avtale.yaml', '--lang', 'en'], dir);
    expect(en.stdout).toMatch(/Suppressed findings \(1\)[\s\S]*Reason: Tittelen vedtas i mars\./);
  });
});

describe('the README example', () => {
  it('suppresses what it says, with no suppression finding', async () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /## Undertrykke et funn[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    const { report } = await json({ 'avtale.yaml': mainFile('A', example) });
    expect(report.suppressed.map((f) => f.ruleId).sort()).toEqual(['hol-6-2-nr8', 'unknown-reference']);
    expect(report.findings.filter((f) => f.ruleId.startsWith('suppression'))).toEqual([]);
  });
});

describe('suppressions that do not work are findings', () => {
  it('without a reason: suppression-invalid, and the finding is still reported', async () => {
    for (const comment of [' # avtalesjekk-ignore todo', ' # avtalesjekk-ignore todo:', ' # avtalesjekk-ignore todo: -', ' # avtalesjekk-ignore']) {
      const { report } = await json({ 'avtale.yaml': todoTitle(comment) });
      expect(ids(report), comment).toContain('todo@2');
      expect(ids(report), comment).toContain('suppression-invalid@2');
      expect(report.suppressed, comment).toEqual([]);
    }
    const { report } = await json({ 'avtale.yaml': todoTitle(' # avtalesjekk-ignore todo') });
    const f = report.findings.find((x) => x.ruleId === 'suppression-invalid')!;
    expect(f.message).toBe('Undertrykkingen av todo mangler begrunnelse, så den undertrykker ingenting.');
    expect(f.hint).toContain('# avtalesjekk-ignore <regel-id>: <begrunnelse>');
    expect(f.severity).toBe('error');
  });

  it('an unknown rule id: suppression-unknown-rule with the closest id; the known ids in the comment still work', async () => {
    const { report } = await json({ 'avtale.yaml': todoTitle(' # avtalesjekk-ignore todo, hol-6-2-nr88: Kommer.') });
    const f = report.findings.find((x) => x.ruleId === 'suppression-unknown-rule')!;
    expect(f.location.line).toBe(2);
    expect(f.message).toContain('«hol-6-2-nr88»');
    expect(f.hint).toMatch(/Mente du «hol-6-2-nr8»\?/);
    expect(report.suppressed.map((x) => x.ruleId)).toEqual(['todo']);
  });

  it('a suppression that matches nothing is a warning (like ESLint --report-unused-disable-directives)', async () => {
    const { report, code } = await json({ 'avtale.yaml': mainFile('A', '# avtalesjekk-ignore todo: Ingen plassholder her.\n\ndekning: []\n') });
    const f = report.findings.find((x) => x.ruleId === 'suppression-unused')!;
    expect(f).toMatchObject({ severity: 'warning', location: { line: 12, column: 1 } });
    expect(f.hint).toMatch(/Fjern kommentaren/);
    expect(code).toBe(1);
    const off = await json({ 'avtale.yaml': mainFile('A', '# avtalesjekk-ignore todo: Ingen.\ndekning: []\n'), '.avtalesjekk.yaml': 'rules:\n  suppression-unused: off\n' });
    expect(off.report.findings.some((x) => x.ruleId === 'suppression-unused')).toBe(false);
  });

  it('a comment cannot silence the suppression rules themselves', async () => {
    const { report } = await json({ 'avtale.yaml': mainFile('A', 'dekning: [] # avtalesjekk-ignore suppression-unused: Nei.\n') });
    expect(report.findings.find((x) => x.ruleId === 'suppression-invalid')!.message).toContain('suppression-unused kan ikke undertrykkes');
  });

  it('«# avtalesjekk-ignore» inside a quoted value or a block of text is not a comment', async () => {
    const file = mainFile('"Avtale # avtalesjekk-ignore todo: nei"', 'dekning: []\n').replace('    tittel: Avtale\n', '    tittel: Avtale\n    merknad: |\n      # avtalesjekk-ignore todo: heller ikke dette\n');
    const { report } = await json({ 'avtale.yaml': file });
    expect(report.findings.filter((x) => x.ruleId.startsWith('suppression'))).toEqual([]);
    expect(report.suppressed).toEqual([]);
  });

  it('messages in nynorsk and English', async () => {
    const dir = tree({ 'avtale.yaml': todoTitle(' # avtalesjekk-ignore todo') });
    const nn = JSON.parse((await runCli(['check', 'avtale.yaml', '-f', 'json', '--lang', 'nn'], dir)).stdout) as Report;
    expect(nn.findings.find((x) => x.ruleId === 'suppression-invalid')!.message).toBe('Undertrykkinga av todo manglar grunngjeving, så ho undertrykkjer ingenting.');
    const en = JSON.parse((await runCli(['check', 'avtale.yaml', '-f', 'json', '--lang', 'en'], dir)).stdout) as Report;
    expect(en.findings.find((x) => x.ruleId === 'suppression-invalid')!.message).toBe('The suppression of todo gives no reason, so it suppresses nothing.');
  });
});
