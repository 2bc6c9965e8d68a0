// The import graph of src/ has no cycle (type-only imports count too): each stage can be read before the ones that use it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.(ts|mjs)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** Relative module specifiers in `text`: static imports and re-exports (`from '…'`) and dynamic `import('…')`. */
function specifiers(text: string): string[] {
  return [...text.matchAll(/\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

/** Each source file (relative to the repository) and the source files it imports (`x.js` is the TypeScript `x.ts`). */
export function importGraph(src: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const deps = specifiers(readFileSync(file, 'utf8')).map((spec) => path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'));
    graph.set(path.relative(ROOT, file).split(path.sep).join('/'), deps.map((d) => path.relative(ROOT, d).split(path.sep).join('/')));
  }
  return graph;
}

/** One cycle in `graph` as a list of files (first = last), or undefined when there is none. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('import graph of src/', () => {
  const graph = importGraph(path.join(ROOT, 'src'));

  it('resolves every relative import to a source file', () => {
    for (const [file, deps] of graph) for (const dep of deps) expect(graph.has(dep), `${file} imports ${dep}`).toBe(true);
  });

  it('has no cycle', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('keeps set.ts apart from the stages that use it, and diff/ apart from the run', () => {
    const set = graph.get('src/engine/set.ts')!;
    for (const user of ['src/engine/run.ts', 'src/engine/schedule.ts', 'src/engine/worker.ts']) {
      expect(graph.get(user)).toContain('src/engine/set.ts');
      expect(set).not.toContain(user);
    }
    for (const [file, deps] of graph) if (file.startsWith('src/diff/')) expect(deps, file).not.toContain('src/engine/run.ts');
  });

  it('finds a cycle when there is one (the detector can fail)', () => {
    const withCycle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
    ]);
    expect(findCycle(withCycle)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    expect(findCycle(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toBeUndefined();
  });
});
