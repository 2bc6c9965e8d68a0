// vedtak-dato-uviss: a date known only to the year or month leaves a question open (made by the as-of date? under which rule?); the report says it cannot tell.
import { pathTarget, type Issue } from '../../engine/issue.js';
import { isAfter, parsePartialDate } from '../../util/partial-date.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, councilBreach, empoweringRules, forPartyParams, isAdopted, isKnownBody, isOwnDecider, isUrgentDecision, partyOf } from '../utils/authority.js';

export const vedtakDatoUvissRule: Rule = {
  meta: { id: 'vedtak-dato-uviss' },
  check({ data, asOf }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    for (const f of facts.records) {
      const { record, document } = f;
      if (record.date === undefined) continue;
      const params = { body: bodyParam(facts, record.body), document: document.title ?? document.id, date: record.date, asOf, ...forPartyParams(facts, partyOf(facts, record)) };
      const target = pathTarget([...record.path, 'dato'], 'value');
      const known = parsePartialDate(record.date);
      // A wrong date is invalid-date's finding.
      if (known === undefined) continue;
      if (known.precision !== 'day' && isAfter(record.date, asOf) === undefined) {
        issues.push({ ruleId: 'vedtak-dato-uviss', messageId: 'authority.date-undecidable-as-of', params, hintId: 'hint.date-precision', target, data: { date: record.date, asOf } });
        continue;
      }
      if (f.role !== 'vedtak' || !isAdopted(record) || facts.rules.length === 0 || !isKnownBody(facts, record.body)) continue;
      if (isOwnDecider(facts, record) || councilBreach(facts, f) || isUrgentDecision(facts, record)) continue;
      const change = changeOf(record);
      if (empoweringRules(facts, document, change, record.body, record.date).length > 0) continue;
      const uncertain = empoweringRules(facts, document, change, record.body, record.date, true);
      if (uncertain.length === 0) continue;
      const rule = uncertain[0]!;
      issues.push({
        ruleId: 'vedtak-dato-uviss',
        messageId: 'authority.date-undecidable-rule',
        params: { ...params, from: rule.from ?? '…', until: rule.until ?? '…' },
        hintId: 'hint.date-precision',
        target,
        data: { date: record.date, rule: rule.path.join('.') },
      });
    }
    return issues;
  },
};
