// What a requirement evaluator returns, and the severity rule for requirements with a transition period.
import type { DataPath, Issue, Params } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import type { CoverageView, Data, DocumentView, SectionView } from '../model.js';
import { agreementAdopted } from '../model.js';
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
}

export type EvaluationBase = Omit<Evaluation, 'status' | 'detail'>;

export type Evaluator = (requirement: RequirementEntry, data: Data, asOf: string) => Evaluation;

/**
 * Severity of a requirement that is not met. During a transition period (nr. 12 and 13), an agreement adopted before
 * the transition ended, or a check dated inside it, gets the milder transition severity (LAW.md § 3; unverified).
 */
export function unmetSeverity(requirement: RequirementEntry, data: Data, asOf: string): Severity {
  const { transitionUntil, transitionSeverity } = requirement.inForce;
  if (transitionUntil === undefined || transitionSeverity === undefined) return requirement.severity;
  const adopted = agreementAdopted(data);
  if (asOf < transitionUntil) return transitionSeverity;
  if (adopted !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(adopted) && adopted < transitionUntil) return transitionSeverity;
  return requirement.severity;
}

/** True when the check date is before the requirement took effect. */
export function notYetInForce(requirement: RequirementEntry, asOf: string): boolean {
  return asOf < requirement.inForce.from;
}
