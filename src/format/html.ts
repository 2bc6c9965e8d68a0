// HTML formatter: one self-contained page (inline CSS, no scripts, no external assets) for committee members; prints well.
import { isMessageId, t, type MessageId } from '../i18n/index.js';
import type { AgreementSummary, Citation, Finding, Lang, PartyAdoptionStatus, Report, RequirementResult, RequirementStatus, Severity, SuppressedFinding } from '../types.js';
import { historyLines } from './history.js';
import { HTML_STYLE } from './html-style.js';
import { STATUS_SYMBOL, adoptionOf, countsLine, coverageLabel, partyLabel, place, requirementsOf, summaryLine, type Formatter } from './common.js';

type Tone = 'ok' | 'warn' | 'bad' | 'off' | 'info';

const STATUS_TONE: Record<RequirementStatus, Tone> = { satisfied: 'ok', partial: 'warn', missing: 'bad', 'not-yet-in-force': 'off', suppressed: 'off', 'not-checked': 'warn' };
const SEVERITY_TONE: Record<Severity, Tone> = { error: 'bad', warning: 'warn', info: 'info' };
const SEVERITY_SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const ADOPTION_TONE: Record<PartyAdoptionStatus, Tone> = { adopted: 'ok', rejected: 'bad', 'not-adopted': 'warn', 'older-version': 'warn', unknown: 'info', terminated: 'warn', 'counter-proposal': 'warn' };
const ADOPTION_SYMBOL: Record<PartyAdoptionStatus, string> = { adopted: '✔', rejected: '✖', 'not-adopted': '○', 'older-version': '◐', unknown: '?', terminated: '⊘', 'counter-proposal': '◐' };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values (&, <, >, ", '); control characters become U+FFFD. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
}

/** Element content: escaped, line breaks kept as <br>. */
function text(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '<br>');
}

/** Attribute values and <title>: escaped, line breaks as one space. */
function flat(s: string): string {
  return escapeHtml(s.replace(/\s*\r?\n\s*/g, ' '));
}

function badge(tone: Tone, symbol: string, label: string): string {
  return `<span class="badge tone-${tone}"><span class="sym" aria-hidden="true">${symbol}</span> ${escapeHtml(label)}</span>`;
}

const isWebAddress = (url: string) => /^https?:\/\//i.test(url);

/** One law text the report links to: the address, its number in the source list, and what points at it. */
interface Source {
  url: string;
  n: number;
  laws: Set<string>;
  sections: Set<string>;
}

/**
 * The law addresses in the order the page first links them. Printed, a link shows its number («[1]») and the
 * source list at the end shows each address once, instead of the same long Lovdata address in every row.
 */
function collectSources(report: Report): Map<string, Source> {
  const sources = new Map<string, Source>();
  const add = (c: Citation | undefined) => {
    if (!c || !isWebAddress(c.url)) return;
    const source = sources.get(c.url) ?? { url: c.url, n: sources.size + 1, laws: new Set(), sections: new Set() };
    source.laws.add(c.law);
    source.sections.add(/^§+\s*[\w-]+/.exec(c.ref)?.[0] ?? c.ref);
    sources.set(c.url, source);
  };
  const placed = new Set<string>();
  for (const agreement of report.agreements) {
    for (const r of requirementsOf(report, agreement)) add(r.citation);
    for (const file of agreement.files) placed.add(file);
    for (const f of report.findings) if (agreement.files.includes(f.location.file)) add(f.citation);
  }
  for (const f of report.findings) if (!placed.has(f.location.file)) add(f.citation);
  return sources;
}

/** A link to the law text; only http(s) addresses become links, anything else stays text. */
function lawLink(c: Citation, sources: Map<string, Source>, label: string = c.ref): string {
  const source = sources.get(c.url);
  if (!source) return text(label);
  return `<a href="${escapeHtml(c.url)}" title="${flat(`${c.law} ${c.ref}`)}" data-source="${source.n}">${text(label)}</a>`;
}

