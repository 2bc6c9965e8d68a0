// Terminal formatter: requirement list and findings for people at a prompt; colour only when asked.
import { Chalk, type ChalkInstance } from 'chalk';
import { t } from '../i18n/index.js';
import type { Finding, Location, Report, RequirementStatus, Severity, SuppressedFinding } from '../types.js';
import { historyLines } from './history.js';
import { STATUS_SYMBOL, adoptionOf, countsLine, coverageLabel, findingsOf, partyLabel, place, requirementsOf, summaryLine, type Formatter } from './common.js';

/** Suppressed findings whose file belongs to the agreement set. */
function suppressedOf(report: Report, files: readonly string[]): SuppressedFinding[] {
  const set = new Set(files);
  return report.suppressed.filter((f) => set.has(f.location.file));
}

export const formatTerminal: Formatter = (report, { lang, color = false }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const statusColor: Record<RequirementStatus, ChalkInstance> = { satisfied: c.green, partial: c.yellow, missing: c.red, 'not-yet-in-force': c.gray, suppressed: c.gray, 'not-checked': c.magenta };
  const severityColor: Record<Severity, ChalkInstance> = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const [i, agreement] of report.agreements.entries()) {
    if (i > 0) out.push(''); // several sets (a folder or pattern): a blank line between them
    const version = agreement.version ? ` (${t(lang, 'report.version', { version: agreement.version })})` : '';
    out.push(c.bold(agreement.file) + '  ' + agreement.title + version, '');
    out.push(c.bold(t(lang, 'report.requirements')));
    const reqs = requirementsOf(report, agreement);
    const statusWidth = Math.max(...reqs.map((r) => t(lang, `status.${r.status}`).length));
    const refWidth = Math.max(...reqs.map((r) => r.citation.ref.length));
    const allNotChecked = reqs.length > 1 && reqs.every((r) => r.status === 'not-checked' && r.detail === reqs[0]!.detail);
    // Nothing could be checked (a YAML syntax error): one line, not one per requirement.
    if (allNotChecked) out.push(`  ${statusColor['not-checked'](`${STATUS_SYMBOL['not-checked']} ${t(lang, 'status.not-checked')}`)}  ${t(lang, 'report.all-requirements', { count: reqs.length })}${c.gray(` · ${reqs[0]!.detail}`)}`);
    for (const r of allNotChecked ? [] : reqs) {
      const status = statusColor[r.status](`${STATUS_SYMBOL[r.status]} ${t(lang, `status.${r.status}`).padEnd(statusWidth)}`);
      const where = r.coverage.map((cv) => `${coverageLabel(cv, lang)} (${place({ location: cv.documentLocation })})`).join('; ');
      out.push(`  ${status}  ${r.citation.ref.padEnd(refWidth)}  ${r.title}${c.gray(` · ${r.detail}`)}`);
      if (where) out.push(c.gray(`      ${where}`));
    }
    out.push('');
    const adoption = adoptionOf(report, agreement);
    if (adoption) {
      out.push(c.bold(t(lang, 'report.adoption')) + `  ${adoption.summary}`);
      for (const p of adoption.parties.filter((x) => x.status !== 'adopted')) {
        const color = p.status === 'rejected' ? c.red : c.yellow;
        const facts = [p.version && p.status !== 'not-adopted' ? `${t(lang, 'report.col.version').toLowerCase()} ${p.version}` : '', p.date ?? ''].filter(Boolean).join(', ');
        out.push(`  ${color(t(lang, `adoption.status.${p.status}`))}  ${partyLabel(p, lang)}${facts ? c.gray(` · ${facts}`) : ''}`);
      }
      out.push('');
    }
    const history = historyLines(agreement.history, lang);
    if (history.length > 0) out.push(c.bold(t(lang, 'report.history')), ...history.map((l) => `  ${l}`), '');
    const findings = findingsOf(report, agreement);
    if (findings.length > 0) {
      out.push(c.bold(t(lang, 'report.findings')));
      for (const [k, f] of findings.entries()) {
        // Consequences of the finding above (data.causedBy) are folded under it: one line each, their shared hint once.
        const group = consequenceGroup(findings, k);
        if (group === 'inside') continue;
        out.push(`  ${place(f)}  ${severityColor[f.severity](t(lang, `severity.${f.severity}`))}  ${f.message}  ${c.gray(`(${f.ruleId})`)}`);
        if (f.hint) out.push(`      ${c.cyan(`${t(lang, 'report.hint')}:`)} ${f.hint}`);
        if (f.citation) out.push(c.gray(`      ${f.citation.law} ${f.citation.ref}: ${f.citation.url}`));
        if (group.length > 0) {
          out.push(`      ${t(lang, 'report.consequences', { count: group.length })}`);
          for (const g of group) out.push(`        ${severityColor[g.severity]('·')} ${place(g)}  ${g.message}  ${c.gray(`(${g.ruleId})`)}`);
          const hints = [...new Set(group.map((g) => g.hint).filter((h): h is string => h !== undefined))];
          for (const h of hints) out.push(`      ${c.cyan(`${t(lang, 'report.hint')}:`)} ${h}`);
        }
      }
      out.push('');
    }
    const suppressed = suppressedOf(report, agreement.files);
    if (suppressed.length > 0) {
      out.push(c.bold(`${t(lang, 'suppressed.heading')} (${suppressed.length})`));
      for (const f of suppressed) {
        out.push(c.gray(`  ${place(f)}  ${t(lang, `severity.${f.severity}`)}  ${f.message}  (${f.ruleId})`));
        out.push(c.gray(`      ${t(lang, 'suppressed.reason')}: ${f.reason.replace(/\s*\r?\n\s*/g, ' ')} (${place({ location: f.suppressedBy })})`));
      }
      out.push('');
    }
    out.push(c.bold(summaryLine(agreement, lang)));
  }
  const silenced = report.suppressed.length > 0 ? ' · ' + t(lang, 'suppressed.count', { count: report.suppressed.length }) : '';
  out.push(countsLine(report, lang) + silenced + ' · ' + t(lang, 'report.as-of', { date: report.asOf }));
  return out.join('\n') + '\n';
};

const causeKey = (l: unknown) => (l && typeof l === 'object' ? `${(l as Location).file}:${(l as Location).line}:${(l as Location).column}` : undefined);

/**
 * For the finding at `k`: the findings right after it that follow from it (their `data.causedBy` is its place), or
 * 'inside' when it is itself one of those of an earlier finding (and so printed in that group).
 */
function consequenceGroup(findings: readonly Finding[], k: number): Finding[] | 'inside' {
  const f = findings[k]!;
  const own = causeKey(f.data?.causedBy);
  if (own !== undefined) {
    for (let j = k - 1; j >= 0; j--) {
      const before = findings[j]!;
      const key = causeKey(before.data?.causedBy);
      if (key === undefined) return place(before) === own ? 'inside' : [];
      if (key !== own) break;
    }
  }
  const here = place(f);
  const group: Finding[] = [];
  for (let j = k + 1; j < findings.length && causeKey(findings[j]!.data?.causedBy) === here; j++) group.push(findings[j]!);
  return group;
}
