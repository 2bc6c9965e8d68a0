// compareAgreements: the pure core of `avtalesjekk endring`. Two composed agreement sets in, a ChangeReport out.
import { cmp, compareFindings } from '../engine/order.js';
import { t, type MessageId } from '../i18n/index.js';
import { pathTarget, type Params } from '../engine/issue.js';
import type { AgreementSet } from '../load/agreement-set.js';
import { locate } from '../engine/locate.js';
import { documents, isRecord, text, type Data } from '../model.js';
import { citationIn, findRequirement, loadCatalogue, type Catalogue } from '../requirements/catalogue.js';
import type { Finding, Lang, Location } from '../types.js';
import { TOOL } from '../version.js';
import { adoptionContext, adoptionFor, basisText, joinList, joiningPath, leavingPath, type AdoptionContext } from './adoption.js';
import { partyMove } from './party-moves.js';
import { compareAgreementMeta } from './agreement.js';
import { changeRules, classify, reasonText } from './classify.js';
import { compareCoverage } from './coverage.js';
import { compareDocuments } from './documents.js';
import { compareAuthorityRules, compareBodies, compareChangeRules } from './governance.js';
import { CHANGE_KINDS, CHANGE_KIND_IDS, DECLARED_TYPES, LAW_FIXED, type DeclaredChangeType } from './kinds.js';
import { compareMeasures } from './measures.js';
import { compareParties } from './parties.js';
import type { CompareContext, RawChange } from './raw.js';
import type { AdoptionPath, Change, ChangeAdoption, ChangeReport, DeclaredChange, SetSummary } from './types.js';

export interface CompareOptions {
  /** The date the comparison is made for (YYYY-MM-DD): items of § 6-2 not yet in force then are not material. */
  asOf: string;
  lang?: Lang;
  catalogue?: Catalogue;
}

const AREA_ORDER = [...new Set(Object.values(CHANGE_KINDS))];

/**
 * Compares two versions of an agreement set. Classification and authority rules are read from the old version, the
 * one in force: a new version cannot change the rules for its own adoption. The declaration `avtale.endring` is read
 * from the new version.
 */
