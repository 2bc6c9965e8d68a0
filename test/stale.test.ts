// Stale text and upkeep rules: the term table, each term in bokmål and nynorsk, dates, amounts, revision, publication and party lists.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { check } from '../src/engine/run.js';
import { t } from '../src/i18n/index.js';
import type { Issue } from '../src/engine/issue.js';
import type { FileSystem } from '../src/load/fs.js';
import type { Data } from '../src/model.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import type { Rule } from '../src/rules/rule.js';
import { partyListMismatchRule } from '../src/rules/stale/party-list-mismatch.js';
import { publicationMissingRule } from '../src/rules/stale/publication-missing.js';
import { addYears, revisionOverdueRule } from '../src/rules/stale/revision-overdue.js';
import { staleDailyRateRule } from '../src/rules/stale/stale-daily-rate.js';
import { staleTermRule } from '../src/rules/stale/stale-term.js';
import { STALE_TERMS } from '../src/rules/utils/terms.js';
import { LANGS, type Report } from '../src/types.js';
import { AS_OF, ROOT, runCli } from './helpers/run.js';

const catalogue = loadCatalogue();
const HEAD = `avtale:
  tittel: Samarbeidsavtale
parter:
  helseforetak: { navn: Helse Test HF }
  kommuner:
    - { navn: Nordby, kommunenummer: "9901" }
    - { navn: Sørby kommune, kommunenummer: "9902" }
`;

/** Parses YAML the way the loader does (core schema: dates stay text). */
const yaml = (text: string) => parse(text, { schema: 'core' }) as Data;

/** The issues of one rule on data built from `text`. */
function run(rule: Rule, text: string, asOf = AS_OF): Issue[] {
  return rule.check({ data: yaml(text), asOf, catalogue }).map((issue) => ({ ...issue, ruleId: rule.meta.id }));
}

/** An agreement with one section whose text is `tekst` (and title `tittel`). */
function section(tekst: string, tittel = 'Samarbeid', extra = ''): string {
  return `${HEAD}${extra}dokumenter:\n  - id: hoved\n    type: overordnet\n    tittel: Overordnet samarbeidsavtale\n    seksjoner:\n      - id: "1"\n        tittel: ${JSON.stringify(tittel)}\n        tekst: ${JSON.stringify(tekst)}\n`;
}

/** A file system holding only `files` (absolute paths under /mem). */
function memory(files: Record<string, string>): FileSystem {
  const bytes = new Map(Object.entries(files).map(([p, s]) => [path.resolve('/mem', p), new TextEncoder().encode(s)]));
  const missing = (p: string) => Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  return {
    readFile: async (p) => bytes.get(p) ?? Promise.reject(missing(p)),
    stat: async (p) => (bytes.has(p) ? { isFile: true, isDirectory: false, size: bytes.get(p)!.length } : Promise.reject(missing(p))),
    realpath: async (p) => p,
  };
}

