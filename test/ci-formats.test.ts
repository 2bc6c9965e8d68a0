// The CI formats: SARIF (valid against the SARIF 2.1.0 schema, stable fingerprints), GitHub workflow commands (10 per level), JUnit XML.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/format/index.js';
import { escapeData, escapeProperty, formatGithub } from '../src/format/github.js';
import { formatJunit, jenkinsClassName, xmlAttr, xmlText } from '../src/format/junit.js';
import { FINGERPRINT_KEY, artifactLocation, fingerprints, formatSarif } from '../src/format/sarif.js';
import type { Finding, Report, Severity } from '../src/types.js';
import { sampleReport } from './helpers/report.js';
import { ROOT, runCli } from './helpers/run.js';

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const schemaFile = path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json');
const sarifSchema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { title: string };
// The vendored file declares JSON Schema 2020-12 and uses only keywords that mean the same in draft-07 and 2020-12.
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(sarifSchema);

const EXAMPLES = ['examples/eldre-2012/avtale.yaml', 'examples/formannskap/avtale.yaml'];
const CI_FORMATS = ['sarif', 'github', 'junit'] as const;

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; name: string; shortDescription: { text: string }; fullDescription?: { text: string }; helpUri?: string; help: { text: string; markdown: string }; defaultConfiguration: { level: string } }[] } }; results: SarifResult[]; language: string }[];
}

const parseSarif = (text: string) => JSON.parse(text) as SarifLog;

