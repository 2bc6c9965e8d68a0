// The glob matcher behind quoted patterns: `*`, `**`, `?`, `[…]` and `{a,b}`, with dot-files left out unless named.
import { describe, expect, it } from 'vitest';
import { MAX_BRACE_EXPANSION, compileGlob, expandBraces, hasMagic, matchSegments, mayContain } from '../src/load/glob.js';

/** Whether `rel` (relative to the working folder) matches `pattern`, as a walk from the pattern's base would see it. */
const matches = (pattern: string, rel: string) => {
  const g = compileGlob(pattern);
  if (g.base === '') return matchSegments(g.segments, rel);
  return rel.startsWith(`${g.base}/`) && matchSegments(g.segments, rel.slice(g.base.length + 1));
};

describe('glob', () => {
  it('tells patterns from plain paths, and an escaped character is plain', () => {
    for (const p of ['*.yaml', 'a/**', 'a?.yaml', 'a/{b,c}.yaml', '[ab].yaml']) expect(hasMagic(p), p).toBe(true);
    for (const p of ['avtale.yaml', 'a/b/c.yml', '../x.yaml', 'a\\*.yaml']) expect(hasMagic(p), p).toBe(false);
  });

  it('expands braces in order, nested and several per pattern; a brace without a comma is literal', () => {
    expect(expandBraces('a/{b,c}.yaml')).toEqual(['a/b.yaml', 'a/c.yaml']);
    expect(expandBraces('{a,b{c,d}}/*.{yaml,yml}')).toEqual(['a/*.yaml', 'a/*.yml', 'bc/*.yaml', 'bc/*.yml', 'bd/*.yaml', 'bd/*.yml']);
    expect(expandBraces('a{b}c')).toEqual(['a{b}c']);
    expect(expandBraces('a{,x}')).toEqual(['a', 'ax']);
    expect(() => expandBraces('{a,b}'.repeat(12))).toThrow(String(MAX_BRACE_EXPANSION));
  });

  it('splits off the folder to start in', () => {
    expect(compileGlob('avtaler/**/*.yaml').base).toBe('avtaler');
    expect(compileGlob('*.yaml').base).toBe('');
    expect(compileGlob('/srv/avtaler/*/avtale.yaml').base).toBe('/srv/avtaler');
    expect(compileGlob('../felles/*.yaml').base).toBe('../felles');
  });

  it('* and ? stay inside one folder name', () => {
    expect(matches('*.yaml', 'avtale.yaml')).toBe(true);
    expect(matches('*.yaml', 'sett/avtale.yaml')).toBe(false);
    expect(matches('sett/*.yaml', 'sett/avtale.yaml')).toBe(true);
    expect(matches('avtale?.yaml', 'avtale1.yaml')).toBe(true);
    expect(matches('avtale?.yaml', 'avtale12.yaml')).toBe(false);
    expect(matches('a*e.yaml', 'avtale.yaml')).toBe(true);
  });

  it('** matches any number of folders, including none', () => {
    for (const rel of ['avtale.yaml', 'a/avtale.yaml', 'a/b/c/avtale.yaml']) expect(matches('**/avtale.yaml', rel), rel).toBe(true);
    expect(matches('**/avtale.yaml', 'a/annet.yaml')).toBe(false);
    expect(matches('a/**/d/*.yaml', 'a/d/x.yaml')).toBe(true);
    expect(matches('a/**/d/*.yaml', 'a/b/c/d/x.yaml')).toBe(true);
    expect(matches('a/**/d/*.yaml', 'a/b/c/x.yaml')).toBe(false);
    expect(matches('**', 'a/b/c.yaml')).toBe(true);
  });

  it('character classes, negated classes, and regular-expression characters taken literally', () => {
    expect(matches('ta-[0-9].yaml', 'ta-3.yaml')).toBe(true);
    expect(matches('ta-[0-9].yaml', 'ta-x.yaml')).toBe(false);
    expect(matches('ta-[!0-9].yaml', 'ta-x.yaml')).toBe(true);
    expect(matches('a+b(1).yaml', 'a+b(1).yaml')).toBe(true);
    expect(matches('a.yaml', 'abyaml')).toBe(false);
  });

  it('never matches dot-files and dot-folders unless the pattern names them', () => {
    expect(matches('*.yaml', '.skjult.yaml')).toBe(false);
    expect(matches('**/*.yaml', '.github/ci.yaml')).toBe(false);
    expect(matches('**/*.yaml', 'a/.utkast/x.yaml')).toBe(false);
    expect(matches('.github/*.yaml', '.github/ci.yaml')).toBe(true);
    expect(matches('**/.utkast/*.yaml', 'a/.utkast/x.yaml')).toBe(true);
  });

  it('a folder walk enters only folders that can hold a match', () => {
    const g = compileGlob('avtaler/*/dokumenter/*.yaml').segments;
    expect(mayContain(g, 'nord')).toBe(true);
    expect(mayContain(g, 'nord/dokumenter')).toBe(true);
    expect(mayContain(g, 'nord/annet')).toBe(false);
    expect(mayContain(g, 'nord/dokumenter/dypere')).toBe(false);
    const deep = compileGlob('**/*.yaml').segments;
    expect(mayContain(deep, 'a/b/c')).toBe(true);
    expect(mayContain(deep, 'a/.git')).toBe(false);
  });
});