export function compareAgreements(oldSet: AgreementSet, newSet: AgreementSet, options: CompareOptions): ChangeReport {
  const lang = options.lang ?? 'nb';
  const catalogue = options.catalogue ?? loadCatalogue();
  const oldData: Data = isRecord(oldSet.data) ? oldSet.data : {};
  const newData: Data = isRecord(newSet.data) ? newSet.data : {};
  const ctx: CompareContext = { old: oldData, new: newData, lang, asOf: options.asOf, catalogue };
  const raws = [
    ...compareParties(ctx),
    ...compareAgreementMeta(ctx),
    ...compareChangeRules(ctx),
    ...compareAuthorityRules(ctx),
    ...compareBodies(ctx),
    ...compareMeasures(ctx),
    ...compareCoverage(ctx),
    ...compareDocuments(ctx),
  ];

  const lawRequirement = findRequirement(catalogue, 'hol-6-1-vedtak') ?? findRequirement(catalogue, 'hol-6-1-parter');
  const lawCitation = lawRequirement ? citationIn(catalogue, lawRequirement.citation, lang) : { law: 'helse- og omsorgstjenesteloven', ref: '§ 6-1', url: 'https://lovdata.no/dokument/NL/lov/2011-06-24-30/KAPITTEL_6' };
  const actx = adoptionContext(oldData, newData, oldSet, lang, lawCitation);
  const rules = changeRules(oldData, lang);
  const overarching = overarchingDocument(newData, oldData);
  const findings: Finding[] = [];
  const ignored = new Set<string>();

  const changes: Change[] = raws.map((raw) => {
    const c = classify(raw.kind, raw.reason, rules);
    const set = raw.side === 'new' ? newSet : oldSet;
    const document = documentOf(raw, newData, oldData) ?? overarching;
    const moved = partyMove(raw, oldData, newData);
    const general = adoptionFor(actx, document, c.classification, raw.newDocument === true, LAW_FIXED.includes(c.reason.id));
    // A kommune that joins adopts for itself with the HF board; one that leaves after its own termination needs nobody.
    const adoption = moved?.move === 'joins' ? { ...general, required: joiningPath(actx, moved.name) } : moved?.move === 'left' ? { ...general, required: leavingPath(actx) } : general;
    if (moved?.move === 'left') {
      findings.push(finding('change-party-left', 'warning', lang, locate(oldSet, pathTarget(raw.path, 'key')), 'diff.finding.party-left', { party: moved.label, date: moved.date ?? '' }, 'diff.hint.party-left'));
    }
    if (c.reason.overrideIgnored && !ignored.has(c.reason.overrideIgnored.area)) {
      const rule = c.reason.overrideIgnored;
      ignored.add(rule.area);
      findings.push(finding('change-override-ignored', 'warning', lang, locate(oldSet, pathTarget(rule.path, 'key')), 'diff.finding.override-ignored', { area: rule.area, reason: t(lang, `diff.reason.${c.reason.id}`) }, 'diff.hint.override-ignored'));
    }
    const reason: Change['reason'] = {
      id: c.reason.id,
      source: c.reason.source,
      text: reasonText(c, lang),
      ...(c.reason.rule ? { location: locate(oldSet, pathTarget(c.reason.rule.path, 'key')), ...(c.reason.rule.reference ? { reference: c.reason.rule.reference } : {}) } : {}),
      ...(c.reason.overrideIgnored ? { overrideIgnored: true } : {}),
    };
    return {
      kind: raw.kind,
      area: CHANGE_KINDS[raw.kind],
      classification: c.classification,
      reason,
      message: sentence(t(lang, `diff.change.${raw.kind}`, raw.params)),
      subject: raw.subject,
      ...(raw.before !== undefined ? { before: raw.before } : {}),
      ...(raw.after !== undefined ? { after: raw.after } : {}),
      side: raw.side,
      path: [...raw.path],
      location: locate(set, pathTarget(raw.path, 'key')),
      ...(raw.oldPath ? { oldLocation: locate(oldSet, pathTarget(raw.oldPath, 'key')) } : {}),
      adoption,
    };
  });
  changes.sort(compareChanges);

  const declared = declaration(newData, newSet, actx, overarching, lang, findings);
  const material = changes.filter((c) => c.classification === 'material');
  const review = changes.filter((c) => c.classification === 'review');
  let sufficient: boolean | null = null;
  if (declared) {
    sufficient = declared.type !== 'mindre-endring' || material.length + review.length === 0;
    if (declared.type === 'mindre-endring') {
      for (const change of material) {
        const at = change.side === 'new' ? change.location : declared.location;
        const required = change.adoption.required;
        findings.push({
          ...finding('change-declared-minor', 'error', lang, at, 'diff.finding.declared-minor', { change: change.message, reason: change.reason.text, declared: `${declared.location.file}:${declared.location.line}` }, 'diff.hint.declared-minor', { adopters: joinList(required.adopters.map((a) => a.name), lang) }),
          ...(required.citation ? { citation: required.citation } : {}),
          data: { kind: change.kind, reason: change.reason.id, related: declared.location, ...(change.side === 'old' ? { changeLocation: change.location } : {}) },
        });
      }
      // A change to assess under a declared minor change: a warning, since it may well be minor once assessed.
      for (const change of review) {
        const at = change.side === 'new' ? change.location : declared.location;
        findings.push({
          ...finding('change-declared-minor-review', 'warning', lang, at, 'diff.finding.declared-minor-review', { change: change.message, reason: change.reason.text, declared: `${declared.location.file}:${declared.location.line}` }, 'diff.hint.declared-minor-review'),
          data: { kind: change.kind, reason: change.reason.id, related: declared.location, ...(change.side === 'old' ? { changeLocation: change.location } : {}) },
        });
      }
    } else if (changes.length > 0 && material.length === 0 && review.length === 0) {
      const minorPath = adoptionFor(actx, overarching, 'minor', false, false).required;
      if (minorPath.basis === 'agreement') findings.push(finding('change-declared-material', 'info', lang, declared.location, 'diff.finding.declared-material', { declared: `@diff.declared.${declared.type}`, path: minorPath.text }));
    }
  } else if (changes.length > 0 && !hasDeclaration(newData)) {
    findings.push(finding('change-undeclared', 'warning', lang, locate(newSet, pathTarget(['avtale'], 'key')), 'diff.finding.undeclared', {}, 'diff.hint.undeclared', { type: material.length + review.length > 0 ? 'vesentlig-endring' : 'mindre-endring' }));
  }
  const oldVersion = versionOf(oldData);
  const newVersion = versionOf(newData);
  if (changes.some((c) => c.kind !== 'agreement-version') && oldVersion !== undefined && oldVersion === newVersion) {
    findings.push(finding('change-version-unchanged', 'warning', lang, locate(newSet, pathTarget(['avtale', 'versjon'], 'value')), 'diff.finding.version-unchanged', { version: newVersion }, 'diff.hint.version-unchanged'));
  }
  findings.sort(compareFindings);

  const required = totalAdoption(changes);
  const exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
  return {
    diffVersion: 1,
    tool: { ...TOOL },
    lang,
    asOf: options.asOf,
    old: summary(oldSet, oldData),
    new: summary(newSet, newData),
    declared,
    changes,
    counts: { total: changes.length, material: material.length, minor: changes.length - material.length - review.length, ...(review.length > 0 ? { review: review.length } : {}) },
    classification: material.length > 0 ? 'material' : review.length > 0 ? 'review' : changes.length > 0 ? 'minor' : 'none',
    adoption: { required, summary: adoptionSummary(changes, required, lang), sufficient },
    findings,
    exitCode,
  };
}

