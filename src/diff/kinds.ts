// The change kinds `endring` reports and the reasons it classifies them by: stable ids that agreements and JSON readers use.
import { CHANGE_KIND_AREAS } from '../vocabulary.mjs';

/** Where in the agreement set a change is. */
export type ChangeArea = 'parties' | 'terms' | 'authority' | 'bodies' | 'measures' | 'coverage' | 'documents' | 'metadata';

/**
 * Every change kind with its area, in report order (the list lives in src/vocabulary.mjs, which
 * scripts/schema-src.mjs reads too, for `avtale.endringsregler[].omraade`).
 */
export const CHANGE_KINDS = CHANGE_KIND_AREAS satisfies Record<string, ChangeArea>;

export type ChangeKind = keyof typeof CHANGE_KINDS;
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as ChangeKind[];

export function isChangeKind(id: string): id is ChangeKind {
  return Object.hasOwn(CHANGE_KINDS, id);
}

/** `review` («må vurderes»): the change may touch money, duties or responsibility; it is adopted as a material change until someone has assessed it. */
export type ChangeClass = 'material' | 'review' | 'minor';

/**
 * Why a change has its class. `law-*` reasons cannot be overridden by the agreement (HOL § 6-1: only the parties
 * themselves can change who is a party or hand power to a joint body); `default-*` follow LAW.md § 7 and an agreement
 * may override them with `endringsregler`; `agreement-rule` is such an override.
 */
export const REASONS = {
  'law-parties': 'material',
  'law-authority': 'material',
  'default-governance': 'material',
  'default-tasks': 'material',
  'default-money': 'material',
  'default-terms': 'material',
  'default-coverage-removed': 'material',
  'default-removal': 'material',
  'default-new-document': 'material',
  'default-editorial': 'minor',
  'default-coverage-added': 'minor',
  'default-coverage-reduced': 'minor',
  'default-section-added': 'minor',
  'default-routine': 'minor',
  'default-not-in-force': 'minor',
  'default-content-words': 'review',
  'default-unrecognised': 'review',
} as const satisfies Record<string, ChangeClass>;

export type DefaultReason = keyof typeof REASONS;
export type ReasonId = DefaultReason | 'agreement-rule';
export const REASON_IDS = [...(Object.keys(REASONS) as DefaultReason[]), 'agreement-rule'] as ReasonId[];

/** Reasons an agreement's own `endringsregler` cannot turn into a minor change. */
export const LAW_FIXED: readonly ReasonId[] = ['law-parties', 'law-authority'];

/** Change types a new version may declare under `avtale.endring.type`. */
export const DECLARED_TYPES = ['mindre-endring', 'vesentlig-endring', 'ny'] as const;
export type DeclaredChangeType = (typeof DECLARED_TYPES)[number];

/** Change kinds in `vedtaksmyndighet[].endringer`. */
export type AuthorityChangeKind = 'ny' | 'vesentlig-endring' | 'mindre-endring' | 'revisjon-rutiner' | 'oppsigelse';
