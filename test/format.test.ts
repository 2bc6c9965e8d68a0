// Formatters are pure functions of the report; snapshots pin their output, including escaping and colour.
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/format/index.js';
import { escapeMarkdown } from '../src/format/markdown.js';
import { LANGS } from '../src/types.js';
import { sampleReport } from './helpers/report.js';

describe('formatters', () => {
  for (const lang of LANGS) {
    it(`markdown (${lang})`, () => {
      expect(FORMATS.markdown({ ...sampleReport(), lang }, { lang })).toMatchSnapshot();
    });
    it(`terminal without colour (${lang})`, () => {
      expect(FORMATS.terminal({ ...sampleReport(), lang }, { lang, color: false })).toMatchSnapshot();
    });
  }

  it('terminal with colour uses ANSI codes, and without colour none', () => {
    const report = sampleReport();
    expect(FORMATS.terminal(report, { lang: 'nb', color: true })).toContain('\u001b[');
    expect(FORMATS.terminal(report, { lang: 'nb', color: false })).not.toContain('\u001b[');
  });

  it('json is the report itself', () => {
    const report = sampleReport();
    const text = FORMATS.json(report, { lang: 'nb' });
    expect(JSON.parse(text)).toEqual(report);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is deterministic and does not change the report', () => {
    const report = sampleReport();
    const before = JSON.stringify(report);
    for (const format of Object.values(FORMATS)) expect(format(report, { lang: 'nb' })).toBe(format(report, { lang: 'nb' }));
    expect(JSON.stringify(report)).toBe(before);
  });

  it('markdown keeps every table row on one line with the right number of cells', () => {
    const md = FORMATS.markdown(sampleReport(), { lang: 'nb' });
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    for (const row of rows) {
      const cells = row.replace(/\\\|/g, '').split('|').length - 2;
      expect([2, 3, 4, 5, 6]).toContain(cells);
    }
    expect(md).toContain('Samarbeidsavtale \\| Helse Øst-Vest HF og kommunene<br>revidert');
    expect(md).not.toContain('<b>ikke</b>');
  });

  it('escapeMarkdown escapes pipes, HTML, emphasis and newlines', () => {
    expect(escapeMarkdown('a|b <i>c</i> *d* _e_\nf')).toBe('a\\|b &lt;i&gt;c&lt;/i&gt; \\*d\\* \\_e\\_<br>f');
  });
});
