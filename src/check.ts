// Runs the whole check for one or more main files: load → structure → rules → requirements → report.
import path from 'node:path';
import { t, isMessageId } from './i18n/index.js';
import { pathTarget, type Issue } from './issue.js';
import { STDIN_NAME, nodeFileSystem, withStdin, type FileSystem } from './load/fs.js';
import { loadAgreementSet, type AgreementSet } from './load/agreement-set.js';
import type { LoadProblem } from './load/read.js';
import { locate } from './locate.js';
import { isRecord, type Data } from './model.js';
import { citationIn, loadCatalogue, type Catalogue, type RequirementEntry } from './requirements/catalogue.js';
import { evaluateAdoption } from './requirements/adoption.js';
import { evaluateCoverage } from './requirements/coverage.js';
import { notYetInForce, type Evaluation, type Evaluator } from './requirements/evaluation.js';
import { evaluateJointMeasures } from './requirements/joint-measures.js';
import { evaluateParties } from './requirements/parties.js';
import { allRules, policyRules, type RuleInfo } from './rules/registry.js';
import { validateStructure } from './structure.js';
import type { AdoptionResult, AgreementSummary, Finding, Lang, Report, RequirementResult, RequirementStatus, Severity } from './types.js';
import { TOOL } from './version.js';

export interface CheckOptions {
  /** The working folder; paths in the report are relative to it. */
  cwd: string;
  /** The date to check against (YYYY-MM-DD). The core never reads the clock. */
  asOf: string;
  lang?: Lang;
  failOn?: Severity;
  /** Per-rule severity, or 'off' to drop the rule's findings. */
  severity?: Record<string, Severity | 'off'>;
  fs?: FileSystem;
  /** The bytes of standard input, read when a file is given as `-`. */
  stdin?: Uint8Array;
}

/** An input that could not be checked at all (exit code 2). */
export interface CouldNotCheck {
  file: string;
  code: LoadProblem['code'] | 'document-file';
  message: string;
}

export type CheckResult = { ok: true; report: Report } | { ok: false; problems: CouldNotCheck[] };

