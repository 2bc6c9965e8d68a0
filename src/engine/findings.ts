// Issue → finding: the engine stamps the rule's severity and default hint from the rule registry, places it in the file, and drops repeats.
// No words are chosen here: a finding keeps its message id and parameters until the report is rendered (render.ts).
import type { MessageId } from '../i18n/index.js';
import { loadCatalogue, type Catalogue } from '../requirements/catalogue.js';
import { allRules, type RuleInfo } from '../rules/registry.js';
import type { Location, Severity } from '../types.js';
import type { Issue, Params, Target } from './issue.js';

/** The options that decide how a set is checked (plain data, so a worker can be given them). No language: outcomes are the same in every one. */
export interface SetOptions {
  /** The working folder; paths in the report are relative to it. */
  cwd: string;
  /** The date to check against (YYYY-MM-DD). The core never reads the clock. */
  asOf: string;
  /** Per-rule severity, or 'off' to drop the rule's findings. */
  severity?: Record<string, Severity | 'off'>;
}

/** What every set of a run shares: the catalogue, the rule registry and the options. */
export interface CheckContext {
  catalogue: Catalogue;
  rules: Map<string, RuleInfo>;
  ruleIds: string[];
  options: SetOptions;
}

/** A finding before its words are chosen: a message id and parameters, the same in every language (see render.ts for the text). */
export interface FindingData {
  ruleId: string;
  severity: Severity;
  messageId: MessageId;
  params: Params;
  hintId?: MessageId;
  hintParams?: Params;
  location: Location;
  data?: Record<string, unknown>;
}

export function checkContext(options: SetOptions): CheckContext {
  const catalogue = loadCatalogue();
  const ruleList = allRules(catalogue);
  const { cwd, asOf, severity } = options;
  return { catalogue, rules: new Map(ruleList.map((r) => [r.id, r])), ruleIds: ruleList.map((r) => r.id), options: { cwd, asOf, ...(severity ? { severity } : {}) } };
}

/** The finding for `issue`, placed by `where`; undefined when its rule is turned off. */
export function toFinding(issue: Issue, where: (target: Target) => Location, ctx: CheckContext): FindingData | undefined {
  const { rules, options } = ctx;
  const info = rules.get(issue.ruleId);
  const override = options.severity?.[issue.ruleId];
  if (override === 'off') return undefined;
  const severity: Severity = override ?? issue.severity ?? info?.severity ?? 'error';
  const location = where(issue.target);
  const related = issue.related ? where(issue.related) : undefined;
  const cause = issue.causedBy ? where(issue.causedBy) : undefined;
  const params = { ...issue.params, ...(related ? { related: `${related.file}:${related.line}` } : {}), ...(cause ? { cause: `${cause.file}:${cause.line}` } : {}) };
  const hintId = issue.hintId ?? info?.defaultHint;
  return {
    ruleId: issue.ruleId,
    severity,
    messageId: issue.messageId,
    params,
    ...(hintId ? { hintId, ...(issue.hintParams ? { hintParams: issue.hintParams } : {}) } : {}),
    location,
    ...(issue.data || related || cause ? { data: { ...issue.data, ...(related ? { related } : {}), ...(cause ? { causedBy: cause } : {}) } } : {}),
  };
}

/** Adds the finding for `issue` to `list`, unless its rule is turned off. */
export function pushFinding(list: FindingData[], issue: Issue, where: (target: Target) => Location, ctx: CheckContext): void {
  const finding = toFinding(issue, where, ctx);
  if (finding) list.push(finding);
}

/** The same finding reported twice (a document file two sets include) counts once: same rule, place, message id and parameters. */
export function dedupe<F extends FindingData>(findings: readonly F[]): F[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.location.file}\u0000${f.location.line}\u0000${f.location.column}\u0000${f.messageId}\u0000${JSON.stringify(f.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
