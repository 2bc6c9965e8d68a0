// Nothing lost and safe by default: atomic output, no code evaluation, no network, no child processes in the checker.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunks, writeFileAtomic } from '../src/write.js';
import { ROOT } from './helpers/run.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('atomic output', () => {
  it('replaces the target in one step and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-write-'));
    const target = path.join(dir, 'rapport.md');
    writeFileSync(target, 'gammel');
    await writeFileAtomic(target, 'ny');
    expect(readFileSync(target, 'utf8')).toBe('ny');
    expect(readdirSync(dir)).toEqual(['rapport.md']);
  });

  it('a write that fails half-way leaves the old file untouched and removes the temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-write-'));
    // The target is a non-empty folder: the temporary file is written, then the rename fails.
    const target = path.join(dir, 'rapport.md');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inni.txt'), 'behold');
    await expect(writeFileAtomic(target, 'ny')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['rapport.md']);
    expect(readFileSync(path.join(target, 'inni.txt'), 'utf8')).toBe('behold');
  });
});

/** The modules allowed to use node:worker_threads (to check many sets at once). */
const THREAD_MODULES = ['src/engine/schedule.ts', 'src/engine/worker.ts'];

describe('writing large outputs in pieces', () => {
  it('never splits a surrogate pair, and the pieces join to the text', () => {
    const text = 'æøå 😀 §'.repeat(50) + '😀';
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const pieces = [...chunks(text, size)];
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
    }
  });

  it('writes a multi-megabyte report byte for byte', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-write-'));
    const target = path.join(dir, 'stor.json');
    const text = ('{"melding": "Rådmannen 😀 § 6-2"}\n').repeat(120_000);
    await writeFileAtomic(target, text);
    // Buffer#equals: vitest's deep equality walks the 4.6 MB byte by byte and took about 20 s.
    expect(readFileSync(target).equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['stor.json']);
  });
});

describe('safe by default', () => {
  const files = sourceFiles(path.join(ROOT, 'src'));
  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s evaluates no code and opens no network or process', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/\beval\s*\(|new Function\s*\(/);
    expect(text).not.toMatch(/from 'node:(http|https|net|tls|dgram|child_process|vm)'/);
    // Threads only in the two modules that share out the sets, and only running our own worker module.
    if (!THREAD_MODULES.includes(path.relative(ROOT, file).split(path.sep).join('/'))) expect(text).not.toMatch(/from 'node:worker_threads'/);
    expect(text).not.toMatch(/\bfetch\s*\(|\brequire\s*\(/);
  });

  it('starts a thread only from its own worker module', () => {
    const text = readFileSync(path.join(ROOT, 'src/engine/schedule.ts'), 'utf8');
    expect(text.match(/new Worker\(/g)).toHaveLength(1);
    expect(text).toMatch(/new Worker\(workerUrl\(\), /);
    expect(text).toMatch(/new URL\('\.\/worker\.js', here\)/);
    expect(text).toMatch(/new URL\('\.\.\/\.\.\/dist\/engine\/worker\.js', here\)/);
    expect(text).toMatch(/new URL\('\.\/bundle-worker\.js', here\)/);
  });

  it('imports only Node built-ins, its own modules and its declared dependencies', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const allowed = new Set(Object.keys(pkg.dependencies));
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        const spec = m[1]!;
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        expect(allowed.has(name), `${path.relative(ROOT, file)} imports ${spec}`).toBe(true);
      }
    }
  });
});
