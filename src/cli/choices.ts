// Values the command line accepts for its choice options, with Norwegian spellings beside the codes.
import { Option } from 'commander';
import type { Lang, Severity } from '../types.js';
import { CliError } from './errors.js';
import { suggest } from './suggest.js';

/** Spellings accepted for --lang, each mapped to its code. */
export const LANG_SPELLINGS: Readonly<Record<string, Lang>> = {
  nb: 'nb',
  bokmål: 'nb',
  bokmal: 'nb',
  nn: 'nn',
  nynorsk: 'nn',
  en: 'en',
  engelsk: 'en',
  english: 'en',
};

/** Spellings accepted for --fail-on: the report's codes, and the words in bokmål and nynorsk. */
export const SEVERITY_SPELLINGS: Readonly<Record<string, Severity>> = {
  error: 'error',
  feil: 'error',
  warning: 'warning',
  advarsel: 'warning',
  åtvaring: 'warning',
  atvaring: 'warning',
  info: 'info',
};

/** Spellings accepted for `check --audience` (the HTML report's reader). */
export const AUDIENCE_SPELLINGS: Readonly<Record<string, 'utvalg' | 'teknisk'>> = {
  utvalg: 'utvalg',
  utval: 'utvalg',
  committee: 'utvalg',
  teknisk: 'teknisk',
  technical: 'teknisk',
};

/** Spellings accepted for `rules --format`. */
export const RULES_FORMAT_SPELLINGS: Readonly<Record<string, 'text' | 'markdown'>> = { text: 'text', tekst: 'text', markdown: 'markdown' };

/** Each code once, as written in help and errors. */
export function codes(spellings: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.values(spellings))];
}

/** The spelling as typed, made comparable: trimmed, lower case, composed (å typed as a + ring is å). */
function normalise(value: string): string {
  return value.trim().normalize('NFC').toLowerCase();
}

/** The code for `value`, or undefined. */
export function lookupChoice<T extends string>(spellings: Readonly<Record<string, T>>, value: string): T | undefined {
  const key = normalise(value);
  return Object.hasOwn(spellings, key) ? spellings[key] : undefined;
}

/**
 * A commander argument parser for a choice option: returns the code for any accepted spelling, else throws a CliError
 * naming the option, the value, the allowed codes and the closest spelling.
 */
export function choiceParser<T extends string>(
  option: string,
  spellings: Readonly<Record<string, T>>,
  shown: readonly string[] = codes(spellings),
): (value: string) => T {
  return (value) => {
    const code = lookupChoice(spellings, value);
    if (code !== undefined) return code;
    throw choiceError(option, value, Object.keys(spellings), shown);
  };
}

/** The error for a value outside `accepted`, with «Mente du …?» when one is close. */
export function choiceError(option: string, value: string, accepted: readonly string[], shown: readonly string[]): CliError {
  const suggestion = suggest(normalise(value), accepted);
  const choices = shown.join(', ');
  return suggestion === undefined
    ? new CliError('cli.error.bad-choice', { option, value, choices })
    : new CliError('cli.error.bad-choice-suggest', { option, value, choices, suggestion });
}

/** A parser for a whole number from 0 up (for --max-warnings). */
export function countParser(option: string): (value: string) => number {
  return (value) => {
    if (!/^[0-9]{1,9}$/.test(value.trim())) throw new CliError('cli.error.bad-count', { option, value });
    return Number(value.trim());
  };
}

/** An option that takes one of `spellings`; help lists the codes unless the description already does. */
export function choiceOption<T extends string>(
  flags: string,
  description: string,
  name: string,
  spellings: Readonly<Record<string, T>>,
  listInHelp = true,
): Option {
  const option = new Option(flags, description).argParser(choiceParser(name, spellings));
  if (listInHelp) option.argChoices = codes(spellings);
  return option;
}
