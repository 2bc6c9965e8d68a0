// Parses YAML text with the 1.2 core schema, keeping node positions; syntax problems become issues, never exceptions.
import type { Issue } from '../engine/issue.js';
import { fastParse } from './fast-yaml.js';
import { LineIndex } from './line-index.js';
import type { YamlComment, YamlNode } from './parse-tree.js';
import { loadSchemaFile } from '../schemas.js';
import { scanSlips } from './slips.js';

/** One parsed file. `data` is undefined when the text holds no usable document. */
export interface SourceFile {
  /** The path as shown to the user: relative to the working folder, with forward slashes. */
  path: string;
  absPath: string;
  text: string;
  lines: LineIndex;
  /** Positions of the document's nodes; undefined when the text holds no document. */
  tree: YamlNode | undefined;
  /** Every `#` comment, in order. */
  comments: YamlComment[];
  data: unknown;
  /** Syntax-level issues found while parsing (positions as byte ranges in this file). */
  issues: Issue[];
}

export interface ParseOptions {
  /**
   * False forces the full path (the yaml package) even where the fast parser would do; for tests
   * that prove both paths give the same file.
   */
  fast?: boolean;
}

let keys: Set<string> | undefined;

/** Every key the agreement schema knows, at any depth (read only when a text looks like `key:value`). */
function agreementKeys(): ReadonlySet<string> {
  if (keys) return keys;
  keys = new Set();
  const stack: unknown[] = [loadSchemaFile('avtale.schema.json')];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const props = (node as { properties?: unknown }).properties;
    if (props !== null && typeof props === 'object' && !Array.isArray(props)) for (const k of Object.keys(props)) keys.add(k);
    for (const v of Object.values(node)) if (v !== null && typeof v === 'object') stack.push(v);
  }
  return keys;
}

/**
 * Parses `text`. The fast parser reads the plain subset of YAML that agreement files use; anything
 * else, and every text with a problem, goes to the full path, which is only loaded when needed.
 * Both give the same SourceFile for a text the fast parser accepts.
 */
export async function parseSource(path: string, absPath: string, text: string, options: ParseOptions = {}): Promise<SourceFile> {
  const fast = options.fast === false ? undefined : fastParse(text);
  if (fast) return { path, absPath, text, lines: new LineIndex(text), tree: fast.tree, comments: fast.comments, data: fast.data, issues: scanSlips(path, text, agreementKeys, fast.tree) };
  const { parseFull } = await import('./parse-full.js');
  const full = parseFull(path, text, agreementKeys);
  return { path, absPath, text, lines: new LineIndex(text, full.lineStarts), tree: full.tree, comments: full.comments, data: full.data, issues: full.issues };
}

/**
 * The keys of the text's top-level map as written (a key that is not a scalar counts as ''), read with the full
 * parser; undefined when the text holds no map or cannot be read. For classifying files written in flow style.
 */
export async function topLevelKeys(text: string): Promise<string[] | undefined> {
  const { fullTopLevelKeys } = await import('./parse-full.js');
  return fullTopLevelKeys(text);
}
