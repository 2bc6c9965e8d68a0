// The requirement catalogue (schemas/krav.json), typed, with helpers to read it in one language.
import { loadSchemaFile } from '../schemas.js';
import type { Citation, Lang, LocalText, Severity } from '../types.js';

export type RequirementKind = 'coverage' | 'joint-measures' | 'parties' | 'adoption';

export interface CatalogueCitation {
  source: string;
  paragraph?: string;
  ledd?: number;
  nr?: number;
  ref: LocalText;
  url: string;
}

export interface CatalogueElement {
  id: string;
  title: LocalText;
  /** `statutory`: named by the law's own words, so it decides the status; `recommended`: advice, never lowers it. */
  basis: 'statutory' | 'recommended';
  /** Key into `sources`: where the element comes from (hol, veileder, praksis, …). */
  source: string;
  /** Part of the item (or recommended) only from this date (YYYY-MM-DD). */
  since?: string;
}

/** One legal requirement, exactly as written in schemas/krav.json. */
export interface RequirementEntry {
  id: string;
  kind: RequirementKind;
  item?: number;
  title: LocalText;
  summary: LocalText;
  citation: CatalogueCitation;
  seeAlso?: CatalogueCitation[];
  severity: Severity;
  inForce: { from: string; transitionUntil?: string; transitionSeverity?: Severity; transitionVerified?: boolean };
  verified: boolean;
  fields?: string[];
  elements?: CatalogueElement[];
  snippet?: string;
}

export interface Source {
  name: LocalText;
  short: string;
  lovdataId?: string;
  /** Absent for practice seen across many agreements. */
  url?: string;
}

/** What a policy rule rests on; reports label `recommendation` and `practice` findings so they are not read as law. */
export type RuleStanding = 'law' | 'agreement' | 'recommendation' | 'practice' | 'upkeep';

/** A policy rule with its texts and citation, as written in schemas/krav.json (`rules`). */
export interface PolicyRuleEntry {
  id: string;
  category: 'authority' | 'governance' | 'stale' | 'consistency';
  title: LocalText;
  summary: LocalText;
  citation?: CatalogueCitation;
  seeAlso?: CatalogueCitation[];
  basis?: LocalText;
  standing: RuleStanding;
  severity: Severity;
  verified: boolean;
}

export interface Catalogue {
  catalogueVersion: string;
  sources: Record<string, Source>;
  requirements: RequirementEntry[];
  rules: PolicyRuleEntry[];
}

/** The catalogue shipped with the package. */
export function loadCatalogue(): Catalogue {
  return loadSchemaFile('krav.json') as Catalogue;
}

/** The requirement with this id, or undefined. */
export function findRequirement(catalogue: Catalogue, id: string): RequirementEntry | undefined {
  return catalogue.requirements.find((r) => r.id === id);
}

/** The policy rule with this id, or undefined. */
export function findPolicyRule(catalogue: Catalogue, id: string): PolicyRuleEntry | undefined {
  return catalogue.rules.find((r) => r.id === id);
}

/** A citation in one language: "helse- og omsorgstjenesteloven § 6-2 første ledd nr. 5" with its URL. */
export function citationIn(catalogue: Catalogue, citation: CatalogueCitation, lang: Lang): Citation {
  const source = catalogue.sources[citation.source];
  return { law: source ? source.name[lang] : citation.source, ref: citation.ref[lang], url: citation.url };
}

/** Short label for a requirement: "nr. 5" for § 6-2 items, else the id. */
export function shortLabel(entry: RequirementEntry): string {
  return entry.item !== undefined ? `nr. ${entry.item}` : entry.id;
}

/** The statutory parts of an item in force on `asOf`: sub-topics the law's own words name. */
export function statutoryParts(entry: RequirementEntry, asOf: string): CatalogueElement[] {
  return (entry.elements ?? []).filter((e) => e.basis === 'statutory' && (e.since === undefined || e.since <= asOf));
}

/** The recommended elements of an item in force on `asOf` (from the guide and practice). */
export function recommendedElements(entry: RequirementEntry, asOf: string): CatalogueElement[] {
  return (entry.elements ?? []).filter((e) => e.basis === 'recommended' && (e.since === undefined || e.since <= asOf));
}
