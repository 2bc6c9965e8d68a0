// Shared facts for the authority and governance rules: body kinds, parties, decision records and the agreement's own rules.
import type { Params } from '../../engine/issue.js';
import {
  BOARD_KINDS,
  COUNCIL_KINDS,
  authorityRules,
  bodies,
  coverageEntries,
  documents,
  isRecord,
  parties,
  records,
  text,
  type AuthorityRuleView,
  type BodyView,
  type Data,
  type DocumentView,
  type RecordView,
  kommuneStem,
} from '../../model.js';
import type { Catalogue } from '../../requirements/catalogue.js';
import { isWithin, type Maybe } from '../../util/partial-date.js';
import { JOINT_BODY_KINDS, PARTY_BODY_KINDS } from '../../vocabulary.mjs';

/** Body kinds that are joint bodies of the cooperation, not an organ of one party (LAW.md § 6 and § 7). */
export const JOINT_KINDS: readonly string[] = JOINT_BODY_KINDS;

/** Change kinds that only each kommune's council and the HF board may decide for the overarching agreement (LAW.md § 2, § 7). */
export const MATERIAL_CHANGES: readonly string[] = ['ny', 'vesentlig-endring', 'oppsigelse'];

/** The change kind of a record that does not say (`endring` left out). */
export const DEFAULT_CHANGE = 'ny';

/** Body kinds a record may name without defining the body under `organer`, with a message for each. */
const KIND_WORDS = new Set<string>(PARTY_BODY_KINDS);

/** Kommune bodies that may use kommuneloven § 11-8 (hastekompetanse) on a matter reserved to the council. */
export const URGENT_KINDS: readonly string[] = ['formannskap', 'ordforer'];

/** Body kinds that adopt for a health-side co-party (its own board). */
export const CO_PARTY_BOARD_KINDS: readonly string[] = ['hf-styre', 'medpart-styre'];

/** The kommunenummer of Oslo, whose council is the bystyre. */
const OSLO = '0301';

export const isCouncilKind = (kind: string | undefined): boolean => kind !== undefined && (COUNCIL_KINDS as readonly string[]).includes(kind);
export const isBoardKind = (kind: string | undefined): boolean => kind !== undefined && (BOARD_KINDS as readonly string[]).includes(kind);
export const isAdopted = (r: RecordView): boolean => r.outcome === 'vedtatt' || r.outcome === 'vedtatt-med-endringer';
/** A date written as YYYY-MM-DD (others are invalid-date's finding), so dates compare as text. */
export const isDate = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);
export const changeOf = (r: RecordView): string => r.change ?? DEFAULT_CHANGE;

/** One record with the document it belongs to and its effective role. */
export interface RecordFact {
  document: DocumentView;
  record: RecordView;
  /**
   * `innstilling` when the record says `rolle: innstilling` or another record builds on it (`innstilling: <id>`);
   * a record that another decision names as its recommendation was a recommendation, whatever its `rolle`.
   */
  role: 'vedtak' | 'innstilling';
}

/** What the authority rules read, computed once per agreement set. */
export interface AuthorityFacts {
  data: Data;
  bodies: Map<string, BodyView>;
  records: RecordFact[];
  recordsById: Map<string, RecordFact>;
  rules: AuthorityRuleView[];
  municipalities: Map<string, string | undefined>;
  /** Health-side co-parties with an id (`parter.medparter`), id → name. */
  coParties: Map<string, string | undefined>;
  healthTrustName?: string;
  /** avtale.i_kraft, used for the overarching agreement when it has no date of its own. */
  agreementInForce?: string;
  /** avtale.versjon, the version of the overarching agreement when its document has none. */
  agreementVersion?: string;
}

const cache = new WeakMap<Data, AuthorityFacts>();

