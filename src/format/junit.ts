// JUnit XML formatter: every requirement checked is a test case, so CI dashboards show the checklist, not only failures.
import { t } from '../i18n/index.js';
import type { AgreementSummary, Finding, Lang, Report, RequirementResult, Severity, SuppressedFinding } from '../types.js';
import { worse } from '../engine/order.js';
import { atOrAbove, findingText, naturalCompare, registryOrder, ruleText, rulesOf, slashPath } from './ci-common.js';
import type { RuleInfo } from '../rules/registry.js';
import type { Formatter } from './common.js';

/** Removes what XML 1.0 cannot carry or discourages: C0 controls but tab, LF and CR; DEL and C1; U+FFFE/U+FFFF; lone surrogates. */
export function xmlClean(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** Escapes element text: the five XML specials (after {@link xmlClean}). */
export function xmlText(text: string): string {
  return xmlClean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Escapes an attribute value; line breaks and tabs become character references, or a parser would turn them into spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/** A passed case may carry output: the findings below the fail level, which do not fail the run and so do not fail the case. */
type Outcome = { kind: 'passed'; output?: string } | { kind: 'failure'; message: string; type: string; body: string } | { kind: 'skipped'; message: string; body: string };

interface TestCase {
  classname: string;
  /** The file the case is about, as written in the report (GitLab shows it; Jenkins ignores it). */
  file: string;
  name: string;
  outcome: Outcome;
}

function placeOf(f: Finding): string {
  return `${slashPath(f.location.file)}:${f.location.line}:${f.location.column}`;
}

/** The body of a failure or skip: each finding with place, severity, message and hint; its citation; then the suppressed ones. */
function body(active: Finding[], suppressed: SuppressedFinding[], lang: Lang): string {
  const out: string[] = [];
  for (const f of active) {
    out.push(`${placeOf(f)}  ${t(lang, `severity.${f.severity}`)}  ${findingText(f, lang)}`);
    if (f.citation) out.push(`${f.citation.law} ${f.citation.ref}: ${f.citation.url}`);
  }
  if (suppressed.length > 0) {
    if (active.length > 0) out.push('', `${t(lang, 'formats.junit.suppressed-heading')}:`);
    for (const f of suppressed) out.push(`${placeOf(f)}  ${f.message}`, t(lang, 'formats.junit.suppressed', { reason: f.reason }));
  }
  return out.join('\n');
}

function suppressedMessage(suppressed: SuppressedFinding[], lang: Lang): string {
  return t(lang, 'formats.junit.suppressed', { reason: [...new Set(suppressed.map((f) => f.reason))].join('; ') });
}

/**
 * A requirement's test case: satisfied passes; missing fails; partial fails when its finding's severity is at or
 * above the fail level (partial findings are warnings, so: with `--fail-on warning` or `info`) and passes otherwise,
 * with the finding as output, so the JUnit result agrees with the exit code; not yet in force is skipped; a
 * requirement whose findings are all suppressed is skipped with the reason.
 */
function requirementCase(r: RequirementResult, active: Finding[], suppressed: SuppressedFinding[], failOn: Severity, lang: Lang): TestCase {
  const base = { classname: jenkinsClassName(r.agreement), file: slashPath(r.agreement), name: `${r.id} ${r.title}` };
  const detail = r.detail.replace(/\.\s*$/, ''); // the messages add their own full stop
  const citation = `${r.citation.law} ${r.citation.ref}: ${r.citation.url}`;
  if (r.status === 'satisfied') return { ...base, outcome: { kind: 'passed' } };
  if (r.status === 'not-yet-in-force') return { ...base, outcome: { kind: 'skipped', message: t(lang, 'formats.junit.not-in-force', { detail }), body: citation } };
  if (r.status === 'suppressed' || (active.length === 0 && suppressed.length > 0)) {
    return { ...base, outcome: { kind: 'skipped', message: suppressedMessage(suppressed, lang), body: body([], suppressed, lang) || citation } };
  }
  const text = body(active, suppressed, lang) || `${r.detail}\n${citation}`;
  // Could not be checked (a YAML syntax error in the set): never a pass; the syntax finding is its own case.
  if (r.status === 'not-checked') return { ...base, outcome: { kind: 'failure', message: t(lang, 'formats.junit.not-checked', { detail }), type: 'not-checked', body: text } };
  if (r.status === 'missing') {
    return { ...base, outcome: { kind: 'failure', message: active[0]?.message ?? t(lang, 'formats.junit.missing', { detail }), type: 'missing', body: text } };
  }
  const severity = active.reduce<Severity>((w, f) => worse(w, f.severity), active[0]?.severity ?? 'warning');
  if (atOrAbove(severity, failOn)) {
    return { ...base, outcome: { kind: 'failure', message: active[0]?.message ?? t(lang, 'formats.junit.partial', { detail }), type: 'partial', body: text } };
  }
  return { ...base, outcome: { kind: 'passed', output: `${t(lang, 'formats.junit.below-fail-on', { level: t(lang, `severity.${severity}`), failOn })}\n${text}` } };
}

/**
 * Jenkins splits a class name at its last dot into package and class. The dots of the file name become `_`, and one
 * dot separates folder and file, so `examples/eldre-2012/avtale.yaml` shows as package `examples/eldre-2012`,
 * class `avtale_yaml` (the file attribute keeps the real path).
 */
export function jenkinsClassName(file: string): string {
  const p = slashPath(file);
  const slash = p.lastIndexOf('/');
  const base = p.slice(slash + 1).replace(/\./g, '_');
  return slash === -1 ? base : `${p.slice(0, slash)}.${base}`;
}

/** What failed, in the message attribute: the first finding's message, and how many more there are. */
function firstAndMore(active: Finding[], lang: Lang): string {
  const first = findingText(active[0]!, lang).split('\n')[0]!;
  return active.length === 1 ? first : t(lang, 'formats.junit.first-and-more', { message: first, more: active.length - 1 });
}

/**
 * One test case per rule for findings that are not a requirement's: failing when any active finding is at or above the
 * fail level (as the exit code), passing with the findings as output when all are below it, skipped when all are suppressed.
 */
function ruleCases(file: string, active: Finding[], suppressed: SuppressedFinding[], failOn: Severity, lang: Lang, registry: readonly RuleInfo[]): TestCase[] {
  const classname = jenkinsClassName(file);
  const order = new Map(registryOrder(registry).map((id, i) => [id, i]));
  const ids = [...new Set([...active, ...suppressed].map((f) => f.ruleId))].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || naturalCompare(a, b));
  return ids.map((id): TestCase => {
    const name = `${id} ${ruleText(registry, id, lang)?.title ?? id}`;
    const a = active.filter((f) => f.ruleId === id);
    const s = suppressed.filter((f) => f.ruleId === id);
    const where = { classname, file: slashPath(file), name };
    if (a.length === 0) return { ...where, outcome: { kind: 'skipped', message: suppressedMessage(s, lang), body: body([], s, lang) } };
    const worst = a.reduce((w, f) => worse(w, f.severity), a[0]!.severity);
    if (!atOrAbove(worst, failOn)) {
      return { ...where, outcome: { kind: 'passed', output: `${t(lang, 'formats.junit.below-fail-on', { level: t(lang, `severity.${worst}`), failOn })}\n${body(a, s, lang)}` } };
    }
    const failing = a.filter((f) => atOrAbove(f.severity, failOn));
    return { ...where, outcome: { kind: 'failure', message: firstAndMore(failing, lang), type: worst, body: body(a, s, lang) } };
  });
}

interface Suite {
  name: string;
  properties: [string, string][];
  cases: TestCase[];
}

function suites(report: Report, lang: Lang, registry: readonly RuleInfo[]): Suite[] {
  // A file belongs to the first agreement that lists it; findings, suppressed findings and requirements are grouped once.
  const ownerOf = new Map<string, AgreementSummary>();
  for (const a of report.agreements) for (const file of a.files) if (!ownerOf.has(file)) ownerOf.set(file, a);
  const owner = (f: Finding): AgreementSummary | undefined => ownerOf.get(f.location.file);
  const byOwner = <T extends Finding>(list: readonly T[]) => {
    const map = new Map<AgreementSummary, T[]>();
    for (const f of list) {
      const a = owner(f);
      if (!a) continue;
      const group = map.get(a);
      if (group) group.push(f);
      else map.set(a, [f]);
    }
    return map;
  };
  const activeOf = byOwner(report.findings);
  const suppressedOf = byOwner(report.suppressed);
  const requirementsOf = new Map<string, RequirementResult[]>();
  for (const r of report.requirements) {
    const group = requirementsOf.get(r.agreement);
    if (group) group.push(r);
    else requirementsOf.set(r.agreement, [r]);
  }
  const out: Suite[] = [];
  for (const agreement of report.agreements) {
    const active = activeOf.get(agreement) ?? [];
    const suppressed = suppressedOf.get(agreement) ?? [];
    const used = new Set<Finding>();
    const cases: TestCase[] = [];
    for (const r of requirementsOf.get(agreement.file) ?? []) {
      const open = r.status !== 'satisfied' && r.status !== 'not-yet-in-force';
      const a = open ? active.filter((f) => f.ruleId === r.id) : [];
      const s = open ? suppressed.filter((f) => f.ruleId === r.id) : [];
      for (const f of [...a, ...s]) used.add(f);
      cases.push(requirementCase(r, a, s, report.failOn, lang));
    }
    cases.push(...ruleCases(agreement.file, active.filter((f) => !used.has(f)), suppressed.filter((f) => !used.has(f)), report.failOn, lang, registry));
    const properties: [string, string][] = [['title', agreement.title], ...(agreement.version ? [['version', agreement.version] as [string, string]] : []), ['asOf', report.asOf], ['failOn', report.failOn]];
    out.push({ name: agreement.file, properties, cases });
  }
  const orphans = report.findings.filter((f) => !owner(f));
  const orphanSuppressed = report.suppressed.filter((f) => !owner(f));
  if (orphans.length + orphanSuppressed.length > 0) {
    const files = [...new Set([...orphans, ...orphanSuppressed].map((f) => f.location.file))].sort();
    const cases = files.flatMap((file) => ruleCases(file, orphans.filter((f) => f.location.file === file), orphanSuppressed.filter((f) => f.location.file === file), report.failOn, lang, registry));
    out.push({ name: t(lang, 'formats.junit.other-files'), properties: [['asOf', report.asOf], ['failOn', report.failOn]], cases });
  }
  return out;
}

function counts(cases: TestCase[]): string {
  const failures = cases.filter((c) => c.outcome.kind === 'failure').length;
  const skipped = cases.filter((c) => c.outcome.kind === 'skipped').length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

function testcase(c: TestCase): string[] {
  const open = `    <testcase classname="${xmlAttr(c.classname)}" name="${xmlAttr(c.name)}" file="${xmlAttr(c.file)}"`;
  const o = c.outcome;
  if (o.kind === 'passed') return o.output ? [`${open}>`, `      <system-out>${xmlText(o.output)}</system-out>`, '    </testcase>'] : [`${open}/>`];
  const inner = o.kind === 'failure'
    ? `<failure message="${xmlAttr(o.message)}" type="${xmlAttr(o.type)}">${xmlText(o.body)}</failure>`
    : o.body ? `<skipped message="${xmlAttr(o.message)}">${xmlText(o.body)}</skipped>` : `<skipped message="${xmlAttr(o.message)}"/>`;
  return [`${open}>`, `      ${inner}`, '    </testcase>'];
}

/**
 * JUnit XML: `testsuites` > one `testsuite` per agreement set (named by its main file) > one `testcase` per requirement
 * (classname = the main file, name = "<id> <title>"), then one test case per other rule with findings in the set
 * (schema, YAML, authority …; failing when one is at or above `--fail-on`, its body listing every finding).
 * Findings in no set's files go to a last suite. A case fails exactly when it holds a finding that makes the exit code 1.
 * `errors` is always 0: a run that could not check writes no report (exit code 2). No times, so the output is stable.
 */
export const formatJunit: Formatter = (report, options) => {
  const { lang } = options;
  const all = suites(report, lang, rulesOf(options));
  const every = all.flatMap((s) => s.cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${xmlAttr(report.tool.name)}" ${counts(every)}>`];
  for (const suite of all) {
    out.push(`  <testsuite name="${xmlAttr(suite.name)}" ${counts(suite.cases)}>`, '    <properties>');
    for (const [name, value] of suite.properties) out.push(`      <property name="${xmlAttr(name)}" value="${xmlAttr(value)}"/>`);
    out.push('    </properties>');
    for (const c of suite.cases) out.push(...testcase(c));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
};
