// GitHub Actions workflow commands (::error/::warning/::notice), within GitHub's limit of 10 annotations per level and step.
import { t } from '../i18n/index.js';
import type { Finding, Lang, Severity } from '../types.js';
import { bySeverity } from '../engine/order.js';
import { compareByPlace, findingText, requirementIds, rulesOf, slashPath } from './ci-common.js';
import type { Formatter } from './common.js';

/** GitHub shows at most this many annotations of each level (error, warning, notice) from one step. */
export const GITHUB_ANNOTATION_LIMIT = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message as GitHub's toolkit does (`escapeData`): %, CR and LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property value (`escapeProperty`): as {@link escapeData}, and also `:` and `,`, which end a property. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding, lang: Lang): string {
  const l = f.location;
  const props = [`file=${escapeProperty(slashPath(l.file))}`, `line=${l.line}`, `col=${l.column}`, `endLine=${l.endLine}`, `endColumn=${l.endColumn}`, `title=${escapeProperty(f.ruleId)}`];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(findingText(f, lang))}`;
}

/**
 * One annotation per finding, most important first: errors, warnings, then info (as notices); within a level,
 * legal-requirement findings before the others, then by file, line and column. At most 10 of each level are written;
 * when some are left out, or findings were suppressed, one last notice says how many and where the full list is (the
 * markdown report, which the CLI writes to the step summary). That notice takes one of the 10 notice places, so then at
 * most 9 info findings are annotated. Suppressed findings are never annotated, only counted.
 */
export const formatGithub: Formatter = (report, options) => {
  const { lang } = options;
  const requirements = requirementIds(rulesOf(options));
  const ranked = report.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => bySeverity(a.f.severity, b.f.severity) || Number(!requirements.has(a.f.ruleId)) - Number(!requirements.has(b.f.ruleId)) || compareByPlace(a.f, b.f) || a.i - b.i)
    .map((x) => x.f);

  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of ranked) total[f.severity]++;
  const overflow = total.error > GITHUB_ANNOTATION_LIMIT || total.warning > GITHUB_ANNOTATION_LIMIT || total.info > GITHUB_ANNOTATION_LIMIT;
  const needsNotice = overflow || report.suppressed.length > 0;
  const limit: Record<Severity, number> = { error: GITHUB_ANNOTATION_LIMIT, warning: GITHUB_ANNOTATION_LIMIT, info: needsNotice ? GITHUB_ANNOTATION_LIMIT - 1 : GITHUB_ANNOTATION_LIMIT };

  const shown: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  for (const f of ranked) {
    if (shown[f.severity] < limit[f.severity]) {
      shown[f.severity]++;
      lines.push(annotation(f, lang));
    } else {
      hidden[f.severity]++;
    }
  }

  const notHidden = hidden.error + hidden.warning + hidden.info;
  const parts: string[] = [];
  if (notHidden > 0) parts.push(t(lang, 'formats.github.not-shown', { count: notHidden, errors: hidden.error, warnings: hidden.warning, infos: hidden.info }));
  if (report.suppressed.length > 0) parts.push(t(lang, 'formats.github.suppressed', { count: report.suppressed.length }));
  if (parts.length > 0) {
    parts.push(t(lang, 'formats.github.see-report'));
    lines.push(`::notice title=${escapeProperty(report.tool.name)}::${escapeData(parts.join(' '))}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};
