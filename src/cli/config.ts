// The config file for a command: --config, else .avtalesjekk.yaml found upward; --no-config reads none.
import path from 'node:path';
import { findConfig } from '../config/find.js';
import { loadConfig, type Config } from '../config/load.js';
import { FORMATS } from '../format/index.js';
import { t } from '../i18n/index.js';
import type { FileSystem } from '../load/fs.js';
import { loadCatalogue } from '../requirements/catalogue.js';
import { allRules } from '../rules/registry.js';
import type { Lang } from '../types.js';
import { relativePath } from '../util/paths.js';
import { EXIT } from './errors.js';
import { warn } from './output.js';
import type { FullIO } from './world.js';

/** The settings, and the folder of the file they came from (ignore patterns are relative to it). */
export type ConfigOutcome = { ok: true; config: Config; folder?: string } | { ok: false; exitCode: number };

/**
 * The config file: --config, else .avtalesjekk.yaml found upward from the working folder; --no-config reads none.
 * Errors are one line each, with file:line:column (exit 2).
 */
export async function readConfig(option: string | false | undefined, lang: Lang, fs: FileSystem, io: FullIO): Promise<ConfigOutcome> {
  if (option === false) return { ok: true, config: {} };
  let file: string;
  if (option !== undefined) {
    file = path.resolve(io.cwd, option);
  } else {
    const found = await findConfig(io.cwd, fs);
    if ('ambiguous' in found) {
      warn(lang, io, 'configfile.ambiguous', {
        first: relativePath(io.cwd, found.ambiguous[0]),
        second: relativePath(io.cwd, found.ambiguous[1]),
      });
      return { ok: false, exitCode: EXIT.couldNotCheck };
    }
    if (found.found === undefined) return { ok: true, config: {} };
    file = found.found;
  }
  const catalogue = loadCatalogue();
  const ruleIds = allRules(catalogue).map((r) => r.id);
  const result = await loadConfig(file, { fs, lang, display: relativePath(io.cwd, file), formats: Object.keys(FORMATS), ruleIds });
  if (result.ok) return { ...result, folder: path.dirname(file) };
  for (const e of result.errors) io.stderr(`${t(lang, 'cli.error.prefix')}${e.file}:${e.line}:${e.column}: ${e.message}\n`);
  return { ok: false, exitCode: EXIT.couldNotCheck };
}
