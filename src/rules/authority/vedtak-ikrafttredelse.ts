// vedtak-ikrafttredelse: a document's version enters into force before the last decision that adopted it (by a party's own council or board, or a body empowered to adopt it); parties may agree on that, so it is a warning.
import { pathTarget, type Issue } from '../../engine/issue.js';
import { comparePartialDates, isBefore } from '../../util/partial-date.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, empoweringRules, forPartyParams, inForceOf, isAdopted, isOwnDecider, isUrgentDecision, partyOf, versionOf, type RecordFact , dateParams } from '../utils/authority.js';

export const vedtakIkrafttredelseRule: Rule = {
  meta: { id: 'vedtak-ikrafttredelse' },
  check({ data }) {
    const facts = authorityFacts(data);
    const issues: Issue[] = [];
    const byDocument = new Map<string, RecordFact[]>();
    for (const f of facts.records) {
      const list = byDocument.get(f.document.id);
      if (list) list.push(f);
      else byDocument.set(f.document.id, [f]);
    }
    // Only decisions that adopt: a party's own council or board, an urgent decision, or a body a rule empowers.
    const counts = (f: RecordFact) =>
      f.role === 'vedtak' && f.record.outcome === 'vedtatt' && changeOf(f.record) !== 'oppsigelse' && isAdopted(f.record)
      && (isOwnDecider(facts, f.record) || isUrgentDecision(facts, f.record) || empoweringRules(facts, f.document, changeOf(f.record), f.record.body, f.record.date).length > 0);
    for (const [, list] of byDocument) {
      const document = list[0]!.document;
      const inForce = inForceOf(facts, document);
      if (!inForce) continue;
      const version = versionOf(facts, document);
      const latest = list
        .filter((f) => counts(f) && f.record.date !== undefined && (f.record.version ?? version) === version)
        .sort((a, b) => comparePartialDates(a.record.date, b.record.date))
        .at(-1);
      // Only when surely earlier; a year or month that cannot be placed says nothing here.
      if (!latest || isBefore(inForce.date, latest.record.date) !== true) continue;
      const record = latest.record;
      issues.push({
        ruleId: 'vedtak-ikrafttredelse',
        messageId: 'authority.in-force-early',
        params: { document: document.title ?? document.id, inForce: inForce.date, body: bodyParam(facts, record.body), ...dateParams(record.date), ...forPartyParams(facts, partyOf(facts, record)) },
        hintId: 'hint.in-force-early',
        target: pathTarget(inForce.path, 'value'),
        related: pathTarget([...record.path, 'dato'], 'value'),
        data: { inForce: inForce.date, lastAdoption: record.date!, body: record.body },
      });
    }
    return issues;
  },
};
