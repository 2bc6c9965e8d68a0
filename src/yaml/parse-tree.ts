// The position tree kept for every parsed file: small plain objects with offset ranges, whichever parser read the file.
import type { DataPath } from '../engine/issue.js';

/** A scalar's value as the YAML 1.2 core schema resolves it. */
export type ScalarValue = string | number | boolean | null;

/**
 * A node of the file's YAML, with `start`/`end` as offsets into the text (UTF-16 code units, like
 * yaml's `node.range[0]` and `node.range[1]`). Aliases point at the anchored node's tree, shared by
 * reference, never expanded.
 */
export type YamlNode = YamlMap | YamlSeq | YamlScalar | YamlAlias;

export interface YamlMap {
  kind: 'map';
  start: number;
  end: number;
  entries: YamlEntry[];
}

/** One `key: value` pair of a map. */
export interface YamlEntry {
  /** The key's value when the key is a scalar (`1` stays a number); undefined for any other key. */
  key: ScalarValue | undefined;
  keyStart: number;
  keyEnd: number;
  /** Null for a key written without a value (`{ a }`). */
  value: YamlNode | null;
}

export interface YamlSeq {
  kind: 'seq';
  start: number;
  end: number;
  items: YamlNode[];
}

export interface YamlScalar {
  kind: 'scalar';
  start: number;
  end: number;
  /** The scalar's text before the schema turned it into a value: `0301` for the number 301. */
  source: string | undefined;
}

export interface YamlAlias {
  kind: 'alias';
  start: number;
  end: number;
  /** The anchored node, or null when no anchor of that name comes before the alias. */
  target: YamlNode | null;
}

/** A `#` comment as written: its offset and its text from `#` to the end of the line (no line break). */
export interface YamlComment {
  offset: number;
  source: string;
}

/**
 * The node at `path` the way yaml's `Document.getIn(path, true)` finds it: a map key matches when its
 * scalar value is strictly equal to the segment, a list index is a whole number (`"2"` counts), and
 * an alias is not followed.
 */
export function nodeAtPath(tree: YamlNode | undefined, path: DataPath): YamlNode | null | undefined {
  let node: YamlNode | null | undefined = tree;
  for (const seg of path) {
    if (!node) return undefined;
    if (node.kind === 'map') {
      const entry: YamlEntry | undefined = node.entries.find((e) => e.key !== undefined && e.key === seg);
      node = entry?.value ?? undefined;
    } else if (node.kind === 'seq') {
      const index = itemIndex(seg);
      node = index === undefined ? undefined : node.items[index];
    } else {
      return undefined;
    }
  }
  return node;
}

/** yaml's `asItemIndex`: a non-negative whole number, from a number or a non-empty numeric string. */
function itemIndex(seg: string | number): number | undefined {
  const n = typeof seg === 'string' && seg !== '' ? Number(seg) : seg;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}
