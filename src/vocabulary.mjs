// The agreement file's words for kinds of bodies, documents, cases and changes: one list each, read by the code and by
// scripts/schema-src.mjs (which writes them into the schema). Plain JavaScript so the script can import it without a build.

/** Bodies of one party that a record may name by kind without defining them under `organer` (councils, boards, officers). */
export const PARTY_BODY_KINDS = /** @type {const} */ (['kommunestyre', 'bystyre', 'formannskap', 'ordforer', 'kommunedirektor', 'radmann', 'byraad', 'hf-styre', 'administrerende-direktor',
  // A co-party's board, a city government department that signs, and a regional council that signs for several kommuner.
  'medpart-styre', 'byraadsavdeling', 'regionraad']);

/** Joint bodies of the cooperation, not an organ of one party (LAW.md § 6 and § 7); `annet` counts as joint. */
export const JOINT_BODY_KINDS = /** @type {const} */ (['partnerskapsmote', 'strategisk-samarbeidsutvalg', 'faglig-samarbeidsutvalg', 'politisk-samarbeidsutvalg', 'administrativt-samarbeidsutvalg', 'annet',
  // Local tiers, the secretariat and advisory bodies belong to the cooperation too, not to one party.
  'omradeutvalg', 'lokalt-samarbeidsutvalg', 'sekretariat', 'raadgivende-organ']);

/** Every value of `organer[].type`. */
export const BODY_KINDS = /** @type {const} */ ([...PARTY_BODY_KINDS, ...JOINT_BODY_KINDS]);

/** Every value of `dokumenter[].type` (and of `vedtaksmyndighet[].dokumenttyper`). */
export const DOCUMENT_KINDS = /** @type {const} */ (['overordnet', 'tjenesteavtale', 'delavtale', 'retningslinje', 'saeravtale', 'underavtale', 'driftsavtale', 'prosedyre', 'handlingsplan', 'vedlegg', 'annet']);

/** Kinds of case a decision is about: `vedtak[].endring` and `vedtaksmyndighet[].endringer`. */
export const CASE_KINDS = /** @type {const} */ (['ny', 'vesentlig-endring', 'mindre-endring', 'revisjon-rutiner', 'oppsigelse']);

/**
 * Every change kind `avtalesjekk endring` reports, with its area, in report order. The ids are what
 * `avtale.endringsregler[].omraade` names.
 */
export const CHANGE_KIND_AREAS = /** @type {const} */ ({
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
});
