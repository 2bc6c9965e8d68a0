// Whether an old term stands in a historical statement («(tidlegare Fylkesmannen)», «vedtatt av rådmannen i 2014»).

/** Words just before a term that say it is a former name, or a look back at something finished. */
const FORMER = /(?:tidligere|tidlegare|tidl\.|før|fram\s+til|frem\s+til|til\s+og\s+med|oppfølging(?:en|a)?\s+av|evaluering(?:en|a)?\s+av|erstatter|erstattar|avløser|avløyser)(?:\s+(?:kalt|kalla|het|heitte|omtalt\s+som|omtala\s+som))?\s*[«"“]?\s*$/iu;

/** Past-tense verbs that, with a year before the term went stale, make the sentence a record of what happened. */
const PAST = /(?<![\p{L}\p{N}])(?:vedtatt|vedtok|vedteken|vedtekne|vedteke|vedtak|ble|vart|var|het|heitte|gjaldt|galdt|signert|signerte|underskrevet|underskriven|inngått|inngikk|inngjekk|utarbeidet|utarbeidd|laget|laga|behandlet|behandla|godkjent|godkjende)(?![\p{L}\p{N}])/iu;

const YEAR = /(?<![\p{N}])(19\d\d|20\d\d)(?![\p{N}])/gu;

/** How far back (in characters) a «tidligere» or «oppfølging av» may stand before the term. */
const LOOKBACK = 40;

/** The sentence around [start, end): from after the last . ! ? or line break before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  return text.slice(from, to);
}

/**
 * True when the match at [start, end) of `text` is a historical statement, not current usage: it is written as a former
 * name («Statsforvaltaren (tidlegare Fylkesmannen)», «tidligere kalt …»), it follows «oppfølging av» / «evaluering av»,
 * or its sentence records a past act with a year before the term went stale («vedtatt av rådmannen i 2014»).
 */
export function isHistorical(text: string, start: number, end: number, staleFrom: string): boolean {
  const before = text.slice(Math.max(0, start - LOOKBACK), start);
  if (FORMER.test(before)) return true;
  const sentence = sentenceAround(text, start, end);
  if (!PAST.test(sentence)) return false;
  const staleYear = Number(staleFrom.slice(0, 4));
  // Years inside the term itself («sykehusplan 2020–2023») name the thing; they do not date the statement.
  const around = sentence.replace(text.slice(start, end), ' ');
  for (const m of around.matchAll(YEAR)) if (Number(m[1]) < staleYear) return true;
  return false;
}
