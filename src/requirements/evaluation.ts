// What a requirement evaluator returns, and the severity rule for requirements with a transition period.
import type { DataPath, Issue, Params } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import type { CoverageView, Data, DocumentView, SectionView } from '../model.js';
import type { PartyAdoption, Severity } from '../types.js';
import type { RequirementEntry } from './catalogue.js';

export interface CoverageHit {
  entry: CoverageView;
  document: DocumentView;
  section?: SectionView;
}

/** How one party stands with the overarching agreement's version in force; `path` is the record it rests on. */
export type PartyAdoptionView = Omit<PartyAdoption, 'location'> & { path?: DataPath };

export interface AdoptionView {
  documentId: string;
  documentTitle: string;
  version: string;
  parties: PartyAdoptionView[];
}

export interface Evaluation {
  status: 'satisfied' | 'partial' | 'missing' | 'not-checked';
  coverage: CoverageHit[];
  missingElements: string[];
  notRelevant: string[];
  issues: Issue[];
  /** i18n id and parameters of the one-line detail shown next to the status. */
  detail: { id: MessageId; params?: Params };
  /** For the adoption requirement: the per-party table. */
  adoption?: AdoptionView;
  /** Coverage items: what the verdict rests on (src/requirements/verdict.ts turns it into report fields). */
  verdict?: CoverageVerdict;
  /** False when this result rests on an unverified reading (the transition period of nr. 12 and 13). */
  verified?: boolean;
  /** Info-level notes that never decide the status or the result's severity (the recommended-elements checklist). */
  notes?: Issue[];
}

/** The state of one statutory part or recommended element in a coverage verdict. */
export type ElementState = 'listed' | 'not-relevant' | 'absent' | 'not-assessed';

export interface CoverageVerdict {
  /** `assessed` when every coverage entry lists its elements; `declared-only` when one rests on the declaration alone. */
  assessment: 'assessed' | 'declared-only';
  statutory: { id: string; state: ElementState }[];
  recommended: { id: string; state: ElementState }[];
  /** The `begrunnelse` of an entry written `grad: delvis`. */
  partialReason?: string;
}

export type EvaluationBase = Omit<Evaluation, 'status' | 'detail'>;

export type Evaluator = (requirement: RequirementEntry, data: Data, asOf: string) => Evaluation;

/**
 * Severity of a requirement that is not met. During a transition period (nr. 12 and 13: from 2022-08-01 to
 * 2023-06-30) a check dated inside it gets the milder transition severity; from its end every agreement gets the full
 * severity, however old (LAW.md § 3). The date of the check decides, never the agreement's adoption date.
 */
export function unmetSeverity(requirement: RequirementEntry, _data: Data, asOf: string): Severity {
  const { transitionSeverity } = requirement.inForce;
  return inTransition(requirement, asOf) && transitionSeverity !== undefined ? transitionSeverity : requirement.severity;
}

/** True when the check date falls inside the requirement's transition period (in force, before `transitionUntil`). */
export function inTransition(requirement: RequirementEntry, asOf: string): boolean {
  const { from, transitionUntil } = requirement.inForce;
  return transitionUntil !== undefined && asOf >= from && asOf < transitionUntil;
}

/** True when the check date is before the requirement took effect. */
export function notYetInForce(requirement: RequirementEntry, asOf: string): boolean {
  return asOf < requirement.inForce.from;
}
