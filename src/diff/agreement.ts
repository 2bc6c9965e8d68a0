// Compares the agreement's own terms and metadata under `avtale` (duration, revision, title, version, publication) and unknown top-level keys.
import type { DataPath } from '../engine/issue.js';
import { isRecord, type Data } from '../model.js';
import { t } from '../i18n/index.js';
import type { ChangeKind, DefaultReason } from './kinds.js';
import { MONEY, fieldChanges, same, show, type CompareContext, type RawChange } from './raw.js';

/** Top-level keys another comparer handles. */
const HANDLED = ['$schema', 'avtale', 'parter', 'dokumenter', 'dekning', 'samarbeidstiltak', 'organer', 'vedtaksmyndighet'];
/** Keys under `avtale` handled elsewhere or not content: the declaration of this version, and the change rules. */
const NOT_CONTENT = ['endring', 'endringsregler'];
const VERSION_FIELDS = ['versjon', 'vedtatt', 'i_kraft'];

const meta = (d: Data): Data => (isRecord(d.avtale) ? d.avtale : {});
const sub = (d: Data, key: string): Data => (isRecord(d[key]) ? (d[key] as Data) : {});

export function compareAgreementMeta(ctx: CompareContext): RawChange[] {
  const b = meta(ctx.old);
  const a = meta(ctx.new);
  const out: RawChange[] = [];
  const terms = (field: string, kind: ChangeKind, reason: DefaultReason) => ({ kind, reason: MONEY.test(field) ? ('default-money' as const) : reason });

  out.push(...fieldChanges(ctx, sub(b, 'varighet'), sub(a, 'varighet'), { oldPath: ['avtale', 'varighet'], newPath: ['avtale', 'varighet'] },
    (f) => (f === 'hjemmel' ? terms(f, 'terms-dates', 'default-editorial') : terms(f, 'terms-duration', 'default-terms')),
    { subject: 'varighet', params: { section: '@diff.section.varighet' } }));
  out.push(...fieldChanges(ctx, sub(b, 'revisjon'), sub(a, 'revisjon'), { oldPath: ['avtale', 'revisjon'], newPath: ['avtale', 'revisjon'] },
    (f) => (f === 'sist_revidert' || f === 'neste' ? terms(f, 'terms-dates', 'default-editorial') : terms(f, 'terms-revision', 'default-terms')),
    { subject: 'revisjon', params: { section: '@diff.section.revisjon' } }));
  out.push(...fieldChanges(ctx, sub(b, 'publisering'), sub(a, 'publisering'), { oldPath: ['avtale', 'publisering'], newPath: ['avtale', 'publisering'] },
    () => ({ kind: 'agreement-publication', reason: 'default-editorial' }), { subject: 'publisering', params: {} }));

  const version = versionChange(ctx, b, a);
  if (version) out.push(version);
  out.push(...fieldChanges(ctx, b, a, { oldPath: ['avtale'], newPath: ['avtale'] },
    (f) => (f === 'tittel' ? { kind: 'agreement-title', reason: 'default-editorial' } : terms(f, 'agreement-metadata', 'default-editorial')),
    { subject: 'avtale', params: {} }, ['varighet', 'revisjon', 'publisering', ...VERSION_FIELDS, ...NOT_CONTENT]));

  const top = (d: Data) => Object.keys(d).filter((k) => !HANDLED.includes(k));
  const others = [...new Set([...top(ctx.old), ...top(ctx.new)])].sort();
  out.push(...fieldChanges(ctx, pick(ctx.old, others), pick(ctx.new, others), { oldPath: [], newPath: [] },
    (f) => terms(f, 'agreement-metadata', 'default-editorial'), { subject: 'avtale', params: {} }));
  return out;
}

function pick(d: Data, keys: string[]): Data {
  return Object.fromEntries(keys.filter((k) => k in d).map((k) => [k, d[k]]));
}

/** Version, adoption date and date in force as one change, since a new version changes all three together. */
export function versionChange(ctx: CompareContext, b: Data, a: Data, base: { path?: DataPath; oldPath?: DataPath; documentId?: string } = {}): RawChange | undefined {
  if (VERSION_FIELDS.every((f) => same(b[f], a[f]))) return undefined;
  const path = base.path ?? ['avtale'];
  const oldPath = base.oldPath ?? path;
  const field = VERSION_FIELDS.find((f) => f in a && !same(b[f], a[f]));
  return {
    kind: base.documentId === undefined ? 'agreement-version' : 'document-version',
    side: 'new',
    path: field ? [...path, field] : path,
    oldPath: field && field in b ? [...oldPath, field] : oldPath,
    subject: base.documentId ?? 'avtale',
    params: { document: base.documentId ?? '' },
    ...optional('before', versionText(ctx, b)),
    ...optional('after', versionText(ctx, a)),
    ...(base.documentId !== undefined ? { documentId: base.documentId } : {}),
    reason: 'default-editorial',
  };
}

/** "2025, vedtatt 2025-06-19, i kraft 2025-09-01" in the report's language. */
function versionText(ctx: CompareContext, d: Data): string | undefined {
  const parts = [
    show(d.versjon, ctx.lang),
    d.vedtatt !== undefined ? t(ctx.lang, 'diff.value.adopted', { date: show(d.vedtatt, ctx.lang) ?? '' }) : undefined,
    d.i_kraft !== undefined ? t(ctx.lang, 'diff.value.in-force', { date: show(d.i_kraft, ctx.lang) ?? '' }) : undefined,
  ].filter((x): x is string => x !== undefined);
  return parts.length ? parts.join(', ') : undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
