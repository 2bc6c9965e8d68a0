// hol-6-1-delegering: an authority rule in the agreement must not let anyone but the councils and the HF board adopt, materially change or terminate the overarching agreement.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { CO_PARTY_BOARD_KINDS, MATERIAL_CHANGES, authorityFacts, bodyParam, isBoardKind, isCouncilKind, isKnownBody, kindOf, sideOf, type AuthorityFacts } from '../utils/authority.js';

/** Health-side officers a rule may name by kind. */
const HEALTH_SIDE_KINDS = ['administrerende-direktor'];

/** A body under `organer` that belongs to the HF or a co-party (`part: hf` or a co-party's id). */
function isHealthSideBody(facts: AuthorityFacts, id: string): boolean {
  const party = facts.bodies.get(id)?.party;
  return party !== undefined && sideOf(party, facts) === 'hf';
}

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
        // A co-party's own board adopts for the co-party, as the HF board does for the trust. Who else may adopt on the
        // health side follows the trust's statutes, not § 6-1 (a record of it is hol-6-1-hf-vedtekter's warning).
        if (!isKnownBody(facts, entry) || isCouncilKind(kind) || isBoardKind(kind) || CO_PARTY_BOARD_KINDS.includes(kind) || HEALTH_SIDE_KINDS.includes(kind) || isHealthSideBody(facts, entry)) return;
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
