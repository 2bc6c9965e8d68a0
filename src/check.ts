// Runs the whole check: inputs → agreement sets → structure → rules → requirements → suppressions → report.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { t, isMessageId } from './i18n/index.js';
import { pathTarget, type Issue, type Target } from './issue.js';
import { STDIN_NAME, nodeFileSystem, withStdin, type FileSystem } from './load/fs.js';
import { loadAgreementSet, type AgreementSet } from './load/agreement-set.js';
import { classify, discoverInputs, homeSet, loadProblem, realPath, strayIssue, type DiscoverProblem, type SetHome } from './load/discover.js';
import { ignoreMatcher, type IgnoreSpec } from './load/ignore.js';
import type { InputFile } from './load/inputs.js';
import { todoIssues } from './rules/todo.js';
import { applySuppressions } from './suppress/apply.js';
import { scanDirectives, type Directive } from './suppress/directives.js';
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
import type { AdoptionResult, AgreementSummary, Finding, Lang, Location, Report, RequirementResult, RequirementStatus, Severity, SuppressedFinding } from './types.js';
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
  /** The path standard input stands for (--stdin-filename): findings name it, and its includes resolve from its folder. */
  stdinName?: string;
  /** Ignore patterns from the config file, for files found in folders and by glob patterns. */
  ignore?: IgnoreSpec;
  /** Most YAML files read from folders and glob patterns (default 10 000, see load/limits.ts). */
  maxFiles?: number;
  /** Outcomes of earlier runs, reused for sets none of whose files changed (`--cache`). */
  cache?: SetCache;
  /** Worker threads to check sets in; 1 checks in this thread. Default: by the cores, when there are many sets (see PARALLEL_THRESHOLD). */
  jobs?: number;
}

/** Stored set outcomes, keyed by the main file's absolute path (see cache.ts). */
export interface SetCache {
  /** The stored outcome, if every file the set read is unchanged. */
  lookup(mainAbs: string): Promise<SetOutcome | undefined>;
  /** Keeps `outcome` with the files (absolute paths) it depends on. */
  store(mainAbs: string, files: readonly string[], outcome: SetOutcome): Promise<void>;
}


