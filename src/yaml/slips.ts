// Common slips in hand-written YAML, found in the text: each gets its own plain message instead of the parser's own words.
import type { Issue } from '../engine/issue.js';
import { isMessageId, type MessageId } from '../i18n/index.js';
import { LineIndex } from './line-index.js';
import type { YamlNode } from './parse-tree.js';

/** A syntax error as the full parser reported it: its code and offsets (no English text travels further). */
export interface RawSyntaxError {
  code: string;
  start: number;
  end: number;
  /** For DUPLICATE_KEY: the key and where it is written first. */
  duplicate?: { key: string; firstStart: number };
  /** For an unclosed quote: where the quoted value opens. */
  openingQuote?: number;
}

/** Parser error codes that have a Norwegian message of their own (`yaml.<CODE>` in the catalogues). */
const CODE_MESSAGES = new Set([
  'BAD_INDENT', 'UNEXPECTED_TOKEN', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_SCALAR_START', 'BAD_DQ_ESCAPE',
  'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_COLLECTION_TYPE', 'BLOCK_IN_FLOW', 'MULTIPLE_ANCHORS', 'MULTIPLE_TAGS', 'NON_STRING_KEY',
  'TAG_RESOLVE_FAILED', 'KEY_OVER_1024_CHARS', 'ALIAS_PROPS', 'BAD_PROP_ORDER', 'IMPOSSIBLE', 'MULTIPLE_DOCS',
]);

/** Codes that come from the shape of the lines (indentation, keys, colons), where a slip on the line explains them. */
const STRUCTURAL = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'UNEXPECTED_TOKEN', 'MISSING_CHAR', 'BAD_SCALAR_START', 'IMPOSSIBLE']);

