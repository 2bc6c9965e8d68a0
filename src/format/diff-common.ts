// Helpers shared by the change-report formatters: summary lines and labels. Pure functions of the ChangeReport.
import { basisText } from '../diff/adoption.js';
import type { AdoptionPath, Change, ChangeReport } from '../diff/types.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../types.js';
import type { FormatOptions } from './common.js';

export type DiffFormatter = (report: ChangeReport, options: FormatOptions) => string;

/** "Endringer: 2 (vesentlige: 1, mindre: 1)". */
export function changeCounts(report: ChangeReport, lang: Lang): string {
  const counts = t(lang, 'diff.report.counts', { total: report.counts.total, material: report.counts.material, minor: report.counts.minor });
  return report.counts.review ? `${counts} ${t(lang, 'diff.report.counts-review', { review: report.counts.review })}` : counts;
}

/** "Erklært endringstype: mindre endring" or that none is declared. */
export function declaredLine(report: ChangeReport, lang: Lang): string {
  if (!report.declared) return t(lang, 'diff.report.undeclared');
  return t(lang, 'diff.report.declared', { type: `@diff.declared.${report.declared.type}` });
}

/** Whether the declared type is enough, as a sentence; undefined when nothing is declared. */
export function sufficiencyLine(report: ChangeReport, lang: Lang): string | undefined {
  if (report.adoption.sufficient === null) return undefined;
  if (report.adoption.sufficient) return t(lang, 'diff.report.sufficient');
  return report.counts.material > 0 ? t(lang, 'diff.report.insufficient', { count: report.counts.material }) : t(lang, 'diff.report.insufficient-review', { count: report.counts.review ?? 0 });
}

/** "Alle 4 kommunestyrer og styret i Helse Fjordvik HF må vedta (loven: helse- og omsorgstjenesteloven § 6-1)". */
export function pathLine(path: AdoptionPath, lang: Lang): string {
  return `${path.text} (${basisText(path, lang)})`;
}

export function classLabel(change: Change, lang: Lang): string {
  return t(lang, `diff.class.${change.classification}`);
}

export function where(location: { file: string; line: number; column: number }): string {
  return `${location.file}:${location.line}:${location.column}`;
}

export function countsFooter(report: ChangeReport, lang: Lang): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) c[f.severity]++;
  return t(lang, 'report.counts', { errors: c.error, warnings: c.warning, infos: c.info });
}
