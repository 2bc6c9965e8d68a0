// One agreement set → its outcome: structure, policy rules and requirements, as plain data. Imported by run, schedule and worker; imports none of them.
import type { MessageId } from '../i18n/index.js';
import { loadAgreementSet, type AgreementSet } from '../load/agreement-set.js';
import { classify, loadProblem, realPath, type DiscoverProblem, type SetHome } from '../load/discover.js';
import type { FileSystem } from '../load/fs.js';
import type { InputFile } from '../load/inputs.js';
import { isRecord, type Data } from '../model.js';
import { evaluateAdoption } from '../requirements/adoption.js';
import { agreementHistory } from '../requirements/history.js';
import type { RequirementEntry } from '../requirements/catalogue.js';
import { evaluateCoverage } from '../requirements/coverage.js';
import { notYetInForce, type Evaluation, type Evaluator } from '../requirements/evaluation.js';
import { evaluateJointMeasures } from '../requirements/joint-measures.js';
import { evaluateParties } from '../requirements/parties.js';
import { policyRules } from '../rules/registry.js';
import { todoIssues } from '../rules/todo.js';
import { validateStructure } from '../structure.js';
import { linkCauses } from '../diagnose/causes.js';
import { firstUnreadable } from '../yaml/readable.js';
import { scanDirectives, type Directive } from '../suppress/directives.js';
import type { AdoptionResult, AgreementHistory, AgreementSummary, Location, RequirementResult, RequirementStatus } from '../types.js';
import { pushFinding, type CheckContext, type FindingData } from './findings.js';
import { pathTarget, type Issue, type Params, type Target } from './issue.js';
import { locate } from './locate.js';

export { checkContext, type CheckContext, type SetOptions } from './findings.js';

/** A requirement's result before its words are chosen: title and citation come from the catalogue by id, the detail from its message id. */
export type RequirementData = Omit<RequirementResult, 'title' | 'citation' | 'detail' | 'detailId' | 'detailParams'> & { detailId: MessageId; detailParams: Params };

/** The adoption table before its words are chosen: the summary is a message id with parameters. */
export type AdoptionData = Omit<AdoptionResult, 'summary' | 'summaryId' | 'summaryParams'> & { summaryId: MessageId; summaryParams: Params };

/** What checking one agreement set gives: plain data in no language, so it can cross a worker boundary or sit in a cache. */
export interface SetOutcome {
  summary: AgreementSummary;
  requirements: RequirementData[];
  adoption?: AdoptionData;
  /** Findings of the set (before suppression comments are applied), including bad suppression comments. */
  findings: FindingData[];
  /** Valid suppression comments in the set's files, each with the place a `suppression-unused` finding would point at. */
  directives: { directive: Directive; at: Location }[];
  home: SetHome;
  /** Where a `document-not-included` finding of this set points (the `dokumenter:` list, or the top of the main file). */
  strayAt: Location;
}

/**
 * What one input file gives: a checked set (with the files its outcome depends on), a reason it cannot be checked,
 * a document file (named, or found by searching), or nothing (other YAML found by searching).
 */
export type FileResult = { kind: 'set'; outcome: SetOutcome; deps: string[] } | { kind: 'problem'; problem: DiscoverProblem } | { kind: 'document' } | { kind: 'other' };

const EVALUATORS: Record<RequirementEntry['kind'], Evaluator> = {
  coverage: evaluateCoverage,
  'joint-measures': evaluateJointMeasures,
  parties: evaluateParties,
  adoption: evaluateAdoption,
};

/** The outcome for every requirement when the main file could not be read as a map. */
const NOT_CHECKED: Evaluation = { status: 'not-checked', coverage: [], missingElements: [], notRelevant: [], issues: [], detail: { id: 'detail.not-checked' } };

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

