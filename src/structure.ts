// Validates each file against schemas/avtale.schema.json and turns ajv's errors into issues with plain messages.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { pathTarget, type DataPath, type Issue } from './engine/issue.js';
import type { SourceFile } from './yaml/parse.js';
import { nodeAtPath } from './yaml/parse-tree.js';
import agreementSchemaValidator, { type PrecompiledValidator } from './generated/avtale-validator.js';
import { PARTIAL_DATE_PATTERN } from './util/partial-date.js';
import { closest } from './util/suggest.js';
import { aliasFor } from './diagnose/key-aliases.js';

/**
 * The agreement validator, precompiled from schemas/avtale.schema.json by scripts/build-validators.mjs (verbose errors,
 * so `parentSchema` is set), so a run never loads the ajv compiler.
 */
export function agreementValidator(): PrecompiledValidator {
  return agreementSchemaValidator;
}

/** Nynorsk (and common) spellings of enum values, mapped to the bokmål value the format uses. */
const VALUE_ALIASES: Record<string, string> = {
  tenesteavtale: 'tjenesteavtale',
  retningsline: 'retningslinje',
  saeravtale: 'saeravtale',
  'særavtale': 'saeravtale',
  samarbeidsavtale: 'overordnet',
  rammeavtale: 'overordnet',
  hovudavtale: 'overordnet',
};

/** Schema issues of one parsed file; paths are local to that file. */
export function validateStructure(file: SourceFile): Issue[] {
  if (file.data === undefined) return [];
  const validate = agreementValidator();
  if (validate(file.data)) return [];
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue;
    const issue = toIssue(error, file);
    const key = `${issue.ruleId}|${issue.messageId}|${JSON.stringify(issue.params)}|${JSON.stringify(issue.target)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function toIssue(error: ErrorObject, file: SourceFile): Issue {
  const path = pointerToPath(error.instancePath);
  const field = fieldName(path);
  const at = (p: DataPath, anchor: 'key' | 'value' = 'key') => pathTarget(p, anchor, file.path);
  const params = error.params as Record<string, unknown>;
  const value = valueAt(file.data, path);
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const last = path[path.length - 1];
      const messageId = path.length === 0 ? 'schema.required-root' : typeof last === 'number' ? 'schema.required-item' : 'schema.required';
      return { ruleId: 'schema', messageId, params: { field: missing, parent: field, index: typeof last === 'number' ? last + 1 : 0 }, hintId: 'hint.add-field', hintParams: { field: missing }, target: at(path) };
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
      const suggestion = aliasFor(key, allowed) ?? closest(key, allowed);
      // `{ tittel: Somatikk, psykisk helse }`: an unquoted comma in a one-line map starts a new key.
      const hint: Pick<Issue, 'hintId' | 'hintParams'> = /\s/.test(key.trim())
        ? { hintId: 'hint.quote-comma' }
        : suggestion ? { hintId: 'hint.did-you-mean', hintParams: { suggestion } } : { hintId: 'hint.allowed-keys', hintParams: { keys: allowed.join(', ') } };
      return {
        ruleId: 'schema',
        messageId: 'schema.unknown-key-bokmal',
        params: { field: key },
        ...hint,
        target: at([...path, key]),
      };
    }
    case 'type': {
      const expected = String(params.type);
      if (expected === 'string' && typeof value === 'number') {
        const written = sourceText(file, path) ?? String(value);
        const fixed = field === 'kommunenummer' && /^\d{1,4}$/.test(written) ? written.padStart(4, '0') : written;
        return { ruleId: 'number-as-text', messageId: field === 'kommunenummer' ? 'schema.kommunenummer-number' : 'schema.number-as-text', params: { field, value: String(value), written }, hintId: 'hint.quote-number', hintParams: { field, fixed }, target: at(path) };
      }
      if (path.length === 0) return { ruleId: 'schema', messageId: 'schema.root-type', params: { actual: `@type.${typeOf(value)}` }, target: at(path, 'value') };
      return { ruleId: 'schema', messageId: 'schema.type', params: { field, expected: `@type.${expected.split(',')[0]}`, actual: `@type.${typeOf(value)}` }, target: at(path) };
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const written = String(value);
      const alias = VALUE_ALIASES[written.toLowerCase()];
      const suggestion = alias && allowed.includes(alias) ? alias : closest(written, allowed);
      return {
        ruleId: 'schema',
        messageId: 'schema.enum',
        params: { field, value: written },
        ...(suggestion ? { hintId: 'hint.did-you-mean', hintParams: { suggestion } } : { hintId: 'hint.allowed-values', hintParams: { values: allowed.join(', ') } }),
        target: at(path),
      };
    }
    case 'pattern': {
      // A date field that also takes a year (2019) or a month (2023-10): anything else is a wrong date, not a wrong pattern.
      if (params.pattern === PARTIAL_DATE_PATTERN) {
        return { ruleId: 'invalid-date', messageId: 'schema.date', params: { field, value: String(value) }, hintId: 'hint.date-format', target: at(path) };
      }
      const specific = field === 'kommunenummer' || field === 'orgnr' ? (`schema.pattern-${field}` as const) : 'schema.pattern';
      const parentIsList = typeof path[path.length - 1] === 'number' && path[path.length - 2] === 'kommuner';
      return { ruleId: 'schema', messageId: parentIsList ? 'schema.pattern-kommunenummer' : specific, params: { field, value: String(value) }, target: at(path) };
    }
    case 'format':
      if (params.format === 'date') {
        return { ruleId: 'invalid-date', messageId: 'schema.date', params: { field, value: String(value) }, hintId: 'hint.date-format', target: at(path) };
      }
      return { ruleId: 'schema', messageId: 'schema.uri', params: { field, value: String(value) }, target: at(path) };
    case 'minItems':
      return { ruleId: 'schema', messageId: 'schema.min-items', params: { field, limit: Number(params.limit) }, target: at(path) };
    case 'minLength':
      return { ruleId: 'schema', messageId: 'schema.empty', params: { field }, target: at(path) };
    case 'uniqueItems':
      return { ruleId: 'schema', messageId: 'schema.unique', params: { field, first: Number(params.j) + 1, second: Number(params.i) + 1 }, target: at(path) };
    case 'minimum':
    case 'maximum':
      return { ruleId: 'schema', messageId: `schema.${error.keyword}`, params: { field, limit: Number(params.limit) }, target: at(path) };
    default:
      return { ruleId: 'schema', messageId: 'schema.other', params: { field, detail: error.message ?? error.keyword }, target: at(path) };
  }
}

/** JSON pointer ("/dokumenter/0/id") to path segments, with list indexes as numbers. */
export function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** The key a message should name: the last map key on the path. */
function fieldName(path: DataPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return String(path[i]);
  return '';
}

function valueAt(data: unknown, path: DataPath): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

/** The scalar exactly as written in the file (so "0301" is not shown as 301). */
function sourceText(file: SourceFile, path: DataPath): string | undefined {
  const node = nodeAtPath(file.tree, path);
  return node?.kind === 'scalar' ? node.source : undefined;
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
