// Messages for `avtalesjekk endring` (comparing two versions): each key in all three languages side by side.
import type { LocalText } from '../types.js';

export const diff = {
  'diff.title': { nb: 'Endringer mellom to versjoner', nn: 'Endringar mellom to versjonar', en: 'Changes between two versions' },
} as const satisfies Record<string, LocalText>;
