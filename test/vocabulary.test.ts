// The agreement schema takes its kinds of bodies, documents, cases and changes from src/vocabulary.mjs, as the code does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_KIND_IDS } from '../src/diff/kinds.js';
import { BODY_KINDS, CASE_KINDS, CHANGE_KIND_AREAS, DOCUMENT_KINDS, JOINT_BODY_KINDS, PARTY_BODY_KINDS } from '../src/vocabulary.mjs';
import { ROOT } from './helpers/run.js';

/** Every `enum` in the schema, found anywhere, as JSON text, so a list can be looked up by its values. */
function enums(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) enums(x, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'enum') out.push(JSON.stringify(value));
      enums(value, out);
    }
  }
  return out;
}

describe('vocabulary', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/avtale.schema.json'), 'utf8')) as unknown;
  const lists = enums(schema);

  it('is the lists the schema allows', () => {
    for (const list of [BODY_KINDS, DOCUMENT_KINDS, CASE_KINDS, Object.keys(CHANGE_KIND_AREAS)]) expect(lists).toContain(JSON.stringify(list));
  });

  it('splits body kinds into a party’s own and joint ones, without overlap', () => {
    expect([...PARTY_BODY_KINDS, ...JOINT_BODY_KINDS]).toEqual([...BODY_KINDS]);
    expect(PARTY_BODY_KINDS.filter((k) => (JOINT_BODY_KINDS as readonly string[]).includes(k))).toEqual([]);
    expect(CHANGE_KIND_IDS).toEqual(Object.keys(CHANGE_KIND_AREAS));
  });
});
