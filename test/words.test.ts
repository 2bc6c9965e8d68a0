// Words: counts agree with their noun (Intl.PluralRules) in nb, nn and en, and nynorsk uses one form for each word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, pluralCategory, t } from '../src/i18n/index.js';
import { LANGS, type Lang } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';

/** A `{name|one|other}` choice in a message template. */
const PLURAL_CHOICE = /\{([a-zA-Z]+)\|([^{}|]*)\|([^{}|]*)\}/g;
const pluralForm = (lang: Lang, count: number, forms: { one: string; other: string }) => (pluralCategory(lang, count) === 'one' ? forms.one : forms.other);

describe('plural forms', () => {
  it.each([
    ['nb', 0, 'kommuner'], ['nb', 1, 'kommune'], ['nb', 2, 'kommuner'],
    ['nn', 0, 'kommunar'], ['nn', 1, 'kommune'], ['nn', 2, 'kommunar'],
    ['en', 0, 'kommuner'], ['en', 1, 'kommune'], ['en', 21, 'kommuner'],
  ] as const)('%s %d → %s', (lang, count, want) => {
    const other = lang === 'nn' ? 'kommunar' : 'kommuner';
    expect(pluralForm(lang, count, { one: 'kommune', other })).toBe(want);
  });

  it.each([
    ['nb', 1, 'Helse Test HF og 1 kommune'], ['nb', 2, 'Helse Test HF og 2 kommuner'],
    ['nn', 1, 'Helse Test HF og 1 kommune'], ['nn', 2, 'Helse Test HF og 2 kommunar'],
    ['en', 1, 'Helse Test HF and 1 kommune'], ['en', 2, 'Helse Test HF and 2 kommuner'],
  ] as const)('t() picks the form in messages (%s, %d)', (lang, count, want) => {
    expect(t(lang, 'detail.parties', { name: 'Helse Test HF', count })).toBe(want);
  });

  it('agrees in several places of one message', () => {
    expect(t('en', 'detail.adoption', { adopted: 1, total: 1, version: '2025', hf: '' })).toBe('1 of 1 municipal council has adopted version 2025');
    expect(t('en', 'detail.adoption', { adopted: 2, total: 3, version: '2025', hf: '' })).toBe('2 of 3 municipal councils have adopted version 2025');
    expect(t('nb', 'detail.adoption', { adopted: 1, total: 1, version: '2025', hf: '' })).toBe('1 av 1 kommunestyre har vedtatt versjon 2025');
    expect(t('nb', 'schema.min-items', { field: 'kommuner', limit: 1 })).toBe('«kommuner» må ha minst 1 oppføring.');
    expect(t('nn', 'schema.min-items', { field: 'kommuner', limit: 2 })).toBe('«kommuner» må ha minst 2 oppføringar.');
  });

  it('every plural choice in a catalogue names a number the same message shows, and no message writes «(er)» or «(s)» by hand', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(catalogues[lang])) {
        const shown = new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]));
        for (const m of text.matchAll(PLURAL_CHOICE)) expect(shown.has(m[1]!), `${lang} ${key}: {${m[1]}|…} without {${m[1]}}`).toBe(true);
        if (shown.size > 0) expect(text, `${lang} ${key}`).not.toMatch(/\p{L}\((?:er|ar|r|s|e)\)/u);
      }
    }
  });

  it('a one-kommune agreement reads «og 1 kommune» in the report (nb, nn, en)', async () => {
    const want: Record<Lang, RegExp> = { nb: /Helse Stavanger HF og 1 kommune(?!r)/, nn: /Helse Stavanger HF og 1 kommune(?!r)/, en: /Helse Stavanger HF and 1 kommune(?!r)/ };
    for (const lang of LANGS) {
      const run = await runCli(['check', 'test/fixtures/rules/hol-6-2-nr2/pass.yaml', '--as-of', '2026-12-03', '--lang', lang]);
      expect(run.stdout, lang).toMatch(want[lang]);
    }
  });
});

