// Who must adopt a change: the law (HOL § 6-1: every council itself and the HF board), the agreement's own rules, or the parties.
import { t } from '../i18n/index.js';
import { pathTarget } from '../engine/issue.js';
import { COUNCIL_KINDS, authorityRules, bodies, isRecord, parties, type AuthorityRuleView, type BodyView, type Data } from '../model.js';
import { locate, type SourceMap } from '../engine/locate.js';
import type { Citation, Lang } from '../types.js';
import type { AuthorityChangeKind, ChangeClass } from './kinds.js';
import { list, refText } from './raw.js';
import type { Adopter, AdoptionPath, ChangeAdoption } from './types.js';

/** Who the parties are and which rules are in force: read once per comparison. */
export interface AdoptionContext {
  lang: Lang;
  /** Party kommuner of the new version (they adopt it). */
  councils: { count: number; name?: string };
  healthTrust: string;
  /** Bodies by id, from the version in force and the new one (for names). */
  bodies: BodyView[];
  /** Authority rules of the version in force (the old one): a new version cannot empower the bodies that adopt it. */
  rules: AuthorityRuleView[];
  ruleData: unknown[];
  rulesMap: SourceMap;
  lawCitation: Citation;
}

export function adoptionContext(oldData: Data, newData: Data, oldMap: SourceMap, lang: Lang, lawCitation: Citation): AdoptionContext {
  const p = parties(newData);
  const hf = p.healthTrust?.name ?? parties(oldData).healthTrust?.name ?? 'HF';
  const oldBodies = bodies(oldData);
  const named = [...oldBodies, ...bodies(newData).filter((b) => !oldBodies.some((o) => o.id === b.id))];
  const one = p.municipalities.length === 1 ? p.municipalities[0]?.name : undefined;
  return {
    lang,
    councils: { count: p.municipalities.length, ...(one ? { name: one } : {}) },
    healthTrust: hf,
    bodies: named,
    rules: authorityRules(oldData),
    ruleData: list(oldData.vedtaksmyndighet),
    rulesMap: oldMap,
    lawCitation,
  };
}

function councils(ctx: AdoptionContext): Adopter {
  const { count, name } = ctx.councils;
  const label = count === 1 && name ? t(ctx.lang, 'diff.adopter.council', { name }) : count > 0 ? t(ctx.lang, 'diff.adopter.councils', { count }) : t(ctx.lang, 'diff.adopter.councils-unknown');
  return { type: 'councils', id: 'kommunestyre', name: label, count };
}

function board(ctx: AdoptionContext): Adopter {
  return { type: 'health-trust-board', id: 'hf-styre', name: t(ctx.lang, 'diff.adopter.board', { name: ctx.healthTrust }) };
}

/** An adopter named in a rule: a body id, the generic council or board kinds, or another body kind. */
function adopter(ctx: AdoptionContext, id: string): Adopter {
  const body = ctx.bodies.find((b) => b.id === id);
  if (body) return { type: 'body', id, name: body.name ?? id };
  if ((COUNCIL_KINDS as readonly string[]).includes(id)) return councils(ctx);
  if (id === 'hf-styre') return board(ctx);
  if (id === 'administrerende-direktor') return { type: 'body', id, name: t(ctx.lang, 'diff.adopter.managing-director', { name: ctx.healthTrust }) };
  return { type: 'body', id, name: id };
}

/** "Alle 4 kommunestyrer og styret i Helse Fjordvik HF må vedta" / "PSU kan vedta etter innstilling fra ASU". */
function pathText(ctx: AdoptionContext, adopters: Adopter[], recommendedBy: Adopter | undefined, unanimous: boolean): string {
  const delegated = adopters.every((a) => a.type === 'body');
  const extra = (recommendedBy ? t(ctx.lang, 'diff.adopt.recommendation', { body: recommendedBy.name }) : '') + (unanimous ? t(ctx.lang, 'diff.adopt.unanimous') : '');
  const sentence = t(ctx.lang, delegated ? 'diff.adopt.may' : 'diff.adopt.must', { adopters: joinList(adopters.map((a) => a.name), ctx.lang), extra });
  return sentence.charAt(0).toLocaleUpperCase(ctx.lang === 'en' ? 'en' : 'nb') + sentence.slice(1);
}

/** "a, b og c" / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(lang, 'diff.and')} ${items.at(-1)!}`;
}

function build(ctx: AdoptionContext, basis: AdoptionPath['basis'], adopters: Adopter[], recommendedBy: Adopter | undefined, unanimous: boolean, extra: Partial<AdoptionPath> = {}): AdoptionPath {
  return { basis, adopters, ...(recommendedBy ? { recommendedBy } : {}), unanimous, text: pathText(ctx, adopters, recommendedBy, unanimous), ...extra };
}

/**
 * A kommune joining: its own council and the HF board adopt (HOL § 6-1); the other councils need not adopt again, since
 * their agreement with the HF does not change. `name` is the new kommune's name.
 */
