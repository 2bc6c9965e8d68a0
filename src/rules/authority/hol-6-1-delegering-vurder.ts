// hol-6-1-delegering-vurder: an authority rule that lets a joint body change a document fulfilling a § 6-2 item (or make minor changes to the agreement) needs legal review.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { MATERIAL_CHANGES, authorityFacts, bodyParam, isJointBody, itemsCoveredByType } from '../utils/authority.js';

export const delegeringVurderRule: Rule = {
  meta: { id: 'hol-6-1-delegering-vurder' },
  check({ data, catalogue }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    for (const rule of facts.rules) {
      // Adopting or materially changing the overarching agreement is hol-6-1-delegering's error, not a question.
      const pairs = rule.documentKinds.flatMap((type) => rule.changeKinds.filter((c) => !(type === 'overordnet' && MATERIAL_CHANGES.includes(c))).map((change) => ({ type, change })));
      const items = new Map(rule.documentKinds.map((type) => [type, itemsCoveredByType(data, type, catalogue)]));
      const review = pairs.filter((p) => p.type === 'overordnet' || (items.get(p.type) ?? []).length > 0);
      if (review.length === 0) continue;
      const types = [...new Set(review.map((p) => p.type))];
      const changes = [...new Set(review.map((p) => p.change))];
      const covered = [...new Set(types.flatMap((t) => items.get(t) ?? []))].sort((a, b) => a - b);
      rule.adoptedBy.forEach((entry, j) => {
        if (!isJointBody(facts, entry)) return;
        issues.push({
          ruleId: 'hol-6-1-delegering-vurder',
          messageId: covered.length > 0 ? 'authority.delegation-review' : 'authority.delegation-review-main',
          params: { body: bodyParam(facts, entry), types: types.join(', '), changes: changes.join(', '), items: covered.join(', ') },
          hintId: 'hint.delegation-review',
          target: pathTarget([...rule.path, 'vedtas_av', j], 'value'),
          data: { body: entry, documentTypes: types, changes, items: covered },
        });
      });
    }
    return issues;
  },
};
