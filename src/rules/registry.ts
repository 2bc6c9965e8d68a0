// The rule registry: every rule the checker can report, its metadata joined once (technical table here; policy rules and requirements from the catalogue).
import { t, type MessageId } from '../i18n/index.js';
import { citationIn, type Catalogue, type CatalogueCitation } from '../requirements/catalogue.js';
import { LANGS, type Citation, type Lang, type LocalText } from '../types.js';
import { delegeringVurderRule } from './authority/hol-6-1-delegering-vurder.js';
import { delegeringRule } from './authority/hol-6-1-delegering.js';
import { hfVedtekterRule } from './authority/hol-6-1-hf-vedtekter.js';
import { kommunestyretSelvRule } from './authority/hol-6-1-kommunestyret-selv.js';
import { styringBrukermedvirkningRule } from './authority/styring-brukermedvirkning.js';
import { styringFastlegerRule } from './authority/styring-fastleger.js';
import { styringLikeverdRule } from './authority/styring-likeverd.js';
import { styringRotasjonRule } from './authority/styring-rotasjon.js';
import { vedtakDatoUvissRule } from './authority/vedtak-dato-uviss.js';
import { vedtakEnstemmigUkjentRule } from './authority/vedtak-enstemmig-ukjent.js';
import { vedtakEnstemmigRule } from './authority/vedtak-enstemmig.js';
import { vedtakEtterDatoRule } from './authority/vedtak-etter-dato.js';
import { vedtakHastevedtakRule } from './authority/vedtak-hastevedtak.js';
import { vedtakIkrafttredelseRule } from './authority/vedtak-ikrafttredelse.js';
import { vedtakIngenRegelRule } from './authority/vedtak-ingen-regel.js';
import { vedtakInnstillingRule } from './authority/vedtak-innstilling.js';
import { vedtakUtenMyndighetRule } from './authority/vedtak-uten-myndighet.js';
import { duplicateIdRule } from './duplicate-id.js';
import type { Rule, RuleMeta } from './rule.js';
import { partyListMismatchRule } from './stale/party-list-mismatch.js';
import { publicationMissingRule } from './stale/publication-missing.js';
import { revisionOverdueRule } from './stale/revision-overdue.js';
import { staleDailyRateRule } from './stale/stale-daily-rate.js';
import { staleTermRule } from './stale/stale-term.js';
import { unknownReferenceRule } from './unknown-reference.js';

/** Which list a rule's metadata lives in: the technical table below, the catalogue's `rules`, or its `requirements`. */
export type RuleKind = 'technical' | 'policy' | 'requirement';

/** Everything known about one rule, joined once: identity, severity, category, titles, citation. The engine stamps findings from it; formatters get the list. */
export interface RuleInfo extends RuleMeta {
  kind: RuleKind;
  /** Hint shown when an issue does not bring its own. */
  defaultHint?: MessageId;
  /** Title message id for rules outside the catalogue (technical rules). */
  titleId?: MessageId;
  /** Title and plain-language summary from the catalogue (policy rules and requirements). */
  title?: LocalText;
  summary?: LocalText;
  /** The citation in each language (catalogued rules that have one). */
  citation?: Record<Lang, Citation>;
  /** False when the catalogue entry's legal reading is not yet verified. */
  verified?: boolean;
}

type TechnicalRule = Omit<RuleInfo, 'kind' | 'titleId'>;

/**
 * Rules outside the catalogue: those reported while reading, parsing and validating structure, suppression comments,
 * and the consistency rules `unknown-reference` and `duplicate-id`. Their titles are messages `rule.<id>.title`.
 */
