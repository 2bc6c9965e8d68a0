// An agreement set's history as the file records it: former names, superseded versions, parent documents and the dispute path. Shown in the report, not judged.
import { bodies, documents, isRecord, text, type Data } from '../model.js';
import type { AgreementHistory } from '../types.js';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : []);

/** The history of `data`, or undefined when the file records none. */
export function agreementHistory(data: Data): AgreementHistory | undefined {
  const meta = isRecord(data.avtale) ? data.avtale : {};
  const formerNames = strings(meta.tidligere_navn);
  const disputePath = (Array.isArray(meta.tvisteloesning) ? meta.tvisteloesning : []).flatMap((step) => {
    if (!isRecord(step) || text(step.steg) === undefined) return [];
    const ref = isRecord(step.henvisning) ? step.henvisning : undefined;
    const document = ref ? text(ref.dokument) : undefined;
    const section = ref ? (typeof ref.seksjon === 'number' ? String(ref.seksjon) : text(ref.seksjon)) : undefined;
    return [{ step: text(step.steg)!, ...(text(step.type) ? { type: text(step.type)! } : {}), ...(document ? { document } : {}), ...(section ? { section } : {}) }];
  });
  const all = documents(data);
  const titleOf = (id: string) => all.find((d) => d.id === id)?.title;
  const docs = all.flatMap((d) => {
    const parent = isRecord(d.raw.hoerer_under) ? d.raw.hoerer_under : undefined;
    const parentId = parent ? text(parent.dokument) : undefined;
    const clause = parent ? (typeof parent.seksjon === 'number' ? String(parent.seksjon) : text(parent.seksjon)) : undefined;
    const names = strings(d.raw.tidligere_navn);
    const superseded = (Array.isArray(d.raw.tidligere_versjoner) ? d.raw.tidligere_versjoner : []).flatMap((v) =>
      isRecord(v) && text(v.versjon) !== undefined ? [{ version: text(v.versjon)!, ...(text(v.vedtatt) ? { adopted: text(v.vedtatt)! } : {}), ...(text(v.i_kraft) ? { inForce: text(v.i_kraft)! } : {}) }] : [],
    );
    const scope = d.raw.omfang === 'noen' || d.raw.omfang === 'per-kommune' ? (d.raw.omfang as 'noen' | 'per-kommune') : undefined;
    if (!parentId && names.length === 0 && superseded.length === 0 && !scope) return [];
    return [{ id: d.id, title: d.title ?? d.id, ...(parentId ? { parent: parentId, ...(titleOf(parentId) ? { parentTitle: titleOf(parentId)! } : {}) } : {}), ...(clause ? { clause } : {}), ...(names.length ? { formerNames: names } : {}), ...(superseded.length ? { supersededVersions: superseded } : {}), ...(scope ? { scope } : {}) }];
  });
  const rawBodies = Array.isArray(data.organer) ? data.organer : [];
  const bodyHistory = bodies(data).flatMap((b) => {
    const raw = rawBodies[Number(b.path[1])];
    const names = isRecord(raw) ? strings(raw.tidligere_navn) : [];
    return names.length ? [{ id: b.id, name: b.name ?? b.id, formerNames: names }] : [];
  });
  if (formerNames.length + disputePath.length + docs.length + bodyHistory.length === 0) return undefined;
  return {
    ...(formerNames.length ? { formerNames } : {}),
    ...(disputePath.length ? { disputePath } : {}),
    ...(docs.length ? { documents: docs } : {}),
    ...(bodyHistory.length ? { bodies: bodyHistory } : {}),
  };
}
