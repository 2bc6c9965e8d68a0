// What each area comparer yields (a change before classification and adoption), and helpers for showing and comparing values.
import type { DataPath, Params } from '../engine/issue.js';
import type { Data } from '../model.js';
import { isRecord } from '../model.js';
import type { Catalogue } from '../requirements/catalogue.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import type { ChangeKind, DefaultReason } from './kinds.js';

/** The two versions' composed data and what the comparers need to word their values. */
export interface CompareContext {
  old: Data;
  new: Data;
  lang: Lang;
  asOf: string;
  catalogue: Catalogue;
}

/** A change found by an area comparer, before the agreement's own rules and the adoption paths are applied. */
export interface RawChange {
  kind: ChangeKind;
  /** Which version `path` points into. */
  side: 'old' | 'new';
  path: DataPath;
  /** For changes to something in both versions: where it is in the old one. */
  oldPath?: DataPath;
  subject: string;
  /** Parameters for the message `diff.change.<kind>`. */
  params: Params;
  before?: string;
  after?: string;
  /** The document the change belongs to (by id), when it is not the overarching agreement. */
  documentId?: string;
  /** A document that is new in this version: adopted as `ny`. */
  newDocument?: boolean;
  reason: DefaultReason;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Field names that are about money: a change to such a field is material (LAW.md § 7). */
export const MONEY = /finansier|kostnad|betal|utgift|okonomi|økonomi|pris|tilskudd|honorar|refusjon/i;

/** A stable text for deep comparison: object keys sorted. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}

export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A short, one-line text for a value in the before/after columns; undefined for no value. */
export function show(value: unknown, lang: Lang): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((v) => show(v, lang) ?? '').join(', ');
  if (isRecord(value)) {
    if (typeof value.dokument === 'string') return refText(value, lang);
    if (typeof value.gruppe === 'string' && 'plasser' in value) {
      const rights = list(value.rettigheter).map(String).join(', ');
      return `${value.gruppe} ${String(value.plasser)}${rights ? ` (${rights})` : ''}`;
    }
    const parts = Object.entries(value).flatMap(([k, v]) => {
      const s = show(v, lang);
      return s === undefined ? [] : [`${k}: ${s}`];
    });
    return parts.length ? parts.join('; ') : undefined;
  }
  return String(value);
}

/** "samarbeidsavtale, seksjon 5.4" for a `{ dokument, seksjon }` reference. */
export function refText(ref: Data, lang: Lang): string {
  const section = typeof ref.seksjon === 'number' ? String(ref.seksjon) : typeof ref.seksjon === 'string' ? ref.seksjon : undefined;
  return section === undefined ? String(ref.dokument) : `${String(ref.dokument)}, ${t(lang, 'report.section', { section })}`;
}

/**
 * Compares the fields of one record in both versions and yields a change per changed field, using `kindOf` to name
 * the kind and reason of each field. Fields in `skip` are not compared.
 */
export function fieldChanges(
  ctx: CompareContext,
  before: Data,
  after: Data,
  at: { oldPath: DataPath; newPath: DataPath },
  kindOf: (field: string) => { kind: ChangeKind; reason: DefaultReason } | undefined,
  base: { subject: string; params: Params; documentId?: string },
  skip: readonly string[] = [],
): RawChange[] {
  const out: RawChange[] = [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !skip.includes(f)).sort();
  for (const field of fields) {
    if (same(before[field], after[field])) continue;
    const what = kindOf(field);
    if (!what) continue;
    const inNew = field in after;
    const b = show(before[field], ctx.lang);
    const a = show(after[field], ctx.lang);
    out.push({
      kind: what.kind,
      side: inNew ? 'new' : 'old',
      path: inNew ? [...at.newPath, field] : [...at.oldPath, field],
      ...(inNew && field in before ? { oldPath: [...at.oldPath, field] } : {}),
      subject: base.subject,
      params: { ...base.params, field },
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
      ...(base.documentId !== undefined ? { documentId: base.documentId } : {}),
      reason: what.reason,
    });
  }
  return out;
}

/** Pairs the records of two lists by key; unpaired ones are added or removed. Order follows the new list, then the old. */
export function pairBy<T>(before: T[], after: T[], key: (x: T) => string | undefined): { both: [T, T][]; added: T[]; removed: T[] } {
  const byKey = new Map<string, T[]>();
  for (const x of before) {
    const k = key(x);
    if (k === undefined) continue;
    byKey.set(k, [...(byKey.get(k) ?? []), x]);
  }
  const both: [T, T][] = [];
  const added: T[] = [];
  for (const y of after) {
    const k = key(y);
    const queue = k === undefined ? undefined : byKey.get(k);
    if (queue && queue.length > 0) both.push([queue.shift()!, y]);
    else if (k !== undefined) added.push(y);
  }
  const removed = [...byKey.values()].flat();
  return { both, added, removed };
}
