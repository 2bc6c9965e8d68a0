// Messages for workflow (issue 4): inputs, suppression comments, config, init, schema and several outputs; each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const workflow = {
  // Inputs: files, folders and patterns
  'inputs.no-match': {
    nb: 'Ingen YAML-filer passer til mønsteret. Sjekk skrivemåten, og sett mønsteret i anførselstegn så avtalesjekk utvider det selv.',
    nn: 'Ingen YAML-filer passar til mønsteret. Sjekk skrivemåten, og set mønsteret i hermeteikn så avtalesjekk utvidar det sjølv.',
    en: 'No YAML file matches the pattern. Check the spelling, and quote the pattern so avtalesjekk expands it itself.',
  },
  'inputs.no-yaml': {
    nb: 'Mappen har ingen YAML-filer (.yaml eller .yml) utenom node_modules og filer og mapper som starter med punktum.',
    nn: 'Mappa har ingen YAML-filer (.yaml eller .yml) utanom node_modules og filer og mapper som byrjar med punktum.',
    en: 'The folder has no YAML files (.yaml or .yml) outside node_modules and files and folders that start with a dot.',
  },
  'inputs.too-many-files': {
    nb: 'Søket fant mer enn {limit} YAML-filer. Oppgi en smalere mappe eller et smalere mønster.',
    nn: 'Søket fann meir enn {limit} YAML-filer. Oppgi ei smalare mappe eller eit smalare mønster.',
    en: 'The search found more than {limit} YAML files. Give a narrower folder or pattern.',
  },
  'inputs.bad-pattern': {
    nb: 'Mønsteret gir mer enn {limit} varianter med {a,b}. Skriv det enklere.',
    nn: 'Mønsteret gir meir enn {limit} variantar med {a,b}. Skriv det enklare.',
    en: 'The pattern expands to more than {limit} alternatives with {a,b}. Write it more simply.',
  },
  'inputs.unreadable-folder': {
    nb: 'Mappen kan ikke leses. Sjekk at du har lesetilgang.',
    nn: 'Mappa kan ikkje lesast. Sjekk at du har lesetilgang.',
    en: 'The folder cannot be read. Check that you have read access.',
  },
  'inputs.no-agreement': {
    nb: 'Fant ingen avtalefil (en YAML-fil som starter med «avtale:»). Oppgi hovedfilen i avtalesettet, eller en mappe eller et mønster som finner den.',
    nn: 'Fann inga avtalefil (ei YAML-fil som byrjar med «avtale:»). Oppgi hovudfila i avtalesettet, eller ei mappe eller eit mønster som finn ho.',
    en: 'Found no agreement file (a YAML file that starts with "avtale:"). Give the main file of the agreement set, or a folder or pattern that finds it.',
  },
  'inputs.only-documents': {
    nb: 'Fant {count} dokumentfiler («dokument:»), men ingen hovedfil («avtale:») som inkluderer dem. Oppgi mappen der hovedfilen ligger.',
    nn: 'Fann {count} dokumentfiler («dokument:»), men inga hovudfil («avtale:») som inkluderer dei. Oppgi mappa der hovudfila ligg.',
    en: 'Found {count} document files ("dokument:") but no main file ("avtale:") that includes them. Give the folder the main file is in.',
  },
  'inputs.document-not-included': {
    nb: 'Dokumentfilen {file} er ikke inkludert av noen hovedfil, så den er ikke sjekket og dekker ingen krav.',
    nn: 'Dokumentfila {file} er ikkje inkludert av nokon hovudfil, så ho er ikkje sjekka og dekkjer ingen krav.',
    en: 'The document file {file} is not included by any main file, so it is not checked and covers no requirement.',
  },
  'hint.document-not-included': {
    nb: 'Legg til «- inkluder: {include}» under «dokumenter:» i {main}, eller flytt filen ut av avtalemappen hvis den ikke hører til avtalen.',
    nn: 'Legg til «- inkluder: {include}» under «dokumenter:» i {main}, eller flytt fila ut av avtalemappa dersom ho ikkje høyrer til avtalen.',
    en: 'Add "- inkluder: {include}" under "dokumenter:" in {main}, or move the file out of the agreement folder if it does not belong to the agreement.',
  },
  'hint.document-not-included-outside': {
    nb: 'En hovedfil kan bare inkludere filer i sin egen mappe eller under den. Flytt filen inn i mappen til hovedfilen den hører til, og inkluder den der.',
    nn: 'Ei hovudfil kan berre inkludere filer i si eiga mappe eller under ho. Flytt fila inn i mappa til hovudfila ho høyrer til, og inkluder ho der.',
    en: 'A main file can only include files in its own folder or below it. Move the file into the folder of the main file it belongs to, and include it there.',
  },

  // Suppression comments
  'suppress.no-rule': {
    nb: 'Kommentaren «# avtalesjekk-ignore» sier ikke hvilken regel som skal undertrykkes, så den undertrykker ingenting.',
    nn: 'Kommentaren «# avtalesjekk-ignore» seier ikkje kva regel som skal undertrykkjast, så han undertrykkjer ingenting.',
    en: 'The comment "# avtalesjekk-ignore" does not name the rule to suppress, so it suppresses nothing.',
  },
  'suppress.malformed': {
    nb: 'Kommentaren «{comment}» kan ikke leses som en undertrykking, så den undertrykker ingenting.',
    nn: 'Kommentaren «{comment}» kan ikkje lesast som ei undertrykking, så han undertrykkjer ingenting.',
    en: 'The comment "{comment}" cannot be read as a suppression, so it suppresses nothing.',
  },
  'suppress.no-reason': {
    nb: 'Undertrykkingen av {rules} mangler begrunnelse, så den undertrykker ingenting.',
    nn: 'Undertrykkinga av {rules} manglar grunngiving, så ho undertrykkjer ingenting.',
    en: 'The suppression of {rules} gives no reason, so it suppresses nothing.',
  },
  'suppress.not-suppressible': {
    nb: 'Regelen {id} kan ikke undertrykkes med en kommentar; slå den av i .avtalesjekk.yaml om du må.',
    nn: 'Regelen {id} kan ikkje undertrykkjast med ein kommentar; slå han av i .avtalesjekk.yaml om du må.',
    en: 'The rule {id} cannot be suppressed by a comment; turn it off in .avtalesjekk.yaml if you must.',
  },
  'suppress.unknown-rule': {
    nb: 'Undertrykkingen nevner den ukjente regelen «{id}», og den delen undertrykker ingenting.',
    nn: 'Undertrykkinga nemner den ukjende regelen «{id}», og den delen undertrykkjer ingenting.',
    en: 'The suppression names the unknown rule "{id}", and that part suppresses nothing.',
  },
  'suppress.unused': {
    nb: 'Undertrykkingen av {id} traff ingen funn på linje {line}.',
    nn: 'Undertrykkinga av {id} trefte ingen funn på linje {line}.',
    en: 'The suppression of {id} matched no finding on line {line}.',
  },
  'hint.suppress-format': {
    nb: 'Skriv «# avtalesjekk-ignore <regel-id>: <begrunnelse>» på linjen med funnet eller på linjen rett over.',
    nn: 'Skriv «# avtalesjekk-ignore <regel-id>: <grunngiving>» på linja med funnet eller på linja rett over.',
    en: 'Write "# avtalesjekk-ignore <rule-id>: <reason>" on the line of the finding or on the line directly above it.',
  },
  'hint.suppress-rules': {
    nb: 'Kjør «avtalesjekk rules» for å se alle regel-id-er.',
    nn: 'Køyr «avtalesjekk rules» for å sjå alle regel-id-ane.',
    en: 'Run "avtalesjekk rules" to see every rule id.',
  },
  'hint.suppress-unused': {
    nb: 'Fjern kommentaren hvis funnet er rettet, eller flytt den til linjen med funnet eller linjen rett over.',
    nn: 'Fjern kommentaren dersom funnet er retta, eller flytt han til linja med funnet eller linja rett over.',
    en: 'Remove the comment if the finding is fixed, or move it to the line of the finding or the line directly above it.',
  },

  // Placeholders
  'todo.placeholder': {
    nb: '«{field}» er ikke fylt ut ennå: «{value}».',
    nn: '«{field}» er ikkje fylt ut enno: «{value}».',
    en: '"{field}" is not filled in yet: "{value}".',
  },
  'hint.todo': {
    nb: 'Skriv inn den riktige verdien i stedet for TODO-teksten.',
    nn: 'Skriv inn den rette verdien i staden for TODO-teksten.',
    en: 'Replace the TODO text with the real value.',
  },

  // Rule titles
  'rule.suppression-invalid.title': { nb: 'Ugyldig undertrykking', nn: 'Ugyldig undertrykking', en: 'Invalid suppression comment' },
  'rule.suppression-unknown-rule.title': { nb: 'Undertrykking av en ukjent regel', nn: 'Undertrykking av ein ukjend regel', en: 'Suppression of an unknown rule' },
  'rule.suppression-unused.title': { nb: 'Undertrykking som ikke treffer noe funn', nn: 'Undertrykking som ikkje treffer noko funn', en: 'Suppression that matches no finding' },
  'rule.document-not-included.title': { nb: 'Dokumentfil som ingen hovedfil inkluderer', nn: 'Dokumentfil som inga hovudfil inkluderer', en: 'Document file that no main file includes' },
  'rule.todo.title': { nb: 'Plassholder (TODO) som ikke er fylt ut', nn: 'Plasshaldar (TODO) som ikkje er fylt ut', en: 'Placeholder (TODO) not filled in' },

  // Suppressed findings in reports
  'suppressed.heading': { nb: 'Undertrykte funn', nn: 'Undertrykte funn', en: 'Suppressed findings' },
  'suppressed.count': { nb: 'undertrykt: {count}', nn: 'undertrykt: {count}', en: 'suppressed: {count}' },
  'suppressed.reason': { nb: 'Begrunnelse', nn: 'Grunngjeving', en: 'Reason' },
  'suppressed.by': { nb: 'Undertrykt av', nn: 'Undertrykt av', en: 'Suppressed by' },

  // Several outputs in one run
  'targets.outputs-without-formats': {
    nb: 'Flere --output ({outputs}) enn --format. Skriv valgene i par: --format <format> --output <fil>.',
    nn: 'Fleire --output ({outputs}) enn --format. Skriv vala i par: --format <format> --output <fil>.',
    en: 'More --output ({outputs}) than --format. Write the options in pairs: --format <format> --output <file>.',
  },
  'targets.output-without-format': {
    nb: '--output {output} har ingen --format rett foran seg. Skriv valgene i par: --format <format> --output <fil>.',
    nn: '--output {output} har ingen --format rett framfor seg. Skriv vala i par: --format <format> --output <fil>.',
    en: '--output {output} has no --format right before it. Write the options in pairs: --format <format> --output <file>.',
  },
  'targets.several-stdout': {
    nb: 'Bare ett format kan skrives til skjermen, men {formats} har ingen --output. Gi alle unntatt ett en --output <fil>.',
    nn: 'Berre eitt format kan skrivast til skjermen, men {formats} har ingen --output. Gi alle unnateke eitt ein --output <fil>.',
    en: 'Only one format can go to the screen, but {formats} have no --output. Give all but one an --output <file>.',
  },
  'targets.same-output': {
    nb: 'To formater skal skrives til samme fil, {output}. Gi hvert format sin egen fil.',
    nn: 'To format skal skrivast til same fil, {output}. Gi kvart format si eiga fil.',
    en: 'Two formats would be written to the same file, {output}. Give each format its own file.',
  },

  // Config file
  'configfile.yaml': { nb: 'YAML-feil i innstillingsfilen: {detail}', nn: 'YAML-feil i innstillingsfila: {detail}', en: 'YAML error in the config file: {detail}' },
  'configfile.not-a-map': {
    nb: 'Innstillingsfilen skal inneholde nøkler og verdier, for eksempel «lang: nn».',
    nn: 'Innstillingsfila skal innehalde nøklar og verdiar, til dømes «lang: nn».',
    en: 'The config file must hold keys and values, for example "lang: nn".',
  },
  'configfile.type': { nb: '«{key}» skal være {expected}.', nn: '«{key}» skal vere {expected}.', en: '"{key}" must be {expected}.' },
  'configfile.unknown-key': { nb: 'Ukjent innstilling «{key}». Tillatt: {allowed}.', nn: 'Ukjend innstilling «{key}». Tillate: {allowed}.', en: 'Unknown setting "{key}". Allowed: {allowed}.' },
  'configfile.unknown-key-suggest': { nb: 'Ukjent innstilling «{key}». Mente du «{suggestion}»?', nn: 'Ukjend innstilling «{key}». Meinte du «{suggestion}»?', en: 'Unknown setting "{key}". Did you mean "{suggestion}"?' },
  'configfile.enum': { nb: '«{key}» kan ikke være «{value}». Tillatt: {allowed}.', nn: '«{key}» kan ikkje vere «{value}». Tillate: {allowed}.', en: '"{key}" cannot be "{value}". Allowed: {allowed}.' },
  'configfile.bad-date': {
    nb: 'asOf skal være en dato som ÅÅÅÅ-MM-DD, for eksempel 2025-06-19, men er «{value}».',
    nn: 'asOf skal vere ein dato som ÅÅÅÅ-MM-DD, til dømes 2025-06-19, men er «{value}».',
    en: 'asOf must be a date written YYYY-MM-DD, for example 2025-06-19, but is "{value}".',
  },
  'configfile.unknown-format': { nb: 'Ukjent format «{value}». Tillatt: {allowed}.', nn: 'Ukjend format «{value}». Tillate: {allowed}.', en: 'Unknown format "{value}". Allowed: {allowed}.' },
  'configfile.unknown-rule': {
    nb: 'Ukjent regel eller lovkrav «{id}» under rules. Kjør «avtalesjekk rules» for å se alle.',
    nn: 'Ukjend regel eller lovkrav «{id}» under rules. Køyr «avtalesjekk rules» for å sjå alle.',
    en: 'Unknown rule or requirement "{id}" under rules. Run "avtalesjekk rules" to see them all.',
  },
  'configfile.unknown-rule-suggest': {
    nb: 'Ukjent regel eller lovkrav «{id}» under rules. Mente du «{suggestion}»?',
    nn: 'Ukjend regel eller lovkrav «{id}» under rules. Meinte du «{suggestion}»?',
    en: 'Unknown rule or requirement "{id}" under rules. Did you mean "{suggestion}"?',
  },
  'configfile.invalid': { nb: 'Ugyldig verdi for «{key}»: {detail}.', nn: 'Ugyldig verdi for «{key}»: {detail}.', en: 'Invalid value for "{key}": {detail}.' },
  'configfile.ambiguous': { nb: 'Både {first} og {second} finnes. Slett den ene.', nn: 'Både {first} og {second} finst. Slett den eine.', en: 'Both {first} and {second} exist. Delete one of them.' },

  // Command line: new commands and options
  'cli.check.inputs': {
    nb: 'hovedfiler, mapper eller mønstre (i anførselstegn, for eksempel "avtaler/**/*.yaml"), eller - for standard inn',
    nn: 'hovudfiler, mapper eller mønster (i hermeteikn, til dømes "avtaler/**/*.yaml"), eller - for standard inn',
    en: 'main files, folders or patterns (quoted, for example "avtaler/**/*.yaml"), or - for standard input',
  },
  'cli.opt.formats': {
    nb: 'rapportformat: {formats}; kan gjentas, hvert med sin egen --output',
    nn: 'rapportformat: {formats}; kan gjentakast, kvart med sin eigen --output',
    en: 'report format: {formats}; may be repeated, each with its own --output',
  },
  'cli.opt.outputs': {
    nb: 'skriv rapporten i formatet rett foran til en fil i stedet for til skjermen',
    nn: 'skriv rapporten i formatet rett framfor til ei fil i staden for til skjermen',
    en: 'write the report in the format just before it to a file instead of the screen',
  },
  'cli.opt.config': {
    nb: 'bruk denne innstillingsfilen i stedet for å lete etter .avtalesjekk.yaml',
    nn: 'bruk denne innstillingsfila i staden for å leite etter .avtalesjekk.yaml',
    en: 'use this config file instead of looking for .avtalesjekk.yaml',
  },
  'cli.opt.no-config': { nb: 'ikke les noen innstillingsfil', nn: 'ikkje les noka innstillingsfil', en: 'read no config file' },
  'cli.init': {
    nb: 'Lag et nytt avtalesett med en mal for hvert krav i § 6-2.',
    nn: 'Lag eit nytt avtalesett med ein mal for kvart krav i § 6-2.',
    en: 'Create a new agreement set with a template for each item of § 6-2.',
  },
  'cli.init.folder': {
    nb: 'mappen avtalesettet skal ligge i (standard: mappen du står i)',
    nn: 'mappa avtalesettet skal liggje i (standard: mappa du står i)',
    en: 'the folder for the agreement set (default: the current folder)',
  },
  'cli.opt.force': { nb: 'skriv over filer som finnes fra før', nn: 'skriv over filer som finst frå før', en: 'overwrite files that already exist' },
  'cli.schema': {
    nb: 'Skriv JSON-skjemaet for avtalefilene (eller for innstillingsfilen) til bruk i redigeringsprogrammer.',
    nn: 'Skriv JSON-skjemaet for avtalefilene (eller for innstillingsfila) til bruk i redigeringsprogram.',
    en: 'Write the JSON Schema for agreement files (or for the config file) for use in editors.',
  },
  'cli.schema.name': { nb: 'avtale (standard) eller config', nn: 'avtale (standard) eller config', en: 'avtale (default) or config' },
  'cli.opt.schema-output': {
    nb: 'skriv skjemaet til en fil i stedet for til skjermen',
    nn: 'skriv skjemaet til ei fil i staden for til skjermen',
    en: 'write the schema to a file instead of the screen',
  },
  'cli.wrote-schema': { nb: 'Skrev skjemaet til {file}.', nn: 'Skreiv skjemaet til {file}.', en: 'Wrote the schema to {file}.' },
  'cli.error.unknown-command-all': {
    nb: 'Ukjent kommando «{command}». Kommandoer: check, endring (diff), explain, rules, init, schema.',
    nn: 'Ukjend kommando «{command}». Kommandoar: check, endring (diff), explain, rules, init, schema.',
    en: 'Unknown command "{command}". Commands: check, endring (diff), explain, rules, init, schema.',
  },
  'cli.error.step-summary': {
    nb: 'Kunne ikke skrive sammendraget til GITHUB_STEP_SUMMARY ({file}): {detail}',
    nn: 'Kunne ikkje skrive samandraget til GITHUB_STEP_SUMMARY ({file}): {detail}',
    en: 'Could not write the summary to GITHUB_STEP_SUMMARY ({file}): {detail}',
  },

  // init
  'init.exists': {
    nb: 'Avbrøt uten å skrive noe, fordi disse filene finnes fra før: {files}. Bruk --force for å skrive over dem.',
    nn: 'Avbraut utan å skrive noko, fordi desse filene finst frå før: {files}. Bruk --force for å skrive over dei.',
    en: 'Stopped without writing anything, because these files already exist: {files}. Use --force to overwrite them.',
  },
  'init.not-folder': { nb: '{folder} finnes og er ikke en mappe.', nn: '{folder} finst og er ikkje ei mappe.', en: '{folder} exists and is not a folder.' },
  'init.wrote': { nb: 'Skrev {file}', nn: 'Skreiv {file}', en: 'Wrote {file}' },
  'init.next': {
    nb: 'Neste steg: fyll ut det som er merket TODO, og kjør «avtalesjekk check {folder}».',
    nn: 'Neste steg: fyll ut det som er merkt TODO, og køyr «avtalesjekk check {folder}».',
    en: 'Next: fill in what is marked TODO, and run "avtalesjekk check {folder}".',
  },
  'init.date': { nb: 'ÅÅÅÅ-MM-DD', nn: 'ÅÅÅÅ-MM-DD', en: 'YYYY-MM-DD' },
  'init.main.header': {
    nb: 'Samarbeidsavtale etter helse- og omsorgstjenesteloven kapittel 6, laget med «avtalesjekk init». Fyll ut alt som er merket TODO. «avtalesjekk check .» viser hva som gjenstår, «avtalesjekk explain <krav>» forklarer hvert krav, og «avtalesjekk rules» lister alle regler.',
    nn: 'Samarbeidsavtale etter helse- og omsorgstenestelova kapittel 6, laga med «avtalesjekk init». Fyll ut alt som er merkt TODO. «avtalesjekk check .» viser kva som står att, «avtalesjekk explain <krav>» forklarer kvart krav, og «avtalesjekk rules» listar alle reglane.',
    en: 'Cooperation agreement under the Health and Care Services Act, chapter 6, made with "avtalesjekk init". Fill in everything marked TODO. "avtalesjekk check ." shows what is left, "avtalesjekk explain <id>" explains each requirement, and "avtalesjekk rules" lists every rule. The keys are Norwegian, as the README describes.',
  },
  'init.main.adopted': { nb: 'datoen partene sist vedtok avtalen', nn: 'datoen partane sist vedtok avtalen', en: 'the date the parties last adopted the agreement' },
  'init.main.publication': {
    nb: 'Hele avtalen skal publiseres på nett, og lenken sendes til Helsedirektoratet:',
    nn: 'Heile avtalen skal publiserast på nett, og lenkja blir send til Helsedirektoratet:',
    en: 'The whole agreement is to be published online, and the link sent to the Norwegian Directorate of Health:',
  },
  'init.main.parties': {
    nb: 'Partene (§ 6-1): helseforetaket og hver kommune. Kommunenummeret skrives med fire sifre i anførselstegn, for eksempel "0301".',
    nn: 'Partane (§ 6-1): helseføretaket og kvar kommune. Kommunenummeret skriv du med fire siffer i hermeteikn, til dømes "0301".',
    en: 'The parties (§ 6-1): the health trust and each kommune. Write the kommunenummer as four digits in quotes, for example "0301".',
  },
  'init.main.number': { nb: 'TODO: kommunenummeret, fire sifre', nn: 'TODO: kommunenummeret, fire siffer', en: 'TODO: the kommunenummer, four digits' },
  'init.main.bodies': {
    nb: 'Organene i samarbeidet, for eksempel partnerskapsmøte, strategisk samarbeidsutvalg (SSU) og faglige samarbeidsutvalg (FSU). Brukerrepresentanter og fastleger bør være fullverdige medlemmer, kommunene og helseforetaket likeverdige, og ledervervet bør gå på omgang.',
    nn: 'Organa i samarbeidet, til dømes partnarskapsmøte, strategisk samarbeidsutval (SSU) og faglege samarbeidsutval (FSU). Brukarrepresentantar og fastlegar bør vere fullverdige medlemer, kommunane og helseføretaket likeverdige, og leiarvervet bør gå på omgang.',
    en: 'The bodies of the cooperation, for example the partnership meeting, the strategic cooperation committee (SSU) and professional committees (FSU). User representatives and GPs should be full members, the kommuner and the health trust equal, and the chair should rotate.',
  },
  'init.main.seats': { nb: 'TODO: plasser og rettigheter per gruppe', nn: 'TODO: plassar og rettar per gruppe', en: 'TODO: seats and rights per group' },
  'init.main.authority': {
    nb: 'Hvem vedtar hva. Loven krever at hvert kommunestyre selv og helseforetaksstyret vedtar avtalen og vesentlige endringer i den (§ 6-1 og kommuneloven § 5-3). Legg til avtalens egne regler for andre dokumenter og mindre endringer.',
    nn: 'Kven vedtek kva. Lova krev at kvart kommunestyre sjølv og helseføretaksstyret vedtek avtalen og vesentlege endringar i han (§ 6-1 og kommunelova § 5-3). Legg til avtalen sine eigne reglar for andre dokument og mindre endringar.',
    en: "Who adopts what. The law requires each municipal council itself and the health trust board to adopt the agreement and material changes to it (§ 6-1 and the Local Government Act § 5-3). Add the agreement's own rules for other documents and minor changes.",
  },
  'init.main.authority-example': {
    nb: 'For eksempel: SSU vedtar prosedyrer og mindre endringer i dem.',
    nn: 'Til dømes: SSU vedtek prosedyrar og mindre endringar i dei.',
    en: 'For example: the SSU adopts procedures and minor changes to them.',
  },
  'init.main.documents': {
    nb: 'Dokumentene i avtalesettet: den overordnede avtalen og hver tjenesteavtale, delavtale eller retningslinje, gjerne i egne filer under dokumenter/.',
    nn: 'Dokumenta i avtalesettet: den overordna avtalen og kvar tenesteavtale, delavtale eller retningsline, gjerne i eigne filer under dokumenter/.',
    en: 'The documents of the agreement set: the overarching agreement and each service agreement, sub-agreement or guideline, preferably in files of their own under dokumenter/.',
  },
  'init.main.coverage': {
    nb: 'Dekning (§ 6-2 første ledd): hvor i avtalesettet hvert minstekrav er oppfylt. Et krav regnes som dekket først når en oppføring her peker på et dokument (og gjerne en seksjon) som finnes. Slik fyller du ut: ta bort [] etter «dekning:», ta bort # foran oppføringen for hvert krav som er dekket, skriv inn riktig dokument og seksjon, og behold bare elementene teksten faktisk inneholder.',
    nn: 'Dekning (§ 6-2 første ledd): kvar i avtalesettet kvart minstekrav er oppfylt. Eit krav blir rekna som dekt først når ei oppføring her peikar på eit dokument (og gjerne ein seksjon) som finst. Slik fyller du ut: ta bort [] etter «dekning:», ta bort # framfor oppføringa for kvart krav som er dekt, skriv inn rett dokument og seksjon, og behald berre elementa teksten faktisk inneheld.',
    en: 'Coverage (§ 6-2 first paragraph): where in the agreement set each minimum item is met. An item counts as covered only when an entry here points at a document (and preferably a section) that exists. To fill in: remove the [] after "dekning:", remove the # before the entry of each item that is covered, write the right document and section, and keep only the elements the text really contains.',
  },
  'init.main.elements': { nb: 'Anbefalte elementer', nn: 'Tilrådde element', en: 'Recommended elements' },
  'init.main.since': { nb: 'fra {date}', nn: 'frå {date}', en: 'from {date}' },
  'init.main.document-id': { nb: 'TODO: id-en til dokumentet som dekker punktet', nn: 'TODO: id-en til dokumentet som dekkjer punktet', en: 'TODO: the id of the document that covers the item' },
  'init.main.section': { nb: 'valgfritt: seksjonen i dokumentet', nn: 'valfritt: seksjonen i dokumentet', en: 'optional: the section of the document' },
  'init.main.measures': {
    nb: 'Ta bort # og fyll ut én slik oppføring for hvert samarbeidstiltak partene driver sammen.',
    nn: 'Ta bort # og fyll ut éi slik oppføring for kvart samarbeidstiltak partane driv saman.',
    en: 'Remove the # and fill in one such entry for each joint measure the parties run together.',
  },
  'init.document.header': {
    nb: 'Den overordnede samarbeidsavtalen. Skriv seksjonene slik de står i avtaleteksten; dekningen i avtale.yaml viser til seksjons-id-ene her.',
    nn: 'Den overordna samarbeidsavtalen. Skriv seksjonane slik dei står i avtaleteksten; dekninga i avtale.yaml viser til seksjons-id-ane her.',
    en: 'The overarching cooperation agreement. Write the sections as they are in the agreement text; the coverage in avtale.yaml points at the section ids here.',
  },
  'init.document.adoption': {
    nb: 'Vedtakene i hvert kommunestyre og i helseforetaksstyret (§ 6-1), for eksempel:',
    nn: 'Vedtaka i kvart kommunestyre og i helseføretaksstyret (§ 6-1), til dømes:',
    en: 'The decisions of each municipal council and of the health trust board (§ 6-1), for example:',
  },
  'init.main.co-parties': {
    nb: 'Flere parter på helseforetakssiden (et annet helseforetak, et privat ideelt sykehus), og et regionråd som signerer for flere kommuner:',
    nn: 'Fleire partar på helseføretakssida (eit anna helseføretak, eit privat ideelt sjukehus), og eit regionråd som signerer for fleire kommunar:',
    en: 'More parties on the health side (another health trust, a private non-profit hospital), and a regional council that signs for several kommuner:',
  },
  'init.main.authority-more': {
    nb: 'En regel kan ha flere organer som gir innstilling (skal eller kan), gjelde en periode, eller bare noen dokumenter:',
    nn: 'Ein regel kan ha fleire organ som gjev innstilling (skal eller kan), gjelde ein periode, eller berre nokre dokument:',
    en: 'A rule can have several bodies that recommend (skal or kan), apply for a period, or apply to some documents only:',
  },
  'init.document.adoption-more': {
    nb: 'Når et vedtak ikke er kjent, ble vedtatt med endringer, var en oppsigelse, et hastevedtak eller bare en signatur:',
    nn: 'Når eit vedtak ikkje er kjent, vart vedteke med endringar, var ei oppseiing, eit hastevedtak eller berre ein signatur:',
    en: 'When a decision is not known, was adopted with changes, was a termination, an urgent decision or only a signature:',
  },
  'init.value.title': {
    nb: 'TODO: Samarbeidsavtale mellom <helseforetaket> og <kommunene>',
    nn: 'TODO: Samarbeidsavtale mellom <helseføretaket> og <kommunane>',
    en: 'TODO: Cooperation agreement between <the health trust> and <the kommuner>',
  },
  'init.value.health-trust': { nb: 'TODO: helseforetakets navn', nn: 'TODO: namnet på helseføretaket', en: 'TODO: name of the health trust' },
  'init.value.municipality': { nb: 'TODO: kommunens navn', nn: 'TODO: namnet på kommunen', en: 'TODO: name of the kommune' },
  'init.value.municipality-example': { nb: 'Neste kommune', nn: 'Neste kommune', en: 'Next kommune' },
  'init.value.body': { nb: 'TODO: navnet på det strategiske samarbeidsutvalget', nn: 'TODO: namnet på det strategiske samarbeidsutvalet', en: 'TODO: name of the strategic cooperation committee' },
  'init.value.measure': { nb: 'Ambulant team for barn og unge', nn: 'Ambulant team for barn og unge', en: 'Ambulant team for children and young people' },
  'init.section.parties': { nb: 'Parter', nn: 'Partar', en: 'Parties' },
  'init.section.purpose': { nb: 'Formål og verdigrunnlag', nn: 'Formål og verdigrunnlag', en: 'Purpose and values' },
  'init.section.tasks': { nb: 'Oppgave- og ansvarsfordeling', nn: 'Oppgåve- og ansvarsfordeling', en: 'Division of tasks and responsibility' },
  'init.section.governance': { nb: 'Organisering og vedtaksmyndighet', nn: 'Organisering og vedtaksmynde', en: 'Organisation and decision authority' },
  'init.section.planning': { nb: 'Felles planlegging og utvikling av tjenestene', nn: 'Felles planlegging og utvikling av tenestene', en: 'Joint planning and development of services' },
  'init.section.measures': { nb: 'Samarbeidstiltak', nn: 'Samarbeidstiltak', en: 'Joint measures' },
  'init.section.incidents': { nb: 'Avvik og forbedringsarbeid', nn: 'Avvik og forbetringsarbeid', en: 'Incidents and improvement' },
  'init.section.disputes': { nb: 'Uenighet og tvisteløsning', nn: 'Usemje og tvisteløysing', en: 'Disagreement and dispute resolution' },
  'init.section.terms': { nb: 'Iverksetting, varighet, revisjon og oppsigelse', nn: 'Iverksetjing, varigheit, revisjon og oppseiing', en: 'Entry into force, duration, revision and termination' },
} as const satisfies Record<string, LocalText>;
