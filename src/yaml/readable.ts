// Whether a parsed file's data can be checked, or is only what the parser's error recovery left of it.
import type { SourceFile } from './parse.js';

/** Rules whose error means the data is not what the file says (a warning, such as `%YAML 1.1`, does not). */
const BREAKING = new Set(['yaml-syntax', 'yaml-duplicate-key', 'yaml-tab-indent', 'yaml-too-deep', 'yaml-alias-limit']);

/**
 * The first file in `files` with a syntax error, or undefined when all can be read. When there is one, the set's
 * schema, requirement and policy rules must not run: they would judge what error recovery left (a list item the
 * parser dropped, a key it glued to a value) and report consequences, or a pass, for a text nobody wrote.
 */
export function firstUnreadable(files: readonly SourceFile[]): SourceFile | undefined {
  return files.find((f) => f.issues.some((i) => BREAKING.has(i.ruleId) && i.severity !== 'warning'));
}
