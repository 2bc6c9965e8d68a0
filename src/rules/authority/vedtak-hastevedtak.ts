// vedtak-hastevedtak: an urgent decision (kommuneloven § 11-8) on the agreement counts, but its conditions should be confirmed.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, changeParam, councilParam, forPartyParams, isAdopted, isUrgentDecision, partyOf, dateParams } from '../utils/authority.js';

export const vedtakHastevedtakRule: Rule = {
  meta: { id: 'vedtak-hastevedtak' },
  check({ data }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    for (const { record, document, role } of facts.records) {
      if (role !== 'vedtak' || !isAdopted(record) || !isUrgentDecision(facts, record)) continue;
      const party = partyOf(facts, record);
      issues.push({
        ruleId: 'vedtak-hastevedtak',
        messageId: 'authority.urgent',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, ...dateParams(record.date), change: changeParam(changeOf(record)), council: councilParam(party), ...forPartyParams(facts, party) },
        hintId: 'hint.urgent',
        hintParams: { council: councilParam(party) },
        target: pathTarget([...record.path, 'hastevedtak'], 'value'),
        data: { body: record.body, ...(party !== undefined ? { party } : {}) },
      });
    }
    return issues;
  },
};
