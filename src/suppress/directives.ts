// Reads `# avtalesjekk-ignore <rule-id>: <reason>` comments from a parsed file: valid directives, and issues for bad ones.
import type { Issue } from '../engine/issue.js';
import type { MessageId } from '../i18n/index.js';
import type { SourceFile } from '../yaml/parse.js';
import type { Location } from '../types.js';
import { closest } from '../util/suggest.js';

/** The comment keyword. */
export const DIRECTIVE = 'avtalesjekk-ignore';

/** Rules about suppression comments themselves; a comment cannot silence them (only the config can turn them off). */
export const SUPPRESSION_RULES = ['suppression-invalid', 'suppression-unknown-rule', 'suppression-unused'] as const;

/** One valid suppression comment. */
export interface Directive {
  /** The file as shown to the user. */
  file: string;
  /** The line whose findings it silences: its own line for a trailing comment, else the next line that is not only a comment. */
  targetLine: number;
  /** Known rule ids it names (unknown ones are findings and left out). */
  ruleIds: string[];
  reason: string;
  /** Where the comment is written. */
  location: Location;
  /** The comment's offsets in the file's text. */
  start: number;
  end: number;
}

export interface DirectiveScan {
  directives: Directive[];
  /** suppression-invalid and suppression-unknown-rule issues, with byte ranges in the file. */
  issues: Issue[];
}

const HEAD = new RegExp(`^#\\s*${DIRECTIVE}(?=\\s|$)(.*)$`, 's');
const BODY = /^([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?::(.*))?$/s;

/** Scans `file` for suppression comments; `knownRules` are the ids a comment may name. */
export function scanDirectives(file: SourceFile, knownRules: readonly string[]): DirectiveScan {
  const result: DirectiveScan = { directives: [], issues: [] };
  if (!file.text.includes(DIRECTIVE)) return result;
  const lines = file.text.split(/\r?\n/);
  const known = new Set(knownRules);
  for (const comment of file.comments) {
    const head = HEAD.exec(comment.source);
    if (!head) continue;
    const range = { kind: 'range' as const, file: file.path, start: comment.offset, end: comment.offset + comment.source.length };
    const invalid = (messageId: MessageId, params: Record<string, string> = {}) =>
      result.issues.push({ ruleId: 'suppression-invalid', messageId, params, hintId: 'hint.suppress-format', target: range });
    const rest = head[1]!.trim();
    if (rest === '') {
      invalid('suppress.no-rule');
      continue;
    }
    const body = BODY.exec(rest);
    if (!body) {
      invalid('suppress.malformed', { comment: comment.source.trim() });
      continue;
    }
    const ids = body[1]!.split(',').map((s) => s.trim());
    const reason = (body[2] ?? '').trim();
    // A reason says something: it has a letter or digit and is not just another comment.
    if (!/[\p{L}\p{N}]/u.test(reason) || reason.startsWith('#')) {
      invalid('suppress.no-reason', { rules: ids.join(', ') });
      continue;
    }
    const ruleIds: string[] = [];
    for (const id of ids) {
      if ((SUPPRESSION_RULES as readonly string[]).includes(id)) {
        invalid('suppress.not-suppressible', { id });
      } else if (!known.has(id)) {
        const suggestion = closest(id, knownRules);
        result.issues.push({
          ruleId: 'suppression-unknown-rule',
          messageId: 'suppress.unknown-rule',
          params: { id },
          ...(suggestion ? { hintId: 'hint.did-you-mean', hintParams: { suggestion } } : { hintId: 'hint.suppress-rules' }),
          target: range,
        });
      } else if (!ruleIds.includes(id)) ruleIds.push(id);
    }
    if (ruleIds.length === 0) continue;
    const start = file.lines.linePos(comment.offset);
    const end = file.lines.linePos(comment.offset + comment.source.length);
    const ownLine = lines[start.line - 1]!.slice(0, start.col - 1).trim() === '';
    result.directives.push({
      file: file.path,
      targetLine: ownLine ? nextContentLine(lines, start.line) : start.line,
      ruleIds,
      reason,
      location: { file: file.path, line: start.line, column: start.col, endLine: end.line, endColumn: end.col },
      start: range.start,
      end: range.end,
    });
  }
  return result;
}

/** The first line after `line` (1-based) that is not only a comment; consecutive comment lines form one block. */
function nextContentLine(lines: readonly string[], line: number): number {
  let n = line + 1;
  while (n <= lines.length && /^\s*#/.test(lines[n - 1]!)) n++;
  return n;
}
