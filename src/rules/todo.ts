// todo: a value that still starts with TODO (a placeholder, as `avtalesjekk init` writes them) is not finished text.
import { pathTarget, type DataPath, type Issue } from '../issue.js';
import type { SourceFile } from '../load/parse.js';

/** A placeholder: text that starts with the word TODO, in capitals. */
export const TODO = /^\s*TODO\b/;

/** Placeholders in one file's values (paths local to the file); walks without recursion. */
export function todoIssues(file: SourceFile): Issue[] {
  const issues: Issue[] = [];
  const stack: Array<[unknown, DataPath]> = [[file.data, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (TODO.test(value)) issues.push({ ruleId: 'todo', messageId: 'todo.placeholder', params: { field: fieldName(path), value: clip(value) }, hintId: 'hint.todo', target: pathTarget(path, 'value', file.path) });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], [...path, i]]);
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], [...path, entries[i]![0]]]);
    }
  }
  return issues;
}

/** "parter.kommuner[0].navn" */
function fieldName(path: DataPath): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

function clip(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
