// check --cache: a second run over unchanged files reuses each set's outcome, and any change that matters invalidates it.
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RACY_MARGIN_MS, ResultCache, cachePath, CACHE_NAME } from '../src/engine/cache.js';
import { check } from '../src/engine/run.js';
import { nodeFileSystem, type FileSystem } from '../src/load/fs.js';
import { AS_OF, runCli } from './helpers/run.js';
import { documentFile, mainFile, tree } from './helpers/tree.js';

const include = (file: string) => `  - inkluder: ${file}\n`;

function repository(): string {
  return tree({
    'nord/avtale.yaml': mainFile('Nord', include('dokumenter/ta-1.yaml') + include('dokumenter/ta-2.yaml')),
    'nord/dokumenter/ta-1.yaml': documentFile('ta-1').replace('tittel:', 'tittle:'),
    'sor/avtale.yaml': '# avtalesjekk-ignore hol-6-2-nr1: tatt opp i neste revisjon\n' + mainFile('Sør'),
    'sor/dokumenter/glemt.yaml': documentFile('glemt'),
  });
}

/** Runs the library check with a cache file in `dir`, returning the report and the cache's hit and miss counts. */
async function cachedCheck(dir: string, lang: 'nb' | 'en' = 'nb', asOf = AS_OF) {
  const cache = await ResultCache.open(path.join(dir, CACHE_NAME), { cwd: dir, asOf, lang }, nodeFileSystem);
  const result = await check(['.'], { cwd: dir, asOf, lang, cache });
  await cache.save();
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { report: result.report, hits: cache.hits, stored: cache.stored };
}

describe('check with a result cache', () => {
  it('gives the same report from the cache as without it, and reuses every set on a second run', async () => {
    const dir = repository();
    const plain = await check(['.'], { cwd: dir, asOf: AS_OF });
    const first = await cachedCheck(dir);
    const second = await cachedCheck(dir);
    expect(first).toMatchObject({ hits: 0, stored: 2 });
    expect(second).toMatchObject({ hits: 2, stored: 0 });
    expect(plain.ok && plain.report).toEqual(first.report);
    expect(second.report).toEqual(first.report);
    // The stray document and the suppression come through a cached run unchanged.
    expect(second.report.findings.map((f) => f.ruleId)).toContain('document-not-included');
    expect(second.report.suppressed.map((f) => f.ruleId)).toContain('hol-6-2-nr1');
  });

  it('checks a set again when its main file, an included file, or a missing include changes', async () => {
    const dir = repository();
    await cachedCheck(dir);
    writeFileSync(path.join(dir, 'sor/avtale.yaml'), mainFile('Sør, endret'));
    expect(await cachedCheck(dir)).toMatchObject({ hits: 1, stored: 1 });

    writeFileSync(path.join(dir, 'nord/dokumenter/ta-1.yaml'), documentFile('ta-1'));
    const fixed = await cachedCheck(dir);
    expect(fixed).toMatchObject({ hits: 1, stored: 1 });
    expect(fixed.report.findings.some((f) => f.ruleId === 'schema' && f.location.file.endsWith('ta-1.yaml'))).toBe(false);

    // ta-2.yaml was missing (include-not-found); creating it must not leave the old finding in place.
    expect(fixed.report.findings.map((f) => f.ruleId)).toContain('include-not-found');
    writeFileSync(path.join(dir, 'nord/dokumenter/ta-2.yaml'), documentFile('ta-2'));
    const created = await cachedCheck(dir);
    expect(created).toMatchObject({ hits: 1, stored: 1 });
    expect(created.report.findings.map((f) => f.ruleId)).not.toContain('include-not-found');
  });

  it('checks a set again when an include becomes a link to another file with the same content', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'nord/dokumenter/ta-2.yaml'), documentFile('ta-2'));
    writeFileSync(path.join(dir, 'nord/kopi.yaml'), documentFile('ta-2'));
    await cachedCheck(dir);
    rmSync(path.join(dir, 'nord/dokumenter/ta-2.yaml'));
    symlinkSync(path.join(dir, 'nord/kopi.yaml'), path.join(dir, 'nord/dokumenter/ta-2.yaml'));
    expect(await cachedCheck(dir)).toMatchObject({ hits: 1, stored: 1 });
  });

  it('answers a run in another language from a cache filled in bokmål, with the report that run gives without a cache', async () => {
    const dir = repository();
    await cachedCheck(dir);
    const english = await cachedCheck(dir, 'en');
    expect(english).toMatchObject({ hits: 2, stored: 0 });
    expect(english.report.lang).toBe('en');
    const plain = await check(['.'], { cwd: dir, asOf: AS_OF, lang: 'en' });
    expect(plain.ok && plain.report).toEqual(english.report);
    expect(english.report.findings.map((f) => f.message)).not.toEqual((await cachedCheck(dir)).report.findings.map((f) => f.message));
  });

  it('drops the whole cache when the date changes', async () => {
    const dir = repository();
    await cachedCheck(dir);
    expect(await cachedCheck(dir, 'en', '2027-01-01')).toMatchObject({ hits: 0, stored: 2 });
  });

  it('treats a corrupt or foreign cache file as empty and writes a good one', async () => {
    const dir = repository();
    for (const junk of ['{ not json', '[]', JSON.stringify({ format: 1, key: 'other', entries: {} }), JSON.stringify({ format: 99 })]) {
      writeFileSync(path.join(dir, CACHE_NAME), junk);
      expect(await cachedCheck(dir)).toMatchObject({ hits: 0, stored: 2 });
      expect(await cachedCheck(dir)).toMatchObject({ hits: 2, stored: 0 });
    }
  });

  it('ignores an entry whose stored dependencies are malformed', async () => {
    const dir = repository();
    await cachedCheck(dir);
    const file = path.join(dir, CACHE_NAME);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { deps: unknown }> };
    for (const entry of Object.values(stored.entries)) entry.deps = [null, 42];
    writeFileSync(file, JSON.stringify(stored));
    expect(await cachedCheck(dir)).toMatchObject({ hits: 0, stored: 2 });
  });
});