/** An input that could not be checked at all (exit code 2). */
export interface CouldNotCheck {
  file: string;
  code: DiscoverProblem['code'];
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

/** What checking one agreement set gives: plain data, so it can cross a worker boundary or sit in a cache. */
export interface SetOutcome {
  summary: AgreementSummary;
  requirements: RequirementResult[];
  adoption?: AdoptionResult;
  /** Findings of the set (before suppression comments are applied), including bad suppression comments. */
  findings: Finding[];
  /** Valid suppression comments in the set's files, each with the place a `suppression-unused` finding would point at. */
  directives: { directive: Directive; at: Location }[];
  home: SetHome;
  /** Where a `document-not-included` finding of this set points (the `dokumenter:` list, or the top of the main file). */
  strayAt: Location;
}

/** What every set of a run shares: the catalogue, the rules and the options. */
export interface CheckContext {
  catalogue: Catalogue;
  rules: Map<string, RuleInfo>;
  ruleIds: string[];
  options: CheckOptions & { lang: Lang };
}

export function checkContext(options: CheckOptions): CheckContext {
  const catalogue = loadCatalogue();
  const ruleList = allRules(catalogue);
  return { catalogue, rules: new Map(ruleList.map((r) => [r.id, r])), ruleIds: ruleList.map((r) => r.id), options: { ...options, lang: options.lang ?? 'nb' } };
}

/**
 * Checks the agreement sets in `files`: main files, folders (searched for main files), glob patterns and `-`.
 * Returns one report for all sets, or the inputs that could not be checked. Sets are loaded and checked one at a
 * time, and only their outcome is kept, so memory grows with the report, not with the files read.
 */
export async function check(files: readonly string[], options: CheckOptions): Promise<CheckResult> {
  const lang = options.lang ?? 'nb';
  const failOn = options.failOn ?? 'error';
  const stdinPath = options.stdinName !== undefined ? path.resolve(options.cwd, options.stdinName) : path.join(options.cwd, STDIN_NAME);
  const fs = files.includes('-') ? withStdin(options.fs ?? nodeFileSystem, stdinPath, options.stdin ?? new Uint8Array()) : options.fs ?? nodeFileSystem;
  const ctx = checkContext(options);
  const display = (abs: string) => (abs === stdinPath && options.stdinName === undefined ? STDIN_NAME : toDisplayPath(options.cwd, abs));
  const found = await discoverInputs(files, { cwd: options.cwd, fs, stdinPath, display, ...(options.maxFiles !== undefined ? { maxFiles: options.maxFiles } : {}), ...(options.ignore ? { ignored: ignoreMatcher(options.ignore) } : {}) });
  if (!found.ok) return { ok: false, problems: couldNotCheck(found.problems, lang) };

  const problems: DiscoverProblem[] = [];
  const outcomes: SetOutcome[] = [];
  const namedDocuments: string[] = [];
  const foundDocuments: string[] = [];
  const cache = options.cache;
  const inputs = found.files;
  // Sets the cache answers for are not read at all; the rest are read, sorted and checked here or, when there are
  // many, in worker threads.
  const results: (FileResult | undefined)[] = new Array(inputs.length);
  const todo: number[] = [];
  for (const [i, input] of inputs.entries()) {
    const cached = cache !== undefined && input.abs !== stdinPath ? await cache.lookup(input.abs) : undefined;
    if (cached) outcomes[i] = cached;
    else todo.push(i);
  }
  const canFork = (options.fs === undefined || options.fs === nodeFileSystem) && !files.includes('-');
  const jobs = canFork ? workerCount(options.jobs, todo.length) : 1;
  let inThread = todo;
  if (jobs > 1) {
    const { checkInWorkers } = await import('./parallel.js');
    const got = await checkInWorkers(todo.map((i) => inputs[i]!), { cwd: options.cwd, asOf: options.asOf, lang, ...(options.severity ? { severity: options.severity } : {}) }, jobs).catch(() => undefined);
    // Threads that cannot start (or fail) leave the work to this thread, where an error shows with its own cause.
    if (got) {
      todo.forEach((i, k) => (results[i] = got[k]!));
      inThread = [];
    }
  }
  for (const i of inThread) results[i] = await checkFile(inputs[i]!, fs, display, ctx);
  for (const [i, result] of results.entries()) {
    if (result === undefined || result.kind === 'other') continue; // answered by the cache, or not an agreement
    if (result.kind === 'problem') problems.push(result.problem);
    else if (result.kind === 'document') (inputs[i]!.origin === 'explicit' ? namedDocuments : foundDocuments).push(inputs[i]!.abs);
    else {
      outcomes[i] = result.outcome;
      if (cache !== undefined && inputs[i]!.abs !== stdinPath) await cache.store(inputs[i]!.abs, result.deps, result.outcome);
    }
  }
  return report(outcomes.filter(Boolean), { problems, namedDocuments, foundDocuments, inputs: files, fs, display }, ctx, failOn);
}

/**
 * What one input file gives: a checked set (with the files its outcome depends on), a reason it cannot be checked,
 * a document file (named, or found by searching), or nothing (other YAML found by searching).
 */
export type FileResult = { kind: 'set'; outcome: SetOutcome; deps: string[] } | { kind: 'problem'; problem: DiscoverProblem } | { kind: 'document' } | { kind: 'other' };

/** Reads `input`, and when it is a main file, loads and checks its set; the set is released when this returns. */
export async function checkFile(input: InputFile, fs: FileSystem, display: (abs: string) => string, ctx: CheckContext): Promise<FileResult> {
  const sorted = await classify(input, fs, display);
  if (sorted.kind !== 'main') return sorted;
  const loaded = await loadAgreementSet(input.abs, { fs, display }, sorted.text);
  if (!loaded.ok) return { kind: 'problem', problem: loadProblem(loaded.file, loaded.problem) };
  const set = loaded.set;
  if (set.main.data === undefined && set.main.issues.length === 0) {
    // Only comments, or an empty document: there is nothing to check (a syntax error would have issues).
    return { kind: 'problem', problem: { file: set.main.path, code: 'empty', messageId: 'load.empty', params: {} } };
  }
  if (isRecord(set.data) && 'dokument' in set.data && !('avtale' in set.data)) return { kind: 'document' };
  const included = await Promise.all(set.fileList.slice(1).map((f) => realPath(fs, f.absPath)));
  return { kind: 'set', outcome: checkSet(set, included, ctx), deps: set.dependencies };
}

/** Below this many sets to check, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 48;

/** Fewer cores than this, and threads are not used unless asked for (see workerCount). */
export const PARALLEL_MIN_CORES = 4;

/**
 * `jobs` when given. Otherwise threads only with many sets and at least four cores: one per core but one (at most
 * 4). On the two-core machine of the benchmark, two threads each ran about 1.6 times slower than one alone, so the
 * run took longer and used more memory than checking in the main thread.
 */
function workerCount(jobs: number | undefined, files: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  const cores = availableParallelism();
  if (files < PARALLEL_THRESHOLD || cores < PARALLEL_MIN_CORES) return 1;
  return Math.max(1, Math.min(cores - 1, 4, Math.floor(files / (PARALLEL_THRESHOLD / 2))));
}

interface Leftovers {
  problems: DiscoverProblem[];
  namedDocuments: string[];
  foundDocuments: string[];
  inputs: readonly string[];
  fs: FileSystem;
  display: (abs: string) => string;
}

/** Joins the outcomes of all sets into one report: stray documents, duplicates across sets, suppressions, counts. */
async function report(outcomes: SetOutcome[], left: Leftovers, ctx: CheckContext, failOn: Severity): Promise<CheckResult> {
  const { options } = ctx;
  const { fs, display } = left;
  const problems = [...left.problems];
  const included = new Set(outcomes.flatMap((o) => o.home.included));
  for (const abs of left.namedDocuments) {
    if (!included.has(await realPath(fs, abs))) problems.push({ file: display(abs), code: 'document-file', messageId: 'load.document-file', params: {} });
  }
  if (problems.length > 0) return { ok: false, problems: couldNotCheck(problems, options.lang) };
  if (outcomes.length === 0) {
    const code = left.foundDocuments.length > 0 ? 'only-documents' : 'no-agreement';
    return { ok: false, problems: couldNotCheck([{ file: left.inputs.join(' '), code, messageId: `inputs.${code}`, params: { count: left.foundDocuments.length } }], options.lang) };
  }

  const strays: Finding[][] = outcomes.map(() => []);
  const homes = outcomes.map((o) => o.home);
  for (const abs of left.foundDocuments) {
    if (included.has(await realPath(fs, abs))) continue;
    const i = homeSet(homes, abs);
    const at = outcomes[i]!.strayAt;
    pushFinding(strays[i]!, toFinding(strayIssue(homes[i]!, abs, display), () => at, ctx));
  }

  const all: Finding[] = [];
  const requirements: RequirementResult[] = [];
  const agreements: AgreementSummary[] = [];
  const adoption: AdoptionResult[] = [];
  const directives = new Map<string, { directive: Directive; at: Location }>();
  outcomes.forEach((o, i) => {
    all.push(...o.findings, ...strays[i]!);
    requirements.push(...o.requirements);
    agreements.push(o.summary);
    if (o.adoption) adoption.push(o.adoption);
    // A document file two sets include has its comments read twice; each comment counts once.
    for (const d of o.directives) {
      const key = `${d.directive.file}\u0000${d.directive.start}`;
      if (!directives.has(key)) directives.set(key, d);
    }
  });

  const unique = dedupe(all);
  const located = [...directives.values()];
  const outcome = applySuppressions(unique, located.map((d) => d.directive));
  const findings = outcome.kept;
  const placeOf = new Map(located.map((d) => [d.directive, d.at]));
  for (const { directive, ruleId } of outcome.unused) {
    const issue: Issue = { ruleId: 'suppression-unused', messageId: 'suppress.unused', params: { id: ruleId, line: directive.targetLine }, hintId: 'hint.suppress-unused', target: { kind: 'range', file: directive.file, start: directive.start, end: directive.end } };
    const at = placeOf.get(directive)!;
    pushFinding(findings, toFinding(issue, () => at, ctx));
  }
  findings.sort(compareFindings);
  const suppressed = outcome.suppressed.sort(compareFindings);
  markSuppressedRequirements(requirements, agreements, findings, suppressed);

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const failing = findings.some((f) => RANK[f.severity] >= RANK[failOn]);
  return {
    ok: true,
    report: { reportVersion: 1, tool: { ...TOOL }, lang: options.lang, asOf: options.asOf, failOn, agreements, requirements, adoption, findings, suppressed, counts, exitCode: failing ? 1 : 0 },
  };
}

function couldNotCheck(problems: readonly DiscoverProblem[], lang: Lang): CouldNotCheck[] {
  return problems.map((p) => ({ file: p.file, code: p.code, message: t(lang, p.messageId, p.params) }));
}

function pushFinding(list: Finding[], finding: Finding | undefined): void {
  if (finding) list.push(finding);
}

/** The same finding reported twice (a document file two sets include) counts once. */
function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.location.file}\u0000${f.location.line}\u0000${f.location.column}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A requirement whose every finding in its set was silenced by a comment has the status `suppressed`
 * (never `satisfied`), and the set's counts follow.
 */
