// Ignore patterns from the config file: what they match, relative to the config file's folder.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ignoreMatcher, ignorePatternOk } from '../src/load/ignore.js';

const base = path.resolve('/repo');
const at = (rel: string) => path.join(base, ...rel.split('/'));

describe('ignoreMatcher', () => {
  it('a folder name skips the folder and everything in it; ./ and a trailing / are the same pattern', () => {
    for (const pattern of ['arkiv', './arkiv', 'arkiv/', '/arkiv', 'arkiv/**']) {
      const ignored = ignoreMatcher({ base, patterns: [pattern] });
      expect(ignored(at('arkiv')), pattern).toBe(true);
      expect(ignored(at('arkiv/2019/avtale.yaml')), pattern).toBe(true);
      expect(ignored(at('nord/arkiv/avtale.yaml')), pattern).toBe(false);
      expect(ignored(at('arkivet/avtale.yaml')), pattern).toBe(false);
    }
  });

  it('** matches at any depth, * within one name, {a,b} either', () => {
    const ignored = ignoreMatcher({ base, patterns: ['**/utkast', '*.bak.yaml', '{gammel,old}/*.yaml'] });
    expect(ignored(at('utkast/a.yaml'))).toBe(true);
    expect(ignored(at('sor/utkast/a.yaml'))).toBe(true);
    expect(ignored(at('a.bak.yaml'))).toBe(true);
    expect(ignored(at('sor/a.bak.yaml'))).toBe(false);
    expect(ignored(at('old/a.yaml'))).toBe(true);
    expect(ignored(at('gammel/a.yaml'))).toBe(true);
    expect(ignored(at('gammel/x/a.yaml'))).toBe(false);
    expect(ignored(at('sor/avtale.yaml'))).toBe(false);
  });

  it('never ignores the base itself or a path outside it, and no patterns ignore nothing', () => {
    const ignored = ignoreMatcher({ base, patterns: ['**'] });
    expect(ignored(base)).toBe(false);
    expect(ignored(path.resolve('/annet/avtale.yaml'))).toBe(false);
    expect(ignored(at('a.yaml'))).toBe(true);
    expect(ignoreMatcher({ base, patterns: [] })(at('a.yaml'))).toBe(false);
  });

  it('a pattern with too many {a,b} alternatives is refused (and skipped by the matcher)', () => {
    const huge = '{a,b}'.repeat(11);
    expect(ignorePatternOk(huge)).toBe(false);
    expect(ignorePatternOk('{a,b}/c')).toBe(true);
    expect(ignoreMatcher({ base, patterns: [huge] })(at('a'.repeat(11)))).toBe(false);
  });
});