/** The facts about `data` (cached: rules run one after another on the same, unchanged data). */
export function authorityFacts(data: Data): AuthorityFacts {
  const known = cache.get(data);
  if (known) return known;
  const all = documents(data).flatMap((document) => records(document).map((record) => ({ document, record })));
  const referenced = new Set(all.flatMap(({ record }) => (record.recommendation !== undefined ? [record.recommendation] : [])));
  const facts: RecordFact[] = all.map(({ document, record }) => ({
    document,
    record,
    role: record.role === 'innstilling' || (record.id !== undefined && referenced.has(record.id)) ? 'innstilling' : 'vedtak',
  }));
  const recordsById = new Map<string, RecordFact>();
  for (const f of facts) if (f.record.id !== undefined && !recordsById.has(f.record.id)) recordsById.set(f.record.id, f);
  const p = parties(data);
  const made: AuthorityFacts = {
    data,
    bodies: new Map(bodies(data).map((b) => [b.id, b])),
    records: facts,
    recordsById,
    rules: authorityRules(data),
    municipalities: new Map(p.municipalities.flatMap((m) => (m.number !== undefined ? [[m.number, m.name] as const] : []))),
    coParties: new Map(p.coParties.flatMap((c) => (c.id !== undefined ? [[c.id, c.name] as const] : []))),
    ...(p.healthTrust?.name !== undefined ? { healthTrustName: p.healthTrust.name } : {}),
    ...(isRecord(data.avtale) && text(data.avtale.i_kraft) !== undefined ? { agreementInForce: text(data.avtale.i_kraft)! } : {}),
    ...(isRecord(data.avtale) && text(data.avtale.versjon) !== undefined ? { agreementVersion: text(data.avtale.versjon)! } : {}),
  };
  cache.set(data, made);
  return made;
}

/** The kind of a body named in a record or rule: a defined body's `type`, else the generic kind itself. */
export function kindOf(facts: AuthorityFacts, name: string): string {
  return facts.bodies.get(name)?.kind ?? name;
}

/** A body defined under `organer`, or a generic kind a record may name directly. */
export function isKnownBody(facts: AuthorityFacts, name: string): boolean {
  return facts.bodies.has(name) || KIND_WORDS.has(name);
}

/** A body defined under `organer` with a joint kind and no own `part`: the cooperation's body, not a party's organ. */
export function isJointBody(facts: AuthorityFacts, name: string): boolean {
  const body = facts.bodies.get(name);
  return body !== undefined && body.kind !== undefined && JOINT_KINDS.includes(body.kind) && body.party === undefined;
}

/** Joint bodies under `organer`. */
export function jointBodies(data: Data): BodyView[] {
  return bodies(data).filter((b) => b.kind !== undefined && JOINT_KINDS.includes(b.kind) && b.party === undefined);
}

/** The party a record is made for: its `part`, or the own `part` of the body that made it. */
export function partyOf(facts: AuthorityFacts, record: RecordView): string | undefined {
  return record.party ?? facts.bodies.get(record.body)?.party;
}

/** Which side a party is on; undefined when the record names no party. `hf` and the co-parties are the health side. */
export function sideOf(party: string | undefined, facts?: AuthorityFacts): 'kommune' | 'hf' | undefined {
  if (party === undefined) return undefined;
  return party === 'hf' || (facts?.coParties.has(party) === true && !facts.municipalities.has(party)) ? 'hf' : 'kommune';
}

/** `{council}`: the kommune's council as the kommune calls it (bystyret in Oslo, kommunestyret elsewhere). */
export function councilParam(party: string | undefined): string {
  return party === OSLO ? '@authority.body.bystyre' : '@authority.body.kommunestyre';
}

/**
 * Whether an entry in `vedtas_av` or `innstilling_fra` names the body that made a record. A defined body id
 * names only itself; a generic kind names every body of that kind, and `kommunestyre`/`bystyre` name any council.
 */
export function namesBody(facts: AuthorityFacts, entry: string, body: string): boolean {
  if (entry === body) return true;
  if (facts.bodies.has(entry)) return false;
  const kind = kindOf(facts, body);
  return isCouncilKind(entry) ? isCouncilKind(kind) : kind === entry;
}

/** Does a rule apply to this document and change kind (its types, and its named documents when it names any)? */
export function ruleCovers(rule: AuthorityRuleView, document: { id: string; type?: string }, change: string): boolean {
  return document.type !== undefined && rule.documentKinds.includes(document.type) && rule.changeKinds.includes(change) && (rule.documentIds.length === 0 || rule.documentIds.includes(document.id));
}

