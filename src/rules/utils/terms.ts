// The stale terms (LAW.md § 8) as data: spellings, replacement, source and the date each became stale. Correct them here.
import type { LocalText, Severity } from '../../types.js';

/** A word or phrase that was right once and is out of date from a known day. */
export interface StaleTerm {
  /** Stable id, reported as `data.term`. */
  id: string;
  /**
   * Regular-expression sources for the bokmål and the nynorsk spellings. They are matched case-insensitively with
   * the Unicode flag, from the start of a word (no letter or digit just before), so «rådmannen» and
   * «rådmannsnivået» are found and «byrådmann» is not. A text is checked against both lists whatever its målform.
   */
  patterns: { nb: readonly string[]; nn: readonly string[] };
  /**
   * When set, the term is stale only near one of these words (same pattern rules): within {@link CONTEXT_WINDOW}
   * characters in the same text, or in the title or name of an entry the text belongs to (its section, its document).
   */
  context?: readonly string[];
  /** What to write instead, in the agreement's own målform; absent when the thing no longer exists. */
  replacement?: { nb: string; nn: string };
  /** Why the term is stale, one sentence in each language. */
  note: LocalText;
  /** Where the fact comes from. */
  source: { name: LocalText; url?: string };
  /** The first day the term is stale (YYYY-MM-DD); before it the rule says nothing. */
  staleFrom: string;
  /** False when the date (or the fact) is our best reading and not checked against a source. */
  verified: boolean;
  /** Overrides the rule's severity for this term (a softer note where the old word may still be right). */
  severity?: Severity;
}

/** How far (in characters) on either side of a match a context word may be. */
export const CONTEXT_WINDOW = 150;

