// Helpers shared by the CI formats (SARIF, GitHub, JUnit): rule texts from the catalogue and registry, severity order, finding text.
import { t } from '../i18n/index.js';
import { citationIn, loadCatalogue, type Catalogue } from '../requirements/catalogue.js';
import { allRules, type RuleInfo } from '../rules/registry.js';
import type { Citation, Finding, Lang, Severity } from '../types.js';

/** What a CI format says about one rule, in one language. */
export interface RuleText {
  id: string;
  title: string;
  /** The catalogue's plain-language summary; only requirements and policy rules have one. */
  summary?: string;
  citation?: Citation;
  severity: Severity;
  category?: string;
  /** True for the legal requirements of the catalogue (schemas/krav.json `requirements`). */
  requirement: boolean;
  /** For a policy rule that is not law: `recommendation` or `practice`, and its source in `lang`. */
  standing?: 'recommendation' | 'practice';
  basis?: string;
}

let cached: { catalogue: Catalogue; rules: RuleInfo[] } | undefined;

/** The shipped catalogue and the rule registry, read once (constant package data, not user input). */
function sources(): { catalogue: Catalogue; rules: RuleInfo[] } {
  if (!cached) {
    const catalogue = loadCatalogue();
    cached = { catalogue, rules: allRules(catalogue) };
  }
  return cached;
}

/** Rule ids in registry order (technical, policy, requirements): the order SARIF lists rule descriptors in. */
export function registryOrder(): string[] {
  return sources().rules.map((r) => r.id);
}

/** Ids of the legal requirements in the catalogue. */
export function requirementIds(): Set<string> {
  return new Set(sources().catalogue.requirements.map((r) => r.id));
}

/** Title, summary and citation of a rule in `lang`; undefined for an id neither the catalogue nor the registry knows. */
export function ruleText(id: string, lang: Lang): RuleText | undefined {
  const { catalogue, rules } = sources();
  const requirement = catalogue.requirements.find((r) => r.id === id);
  if (requirement) {
    return { id, title: requirement.title[lang], summary: requirement.summary[lang], citation: citationIn(catalogue, requirement.citation, lang), severity: requirement.severity, category: 'requirement', requirement: true };
  }
  const info = rules.find((r) => r.id === id);
  const policy = catalogue.rules.find((r) => r.id === id);
  if (policy) {
    return {
      id,
      title: policy.title[lang],
      summary: policy.summary[lang],
      ...(policy.citation ? { citation: citationIn(catalogue, policy.citation, lang) } : {}),
      severity: policy.severity,
      category: info?.category ?? policy.category,
      requirement: false,
      ...(policy.standing === 'recommendation' || policy.standing === 'practice' ? { standing: policy.standing, ...(policy.basis ? { basis: policy.basis[lang] } : {}) } : {}),
    };
  }
  if (info) return { id, title: info.titleId ? t(lang, info.titleId) : id, severity: info.severity, category: info.category, requirement: false };
  return undefined;
}

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** True when a finding of `severity` makes the run fail at `failOn` (error fails at every level; info only at info). */
export function atOrAbove(severity: Severity, failOn: Severity): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK[failOn];
}

/** The finding's message with its hint on the next line ("Tips: …"), as CI tools show one text only. */
export function findingText(f: Finding, lang: Lang): string {
  const message = f.standing ? `${f.message} (${t(lang, `standing.${f.standing}`)})` : f.message;
  return f.hint ? `${message}\n${t(lang, 'report.hint')}: ${f.hint}` : message;
}

/** A report path with forward slashes (reports are written with relative paths; Windows separators are normalised). */
export function slashPath(file: string): string {
  return file.replace(/\\/g, '/');
}

/** Compares strings with digit runs as numbers, so hol-6-2-nr2 sorts before hol-6-2-nr10 (as in the report). */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x) && /^\d/.test(y);
    if (nx && Number(x) !== Number(y)) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Compares by file, line, column, then rule id: the report's own order. */
export function compareByPlace(a: Finding, b: Finding): number {
  const fa = slashPath(a.location.file);
  const fb = slashPath(b.location.file);
  return (fa < fb ? -1 : fa > fb ? 1 : 0) || a.location.line - b.location.line || a.location.column - b.location.column || naturalCompare(a.ruleId, b.ruleId);
}
