// Helpers shared by the CI formats (SARIF, GitHub, JUnit): rule texts from the catalogue and registry, severity order, finding text.
import { t } from '../i18n/index.js';
import { citationIn, loadCatalogue, type Catalogue } from '../requirements/catalogue.js';
import { allRules, type RuleInfo } from '../rules/registry.js';
import type { Citation, Finding, Lang, Severity } from '../types.js';

export { atOrAbove, naturalCompare, comparePlace as compareByPlace } from '../engine/order.js';
export { slashPath } from '../util/paths.js';

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
    };
  }
  if (info) return { id, title: info.titleId ? t(lang, info.titleId) : id, severity: info.severity, category: info.category, requirement: false };
  return undefined;
}

/** The finding's message with its hint on the next line ("Tips: …"), as CI tools show one text only. */
export function findingText(f: Finding, lang: Lang): string {
  return f.hint ? `${f.message}\n${t(lang, 'report.hint')}: ${f.hint}` : f.message;
}

