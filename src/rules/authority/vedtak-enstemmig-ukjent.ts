// vedtak-enstemmig-ukjent: when the empowering rule demands unanimity (or consensus) and the record does not say whether the decision was unanimous, that is unknown, not split.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, councilBreach, empowerment, forPartyParams, isAdopted, partyOf, dateParams } from '../utils/authority.js';

export const vedtakEnstemmigUkjentRule: Rule = {
  meta: { id: 'vedtak-enstemmig-ukjent' },
  check({ data }) {
    const facts = authorityFacts(data);
    if (facts.rules.length === 0) return [];
    const issues: Issue[] = [];
    for (const f of facts.records) {
      const { document, record } = f;
      if (f.role !== 'vedtak' || !isAdopted(record) || record.unanimous !== undefined || councilBreach(facts, f)) continue;
      if (!empowerment(facts, f)?.unanimous) continue;
      issues.push({
        ruleId: 'vedtak-enstemmig-ukjent',
        messageId: 'authority.unanimity-unknown',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, ...dateParams(record.date), ...forPartyParams(facts, partyOf(facts, record)) },
        hintId: 'hint.unanimity-unknown',
        target: pathTarget([...record.path, 'organ'], 'value'),
        data: { body: record.body },
      });
    }
    return issues;
  },
};
