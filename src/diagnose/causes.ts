// Findings that follow from another: each consequence names its cause, and the report lists the cause first.
import type { DataPath, Issue, Target } from '../engine/issue.js';
import type { Finding, Location } from '../types.js';

/** What ordering needs of a finding (before or after its words are chosen): its place and data. */
type Placed = Pick<Finding, 'location' | 'data'>;

/** Keys whose absence is what some requirement findings report: an unknown key meant as one of them is their cause. */
const ABSENT_KEY_CONSEQUENCES: Readonly<Record<string, readonly string[]>> = {
  dekning: ['requirement.missing'],
  parter: ['requirement.parties-missing'],
  kommuner: ['requirement.no-municipality'],
  helseforetak: ['requirement.no-health-trust'],
};

const UNKNOWN_KEY = new Set(['schema.unknown-key', 'schema.unknown-key-bokmal']);
const REQUIRED = new Set(['schema.required', 'schema.required-item', 'schema.required-root']);

/**
 * Marks the issues of one set that follow from another (`causedBy`), and gives them a hint for their own case:
 * - an unknown key meant as `dekning` (or `parter`, `kommuner`, `helseforetak`) explains the requirements it leaves
 *   uncovered;
 * - an entry pointing at a document or section that does not exist explains the requirement it then does not cover;
 * - a document without an `id` explains the references to a document that does not exist.
 */
export function linkCauses(issues: Issue[]): void {
  for (const cause of issues) {
    if (!UNKNOWN_KEY.has(cause.messageId) || cause.target.kind !== 'path') continue;
    const meant = cause.hintParams?.suggestion;
    if (typeof meant !== 'string') continue;
    const consequences = ABSENT_KEY_CONSEQUENCES[meant];
    if (!consequences) continue;
    for (const issue of issues) {
      if (issue.causedBy || !consequences.includes(issue.messageId)) continue;
      issue.causedBy = cause.target;
      issue.hintId = 'hint.caused-by-unknown-key';
      issue.hintParams = { key: meant };
    }
  }
  const references = issues.filter((i) => i.ruleId === 'unknown-reference' && (i.messageId === 'reference.document' || i.messageId === 'reference.section'));
  for (const issue of issues) {
    if (issue.causedBy || issue.messageId !== 'requirement.missing-dangling' || issue.target.kind !== 'path') continue;
    const entry = issue.target.path;
    const reference = references.find((r) => r.target.kind === 'path' && r.target.file === undefined && startsWith(r.target.path, entry));
    if (reference) issue.causedBy = reference.target;
  }
  const missingId = issues.find((i) => REQUIRED.has(i.messageId) && i.params?.field === 'id' && i.target.kind === 'path' && isDocumentPath(i.target));
  if (missingId) {
    for (const r of references) {
      if (r.messageId !== 'reference.document' || r.causedBy) continue;
      r.causedBy = missingId.target;
      r.hintId = 'hint.caused-by-missing-id';
      r.hintParams = {};
    }
  }
}

/** A document in the main file's list, or the document of a document file. */
function isDocumentPath(target: Extract<Target, { kind: 'path' }>): boolean {
  const p = target.path;
  return target.file === undefined ? p[0] === 'dokumenter' && p.length === 2 : (p[0] === 'dokumenter' && p.length === 2) || (p[0] === 'dokument' && p.length === 1);
}

function startsWith(path: DataPath, prefix: DataPath): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

const key = (l: Pick<Location, 'file' | 'line' | 'column'>) => `${l.file}\u0000${l.line}\u0000${l.column}`;

/**
 * Reorders sorted findings so that each consequence (`data.causedBy`) comes right after its cause, and consequences
 * of consequences after them; everything else keeps its place. A consequence whose cause is not in the list (turned
 * off, suppressed) stays where it is.
 */
export function orderCausesFirst<F extends Placed>(findings: F[]): F[] {
  const at = new Map<string, F>();
  for (const f of findings) if (!at.has(key(f.location)) && !causeOf(f)) at.set(key(f.location), f);
  for (const f of findings) if (!at.has(key(f.location))) at.set(key(f.location), f);
  const children = new Map<F, F[]>();
  const placed = new Set<F>();
  for (const f of findings) {
    const cause = causeOf(f);
    const parent = cause ? at.get(key(cause)) : undefined;
    if (!parent || parent === f) continue;
    const list = children.get(parent);
    if (list) list.push(f);
    else children.set(parent, [f]);
    placed.add(f);
  }
  if (children.size === 0) return findings;
  const out: F[] = [];
  const seen = new Set<F>();
  const emit = (f: F) => {
    if (seen.has(f)) return;
    seen.add(f);
    out.push(f);
    for (const c of children.get(f) ?? []) emit(c);
  };
  for (const f of findings) if (!placed.has(f)) emit(f);
  // A cycle (never built here, but cheap to guard) would leave findings out: keep them.
  for (const f of findings) if (!seen.has(f)) out.push(f);
  findings.splice(0, findings.length, ...out);
  return findings;
}

function causeOf(f: Placed): Location | undefined {
  const c = f.data?.causedBy as Location | undefined;
  return c && typeof c === 'object' && typeof c.file === 'string' ? c : undefined;
}
