// `avtalesjekk endring`: classification of every change kind, the agreement's own change rules, who must adopt, exit codes and formats.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diff } from '../src/diff/run.js';
import { CHANGE_KIND_IDS, REASON_IDS, type ChangeClass } from '../src/diff/kinds.js';
import type { Change, ChangeReport } from '../src/diff/types.js';
import { DIFF_FORMATS } from '../src/format/diff.js';
import { catalogues } from '../src/i18n/index.js';
import { compareAgreements, loadAgreementSet } from '../src/index.js';
import type { FileSystem } from '../src/load/fs.js';
import { LANGS } from '../src/types.js';
import { AS_OF, ROOT, runCli } from './helpers/run.js';

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/endring.schema.json'), 'utf8')) as object);

const OLD = 'examples/endring/v2024/avtale.yaml';
const NEW = 'examples/endring/v2025/avtale.yaml';

/** The 1-based line of the only line in a file that contains `needle`. */
function lineOf(file: string, needle: string): number {
  const hits = readFileSync(path.join(ROOT, file), 'utf8').split('\n').flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  expect(hits, `${file}: ${needle}`).toHaveLength(1);
  return hits[0]!;
}

// A small agreement set written in one file, for changing one thing at a time.
const BASE = {
  avtale: {
    tittel: 'Samarbeidsavtale mellom Helse Test HF og kommunene',
    versjon: '2024',
    vedtatt: '2024-06-01',
    revisjon: { intervall_aar: 4, sist_revidert: '2024-06-01', neste: '2028-06-01' },
    varighet: { hjemmel: { dokument: 'avtale', seksjon: '8' }, oppsigelsesfrist_maaneder: 12 },
    publisering: { url: 'https://test.example/avtale', dato: '2024-06-10' },
  },
  parter: {
    helseforetak: { navn: 'Helse Test HF', orgnr: '999999901' },
    kommuner: [
      { navn: 'Åsen', kommunenummer: '9991' },
      { navn: 'Bø', kommunenummer: '9992' },
    ],
  },
  organer: [
    { id: 'psu', navn: 'PSU', type: 'politisk-samarbeidsutvalg', sammensetning: [{ gruppe: 'kommuner', plasser: 2 }] },
    { id: 'asu', navn: 'ASU', type: 'administrativt-samarbeidsutvalg' },
  ],
  vedtaksmyndighet: [
    { dokumenttyper: ['overordnet', 'retningslinje'], endringer: ['ny', 'vesentlig-endring', 'oppsigelse'], vedtas_av: ['kommunestyre', 'hf-styre'], hjemmel: { dokument: 'avtale', seksjon: '5' } },
    { dokumenttyper: ['handlingsplan'], endringer: ['ny', 'vesentlig-endring', 'mindre-endring'], vedtas_av: ['psu'], innstilling_fra: 'asu' },
    { dokumenttyper: ['retningslinje'], endringer: ['revisjon-rutiner'], vedtas_av: ['asu'] },
    { dokumenttyper: ['overordnet'], endringer: ['mindre-endring'], vedtas_av: ['psu'], innstilling_fra: 'asu' },
  ],
  dokumenter: [
    {
      id: 'avtale',
      type: 'overordnet',
      tittel: 'Samarbeidsavtale',
      versjon: '2024',
      seksjoner: [
        { id: '4', tittel: 'Oppgaver', tekst: 'Hvem gjør hva.' },
        { id: '5', tittel: 'Hvem vedtar hva', tekst: 'Kommunestyrene vedtar.' },
        { id: '8', tittel: 'Varighet', tekst: 'Tolv måneders oppsigelse.' },
        { id: '9', tittel: 'Diverse', tekst: 'Annet.' },
      ],
    },
    {
      id: 'r1',
      type: 'retningslinje',
      nummer: 'R1',
      tittel: 'Innleggelse og utskrivning',
      url: 'https://test.example/r1',
      seksjoner: [
        { id: '3', tittel: 'Innleggelse', tekst: 'Rutine.' },
        { id: '3.3', tittel: 'Kontaktpunkter', tekst: 'Ring 1.' },
        { id: '6', tittel: 'Økonomi', tekst: 'Hver part betaler sitt.' },
      ],
    },
  ],
  dekning: [
    { krav: 'hol-6-2-nr1', dokument: 'avtale', seksjon: '4', elementer: ['beon-prinsipp'] },
    { krav: 'hol-6-2-nr3', dokument: 'r1', seksjon: '3', elementer: ['kontaktpunkter', 'somatikk'] },
    { krav: 'hol-6-2-nr5', dokument: 'r1', elementer: ['varsling-innleggelse'] },
  ],
  samarbeidstiltak: [
    { id: 'team', navn: 'Felles team', ansvar: 'HF', arbeidsgiveransvar: 'HF', organisering: 'Ved sykehuset', finansiering: 'HF betaler' },
  ],
};

type Agreement = typeof BASE & Record<string, unknown>;
const clone = (): Agreement => structuredClone(BASE) as Agreement;

