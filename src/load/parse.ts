// Parses YAML text with the 1.2 core schema, keeping node positions; syntax problems become issues, never exceptions.
import { LineCounter, isCollection, isPair, parseAllDocuments, visit, type Document, type Node } from 'yaml';
import type { Issue } from '../issue.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH } from './limits.js';

/** One parsed file. `data` is undefined when the text holds no usable document. */
export interface SourceFile {
  /** The path as shown to the user: relative to the working folder, with forward slashes. */
  path: string;
  absPath: string;
  text: string;
  lineCounter: LineCounter;
  doc: Document.Parsed | undefined;
  data: unknown;
  /** Syntax-level issues found while parsing (positions as byte ranges in this file). */
  issues: Issue[];
}

/** yaml error codes that have their own rule; the rest are `yaml-syntax`. */
const CODE_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indent',
};

/** Parses `text`. Always uses the YAML 1.2 core schema, even under a `%YAML 1.1` directive, so `NO` and `on` stay text. */
export function parseSource(path: string, absPath: string, text: string): SourceFile {
  const lineCounter = new LineCounter();
  const issues: Issue[] = [];
  const range = (start: number, end: number) => ({ kind: 'range' as const, file: path, start, end: Math.max(end, start + 1) });
  const docs = parseAllDocuments(text, {
    schema: 'core',
    version: '1.2',
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
  });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  for (const [i, d] of list.entries()) {
    for (const e of d.errors) {
      if (/call stack/i.test(e.message)) {
        // The parser's own recursion guard: the nesting is too deep to read.
        issues.push({ ruleId: 'yaml-too-deep', messageId: 'yaml.too-deep', params: { limit: MAX_DEPTH }, target: range(e.pos[0], e.pos[1]) });
        continue;
      }
      // A quote that is never closed runs to the end of the file; point at where it opens instead.
      const opened = e.code === 'MISSING_CHAR' && /quote/i.test(e.message) ? openingQuote(d, e.pos[0]) : undefined;
      issues.push({
        ruleId: CODE_RULES[e.code] ?? 'yaml-syntax',
        messageId: opened !== undefined ? 'yaml.unclosed-quote' : `yaml.${e.code}`,
        params: { detail: firstLine(e.message) },
        target: opened !== undefined ? range(opened, opened + 1) : range(e.pos[0], e.pos[1]),
      });
    }
    for (const w of d.warnings) {
      issues.push({ ruleId: 'yaml-syntax', messageId: `yaml.${w.code}`, params: { detail: firstLine(w.message) }, target: range(w.pos[0], w.pos[1]), severity: 'warning' });
    }
    if (i === 1) {
      const start = d.range?.[0] ?? 0;
      issues.push({ ruleId: 'yaml-multiple-documents', messageId: 'yaml.multiple-documents', params: { count: list.length }, target: range(start, start + 3) });
    }
  }
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
        issues.push({ ruleId: tooMany ? 'yaml-alias-limit' : 'yaml-syntax', messageId: tooMany ? 'yaml.alias-limit' : 'yaml.other', params: { limit: MAX_ALIAS_COUNT, detail: String((error as Error).message) }, target: range(start, start + 1) });
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
  return { path, absPath, text, lineCounter, doc, data, issues };
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
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
