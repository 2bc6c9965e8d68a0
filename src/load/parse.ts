// Parses YAML text with the 1.2 core schema, keeping node positions; syntax problems become issues, never exceptions.
import type { Issue } from '../engine/issue.js';
import { fastParse } from './fast-yaml.js';
import { LineIndex } from './line-index.js';
import type { YamlComment, YamlNode } from './parse-tree.js';

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

/**
 * Parses `text`. The fast parser reads the plain subset of YAML that agreement files use; anything
 * else, and every text with a problem, goes to the full path, which is only loaded when needed.
 * Both give the same SourceFile for a text the fast parser accepts.
 */
export async function parseSource(path: string, absPath: string, text: string, options: ParseOptions = {}): Promise<SourceFile> {
  const fast = options.fast === false ? undefined : fastParse(text);
  if (fast) return { path, absPath, text, lines: new LineIndex(text), tree: fast.tree, comments: fast.comments, data: fast.data, issues: [] };
  const { parseFull } = await import('./parse-full.js');
  const full = parseFull(path, text);
  return { path, absPath, text, lines: new LineIndex(text, full.lineStarts), tree: full.tree, comments: full.comments, data: full.data, issues: full.issues };
}
