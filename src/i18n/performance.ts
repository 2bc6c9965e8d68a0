// Messages about speed: the result cache and parallel checking.
import type { LocalText } from '../types.js';

export const performance = {
  'cli.opt.cache': {
    nb: 'gjenbruk resultatet for avtalesett der ingen fil er endret siden forrige kjøring',
    nn: 'bruk att resultatet for avtalesett der ingen fil er endra sidan førre køyring',
    en: 'reuse the result for agreement sets whose files have not changed since the last run',
  },
  'cli.opt.cache-location': {
    nb: 'fil eller mappe for mellomlageret (standard: .avtalesjekk-cache i mappen du står i)',
    nn: 'fil eller mappe for mellomlageret (standard: .avtalesjekk-cache i mappa du står i)',
    en: 'file or folder for the cache (default: .avtalesjekk-cache in the current folder)',
  },
  'cli.opt.jobs': {
    nb: 'hvor mange tråder som sjekker avtalesett samtidig (standard: 1; med minst 4 kjerner og mange filer, én per kjerne utenom én)',
    nn: 'kor mange trådar som sjekkar avtalesett samstundes (standard: 1; med minst 4 kjernar og mange filer, éin per kjerne utanom éin)',
    en: 'how many threads check agreement sets at once (default: 1; with at least 4 cores and many files, one per core but one)',
  },
  'cli.error.cache-is-input': {
    nb: 'Mellomlageret kan ikke skrives til {file}, for det er en av filene som sjekkes. Velg en annen --cache-location.',
    nn: 'Mellomlageret kan ikkje skrivast til {file}, for det er ei av filene som blir sjekka. Vel ein annan --cache-location.',
    en: 'The cache cannot be written to {file}, because it is one of the files being checked. Choose another --cache-location.',
  },
  'cli.error.cache-write': {
    nb: 'Klarte ikke å lagre mellomlageret i {file} ({detail}). Rapporten er likevel fullstendig.',
    nn: 'Klarte ikkje å lagre mellomlageret i {file} ({detail}). Rapporten er likevel fullstendig.',
    en: 'Could not save the cache to {file} ({detail}). The report is complete all the same.',
  },
  'cli.error.jobs': {
    nb: '--jobs må være et helt tall fra 1 til 64, ikke «{value}».',
    nn: '--jobs må vere eit heilt tal frå 1 til 64, ikkje «{value}».',
    en: '--jobs must be a whole number from 1 to 64, not "{value}".',
  },
} as const satisfies Record<string, LocalText>;