function markSuppressedRequirements(requirements: RequirementResult[], agreements: AgreementSummary[], findings: readonly Finding[], suppressed: readonly SuppressedFinding[]): void {
  const rulesByFile = (list: readonly Finding[]) => {
    const map = new Map<string, Set<string>>();
    for (const f of list) {
      const ids = map.get(f.location.file);
      if (ids) ids.add(f.ruleId);
      else map.set(f.location.file, new Set([f.ruleId]));
    }
    return map;
  };
  const openByFile = rulesByFile(findings);
  const silencedByFile = rulesByFile(suppressed);
  if (silencedByFile.size === 0) return;
  const requirementsOf = new Map<string, RequirementResult[]>();
  for (const r of requirements) {
    const list = requirementsOf.get(r.agreement);
    if (list) list.push(r);
    else requirementsOf.set(r.agreement, [r]);
  }
  const inFiles = (byFile: Map<string, Set<string>>, files: readonly string[], id: string) => files.some((f) => byFile.get(f)?.has(id) ?? false);
  for (const agreement of agreements) {
    for (const r of requirementsOf.get(agreement.file) ?? []) {
      if (r.status !== 'missing' && r.status !== 'partial') continue;
      if (!inFiles(silencedByFile, agreement.files, r.id) || inFiles(openByFile, agreement.files, r.id)) continue;
      agreement.counts[r.status]--;
      agreement.counts.suppressed++;
      r.status = 'suppressed';
    }
  }
}