/** Was the rule in force on `date`? true, false, or undefined when the dates' precision does not tell. */
export function ruleInForce(rule: AuthorityRuleView, date: string | undefined): Maybe {
  if (rule.from === undefined && rule.until === undefined) return true;
  return date === undefined ? undefined : isWithin(date, rule.from, rule.until);
}

/**
 * The agreement's rules that let `body` decide `change` for `document`, in force on `date` (a rule limited in time judges
 * only decisions made while it was in force). With `uncertain`, rules whose period cannot be told from the dates are kept.
 */
export function empoweringRules(facts: AuthorityFacts, document: { id: string; type?: string }, change: string, body: string, date?: string, uncertain = false): AuthorityRuleView[] {
  return facts.rules.filter((r) => {
    if (!ruleCovers(r, document, change) || !r.adoptedBy.some((e) => namesBody(facts, e, body))) return false;
    const inForce = ruleInForce(r, date);
    return inForce === true || (uncertain && inForce === undefined);
  });
}

/**
 * Whether the body is the party's own council or board deciding for its own part: never «without authority»
 * (a party's own council or board may adopt any document for itself).
 */
export function isOwnDecider(facts: AuthorityFacts, record: RecordView): boolean {
  const kind = kindOf(facts, record.body);
  const party = partyOf(facts, record);
  const own = facts.bodies.get(record.body)?.party;
  if (own !== undefined && party !== undefined && own !== party) return false;
  const side = sideOf(party, facts);
  if (side === 'kommune') return isCouncilKind(kind);
  if (side === 'hf') return party === 'hf' ? isBoardKind(kind) : CO_PARTY_BOARD_KINDS.includes(kind);
  return isCouncilKind(kind) || isBoardKind(kind) || CO_PARTY_BOARD_KINDS.includes(kind);
}

/** A kommune decision under kommuneloven § 11-8: marked `hastevedtak: true` and made by the formannskap or the mayor. */
export function isUrgentDecision(facts: AuthorityFacts, record: RecordView): boolean {
  return record.urgent === true && URGENT_KINDS.includes(kindOf(facts, record.body)) && sideOf(partyOf(facts, record), facts) !== 'hf';
}

/**
 * An adopting decision on the overarching agreement (new, material change, termination) made for a health-side party by
 * a body other than its board: not a § 6-1 breach (the trust's statutes decide), but worth confirming.
 */
export function healthSideOther(facts: AuthorityFacts, f: RecordFact): { party: string } | undefined {
  const { document, record } = f;
  if (document.type !== 'overordnet' || f.role !== 'vedtak' || !isAdopted(record) || !MATERIAL_CHANGES.includes(changeOf(record))) return undefined;
  const party = partyOf(facts, record);
  if (sideOf(party, facts) !== 'hf') return undefined;
  const kind = kindOf(facts, record.body);
  if (JOINT_KINDS.includes(kind) && facts.bodies.get(record.body)?.party === undefined) return undefined;
  return isOwnDecider(facts, record) ? undefined : { party: party! };
}

/**
 * A § 6-1 breach: an adopting decision on the overarching agreement (new, material change, termination) made for a
 * party by anything other than that party's own council or board. Undefined when the record is lawful.
 */
export function councilBreach(facts: AuthorityFacts, f: RecordFact): { side: 'kommune' | 'hf' | undefined; party: string | undefined } | undefined {
  const { document, record } = f;
  if (document.type !== 'overordnet' || f.role !== 'vedtak' || !isAdopted(record) || !MATERIAL_CHANGES.includes(changeOf(record))) return undefined;
  const party = partyOf(facts, record);
  const side = sideOf(party, facts);
  const kind = kindOf(facts, record.body);
  const own = facts.bodies.get(record.body)?.party;
  // «Kommunestyret selv» binds the kommune side only (LAW.md § 2): on the health side only a joint body deciding for a
  // party is a breach; the party's own organs are hol-6-1-hf-vedtekter's question.
  const joint = JOINT_KINDS.includes(kind) && own === undefined;
  const lawful =
    side === 'kommune' ? (isCouncilKind(kind) && (own === undefined || own === party)) || isUrgentDecision(facts, record)
    : side === 'hf' ? !joint && (own === undefined || own === party)
    : isCouncilKind(kind) || isBoardKind(kind) || CO_PARTY_BOARD_KINDS.includes(kind);
  return lawful ? undefined : { side, party };
}

