// Evaluates a § 6-2 første ledd item: covered by an existing document? Statutory parts decide; recommended elements advise.
import { pathTarget, type Issue } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import { coverageEntries, documents, type CoverageView, type DocumentView } from '../model.js';
import type { LocalText } from '../types.js';
import { LANGS } from '../types.js';
import { recommendedElements, statutoryParts, type CatalogueElement } from './catalogue.js';
import { inTransition, unmetSeverity, type CoverageHit, type CoverageVerdict, type ElementState, type Evaluation, type Evaluator } from './evaluation.js';

export const evaluateCoverage: Evaluator = (requirement, data, asOf): Evaluation => {
  const docs = documents(data);
  const entries = coverageEntries(data).filter((e) => e.requirementId === requirement.id);
  const hits: CoverageHit[] = [];
  for (const entry of entries) {
    const document = docs.find((d) => d.id === entry.documentId);
    if (!document) continue;
    if (entry.sectionId === undefined) {
      hits.push({ entry, document });
      continue;
    }
    const section = document.sections.find((s) => s.id === entry.sectionId);
    if (section) hits.push({ entry, document, section });
  }
  const titleParams = { title: requirement.title, ref: requirement.citation.ref, id: requirement.id };
  // Only the transition period of nr. 12 and 13 is our reading; the items themselves are law.
  const transitionUnverified = inTransition(requirement, asOf) && requirement.inForce.transitionVerified === false;
  if (hits.length === 0) {
    const at = entries[0]?.path ?? (Array.isArray(data.dekning) ? ['dekning'] : []);
    return {
      status: 'missing',
      coverage: [],
      missingElements: [],
      notRelevant: [],
      issues: [{
        ruleId: requirement.id,
        messageId: entries.length > 0 ? 'requirement.missing-dangling' : 'requirement.missing',
        params: titleParams,
        ...(entries.length > 0 ? danglingHint(entries[0]!, docs) : { hintId: transitionUnverified ? 'hint.add-coverage-transition' : 'hint.add-coverage', hintParams: { id: requirement.id, date: requirement.inForce.transitionUntil ?? '' } }),
        target: pathTarget(at),
        severity: unmetSeverity(requirement, data, asOf),
      }],
      detail: { id: 'detail.missing' },
      ...(transitionUnverified ? { verified: false } : {}),
    };
  }

  const statutory = statutoryParts(requirement, asOf);
  const recommended = recommendedElements(requirement, asOf);
  const listed = new Set(hits.flatMap((h) => h.entry.elements));
  const notRelevant = new Set(hits.flatMap((h) => h.entry.notRelevant.filter((n) => n.reason !== undefined).map((n) => n.element)));
  // A part is known to be absent only when every entry lists its elements: an entry without a list was not assessed.
  const assessed = hits.every((h) => h.entry.assessed);
  const stateOf = (e: CatalogueElement): ElementState => (listed.has(e.id) ? 'listed' : notRelevant.has(e.id) ? 'not-relevant' : assessed && e.basis === 'statutory' ? 'absent' : 'not-assessed');
  const statutoryStates = statutory.map((e) => ({ id: e.id, state: stateOf(e) }));
  const recommendedStates = recommended.map((e) => ({ id: e.id, state: stateOf(e) }));
  const absent = statutory.filter((e) => stateOf(e) === 'absent');
  const declaredPartial = hits.find((h) => h.entry.grade === 'delvis');
  const verdict: CoverageVerdict = {
    assessment: assessed ? 'assessed' : 'declared-only',
    statutory: statutoryStates,
    recommended: recommendedStates,
    ...(declaredPartial?.entry.reason !== undefined ? { partialReason: declaredPartial.entry.reason } : {}),
  };

  const issues: Issue[] = [];
  if (declaredPartial) {
    issues.push({
      ruleId: requirement.id,
      messageId: 'requirement.declared-partial',
      params: { ...titleParams, reason: declaredPartial.entry.reason ?? '' },
      hintId: 'hint.declared-partial',
      target: pathTarget([...declaredPartial.entry.path, 'grad']),
      severity: 'warning',
    });
  }
  if (absent.length > 0) {
    const at = hits.find((h) => h.entry.elements.length > 0 || h.entry.notRelevant.length > 0) ?? hits[0]!;
    issues.push({
      ruleId: requirement.id,
      messageId: 'requirement.statutory-absent',
      params: { ...titleParams, count: absent.length, total: statutory.length, parts: namesOf(absent) },
      hintId: 'hint.add-statutory',
      hintParams: { ids: absent.map((e) => e.id).join(', ') },
      target: pathTarget([...at.entry.path, at.entry.elements.length > 0 ? 'elementer' : 'krav']),
      severity: 'warning',
    });
  }
  // The recommended checklist: only for an assessed entry (a declaration alone says nothing about elements), at info level.
  const notAssessed = recommended.filter((e) => stateOf(e) === 'not-assessed');
  const notes: Issue[] = assessed && notAssessed.length > 0
    ? [{
        ruleId: requirement.id,
        messageId: 'requirement.recommended',
        params: { ...titleParams, listed: recommended.filter((e) => listed.has(e.id)).length, total: recommended.length, count: notAssessed.length, elements: namesOf(notAssessed) },
        hintId: 'hint.recommended',
        hintParams: { ids: notAssessed.map((e) => e.id).join(', ') },
        target: pathTarget([...hits[0]!.entry.path, 'krav']),
        severity: 'info',
        data: { checklist: 'recommended' },
      }]
    : [];

  const status = declaredPartial || absent.length > 0 ? 'partial' : 'satisfied';
  const notRelevantIds = [...statutory, ...recommended].filter((e) => notRelevant.has(e.id)).map((e) => e.id);
  return {
    status,
    coverage: hits,
    missingElements: assessed ? notAssessed.map((e) => e.id) : [],
    notRelevant: notRelevantIds,
    issues,
    notes,
    verdict,
    ...(transitionUnverified ? { verified: false } : {}),
    detail: detailOf(verdict, statutory.length, recommended.length),
  };
};

