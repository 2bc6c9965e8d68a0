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
} as const satisfies Record<string, LocalText>;
