// Document labels do not repeat a number the title already says, in any of the usual spellings.
import { describe, expect, it } from 'vitest';
import { coverageLabel, titleSaysNumber } from '../src/format/common.js';

describe('titleSaysNumber', () => {
  it('sees the same number in the usual spellings', () => {
    expect(titleSaysNumber('TA 3', 'TA 3 Innleggelse')).toBe(true);
    expect(titleSaysNumber('TA 3', 'Tjenesteavtale 3: Innleggelse i sykehus')).toBe(true);
    expect(titleSaysNumber('Tjenesteavtale nr. 3', 'Tjenesteavtale 3 – innleggelse')).toBe(true);
    expect(titleSaysNumber('3', 'Tjenesteavtale nr. 3 om innleggelse')).toBe(true);
    expect(titleSaysNumber('Del 1', 'Del 1. Overordnet avtale')).toBe(true);
    expect(titleSaysNumber('ta3', 'TA3')).toBe(true);
  });

  it('keeps a number the title does not say', () => {
    expect(titleSaysNumber('TA 3', 'Tjenesteavtale 13 Innleggelse')).toBe(false);
    expect(titleSaysNumber('Del 1', 'Samarbeidsavtale mellom Helse Vestmo HF og kommunene')).toBe(false);
    expect(titleSaysNumber('3', 'Innleggelse i sykehus')).toBe(false);
    expect(titleSaysNumber('3', '3')).toBe(true);
    expect(titleSaysNumber('R1', 'Retningslinje for pasientforløp')).toBe(false);
    expect(titleSaysNumber('', 'Hva som helst')).toBe(false);
  });

  it('is what the coverage label uses: the title alone when it says the number, else number and title', () => {
    const base = { documentId: 'ta3', elements: [], location: { file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 }, documentLocation: { file: 'a.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 } };
    expect(coverageLabel({ ...base, documentNumber: 'TA 3', documentTitle: 'Tjenesteavtale 3: Innleggelse', sectionId: '2' }, 'nb')).toBe('Tjenesteavtale 3: Innleggelse, seksjon 2');
    expect(coverageLabel({ ...base, documentNumber: 'TA 3', documentTitle: 'Innleggelse' }, 'nb')).toBe('TA 3 Innleggelse');
  });
});
