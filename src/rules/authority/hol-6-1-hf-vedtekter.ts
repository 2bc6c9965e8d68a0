// hol-6-1-hf-vedtekter: on the health side, who adopts the agreement follows the trust's statutes, not § 6-1; a decision by someone other than the board is worth confirming, never a breach.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, changeParam, healthSideOther, partyParams, dateParams } from '../utils/authority.js';

export const hfVedtekterRule: Rule = {
  meta: { id: 'hol-6-1-hf-vedtekter' },
  check({ data }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    for (const f of facts.records) {
      const other = healthSideOther(facts, f);
      if (!other) continue;
      const { record, document } = f;
      issues.push({
        ruleId: 'hol-6-1-hf-vedtekter',
        messageId: 'authority.health-side-other',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, ...dateParams(record.date), change: changeParam(changeOf(record)), ...partyParams(facts, other.party) },
        hintId: 'hint.health-side-other',
        target: pathTarget([...record.path, 'organ'], 'value'),
        data: { body: record.body, party: other.party, change: changeOf(record) },
      });
    }
    return issues;
  },
};
