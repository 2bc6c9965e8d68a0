// Words at the edge (engine/render.ts): findings keep a typed message id and parameters; only rendering reads --lang.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Issue } from '../src/engine/issue.js';
import { check } from '../src/engine/run.js';
import { FINGERPRINT_KEY } from '../src/format/sarif.js';
import { t, type MessageId, type MessageKind } from '../src/i18n/index.js';
import type { Report } from '../src/types.js';
import { AS_OF, runCli } from './helpers/run.js';
import { documentFile, mainFile, tree } from './helpers/tree.js';

/** An agreement set with findings of several kinds: an unknown key, a stray document, a repeated id and requirement gaps. */
function repository(): string {
  return tree({
    'avtale.yaml': mainFile('Nord', '  - inkluder: dokumenter/ta-1.yaml\n  - inkluder: dokumenter/ta-1b.yaml\n'),
    'dokumenter/ta-1.yaml': documentFile('ta-1').replace('tittel:', 'tittle:'),
    'dokumenter/ta-1b.yaml': documentFile('ta-1'),
    'dokumenter/glemt.yaml': documentFile('glemt'),
  });
}

async function sarifRun(dir: string, lang: string) {
  const run = await runCli(['check', '.', '--as-of', AS_OF, '--format', 'sarif', '--lang', lang], dir);
  const log = JSON.parse(run.stdout) as {
    runs: { results: { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string> }[] }[];
  };
  return log.runs[0]!.results;
}

describe('rendering at the edge', () => {
  it('gives SARIF results the same fingerprints in bokmål, nynorsk and English, though the messages differ', async () => {
    const dir = repository();
    const [nb, nn, en] = await Promise.all(['nb', 'nn', 'en'].map((lang) => sarifRun(dir, lang)));
    expect(nb!.length).toBeGreaterThan(3);
    const prints = (results: typeof nb) => results!.map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
    expect(prints(en)).toEqual(prints(nb));
    expect(prints(nn)).toEqual(prints(nb));
    expect(new Set(prints(nb)).size).toBe(nb!.length);
    expect(en!.map((r) => r.message.text).sort()).not.toEqual(nb!.map((r) => r.message.text).sort());
  });

  it('keeps each finding’s message id and parameters in the JSON report, the same in every language', async () => {
    const dir = repository();
    const json = async (lang: string) =>
      JSON.parse((await runCli(['check', '.', '--as-of', AS_OF, '--format', 'json', '--lang', lang], dir)).stdout) as Report;
    const [nb, en] = [await json('nb'), await json('en')];
    // Same-place findings are ordered by their text, which differs by language; compare them as a set.
    const ids = (r: Report) =>
      r.findings.map((f) => JSON.stringify([f.ruleId, f.location, f.messageId, f.params, f.hintId, f.hintParams])).sort();
    expect(nb.findings.every((f) => typeof f.messageId === 'string' && typeof f.params === 'object')).toBe(true);
    expect(ids(en)).toEqual(ids(nb));
    expect(nb.requirements.map((r) => [r.detailId, r.detailParams])).toEqual(en.requirements.map((r) => [r.detailId, r.detailParams]));
    // The text is the message rendered from them, in the report's language.
    const unknownKey = nb.findings.find((f) => f.messageId !== undefined && f.ruleId === 'schema')!;
    expect(unknownKey.message.toLowerCase()).toBe(t('nb', unknownKey.messageId as MessageId, unknownKey.params).toLowerCase());
    const english = en.findings.find((f) => f.ruleId === 'schema' && f.location.line === unknownKey.location.line)!;
    expect(english.message.toLowerCase()).toBe(t('en', unknownKey.messageId as MessageId, unknownKey.params).toLowerCase());
  });

  it('renders could-not-check problems in the chosen language and keeps their id', async () => {
    const dir = tree({ 'tom/.keep': '' });
    const [nb, en] = await Promise.all(['nb', 'en'].map((lang) => check(['tom'], { cwd: dir, asOf: AS_OF, lang: lang as 'nb' | 'en' })));
    if (nb!.ok || en!.ok) throw new Error('expected a problem');
    expect(nb!.problems.map((p) => [p.code, p.messageId])).toEqual(en!.problems.map((p) => [p.code, p.messageId]));
    expect(nb!.problems[0]!.message).not.toBe(en!.problems[0]!.message);
  });

  it('types message ids: an id no catalogue has, or a kind with no message, does not compile', () => {
    expectTypeOf<'duplicate.document'>().toMatchTypeOf<MessageId>();
    expectTypeOf<MessageKind<'reference'>>().toEqualTypeOf<'document' | 'section' | 'body' | 'party' | 'adoption' | 'signatory'>();
    // @ts-expect-error not a message id (checked by `npm run typecheck`)
    const unknown: Issue['messageId'] = 'schema.no-such-message';
    // @ts-expect-error t() takes only message ids
    const text = () => t('nb', 'no.such.id');
    expect([unknown, typeof text]).toEqual(['schema.no-such-message', 'function']);
  });
});