export const STALE_TERMS: readonly StaleTerm[] = [
  {
    id: 'fylkesmannen',
    patterns: { nb: ['fylkesm(?:ann|enn)\\p{L}*'], nn: ['fylkesm(?:ann|enn)\\p{L}*'] },
    replacement: { nb: 'Statsforvalteren', nn: 'Statsforvaltaren' },
    note: {
      nb: 'Fylkesmannen har hett Statsforvalteren siden 1. januar 2021.',
      nn: 'Fylkesmannen har heitt Statsforvaltaren sidan 1. januar 2021.',
      en: 'The county governor (Fylkesmannen) has been called Statsforvalteren since 1 January 2021.',
    },
    source: {
      name: { nb: 'kongelig resolusjon 18. desember 2020', nn: 'kongeleg resolusjon 18. desember 2020', en: 'Royal Decree of 18 December 2020' },
      url: 'https://www.regjeringen.no/no/aktuelt/kongen-i-statsrad-har-i-dag-vedtatt-endringer-i-sentrale-instrukser-som-folge-av-innforing-av-kjonnsnoytral-tittel-pa-fylkesmannen/id2891733/',
    },
    staleFrom: '2021-01-01',
    verified: true,
  },
  {
    id: 'radmann',
    patterns: { nb: ['rådm(?:ann|enn)\\p{L}*'], nn: ['rådm(?:ann|enn)\\p{L}*'] },
    replacement: { nb: 'kommunedirektør', nn: 'kommunedirektør' },
    note: {
      nb: 'Kommuneloven av 2018 kaller lederen av administrasjonen kommunedirektør. Kommunestyret kan likevel vedta en annen tittel, så «rådmann» kan være riktig der kommunen fortsatt bruker den.',
      nn: 'Kommunelova av 2018 kallar leiaren av administrasjonen kommunedirektør. Kommunestyret kan likevel vedta ein annan tittel, så «rådmann» kan vere rett der kommunen framleis brukar han.',
      en: 'The 2018 Local Government Act calls the head of the administration kommunedirektør. A council may still choose another title, so “rådmann” can be right where the kommune still uses it.',
    },
    source: {
      name: { nb: 'kommuneloven § 13-1', nn: 'kommunelova § 13-1', en: 'Local Government Act section 13-1' },
      url: 'https://lovdata.no/lov/2018-06-22-83/%C2%A713-1',
    },
    // The 2018 act applied from when each new council was constituted in the autumn of 2019; the day varies.
    staleFrom: '2019-10-01',
    verified: false,
    severity: 'info',
  },
  {
    id: 'kommunal-medfinansiering',
    patterns: { nb: ['kommunal(?:e)?\\s+medfinansiering\\p{L}*'], nn: ['kommunal(?:e|a)?\\s+medfinansiering\\p{L}*'] },
    note: {
      nb: 'Kommunal medfinansiering av spesialisthelsetjenesten ble avviklet 1. januar 2015.',
      nn: 'Kommunal medfinansiering av spesialisthelsetenesta vart avvikla 1. januar 2015.',
      en: 'Municipal co-financing of specialist health services was abolished on 1 January 2015.',
    },
    source: { name: { nb: 'Prop. 1 S (2014–2015) for Helse- og omsorgsdepartementet', nn: 'Prop. 1 S (2014–2015) for Helse- og omsorgsdepartementet', en: 'Prop. 1 S (2014–2015), Ministry of Health and Care Services' } },
    staleFrom: '2015-01-01',
    verified: true,
  },
  {
    id: 'kommuneloven-27',
    patterns: {
      nb: [
        '(?:kommunelov(?:en|ens)?|koml\\.?)\\s*(?:\\(?(?:av\\s+)?1992\\)?\\s*)?§\\s*27(?!\\p{N})(?!\\s*-\\s*\\p{N})',
        '§\\s*27\\s+i\\s+(?:den\\s+gamle\\s+)?kommuneloven',
        '§\\s*27-(?:samarbeid|styre|selskap)\\p{L}*',
      ],
      nn: [
        '(?:kommunelov(?:a|as)?|koml\\.?)\\s*(?:\\(?(?:av\\s+)?1992\\)?\\s*)?§\\s*27(?!\\p{N})(?!\\s*-\\s*\\p{N})',
        '§\\s*27\\s+i\\s+(?:den\\s+gamle\\s+)?kommunelova',
        '§\\s*27-(?:samarbeid|styre|selskap)\\p{L}*',
      ],
    },
    replacement: {
      nb: 'kommuneloven kapittel 18 eller 19 (interkommunalt politisk råd eller kommunalt oppgavefellesskap)',
      nn: 'kommunelova kapittel 18 eller 19 (interkommunalt politisk råd eller kommunalt oppgåvefellesskap)',
    },
    note: {
      nb: '§ 27 i kommuneloven av 1992 er opphevet; samarbeid som var organisert etter den, organiseres nå etter kommuneloven av 2018.',
      nn: '§ 27 i kommunelova av 1992 er oppheva; samarbeid som var organisert etter han, blir no organisert etter kommunelova av 2018.',
      en: 'Section 27 of the 1992 Local Government Act is repealed; cooperation organised under it is now organised under the 2018 act.',
    },
    source: {
      name: { nb: 'Veileder om interkommunalt samarbeid (Kommunal- og distriktsdepartementet)', nn: 'Rettleiar om interkommunalt samarbeid (Kommunal- og distriktsdepartementet)', en: 'Guide to inter-municipal cooperation (Ministry of Local Government and Regional Development)' },
      url: 'https://www.regjeringen.no/no/dokumenter/veileder-om-interkommunalt-samarbeid/id2998121/?ch=6',
    },
    // The 1992 act gave way when the new councils were constituted in the autumn of 2019; the day varies.
    staleFrom: '2019-10-01',
    verified: false,
  },
  {
    id: 'pakkeforlop-psykisk-helse-rus',
    patterns: { nb: ['pakkeforløp\\p{L}*'], nn: ['pakkeforløp\\p{L}*'] },
    // Pakkeforløp for kreft and hjerneslag keep the name; only the forløp for psykisk helse og rus were renamed.
    context: ['psykisk\\p{L}*', 'psykiatri\\p{L}*', 'psykose\\p{L}*', 'rus\\p{L}*', 'TSB', 'ROP', 'avhengighe\\p{L}*', 'spiseforstyrr\\p{L}*'],
    replacement: { nb: 'pasientforløp (nasjonale pasientforløp for psykisk helse og rus)', nn: 'pasientforløp (nasjonale pasientforløp for psykisk helse og rus)' },
    note: {
      nb: 'Pakkeforløpene for psykisk helse og rus heter nasjonale pasientforløp fra oktober 2022.',
      nn: 'Pakkeforløpa for psykisk helse og rus heiter nasjonale pasientforløp frå oktober 2022.',
      en: 'The standardised care pathways (pakkeforløp) for mental health and substance use have been called nasjonale pasientforløp since October 2022.',
    },
    source: {
      name: { nb: 'Helse- og omsorgsdepartementet, «Pakkeforløp psykisk helse og rus endrar namn» (2022)', nn: 'Helse- og omsorgsdepartementet, «Pakkeforløp psykisk helse og rus endrar namn» (2022)', en: 'Ministry of Health and Care Services, “Pakkeforløp psykisk helse og rus endrar namn” (2022)' },
      url: 'https://www.regjeringen.no/no/aktuelt/pakkeforlop-psykisk-helse-og-rus-endrar-namn/id2927994/',
    },
    // The renamed pathways were published on 30 September 2022 and apply in the services from 1 January 2023.
    staleFrom: '2022-10-01',
    verified: true,
  },
  {
    id: 'nasjonal-helse-og-sykehusplan',
    patterns: {
      nb: ['nasjonal(?:e)?\\s+helse-\\s*og\\s+sykehusplan\\p{L}*(?:\\s*\\(?\\s*20\\d\\d\\s*[–—-]\\s*(?:20)?\\d\\d\\s*\\)?)?'],
      nn: ['nasjonal(?:e)?\\s+helse-\\s*og\\s+sjukehusplan\\p{L}*(?:\\s*\\(?\\s*20\\d\\d\\s*[–—-]\\s*(?:20)?\\d\\d\\s*\\)?)?'],
    },
    replacement: { nb: 'Nasjonal helse- og samhandlingsplan 2024–2027', nn: 'Nasjonal helse- og samhandlingsplan 2024–2027' },
    note: {
      nb: 'Nasjonal helse- og sykehusplan gjaldt til og med 2023 og er avløst av Nasjonal helse- og samhandlingsplan 2024–2027.',
      nn: 'Nasjonal helse- og sjukehusplan galdt til og med 2023 og er avløyst av Nasjonal helse- og samhandlingsplan 2024–2027.',
      en: 'The National Health and Hospital Plan ran until the end of 2023 and has been replaced by the National Health and Collaboration Plan 2024–2027.',
    },
    source: {
      name: { nb: 'Meld. St. 9 (2023–2024) Nasjonal helse- og samhandlingsplan 2024–2027', nn: 'Meld. St. 9 (2023–2024) Nasjonal helse- og samhandlingsplan 2024–2027', en: 'Meld. St. 9 (2023–2024), National Health and Collaboration Plan 2024–2027' },
      url: 'https://www.regjeringen.no/no/tema/helse-og-omsorg/innsikt/nasjonal-helse-og-samhandlingsplan/id3027015/',
    },
    staleFrom: '2024-01-01',
    verified: true,
  },
];