function sourceList(sources: Map<string, Source>, lang: Lang): string {
  if (sources.size === 0) return '';
  const items = [...sources.values()].map((s) =>
    `<li id="source-${s.n}" value="${s.n}">${text([...s.laws].join(', '))} ${text([...s.sections].join(', '))}: <a href="${escapeHtml(s.url)}">${escapeHtml(s.url)}</a></li>`);
  return [
    '<section class="sources" aria-labelledby="sources-title">',
    `<h2 id="sources-title">${escapeHtml(t(lang, 'html.sources'))}</h2>`,
    `<p class="intro">${escapeHtml(t(lang, 'html.sources-intro'))}</p>`,
    `<ol>\n${items.join('\n')}\n</ol>`,
    '</section>',
  ].join('\n');
}

/**
 * A path (or file:line:column) as code that wraps only after a slash: each segment is kept whole, so
 * «examples/eldre-2012/avtale.yaml:161:5» never breaks at a hyphen. The text content stays the exact path.
 */
function pathCode(path: string): string {
  const segments = path.split(/(?<=\/)/);
  return `<code class="path">${segments.map((seg) => `<span>${escapeHtml(seg)}</span>`).join('<wbr>')}</code>`;
}

function placeCode(location: { file: string; line: number; column: number }): string {
  return pathCode(place({ location }));
}

function th(lang: Lang, ...ids: MessageId[]): string {
  return `<tr>${ids.map((id) => `<th scope="col">${escapeHtml(t(lang, id))}</th>`).join('')}</tr>`;
}

/** A body id such as `kommunestyre` in words, when the catalogue knows it. */
function bodyName(body: string, lang: Lang): string {
  const id = `authority.body.${body}`;
  return isMessageId(id) ? t(lang, id) : body;
}

/** Per file of the set: the document's name for headings ("Tjenesteavtale 3 …", or the agreement's title for the main file). */
function documentNames(agreement: AgreementSummary, reqs: RequirementResult[], lang: Lang): Map<string, string> {
  const names = new Map<string, string>([[agreement.file, `${agreement.title} (${t(lang, 'html.main-file')})`]]);
  for (const r of reqs) {
    for (const c of r.coverage) {
      if (!names.has(c.documentLocation.file)) names.set(c.documentLocation.file, coverageLabel({ ...c, sectionId: undefined }, lang));
    }
  }
  return names;
}

function groupByFile<T extends { location: { file: string } }>(items: T[], order: string[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const file of order) groups.set(file, []);
  for (const item of items) {
    const list = groups.get(item.location.file) ?? [];
    list.push(item);
    groups.set(item.location.file, list);
  }
  return [...groups].filter(([, list]) => list.length > 0);
}

/** What the page shows: `committee` leaves out file places, rule ids and YAML tips. */
interface View {
  committee: boolean;
}

