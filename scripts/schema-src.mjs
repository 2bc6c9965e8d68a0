// Source of schemas/avtale.schema.json, written as code so shared pieces are defined once. Run `npm run schema:sync`.
import { BODY_KINDS, CASE_KINDS, CHANGE_KIND_AREAS, DOCUMENT_KINDS } from '../src/vocabulary.mjs';

const s = (title, description, extra = {}) => ({ title, description, ...extra });
const text = (title, description, extra = {}) => s(title, description, { type: 'string', minLength: 1, ...extra });
const date = (title, description) => s(title, description, { type: 'string', format: 'date', errorMessage: 'Skriv en dato som finnes, på formen ÅÅÅÅ-MM-DD, for eksempel 2025-06-19.' });
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
  dato: date('Dato', 'Møtedatoen for vedtaket (ÅÅÅÅ-MM-DD).'),
  saksnummer: text('Saksnummer', 'Saksnummeret i partens arkiv, for eksempel "2025/1234".'),
  utfall: s('Utfall', 'Hva organet vedtok.', { enum: ['vedtatt', 'avvist', 'vedtatt-med-endringer'] }),
  versjon: text('Versjon', 'Hvilken versjon av dokumentet vedtaket gjelder. Standard er dokumentets gjeldende versjon.'),
  endring: s('Endringstype', 'Hva slags sak dette var.', { enum: changeKinds }),
  rolle: s('Rolle', 'Om dette er et vedtak (standard) eller en innstilling til et annet organ.', { enum: ['vedtak', 'innstilling'] }),
  innstilling: id('Innstilling', 'Id-en til vedtaket (innstillingen) som dette vedtaket bygger på.'),
  enstemmig: s('Enstemmig', 'Sett til true når vedtaket var enstemmig.', { type: 'boolean' }),
  merknad: text('Merknad', 'Fritekst.'),
}, ['organ', 'dato', 'utfall']);

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
  vedtatt: date('Vedtatt', 'Datoen gjeldende versjon sist ble vedtatt.'),
  i_kraft: date('I kraft', 'Datoen gjeldende versjon trådte eller trer i kraft.'),
  url: text('Nettadresse', 'Hvor dokumentet er publisert.', { format: 'uri' }),
  kommuner: list('Kommuner', 'Valgfritt: kommunenumrene (fire sifre i anførselstegn) til kommunene dokumentet selv nevner som parter. Listen sammenlignes med `parter.kommuner` i hovedfilen.', { type: 'string', pattern: '^[0-9]{4}$' }, { uniqueItems: true }),
  seksjoner: list('Seksjoner', 'Seksjonene i dokumentet som dekning kan vise til.', section),
  vedtak: list('Vedtak', 'Vedtakene om dette dokumentet: hvilket organ, hvilken part, dato og utfall.', adoption),
  merknad: text('Merknad', 'Fritekst.'),
};
const document = obj('Dokument', 'Et dokument i avtalesettet: den overordnede avtalen eller et underdokument.', documentProps, ['id', 'type', 'tittel']);
const include = obj('Inkluder fil', 'Hent dokumentet fra en egen fil. Stien er relativ til hovedfilen og må ligge i samme mappe eller en undermappe.', {
  inkluder: text('Fil', 'Relativ sti til en dokumentfil, for eksempel `dokumenter/ta-1.yaml`.'),
}, ['inkluder']);

const party = (title, description, extra = {}) => obj(title, description, {
  navn: text('Navn', 'Partens navn.'),
  orgnr: text('Organisasjonsnummer', 'Ni sifre, i anførselstegn.', { pattern: '^[0-9]{9}$', errorMessage: 'Organisasjonsnummeret skal være ni sifre i anførselstegn, for eksempel "999999001".' }),
  ...extra,
}, ['navn']);

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
  niva: s('Nivå', 'Hvilket nivå organet er på.', { enum: ['politisk', 'strategisk', 'faglig', 'administrativt', 'part'] }),
  part: text('Part', 'For partens egne organer: kommunenummeret eller `hf`.'),
  sammensetning: list('Sammensetning', 'Plasser og rettigheter per gruppe.', obj('Gruppe', 'En gruppe medlemmer.', {
    gruppe: s('Gruppe', 'Hvem gruppen representerer.', { enum: ['kommuner', 'hf', 'fastleger', 'brukerrepresentanter', 'andre'] }),
    plasser: s('Plasser', 'Antall plasser.', { type: 'integer', minimum: 0 }),
    rettigheter: list('Rettigheter', 'Hva medlemmene i gruppen kan gjøre i møtene.', { enum: ['stemme', 'tale', 'forslag', 'observator'] }, { uniqueItems: true }),
  }, ['gruppe', 'plasser'])),
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
  innstilling_fra: id('Innstilling fra', 'Organet som må gi innstilling før vedtaket.'),
  enstemmig: s('Enstemmig', 'true når vedtaket må være enstemmig.', { type: 'boolean' }),
  hjemmel: ref,
  merknad: text('Merknad', 'Fritekst.'),
}, ['dokumenttyper', 'endringer', 'vedtas_av']);

const agreementMeta = obj('Avtalen', 'Opplysninger om avtalesettet som helhet.', {
  id: id('Avtale-id', 'En kort id for avtalesettet.'),
  tittel: text('Tittel', 'Avtalens tittel.'),
  versjon: text('Versjon', 'Gjeldende versjon, for eksempel "2025".'),
  maalform: s('Målform', 'Hvilken målform avtalen er skrevet på: `nb` (bokmål) eller `nn` (nynorsk).', { enum: ['nb', 'nn'] }),
  helsefellesskap: text('Helsefellesskap', 'Navnet på helsefellesskapet, hvis avtalen hører til et.'),
  vedtatt: date('Vedtatt', 'Datoen gjeldende versjon sist ble vedtatt av partene.'),
  i_kraft: date('I kraft', 'Datoen gjeldende versjon trådte eller trer i kraft.'),
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
      type: s('Type', 'Hva slags medpart.', { enum: ['privat-ideelt-sykehus', 'annet'] }),
    })),
    kommuner: list('Kommuner', 'Kommunene som er part.', municipality, { minItems: 1 }),
    felles_signatarer: list('Felles signatarer', 'Et organ som signerer for flere kommuner, for eksempel et regionråd.', obj('Felles signatar', 'Signerer for flere kommuner.', {
      id: id('Id', 'En kort, unik id.'),
      navn: text('Navn', 'Navnet.'),
      kommuner: list('Kommuner', 'Kommunenumrene den signerer for.', { type: 'string', pattern: '^[0-9]{4}$' }, { minItems: 1 }),
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
