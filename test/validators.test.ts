// The precompiled validators in src/generated/ are in sync with their generator and behave exactly like ajv compiling at run time.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ErrorObject, type Options } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import avtaleValidator from '../src/generated/avtale-validator.js';
import configValidator from '../src/generated/config-validator.js';
import { ajvRecipes } from '../src/schemas.js';
import { agreementValidator } from '../src/structure.js';
import { mainFile } from './helpers/tree.js';
import { ROOT } from './helpers/run.js';

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020, formats: string[]) => Ajv2020 }).default;
const json = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8')) as object;

/** The Ajv setups (schemas/ajv.json, the one copy the build script reads too), compiled here at run time as the reference. */
const REFERENCE = ajvRecipes().validators satisfies Record<string, { schema: string; options: Options; formats: string[] }>;
const EDITOR_KEYWORDS = ajvRecipes().editorKeywords;

type Validator = { (data: unknown): boolean; errors?: ErrorObject[] | null };

function runtimeValidator(which: keyof typeof REFERENCE): Validator {
  const { schema, options, formats } = REFERENCE[which];
  const ajv = new Ajv2020(options);
  addFormats(ajv, formats);
  ajv.addVocabulary(EDITOR_KEYWORDS);
  return ajv.compile(json(schema));
}

const runtime = { avtale: runtimeValidator('avtale'), config: runtimeValidator('config') };
const precompiled = { avtale: avtaleValidator, config: configValidator };

// The precompiled code carries its own copy of the schema, so `schema` and `parentSchema` are equal, not identical;
// they are compared as JSON (memoised, since every error of a run points into the same few objects).
const asJson = new WeakMap<object, string>();
function canonical(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  let text = asJson.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    asJson.set(value, text);
  }
  return { json: text };
}

function outcome(validate: Validator, data: unknown) {
  const valid = validate(data);
  const errors = validate.errors?.map((e) => ({ ...e, schema: canonical(e.schema), parentSchema: canonical(e.parentSchema) })) ?? validate.errors;
  return { valid, errors };
}

/** Asserts that both validators give the same result and the same errors, in the same order; returns the error count. */
function expectSame(which: keyof typeof REFERENCE, data: unknown, label: string): number {
  const expected = outcome(runtime[which], data);
  expect(outcome(precompiled[which], data), label).toStrictEqual(expected);
  return expected.errors?.length ?? 0;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every document of every YAML file under examples/ and test/fixtures/ that parses (core schema). */
function corpus(): { label: string; data: unknown }[] {
  const out: { label: string; data: unknown }[] = [];
  for (const file of [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))]) {
    parseAllDocuments(readFileSync(file, 'utf8'), { schema: 'core' }).forEach((doc, i) => {
      if (!('errors' in doc) || doc.errors.length > 0) return;
      let data: unknown;
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch {
        return; // an alias bomb among the hostile fixtures
      }
      out.push({ label: `${path.relative(ROOT, file)} #${i}`, data });
    });
  }
  return out;
}

const parseOne = (text: string): unknown => parseAllDocuments(text, { schema: 'core' })[0]!.toJS() as unknown;

/** Copies of `data` with one node replaced by a value of the wrong kind, or one unknown key added, at every path. */
function mutations(data: unknown, label: string): { label: string; data: unknown }[] {
  const replacements: unknown[] = [42, 1.5, -1, '', 'x y', true, null, [], {}, ['a', 'a'], '2025-02-30', 'not a uri'];
  const out: { label: string; data: unknown }[] = [];
  const visit = (node: unknown, at: (string | number)[]) => {
    for (const value of at.length === 0 ? [] : replacements) out.push({ label: `${label} ${at.join('.')} = ${JSON.stringify(value)}`, data: replaceAt(data, at, value) });
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) visit(child, [...at, i]);
    } else if (node !== null && typeof node === 'object') {
      out.push({ label: `${label} ${at.join('.')} + ukjent`, data: replaceAt(data, at, { ...node, ukjent_felt: 1 }) });
      for (const [key, child] of Object.entries(node)) visit(child, [...at, key]);
    }
  };
  visit(data, []);
  return out;
}

function replaceAt(data: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, value);
  return copy;
}

const minimal = parseOne(mainFile('Minimal')) as Record<string, any>;

