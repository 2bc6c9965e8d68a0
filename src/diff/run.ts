// Loads two versions of an agreement set through the file-system port and compares them (the library entry point for `endring`).
import path from 'node:path';
import type { DiscoverProblem } from '../load/discover.js';
import { toDisplayPath } from '../util/paths.js';
import { t } from '../i18n/index.js';
import { nodeFileSystem, type FileSystem } from '../load/fs.js';
import { loadAgreementSet, type AgreementSet } from '../load/agreement-set.js';
import { locate } from '../engine/locate.js';
import { isRecord } from '../model.js';
import { loadCatalogue } from '../requirements/catalogue.js';
import { allRules } from '../rules/registry.js';
import type { Lang } from '../types.js';
import { compareAgreements } from './compare.js';
import type { ChangeReport } from './types.js';

export interface DiffOptions {
  /** The working folder; paths in the report are relative to it. */
  cwd: string;
  /** YYYY-MM-DD; the core never reads the clock. */
  asOf: string;
  lang?: Lang;
  fs?: FileSystem;
}

/** An input that could not be compared: unreadable (as `check` says it), or not readable as YAML. */
export interface CouldNotCompare {
  file: string;
  code: DiscoverProblem['code'] | 'yaml';
  message: string;
}

export type DiffResult = { ok: true; report: ChangeReport } | { ok: false; problems: CouldNotCompare[] };

/** Loads `oldFile` and `newFile` (main files of two versions, includes and all) and compares them. */
export async function diff(oldFile: string, newFile: string, options: DiffOptions): Promise<DiffResult> {
  const lang = options.lang ?? 'nb';
  const fs = options.fs ?? nodeFileSystem;
  const catalogue = loadCatalogue();
  const severity = new Map(allRules(catalogue).map((r) => [r.id, r.severity]));
  const display = (abs: string) => toDisplayPath(options.cwd, abs);
  const problems: CouldNotCompare[] = [];
  const sets: AgreementSet[] = [];
  for (const file of [oldFile, newFile]) {
    const loaded = await loadAgreementSet(path.resolve(options.cwd, file), { fs, display });
    if (!loaded.ok) {
      const p = loaded.problem;
      problems.push({ file: loaded.file, code: p.code, message: t(lang, `load.${p.code}`, { line: p.line ?? 0, column: p.column ?? 0, limit: p.limit ?? 0 }) });
      continue;
    }
    const set = loaded.set;
    if (isRecord(set.data) && 'dokument' in set.data && !('avtale' in set.data)) {
      problems.push({ file: set.main.path, code: 'document-file', message: t(lang, 'load.document-file') });
      continue;
    }
    // A set that did not parse, or whose includes failed, would compare as if text were removed: refuse, and say where.
    const broken = set.issues.find((i) => (i.severity ?? severity.get(i.ruleId) ?? 'error') === 'error');
    if (broken) {
      const at = locate(set, broken.target);
      problems.push({ file: set.main.path, code: 'yaml', message: t(lang, 'diff.error.unreadable-set', { place: `${at.file}:${at.line}:${at.column}`, message: t(lang, broken.messageId, broken.params ?? {}), file: set.main.path }) });
      continue;
    }
    sets.push(set);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, report: compareAgreements(sets[0]!, sets[1]!, { asOf: options.asOf, lang, catalogue }) };
}