describe('file identity before content', () => {
  /** The real file system, with change times moved `ageMs` into the past, counting the files the cache reads. */
  function agedFs(ageMs: number) {
    const reads: string[] = [];
    const fs: FileSystem = {
      ...nodeFileSystem,
      readFile: (p) => (reads.push(p), nodeFileSystem.readFile(p)),
      stat: async (p) => {
        const s = await nodeFileSystem.stat(p);
        return { ...s, mtimeMs: s.mtimeMs! - ageMs, ctimeMs: s.ctimeMs! - ageMs };
      },
    };
    return { fs, reads };
  }
  async function run(dir: string, fs: FileSystem) {
    const cache = await ResultCache.open(path.join(dir, CACHE_NAME), { cwd: dir, asOf: AS_OF, lang: 'nb' }, fs);
    const result = await check(['.'], { cwd: dir, asOf: AS_OF, cache });
    await cache.save();
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return { report: result.report, hits: cache.hits, stored: cache.stored };
  }

  it('answers from the cache without reading files whose identity is unchanged', async () => {
    const dir = repository();
    const { fs, reads } = agedFs(60_000);
    const first = await run(dir, fs);
    reads.length = 0;
    const second = await run(dir, fs);
    expect(second).toMatchObject({ hits: 2, stored: 0 });
    expect(reads).toEqual([]);
    expect(second.report).toEqual(first.report);
  });

  it('reads and hashes files changed just before they were stored (racy), and still reuses them when the bytes are the same', async () => {
    const dir = repository();
    const { fs, reads } = agedFs(RACY_MARGIN_MS / 2);
    await run(dir, fs);
    reads.length = 0;
    expect(await run(dir, fs)).toMatchObject({ hits: 2, stored: 0 });
    expect(reads).toContain(path.join(dir, 'sor/avtale.yaml'));
  });

  it('checks a set again when a file changes to other bytes of the same size', async () => {
    const dir = repository();
    const { fs } = agedFs(60_000);
    await run(dir, fs);
    const file = path.join(dir, 'sor/avtale.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Sør', 'Søn'));
    expect(readFileSync(file).length).toBe(Buffer.byteLength(text));
    const again = await run(dir, fs);
    expect(again).toMatchObject({ hits: 1, stored: 1 });
    expect(again.report.agreements.map((a) => a.title)).toContain('Søn');
  });
});

describe('check --cache on the command line', () => {
  it('writes .avtalesjekk-cache in the working folder and gives the same output and exit code on the next run', async () => {
    const dir = repository();
    const first = await runCli(['check', '.', '--cache', '--format', 'json'], dir);
    expect(existsSync(path.join(dir, CACHE_NAME))).toBe(true);
    const second = await runCli(['check', '.', '--cache', '--format', 'json'], dir);
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
  });

  it('takes --cache-location as a file or a folder, and never writes the cache onto a checked file', async () => {
    const dir = repository();
    await runCli(['check', '.', '--cache-location', 'tmp/cache.json'], dir);
    expect(existsSync(path.join(dir, 'tmp/cache.json'))).toBe(true);
    await runCli(['check', '.', '--cache-location', 'sor/'], dir);
    expect(existsSync(path.join(dir, 'sor', CACHE_NAME))).toBe(true);
    expect(await cachePath(dir, 'sor')).toBe(path.join(dir, 'sor', CACHE_NAME));

    const before = readFileSync(path.join(dir, 'sor/avtale.yaml'));
    const onto = await runCli(['check', '.', '--cache-location', 'sor/avtale.yaml'], dir);
    expect(onto.code).toBe(2);
    expect(onto.stderr).toContain('sor/avtale.yaml');
    expect(onto.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(dir, 'sor/avtale.yaml'))).toEqual(before);
  });

  it('warns but keeps the exit code when the cache cannot be saved', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'blokk'), 'a file where a folder should be');
    const run = await runCli(['check', 'sor/avtale.yaml', '--cache-location', 'blokk/cache.json', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('blokk/cache.json');
    expect(JSON.parse(run.stdout)).toMatchObject({ reportVersion: 1 });
  });
});
