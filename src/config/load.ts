// Reads and validates a config file against schemas/config.schema.json; every error has file:line:column.
import type { ErrorObject } from 'ajv/dist/2020.js';
import validateConfig from '../generated/config-validator.js';
import { t } from '../i18n/index.js';
import type { DataPath } from '../engine/issue.js';
import type { FileSystem } from '../load/fs.js';
import { parseSource, type SourceFile } from '../yaml/parse.js';
import { readText } from '../load/read.js';
import { MAX_BRACE_EXPANSION } from '../load/glob.js';
import { ignorePatternOk } from '../load/ignore.js';
import { pathLocation } from '../engine/locate.js';
import type { Lang, Severity } from '../types.js';
import { closest } from '../util/suggest.js';

/** The settings a config file may give; each is overridden by its command-line option. */
export interface Config {
  lang?: Lang;
  failOn?: Severity;
  /** YYYY-MM-DD */
  asOf?: string;
  /** The default format when --format is not given. */
  format?: string;
  /** Per-rule severity, or 'off'. */
  rules?: Record<string, Severity | 'off'>;
  /** Glob patterns, relative to the config file's folder, for files and folders a search skips. */
  ignore?: string[];
}

/** One problem with a config file, already in the user's language. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

export interface ConfigContext {
  fs: FileSystem;
  lang: Lang;
  /** The path shown in messages. */
  display: string;
  /** Formats the CLI accepts (FORMATS), so the config cannot name one that does not exist. */
  formats: readonly string[];
  /** Every rule and requirement id. */
  ruleIds: readonly string[];
}

/** Reads the config file at `abs` and returns its settings, or every problem with it (exit 2 in the CLI). */
export async function loadConfig(abs: string, context: ConfigContext): Promise<ConfigResult> {
  const { lang, display } = context;
  const read = await readText(context.fs, abs);
  if (!read.ok) {
    if (read.problem.code === 'empty') return { ok: true, config: {} };
    const message = t(lang, `load.${read.problem.code}`, { line: read.problem.line ?? 0, column: read.problem.column ?? 0, limit: read.problem.limit ?? 0 });
    return { ok: false, errors: [{ file: display, line: read.problem.line ?? 1, column: read.problem.column ?? 1, message }] };
  }
  const file = await parseSource(display, abs, read.text);
  const at = (path: DataPath, anchor: 'key' | 'value', message: string): ConfigError => {
    const loc = pathLocation(file, path, anchor);
    return { file: display, line: loc.line, column: loc.column, message };
  };
  if (file.issues.length > 0) {
    return {
      ok: false,
      errors: file.issues.map((issue) => {
        const loc = issue.target.kind === 'range' ? rangeLine(file, issue.target.start) : { line: 1, column: 1 };
        return { file: display, ...loc, message: t(lang, 'configfile.yaml', { detail: t(lang, issue.messageId, issue.params) }) };
      }),
    };
  }
  if (file.data === undefined || file.data === null) return { ok: true, config: {} };
  const errors: ConfigError[] = [];
  if (!validateConfig(file.data)) {
    for (const error of validateConfig.errors ?? []) {
      const e = schemaError(error, file.data, lang);
      if (e) errors.push(at(e.path, e.anchor, e.message));
    }
  }
  if (errors.length === 0) {
    const data = file.data as Config & Record<string, unknown>;
    if (data.format !== undefined && !context.formats.includes(data.format)) {
      errors.push(at(['format'], 'value', t(lang, 'configfile.unknown-format', { value: data.format, allowed: context.formats.join(', ') })));
    }
    if (data.asOf !== undefined && !isRealDate(data.asOf)) errors.push(at(['asOf'], 'value', t(lang, 'configfile.bad-date', { value: data.asOf })));
    for (const [i, pattern] of (data.ignore ?? []).entries()) {
      if (!ignorePatternOk(pattern)) errors.push(at(['ignore', i], 'value', t(lang, 'configfile.bad-ignore', { pattern, limit: MAX_BRACE_EXPANSION })));
    }
    for (const id of Object.keys(data.rules ?? {})) {
      if (context.ruleIds.includes(id)) continue;
      const suggestion = closest(id, context.ruleIds);
      errors.push(at(['rules', id], 'key', suggestion ? t(lang, 'configfile.unknown-rule-suggest', { id, suggestion }) : t(lang, 'configfile.unknown-rule', { id })));
    }
  }
  if (errors.length > 0) return { ok: false, errors: dedupe(errors).sort((a, b) => a.line - b.line || a.column - b.column) };
  const { $schema: _schema, ...config } = file.data as Config & { $schema?: string };
  return { ok: true, config };
}

/** An ajv error as a path, an anchor and a message. Errors that only repeat another (the `if` of a union) are left out. */
function schemaError(error: ErrorObject, data: unknown, lang: Lang): { path: DataPath; anchor: 'key' | 'value'; message: string } | undefined {
  const path: DataPath = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      if (path.length === 0) return { path, anchor: 'value', message: t(lang, 'configfile.not-a-map') };
      return { path, anchor: 'value', message: t(lang, 'configfile.type', { key: fieldName(path), expected: `@type.${String(params.type)}` }) };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = ['lang', 'failOn', 'asOf', 'format', 'rules', 'ignore'];
      const suggestion = path.length === 0 ? closest(name, known) : undefined;
      return { path: [...path, name], anchor: 'key', message: suggestion ? t(lang, 'configfile.unknown-key-suggest', { key: name, suggestion }) : t(lang, 'configfile.unknown-key', { key: name, allowed: known.join(', ') }) };
    }
    case 'enum':
      return { path, anchor: 'value', message: t(lang, 'configfile.enum', { key: fieldName(path), value: String(valueAt(data, path)), allowed: (params.allowedValues as unknown[]).join(', ') }) };
    case 'format':
      return { path, anchor: 'value', message: t(lang, 'configfile.bad-date', { value: String(valueAt(data, path)) }) };
    case 'propertyNames': {
      // Only rule ids are checked by name; the offending key is the unknown id.
      const id = String(params.propertyName);
      return { path: [...path, id], anchor: 'key', message: t(lang, 'configfile.unknown-rule', { id }) };
    }
    case 'pattern':
      return (error as ErrorObject & { propertyName?: string }).propertyName !== undefined ? undefined : { path, anchor: 'value', message: t(lang, 'configfile.invalid', { key: fieldName(path), detail: error.message ?? 'pattern' }) };
    case 'minLength':
      return { path, anchor: 'value', message: t(lang, 'configfile.type', { key: fieldName(path), expected: '@type.string' }) };
    default:
      return { path, anchor: 'value', message: t(lang, 'configfile.invalid', { key: fieldName(path) || '.', detail: error.message ?? error.keyword }) };
  }
}

function fieldName(path: DataPath): string {
  return path.map(String).join('.');
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[String(seg)] : undefined;
  return v;
}

function rangeLine(file: SourceFile, offset: number): { line: number; column: number } {
  const p = file.lines.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line: p.line, column: p.col };
}

function dedupe(errors: ConfigError[]): ConfigError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True for YYYY-MM-DD dates that exist (2024-02-29 yes, 2023-02-29 no). */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
