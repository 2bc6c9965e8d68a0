// Merge → report: stray documents, repeats across sets, suppression comments, requirement status, counts and the exit code.
// The report is still in no language; render.ts chooses its words.
import { homeSet, realPath, strayIssue, type DiscoverProblem } from '../load/discover.js';
import type { FileSystem } from '../load/fs.js';
import type { RuleInfo } from '../rules/registry.js';
import { applySuppressions } from '../suppress/apply.js';
import type { Directive } from '../suppress/directives.js';
import type { AgreementSummary, Location, Report, Severity } from '../types.js';
import { TOOL } from '../version.js';
import { dedupe, pushFinding, type CheckContext, type FindingData } from './findings.js';
import type { Issue } from './issue.js';
import { atOrAbove, comparePlace } from './order.js';
import type { AdoptionData, RequirementData, SetOutcome } from './set.js';

/** A finding silenced by a comment, before its words are chosen. */
export type SuppressedData = FindingData & { reason: string; suppressedBy: Location };

/** The report before its words are chosen: message ids and parameters, the same in every language. */
export type ReportData = Omit<Report, 'lang' | 'findings' | 'suppressed' | 'requirements' | 'adoption'> & {
  findings: FindingData[];
  suppressed: SuppressedData[];
  requirements: RequirementData[];
  adoption: AdoptionData[];
};

/** The merged report with the rule registry it was made with, or the inputs that could not be checked (still as message ids). */
export type MergeResult = { ok: true; report: ReportData; rules: RuleInfo[] } | { ok: false; problems: DiscoverProblem[] };

/** What the run found besides checked sets: inputs it could not check, and document files named or found. */
export interface Leftovers {
  problems: DiscoverProblem[];
  namedDocuments: string[];
  foundDocuments: string[];
  inputs: readonly string[];
  fs: FileSystem;
  display: (abs: string) => string;
}

/** Joins the outcomes of all sets into one report: stray documents, duplicates across sets, suppressions, counts. */
export async function report(outcomes: SetOutcome[], left: Leftovers, ctx: CheckContext, failOn: Severity): Promise<MergeResult> {
  const { options } = ctx;
  const { fs, display } = left;
  const problems = [...left.problems];
  const included = new Set(outcomes.flatMap((o) => o.home.included));
  for (const abs of left.namedDocuments) {
    if (!included.has(await realPath(fs, abs))) problems.push({ file: display(abs), code: 'document-file', messageId: 'load.document-file', params: {} });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (outcomes.length === 0) {
    const code = left.foundDocuments.length > 0 ? 'only-documents' : 'no-agreement';
    return { ok: false, problems: [{ file: left.inputs.join(' '), code, messageId: `inputs.${code}`, params: { count: left.foundDocuments.length } }] };
  }

  const strays: FindingData[][] = outcomes.map(() => []);
  const homes = outcomes.map((o) => o.home);
  for (const abs of left.foundDocuments) {
    if (included.has(await realPath(fs, abs))) continue;
    const i = homeSet(homes, abs);
    const at = outcomes[i]!.strayAt;
    pushFinding(strays[i]!, strayIssue(homes[i]!, abs, display), () => at, ctx);
  }

  const all: FindingData[] = [];
  const requirements: RequirementData[] = [];
  const agreements: AgreementSummary[] = [];
  const adoption: AdoptionData[] = [];
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
    pushFinding(findings, issue, () => at, ctx);
  }
  // By place here; render.ts sorts again with the message text as the last tie-break, and puts causes first.
  findings.sort(comparePlace);
  const suppressed = outcome.suppressed.sort(comparePlace);
  markSuppressedRequirements(requirements, agreements, findings, suppressed);

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const failing = findings.some((f) => atOrAbove(f.severity, failOn));
  return {
    ok: true,
    rules: [...ctx.rules.values()],
    report: { reportVersion: 1, tool: { ...TOOL }, asOf: options.asOf, failOn, agreements, requirements, adoption, findings, suppressed, counts, exitCode: failing ? 1 : 0 },
  };
}

/**
 * A requirement whose every finding in its set was silenced by a comment has the status `suppressed`
 * (never `satisfied`), and the set's counts follow.
 */
function markSuppressedRequirements(requirements: RequirementData[], agreements: AgreementSummary[], findings: readonly FindingData[], suppressed: readonly SuppressedData[]): void {
  const rulesByFile = (list: readonly FindingData[]) => {
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
  const requirementsOf = new Map<string, RequirementData[]>();
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

