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
} as const satisfies Record<string, LocalText>;
