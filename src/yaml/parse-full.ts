// The full parse path: the yaml package reads any text, reports every syntax problem as an issue, and its document becomes the position tree.
import { Composer, LineCounter, Parser, parseDocument, isAlias, isCollection, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';
import type { Issue } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from '../load/limits.js';
import type { YamlComment, YamlEntry, YamlNode } from './parse-tree.js';
import { explainSyntaxErrors, type RawSyntaxError } from './slips.js';

/** What the full path adds to a file: everything but the text. */
export interface FullParse {
  /** Line starts as yaml's parser reported them (see LineIndex). */
  lineStarts: number[];
  tree: YamlNode | undefined;
  comments: YamlComment[];
  data: unknown;
  issues: Issue[];
}

/** Parses `text` (shown as `path`). Always uses the YAML 1.2 core schema, even under a `%YAML 1.1` directive, so `NO` and `on` stay text. */
export function parseFull(path: string, text: string, knownKeys: () => ReadonlySet<string> = () => new Set()): FullParse {
  const issues: Issue[] = [];
  const range = (start: number, end: number) => ({ kind: 'range' as const, file: path, start, end: Math.max(end, start + 1) });
  // parseAllDocuments, unrolled so the comments can be read from the same token stream.
  const counter = new LineCounter();
  const tokens = Array.from(new Parser(counter.addNewLine).parse(text));
  const comments = commentTokens(tokens);
  // logLevel silent: yaml would otherwise print its own warnings (in English) on stderr while building the data.
  const composer = new Composer({ schema: 'core', version: '1.2', prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'silent' });
  const list = Array.from(composer.compose(tokens));
  const doc = list[0];
  const raw: RawSyntaxError[] = [];
  for (const [i, d] of list.entries()) {
    for (const e of d.errors) {
      if (/call stack/i.test(e.message)) {
        // The parser's own recursion guard: the nesting is too deep to read.
        issues.push({ ruleId: 'yaml-too-deep', messageId: 'yaml.too-deep', params: { limit: MAX_DEPTH }, target: range(e.pos[0], e.pos[1]) });
        continue;
      }
      // A quote that is never closed runs to the end of the file; point at where it opens instead.
      const opened = e.code === 'MISSING_CHAR' && /quote/i.test(e.message) ? openingQuote(d, e.pos[0]) : undefined;
      const duplicate = e.code === 'DUPLICATE_KEY' ? firstOfDuplicate(d, e.pos[0]) : undefined;
      raw.push({ code: e.code, start: e.pos[0], end: e.pos[1], ...(opened !== undefined ? { openingQuote: opened } : {}), ...(duplicate ? { duplicate } : {}) });
    }
    for (const w of d.warnings) {
      issues.push({ ruleId: 'yaml-syntax', messageId: KNOWN_WARNINGS[w.code] ?? 'yaml.unreadable', target: range(w.pos[0], w.pos[1]), severity: 'warning', data: { parserCode: w.code } });
    }
    if (i === 1) {
      const start = d.range?.[0] ?? 0;
      issues.push({ ruleId: 'yaml-multiple-documents', messageId: 'yaml.multiple-documents', params: { count: list.length }, target: range(start, start + 3) });
    }
  }
  const tree = doc ? toTree(doc) : undefined;
  issues.unshift(...explainSyntaxErrors(path, text, counter.lineStarts, raw, knownKeys, tree));
  const directive = /^%YAML[ \t]+([0-9.]+)/m.exec(text);
  if (directive && directive[1] !== '1.2') {
    issues.push({ ruleId: 'yaml-version', messageId: 'yaml.version', params: { version: directive[1] ?? '' }, target: range(directive.index, directive.index + directive[0].length) });
  }
  let data: unknown;
  if (doc && doc.contents !== null) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const start = doc.contents.range?.[0] ?? 0;
      const unresolved = unresolvedAlias(doc);
      if (unresolved) {
        issues.push({ ruleId: 'yaml-syntax', messageId: 'yaml.unresolved-alias', params: { name: unresolved.name }, target: range(unresolved.start, unresolved.end) });
      } else {
        const tooMany = error instanceof ReferenceError && /alias count/i.test(error.message);
        issues.push({ ruleId: tooMany ? 'yaml-alias-limit' : 'yaml-syntax', messageId: tooMany ? 'yaml.alias-limit' : 'yaml.unreadable', params: { limit: MAX_ALIAS_COUNT }, target: range(start, start + 1) });
      }
      data = undefined;
    }
    const tooDeep = issues.some((i) => i.ruleId === 'yaml-too-deep');
    if (data !== undefined && (tooDeep || depthExceeds(data, MAX_DEPTH))) {
      if (!tooDeep) {
        const at = deepNodeStart(doc.contents as Node, MAX_DEPTH);
        issues.push({ ruleId: 'yaml-too-deep', messageId: 'yaml.too-deep', params: { limit: MAX_DEPTH }, target: range(at, at + 1) });
      }
      data = undefined;
    }
  }
  return { lineStarts: counter.lineStarts, tree, comments, data, issues };
}

/**
 * The document as a position tree, built without recursion in the order yaml's `visit` walks it
 * (node before children, key before value), so an alias points at the last anchor of its name
 * before it, as `Alias.resolve` finds it.
 */
