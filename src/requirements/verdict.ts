// Turns a coverage verdict into the additional report fields: assessment, statutory parts, recommended elements.
import type { Citation, Finding, Lang, RequirementResult } from '../types.js';
import type { Catalogue, RequirementEntry } from './catalogue.js';
import type { Evaluation } from './evaluation.js';

/** The fields a requirement result gains from its evaluation's verdict (all optional in the report). */
export function verdictFields(evaluation: Evaluation, requirement: RequirementEntry, catalogue: Catalogue, lang: Lang): Partial<RequirementResult> {
  const out: Partial<RequirementResult> = {};
  if (evaluation.verified === false) out.verified = false;
  const v = evaluation.verdict;
  if (!v) return out;
  const element = (e: { id: string; state: 'listed' | 'not-relevant' | 'absent' | 'not-assessed' }) => {
    const entry = requirement.elements?.find((x) => x.id === e.id);
    const source = entry ? catalogue.sources[entry.source] : undefined;
    return { id: e.id, title: entry?.title[lang] ?? e.id, state: e.state, source: source?.name[lang] ?? entry?.source ?? '' };
  };
  out.assessment = v.assessment;
  out.statutoryParts = v.statutory.map(element);
  out.recommendedElements = v.recommended.map(element);
  if (v.partialReason !== undefined) out.partialReason = v.partialReason;
  return out;
}

/** How many covered items of a set rest only on a declaration. */
export function declaredOnlyCount(results: readonly RequirementResult[]): number {
  return results.filter((r) => r.assessment === 'declared-only' && r.status === 'satisfied').length;
}

/** `{ standing }` for a finding of a rule that rests on a recommendation or practice, else nothing (law needs no label). */
export function standingOf(catalogue: Catalogue, ruleId: string): Pick<Finding, 'standing'> {
  const standing = catalogue.rules.find((r) => r.id === ruleId)?.standing;
  return standing === 'recommendation' || standing === 'practice' ? { standing } : {};
}

/**
 * The source of the recommended-elements checklist: Helsedirektoratet's guide, on the item's paragraph. The checklist is
 * advice, so its findings cite the guide, never the law.
 */
export function guideCitation(catalogue: Catalogue, item: Citation | undefined, lang: Lang): Citation {
  const guide = catalogue.sources.veileder!;
  return { law: guide.name[lang], ref: item?.ref ?? '', url: guide.url ?? '' };
}