/** Checks one loaded set; `included` are the real paths of the files it includes. The set can be released afterwards. */
export function checkSet(set: AgreementSet, included: string[], ctx: CheckContext): SetOutcome {
  const { catalogue, options } = ctx;
  const { asOf } = options;
  const issues: Issue[] = [...set.issues];
  // A file with a syntax error: only its syntax errors are reported, and nothing is judged on what recovery left.
  const unreadable = firstUnreadable(set.fileList);
  if (!unreadable) for (const file of set.fileList) issues.push(...validateStructure(file), ...todoIssues(file));
  const usable = isRecord(set.data) && !unreadable;
  const data: Data = usable ? (set.data as Data) : {};
  // The engine, not the rule, says which rule an issue is from.
  if (usable) for (const rule of policyRules) for (const issue of rule.check({ data, asOf, catalogue })) issues.push({ ...issue, ruleId: rule.meta.id });

  const requirements: RequirementData[] = [];
  let adoption: AdoptionData | undefined;
  for (const requirement of catalogue.requirements) {
    const base = { id: requirement.id, agreement: set.main.path, verified: requirement.verified, severity: requirement.severity };
    if (notYetInForce(requirement, asOf)) {
      requirements.push({ ...base, status: 'not-yet-in-force', coverage: [], missingElements: [], notRelevant: [], detailId: 'detail.not-yet-in-force', detailParams: { date: requirement.inForce.from } });
      continue;
    }
    // A main file that is not a map (a syntax error, a list, a scalar) cannot meet any requirement.
    const evaluation: Evaluation = usable ? EVALUATORS[requirement.kind](requirement, data, asOf) : unreadable ? { ...NOT_CHECKED, detail: { id: 'detail.not-checked-syntax', params: { file: unreadable.path } } } : NOT_CHECKED;
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
        summaryId: evaluation.detail.id,
        summaryParams: evaluation.detail.params ?? {},
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
      detailId: evaluation.detail.id,
      detailParams: evaluation.detail.params ?? {},
    });
  }

  linkCauses(issues);
  const where = (target: Target) => locate(set, target);
  const findings: FindingData[] = [];
  for (const issue of issues) pushFinding(findings, issue, where, ctx);
  const directives: SetOutcome['directives'] = [];
  for (const file of set.fileList) {
    const scan = scanDirectives(file, ctx.ruleIds);
    for (const directive of scan.directives) directives.push({ directive, at: where({ kind: 'range', file: directive.file, start: directive.start, end: directive.end }) });
    for (const issue of scan.issues) pushFinding(findings, issue, where, ctx);
  }
  const counts = { satisfied: 0, partial: 0, missing: 0, 'not-yet-in-force': 0, suppressed: 0, 'not-checked': 0, total: requirements.length } as Record<RequirementStatus, number> & { total: number };
  for (const r of requirements) counts[r.status]++;
  // The title only names the set in the report (nothing is judged on it), so a file with a syntax error keeps it.
  const meta = isRecord(set.data) && isRecord(set.data.avtale) ? set.data.avtale : {};
  const summary: AgreementSummary = {
    file: set.main.path,
    title: typeof meta.tittel === 'string' ? meta.tittel : set.main.path,
    ...(typeof meta.versjon === 'string' ? { version: meta.versjon } : {}),
    files: set.fileList.map((f) => f.path),
    counts,
    ...historyOf(data),
  };
  const hasDocumentList = isRecord(set.data) && Array.isArray(set.data.dokumenter);
  const home: SetHome = { mainAbs: set.main.absPath, main: set.main.path, hasDocumentList, included };
  const strayAt = where(pathTarget(hasDocumentList ? ['dokumenter'] : []));
  return { summary, requirements, ...(adoption ? { adoption } : {}), findings, directives, home, strayAt };
}

/** `{ history }` when the set records any (issue 12): former names, parents, superseded versions, the dispute path. */
function historyOf(data: unknown): { history?: AgreementHistory } {
  const history = isRecord(data) ? agreementHistory(data) : undefined;
  return history ? { history } : {};
}