/** Hand-made broken agreements: wrong types, unknown keys, impossible dates, bad URIs, missing fields, enum typos. */
const BROKEN: Record<string, unknown> = {
  'kommunenummer as a number': { ...minimal, parter: { ...minimal.parter, kommuner: [{ navn: 'Oslo', kommunenummer: 301 }] } },
  'tittel as a number': { ...minimal, avtale: { ...minimal.avtale, tittel: 2025 } },
  'unknown key at the root': { ...minimal, avtalle: {} },
  'misspelt key in avtale': { ...minimal, avtale: { ...minimal.avtale, titel: 'x' } },
  'key with a comma': { ...minimal, avtale: { ...minimal.avtale, 'Somatikk, psykisk helse': null } },
  '2025-02-30': { ...minimal, avtale: { ...minimal.avtale, vedtatt: '2025-02-30' } },
  '2023-02-29': { ...minimal, avtale: { ...minimal.avtale, vedtatt: '2023-02-29' } },
  '2024-02-29 (leap year, valid)': { ...minimal, avtale: { ...minimal.avtale, vedtatt: '2024-02-29' } },
  'orgnr with eight digits': { ...minimal, parter: { ...minimal.parter, helseforetak: { navn: 'HF', orgnr: '12345678' } } },
  'revision interval out of range': { ...minimal, avtale: { ...minimal.avtale, revisjon: { intervall_aar: 0 }, varighet: { oppsigelsesfrist_maaneder: -1 } } },
  'revision interval too long': { ...minimal, avtale: { ...minimal.avtale, revisjon: { intervall_aar: 25 } } },
  '2025-13-01': { ...minimal, avtale: { ...minimal.avtale, i_kraft: '2025-13-01' } },
  'date with time': { ...minimal, avtale: { ...minimal.avtale, i_kraft: '2025-01-01T00:00:00Z' } },
  'uri without a scheme': { ...minimal, avtale: { ...minimal.avtale, publisering: { url: 'www.helse-test.no/avtale' } } },
  'uri with a space': { ...minimal, avtale: { ...minimal.avtale, publisering: { url: 'https://helse test.no/' } } },
  'uri that is valid': { ...minimal, avtale: { ...minimal.avtale, publisering: { url: 'https://helse-test.no/avtale?x=1#a' } } },
  'missing parter': { avtale: minimal.avtale, dokumenter: minimal.dokumenter },
  'missing everything': {},
  'empty kommuner': { ...minimal, parter: { ...minimal.parter, kommuner: [] } },
  'duplicate kommuner in a document': { ...minimal, dokumenter: [{ ...minimal.dokumenter[0], kommuner: ['0301', '0301'] }] },
  'duplicate document types and changes in vedtaksmyndighet': { ...minimal, vedtaksmyndighet: [{ dokumenttyper: ['tjenesteavtale', 'tjenesteavtale'], endringer: [{ a: 1 }, { a: 1 }] }] },
  'document type typo': { ...minimal, dokumenter: [{ ...minimal.dokumenter[0], type: 'tenesteavtale' }] },
  'maalform typo': { ...minimal, avtale: { ...minimal.avtale, maalform: 'nno' } },
  'unknown krav in dekning': { ...minimal, dekning: [{ krav: 'hol-6-2-nr14', dokument: 'hoved' }] },
  'wrong element for a krav': { ...minimal, dekning: [{ krav: 'hol-6-2-nr1', dokument: 'hoved', elementer: ['ikke-et-element'] }] },
  'document file with errors': { dokument: { id: '', type: 'rundskriv', tittel: 3, ukjent: true } },
  'inkluder with extra keys': { ...minimal, dokumenter: [{ inkluder: 'a.yaml', id: 'x' }] },
  'empty inkluder': { ...minimal, dokumenter: [{ inkluder: '' }] },
  'root is a list': [minimal],
  'root is text': 'avtale',
  'root is null': null,
  'root is a number': 7,
};

const CONFIGS: Record<string, unknown> = {
  empty: {},
  valid: { $schema: '../schemas/config.schema.json', lang: 'nn', failOn: 'warning', asOf: '2024-02-29', format: 'sarif', rules: { 'stale-daily-rate': 'off', 'hol-6-2-nr5': 'info' } },
  'lang typo': { lang: 'nb-NO' },
  'failOn as a number': { failOn: 1 },
  'impossible asOf': { asOf: '2025-02-30' },
  'asOf as a date-time': { asOf: '2025-01-01T10:00:00' },
  'empty format': { format: '' },
  'unknown key': { lang: 'nb', fail_on: 'error' },
  'bad rule id and severity': { rules: { Bad_ID: 'warning', 'good-id': 'fatal', '-x': 'off' } },
  'rules as a list': { rules: ['off'] },
  'root is a list': ['lang'],
  'root is text': 'lang: nb',
  'root is null': null,
};