/** The element titles in every language, comma-separated. */
function namesOf(elements: readonly CatalogueElement[]): LocalText {
  return Object.fromEntries(LANGS.map((l) => [l, elements.map((e) => e.title[l]).join(', ')])) as LocalText;
}

/** "innhold ikke vurdert", or "lovens deler: 5 av 5 · anbefalte elementer: 2 av 6 ført opp, 4 ikke vurdert". */
function detailOf(verdict: CoverageVerdict, statutoryTotal: number, recommendedTotal: number): Evaluation['detail'] {
  if (verdict.partialReason !== undefined) return { id: 'detail.declared-partial', params: { reason: verdict.partialReason } };
  if (verdict.assessment === 'declared-only') return { id: 'detail.declared-only' };
  const count = (list: CoverageVerdict['statutory'], ...states: ElementState[]) => list.filter((e) => states.includes(e.state)).length;
  const notAssessed = count(verdict.recommended, 'not-assessed');
  const params = {
    statutoryListed: count(verdict.statutory, 'listed', 'not-relevant'),
    statutoryTotal,
    listed: count(verdict.recommended, 'listed'),
    total: recommendedTotal,
    notAssessed,
  };
  const statutory = statutoryTotal > 0 ? 'detail.part-statutory' : undefined;
  const recommended = recommendedTotal === 0 ? undefined : notAssessed > 0 ? 'detail.part-recommended-open' : 'detail.part-recommended';
  if (statutory && recommended) return { id: 'detail.assessed', params: { ...params, first: `@${statutory}`, second: `@${recommended}` } };
  return { id: statutory ?? recommended ?? 'detail.part-statutory', params };
}

/**
 * The hint for an entry that points at a document or section that does not exist: name the document and what it
 * has, never «add an entry» (there is one).
 */
function danglingHint(entry: CoverageView, docs: readonly DocumentView[]): { hintId: MessageId; hintParams: Record<string, string> } {
  const list = (ids: readonly string[]) => ids.map((id) => `«${id}»`).join(', ');
  const doc = docs.find((d) => d.id === entry.documentId);
  if (!doc) return { hintId: 'hint.coverage-dangling-document', hintParams: { document: entry.documentId ?? '', documents: list(docs.map((d) => d.id)) } };
  const name = doc.title ?? doc.id;
  const section = entry.sectionId ?? '';
  if (doc.sections.length === 0) return { hintId: 'hint.coverage-dangling-no-sections', hintParams: { section, document: name } };
  return { hintId: 'hint.coverage-dangling-section', hintParams: { section, document: name, sections: list(doc.sections.map((s) => s.id)) } };
}
