// The language of the command line, known before the program is built: --lang, then AVTALESJEKK_LANG, then the
// config file's `lang`, then bokmål.
import path from 'node:path';
import { findConfig } from '../config/find.js';
import type { FileSystem } from '../load/fs.js';
import { parseSource } from '../yaml/parse.js';
import { readText } from '../load/read.js';
import type { Lang } from '../types.js';
import { LANG_SPELLINGS, lookupChoice } from './choices.js';

/** The language for help and errors: --lang when it is valid, then AVTALESJEKK_LANG, then the config file's, then nb. */
export async function preScanLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  fs: FileSystem,
): Promise<Lang> {
  return explicitLang(argv) ?? envLang(env) ?? (await configLang(argv, cwd, fs)) ?? 'nb';
}

/**
 * The `lang` of the config file `check` would read (--config, else .avtalesjekk.yaml found upward; none with
 * --no-config), read quietly: a file that is missing or invalid gives nothing here, and `check` reports it.
 */
export async function configLang(argv: readonly string[], cwd: string, fs: FileSystem): Promise<Lang | undefined> {
  const option = configOption(argv);
  if (option === false) return undefined;
  let file = option === undefined ? undefined : path.resolve(cwd, option);
  if (file === undefined) {
    const found = await findConfig(cwd, fs).catch(() => ({ found: undefined }));
    if (!('found' in found) || found.found === undefined) return undefined;
    file = found.found;
  }
  const read = await readText(fs, file).catch(() => undefined);
  if (!read?.ok) return undefined;
  const parsed = await parseSource(file, file, read.text).catch(() => undefined);
  if (parsed === undefined || parsed.issues.length > 0) return undefined;
  const data = parsed.data as { lang?: unknown } | null | undefined;
  return typeof data?.lang === 'string' && (data.lang === 'nb' || data.lang === 'nn' || data.lang === 'en') ? data.lang : undefined;
}

/** --config <file> (or --config=<file>), false for --no-config, undefined for neither; the last one given counts. */
function configOption(argv: readonly string[]): string | false | undefined {
  let option: string | false | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--no-config') option = false;
    else if (arg === '--config' && argv[i + 1] !== undefined) option = argv[++i]!;
    else if (arg.startsWith('--config=')) option = arg.slice('--config='.length);
  }
  return option;
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
