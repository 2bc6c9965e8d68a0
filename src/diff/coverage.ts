// Compares coverage of each § 6-2 første ledd item: which documents (and sections) cover it, and which recommended elements.
import { t } from '../i18n/index.js';
import type { DataPath } from '../engine/issue.js';
import type { Data } from '../model.js';
import type { RequirementEntry } from '../requirements/catalogue.js';
import { evaluateCoverage } from '../requirements/coverage.js';
import { notYetInForce } from '../requirements/evaluation.js';
import type { DefaultReason } from './kinds.js';
import type { CompareContext, RawChange } from './raw.js';

/** The item on division of tasks and responsibility: any change to its coverage is material. */
const TASKS_ITEM = 'hol-6-2-nr1';

interface Covered {
  /** Place key (`document#section`) → label. */
  places: Map<string, string>;
  elements: Set<string>;
  notRelevant: Set<string>;
  firstPath?: DataPath;
}

function covered(requirement: RequirementEntry, data: Data, ctx: CompareContext): Covered {
  const hits = evaluateCoverage(requirement, data, ctx.asOf).coverage;
  const places = new Map<string, string>();
  for (const h of hits) {
    const doc = h.document.number && !(h.document.title ?? '').toLowerCase().startsWith(h.document.number.toLowerCase()) ? `${h.document.number} ${h.document.title ?? h.document.id}` : (h.document.title ?? h.document.id);
    places.set(`${h.document.id}#${h.section?.id ?? ''}`, h.section ? `${doc}, ${t(ctx.lang, 'report.section', { section: h.section.id })}` : doc);
  }
  return {
    places,
    elements: new Set(hits.flatMap((h) => h.entry.elements)),
    notRelevant: new Set(hits.flatMap((h) => h.entry.notRelevant.map((n) => n.element))),
    ...(hits[0] ? { firstPath: hits[0].entry.path } : {}),
  };
}

export function compareCoverage(ctx: CompareContext): RawChange[] {
  const out: RawChange[] = [];
  for (const requirement of ctx.catalogue.requirements.filter((r) => r.kind === 'coverage')) {
    const b = covered(requirement, ctx.old, ctx);
    const a = covered(requirement, ctx.new, ctx);
    const lostPlaces = [...b.places.keys()].filter((k) => !a.places.has(k));
    const gainedPlaces = [...a.places.keys()].filter((k) => !b.places.has(k));
    const lostElements = [...b.elements].filter((e) => !a.elements.has(e) && !a.notRelevant.has(e));
    const gainedElements = [...a.elements].filter((e) => !b.elements.has(e));
    if (lostPlaces.length + gainedPlaces.length + lostElements.length + gainedElements.length === 0) continue;

    const title = (ids: string[]) => ids.map((id) => requirement.elements?.find((e) => e.id === id)?.title[ctx.lang] ?? id).join(', ');
    const details = [
      ...lostPlaces.map((k) => t(ctx.lang, 'diff.value.no-longer', { what: b.places.get(k)! })),
      ...(lostElements.length ? [t(ctx.lang, 'diff.value.elements-lost', { elements: title(lostElements) })] : []),
      ...gainedPlaces.map((k) => t(ctx.lang, 'diff.value.now-also', { what: a.places.get(k)! })),
      ...(gainedElements.length ? [t(ctx.lang, 'diff.value.elements-gained', { elements: title(gainedElements) })] : []),
    ];
    const removedAll = b.places.size > 0 && a.places.size === 0;
    const reduced = lostPlaces.length > 0 || lostElements.length > 0;
    const kind = removedAll ? 'coverage-removed' : reduced ? 'coverage-reduced' : 'coverage-added';
    let reason: DefaultReason = removedAll ? 'default-coverage-removed' : reduced ? 'default-coverage-reduced' : 'default-coverage-added';
    if (requirement.id === TASKS_ITEM) reason = 'default-tasks';
    if (notYetInForce(requirement, ctx.asOf)) reason = 'default-not-in-force';
    const inNew = a.firstPath !== undefined;
    const before = [...b.places.values()].join('; ');
    const after = [...a.places.values()].join('; ');
    out.push({
      kind,
      side: inNew ? 'new' : 'old',
      path: [...(inNew ? a.firstPath! : (b.firstPath ?? ['dekning'])), 'krav'],
      ...(inNew && b.firstPath ? { oldPath: [...b.firstPath, 'krav'] } : {}),
      subject: requirement.id,
      params: { ref: requirement.citation.ref, title: requirement.title, detail: details.join('; ') },
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
      reason,
    });
  }
  return out;
}
