// Markdown formatter for `endring`: a summary, a table of changes and «Hvem må vedta», ready for a case document or PR description.
import { basisText } from '../diff/adoption.js';
import type { AdoptionPath } from '../diff/types.js';
import { t, type MessageId } from '../i18n/index.js';
import { changeCounts, classLabel, countsFooter, declaredLine, pathLine, sufficiencyLine, where, type DiffFormatter } from './diff-common.js';
import { escapeMarkdown } from './markdown.js';

const CLASS_ICON = { material: '🔴', review: '🟡', minor: '🟢' } as const;

/** A code span inside a table cell: backticks cannot nest, and GFM splits cells on pipes first. */
function code(text: string): string {
  return '`' + text.replace(/`/g, "'").replace(/\r?\n/g, ' ').replace(/\|/g, '\\|') + '`';
}

function cell(text: string | undefined): string {
  return text === undefined || text === '' ? '–' : escapeMarkdown(text);
}

export const formatDiffMarkdown: DiffFormatter = (report, { lang }) => {
  const out: string[] = [`# ${t(lang, 'diff.title')}`, ''];
  out.push(`| | ${t(lang, 'report.col.version')} | ${t(lang, 'diff.report.col.agreement')} |`, '|---|---|---|');
  out.push(`| ${t(lang, 'diff.report.old')} | ${cell(report.old.version)} | ${escapeMarkdown(report.old.title)}<br>${code(report.old.file)} |`);
  out.push(`| ${t(lang, 'diff.report.new')} | ${cell(report.new.version)} | ${escapeMarkdown(report.new.title)}<br>${code(report.new.file)} |`, '');

  const declared = report.declared;
  const description = declared?.description ? ` – ${escapeMarkdown(declared.description)}` : '';
  out.push(`> **${escapeMarkdown(changeCounts(report, lang))}.** ${escapeMarkdown(report.adoption.summary)}`);
  out.push(`>`, `> ${escapeMarkdown(declaredLine(report, lang))}${description}`);
  const sufficiency = sufficiencyLine(report, lang);
  if (sufficiency) out.push(`> ${report.adoption.sufficient ? '✅' : '❌'} **${escapeMarkdown(sufficiency)}**`);
  out.push('');

  out.push(`## ${t(lang, 'diff.report.changes')}`, '');
  if (report.changes.length === 0) {
    out.push(escapeMarkdown(t(lang, 'diff.summary.none')), '');
  } else {
    const cols: MessageId[] = ['diff.report.col.class', 'diff.report.col.change', 'diff.report.col.before', 'diff.report.col.after', 'diff.report.col.reason', 'report.col.place'];
    out.push(`| ${cols.map((id) => t(lang, id)).join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`);
    for (const x of report.changes) {
      const reason = `${escapeMarkdown(x.reason.text)}${x.reason.location ? ` (${code(where(x.reason.location))})` : ''}`;
      const row = [`${CLASS_ICON[x.classification]} ${classLabel(x, lang)}`, `${escapeMarkdown(x.message)}<br>${code(x.kind)}`, cell(x.before), cell(x.after), reason, code(where(x.location))];
      out.push(`| ${row.join(' | ')} |`);
    }
    out.push('');
  }

  out.push(`## ${t(lang, 'diff.report.who')}`, '');
  out.push(`**${escapeMarkdown(report.adoption.summary)}**`, '');
  if (report.changes.length > 0) {
    // Per change: the changes grouped by the path each one needs on its own.
    const groups = new Map<string, { path: AdoptionPath; messages: string[] }>();
    for (const x of report.changes) {
      const path = x.adoption.required;
      const key = `${path.text}|${basisText(path, lang)}`;
      if (!groups.has(key)) groups.set(key, { path, messages: [] });
      groups.get(key)!.messages.push(x.message);
    }
    out.push(`| ${t(lang, 'diff.report.col.adoption')} | ${t(lang, 'diff.report.col.basis')} | ${t(lang, 'diff.report.changes')} |`, '|---|---|---|');
    for (const { path, messages } of groups.values()) out.push(`| ${escapeMarkdown(path.text)} | ${escapeMarkdown(basisText(path, lang))} | ${messages.map(escapeMarkdown).join('<br>')} |`);
    out.push('');
  }
  if (declared) {
    const verdict = sufficiency ? ` ${report.adoption.sufficient ? '✅' : '❌'} ${escapeMarkdown(sufficiency)}` : '';
    out.push(`${escapeMarkdown(t(lang, 'diff.report.declared-path', { path: pathLine(declared.adoption, lang) }))}.${verdict}`, '');
  }

  out.push(`## ${t(lang, 'report.findings')}`, '');
  if (report.findings.length === 0) {
    out.push(t(lang, 'report.no-findings'), '');
  } else {
    out.push(`| ${t(lang, 'report.col.place')} | ${t(lang, 'report.col.severity')} | ${t(lang, 'report.col.message')} | ${t(lang, 'report.col.rule')} |`, '|---|---|---|---|');
    for (const f of report.findings) {
      const hint = f.hint ? `<br>*${t(lang, 'report.hint')}:* ${escapeMarkdown(f.hint)}` : '';
      out.push(`| ${code(where(f.location))} | ${t(lang, `severity.${f.severity}`)} | ${escapeMarkdown(f.message)}${hint} | ${code(f.ruleId)} |`);
    }
    out.push('');
  }
  out.push(`*${escapeMarkdown(countsFooter(report, lang))}. ${escapeMarkdown(t(lang, 'report.as-of', { date: report.asOf }))} ${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}.*`, '');
  return out.join('\n');
};
