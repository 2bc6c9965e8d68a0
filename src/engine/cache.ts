// The result cache behind `check --cache`: each set's outcome (in no language), kept until a file it read, the program, the rules or the options change.
// A file whose identity (device, inode, size, change times) is as stored is taken as unchanged without reading it.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileSystem } from '../load/fs.js';
import { schemaUrl } from '../schemas.js';
import type { Lang, Severity } from '../types.js';
import { TOOL } from '../version.js';
import { writeFileAtomic } from '../write.js';
import { cmp } from './order.js';
import type { SetOutcome } from './set.js';

/** Stored set outcomes, keyed by the main file's absolute path (ResultCache below is the one on disk). */
export interface SetCache {
  /** The stored outcome, if every file the set read is unchanged. */
  lookup(mainAbs: string): Promise<SetOutcome | undefined>;
  /** Keeps `outcome` with the files (absolute paths) it depends on. */
  store(mainAbs: string, files: readonly string[], outcome: SetOutcome): Promise<void>;
}

/** The file name used when `--cache-location` is a folder or not given (in the working folder). */
export const CACHE_NAME = '.avtalesjekk-cache';

/** Bumped whenever the stored shape changes, so an old cache is dropped instead of misread (2: file identity added; 3: outcomes as message ids, in no language). */
const FORMAT = 3;

/**
 * A file whose last change is closer than this (ms) to the moment it was hashed gets no stored identity: a write in
 * the same tick of the file system's clock could leave every field as it was (git's "racily clean" files).
 */
export const RACY_MARGIN_MS = 1000;

/** One file a set read (or tried to read): its real path and a hash of its bytes, or null when it could not be read. */
interface Dependency {
  path: string;
  real: string | null;
  hash: string | null;
  /** `dev:ino:size:mtimeMs:ctimeMs` when the file was hashed, if the file system gives it and the file was not just changed. */
  id?: string;
}

interface Entry {
  deps: Dependency[];
  outcome: SetOutcome;
}

interface CacheFile {
  format: number;
  key: string;
  entries: Record<string, Entry>;
}

/** What decides whether stored outcomes still hold, besides the files themselves. */
export interface CacheKeyParts {
  cwd: string;
  asOf: string;
  /** Not part of the key: outcomes are stored as message ids and parameters, so a cache filled in one language answers every other. */
  lang?: Lang;
  severity?: Record<string, Severity | 'off'>;
}

/** Where the cache lives: `--cache-location` as given (a folder gets the default name inside it), else the working folder. */
export async function cachePath(cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined) return path.join(cwd, CACHE_NAME);
  const abs = path.resolve(cwd, location);
  const isFolder = location.endsWith('/') || location.endsWith(path.sep) || (await fsp.stat(abs).then((s) => s.isDirectory(), () => false));
  return isFolder ? path.join(abs, CACHE_NAME) : abs;
}

/**
 * A content-hash cache of set outcomes, like ESLint's `--cache --cache-strategy content`. An entry is used only
 * when the program build, the catalogue and schema, the options and every file the set read are unchanged.
 * A cache file that is missing, unreadable, corrupt or made under other conditions is treated as empty.
 */