export function joiningPath(ctx: AdoptionContext, name: string): AdoptionPath {
  const council: Adopter = { type: 'councils', id: 'kommunestyre', name: t(ctx.lang, 'diff.adopter.council', { name }), count: 1 };
  return build(ctx, 'law', [council, board(ctx)], undefined, false, { citation: ctx.lawCitation });
}

/** A kommune leaving after its own termination: nobody else adopts anything. */
export function leavingPath(ctx: AdoptionContext): AdoptionPath {
  return { basis: 'law', adopters: [], unanimous: false, text: t(ctx.lang, 'diff.adopt.none-left'), citation: ctx.lawCitation };
}

/** The law's path: every party kommune's council itself and the HF board (HOL § 6-1). */
export function lawPath(ctx: AdoptionContext, basis: 'law' | 'parties' = 'law'): AdoptionPath {
  return build(ctx, basis, [councils(ctx), board(ctx)], undefined, false, basis === 'law' ? { citation: ctx.lawCitation } : {});
}

/** The first rule in force for `documentType` and one of `kinds` (in order of preference). */
function findRule(ctx: AdoptionContext, documentType: string, kinds: AuthorityChangeKind[]): { rule: AuthorityRuleView; kind: AuthorityChangeKind } | undefined {
  for (const kind of kinds) {
    const rule = ctx.rules.find((r) => r.documentKinds.includes(documentType) && r.changeKinds.includes(kind) && r.adoptedBy.length > 0);
    if (rule) return { rule, kind };
  }
  return undefined;
}

function agreementPath(ctx: AdoptionContext, found: { rule: AuthorityRuleView } | undefined): AdoptionPath | undefined {
  if (!found) return undefined;
  const { rule } = found;
  const raw = ctx.ruleData[Number(rule.path[rule.path.length - 1])];
  const reference = isRecord(raw) && isRecord(raw.hjemmel) ? refText(raw.hjemmel, ctx.lang) : undefined;
  const adopters = dedupe(rule.adoptedBy.map((id) => adopter(ctx, id)));
  const recommendedBy = rule.recommendedBy ? adopter(ctx, rule.recommendedBy) : undefined;
  return build(ctx, 'agreement', adopters, recommendedBy, rule.unanimous, { rule: { location: locate(ctx.rulesMap, pathTarget(rule.path, 'key')), ...(reference ? { reference } : {}) } });
}

function dedupe(adopters: Adopter[]): Adopter[] {
  return adopters.filter((a, i) => adopters.findIndex((b) => b.type === a.type && b.id === a.id) === i);
}

/** The kinds of case to look up in `vedtaksmyndighet`, most specific first. */
export function caseKinds(documentType: string, classification: ChangeClass, isNew: boolean): AuthorityChangeKind[] {
  if (isNew) return ['ny'];
  // A change to assess is adopted as a material one until it has been assessed.
  if (classification !== 'minor') return ['vesentlig-endring'];
  return documentType === 'overordnet' ? ['mindre-endring'] : ['mindre-endring', 'revisjon-rutiner'];
}

/**
 * Who must adopt one change. The law applies to the overarching agreement's new text and material changes, and to
 * anything that changes the parties or the authority rules; otherwise the agreement's rule for the document type and
 * kind of case; without such a rule, the parties adopt it as they adopted the agreement.
 */
export function adoptionFor(ctx: AdoptionContext, document: ChangeAdoption['document'], classification: ChangeClass, isNew: boolean, lawFixed: boolean): ChangeAdoption {
  const kinds = caseKinds(document.type, classification, isNew);
  const found = findRule(ctx, document.type, kinds);
  const agreement = agreementPath(ctx, found);
  const lawApplies = lawFixed || (document.type === 'overordnet' && (classification !== 'minor' || isNew));
  const base = { document, changeKind: found?.kind ?? kinds[0]! };
  if (lawApplies) {
    const law = lawPath(ctx);
    const sameBodies = agreement && agreement.adopters.every((a) => a.type !== 'body');
    const required = sameBodies && agreement.recommendedBy
      ? build(ctx, 'law', law.adopters, agreement.recommendedBy, agreement.unanimous, { citation: ctx.lawCitation })
      : law;
    return { ...base, law, ...(agreement ? { agreement } : {}), required };
  }
  if (agreement) return { ...base, agreement, required: agreement };
  return { ...base, required: lawPath(ctx, 'parties') };
}

/** The description of an agreement-level path with where it comes from, for reports. */
export function basisText(path: AdoptionPath, lang: Lang): string {
  if (path.basis === 'law') return t(lang, 'diff.basis.law', { ref: path.citation ? `${path.citation.law} ${path.citation.ref}` : '' });
  if (path.basis === 'agreement') return path.rule?.reference ? t(lang, 'diff.basis.agreement-ref', { ref: path.rule.reference }) : t(lang, 'diff.basis.agreement');
  return t(lang, 'diff.basis.parties');
}
