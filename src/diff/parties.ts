// Compares the parties: kommuner (by kommunenummer), the helseforetak, co-parties and joint signatories.
import type { DataPath } from '../engine/issue.js';
import { isRecord, text, type Data } from '../model.js';
import { fieldChanges, list, pairBy, show, type CompareContext, type RawChange } from './raw.js';

interface Entry {
  key: string | undefined;
  label: string;
  raw: Data;
  path: DataPath;
}

function entries(data: Data, field: 'kommuner' | 'medparter' | 'felles_signatarer'): Entry[] {
  const p = isRecord(data.parter) ? data.parter : {};
  return list(p[field]).flatMap((x, i) => {
    if (!isRecord(x)) return [];
    const name = text(x.navn);
    const key = field === 'kommuner' ? text(x.kommunenummer) : field === 'felles_signatarer' ? text(x.id) : (text(x.orgnr) ?? name);
    const label = field === 'kommuner' ? `${name ?? '?'} (${key ?? '?'})` : (name ?? key ?? '?');
    return [{ key, label, raw: x, path: ['parter', field, i] }];
  });
}

export function compareParties(ctx: CompareContext): RawChange[] {
  const out: RawChange[] = [];
  for (const field of ['kommuner', 'medparter', 'felles_signatarer'] as const) {
    const { both, added, removed } = pairBy(entries(ctx.old, field), entries(ctx.new, field), (e) => e.key);
    const group = `@diff.party.${field}`;
    for (const e of added) out.push({ kind: 'party-added', side: 'new', path: e.path, subject: e.key!, params: { party: e.label, group }, after: e.label, reason: 'law-parties' });
    for (const e of removed) out.push({ kind: 'party-removed', side: 'old', path: e.path, subject: e.key!, params: { party: e.label, group }, before: e.label, reason: 'law-parties' });
    for (const [b, a] of both) {
      out.push(
        ...fieldChanges(ctx, b.raw, a.raw, { oldPath: b.path, newPath: a.path }, (f) =>
          f === 'signert_av' || f === 'kommuner' ? { kind: 'party-signatory', reason: 'law-parties' } : { kind: 'party-renamed', reason: 'default-editorial' },
        { subject: a.key!, params: { party: a.label, group } }),
      );
    }
  }
  out.push(...compareHealthTrust(ctx));
  return out;
}

/** The HF: a different orgnr is a different party; a new name with the same (or no) orgnr is a new name. */
function compareHealthTrust(ctx: CompareContext): RawChange[] {
  const hf = (d: Data) => (isRecord(d.parter) && isRecord(d.parter.helseforetak) ? d.parter.helseforetak : undefined);
  const b = hf(ctx.old);
  const a = hf(ctx.new);
  const path = ['parter', 'helseforetak'];
  const label = (x: Data) => text(x.navn) ?? '?';
  if (!b && !a) return [];
  const group = '@diff.party.helseforetak';
  if (!b || !a || (text(b.orgnr) !== undefined && text(a.orgnr) !== undefined && text(b.orgnr) !== text(a.orgnr))) {
    const out: RawChange[] = [];
    if (b) out.push({ kind: 'party-removed', side: 'old', path, subject: 'hf', params: { party: label(b), group }, before: show(label(b), ctx.lang)!, reason: 'law-parties' });
    if (a) out.push({ kind: 'party-added', side: 'new', path, subject: 'hf', params: { party: label(a), group }, after: show(label(a), ctx.lang)!, reason: 'law-parties' });
    return out;
  }
  return fieldChanges(ctx, b, a, { oldPath: path, newPath: path }, () => ({ kind: 'party-renamed', reason: 'default-editorial' }), { subject: 'hf', params: { party: label(a), group } });
}
