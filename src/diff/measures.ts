// Compares joint measures (§ 6-2 andre ledd) by id: added, removed, and each of the four fields the law requires.
// They are written in the main file, so they belong to the overarching agreement, wherever their text is described.
import type { DataPath } from '../engine/issue.js';
import { isRecord, text, type Data } from '../model.js';
import type { ChangeKind, DefaultReason } from './kinds.js';
import { MONEY, fieldChanges, list, pairBy, type CompareContext, type RawChange } from './raw.js';

const FIELDS: Record<string, { kind: ChangeKind; reason: DefaultReason }> = {
  ansvar: { kind: 'measure-responsibility', reason: 'default-tasks' },
  arbeidsgiveransvar: { kind: 'measure-employer', reason: 'default-tasks' },
  organisering: { kind: 'measure-organisation', reason: 'default-tasks' },
  finansiering: { kind: 'measure-financing', reason: 'default-money' },
  navn: { kind: 'measure-renamed', reason: 'default-editorial' },
  henvisning: { kind: 'measure-reference', reason: 'default-editorial' },
  merknad: { kind: 'measure-note', reason: 'default-editorial' },
};

interface Measure {
  key: string | undefined;
  name: string;
  raw: Data;
  path: DataPath;
}

function measures(data: Data): Measure[] {
  return list(data.samarbeidstiltak).flatMap((m, i) => (isRecord(m) ? [{ key: text(m.id) ?? text(m.navn), name: text(m.navn) ?? text(m.id) ?? '?', raw: m, path: ['samarbeidstiltak', i] }] : []));
}

export function compareMeasures(ctx: CompareContext): RawChange[] {
  const out: RawChange[] = [];
  const { both, added, removed } = pairBy(measures(ctx.old), measures(ctx.new), (m) => m.key);
  for (const m of added) out.push({ kind: 'measure-added', side: 'new', path: m.path, subject: m.key!, params: { name: m.name }, after: m.name, reason: 'default-tasks' });
  for (const m of removed) out.push({ kind: 'measure-removed', side: 'old', path: m.path, subject: m.key!, params: { name: m.name }, before: m.name, reason: 'default-tasks' });
  for (const [b, a] of both) {
    out.push(...fieldChanges(ctx, b.raw, a.raw, { oldPath: b.path, newPath: a.path },
      (f) => FIELDS[f] ?? (MONEY.test(f) ? FIELDS.finansiering! : FIELDS.merknad!),
      { subject: a.key!, params: { name: a.name } }, ['id']));
  }
  return out;
}
