// SARIF 2.1.0 formatter for GitHub code scanning and other SARIF viewers: one run, rules from the catalogue, 1-based regions.
import { createHash } from 'node:crypto';
import { cmp } from '../engine/order.js';
import { t } from '../i18n/index.js';
import type { RuleInfo } from '../rules/registry.js';
import type { Finding, Lang, Location, Severity, SuppressedFinding } from '../types.js';
import { findingText, naturalCompare, registryOrder, ruleText, rulesOf, slashPath } from './ci-common.js';
import type { Formatter } from './common.js';
import { escapeMarkdown } from './markdown.js';

/** Where `$schema` points: the SARIF 2.1.0 schema as published for editors and validators. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The package's page; the project has no other public home yet. */
export const TOOL_INFORMATION_URI = 'https://www.npmjs.com/package/avtalesjekk';
/** The uriBaseId relative artifact URIs are resolved against (the checkout's root in GitHub code scanning). */
export const SRCROOT = '%SRCROOT%';
/** The partialFingerprints key; bump the version when the recipe in {@link fingerprints} changes. */
export const FINGERPRINT_KEY = 'avtalesjekk/v2';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Fingerprints for `findings` (same order), stable across runs, checkouts and line shifts.
 *
 * The recipe (v2): SHA-256 over the rule id, the file's relative path (forward slashes) and the message's id with its
 * parameters (keys sorted), every run of digits replaced by `#`, cut to 32 hex digits; then `:n`, the finding's rank
 * (1, 2, …) among findings with the same hash, ordered by line and column. No line number, absolute path, time, as-of
 * date or language goes in, so inserting an unrelated line above a finding, checking the same repository in another
 * folder or switching `--lang` keeps it; digits are dropped because parameters hold counts, dates and `file:line`
 * references that change without the problem changing. A finding without a message id (a report built by hand) is
 * hashed by its message text instead, digits dropped and white space collapsed, as in v1.
 */
export function fingerprints(findings: readonly Finding[]): string[] {
  const hashes = findings.map((f) => {
    const words = f.messageId !== undefined ? `${f.messageId}\u0000${canonical(f.params ?? {})}` : f.message.replace(/\s+/g, ' ').trim();
    const message = words.replace(/\d+/g, '#');
    return createHash('sha256').update([f.ruleId, slashPath(f.location.file), message].join('\u0000')).digest('hex').slice(0, 32);
  });
  const order = findings.map((_, i) => i).sort((a, b) => {
    const fa = findings[a]!.location;
    const fb = findings[b]!.location;
    return fa.line - fb.line || fa.column - fb.column || a - b;
  });
  const seen = new Map<string, number>();
  const out: string[] = new Array<string>(findings.length);
  for (const i of order) {
    const n = (seen.get(hashes[i]!) ?? 0) + 1;
    seen.set(hashes[i]!, n);
    out[i] = `${hashes[i]!}:${n}`;
  }
  return out;
}

/** A relative report path as a URI reference (each segment percent-encoded); an absolute path as a file: URI. */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = slashPath(file);
  const drive = /^[A-Za-z]:\//.test(path);
  const segments = path.split('/').map((s, i) => (drive && i === 0 ? s : encodeURIComponent(s)));
  if (drive) return { uri: `file:///${segments.join('/')}` };
  if (path.startsWith('/')) return { uri: `file://${segments.join('/')}` };
  return { uri: segments.join('/'), uriBaseId: SRCROOT };
}

/** A SARIF region from a 1-based location; the end column is exclusive in both. Guards against inverted ends. */
function region(l: Location): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const startLine = Math.max(1, l.line);
  const startColumn = Math.max(1, l.column);
  const endLine = Math.max(startLine, l.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, l.endColumn) : Math.max(1, l.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function physicalLocation(l: Location) {
  return { physicalLocation: { artifactLocation: artifactLocation(l.file), region: region(l) } };
}

/** A reportingDescriptor for `id`, with texts from the catalogue or registry (or the bare id for an unknown rule). */
function descriptor(registry: readonly RuleInfo[], id: string, lang: Lang, fallback: Severity) {
  const r = ruleText(registry, id, lang);
  const title = r?.title ?? id;
  const label = t(lang, 'explain.citation');
  const cite = r?.citation;
  const text = [r?.summary ?? title, ...(cite ? [`${label}: ${cite.law} ${cite.ref} (${cite.url})`] : [])].join('\n\n');
  const markdown = [escapeMarkdown(r?.summary ?? title), ...(cite ? [`${label}: [${escapeMarkdown(`${cite.law} ${cite.ref}`)}](${cite.url})`] : [])].join('\n\n');
  return {
    id,
    name: id,
    shortDescription: { text: title },
    ...(r?.summary ? { fullDescription: { text: r.summary } } : {}),
    ...(cite ? { helpUri: cite.url } : {}),
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[r?.severity ?? fallback] },
    ...(r?.category ? { properties: { tags: [r.category] } } : {}),
  };
}

export const formatSarif: Formatter = (report, options) => {
  const { lang } = options;
  const registry = rulesOf(options);
  const all: (Finding | SuppressedFinding)[] = [...report.findings, ...report.suppressed];
  const order = registryOrder(registry);
  const position = new Map(order.map((id, i) => [id, i]));
  const ids = [...new Set(all.map((f) => f.ruleId))].sort((a, b) => (position.get(a) ?? Infinity) - (position.get(b) ?? Infinity) || naturalCompare(a, b));
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => descriptor(registry, id, lang, all.find((f) => f.ruleId === id)!.severity));
  const prints = fingerprints(all);

  const results = all.map((f, i) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: LEVEL[f.severity],
    message: { text: findingText(f, lang) },
    locations: [physicalLocation(f.location)],
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
    ...('reason' in f ? { suppressions: [{ kind: 'inSource', justification: f.reason, location: physicalLocation(f.suppressedBy) }] } : {}),
  }));

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, informationUri: TOOL_INFORMATION_URI, rules } },
      language: lang,
      columnKind: 'utf16CodeUnits',
      results,
      properties: { asOf: report.asOf, failOn: report.failOn },
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** JSON with object keys in code-unit order, so equal parameters give equal text whatever order they were written in. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => cmp(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
