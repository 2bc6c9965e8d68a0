// Evaluates § 6-1 adoption: has every kommune's council and the HF board adopted the overarching agreement in force?
import { pathTarget, type Issue } from '../engine/issue.js';
import { BOARD_KINDS, COUNCIL_KINDS, bodyKind, documents, isRecord, kommuneStem, parties, records, text, type Data, type RecordView } from '../model.js';
import type { AdoptionView, Evaluation, Evaluator, PartyAdoptionView } from './evaluation.js';

const ADOPTED = new Set(['vedtatt', 'vedtatt-med-endringer']);

export const evaluateAdoption: Evaluator = (requirement, data): Evaluation => {
  const base = { coverage: [], missingElements: [], notRelevant: [] };
  const main = documents(data).find((d) => d.type === 'overordnet');
  if (!main) {
    return { ...base, status: 'missing', issues: [{ ruleId: requirement.id, messageId: 'adoption.no-main-document', hintId: 'hint.add-main-document', target: pathTarget(Array.isArray(data.dokumenter) ? ['dokumenter'] : []), severity: requirement.severity }], detail: { id: 'detail.missing' } };
  }
  const version = main.version ?? (isRecord(data.avtale) ? text(data.avtale.versjon) : undefined) ?? '?';
  const all = records({ ...main, version: main.version ?? (version === '?' ? undefined : version) });
  const kindOf = (r: RecordView) => bodyKind(data, r.body);
  const p = parties(data);
  const table: PartyAdoptionView[] = [];
  // Council records grouped by party once, instead of a pass over every record for every kommune.
  const councilRecords = new Map<string | undefined, RecordView[]>();
  for (const r of all) {
    if (!(COUNCIL_KINDS as readonly string[]).includes(kindOf(r))) continue;
    const list = councilRecords.get(r.party);
    if (list) list.push(r);
    else councilRecords.set(r.party, [r]);
  }
  for (const m of p.municipalities) {
    if (m.number === undefined) continue;
    const mine = councilRecords.get(m.number) ?? [];
    table.push({ party: m.number, name: m.name ?? m.number, kind: 'kommune', ...standing(mine, version) });
  }
  if (p.healthTrust) {
    const mine = all.filter((r) => (r.party === 'hf' || r.party === undefined) && (BOARD_KINDS as readonly string[]).includes(kindOf(r)));
    table.push({ party: 'hf', name: p.healthTrust.name ?? 'HF', kind: 'hf', ...standing(mine, version) });
  }
  const adoption: AdoptionView = { documentId: main.id, documentTitle: main.title ?? main.id, version, parties: table };
  const issues: Issue[] = [];
  const at = pathTarget(Array.isArray(main.raw.vedtak) ? [...main.path, 'vedtak'] : [...main.path, 'id']);
  for (const row of table) {
    const partyText = row.kind === 'hf' ? `@party.hf` : `@party.kommune`;
    const params = { party: partyText, name: row.kind === 'hf' ? row.name : kommuneStem(row.name), number: row.party, version, document: adoption.documentTitle, adopted: row.version ?? '', date: row.date ?? '' };
    if (row.status === 'rejected') issues.push({ ruleId: requirement.id, messageId: 'adoption.rejected', params, target: pathTarget(row.path!, 'value'), severity: 'error' });
    else if (row.status === 'not-adopted') issues.push({ ruleId: requirement.id, messageId: 'adoption.not-adopted', params, hintId: 'hint.adopt', target: at, severity: requirement.severity });
    else if (row.status === 'older-version') issues.push({ ruleId: requirement.id, messageId: 'adoption.older-version', params, hintId: 'hint.adopt', target: pathTarget(row.path!, 'value'), severity: requirement.severity });
  }
  const councils = table.filter((r) => r.kind === 'kommune');
  const hf = table.find((r) => r.kind === 'hf');
  const adoptedCouncils = councils.filter((r) => r.status === 'adopted').length;
  const detail = {
    id: 'detail.adoption',
    params: { adopted: adoptedCouncils, total: councils.length, version, hf: hf ? (hf.status === 'adopted' ? '@detail.adoption-hf-yes' : '@detail.adoption-hf-no') : '', name: hf?.name ?? '' },
  };
  const adoptedAll = table.length > 0 && table.every((r) => r.status === 'adopted');
  const adoptedNone = table.every((r) => r.status !== 'adopted');
  return { ...base, status: adoptedAll ? 'satisfied' : adoptedNone ? 'missing' : 'partial', issues, detail, adoption };
};

/** A party's standing from its own council's (or board's) records. */
function standing(mine: RecordView[], version: string): Omit<PartyAdoptionView, 'party' | 'name' | 'kind'> {
  const latest = (rs: RecordView[]) => [...rs].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '')).at(-1);
  const current = mine.filter((r) => (r.version ?? version) === version);
  const adopted = latest(current.filter((r) => ADOPTED.has(r.outcome ?? '')));
  if (adopted) return { status: 'adopted', ...facts(adopted) };
  const rejected = latest(current.filter((r) => r.outcome === 'avvist'));
  if (rejected) return { status: 'rejected', ...facts(rejected) };
  const older = latest(mine.filter((r) => (r.version ?? version) !== version && ADOPTED.has(r.outcome ?? '')));
  if (older) return { status: 'older-version', ...facts(older) };
  return { status: 'not-adopted' };
}

function facts(r: RecordView): Omit<PartyAdoptionView, 'party' | 'name' | 'kind' | 'status'> {
  return { ...(r.version ? { version: r.version } : {}), ...(r.date ? { date: r.date } : {}), body: r.body, ...(r.caseNumber ? { caseNumber: r.caseNumber } : {}), path: r.path };
}

export type { Data };
