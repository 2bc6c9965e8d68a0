// A hand-built report for formatter tests: includes a pipe, a newline and æøå in user-controlled text.
import type { Report } from '../../src/types.js';

const loc = (file: string, line: number, column = 3) => ({ file, line, column, endLine: line, endColumn: column + 5 });
const hol = (nr: number) => ({ law: 'helse- og omsorgstjenesteloven', ref: `§ 6-2 første ledd nr. ${nr}`, url: 'https://lovdata.no/dokument/NL/lov/2011-06-24-30/KAPITTEL_6#%C2%A76-2' });

export function sampleReport(): Report {
  return {
    reportVersion: 1,
    tool: { name: 'avtalesjekk', version: '0.0.0-test' },
    lang: 'nb',
    asOf: '2026-11-22',
    failOn: 'error',
    agreements: [{
      file: 'avtaler/øst|vest.yaml',
      title: 'Samarbeidsavtale | Helse Øst-Vest HF og kommunene\nrevidert',
      version: '2025',
      files: ['avtaler/øst|vest.yaml', 'avtaler/dokumenter/ta-3-5.yaml'],
      counts: { satisfied: 1, partial: 1, missing: 1, 'not-yet-in-force': 1, suppressed: 0, 'not-checked': 0, total: 4 },
    }],
    requirements: [
      {
        id: 'hol-6-2-nr3', agreement: 'avtaler/øst|vest.yaml', title: 'Innleggelse i sykehus', status: 'satisfied', severity: 'error', citation: hol(3), verified: true,
        coverage: [{ documentId: 'ta-3-5', documentTitle: 'Innleggelse | utskrivning', documentNumber: 'TA 3 og 5', sectionId: '2', sectionTitle: 'Innlegging', elements: ['somatikk'], location: loc('avtaler/øst|vest.yaml', 20), documentLocation: loc('avtaler/dokumenter/ta-3-5.yaml', 9) }],
        missingElements: [], notRelevant: [], detail: '6 av 6 anbefalte elementer',
      },
      {
        id: 'hol-6-2-nr5', agreement: 'avtaler/øst|vest.yaml', title: 'Utskrivningsklare pasienter', status: 'partial', severity: 'error', citation: hol(5), verified: true,
        coverage: [{ documentId: 'ta-3-5', documentTitle: 'Innleggelse | utskrivning', documentNumber: 'TA 3 og 5', sectionId: '4', elements: ['varsling-innleggelse'], location: loc('avtaler/øst|vest.yaml', 24), documentLocation: loc('avtaler/dokumenter/ta-3-5.yaml', 14) }],
        missingElements: ['helg-og-hoytid'], notRelevant: [], detail: '6 av 7 anbefalte elementer',
      },
      { id: 'hol-6-2-nr8', agreement: 'avtaler/øst|vest.yaml', title: 'Jordmortjenester', status: 'missing', severity: 'error', citation: hol(8), verified: true, coverage: [], missingElements: [], notRelevant: [], detail: 'ingen dekning' },
      { id: 'hol-6-2-nr12', agreement: 'avtaler/øst|vest.yaml', title: 'Felles planlegging', status: 'not-yet-in-force', severity: 'error', citation: hol(12), verified: false, coverage: [], missingElements: [], notRelevant: [], detail: 'i kraft fra 2022-08-01' },
    ],
    adoption: [{
      agreement: 'avtaler/øst|vest.yaml', documentId: 'hoved', documentTitle: 'Overordnet | avtale', version: '2025', adopted: 1, total: 3, healthTrustAdopted: true,
      summary: '1 av 3 kommunestyrer har vedtatt versjon 2025; styret i Helse Øst-Vest HF har vedtatt den',
      parties: [
        { party: '3401', name: 'Kongsvinger', kind: 'kommune', status: 'adopted', version: '2025', date: '2025-06-19', body: 'kommunestyre', caseNumber: '2025/1|2', location: loc('avtaler/øst|vest.yaml', 30) },
        { party: '3403', name: 'Hamar', kind: 'kommune', status: 'rejected', version: '2025', date: '2025-06-20', body: 'kommunestyre', location: loc('avtaler/øst|vest.yaml', 31) },
        { party: '3405', name: 'Lillehammer', kind: 'kommune', status: 'not-adopted' },
        { party: 'hf', name: 'Helse Øst-Vest HF', kind: 'hf', status: 'adopted', version: '2025', date: '2025-05-28', body: 'hf-styre', caseNumber: '25/41', location: loc('avtaler/øst|vest.yaml', 33) },
      ],
    }],
    findings: [
      { ruleId: 'hol-6-2-nr8', severity: 'error', message: '§ 6-2 første ledd nr. 8 (Jordmortjenester) er ikke dekket av noe dokument.', hint: 'Legg til en oppføring under «dekning:»\nmed «krav: hol-6-2-nr8».', location: loc('avtaler/øst|vest.yaml', 18, 1), citation: hol(8) },
      { ruleId: 'hol-6-2-nr5', severity: 'warning', message: 'Dekket, men mangler «Helg og høytid» | <b>ikke</b> *fet*.', location: loc('avtaler/øst|vest.yaml', 24), citation: hol(5) },
      { ruleId: 'schema', severity: 'info', message: 'Ukjent felt «tittle».', hint: 'Mente du «tittel»?', location: loc('avtaler/dokumenter/ta-3-5.yaml', 4) },
    ],
    suppressed: [
      { ruleId: 'hol-6-2-nr9', severity: 'warning', message: 'Nr. 9 | IKT er delvis dekket.', location: loc('avtaler/øst|vest.yaml', 40), reason: 'Behandles i ny IKT-avtale\nhøsten 2026 (æøå).', suppressedBy: loc('avtaler/øst|vest.yaml', 39) },
    ],
    counts: { error: 1, warning: 1, info: 1 },
    exitCode: 1,
  };
}
