// The three message catalogues have the same keys and placeholders, and every message id the code uses exists.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, t } from '../src/i18n/index.js';
import { loadCatalogue } from '../src/requirements/catalogue.js';
import { allRules, ruleTitle } from '../src/rules/registry.js';
import { LANGS } from '../src/types.js';
import { ROOT } from './helpers/run.js';

const placeholders = (s: string) => [...s.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('message catalogues', () => {
  it('area files (authority, diff) have no key that is also in the core catalogues', async () => {
    const { nb } = await import('../src/i18n/nb.js');
    const { authority } = await import('../src/i18n/authority.js');
    const { diff } = await import('../src/i18n/diff.js');
    for (const key of [...Object.keys(authority), ...Object.keys(diff)]) expect(Object.hasOwn(nb, key), key).toBe(false);
  });

  it('nn and en have exactly the keys of nb, with the same placeholders', () => {
    const keys = Object.keys(catalogues.nb);
    for (const lang of ['nn', 'en'] as const) {
      expect(Object.keys(catalogues[lang])).toEqual(keys);
      for (const key of keys) expect(placeholders(catalogues[lang][key as keyof typeof catalogues.nb]), `${lang} ${key}`).toEqual(placeholders(catalogues.nb[key as keyof typeof catalogues.nb]));
    }
  });

  it('no message is empty, and English has no Norwegian guillemets', () => {
    for (const lang of LANGS) for (const [key, text] of Object.entries(catalogues[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
    for (const [key, text] of Object.entries(catalogues.en)) expect(text, key).not.toMatch(/[«»]/);
  });

  it('every message id written as a literal in src/ exists', () => {
    const prefixes = Object.keys(catalogues.nb).map((k) => k.split('.')[0]);
    const pattern = new RegExp(`['\`@](${[...new Set(prefixes)].join('|')})\\.([A-Za-z0-9_.-]+)['\`]`, 'g');
    const missing: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      if (file.includes(`${path.sep}i18n${path.sep}`)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
        const id = `${m[1]}.${m[2]}`;
        if (id.endsWith('.') || id.includes('${')) continue;
        if (!(id in catalogues.nb)) missing.push(`${path.relative(ROOT, file)}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every rule has a title in all languages: from the catalogue, or a rule.<id>.title message for technical rules', () => {
    for (const rule of allRules(loadCatalogue())) {
      if (rule.kind === 'technical') expect(rule.titleId, rule.id).toBe(`rule.${rule.id}.title`);
      else expect(rule.titleId, rule.id).toBeUndefined();
      for (const lang of LANGS) {
        const title = ruleTitle(rule, lang);
        expect(title, `${lang} ${rule.id}`).not.toBe(rule.id);
        expect(title, `${lang} ${rule.id}`).not.toMatch(/^rule\./);
      }
    }
  });

  it('t() fills placeholders, reads LocalText in the language and resolves @message ids', () => {
    expect(t('nb', 'schema.type', { field: 'x', expected: '@type.string', actual: '@type.integer' })).toBe('«x» skal være tekst, men er et heltall.');
    expect(t('en', 'requirement.partial', { ref: 'R', title: { nb: 'nb', nn: 'nn', en: 'EN' }, count: 1, total: 2, elements: { nb: 'a', nn: 'b', en: 'c' } })).toContain('EN');
  });

  it('t() chooses plural forms with Intl.PluralRules for the number in the named parameter', () => {
    expect(t('nb', 'schema.min-items', { field: 'x', limit: 1 })).toBe('«x» må ha minst 1 oppføring.');
    expect(t('nb', 'schema.min-items', { field: 'x', limit: 2 })).toBe('«x» må ha minst 2 oppføringer.');
    expect(t('nn', 'schema.min-items', { field: 'x', limit: 3 })).toBe('«x» må ha minst 3 oppføringar.');
    expect(t('en', 'schema.min-items', { field: 'x', limit: 1 })).toBe('“x” must have at least 1 item.');
    expect(t('en', 'schema.min-items', { field: 'x', limit: 0 })).toBe('“x” must have at least 0 items.');
  });
});
