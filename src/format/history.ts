// The agreement's history as plain lines (former names, parent documents, superseded versions, dispute path), shared by the terminal and markdown formatters.
import { t } from '../i18n/index.js';
import type { AgreementHistory, Lang } from '../types.js';

/** One line per recorded fact, in the report's language; empty when the file records no history. */
export function historyLines(history: AgreementHistory | undefined, lang: Lang): string[] {
  if (!history) return [];
  const out: string[] = [];
  if (history.formerNames?.length) out.push(t(lang, 'history.agreement-names', { names: history.formerNames.join(', ') }));
  for (const d of history.documents ?? []) {
    if (d.parent) out.push(t(lang, d.clause ? 'history.parent-clause' : 'history.parent', { document: d.title, parent: d.parentTitle ?? d.parent, clause: d.clause ?? '' }));
    if (d.scope) out.push(t(lang, `history.scope.${d.scope}`, { document: d.title }));
    if (d.formerNames?.length) out.push(t(lang, 'history.document-names', { document: d.title, names: d.formerNames.join(', ') }));
    if (d.supersededVersions?.length) out.push(t(lang, 'history.superseded', { document: d.title, versions: d.supersededVersions.map((v) => (v.adopted ? `${v.version} (${v.adopted})` : v.version)).join(', ') }));
  }
  for (const b of history.bodies ?? []) out.push(t(lang, 'history.body-names', { body: b.name, names: b.formerNames.join(', ') }));
  if (history.disputePath?.length) out.push(t(lang, 'history.dispute', { steps: history.disputePath.map((s, i) => `${i + 1}. ${s.step}`).join(' → ') }));
  return out;
}
