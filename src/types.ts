// Shared types of the checker: findings, locations, requirement results and the report.

/** How serious a finding is. `error` fails by default; `--fail-on warning` also fails on warnings. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Languages for messages: bokmål (default), nynorsk, English. */
export type Lang = 'nb' | 'nn' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

/** A text in all three languages. */
export type LocalText = Record<Lang, string>;

/**
 * The parameters of a message: filled into its `{name}` placeholders when the text is rendered. A LocalText is read
 * in the report's language; a string starting with `@` names another message. The same in every language.
 */
export type MessageParams = Record<string, string | number | LocalText>;

/** A place in a file. All numbers are 1-based; end is exclusive of nothing (the last character's column + 1). */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A law citation, resolved to the report's language. */
export interface Citation {
  law: string;
  ref: string;
  url: string;
}

/** One thing the checker reports. The message and hint are already in the report's language. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  hint?: string;
  /** The i18n id `message` was rendered from, with its parameters: the same in every language (set by `check`). */
  messageId?: string;
  params?: MessageParams;
  /** The i18n id and parameters `hint` was rendered from. */
  hintId?: string;
  hintParams?: MessageParams;
  location: Location;
  citation?: Citation;
  data?: Record<string, unknown>;
}

/**
 * Per-requirement outcome. A requirement that could not be checked (a file of its set has a YAML syntax error, or the
 * main file is not a map) is `not-checked`: never `satisfied`, never counted as a pass.
 */
export type RequirementStatus = 'satisfied' | 'partial' | 'missing' | 'not-yet-in-force' | 'suppressed' | 'not-checked';

/** Where a requirement is covered: one coverage entry that points at an existing document. */
export interface CoverageRef {
  documentId: string;
  documentTitle: string;
  documentNumber?: string;
  sectionId?: string;
  sectionTitle?: string;
  elements: string[];
  /** Where the coverage entry is written. */
  location: Location;
  /** Where the document (or section) itself is written. */
  documentLocation: Location;
}

export interface RequirementResult {
  id: string;
  /** The main file of the agreement set the result belongs to. */
  agreement: string;
  title: string;
  status: RequirementStatus;
  severity: Severity;
  citation: Citation;
  /** False when a fact behind the requirement is unverified: reports say "check this". */
  verified: boolean;
  coverage: CoverageRef[];
  /** Recommended elements not found and not marked as not relevant (ids). */
  missingElements: string[];
  /** Recommended elements marked as not relevant. */
  notRelevant: string[];
  /** A short sentence on what was found, in the report's language. */
  detail: string;
  /** The i18n id and parameters `detail` was rendered from (set by `check`). */
  detailId?: string;
  detailParams?: MessageParams;
}

/**
 * `unknown`: the file says it is not known (utfall: ukjent), or the decision's date cannot be placed before the as-of date.
 * `terminated`: the party has terminated (sagt opp) the agreement. `counter-proposal`: adopted with changes (vedtatt med endringer).
 */
export type PartyAdoptionStatus = 'adopted' | 'rejected' | 'not-adopted' | 'older-version' | 'unknown' | 'terminated' | 'counter-proposal';

/** One party's standing with the overarching agreement's version in force. */
export interface PartyAdoption {
  /** The kommunenummer, `hf`, or a co-party's id. */
  party: string;
  name: string;
  /** `medpart`: another health-side party that adopts for itself (a second health trust, a private non-profit hospital). */
  kind: 'kommune' | 'hf' | 'medpart';
  status: PartyAdoptionStatus;
  /** For `adopted`: the earlier version the party adopted, carried forward by a minor change a joint body adopted under its mandate. */
  carriedFrom?: string;
  /** For `terminated`: the last day the agreement binds the party, when the notice period and the date are known. */
  endsOn?: string;
  /** For `counter-proposal`: what the party changed, as the file says. */
  deviation?: string;
  /** The decision was an urgent one (kommuneloven § 11-8). */
  urgent?: boolean;
  /** The version the party adopted (for `older-version`, the older one). */
  version?: string;
  date?: string;
  body?: string;
  caseNumber?: string;
  /** Where the record the status rests on is written. */
  location?: Location;
}

/** Adoption of one agreement set's overarching document by every party (HOL § 6-1). */
export interface AdoptionResult {
  agreement: string;
  documentId: string;
  documentTitle: string;
  version: string;
  /** Councils that adopted the version in force, of all kommuner. */
  adopted: number;
  total: number;
  healthTrustAdopted: boolean | null;
  /** "17 av 20 kommunestyrer har vedtatt versjon 2025; …" in the report's language. */
  summary: string;
  /** The i18n id and parameters `summary` was rendered from (set by `check`). */
  summaryId?: string;
  summaryParams?: MessageParams;
  parties: PartyAdoption[];
}

/** Summary of one agreement set. */
export interface AgreementSummary {
  file: string;
  title: string;
  version?: string;
  files: string[];
  /** Requirements per status. `not-checked` is always written by the checker; optional so older reports still type-check. */
  counts: Record<Exclude<RequirementStatus, 'not-checked'>, number> & { 'not-checked'?: number; total: number };
  /** What the file records about the set's history and dispute path; absent when it records none. */
  history?: AgreementHistory;
}

/** Former names, superseded versions, parent documents and the dispute path, as the agreement file records them. */
export interface AgreementHistory {
  formerNames?: string[];
  disputePath?: { step: string; type?: string; document?: string; section?: string }[];
  documents?: {
    id: string;
    title: string;
    /** The document it rests on (`hoerer_under`), and the clause. */
    parent?: string;
    parentTitle?: string;
    clause?: string;
    formerNames?: string[];
    supersededVersions?: { version: string; adopted?: string; inForce?: string }[];
    /** `noen`: made with some of the kommuner; `per-kommune`: a template each kommune signs. */
    scope?: 'noen' | 'per-kommune';
  }[];
  bodies?: { id: string; name: string; formerNames: string[] }[];
}

/** A finding silenced by `# avtalesjekk-ignore <rule-id>: <reason>`; still counted and listed in every report. */
export interface SuppressedFinding extends Finding {
  /** The reason written in the comment. */
  reason: string;
  /** Where the suppression comment is. */
  suppressedBy: Location;
}

export interface ReportCounts {
  error: number;
  warning: number;
  info: number;
}

/** The whole result of a run; the JSON format writes it as it is (see schemas/rapport.schema.json). */
export interface Report {
  reportVersion: 1;
  tool: { name: string; version: string };
  lang: Lang;
  asOf: string;
  failOn: Severity;
  agreements: AgreementSummary[];
  requirements: RequirementResult[];
  adoption: AdoptionResult[];
  findings: Finding[];
  /** Findings silenced by inline comments (not in `findings`, not in `counts`, never dropped silently). */
  suppressed: SuppressedFinding[];
  counts: ReportCounts;
  /** 0 compliant, 1 findings at or above failOn. (2 never appears in a report: then there is none.) */
  exitCode: 0 | 1;
}