function requirementsTable(id: string, reqs: RequirementResult[], sources: Map<string, Source>, lang: Lang, view: View): string {
  const rows = reqs.map((r) => {
    const tone = STATUS_TONE[r.status];
    const check = r.verified ? '' : ` <span class="check">(${escapeHtml(t(lang, 'report.check-this'))})</span>`;
    const places = r.coverage.map((c) => (view.committee ? text(coverageLabel(c, lang)) : `${text(coverageLabel(c, lang))}<br>${placeCode(c.documentLocation)}`));
    const where = places.length === 0 ? '–' : places.length === 1 ? places[0]! : `<ul>${places.map((p) => `<li>${p}</li>`).join('')}</ul>`;
    return `<tr id="${flat(`${id}-req-${r.id}`)}" class="row-${tone}" data-requirement="${flat(r.id)}" data-status="${r.status}">`
      + `<td class="status">${badge(tone, STATUS_SYMBOL[r.status], t(lang, `status.${r.status}`))}</td>`
      + `<th scope="row">${text(r.title)}</th>`
      + `<td class="cite">${lawLink(r.citation, sources)}${check}</td>`
      + `<td class="where">${where}</td>`
      + `<td>${text(r.detail)}</td></tr>`;
  });
  return [
    `<section aria-labelledby="${id}-requirements">`,
    `<h3 id="${id}-requirements">${escapeHtml(t(lang, 'report.requirements'))}</h3>`,
    '<table class="requirements">',
    `<thead>${th(lang, 'report.col.status', 'report.col.requirement', 'report.col.citation', 'report.col.where', 'report.col.detail')}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function coverageMatrix(id: string, reqs: RequirementResult[], lang: Lang): string {
  const docs = new Map<string, { label: string; title: string }>();
  for (const r of reqs) {
    for (const c of r.coverage) if (!docs.has(c.documentId)) docs.set(c.documentId, { label: c.documentNumber ?? c.documentId, title: c.documentTitle });
  }
  if (docs.size === 0) return '';
  const ids = [...docs.keys()];
  const head = `<tr><th scope="col">${escapeHtml(t(lang, 'report.col.requirement'))}</th>`
    + ids.map((d) => `<th scope="col" class="doc" title="${flat(docs.get(d)!.title)}"><span>${text(docs.get(d)!.label)}</span></th>`).join('') + '</tr>';
  const rows = reqs.filter((r) => r.status !== 'not-yet-in-force' && (r.coverage.length > 0 || r.status === 'missing')).map((r) => {
    const partial = r.status === 'partial';
    const cells = ids.map((d) => {
      const hits = r.coverage.filter((c) => c.documentId === d);
      if (hits.length === 0) return '<td class="cov"></td>';
      const sections = hits.flatMap((c) => (c.sectionId ? [c.sectionId] : []));
      const label = t(lang, partial ? 'html.partly-covered' : 'html.covered');
      return `<td class="cov tone-${partial ? 'warn' : 'ok'}"><span class="sym" aria-hidden="true">${partial ? '◐' : '✓'}</span><span class="vh">${escapeHtml(label)}</span>`
        + (sections.length ? ` <span class="sec">${text(sections.join(', '))}</span>` : '') + '</td>';
    });
    const gap = r.coverage.length === 0;
    const mark = gap ? `<span class="sym mark-bad" aria-hidden="true">✖</span> <span class="vh">${escapeHtml(t(lang, 'html.not-covered'))}: </span>` : '';
    return `<tr class="${gap ? 'gap row-bad' : `row-${STATUS_TONE[r.status]}`}" data-requirement="${flat(r.id)}">`
      + `<th scope="row">${mark}<span class="ref">${text(r.citation.ref)}</span> ${text(r.title)}</th>${cells.join('')}</tr>`;
  });
  return [
    `<section aria-labelledby="${id}-matrix">`,
    `<h3 id="${id}-matrix">${escapeHtml(t(lang, 'report.matrix'))}</h3>`,
    `<p class="intro">${escapeHtml(t(lang, 'html.matrix-intro'))}</p>`,
    '<div class="scroll">',
    '<table class="matrix">',
    `<thead>${head}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</div>',
    `<p class="legend">${escapeHtml(t(lang, 'report.legend'))}</p>`,
    '</section>',
  ].join('\n');
}

