// Reading a changed text: editorial (spelling, renumbering, an updated name), content words, or a change the check cannot place.
import { describe, expect, it } from 'vitest';
import { readTextChange } from '../src/diff/text-change.js';

describe('readTextChange', () => {
  it.each([
    ['an updated name', 'Fylkesmannen skal varsles.', 'Statsforvalteren skal varsles.'],
    ['renumbering', 'Se punkt 4.2 og § 3.', 'Se punkt 5.2 og § 4.'],
    ['a spelling fix', 'Partene samabeider om rutinen.', 'Partene samarbeider om rutinen.'],
    ['an added article only', 'Kommunen gir beskjed.', 'Kommunen gir en beskjed.'],
  ])('%s is editorial', (_, before, after) => {
    expect(readTextChange(before, after)).toEqual({ verdict: 'editorial', words: [] });
  });

  it.each([
    ['a new deadline', 'Svar innen 24 timer.', 'Svar innen 48 timer.', ['48 timer', '24 timer']],
    ['a new payment', 'Kontaktpunkt er legevakten.', 'Kontaktpunkt er legevakten, og kommunen skal dekke utgiftene.', ['skal', 'dekke', 'utgiftene']],
    ['a removed duty (nynorsk)', 'Kommunen har ansvar for transporten.', 'Kommunen ordnar transporten.', ['ansvar']],
    ['a new amount', 'Eigendel 300 kr.', 'Eigendel 450 kr.', ['450 kr', '300 kr']],
  ])('%s is content', (_, before, after, words) => {
    expect(readTextChange(before, after)).toEqual({ verdict: 'content', words });
  });

  it.each([
    ['another party does it', 'Kommunen betaler reisen.', 'Helseforetaket betaler reisen.'],
    ['a wider scope', 'Rutinen gjelder somatikk.', 'Rutinen gjelder somatikk og psykisk helse.'],
  ])('%s is not recognised', (_, before, after) => {
    expect(readTextChange(before, after).verdict).toBe('unrecognised');
  });
});
