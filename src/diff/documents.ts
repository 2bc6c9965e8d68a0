// Compares documents by id (added, removed, type, title, number, version, URL) and their sections (added, removed, title, text).
import { documents, isRecord, text, type Data, type DocumentView, type SectionView } from '../model.js';
import type { ChangeKind, DefaultReason } from './kinds.js';
import { versionChange } from './agreement.js';
import { MONEY, fieldChanges, list, pairBy, show, type CompareContext, type RawChange } from './raw.js';
import { readTextChange } from './text-change.js';
import { REASONS } from './kinds.js';

const FIELDS: Record<string, { kind: ChangeKind; reason: DefaultReason }> = {
  type: { kind: 'document-type', reason: 'default-governance' },
  tittel: { kind: 'document-title', reason: 'default-editorial' },
  nummer: { kind: 'document-number', reason: 'default-editorial' },
  url: { kind: 'document-url', reason: 'default-editorial' },
  merknad: { kind: 'document-note', reason: 'default-editorial' },
};
/** Not content: the id pairs documents, sections are compared one by one, adoption records are history. */
const SKIP = ['id', 'seksjoner', 'vedtak', 'versjon', 'vedtatt', 'i_kraft'];

const label = (d: DocumentView) => (d.number && !(d.title ?? '').toLowerCase().startsWith(d.number.toLowerCase()) ? `${d.number} ${d.title ?? d.id}` : (d.title ?? d.id));

export function compareDocuments(ctx: CompareContext): RawChange[] {
  const out: RawChange[] = [];
  const { both, added, removed } = pairBy(documents(ctx.old), documents(ctx.new), (d) => d.id);
  for (const d of added) {
    out.push({ kind: 'document-added', side: 'new', path: [...d.path, 'id'], subject: d.id, params: { document: label(d) }, after: label(d), documentId: d.id, newDocument: true, reason: 'default-new-document' });
  }
  for (const d of removed) {
    out.push({ kind: 'document-removed', side: 'old', path: [...d.path, 'id'], subject: d.id, params: { document: label(d) }, before: label(d), documentId: d.id, reason: 'default-removal' });
  }
  for (const [b, a] of both) {
    const base = { subject: a.id, params: { document: label(a) }, documentId: a.id };
    out.push(...fieldChanges(ctx, b.raw, a.raw, { oldPath: b.path, newPath: a.path }, (f) => FIELDS[f] ?? (MONEY.test(f) ? { kind: 'document-note', reason: 'default-money' } : FIELDS.merknad!), base, SKIP));
    const version = versionChange(ctx, b.raw, a.raw, { path: a.path, oldPath: b.path, documentId: a.id });
    if (version) out.push({ ...version, params: base.params });
    out.push(...compareSections(ctx, b, a));
  }
  return out;
}

function compareSections(ctx: CompareContext, b: DocumentView, a: DocumentView): RawChange[] {
  const out: RawChange[] = [];
  const { both, added, removed } = pairBy(b.sections, a.sections, (s) => s.id);
  const params = (s: SectionView) => ({ document: label(a), section: s.id, title: s.title ?? '' });
  const sectionLabel = (s: SectionView) => (s.title ? `${s.id} ${s.title}` : s.id);
  for (const s of added) out.push({ kind: 'section-added', side: 'new', path: [...s.path, 'id'], subject: `${a.id}#${s.id}`, params: params(s), after: sectionLabel(s), documentId: a.id, reason: 'default-section-added' });
  for (const s of removed) {
    out.push({ kind: 'section-removed', side: 'old', path: [...s.path, 'id'], subject: `${a.id}#${s.id}`, params: params(s), before: sectionLabel(s), documentId: a.id, reason: sectionReason(ctx, a.id, s, raw(b, s)) });
  }
  for (const [x, y] of both) {
    const bx = raw(b, x);
    const ay = raw(a, y);
    const base = { oldPath: x.path, newPath: y.path };
    out.push(...fieldChanges(ctx, bx, ay, base, (f) => (f === 'tittel' ? { kind: 'section-title', reason: 'default-editorial' } : { kind: 'section-text', reason: textReason(ctx, a.id, sectionReason(ctx, a.id, y, ay, bx), show(bx[f], ctx.lang), show(ay[f], ctx.lang)) }),
      { subject: `${a.id}#${y.id}`, params: params(y), documentId: a.id }, ['id']));
  }
  return out;
}

function raw(d: DocumentView, s: SectionView): Data {
  const item = list(d.raw.seksjoner)[Number(s.path[s.path.length - 1])];
  return isRecord(item) ? item : {};
}

/**
 * A section's text takes the class of what it is the basis for: the terms of duration and termination, the authority
 * rules, a body's mandate, the division of tasks (coverage of nr. 1), a joint measure's text, or money in its title.
 * Any other section is a routine or an editorial text (minor).
 */
export function sectionReason(ctx: CompareContext, documentId: string, section: SectionView, ...versions: Data[]): DefaultReason {
  const cites = (ref: unknown) => {
    if (!isRecord(ref) || text(ref.dokument) !== documentId) return false;
    const cited = typeof ref.seksjon === 'number' ? String(ref.seksjon) : text(ref.seksjon);
    return cited === undefined || cited === section.id || section.id.startsWith(`${cited}.`);
  };
  const reasons: DefaultReason[] = [];
  for (const data of [ctx.new, ctx.old]) {
    const meta = isRecord(data.avtale) ? data.avtale : {};
    if (isRecord(meta.varighet) && cites(meta.varighet.hjemmel)) reasons.push('default-terms');
    if (list(data.vedtaksmyndighet).some((r) => isRecord(r) && cites(r.hjemmel))) reasons.push('default-governance');
    if (list(meta.endringsregler).some((r) => isRecord(r) && cites(r.hjemmel))) reasons.push('default-governance');
    if (list(data.organer).some((o) => isRecord(o) && cites(o.mandat))) reasons.push('default-governance');
    if (list(data.dekning).some((c) => isRecord(c) && c.krav === 'hol-6-2-nr1' && cites(c))) reasons.push('default-tasks');
    if (list(data.samarbeidstiltak).some((m) => isRecord(m) && cites(m.henvisning))) reasons.push('default-tasks');
  }
  if (versions.some((v) => MONEY.test(show(v.tittel, ctx.lang) ?? ''))) reasons.push('default-money');
  return reasons[0] ?? 'default-routine';
}

/**
 * The reason for a changed text, from what changed and where: a purely editorial change (spelling, renumbering, an
 * updated name) is editorial wherever it is; otherwise the place's reason when that is material; in a document that
 * covers a § 6-2 item, content words (money, duties, deadlines, responsibility) or a change the check cannot place are
 * «må vurderes», never a routine.
 */
export function textReason(ctx: CompareContext, documentId: string, placeReason: DefaultReason, before: string | undefined, after: string | undefined): DefaultReason {
  const reading = readTextChange(before, after);
  if (reading.verdict === 'editorial') return REASONS[placeReason] === 'minor' ? placeReason : 'default-editorial';
  if (REASONS[placeReason] === 'material') return placeReason;
  if (!coversItem(ctx, documentId)) return placeReason;
  return reading.verdict === 'content' ? 'default-content-words' : 'default-unrecognised';
}

/** Does a coverage entry (in either version) point at this document? */
function coversItem(ctx: CompareContext, documentId: string): boolean {
  return [ctx.new, ctx.old].some((data) => list(data.dekning).some((c) => isRecord(c) && text(c.dokument) === documentId));
}
