// The ChangeReport: what `avtalesjekk endring` found between two versions (schemas/endring.schema.json describes its JSON).
import type { DataPath } from '../engine/issue.js';
import type { Citation, Finding, Lang, Location } from '../types.js';
import type { AuthorityChangeKind, ChangeArea, ChangeClass, ChangeKind, DeclaredChangeType, ReasonId } from './kinds.js';

/** One body (or group of bodies) that adopts. */
export interface Adopter {
  /** `councils`: every party kommune's council; `health-trust-board`: the HF board; `body`: a body by id or kind. */
  type: 'councils' | 'health-trust-board' | 'body';
  /** `kommunestyre`, `hf-styre`, or the body's id (or kind) as the agreement writes it. */
  id: string;
  /** In the report's language: "alle 4 kommunestyrer", "styret i Helse Fjordvik HF", "Politisk samarbeidsutvalg (PSU)". */
  name: string;
  /** For councils: how many. */
  count?: number;
}

/** Who adopts, and on what basis. */
export interface AdoptionPath {
  /**
   * `law`: HOL § 6-1 (every council itself and the HF board); `agreement`: a rule under `vedtaksmyndighet` in the version
   * in force (the old one); `parties`: no rule delegates it, so the parties adopt it as they adopted the agreement.
   */
  basis: 'law' | 'agreement' | 'parties';
  adopters: Adopter[];
  recommendedBy?: Adopter;
  unanimous: boolean;
  /** "PSU kan vedta etter innstilling fra ASU" in the report's language. */
  text: string;
  /** For `agreement`: where the rule is written (in the old version) and the clause it cites. */
  rule?: { location: Location; reference?: string };
  citation?: Citation;
}

/** Which bodies must adopt one change. */
export interface ChangeAdoption {
  /** The document the change belongs to; changes in the main file belong to the overarching agreement. */
  document: { id: string; type: string; title: string };
  /** The kind of case, as `vedtaksmyndighet[].endringer` names it. */
  changeKind: AuthorityChangeKind;
  law?: AdoptionPath;
  agreement?: AdoptionPath;
  /** The path that must be followed: law when it applies, else the agreement's rule, else the parties themselves. */
  required: AdoptionPath;
}

export interface ChangeReason {
  id: ReasonId;
  /** `law` cannot be overridden; `default` follows LAW.md § 7; `agreement` is an `endringsregler` entry. */
  source: 'law' | 'default' | 'agreement';
  text: string;
  /** For `agreement`: where the rule is written, and the clause it cites. */
  location?: Location;
  reference?: string;
  /** True when an `endringsregler` entry asked for `mindre` but the reason is fixed by law. */
  overrideIgnored?: boolean;
}

/** One semantic change between the two versions. */
export interface Change {
  kind: ChangeKind;
  area: ChangeArea;
  classification: ChangeClass;
  reason: ChangeReason;
  /** A sentence in the report's language. */
  message: string;
  /** The id of what changed: a document id, kommunenummer, measure id, body id, § 6-2 requirement id, field name. */
  subject: string;
  before?: string;
  after?: string;
  /** Which version `path` and `location` point into: the new one, or the old one for removals. */
  side: 'old' | 'new';
  path: DataPath;
  location: Location;
  /** For changed things: where it was written in the old version. */
  oldLocation?: Location;
  adoption: ChangeAdoption;
}

export interface SetSummary {
  file: string;
  title: string;
  version?: string;
  files: string[];
}

export interface DeclaredChange {
  type: DeclaredChangeType;
  description?: string;
  location: Location;
  /** Who adopts a change of the declared type to the overarching agreement. */
  adoption: AdoptionPath;
}

/** The whole result of comparing two versions. */
export interface ChangeReport {
  diffVersion: 1;
  tool: { name: string; version: string };
  lang: Lang;
  asOf: string;
  old: SetSummary;
  new: SetSummary;
  /** The new version's own `avtale.endring`, or null when it declares none. */
  declared: DeclaredChange | null;
  changes: Change[];
  /** `review`: changes to assess («må vurderes»), present when there are any. */
  counts: { total: number; material: number; minor: number; review?: number };
  /** The highest class of any change, or `none`. */
  classification: ChangeClass | 'none';
  adoption: {
    /** Every path that must be followed; when the councils must adopt, that one path covers everything. */
    required: AdoptionPath[];
    /** "Den nye versjonen må vedtas av …" in the report's language. */
    summary: string;
    /** Whether the declared change type covers every change; null when nothing is declared. */
    sufficient: boolean | null;
  };
  findings: Finding[];
  /** 0: the declared path suffices (or nothing to object to); 1: an error finding. */
  exitCode: 0 | 1;
}
