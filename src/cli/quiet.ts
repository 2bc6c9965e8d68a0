// --quiet and --max-warnings, as ESLint has them: a report of errors only, and a limit on warnings.
import type { Report } from '../types.js';

/**
 * The report with errors only (--quiet): warnings and info are left out of the findings, the suppressed findings and the counts, and the exit
 * code follows what is left (an error always reaches --fail-on). Requirement statuses stay as they are.
 */
export function quietReport(report: Report): Report {
  const findings = report.findings.filter((f) => f.severity === 'error');
  const suppressed = report.suppressed.filter((f) => f.severity === 'error');
  return {
    ...report,
    findings,
    suppressed,
    counts: { error: findings.length, warning: 0, info: 0 },
    exitCode: findings.length > 0 ? 1 : 0,
  };
}

/** Whether the report has more warnings than `max` (--max-warnings; suppressed findings do not count). */
export function tooManyWarnings(report: Report, max: number): boolean {
  return report.counts.warning > max;
}