function toTree(doc: Document.Parsed): YamlNode | undefined {
  const root = doc.contents as Node | null;
  if (!root) return undefined;
  let tree: YamlNode | undefined;
  const anchors = new Map<string, YamlNode>();
  const stack: Array<{ node: Node; put: (t: YamlNode) => void }> = [{ node: root, put: (t) => (tree = t) }];
  const ignore = () => undefined;
  while (stack.length > 0) {
    const { node, put } = stack.pop()!;
    // A node without a range is located at the start of the file, as locate.ts did for it.
    const start = node.range?.[0] ?? 0;
    const end = node.range?.[1] ?? 1;
    let t: YamlNode;
    if (isScalar(node)) {
      t = { kind: 'scalar', start, end, source: typeof node.source === 'string' ? node.source : undefined };
    } else if (isAlias(node)) {
      t = { kind: 'alias', start, end, target: anchors.get(node.source) ?? null };
    } else if (isMap(node)) {
      const entries: YamlEntry[] = [];
      t = { kind: 'map', start, end, entries };
      const later: typeof stack = [];
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const entry: YamlEntry = {
          key: isScalar(key) ? (key.value as YamlEntry['key']) : undefined,
          keyStart: key?.range?.[0] ?? 0,
          keyEnd: key?.range?.[1] ?? 1,
          value: null,
        };
        entries.push(entry);
        // Keys are walked too, only for the anchors they may hold.
        if (key) later.push({ node: key, put: ignore });
        const value = pair.value as Node | null;
        if (value) later.push({ node: value, put: (v) => (entry.value = v) });
      }
      for (let i = later.length - 1; i >= 0; i--) stack.push(later[i]!);
    } else if (isSeq(node)) {
      const items: YamlNode[] = [];
      t = { kind: 'seq', start, end, items };
      const list = node.items as Node[];
      for (let i = list.length - 1; i >= 0; i--) {
        const index = i;
        stack.push({ node: list[i]!, put: (v) => (items[index] = v) });
      }
    } else {
      continue;
    }
    if (node.anchor) anchors.set(node.anchor, t);
    put(t);
  }
  return tree;
}

/** Every comment token in the parser's concrete syntax tree, in order (so `#` inside quotes is not one); iterative, for deep nesting. */
function commentTokens(tokens: readonly unknown[]): YamlComment[] {
  const out: YamlComment[] = [];
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) stack.push(item);
      continue;
    }
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      out.push({ offset: token.offset, source: token.source });
      continue;
    }
    for (const value of Object.values(node)) if (value !== null && typeof value === 'object') stack.push(value);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** Start of the quoted scalar that the parser was still inside at `pos`, if any. */
function openingQuote(doc: Document.Parsed, pos: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      if (r && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r[0] < pos && r[1] >= pos - 1) start = Math.max(start ?? -1, r[0]);
    },
  });
  return start;
}

/** The first alias (*name) whose anchor is not defined before it, if any. */
function unresolvedAlias(doc: Document.Parsed): { name: string; start: number; end: number } | undefined {
  let found: { name: string; start: number; end: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === undefined) {
        found = { name: node.source, start: node.range?.[0] ?? 0, end: node.range?.[1] ?? 1 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Warning codes with a message of their own (the rest read «YAML-en kan ikke leses her»). */
const KNOWN_WARNINGS: Partial<Record<string, MessageId>> = { TAG_RESOLVE_FAILED: 'yaml.TAG_RESOLVE_FAILED', BAD_DIRECTIVE: 'yaml.BAD_DIRECTIVE' };

/** The key of the duplicate at `pos` and where the same key is first written in its map. */
function firstOfDuplicate(doc: Document.Parsed, pos: number): { key: string; firstStart: number } | undefined {
  let found: { key: string; firstStart: number } | undefined;
  visit(doc, {
    Map(_key, node) {
      const seen = new Map<unknown, number>();
      for (const pair of node.items) {
        const k = pair.key;
        if (!isScalar(k)) continue;
        const start = k.range?.[0] ?? 0;
        const first = seen.get(k.value);
        if (first === undefined) seen.set(k.value, start);
        else if (start === pos) {
          found = { key: String(k.value), firstStart: first };
          return visit.BREAK;
        }
      }
      return undefined;
    },
  });
  return found;
}

/** Offset of the first collection nested deeper than `limit` (iterative, so it cannot overflow the stack). */
function deepNodeStart(root: Node, limit: number): number {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > limit) return node.range?.[0] ?? 0;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        stack.push([item.value, depth + 1]);
      } else {
        stack.push([item, depth + 1]);
      }
    }
  }
  return root.range?.[0] ?? 0;
}

/** True when maps and lists nest deeper than `limit` (checked without recursion, so it cannot overflow the stack). */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > limit) return true;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
}

/** See topLevelKeys in parse.ts. Duplicate keys are allowed here: only the names matter. */
export function fullTopLevelKeys(text: string): string[] | undefined {
  try {
    const doc = parseDocument(text, { schema: 'core', version: '1.2', uniqueKeys: false, logLevel: 'silent' });
    if (!isMap(doc.contents)) return undefined;
    return doc.contents.items.map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  } catch {
    return undefined;
  }
}
