// "Mente du …?" for the command line: the closest command, option or value, with the work bounded.
import { closest } from '../util/suggest.js';

/** Longest input compared by edit distance; a longer word gets no suggestion (the distance is quadratic in length). */
export const MAX_SUGGEST_INPUT = 64;
/** Most candidates compared. */
export const MAX_SUGGEST_CANDIDATES = 200;

/** The candidate closest to `input` when it is a likely typo; undefined for long inputs or no close candidate. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > MAX_SUGGEST_INPUT) return undefined;
  const usable = candidates.filter((c) => c.length <= MAX_SUGGEST_INPUT).slice(0, MAX_SUGGEST_CANDIDATES);
  return closest(input, usable);
}
