// Loads the JSON files in schemas/ (the agreement schema, the requirement catalogue, the report schema) once.
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

/** Where `schemas/<name>` is in the package (from src/ under vitest, from dist/ when built, beside the bundle). */
export function schemaUrl(name: string): URL {
  return new URL(`../schemas/${name}`, import.meta.url);
}

/** Reads `schemas/<name>` from the package (works from src/ under vitest and from dist/ when built). */
export function loadSchemaFile(name: string): unknown {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(schemaUrl(name), 'utf8')) as unknown;
    cache.set(name, value);
  }
  return value;
}

/** How one schema is compiled with Ajv2020: the options and the formats of ajv-formats it uses. */
export interface AjvRecipe {
  schema: string;
  options: Record<string, boolean>;
  formats: string[];
}

/**
 * The one copy of the Ajv setup (schemas/ajv.json): scripts/build-validators.mjs precompiles the validators with it at
 * build time, and test/validators.test.ts compiles with it at run time to prove the two behave the same.
 * `editorKeywords` are the annotation keywords our schemas carry for editors (yaml-language-server); ajv must accept
 * and ignore them.
 */
export function ajvRecipes(): { editorKeywords: string[]; validators: Record<'avtale' | 'config', AjvRecipe> } {
  return loadSchemaFile('ajv.json') as { editorKeywords: string[]; validators: Record<'avtale' | 'config', AjvRecipe> };
}

/** The location of `schemas/<name>` in the package, from src/ under vitest and from dist/ when built. */
export function schemaFileUrl(name: string): URL {
  return new URL(`../schemas/${name}`, import.meta.url);
}
