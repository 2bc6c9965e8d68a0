// Markdown, short form (--summary): one row per agreement set and the findings that fail the run, within a pull-request comment's size.
import { t } from '../i18n/index.js';
import type { Finding, Report } from '../types.js';
import { atOrAbove } from './ci-common.js';
import { countsLine, findingsOf, place, summaryLine, type FormatOptions } from './common.js';
import { escapeMarkdown, placeLink } from './markdown-text.js';

/** GitHub refuses a comment over 65 536 characters; the short form stays under this, leaving room for a heading around it. */
export const SUMMARY_LIMIT = 60_000;

const SET_ICON = { fails: '❌', warns: '🟡', ok: '✅' } as const;

/**
 * The short form: a line with the totals, a table with one row per agreement set (failing sets first, then those with
 * findings below the fail level, then the rest, each group in report order), then the findings at or above the fail
 * level, folded in `<details>`. Rows that would pass `limit` characters are left out and counted in a last line that
 * says where the whole report is (the same run without --summary, e.g. to a file). Deterministic.
 */
export function formatMarkdownSummary(report: Report, { lang, linkBase }: FormatOptions, limit = SUMMARY_LIMIT): string {
  // As the exit code: a set fails when it has a finding at or above the fail level.
  const state = (findings: Finding[]) => (findings.some((f) => atOrAbove(f.severity, report.failOn)) ? 'fails' : findings.length > 0 ? 'warns' : 'ok');
  const sets = report.agreements.map((a, i) => {
    const findings = findingsOf(report, a);
    return { a, i, findings, state: state(findings) as keyof typeof SET_ICON };
  });
  const rank = { fails: 0, warns: 1, ok: 2 } as const;
  sets.sort((x, y) => rank[x.state] - rank[y.state] || x.i - y.i);
  const failing = sets.filter((s) => s.state === 'fails').length;

  const head = [`# ${t(lang, 'report.title')} (${t(lang, 'summary.short')})`, ''];
  head.push(`> **${escapeMarkdown(t(lang, 'summary.sets', { sets: sets.length, failing }))}** ${escapeMarkdown(t(lang, 'report.as-of', { date: report.asOf }))}`, '');
  const footer = [`*${escapeMarkdown(countsLine(report, lang))}. ${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}.*`, ''];

  const rows = sets.map(({ a, findings, state }) => {
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    return `| ${SET_ICON[state]} | ${escapeMarkdown(a.title)} | ${placeLink(a.file, a.file, undefined, linkBase)} | ${escapeMarkdown(summaryLine(a, lang))} | ${t(lang, 'summary.findings', { errors, warnings })} |`;
  });
  const tableHead = [`| | ${t(lang, 'summary.col.agreement')} | ${t(lang, 'summary.col.file')} | ${t(lang, 'report.col.requirement')} | ${t(lang, 'report.findings')} |`, '|---|---|---|---|---|'];
  const failingFindings = sets.flatMap((s) => s.findings.filter((f) => atOrAbove(f.severity, report.failOn)));
  const findingRows = failingFindings.map((f) => `| ${placeLink(place(f), f.location.file, f.location.line, linkBase)} | ${t(lang, `severity.${f.severity}`)} | ${escapeMarkdown(f.message.split('\n')[0]!)} | \`${f.ruleId}\` |`);

  // Fill the budget: the set rows first, then the failing findings; what does not fit is counted.
  const omittedLine = (count: number) => [`*${escapeMarkdown(t(lang, 'summary.omitted', { count }))}*`, ''];
  let used = [...head, ...footer, ...tableHead, ...omittedLine(sets.length + failingFindings.length)].join('\n').length + 200;
  const take = (list: string[]) => {
    const kept: string[] = [];
    for (const row of list) {
      if (used + row.length + 1 > limit) break;
      used += row.length + 1;
      kept.push(row);
    }
    return kept;
  };
  const keptRows = take(rows);
  const out = [...head, ...tableHead, ...keptRows, ''];
  const findingHead = [`<details><summary>${escapeMarkdown(t(lang, 'summary.failing', { count: failingFindings.length, failOn: report.failOn }))}</summary>`, '', `| ${t(lang, 'report.col.place')} | ${t(lang, 'report.col.severity')} | ${t(lang, 'report.col.message')} | ${t(lang, 'report.col.rule')} |`, '|---|---|---|---|'];
  let keptFindings: string[] = [];
  if (findingRows.length > 0 && keptRows.length === rows.length) {
    used += findingHead.join('\n').length + 20;
    keptFindings = take(findingRows);
    if (keptFindings.length > 0) out.push(...findingHead, ...keptFindings, '', '</details>', '');
  }
  const omitted = rows.length - keptRows.length + findingRows.length - keptFindings.length;
  if (omitted > 0) out.push(...omittedLine(omitted));
  out.push(...footer);
  return out.join('\n');
}

