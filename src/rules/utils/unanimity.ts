// The unanimity check both vedtak-enstemmig rules share: adopting decisions under a rule that demands unanimity (or consensus).
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { MessageId } from '../../i18n/index.js';
import type { Data } from '../../model.js';
import { authorityFacts, bodyParam, councilBreach, dateParams, empowerment, forPartyParams, isAdopted, partyOf } from './authority.js';

/** What one of the two rules reports: which records (by their `enstemmig` value), with which words, at which field. */
export interface UnanimityCheck {
  ruleId: string;
  /** Whether a record's `enstemmig` value (true, false or not given) is the one this rule reports. */
  reports(unanimous: boolean | undefined): boolean;
  messageId: MessageId;
  hintId: MessageId;
  /** The record's field the finding points at. */
  field: 'organ' | 'enstemmig';
}

/** Issues for adopting decisions under a rule that demands unanimity, whose `enstemmig` value `check.reports`. */
export function unanimityIssues(data: Data, check: UnanimityCheck): Issue[] {
  const facts = authorityFacts(data);
  if (facts.rules.length === 0) return [];
  const issues: Issue[] = [];
  for (const f of facts.records) {
    const { document, record } = f;
    if (f.role !== 'vedtak' || !isAdopted(record) || !check.reports(record.unanimous) || councilBreach(facts, f)) continue;
    if (!empowerment(facts, f)?.unanimous) continue;
    issues.push({
      ruleId: check.ruleId,
      messageId: check.messageId,
      params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, ...dateParams(record.date), ...forPartyParams(facts, partyOf(facts, record)) },
      hintId: check.hintId,
      target: pathTarget([...record.path, check.field], 'value'),
      data: { body: record.body },
    });
  }
  return issues;
}
