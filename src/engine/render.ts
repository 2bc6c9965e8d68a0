// The language edge of a run: message ids and parameters become text in one language, once, after the sets are merged.
// Nothing before this stage (set outcomes, the cache, worker threads, SARIF fingerprints) depends on the language.
import { orderCausesFirst } from '../diagnose/causes.js';
import { t } from '../i18n/index.js';
import type { DiscoverProblem } from '../load/discover.js';
import { citationIn, type Catalogue } from '../requirements/catalogue.js';
import type { RuleInfo } from '../rules/registry.js';
import type { AdoptionResult, Finding, Lang, MessageParams, Report, RequirementResult, SuppressedFinding } from '../types.js';
import type { FindingData } from './findings.js';
import { compareFindings } from './order.js';
import type { ReportData, SuppressedData } from './report.js';
import type { AdoptionData, RequirementData } from './set.js';

/** An input that could not be checked at all (exit code 2): the message in the report's language, and the id it came from. */
export interface CouldNotCheck {
  file: string;
  code: DiscoverProblem['code'];
  message: string;
  messageId: DiscoverProblem['messageId'];
  params: MessageParams;
}

/** The report, with the rule registry it was made with (for formatters, as ESLint gives its formatters `rulesMeta`), or the inputs that could not be checked. */
export type CheckResult = { ok: true; report: Report; rules: RuleInfo[] } | { ok: false; problems: CouldNotCheck[] };

/** The inputs that could not be checked, each with its message in `lang`. */
export function renderProblems(problems: readonly DiscoverProblem[], lang: Lang): CouldNotCheck[] {
  return problems.map((p) => ({
    file: p.file,
    code: p.code,
    message: t(lang, p.messageId, p.params),
    messageId: p.messageId,
    params: p.params,
  }));
}

/**
 * The report in `lang`: messages, hints, titles, citations, details and adoption summaries filled in from the
 * catalogues; findings sorted by place, then by their text. The ids and parameters stay beside the text.
 */
export function renderReport(data: ReportData, lang: Lang, rules: readonly RuleInfo[], catalogue: Catalogue): Report {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const requirementsById = new Map(catalogue.requirements.map((r) => [r.id, r]));
  const finding = (f: FindingData) => renderFinding(f, lang, byId.get(f.ruleId));
  const requirement = (r: RequirementData): RequirementResult => {
    const entry = requirementsById.get(r.id);
    if (!entry) throw new Error(`requirement ${r.id} is not in the catalogue`);
    const { id, agreement, verified, severity, status, coverage, missingElements, notRelevant, detailId, detailParams } = r;
    const title = entry.title[lang];
    const citation = citationIn(catalogue, entry.citation, lang);
    return {
      id,
      agreement,
      title,
      citation,
      verified,
      severity,
      status,
      coverage,
      missingElements,
      notRelevant,
      detail: t(lang, detailId, detailParams),
      detailId,
      detailParams,
    };
  };
  const adoption = (a: AdoptionData): AdoptionResult => {
    const { agreement, documentId, documentTitle, version, adopted, total, healthTrustAdopted, summaryId, summaryParams, parties } = a;
    return {
      agreement,
      documentId,
      documentTitle,
      version,
      adopted,
      total,
      healthTrustAdopted,
      summary: t(lang, summaryId, summaryParams),
      parties,
      summaryId,
      summaryParams,
    };
  };
  const suppressed = (f: SuppressedData): SuppressedFinding => ({ ...finding(f), reason: f.reason, suppressedBy: f.suppressedBy });
  return {
    reportVersion: data.reportVersion,
    tool: data.tool,
    lang,
    asOf: data.asOf,
    failOn: data.failOn,
    agreements: data.agreements,
    requirements: data.requirements.map(requirement),
    adoption: data.adoption.map(adoption),
    findings: orderCausesFirst(data.findings.map(finding).sort(compareFindings)),
    suppressed: data.suppressed.map(suppressed).sort(compareFindings),
    counts: data.counts,
    exitCode: data.exitCode,
  };
}

/** One finding in `lang`; `info` is its rule (for the citation, and the note on an unverified reading). */
export function renderFinding(f: FindingData, lang: Lang, info: RuleInfo | undefined): Finding {
  let hint = f.hintId ? t(lang, f.hintId, { ...f.params, ...f.hintParams }) : undefined;
  if (info?.verified === false) hint = [hint, t(lang, 'requirement.unverified')].filter(Boolean).join(' ');
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: sentence(t(lang, f.messageId, f.params)),
    ...(hint ? { hint } : {}),
    location: f.location,
    ...(info?.citation ? { citation: info.citation[lang] } : {}),
    ...(f.data ? { data: f.data } : {}),
    messageId: f.messageId,
    params: f.params,
    ...(f.hintId ? { hintId: f.hintId, ...(f.hintParams ? { hintParams: f.hintParams } : {}) } : {}),
  };
}

/** Messages are sentences: a template that starts with a name ("styret i …") still starts with a capital. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}