const EVALUATORS: Record<RequirementEntry['kind'], Evaluator> = {
  coverage: evaluateCoverage,
  'joint-measures': evaluateJointMeasures,
  parties: evaluateParties,
  adoption: evaluateAdoption,
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The outcome for every requirement when the main file could not be read as a map. */
const NOT_CHECKED: Evaluation = { status: 'missing', coverage: [], missingElements: [], notRelevant: [], issues: [], detail: { id: 'detail.not-checked' } };

/** Checks each main file in `files` and returns one report, or the inputs that could not be checked. */
export async function check(files: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const lang = options.lang ?? 'nb';
  const failOn = options.failOn ?? 'error';
  const stdinPath = path.join(options.cwd, STDIN_NAME);
  const fs = files.includes('-') ? withStdin(options.fs ?? nodeFileSystem, stdinPath, options.stdin ?? new Uint8Array()) : options.fs ?? nodeFileSystem;
  const catalogue = loadCatalogue();
  const rules = new Map(allRules(catalogue).map((r) => [r.id, r]));
  const display = (abs: string) => (abs === stdinPath ? STDIN_NAME : toDisplayPath(options.cwd, abs));
  const problems: CouldNotCheck[] = [];
  const findings: Finding[] = [];
  const requirements: RequirementResult[] = [];
  const agreements: AgreementSummary[] = [];
  const adoption: AdoptionResult[] = [];

  for (const file of files) {
    const abs = file === '-' ? stdinPath : path.resolve(options.cwd, file);
    const loaded = await loadAgreementSet(abs, { fs, display });
    if (!loaded.ok) {
      problems.push({ file: loaded.file, code: loaded.problem.code, message: t(lang, `load.${loaded.problem.code}`, { line: loaded.problem.line ?? 0, column: loaded.problem.column ?? 0, limit: loaded.problem.limit ?? 0 }) });
      continue;
    }
    const set = loaded.set;
    if (set.main.data === undefined && set.main.issues.length === 0) {
      // Only comments, or an empty document: there is nothing to check (a syntax error would have issues).
      problems.push({ file: set.main.path, code: 'empty', message: t(lang, 'load.empty') });
      continue;
    }
    if (isRecord(set.data) && 'dokument' in set.data && !('avtale' in set.data)) {
      problems.push({ file: set.main.path, code: 'document-file', message: t(lang, 'load.document-file') });
      continue;
    }
    const result = checkSet(set, catalogue, rules, { ...options, lang });
    findings.push(...result.findings);
    requirements.push(...result.requirements);
    agreements.push(result.summary);
    if (result.adoption) adoption.push(result.adoption);
  }
  if (problems.length > 0) return { ok: false, problems };

  findings.sort(compareFindings);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const failing = findings.some((f) => RANK[f.severity] >= RANK[failOn]);
  return {
    ok: true,
    report: { reportVersion: 1, tool: { ...TOOL }, lang, asOf: options.asOf, failOn, agreements, requirements, adoption, findings, suppressed: [], counts, exitCode: failing ? 1 : 0 },
  };
}

interface SetResult {
  findings: Finding[];
  requirements: RequirementResult[];
  summary: AgreementSummary;
  adoption?: AdoptionResult;
}

function checkSet(set: AgreementSet, catalogue: Catalogue, rules: Map<string, RuleInfo>, options: CheckOptions & { lang: Lang }): SetResult {
  const { lang, asOf } = options;
  const issues: Issue[] = [...set.issues];
  for (const file of set.fileList) issues.push(...validateStructure(file));
  const usable = isRecord(set.data);
  const data: Data = usable ? (set.data as Data) : {};
  if (usable) for (const rule of policyRules) issues.push(...rule.check({ data, asOf, catalogue }));

  const requirements: RequirementResult[] = [];
  let adoption: AdoptionResult | undefined;
  for (const requirement of catalogue.requirements) {
    const citation = citationIn(catalogue, requirement.citation, lang);
    const base = { id: requirement.id, agreement: set.main.path, title: requirement.title[lang], citation, verified: requirement.verified, severity: requirement.severity };
    if (notYetInForce(requirement, asOf)) {
      requirements.push({ ...base, status: 'not-yet-in-force', coverage: [], missingElements: [], notRelevant: [], detail: t(lang, 'detail.not-yet-in-force', { date: requirement.inForce.from }) });
      continue;
    }
    // A main file that is not a map (a syntax error, a list, a scalar) cannot meet any requirement.
    const evaluation: Evaluation = usable ? EVALUATORS[requirement.kind](requirement, data, asOf) : NOT_CHECKED;
    // When the main file could not be read as a map, the syntax finding says why; requirement findings would be noise.
    if (usable) issues.push(...evaluation.issues);
    if (evaluation.adoption && usable) {
      const a = evaluation.adoption;
      const councils = a.parties.filter((p) => p.kind === 'kommune');
      const hf = a.parties.find((p) => p.kind === 'hf');
      adoption = {
        agreement: set.main.path,
        documentId: a.documentId,
        documentTitle: a.documentTitle,
        version: a.version,
        adopted: councils.filter((p) => p.status === 'adopted').length,
        total: councils.length,
        healthTrustAdopted: hf ? hf.status === 'adopted' : null,
        summary: t(lang, evaluation.detail.id, evaluation.detail.params),
        parties: a.parties.map(({ path: recordPath, ...row }) => ({ ...row, ...(recordPath ? { location: locate(set, pathTarget(recordPath, 'value')) } : {}) })),
      };
    }
    const severity = evaluation.issues[0]?.severity ?? requirement.severity;
    requirements.push({
      ...base,
      severity,
      status: evaluation.status,
      coverage: evaluation.coverage.map((hit) => ({
        documentId: hit.document.id,
        documentTitle: hit.document.title ?? hit.document.id,
        ...(hit.document.number ? { documentNumber: hit.document.number } : {}),
        ...(hit.section ? { sectionId: hit.section.id, ...(hit.section.title ? { sectionTitle: hit.section.title } : {}) } : {}),
        elements: hit.entry.elements,
        location: locate(set, pathTarget(hit.entry.path, 'value')),
        documentLocation: locate(set, pathTarget(hit.section ? [...hit.section.path, 'id'] : [...hit.document.path, 'id'], 'key')),
      })),
      missingElements: evaluation.missingElements,
      notRelevant: evaluation.notRelevant,
      detail: t(lang, evaluation.detail.id, evaluation.detail.params),
    });
  }

  const findings: Finding[] = [];
  for (const issue of issues) {
    const finding = toFinding(issue, set, catalogue, rules, options);
    if (finding) findings.push(finding);
  }
  const counts = { satisfied: 0, partial: 0, missing: 0, 'not-yet-in-force': 0, suppressed: 0, total: requirements.length } as Record<RequirementStatus, number> & { total: number };
  for (const r of requirements) counts[r.status]++;
  const meta = isRecord(data.avtale) ? data.avtale : {};
  const summary: AgreementSummary = {
    file: set.main.path,
    title: typeof meta.tittel === 'string' ? meta.tittel : set.main.path,
    ...(typeof meta.versjon === 'string' ? { version: meta.versjon } : {}),
    files: set.fileList.map((f) => f.path),
    counts,
  };
  return { findings, requirements, summary, ...(adoption ? { adoption } : {}) };
}

function toFinding(issue: Issue, set: AgreementSet, catalogue: Catalogue, rules: Map<string, RuleInfo>, options: CheckOptions & { lang: Lang }): Finding | undefined {
  const { lang } = options;
  const info = rules.get(issue.ruleId);
  const override = options.severity?.[issue.ruleId];
  if (override === 'off') return undefined;
  const severity: Severity = override ?? issue.severity ?? info?.severity ?? 'error';
  const location = locate(set, issue.target);
  const related = issue.related ? locate(set, issue.related) : undefined;
  const params = { ...issue.params, ...(related ? { related: `${related.file}:${related.line}` } : {}) };
  const messageId = isMessageId(issue.messageId) ? issue.messageId : 'yaml.other';
  const hintId = issue.hintId ?? info?.defaultHint;
  const requirement = catalogue.requirements.find((r) => r.id === issue.ruleId) ?? catalogue.rules.find((r) => r.id === issue.ruleId);
  let hint = hintId ? t(lang, hintId, { ...params, ...issue.hintParams }) : undefined;
  if (requirement && !requirement.verified) {
    hint = [hint, t(lang, 'requirement.unverified')].filter(Boolean).join(' ');
  }
  return {
    ruleId: issue.ruleId,
    severity,
    message: sentence(t(lang, messageId, params)),
    ...(hint ? { hint } : {}),
    location,
    ...(requirement?.citation ? { citation: citationIn(catalogue, requirement.citation, lang) } : {}),
    ...(issue.data || related ? { data: { ...issue.data, ...(related ? { related } : {}) } } : {}),
  };
}

/** Messages are sentences: a template that starts with a name ("styret i …") still starts with a capital. */
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    naturalCompare(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

/** Compares strings with digit runs as numbers, so hol-6-2-nr2 sorts before hol-6-2-nr10. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    return i % 2 === 1 ? Number(x) - Number(y) || cmp(x, y) : cmp(x, y);
  }
  return pa.length - pb.length;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Relative to the working folder, with forward slashes, so reports are the same on every machine. */
export function toDisplayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return (rel === '' ? path.basename(abs) : rel).split(path.sep).join('/');
}
