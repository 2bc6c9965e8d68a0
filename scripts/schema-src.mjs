// Source of schemas/avtale.schema.json, written as code so shared pieces are defined once. Run `npm run schema:sync`.
import { BODY_KINDS, CASE_KINDS, CHANGE_KIND_AREAS, DOCUMENT_KINDS } from '../src/vocabulary.mjs';

const s = (title, description, extra = {}) => ({ title, description, ...extra });
const text = (title, description, extra = {}) => s(title, description, { type: 'string', minLength: 1, ...extra });
const date = (title, description) => s(title, description, { type: 'string', format: 'date', errorMessage: 'Skriv en dato som finnes, på formen ÅÅÅÅ-MM-DD, for eksempel 2025-06-19.' });
// A date known to the day (checked as a real calendar day), the month (2023-10) or only the year (2019).
const FULL_DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const PARTIAL_DATE = '^[0-9]{4}(-(0[1-9]|1[0-2]))?$'; // the same text as PARTIAL_DATE_PATTERN in src/util/partial-date.ts
const partialDate = (title, description) => s(title, description, { type: 'string', if: { pattern: FULL_DATE }, then: { format: 'date' }, else: { pattern: PARTIAL_DATE } });
const id = (title, description) => text(title, description, { pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
const list = (title, description, items, extra = {}) => s(title, description, { type: 'array', items, ...extra });
const obj = (title, description, properties, required = [], extra = {}) =>
  s(title, description, { type: 'object', additionalProperties: false, required, properties, ...extra });

const documentKinds = [...DOCUMENT_KINDS];
const bodyKinds = [...BODY_KINDS];
const changeKinds = [...CASE_KINDS];

// What each change kind `avtalesjekk endring` reports means (the kinds and their order: CHANGE_KIND_AREAS in src/vocabulary.mjs).
const changeMeanings = {
  'party-added': 'En kommune, medpart eller felles signatar er ny part.',
  'party-removed': 'En part er ikke lenger med.',
  'party-signatory': 'Hvem som signerer for en part, er endret.',
  'party-renamed': 'Navn eller organisasjonsnummer for en part er endret.',
  'terms-duration': 'Varighet eller oppsigelsesfrist er endret.',
  'terms-revision': 'Revisjonsintervallet er endret.',
  'terms-dates': 'Datoer for siste og neste revisjon, eller hjemmelen for vilkårene, er endret.',
  'authority-added': 'En ny regel om vedtaksmyndighet.',
  'authority-removed': 'En regel om vedtaksmyndighet er fjernet.',
  'authority-changed': 'Hvem som vedtar, gir innstilling eller må være enstemmig, er endret.',
  'authority-reference': 'Hjemmel eller merknad for en regel om vedtaksmyndighet er endret.',
  'change-rules': 'Endringsreglene selv er endret.',
  'body-added': 'Et nytt organ.',
  'body-removed': 'Et organ er fjernet.',
  'body-changed': 'Type, nivå, sammensetning, ledelse eller mandat for et organ er endret.',
  'body-renamed': 'Navn eller merknad for et organ er endret.',
  'measure-added': 'Et nytt samarbeidstiltak.',
  'measure-removed': 'Et samarbeidstiltak er fjernet.',
  'measure-responsibility': 'Ansvaret for et samarbeidstiltak er endret.',
  'measure-employer': 'Arbeidsgiveransvaret for et samarbeidstiltak er endret.',
  'measure-organisation': 'Organiseringen av et samarbeidstiltak er endret.',
  'measure-financing': 'Finansieringen av et samarbeidstiltak er endret.',
  'measure-renamed': 'Navnet på et samarbeidstiltak er endret.',
  'measure-reference': 'Hvor i avtalen et samarbeidstiltak er beskrevet, er endret.',
  'measure-note': 'Merknaden til et samarbeidstiltak er endret.',
  'coverage-removed': 'Et lovkrav i § 6-2 er ikke lenger dekket av noe dokument.',
  'coverage-reduced': 'Et lovkrav er dekket av færre dokumenter eller elementer, men fortsatt dekket.',
  'coverage-added': 'Et lovkrav er dekket av flere dokumenter eller elementer.',
  'document-added': 'Et nytt dokument.',
  'document-removed': 'Et dokument er fjernet.',
  'document-type': 'Dokumenttypen er endret.',
  'document-title': 'Tittelen på et dokument er endret.',
  'document-number': 'Nummeret på et dokument er endret.',
  'document-version': 'Versjon, vedtaksdato eller ikrafttredelse for et dokument er endret.',
  'document-url': 'Nettadressen til et dokument er endret.',
  'document-note': 'Merknaden til et dokument er endret.',
  'section-added': 'En ny seksjon i et dokument.',
  'section-removed': 'En seksjon er fjernet.',
  'section-title': 'Overskriften på en seksjon er endret.',
  'section-text': 'Teksten i en seksjon er endret.',
  'agreement-title': 'Tittelen på avtalen er endret.',
  'agreement-version': 'Versjon, vedtaksdato eller ikrafttredelse for avtalen er endret.',
  'agreement-publication': 'Opplysningene om publisering er endret.',
  'agreement-metadata': 'Andre opplysninger om avtalen er endret.',
};
const changeAreas = Object.fromEntries(Object.keys(CHANGE_KIND_AREAS).map((kind) => {
  if (!(kind in changeMeanings)) throw new Error(`scripts/schema-src.mjs: no meaning written for the change kind ${kind}`);
  return [kind, changeMeanings[kind]];
}));
for (const kind of Object.keys(changeMeanings)) if (!(kind in CHANGE_KIND_AREAS)) throw new Error(`scripts/schema-src.mjs: ${kind} is not a change kind in src/vocabulary.mjs`);

const ref = obj('Henvisning til tekst', 'Peker på et dokument og eventuelt en seksjon i avtalesettet.', {
  dokument: id('Dokument', 'Id-en til et dokument under `dokumenter`.'),
  seksjon: text('Seksjon', 'Id-en til en seksjon i dokumentet, for eksempel "4.3".'),
}, ['dokument']);

const adoption = obj('Vedtak', 'Et vedtak om dette dokumentet (eller denne versjonen) i et organ.', {
  id: id('Vedtaks-id', 'Valgfri id, slik at et annet vedtak kan vise til dette som innstilling.'),
  organ: id('Organ', 'Id-en til et organ under `organer`, eller en organtype som `kommunestyre`, `bystyre`, `formannskap` eller `hf-styre`.'),
  part: text('Part', 'Hvilken part vedtaket gjelder: kommunenummeret (fire sifre, i anførselstegn) eller `hf` for helseforetaket.'),
  dato: partialDate('Dato', 'Møtedatoen for vedtaket (ÅÅÅÅ-MM-DD), eller bare år (2019) eller år og måned (2023-10) når det er alt som er kjent. Kan utelates når den ikke er kjent; da kan sjekken ikke regne vedtaket som gjort.'),
  saksnummer: text('Saksnummer', 'Saksnummeret i partens arkiv, for eksempel "2025/1234".'),
  utfall: s('Utfall', 'Hva organet vedtok. `ukjent`: det er ikke kjent om eller hva parten har vedtatt. `vedtatt-med-endringer` er et motforslag, ikke et vedtak av den felles teksten. `signert` og `tiltradt`: en signatar (byrådsavdeling, regionråd) har signert eller sluttet seg til, som ikke er et vedtak.', { enum: ['vedtatt', 'avvist', 'vedtatt-med-endringer', 'ukjent', 'signert', 'tiltradt'] }),
  avvik: text('Avvik', 'Ved `vedtatt-med-endringer`: hva parten endret i teksten.'),
  hastevedtak: s('Hastevedtak', 'true når vedtaket er gjort etter kommuneloven § 11-8 (hastekompetanse).', { type: 'boolean' }),
  versjon: text('Versjon', 'Hvilken versjon av dokumentet vedtaket gjelder. Standard er dokumentets gjeldende versjon.'),
  endring: s('Endringstype', 'Hva slags sak dette var.', { enum: changeKinds }),
  rolle: s('Rolle', 'Om dette er et vedtak (standard) eller en innstilling til et annet organ.', { enum: ['vedtak', 'innstilling'] }),
  innstilling: id('Innstilling', 'Id-en til vedtaket (innstillingen) som dette vedtaket bygger på.'),
  enstemmig: s('Enstemmig', 'Sett til true når vedtaket var enstemmig.', { type: 'boolean' }),
  merknad: text('Merknad', 'Fritekst.'),
}, ['organ', 'utfall'], {
  defaultSnippets: [
    { label: 'Vedtak i kommunestyret', body: { organ: 'kommunestyre', part: '${1:0000}', dato: '${2:2025-06-19}', saksnummer: '${3:2025/1}', utfall: 'vedtatt' } },
    { label: 'Vedtak som ikke er kjent', body: { organ: 'kommunestyre', part: '${1:0000}', utfall: 'ukjent' } },
    { label: 'Vedtatt med endringer (motforslag)', body: { organ: 'kommunestyre', part: '${1:0000}', dato: '${2:2025-06}', utfall: 'vedtatt-med-endringer', avvik: '${3:Hva parten endret}' } },
    { label: 'Oppsigelse', body: { organ: 'kommunestyre', part: '${1:0000}', dato: '${2:2026-03-19}', utfall: 'vedtatt', endring: 'oppsigelse' } },
    { label: 'Hastevedtak (kommuneloven § 11-8)', body: { organ: 'formannskap', part: '${1:0000}', dato: '${2:2025-06-19}', utfall: 'vedtatt', hastevedtak: true } },
    { label: 'Signatur (regionråd, byrådsavdeling)', body: { organ: '${1:regionraad}', part: '${2:0000}', dato: '${3:2025-06-20}', utfall: 'signert' } },
  ],
});

const section = obj('Seksjon', 'En seksjon (kapittel, punkt) i dokumentet.', {
  id: text('Seksjons-id', 'Nummeret eller id-en som dekning og henvisninger bruker, for eksempel "4.3.5".'),
  tittel: text('Tittel', 'Seksjonens overskrift.'),
  tekst: text('Tekst', 'Valgfritt: selve teksten eller et sammendrag.'),
}, ['id', 'tittel']);

const documentProps = {
  id: id('Dokument-id', 'En kort, unik id som dekning og henvisninger bruker, for eksempel `ta-3-5`.'),
  type: s('Dokumenttype', 'Hva slags dokument dette er. Nynorske navn skrives med bokmålsverdien: tenesteavtale → `tjenesteavtale`, retningsline → `retningslinje`.', { enum: documentKinds }),
  nummer: text('Nummer', 'Dokumentets eget nummer som fritekst, for eksempel "TA 3 og 5", "R2", "4.3.5" eller "2A".'),
  tittel: text('Tittel', 'Dokumentets tittel slik den står i avtalen.'),
  versjon: text('Versjon', 'Gjeldende versjon, for eksempel "2025" eller "3.1".'),
  vedtatt: partialDate('Vedtatt', 'Datoen gjeldende versjon sist ble vedtatt (eller bare år, eller år og måned).'),
  i_kraft: partialDate('I kraft', 'Datoen gjeldende versjon trådte eller trer i kraft (eller bare år, eller år og måned).'),
  url: text('Nettadresse', 'Hvor dokumentet er publisert.', { format: 'uri' }),
  hoerer_under: obj('Hører under', 'Dokumentet dette hviler på, og eventuelt punktet i det: en særavtale under ø-hjelpsavtalen, TA 8-1 under TA 8, en driftsavtale under punkt 4.3.5.', {
    dokument: id('Dokument', 'Id-en til dokumentet under `dokumenter`.'),
    seksjon: text('Seksjon', 'Punktet i det dokumentet, for eksempel "4.3.5".'),
  }, ['dokument']),
  tidligere_navn: list('Tidligere navn', 'Navn dokumentet har hatt før, for eksempel «Samhandlingsavtalen».', { type: 'string', minLength: 1 }),
  tidligere_versjoner: list('Tidligere versjoner', 'Versjoner som denne har erstattet.', obj('Tidligere versjon', 'En versjon som ikke lenger gjelder.', {
    versjon: text('Versjon', 'Versjonen.'),
    vedtatt: partialDate('Vedtatt', 'Når den ble vedtatt.'),
    i_kraft: partialDate('I kraft', 'Når den trådte i kraft.'),
    merknad: text('Merknad', 'Fritekst.'),
  }, ['versjon'])),
  omfang: s('Omfang', '`alle` (standard): alle kommunene i avtalen er parter. `noen`: bare kommunene under `kommuner` (særavtale, underavtale, en kommunes eget vedlegg). `per-kommune`: en mal som hver kommune signerer for seg.', { enum: ['alle', 'noen', 'per-kommune'] }),
  kommuner: list('Kommuner', 'Valgfritt: kommunenumrene (fire sifre i anførselstegn) til kommunene dokumentet selv nevner som parter. Listen sammenlignes med `parter.kommuner` i hovedfilen.', { type: 'string', pattern: '^[0-9]{4}$' }, { uniqueItems: true }),
  seksjoner: list('Seksjoner', 'Seksjonene i dokumentet som dekning kan vise til.', section),
  vedtak: list('Vedtak', 'Vedtakene om dette dokumentet: hvilket organ, hvilken part, dato og utfall.', adoption),
  merknad: text('Merknad', 'Fritekst.'),
};
const document = obj('Dokument', 'Et dokument i avtalesettet: den overordnede avtalen eller et underdokument.', documentProps, ['id', 'type', 'tittel']);
const include = obj('Inkluder fil', 'Hent dokumentet fra en egen fil. Stien er relativ til hovedfilen og må ligge i samme mappe eller en undermappe.', {
  inkluder: text('Fil', 'Relativ sti til en dokumentfil, for eksempel `dokumenter/ta-1.yaml`.'),
}, ['inkluder']);

const party = (title, description, extra = {}, schemaExtra = {}) => obj(title, description, {
  navn: text('Navn', 'Partens navn.'),
  orgnr: text('Organisasjonsnummer', 'Ni sifre, i anførselstegn.', { pattern: '^[0-9]{9}$', errorMessage: 'Organisasjonsnummeret skal være ni sifre i anførselstegn, for eksempel "999999001".' }),
  ...extra,
}, ['navn'], schemaExtra);

const municipality = obj('Kommune', 'En kommune som er part i avtalen.', {
  navn: text('Navn', 'Kommunens navn.'),
  kommunenummer: text('Kommunenummer', 'Fire sifre i anførselstegn, for eksempel "0301". Uten anførselstegn mister nummeret den første nullen.', { pattern: '^[0-9]{4}$', errorMessage: 'Kommunenummeret skal være fire sifre i anførselstegn, for eksempel "0301".' }),
  orgnr: text('Organisasjonsnummer', 'Ni sifre, i anførselstegn.', { pattern: '^[0-9]{9}$', errorMessage: 'Organisasjonsnummeret skal være ni sifre i anførselstegn, for eksempel "999999001".' }),
  signert_av: text('Signert av', 'Hvem som signerer for kommunen når det ikke er kommunen selv, for eksempel en byrådsavdeling eller `id`-en til en felles signatar.'),
}, ['navn', 'kommunenummer']);

const jointMeasure = obj('Samarbeidstiltak', 'Et tiltak partene driver sammen. Loven krever at ansvar, arbeidsgiveransvar, organisering og finansiering er avtalt.', {
  id: id('Tiltaks-id', 'En kort, unik id.'),
  navn: text('Navn', 'Tiltakets navn.'),
  henvisning: ref,
  ansvar: s('Ansvar', 'Hvem som har ansvaret for tiltaket.', { type: 'string' }),
  arbeidsgiveransvar: s('Arbeidsgiveransvar', 'Hvem som er arbeidsgiver for de ansatte i tiltaket.', { type: 'string' }),
  organisering: s('Organisering', 'Hvordan tiltaket er organisert.', { type: 'string' }),
  finansiering: s('Finansiering', 'Hvordan tiltaket finansieres og kostnadene fordeles.', { type: 'string' }),
  merknad: text('Merknad', 'Fritekst.'),
}, ['id', 'navn']);

const coverage = obj('Dekning', 'Sier hvor et lovkrav i § 6-2 er dekket: hvilket dokument, eventuelt hvilken seksjon, og hvilke anbefalte elementer teksten inneholder.', {
  krav: s('Lovkrav', 'Id-en til lovkravet, for eksempel `hol-6-2-nr5`. Se `avtalesjekk rules`.', { $ref: '#/$defs/kravId' }),
  dokument: id('Dokument', 'Id-en til dokumentet under `dokumenter` som dekker kravet.'),
  seksjon: text('Seksjon', 'Id-en til seksjonen i dokumentet, hvis dekningen er i én bestemt seksjon.'),
  elementer: list('Elementer', 'De anbefalte elementene teksten inneholder. Se `avtalesjekk explain <krav>` for listen.', { type: 'string' }, { uniqueItems: true }),
  ikke_relevant: list('Ikke relevant', 'Anbefalte elementer som ikke gjelder for dette avtalesettet, med begrunnelse.', obj('Ikke relevant element', 'Et element som ikke gjelder, med begrunnelse.', {
    element: text('Element', 'Id-en til elementet.'),
    begrunnelse: text('Begrunnelse', 'Hvorfor elementet ikke gjelder.'),
  }, ['element', 'begrunnelse'])),
  merknad: text('Merknad', 'Fritekst.'),
}, ['krav', 'dokument']);

const body = obj('Organ', 'Et organ som forbereder eller vedtar deler av avtalen.', {
  id: id('Organ-id', 'En kort, unik id, for eksempel `psu` eller `ssu`.'),
  navn: text('Navn', 'Organets navn.'),
  type: s('Organtype', 'Hva slags organ dette er.', { enum: bodyKinds }),
  niva: s('Nivå', 'Hvilket nivå organet er på. `lokalt`: områdeutvalg og lokale samarbeidsutvalg.', { enum: ['politisk', 'strategisk', 'faglig', 'administrativt', 'part', 'lokalt'] }),
  tidligere_navn: list('Tidligere navn', 'Navn organet har hatt før, for eksempel «Toppleiarforum».', { type: 'string', minLength: 1 }),
  part: text('Part', 'For partens egne organer: kommunenummeret eller `hf`.'),
  sammensetning: list('Sammensetning', 'Plasser og rettigheter per gruppe.', obj('Gruppe', 'En gruppe medlemmer.', {
    gruppe: s('Gruppe', 'Hvem gruppen representerer.', { enum: ['kommuner', 'hf', 'fastleger', 'brukerrepresentanter', 'andre'] }),
    plasser: s('Plasser', 'Antall plasser. Kan utelates når det ikke er kjent.', { type: 'integer', minimum: 0 }),
    rettigheter: list('Rettigheter', 'Hva medlemmene i gruppen kan gjøre i møtene. Utelatt: ikke kjent (ikke det samme som ingen rettigheter).', { enum: ['stemme', 'tale', 'forslag', 'observator'] }, { uniqueItems: true }),
  }, ['gruppe'])),
  ledelse: obj('Ledelse', 'Hvem som leder organet og om ledervervet går på omgang.', {
    rotasjon: s('Rotasjon', 'Hvordan ledervervet går på omgang.', { enum: ['fast', 'annethvert-aar', 'hvert-aar', 'annet'] }),
    beskrivelse: text('Beskrivelse', 'Fritekst.'),
  }),
  mandat: ref,
  merknad: text('Merknad', 'Fritekst.'),
}, ['id', 'navn', 'type']);

const authorityRule = obj('Vedtaksmyndighet', 'En regel i avtalen om hvem som vedtar hva.', {
  dokumenttyper: list('Dokumenttyper', 'Hvilke dokumenttyper regelen gjelder.', { enum: documentKinds }, { minItems: 1, uniqueItems: true }),
  endringer: list('Endringstyper', 'Hvilke slags saker regelen gjelder.', { enum: changeKinds }, { minItems: 1, uniqueItems: true }),
  vedtas_av: list('Vedtas av', 'Organene (id under `organer`, eller organtypen `kommunestyre`/`hf-styre`) som vedtar.', { type: 'string', minLength: 1 }, { minItems: 1 }),
  innstilling_fra: s('Innstilling fra', 'Organet som gir innstilling før vedtaket, eller en liste med organer (innstilling fra ett av dem er nok).', {
    anyOf: [{ type: 'string', minLength: 1, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
  }),
  innstilling: s('Innstilling', '`skal` (standard): innstillingen er påkrevd. `kan`: organet kan gi innstilling, men vedtaket er gyldig uten.', { enum: ['skal', 'kan'] }),
  enstemmig: s('Enstemmig', 'true når vedtaket må være enstemmig.', { type: 'boolean' }),
  konsensus: s('Konsensus', 'true når myndigheten bare kan brukes ved konsensus (som `enstemmig: true`), for eksempel en generell delegering «innenfor rammene partene har vedtatt».', { type: 'boolean' }),
  gyldig_fra: partialDate('Gyldig fra', 'Regelen gjelder for vedtak fra denne datoen (eller året, eller måneden).'),
  gyldig_til: partialDate('Gyldig til', 'Regelen gjelder for vedtak til og med denne datoen. Et vedtak vurderes etter regelen som gjaldt da det ble gjort.'),
  dokumenter: list('Dokumenter', 'Regelen gjelder bare disse dokumentene (id under `dokumenter`), ikke alle dokumenter av typene.', { type: 'string', minLength: 1 }, { minItems: 1, uniqueItems: true }),
  emner: list('Emner', 'Emnene regelen gjelder, som fritekst (vises i rapporten, sjekkes ikke).', { type: 'string', minLength: 1 }),
  kildevedtak: id('Kildevedtak', 'Id-en til vedtaket som ga myndigheten, for eksempel partenes vedtak av avtalen med en generell delegering.'),
  hjemmel: ref,
  merknad: text('Merknad', 'Fritekst.'),
}, ['dokumenttyper', 'endringer', 'vedtas_av'], {
  defaultSnippets: [
    { label: 'Regel med innstilling', body: { dokumenttyper: ['${1:handlingsplan}'], endringer: ['ny'], vedtas_av: ['${2:psu}'], innstilling_fra: ['${3:asu}'], innstilling: 'skal' } },
    { label: 'Regel som gjaldt en periode', body: { dokumenttyper: ['${1:retningslinje}'], endringer: ['ny', 'mindre-endring'], vedtas_av: ['${2:asu}'], gyldig_fra: '${3:2015}', gyldig_til: '${4:2019-12-31}' } },
    { label: 'Regel for bestemte dokumenter', body: { dokumenttyper: ['retningslinje'], endringer: ['mindre-endring'], vedtas_av: ['${1:fsu}'], dokumenter: ['${2:dokument-id}'] } },
    { label: 'Generell delegering ved konsensus', body: { dokumenttyper: ['${1:retningslinje}'], endringer: ['ny', 'mindre-endring'], vedtas_av: ['${2:psu}'], konsensus: true, kildevedtak: '${3:vedtak-id}' } },
  ],
});

const agreementMeta = obj('Avtalen', 'Opplysninger om avtalesettet som helhet.', {
  id: id('Avtale-id', 'En kort id for avtalesettet.'),
  tittel: text('Tittel', 'Avtalens tittel.'),
  versjon: text('Versjon', 'Gjeldende versjon, for eksempel "2025".'),
  maalform: s('Målform', 'Hvilken målform avtalen er skrevet på: `nb` (bokmål) eller `nn` (nynorsk).', { enum: ['nb', 'nn'] }),
  helsefellesskap: text('Helsefellesskap', 'Navnet på helsefellesskapet, hvis avtalen hører til et.'),
  vedtatt: partialDate('Vedtatt', 'Datoen gjeldende versjon sist ble vedtatt av partene (eller bare år, eller år og måned).'),
  i_kraft: partialDate('I kraft', 'Datoen gjeldende versjon trådte eller trer i kraft (eller bare år, eller år og måned).'),
  tidligere_navn: list('Tidligere navn', 'Navn avtalen har hatt før, for eksempel «Samhandlingsavtalen».', { type: 'string', minLength: 1 }),
  tvisteloesning: list('Tvisteløsning', 'Veien avtalen setter for uenighet, steg for steg: lokale drøftinger, et lokalt tvisteløsningsutvalg, den nasjonale tvisteløsningsnemnda.', obj('Steg', 'Ett steg i tvisteløsningen.', {
    steg: text('Steg', 'Hva som skjer i dette steget.'),
    type: s('Type', 'Hva slags steg.', { enum: ['lokalt', 'tvisteloesningsutvalg', 'nasjonal-nemnd', 'domstol', 'annet'] }),
    henvisning: ref,
  }, ['steg'])),
  revisjon: obj('Revisjon', 'Når avtalen skal revideres.', {
    intervall_aar: s('Intervall i år', 'Hvor mange år det skal gå mellom hver revisjon.', { type: 'integer', minimum: 1, maximum: 20 }),
    sist_revidert: date('Sist revidert', 'Datoen for siste revisjon.'),
    neste: date('Neste revisjon', 'Når neste revisjon skal være ferdig.'),
  }),
  varighet: obj('Varighet og oppsigelse', 'Vilkårene for iverksetting, varighet, revisjon og oppsigelse.', {
    hjemmel: ref,
    oppsigelsesfrist_maaneder: s('Oppsigelsesfrist', 'Oppsigelsesfristen i måneder, slik avtalen selv sier.', { type: 'integer', minimum: 0 }),
    gyldig_til: date('Gyldig til', 'Hvis avtalen har en sluttdato.'),
  }),
  publisering: obj('Publisering', 'Hvor og når avtalen er publisert.', {
    url: text('Nettadresse', 'Hvor hele avtalen er publisert.', { format: 'uri' }),
    dato: date('Dato', 'Når avtalen ble publisert.'),
    sendt_helsedirektoratet: date('Sendt Helsedirektoratet', 'Når lenken ble sendt til Helsedirektoratet.'),
  }),
  endring: obj('Endring i denne versjonen', 'Hva slags endring denne versjonen er, sammenlignet med forrige. `avtalesjekk endring` sjekker at det stemmer med endringene, og sier hvem som må vedta.', {
    type: s('Endringstype', 'En mindre endring kan vedtas slik avtalens egne regler sier; en vesentlig endring og en ny avtale må vedtas av hvert kommunestyre og helseforetaksstyret.', { enum: ['mindre-endring', 'vesentlig-endring', 'ny'] }),
    beskrivelse: text('Beskrivelse', 'Kort om hva som er endret og hvorfor.'),
  }, ['type']),
  endringsregler: list('Endringsregler', 'Avtalens egne regler om hva som er en vesentlig og en mindre endring. De overstyrer standardreglene i `avtalesjekk endring`, men ikke loven: endringer i hvem som er part, og i vedtaksmyndigheten, er alltid vesentlige.', obj('Endringsregel', 'Sier om en slags endring er vesentlig eller mindre etter avtalen.', {
    omraade: s('Område', 'Hvilken slags endring regelen gjelder.', { enum: Object.keys(changeAreas), markdownEnumDescriptions: Object.values(changeAreas) }),
    klasse: s('Klasse', 'Om endringen er vesentlig eller mindre etter avtalen.', { enum: ['vesentlig', 'mindre'] }),
    hjemmel: ref,
    merknad: text('Merknad', 'Fritekst.'),
  }, ['omraade', 'klasse'])),
  merknad: text('Merknad', 'Fritekst.'),
}, ['tittel']);

const mainFile = {
  avtale: agreementMeta,
  parter: obj('Parter', 'Hvem som er part i avtalen.', {
    helseforetak: party('Helseforetak', 'Helseforetaket som er part.', { rhf: text('Regionalt helseforetak', 'Det regionale helseforetaket som har plikten etter loven.') }),
    medparter: list('Medparter', 'Andre parter på spesialisthelsetjenestesiden, for eksempel private ideelle sykehus.', party('Medpart', 'En medpart.', {
      id: id('Id', 'Valgfri kort id. Med id vedtar medparten avtalen selv: vedtakene føres med `part: <id>`, og rapporten viser en rad for den.'),
      type: s('Type', 'Hva slags medpart.', { enum: ['privat-ideelt-sykehus', 'annet', 'helseforetak'] }),
    }, { defaultSnippets: [{ label: 'Medpart som vedtar selv', body: { id: '${1:medpart-id}', navn: '${2:Navn}', type: '${3|privat-ideelt-sykehus,helseforetak,annet|}' } }] })),
    kommuner: list('Kommuner', 'Kommunene som er part.', municipality, { minItems: 1 }),
    felles_signatarer: list('Felles signatarer', 'Et organ som signerer for flere kommuner, for eksempel et regionråd.', obj('Felles signatar', 'Signerer for flere kommuner.', {
      id: id('Id', 'En kort, unik id.'),
      navn: text('Navn', 'Navnet.'),
      kommuner: list('Kommuner', 'Kommunenumrene den signerer for.', { type: 'string', pattern: '^[0-9]{4}$' }, { minItems: 1 }),
      type: s('Type', 'Hva slags signatar.', { enum: ['regionraad', 'byraadsavdeling', 'annet'] }),
      organ: id('Organ', 'Id-en til signatarens organ under `organer`, når det har vedtak i avtalesettet.'),
    }, ['id', 'navn', 'kommuner'])),
  }, ['helseforetak', 'kommuner']),
  dokumenter: list('Dokumenter', 'Den overordnede avtalen og alle underdokumenter, enten skrevet her eller hentet fra egne filer med `inkluder`.', { $ref: '#/$defs/dokumentEllerInkludering' }, { minItems: 1 }),
  dekning: list('Dekning', 'Hvor hvert lovkrav i § 6-2 første ledd er dekket.', coverage),
  samarbeidstiltak: list('Samarbeidstiltak', 'Tiltak partene driver sammen (§ 6-2 andre ledd).', jointMeasure),
  organer: list('Organer', 'Organene i samarbeidet: partnerskapsmøte, SSU, FSU, PSU, ASU og andre.', body),
  vedtaksmyndighet: list('Vedtaksmyndighet', 'Avtalens egne regler om hvem som vedtar hva.', authorityRule),
};

export function buildAgreementSchema() {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://avtalesjekk.no/schemas/avtale.schema.json',
    title: 'Samarbeidsavtale (avtalesjekk)',
    description: 'Et avtalesett mellom helseforetak og kommuner etter helse- og omsorgstjenesteloven kapittel 6: hovedfilen, eller en dokumentfil som hovedfilen inkluderer.',
    type: 'object',
    if: { required: ['dokument'] },
    then: obj('Dokumentfil', 'En fil med ett dokument som hovedfilen inkluderer.', {
      $schema: { type: 'string', title: 'Skjema', description: 'Valgfri henvisning til dette skjemaet.' },
      dokument: s('Dokument', 'Dokumentet denne filen inneholder.', { $ref: '#/$defs/dokument' }),
    }, ['dokument']),
    else: obj('Hovedfil', 'Hovedfilen i et avtalesett.', {
      $schema: { type: 'string', title: 'Skjema', description: 'Valgfri henvisning til dette skjemaet.' },
      ...mainFile,
    }, ['avtale', 'parter', 'dokumenter']),
    $defs: {
      dokument: document,
      dokumentEllerInkludering: {
        title: 'Dokument eller inkludering',
        description: 'Et dokument skrevet her, eller `inkluder: <fil>` for å hente det fra en egen fil.',
        if: { type: 'object', required: ['inkluder'] },
        then: include,
        else: { $ref: '#/$defs/dokument' },
      },
      kravId: { title: 'Lovkrav-id', description: 'Id-en til et lovkrav i katalogen.', type: 'string' },
    },
  };
}
