// Messages for the install paths (GitHub Action, pre-commit) and the report options added with them: each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const install = {
  'action.error.report-line': {
    nb: 'Ugyldig linje i «reports»: «{line}». Skriv ett format og én fil per linje, for eksempel «sarif: avtalesjekk.sarif».',
    nn: 'Ugyldig linje i «reports»: «{line}». Skriv eitt format og éi fil per linje, til dømes «sarif: avtalesjekk.sarif».',
    en: 'Invalid line in “reports”: “{line}”. Write one format and one file per line, for example “sarif: avtalesjekk.sarif”.',
  },
  'init.schema-kept': {
    nb: 'Beholdt {file} (skjemaet editoren bruker). Oppdater det med «avtalesjekk schema --output {file}».',
    nn: 'Heldt på {file} (skjemaet editoren brukar). Oppdater det med «avtalesjekk schema --output {file}».',
    en: 'Kept {file} (the schema the editor uses). Update it with `avtalesjekk schema --output {file}`.',
  },
  // JUnit: a passed case's output when its findings are below the fail level; a failure message naming the first finding.
  'formats.junit.below-fail-on': {
    nb: 'Bestått: funnene er på nivå {level}, under --fail-on {failOn}.',
    nn: 'Bestått: funna er på nivå {level}, under --fail-on {failOn}.',
    en: 'Passed: the findings are at level {level}, below --fail-on {failOn}.',
  },
  'formats.junit.first-and-more': { nb: '{message} (og {more} funn til)', nn: '{message} (og {more} funn til)', en: '{message} (and {more} more)' },
  // Markdown, short form (--summary).
  'summary.short': { nb: 'kortversjon', nn: 'kortversjon', en: 'short form' },
  'summary.sets': {
    nb: 'Avtalesett: {sets}, av dem {failing} med feil eller manglende lovkrav.',
    nn: 'Avtalesett: {sets}, av dei {failing} med feil eller manglande lovkrav.',
    en: 'Agreement sets: {sets}, {failing} of them with errors or missing requirements.',
  },
  'summary.col.agreement': { nb: 'Avtale', nn: 'Avtale', en: 'Agreement' },
  'summary.col.file': { nb: 'Fil', nn: 'Fil', en: 'File' },
  'summary.findings': { nb: 'feil: {errors}, advarsler: {warnings}', nn: 'feil: {errors}, åtvaringar: {warnings}', en: 'errors: {errors}, warnings: {warnings}' },
  'summary.failing': {
    nb: 'Funn som feiler sjekken (--fail-on {failOn}): {count}',
    nn: 'Funn som gjer at sjekken feilar (--fail-on {failOn}): {count}',
    en: 'Findings that fail the check (--fail-on {failOn}): {count}',
  },
  'summary.omitted': {
    nb: 'Utelatt for å holde kommentaren under GitHubs grense: {count} rader. Hele rapporten får du fra samme sjekk uten --summary, for eksempel med --format markdown --output gaprapport.md.',
    nn: 'Utelate for å halde kommentaren under grensa til GitHub: {count} rader. Heile rapporten får du frå same sjekk utan --summary, til dømes med --format markdown --output gaprapport.md.',
    en: 'Left out to keep the comment under GitHub’s limit: {count} rows. The whole report comes from the same check without --summary, for example with --format markdown --output gaprapport.md.',
  },
  'cli.opt.summary': {
    nb: 'markdown: kortversjon for en pull request-kommentar (én linje per avtalesett, under GitHubs grense)',
    nn: 'markdown: kortversjon for ein pull request-kommentar (éi linje per avtalesett, under grensa til GitHub)',
    en: 'markdown: short form for a pull-request comment (one row per agreement set, under GitHub’s limit)',
  },
  'cli.opt.link-base': {
    nb: 'markdown: gjør filstier til lenker under denne adressen (f.eks. https://github.com/eier/repo/blob/<commit>)',
    nn: 'markdown: gjer filstiar til lenkjer under denne adressa (t.d. https://github.com/eigar/repo/blob/<commit>)',
    en: 'markdown: turn file paths into links under this URL (e.g. https://github.com/owner/repo/blob/<commit>)',
  },
  // HTML for a committee (--audience utvalg).
  'html.committee-basis': {
    nb: 'Resultatet bygger på det avtalefilene erklærer: at et lovkrav står som oppfylt, betyr at filene sier hvor i avtalen det er dekket, ikke at avtaleteksten er lest og vurdert. Hvem som har vedtatt hva, er også slik det er ført inn.',
    nn: 'Resultatet byggjer på det avtalefilene erklærer: at eit lovkrav står som oppfylt, tyder at filene seier kvar i avtalen det er dekt, ikkje at avtaleteksten er lesen og vurdert. Kven som har vedteke kva, er også slik det er ført inn.',
    en: 'The result rests on what the agreement files declare: a requirement shown as met means the files say where in the agreement it is covered, not that the agreement text has been read and assessed. Who adopted what is likewise as recorded.',
  },
  'cli.opt.audience': {
    nb: 'html: «utvalg» gir en rapport for et utvalg, uten filstier, regel-id-er og YAML-tips; «teknisk» (standard) gir alt',
    nn: 'html: «utvalg» gir ein rapport for eit utval, utan filstiar, regel-id-ar og YAML-tips; «teknisk» (standard) gir alt',
    en: 'html: “utvalg” gives a report for a committee, without file paths, rule ids and YAML tips; “teknisk” (default) gives everything',
  },
  // explain for rules that are not requirements.
  'explain.trigger': { nb: 'Når slår den til', nn: 'Når slår han til', en: 'What triggers it' },
  'explain.fix': { nb: 'Slik retter du det', nn: 'Slik rettar du det', en: 'How to fix it' },
} as const satisfies Record<string, LocalText>;
