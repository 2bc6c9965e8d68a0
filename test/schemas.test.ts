// The data in schemas/ is valid, in sync with its sources, and documented for editors.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { ROOT } from './helpers/run.js';

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const json = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8')) as Record<string, unknown>;

describe('schemas', () => {
  it('the requirement catalogue is valid against its schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(json('krav.schema.json'));
    expect(validate(json('krav.json')), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has the 13 items of § 6-2 første ledd, the joint-measure rule and the party and adoption rules, with unique ids', () => {
    const ids = loadCatalogue().requirements.map((r) => r.id);
    expect(ids).toEqual([...Array.from({ length: 13 }, (_, i) => `hol-6-2-nr${i + 1}`), 'hol-6-2-ledd2', 'hol-6-1-parter', 'hol-6-1-vedtak']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every coverage requirement has elements and a snippet that uses only its own element ids', () => {
    for (const r of loadCatalogue().requirements) {
      expect(r.snippet, r.id).toBeTruthy();
      const snippet = parse(r.snippet!, { schema: 'core' }) as { dekning?: { krav: string; elementer?: string[]; ikke_relevant?: { element: string }[] }[] };
      if (r.kind !== 'coverage') continue;
      const ids = new Set(r.elements!.map((e) => e.id));
      expect(ids.size, r.id).toBeGreaterThan(0);
      for (const entry of snippet.dekning ?? []) {
        expect(entry.krav).toBe(r.id);
        for (const e of [...(entry.elementer ?? []), ...(entry.ikke_relevant ?? []).map((n) => n.element)]) expect(ids.has(e), `${r.id}: ${e}`).toBe(true);
      }
    }
  });

  it('every snippet lists every statutory part of its item, so an example copied from explain is satisfied', () => {
    for (const r of loadCatalogue().requirements.filter((x) => x.kind === 'coverage')) {
      const snippet = parse(r.snippet!, { schema: 'core' }) as { dekning?: { elementer?: string[] }[] };
      const listed = new Set((snippet.dekning ?? []).flatMap((e) => e.elementer ?? []));
      for (const part of r.elements!.filter((e) => e.basis === 'statutory')) expect(listed.has(part.id), `${r.id}: ${part.id}`).toBe(true);
    }
  });

  it('statutory parts come from the law and recommended elements name a known source; «må» is left to the law', () => {
    const catalogue = loadCatalogue();
    const statutory = Object.fromEntries(catalogue.requirements.filter((r) => r.kind === 'coverage').map((r) => [r.item, r.elements!.filter((e) => e.basis === 'statutory').map((e) => e.id)]));
    expect(statutory).toEqual({
      1: ['oppgavefordeling', 'tiltak-partene-utforer'],
      2: ['innleggelse', 'utskrivning', 'habilitering', 'rehabilitering', 'laerings-og-mestringstilbud'],
      3: [], 4: ['tilbud-og-kapasitet'], 5: [],
      6: ['kunnskapsoverforing', 'informasjonsutveksling', 'faglige-nettverk', 'hospitering'],
      7: ['felles-forskning', 'utdanning', 'praksisplasser', 'laerlinger'],
      8: [], 9: [], 10: [],
      11: ['lokale-beredskapsplaner', 'plan-akuttmedisinsk-kjede'],
      12: [], 13: [],
    });
    for (const r of catalogue.requirements) {
      for (const e of r.elements ?? []) {
        expect(catalogue.sources[e.source], `${r.id} ${e.id}: source ${e.source}`).toBeDefined();
        if (e.basis === 'statutory') expect(e.source, `${r.id} ${e.id}`).toBe('hol');
      }
    }
    // Practice-only elements (escort under nr. 8, exercises under nr. 11, who pays under nr. 4 and 9) are «bør», never «må».
    const practice = (id: string) => catalogue.requirements.find((r) => r.id === id)!.elements!.filter((e) => e.source === 'praksis').map((e) => e.id);
    expect(practice('hol-6-2-nr8')).toEqual(['folgetjeneste', 'beredskap-lang-reisevei']);
    expect(practice('hol-6-2-nr11')).toEqual(['felles-ovelser']);
    expect(practice('hol-6-2-nr4')).toEqual(['finansiering']);
    expect(practice('hol-6-2-nr9')).toEqual(['kostnadsfordeling']);
    for (const id of ['hol-6-2-nr4', 'hol-6-2-nr8', 'hol-6-2-nr9', 'hol-6-2-nr11']) {
      const summary = catalogue.requirements.find((r) => r.id === id)!.summary.nb;
      expect(summary, id).toMatch(/bør/);
      expect(summary.split('må').length - 1, `${id}: «må» only once, for what the law says`).toBe(1);
    }
  });

  it('nr. 12 and 13 carry the in-force date and the (unverified) transition as data', () => {
    for (const id of ['hol-6-2-nr12', 'hol-6-2-nr13']) {
      const r = loadCatalogue().requirements.find((x) => x.id === id)!;
      expect(r.inForce).toMatchObject({ from: '2022-08-01', transitionUntil: '2023-07-01', transitionSeverity: 'warning', transitionVerified: false });
    }
  });

  it('schemas/avtale.schema.json is what scripts/sync-schema.mjs generates', () => {
    expect(() => execFileSync(process.execPath, [path.join(ROOT, 'scripts/sync-schema.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('every property in the agreement schema has a Norwegian title, description and markdownDescription', () => {
    const missing: string[] = [];
    const visit = (node: unknown, where: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [key, prop] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (key === '$schema' || where.includes('allOf')) continue;
          for (const k of ['title', 'description', 'markdownDescription']) if (typeof prop[k] !== 'string') missing.push(`${where}.${key} ${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) visit(v, `${where}.${k}`);
    };
    visit(json('avtale.schema.json'), '#');
    expect(missing).toEqual([]);
  });

  it('the agreement schema offers an editor snippet and element list for every § 6-2 item', () => {
    const schema = json('avtale.schema.json') as { else: { properties: { dekning: { items: { defaultSnippets: { label: string }[]; allOf: unknown[] } } } } };
    const items = schema.else.properties.dekning.items;
    expect(items.defaultSnippets).toHaveLength(13);
    expect(items.allOf).toHaveLength(13);
  });
});
