// Evaluates § 6-1 adoption: has every kommune's council, the HF board and every co-party adopted the overarching agreement in force?
import { pathTarget, type Issue } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import { BOARD_KINDS, COUNCIL_KINDS, authorityRules, bodies, bodyKind, documents, isRecord, kommuneStem, parties, records, text, type Data, type DocumentView, type RecordView } from '../model.js';
import { addMonths, comparePartialDates, isOnOrBefore } from '../util/partial-date.js';
import type { AdoptionView, Evaluation, Evaluator, PartyAdoptionView } from './evaluation.js';

/** Outcomes that adopt a text; `vedtatt-med-endringer` is a counter-proposal, not an adoption of the joint text (LAW.md § 9). */
const ADOPTING = 'vedtatt';
const COUNTER = 'vedtatt-med-endringer';
/** Document types made between some of the kommuner only (as party-list-mismatch reads them). */
const SOME_PARTIES = ['saeravtale'];
/** Body kinds that adopt for a co-party on the health side (its own board). */
const CO_PARTY_BOARD_KINDS = ['hf-styre', 'medpart-styre'];
/** Kommune bodies that may decide under kommuneloven § 11-8 (hastekompetanse) when the council has delegated it. */
const URGENT_KINDS = ['formannskap', 'ordforer'];
/** Joint bodies whose minor change, under a rule of the agreement, carries the parties' earlier adoption forward. */
const JOINT_KINDS = ['partnerskapsmote', 'strategisk-samarbeidsutvalg', 'faglig-samarbeidsutvalg', 'politisk-samarbeidsutvalg', 'administrativt-samarbeidsutvalg', 'annet', 'omradeutvalg', 'lokalt-samarbeidsutvalg'];

type Standing = Omit<PartyAdoptionView, 'party' | 'name' | 'kind'> & { timingUnknown?: boolean };

export const evaluateAdoption: Evaluator = (requirement, data, asOf): Evaluation => {
  const base = { coverage: [], missingElements: [], notRelevant: [] };
  const main = documents(data).find((d) => d.type === 'overordnet');
  if (!main) {
    return { ...base, status: 'missing', issues: [{ ruleId: requirement.id, messageId: 'adoption.no-main-document', hintId: 'hint.add-main-document', target: pathTarget(Array.isArray(data.dokumenter) ? ['dokumenter'] : []), severity: requirement.severity }], detail: { id: 'detail.missing' } };
  }
  const version = main.version ?? (isRecord(data.avtale) ? text(data.avtale.versjon) : undefined) ?? '?';
  const all = records({ ...main, version: main.version ?? (version === '?' ? undefined : version) });
  const kindOf = (r: RecordView) => bodyKind(data, r.body);
  const ownParty = new Map(bodies(data).map((b) => [b.id, b.party]));
  const partyOf = (r: RecordView) => r.party ?? ownParty.get(r.body);
  const notice = noticeMonths(data);
  const carried = carriedBy(data, main, all, version, asOf);
  const p = parties(data);
  const table: (PartyAdoptionView & { timingUnknown?: boolean })[] = [];
  // Records grouped by party once, instead of a pass over every record for every party.
  const byParty = new Map<string | undefined, RecordView[]>();
  for (const r of all) {
    const key = partyOf(r);
    const list = byParty.get(key);
    if (list) list.push(r);
    else byParty.set(key, [r]);
  }
  const mineOf = (key: string | undefined, decides: (r: RecordView) => boolean) => (byParty.get(key) ?? []).filter(decides);
  for (const m of p.municipalities) {
    if (m.number === undefined) continue;
    const council = (r: RecordView) => (COUNCIL_KINDS as readonly string[]).includes(kindOf(r)) || (r.urgent === true && URGENT_KINDS.includes(kindOf(r)));
    table.push({ party: m.number, name: m.name ?? m.number, kind: 'kommune', ...standing(mineOf(m.number, council), version, asOf, notice, carried) });
  }
  if (p.healthTrust) {
    // Who adopts for the health trust follows its statutes (LAW.md § 2); the board in practice. Other HF bodies are
    // hol-6-1-hf-vedtekter's warning, and their decision still counts here.
    const own = (r: RecordView) => (BOARD_KINDS as readonly string[]).includes(kindOf(r)) || (r.party === 'hf' && !isJointKind(kindOf(r))) || ownParty.get(r.body) === 'hf';
    const mine = [...mineOf('hf', own), ...mineOf(undefined, (r) => (BOARD_KINDS as readonly string[]).includes(kindOf(r)))];
    table.push({ party: 'hf', name: p.healthTrust.name ?? 'HF', kind: 'hf', ...standing(mine, version, asOf, notice, carried) });
  }
  for (const c of p.coParties) {
    if (c.id === undefined) continue;
    const own = (r: RecordView) => CO_PARTY_BOARD_KINDS.includes(kindOf(r)) || ownParty.get(r.body) === c.id;
    table.push({ party: c.id, name: c.name ?? c.id, kind: 'medpart', ...standing(mineOf(c.id, own), version, asOf, notice, carried) });
  }
  const adoption: AdoptionView = { documentId: main.id, documentTitle: main.title ?? main.id, version, parties: table.map(({ timingUnknown: _, ...row }) => row) };
  const issues: Issue[] = [];
  const at = pathTarget(Array.isArray(main.raw.vedtak) ? [...main.path, 'vedtak'] : [...main.path, 'id']);
  issues.push(...rowIssues(requirement, table, version, adoption.documentTitle, asOf, at));
  // A document made with only some of the kommuner, or a template each kommune signs: adopted by its own parties (LAW.md § 9).
  for (const doc of documents(data)) {
    const own = doc === main ? undefined : ownKommuner(doc);
    if (!own || !Array.isArray(doc.raw.vedtak)) continue;
    const docVersion = doc.version ?? '?';
    const docRecords = records(doc);
    const rows = p.municipalities
      .filter((m) => m.number !== undefined && own.includes(m.number))
      .map((m) => {
        const council = (r: RecordView) => partyOf(r) === m.number && ((COUNCIL_KINDS as readonly string[]).includes(kindOf(r)) || (r.urgent === true && URGENT_KINDS.includes(kindOf(r))));
        return { party: m.number!, name: m.name ?? m.number!, kind: 'kommune' as const, ...standing(docRecords.filter(council), docVersion, asOf, notice, undefined) };
      });
    issues.push(...rowIssues(requirement, rows, docVersion, doc.title ?? doc.id, asOf, pathTarget([...doc.path, 'vedtak'])));
  }
  // The requirement's severity is its first issue's: the most severe first, in table order within a severity.
  const rank = { error: 0, warning: 1, info: 2 } as const;
  issues.sort((a, b) => rank[a.severity ?? 'warning'] - rank[b.severity ?? 'warning']);
  const councils = table.filter((r) => r.kind === 'kommune');
  const hf = table.find((r) => r.kind === 'hf');
  const adoptedCouncils = councils.filter((r) => r.status === 'adopted').length;
  const said = unversioned(version);
  const detail = {
    id: said('detail.adoption'),
    params: { adopted: adoptedCouncils, total: councils.length, version, hf: hf ? (hf.status === 'adopted' ? '@detail.adoption-hf-yes' : '@detail.adoption-hf-no') : '', name: hf?.name ?? '' },
  };
  const adoptedAll = table.length > 0 && table.every((r) => r.status === 'adopted');
  const adoptedNone = table.every((r) => r.status !== 'adopted');
  return { ...base, status: adoptedAll ? 'satisfied' : adoptedNone ? 'missing' : 'partial', issues, detail, adoption };
};