describe('nynorsk: one form for each word, and no bokmål', () => {
  /**
   * Forms that must not appear in nynorsk text. Where nynorsk allows two forms, we chose one: blir (not vert),
   * gje/gjev (not gi/gir), grunngjeving, oppgje, arbeidsgjevar, samrøystes, tilrådd, «Ukjent», «hjå kvarandre».
   */
  const FORBIDDEN = [
    'vert', 'verte', 'gi', 'gir', 'grunngiving', 'oppgi', 'oppgir', 'arbeidsgivar\\p{L}*', 'einstemmig\\p{L}*', 'anbefal\\p{L}*', 'ukjend\\p{L}*', 'hos',
    // bokmål that leaks
    'ikke', 'hvis', 'hvordan', 'hvem', 'hva', 'hvilke\\p{L}*', 'hvor', 'fra', 'bare', 'noen', 'ennå', 'også', 'mye', 'være', 'skrevet', 'kommuner', 'mangler', 'dekket',
  ];
  /** Agreement-file keys and values («kommuner», «enstemmig: true»), English quotes and placeholders are not prose. */
  const prose = (s: string) => s.replace(/«[^»]*»/g, ' ').replace(/“[^”]*”/g, ' ').replace(/\{[^}]*\}/g, ' ');

  function nynorskTexts(): [string, string][] {
    const out: [string, string][] = Object.entries(catalogues.nn).map(([k, v]) => [`i18n ${k}`, v]);
    const walk = (o: unknown, at: string): void => {
      if (Array.isArray(o)) o.forEach((v, i) => walk(v, `${at}[${i}]`));
      else if (o && typeof o === 'object') {
        const r = o as Record<string, unknown>;
        if (typeof r.nn === 'string' && typeof r.nb === 'string') out.push([`krav.json ${at}`, r.nn]);
        for (const [k, v] of Object.entries(r)) walk(v, `${at}.${k}`);
      }
    };
    walk(JSON.parse(readFileSync(path.join(ROOT, 'schemas/krav.json'), 'utf8')), '');
    return out;
  }

  it('the nynorsk catalogue and the nynorsk texts of the requirement catalogue use none of the forbidden forms', () => {
    const hits: string[] = [];
    for (const [where, text] of nynorskTexts()) {
      for (const word of FORBIDDEN) {
        const m = prose(text).match(new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}])`, 'iu'));
        if (m) hits.push(`${where}: «${m[0]}»`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('the word list can fail: it finds a bokmål form in a nynorsk sentence', () => {
    const text = prose('Avtalen sier ikke hvem som gir «kommuner» tilgang.');
    const found = FORBIDDEN.filter((w) => new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}])`, 'iu').test(text));
    expect(found).toEqual(['gir', 'ikke', 'hvem']);
  });

  it('uses the chosen forms', () => {
    const all = nynorskTexts().map(([, v]) => v).join('\n').toLowerCase();
    for (const word of ['tilrådde', 'ukjent format', 'hjå kvarandre', 'blir', 'gje', 'grunngjeving', 'oppgje', 'arbeidsgjevar', 'samrøystes']) expect(all, word).toContain(word);
  });
});

describe('no raw ids or enum values inside sentences', () => {
  const RAW = /(?<![\p{L}-])(vesentlig-endring|mindre-endring|revisjon-rutiner|partnerskapsmote|strategisk-samarbeidsutvalg|faglig-samarbeidsutvalg|politisk-samarbeidsutvalg|administrativt-samarbeidsutvalg|hf-styre|administrerende-direktor|kommunedirektor|ordforer|byraad|saeravtale)(?![\p{L}-])/u;
  const fixtures = ['hol-6-1-delegering', 'hol-6-1-delegering-vurder', 'hol-6-1-kommunestyret-selv', 'vedtak-uten-myndighet', 'vedtak-innstilling'].map((id) => `test/fixtures/rules/${id}/fail.yaml`);

  it.each(LANGS)('messages name change kinds and document types in words (%s), outside «quoted file values»', async (lang) => {
    for (const file of [...fixtures, 'examples/nordre-trondelag/avtale.yaml']) {
      const run = await runCli(['check', file, '--as-of', '2026-12-03', '--format', 'json', '--lang', lang]);
      for (const f of (JSON.parse(run.stdout) as { findings: { ruleId: string; message: string }[] }).findings) {
        const prose = f.message.replace(/«[^»]*»/g, ' ').replace(/“[^”]*”/g, ' ');
        expect(prose, `${file} ${f.ruleId}`).not.toMatch(RAW);
      }
    }
  });

  it.each(LANGS)('a version the files do not give is said in words, never «versjon ?» (%s)', async (lang) => {
    const run = await runCli(['check', 'test/fixtures/verdicts/no-version.yaml', '--as-of', '2026-12-03', '--lang', lang]);
    expect(run.stdout).not.toMatch(/(?:versjon|version) \?/);
    expect(run.stdout).toMatch({ nb: /gjeldende versjon \(filene oppgir ikke versjonen\)/, nn: /gjeldande versjon \(filene oppgjev ikkje versjonen\)/, en: /the version in force \(the files do not give the version\)/ }[lang]);
  });
});
