// party-list-mismatch: a document's own list of kommuner (dokument.kommuner) disagrees with the main file's parter.kommuner.
import { pathTarget, type Issue } from '../../engine/issue.js';
import { documents, kommuneStem, parties } from '../../model.js';
import type { Rule } from '../rule.js';

/** Document types made between some of the parties only, where a shorter list is the point, not a mistake. */
const SOME_PARTIES = ['saeravtale'];

export const partyListMismatchRule: Rule = {
  meta: { id: 'party-list-mismatch' },
  check({ data }) {
    const p = parties(data);
    if (!p.present) return [];
    const names = new Map(p.municipalities.flatMap((m) => (m.number !== undefined ? [[m.number, m.name] as const] : [])));
    if (names.size === 0) return [];
    const label = (n: string) => {
      const name = names.get(n);
      return name === undefined ? n : `${kommuneStem(name)} kommune (${n})`;
    };
    const issues: Issue[] = [];
    for (const doc of documents(data)) {
      const own = doc.raw.kommuner;
      if (!Array.isArray(own)) continue;
      const listed = new Set(own.filter((n): n is string => typeof n === 'string'));
      // `omfang: noen` (made with some of the kommuner) or `per-kommune` (a template each kommune signs): a shorter list is the point.
      const some = (doc.type !== undefined && SOME_PARTIES.includes(doc.type)) || doc.raw.omfang === 'noen' || doc.raw.omfang === 'per-kommune';
      const missing = some ? [] : [...names.keys()].filter((n) => !listed.has(n));
      const extra = [...listed].filter((n) => !names.has(n));
      if (missing.length === 0 && extra.length === 0) continue;
      const kind = missing.length > 0 && extra.length > 0 ? 'both' : missing.length > 0 ? 'missing' : 'extra';
      issues.push({
        ruleId: 'party-list-mismatch',
        messageId: `stale.party-list-${kind}`,
        params: { document: doc.title ?? doc.id, missing: missing.map(label).join(', '), extra: extra.map(label).join(', ') },
        hintId: 'hint.party-list-mismatch',
        target: pathTarget([...doc.path, 'kommuner'], 'key'),
        data: { document: doc.id, missing, extra },
      });
    }
    return issues;
  },
};
