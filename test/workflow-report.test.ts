// Reports from the issue-4 features (several sets, stray documents, suppressed findings and requirements) fit schemas/rapport.schema.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';
import { documentFile, mainFile, tree } from './helpers/tree.js';

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/rapport.schema.json'), 'utf8')) as object);

describe('JSON report schema, for the workflow features', () => {
  it('accepts a report with several sets, a stray document, suppressed findings and a suppressed requirement', async () => {
    const dir = tree({
      'a/avtale.yaml': mainFile('A', '# avtalesjekk-ignore hol-6-2-nr8: Egen avtale.\ndekning: [] # avtalesjekk-ignore hol-6-2-nr9\n'),
      'a/dokumenter/glemt.yaml': documentFile('glemt'),
      'b/avtale.yaml': mainFile('TODO B # avtalesjekk-ignore todo: Kommer.'),
    });
    const run = await runCli(['check', '.', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.agreements).toHaveLength(2);
    expect(report.suppressed.map((f) => f.ruleId).sort()).toEqual(['hol-6-2-nr8', 'todo']);
    expect(report.requirements.some((r) => r.status === 'suppressed')).toBe(true);
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['document-not-included', 'suppression-invalid']));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
