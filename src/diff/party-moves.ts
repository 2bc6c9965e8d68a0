// A kommune joining, or leaving after its own termination: the two party changes whose adoption is not every council's again.
import { documents, isRecord, kommuneStem, parties, records, text, type Data } from '../model.js';
import type { RawChange } from './raw.js';

export type PartyMove = { move: 'joins'; name: string; label: string } | { move: 'left'; label: string; date?: string };

/**
 * For a kommune added to or removed from `parter.kommuner`: `joins` when it is new, `left` when it is gone and its own
 * council terminated the agreement (a record with `endring: oppsigelse` in either version). Undefined otherwise.
 */
export function partyMove(raw: RawChange, oldData: Data, newData: Data): PartyMove | undefined {
  if (raw.path[0] !== 'parter' || raw.path[1] !== 'kommuner') return undefined;
  const number = raw.subject;
  if (raw.kind === 'party-added') {
    const m = parties(newData).municipalities.find((x) => x.number === number);
    const name = m?.name !== undefined ? kommuneStem(m.name) : number;
    return { move: 'joins', name, label: raw.after ?? number };
  }
  if (raw.kind !== 'party-removed') return undefined;
  for (const data of [newData, oldData]) {
    const main = documents(data).find((d) => d.type === 'overordnet');
    if (!main) continue;
    const termination = records(main).find((r) => r.party === number && r.change === 'oppsigelse' && r.outcome === 'vedtatt' && r.role === 'vedtak' && (r.body === 'kommunestyre' || r.body === 'bystyre' || bodyParty(data, r.body) === number));
    if (termination) return { move: 'left', label: raw.before ?? number, ...(termination.date ? { date: termination.date } : {}) };
  }
  return undefined;
}

function bodyParty(data: Data, id: string): string | undefined {
  const list = Array.isArray(data.organer) ? data.organer : [];
  const body = list.find((b) => isRecord(b) && text(b.id) === id);
  return isRecord(body) && (text(body.type) === 'kommunestyre' || text(body.type) === 'bystyre') ? text(body.part) : undefined;
}