function expectValidSarif(text: string): void {
  const ok = validateSarif(JSON.parse(text));
  expect(ok, JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function copyExample(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-sarif-'));
  temps.push(dir);
  cpSync(path.join(ROOT, 'examples', name), path.join(dir, name), { recursive: true });
  return dir;
}

describe('snapshots of the sample report', () => {
  for (const lang of ['nb', 'en'] as const) {
    for (const name of CI_FORMATS) {
      it(`${name} (${lang})`, () => {
        expect(FORMATS[name]({ ...sampleReport(), lang }, { lang })).toMatchSnapshot();
      });
    }
  }

  it('every CI format is deterministic and leaves the report unchanged', () => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    for (const name of CI_FORMATS) for (const lang of ['nb', 'nn', 'en'] as const) expect(FORMATS[name](report, { lang })).toBe(FORMATS[name](sampleReport(), { lang }));
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe('sarif', () => {
  it('vendors the SARIF 2.1.0 schema', () => {
    expect(sarifSchema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
  });

  it('the schema check can fail: a result without a message is rejected', () => {
    const log = parseSarif(formatSarif(sampleReport(), { lang: 'nb' }));
    delete (log.runs[0]!.results[0] as Partial<SarifResult>).message;
    expect(validateSarif(log)).toBe(false);
    const bad = parseSarif(formatSarif(sampleReport(), { lang: 'nb' }));
    bad.runs[0]!.results[0]!.level = 'info';
    expect(validateSarif(bad)).toBe(false);
  });

  it.each(['nb', 'nn', 'en'] as const)('the sample report validates against the schema (%s)', (lang) => {
    expectValidSarif(formatSarif({ ...sampleReport(), lang }, { lang }));
  });

  it.each(EXAMPLES)('a real report of %s validates, from --format sarif and from the JSON report', async (file) => {
    const sarif = await runCli(['check', file, '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    expectValidSarif(sarif.stdout);
    const json = await runCli(['check', file, '--format', 'json']);
    const report = JSON.parse(json.stdout) as Report;
    expect(formatSarif(report, { lang: 'nb' })).toBe(sarif.stdout);
    const log = parseSarif(sarif.stdout);
    expect(log.runs[0]!.results).toHaveLength(report.findings.length + report.suppressed.length);
    for (const lang of ['nn', 'en'] as const) expectValidSarif((await runCli(['check', file, '--format', 'sarif', '--lang', lang])).stdout);
  });

  it('has one run with the driver, rules from the catalogue and results that point at them', () => {
    const log = parseSarif(formatSarif(sampleReport(), { lang: 'nb' }));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.language).toBe('nb');
    expect(run.tool.driver).toMatchObject({ name: 'avtalesjekk', version: '0.0.0-test' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    const rules = run.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(['schema', 'hol-6-2-nr5', 'hol-6-2-nr8', 'hol-6-2-nr9']);
    const nr8 = rules.find((r) => r.id === 'hol-6-2-nr8')!;
    expect(nr8.shortDescription.text).toBe('Jordmortjenester');
    expect(nr8.fullDescription?.text).toMatch(/jordmor/i);
    expect(nr8.helpUri).toMatch(/^https:\/\/lovdata\.no\//);
    expect(nr8.help.markdown).toContain(`](${nr8.helpUri})`);
    expect(nr8.help.text).toContain(nr8.helpUri);
    expect(nr8.defaultConfiguration.level).toBe('error');
    const schema = rules.find((r) => r.id === 'schema')!;
    expect(schema.shortDescription.text).toBe('Filformat (skjema)');
    expect(schema.helpUri).toBeUndefined();
    expect(schema.fullDescription).toBeUndefined();

    for (const result of run.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([['hol-6-2-nr8', 'error'], ['hol-6-2-nr5', 'warning'], ['schema', 'note'], ['hol-6-2-nr9', 'warning']]);
    const first = run.results[0]!;
    expect(first.message.text).toBe('§ 6-2 første ledd nr. 8 (Jordmortjenester) er ikke dekket av noe dokument.\nTips: Legg til en oppføring under «dekning:»\nmed «krav: hol-6-2-nr8».');
    expect(first.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'avtaler/%C3%B8st%7Cvest.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 18, startColumn: 1, endLine: 18, endColumn: 6 } });
  });

  it('lists suppressed findings as results with an inSource suppression and the reason', () => {
    const run = parseSarif(formatSarif(sampleReport(), { lang: 'en' })).runs[0]!;
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.ruleId).toBe('hol-6-2-nr9');
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'Behandles i ny IKT-avtale\nhøsten 2026 (æøå).', location: { physicalLocation: { artifactLocation: { uri: 'avtaler/%C3%B8st%7Cvest.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 39, startColumn: 3, endLine: 39, endColumn: 8 } } } }]);
  });

  it('artifact URIs are relative with forward slashes; absolute paths become file: URIs without a base', () => {
    expect(artifactLocation('avtaler\\dokumenter\\ta 3.yaml')).toEqual({ uri: 'avtaler/dokumenter/ta%203.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/srv/avtaler/a.yaml')).toEqual({ uri: 'file:///srv/avtaler/a.yaml' });
    expect(artifactLocation('C:\\avtaler\\a.yaml')).toEqual({ uri: 'file:///C:/avtaler/a.yaml' });
  });

  it('regions stay 1-based and never end before they start', () => {
    const report = sampleReport();
    report.findings[0]!.location = { file: 'a.yaml', line: 0, column: 0, endLine: 0, endColumn: 0 };
    const text = formatSarif(report, { lang: 'nb' });
    expectValidSarif(text);
    expect(parseSarif(text).runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });
});

describe('sarif fingerprints', () => {
  const printsOf = (text: string) => parseSarif(text).runs[0]!.results.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`);

  it('are identical across two runs and distinct within a run', async () => {
    for (const file of EXAMPLES) {
      const a = printsOf((await runCli(['check', file, '--format', 'sarif'])).stdout);
      const b = printsOf((await runCli(['check', file, '--format', 'sarif'])).stdout);
      expect(a.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
      expect(new Set(a).size).toBe(a.length);
      for (const p of a) expect(p).toMatch(/^\S+ [0-9a-f]{32}:\d+$/);
    }
  });

  it('do not depend on the folder the repository is checked out in', async () => {
    const one = copyExample('eldre-2012');
    const two = copyExample('eldre-2012');
    const a = await runCli(['check', 'eldre-2012/avtale.yaml', '--format', 'sarif'], one);
    const b = await runCli(['check', 'eldre-2012/avtale.yaml', '--format', 'sarif'], two);
    expect(a.stdout).not.toContain(one);
    expect(printsOf(b.stdout)).toEqual(printsOf(a.stdout));
    expect(printsOf(a.stdout).length).toBeGreaterThan(0);
  });

  it('stay the same when an unrelated line is inserted above the findings', async () => {
    const dir = copyExample('formannskap');
    const file = path.join(dir, 'formannskap/avtale.yaml');
    const before = await runCli(['check', 'formannskap/avtale.yaml', '--format', 'sarif'], dir);
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const firstLine = lines.findIndex((l) => !l.startsWith('#'));
    lines.splice(firstLine, 0, '# En ny kommentarlinje som ikke endrer noe.');
    writeFileSync(file, lines.join('\n'));
    const after = await runCli(['check', 'formannskap/avtale.yaml', '--format', 'sarif'], dir);
    const startLines = (t: string) => parseSarif(t).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine);
    expect(startLines(after.stdout)).toEqual(startLines(before.stdout).map((n) => n + 1));
    expect(printsOf(after.stdout)).toEqual(printsOf(before.stdout));
  });

  it('tell apart findings with the same rule, file and message by their order, and ignore digits', () => {
    const f = (line: number, message: string): Finding => ({ ruleId: 'schema', severity: 'error', message, location: { file: 'a.yaml', line, column: 1, endLine: line, endColumn: 2 } });
    const prints = fingerprints([f(9, 'Ukjent felt «x».'), f(3, 'Ukjent felt «x».'), f(5, 'Ukjent felt «y».')]);
    expect(prints[1]!.endsWith(':1')).toBe(true);
    expect(prints[0]!.endsWith(':2')).toBe(true);
    expect(prints[0]!.split(':')[0]).toBe(prints[1]!.split(':')[0]);
    expect(prints[2]!.split(':')[0]).not.toBe(prints[0]!.split(':')[0]);
    expect(fingerprints([f(4, 'Brukt før på a.yaml:12.')])).toEqual(fingerprints([f(40, 'Brukt før på a.yaml:13.')]));
  });
});

/** A report with `errors` error findings and `warnings` warning findings in reverse file order, half of them requirement findings. */
function bigReport(errors: number, warnings: number, infos = 0): Report {
  const findings: Finding[] = [];
  const add = (severity: Severity, n: number) => {
    for (let i = n; i >= 1; i--) {
      const requirement = i % 2 === 0;
      findings.push({ ruleId: requirement ? `hol-6-2-nr${(i % 13) + 1}` : 'schema', severity, message: `${severity} ${i}`, location: { file: `f${String(i).padStart(2, '0')}.yaml`, line: i, column: 1, endLine: i, endColumn: 4 } });
    }
  };
  add('warning', warnings);
  add('info', infos);
  add('error', errors);
  return { ...sampleReport(), findings, suppressed: [], counts: { error: errors, warning: warnings, info: infos } };
}

describe('github', () => {
  it('writes at most 10 errors and 10 warnings, most important first, then one notice with the rest', () => {
    const lines = formatGithub(bigReport(30, 30), { lang: 'nb' }).trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    const errors = lines.filter((l) => l.startsWith('::error '));
    const warnings = lines.filter((l) => l.startsWith('::warning '));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(lines.slice(0, 10)).toEqual(errors);
    expect(lines.slice(10, 20)).toEqual(warnings);
    // Requirement findings (even numbers) first, in file order: f02, f04, … f20.
    expect(errors.map((l) => /file=f(\d+)/.exec(l)![1])).toEqual(['02', '04', '06', '08', '10', '12', '14', '16', '18', '20']);
    for (const l of errors) expect(l).toMatch(/title=hol-6-2-nr\d+::/);
    expect(lines[20]).toBe('::notice title=avtalesjekk::Funn som ikke vises som merknader her: 40 (feil: 20, advarsler: 20, info: 0). Se hele listen i markdown-rapporten (sammendraget for steget).');
  });

  it('keeps the summary notice within the 10 notices: then at most 9 info findings', () => {
    const lines = formatGithub(bigReport(0, 0, 15), { lang: 'en' }).trimEnd().split('\n');
    const notices = lines.filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(10);
    expect(notices.at(-1)).toBe('::notice title=avtalesjekk::Findings not shown as annotations here: 6 (errors: 0, warnings: 0, info: 6). See the full list in the markdown report (the step summary).');
    expect(formatGithub(bigReport(1, 1, 10), { lang: 'en' }).trimEnd().split('\n').filter((l) => l.startsWith('::notice'))).toHaveLength(10);
  });

  it('writes no notice when every finding is shown and none is suppressed, and nothing for a clean report', () => {
    const out = formatGithub(bigReport(3, 2), { lang: 'nb' });
    expect(out.trimEnd().split('\n')).toHaveLength(5);
    expect(out).not.toContain('::notice');
    expect(formatGithub({ ...bigReport(0, 0), findings: [] }, { lang: 'nb' })).toBe('');
  });

  it('never annotates suppressed findings but counts them in the notice', () => {
    const out = formatGithub(sampleReport(), { lang: 'nb' });
    expect(out).not.toContain('IKT er delvis');
    expect(out.trimEnd().split('\n').at(-1)).toBe('::notice title=avtalesjekk::Undertrykt med «# avtalesjekk-ignore»: 1. Se hele listen i markdown-rapporten (sammendraget for steget).');
    const nn = formatGithub(sampleReport(), { lang: 'nn' });
    expect(nn.trimEnd().split('\n').at(-1)).toContain('Undertrykte med');
  });

  it('escapes messages and properties as the GitHub toolkit does', () => {
    expect(escapeData('100% ferdig\r\nny linje: a, b')).toBe('100%25 ferdig%0D%0Any linje: a, b');
    expect(escapeProperty('dir,a:b/100%.yaml\n')).toBe('dir%2Ca%3Ab/100%25.yaml%0A');
    const report = sampleReport();
    report.findings = [{ ruleId: 'schema', severity: 'error', message: 'Feil: 50% av «a, b»\nlinje 2', hint: 'Skriv «x».', location: { file: 'mappe,1\\a:b.yaml', line: 2, column: 3, endLine: 2, endColumn: 9 } }];
    report.suppressed = [];
    expect(formatGithub(report, { lang: 'nb' })).toBe('::error file=mappe%2C1/a%3Ab.yaml,line=2,col=3,endLine=2,endColumn=9,title=schema::Feil: 50%25 av «a, b»%0Alinje 2%0ATips: Skriv «x».\n');
  });
});

/** Counts of testcase outcomes and the attributes of every testsuite(s) element. */
function junitCounts(xml: string) {
  const cases = [...xml.matchAll(/<testcase [^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => m[2] ?? '');
  const attrs = [...xml.matchAll(/<(testsuites?) [^>]*tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)"/g)].map((m) => ({ el: m[1], tests: +m[2]!, failures: +m[3]!, errors: +m[4]!, skipped: +m[5]! }));
  return { tests: cases.length, failures: cases.filter((c) => c.includes('<failure')).length, skipped: cases.filter((c) => c.includes('<skipped')).length, attrs };
}

/** A small well-formedness check: balanced tags, only known entities, no raw control characters. */
function expectWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  expect(xml.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toContain('&');
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-z-]+)((?:\s+[a-zA-Z]+="[^"<]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<' || m[0] === '>') throw new Error(`stray ${m[0]} at ${m.index}`);
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
}

describe('junit', () => {
  it('has one test case per requirement and per other rule; a case fails exactly when the exit code is 1 because of it', () => {
    const xml = formatJunit(sampleReport(), { lang: 'nb' });
    expectWellFormed(xml);
    const c = junitCounts(xml);
    // nr3 passed, nr5 partial (warning, fail level error) → passed with output, nr8 missing → failure,
    // nr12 not in force → skipped, schema (info) → passed with output, hol-6-2-nr9 only suppressed → skipped.
    expect(c).toMatchObject({ tests: 6, failures: 1, skipped: 2 });
    for (const a of c.attrs) expect(a).toEqual({ el: a.el, tests: 6, failures: 1, errors: 0, skipped: 2 });
    expect(xml).toContain('<testcase classname="avtaler.øst|vest_yaml" name="hol-6-2-nr3 Innleggelse i sykehus" file="avtaler/øst|vest.yaml"/>');
    expect(xml).toMatch(/name="hol-6-2-nr8 Jordmortjenester" file="[^"]+">\s*<failure message="§ 6-2 første ledd nr. 8 \(Jordmortjenester\) er ikke dekket av noe dokument." type="missing">/);
    expect(xml).toMatch(/name="hol-6-2-nr5 Utskrivningsklare pasienter" file="[^"]+">\s*<system-out>Bestått: funnene er på nivå advarsel, under --fail-on error.\n/);
    expect(xml).toMatch(/name="schema [^"]*" file="[^"]+">\s*<system-out>Bestått: funnene er på nivå info, under --fail-on error.\n/);
    expect(xml).toMatch(/name="hol-6-2-nr12 Felles planlegging" file="[^"]+">\s*<skipped message="Ikke i kraft ennå: i kraft fra 2022-08-01.">/);
    expect(xml).toMatch(/name="hol-6-2-nr9 [^"]*" file="[^"]+">\s*<skipped message="Undertrykt: Behandles i ny IKT-avtale&#10;høsten 2026 \(æøå\).">/);
    // «delvis» is never skipped, at any fail level.
    for (const failOn of ['error', 'warning', 'info'] as const) expect(formatJunit({ ...sampleReport(), failOn }, { lang: 'nb' })).not.toMatch(/name="hol-6-2-nr5[^>]*>\s*<skipped/);
  });

  it('fails the same cases as the exit code: a case fails at a fail level exactly when the run would exit 1', async () => {
    for (const failOn of ['error', 'warning', 'info'] as const) {
      const run = await runCli(['check', 'examples/nordre-trondelag/avtale.yaml', '--format', 'junit', '--fail-on', failOn]);
      const failures = junitCounts(run.stdout).failures;
      expect(run.code, failOn).toBe(failures > 0 ? 1 : 0);
      if (failOn === 'error') expect(failures).toBe(0); // nordre-trondelag has only warnings
    }
  });

  it('class names survive Jenkins\' split at the last dot into folder and file', () => {
    expect(jenkinsClassName('examples/eldre-2012/avtale.yaml')).toBe('examples/eldre-2012.avtale_yaml');
    expect(jenkinsClassName('v1.2/avtale.v3.yml')).toBe('v1.2.avtale_v3_yml');
    expect(jenkinsClassName('avtale.yaml')).toBe('avtale_yaml');
    expect(jenkinsClassName('mappe\\avtale.yaml')).toBe('mappe.avtale_yaml');
  });

  it('a failing rule case says what failed: the first failing finding, and how many more', () => {
    const report = sampleReport();
    for (const line of [9, 12]) report.findings.push({ ruleId: 'schema', severity: 'error', message: `Ukjent felt «dekking» på linje ${line}.`, location: { file: 'avtaler/øst|vest.yaml', line, column: 1, endLine: line, endColumn: 8 } });
    const xml = formatJunit(report, { lang: 'en' });
    expect(xml).toMatch(/name="schema [^"]*" file="[^"]+">\s*<failure message="Ukjent felt «dekking» på linje 9\. \(and 1 more\)" type="error">/);
  });

  it('a partial requirement fails with --fail-on warning or info', () => {
    for (const failOn of ['warning', 'info'] as const) {
      const xml = formatJunit({ ...sampleReport(), failOn }, { lang: 'en' });
      expect(xml).toMatch(/name="hol-6-2-nr5 Utskrivningsklare pasienter" file="[^"]+">\s*<failure message="Dekket, men mangler «Helg og høytid» \| &lt;b&gt;ikke&lt;\/b&gt; \*fet\*." type="partial">/);
      // nr5 and nr8 fail; the schema finding (info) fails only at info.
      expect(junitCounts(xml)).toMatchObject({ tests: 6, failures: failOn === 'info' ? 3 : 2, skipped: 2 });
    }
  });

  it('a partial requirement whose finding is an error fails at every fail level, as the exit code does', () => {
    const report = sampleReport();
    report.findings[1]!.severity = 'error';
    const xml = formatJunit(report, { lang: 'nb' });
    expect(xml).toMatch(/name="hol-6-2-nr5 Utskrivningsklare pasienter" file="[^"]+">\s*<failure message="Dekket, men mangler[^"]*" type="partial">/);
  });

  it('without a finding, a missing requirement fails with its detail, ending in one full stop', () => {
    const report = sampleReport();
    report.findings = report.findings.filter((f) => f.ruleId !== 'hol-6-2-nr8');
    report.requirements[2]!.detail = 'ingen dekning.';
    const xml = formatJunit(report, { lang: 'nn' });
    expect(xml).toMatch(/name="hol-6-2-nr8 Jordmortjenester" file="[^"]+">\s*<failure message="Manglar: ingen dekning." type="missing">ingen dekning.\n/);
  });

  it('counts real reports correctly, one test case per requirement', async () => {
    for (const file of EXAMPLES) {
      const run = await runCli(['check', file, '--format', 'json']);
      const report = JSON.parse(run.stdout) as Report;
      const xml = formatJunit(report, { lang: 'nb' });
      expectWellFormed(xml);
      const c = junitCounts(xml);
      for (const a of c.attrs) expect(a.errors).toBe(0);
      expect(c.attrs[0]).toEqual({ el: 'testsuites', tests: c.tests, failures: c.failures, errors: 0, skipped: c.skipped });
      for (const r of report.requirements) expect(xml).toContain(`name="${xmlAttr(`${r.id} ${r.title}`)}"`);
      expect(c.tests).toBeGreaterThanOrEqual(report.requirements.length);
      const missing = report.requirements.filter((r) => r.status === 'missing').length;
      expect(c.failures).toBeGreaterThanOrEqual(missing);
    }
  });

  it('escapes the five XML specials and drops control characters', () => {
    expect(xmlText(`a & b < c > d "e" 'f'\u0000\u0007\u001b g\u000b`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; g');
    expect(xmlAttr('linje 1\nlinje 2\tx\r')).toBe('linje 1&#10;linje 2&#9;x&#13;');
    expect(xmlText('\ud800x\udc00')).toBe('x');
    const report = sampleReport();
    report.agreements[0]!.title = 'A & B <"\'>\u0001';
    report.findings.push({ ruleId: 'yaml-syntax', severity: 'error', message: 'Tegn ]]> og </failure> & \u0002 «x»', location: { file: 'avtaler/øst|vest.yaml', line: 2, column: 1, endLine: 2, endColumn: 2 } });
    const xml = formatJunit(report, { lang: 'nb' });
    expectWellFormed(xml);
    expect(xml).toContain('value="A &amp; B &lt;&quot;&apos;&gt;"');
    expect(xml).toContain('Tegn ]]&gt; og &lt;/failure&gt; &amp;  «x»');
  });

  it('puts findings in files of no agreement set into a last suite', () => {
    const report = sampleReport();
    report.findings.push({ ruleId: 'yaml-syntax', severity: 'error', message: 'Feil.', location: { file: 'annet/løs.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 } });
    const xml = formatJunit(report, { lang: 'en' });
    expectWellFormed(xml);
    expect(xml).toContain('<testsuite name="Other files" tests="1" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testcase classname="annet.løs_yaml" name="yaml-syntax YAML syntax" file="annet/løs.yaml">');
    expect(junitCounts(xml).attrs[0]).toEqual({ el: 'testsuites', tests: 7, failures: 2, errors: 0, skipped: 2 });
  });
});