/** The report for one in-memory main file. */
async function reportOf(text: string, options: { asOf?: string; lang?: 'nb' | 'nn' | 'en' } = {}): Promise<Report> {
  const result = await check(['avtale.yaml'], { cwd: '/mem', asOf: options.asOf ?? AS_OF, lang: options.lang ?? 'nb', fs: memory({ 'avtale.yaml': text }) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.report;
}

describe('the stale-term table (src/rules/utils/terms.ts)', () => {
  it('has unique ids, a valid stale-from date, nb and nn spellings, a note and a source in every language', () => {
    expect(new Set(STALE_TERMS.map((x) => x.id)).size).toBe(STALE_TERMS.length);
    for (const term of STALE_TERMS) {
      expect(term.staleFrom, term.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(term.staleFrom)), term.id).toBe(false);
      expect(term.patterns.nb.length, term.id).toBeGreaterThan(0);
      expect(term.patterns.nn.length, term.id).toBeGreaterThan(0);
      for (const source of [...term.patterns.nb, ...term.patterns.nn, ...(term.context ?? [])]) expect(() => new RegExp(source, 'giu'), `${term.id}: ${source}`).not.toThrow();
      for (const lang of LANGS) {
        expect(term.note[lang].trim(), `${term.id} ${lang}`).not.toBe('');
        expect(term.source.name[lang].trim(), `${term.id} ${lang}`).not.toBe('');
      }
      if (term.source.url) expect(term.source.url, term.id).toMatch(/^https:\/\//);
    }
  });

  it('holds the six terms of LAW.md § 8 with the dates we rely on', () => {
    expect(Object.fromEntries(STALE_TERMS.map((x) => [x.id, [x.staleFrom, x.verified]]))).toEqual({
      fylkesmannen: ['2021-01-01', true],
      radmann: ['2019-10-01', false],
      'kommunal-medfinansiering': ['2015-01-01', true],
      'kommuneloven-27': ['2019-10-01', false],
      'pakkeforlop-psykisk-helse-rus': ['2022-10-01', true],
      'nasjonal-helse-og-sykehusplan': ['2024-01-01', true],
    });
  });
});

describe('stale-term', () => {
  const termsIn = (text: string, tittel?: string, asOf = AS_OF) => run(staleTermRule, section(text, tittel), asOf).map((i) => [i.data!.term, i.data!.found]);

  it.each([
    ['Kontakt Fylkesmannen i Vestland.', 'fylkesmannen', 'Fylkesmannen'],
    ['Fylkesmannsembetet fører tilsyn.', 'fylkesmannen', 'Fylkesmannsembetet'],
    ['Fylkesmennene får kopi.', 'fylkesmannen', 'Fylkesmennene'],
    ['Rådmannen i Nordby innstiller.', 'radmann', 'Rådmannen'],
    ['Saka går til rådmannen.', 'radmann', 'rådmannen'],
    ['Den kommunale medfinansieringen faktureres kvartalsvis.', 'kommunal-medfinansiering', 'kommunale medfinansieringen'],
    ['Kommunal medfinansiering gjeld ikkje.', 'kommunal-medfinansiering', 'Kommunal medfinansiering'],
    ['Legevakten er et samarbeid etter kommuneloven § 27.', 'kommuneloven-27', 'kommuneloven § 27'],
    ['Styret er oppretta etter kommunelova § 27.', 'kommuneloven-27', 'kommunelova § 27'],
    ['Etter koml. § 27 har styret myndighet.', 'kommuneloven-27', 'koml. § 27'],
    ['Samarbeidet er organisert etter § 27 i kommuneloven.', 'kommuneloven-27', '§ 27 i kommuneloven'],
    ['Et § 27-samarbeid driver legevakten.', 'kommuneloven-27', '§ 27-samarbeid'],
    ['Partene følger pakkeforløpene for psykisk helse og rus.', 'pakkeforlop-psykisk-helse-rus', 'pakkeforløpene'],
    ['Pakkeforløp for TSB følges.', 'pakkeforlop-psykisk-helse-rus', 'Pakkeforløp'],
    ['Jf. Nasjonal helse- og sykehusplan 2020–2023.', 'nasjonal-helse-og-sykehusplan', 'Nasjonal helse- og sykehusplan 2020–2023'],
    ['Sjå Nasjonal helse- og sjukehusplan (2020-2023).', 'nasjonal-helse-og-sykehusplan', 'Nasjonal helse- og sjukehusplan (2020-2023)'],
  ])('finds %j', (text, term, found) => {
    expect(termsIn(text)).toEqual([[term, found]]);
  });

  it.each([
    'Kontakt Statsforvalteren og statsforvaltaren.',
    'Kommunedirektøren innstiller.',
    'Byrådmannen er ikke et ord vi leter etter.',
    'Etter kommuneloven § 27-1 om internkontroll.',
    'Etter kommuneloven § 270.',
    'Partene følger pakkeforløp for kreft og hjerneslag.',
    'Pasientforløp for psykisk helse og rus.',
    'Nasjonal helse- og samhandlingsplan 2024–2027.',
    'Medfinansiering av felles stillinger deles likt.',
  ])('leaves %j alone', (text) => {
    expect(termsIn(text)).toEqual([]);
  });

  it('reads pakkeforløp as stale when the section or document title is about psykisk helse or rus', () => {
    expect(termsIn('Partene følger pakkeforløpene.', 'Psykisk helse og rus')).toEqual([['pakkeforlop-psykisk-helse-rus', 'pakkeforløpene']]);
    expect(termsIn('Partene følger pakkeforløpene.', 'Kreftbehandling')).toEqual([]);
  });

  it('reads pakkeforløp for kreft far from a psykisk-helse sentence as current', () => {
    const far = `Partene følger pakkeforløp for kreft.${' Teksten fortsetter.'.repeat(12)} Psykisk helse har egne rutiner.`;
    expect(termsIn(far)).toEqual([]);
  });

  it('honours the as-of date: a term is stale from its date, not the day before', () => {
    for (const term of STALE_TERMS) {
      const sample = { fylkesmannen: 'Fylkesmannen', radmann: 'rådmannen', 'kommunal-medfinansiering': 'kommunal medfinansiering', 'kommuneloven-27': 'kommuneloven § 27', 'pakkeforlop-psykisk-helse-rus': 'pakkeforløp for rus', 'nasjonal-helse-og-sykehusplan': 'Nasjonal helse- og sykehusplan' }[term.id]!;
      const dayBefore = new Date(Date.parse(`${term.staleFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      expect(termsIn(sample, undefined, dayBefore), `${term.id} ${dayBefore}`).toEqual([]);
      expect(termsIn(sample, undefined, term.staleFrom).map(([id]) => id), `${term.id} ${term.staleFrom}`).toEqual([term.id]);
    }
  });

  it('reports one issue per term and value, at the value, with two terms in one text as two issues', () => {
    const issues = run(staleTermRule, section('Fylkesmannen og Fylkesmannen følger Nasjonal helse- og sykehusplan.'));
    expect(issues.map((i) => [i.data!.term, i.target])).toEqual([
      ['fylkesmannen', { kind: 'path', path: ['dokumenter', 0, 'seksjoner', 0, 'tekst'], anchor: 'value' }],
      ['nasjonal-helse-og-sykehusplan', { kind: 'path', path: ['dokumenter', 0, 'seksjoner', 0, 'tekst'], anchor: 'value' }],
    ]);
  });

  it('reads every free-text value and no id, code or address', () => {
    const text = `${HEAD}  felles_signatarer:
    - { id: regionradet, navn: Regionrådet hos Fylkesmannen, kommuner: ["9901"] }
organer:
  - { id: fylkesmannen, navn: Kontaktmøte, type: annet, merknad: Rådmennene møter. }
dokumenter:
  - id: hoved
    type: overordnet
    tittel: Avtale
    url: https://fylkesmannen.example/avtale
    vedtak:
      - { organ: kommunestyre, part: "9901", dato: 2025-01-01, utfall: vedtatt, merknad: Innstilling fra rådmannen. }
samarbeidstiltak:
  - { id: t, navn: Team, ansvar: HF, arbeidsgiveransvar: HF, organisering: Fylkesmannen deltar., finansiering: Kommunal medfinansiering. }
`;
    expect(run(staleTermRule, text).map((i) => i.target.kind === 'path' && i.target.path.join('.'))).toEqual([
      'parter.felles_signatarer.0.navn',
      'organer.0.merknad',
      'dokumenter.0.vedtak.0.merknad',
      'samarbeidstiltak.0.organisering',
      'samarbeidstiltak.0.finansiering',
    ]);
  });

  it('suggests the replacement in the agreement\'s own målform', () => {
    const replacement = (extra: string, tekst = 'Fylkesmannen fører tilsyn.') => run(staleTermRule, section(tekst, 'Tilsyn', '').replace('  tittel: Samarbeidsavtale\n', `  tittel: Samarbeidsavtale\n${extra}`))[0]!.hintParams!.replacement;
    expect(replacement('')).toBe('Statsforvalteren');
    expect(replacement('  maalform: nn\n')).toBe('Statsforvaltaren');
    expect(replacement('  maalform: nb\n')).toBe('Statsforvalteren');
    // Without a målform, a nynorsk-only spelling picks the nynorsk replacement.
    expect(replacement('', 'Sjå Nasjonal helse- og sjukehusplan.')).toBe('Nasjonal helse- og samhandlingsplan 2024–2027');
  });

  it('gives the message, the replacement, the source and, for an unverified date, a caution, in every language', async () => {
    const text = section('Fylkesmannen og rådmannen møtes. Kommunal medfinansiering er omtalt.');
    const order = ['fylkesmannen', 'radmann', 'kommunal-medfinansiering'];
    const byTerm = (r: Report) => r.findings.filter((f) => f.ruleId === 'stale-term').sort((a, b) => order.indexOf(a.data!.term as string) - order.indexOf(b.data!.term as string));
    const nb = byTerm(await reportOf(text));
    expect(nb.map((f) => [f.severity, f.data!.term])).toEqual([['warning', 'fylkesmannen'], ['info', 'radmann'], ['warning', 'kommunal-medfinansiering']]);
    expect(nb[0]!.message).toBe('«Fylkesmannen» er utdatert: Fylkesmannen har hett Statsforvalteren siden 1. januar 2021.');
    expect(nb[0]!.hint).toBe('Skriv «Statsforvalteren» i stedet. Kilde: kongelig resolusjon 18. desember 2020.');
    expect(nb[1]!.hint).toContain('Skriv «kommunedirektør» i stedet. Kilde: kommuneloven § 13-1. Datoen');
    expect(nb[2]!.hint).toMatch(/^Stryk teksten/);
    for (const lang of ['nn', 'en'] as const) {
      const found = byTerm(await reportOf(text, { lang }));
      expect(found[0]!.message, lang).toContain(lang === 'nn' ? 'har heitt Statsforvaltaren' : 'has been called Statsforvalteren');
      expect(found[0]!.hint, lang).toContain(lang === 'nn' ? 'Kjelde: kongeleg resolusjon' : 'Source: Royal Decree');
    }
  });
});

describe('stale-daily-rate', () => {
  const amounts = (tekst: string, tittel = 'Betaling') => run(staleDailyRateRule, section(tekst, tittel)).map((i) => i.data!.amounts);

  it.each([
    ['Kommunen betaler kr 5 745 per døgn for utskrivningsklare pasienter.', [5745]],
    ['Døgnprisen for utskrivningsklare pasienter er 5745 kroner.', [5745]],
    ['Kommunen betaler NOK 4 885 for kvar dag pasienten er utskrivingsklar.', [4885]],
    ['Utskrivningsklare pasienter: kr. 5.745,- per døgn.', [5745]],
    ['Betaling for utskrivningsklare pasienter: 4 000,- per døgn (2012) og 5 745,- (2024).', [4000, 5745]],
  ])('finds the amount in %j', (text, want) => {
    expect(amounts(text)).toEqual([want]);
  });

  it.each([
    'Kommunen betaler den døgnprisen staten har fastsatt for utskrivningsklare pasienter.',
    'Utskrivningsklare pasienter: egenandel kr 150.',
    'Sykehuset varsler innen 24 timer når pasienten er utskrivningsklar; telefon 99 00 10 00 hele døgnet.',
    'Partene setter av kr 200 000 per år til hospitering.',
  ])('leaves %j alone', (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it('reads a rate per day in a section about discharge-ready patients, and not an amount without «døgn» or «dag»', () => {
    expect(amounts('Døgnsatsen er kr 5 745.', 'Utskrivningsklare pasienter')).toEqual([[5745]]);
    expect(amounts('Prosjektet får kr 50 000.', 'Utskrivningsklare pasienter')).toEqual([]);
  });

  it('says what to write instead', async () => {
    const f = (await reportOf(section('Kommunen betaler kr 5 745 per døgn for utskrivningsklare pasienter.'))).findings.find((x) => x.ruleId === 'stale-daily-rate')!;
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('Teksten skriver døgnprisen for utskrivningsklare pasienter som et fast beløp: kr 5 745.');
    expect(f.hint).toContain('den døgnprisen staten til enhver tid har fastsatt');
    expect(f.citation?.url).toBe('https://lovdata.no/dokument/NL/lov/2011-06-24-30/KAPITTEL_11#%C2%A711-4');
  });
});

describe('revision-overdue', () => {
  const revision = (lines: string) => `avtale:\n  tittel: Avtale\n  revisjon:\n${lines}`;
  const issues = (lines: string, asOf = AS_OF) => run(revisionOverdueRule, revision(lines), asOf).map((i) => [i.messageId, i.target.kind === 'path' && i.target.path.join('.'), i.data]);

  it('reports a next-revision date that has passed, not one that is today', () => {
    expect(issues('    neste: 2026-06-30\n')).toEqual([['stale.revision-next', 'avtale.revisjon.neste', { due: '2026-06-30' }]]);
    expect(issues('    neste: 2026-11-22\n')).toEqual([]);
  });

  it('without a next date, reports a last revision older than the interval', () => {
    expect(issues('    intervall_aar: 4\n    sist_revidert: 2021-06-19\n')).toEqual([['stale.revision-interval', 'avtale.revisjon.sist_revidert', { due: '2025-06-19', last: '2021-06-19', years: 4 }]]);
    expect(issues('    intervall_aar: 4\n    sist_revidert: 2021-06-19\n', '2025-06-19')).toEqual([]);
    expect(issues('    sist_revidert: 2016-06-16\n')).toEqual([]);
  });

  it('lets a next date the parties wrote decide over the interval', () => {
    expect(issues('    intervall_aar: 4\n    sist_revidert: 2021-06-19\n    neste: 2027-06-30\n')).toEqual([]);
  });

  it('adds years to a leap day', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('says when and as of which date', async () => {
    const f = (await reportOf(`${HEAD}dokumenter:\n  - { id: hoved, type: overordnet, tittel: Avtale }\n`.replace('  tittel: Samarbeidsavtale\n', '  tittel: Samarbeidsavtale\n  revisjon: { intervall_aar: 4, sist_revidert: 2021-06-19 }\n'))).findings.find((x) => x.ruleId === 'revision-overdue')!;
    expect(f.message).toBe('Avtalen ble sist revidert 2021-06-19 og skal revideres hvert 4. år, så neste revisjon skulle vært ferdig 2025-06-19 (sjekket per 2026-11-22).');
  });
});

describe('publication-missing', () => {
  const withMeta = (meta: string) => `avtale:\n  tittel: Avtale\n${meta}dokumenter:\n  - { id: hoved, type: overordnet, tittel: Avtale }\n`;
  const issues = (meta: string, asOf = AS_OF) => run(publicationMissingRule, withMeta(meta), asOf).map((i) => [i.messageId, i.target.kind === 'path' && i.target.path.join('.')]);

  it('reports an adopted or in-force agreement without a publication URL', () => {
    expect(issues('  vedtatt: 2025-06-19\n')).toEqual([['stale.publication-missing', 'avtale']]);
    expect(issues('  i_kraft: 2025-07-01\n  publisering: { dato: 2025-09-01 }\n')).toEqual([['stale.publication-no-url', 'avtale.publisering']]);
  });

  it('leaves a draft alone: no dates, or dates after the as-of date', () => {
    expect(issues('')).toEqual([]);
    expect(issues('  vedtatt: 2027-01-15\n')).toEqual([]);
  });

  it('reads the overarching document\'s own dates too', () => {
    const text = 'avtale:\n  tittel: Avtale\ndokumenter:\n  - { id: hoved, type: overordnet, tittel: Avtale, vedtatt: 2025-06-19 }\n';
    expect(run(publicationMissingRule, text).map((i) => i.data)).toEqual([{ since: '2025-06-19' }]);
  });

  it('is satisfied by a URL', () => {
    expect(issues('  vedtatt: 2025-06-19\n  publisering: { url: "https://helse-test.example/avtale" }\n')).toEqual([]);
  });
});

describe('party-list-mismatch', () => {
  const docs = (list: string) => `${HEAD}dokumenter:\n  - { id: hoved, type: overordnet, tittel: Avtale }\n${list}`;

  it('names the missing and the extra kommuner', () => {
    const issues = run(partyListMismatchRule, docs('  - { id: ta-5, type: tjenesteavtale, tittel: TA 5, kommuner: ["9901", "9903"] }\n'));
    expect(issues.map((i) => [i.messageId, i.params, i.data])).toEqual([
      ['stale.party-list-both', { document: 'TA 5', missing: 'Sørby kommune (9902)', extra: '9903' }, { document: 'ta-5', missing: ['9902'], extra: ['9903'] }],
    ]);
    expect(t('nb', 'stale.party-list-both', issues[0]!.params)).toBe('«TA 5» har en annen kommuneliste enn hovedfilen: Sørby kommune (9902) mangler, og 9903 er ikke part i avtalen.');
  });

  it('lets a særavtale leave kommuner out, but not add one', () => {
    expect(run(partyListMismatchRule, docs('  - { id: s, type: saeravtale, tittel: Særavtale, kommuner: ["9901"] }\n'))).toEqual([]);
    expect(run(partyListMismatchRule, docs('  - { id: s, type: saeravtale, tittel: Særavtale, kommuner: ["9901", "9999"] }\n')).map((i) => i.messageId)).toEqual(['stale.party-list-extra']);
  });

  it('compares only documents that have their own list, in any order', () => {
    expect(run(partyListMismatchRule, docs('  - { id: a, type: tjenesteavtale, tittel: A }\n  - { id: b, type: tjenesteavtale, tittel: B, kommuner: ["9902", "9901"] }\n'))).toEqual([]);
  });

  it('points into the included document file', async () => {
    const result = await check(['avtale.yaml'], {
      cwd: '/mem',
      asOf: AS_OF,
      fs: memory({
        'avtale.yaml': docs('  - inkluder: dokumenter/ta-5.yaml\n'),
        'dokumenter/ta-5.yaml': 'dokument:\n  id: ta-5\n  type: tjenesteavtale\n  tittel: TA 5\n  kommuner: ["9901"]\n',
      }),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const f = result.report.findings.find((x) => x.ruleId === 'party-list-mismatch')!;
    expect([f.location.file, f.location.line, f.severity]).toEqual(['dokumenter/ta-5.yaml', 5, 'warning']);
    expect(f.message).toBe('«TA 5» nevner ikke alle kommunene som er part i avtalen: Sørby kommune (9902) mangler under «kommuner» i dokumentet.');
  });
});

describe('the bundled examples', () => {
  const ids = ['stale-term', 'stale-daily-rate', 'revision-overdue', 'publication-missing', 'party-list-mismatch'];
  it.each(['nordre-trondelag', 'eldre-2012', 'ta-3-og-5', 'nynorsk', 'helsefellesskap-ssu-fsu', 'formannskap', 'ikke-vedtatt'])('examples/%s has no stale-text finding, today or as of 2013', async (name) => {
    for (const asOf of [AS_OF, '2013-06-01']) {
      const run = await runCli(['check', `examples/${name}/avtale.yaml`, '--as-of', asOf, '--format', 'json'], ROOT);
      const r = JSON.parse(run.stdout) as Report;
      expect(r.findings.filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`), asOf).toEqual([]);
    }
  });
});
