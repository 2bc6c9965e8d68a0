// Compares governance: bodies (`organer`), decision-authority rules (`vedtaksmyndighet`) and the change rules (`avtale.endringsregler`).
import type { DataPath } from '../engine/issue.js';
import { isRecord, text, type Data } from '../model.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import { fieldChanges, list, pairBy, same, show, type CompareContext, type RawChange } from './raw.js';

interface Item {
  key: string | undefined;
  raw: Data;
  path: DataPath;
}

const items = (value: unknown, at: DataPath, key: (x: Data) => string | undefined): Item[] =>
  list(value).flatMap((x, i) => (isRecord(x) ? [{ key: key(x), raw: x, path: [...at, i] }] : []));

export function compareBodies(ctx: CompareContext): RawChange[] {
  const out: RawChange[] = [];
  const of = (d: Data) => items(d.organer, ['organer'], (x) => text(x.id));
  const { both, added, removed } = pairBy(of(ctx.old), of(ctx.new), (x) => x.key);
  const name = (x: Item) => text(x.raw.navn) ?? x.key!;
  for (const x of added) out.push({ kind: 'body-added', side: 'new', path: x.path, subject: x.key!, params: { body: name(x) }, after: name(x), reason: 'default-governance' });
  for (const x of removed) out.push({ kind: 'body-removed', side: 'old', path: x.path, subject: x.key!, params: { body: name(x) }, before: name(x), reason: 'default-governance' });
  for (const [b, a] of both) {
    out.push(...fieldChanges(ctx, b.raw, a.raw, { oldPath: b.path, newPath: a.path },
      (f) => (f === 'navn' || f === 'merknad' ? { kind: 'body-renamed', reason: 'default-editorial' } : { kind: 'body-changed', reason: 'default-governance' }),
      { subject: a.key!, params: { body: name(a) } }));
  }
  return out;
}

/** Rules are paired by the document kinds and change kinds they govern. */
function ruleKey(x: Data): string {
  const sorted = (v: unknown) => list(v).map(String).sort().join(', ');
  return `${sorted(x.dokumenttyper)}: ${sorted(x.endringer)}`;
}

/** "psu, etter innstilling fra asu, enstemmig" in the report's language. */
export function ruleText(x: Data, lang: Lang): string {
  const parts = [list(x.vedtas_av).map(String).join(', ') || '?'];
  const rec = text(x.innstilling_fra);
  if (rec) parts.push(t(lang, 'diff.value.recommended-by', { body: rec }));
  if (x.enstemmig === true) parts.push(t(lang, 'diff.value.unanimous'));
  return parts.join(', ');
}

export function compareAuthorityRules(ctx: CompareContext): RawChange[] {
  const out: RawChange[] = [];
  const of = (d: Data) => items(d.vedtaksmyndighet, ['vedtaksmyndighet'], ruleKey);
  const { both, added, removed } = pairBy(of(ctx.old), of(ctx.new), (x) => x.key);
  for (const x of added) out.push({ kind: 'authority-added', side: 'new', path: x.path, subject: x.key!, params: { rule: x.key! }, after: ruleText(x.raw, ctx.lang), reason: 'law-authority' });
  for (const x of removed) out.push({ kind: 'authority-removed', side: 'old', path: x.path, subject: x.key!, params: { rule: x.key! }, before: ruleText(x.raw, ctx.lang), reason: 'law-authority' });
  for (const [b, a] of both) {
    const power = (x: Data) => ({ by: list(x.vedtas_av).map(String).sort(), rec: x.innstilling_fra, unanimous: x.enstemmig === true });
    if (!same(power(b.raw), power(a.raw))) {
      out.push({ kind: 'authority-changed', side: 'new', path: a.path, oldPath: b.path, subject: a.key!, params: { rule: a.key! }, before: ruleText(b.raw, ctx.lang), after: ruleText(a.raw, ctx.lang), reason: 'law-authority' });
    }
    out.push(...fieldChanges(ctx, b.raw, a.raw, { oldPath: b.path, newPath: a.path },
      () => ({ kind: 'authority-reference', reason: 'default-editorial' }),
      { subject: a.key!, params: { rule: a.key! } }, ['dokumenttyper', 'endringer', 'vedtas_av', 'innstilling_fra', 'enstemmig']));
  }
  return out;
}

export function compareChangeRules(ctx: CompareContext): RawChange[] {
  const rules = (d: Data) => (isRecord(d.avtale) ? d.avtale.endringsregler : undefined);
  const of = (d: Data) => items(rules(d), ['avtale', 'endringsregler'], (x) => text(x.omraade));
  const { both, added, removed } = pairBy(of(ctx.old), of(ctx.new), (x) => x.key);
  const value = (x: Data) => show([x.klasse, x.hjemmel].filter((v) => v !== undefined), ctx.lang);
  const change = (x: Item, side: 'old' | 'new', extra: Partial<RawChange>): RawChange => ({ kind: 'change-rules', side, path: x.path, subject: x.key!, params: { area: x.key! }, reason: 'law-authority', ...extra });
  const out: RawChange[] = [];
  for (const x of added) out.push(change(x, 'new', { ...opt('after', value(x.raw)) }));
  for (const x of removed) out.push(change(x, 'old', { ...opt('before', value(x.raw)) }));
  for (const [b, a] of both) if (!same(b.raw, a.raw)) out.push(change(a, 'new', { oldPath: b.path, ...opt('before', value(b.raw)), ...opt('after', value(a.raw)) }));
  return out;
}

function opt(key: 'before' | 'after', value: string | undefined): Partial<RawChange> {
  return value === undefined ? {} : { [key]: value };
}