describe('precompiled validators', () => {
  it('src/generated/ is what scripts/build-validators.mjs generates from schemas/', () => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-validators.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('were built with the reference options, formats and editor keywords', () => {
    for (const [which, ref] of Object.entries(REFERENCE)) {
      const text = readFileSync(path.join(ROOT, 'src/generated', `${which}-validator.ts`), 'utf8');
      const recipe = /^\/\/ Ajv2020 build: (.*)$/m.exec(text);
      expect(recipe, which).not.toBeNull();
      expect(JSON.parse(recipe![1]!), which).toEqual({ options: ref.options, formats: ref.formats, vocabulary: EDITOR_KEYWORDS });
    }
  });

  it('agreementValidator() is the precompiled one, with verbose errors (parentSchema is what structure.ts reads)', () => {
    const validate = agreementValidator();
    expect(validate).toBe(avtaleValidator);
    expect(validate({ ...minimal, avtale: { ...minimal.avtale, titel: 'x' } })).toBe(false);
    const error = validate.errors!.find((e) => e.keyword === 'additionalProperties')!;
    expect(error.params).toEqual({ additionalProperty: 'titel' });
    expect(Object.keys((error.parentSchema as { properties: object }).properties)).toContain('tittel');
    expect(error.data).toEqual({ ...minimal.avtale, titel: 'x' });
    expect(error.schema).toBe(false);
  });

  it('no module in src/ loads the ajv compiler at run time (only ajv-formats\' format functions, from the generated code)', () => {
    const offenders: string[] = [];
    for (const e of readdirSync(path.join(ROOT, 'src'), { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.ts')) continue;
      const file = path.join(e.parentPath, e.name);
      const text = readFileSync(file, 'utf8');
      const specs = [
        ...[...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!),
        ...[...text.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!),
      ];
      for (const spec of specs) {
        if (!/^ajv(-formats)?(\/|$)/.test(spec)) continue;
        if (spec === 'ajv-formats/dist/formats.js' && e.parentPath === path.join(ROOT, 'src/generated')) continue;
        offenders.push(`${path.relative(ROOT, file)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('agree with run-time ajv on every example and fixture (agreement and config schema)', () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(100);
    let errors = 0;
    for (const { label, data } of files) {
      errors += expectSame('avtale', data, label);
      expectSame('config', data, label);
    }
    expect(errors).toBeGreaterThan(50); // the fixtures exercise the error paths, not only valid files
  });

  it('agree with run-time ajv on hand-made broken agreements', () => {
    for (const [label, data] of Object.entries(BROKEN)) expectSame('avtale', data, label);
    const keywords = new Set(Object.values(BROKEN).flatMap((data) => {
      runtime.avtale(data);
      return (runtime.avtale.errors ?? []).map((e) => e.keyword);
    }));
    for (const k of ['type', 'additionalProperties', 'required', 'format', 'enum', 'pattern', 'minimum', 'maximum', 'minItems', 'minLength', 'uniqueItems', 'if']) expect(keywords, k).toContain(k);
  });

  it('agree with run-time ajv when any node of an agreement is replaced by a wrong value or gets an unknown key', () => {
    const rich = parseOne(readFileSync(path.join(ROOT, 'examples/formannskap/avtale.yaml'), 'utf8'));
    const cases = [...mutations(minimal, 'minimal'), ...mutations(rich, 'formannskap')];
    expect(cases.length).toBeGreaterThan(1000);
    for (const { label, data } of cases) expectSame('avtale', data, label);
  });

  it('behave the same under plain Node as under vitest (the two load CommonJS modules differently)', () => {
    // Node 20 cannot import TypeScript: strip the types, point the one bare import at its file, and run it in a child.
    const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-validators-'));
    const formats = pathToFileURL(createRequire(import.meta.url).resolve('ajv-formats/dist/formats.js')).href;
    const samples = [minimal, ...Object.values(BROKEN), ...Object.values(CONFIGS)];
    for (const which of ['avtale', 'config'] as const) {
      const source = readFileSync(path.join(ROOT, 'src/generated', `${which}-validator.ts`), 'utf8');
      const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      expect(js).toContain("from 'ajv-formats/dist/formats.js'");
      const file = path.join(dir, `${which}.mjs`);
      writeFileSync(file, js.replace("from 'ajv-formats/dist/formats.js'", `from ${JSON.stringify(formats)}`));
      const script = `const v = (await import(process.argv[1])).default;
        const samples = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));
        const slim = (errors) => errors && errors.map(({ schema, parentSchema, ...e }) => e); // both are compared above
        process.stdout.write(JSON.stringify(samples.map((d) => ({ valid: v(d), errors: slim(v.errors) }))));`;
      const inNode = execFileSync(process.execPath, ['--input-type=module', '-e', script, file], { input: JSON.stringify(samples), encoding: 'utf8' });
      const slim = (errors: ErrorObject[] | null | undefined) => errors && errors.map(({ schema: _s, parentSchema: _p, ...e }) => e);
      const inVitest = samples.map((d) => ({ valid: precompiled[which](d), errors: slim(precompiled[which].errors) }));
      expect(JSON.parse(inNode), which).toEqual(JSON.parse(JSON.stringify(inVitest)));
    }
  });

  it('agree with run-time ajv on config files, valid and broken', () => {
    for (const [label, data] of Object.entries(CONFIGS)) expectSame('config', data, label);
    for (const { label, data } of mutations(CONFIGS.valid, 'config')) expectSame('config', data, label);
    expect(configValidator(CONFIGS.valid)).toBe(true);
    expect(configValidator(CONFIGS['impossible asOf'])).toBe(false);
    expect(configValidator.errors!.map((e) => e.keyword)).toEqual(['format']);
  });
});
