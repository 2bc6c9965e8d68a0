// The files `avtalesjekk init` writes: a main file with a TODO entry per § 6-2 item (from the catalogue) and the overarching agreement.
import { t, type MessageId } from '../i18n/index.js';
import { citationIn, type Catalogue, type RequirementEntry } from '../requirements/catalogue.js';
import type { Lang } from '../types.js';

/** One file to write, relative to the target folder (with `/`). */
export interface ScaffoldFile {
  path: string;
  text: string;
}

export interface ScaffoldOptions {
  /** The language of the guidance comments; values are bokmål, or nynorsk for `nn`. */
  lang: Lang;
  /** The schema for the yaml-language-server modeline, relative to the target folder (or a URL). */
  schemaRef: string;
}

/** The main file's name and the overarching agreement's file. */
export const MAIN_FILE = 'avtale.yaml';
export const DOCUMENT_FILE = 'dokumenter/samarbeidsavtale.yaml';

/** The id of the overarching agreement in the scaffold, and the sections coverage entries point at. */
const AGREEMENT_ID = 'samarbeidsavtale';
const SECTION_FOR_ITEM: Record<number, string> = { 1: '3', 12: '5' };
const SECTIONS = ['parties', 'purpose', 'tasks', 'governance', 'planning', 'measures', 'incidents', 'disputes', 'terms'] as const;

/** Longest comment line, in characters. */
const WIDTH = 100;

/** The scaffold's files, in writing order. Pure: the same options give the same text. */
export function scaffold(catalogue: Catalogue, options: ScaffoldOptions): ScaffoldFile[] {
  return [
    { path: MAIN_FILE, text: mainFile(catalogue, options) },
    { path: DOCUMENT_FILE, text: documentFile(options) },
  ];
}

function mainFile(catalogue: Catalogue, { lang, schemaRef }: ScaffoldOptions): string {
  const v = valueLang(lang);
  const c = (id: MessageId, params = {}) => t(lang, id, params);
  const out: string[] = [
    `# yaml-language-server: $schema=${schemaRef}`,
    '#',
    ...comment(c('init.main.header'), ''),
    '',
    'avtale:',
    `  id: ${AGREEMENT_ID}`,
    `  tittel: ${quote(t(v, 'init.value.title'))}`,
    '  versjon: "1"',
    `  maalform: ${v}`,
    `  # vedtatt: ${c('init.date')}   # ${c('init.main.adopted')}`,
    `  # i_kraft: ${c('init.date')}`,
    `  # revisjon: { intervall_aar: 4, neste: ${c('init.date')} }`,
    ...comment(c('init.main.publication'), '  '),
    `  # publisering: { url: https://…, dato: ${c('init.date')} }`,
    '',
    ...comment(c('init.main.parties'), ''),
    'parter:',
    '  helseforetak:',
    `    navn: ${quote(t(v, 'init.value.health-trust'))}`,
    '  kommuner:',
    `    - navn: ${quote(t(v, 'init.value.municipality'))}`,
    `      kommunenummer: "0000"   # ${c('init.main.number')}`,
    `    # - { navn: ${t(v, 'init.value.municipality-example')}, kommunenummer: "0000" }`,
    ...comment(c('init.main.co-parties'), '  '),
    '  # medparter:',
    '  #   - { id: diakon, navn: …, type: privat-ideelt-sykehus }',
    '  # felles_signatarer:',
    '  #   - { id: regionradet, navn: …, type: regionraad, kommuner: ["0000"] }',
    '',
    ...comment(c('init.main.bodies'), ''),
    'organer:',
    '  - id: ssu',
    `    navn: ${quote(t(v, 'init.value.body'))}`,
    '    type: strategisk-samarbeidsutvalg',
    '    niva: strategisk',
    `    sammensetning:   # ${c('init.main.seats')}`,
    '      - { gruppe: kommuner, plasser: 4, rettigheter: [stemme, tale, forslag] }',
    '      - { gruppe: hf, plasser: 4, rettigheter: [stemme, tale, forslag] }',
    '      - { gruppe: fastleger, plasser: 1, rettigheter: [stemme, tale, forslag] }',
    '      - { gruppe: brukerrepresentanter, plasser: 2, rettigheter: [stemme, tale, forslag] }',
    '    ledelse:',
    '      rotasjon: annethvert-aar',
    `    mandat: { dokument: ${AGREEMENT_ID}, seksjon: "4" }`,
    '',
    ...comment(c('init.main.authority'), ''),
    'vedtaksmyndighet:',
    '  - dokumenttyper: [overordnet]',
    '    endringer: [ny, vesentlig-endring, oppsigelse]',
    '    vedtas_av: [kommunestyre, hf-styre]',
    `    hjemmel: { dokument: ${AGREEMENT_ID}, seksjon: "4" }`,
    ...comment(c('init.main.authority-example'), '  '),
    '  # - dokumenttyper: [prosedyre]',
    '  #   endringer: [ny, mindre-endring, revisjon-rutiner]',
    '  #   vedtas_av: [ssu]',
    ...comment(c('init.main.authority-more'), '  '),
    '  # - dokumenttyper: [handlingsplan]',
    '  #   endringer: [ny]',
    '  #   vedtas_av: [ssu]',
    '  #   innstilling_fra: [asu, fsu]',
    '  #   innstilling: kan',
    '  #   gyldig_fra: "2020"',
    '  #   gyldig_til: 2024-06-30',
    '  #   dokumenter: [handlingsplan-2025]',
    '',
    ...comment(c('init.main.documents'), ''),
    'dokumenter:',
    `  - inkluder: ${DOCUMENT_FILE}`,
    '  # - inkluder: dokumenter/ta-3-5.yaml',
    '',
    ...comment(c('init.main.coverage'), ''),
    'dekning: []',
  ];
  for (const r of catalogue.requirements.filter((x) => x.kind === 'coverage')) out.push('', ...coverageTodo(catalogue, r, lang));

  const measures = catalogue.requirements.find((r) => r.kind === 'joint-measures');
  if (measures) {
    const ref = citationIn(catalogue, measures.citation, lang).ref;
    out.push('', ...comment(`${measures.title[lang]} (${ref}). ${measures.summary[lang]}`, ''), ...comment(c('init.main.measures'), ''));
    out.push('# samarbeidstiltak:', '#   - id: ambulant-team', `#     navn: ${t(v, 'init.value.measure')}`, `#     henvisning: { dokument: ${AGREEMENT_ID}, seksjon: "6" }`);
    for (const field of measures.fields ?? []) out.push(`#     ${field}: …`);
  }
  return out.join('\n') + '\n';
}

