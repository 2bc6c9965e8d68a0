// duplicate-id: ids that others point at must be unique (documents, sections per document, measures, bodies, records).
import { pathTarget, type DataPath, type Issue } from '../engine/issue.js';
import type { MessageKind } from '../i18n/index.js';
import { documents, isRecord, text } from '../model.js';
import type { Rule } from './rule.js';

export const duplicateIdRule: Rule = {
  meta: { id: 'duplicate-id' },
  check({ data }) {
    const issues: Issue[] = [];
    const scan = (kind: MessageKind<'duplicate'>, entries: { id: string | undefined; path: DataPath }[]) => {
      const first = new Map<string, DataPath>();
      for (const e of entries) {
        if (e.id === undefined) continue;
        const earlier = first.get(e.id);
        if (earlier) {
          issues.push({ ruleId: 'duplicate-id', messageId: `duplicate.${kind}`, params: { id: e.id }, hintId: 'hint.duplicate-id', target: pathTarget(e.path, 'value'), related: pathTarget(earlier, 'value') });
        } else {
          first.set(e.id, e.path);
        }
      }
    };
    const idsOf = (value: unknown, base: DataPath, key = 'id') =>
      (Array.isArray(value) ? value : []).map((v, i) => ({ id: isRecord(v) ? idText(v[key]) : undefined, path: [...base, i, key] }));

    const docs = documents(data);
    scan('document', docs.map((d) => ({ id: d.id, path: [...d.path, 'id'] })));
    for (const d of docs) {
      scan('section', d.sections.map((s) => ({ id: s.id, path: [...s.path, 'id'] })));
    }
    scan('measure', idsOf(data.samarbeidstiltak, ['samarbeidstiltak']));
    scan('body', idsOf(data.organer, ['organer']));
    scan('adoption', docs.flatMap((d) => idsOf(d.raw.vedtak, [...d.path, 'vedtak'])));
    if (isRecord(data.parter)) {
      scan('municipality', idsOf(data.parter.kommuner, ['parter', 'kommuner'], 'kommunenummer'));
      scan('signatory', idsOf(data.parter.felles_signatarer, ['parter', 'felles_signatarer']));
    }
    return issues;
  },
};

function idText(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : text(value);
}
