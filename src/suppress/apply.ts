// Matches findings against suppression comments: silenced findings move to `suppressed`, and unused comments are reported.
import type { Location } from '../types.js';
import { SUPPRESSION_RULES, type Directive } from './directives.js';

/** What suppression needs of a finding: its rule and place (a finding before or after its words are chosen). */
type Placed = { ruleId: string; location: Location };

export interface SuppressionOutcome<F extends Placed> {
  /** Findings no comment silenced. */
  kept: F[];
  /** Findings a comment silenced, with its reason and place. */
  suppressed: (F & { reason: string; suppressedBy: Location })[];
  /** Each rule id of a comment that silenced nothing. */
  unused: { directive: Directive; ruleId: string }[];
}

/**
 * A finding is silenced by a directive in the same file whose target line is the finding's first line
 * and that names the finding's rule. The first such directive (in file order) takes the credit.
 */
export function applySuppressions<F extends Placed>(findings: readonly F[], directives: readonly Directive[]): SuppressionOutcome<F> {
  const byPlace = new Map<string, Directive[]>();
  for (const d of directives) {
    const key = `${d.file}\u0000${d.targetLine}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), d]);
  }
  const used = new Set<string>();
  const kept: F[] = [];
  const suppressed: SuppressionOutcome<F>['suppressed'] = [];
  for (const f of findings) {
    const candidates = (SUPPRESSION_RULES as readonly string[]).includes(f.ruleId) ? [] : byPlace.get(`${f.location.file}\u0000${f.location.line}`) ?? [];
    const by = candidates.find((d) => d.ruleIds.includes(f.ruleId));
    if (!by) {
      kept.push(f);
      continue;
    }
    used.add(useKey(by, f.ruleId));
    suppressed.push({ ...f, reason: by.reason, suppressedBy: by.location });
  }
  const unused = directives.flatMap((directive) => directive.ruleIds.filter((ruleId) => !used.has(useKey(directive, ruleId))).map((ruleId) => ({ directive, ruleId })));
  return { kept, suppressed, unused };
}

function useKey(d: Directive, ruleId: string): string {
  return `${d.location.file}\u0000${d.location.line}\u0000${d.location.column}\u0000${ruleId}`;
}
