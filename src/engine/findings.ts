// Issue → finding: the engine stamps the rule's severity, hint and citation from the rule registry, places it in the file, and drops repeats.
import { t, isMessageId } from '../i18n/index.js';
import { loadCatalogue, type Catalogue } from '../requirements/catalogue.js';
import { allRules, type RuleInfo } from '../rules/registry.js';
import type { Finding, Lang, Location, Severity } from '../types.js';
import type { Issue, Target } from './issue.js';

/** The options that decide how a set is checked and its findings worded (plain data, so a worker can be given them). */
export interface SetOptions {
  /** The working folder; paths in the report are relative to it. */
  cwd: string;
  /** The date to check against (YYYY-MM-DD). The core never reads the clock. */
  asOf: string;
  lang?: Lang;
  /** Per-rule severity, or 'off' to drop the rule's findings. */
  severity?: Record<string, Severity | 'off'>;
}

/** What every set of a run shares: the catalogue, the rule registry and the options. */
export interface CheckContext {
  catalogue: Catalogue;
  rules: Map<string, RuleInfo>;
  ruleIds: string[];
  options: SetOptions & { lang: Lang };
}

export function checkContext(options: SetOptions): CheckContext {
  const catalogue = loadCatalogue();
  const ruleList = allRules(catalogue);
  return { catalogue, rules: new Map(ruleList.map((r) => [r.id, r])), ruleIds: ruleList.map((r) => r.id), options: { ...options, lang: options.lang ?? 'nb' } };
}

/** The finding for `issue`, placed by `where`; undefined when its rule is turned off. */
export function toFinding(issue: Issue, where: (target: Target) => Location, ctx: CheckContext): Finding | undefined {
  const { rules, options } = ctx;
  const { lang } = options;
  const info = rules.get(issue.ruleId);
  const override = options.severity?.[issue.ruleId];
  if (override === 'off') return undefined;
  const severity: Severity = override ?? issue.severity ?? info?.severity ?? 'error';
  const location = where(issue.target);
  const related = issue.related ? where(issue.related) : undefined;
  const cause = issue.causedBy ? where(issue.causedBy) : undefined;
  const params = { ...issue.params, ...(related ? { related: `${related.file}:${related.line}` } : {}), ...(cause ? { cause: `${cause.file}:${cause.line}` } : {}) };
  const messageId = isMessageId(issue.messageId) ? issue.messageId : 'yaml.other';
  const hintId = issue.hintId ?? info?.defaultHint;
  let hint = hintId ? t(lang, hintId, { ...params, ...issue.hintParams }) : undefined;
  if (info?.verified === false) {
    hint = [hint, t(lang, 'requirement.unverified')].filter(Boolean).join(' ');
  }
  return {
    ruleId: issue.ruleId,
    severity,
    message: sentence(t(lang, messageId, params)),
    ...(hint ? { hint } : {}),
    location,
    ...(info?.citation ? { citation: info.citation[lang] } : {}),
    ...(issue.data || related || cause ? { data: { ...issue.data, ...(related ? { related } : {}), ...(cause ? { causedBy: cause } : {}) } } : {}),
  };
}

/** Adds the finding for `issue` to `list`, unless its rule is turned off. */
export function pushFinding(list: Finding[], issue: Issue, where: (target: Target) => Location, ctx: CheckContext): void {
  const finding = toFinding(issue, where, ctx);
  if (finding) list.push(finding);
}

/** The same finding reported twice (a document file two sets include) counts once. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.location.file}\u0000${f.location.line}\u0000${f.location.column}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Messages are sentences: a template that starts with a name ("styret i …") still starts with a capital. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}