/** An in-memory file system with the given files under /mem. */
function memFs(files: Record<string, string>): FileSystem {
  const get = (p: string) => files[path.relative('/mem', p).split(path.sep).join('/')];
  const missing = () => Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  return {
    readFile: async (p) => {
      const text = get(p);
      if (text === undefined) throw missing();
      return new TextEncoder().encode(text);
    },
    stat: async (p) => {
      const text = get(p);
      if (text === undefined) throw missing();
      return { isFile: true, isDirectory: false, size: text.length };
    },
    realpath: async (p) => {
      if (get(p) === undefined && !Object.keys(files).some((f) => f.startsWith(path.relative('/mem', p) + '/'))) throw missing();
      return p;
    },
  };
}

async function compare(before: unknown, after: unknown, lang: 'nb' | 'nn' | 'en' = 'nb'): Promise<ChangeReport> {
  const fs = memFs({ 'old/avtale.yaml': stringify(before), 'new/avtale.yaml': stringify(after) });
  const result = await diff('old/avtale.yaml', 'new/avtale.yaml', { cwd: '/mem', asOf: AS_OF, lang, fs });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

/** The one change of `kind` in a comparison of BASE with BASE changed by `edit`. */
async function changeOf(edit: (a: Agreement) => void, kind: string): Promise<Change> {
  const after = clone();
  edit(after);
  const report = await compare(BASE, after);
  const found = report.changes.filter((c) => c.kind === kind);
  expect(found, JSON.stringify(report.changes.map((c) => c.kind))).toHaveLength(1);
  return found[0]!;
}

const doc = (a: Agreement, id: string) => a.dokumenter.find((d) => d.id === id)!;
const section = (a: Agreement, docId: string, id: string) => doc(a, docId).seksjoner.find((s) => s.id === id)! as { id: string; tittel: string; tekst?: string };

describe('classification of each change kind (LAW.md § 7 defaults)', () => {
  const cases: [string, (a: Agreement) => void, string, ChangeClass, string][] = [
    ['a kommune joins', (a) => a.parter.kommuner.push({ navn: 'Cevik', kommunenummer: '9993' }), 'party-added', 'material', 'law-parties'],
    ['a kommune leaves', (a) => a.parter.kommuner.pop(), 'party-removed', 'material', 'law-parties'],
    ['a kommune changes its name', (a) => (a.parter.kommuner[1]!.navn = 'Bøherad'), 'party-renamed', 'minor', 'default-editorial'],
    ['someone else signs for a kommune', (a) => Object.assign(a.parter.kommuner[0]!, { signert_av: 'regionrådet' }), 'party-signatory', 'material', 'law-parties'],
    ['the HF changes its name', (a) => (a.parter.helseforetak.navn = 'Helse Prøve HF'), 'party-renamed', 'minor', 'default-editorial'],
    ['the notice period changes', (a) => (a.avtale.varighet.oppsigelsesfrist_maaneder = 6), 'terms-duration', 'material', 'default-terms'],
    ['the revision interval changes', (a) => (a.avtale.revisjon.intervall_aar = 2), 'terms-revision', 'material', 'default-terms'],
    ['the next revision date moves', (a) => (a.avtale.revisjon.neste = '2028-12-31'), 'terms-dates', 'minor', 'default-editorial'],
    ['a joint body gets power over guidelines', (a) => (a.vedtaksmyndighet[2]!.vedtas_av = ['psu']), 'authority-changed', 'material', 'law-authority'],
    ['a new authority rule', (a) => a.vedtaksmyndighet.push({ dokumenttyper: ['prosedyre'], endringer: ['ny'], vedtas_av: ['asu'] }), 'authority-added', 'material', 'law-authority'],
    ['an authority rule is removed', (a) => a.vedtaksmyndighet.pop(), 'authority-removed', 'material', 'law-authority'],
    ['an authority rule cites another clause', (a) => (a.vedtaksmyndighet[0]!.hjemmel = { dokument: 'avtale', seksjon: '9' }), 'authority-reference', 'minor', 'default-editorial'],
    ['a new body', (a) => a.organer.push({ id: 'fsu', navn: 'FSU', type: 'faglig-samarbeidsutvalg' }), 'body-added', 'material', 'default-governance'],
    ['a body is removed', (a) => a.organer.pop(), 'body-removed', 'material', 'default-governance'],
    ['a body gets more seats', (a) => (a.organer[0]!.sammensetning![0]!.plasser = 3), 'body-changed', 'material', 'default-governance'],
    ['a body is renamed', (a) => (a.organer[1]!.navn = 'Administrativt samarbeidsutvalg'), 'body-renamed', 'minor', 'default-editorial'],
    ['a new joint measure', (a) => a.samarbeidstiltak.push({ id: 'lms', navn: 'LMS', ansvar: 'HF', arbeidsgiveransvar: 'HF', organisering: 'Senter', finansiering: 'HF' }), 'measure-added', 'material', 'default-tasks'],
    ['a joint measure is removed', (a) => a.samarbeidstiltak.pop(), 'measure-removed', 'material', 'default-tasks'],
    ['ansvar', (a) => (a.samarbeidstiltak[0]!.ansvar = 'Kommunene'), 'measure-responsibility', 'material', 'default-tasks'],
    ['arbeidsgiveransvar', (a) => (a.samarbeidstiltak[0]!.arbeidsgiveransvar = 'Kommunene'), 'measure-employer', 'material', 'default-tasks'],
    ['organisering', (a) => (a.samarbeidstiltak[0]!.organisering = 'I kommunene'), 'measure-organisation', 'material', 'default-tasks'],
    ['finansiering', (a) => (a.samarbeidstiltak[0]!.finansiering = 'Delt likt'), 'measure-financing', 'material', 'default-money'],
    ['a joint measure is renamed', (a) => (a.samarbeidstiltak[0]!.navn = 'Felles ambulant team'), 'measure-renamed', 'minor', 'default-editorial'],
    ['an item loses all coverage', (a) => a.dekning.splice(2, 1), 'coverage-removed', 'material', 'default-coverage-removed'],
    ['an item loses an element but stays covered', (a) => (a.dekning[1]!.elementer = ['somatikk']), 'coverage-reduced', 'minor', 'default-coverage-reduced'],
    ['an item gains a document', (a) => a.dekning.push({ krav: 'hol-6-2-nr3', dokument: 'avtale', seksjon: '9', elementer: [] }), 'coverage-added', 'minor', 'default-coverage-added'],
    ['coverage of nr. 1 (division of tasks) changes', (a) => (a.dekning[0]!.seksjon = '9'), 'coverage-reduced', 'material', 'default-tasks'],
    ['a new document', (a) => a.dokumenter.push({ id: 'hp', type: 'handlingsplan', tittel: 'Handlingsplan', seksjoner: [] } as never), 'document-added', 'material', 'default-new-document'],
    ['a document is removed', (a) => a.dokumenter.splice(1, 1), 'document-removed', 'material', 'default-removal'],
    ['a document changes type', (a) => (doc(a, 'r1').type = 'prosedyre'), 'document-type', 'material', 'default-governance'],
    ['a document title', (a) => (doc(a, 'r1').tittel = 'Innleggelse, utskrivning og koordinering'), 'document-title', 'minor', 'default-editorial'],
    ['a document number', (a) => (doc(a, 'r1').nummer = 'R2'), 'document-number', 'minor', 'default-editorial'],
    ['a document version', (a) => (doc(a, 'avtale').versjon = '2025'), 'document-version', 'minor', 'default-editorial'],
    ['a document URL', (a) => (doc(a, 'r1').url = 'https://test.example/r1-2025'), 'document-url', 'minor', 'default-editorial'],
    ['a new section', (a) => doc(a, 'r1').seksjoner.push({ id: '7', tittel: 'Avvik', tekst: 'Meld avvik.' }), 'section-added', 'minor', 'default-section-added'],
    ['an uncited section is removed', (a) => doc(a, 'avtale').seksjoner.splice(3, 1), 'section-removed', 'minor', 'default-routine'],
    ['a section heading', (a) => (section(a, 'r1', '3.3').tittel = 'Kontaktpunkt'), 'section-title', 'minor', 'default-editorial'],
    ['a contact point in a routine', (a) => (section(a, 'r1', '3.3').tekst = 'Ring 2.'), 'section-text', 'minor', 'default-routine'],
    ['a spelling fix in the duration clause', (a) => (section(a, 'avtale', '8').tekst = 'Tolv månaders oppsigelse.'), 'section-text', 'minor', 'default-editorial'],
    ['a new duty and deadline in a guideline that covers a § 6-2 item', (a) => (section(a, 'r1', '3').tekst = 'Rutine. Kommunen skal svare innen to timer.'), 'section-text', 'review', 'default-content-words'],
    ['a change the check cannot place, in a guideline that covers a § 6-2 item', (a) => (section(a, 'r1', '3').tekst = 'Rutine for somatikk og psykisk helse.'), 'section-text', 'review', 'default-unrecognised'],
    ['the text that divides tasks (cited by nr. 1)', (a) => (section(a, 'avtale', '4').tekst = 'Kommunene gjør mer.'), 'section-text', 'material', 'default-tasks'],
    ['the text of a section about money', (a) => (section(a, 'r1', '6').tekst = 'Kommunene betaler alt.'), 'section-text', 'material', 'default-money'],
    ['the text the duration terms cite', (a) => (section(a, 'avtale', '8').tekst = 'Seks måneders oppsigelse.'), 'section-text', 'material', 'default-terms'],
    ['the text the authority rules cite', (a) => (section(a, 'avtale', '5').tekst = 'PSU vedtar.'), 'section-text', 'material', 'default-governance'],
    ['the agreement title', (a) => (a.avtale.tittel = 'Samarbeidsavtale 2025'), 'agreement-title', 'minor', 'default-editorial'],
    ['the agreement version', (a) => (a.avtale.versjon = '2025'), 'agreement-version', 'minor', 'default-editorial'],
    ['the publication URL', (a) => (a.avtale.publisering.url = 'https://test.example/ny'), 'agreement-publication', 'minor', 'default-editorial'],
    ['a note on the agreement', (a) => Object.assign(a.avtale, { merknad: 'Ny merknad.' }), 'agreement-metadata', 'minor', 'default-editorial'],
  ];
  it.each(cases)('%s: %s is %s (%s)', async (_name, edit, kind, classification, reason) => {
    const change = await changeOf(edit, kind);
    expect(change.classification).toBe(classification);
    expect(change.reason.id).toBe(reason);
    expect(change.reason.text).not.toBe('');
  });

  it('every change kind and every reason appears in the table above or has its own test', () => {
    const tested = new Set([...cases.map((c) => c[2]), 'measure-reference', 'measure-note', 'document-note', 'change-rules']);
    expect(CHANGE_KIND_IDS.filter((k) => !tested.has(k))).toEqual([]);
  });

  it('a new HF orgnr is a different party: removed and added', async () => {
    const after = clone();
    after.parter.helseforetak = { navn: 'Helse Ny HF', orgnr: '999999902' };
    const report = await compare(BASE, after);
    expect(report.changes.filter((c) => c.area === 'parties').map((c) => `${c.kind} ${c.classification}`).sort()).toEqual(['party-added material', 'party-removed material']);
  });

  it('removals point into the old version, other changes into the new one', async () => {
    const after = clone();
    after.parter.kommuner.pop();
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const report = await compare(BASE, after);
    const removed = report.changes.find((c) => c.kind === 'party-removed')!;
    expect(removed).toMatchObject({ side: 'old', path: ['parter', 'kommuner', 1], location: { file: 'old/avtale.yaml' }, before: 'Bø (9992)' });
    const money = report.changes.find((c) => c.kind === 'measure-financing')!;
    expect(money).toMatchObject({ side: 'new', path: ['samarbeidstiltak', 0, 'finansiering'], location: { file: 'new/avtale.yaml' }, before: 'HF betaler', after: 'Delt likt' });
    expect(money.oldLocation?.file).toBe('old/avtale.yaml');
  });

  it('material changes come first', async () => {
    const after = clone();
    after.avtale.tittel = 'Ny tittel';
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const report = await compare(BASE, after);
    expect(report.changes.map((c) => c.classification)).toEqual(['material', 'minor']);
    expect(report).toMatchObject({ classification: 'material', counts: { total: 2, material: 1, minor: 1 } });
  });
});

describe('the agreement\'s own change rules (avtale.endringsregler)', () => {
  const withRules = (rules: unknown[]) => {
    const a = clone();
    Object.assign(a.avtale, { endringsregler: rules });
    return a;
  };

  it('can make a default-material change minor, citing its clause and place', async () => {
    const before = withRules([{ omraade: 'measure-financing', klasse: 'mindre', hjemmel: { dokument: 'avtale', seksjon: '5' } }]);
    const after = withRules([{ omraade: 'measure-financing', klasse: 'mindre', hjemmel: { dokument: 'avtale', seksjon: '5' } }]);
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const change = (await compare(before, after)).changes.find((c) => c.kind === 'measure-financing')!;
    expect(change.classification).toBe('minor');
    expect(change.reason).toMatchObject({ id: 'agreement-rule', source: 'agreement', reference: 'avtale, seksjon 5', location: { file: 'old/avtale.yaml' } });
    expect(change.reason.text).toMatch(/Endringsreglene i avtalen: mindre endring/);
  });

  it('can make a default-minor change material', async () => {
    const rules = [{ omraade: 'section-text', klasse: 'vesentlig' }];
    const after = withRules(rules);
    section(after, 'r1', '3.3').tekst = 'Ring 2.';
    const change = (await compare(withRules(rules), after)).changes.find((c) => c.kind === 'section-text')!;
    expect(change).toMatchObject({ classification: 'material', reason: { id: 'agreement-rule' } });
  });

  it('cannot make a change of parties minor: the law decides, and the rule gets a warning', async () => {
    const rules = [{ omraade: 'party-added', klasse: 'mindre' }];
    const after = withRules(rules);
    after.parter.kommuner.push({ navn: 'Cevik', kommunenummer: '9993' });
    const report = await compare(withRules(rules), after);
    const change = report.changes.find((c) => c.kind === 'party-added')!;
    expect(change).toMatchObject({ classification: 'material', reason: { id: 'law-parties', source: 'law', overrideIgnored: true } });
    const warning = report.findings.find((f) => f.ruleId === 'change-override-ignored')!;
    expect(warning).toMatchObject({ severity: 'warning', location: { file: 'old/avtale.yaml' } });
  });

  it('are read from the version in force: rules written only in the new version do not apply yet', async () => {
    const after = withRules([{ omraade: 'measure-financing', klasse: 'mindre' }]);
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const report = await compare(BASE, after);
    expect(report.changes.find((c) => c.kind === 'measure-financing')!.classification).toBe('material');
    expect(report.changes.find((c) => c.kind === 'change-rules')).toMatchObject({ classification: 'material', reason: { id: 'law-authority' } });
  });

  it('other measure fields: henvisning and merknad are minor, an unknown money field is material', async () => {
    const after = clone();
    Object.assign(after.samarbeidstiltak[0]!, { henvisning: { dokument: 'r1' }, merknad: 'Evalueres i 2026.' });
    const kinds = (await compare(BASE, after)).changes.map((c) => `${c.kind} ${c.classification}`).sort();
    expect(kinds).toEqual(['measure-note minor', 'measure-reference minor']);
    const withNote = clone();
    Object.assign(doc(withNote, 'r1'), { merknad: 'Ny.' });
    expect((await compare(BASE, withNote)).changes.map((c) => `${c.kind} ${c.classification}`)).toEqual(['document-note minor']);
  });
});

describe('who must adopt', () => {
  it('a material change to the overarching agreement: every council and the HF board, by law', async () => {
    const after = clone();
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const report = await compare(BASE, after);
    const change = report.changes[0]!;
    expect(change.adoption.required).toMatchObject({ basis: 'law', adopters: [{ type: 'councils', count: 2 }, { type: 'health-trust-board' }] });
    expect(change.adoption.required.text).toBe('Alle 2 kommunestyrer og styret i Helse Test HF må vedta');
    expect(report.adoption.summary).toBe('Den nye versjonen må vedtas av alle 2 kommunestyrer og styret i Helse Test HF (loven: helse- og omsorgstjenesteloven § 6-1).');
  });

  it('a minor change to a guideline: the body the agreement empowers (ASU revises routines)', async () => {
    const after = clone();
    section(after, 'r1', '3.3').tekst = 'Ring 2.';
    const report = await compare(BASE, after);
    const change = report.changes[0]!;
    expect(change.adoption).toMatchObject({ document: { id: 'r1', type: 'retningslinje' }, changeKind: 'revisjon-rutiner', required: { basis: 'agreement', adopters: [{ type: 'body', id: 'asu', name: 'ASU' }] } });
    expect(change.adoption.required.text).toBe('ASU kan vedta');
    expect(report.adoption.summary).toBe('Etter avtalens egne regler: ASU kan vedta.');
  });

  it('a minor change to the overarching agreement: PSU on the recommendation of ASU', async () => {
    const after = clone();
    after.avtale.tittel = 'Ny tittel';
    const change = (await compare(BASE, after)).changes[0]!;
    expect(change.adoption.changeKind).toBe('mindre-endring');
    expect(change.adoption.required.text).toBe('PSU kan vedta etter innstilling fra ASU');
  });

  it('a new handlingsplan: PSU on the recommendation of ASU (ny)', async () => {
    const after = clone();
    after.dokumenter.push({ id: 'hp', type: 'handlingsplan', tittel: 'Handlingsplan', seksjoner: [] } as never);
    const change = (await compare(BASE, after)).changes.find((c) => c.kind === 'document-added')!;
    expect(change.adoption).toMatchObject({ changeKind: 'ny', required: { basis: 'agreement', recommendedBy: { id: 'asu' } } });
  });

  it('without a rule that delegates it, the parties adopt it themselves; one kommune is named', async () => {
    const before = clone();
    before.vedtaksmyndighet = [];
    before.parter.kommuner = [{ navn: 'Åsen', kommunenummer: '9991' }];
    const after = structuredClone(before);
    section(after, 'r1', '3.3').tekst = 'Ring 2.';
    const report = await compare(before, after);
    expect(report.changes[0]!.adoption.required).toMatchObject({ basis: 'parties', text: 'Kommunestyret i Åsen og styret i Helse Test HF må vedta' });
  });

  it('changing the parties or the authority rules always needs the councils, even in a guideline-only change set', async () => {
    const after = clone();
    after.vedtaksmyndighet[2]!.vedtas_av = ['psu'];
    const change = (await compare(BASE, after)).changes[0]!;
    expect(change.adoption.required.basis).toBe('law');
  });
});

describe('declared change type (avtale.endring) and exit codes', () => {
  const declare = (type: string) => {
    const a = clone();
    Object.assign(a.avtale, { versjon: '2025', endring: { type, beskrivelse: 'Test.' } });
    return a;
  };

  it('declared minor but material: exit 1, an error at the change in the new file, naming who must adopt', async () => {
    const run = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as ChangeReport;
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.ruleId)).toEqual(['change-declared-minor']);
    expect(errors[0]!.location).toMatchObject({ file: NEW, line: lineOf(NEW, 'finansiering:'), column: 5 });
    expect(errors[0]!.data).toMatchObject({ kind: 'measure-financing', related: { file: NEW, line: lineOf(NEW, 'type: mindre-endring') } });
    expect(errors[0]!.hint).toContain('alle 4 kommunestyrer og styret i Helse Fjordvik HF');
    expect(report).toMatchObject({ exitCode: 1, classification: 'material', declared: { type: 'mindre-endring' }, adoption: { sufficient: false } });
    expect(report.adoption.summary).toBe('Den nye versjonen må vedtas av alle 4 kommunestyrer og styret i Helse Fjordvik HF (loven: helse- og omsorgstjenesteloven § 6-1).');
    expect(report.declared!.adoption.text).toBe('Politisk samarbeidsutvalg (PSU) kan vedta etter innstilling fra Administrativt samarbeidsutvalg (ASU)');
  });

  it('the example pair has one material and the minor changes, located in the included files', async () => {
    const run = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--format', 'json']);
    const report = JSON.parse(run.stdout) as ChangeReport;
    expect(report.changes.map((c) => `${c.classification} ${c.kind} ${c.location.file}:${c.location.line}`)).toEqual([
      `material measure-financing ${NEW}:${lineOf(NEW, 'finansiering:')}`,
      `review section-text examples/endring/v2025/dokumenter/pasientforlop.yaml:${lineOf('examples/endring/v2025/dokumenter/pasientforlop.yaml', 'innleggelseskoordinatoren') - 1}`,
      `minor document-version examples/endring/v2025/dokumenter/pasientforlop.yaml:${lineOf('examples/endring/v2025/dokumenter/pasientforlop.yaml', 'versjon:')}`,
      `minor document-version examples/endring/v2025/dokumenter/samarbeidsavtale.yaml:${lineOf('examples/endring/v2025/dokumenter/samarbeidsavtale.yaml', 'versjon: "2025"')}`,
      `minor agreement-version ${NEW}:${lineOf(NEW, 'versjon: "2025"')}`,
    ]);
    // The new contact point in a guideline that covers a § 6-2 item is more than editorial: to be assessed, and adopted
    // as a material change of the guideline (the councils and the HF board, by the agreement's rule) until assessed.
    const contact = report.changes.find((c) => c.kind === 'section-text')!;
    expect(contact.reason.id).toBe('default-content-words');
    expect(contact.adoption.required.text).toBe('Alle 4 kommunestyrer og styret i Helse Fjordvik HF må vedta');
    expect(report.counts).toEqual({ total: 5, material: 1, minor: 3, review: 1 });
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['change-declared-minor', 'error'], ['change-declared-minor-review', 'warning']]);
  });

  it('declared vesentlig-endring covers material changes: exit 0', async () => {
    const after = declare('vesentlig-endring');
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const report = await compare(BASE, after);
    expect(report).toMatchObject({ exitCode: 0, adoption: { sufficient: true }, findings: [] });
  });

  it('declared mindre-endring with only minor changes: exit 0', async () => {
    const after = declare('mindre-endring');
    section(after, 'r1', '3.3').tekst = 'Ring 2.';
    const report = await compare(BASE, after);
    expect(report).toMatchObject({ exitCode: 0, adoption: { sufficient: true }, findings: [] });
  });

  it('declared vesentlig-endring with only minor changes: an info that a joint body could have adopted it', async () => {
    const after = declare('vesentlig-endring');
    section(after, 'r1', '3.3').tekst = 'Ring 2.';
    const report = await compare(BASE, after);
    expect(report.exitCode).toBe(0);
    expect(report.findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(['info change-declared-material']);
  });

  it('a removal under a minor declaration is reported at the declaration in the new file', async () => {
    const after = declare('mindre-endring');
    after.parter.kommuner.pop();
    const report = await compare(BASE, after);
    const f = report.findings.find((x) => x.ruleId === 'change-declared-minor')!;
    expect(f.location.file).toBe('new/avtale.yaml');
    expect(f.data).toMatchObject({ changeLocation: { file: 'old/avtale.yaml' } });
  });

  it('no declaration: a warning that suggests the type, exit 0', async () => {
    const after = clone();
    after.avtale.versjon = '2025';
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const report = await compare(BASE, after);
    expect(report.exitCode).toBe(0);
    expect(report.adoption.sufficient).toBeNull();
    const f = report.findings.find((x) => x.ruleId === 'change-undeclared')!;
    expect(f).toMatchObject({ severity: 'warning', location: { file: 'new/avtale.yaml', line: 1 } });
    expect(f.hint).toContain('vesentlig-endring');
  });

  it('an unknown change type is an error at its value', async () => {
    const report = await compare(BASE, declare('liten'));
    expect(report.exitCode).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toContain('change-declaration-invalid');
  });

  it('the same version number with new content is a warning', async () => {
    const after = clone();
    after.samarbeidstiltak[0]!.navn = 'Nytt navn';
    const report = await compare(BASE, after);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['change-undeclared', 'change-version-unchanged']);
  });

  it('the same set twice: no changes, nothing to adopt, exit 0', async () => {
    for (const args of [[OLD, OLD], [NEW, NEW]]) {
      const run = await runCli(['endring', ...args, '--as-of', AS_OF, '--format', 'json']);
      const report = JSON.parse(run.stdout) as ChangeReport;
      expect(run.code).toBe(0);
      expect(report).toMatchObject({ changes: [], classification: 'none', counts: { total: 0 }, adoption: { required: [] } });
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(report.adoption.summary).toBe('Ingen endringer mellom versjonene.');
    }
  });

  it('a missing file: exit 2 with the same message as check', async () => {
    const run = await runCli(['endring', OLD, 'examples/endring/finnes-ikke.yaml', '--as-of', AS_OF]);
    const checked = await runCli(['check', 'examples/endring/finnes-ikke.yaml', '--as-of', AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(checked.stderr);
    expect(run.stderr).toMatch(/Kunne ikke sjekke examples\/endring\/finnes-ikke\.yaml: Finner ikke filen/);
  });

  it('a file that does not parse: exit 2, naming the place', async () => {
    const fs = memFs({ 'old/avtale.yaml': stringify(BASE), 'new/avtale.yaml': 'avtale:\n  tittel: "uten slutt\n' });
    const result = await diff('old/avtale.yaml', 'new/avtale.yaml', { cwd: '/mem', asOf: AS_OF, fs });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ file: 'new/avtale.yaml', code: 'yaml', message: expect.stringMatching(/^new\/avtale\.yaml:\d+:\d+: /) });
  });

  it('a bad --as-of and a missing argument: exit 2', async () => {
    expect((await runCli(['endring', OLD, NEW, '--as-of', '2026-02-30'])).code).toBe(2);
    expect((await runCli(['endring', OLD])).code).toBe(2);
  });
});