/** Curly quotes as Word writes them. */
const CURLY = '“”„‘’‚';
const CURLY_AT_VALUE = /(^[ \t]*(?:-[ \t]+)*|[:,[{-][ \t]+)([“”„‘’‚])/gm;
/** `key:value` at the start of a line or after `{` or `,` (a lowercase ASCII key, as agreement files use). */
const NO_SPACE_BLOCK = /^([ \t]*(?:-[ \t]+)*)([a-z][a-z0-9_]*):([^\s/:#])/gm;
const NO_SPACE_QUICK = /[a-z0-9_]:[^\s/:#,}]/;
const NO_SPACE_FLOW = /([{,][ \t]*)([a-z][a-z0-9_]*):([^\s/:#,}])/g;

/** A slip found in the text alone. */
interface TextSlip {
  issue: Issue;
  line: number;
}

/**
 * Slips in `text` that need no parser to see: a value wrapped in Word's curly quotes, and `key:value` without a
 * space for a key in `knownKeys` (a key that does not exist is left to the schema's «ukjent felt»). Both are errors:
 * the parser reads them as text, so the data is not what the writer meant.
 */
export function scanSlips(path: string, text: string, knownKeys: () => ReadonlySet<string>, tree: YamlNode | undefined): Issue[] {
  return textSlips(path, text, knownKeys, tree).map((s) => s.issue);
}

/**
 * The text slips of `text`. Only where the parser read a node starting exactly there (a plain scalar or a key that
 * begins with the curly quote or with `key:`), so text inside a block scalar or a quoted value is left alone.
 */
function textSlips(path: string, text: string, knownKeys: () => ReadonlySet<string>, tree: YamlNode | undefined): TextSlip[] {
  const out: TextSlip[] = [];
  let index: LineIndex | undefined;
  let starts: Set<number> | undefined;
  const lines = {
    linePos: (offset: number) => {
      index ??= new LineIndex(text);
      return index.linePos(offset);
    },
  };
  const startsNode = (offset: number) => {
    starts ??= nodeStarts(tree);
    return starts.has(offset);
  };
  const range = (start: number, end: number) => ({ kind: 'range' as const, file: path, start, end: Math.max(end, start + 1) });
  if (/[“”„‘’‚]/.test(text)) {
    for (const m of text.matchAll(CURLY_AT_VALUE)) {
      const at = m.index + m[1]!.length;
      const lineEnd = endOfLine(text, at);
      const rest = text.slice(at + 1, lineEnd).replace(/[ \t]+#.*$/, '').trimEnd();
      // Only a value that is wrapped: it opens and closes with a curly quote.
      if (rest.length === 0 || !CURLY.includes(rest.charAt(rest.length - 1)) || !startsNode(at)) continue;
      out.push({ line: lines.linePos(at).line, issue: { ruleId: 'yaml-syntax', messageId: 'yaml.curly-quote', params: { quote: m[2]! }, hintId: 'hint.yaml-curly-quote', target: range(at, at + rest.length + 1) } });
    }
  }
  // A simple pattern first (the common case is no match, and it scans much faster than the two below).
  const keys = NO_SPACE_QUICK.test(text) && (NO_SPACE_BLOCK.test(text) || NO_SPACE_FLOW.test(text)) ? knownKeys() : undefined;
  NO_SPACE_BLOCK.lastIndex = 0;
  NO_SPACE_FLOW.lastIndex = 0;
  if (keys) {
    for (const [re, prefix] of [[NO_SPACE_BLOCK, 1], [NO_SPACE_FLOW, 1]] as const) {
      for (const m of text.matchAll(re)) {
        const key = m[2]!;
        const at = m.index + m[prefix]!.length;
        if (!keys.has(key) || !startsNode(at)) continue;
        const lineEnd = endOfLine(text, at);
        const written = text.slice(at, lineEnd).replace(/[ \t]+#.*$/, '').replace(/[,}\]].*$/, '').trimEnd();
        if (out.some((s) => s.issue.target.kind === 'range' && s.issue.target.start <= at && at < s.issue.target.end)) continue;
        const value = written.slice(key.length + 1);
        out.push({ line: lines.linePos(at).line, issue: { ruleId: 'yaml-syntax', messageId: 'yaml.missing-space', params: { key, written }, hintId: 'hint.yaml-missing-space', hintParams: { key, value }, target: range(at, at + written.length) } });
      }
    }
  }
  return out.sort((a, b) => (a.issue.target as { start: number }).start - (b.issue.target as { start: number }).start);
}

/**
 * The issues for one file's syntax errors: one plain message per slip, the first cause first. A curly quote or a
 * missing space on the line explains the parser's error there; a colon inside a value and a wrong indent are named
 * with the line and what to write; an unclosed quote hides every error after it (they are its consequences); of
 * the remaining errors only the first is kept, since what follows it is read from a text the parser lost track of,
 * and none at all after a slip or tab above them.
 * Duplicate keys and tabs are independent of each other and are all kept.
 */
export function explainSyntaxErrors(
  path: string,
  text: string,
  lineStarts: number[],
  errors: readonly RawSyntaxError[],
  knownKeys: () => ReadonlySet<string>,
  tree: YamlNode | undefined,
): Issue[] {
  const lines = new LineIndex(text, lineStarts);
  const plainLines = new LineIndex(text);
  const range = (start: number, end: number) => ({ kind: 'range' as const, file: path, start, end: Math.max(end, start + 1) });
  const lineOf = (offset: number) => lines.linePos(offset).line;
  const slips = textSlips(path, text, knownKeys, tree);
  const out: Issue[] = slips.map((s) => s.issue);
  const sorted = [...errors].sort((a, b) => a.start - b.start);
  const quote = sorted.find((e) => e.openingQuote !== undefined);
  const tabLines = new Set(sorted.filter((e) => e.code === 'TAB_AS_INDENT').map((e) => lineOf(e.start)));
  let generic = false;
  for (const e of sorted) {
    if (quote && e !== quote && e.start > quote.openingQuote!) continue;
    if (e === quote) {
      const at = e.openingQuote!;
      out.push({ ruleId: 'yaml-syntax', messageId: 'yaml.quote-not-closed', params: { quote: text.charAt(at), line: lineOf(at) }, hintId: 'hint.yaml-unclosed-quote', hintParams: { quote: text.charAt(at) }, target: range(at, at + 1) });
      continue;
    }
    if (e.code === 'DUPLICATE_KEY' && e.duplicate) {
      out.push({ ruleId: 'yaml-duplicate-key', messageId: 'yaml.duplicate-key', params: { key: e.duplicate.key, line: lineOf(e.duplicate.firstStart) }, target: range(e.start, e.end) });
      continue;
    }
    if (e.code === 'TAB_AS_INDENT') {
      out.push({ ruleId: 'yaml-tab-indent', messageId: 'yaml.tab', params: { line: lineOf(e.start) }, target: range(e.start, e.end) });
      continue;
    }
    const line = lineOf(e.start);
    // A slip found in the text, or a tab, at or above this line is the first cause: the parser's complaint about the
    // shape of the lines that follow is read from a text it has already lost track of.
    if (STRUCTURAL.has(e.code) && (slips.some((s) => s.line <= line) || [...tabLines].some((l) => l <= line))) continue;
    if (generic) continue;
    generic = true;
    const colon = STRUCTURAL.has(e.code) ? colonInValue(text, plainLines, line) : undefined;
    if (colon) {
      out.push({ ruleId: 'yaml-syntax', messageId: 'yaml.colon-in-value', params: { key: colon.key, value: colon.value }, hintId: 'hint.yaml-colon-in-value', hintParams: { key: colon.key, value: colon.value.replace(/["\\]/g, '\\$&') }, target: range(colon.start, colon.end) });
      continue;
    }
    const indent = STRUCTURAL.has(e.code) ? indentSlip(text, line) : undefined;
    if (indent) {
      out.push({ ruleId: 'yaml-syntax', messageId: 'yaml.wrong-indent', params: { line: indent.line, actual: indent.actual, expected: indent.expected }, hintId: 'hint.yaml-wrong-indent', hintParams: { line: indent.line, expected: indent.expected }, target: range(indent.start, indent.end) });
      continue;
    }
    const own = `yaml.${e.code}`;
    const messageId: MessageId = e.code === 'MISSING_CHAR' ? 'yaml.missing-char' : CODE_MESSAGES.has(e.code) && isMessageId(own) ? own : 'yaml.unreadable';
    out.push({ ruleId: 'yaml-syntax', messageId, target: range(e.start, e.end), data: { parserCode: e.code } });
  }
  return out;
}

function endOfLine(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/** `key: some text: more` on line `line` (1-based): a value with `: ` inside, which YAML reads as a second key. */
function colonInValue(text: string, lines: LineIndex, line: number): { key: string; value: string; start: number; end: number } | undefined {
  const start = lines.lineStarts[line - 1];
  if (start === undefined) return undefined;
  const raw = text.slice(start, endOfLine(text, start)).replace(/\r$/, '');
  const m = /^([ \t]*(?:-[ \t]+)*)([^\s:#"'{}[\],-][^:#{}[\],]*?):[ \t]+([^\s"'|>{[&*!#][^#]*?:(?:[ \t][^#]*)?)(?:[ \t]+#.*)?$/.exec(raw);
  if (!m) return undefined;
  const value = m[3]!.trimEnd();
  const valueStart = start + raw.indexOf(value, m[1]!.length + m[2]!.length + 1);
  return { key: m[2]!.trim(), value, start: valueStart, end: valueStart + value.length };
}

/** A line indented differently from the lines it belongs with. */
export interface IndentSlip {
  /** 1-based line. */
  line: number;
  /** Spaces the line starts with. */
  actual: number;
  /** Spaces it most likely should start with: the column of the lines it belongs with. */
  expected: number;
  start: number;
  end: number;
}

type LineKind = 'item' | 'key' | 'text';

/**
 * The first line, at most one line after `nearLine` and at most three before it, whose indentation fits none of
 * the open blocks above it (a list item one space deeper than its siblings, a key one space short of the keys
 * beside it). Only a guess about what the writer meant, so it is used only where the parser has already failed.
 */
export function indentSlip(text: string, nearLine: number): IndentSlip | undefined {
  const open: number[] = [];
  const lastKind = new Map<number, LineKind>();
  let prevOpens = false;
  let blockScalarAbove: number | undefined;
  let flowDepth = 0;
  let offset = 0;
  let lineNo = 0;
  while (offset <= text.length && lineNo < nearLine + 1) {
    lineNo++;
    const end = endOfLine(text, offset);
    const raw = text.slice(offset, end).replace(/\r$/, '');
    const lineStart = offset;
    offset = end + 1;
    const indent = /^ */.exec(raw)![0].length;
    const content = raw.slice(indent);
    if (content === '' || content.startsWith('#') || content.startsWith('\t')) continue;
    if (blockScalarAbove !== undefined && indent > blockScalarAbove) continue;
    blockScalarAbove = undefined;
    if (flowDepth > 0) {
      flowDepth = Math.max(0, flowDepth + bracketBalance(content));
      continue;
    }
    if (/^(---|\.\.\.)(\s|$)/.test(content) || content.startsWith('%')) {
      open.length = 0;
      prevOpens = false;
      continue;
    }
    const kind: LineKind = /^-(\s|$)/.test(content) ? 'item' : /^[^\s#][^#]*?:(\s|$)/.test(content) ? 'key' : 'text';
    const top = open[open.length - 1];
    if (top === undefined) {
      open.push(indent);
    } else if (indent > top) {
      if (kind === 'text' && !prevOpens) continue; // a plain scalar going on over several lines
      if (!prevOpens) return slipAt(lineNo, indent, open, lastKind, kind, lineStart, raw, nearLine);
      open.push(indent);
    } else if (indent < top) {
      const before = [...open];
      while (open.length > 0 && open[open.length - 1]! > indent) open.pop();
      if (open[open.length - 1] !== indent) return slipAt(lineNo, indent, before, lastKind, kind, lineStart, raw, nearLine);
    }
    lastKind.set(indent, kind);
    let body = content;
    let bodyIndent = indent;
    // `- key: value` opens a map at the column after the dash.
    while (/^-[ \t]+/.test(body)) {
      const dash = /^-[ \t]+/.exec(body)![0].length;
      bodyIndent += dash;
      body = body.slice(dash);
      if (/^[^\s#][^#]*?:(\s|$)/.test(body) || /^-(\s|$)/.test(body)) {
        open.push(bodyIndent);
        lastKind.set(bodyIndent, /^-(\s|$)/.test(body) ? 'item' : 'key');
      }
    }
    const stripped = body.replace(/(^|\s)#.*$/, '').trimEnd();
    prevOpens = stripped === '-' || /:$/.test(stripped) || /^-$/.test(stripped);
    if (/(^|[:-]\s+)[|>][+-]?\d*$/.test(stripped)) blockScalarAbove = bodyIndent;
    flowDepth = Math.max(0, bracketBalance(stripped));
  }
  return undefined;
}

function slipAt(line: number, actual: number, open: readonly number[], lastKind: Map<number, LineKind>, kind: LineKind, start: number, raw: string, nearLine: number): IndentSlip | undefined {
  if (line < nearLine - 3 || open.length === 0) return undefined;
  let expected = open[0]!;
  for (const candidate of open) {
    const d = Math.abs(candidate - actual);
    const best = Math.abs(expected - actual);
    const sameKind = (c: number) => lastKind.get(c) === kind;
    if (d < best || (d === best && (sameKind(candidate) && !sameKind(expected) || (sameKind(candidate) === sameKind(expected) && candidate > expected)))) expected = candidate;
  }
  return { line, actual, expected, start: start + actual, end: start + raw.length };
}

/** Opening minus closing brackets outside quotes, on one line. */
function bracketBalance(s: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ']' || ch === '}') {
      depth--;
    } else if (ch === '#') {
      break;
    }
  }
  return depth;
}

/** Offsets where a scalar or a map key of `tree` starts (walked without recursion). */
function nodeStarts(tree: YamlNode | undefined): Set<number> {
  const out = new Set<number>();
  const stack: YamlNode[] = tree ? [tree] : [];
  const seen = new Set<YamlNode>();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'scalar') out.add(node.start);
    else if (node.kind === 'map') {
      for (const e of node.entries) {
        out.add(e.keyStart);
        if (e.value) stack.push(e.value);
      }
    } else if (node.kind === 'seq') stack.push(...node.items);
  }
  return out;
}
