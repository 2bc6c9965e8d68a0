// Each common YAML slip gets its own message and hint, the first cause first, and no English parser text.
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/yaml/parse.js';
import { indentSlip } from '../../src/yaml/slips.js';
import { t } from '../../src/i18n/index.js';

async function issues(text: string) {
  const file = await parseSource('a.yaml', '/a.yaml', text);
  return file.issues.map((i) => {
    const start = i.target.kind === 'range' ? i.target.start : -1;
    return { ruleId: i.ruleId, messageId: i.messageId, line: file.lines.linePos(start).line, params: i.params ?? {}, hintParams: i.hintParams ?? {} };
  });
}

describe('YAML slips', () => {
  it('a list item one space too deep: which line, and the indentation of its siblings', async () => {
    const text = 'parter:\n  kommuner:\n    - { navn: A, kommunenummer: "1" }\n     - { navn: B, kommunenummer: "2" }\n    - { navn: C, kommunenummer: "3" }\n';
    expect(await issues(text)).toEqual([{ ruleId: 'yaml-syntax', messageId: 'yaml.wrong-indent', line: 4, params: { line: 4, actual: 5, expected: 4 }, hintParams: { line: 4, expected: 4 } }]);
  });

  it('a list item one space short: one finding, not four', async () => {
    const text = 'parter:\n  kommuner:\n    - { navn: A, kommunenummer: "1" }\n   - { navn: B, kommunenummer: "2" }\n    - { navn: C, kommunenummer: "3" }\n';
    expect(await issues(text)).toEqual([{ ruleId: 'yaml-syntax', messageId: 'yaml.wrong-indent', line: 4, params: { line: 4, actual: 3, expected: 4 }, hintParams: { line: 4, expected: 4 } }]);
  });

  it('a key one space too deep or too shallow', async () => {
    expect((await issues("avtale:\n  tittel: x\n   versjon: '1'\n  maalform: nb\n"))[0]).toMatchObject({ messageId: 'yaml.wrong-indent', line: 3, params: { line: 3, actual: 3, expected: 2 } });
    expect((await issues("avtale:\n  tittel: x\n versjon: '1'\n  maalform: nb\n"))[0]).toMatchObject({ messageId: 'yaml.wrong-indent', line: 3, params: { line: 3, actual: 1, expected: 2 } });
  });

  it('a missing space after a colon, with or without a parser error', async () => {
    expect(await issues("avtale:\n  tittel:Samarbeid\n  versjon: '1'\n")).toEqual([
      { ruleId: 'yaml-syntax', messageId: 'yaml.missing-space', line: 2, params: { key: 'tittel', written: 'tittel:Samarbeid' }, hintParams: { key: 'tittel', value: 'Samarbeid' } },
    ]);
    expect(await issues('parter:\n  kommuner:\n    - { navn:Osen, kommunenummer: "5020" }\n')).toEqual([
      { ruleId: 'yaml-syntax', messageId: 'yaml.missing-space', line: 3, params: { key: 'navn', written: 'navn:Osen' }, hintParams: { key: 'navn', value: 'Osen' } },
    ]);
    // Not a key the format knows, or a web address: left alone.
    expect(await issues('avtale:\n  url: https://example.org\n  tittel: "klokka:10"\n')).toEqual([]);
  });

  it('a colon inside a value: put it in quotes', async () => {
    expect(await issues("avtale:\n  tittel: Avtale: del 1\n  versjon: '1'\n")).toEqual([
      { ruleId: 'yaml-syntax', messageId: 'yaml.colon-in-value', line: 2, params: { key: 'tittel', value: 'Avtale: del 1' }, hintParams: { key: 'tittel', value: 'Avtale: del 1' } },
    ]);
  });

  it('a tab in the indentation names the line', async () => {
    expect(await issues('avtale:\n\ttittel: x\n')).toEqual([{ ruleId: 'yaml-tab-indent', messageId: 'yaml.tab', line: 2, params: { line: 2 }, hintParams: {} }]);
  });

  it("Word's curly quotes, with or without a parser error", async () => {
    expect(await issues('avtale:\n  tittel: “Avtale: del 1”\n')).toEqual([{ ruleId: 'yaml-syntax', messageId: 'yaml.curly-quote', line: 2, params: { quote: '“' }, hintParams: {} }]);
    expect(await issues('avtale:\n  tittel: ‘Avtale’\n')).toEqual([{ ruleId: 'yaml-syntax', messageId: 'yaml.curly-quote', line: 2, params: { quote: '‘' }, hintParams: {} }]);
    // A curly quote inside running text is text.
    expect(await issues('avtale:\n  tittel: Avtalen «Samhandling» og “ord” i teksten\n')).toEqual([]);
  });

  it('a duplicate key names the key and the line of the first', async () => {
    expect(await issues("avtale:\n  tittel: x\n  versjon: '1'\n  tittel: y\n")).toEqual([
      { ruleId: 'yaml-duplicate-key', messageId: 'yaml.duplicate-key', line: 4, params: { key: 'tittel', line: 2 }, hintParams: {} },
    ]);
  });

  it('an unclosed quote: one finding where it opens, nothing on what follows', async () => {
    expect(await issues('avtale:\n  tittel: "Avtale\n  versjon: \'1\'\nparter:\n  kommuner: []\n')).toEqual([
      { ruleId: 'yaml-syntax', messageId: 'yaml.quote-not-closed', line: 2, params: { quote: '"', line: 2 }, hintParams: { quote: '"' } },
    ]);
  });

  it('no English parser text in any message or hint, in any language', async () => {
    const texts = [
      'a: [1, 2\n', 'a: {b: 1\n', 'a: b\n c: d\n', '- a\nb: c\n', 'a: *x\n', 'a: !!binary x\n', 'a: "\\q"\n', '? [a]\n: b\n', 'a:\n  - b\n  c: d\n',
    ];
    for (const text of texts) {
      for (const issue of (await parseSource('a.yaml', '/a.yaml', text)).issues) {
        for (const lang of ['nb', 'nn', 'en'] as const) {
          const message = t(lang, issue.messageId, issue.params);
          expect(message, `${JSON.stringify(text)} ${issue.messageId}`).not.toMatch(/^yaml\.|\{[a-z]+\}/);
          if (lang !== 'en') expect(message, `${JSON.stringify(text)} ${issue.messageId}`).not.toMatch(/must|allowed|Implicit|Nested|Missing|Unexpected|[Ee]rror/);
        }
        expect(issue.messageId).toMatch(/^yaml\.[a-zA-Z_-]+$/);
      }
    }
  });
});

describe('indentSlip', () => {
  it('finds nothing in well-indented text with block scalars, flow lists over several lines and continued text', () => {
    const text = 'a:\n  b: |\n      fritt\n    innrykk\n  c: [1,\n      2]\n  d: tekst som\n     fortsetter\n  e:\n  - x\n  - y: 1\n    z: 2\n';
    expect(indentSlip(text, 20)).toBeUndefined();
  });
});

describe('text slips inside block and quoted text', () => {
  it('are left alone: there they are text the writer meant', async () => {
    expect(await issues('avtale:\n  merknad: |\n    navn:Ola skrev dette\n    “Sitat”\n  tittel: "navn:x"\n')).toEqual([]);
  });
});
