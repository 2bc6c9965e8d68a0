// hol-6-1-delegering: an authority rule in the agreement must not let anyone but the councils and the HF board adopt, materially change or terminate the overarching agreement.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { MATERIAL_CHANGES, authorityFacts, bodyParam, isBoardKind, isCouncilKind, isKnownBody, kindOf } from '../utils/authority.js';

export const delegeringRule: Rule = {
  meta: { id: 'hol-6-1-delegering' },
  check({ data }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    for (const rule of facts.rules) {
      if (!rule.documentKinds.includes('overordnet')) continue;
      const changes = rule.changeKinds.filter((c) => MATERIAL_CHANGES.includes(c));
      if (changes.length === 0) continue;
      rule.adoptedBy.forEach((entry, j) => {
        const kind = kindOf(facts, entry);
        if (!isKnownBody(facts, entry) || isCouncilKind(kind) || isBoardKind(kind)) return;
        issues.push({
          ruleId: 'hol-6-1-delegering',
          messageId: 'authority.delegation',
          params: { body: bodyParam(facts, entry), changes: changes.join(', ') },
          hintId: 'hint.delegation',
          target: pathTarget([...rule.path, 'vedtas_av', j], 'value'),
          data: { body: entry, changes },
        });
      });
    }
    return issues;
  },
};
