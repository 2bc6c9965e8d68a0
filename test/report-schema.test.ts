// The JSON report validates against schemas/rapport.schema.json, for real checks and in every language.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../src/types.js';
import { ROOT, runCli } from './helpers/run.js';
import { sampleReport } from './helpers/report.js';

const addFormats = (formatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'schemas/rapport.schema.json'), 'utf8')) as object);

describe('JSON report schema', () => {
  it('accepts the hand-built sample report', () => {
    expect(validate(sampleReport()), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(LANGS)('accepts a real report in %s', async (lang) => {
    const run = await runCli(['check', 'test/fixtures/rules/hol-6-2-ledd2/fail.yaml', '--format', 'json', '--lang', lang]);
    const report = JSON.parse(run.stdout) as unknown;
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
