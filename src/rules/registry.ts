// Every rule the checker can report, with its default severity and hint; requirement rules come from the catalogue.
import type { MessageId } from '../i18n/index.js';
import type { Catalogue } from '../requirements/catalogue.js';
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
import { duplicateIdsRule } from './duplicate-ids.js';
import { referencesRule } from './references.js';
import type { Rule, RuleMeta } from './rule.js';
import { partyListMismatchRule } from './stale/party-list-mismatch.js';
import { publicationMissingRule } from './stale/publication-missing.js';
import { revisionOverdueRule } from './stale/revision-overdue.js';
import { staleDailyRateRule } from './stale/stale-daily-rate.js';
import { staleTermRule } from './stale/stale-term.js';

export interface RuleInfo extends RuleMeta {
  /** Hint shown when an issue does not bring its own. */
  defaultHint?: MessageId;
  /** Title message id for rules that are not requirements. */
  titleId?: MessageId;
}

/** Rules reported while reading, parsing and validating structure (they have no `check` of their own). */
const technicalRules: RuleInfo[] = [
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
].map((r) => ({ ...r, titleId: `rule.${r.id}.title` as MessageId })) as RuleInfo[];

/** Policy rules over the composed data, in the order they run. */
export const policyRules: Rule[] = [
  referencesRule,
  duplicateIdsRule,
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

/** All rules: technical, policy and one per catalogue requirement. */
export function allRules(catalogue: Catalogue): RuleInfo[] {
  return [
    ...technicalRules,
    ...policyRules.map((r): RuleInfo => {
      const entry = catalogue.rules.find((c) => c.id === r.meta.id);
      return entry ? { id: r.meta.id, severity: entry.severity, category: entry.category } : { ...r.meta, titleId: `rule.${r.meta.id}.title` as MessageId };
    }),
    ...catalogue.requirements.map((r): RuleInfo => ({ id: r.id, severity: r.severity, category: 'requirement' })),
  ];
}

export function ruleInfo(catalogue: Catalogue, id: string): RuleInfo | undefined {
  return allRules(catalogue).find((r) => r.id === id);
}
