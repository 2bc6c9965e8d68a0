// vedtak-etter-dato: no decision or recommendation is dated after the date the check is made for.
import { pathTarget, type Issue } from '../../engine/issue.js';
import { isAfter } from '../../util/partial-date.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, forPartyParams, partyOf } from '../utils/authority.js';

export const vedtakEtterDatoRule: Rule = {
  meta: { id: 'vedtak-etter-dato' },
  check({ data, asOf }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    for (const { record, document, role } of facts.records) {
      // Only a date surely after as-of; a year or month that contains as-of is vedtak-dato-uviss's «cannot tell».
      if (record.date === undefined || isAfter(record.date, asOf) !== true) continue;
      issues.push({
        ruleId: 'vedtak-etter-dato',
        messageId: role === 'innstilling' ? 'authority.after-as-of-recommendation' : 'authority.after-as-of',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, date: record.date, asOf, ...forPartyParams(facts, partyOf(facts, record)) },
        hintId: 'hint.after-as-of',
        target: pathTarget([...record.path, 'dato'], 'value'),
        data: { body: record.body, date: record.date, asOf },
      });
    }
    return issues;
  },
};
