// todo: a value that still starts with TODO (a placeholder, as `avtalesjekk init` writes them) is not finished text.
import { pathTarget, type DataPath, type Issue } from '../engine/issue.js';
import type { SourceFile } from '../yaml/parse.js';

/** A placeholder: text that starts with the word TODO, in capitals. */
export const TODO = /^\s*TODO\b/;

/** Placeholders in one file's values (paths local to the file); walks without recursion. */
export function todoIssues(file: SourceFile): Issue[] {
  const issues: Issue[] = [];
  // Paths are kept as links to the parent and spelled out only for a placeholder (most values are not).
  const stack: Array<[unknown, PathLink | undefined]> = [[file.data, undefined]];
  while (stack.length > 0) {
    const [value, link] = stack.pop()!;
    if (typeof value === 'string') {
      if (TODO.test(value)) {
        const path = spell(link);
        issues.push({ ruleId: 'todo', messageId: 'todo.placeholder', params: { field: fieldName(path), value: clip(value) }, hintId: 'hint.todo', target: pathTarget(path, 'value', file.path) });
      }
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], { seg: i, up: link }]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], { seg: entries[i]![0], up: link }]);
    }
  }
  return issues;
}

interface PathLink {
  seg: string | number;
  up: PathLink | undefined;
}

function spell(link: PathLink | undefined): DataPath {
  const path: (string | number)[] = [];
  for (let l = link; l; l = l.up) path.push(l.seg);
  return path.reverse();
}

/** "parter.kommuner[0].navn" */
function fieldName(path: DataPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

function clip(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
