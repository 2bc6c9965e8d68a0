// Terminal formatter for `endring`: material changes first, each with before/after, reason and who adopts; colour only when asked.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Change, ChangeReport } from '../diff/types.js';
import { t, type MessageId } from '../i18n/index.js';
import type { Lang, Severity } from '../types.js';
import { changeCounts, countsFooter, declaredLine, pathLine, sufficiencyLine, where, type DiffFormatter } from './diff-common.js';

export const formatDiffTerminal: DiffFormatter = (report, { lang, color = false }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const severityColor: Record<Severity, ChalkInstance> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [c.bold(t(lang, 'diff.title')), ''];
  const version = (v?: string) => (v ? ` (${t(lang, 'report.version', { version: v })})` : '');
  const labels = [t(lang, 'diff.report.old'), t(lang, 'diff.report.new')];
  const width = Math.max(...labels.map((l) => l.length));
  out.push(`  ${labels[0]!.padEnd(width)}  ${c.bold(report.old.file)}  ${report.old.title}${version(report.old.version)}`);
  out.push(`  ${labels[1]!.padEnd(width)}  ${c.bold(report.new.file)}  ${report.new.title}${version(report.new.version)}`);
  const declared = report.declared;
  out.push(`  ${declaredLine(report, lang)}${declared ? c.gray(` · ${where(declared.location)}`) : ''}${declared?.description ? ` – ${declared.description}` : ''}`, '');

  const groups: [string, Change[], ChalkInstance, string][] = [
    [t(lang, 'diff.report.material'), report.changes.filter((x) => x.classification === 'material'), c.red, '✖'],
    [t(lang, 'diff.report.review'), report.changes.filter((x) => x.classification === 'review'), c.yellow, '?'],
    [t(lang, 'diff.report.minor'), report.changes.filter((x) => x.classification === 'minor'), c.green, '•'],
  ];
  for (const [title, changes, tone, mark] of groups) {
    if (changes.length === 0) continue;
    out.push(c.bold(`${title} (${changes.length})`));
    for (const x of changes) out.push(...changeLines(x, lang, c, tone, mark));
    out.push('');
  }

  out.push(c.bold(t(lang, 'diff.report.who')));
  out.push(`  ${report.adoption.summary}`);
  if (report.adoption.required.length > 1) for (const p of report.adoption.required) out.push(`  - ${pathLine(p, lang)}`);
  if (declared) out.push(`  ${t(lang, 'diff.report.declared-path', { path: pathLine(declared.adoption, lang) })}`);
  const sufficiency = sufficiencyLine(report, lang);
  if (sufficiency) out.push(`  ${report.adoption.sufficient ? c.green(sufficiency) : c.red(sufficiency)}`);
  out.push('');

  if (report.findings.length > 0) {
    out.push(c.bold(t(lang, 'report.findings')));
    for (const f of report.findings) {
      out.push(`  ${where(f.location)}  ${severityColor[f.severity](t(lang, `severity.${f.severity}`))}  ${f.message}  ${c.gray(`(${f.ruleId})`)}`);
      if (f.hint) out.push(`      ${c.cyan(`${t(lang, 'report.hint')}:`)} ${f.hint}`);
      if (f.citation) out.push(c.gray(`      ${f.citation.law} ${f.citation.ref}: ${f.citation.url}`));
    }
    out.push('');
  }
  out.push(c.bold(changeCounts(report, lang)));
  out.push(`${countsFooter(report, lang)} · ${t(lang, 'report.as-of', { date: report.asOf })}`);
  return out.join('\n') + '\n';
};

function changeLines(x: Change, lang: Lang, c: InstanceType<typeof Chalk>, tone: ChalkInstance, mark: string): string[] {
  const lines = [`  ${tone(mark)} ${where(x.location)}  ${x.message}  ${c.gray(`(${x.kind})`)}`];
  const label = (id: MessageId) => t(lang, id).padEnd(8);
  if (x.before !== undefined) lines.push(`      ${c.gray(label('diff.report.col.before'))} ${x.before}`);
  if (x.after !== undefined) lines.push(`      ${c.gray(label('diff.report.col.after'))} ${x.after}`);
  lines.push(`      ${c.gray(label('diff.report.col.reason'))} ${x.reason.text}${x.reason.location ? c.gray(` · ${where(x.reason.location)}`) : ''}`);
  lines.push(`      ${c.gray(label('diff.report.col.adoption'))} ${pathLine(x.adoption.required, lang)}`);
  return lines;
}
