// Helpers shared by formatters: summary sentences, status symbols, grouping. Pure functions of the report.
import { t } from '../i18n/index.js';
import { kommuneStem } from '../model.js';
import type { RuleInfo } from '../rules/registry.js';
import type { AdoptionResult, AgreementSummary, Finding, Lang, PartyAdoption, Report, RequirementResult, RequirementStatus } from '../types.js';

export interface FormatOptions {
  lang: Lang;
  /** Terminal only: use ANSI colours. */
  color?: boolean;
  /** Markdown only: the short form for a pull-request comment (see formatMarkdownSummary). */
  summary?: boolean;
  /**
   * HTML only: `committee` leaves out what only the people editing the files need (file:line, rule ids, YAML tips)
   * and says that the result rests on what the files declare. Default: the full technical report.
   */
  audience?: 'committee' | 'technical';
  /** Markdown only: a URL that file paths are appended to, making them links (e.g. `https://github.com/o/r/blob/<sha>`). */
  linkBase?: string;
  /** The rule registry the report was made with (titles, citations, severities); the shipped one when not given. */
  rules?: readonly RuleInfo[];
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export const STATUS_SYMBOL: Record<RequirementStatus, string> = {
  satisfied: '✔',
  partial: '◐',
  missing: '✖',
  'not-yet-in-force': '○',
  suppressed: '–',
  'not-checked': '?',
};

/** "11 av 13 lovkrav oppfylt, 1 delvis, 1 mangler" for one agreement. */
export function summaryLine(agreement: AgreementSummary, lang: Lang): string {
  const c = agreement.counts;
  const inForce = c.total - c['not-yet-in-force'];
  const notChecked = c['not-checked'] ?? 0;
  // Nothing could be checked (a YAML syntax error): no «0 av 16 oppfylt», and never a pass.
  if (notChecked > 0 && notChecked === inForce) return t(lang, 'report.summary-none-checked', { count: notChecked });
  const parts = [t(lang, 'report.summary', { satisfied: c.satisfied, total: inForce })];
  if (notChecked) parts.push(t(lang, 'report.summary-not-checked', { count: notChecked }));
  if (c.partial) parts.push(t(lang, 'report.summary-partial', { count: c.partial }));
  if (c.missing) parts.push(t(lang, 'report.summary-missing', { count: c.missing }));
  if (c['not-yet-in-force']) parts.push(t(lang, 'report.summary-not-in-force', { count: c['not-yet-in-force'] }));
  return parts.join(', ');
}

export function countsLine(report: Report, lang: Lang): string {
  return t(lang, 'report.counts', { errors: report.counts.error, warnings: report.counts.warning, infos: report.counts.info });
}

/** Results, adoption rows and findings of a report grouped by file, built once per report (reports with a thousand sets are common in CI). */
interface ReportIndex {
  requirements: Map<string, RequirementResult[]>;
  adoption: Map<string, AdoptionResult>;
  findings: Map<string, Finding[]>;
  /** Each finding's place in the report. */
  order: Map<Finding, number>;
}

const indexes = new WeakMap<Report, ReportIndex>();

function indexOf(report: Report): ReportIndex {
  let index = indexes.get(report);
  if (!index) {
    const group = <T>(items: readonly T[], key: (item: T) => string) => {
      const map = new Map<string, T[]>();
      for (const item of items) {
        const list = map.get(key(item));
        if (list) list.push(item);
        else map.set(key(item), [item]);
      }
      return map;
    };
    const adoption = new Map<string, AdoptionResult>();
    for (const a of report.adoption) if (!adoption.has(a.agreement)) adoption.set(a.agreement, a);
    index = { requirements: group(report.requirements, (r) => r.agreement), adoption, findings: group(report.findings, (f) => f.location.file), order: new Map(report.findings.map((f, i) => [f, i])) };
    indexes.set(report, index);
  }
  return index;
}

export function requirementsOf(report: Report, agreement: AgreementSummary): RequirementResult[] {
  return indexOf(report).requirements.get(agreement.file) ?? [];
}

export function adoptionOf(report: Report, agreement: AgreementSummary): AdoptionResult | undefined {
  return indexOf(report).adoption.get(agreement.file);
}

/** "Steinkjer kommune (5006)" or "Styret i Helse Nord-Trøndelag HF" (it starts a table cell or line). */
export function partyLabel(p: PartyAdoption, lang: Lang): string {
  const label = p.kind === 'kommune' ? t(lang, 'party.kommune', { name: kommuneStem(p.name), number: p.party }) : t(lang, 'party.hf', { name: p.name });
  return label.charAt(0).toLocaleUpperCase('nb') + label.slice(1);
}

/** Findings whose file belongs to the agreement set. */
export function findingsOf(report: Report, agreement: AgreementSummary): Finding[] {
  const { findings, order } = indexOf(report);
  const files = [...new Set(agreement.files)];
  if (files.length === 1) return findings.get(files[0]!) ?? [];
  // In the report's own order across the set's files.
  return files.flatMap((file) => findings.get(file) ?? []).sort((a, b) => order.get(a)! - order.get(b)!);
}

export function place(f: { location: { file: string; line: number; column: number } }): string {
  return `${f.location.file}:${f.location.line}:${f.location.column}`;
}

/** "TA 3 og 5 Innleggelse og utskrivning, seksjon 4" */
export function coverageLabel(c: RequirementResult['coverage'][number], lang: Lang): string {
  const repeats = c.documentNumber !== undefined && titleSaysNumber(c.documentNumber, c.documentTitle);
  const doc = repeats ? c.documentTitle : [c.documentNumber, c.documentTitle].filter(Boolean).join(' ');
  return c.sectionId ? `${doc}, ${t(lang, 'report.section', { section: c.sectionId })}` : doc;
}

/** Short forms of document kinds that a number may use where the title spells the word out («TA 3», «Tjenesteavtale 3»). */
const KIND_ABBREVIATIONS: Record<string, string> = { ta: 'tjenesteavtale', da: 'delavtale', sa: 'samarbeidsavtale', rl: 'retningslinje' };

/**
 * Whether a document's title already says its number, so a label shows the title alone: «TA 3» and «Tjenesteavtale 3:
 * Innleggelse», «3» and «Tjenesteavtale nr. 3», «Del 1» and «Del 1 – Overordnet avtale». Case, punctuation and «nr.»
 * are ignored; a bare number matches when it follows the title's first word.
 */
export function titleSaysNumber(number: string, title: string): boolean {
  const norm = (s: string) => {
    const words = s.toLocaleLowerCase('nb').replace(/\bnr\.?(?=\s|\d|$)/gu, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter(Boolean);
    if (words.length > 0 && KIND_ABBREVIATIONS[words[0]!]) words[0] = KIND_ABBREVIATIONS[words[0]!]!;
    return words;
  };
  const n = norm(number);
  const words = norm(title);
  if (n.length === 0) return false;
  const startsWith = (list: string[], offset: number) => n.every((w, i) => list[offset + i] === w);
  if (startsWith(words, 0)) return true;
  return n.length === 1 && /^[\p{N}]+[a-z]?$/u.test(n[0]!) && words.length > 1 && startsWith(words, 1);
}
