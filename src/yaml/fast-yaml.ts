// A fast parser for the plain subset of YAML that agreement files use, giving the same data, positions and comments as the yaml package; anything else gives undefined.
//
// It reads block maps and lists, plain, quoted and block scalars, one-line flow collections and
// comments, and gives up at the first thing outside that subset or in doubt (tabs, anchors, tags,
// directives, several documents, duplicate keys, odd indentation, anything yaml would warn about).
// Node ranges follow yaml 2.9's composer, including where trailing comments end a collection.
// No import of 'yaml' here, directly or not: a run whose files all take this path never loads it.
import { MAX_DEPTH } from '../load/limits.js';
import type { ScalarValue, YamlComment, YamlEntry, YamlMap, YamlNode, YamlSeq } from './parse-tree.js';

/** What the fast parser gives for a text it accepts. */
export interface FastParse {
  data: unknown;
  tree: YamlNode | undefined;
  comments: YamlComment[];
}

/**
 * Parses `text` (without a byte order mark) when it is in the subset; undefined otherwise, and then
 * the full path must run. Never throws; runs in time linear in the text, without recursion.
 */
export function fastParse(text: string): FastParse | undefined {
  try {
    return new FastYaml(text).run();
  } catch {
    // Every way out of the subset (and any oversight) lands here: the full path decides.
    return undefined;
  }
}

