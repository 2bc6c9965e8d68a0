// The shape of a policy rule and of the context it reads; rules say what and where in the data, never lines or severity.
import type { Issue } from '../engine/issue.js';
import type { Data } from '../model.js';
import type { Catalogue } from '../requirements/catalogue.js';
import type { Severity } from '../types.js';

/** Where a rule's findings come from; used to group rules in `avtalesjekk rules`. */
export type RuleCategory = 'syntax' | 'structure' | 'include' | 'consistency' | 'requirement' | 'authority' | 'governance' | 'stale';

/** The identity and default weight of a rule, as the registry records it. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  category: RuleCategory;
}

export interface RuleContext {
  data: Data;
  /** The date the check is made for (YYYY-MM-DD). */
  asOf: string;
  catalogue: Catalogue;
}

/** What a rule finds: what and where. The engine stamps the rule's id (a `ruleId` given here is replaced by `meta.id`). */
export type RuleIssue = Omit<Issue, 'ruleId'> & { ruleId?: string };

/** A policy rule over the composed agreement data: its id and what it finds. Severity, category, titles and citation are the registry's (rules/registry.ts). */
export interface Rule {
  meta: { id: string };
  check(context: RuleContext): RuleIssue[];
}
