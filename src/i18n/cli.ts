// Messages for the command line itself (issue 13): help headings, argument names, parse errors, new options; each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const cli = {
  // Help layout
  'cli.help.usage': { nb: 'Bruk:', nn: 'Bruk:', en: 'Usage:' },
  'cli.help.arguments': { nb: 'Argumenter:', nn: 'Argument:', en: 'Arguments:' },
  'cli.help.options': { nb: 'Valg:', nn: 'Val:', en: 'Options:' },
  'cli.help.commands': { nb: 'Kommandoer:', nn: 'Kommandoar:', en: 'Commands:' },
  'cli.help.options-slot': { nb: '[valg]', nn: '[val]', en: '[options]' },
  'cli.help.command-slot': { nb: '[kommando]', nn: '[kommando]', en: '[command]' },
  'cli.help.default': { nb: 'standard: {value}', nn: 'standard: {value}', en: 'default: {value}' },
  'cli.help.values': { nb: 'verdier: {values}', nn: 'verdiar: {values}', en: 'values: {values}' },
  'cli.help.more': {
    nb: 'Kjør «avtalesjekk <kommando> --help» for valgene til en kommando.',
    nn: 'Køyr «avtalesjekk <kommando> --help» for vala til ein kommando.',
    en: 'Run "avtalesjekk <command> --help" for the options of a command.',
  },

  // Names of arguments and option values, as shown in help and errors
  'cli.arg.files': { nb: 'filer', nn: 'filer', en: 'files' },
  'cli.arg.folder': { nb: 'mappe', nn: 'mappe', en: 'folder' },
  'cli.arg.name': { nb: 'navn', nn: 'namn', en: 'name' },
  'cli.arg.old': { nb: 'gammel', nn: 'gammal', en: 'old' },
  'cli.arg.new': { nb: 'ny', nn: 'ny', en: 'new' },
  'cli.arg.id': { nb: 'id', nn: 'id', en: 'id' },
  'cli.value.format': { nb: 'format', nn: 'format', en: 'format' },
  'cli.value.file': { nb: 'fil', nn: 'fil', en: 'file' },
  'cli.value.date': { nb: 'dato', nn: 'dato', en: 'date' },
  'cli.value.severity': { nb: 'alvorlighet', nn: 'alvorsgrad', en: 'severity' },
  'cli.value.lang': { nb: 'språk', nn: 'språk', en: 'language' },
  'cli.value.count': { nb: 'antall', nn: 'tal', en: 'count' },
  'cli.value.path': { nb: 'sti', nn: 'sti', en: 'path' },
  'cli.value.url': { nb: 'adresse', nn: 'adresse', en: 'url' },
  'cli.value.audience': { nb: 'lesere', nn: 'lesarar', en: 'audience' },

  // New options
  'cli.opt.quiet': {
    nb: 'vis og tell bare feil: advarsler og info kommer ikke i rapporten og påvirker ikke exit-koden',
    nn: 'vis og tel berre feil: åtvaringar og info kjem ikkje i rapporten og verkar ikkje på exit-koden',
    en: 'report and count errors only: warnings and info are left out of the report and the exit code',
  },
  'cli.opt.max-warnings': {
    nb: 'gi exit-kode 1 når det er flere advarsler enn dette',
    nn: 'gje exit-kode 1 når det er fleire åtvaringar enn dette',
    en: 'exit with code 1 when there are more warnings than this',
  },
  'cli.opt.stdin-filename': {
    nb: 'filnavnet standard inn (-) vises med i funnene; filer den inkluderer leses fra mappen til dette navnet',
    nn: 'filnamnet standard inn (-) blir vist med i funna; filer han inkluderer blir lesne frå mappa til dette namnet',
    en: "the file name findings give for standard input (-); files it includes are read from that name's folder",
  },
  'cli.opt.fail-on-any': {
    nb: 'laveste alvorlighet som gir exit-kode 1: error (feil), warning (advarsel) eller info',
    nn: 'lågaste alvorsgrad som gjev exit-kode 1: error (feil), warning (åtvaring) eller info',
    en: 'the lowest severity that gives exit code 1: error, warning or info',
  },

  // Errors from reading the command line
  'cli.error.unknown-command-suggest': {
    nb: 'Ukjent kommando «{command}». Mente du «{suggestion}»?',
    nn: 'Ukjent kommando «{command}». Meinte du «{suggestion}»?',
    en: 'Unknown command "{command}". Did you mean "{suggestion}"?',
  },
  'cli.error.unknown-option-in': {
    nb: 'Ukjent valg {option}. Kjør «{command} --help» for å se valgene.',
    nn: 'Ukjent val {option}. Køyr «{command} --help» for å sjå vala.',
    en: 'Unknown option {option}. Run "{command} --help" to see the options.',
  },
  'cli.error.option-after-command': {
    nb: 'Valget {option} hører til en kommando; skriv det etter kommandoen, for eksempel «{command} … {option}».',
    nn: 'Valet {option} høyrer til ein kommando; skriv det etter kommandoen, til dømes «{command} … {option}».',
    en: 'The option {option} belongs to a command; write it after the command, for example "{command} … {option}".',
  },
  'cli.error.unknown-option-suggest': {
    nb: 'Ukjent valg {option}. Mente du {suggestion}?',
    nn: 'Ukjent val {option}. Meinte du {suggestion}?',
    en: 'Unknown option {option}. Did you mean {suggestion}?',
  },
  'cli.error.missing-argument-in': {
    nb: 'Mangler <{argument}>. Bruk: {usage}',
    nn: 'Manglar <{argument}>. Bruk: {usage}',
    en: 'Missing <{argument}>. Usage: {usage}',
  },
  'cli.error.missing-value': {
    nb: 'Valget {option} trenger en verdi: {option} <{value}>.',
    nn: 'Valet {option} treng ein verdi: {option} <{value}>.',
    en: 'The option {option} needs a value: {option} <{value}>.',
  },
  'cli.error.excess-arguments': {
    nb: 'For mange argumenter: «{extra}» er ett for mye. Bruk: {usage}',
    nn: 'For mange argument: «{extra}» er eitt for mykje. Bruk: {usage}',
    en: 'Too many arguments: "{extra}" is one too many. Usage: {usage}',
  },
  'cli.error.bad-choice': {
    nb: 'Ugyldig verdi for {option}: «{value}». Tillatt: {choices}.',
    nn: 'Ugyldig verdi for {option}: «{value}». Tillate: {choices}.',
    en: 'Invalid value for {option}: "{value}". Allowed: {choices}.',
  },
  'cli.error.bad-choice-suggest': {
    nb: 'Ugyldig verdi for {option}: «{value}». Mente du «{suggestion}»? Tillatt: {choices}.',
    nn: 'Ugyldig verdi for {option}: «{value}». Meinte du «{suggestion}»? Tillate: {choices}.',
    en: 'Invalid value for {option}: "{value}". Did you mean "{suggestion}"? Allowed: {choices}.',
  },
  'cli.error.bad-count': {
    nb: '{option} må være et helt tall fra 0 og oppover, ikke «{value}».',
    nn: '{option} må vere eit heilt tal frå 0 og oppover, ikkje «{value}».',
    en: '{option} must be a whole number from 0 up, not "{value}".',
  },
  'cli.error.parse': {
    nb: 'Kommandolinjen kunne ikke leses ({code}). Kjør «avtalesjekk --help» for hjelp.',
    nn: 'Kommandolinja kunne ikkje lesast ({code}). Køyr «avtalesjekk --help» for hjelp.',
    en: 'The command line could not be read ({code}). Run "avtalesjekk --help" for help.',
  },
  'cli.error.stdin-filename-without-stdin': {
    nb: '--stdin-filename gjelder bare standard inn; oppgi - som fil, for eksempel «check - --stdin-filename avtale.yaml».',
    nn: '--stdin-filename gjeld berre standard inn; oppgje - som fil, til dømes «check - --stdin-filename avtale.yaml».',
    en: '--stdin-filename only applies to standard input; give - as the file, for example "check - --stdin-filename avtale.yaml".',
  },
  'cli.error.max-warnings': {
    nb: 'For mange advarsler: {count}, mens --max-warnings tillater {max}.',
    nn: 'For mange åtvaringar: {count}, medan --max-warnings tillèt {max}.',
    en: 'Too many warnings: {count}, while --max-warnings allows {max}.',
  },

  // Writing files: the cause in plain words, never the system's message with a temporary file name
  'cli.error.write': {
    nb: 'Kunne ikke skrive {file}: {reason}',
    nn: 'Kunne ikkje skrive {file}: {reason}',
    en: 'Could not write {file}: {reason}',
  },
  'cli.write.ENOENT': { nb: 'mappen finnes ikke.', nn: 'mappa finst ikkje.', en: 'the folder does not exist.' },
  'cli.write.EACCES': {
    nb: 'du har ikke skrivetilgang der.',
    nn: 'du har ikkje skrivetilgang der.',
    en: 'you do not have write access there.',
  },
  'cli.write.EPERM': {
    nb: 'du har ikke skrivetilgang der.',
    nn: 'du har ikkje skrivetilgang der.',
    en: 'you do not have write access there.',
  },
  'cli.write.EISDIR': {
    nb: 'det er en mappe. Oppgi et filnavn.',
    nn: 'det er ei mappe. Oppgje eit filnamn.',
    en: 'it is a folder. Give a file name.',
  },
  'cli.write.ENOTDIR': {
    nb: 'en del av stien er en fil, ikke en mappe.',
    nn: 'ein del av stien er ei fil, ikkje ei mappe.',
    en: 'part of the path is a file, not a folder.',
  },
  'cli.write.EEXIST': {
    nb: 'en del av stien er en fil, ikke en mappe.',
    nn: 'ein del av stien er ei fil, ikkje ei mappe.',
    en: 'part of the path is a file, not a folder.',
  },
  'cli.write.EROFS': { nb: 'filsystemet er skrivebeskyttet.', nn: 'filsystemet er skriveverna.', en: 'the file system is read-only.' },
  'cli.write.ENOSPC': { nb: 'disken er full.', nn: 'disken er full.', en: 'the disk is full.' },
  'cli.write.other': { nb: 'systemfeil {code}.', nn: 'systemfeil {code}.', en: 'system error {code}.' },

  // Inputs: a folder or pattern whose files the config file's ignore patterns all skip
  'inputs.all-ignored': {
    nb: 'Alle YAML-filene her hoppes over av ignore i innstillingsfilen. Nevn filen ved navn, eller kjør med --no-config.',
    nn: 'Alle YAML-filene her blir hoppa over av ignore i innstillingsfila. Nemn fila ved namn, eller køyr med --no-config.',
    en: 'Every YAML file here is skipped by ignore in the config file. Name the file itself, or run with --no-config.',
  },

  // Config file: ignore patterns
  'configfile.bad-ignore': {
    nb: 'Mønsteret «{pattern}» under ignore gir mer enn {limit} varianter med {a,b}. Skriv det enklere.',
    nn: 'Mønsteret «{pattern}» under ignore gjev meir enn {limit} variantar med {a,b}. Skriv det enklare.',
    en: 'The pattern "{pattern}" under ignore expands to more than {limit} alternatives with {a,b}. Write it more simply.',
  },
} satisfies Record<string, LocalText>;