/** The findings for a table of parties' standings on one document: not adopted, an older version, rejected, unknown, terminated, a counter-proposal. */
function rowIssues(requirement: Parameters<Evaluator>[0], table: (PartyAdoptionView & { timingUnknown?: boolean })[], version: string, document: string, asOf: string, at: Issue['target']): Issue[] {
  const issues: Issue[] = [];
  const said = unversioned(version);
  for (const row of table) {
    const partyText = row.kind === 'kommune' ? `@party.kommune` : `@party.hf`;
    const params = { party: partyText, name: row.kind === 'kommune' ? kommuneStem(row.name) : row.name, number: row.party, version: version === '?' ? '@value.version-not-given' : version, document, adopted: row.version ?? '@value.version-not-given', date: row.date ?? '@value.date-not-given', asOf, endsOn: row.endsOn ?? '', deviation: row.deviation ?? '' };
    const recordAt = row.path ? pathTarget(row.path, 'value') : at;
    if (row.status === 'rejected') issues.push({ ruleId: requirement.id, messageId: said('adoption.rejected'), params, target: recordAt, severity: 'error' });
    else if (row.status === 'not-adopted') issues.push({ ruleId: requirement.id, messageId: said('adoption.not-adopted'), params, hintId: 'hint.adopt', target: at, severity: requirement.severity });
    else if (row.status === 'older-version') issues.push({ ruleId: requirement.id, messageId: said('adoption.older-version'), params, hintId: 'hint.adopt', target: recordAt, severity: requirement.severity });
    else if (row.status === 'unknown') {
      const messageId = !row.timingUnknown ? 'adoption.unknown' : row.date ? 'adoption.undecidable' : 'adoption.undated';
      issues.push({ ruleId: requirement.id, messageId, params, hintId: row.timingUnknown ? 'hint.adoption-date' : 'hint.adoption-unknown', target: recordAt, severity: 'info' });
    } else if (row.status === 'terminated') {
      issues.push({ ruleId: requirement.id, messageId: row.endsOn ? 'adoption.terminated-notice' : 'adoption.terminated', params, hintId: 'hint.terminated', target: recordAt, severity: 'warning' });
    } else if (row.status === 'counter-proposal') {
      issues.push({ ruleId: requirement.id, messageId: row.deviation ? 'adoption.counter-proposal-what' : 'adoption.counter-proposal', params, hintId: 'hint.counter-proposal', target: recordAt, severity: requirement.severity });
    }
  }
  return issues;
}

