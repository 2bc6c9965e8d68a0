// vedtak-ikrafttredelse: a document's version does not enter into force before the last decision adopting that version.
import { pathTarget, type Issue } from '../../engine/issue.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, forPartyParams, inForceOf, isAdopted, isDate, partyOf, versionOf, type RecordFact } from '../utils/authority.js';

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
    for (const [, list] of byDocument) {
      const document = list[0]!.document;
      const inForce = inForceOf(facts, document);
      if (!inForce || !isDate(inForce.date)) continue;
      const version = versionOf(facts, document);
      const latest = list
        .filter((f) => f.role === 'vedtak' && isAdopted(f.record) && isDate(f.record.date) && (f.record.version ?? version) === version)
        .sort((a, b) => a.record.date!.localeCompare(b.record.date!))
        .at(-1);
      if (!latest || inForce.date >= latest.record.date!) continue;
      const record = latest.record;
      issues.push({
        ruleId: 'vedtak-ikrafttredelse',
        messageId: 'authority.in-force-early',
        params: { document: document.title ?? document.id, inForce: inForce.date, body: bodyParam(facts, record.body), date: record.date!, ...forPartyParams(facts, partyOf(facts, record)) },
        hintId: 'hint.in-force-early',
        target: pathTarget(inForce.path, 'value'),
        related: pathTarget([...record.path, 'dato'], 'value'),
        data: { inForce: inForce.date, lastAdoption: record.date!, body: record.body },
      });
    }
    return issues;
  },
};
