// vedtak-enstemmig: when the empowering rule demands unanimity (or consensus), a decision recorded as not unanimous does not meet it.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, councilBreach, empowerment, forPartyParams, isAdopted, partyOf, dateParams } from '../utils/authority.js';

export const vedtakEnstemmigRule: Rule = {
  meta: { id: 'vedtak-enstemmig' },
  check({ data }) {
    const facts = authorityFacts(data);
    if (facts.rules.length === 0) return [];
    const issues: Issue[] = [];
    for (const f of facts.records) {
      const { document, record } = f;
      // Only `enstemmig: false` is known to be split; a record that does not say is vedtak-enstemmig-ukjent's warning.
      if (f.role !== 'vedtak' || !isAdopted(record) || record.unanimous !== false || councilBreach(facts, f)) continue;
      if (!empowerment(facts, f)?.unanimous) continue;
      issues.push({
        ruleId: 'vedtak-enstemmig',
        messageId: 'authority.unanimity',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, ...dateParams(record.date), ...forPartyParams(facts, partyOf(facts, record)) },
        hintId: 'hint.unanimity',
        target: pathTarget([...record.path, 'enstemmig'], 'value'),
        data: { body: record.body },
      });
    }
    return issues;
  },
};
