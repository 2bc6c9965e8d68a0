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

/**
 * Annotation keywords our schemas carry for editors (yaml-language-server); ajv must accept and ignore them.
 * scripts/build-validators.mjs compiles the precompiled validators with the same list (it cannot import TypeScript);
 * test/validators.test.ts checks that the two agree.
 */
export const EDITOR_KEYWORDS = ['markdownDescription', 'markdownEnumDescriptions', 'defaultSnippets', 'errorMessage'];

/** The location of `schemas/<name>` in the package, from src/ under vitest and from dist/ when built. */
export function schemaFileUrl(name: string): URL {
  return new URL(`../schemas/${name}`, import.meta.url);
}
