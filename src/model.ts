// Typed, defensive views of the composed agreement data; wrongly typed parts are skipped (the schema reports them).
import type { DataPath } from './engine/issue.js';

export type Data = Record<string, unknown>;

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NOT_BLANK = /\S/;

export function text(value: unknown): string | undefined {
  // /\S/ is true exactly when trim() would leave something, without copying the text.
  return typeof value === 'string' && NOT_BLANK.test(value) ? value : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Caches a view per data object. The data does not change while it is checked, and rules and evaluators ask for
 * the same views many times per set (documents once per requirement, say); callers treat views as read-only.
 */
function memo<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}

export interface SectionView {
  id: string;
  title?: string;
  path: DataPath;
}

export interface DocumentView {
  id: string;
  type?: string;
  title?: string;
  number?: string;
  version?: string;
  adopted?: string;
  inForce?: string;
  sections: SectionView[];
  path: DataPath;
  raw: Data;
}

/** Documents with an id (included ones already composed in). */
export const documents = memo((data: Data): DocumentView[] => {
  const out: DocumentView[] = [];
  for (const [i, d] of list(data.dokumenter).entries()) {
    if (!isRecord(d)) continue;
    const id = text(d.id);
    if (id === undefined) continue;
    const path = ['dokumenter', i];
    const sections: SectionView[] = [];
    for (const [j, s] of list(d.seksjoner).entries()) {
      const sid = isRecord(s) ? scalarText(s.id) : undefined;
      if (sid !== undefined) sections.push({ id: sid, title: text((s as Data).tittel), path: [...path, 'seksjoner', j] });
    }
    out.push({ id, type: text(d.type), title: text(d.tittel), number: text(d.nummer), version: text(d.versjon), adopted: text(d.vedtatt), inForce: text(d.i_kraft), sections, path, raw: d });
  }
  return out;
});

export interface NotRelevantView {
  element: string;
  reason?: string;
}

export interface CoverageView {
  requirementId: string;
  documentId?: string;
  sectionId?: string;
  elements: string[];
  notRelevant: NotRelevantView[];
  path: DataPath;
}

/** Entries under `dekning` that name a requirement. */
export const coverageEntries = memo((data: Data): CoverageView[] => {
  const out: CoverageView[] = [];
  for (const [i, c] of list(data.dekning).entries()) {
    if (!isRecord(c)) continue;
    const requirementId = text(c.krav);
    if (requirementId === undefined) continue;
    const elements = list(c.elementer).filter((e): e is string => typeof e === 'string');
    const notRelevant = list(c.ikke_relevant)
      .filter(isRecord)
      .flatMap((n): NotRelevantView[] => {
        const element = text(n.element);
        const reason = text(n.begrunnelse);
        return element === undefined ? [] : [reason === undefined ? { element } : { element, reason }];
      });
    out.push({ requirementId, documentId: text(c.dokument), sectionId: scalarText(c.seksjon), elements, notRelevant, path: ['dekning', i] });
  }
  return out;
});

export interface JointMeasureView {
  id?: string;
  name?: string;
  fields: Record<string, string | undefined>;
  path: DataPath;
}

export function jointMeasures(data: Data, fields: readonly string[]): JointMeasureView[] {
  return list(data.samarbeidstiltak).flatMap((m, i) => {
    if (!isRecord(m)) return [];
    const values = Object.fromEntries(fields.map((f) => [f, text(m[f])]));
    return [{ id: text(m.id), name: text(m.navn), fields: values, path: ['samarbeidstiltak', i] }];
  });
}

export interface MunicipalityView {
  name?: string;
  /** The kommunenummer as written, when it is text. */
  number?: string;
  path: DataPath;
}

export interface PartiesView {
  present: boolean;
  healthTrust?: { name?: string; path: DataPath };
  municipalities: MunicipalityView[];
  jointSignatories: { id?: string; municipalities: { number: string; path: DataPath }[]; path: DataPath }[];
  /** Other health-side parties (`medparter`) that adopt the agreement themselves: a second health trust, a private non-profit hospital. */
  coParties: { id?: string; name?: string; kind?: string; path: DataPath }[];
}