export class ResultCache implements SetCache {
  #entries: Map<string, Entry>;
  #changed = false;
  #seen = new Set<string>();
  /** Sets answered from the cache, and sets checked and stored, in this run. */
  hits = 0;
  stored = 0;

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly fs: FileSystem,
    entries: Map<string, Entry>,
  ) {
    this.#entries = entries;
  }

  static async open(file: string, parts: CacheKeyParts, fs: FileSystem): Promise<ResultCache> {
    const key = await cacheKey(parts);
    let entries = new Map<string, Entry>();
    try {
      const stored = JSON.parse(await fsp.readFile(file, 'utf8')) as Partial<CacheFile>;
      if (stored.format === FORMAT && stored.key === key && stored.entries !== null && typeof stored.entries === 'object') {
        entries = new Map(Object.entries(stored.entries));
      }
    } catch {
      // No cache yet, or one we cannot read: start empty; it is written anew after the run.
    }
    return new ResultCache(file, key, fs, entries);
  }

  async lookup(mainAbs: string): Promise<SetOutcome | undefined> {
    this.#seen.add(mainAbs);
    const entry = this.#entries.get(mainAbs);
    if (entry && Array.isArray(entry.deps) && (await Promise.all(entry.deps.map((d) => this.unchanged(d)))).every(Boolean)) {
      this.hits++;
      return entry.outcome;
    }
    return undefined;
  }

  async store(mainAbs: string, files: readonly string[], outcome: SetOutcome): Promise<void> {
    const deps = await Promise.all([...new Set(files)].map((p) => this.dependency(p)));
    this.#entries.set(mainAbs, { deps, outcome });
    this.stored++;
    this.#seen.add(mainAbs);
    this.#changed = true;
  }

  /** Writes the cache when anything changed; entries of main files this run did not look at are kept. */
  async save(): Promise<void> {
    if (!this.#changed) return;
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    const stored: CacheFile = { format: FORMAT, key: this.key, entries: Object.fromEntries([...this.#entries].sort(([a], [b]) => cmp(a, b))) };
    await writeFileAtomic(this.file, JSON.stringify(stored));
    this.#changed = false;
  }

  private async dependency(p: string): Promise<Dependency> {
    const before = await this.identity(p);
    const [real, hash] = await Promise.all([this.real(p), this.hash(p)]);
    const after = await this.identity(p);
    // Stored only when the file stood still while it was hashed and had not changed just before.
    const id = before !== undefined && before.key === after?.key && before.changed < Date.now() - RACY_MARGIN_MS ? before.key : undefined;
    return { path: p, real, hash, ...(id !== undefined ? { id } : {}) };
  }

  private async unchanged(d: Dependency): Promise<boolean> {
    if (d === null || typeof d !== 'object' || typeof d.path !== 'string') return false;
    const real = await this.real(d.path);
    if (real !== d.real) return false;
    // Still missing (a path that does not resolve cannot be read either): unchanged if it was missing before.
    if (real === null) return d.hash === null;
    // Same identity as when hashed: unchanged without reading it. Otherwise the content decides.
    if (typeof d.id === 'string' && (await this.identity(d.path))?.key === d.id) return true;
    return (await this.hash(d.path)) === d.hash;
  }

  /** The file's identity, and the later of its two change times (ms); undefined when it cannot be read or the file system does not say. */
  private async identity(p: string): Promise<{ key: string; changed: number } | undefined> {
    try {
      const s = await this.fs.stat(p);
      if (s.dev === undefined || s.ino === undefined || s.mtimeMs === undefined || s.ctimeMs === undefined) return undefined;
      return { key: `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`, changed: Math.max(s.mtimeMs, s.ctimeMs) };
    } catch {
      return undefined;
    }
  }

  private async hash(p: string): Promise<string | null> {
    try {
      return createHash('sha256').update(await this.fs.readFile(p)).digest('base64');
    } catch {
      return null;
    }
  }

  private async real(p: string): Promise<string | null> {
    try {
      return await this.fs.realpath(p);
    } catch {
      return null;
    }
  }
}

/** The program build (this module's file, rewritten by every build), the catalogue, the schema and the options. */
async function cacheKey(parts: CacheKeyParts): Promise<string> {
  const self = fileURLToPath(import.meta.url);
  const build = await fsp.stat(self).then((s) => `${s.size}:${s.mtimeMs}`, () => 'unknown');
  const severity = Object.entries(parts.severity ?? {}).sort(([a], [b]) => cmp(a, b));
  const schemas = await Promise.all(['krav.json', 'avtale.schema.json'].map((name) => fsp.readFile(schemaUrl(name), 'utf8').catch(() => name)));
  return createHash('sha256')
    .update(JSON.stringify({ tool: TOOL, build, schemas, cwd: parts.cwd, asOf: parts.asOf, severity }))
    .digest('base64');
}