/** Thrown to give up; never leaves fastParse. */
const BAIL = new Error('outside the fast YAML subset');
function bail(): never {
  throw BAIL;
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const SQUOTE = 39;
const PLUS = 43;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GT = 62;
const QUESTION = 63;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const PIPE = 124;
const RBRACE = 125;

/** Characters that cannot start a plain scalar here (indicators, reserved, or bad starts for yaml). */
const BAD_START = new Set([COMMA, LBRACKET, RBRACKET, LBRACE, RBRACE, HASH, 38 /* & */, 42 /* * */, 33 /* ! */, PIPE, GT, SQUOTE, DQUOTE, 37 /* % */, 64 /* @ */, 96 /* ` */]);

/** yaml's isEmpty: end of input, space, line break (tabs never get this far). */
function isEmptyCode(c: number): boolean {
  return Number.isNaN(c) || c === SPACE || c === LF || c === CR;
}

/**
 * ASCII characters that end or need a look in a plain scalar: line breaks, space and `:` (in flow
 * also `,[]{}`), and the control characters, refused there since yaml's lexer uses some as markers.
 */
const BLOCK_STOP = new Uint8Array(128);
const FLOW_STOP = new Uint8Array(128);
for (let c = 0; c < 32; c++) BLOCK_STOP[c] = FLOW_STOP[c] = 1;
for (const c of [SPACE, COLON, 127]) BLOCK_STOP[c] = FLOW_STOP[c] = 1;
for (const c of [COMMA, LBRACKET, RBRACKET, LBRACE, RBRACE]) FLOW_STOP[c] = 1;

/** Non-ASCII characters refused in plain scalars: C1 controls, the byte order mark, Unicode line separators. */
function oddChar(c: number): boolean {
  return c <= 0x9f || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

/** Recent plain keys that read as text, by a hash of their characters (a power of two in size, shared by all parses). */
const KEY_CACHE: Array<string | undefined> = new Array<string | undefined>(1024).fill(undefined);

function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE;
}

/** One open block collection. */
interface Frame {
  map: boolean;
  /** Column of its keys or dashes. */
  indent: number;
  /** Nesting depth: 0 for the root. */
  depth: number;
  node: YamlMap | YamlSeq;
  obj: Record<string, unknown> | unknown[];
  /** yaml's range[2] of the last value: where the collection's own range ends. */
  lastEnd: number;
  /** A key or dash whose value has not been read yet. */
  pending: boolean;
  pendingEntry: YamlEntry | null;
  pendingKey: string;
  /** Where yaml puts the empty value if none comes. */
  pendingPos: number;
  /** A comment came after the key (or around the dash): an empty value's range then runs on to the next content. */
  pendingComment: boolean;
}

/** One open flow collection while reading a one-line `[...]` or `{...}`. */
interface FlowFrame {
  map: boolean;
  depth: number;
  node: YamlMap | YamlSeq;
  obj: Record<string, unknown> | unknown[];
  /** 0: after the opening bracket; 1: after a comma; 2: after an item. */
  state: number;
}

class FastYaml {
  private readonly t: string;
  private readonly len: number;
  private pos = 0;
  private readonly comments: YamlComment[] = [];
  private readonly frames: Frame[] = [];
  /** yaml's range[2] of the last scalar or flow collection read in block context. */
  private leafEnd = 0;
  /** True while comment lines after that value still join its range (more indented than its collection). */
  private absorbing = false;
  private leafIndent = 0;
  /** Comments after the last value that did not join it, and the largest column among them. */
  private restComment = false;
  private restMaxCol = -1;
  /** Whether comments after the last value moved past the collections that closed, into the next entry. */
  private carried = false;
  /** The value just read: its node and its data. */
  private vNode: YamlNode | null = null;
  private vData: unknown = null;
  /** In a flow map: the entry whose value is being read, and its key as a property name. */
  private fEntry: YamlEntry | null = null;
  private fKey = '';

  constructor(text: string) {
    this.t = text;
    this.len = text.length;
  }

  run(): FastParse {
    const t = this.t;
    // No tab anywhere, no lone CR. Other control characters are refused where they could be
    // structure (plain scalars and keys, see oddChar); inside quotes, comments and block scalars yaml
    // keeps them as they are, and so does this parser.
    if (t.indexOf('\t') !== -1) bail();
    for (let cr = t.indexOf('\r'); cr !== -1; cr = t.indexOf('\r', cr + 1)) if (t.charCodeAt(cr + 1) !== LF) bail();
    // Before the document: blank lines, comments and at most one `---` line.
    let docStart = false;
    for (;;) {
      if (this.pos >= this.len) bail();
      const ls = this.pos;
      const q = this.skipSpaces(ls);
      const c = t.charCodeAt(q);
      if (q >= this.len || c === LF || c === CR) {
        this.pos = this.nextLine(q);
      } else if (c === HASH) {
        this.pos = this.nextLine(this.comment(q));
      } else if (q === ls && !docStart && this.marker(q) === '---') {
        docStart = true;
        const r = this.skipSpaces(q + 3);
        const d = t.charCodeAt(r);
        if (d === HASH) this.pos = this.nextLine(this.comment(r));
        else if (r >= this.len || d === LF || d === CR) this.pos = this.nextLine(r);
        else bail();
      } else {
        if (q !== ls || this.marker(q) !== '') bail();
        break;
      }
    }
    const start = this.pos;
    const dash = this.isDash(start);
    const root = dash ? this.seqFrame(0, start, 0) : this.mapFrame(0, start, 0);
    this.frames.push(root);
    this.line(root, start);
    for (;;) {
      this.trivia();
      if (this.pos >= this.len) break;
      const ls = this.pos;
      const q = this.skipSpaces(ls);
      this.next(q, q - ls);
    }
    this.finish();
    return { data: root.obj, tree: root.node, comments: this.comments };
  }

  // ---- block structure ----

  /** A content line at `q`, column `col`: ends the values and collections it closes, then reads it. */
  private next(q: number, col: number): void {
    if (col === 0 && this.marker(q) !== '') bail();
    const dash = this.isDash(q);
    let top = this.frames[this.frames.length - 1]!;
    this.carried = false;
    if (top.pending) {
      if (dash ? col > top.indent || (col === top.indent && top.map) : col > top.indent) {
        const depth = top.depth + 1;
        if (depth >= MAX_DEPTH) bail();
        const f = dash ? this.seqFrame(col, q, depth) : this.mapFrame(col, q, depth);
        this.resolvePending(top, f.node, f.obj);
        this.frames.push(f);
        this.line(f, q);
        return;
      }
      this.emptyPending(top, q);
    } else {
      top.lastEnd = this.leafEnd;
    }
    this.carried = this.close(q, col, dash);
    top = this.frames[this.frames.length - 1]!;
    if (top.indent !== col || top.map === dash) bail();
    this.line(top, q);
  }

  /** At the end of the text: the last value ends and every collection closes. */
  private finish(): void {
    const top = this.frames[this.frames.length - 1]!;
    if (top.pending) this.emptyPending(top, this.len);
    else top.lastEnd = this.leafEnd;
    this.close(this.len, -1, false);
  }

  /**
   * Closes the collections that a content line at column `col` (-1: the end of the text) ends.
   * Comments left after the last value stay with a closing collection, extending its range to
   * `restEnd`, when it is indented and one of them is at least as indented as it, as yaml's parser
   * keeps them; otherwise they move outwards. Returns whether they reached the next entry.
   */
  private close(restEnd: number, col: number, dash: boolean): boolean {
    let carry = this.restComment;
    const frames = this.frames;
    while (frames.length > 0) {
      const f = frames[frames.length - 1]!;
      // Deeper collections close; so does a list at the column of a key that follows it.
      if (!(f.indent > col || (f.indent === col && !f.map && !dash))) break;
      frames.pop();
      f.node.end = f.lastEnd;
      let end2 = f.lastEnd;
      if (carry && f.indent !== 0 && this.restMaxCol >= f.indent) {
        end2 = restEnd;
        carry = false;
      }
      const parent = frames[frames.length - 1];
      if (parent) parent.lastEnd = end2;
      else if (restEnd !== this.len) bail();
    }
    return carry;
  }

  /**
   * The key or dash whose value never came gets yaml's empty scalar. With a comment after the key
   * (or before and after the dash), yaml ends its range where the next content starts, `restEnd`;
   * that only shows when the collection closes there, and otherwise the next entry overrides it.
   */
  private emptyPending(f: Frame, restEnd: number): void {
    const p = f.pendingPos;
    this.resolvePending(f, { kind: 'scalar', start: p, end: p, source: '' }, null);
    f.lastEnd = f.pendingComment ? restEnd : p;
    this.resetRest();
  }

  /** No value whose range comment lines could join, and no comments left over. */
  private resetRest(): void {
    this.absorbing = false;
    this.restComment = false;
    this.restMaxCol = -1;
  }

  private resolvePending(f: Frame, node: YamlNode, data: unknown): void {
    if (f.map) {
      f.pendingEntry!.value = node;
      setProp(f.obj as Record<string, unknown>, f.pendingKey, data);
    } else {
      (f.node as YamlSeq).items.push(node);
      (f.obj as unknown[]).push(data);
    }
    f.pending = false;
    f.pendingEntry = null;
  }

  /** Blank and comment lines up to the next content line (or the end), with their effect on ranges. */
  private trivia(): void {
    const t = this.t;
    for (;;) {
      if (this.pos >= this.len) return;
      const ls = this.pos;
      const q = this.skipSpaces(ls);
      const c = t.charCodeAt(q);
      if (q >= this.len || c === LF || c === CR) {
        this.pos = this.nextLine(q);
        continue;
      }
      if (c !== HASH) return;
      const next = this.nextLine(this.comment(q));
      const col = q - ls;
      const top = this.frames[this.frames.length - 1]!;
      if (top.pending) {
        top.pendingComment = true;
      } else if (this.absorbing && col > this.leafIndent) {
        // yaml adds a more indented comment (and the blank lines before it) to the value's end.
        this.leafEnd = next;
      } else {
        this.absorbing = false;
        this.restComment = true;
        if (col > this.restMaxCol) this.restMaxCol = col;
      }
      this.pos = next;
    }
  }

  /** Reads the content line at `q` as an entry of `f` (a key line for a map, a dash line for a list). */
  private line(f: Frame, q: number): void {
    if (f.map) {
      this.mapEntry(f, q);
      return;
    }
    const t = this.t;
    const r = this.skipSpaces(q + 1);
    const c = t.charCodeAt(r);
    if (r >= this.len || c === LF || c === CR || c === HASH) {
      // Comments before the dash that reached this item count for an empty item too.
      this.setPending(f, null, '', r, c === HASH);
      if (this.carried) f.pendingComment = true;
      return;
    }
    if (c === DASH && isEmptyCode(t.charCodeAt(r + 1))) bail();
    if (this.isKey(r)) {
      const depth = f.depth + 1;
      if (depth >= MAX_DEPTH) bail();
      const m = this.mapFrame(f.indent + (r - q), r, depth);
      (f.node as YamlSeq).items.push(m.node);
      (f.obj as unknown[]).push(m.obj);
      this.frames.push(m);
      this.mapEntry(m, r);
      return;
    }
    this.value(f, r);
    (f.node as YamlSeq).items.push(this.vNode!);
    (f.obj as unknown[]).push(this.vData);
  }

  /** A `key: value` line of map `f`, the key at `q`. */
  private mapEntry(f: Frame, q: number): void {
    const t = this.t;
    let keyEnd: number;
    let colon: number;
    let key: ScalarValue;
    const c0 = t.charCodeAt(q);
    if (c0 === DQUOTE || c0 === SQUOTE) {
      const close = this.quoteEnd(q);
      if (close < 0 || close > this.eol(q)) bail();
      keyEnd = close + 1;
      key = quoted(t, q, close);
      colon = this.skipSpaces(keyEnd);
      if (t.charCodeAt(colon) !== COLON || !isEmptyCode(t.charCodeAt(colon + 1))) bail();
    } else {
      if (!this.plainStart(q)) bail();
      const len = this.len;
      let i = q;
      let end = q;
      for (; ; i++) {
        if (i >= len) bail();
        const c = t.charCodeAt(i);
        if (c >= 128 ? !oddChar(c) : BLOCK_STOP[c] === 0) {
          end = i + 1;
        } else if (c === COLON) {
          if (isEmptyCode(t.charCodeAt(i + 1))) break;
          end = i + 1;
        } else if (c === SPACE) {
          if (t.charCodeAt(i + 1) === HASH) bail();
        } else {
          bail();
        }
      }
      keyEnd = end;
      colon = i;
      key = this.plainKey(q, end);
    }
    // yaml (strict) wants the `:` at most 1024 characters after the start of the key.
    if (colon - q > 1000) bail();
    const name = key === null ? '' : String(key);
    const obj = f.obj as Record<string, unknown>;
    const entry: YamlEntry = { key, keyStart: q, keyEnd, value: null };
    (f.node as YamlMap).entries.push(entry);
    const r = this.skipSpaces(colon + 1);
    const c = t.charCodeAt(r);
    if (r >= this.len || c === LF || c === CR || c === HASH) {
      this.setPending(f, entry, name, r, c === HASH);
      return;
    }
    this.value(f, r);
    entry.value = this.vNode;
    setProp(obj, name, this.vData);
  }

  /** Marks the entry just read as waiting for its value (on later lines, or none). */
  private setPending(f: Frame, entry: YamlEntry | null, key: string, r: number, comment: boolean): void {
    f.pending = true;
    f.pendingEntry = entry;
    f.pendingKey = key;
    f.pendingPos = r;
    f.pendingComment = comment;
    this.pos = this.nextLine(comment ? this.comment(r) : r);
    this.resetRest();
  }

  /** True when a `key:` starts at `r` (a plain or one-line quoted scalar followed by `: `). */
  private isKey(r: number): boolean {
    const t = this.t;
    const c0 = t.charCodeAt(r);
    if (c0 === DQUOTE || c0 === SQUOTE) {
      const close = this.quoteEnd(r);
      if (close < 0 || close > this.eol(r)) return false;
      const k = this.skipSpaces(close + 1);
      return t.charCodeAt(k) === COLON && isEmptyCode(t.charCodeAt(k + 1));
    }
    if (!this.plainStart(r)) return false;
    for (let i = r; ; i++) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c) || c === LF || c === CR) return false;
      if (c === COLON && isEmptyCode(t.charCodeAt(i + 1))) return true;
      if (c === SPACE && t.charCodeAt(i + 1) === HASH) return false;
    }
  }

  // ---- values in block context ----

  /** Reads the value starting at `r` in collection `f` into vNode/vData, through the end of its last line. */
  private value(f: Frame, r: number): void {
    const t = this.t;
    const c = t.charCodeAt(r);
    const minIndent = f.indent + 1;
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quoteEnd(r);
      if (close < 0) bail();
      this.checkContinuation(r, close, minIndent);
      const value = quoted(t, r, close);
      this.vNode = { kind: 'scalar', start: r, end: close + 1, source: value };
      this.vData = value;
      this.afterValue(close + 1, f);
    } else if (c === LBRACKET || c === LBRACE) {
      const end = this.flow(r, f.depth + 1);
      this.afterValue(end, f);
    } else if (c === PIPE || c === GT) {
      this.blockScalar(f, r);
    } else {
      if (!this.plainStart(r)) bail();
      this.plain(f, r, minIndent);
    }
  }

  /** After a quoted scalar or flow collection: only spaces and a comment may follow on the line. */
  private afterValue(i: number, f: Frame): void {
    const t = this.t;
    const r = this.skipSpaces(i);
    const c = t.charCodeAt(r);
    if (c === HASH && r > i) {
      this.pos = this.nextLine(this.comment(r));
    } else if (r >= this.len || c === LF || c === CR) {
      this.pos = this.nextLine(r);
    } else {
      bail();
    }
    this.leaf(f, this.pos, true);
  }

  /** The value just read ends at `end2` (yaml's range[2]); comments after it may still join it if `absorbs`. */
  private leaf(f: Frame, end2: number, absorbs: boolean): void {
    this.resetRest();
    this.leafEnd = end2;
    this.absorbing = absorbs;
    this.leafIndent = f.indent;
  }

  /** A plain scalar at `r`, maybe folded over more indented lines (at least `minIndent`). */
  private plain(f: Frame, r: number, minIndent: number): void {
    const t = this.t;
    const len = this.len;
    let end = r;
    let i = r;
    let multi = false;
    let commentAt = -1;
    for (;;) {
      // One line of the scalar, from i to its end or to ` #`.
      for (; i < len; i++) {
        const c = t.charCodeAt(i);
        if (c >= 128 ? !oddChar(c) : BLOCK_STOP[c] === 0) {
          end = i + 1;
        } else if (c === COLON) {
          if (isEmptyCode(t.charCodeAt(i + 1))) bail();
          end = i + 1;
        } else if (c === SPACE) {
          if (t.charCodeAt(i + 1) === HASH) {
            commentAt = i + 1;
            break;
          }
        } else if (c === LF || c === CR) {
          break;
        } else {
          bail();
        }
      }
      if (commentAt >= 0 || i >= this.len) break;
      // Does a later line continue it? Blank lines in between fold to line breaks.
      let k = this.nextLine(i);
      let q = -1;
      while (k < this.len) {
        const s = this.skipSpaces(k);
        const c = t.charCodeAt(s);
        if (s >= this.len) break;
        if (c === LF || c === CR) {
          k = this.nextLine(s);
          continue;
        }
        if (c !== HASH && s - k >= minIndent) q = s;
        break;
      }
      if (q < 0) break;
      multi = true;
      i = q;
    }
    const raw = t.slice(r, end);
    const source = multi ? unfoldLines(raw) : raw;
    this.vNode = { kind: 'scalar', start: r, end, source };
    this.vData = resolvePlain(source);
    this.pos = commentAt >= 0 ? this.nextLine(this.comment(commentAt)) : this.nextLine(i);
    this.leaf(f, this.pos, true);
  }

  /** Every line break inside a quoted scalar must be followed by a blank line or one indented at least `minIndent`. */
  private checkContinuation(open: number, close: number, minIndent: number): void {
    const t = this.t;
    let nl = t.indexOf('\n', open);
    while (nl !== -1 && nl < close) {
      const s = this.skipSpaces(nl + 1);
      const c = t.charCodeAt(s);
      if (!(c === LF || c === CR) && s - (nl + 1) < minIndent) bail();
      nl = t.indexOf('\n', nl + 1);
    }
  }

  /** Offset of the quote that closes the quoted scalar opening at `q`, or -1 (as yaml's lexer finds it). */
  private quoteEnd(q: number): number {
    const t = this.t;
    if (t.charCodeAt(q) === SQUOTE) {
      let end = t.indexOf("'", q + 1);
      while (end !== -1 && t.charCodeAt(end + 1) === SQUOTE) end = t.indexOf("'", end + 2);
      return end;
    }
    let end = t.indexOf('"', q + 1);
    while (end !== -1) {
      let n = 0;
      while (t.charCodeAt(end - 1 - n) === 92 /* \ */) n++;
      if (n % 2 === 0) break;
      end = t.indexOf('"', end + 1);
    }
    return end;
  }

  /** A `|` or `>` block scalar with optional `-`/`+` chomping, its header at `r`. */
  private blockScalar(f: Frame, r: number): void {
    const t = this.t;
    let j = r + 1;
    let chomp = 0;
    const c1 = t.charCodeAt(j);
    if (c1 === DASH || c1 === PLUS) {
      chomp = c1;
      j++;
    }
    const c2 = t.charCodeAt(j);
    if (!(c2 === SPACE || c2 === LF || c2 === CR || j >= this.len)) bail();
    const k = this.skipSpaces(j);
    const c3 = t.charCodeAt(k);
    let lineStart: number;
    if (c3 === HASH) lineStart = this.nextLine(this.comment(k));
    else if (k >= this.len || c3 === LF || c3 === CR) lineStart = this.nextLine(k);
    else bail();
    if (lineStart >= this.len) bail();
    // yaml's lexer: the first non-blank line sets the indentation; it must be deeper than the collection.
    let nl = lineStart - 1;
    let indent = 0;
    let i = lineStart;
    for (; i < this.len; i++) {
      const c = t.charCodeAt(i);
      if (c === SPACE) indent++;
      else if (c === LF) {
        nl = i;
        indent = 0;
      } else if (c !== CR) break;
    }
    if (i >= this.len || indent < f.indent + 1) bail();
    // Lines continue the scalar while blank or indented at least `indent`.
    for (;;) {
      const s = nl + 1;
      let n = 0;
      while (t.charCodeAt(s + n) === SPACE) n++;
      const c = t.charCodeAt(s + n);
      if (!(c === LF || c === CR || n >= indent)) break;
      nl = t.indexOf('\n', s + n);
      if (nl === -1) {
        nl = this.len;
        break;
      }
    }
    if (chomp !== PLUS) {
      // Trailing blank lines no longer than the indentation are not part of the scalar.
      for (;;) {
        let b = nl - 1;
        let c = t.charCodeAt(b);
        if (c === CR) c = t.charCodeAt(--b);
        const lastChar = b;
        while (c === SPACE) c = t.charCodeAt(--b);
        if (c === LF && b >= lineStart && b + 1 + indent > lastChar) nl = b;
        else break;
      }
    }
    const end = Math.min(nl + 1, this.len);
    const value = blockValue(t.slice(lineStart, end), t.charCodeAt(r) === PIPE, chomp, f.indent);
    this.vNode = { kind: 'scalar', start: r, end, source: value };
    this.vData = value;
    this.pos = end;
    this.leaf(f, end, false);
  }

  // ---- flow collections (one line) ----

  /** A flow collection opening at `r`, all on one line; returns the offset after its closing bracket. */
  private flow(r: number, depth: number): number {
    const t = this.t;
    const stack: FlowFrame[] = [];
    const lineEnd = this.eol(r);
    let i = r;
    this.fEntry = null;
    const outer = this.flowOpen(i, depth);
    stack.push(outer);
    i++;
    for (;;) {
      const ff = stack[stack.length - 1]!;
      i = this.skipSpaces(i);
      const c = t.charCodeAt(i);
      if (Number.isNaN(c) || c === LF || c === CR || c === HASH) bail();
      if (c === (ff.map ? RBRACE : RBRACKET)) {
        if (ff.state === 1) bail();
        i++;
        ff.node.end = i;
        stack.pop();
        if (stack.length === 0) {
          this.vNode = outer.node;
          this.vData = outer.obj;
          return i;
        }
        continue;
      }
      if (c === COMMA) {
        if (ff.state !== 2) bail();
        ff.state = 1;
        i++;
        continue;
      }
      if (ff.state === 2) bail();
      if (ff.map && this.fEntry === null) {
        // A key, then `:` and a space or the end of the value.
        let keyEnd: number;
        let key: ScalarValue;
        if (c === DQUOTE || c === SQUOTE) {
          const close = this.quoteEnd(i);
          if (close < 0 || close > lineEnd) bail();
          keyEnd = close + 1;
          key = quoted(t, i, close);
        } else {
          keyEnd = this.flowPlainEnd(i);
          key = this.plainKey(i, keyEnd);
        }
        const colon = this.skipSpaces(keyEnd);
        const after = t.charCodeAt(colon + 1);
        if (t.charCodeAt(colon) !== COLON || !(after === SPACE || after === COMMA || after === RBRACE)) bail();
        this.fEntry = { key, keyStart: i, keyEnd, value: null };
        this.fKey = key === null ? '' : String(key);
        (ff.node as YamlMap).entries.push(this.fEntry);
        i = this.skipSpaces(colon + 1);
        const v = t.charCodeAt(i);
        if (v === COMMA || v === RBRACE) this.flowPut(ff, { kind: 'scalar', start: i, end: i, source: '' }, null);
        continue;
      }
      // A value: a nested collection, a quoted or a plain scalar.
      if (c === LBRACKET || c === LBRACE) {
        const inner = this.flowOpen(i, ff.depth + 1);
        this.flowPut(ff, inner.node, inner.obj);
        stack.push(inner);
        i++;
        continue;
      }
      if (c === DQUOTE || c === SQUOTE) {
        const close = this.quoteEnd(i);
        if (close < 0 || close > lineEnd) bail();
        const value = quoted(t, i, close);
        this.flowPut(ff, { kind: 'scalar', start: i, end: close + 1, source: value }, value);
        i = close + 1;
        continue;
      }
      const end = this.flowPlainEnd(i);
      const source = t.slice(i, end);
      this.flowPut(ff, { kind: 'scalar', start: i, end, source }, resolvePlain(source));
      i = end;
    }
  }

  private flowOpen(at: number, depth: number): FlowFrame {
    if (depth >= MAX_DEPTH) bail();
    const map = this.t.charCodeAt(at) === LBRACE;
    const node: YamlMap | YamlSeq = map ? { kind: 'map', start: at, end: 0, entries: [] } : { kind: 'seq', start: at, end: 0, items: [] };
    return { map, depth, node, obj: map ? {} : [], state: 0 };
  }

  /** Adds a value to flow collection `ff` (for a map, to the entry whose key was just read). */
  private flowPut(ff: FlowFrame, node: YamlNode, data: unknown): void {
    if (ff.map) {
      this.fEntry!.value = node;
      setProp(ff.obj as Record<string, unknown>, this.fKey, data);
      this.fEntry = null;
    } else {
      (ff.node as YamlSeq).items.push(node);
      (ff.obj as unknown[]).push(data);
    }
    ff.state = 2;
  }

  /** End of a plain scalar at `i` inside a flow collection (yaml's lexer rules); gives up on odd starts. */
  private flowPlainEnd(i: number): number {
    const t = this.t;
    const c0 = t.charCodeAt(i);
    if (BAD_START.has(c0) || c0 === QUESTION || c0 === COLON) bail();
    if (c0 === DASH) {
      const c1 = t.charCodeAt(i + 1);
      if (isEmptyCode(c1) || isFlowIndicator(c1)) bail();
    }
    let end = i;
    for (let j = i; j < this.len; j++) {
      const c = t.charCodeAt(j);
      if (c >= 128 ? !oddChar(c) : FLOW_STOP[c] === 0) {
        end = j + 1;
      } else if (c === COLON) {
        const n = t.charCodeAt(j + 1);
        if (isEmptyCode(n) || isFlowIndicator(n)) break;
        end = j + 1;
      } else if (c === SPACE) {
        if (t.charCodeAt(j + 1) === HASH) break;
      } else if (c === LF || c === CR || isFlowIndicator(c)) {
        break;
      } else {
        bail();
      }
    }
    if (end === i) bail();
    return end;
  }

  /**
   * A plain key's value. Keys that read as text are shared between files through a small cache:
   * V8 then need not hash a fresh string for every property name, the largest cost of building the data.
   */
  private plainKey(q: number, end: number): ScalarValue {
    const t = this.t;
    const n = end - q;
    if (n === 2 && t.charCodeAt(q) === 60 && t.charCodeAt(q + 1) === 60) bail(); // `<<`, a merge key for YAML 1.1
    if (n > 40) return resolvePlain(t.slice(q, end));
    let h = n;
    for (let i = q; i < end; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
    const slot = h & (KEY_CACHE.length - 1);
    const hit = KEY_CACHE[slot];
    if (hit !== undefined && hit.length === n) {
      let k = 0;
      while (k < n && hit.charCodeAt(k) === t.charCodeAt(q + k)) k++;
      if (k === n) return hit;
    }
    const source = t.slice(q, end);
    const value = resolvePlain(source);
    // A flat copy: a slice of 13 or more characters would keep the whole text alive in the cache.
    if (value !== source) return value;
    const flat = [...source].join('');
    KEY_CACHE[slot] = flat;
    return flat;
  }

  // ---- small helpers ----

  private seqFrame(indent: number, start: number, depth: number): Frame {
    return { map: false, indent, depth, node: { kind: 'seq', start, end: 0, items: [] }, obj: [], lastEnd: 0, pending: false, pendingEntry: null, pendingKey: '', pendingPos: 0, pendingComment: false };
  }

  private mapFrame(indent: number, start: number, depth: number): Frame {
    return { map: true, indent, depth, node: { kind: 'map', start, end: 0, entries: [] }, obj: {}, lastEnd: 0, pending: false, pendingEntry: null, pendingKey: '', pendingPos: 0, pendingComment: false };
  }

  /** True when a plain scalar may start at `q` in block context. */
  private plainStart(q: number): boolean {
    const t = this.t;
    const c = t.charCodeAt(q);
    if (BAD_START.has(c)) return false;
    if (c === DASH || c === QUESTION || c === COLON) return c === DASH && !isEmptyCode(t.charCodeAt(q + 1));
    return true;
  }

  /** A `- ` (or `-` at the end of the line) list item indicator at `q`. */
  private isDash(q: number): boolean {
    return this.t.charCodeAt(q) === DASH && isEmptyCode(this.t.charCodeAt(q + 1));
  }

  /** `---` or `...` as a document marker at `q`, else ''. */
  private marker(q: number): string {
    const t = this.t;
    const c = t.charCodeAt(q);
    if ((c === DASH || c === DOT) && t.charCodeAt(q + 1) === c && t.charCodeAt(q + 2) === c && isEmptyCode(t.charCodeAt(q + 3))) return c === DASH ? '---' : '...';
    return '';
  }

  /** Records the comment starting at `q` (`#`); returns the end of its line. */
  private comment(q: number): number {
    const e = this.eol(q);
    this.comments.push({ offset: q, source: this.t.slice(q, e) });
    return e;
  }

  private skipSpaces(from: number): number {
    const t = this.t;
    let i = from;
    while (t.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** Offset of the line break (`\n` or `\r\n`) ending the line that holds `i`, or the text's length. */
  private eol(i: number): number {
    const nl = this.t.indexOf('\n', i);
    if (nl === -1) return this.len;
    return nl > i && this.t.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
  }

  /** Start of the line after the one holding `i`, or the text's length. */
  private nextLine(i: number): number {
    const nl = this.t.indexOf('\n', i);
    return nl === -1 ? this.len : nl + 1;
  }
}

/**
 * Sets a key the way yaml's toJS does, so `__proto__` becomes an own property and never a prototype;
 * gives up on a key already set (a duplicate for yaml, or two keys that read the same, like `1` and `"1"`).
 */
function setProp(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key in obj) {
    if (Object.hasOwn(obj, key)) bail();
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

// ---- scalars, as yaml 2.9 resolves them ----

const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const INT_HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the YAML 1.2 core schema, tested in yaml's order (null, bool, int, float). */
export function resolvePlain(s: string): ScalarValue {
  const c = s.charCodeAt(0);
  // Only these first characters can start a non-string: ~ n N t T f F digits + - .
  if (c === 126 || c === 110 || c === 78) {
    if (NULL_RE.test(s)) return null;
  } else if (c === 116 || c === 84 || c === 102 || c === 70) {
    if (BOOL_RE.test(s)) return c === 116 || c === 84;
  } else if ((c >= 48 && c <= 57) || c === PLUS || c === DASH || c === DOT) {
    if (INT_OCT_RE.test(s)) return parseInt(s.substring(2), 8);
    if (INT_RE.test(s)) return parseInt(s, 10);
    if (INT_HEX_RE.test(s)) return parseInt(s.substring(2), 16);
    if (FLOAT_NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    if (FLOAT_EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  } else if (s === '') {
    return null;
  }
  return s;
}

/** yaml's unfoldLines: a multi-line plain or single-quoted scalar folded to one string. */
function unfoldLines(source: string): string {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  let res = match[1]!.replace(/(?<![ \t])[ \t]+$/, '');
  let sep = ' ';
  let pos = line.lastIndex;
  for (match = line.exec(source); match; match = line.exec(source)) {
    const lm = match[1]!.replace(/^[ \t]+|(?<![ \t])[ \t]+$/g, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? '');
}

/** The value of the quoted scalar from `open` to `close` (its quotes) in `t`. */
function quoted(t: string, open: number, close: number): string {
  const inner = t.slice(open + 1, close);
  if (t.charCodeAt(open) === SQUOTE) {
    if (inner.indexOf('\n') === -1 && inner.indexOf("'") === -1) return inner;
    return unfoldLines(inner).replace(/''/g, "'");
  }
  if (inner.indexOf('\\') === -1 && inner.indexOf('\n') === -1) return inner;
  return doubleQuoted(t.slice(open, close + 1));
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** yaml's doubleQuotedValue; gives up where yaml reports a bad escape. */
function doubleQuoted(source: string): string {
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && source[i + 2] !== '\n') break;
        if (next === '\n') fold += '\n';
        i += 1;
        next = source[i + 1];
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      let next = source[++i];
      const cc = next === undefined ? undefined : ESCAPES[next];
      if (cc) res += cc;
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === '\r' && source[i + 1] === '\n') {
        next = source[++i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const cc2 = source.substr(i + 1, length);
        if (cc2.length !== length || !/^[0-9a-fA-F]+$/.test(cc2)) bail();
        const code = parseInt(cc2, 16);
        if (code > 0x10ffff) bail();
        res += String.fromCodePoint(code);
        i += length;
      } else {
        bail();
      }
    } else if (ch === ' ' || ch === '\t') {
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n')) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  return res;
}

/** yaml's resolveBlockScalar for a header without an indentation indicator; `chomp` is `-`, `+` or 0. */
function blockValue(source: string, literal: boolean, chomp: number, parentIndent: number): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]![1];
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) bail();
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (content === '' || content === '\r') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      // yaml: "Block scalars with more-indented leading empty lines must use an explicit indentation indicator".
      if (indent.length < trimIndent) bail();
      trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) bail();
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, raw] = lines[i]!;
    const content = raw[raw.length - 1] === '\r' ? raw.slice(0, -1) : raw;
    if (content && indent.length < trimIndent) bail();
    if (literal) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === PLUS) {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i]![0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== DASH) {
    value += '\n';
  }
  return value;
}

/** yaml's splitLines: `[indent, content]` per line. */
function splitLines(source: string): Array<[string, string]> {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = /^( *)/.exec(first);
  const lines: Array<[string, string]> = [m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  return lines;
}
