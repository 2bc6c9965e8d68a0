// The language of the command line, known before the program is built: --lang, then AVTALESJEKK_LANG, then bokmål.
import type { Lang } from '../types.js';
import { LANG_SPELLINGS, lookupChoice } from './choices.js';

/** The language for help and errors: --lang when it is valid, then AVTALESJEKK_LANG, then nb. */
export function preScanLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  return explicitLang(argv) ?? envLang(env) ?? 'nb';
}

/** The language --lang (or --lang=…) gives on the command line, if any; arguments after `--` are not options. */
export function explicitLang(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) found = lookupChoice(LANG_SPELLINGS, value) ?? found;
  }
  return found;
}

/** AVTALESJEKK_LANG, when it names a language. */
export function envLang(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  const value = env.AVTALESJEKK_LANG;
  return value === undefined ? undefined : lookupChoice(LANG_SPELLINGS, value);
}
