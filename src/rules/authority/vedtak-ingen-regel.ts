// vedtak-ingen-regel: with no decision rules at all, a joint body adopting or materially changing a document that fulfils a § 6-2 item has no mandate the file can show.
import { pathTarget, type Issue } from '../../engine/issue.js';
import { coverageEntries } from '../../model.js';
import type { Rule } from '../rule.js';
import { authorityFacts, bodyParam, changeOf, changeParam, isAdopted, isJointBody, dateParams } from '../utils/authority.js';

/** Change kinds that adopt or materially change a document. */
const ADOPTING_CHANGES = ['ny', 'vesentlig-endring'];

export const vedtakIngenRegelRule: Rule = {
  meta: { id: 'vedtak-ingen-regel' },
  check({ data, catalogue }) {
    const facts = authorityFacts(data);
    if (facts.rules.length > 0) return [];
    const itemsOf = new Map<string, Set<number>>();
    for (const c of coverageEntries(data)) {
      const item = catalogue.requirements.find((r) => r.id === c.requirementId)?.item;
      if (c.documentId === undefined || item === undefined) continue;
      const set = itemsOf.get(c.documentId) ?? new Set<number>();
      set.add(item);
      itemsOf.set(c.documentId, set);
    }
    const issues: Issue[] = [];
    for (const { record, document, role } of facts.records) {
      if (role !== 'vedtak' || !isAdopted(record) || !isJointBody(facts, record.body) || !ADOPTING_CHANGES.includes(changeOf(record))) continue;
      const items = [...(itemsOf.get(document.id) ?? [])].sort((a, b) => a - b);
      if (items.length === 0) continue;
      issues.push({
        ruleId: 'vedtak-ingen-regel',
        messageId: 'authority.no-rules',
        params: { body: bodyParam(facts, record.body), document: document.title ?? document.id, ...dateParams(record.date), change: changeParam(changeOf(record)), items: items.join(', ') },
        hintId: 'hint.no-rules',
        target: pathTarget([...record.path, 'organ'], 'value'),
        data: { body: record.body, items },
      });
    }
    return issues;
  },
};
