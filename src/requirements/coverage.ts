// Evaluates a § 6-2 første ledd item: is it covered by an existing document, and with which recommended elements.
import { pathTarget } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import { coverageEntries, documents, type CoverageView, type DocumentView } from '../model.js';
import type { LocalText } from '../types.js';
import { LANGS } from '../types.js';
import { unmetSeverity, type CoverageHit, type Evaluation, type Evaluator } from './evaluation.js';

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
        ...(entries.length > 0 ? danglingHint(entries[0]!, docs) : { hintId: 'hint.add-coverage', hintParams: { id: requirement.id } }),
        target: pathTarget(at),
        severity: unmetSeverity(requirement, data, asOf),
      }],
      detail: { id: 'detail.missing' },
    };
  }
  const recommended = (requirement.elements ?? []).filter((e) => e.since === undefined || e.since <= asOf);
  const present = new Set(hits.flatMap((h) => h.entry.elements));
  const notRelevant = new Set(hits.flatMap((h) => h.entry.notRelevant.filter((n) => n.reason !== undefined).map((n) => n.element)));
  const missing = recommended.filter((e) => !present.has(e.id) && !notRelevant.has(e.id));
  const coverage = hits;
  const notRelevantIds = recommended.filter((e) => notRelevant.has(e.id)).map((e) => e.id);
  if (missing.length === 0) {
    return { status: 'satisfied', coverage, missingElements: [], notRelevant: notRelevantIds, issues: [], detail: elementDetail(recommended.length - notRelevantIds.length, recommended.length - notRelevantIds.length, notRelevantIds.length) };
  }
  const names = Object.fromEntries(LANGS.map((l) => [l, missing.map((e) => e.title[l]).join(', ')])) as LocalText;
  return {
    status: 'partial',
    coverage,
    missingElements: missing.map((e) => e.id),
    notRelevant: notRelevantIds,
    issues: [{
      ruleId: requirement.id,
      messageId: 'requirement.partial',
      params: { ...titleParams, count: missing.length, total: recommended.length, elements: names },
      hintId: 'hint.add-elements',
      hintParams: { ids: missing.map((e) => e.id).join(', ') },
      target: pathTarget([...hits[0]!.entry.path, 'krav']),
      severity: 'warning',
    }],
    detail: elementDetail(recommended.length - missing.length - notRelevantIds.length, recommended.length - notRelevantIds.length, notRelevantIds.length),
  };
};

/** "5 av 6 anbefalte elementer", with "(1 ikke relevant)" when some are marked as not relevant. */
function elementDetail(count: number, total: number, notRelevant: number): Evaluation['detail'] {
  return notRelevant > 0 ? { id: 'detail.elements-not-relevant', params: { count, total, notRelevant } } : { id: 'detail.elements', params: { count, total } };
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
