// unknown-reference: every id an entry points at (document, section, body, adoption record, kommune) must exist.
import { pathTarget, type DataPath, type Issue } from '../engine/issue.js';
import type { MessageKind } from '../i18n/index.js';
import { closest } from '../util/suggest.js';
import { documents, isRecord, parties, text, type Data } from '../model.js';
import { PARTY_BODY_KINDS } from '../vocabulary.mjs';
import type { Rule } from './rule.js';

/** Body kinds that may be named directly instead of a body id (each party's own council or board). */
export const GENERIC_BODIES: readonly string[] = PARTY_BODY_KINDS;

export const unknownReferenceRule: Rule = {
  meta: { id: 'unknown-reference' },
  check({ data }) {
    const issues: Issue[] = [];
    const docs = documents(data);
    const docIds = docs.map((d) => d.id);
    const unknown = (kind: MessageKind<'reference'>, value: string, path: DataPath, candidates: string[]) => {
      const suggestion = closest(value, candidates);
      issues.push({
        ruleId: 'unknown-reference',
        messageId: `reference.${kind}`,
        params: { value },
        ...(suggestion ? { hintId: 'hint.did-you-mean', hintParams: { suggestion } } : candidates.length > 0 ? { hintId: 'hint.known-ids', hintParams: { ids: candidates.slice(0, 12).join(', ') } } : {}),
        target: pathTarget(path, 'value'),
      });
    };
    const checkRef = (ref: unknown, path: DataPath) => {
      if (!isRecord(ref)) return;
      const docId = text(ref.dokument);
      if (docId === undefined) return;
      const doc = docs.find((d) => d.id === docId);
      if (!doc) return unknown('document', docId, [...path, 'dokument'], docIds);
      const section = typeof ref.seksjon === 'number' ? String(ref.seksjon) : text(ref.seksjon);
      if (section !== undefined && !doc.sections.some((s) => s.id === section)) {
        unknown('section', section, [...path, 'seksjon'], doc.sections.map((s) => s.id));
      }
    };

    const list = (v: unknown) => (Array.isArray(v) ? v : []);
    list(data.dekning).forEach((c, i) => checkRef(c, ['dekning', i]));
    list(data.samarbeidstiltak).forEach((m, i) => isRecord(m) && checkRef(m.henvisning, ['samarbeidstiltak', i, 'henvisning']));
    list(data.organer).forEach((o, i) => isRecord(o) && checkRef(o.mandat, ['organer', i, 'mandat']));
    list(data.vedtaksmyndighet).forEach((r, i) => isRecord(r) && checkRef(r.hjemmel, ['vedtaksmyndighet', i, 'hjemmel']));
    if (isRecord(data.avtale) && isRecord(data.avtale.varighet)) checkRef(data.avtale.varighet.hjemmel, ['avtale', 'varighet', 'hjemmel']);
    if (isRecord(data.avtale)) list(data.avtale.tvisteloesning).forEach((t, i) => isRecord(t) && checkRef(t.henvisning, ['avtale', 'tvisteloesning', i, 'henvisning']));
    for (const d of docs) checkRef(d.raw.hoerer_under, [...d.path, 'hoerer_under']);
    list(data.vedtaksmyndighet).forEach((r, i) => {
      if (!isRecord(r)) return;
      list(r.dokumenter).forEach((id, j) => typeof id === 'string' && !docIds.includes(id) && unknown('document', id, ['vedtaksmyndighet', i, 'dokumenter', j], docIds));
    });

    const bodyIds = list(data.organer).flatMap((o) => (isRecord(o) && text(o.id) ? [text(o.id)!] : []));
    const bodyCandidates = [...bodyIds, ...GENERIC_BODIES];
    const checkBody = (value: unknown, path: DataPath) => {
      const id = text(value);
      if (id !== undefined && !bodyCandidates.includes(id)) unknown('body', id, path, bodyCandidates);
    };
    list(data.vedtaksmyndighet).forEach((r, i) => {
      if (!isRecord(r)) return;
      list(r.vedtas_av).forEach((b, j) => checkBody(b, ['vedtaksmyndighet', i, 'vedtas_av', j]));
      if (Array.isArray(r.innstilling_fra)) r.innstilling_fra.forEach((b, j) => checkBody(b, ['vedtaksmyndighet', i, 'innstilling_fra', j]));
      else checkBody(r.innstilling_fra, ['vedtaksmyndighet', i, 'innstilling_fra']);
    });

    const p = parties(data);
    const numbers = p.municipalities.flatMap((m) => (m.number ? [m.number] : []));
    const partyIds = [...numbers, 'hf', ...p.coParties.flatMap((c) => (c.id !== undefined ? [c.id] : []))];
    const recordIds = new Set<string>();
    for (const d of docs) for (const v of list(d.raw.vedtak)) if (isRecord(v) && text(v.id)) recordIds.add(text(v.id)!);
    for (const d of docs) {
      list(d.raw.vedtak).forEach((v, k) => {
        if (!isRecord(v)) return;
        const path = [...d.path, 'vedtak', k];
        checkBody(v.organ, [...path, 'organ']);
        const party = text(v.part);
        if (party !== undefined && p.present && !partyIds.includes(party)) unknown('party', party, [...path, 'part'], partyIds);
        const rec = text(v.innstilling);
        if (rec !== undefined && !recordIds.has(rec)) unknown('adoption', rec, [...path, 'innstilling'], [...recordIds]);
      });
    }
    list(data.vedtaksmyndighet).forEach((r, i) => {
      const source = isRecord(r) ? text(r.kildevedtak) : undefined;
      if (source !== undefined && !recordIds.has(source)) unknown('adoption', source, ['vedtaksmyndighet', i, 'kildevedtak'], [...recordIds]);
    });
    for (const s of p.jointSignatories) {
      for (const m of s.municipalities) if (!numbers.includes(m.number)) unknown('party', m.number, m.path, numbers);
    }
    const signatoryIds = p.jointSignatories.flatMap((s) => (s.id ? [s.id] : []));
    if (isRecord(data.parter)) {
      list(data.parter.kommuner).forEach((k, i) => {
        const by = isRecord(k) ? text(k.signert_av) : undefined;
        // signert_av is free text (a city department) unless it looks like an id of a joint signatory.
        if (by !== undefined && /^[a-z0-9-]+$/.test(by) && signatoryIds.length > 0 && !signatoryIds.includes(by)) {
          unknown('signatory', by, ['parter', 'kommuner', i, 'signert_av'], signatoryIds);
        }
      });
    }
    return issues;
  },
};

export type { Data };
