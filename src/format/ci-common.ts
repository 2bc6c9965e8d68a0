// Helpers shared by the CI formats (SARIF, GitHub, JUnit): rule texts from the rule list in the options, finding text.
import { t } from '../i18n/index.js';
import { loadCatalogue } from '../requirements/catalogue.js';
import { allRules, ruleTitle, type RuleInfo } from '../rules/registry.js';
import type { Citation, Finding, Lang, Severity } from '../types.js';
import type { FormatOptions } from './common.js';

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

let shipped: RuleInfo[] | undefined;

/**
 * The rule list a formatter describes rules from: `options.rules` (the caller's registry, as ESLint formatters get
 * `rulesMeta`), or, for library callers that give none, the shipped catalogue's.
 */
export function rulesOf(options: FormatOptions): readonly RuleInfo[] {
  if (options.rules) return options.rules;
  shipped ??= allRules(loadCatalogue());
  return shipped;
}

/** Rule ids in registry order (technical, policy, requirements): the order SARIF lists rule descriptors in. */
export function registryOrder(rules: readonly RuleInfo[]): string[] {
  return rules.map((r) => r.id);
}

/** Ids of the legal requirements in the catalogue. */
export function requirementIds(rules: readonly RuleInfo[]): Set<string> {
  return new Set(rules.filter((r) => r.kind === 'requirement').map((r) => r.id));
}

/** Title, summary and citation of a rule in `lang`; undefined for an id the registry does not know. */
export function ruleText(rules: readonly RuleInfo[], id: string, lang: Lang): RuleText | undefined {
  const info = rules.find((r) => r.id === id);
  if (!info) return undefined;
  return {
    id,
    title: ruleTitle(info, lang),
    ...(info.summary ? { summary: info.summary[lang] } : {}),
    ...(info.citation ? { citation: info.citation[lang] } : {}),
    severity: info.severity,
    category: info.category,
    requirement: info.kind === 'requirement',
  };
}

/** The finding's message with its hint on the next line ("Tips: …"), as CI tools show one text only. */
export function findingText(f: Finding, lang: Lang): string {
  return f.hint ? `${f.message}\n${t(lang, 'report.hint')}: ${f.hint}` : f.message;
}