function adoptionTable(id: string, report: Report, agreement: AgreementSummary, lang: Lang, view: View): string {
  const adoption = adoptionOf(report, agreement);
  if (!adoption) return '';
  const rows = adoption.parties.map((p) => {
    const tone = ADOPTION_TONE[p.status];
    return `<tr class="row-${tone}" data-party="${flat(p.party)}" data-status="${p.status}">`
      + `<th scope="row">${text(partyLabel(p, lang))}</th>`
      + `<td class="status">${badge(tone, ADOPTION_SYMBOL[p.status], t(lang, `adoption.status.${p.status}`))}</td>`
      + `<td>${text(p.version ?? '')}</td>`
      + `<td class="nowrap">${text(p.date ?? '')}</td>`
      + `<td>${text(p.body ? bodyName(p.body, lang) : '')}</td>`
      + `<td>${text(p.caseNumber ?? '')}</td>`
      + (view.committee ? '</tr>' : `<td>${p.location ? placeCode(p.location) : ''}</td></tr>`);
  });
  return [
    `<section aria-labelledby="${id}-adoption">`,
    `<h3 id="${id}-adoption">${escapeHtml(t(lang, 'report.adoption'))}</h3>`,
    `<p><strong>${text(adoption.summary)}</strong> (${text(adoption.documentTitle)}, ${text(t(lang, 'report.version', { version: adoption.version === '?' ? '@value.version-not-given' : adoption.version }))})</p>`,
    '<table class="adoption">',
    `<thead>${th(lang, 'report.col.party', 'report.col.status', 'report.col.version', 'report.col.date', 'report.col.body', 'report.col.case', ...(view.committee ? [] : ['report.col.place' as const]))}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

/** The agreement's history and dispute path as the file records it (the same lines as terminal and markdown); nothing when it records none. */
function historySection(id: string, agreement: AgreementSummary, lang: Lang): string {
  const lines = historyLines(agreement.history, lang);
  if (lines.length === 0) return '';
  return [
    `<section aria-labelledby="${id}-history">`,
    `<h3 id="${id}-history">${escapeHtml(t(lang, 'report.history'))}</h3>`,
    '<ul class="history">',
    ...lines.map((line) => `<li>${text(line)}</li>`),
    '</ul>',
    '</section>',
  ].join('\n');
}

function findingItem(f: Finding, sources: Map<string, Source>, lang: Lang, anchor: (ruleId: string) => string | undefined, view: View): string {
  const tone = SEVERITY_TONE[f.severity];
  const target = anchor(f.ruleId);
  const rule = target ? `<a href="#${flat(target)}"><code>${text(f.ruleId)}</code></a>` : `<code>${text(f.ruleId)}</code>`;
  const citation = (f.citation ? ` <span class="cite">${lawLink(f.citation, sources, `${f.citation.law} ${f.citation.ref}`)}</span>` : '')
    + (f.standing ? ` <span class="standing">${escapeHtml(t(lang, `standing.${f.standing}`))}</span>` : '');
  const hint = f.hint && !view.committee ? `\n<p class="hint"><strong>${escapeHtml(t(lang, 'report.hint'))}:</strong> ${text(f.hint)}</p>` : '';
  return `<li class="finding tone-border-${tone}" data-rule="${flat(f.ruleId)}" data-severity="${f.severity}">\n`
    + `<p class="finding-head">${badge(tone, SEVERITY_SYMBOL[f.severity], t(lang, `severity.${f.severity}`))}${view.committee ? '' : ` ${placeCode(f.location)} <span class="rule">${escapeHtml(t(lang, 'report.col.rule'))}: ${rule}</span>`}${citation}</p>\n`
    + `<p class="finding-message">${text(f.message)}</p>${hint}\n</li>`;
}

/** Findings grouped by file, one heading per file at `level`. */
function findingGroups(findings: Finding[], order: string[], names: Map<string, string>, level: number, sources: Map<string, Source>, lang: Lang, anchor: (ruleId: string) => string | undefined, view: View): string {
  return groupByFile(findings, order).map(([file, list]) => {
    const name = names.get(file);
    const heading = name ? (view.committee ? text(name) : `${text(name)} ${pathCode(file)}`) : pathCode(file);
    return [`<h${level} class="file">${heading}</h${level}>`, '<ol class="findings">', ...list.map((f) => findingItem(f, sources, lang, anchor, view)), '</ol>'].join('\n');
  }).join('\n');
}

function suppressedTable(list: SuppressedFinding[], lang: Lang, view: View): string {
  if (list.length === 0) return `<p>${escapeHtml(t(lang, 'html.no-suppressed'))}</p>`;
  if (view.committee) {
    const rows = list.map((s) => `<tr class="row-off" data-rule="${flat(s.ruleId)}">`
      + `<td class="nowrap">${badge('off', SEVERITY_SYMBOL[s.severity], t(lang, `severity.${s.severity}`))}</td>`
      + `<td>${text(s.message)}</td>`
      + `<td>${text(s.reason)}</td></tr>`);
    return ['<table class="suppressed">', `<thead>${th(lang, 'report.col.severity', 'report.col.message', 'html.col.reason')}</thead>`, `<tbody>\n${rows.join('\n')}\n</tbody>`, '</table>'].join('\n');
  }
  const rows = list.map((s) => `<tr class="row-off" data-rule="${flat(s.ruleId)}">`
    + `<td>${placeCode(s.location)}</td>`
    + `<td class="nowrap"><code>${text(s.ruleId)}</code></td>`
    + `<td class="nowrap">${badge('off', SEVERITY_SYMBOL[s.severity], t(lang, `severity.${s.severity}`))}</td>`
    + `<td>${text(s.message)}</td>`
    + `<td>${text(s.reason)}</td>`
    + `<td>${placeCode(s.suppressedBy)}</td></tr>`);
  return [
    `<p class="intro">${escapeHtml(t(lang, 'html.suppressed-intro'))}</p>`,
    '<table class="suppressed">',
    `<thead>${th(lang, 'report.col.place', 'report.col.rule', 'report.col.severity', 'report.col.message', 'html.col.reason', 'html.col.suppressed-by')}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function agreementSection(report: Report, agreement: AgreementSummary, index: number, sources: Map<string, Source>, lang: Lang, view: View): string {
  const id = `a${index + 1}`;
  const reqs = requirementsOf(report, agreement);
  const files = new Set(agreement.files);
  const findings = report.findings.filter((f) => files.has(f.location.file));
  const suppressed = report.suppressed.filter((f) => files.has(f.location.file));
  const requirementIds = new Set(reqs.map((r) => r.id));
  const anchor = (ruleId: string) => (requirementIds.has(ruleId) ? `${id}-req-${ruleId}` : undefined);

  const c = agreement.counts;
  const tally = (['satisfied', 'partial', 'missing', 'not-yet-in-force', 'suppressed', 'not-checked'] as const)
    .filter((s) => (c[s] ?? 0) > 0 || s === 'satisfied' || s === 'partial' || s === 'missing')
    .map((s) => `<li class="tone-${STATUS_TONE[s]}" data-status="${s}"><span class="sym" aria-hidden="true">${STATUS_SYMBOL[s]}</span> <span class="n">${c[s] ?? 0}</span> ${escapeHtml(t(lang, `status.${s}`))}</li>`);
  const version = agreement.version ? `${text(t(lang, 'report.version', { version: agreement.version }))} · ` : '';

  return [
    `<section class="agreement" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${text(agreement.title)}</h2>`,
    view.committee ? (version ? `<p class="meta">${version.replace(/ · $/, '')}</p>` : '') : `<p class="meta">${version}${escapeHtml(t(lang, 'html.file'))}: ${pathCode(agreement.file)}</p>`,
    `<p class="summary">${text(summaryLine(agreement, lang))}</p>`,
    `<ul class="tally" aria-label="${flat(t(lang, 'html.tally'))}">${tally.join('')}</ul>`,
    requirementsTable(id, reqs, sources, lang, view),
    coverageMatrix(id, reqs, lang),
    adoptionTable(id, report, agreement, lang, view),
    historySection(id, agreement, lang),
    `<section aria-labelledby="${id}-findings">`,
    `<h3 id="${id}-findings">${escapeHtml(t(lang, 'report.findings'))}</h3>`,
    findings.length === 0 ? `<p>${escapeHtml(t(lang, 'report.no-findings'))}</p>` : findingGroups(findings, agreement.files, documentNames(agreement, reqs, lang), 4, sources, lang, anchor, view),
    '</section>',
    `<section aria-labelledby="${id}-suppressed">`,
    `<h3 id="${id}-suppressed">${escapeHtml(t(lang, 'html.suppressed'))}</h3>`,
    suppressedTable(suppressed, lang, view),
    '</section>',
    '</section>',
  ].filter(Boolean).join('\n');
}

/** Findings and suppressions in files that belong to no agreement set (never dropped silently). */
function otherFilesSection(report: Report, sources: Map<string, Source>, lang: Lang, view: View): string {
  const known = new Set(report.agreements.flatMap((a) => a.files));
  const findings = report.findings.filter((f) => !known.has(f.location.file));
  const suppressed = report.suppressed.filter((f) => !known.has(f.location.file));
  if (findings.length === 0 && suppressed.length === 0) return '';
  return [
    '<section class="other-files" id="other" aria-labelledby="other-title">',
    `<h2 id="other-title">${escapeHtml(t(lang, 'html.other-files'))}</h2>`,
    findingGroups(findings, [], new Map(), 3, sources, lang, () => undefined, view),
    suppressed.length ? `<h3>${escapeHtml(t(lang, 'html.suppressed'))}</h3>\n${suppressedTable(suppressed, lang, view)}` : '',
    '</section>',
  ].filter(Boolean).join('\n');
}

/**
 * The report as one HTML5 page: no scripts, no external assets, no timestamps; the `lang` attribute is the report's
 * language. With `audience: 'committee'`, the page for a committee: no file places, rule ids or YAML tips, and a note
 * that the result rests on what the files declare.
 */
export const formatHtml: Formatter = (report, { lang, audience }) => {
  const view: View = { committee: audience === 'committee' };
  const sources = collectSources(report);
  const only = report.agreements.length === 1 ? report.agreements[0] : undefined;
  const pageTitle = only ? `${t(lang, 'report.title')} – ${only.title}` : t(lang, 'report.title');
  const level = t(lang, `severity.${report.failOn}`);
  const verdict = report.exitCode === 0
    ? `<p class="verdict tone-ok"><span class="sym" aria-hidden="true">✔</span> ${escapeHtml(t(lang, 'html.verdict.pass', { level }))}</p>`
    : `<p class="verdict tone-bad"><span class="sym" aria-hidden="true">✖</span> ${escapeHtml(t(lang, 'html.verdict.fail', { level }))}</p>`;
  const counts = `${countsLine(report, lang)} · ${t(lang, 'html.suppressed-count', { count: report.suppressed.length })}`;
  const nav = report.agreements.length > 1
    ? ['<nav aria-labelledby="contents-title">', `<h2 id="contents-title">${escapeHtml(t(lang, 'html.contents'))}</h2>`, '<ol>',
      ...report.agreements.map((a, i) => `<li><a href="#a${i + 1}">${text(a.title)}</a> – ${text(summaryLine(a, lang))}</li>`), '</ol>', '</nav>'].join('\n')
    : '';

  return [
    '<!DOCTYPE html>',
    `<html lang="${flat(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="${flat(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${flat(pageTitle)}</title>`,
    `<style>\n${HTML_STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(t(lang, 'report.title'))}</h1>`,
    verdict,
    `<p class="meta">${escapeHtml(t(lang, 'report.as-of', { date: report.asOf }))} ${escapeHtml(counts)}.</p>`,
    // The committee view says it at more length (html.committee-basis); the notice is given once either way.
    view.committee ? `<p class="intro basis">${escapeHtml(t(lang, 'html.committee-basis'))}</p>` : `<p class="notice">${escapeHtml(t(lang, 'report.notice'))}</p>`,
    '</header>',
    nav,
    '<main>',
    ...report.agreements.map((a, i) => agreementSection(report, a, i, sources, lang, view)),
    otherFilesSection(report, sources, lang, view),
    '</main>',
    sourceList(sources, lang),
    '<footer>',
    `<p>${escapeHtml(t(lang, 'html.made-by', { tool: report.tool.name, version: report.tool.version }))}</p>`,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ].filter((line) => line !== '').join('\n') + '\n';
};
