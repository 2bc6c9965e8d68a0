// vedtak-innstilling: when the empowering rule demands a recommendation (innstilling_fra), the decision names one by that body, made no later than the decision.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, councilBreach, empowerment, forPartyParams, isAdopted, isDate, namesBody, partyOf } from '../utils/authority.js';

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
      if (!demand || demand.recommenders.length === 0) continue;
      const base = {
        body: bodyParam(facts, record.body),
        document: document.title ?? document.id,
        date: record.date ?? '?',
        recommender: bodyParam(facts, demand.recommenders[0]!),
        ...forPartyParams(facts, partyOf(facts, record)),
      };
      const about = { body: record.body, recommendedBy: demand.recommenders };
      if (record.recommendation === undefined) {
        issues.push({ ruleId: 'vedtak-innstilling', messageId: 'authority.recommendation-missing', params: base, hintId: 'hint.recommendation-missing', target: pathTarget([...record.path, 'organ'], 'value'), data: about });
        continue;
      }
      // An id that names no record is unknown-reference's finding.
      const rec = facts.recordsById.get(record.recommendation);
      if (!rec) continue;
      const at = pathTarget([...record.path, 'innstilling'], 'value');
      if (!demand.recommenders.some((x) => namesBody(facts, x, rec.record.body))) {
        issues.push({ ruleId: 'vedtak-innstilling', messageId: 'authority.recommendation-wrong-body', params: { ...base, actual: bodyParam(facts, rec.record.body) }, hintId: 'hint.recommendation-wrong-body', target: at, data: { ...about, recommendation: record.recommendation } });
      } else if (isDate(rec.record.date) && isDate(record.date) && rec.record.date > record.date) {
        issues.push({ ruleId: 'vedtak-innstilling', messageId: 'authority.recommendation-late', params: { ...base, recDate: rec.record.date }, hintId: 'hint.recommendation-late', target: at, data: { ...about, recommendation: record.recommendation } });
      }
    }
    return issues;
  },
};
