// The one natural sort, severity rank and display path of the house.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atOrAbove, bySeverity, naturalCompare, worse } from '../src/engine/order.js';
import { relativePath, slashPath, toDisplayPath } from '../src/util/paths.js';

describe('naturalCompare', () => {
  it('orders digit runs as numbers and breaks ties by the text', () => {
    expect(['hol-6-2-nr10', 'hol-6-2-nr2', 'hol-6-2-ledd2', 'hol-6-2-nr1', 'hol-6-1-parter'].sort(naturalCompare)).toEqual(['hol-6-1-parter', 'hol-6-2-ledd2', 'hol-6-2-nr1', 'hol-6-2-nr2', 'hol-6-2-nr10']);
    expect(['a1', 'a01', 'a001'].sort(naturalCompare)).toEqual(['a001', 'a01', 'a1']);
    expect(['b', 'a2', 'a', '10', '9'].sort(naturalCompare)).toEqual(['9', '10', 'a', 'a2', 'b']);
    expect(naturalCompare('x', 'x')).toBe(0);
  });
});

describe('severity order', () => {
  it('ranks error over warning over info, on one scale', () => {
    expect((['info', 'error', 'warning'] as const).slice().sort(bySeverity)).toEqual(['error', 'warning', 'info']);
    expect(worse('warning', 'error')).toBe('error');
    expect(worse('warning', 'info')).toBe('warning');
    expect(atOrAbove('error', 'warning')).toBe(true);
    expect(atOrAbove('warning', 'warning')).toBe(true);
    expect(atOrAbove('info', 'warning')).toBe(false);
    expect(atOrAbove('info', 'info')).toBe(true);
  });
});

describe('display path', () => {
  it('is relative with forward slashes, or the file name for the folder itself', () => {
    const cwd = path.resolve('/tmp/arbeid');
    expect(toDisplayPath(cwd, path.join(cwd, 'avtaler', 'avtale.yaml'))).toBe('avtaler/avtale.yaml');
    expect(toDisplayPath(cwd, path.join(cwd, '..', 'annen.yaml'))).toBe('../annen.yaml');
    expect(toDisplayPath(cwd, cwd)).toBe('arbeid');
    expect(relativePath(cwd, cwd)).toBe('');
    expect(slashPath('avtaler\\del\\a.yaml')).toBe('avtaler/del/a.yaml');
  });
});