const technicalRules: TechnicalRule[] = [
  { id: 'yaml-syntax', severity: 'error', category: 'syntax', defaultHint: 'hint.yaml-syntax' },
  { id: 'yaml-duplicate-key', severity: 'error', category: 'syntax', defaultHint: 'hint.yaml-duplicate' },
  { id: 'yaml-tab-indent', severity: 'error', category: 'syntax', defaultHint: 'hint.yaml-tab' },
  { id: 'yaml-version', severity: 'warning', category: 'syntax', defaultHint: 'hint.yaml-version' },
  { id: 'yaml-multiple-documents', severity: 'error', category: 'syntax', defaultHint: 'hint.yaml-multiple' },
  { id: 'yaml-alias-limit', severity: 'error', category: 'syntax' },
  { id: 'yaml-too-deep', severity: 'error', category: 'syntax' },
  { id: 'schema', severity: 'error', category: 'structure' },
  { id: 'number-as-text', severity: 'error', category: 'structure' },
  { id: 'invalid-date', severity: 'error', category: 'structure', defaultHint: 'hint.date-format' },
  { id: 'include-outside', severity: 'error', category: 'include', defaultHint: 'hint.include' },
  { id: 'include-not-found', severity: 'error', category: 'include', defaultHint: 'hint.include-not-found' },
  { id: 'include-cycle', severity: 'error', category: 'include', defaultHint: 'hint.include' },
  { id: 'include-duplicate', severity: 'warning', category: 'include' },
  { id: 'include-not-document', severity: 'error', category: 'include', defaultHint: 'hint.include-not-document' },
  { id: 'include-limit', severity: 'error', category: 'include' },
  { id: 'document-not-included', severity: 'warning', category: 'include' },
  { id: 'todo', severity: 'error', category: 'structure', defaultHint: 'hint.todo' },
  { id: 'suppression-invalid', severity: 'error', category: 'consistency', defaultHint: 'hint.suppress-format' },
  { id: 'suppression-unknown-rule', severity: 'error', category: 'consistency' },
  { id: 'suppression-unused', severity: 'warning', category: 'consistency', defaultHint: 'hint.suppress-unused' },
  { id: 'unknown-reference', severity: 'error', category: 'consistency' },
  { id: 'duplicate-id', severity: 'error', category: 'consistency' },
];

/** Policy rules over the composed data, in the order they run. Their metadata is their catalogue entry (or a technical-table row). */
export const policyRules: Rule[] = [
  unknownReferenceRule,
  duplicateIdRule,
  kommunestyretSelvRule,
  delegeringRule,
  delegeringVurderRule,
  vedtakUtenMyndighetRule,
  vedtakInnstillingRule,
  vedtakEnstemmigRule,
  vedtakIkrafttredelseRule,
  vedtakEtterDatoRule,
  hfVedtekterRule,
  vedtakHastevedtakRule,
  vedtakEnstemmigUkjentRule,
  vedtakIngenRegelRule,
  vedtakDatoUvissRule,
  styringBrukermedvirkningRule,
  styringFastlegerRule,
  styringLikeverdRule,
  styringRotasjonRule,
  staleTermRule,
  staleDailyRateRule,
  revisionOverdueRule,
  publicationMissingRule,
  partyListMismatchRule,
];

function citations(catalogue: Catalogue, citation: CatalogueCitation | undefined): Pick<RuleInfo, 'citation'> {
  return citation ? { citation: Object.fromEntries(LANGS.map((lang) => [lang, citationIn(catalogue, citation, lang)])) as Record<Lang, Citation> } : {};
}

/** All rules: technical, policy (the catalogue's `rules`) and one per catalogue requirement, in that order. */
export function allRules(catalogue: Catalogue): RuleInfo[] {
  return [
    ...technicalRules.map((r): RuleInfo => ({ ...r, kind: 'technical', titleId: `rule.${r.id}.title` as MessageId })),
    ...catalogue.rules.map((r): RuleInfo => ({ id: r.id, kind: 'policy', severity: r.severity, category: r.category, title: r.title, summary: r.summary, ...citations(catalogue, r.citation), verified: r.verified })),
    ...catalogue.requirements.map((r): RuleInfo => ({ id: r.id, kind: 'requirement', severity: r.severity, category: 'requirement', title: r.title, summary: r.summary, ...citations(catalogue, r.citation), verified: r.verified })),
  ];
}

export function ruleInfo(catalogue: Catalogue, id: string): RuleInfo | undefined {
  return allRules(catalogue).find((r) => r.id === id);
}

/** A rule's title in `lang`: the catalogue's, the technical rule's message, or the id. */
export function ruleTitle(rule: RuleInfo, lang: Lang): string {
  return rule.title ? rule.title[lang] : rule.titleId ? t(lang, rule.titleId) : rule.id;
}