/** A commented coverage entry for one § 6-2 item, with what the item asks and its recommended elements. */
function coverageTodo(catalogue: Catalogue, r: RequirementEntry, lang: Lang): string[] {
  const citation = citationIn(catalogue, r.citation, lang);
  const section = r.item !== undefined ? SECTION_FOR_ITEM[r.item] : undefined;
  const elements = r.elements ?? [];
  const out = [
    ...comment(`TODO ${citation.ref}: ${r.title[lang]}.`, '  '),
    ...comment(r.summary[lang], '  ', '  '),
    ...comment(`${t(lang, 'init.main.elements')}: ${elements.map((e) => `${e.id} (${e.title[lang]}${e.since ? `, ${t(lang, 'init.main.since', { date: e.since })}` : ''})`).join('; ')}.`, '  ', '  '),
    `  # - krav: ${r.id}`,
    section ? `  #   dokument: ${AGREEMENT_ID}` : `${`  #   dokument: ta-${r.item ?? r.id}`.padEnd(32)}# ${t(lang, 'init.main.document-id')}`,
    section ? `  #   seksjon: "${section}"` : `${'  #   seksjon: "1"'.padEnd(32)}# ${t(lang, 'init.main.section')}`,
    `  #   elementer: [${elements.map((e) => e.id).join(', ')}]`,
  ];
  return out;
}

function documentFile({ lang, schemaRef }: ScaffoldOptions): string {
  const v = valueLang(lang);
  const c = (id: MessageId) => t(lang, id);
  const ref = /^[a-z]+:/i.test(schemaRef) || schemaRef.startsWith('/') ? schemaRef : `../${schemaRef}`;
  const out = [
    `# yaml-language-server: $schema=${ref}`,
    '#',
    ...comment(c('init.document.header'), ''),
    'dokument:',
    `  id: ${AGREEMENT_ID}`,
    '  type: overordnet',
    '  nummer: Del 1',
    `  tittel: ${quote(t(v, 'init.value.title'))}`,
    '  versjon: "1"',
    `  # vedtatt: ${c('init.date')}`,
    `  # i_kraft: ${c('init.date')}`,
    '  # url: https://…',
    '  seksjoner:',
    ...SECTIONS.map((s, i) => `    - { id: "${i + 1}", tittel: ${quote(t(v, `init.section.${s}`))} }`),
    ...comment(c('init.document.adoption'), '  '),
    '  # vedtak:',
    `  #   - { organ: kommunestyre, part: "0000", dato: ${c('init.date')}, saksnummer: "2025/1", utfall: vedtatt }`,
    `  #   - { organ: hf-styre, part: hf, dato: ${c('init.date')}, saksnummer: "25/1", utfall: vedtatt }`,
    ...comment(c('init.document.adoption-more'), '  '),
    '  #   - { organ: kommunestyre, part: "0000", utfall: ukjent }',
    '  #   - { organ: kommunestyre, part: "0000", dato: 2025-06, utfall: vedtatt-med-endringer, avvik: … }',
    `  #   - { organ: kommunestyre, part: "0000", dato: ${c('init.date')}, utfall: vedtatt, endring: oppsigelse }`,
    `  #   - { organ: formannskap, part: "0000", dato: ${c('init.date')}, utfall: vedtatt, hastevedtak: true }`,
    `  #   - { organ: regionraad, part: "0000", dato: ${c('init.date')}, utfall: signert }`,
  ];
  return out.join('\n') + '\n';
}

/** Values are written in bokmål, or in nynorsk when asked; English guidance still gets Norwegian values. */
function valueLang(lang: Lang): Lang {
  return lang === 'nn' ? 'nn' : 'nb';
}

/** A YAML double-quoted string. */
function quote(text: string): string {
  return JSON.stringify(text);
}

/** `text` as comment lines of at most WIDTH characters, each `<indent># <lead>`; a newline in `text` starts a new line. */
function comment(text: string, indent: string, lead = ''): string[] {
  const prefix = `${indent}# ${lead}`;
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && prefix.length + line.length + 1 + word.length > WIDTH) {
        out.push(prefix + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    out.push((prefix + line).trimEnd());
  }
  return out;
}