export const parties = memo((data: Data): PartiesView => {
  const p = data.parter;
  if (!isRecord(p)) return { present: false, municipalities: [], jointSignatories: [], coParties: [] };
  const hf = isRecord(p.helseforetak) ? { name: text(p.helseforetak.navn), path: ['parter', 'helseforetak'] } : undefined;
  const municipalities = list(p.kommuner).flatMap((k, i) =>
    isRecord(k) ? [{ name: text(k.navn), number: typeof k.kommunenummer === 'string' ? k.kommunenummer : undefined, path: ['parter', 'kommuner', i] }] : [],
  );
  const jointSignatories = list(p.felles_signatarer).flatMap((s, i) => {
    if (!isRecord(s)) return [];
    const path = ['parter', 'felles_signatarer', i];
    const numbers = list(s.kommuner).flatMap((n, j) => (typeof n === 'string' ? [{ number: n, path: [...path, 'kommuner', j] }] : []));
    return [{ id: text(s.id), municipalities: numbers, path }];
  });
  const coParties = list(p.medparter).flatMap((c, i) => (isRecord(c) ? [{ id: text(c.id), name: text(c.navn), kind: text(c.type), path: ['parter', 'medparter', i] }] : []));
  return { present: true, healthTrust: hf, municipalities, jointSignatories, coParties };
});

/** A kommune's name without a trailing «kommune», for messages that add the word themselves («Fjordvik kommune (4991)»). */
export function kommuneStem(name: string): string {
  return name.replace(/\s+kommune$/i, '');
}

/** The agreement's adoption date (avtale.vedtatt), if written as text. */
export function agreementAdopted(data: Data): string | undefined {
  return isRecord(data.avtale) ? text(data.avtale.vedtatt) : undefined;
}

/** A scalar id written as text or number (section ids like 4 or "4.3"). */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value);
}

/** Body kinds that are a party's own council or board (the only ones that may enter the agreement, HOL § 6-1). */
export const COUNCIL_KINDS = ['kommunestyre', 'bystyre'] as const;
export const BOARD_KINDS = ['hf-styre'] as const;

export interface BodyView {
  id: string;
  name?: string;
  kind?: string;
  level?: string;
  party?: string;
  /** `rightsStated` is false when the group's `rettigheter` are not written down: its rights are unknown, not none. */
  composition: { group?: string; seats?: number; rights: string[]; rightsStated: boolean; path: DataPath }[];
  rotation?: string;
  path: DataPath;
}

/** Bodies under `organer` that have an id. */
export const bodies = memo((data: Data): BodyView[] => {
  return list(data.organer).flatMap((b, i) => {
    if (!isRecord(b) || text(b.id) === undefined) return [];
    const path = ['organer', i];
    const composition = list(b.sammensetning).flatMap((g, j) =>
      isRecord(g) ? [{ group: text(g.gruppe), seats: typeof g.plasser === 'number' ? g.plasser : undefined, rights: list(g.rettigheter).filter((r): r is string => typeof r === 'string'), rightsStated: Array.isArray(g.rettigheter), path: [...path, 'sammensetning', j] }] : [],
    );
    const lead = isRecord(b.ledelse) ? text(b.ledelse.rotasjon) : undefined;
    return [{ id: text(b.id)!, name: text(b.navn), kind: text(b.type), level: text(b.niva), party: text(b.part), composition, rotation: lead, path }];
  });
});

/**
 * The kind of body an adoption record or authority rule names: a body id under `organer` resolves to its `type`;
 * a generic kind (kommunestyre, hf-styre, formannskap, …) is itself.
 */
export function bodyKind(data: Data, name: string): string {
  let kinds = bodyKinds.get(data);
  if (!kinds) {
    kinds = new Map();
    // The first body with an id wins, as a search through the list would find it.
    for (const b of bodies(data)) if (!kinds.has(b.id)) kinds.set(b.id, b.kind);
    bodyKinds.set(data, kinds);
  }
  return kinds.get(name) ?? name;
}

/** Body id → kind per agreement set (rules ask for the kind of every record's body; the data does not change during a check). */
const bodyKinds = new WeakMap<Data, Map<string, string | undefined>>();

