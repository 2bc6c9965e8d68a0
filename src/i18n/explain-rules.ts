// `avtalesjekk explain` for the rules that are not requirements: what triggers each, an example, and how to fix it.
import type { LocalText } from '../types.js';

/** One rule's explanation; the example is YAML (keys are bokmål in every language), so it is the same in all three. */
function rule(trigger: LocalText, example: string, fix: LocalText) {
  return { trigger, example: { nb: example, nn: example, en: example }, fix };
}

/** Per rule id: trigger, example, fix. Read by explainRule; a test checks that every such rule has all three. */
export const RULE_EXPLANATIONS: Record<string, { trigger: LocalText; example: LocalText; fix: LocalText }> = {
  'yaml-syntax': rule(
    { nb: 'Filen er ikke gyldig YAML, så den kan ikke leses: et kolon uten mellomrom etter, et kolon inne i en verdi, et anførselstegn som ikke lukkes, eller feil innrykk.', nn: 'Fila er ikkje gyldig YAML, så ho kan ikkje lesast: eit kolon utan mellomrom etter, eit kolon inne i ein verdi, eit hermeteikn som ikkje blir lukka, eller feil innrykk.', en: 'The file is not valid YAML and cannot be read: a colon without a space after it, a colon inside a value, an unclosed quote, or wrong indentation.' },
    'avtale:\n  tittel:Samarbeidsavtale          # feil: mangler mellomrom etter kolon\n  tittel: "Avtale: del 1"          # riktig: kolon i verdien, i anførselstegn',
    { nb: 'Rett linjen funnet peker på (og linjene rett over). Sett verdier med kolon i anførselstegn, og bruk like mange mellomrom for nøkler på samme nivå.', nn: 'Rett linja funnet peikar på (og linjene rett over). Set verdiar med kolon i hermeteikn, og bruk like mange mellomrom for nøklar på same nivå.', en: 'Fix the line the finding points at (and the lines just above). Quote values that contain a colon, and indent keys at the same level by the same number of spaces.' },
  ),
  'yaml-duplicate-key': rule(
    { nb: 'Samme nøkkel står to ganger i samme blokk; YAML tillater det ikke, og den ene verdien ville blitt borte.', nn: 'Same nøkkel står to gonger i same blokk; YAML tillèt det ikkje, og den eine verdien ville blitt borte.', en: 'The same key appears twice in one mapping; YAML does not allow it, and one of the values would be lost.' },
    'avtale:\n  tittel: Samarbeidsavtale\n  tittel: Samarbeidsavtale 2025   # feil: «tittel» står to ganger',
    { nb: 'Slå sammen de to linjene til én, eller gi den ene riktig nøkkel.', nn: 'Slå saman dei to linjene til éi, eller gi den eine rett nøkkel.', en: 'Merge the two lines into one, or give one of them the right key.' },
  ),
  'yaml-tab-indent': rule(
    { nb: 'En linje er rykket inn med tabulator. YAML krever mellomrom.', nn: 'Ei linje er rykt inn med tabulator. YAML krev mellomrom.', en: 'A line is indented with a tab. YAML requires spaces.' },
    'parter:\n\tkommuner: []    # feil: tabulator\nparter:\n  kommuner: []    # riktig: to mellomrom',
    { nb: 'Bytt tabulatoren med mellomrom (to per nivå). De fleste editorer kan gjøre det for hele filen.', nn: 'Byt tabulatoren med mellomrom (to per nivå). Dei fleste editorar kan gjere det for heile fila.', en: 'Replace the tab with spaces (two per level). Most editors can do this for the whole file.' },
  ),
  'yaml-version': rule(
    { nb: 'Filen starter med «%YAML 1.1» (eller en annen versjon enn 1.2). Filen leses likevel etter YAML 1.2, der for eksempel «yes» er tekst og ikke sann.', nn: 'Fila startar med «%YAML 1.1» (eller ein annan versjon enn 1.2). Fila blir likevel lesen etter YAML 1.2, der til dømes «yes» er tekst og ikkje sann.', en: 'The file starts with “%YAML 1.1” (or a version other than 1.2). It is still read as YAML 1.2, where for example “yes” is text, not true.' },
    '%YAML 1.1      # advarsel\n---\navtale:\n  tittel: Samarbeidsavtale',
    { nb: 'Fjern linjen, eller skriv «%YAML 1.2».', nn: 'Fjern linja, eller skriv «%YAML 1.2».', en: 'Remove the line, or write “%YAML 1.2”.' },
  ),
  'yaml-multiple-documents': rule(
    { nb: 'Filen har flere YAML-dokumenter skilt med «---». En avtalefil skal ha ett.', nn: 'Fila har fleire YAML-dokument skilde med «---». Ei avtalefil skal ha eitt.', en: 'The file holds several YAML documents separated by “---”. An agreement file holds one.' },
    'avtale:\n  tittel: Samarbeidsavtale\n---                      # feil: et dokument til\ndokument:\n  id: ta-3',
    { nb: 'Flytt innholdet inn i det første dokumentet, eller legg det i en egen fil og inkluder den med «- inkluder: dokumenter/ta-3.yaml».', nn: 'Flytt innhaldet inn i det første dokumentet, eller legg det i ei eiga fil og inkluder henne med «- inkluder: dokumenter/ta-3.yaml».', en: 'Move the content into the first document, or put it in a file of its own and include it with “- inkluder: dokumenter/ta-3.yaml”.' },
  ),
  'yaml-alias-limit': rule(
    { nb: 'Filen bruker mer enn 100 aliaser («*navn»). Grensen hindrer at en liten fil blåses opp til en enorm mengde data.', nn: 'Fila brukar meir enn 100 aliasar («*namn»). Grensa hindrar at ei lita fil blir blåsen opp til ei enorm mengd data.', en: 'The file uses more than 100 aliases (“*name”). The limit stops a small file from expanding into a huge amount of data.' },
    'samarbeidstiltak:\n  - { id: a, ansvar: &begge Begge parter }\n  - { id: b, ansvar: *begge }   # ett alias; over 100 i én fil er for mange',
    { nb: 'Skriv verdiene ut der de brukes i stedet for å peke til dem med alias.', nn: 'Skriv verdiane ut der dei blir brukte i staden for å peike til dei med alias.', en: 'Write the values out where they are used instead of pointing to them with aliases.' },
  ),
  'yaml-too-deep': rule(
    { nb: 'Data er nøstet mer enn 64 nivåer dypt. Ingen avtale trenger det; ofte er det et innrykk som har løpt løpsk.', nn: 'Data er nøsta meir enn 64 nivå djupt. Inga avtale treng det; ofte er det eit innrykk som har løpe løpsk.', en: 'Data is nested more than 64 levels deep. No agreement needs that; usually indentation has run away.' },
    'samarbeidstiltak:\n  - { a: { b: { c: [ [ [ [ ... ] ] ] ] } } }   # feil: over 64 nivåer',
    { nb: 'Flat ut strukturen slik skjemaet viser (avtalesjekk schema), og sjekk innrykket.', nn: 'Flat ut strukturen slik skjemaet viser (avtalesjekk schema), og sjekk innrykket.', en: 'Flatten the structure as the schema shows (avtalesjekk schema), and check the indentation.' },
  ),
  schema: rule(
    { nb: 'Innholdet passer ikke filformatet: et ukjent felt (ofte en skrivefeil), et felt som mangler, eller en verdi av feil slag (tekst der det skal være en liste, en ukjent type).', nn: 'Innhaldet passar ikkje filformatet: eit ukjent felt (ofte ein skrivefeil), eit felt som manglar, eller ein verdi av feil slag (tekst der det skal vere ei liste, ein ukjend type).', en: 'The content does not fit the file format: an unknown field (often a typo), a missing field, or a value of the wrong kind (text where a list belongs, an unknown type).' },
    'dekking:                 # feil: feltet heter «dekning»\n  - krav: hol-6-2-nr1\n    dokument: hovedavtale',
    { nb: 'Følg forslaget i funnet («Mente du …?»). Nøklene er alltid på bokmål. «avtalesjekk schema» viser alle felt; med skjemaet i editoren ser du feilen mens du skriver.', nn: 'Følg framlegget i funnet («Meinte du …?»). Nøklane er alltid på bokmål. «avtalesjekk schema» viser alle felt; med skjemaet i editoren ser du feilen medan du skriv.', en: 'Follow the suggestion in the finding (“Did you mean …?”). Keys are always in bokmål. “avtalesjekk schema” shows every field; with the schema in your editor you see the error as you type.' },
  ),
  'number-as-text': rule(
    { nb: 'Et nummer som skal være tekst (kommunenummer, organisasjonsnummer, versjon, saksnummer) er skrevet som et tall. YAML leser da 0301 som 301 og mister nullen foran.', nn: 'Eit nummer som skal vere tekst (kommunenummer, organisasjonsnummer, versjon, saksnummer) er skrive som eit tal. YAML les då 0301 som 301 og mistar nullen framfor.', en: 'A number that must be text (kommunenummer, organisation number, version, case number) is written as a number. YAML then reads 0301 as 301 and loses the leading zero.' },
    'kommuner:\n  - { navn: Oslo, kommunenummer: 0301 }     # feil\n  - { navn: Oslo, kommunenummer: "0301" }   # riktig',
    { nb: 'Sett verdien i anførselstegn, med nullen foran.', nn: 'Set verdien i hermeteikn, med nullen framfor.', en: 'Put the value in quotes, with its leading zero.' },
  ),
  'invalid-date': rule(
    { nb: 'En dato finnes ikke eller er ikke skrevet som ÅÅÅÅ-MM-DD (for eksempel 2025-02-30 eller 19.06.2025).', nn: 'Ein dato finst ikkje eller er ikkje skriven som ÅÅÅÅ-MM-DD (til dømes 2025-02-30 eller 19.06.2025).', en: 'A date does not exist or is not written as YYYY-MM-DD (for example 2025-02-30 or 19.06.2025).' },
    'avtale:\n  vedtatt: 19.06.2025    # feil\n  vedtatt: 2025-06-19    # riktig',
    { nb: 'Skriv datoen som ÅÅÅÅ-MM-DD, og sjekk at dagen finnes.', nn: 'Skriv datoen som ÅÅÅÅ-MM-DD, og sjekk at dagen finst.', en: 'Write the date as YYYY-MM-DD, and check that the day exists.' },
  ),
  'include-outside': rule(
    { nb: 'En «inkluder:»-sti peker ut av mappen hovedfilen ligger i (med «..» eller en absolutt sti). Da kunne avtalesettet lese filer utenfor avtalen.', nn: 'Ein «inkluder:»-sti peikar ut av mappa hovudfila ligg i (med «..» eller ein absolutt sti). Då kunne avtalesettet lese filer utanfor avtalen.', en: 'An “inkluder:” path points out of the main file’s folder (with “..” or an absolute path), which would let the set read files outside the agreement.' },
    'dokumenter:\n  - inkluder: ../felles/ta-3.yaml    # feil: utenfor mappen\n  - inkluder: dokumenter/ta-3.yaml   # riktig',
    { nb: 'Flytt filen inn i mappen (eller en undermappe) og bruk en relativ sti.', nn: 'Flytt fila inn i mappa (eller ei undermappe) og bruk ein relativ sti.', en: 'Move the file into the folder (or a subfolder) and use a relative path.' },
  ),
  'include-not-found': rule(
    { nb: 'Filen en «inkluder:»-linje peker på finnes ikke eller kan ikke leses.', nn: 'Fila ei «inkluder:»-linje peikar på finst ikkje eller kan ikkje lesast.', en: 'The file an “inkluder:” line points at does not exist or cannot be read.' },
    'dokumenter:\n  - inkluder: dokumenter/ta-3-5.yml   # feil hvis filen heter ta-3-5.yaml',
    { nb: 'Sjekk stavemåten og endelsen; stien er relativ til mappen hovedfilen ligger i.', nn: 'Sjekk stavemåten og endinga; stien er relativ til mappa hovudfila ligg i.', en: 'Check the spelling and the extension; the path is relative to the main file’s folder.' },
  ),
  'include-cycle': rule(
    { nb: 'Filer inkluderer hverandre i ring (a inkluderer b, som inkluderer a).', nn: 'Filer inkluderer kvarandre i ring (a inkluderer b, som inkluderer a).', en: 'Files include each other in a ring (a includes b, which includes a).' },
    '# dokumenter/a.yaml\ndokument:\n  id: a\n  inkluder: b.yaml    # og b.yaml inkluderer a.yaml',
    { nb: 'La bare hovedfilen inkludere dokumentfilene.', nn: 'La berre hovudfila inkludere dokumentfilene.', en: 'Let only the main file include the document files.' },
  ),
  'include-duplicate': rule(
    { nb: 'Samme fil er inkludert mer enn én gang i avtalesettet; den leses bare én gang.', nn: 'Same fil er inkludert meir enn éin gong i avtalesettet; ho blir lesen berre éin gong.', en: 'The same file is included more than once in the set; it is read only once.' },
    'dokumenter:\n  - inkluder: dokumenter/ta-3.yaml\n  - inkluder: dokumenter/ta-3.yaml   # advarsel: to ganger',
    { nb: 'Fjern den ekstra linjen.', nn: 'Fjern den ekstra linja.', en: 'Remove the extra line.' },
  ),
  'include-not-document': rule(
    { nb: 'En inkludert fil er ikke en dokumentfil: den starter ikke med «dokument:» (kanskje er det en hovedfil med «avtale:»).', nn: 'Ei inkludert fil er ikkje ei dokumentfil: ho startar ikkje med «dokument:» (kanskje er det ei hovudfil med «avtale:»).', en: 'An included file is not a document file: it does not start with “dokument:” (perhaps it is a main file with “avtale:”).' },
    '# dokumenter/ta-3.yaml\ndokument:\n  id: ta-3\n  type: tjenesteavtale\n  tittel: Tjenesteavtale 3',
    { nb: 'La filen starte med «dokument:» og inneholde ett dokument (id, type, tittel), eller fjern inkluderingen.', nn: 'La fila starte med «dokument:» og innehalde eitt dokument (id, type, tittel), eller fjern inkluderinga.', en: 'Start the file with “dokument:” holding one document (id, type, tittel), or remove the include.' },
  ),
  'include-limit': rule(
    { nb: 'Avtalesettet inkluderer mer enn 500 filer. Grensen hindrer at et feilaktig oppsett leser en hel disk.', nn: 'Avtalesettet inkluderer meir enn 500 filer. Grensa hindrar at eit feilaktig oppsett les ein heil disk.', en: 'The set includes more than 500 files. The limit stops a faulty setup from reading a whole disk.' },
    'dokumenter:\n  - inkluder: dokumenter/ta-1.yaml\n  # … flere enn 500 slike linjer',
    { nb: 'Del avtalesettet i flere, eller slå sammen små dokumentfiler.', nn: 'Del avtalesettet i fleire, eller slå saman små dokumentfiler.', en: 'Split the set into several, or merge small document files.' },
  ),
  'document-not-included': rule(
    { nb: 'En dokumentfil («dokument:» øverst) ligger i mappen som sjekkes, men ingen hovedfil inkluderer den. Den blir da ikke sjekket, og en glemt tjenesteavtale kunne blitt stille borte.', nn: 'Ei dokumentfil («dokument:» øvst) ligg i mappa som blir sjekka, men inga hovudfil inkluderer henne. Ho blir då ikkje sjekka, og ei gløymd tenesteavtale kunne blitt stille borte.', en: 'A document file (“dokument:” at the top) is in the folder being checked, but no main file includes it. It is then not checked, and a forgotten service agreement could silently vanish.' },
    'dokumenter:\n  - inkluder: dokumenter/ta-3.yaml\n  - inkluder: dokumenter/ta-14.yaml   # linjen som manglet',
    { nb: 'Legg til linjen funnet foreslår under «dokumenter:» i hovedfilen, eller flytt filen ut av mappen hvis den ikke hører til avtalen.', nn: 'Legg til linja funnet føreslår under «dokumenter:» i hovudfila, eller flytt fila ut av mappa viss ho ikkje høyrer til avtalen.', en: 'Add the line the finding suggests under “dokumenter:” in the main file, or move the file out of the folder if it is not part of the agreement.' },
  ),
  todo: rule(
    { nb: 'En verdi starter fortsatt med TODO, en plassholder slik «avtalesjekk init» skriver dem.', nn: 'Ein verdi startar framleis med TODO, ein plasshaldar slik «avtalesjekk init» skriv dei.', en: 'A value still starts with TODO, a placeholder as “avtalesjekk init” writes them.' },
    'avtale:\n  tittel: TODO skriv tittelen          # feil\n  tittel: Samarbeidsavtale 2025         # riktig',
    { nb: 'Skriv inn den virkelige teksten.', nn: 'Skriv inn den verkelege teksten.', en: 'Write the real text.' },
  ),
  'suppression-invalid': rule(
    { nb: 'En «# avtalesjekk-ignore»-kommentar mangler regel eller begrunnelse, og undertrykker derfor ingenting.', nn: 'Ein «# avtalesjekk-ignore»-kommentar manglar regel eller grunngjeving, og undertrykkjer difor ingenting.', en: 'An “# avtalesjekk-ignore” comment lacks a rule or a reason, so it suppresses nothing.' },
    '# avtalesjekk-ignore hol-6-2-nr8                      # feil: mangler begrunnelse\n# avtalesjekk-ignore hol-6-2-nr8: Egen jordmoravtale   # riktig',
    { nb: 'Skriv «# avtalesjekk-ignore <regel>: <begrunnelse>».', nn: 'Skriv «# avtalesjekk-ignore <regel>: <grunngjeving>».', en: 'Write “# avtalesjekk-ignore <rule>: <reason>”.' },
  ),
  'suppression-unknown-rule': rule(
    { nb: 'En «# avtalesjekk-ignore»-kommentar nevner en regel som ikke finnes (ofte en skrivefeil).', nn: 'Ein «# avtalesjekk-ignore»-kommentar nemner ein regel som ikkje finst (ofte ein skrivefeil).', en: 'An “# avtalesjekk-ignore” comment names a rule that does not exist (often a typo).' },
    '# avtalesjekk-ignore hol-6-2-nr88: Egen avtale   # feil: ingen slik regel\n# avtalesjekk-ignore hol-6-2-nr8: Egen avtale    # riktig',
    { nb: 'Bruk id-en fra «avtalesjekk rules», eller forslaget i funnet.', nn: 'Bruk id-en frå «avtalesjekk rules», eller framlegget i funnet.', en: 'Use the id from “avtalesjekk rules”, or the suggestion in the finding.' },
  ),
  'suppression-unused': rule(
    { nb: 'En «# avtalesjekk-ignore»-kommentar treffer ikke noe funn: feilen er rettet, eller kommentaren står på feil linje.', nn: 'Ein «# avtalesjekk-ignore»-kommentar treffer ikkje noko funn: feilen er retta, eller kommentaren står på feil linje.', en: 'An “# avtalesjekk-ignore” comment matches no finding: the problem was fixed, or the comment is on the wrong line.' },
    '# avtalesjekk-ignore todo: Fylles ut senere\navtale:\n  tittel: Samarbeidsavtale 2025    # ingen TODO her lenger',
    { nb: 'Fjern kommentaren, eller flytt den til linjen med funnet (eller linjen rett over).', nn: 'Fjern kommentaren, eller flytt han til linja med funnet (eller linja rett over).', en: 'Remove the comment, or move it to the finding’s line (or the line just above).' },
  ),
  'unknown-reference': rule(
    { nb: 'En oppføring peker på en id som ikke finnes: et dokument, en seksjon, et organ, et vedtak eller en kommune.', nn: 'Ei oppføring peikar på ein id som ikkje finst: eit dokument, ein seksjon, eit organ, eit vedtak eller ein kommune.', en: 'An entry points at an id that does not exist: a document, a section, a body, an adoption record or a kommune.' },
    'dekning:\n  - krav: hol-6-2-nr5\n    dokument: ta-3-og-5    # feil hvis dokumentet har id: ta-3-5',
    { nb: 'Bruk id-en slik den står i dokumentet (funnet foreslår den nærmeste), eller legg til det som mangler.', nn: 'Bruk id-en slik han står i dokumentet (funnet føreslår den nærmaste), eller legg til det som manglar.', en: 'Use the id as the document writes it (the finding suggests the closest), or add what is missing.' },
  ),
  'duplicate-id': rule(
    { nb: 'To oppføringer av samme slag har samme id (dokumenter, seksjoner i et dokument, samarbeidstiltak, organer, vedtak), så en henvisning kan ikke vite hvilken den gjelder.', nn: 'To oppføringar av same slag har same id (dokument, seksjonar i eit dokument, samarbeidstiltak, organ, vedtak), så ei tilvising kan ikkje vite kva ho gjeld.', en: 'Two entries of the same kind share an id (documents, sections of a document, joint measures, bodies, adoption records), so a reference cannot tell which one it means.' },
    'dokumenter:\n  - { id: ta-3, type: tjenesteavtale, tittel: Innleggelse }\n  - { id: ta-3, type: tjenesteavtale, tittel: Utskrivning }   # feil',
    { nb: 'Gi hver oppføring sin egen id, og rett henvisningene til den riktige.', nn: 'Gi kvar oppføring sin eigen id, og rett tilvisingane til den rette.', en: 'Give each entry its own id, and point the references at the right one.' },
  ),
};
