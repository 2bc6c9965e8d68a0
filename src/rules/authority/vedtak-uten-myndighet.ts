// vedtak-uten-myndighet: every adopting decision is made by a body the agreement's own rules (vedtaksmyndighet) empower for that document and change kind, under the rule in force on its date.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, changeParam, councilBreach, empoweringRules, forPartyParams, isAdopted, isKnownBody, isOwnDecider, isUrgentDecision, partyOf, ruleCovers, dateParams } from '../utils/authority.js';

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
      // A party's own council or board adopting for its own part is never without authority; breaches of § 6-1 are
      // hol-6-1-kommunestyret-selv's, and urgent decisions vedtak-hastevedtak's.
      if (isOwnDecider(facts, record) || councilBreach(facts, f) || isUrgentDecision(facts, record)) continue;
      const change = changeOf(record);
      // A rule whose period cannot be placed against the decision's date is vedtak-dato-uviss's «cannot tell».
      if (empoweringRules(facts, document, change, record.body, record.date, true).length > 0) continue;
      const applicable = facts.rules.filter((r) => ruleCovers(r, document, change));
      const allowed = [...new Set(applicable.flatMap((r) => r.adoptedBy))];
      issues.push({
        ruleId: 'vedtak-uten-myndighet',
        messageId: 'authority.no-mandate',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, ...dateParams(record.date), change: changeParam(change), type, ...forPartyParams(facts, partyOf(facts, record)) },
        ...(allowed.length > 0 ? { hintId: 'hint.no-mandate', hintParams: { allowed: allowed.join(', ') } } : { hintId: 'hint.no-rule', hintParams: { type, changeId: change } }),
        target: pathTarget([...record.path, 'organ'], 'value'),
        data: { body: record.body, documentType: type, change, allowed },
      });
    }
    return issues;
  },
};