/** Checks one loaded set; `included` are the real paths of the files it includes. The set can be released afterwards. */
export function checkSet(set: AgreementSet, included: string[], ctx: CheckContext): SetOutcome {
  const { catalogue, options } = ctx;
  const { lang, asOf } = options;
  const issues: Issue[] = [...set.issues];
  for (const file of set.fileList) issues.push(...validateStructure(file), ...todoIssues(file));
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

  const where = (target: Target) => locate(set, target);
  const findings: Finding[] = [];
  for (const issue of issues) pushFinding(findings, toFinding(issue, where, ctx));
  const directives: SetOutcome['directives'] = [];
  for (const file of set.fileList) {
    const scan = scanDirectives(file, ctx.ruleIds);
    for (const directive of scan.directives) directives.push({ directive, at: where({ kind: 'range', file: directive.file, start: directive.start, end: directive.end }) });
    for (const issue of scan.issues) pushFinding(findings, toFinding(issue, where, ctx));
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
  const hasDocumentList = isRecord(set.data) && Array.isArray(set.data.dokumenter);
  const home: SetHome = { mainAbs: set.main.absPath, main: set.main.path, hasDocumentList, included };
  const strayAt = where(pathTarget(hasDocumentList ? ['dokumenter'] : []));
  return { summary, requirements, ...(adoption ? { adoption } : {}), findings, directives, home, strayAt };
}

function toFinding(issue: Issue, where: (target: Target) => Location, ctx: CheckContext): Finding | undefined {
  const { catalogue, rules, options } = ctx;
  const { lang } = options;
  const info = rules.get(issue.ruleId);
  const override = options.severity?.[issue.ruleId];
  if (override === 'off') return undefined;
  const severity: Severity = override ?? issue.severity ?? info?.severity ?? 'error';
  const location = where(issue.target);
  const related = issue.related ? where(issue.related) : undefined;
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
