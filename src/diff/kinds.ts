// The change kinds `endring` reports and the reasons it classifies them by: stable ids that agreements and JSON readers use.

/** Where in the agreement set a change is. */
export type ChangeArea = 'parties' | 'terms' | 'authority' | 'bodies' | 'measures' | 'coverage' | 'documents' | 'metadata';

/**
 * Every change kind with its area, in report order. The ids are what `avtale.endringsregler[].omraade` names,
 * so they are listed in scripts/schema-src.mjs too (a test keeps the two lists equal).
 */
export const CHANGE_KINDS = {
  'party-added': 'parties',
  'party-removed': 'parties',
  'party-signatory': 'parties',
  'party-renamed': 'parties',
  'terms-duration': 'terms',
  'terms-revision': 'terms',
  'terms-dates': 'terms',
  'authority-added': 'authority',
  'authority-removed': 'authority',
  'authority-changed': 'authority',
  'authority-reference': 'authority',
  'change-rules': 'authority',
  'body-added': 'bodies',
  'body-removed': 'bodies',
  'body-changed': 'bodies',
  'body-renamed': 'bodies',
  'measure-added': 'measures',
  'measure-removed': 'measures',
  'measure-responsibility': 'measures',
  'measure-employer': 'measures',
  'measure-organisation': 'measures',
  'measure-financing': 'measures',
  'measure-renamed': 'measures',
  'measure-reference': 'measures',
  'measure-note': 'measures',
  'coverage-removed': 'coverage',
  'coverage-reduced': 'coverage',
  'coverage-added': 'coverage',
  'document-added': 'documents',
  'document-removed': 'documents',
  'document-type': 'documents',
  'document-title': 'documents',
  'document-number': 'documents',
  'document-version': 'documents',
  'document-url': 'documents',
  'document-note': 'documents',
  'section-added': 'documents',
  'section-removed': 'documents',
  'section-title': 'documents',
  'section-text': 'documents',
  'agreement-title': 'metadata',
  'agreement-version': 'metadata',
  'agreement-publication': 'metadata',
  'agreement-metadata': 'metadata',
} as const satisfies Record<string, ChangeArea>;

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
