// Nynorsk (and other near) spellings of agreement-file keys, mapped to the bokmål key the format uses. Data, not logic.

/**
 * Keys people write in nynorsk or with æøå, and the key the format expects. Used for «Mente du …?» on an unknown
 * key before the edit-distance guess (which cannot see that «vedteke» means «vedtatt»).
 */
export const KEY_ALIASES: Readonly<Record<string, string>> = {
  vedteke: 'vedtatt',
  kommunar: 'kommuner',
  namn: 'navn',
  målform: 'maalform',
  seksjonar: 'seksjoner',
  'i_kraft_frå': 'i_kraft',
  ikraft: 'i_kraft',
  partar: 'parter',
  helseføretak: 'helseforetak',
  helseforetaket: 'helseforetak',
  organ: 'organer',
  dekking: 'dekning',
  samarbeidstiltaka: 'samarbeidstiltak',
  elementa: 'elementer',
  grunngjeving: 'begrunnelse',
  grunngiving: 'begrunnelse',
  ikkje_relevant: 'ikke_relevant',
  vedtaksmynde: 'vedtaksmyndighet',
  organisasjonsnummer: 'orgnr',
  kommunenr: 'kommunenummer',
};

/** The bokmål key `key` is likely meant as, when it is one of `allowed`. */
export function aliasFor(key: string, allowed: readonly string[]): string | undefined {
  const target = KEY_ALIASES[key.toLowerCase()];
  return target !== undefined && allowed.includes(target) ? target : undefined;
}