export interface AuthorityRuleView {
  documentKinds: string[];
  changeKinds: string[];
  adoptedBy: string[];
  recommendedBy?: string;
  /** Every body the rule names under `innstilling_fra` (one name or a list). */
  recommenders: string[];
  /** `kan` when the rule only allows an innstilling; `skal` (the default) when it requires one. */
  recommendation: 'skal' | 'kan';
  /** `enstemmig: true`; `konsensus: true` in a general delegation means the same. */
  unanimous: boolean;
  /** The period the rule was in force (`gyldig_fra`, `gyldig_til`), dates possibly known only to the year or month. */
  from?: string;
  until?: string;
  /** The named documents (ids) the rule is limited to; empty when it applies to every document of its types. */
  documentIds: string[];
  /** Topics the rule is limited to, as free text (shown, not matched). */
  topics: string[];
  /** The id of the decision that gave the mandate (`kildevedtak`), for a general delegation. */
  source?: string;
  path: DataPath;
}

export const authorityRules = memo((data: Data): AuthorityRuleView[] => {
  const strings = (v: unknown) => list(v).filter((s): s is string => typeof s === 'string');
  return list(data.vedtaksmyndighet).flatMap((r, i) =>
    isRecord(r)
      ? [{
          documentKinds: strings(r.dokumenttyper),
          changeKinds: strings(r.endringer),
          adoptedBy: strings(r.vedtas_av),
          recommendedBy: text(r.innstilling_fra) ?? strings(r.innstilling_fra)[0],
          recommenders: typeof r.innstilling_fra === 'string' ? [r.innstilling_fra] : strings(r.innstilling_fra),
          recommendation: r.innstilling === 'kan' ? 'kan' : 'skal',
          unanimous: r.enstemmig === true || r.konsensus === true,
          ...(text(r.gyldig_fra) !== undefined ? { from: text(r.gyldig_fra)! } : {}),
          ...(text(r.gyldig_til) !== undefined ? { until: text(r.gyldig_til)! } : {}),
          documentIds: strings(r.dokumenter),
          topics: strings(r.emner),
          ...(text(r.kildevedtak) !== undefined ? { source: text(r.kildevedtak)! } : {}),
          path: ['vedtaksmyndighet', i],
        }]
      : [],
  );
});

export interface RecordView {
  id?: string;
  body: string;
  party?: string;
  date?: string;
  caseNumber?: string;
  outcome?: string;
  /** The version the record is about; defaults to the document's current version. */
  version?: string;
  change?: string;
  recommendation?: string;
  /** `innstilling` for a recommendation to another body; otherwise a decision. */
  role: 'vedtak' | 'innstilling';
  unanimous?: boolean;
  /** A decision under kommuneloven § 11-8 (hastekompetanse). */
  urgent?: boolean;
  /** What a party changed when it adopted the text with changes (`avvik`). */
  deviation?: string;
  path: DataPath;
}

/** Adoption records (`vedtak`) of a document, with the version defaulted to the document's own. */
export const records = memo((document: DocumentView): RecordView[] => {
  return list(document.raw.vedtak).flatMap((v, k) => {
    if (!isRecord(v) || text(v.organ) === undefined) return [];
    const version = text(v.versjon) ?? document.version;
    return [{
      id: text(v.id),
      body: text(v.organ)!,
      party: typeof v.part === 'number' ? String(v.part) : text(v.part),
      date: text(v.dato),
      caseNumber: text(v.saksnummer),
      outcome: text(v.utfall),
      ...(version !== undefined ? { version } : {}),
      change: text(v.endring),
      recommendation: text(v.innstilling),
      role: v.rolle === 'innstilling' ? 'innstilling' : 'vedtak',
      unanimous: typeof v.enstemmig === 'boolean' ? v.enstemmig : undefined,
      ...(v.hastevedtak === true ? { urgent: true } : {}),
      ...(text(v.avvik) !== undefined ? { deviation: text(v.avvik)! } : {}),
      path: [...document.path, 'vedtak', k],
    }];
  });
});
