// Messages for the CI formats (SARIF, GitHub workflow commands, JUnit XML): each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const formats = {
  // GitHub: the one notice after the annotations (GitHub shows at most 10 errors, 10 warnings and 10 notices per step).
  'formats.github.not-shown': {
    nb: 'Funn som ikke vises som merknader her: {count} (feil: {errors}, advarsler: {warnings}, info: {infos}).',
    nn: 'Funn som ikkje blir viste som merknader her: {count} (feil: {errors}, åtvaringar: {warnings}, info: {infos}).',
    en: 'Findings not shown as annotations here: {count} (errors: {errors}, warnings: {warnings}, info: {infos}).',
  },
  'formats.github.suppressed': {
    nb: 'Undertrykt med «# avtalesjekk-ignore»: {count}.',
    nn: 'Undertrykte med «# avtalesjekk-ignore»: {count}.',
    en: 'Suppressed with “# avtalesjekk-ignore”: {count}.',
  },
  'formats.github.see-report': {
    nb: 'Se hele listen i markdown-rapporten (sammendraget for steget).',
    nn: 'Sjå heile lista i markdown-rapporten (samandraget for steget).',
    en: 'See the full list in the markdown report (the step summary).',
  },

  // JUnit: messages of skipped and failed test cases.
  'formats.junit.missing': { nb: 'Mangler: {detail}.', nn: 'Manglar: {detail}.', en: 'Missing: {detail}.' },
  'formats.junit.partial': { nb: 'Delvis oppfylt: {detail}.', nn: 'Delvis oppfylt: {detail}.', en: 'Partly met: {detail}.' },
  'formats.junit.not-in-force': { nb: 'Ikke i kraft ennå: {detail}.', nn: 'Ikkje i kraft enno: {detail}.', en: 'Not yet in force: {detail}.' },
  'formats.junit.suppressed': { nb: 'Undertrykt: {reason}', nn: 'Undertrykt: {reason}', en: 'Suppressed: {reason}' },
  'formats.junit.suppressed-heading': { nb: 'Undertrykt', nn: 'Undertrykt', en: 'Suppressed' },
  'formats.junit.other-files': { nb: 'Andre filer', nn: 'Andre filer', en: 'Other files' },
} as const satisfies Record<string, LocalText>;
