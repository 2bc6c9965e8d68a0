// Turns a coverage verdict into the additional report fields: assessment, statutory parts, recommended elements.
import type { Citation, ElementResult, Lang, RequirementResult } from '../types.js';
import type { Catalogue, RequirementEntry } from './catalogue.js';
import type { Evaluation } from './evaluation.js';

/** A statutory part or recommended element before its words are chosen: id and state. */
export interface ElementData {
  id: string;
  state: ElementResult['state'];
}

/** The verdict fields of a requirement in no language (they may sit in a cache or cross a worker boundary). */
export interface VerdictData {
  verified?: boolean;
  assessment?: 'assessed' | 'declared-only';
  statutoryParts?: ElementData[];
  recommendedElements?: ElementData[];
  partialReason?: string;
}

/** The fields a requirement gains from its evaluation's verdict (all optional in the report). */
export function verdictData(evaluation: Evaluation): VerdictData {
  const out: VerdictData = {};
  if (evaluation.verified === false) out.verified = false;
  const v = evaluation.verdict;
  if (!v) return out;
  out.assessment = v.assessment;
  out.statutoryParts = v.statutory.map(({ id, state }) => ({ id, state }));
  out.recommendedElements = v.recommended.map(({ id, state }) => ({ id, state }));
  if (v.partialReason !== undefined) out.partialReason = v.partialReason;
  return out;
}

/** The element lists in `lang`: each element's title and source from the catalogue. */
export function renderVerdict(data: VerdictData, requirement: RequirementEntry, catalogue: Catalogue, lang: Lang): Pick<RequirementResult, 'statutoryParts' | 'recommendedElements'> {
  const element = (e: ElementData): ElementResult => {
    const entry = requirement.elements?.find((x) => x.id === e.id);
    const source = entry ? catalogue.sources[entry.source] : undefined;
    return { id: e.id, title: entry?.title[lang] ?? e.id, state: e.state, source: source?.name[lang] ?? entry?.source ?? '' };
  };
  return {
    ...(data.statutoryParts ? { statutoryParts: data.statutoryParts.map(element) } : {}),
    ...(data.recommendedElements ? { recommendedElements: data.recommendedElements.map(element) } : {}),
  };
}

/** How many covered items of a set rest only on a declaration. */
export function declaredOnlyCount(results: readonly Pick<RequirementResult, 'assessment' | 'status'>[]): number {
  return results.filter((r) => r.assessment === 'declared-only' && r.status === 'satisfied').length;
}

/** `{ standing }` for a finding of a rule that rests on a recommendation or practice, else nothing (law needs no label). */
export function standingOf(catalogue: Catalogue, ruleId: string): { standing?: 'recommendation' | 'practice' } {
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