/** The message parameter for a body: its name under `organer`, a word for a generic kind, or the name as written. */
export function bodyParam(facts: AuthorityFacts, name: string): string {
  const body = facts.bodies.get(name);
  if (body) return body.name ?? body.id;
  return KIND_WORDS.has(name) ? `@authority.body.${name}` : name;
}

/** The message parameters naming a party: `{party}` as "Nordby kommune (9901)" or the health trust's name. */
export function partyParams(facts: AuthorityFacts, party: string): Params {
  if (party === 'hf') return { party: facts.healthTrustName ?? 'HF' };
  return { party: '@party.kommune', name: kommuneStem(facts.municipalities.get(party) ?? party), number: party };
}

/** `{forParty}`: " for Nordby kommune (9901)" when the record names a party, else nothing. */
export function forPartyParams(facts: AuthorityFacts, party: string | undefined): Params {
  return party === undefined ? { forParty: '' } : { forParty: '@authority.for-party', ...partyParams(facts, party) };
}

/** `{change}`: the change kind of a record in words. */
export function changeParam(change: string): string {
  return `@authority.change.${change}`;
}

/** The in-force date that applies to a document: its own `i_kraft`, or for the overarching agreement avtale.i_kraft. */
export function inForceOf(facts: AuthorityFacts, document: DocumentView): { date: string; path: readonly (string | number)[] } | undefined {
  if (document.inForce !== undefined) return { date: document.inForce, path: [...document.path, 'i_kraft'] };
  if (document.type === 'overordnet' && facts.agreementInForce !== undefined) return { date: facts.agreementInForce, path: ['avtale', 'i_kraft'] };
  return undefined;
}

/** The version in force of a document: its own `versjon`, or for the overarching agreement avtale.versjon. */
export function versionOf(facts: AuthorityFacts, document: DocumentView): string | undefined {
  return document.version ?? (document.type === 'overordnet' ? facts.agreementVersion : undefined);
}

/**
 * The rules that empower a decision record, and what they demand. A demand (recommendation, unanimity) applies only
 * when every empowering rule makes it, so an agreement with two ways to decide is read in the decision's favour.
 */
export function empowerment(facts: AuthorityFacts, f: RecordFact): { rules: AuthorityRuleView[]; recommenders: string[]; allowedRecommenders: string[]; unanimous: boolean } | undefined {
  const type = f.document.type;
  if (type === undefined) return undefined;
  const rules = empoweringRules(facts, f.document, changeOf(f.record), f.record.body, f.record.date);
  if (rules.length === 0) return undefined;
  // A recommendation is demanded when every empowering rule requires one («skal»); «kan» only allows it.
  const recommenders = rules.every((r) => r.recommenders.length > 0 && r.recommendation === 'skal') ? [...new Set(rules.flatMap((r) => r.recommenders))] : [];
  const allowed = [...new Set(rules.flatMap((r) => r.recommenders))];
  return { rules, recommenders, allowedRecommenders: allowed, unanimous: rules.every((r) => r.unanimous) };
}

/** The § 6-2 første ledd item numbers that some `dekning` entry fulfils with a document of this type, ascending. */
export function itemsCoveredByType(data: Data, type: string, catalogue: Catalogue): number[] {
  const typeOf = new Map(documents(data).map((d) => [d.id, d.type]));
  const items = new Set<number>();
  for (const c of coverageEntries(data)) {
    if (c.documentId === undefined || typeOf.get(c.documentId) !== type) continue;
    const item = catalogue.requirements.find((r) => r.id === c.requirementId)?.item;
    if (item !== undefined) items.add(item);
  }
  return [...items].sort((a, b) => a - b);
}

/**
 * A decision's date as message parameters: `date` (the date, or «dato ikke oppgitt») and `on` («den 2025-06-19», or «(dato ikke oppgitt)»),
 * so that a message never prints a placeholder as if it were a date.
 */
export function dateParams(date: string | undefined): Params {
  return date !== undefined ? { date, on: '@when.on' } : { date: '@value.date-not-given', on: '@when.no-date' };
}
