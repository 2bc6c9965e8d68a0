// vedtak-uten-myndighet: every adopting decision is made by a body the agreement's own rules (vedtaksmyndighet) empower for that document type and change kind.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, changeParam, councilBreach, empoweringRules, forPartyParams, isAdopted, isBoardKind, isCouncilKind, isKnownBody, kindOf, partyOf } from '../utils/authority.js';

export const vedtakUtenMyndighetRule: Rule = {
  meta: { id: 'vedtak-uten-myndighet' },
  check({ data }) {
    const facts = authorityFacts(data);
    if (facts.rules.length === 0) return [];
    const issues: Issue[] = [];
    for (const f of facts.records) {
      const { document, record } = f;
      const type = document.type;
      if (f.role !== 'vedtak' || !isAdopted(record) || type === undefined || !isKnownBody(facts, record.body)) continue;
      // The law lets each party's own council or board decide on the agreement itself; breaches of § 6-1 are hol-6-1-kommunestyret-selv's.
      const kind = kindOf(facts, record.body);
      if (type === 'overordnet' && (isCouncilKind(kind) || isBoardKind(kind))) continue;
      if (councilBreach(facts, f)) continue;
      const change = changeOf(record);
      const applicable = facts.rules.filter((r) => r.documentKinds.includes(type) && r.changeKinds.includes(change));
      if (empoweringRules(facts, type, change, record.body).length > 0) continue;
      const allowed = [...new Set(applicable.flatMap((r) => r.adoptedBy))];
      issues.push({
        ruleId: 'vedtak-uten-myndighet',
        messageId: 'authority.no-mandate',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, date: record.date ?? '?', change: changeParam(change), type, ...forPartyParams(facts, partyOf(facts, record)) },
        ...(allowed.length > 0 ? { hintId: 'hint.no-mandate', hintParams: { allowed: allowed.join(', ') } } : { hintId: 'hint.no-rule', hintParams: { type, changeId: change } }),
        target: pathTarget([...record.path, 'organ'], 'value'),
        data: { body: record.body, documentType: type, change, allowed },
      });
    }
    return issues;
  },
};
