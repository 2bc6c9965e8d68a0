// The one order of the house: a natural sort for ids and names, a severity rank, and the order of findings in a report.
import type { Finding, Severity } from '../types.js';

/** Severities by weight: a higher number is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** True when a finding of `severity` makes a run fail at `failOn` (error fails at every level; info only at info). */
export function atOrAbove(severity: Severity, failOn: Severity): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/** Sorts the more severe first (error, warning, info). */
export function bySeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[b] - SEVERITY_RANK[a];
}

/** The more severe of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a;
}

/** Plain code-unit order, the same on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares strings with digit runs as numbers, so hol-6-2-nr2 sorts before hol-6-2-nr10; equal numbers ("01", "1") by their text. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    return i % 2 === 1 ? Number(x) - Number(y) || cmp(x, y) : cmp(x, y);
  }
  return pa.length - pb.length || cmp(a, b);
}

/** By place: file, line, column, then rule id (naturally). */
export function comparePlace(a: Pick<Finding, 'ruleId' | 'location'>, b: Pick<Finding, 'ruleId' | 'location'>): number {
  return cmp(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || naturalCompare(a.ruleId, b.ruleId);
}

/** The report's order: by place, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return comparePlace(a, b) || cmp(a.message, b.message);
}