/** A message id in its `-unversioned` form when the files give no version: said in words, never as «versjon ?». */
function unversioned(version: string): <Id extends string>(id: Id) => MessageId {
  return (id) => (version === '?' ? `${id}-unversioned` : id) as MessageId;
}

/** The kommuner a document is made with, when it is made with only some of them (`omfang: noen`, `per-kommune`, a særavtale) and lists them. */
function ownKommuner(doc: DocumentView): string[] | undefined {
  const scoped = doc.raw.omfang === 'noen' || doc.raw.omfang === 'per-kommune' || (doc.type !== undefined && SOME_PARTIES.includes(doc.type));
  if (!scoped || !Array.isArray(doc.raw.kommuner)) return undefined;
  return doc.raw.kommuner.filter((n): n is string => typeof n === 'string');
}

function isJointKind(kind: string): boolean {
  return JOINT_KINDS.includes(kind);
}

/** The agreement's notice period in months (avtale.varighet.oppsigelsesfrist_maaneder), if given. */
function noticeMonths(data: Data): number | undefined {
  const terms = isRecord(data.avtale) && isRecord(data.avtale.varighet) ? data.avtale.varighet : undefined;
  const months = terms?.oppsigelsesfrist_maaneder;
  return typeof months === 'number' && Number.isInteger(months) && months >= 0 ? months : undefined;
}

/**
 * The minor change that made the version in force, when a joint body adopted it under a rule of the agreement that lets it
 * make minor changes to the overarching agreement: then every party's adoption of the version before carries forward.
 */
function carriedBy(data: Data, main: DocumentView, all: RecordView[], version: string, asOf: string): RecordView | undefined {
  const rules = authorityRules(data).filter((r) => r.documentKinds.includes('overordnet') && r.changeKinds.includes('mindre-endring') && (r.documentIds.length === 0 || r.documentIds.includes(main.id)));
  if (rules.length === 0) return undefined;
  return all.find(
    (r) =>
      r.version === version && r.outcome === ADOPTING && r.change === 'mindre-endring' && r.role === 'vedtak' && isOnOrBefore(r.date, asOf) === true
      && rules.some((rule) => rule.adoptedBy.includes(r.body) && isJointKind(bodyKind(data, r.body))),
  );
}

/** A party's standing from the records of the bodies that decide for it. */
function standing(mine: RecordView[], version: string, asOf: string, notice: number | undefined, carried: RecordView | undefined): Standing {
  // A decision dated after the as-of date was not made yet; one whose date cannot be placed is «cannot tell».
  const made = mine.filter((r) => r.date === undefined || isOnOrBefore(r.date, asOf) !== false);
  const sure = (r: RecordView) => r.date !== undefined && isOnOrBefore(r.date, asOf) === true;
  const latest = (rs: RecordView[]) => [...rs].sort((a, b) => comparePartialDates(a.date, b.date)).at(-1);
  const adopting = (r: RecordView) => r.outcome === ADOPTING && r.role === 'vedtak';
  const termination = latest(made.filter((r) => adopting(r) && r.change === 'oppsigelse'));
  const adoptions = made.filter((r) => adopting(r) && r.change !== 'oppsigelse');
  if (termination && sure(termination) && adoptions.every((r) => comparePartialDates(r.date, termination.date) <= 0)) {
    const endsOn = notice !== undefined && termination.date !== undefined ? addMonths(termination.date, notice) : undefined;
    return { status: 'terminated', ...facts(termination), ...(endsOn ? { endsOn } : {}) };
  }
  const current = made.filter((r) => (r.version ?? version) === version);
  const adopted = latest(current.filter((r) => adoptions.includes(r)));
  if (adopted) return sure(adopted) ? { status: 'adopted', ...facts(adopted) } : { status: 'unknown', timingUnknown: true, ...facts(adopted) };
  const counter = latest(current.filter((r) => r.outcome === COUNTER && r.role === 'vedtak'));
  if (counter) return { status: 'counter-proposal', ...facts(counter), ...(counter.deviation ? { deviation: counter.deviation } : {}) };
  const rejected = latest(current.filter((r) => r.outcome === 'avvist'));
  if (rejected) return { status: 'rejected', ...facts(rejected) };
  const unknown = latest(current.filter((r) => r.outcome === 'ukjent'));
  if (unknown) return { status: 'unknown', ...facts(unknown) };
  const older = latest(adoptions.filter((r) => (r.version ?? version) !== version));
  if (older && carried && older.version !== undefined && comparePartialDates(older.date, carried.date) <= 0) {
    return { status: 'adopted', ...facts(older), carriedFrom: older.version };
  }
  if (older) return { status: 'older-version', ...facts(older) };
  return { status: 'not-adopted' };
}

function facts(r: RecordView): Omit<PartyAdoptionView, 'party' | 'name' | 'kind' | 'status'> {
  return { ...(r.version ? { version: r.version } : {}), ...(r.date ? { date: r.date } : {}), body: r.body, ...(r.caseNumber ? { caseNumber: r.caseNumber } : {}), ...(r.urgent ? { urgent: true } : {}), path: r.path };
}

export type { Data };
