// Writes src/generated/*-validator.ts: the agreement and config schemas precompiled by ajv's standalone code generation,
// so a run never loads the ajv compiler. The folder is a build artefact (git-ignored): `npm run build` and the test
// setup run this first. A file is only rewritten when its text changes. `--check` exits 1 when a file differs from
// what this script generates now (a hand edit, or a schema changed since the last build).
import { readFileSync, writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';

const addFormats = addFormatsModule.default;
const standaloneCode = standaloneModule.default;
const root = new URL('../', import.meta.url);
const outDir = new URL('src/generated/', root);

/**
 * The recipes (schema, Ajv options, formats, editor keywords), kept once in schemas/ajv.json: src/schemas.ts reads the
 * same file, and test/validators.test.ts compiles with it at run time and compares the results.
 */
const recipes = JSON.parse(readFileSync(new URL('schemas/ajv.json', root), 'utf8'));
const EDITOR_KEYWORDS = recipes.editorKeywords;
const VALIDATORS = Object.entries(recipes.validators).map(([name, v]) => ({ ...v, out: `${name}-validator.ts` }));

const requireHere = createRequire(import.meta.url);

/**
 * Helpers that ajv's code reaches as the `default` export of a CommonJS module. Node's `import` gives such a module's
 * `module.exports` as the default, vitest gives `exports.default`, so no one import works in both: their source is
 * copied into the generated module instead. Both are self-contained functions; `--check` notices when they change.
 */
const INLINED = new Set(['ajv/dist/runtime/ucs2length', 'ajv/dist/runtime/equal']);

/** The ESM specifier for a CommonJS `require()` specifier in ajv's code (packages without an exports map need `.js`). */
function esmSpecifier(spec) {
  const file = pathToFileURL(requireHere.resolve(spec)).href;
  for (const candidate of [spec, `${spec}.js`]) {
    try {
      if (import.meta.resolve(candidate) === file) return candidate;
    } catch {
      // not resolvable as written; try the next form
    }
  }
  throw new Error(`cannot import ${spec} as an ES module`);
}

/** The TypeScript module for one validator: ajv's standalone code, typed, with no `require()`. */
async function generate({ schema, options, formats }) {
  const ajv = new Ajv2020({ ...options, code: { source: true, esm: true, lines: true } });
  addFormats(ajv, formats); // also sets code.formats to `require("ajv-formats/dist/formats").fullFormats`
  ajv.addVocabulary(EDITOR_KEYWORDS);
  const validate = ajv.compile(JSON.parse(readFileSync(new URL(`schemas/${schema}`, root), 'utf8')));
  let code = standaloneCode(ajv, validate);

  const head = /^"use strict";\nexport const validate = (\w+);\nexport default \1;\n/.exec(code);
  if (!head) throw new Error(`unexpected start of ajv's standalone code for ${schema}: ${code.slice(0, 120)}`);
  const validateName = head[1];
  code = code.slice(head[0].length);

  // Even with `esm: true`, ajv's code loads its runtime helpers and the formats as `const x = require("m").a.b;`
  // lines, and src/ has no `require` (test/safety.test.ts). A named export (ajv-formats' `fullFormats`: its own
  // functions, so dates and URIs are judged as at run time) becomes a named import; a default export is inlined.
  const imports = new Map(); // local name -> [specifier, export name]
  const lines = [...code.matchAll(/^const (\w+) = require\("([^"]+)"\)((?:\.\w+)+);$/gm)];
  for (const [line, name, spec, access] of lines) {
    const [exported, ...rest] = access.slice(1).split('.');
    let value;
    if (exported === 'default') {
      if (!INLINED.has(spec) || rest.length > 0) throw new Error(`${schema}: do not know how to replace ${line}`);
      value = `/* ${spec}, inlined */ ${requireHere(spec).default.toString()}`;
    } else {
      const esm = esmSpecifier(spec);
      if (!(exported in (await import(esm)))) throw new Error(`${esm} has no named export ${exported} for Node`);
      if (imports.has(exported) && imports.get(exported)[0] !== esm) throw new Error(`two modules export ${exported}`);
      imports.set(exported, [esm, exported]);
      value = [exported, ...rest].join('.');
    }
    code = code.replace(line, () => `const ${name} = ${value};`);
  }
  if (/\brequire\(/.test(code)) throw new Error(`ajv's standalone code for ${schema} has a require() this script does not rewrite`);

  const recipe = { options, formats, vocabulary: EDITOR_KEYWORDS };
  return [
    `// DO NOT MODIFY: generated at build time by scripts/build-validators.mjs from schemas/${schema} and schemas/ajv.json (not in git).`,
    '// @ts-nocheck',
    `// Ajv2020 build: ${JSON.stringify(recipe)}`,
    "import type { ErrorObject } from 'ajv/dist/2020.js';",
    ...[...imports.values()].map(([spec, name]) => `import { ${name} } from '${spec}';`),
    code.trimEnd(),
    '',
    `/** Validates data against schemas/${schema}; after a failing call, \`errors\` holds every error (verbose: ${options.verbose === true}). */`,
    'export interface PrecompiledValidator {',
    '  (data: unknown): boolean;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    `const validate: PrecompiledValidator = ${validateName};`,
    'export default validate;',
    '',
  ].join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  if (!check) mkdirSync(outDir, { recursive: true });
  for (const entry of VALIDATORS) {
    const target = fileURLToPath(new URL(entry.out, outDir));
    const text = await generate(entry);
    if (check) {
      let current;
      try {
        current = readFileSync(target, 'utf8');
      } catch {
        current = undefined;
      }
      if (current !== text) {
        console.error(`src/generated/${entry.out} is out of date: run \`npm run validators:sync\`.`);
        stale++;
      }
    } else {
      let current;
      try {
        current = readFileSync(target, 'utf8');
      } catch {
        current = undefined;
      }
      if (current === text) continue;
      writeFileSync(target + '.tmp', text);
      renameSync(target + '.tmp', target);
      if (!process.argv.includes('--quiet')) console.log(`wrote src/generated/${entry.out}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

process.exitCode = await main();
