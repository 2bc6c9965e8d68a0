// The only place that turns a data path or byte range into file:line:column.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { DataPath, Target } from './issue.js';
import type { SourceFile } from './load/parse.js';
import type { Location } from './types.js';

/** Part of the composed data that came from another file: `prefix` in the set is `localPrefix` in `file`. */
export interface Mount {
  prefix: DataPath;
  file: SourceFile;
  localPrefix: DataPath;
}

/** How paths in a composed agreement set map back to files. */
export interface SourceMap {
  main: SourceFile;
  files: ReadonlyMap<string, SourceFile>;
  mounts: readonly Mount[];
}

/** Resolves a target to a 1-based location. Never fails: an unknown path falls back to the deepest node found. */
export function locate(map: SourceMap, target: Target): Location {
  if (target.kind === 'range') {
    const file = map.files.get(target.file) ?? map.main;
    return rangeLocation(file, target.start, target.end);
  }
  let file = target.file === undefined ? map.main : map.files.get(target.file) ?? map.main;
  let path = target.path;
  if (target.file === undefined) {
    const mount = longestMount(map.mounts, path);
    if (mount) {
      file = mount.file;
      path = [...mount.localPrefix, ...path.slice(mount.prefix.length)];
    }
  }
  return pathLocation(file, path, target.anchor ?? 'key');
}

/** Where the value at `path` in `file` is written (for a list of coverage entries shown in reports). */
export function pathLocation(file: SourceFile, path: DataPath, anchor: 'key' | 'value'): Location {
  if (!file.doc) return rangeLocation(file, 0, 1);
  const found = walk(file.doc, path);
  if (!found.node && !found.pair) return rangeLocation(file, 0, 1);
  const useKey = found.pair && (anchor === 'key' || !found.complete || !found.node);
  const range = useKey ? nodeRange(found.pair!.key as Node | null) : nodeRange(found.node);
  if (!range) return rangeLocation(file, 0, 1);
  return rangeLocation(file, range[0], range[1]);
}

function longestMount(mounts: readonly Mount[], path: DataPath): Mount | undefined {
  let best: Mount | undefined;
  for (const m of mounts) {
    if (m.prefix.length <= path.length && m.prefix.every((seg, i) => String(seg) === String(path[i]))) {
      if (!best || m.prefix.length > best.prefix.length) best = m;
    }
  }
  return best;
}

interface WalkResult {
  node: Node | null | undefined;
  /** The map pair whose value is `node` (undefined for list items and the root). */
  pair: Pair | undefined;
  /** False when the path went further than the document. */
  complete: boolean;
}

function walk(doc: Document.Parsed, path: DataPath): WalkResult {
  let node = doc.contents as Node | null;
  let pair: Pair | undefined;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc) ?? null;
    if (isMap(node)) {
      const next = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!next) return { node, pair, complete: false };
      pair = next as Pair;
      node = (next.value as Node | null) ?? null;
      if (!node) return { node: undefined, pair, complete: true };
    } else if (isSeq(node)) {
      const index = typeof seg === 'number' ? seg : Number.parseInt(String(seg), 10);
      const item = Number.isInteger(index) ? (node.items[index] as Node | undefined) : undefined;
      if (!item) return { node, pair, complete: false };
      pair = undefined;
      node = item;
    } else {
      return { node, pair, complete: false };
    }
  }
  return { node, pair, complete: true };
}

function nodeRange(node: Node | null | undefined): [number, number] | undefined {
  if (!node || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

function rangeLocation(file: SourceFile, start: number, end: number): Location {
  const max = file.text.length;
  const s = Math.max(0, Math.min(start, max));
  const e = Math.max(s, Math.min(end, max));
  const a = file.lineCounter.linePos(s);
  const b = file.lineCounter.linePos(e);
  const lines = file.lineCounter.lineStarts.length || 1;
  return {
    file: file.path,
    line: clamp(a.line, 1, lines),
    column: Math.max(1, a.col),
    endLine: clamp(b.line, 1, lines),
    endColumn: Math.max(1, b.col),
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