function finding(ruleId: string, severity: Finding['severity'], lang: Lang, location: Location, messageId: MessageId, params: Params, hintId?: MessageId, hintParams: Params = {}): Finding {
  return { ruleId, severity, message: sentence(t(lang, messageId, params)), ...(hintId ? { hint: t(lang, hintId, { ...params, ...hintParams }) } : {}), location };
}

function sentence(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

function hasDeclaration(data: Data): boolean {
  return isRecord(data.avtale) && data.avtale.endring !== undefined;
}

function versionOf(data: Data): string | undefined {
  return isRecord(data.avtale) ? text(data.avtale.versjon) : undefined;
}

/** The new version's `avtale.endring`; a wrong type is an error finding. */
function declaration(data: Data, set: AgreementSet, actx: AdoptionContext, overarching: ChangeAdoption['document'], lang: Lang, findings: Finding[]): DeclaredChange | null {
  const e = isRecord(data.avtale) ? data.avtale.endring : undefined;
  if (!isRecord(e)) return null;
  const type = text(e.type);
  if (!DECLARED_TYPES.includes(type as DeclaredChangeType)) {
    const at = locate(set, pathTarget(type === undefined ? ['avtale', 'endring'] : ['avtale', 'endring', 'type'], type === undefined ? 'key' : 'value'));
    findings.push(finding('change-declaration-invalid', 'error', lang, at, 'diff.finding.invalid-declaration', { value: type ?? '' }, 'diff.hint.invalid-declaration', { types: DECLARED_TYPES.join(', ') }));
    return null;
  }
  const declaredType = type as DeclaredChangeType;
  const adoption = adoptionFor(actx, overarching, declaredType === 'mindre-endring' ? 'minor' : 'material', declaredType === 'ny', false).required;
  const description = text(e.beskrivelse);
  return { type: declaredType, ...(description ? { description } : {}), location: locate(set, pathTarget(['avtale', 'endring', 'type'], 'value')), adoption };
}

function overarchingDocument(newData: Data, oldData: Data): ChangeAdoption['document'] {
  const doc = documents(newData).find((d) => d.type === 'overordnet') ?? documents(oldData).find((d) => d.type === 'overordnet');
  if (doc) return { id: doc.id, type: 'overordnet', title: doc.title ?? doc.id };
  const title = isRecord(newData.avtale) ? text(newData.avtale.tittel) : undefined;
  return { id: 'avtale', type: 'overordnet', title: title ?? 'avtale' };
}

function documentOf(raw: RawChange, newData: Data, oldData: Data): ChangeAdoption['document'] | undefined {
  if (raw.documentId === undefined) return undefined;
  const doc = documents(raw.side === 'old' ? oldData : newData).find((d) => d.id === raw.documentId) ?? documents(oldData).find((d) => d.id === raw.documentId);
  return doc ? { id: doc.id, type: doc.type ?? 'annet', title: doc.title ?? doc.id } : undefined;
}

/**
 * The paths for the whole new version. When the councils must adopt any change (by law, by the agreement's rules, or
 * because no rule delegates it), their adoption of the new version covers every change; otherwise every delegated path.
 */
function totalAdoption(changes: Change[]): AdoptionPath[] {
  // A path without adopters (a kommune left after its own termination) asks nothing of anyone.
  const all = changes.map((c) => c.adoption.required);
  const paths = all.filter((p) => p.adopters.length > 0);
  if (paths.length === 0 && all.length > 0) return [all[0]!];
  // The path of every council before a path of one joining council.
  const councilCount = (p: AdoptionPath) => p.adopters.find((a) => a.type === 'councils')?.count ?? 0;
  paths.sort((a, b) => (a.basis === 'law' && b.basis === 'law' ? councilCount(b) - councilCount(a) : 0));
  const councils = (p: AdoptionPath) => p.adopters.some((a) => a.type === 'councils');
  const top = paths.find((p) => p.basis === 'law' && p.recommendedBy) ?? paths.find((p) => p.basis === 'law') ?? paths.find((p) => p.basis === 'agreement' && councils(p)) ?? paths.find(councils);
  if (top) return [top];
  const out: AdoptionPath[] = [];
  for (const p of paths) if (!out.some((q) => q.text === p.text)) out.push(p);
  return out;
}

function adoptionSummary(changes: Change[], required: AdoptionPath[], lang: Lang): string {
  if (changes.length === 0) return t(lang, 'diff.summary.none');
  const first = required[0]!;
  if (first.adopters.length === 0) return first.text;
  if (first.adopters.some((a) => a.type === 'councils')) {
    const extra = first.recommendedBy ? t(lang, 'diff.adopt.recommendation', { body: first.recommendedBy.name }) : '';
    return t(lang, 'diff.summary.required', { adopters: joinList(first.adopters.map((a) => a.name), lang), extra, basis: basisText(first, lang) });
  }
  return t(lang, 'diff.summary.agreement', { paths: required.map((p) => p.text).join('; ') });
}

function summary(set: AgreementSet, data: Data): SetSummary {
  const meta = isRecord(data.avtale) ? data.avtale : {};
  const version = text(meta.versjon);
  return { file: set.main.path, title: text(meta.tittel) ?? set.main.path, ...(version ? { version } : {}), files: set.fileList.map((f) => f.path) };
}

const CLASS_RANK = { material: 0, review: 1, minor: 2 } as const;

/** Material first; then by area, file, line and kind, so the order is the same on every run. */
function compareChanges(a: Change, b: Change): number {
  return (
    CLASS_RANK[a.classification] - CLASS_RANK[b.classification] ||
    AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area) ||
    cmp(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    CHANGE_KIND_IDS.indexOf(a.kind) - CHANGE_KIND_IDS.indexOf(b.kind) ||
    cmp(a.subject, b.subject)
  );
}
