// Markdown formatter: a gap report for meeting papers and pull requests (GitHub-flavoured tables).
import { t } from '../i18n/index.js';
import type { Lang, RequirementResult } from '../types.js';
import { historyLines } from './history.js';
import { adoptionOf, countsLine, coverageLabel, findingsOf, partyLabel, place, requirementsOf, summaryLine, type Formatter } from './common.js';
import { formatMarkdownSummary } from './markdown-summary.js';
import { code, escapeMarkdown, link, placeLink } from './markdown-text.js';

export { escapeMarkdown };

const STATUS_ICON = { satisfied: '✅', partial: '🟡', missing: '❌', 'not-yet-in-force': '⚪', suppressed: '➖', 'not-checked': '❔' } as const;

function where(r: RequirementResult, lang: Lang, linkBase?: string): string {
  return r.coverage.map((c) => `${escapeMarkdown(coverageLabel(c, lang))} (${placeLink(`${c.documentLocation.file}:${c.documentLocation.line}`, c.documentLocation.file, c.documentLocation.line, linkBase)})`).join('<br>');
}

/** The gap report; with `summary`, the short form of {@link formatMarkdownSummary}. With `linkBase`, file places are links. */
export const formatMarkdown: Formatter = (report, options) => {
  if (options.summary) return formatMarkdownSummary(report, options);
  const { lang, linkBase } = options;
  const out: string[] = [`# ${t(lang, 'report.title')}`, ''];
  for (const agreement of report.agreements) {
    const reqs = requirementsOf(report, agreement);
    const version = agreement.version ? ` (${escapeMarkdown(t(lang, 'report.version', { version: agreement.version }))})` : '';
    if (report.agreements.length > 1) out.push(`## ${escapeMarkdown(agreement.title)}`, '');
    out.push(`**${escapeMarkdown(agreement.title)}**${version} · ${placeLink(agreement.file, agreement.file, undefined, linkBase, false)}`, '');
    out.push(`> **${escapeMarkdown(summaryLine(agreement, lang))}**`, `> ${escapeMarkdown(t(lang, 'report.as-of', { date: report.asOf }))}`, '');

    const h = report.agreements.length > 1 ? '###' : '##';
    out.push(`${h} ${t(lang, 'report.requirements')}`, '');
    out.push(`| ${t(lang, 'report.col.status')} | ${t(lang, 'report.col.requirement')} | ${t(lang, 'report.col.citation')} | ${t(lang, 'report.col.where')} | ${t(lang, 'report.col.detail')} |`, '|---|---|---|---|---|');
    for (const r of reqs) {
      const check = r.verified ? '' : ` (${t(lang, 'report.check-this')})`;
      out.push(`| ${STATUS_ICON[r.status]} ${t(lang, `status.${r.status}`)} | ${escapeMarkdown(r.title)} | ${link(r.citation.ref, r.citation.url)}${check} | ${where(r, lang, linkBase) || '–'} | ${escapeMarkdown(r.detail)} |`);
    }
    out.push('');

    const docs = new Map<string, string>();
    for (const r of reqs) for (const c of r.coverage) if (!docs.has(c.documentId)) docs.set(c.documentId, c.documentNumber ?? c.documentId);
    if (docs.size > 0) {
      out.push(`${h} ${t(lang, 'report.matrix')}`, '');
      const ids = [...docs.keys()];
      out.push(`| ${t(lang, 'report.col.requirement')} | ${ids.map((id) => escapeMarkdown(docs.get(id)!)).join(' | ')} |`, `|---|${ids.map(() => ':-:').join('|')}|`);
      for (const r of reqs.filter((x) => x.status !== 'not-yet-in-force' && (x.coverage.length > 0 || x.status === 'missing'))) {
        const mark = r.status === 'partial' ? '◐' : '✓';
        const cells = ids.map((id) => {
          const hits = r.coverage.filter((c) => c.documentId === id);
          if (hits.length === 0) return '';
          const sections = hits.flatMap((c) => (c.sectionId ? [c.sectionId] : []));
          return mark + (sections.length ? ' ' + escapeMarkdown(sections.join(', ')) : '');
        });
        const gap = r.coverage.length === 0 ? '✖ ' : '';
        out.push(`| ${gap}${escapeMarkdown(r.citation.ref)} ${escapeMarkdown(r.title)} | ${cells.join(' | ')} |`);
      }
      out.push('', `<sub>${escapeMarkdown(t(lang, 'report.legend'))}</sub>`, '');
    }

    const adoption = adoptionOf(report, agreement);
    if (adoption) {
      out.push(`${h} ${t(lang, 'report.adoption')}`, '', `**${escapeMarkdown(adoption.summary)}** (${escapeMarkdown(adoption.documentTitle)})`, '');
      out.push(`| ${t(lang, 'report.col.party')} | ${t(lang, 'report.col.status')} | ${t(lang, 'report.col.version')} | ${t(lang, 'report.col.date')} | ${t(lang, 'report.col.body')} | ${t(lang, 'report.col.case')} |`, '|---|---|---|---|---|---|');
      for (const p of adoption.parties) {
        const icon = p.status === 'adopted' ? '✅' : p.status === 'rejected' ? '❌' : '⚠️';
        out.push(`| ${escapeMarkdown(partyLabel(p, lang))} | ${icon} ${t(lang, `adoption.status.${p.status}`)} | ${escapeMarkdown(p.version ?? '')} | ${p.date ?? ''} | ${escapeMarkdown(p.body ?? '')} | ${escapeMarkdown(p.caseNumber ?? '')} |`);
      }
      out.push('');
    }

    const history = historyLines(agreement.history, lang);
    if (history.length > 0) out.push(`${h} ${t(lang, 'report.history')}`, '', ...history.map((l) => `- ${escapeMarkdown(l)}`), '');

    out.push(`${h} ${t(lang, 'report.findings')}`, '');
    const findings = findingsOf(report, agreement);
    if (findings.length === 0) {
      out.push(t(lang, 'report.no-findings'), '');
    } else {
      out.push(`| ${t(lang, 'report.col.place')} | ${t(lang, 'report.col.severity')} | ${t(lang, 'report.col.message')} | ${t(lang, 'report.col.rule')} |`, '|---|---|---|---|');
      for (const f of findings) {
        const hint = f.hint ? `<br>*${t(lang, 'report.hint')}:* ${escapeMarkdown(f.hint)}` : '';
        const rule = f.citation ? `${code(f.ruleId)}<br>${link(f.citation.ref, f.citation.url)}` : code(f.ruleId);
        out.push(`| ${placeLink(place(f), f.location.file, f.location.line, linkBase)} | ${t(lang, `severity.${f.severity}`)} | ${escapeMarkdown(f.message)}${hint} | ${rule} |`);
      }
      out.push('');
    }

    const files = new Set(agreement.files);
    const suppressed = report.suppressed.filter((f) => files.has(f.location.file));
    if (suppressed.length > 0) {
      out.push(`${h} ${t(lang, 'suppressed.heading')} (${suppressed.length})`, '');
      out.push(`| ${t(lang, 'report.col.place')} | ${t(lang, 'report.col.severity')} | ${t(lang, 'report.col.message')} | ${t(lang, 'report.col.rule')} | ${t(lang, 'suppressed.reason')} |`, '|---|---|---|---|---|');
      for (const f of suppressed) {
        out.push(`| ${placeLink(place(f), f.location.file, f.location.line, linkBase)} | ${t(lang, `severity.${f.severity}`)} | ${escapeMarkdown(f.message)} | ${code(f.ruleId)} | ${escapeMarkdown(f.reason)} (${placeLink(place({ location: f.suppressedBy }), f.suppressedBy.file, f.suppressedBy.line, linkBase)}) |`);
      }
      out.push('');
    }

    out.push(`${h} ${t(lang, 'report.evidence')}`, '');
    const satisfied = reqs.filter((r) => r.status === 'satisfied');
    if (satisfied.length === 0) out.push(t(lang, 'report.none-satisfied'));
    for (const r of satisfied) {
      const places = r.coverage.length ? `: ${where(r, lang, linkBase).replace(/<br>/g, '; ')}` : '';
      out.push(`- **${escapeMarkdown(r.title)}** (${link(r.citation.ref, r.citation.url)})${places}. ${escapeMarkdown(r.detail)}.`);
    }
    out.push('');
  }
  const silenced = report.suppressed.length > 0 ? ' · ' + t(lang, 'suppressed.count', { count: report.suppressed.length }) : '';
  out.push(`*${escapeMarkdown(countsLine(report, lang) + silenced)}. ${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}.*`, '');
  return out.join('\n');
};
