// vedtak-innstilling: when the empowering rule requires a recommendation («skal», from one of the bodies under innstilling_fra), the decision names one by such a body, made no later than the decision.
import { pathTarget, type Issue } from '../../engine/issue.js';
import { isAfter } from '../../util/partial-date.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, councilBreach, empowerment, forPartyParams, isAdopted, namesBody, partyOf, dateParams } from '../utils/authority.js';

export const vedtakInnstillingRule: Rule = {
  meta: { id: 'vedtak-innstilling' },
  check({ data }) {
    const facts = authorityFacts(data);
    if (facts.rules.length === 0) return [];
    const issues: Issue[] = [];
    for (const f of facts.records) {
      const { document, record } = f;
      if (f.role !== 'vedtak' || !isAdopted(record) || councilBreach(facts, f)) continue;
      const demand = empowerment(facts, f);
      if (!demand || demand.allowedRecommenders.length === 0) continue;
      const required = demand.recommenders.length > 0;
      const names = required ? demand.recommenders : demand.allowedRecommenders;
      const base = {
        body: bodyParam(facts, record.body),
        document: document.title ?? document.id,
        ...dateParams(record.date),
        recommender: names.map((n) => bodyParam(facts, n)).join(` / `),
        ...forPartyParams(facts, partyOf(facts, record)),
      };
      const about = { body: record.body, recommendedBy: names, required };
      if (record.recommendation === undefined) {
        if (required) issues.push({ ruleId: 'vedtak-innstilling', messageId: 'authority.recommendation-missing', params: base, hintId: 'hint.recommendation-missing', target: pathTarget([...record.path, 'organ'], 'value'), data: about });
        continue;
      }
      // An id that names no record is unknown-reference's finding.
      const rec = facts.recordsById.get(record.recommendation);
      if (!rec) continue;
      const at = pathTarget([...record.path, 'innstilling'], 'value');
      if (required && !names.some((x) => namesBody(facts, x, rec.record.body))) {
        issues.push({ ruleId: 'vedtak-innstilling', messageId: 'authority.recommendation-wrong-body', params: { ...base, actual: bodyParam(facts, rec.record.body) }, hintId: 'hint.recommendation-wrong-body', target: at, data: { ...about, recommendation: record.recommendation } });
      } else if (isAfter(rec.record.date, record.date) === true) {
        issues.push({ ruleId: 'vedtak-innstilling', messageId: 'authority.recommendation-late', params: { ...base, recommender: bodyParam(facts, rec.record.body), recDate: rec.record.date! }, hintId: 'hint.recommendation-late', target: at, data: { ...about, recommendation: record.recommendation } });
      }
    }
    return issues;
  },
};