describe('output', () => {
  it.each([
    ['nb', 'Den nye versjonen må vedtas av alle 4 kommunestyrer og styret i Helse Fjordvik HF', 'Finansieringen av samarbeidstiltaket «Ambulant team for barn og unge» er endret.', 'Vesentlige endringer (1)'],
    ['nn', 'Den nye versjonen må vedtakast av alle 4 kommunestyre og styret i Helse Fjordvik HF', 'Finansieringa av samarbeidstiltaket «Ambulant team for barn og unge» er endra.', 'Vesentlege endringar (1)'],
    ['en', 'The new version must be adopted by all 4 municipal councils and the board of Helse Fjordvik HF', 'The financing of the joint measure “Ambulant team for barn og unge” has changed.', 'Material changes (1)'],
  ])('terminal output in %s names the material change and who must adopt', async (lang, who, what, heading) => {
    const run = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--lang', lang]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(who);
    expect(run.stdout).toContain(what);
    expect(run.stdout).toContain(heading);
    expect(run.stdout).toContain('(change-declared-minor)');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('the alias diff gives the same output', async () => {
    const a = await runCli(['endring', OLD, NEW, '--as-of', AS_OF]);
    const b = await runCli(['diff', OLD, NEW, '--as-of', AS_OF]);
    expect(b).toEqual(a);
  });

  it('colour only when asked', async () => {
    expect((await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--color'])).stdout).toContain('\u001b[');
    expect((await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--no-color'], ROOT, { FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });

  it('markdown report of the example pair (nb)', async () => {
    const run = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--format', 'markdown']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatchSnapshot();
  });

  it('markdown keeps every table row on one line with the right number of cells, even with | and line breaks', async () => {
    const after = clone();
    after.samarbeidstiltak[0]!.finansiering = 'HF | kommunene\nlikt, æøå';
    after.samarbeidstiltak[0]!.ansvar = 'Kommunene';
    after.samarbeidstiltak[0]!.navn = 'Team | «Øst»\nog vest';
    const report = await compare(BASE, after);
    const md = DIFF_FORMATS.markdown(report, { lang: 'nb' });
    for (const table of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = table.split('\n');
      const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
    }
    expect(md).toContain('| HF betaler | HF \\| kommunene likt, æøå |');
    expect(md).toContain('samarbeidstiltaket «Team \\| «Øst»<br>og vest» er endret.');
  });

  it.each(LANGS)('json validates against schemas/endring.schema.json (%s)', async (lang) => {
    const run = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--format', 'json', '--lang', lang]);
    const report = JSON.parse(run.stdout) as ChangeReport;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report).toMatchObject({ diffVersion: 1, lang, asOf: AS_OF, exitCode: 1 });
  });

  it('json with removals, overrides, findings and no declaration validates too', async () => {
    const before = clone();
    Object.assign(before.avtale, { endringsregler: [{ omraade: 'party-removed', klasse: 'mindre' }, { omraade: 'measure-financing', klasse: 'mindre', hjemmel: { dokument: 'avtale' } }] });
    const after = structuredClone(before);
    after.parter.kommuner.pop();
    after.dokumenter.splice(1, 1);
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const report = await compare(before, after, 'en');
    expect(report.findings.length).toBeGreaterThan(0);
    expect(validate(JSON.parse(DIFF_FORMATS.json(report, { lang: 'en' }))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is deterministic', async () => {
    const a = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--format', 'json']);
    const b = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('refuses -o onto an input file of either version, and leaves it unchanged', async () => {
    for (const target of [NEW, 'examples/endring/v2024/dokumenter/pasientforlop.yaml']) {
      const before = readFileSync(path.join(ROOT, target), 'utf8');
      const run = await runCli(['endring', OLD, NEW, '--as-of', AS_OF, '-o', target]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/del av avtalesettet/);
      expect(readFileSync(path.join(ROOT, target), 'utf8')).toBe(before);
    }
  });

  it('-o writes the report atomically and prints nothing to stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-endring-'));
    const out = path.join(dir, 'endring.md');
    const run = await runCli(['endring', path.join(ROOT, OLD), path.join(ROOT, NEW), '--as-of', AS_OF, '-f', 'markdown', '-o', out], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Endringer mellom to versjoner/);
    expect(readdirSync(dir)).toEqual(['endring.md']);
  });
});

describe('library API and data', () => {
  it('compareAgreements works on loaded sets without the CLI', async () => {
    const fs = memFs({ 'a.yaml': stringify(BASE), 'b.yaml': stringify(BASE) });
    const load = async (f: string) => {
      const r = await loadAgreementSet(`/mem/${f}`, { fs, display: (p) => path.basename(p) });
      if (!r.ok) throw new Error(r.problem.code);
      return r.set;
    };
    const report = compareAgreements(await load('a.yaml'), await load('b.yaml'), { asOf: AS_OF, lang: 'en' });
    expect(report).toMatchObject({ diffVersion: 1, changes: [], exitCode: 0, adoption: { summary: 'No changes between the versions.' } });
  });

  it('the change kinds in the agreement schema (endringsregler.omraade) and the report schema are the ones the code knows', () => {
    const agreement = JSON.parse(readFileSync(path.join(ROOT, 'schemas/avtale.schema.json'), 'utf8')) as { else: { properties: { avtale: { properties: { endringsregler: { items: { properties: { omraade: { enum: string[] } } } } } } } } };
    expect(agreement.else.properties.avtale.properties.endringsregler.items.properties.omraade.enum).toEqual(CHANGE_KIND_IDS);
    const report = JSON.parse(readFileSync(path.join(ROOT, 'schemas/endring.schema.json'), 'utf8')) as { $defs: { change: { properties: { kind: { enum: string[] }; reason: { properties: { id: { enum: string[] } } } } } } };
    expect(report.$defs.change.properties.kind.enum).toEqual(CHANGE_KIND_IDS);
    expect(report.$defs.change.properties.reason.properties.id.enum).toEqual(REASON_IDS);
  });

  it('every change kind and reason has a message in every language', () => {
    for (const lang of LANGS) {
      for (const kind of CHANGE_KIND_IDS) expect(catalogues[lang], `${lang} ${kind}`).toHaveProperty([`diff.change.${kind}`]);
      for (const reason of REASON_IDS) expect(catalogues[lang], `${lang} ${reason}`).toHaveProperty([`diff.reason.${reason}`]);
    }
  });

  it('both example versions are valid agreement files with the declaration only in the new one', () => {
    const read = (f: string) => parse(readFileSync(path.join(ROOT, f), 'utf8')) as { avtale: { endring?: { type: string } } };
    expect(read(OLD).avtale.endring).toBeUndefined();
    expect(read(NEW).avtale.endring?.type).toBe('mindre-endring');
  });
});

describe('a kommune joining or leaving (issue 12)', () => {
  it('a kommune that joins adopts with the HF board; the other councils need not adopt again', async () => {
    const after = clone();
    after.parter.kommuner.push({ navn: 'Cevik', kommunenummer: '9993' });
    const report = await compare(BASE, after);
    const change = report.changes.find((c) => c.kind === 'party-added')!;
    expect(change.classification).toBe('material');
    expect(change.adoption.required.adopters.map((a) => [a.type, a.count ?? null])).toEqual([['councils', 1], ['health-trust-board', null]]);
    expect(change.adoption.required.text).toBe('Kommunestyret i Cevik og styret i Helse Test HF må vedta');
    expect(report.adoption.required.map((p) => p.text)).toEqual(['Kommunestyret i Cevik og styret i Helse Test HF må vedta']);
    // With a material change for everyone as well, every council adopts the new version.
    after.samarbeidstiltak[0]!.finansiering = 'Delt likt';
    const both = await compare(BASE, after);
    expect(both.adoption.required[0]!.adopters[0]!.count).toBe(3);
  });

  it('a kommune that leaves after its own termination needs no one to adopt, and gets the § 6-1 warning', async () => {
    const before = clone();
    (before.dokumenter.find((d) => d.id === 'avtale') as { vedtak?: unknown[] }).vedtak = [{ organ: 'kommunestyre', part: '9992', dato: '2025-03-01', utfall: 'vedtatt', endring: 'oppsigelse' }];
    const after = structuredClone(before);
    after.parter.kommuner.pop();
    const report = await compare(before, after, 'nn');
    const change = report.changes.find((c) => c.kind === 'party-removed')!;
    expect(change.adoption.required).toMatchObject({ basis: 'law', adopters: [] });
    expect(report.adoption.summary).toBe('Ingen andre partar må vedta: kommunen har sagt opp avtalen sjølv');
    expect(report.findings.filter((f) => f.ruleId === 'change-party-left').map((f) => [f.severity, f.location.file])).toEqual([['warning', 'old/avtale.yaml']]);
    expect(report.findings.find((f) => f.ruleId === 'change-party-left')!.message).toContain('§ 6-1');
  });

  it('a kommune removed without a termination is still every council’s decision', async () => {
    const after = clone();
    after.parter.kommuner.pop();
    const report = await compare(BASE, after);
    expect(report.changes.find((c) => c.kind === 'party-removed')!.adoption.required.adopters.map((a) => a.type)).toEqual(['councils', 'health-trust-board']);
    expect(report.findings.filter((f) => f.ruleId === 'change-party-left')).toEqual([]);
  });
});
