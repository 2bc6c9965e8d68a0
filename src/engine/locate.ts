// The only place that turns a data path or byte range into file:line:column.
import type { DataPath, Target } from './issue.js';
import type { SourceFile } from '../yaml/parse.js';
import type { YamlEntry, YamlNode } from '../yaml/parse-tree.js';
import type { Location } from '../types.js';

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
  if (!file.tree) return rangeLocation(file, 0, 1);
  const found = walk(file.tree, path);
  if (!found.node && !found.entry) return rangeLocation(file, 0, 1);
  const useKey = found.entry && (anchor === 'key' || !found.complete || !found.node);
  if (useKey) return rangeLocation(file, found.entry!.keyStart, found.entry!.keyEnd);
  if (!found.node) return rangeLocation(file, 0, 1);
  return rangeLocation(file, found.node.start, found.node.end);
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
  node: YamlNode | null | undefined;
  /** The map entry whose value is `node` (undefined for list items and the root). */
  entry: YamlEntry | undefined;
  /** False when the path went further than the document. */
  complete: boolean;
}

/** Follows `path` from the root: the first entry whose scalar key reads as the segment wins; aliases are followed. */
function walk(tree: YamlNode, path: DataPath): WalkResult {
  let node: YamlNode | null = tree;
  let entry: YamlEntry | undefined;
  for (const seg of path) {
    if (node?.kind === 'alias') node = node.target;
    if (node?.kind === 'map') {
      const next: YamlEntry | undefined = node.entries.find((e) => e.key !== undefined && String(e.key) === String(seg));
      if (!next) return { node, entry, complete: false };
      entry = next;
      node = next.value;
      if (!node) return { node: undefined, entry, complete: true };
    } else if (node?.kind === 'seq') {
      const index = typeof seg === 'number' ? seg : Number.parseInt(String(seg), 10);
      const item: YamlNode | undefined = Number.isInteger(index) ? node.items[index] : undefined;
      if (!item) return { node, entry, complete: false };
      entry = undefined;
      node = item;
    } else {
      return { node, entry, complete: false };
    }
  }
  return { node, entry, complete: true };
}

function rangeLocation(file: SourceFile, start: number, end: number): Location {
  const max = file.text.length;
  const s = Math.max(0, Math.min(start, max));
  const e = Math.max(s, Math.min(end, max));
  const a = file.lines.linePos(s);
  const b = file.lines.linePos(e);
  const lines = file.lines.lineStarts.length || 1;
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
