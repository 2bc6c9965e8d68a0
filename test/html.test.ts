// The HTML report: snapshots, escaping, self-containment, and the real page in headless Chromium (DOM, print, screenshot).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryLine } from '../src/format/common.js';
import { escapeHtml, formatHtml } from '../src/format/html.js';
import { FORMATS } from '../src/format/index.js';
import type { Report } from '../src/types.js';
import { CONTRAST_PROBLEMS, chromiumAvailability, launchChromium, openOffline } from './helpers/chromium.js';
import { pdfPages } from './helpers/pdf-text.js';
import { sampleReport } from './helpers/report.js';
import { ROOT, runCli } from './helpers/run.js';

const ARTIFACTS = path.join(ROOT, 'test-results');
const EXAMPLE = 'examples/eldre-2012/avtale.yaml';

/** The report of a real agreement set, as the CLI computes it (JSON), in `lang`. */
async function exampleReport(lang = 'nb'): Promise<Report> {
  const run = await runCli(['check', EXAMPLE, '--format', 'json', '--lang', lang]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

/** The page with every attribute value emptied: what is left is tags and text (text never holds a raw quote). */
function markup(html: string): string {
  return html.replace(/"[^"]*"/g, '""');
}

/** The page with paths as plain code: the segment spans and <wbr> that keep paths from breaking at hyphens removed. */
function plainPaths(html: string): string {
  return html.replace(/<code class="path">(.*?)<\/code>/g, (_, inner: string) => `<code>${inner.replace(/<\/?span>|<wbr>/g, '')}</code>`);
}

/** The sample report with markup, quotes and ampersands in every kind of user-controlled text. */
function hostileReport(): Report {
  const report = sampleReport();
  const evil = `<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> & 'q' "dq"`;
  report.agreements[0]!.title += evil;
  report.requirements[0]!.title += evil;
  report.requirements[0]!.detail += evil;
  report.requirements[0]!.coverage[0]!.documentTitle += evil;
  report.adoption[0]!.summary += evil;
  report.adoption[0]!.parties[0]!.caseNumber = evil;
  report.findings[0]!.message = `Meldingen har ${evil}`;
  report.findings[0]!.hint = evil;
  report.findings[1]!.citation = { law: evil, ref: evil, url: 'javascript:window.pwned=3' };
  report.suppressed[0]!.reason = evil;
  return report;
}

describe('html formatter', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`sample report (${lang}) matches the snapshot`, async () => {
      await expect(formatHtml({ ...sampleReport(), lang }, { lang })).toMatchFileSnapshot(`__snapshots__/html/sample.${lang}.html`);
    });
  }

  it('is registered as --format html and writes what the formatter writes', async () => {
    expect(FORMATS.html).toBe(formatHtml);
    const run = await runCli(['check', EXAMPLE, '--format', 'html']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(formatHtml(await exampleReport(), { lang: 'nb' }));
  });

  it('sets the lang attribute and uses the language of the options (nn)', () => {
    const html = formatHtml({ ...sampleReport(), lang: 'nn' }, { lang: 'nn' });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nn">/);
    expect(html).toContain('Undertrykte funn');
    expect(html).toContain('Grunngjeving');
    expect(html).toContain('hovudfil');
    expect(formatHtml(sampleReport(), { lang: 'en' })).toContain('<html lang="en">');
  });

  it('escapes &, <, >, " and \' everywhere, keeps line breaks, and links only http(s) citations', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = formatHtml(hostileReport(), { lang: 'nb' });
    expect(markup(html)).not.toMatch(/<(script|img)\b|<[^>]*\son[a-z]+=|javascript:/i);
    expect(html).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt; &amp; &#39;q&#39; &quot;dq&quot;');
    expect(html).toContain('Meldingen har &lt;script&gt;');
    // a newline in the title is a line break in the heading and a space in <title>
    expect(html).toContain('Helse Øst-Vest HF og kommunene<br>revidert');
    expect(html).toMatch(/<title>[^<]*kommunene revidert[^<]*<\/title>/);
  });

  it('is self-contained: no scripts, no external resources, only Lovdata and in-page links', () => {
    for (const html of [formatHtml(sampleReport(), { lang: 'nb' }), formatHtml(hostileReport(), { lang: 'en' })]) {
      expect(markup(html)).not.toMatch(/<(script|link|img|iframe|object|embed|video|audio|source)\b|@import|url\(|<[^>]*\ssrc=/i);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^(#|https:\/\/lovdata\.no\/)/);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    }
  });

  it('has no timestamp and is deterministic', () => {
    const html = formatHtml(sampleReport(), { lang: 'nb' });
    expect(formatHtml(sampleReport(), { lang: 'nb' })).toBe(html);
    expect(html).not.toMatch(/\d{2}:\d{2}:\d{2}|T\d{2}:\d{2}/);
    expect(html).toContain('2026-11-22');
  });

  it('gives every table header a scope and every status a word next to its symbol', () => {
    const html = formatHtml(sampleReport(), { lang: 'nb' });
    expect(html).not.toMatch(/<th(?![^>]*scope="(col|row)")[ >]/);
    for (const word of ['oppfylt', 'delvis', 'mangler', 'ikke i kraft ennå']) expect(html).toMatch(new RegExp(`<span class="sym" aria-hidden="true">.</span> ${word}</span>`));
  });

  it('groups findings by file, names the document, and lists suppressed findings with their reasons', () => {
    const html = plainPaths(formatHtml(sampleReport(), { lang: 'nb' }));
    const main = html.indexOf('<h4 class="file">Samarbeidsavtale');
    const doc = html.indexOf('<h4 class="file">TA 3 og 5 Innleggelse | utskrivning <code>avtaler/dokumenter/ta-3-5.yaml</code>');
    expect(main).toBeGreaterThan(0);
    expect(doc).toBeGreaterThan(main);
    expect(html.indexOf('data-rule="schema"')).toBeGreaterThan(doc);
    expect(html).toContain('<td>Behandles i ny IKT-avtale<br>høsten 2026 (æøå).</td>');
    expect(html).toContain('<code>avtaler/øst|vest.yaml:39:3</code>');
    expect(html).toContain('undertrykt: 1');
  });

  it('several agreement sets: a table of contents, one section each, and no id used twice', () => {
    const report = sampleReport();
    const second = { ...report.agreements[0]!, file: 'andre/avtale.yaml', title: 'Andre avtale', files: ['andre/avtale.yaml'] };
    report.agreements.push(second);
    report.requirements.push(...report.requirements.map((r) => ({ ...r, agreement: second.file })));
    report.findings.push({ ...report.findings[0]!, location: { ...report.findings[0]!.location, file: second.file } });
    const html = formatHtml(report, { lang: 'nb' });
    expect(html).toContain('<h2 id="contents-title">Innhold</h2>');
    expect(html).toContain('<li><a href="#a2">Andre avtale</a> – 1 av 3 lovkrav oppfylt');
    expect(html.match(/<section class="agreement"/g)).toHaveLength(2);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });

  it('never drops findings in files outside every agreement set', () => {
    const report = sampleReport();
    report.findings.push({ ruleId: 'yaml-syntax', severity: 'error', message: 'Ugyldig YAML', location: { file: 'annet/løs.yaml', line: 2, column: 1, endLine: 2, endColumn: 2 } });
    const html = plainPaths(formatHtml(report, { lang: 'nb' }));
    expect(html).toContain('<h2 id="other-title">Funn i andre filer</h2>');
    expect(html).toContain('<code>annet/løs.yaml:2:1</code>');
  });
});

describe('browser test availability', () => {
  it('runs when Chromium is there, skips without it off CI, and fails without it on CI', () => {
    expect(chromiumAvailability({}, () => true)).toEqual({ mode: 'run' });
    expect(chromiumAvailability({ CI: 'true' }, () => true)).toEqual({ mode: 'run' });
    expect(chromiumAvailability({}, () => false)).toMatchObject({ mode: 'skip', reason: expect.stringContaining('/usr/bin/chromium is missing') });
    expect(chromiumAvailability({ CI: 'true' }, () => false)).toMatchObject({ mode: 'fail', reason: expect.stringContaining('CI is set') });
  });
});

const chromium = chromiumAvailability();

if (chromium.mode === 'skip') {
  console.warn(`html.test.ts: headless Chromium tests skipped: ${chromium.reason}`);
  it.skip(`html report in headless Chromium (skipped: ${chromium.reason})`, () => {});
} else if (chromium.mode === 'fail') {
  it('html report in headless Chromium', () => {
    throw new Error(chromium.reason);
  });
} else {
  describe('html report in headless Chromium', () => {
    // Launched by the first test that needs it, so a browser that cannot start fails a test (not only a hook).
    let launched: Promise<Browser> | undefined;
    const browser = () => (launched ??= launchChromium());

    afterAll(async () => {
      await (await launched)?.close();
    });

    it('renders the eldre-2012 report offline, with its content in the DOM, and saves a screenshot', async () => {
      const report = await exampleReport();
      const agreement = report.agreements[0]!;
      const offline = await openOffline(await browser(), formatHtml(report, { lang: 'nb' }));
      const { page } = offline;
      try {
        expect(await page.getAttribute('html', 'lang')).toBe('nb');
        expect(await page.locator('h1').innerText()).toBe('Avtalesjekk: gaprapport');
        const summary = await page.locator('.agreement .summary').innerText();
        expect(summary).toBe(summaryLine(agreement, 'nb'));
        expect(summary).toMatch(/^\d+ av \d+ lovkrav oppfylt/);

        const rowLocator = page.locator('table.requirements tbody tr');
        const rows: { id: string | null; status: string | null; text: string; href: string | null }[] = [];
        for (const row of await rowLocator.all()) {
          rows.push({ id: await row.getAttribute('data-requirement'), status: await row.getAttribute('data-status'), text: await row.innerText(), href: await row.locator('a').getAttribute('href') });
        }
        expect(rows.length).toBeGreaterThanOrEqual(15);
        expect(rows.map((r) => [r.id, r.status])).toEqual(report.requirements.map((r) => [r.id, r.status]));
        const words = { satisfied: 'oppfylt', partial: 'delvis', missing: 'mangler', 'not-yet-in-force': 'ikke i kraft ennå', suppressed: 'undertrykt' };
        for (const row of rows) expect(row.text).toContain(words[row.status as keyof typeof words]);
        for (const row of rows) expect(row.href).toMatch(/^https:\/\/lovdata\.no\/dokument\/NL\/lov\/2011-06-24-30\//);
        expect(rows.find((r) => r.id === 'hol-6-2-nr3')!.text).toContain('examples/eldre-2012/dokumenter/ta-03.yaml:5');

        const parties = await page.locator('table.adoption tbody tr').allInnerTexts();
        expect(parties).toHaveLength(report.adoption[0]!.parties.length);
        expect(parties.length).toBeGreaterThanOrEqual(2);
        for (const party of parties) expect(party).toContain('vedtatt');
        expect(parties.some((p) => p.includes('Styret i Helse Eksempel HF'))).toBe(true);

        const ledd2 = report.findings.find((f) => f.ruleId === 'hol-6-2-ledd2')!;
        const finding = page.locator('li.finding[data-rule="hol-6-2-ledd2"]');
        expect(await finding.count()).toBe(1);
        const findingText = await finding.innerText();
        expect(findingText).toContain(`${ledd2.location.file}:${ledd2.location.line}`);
        expect(findingText).toContain(ledd2.message);
        expect(await finding.locator('a[href^="https://lovdata.no/"]').getAttribute('href')).toBe(ledd2.citation!.url);

        expect(await page.locator('table.matrix tbody tr').count()).toBeGreaterThanOrEqual(13);
        expect(await page.locator('table.matrix thead th.doc').count()).toBeGreaterThanOrEqual(11);

        // Every table header cell says what it heads; every text is readable (contrast ≥ 4.5:1).
        expect(await page.locator('th:not([scope])').count()).toBe(0);
        expect(await page.evaluate(CONTRAST_PROBLEMS)).toEqual([]);

        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png'), fullPage: true });

        // Printed: each law link shows a number whose entry in the source list spells out the address; no background
        // colour is needed; rows are kept whole; table headers repeat on each page.
        await page.emulateMedia({ media: 'print' });
        const print = (await page.evaluate(`(() => {
          const style = (selector, pseudo) => getComputedStyle(document.querySelector(selector), pseudo);
          const links = [...document.querySelectorAll('main a[href^="http"]')].map((a) => ({
            href: a.getAttribute('href'),
            after: getComputedStyle(a, '::after').content,
            source: document.getElementById('source-' + a.dataset.source)?.textContent ?? '',
          }));
          return {
            links,
            badgeBackground: style('.badge').backgroundColor,
            rowBreak: style('table.requirements tbody tr').breakInside,
            theadDisplay: style('table.requirements thead').display,
          };
        })()`)) as { links: { href: string; after: string; source: string }[]; badgeBackground: string; rowBreak: string; theadDisplay: string };
        expect(print.links.length).toBe(rows.length + report.findings.filter((f) => f.citation).length);
        for (const link of print.links) {
          expect(link.after).toMatch(/^" \[\d+\]"$/);
          expect(link.source).toContain(link.href);
        }
        expect(print.badgeBackground).toBe('rgba(0, 0, 0, 0)');
        expect(print.rowBreak).toBe('avoid');
        expect(print.theadDisplay).toBe('table-header-group');
        // The page's own @page rule decides the paper: A4 (210 × 297 mm = 595.3 × 841.9 pt), «n / total» at the bottom right.
        const pdf = await page.pdf({ path: path.join(ARTIFACTS, 'html-report.pdf'), preferCSSPageSize: true });
        const pages = pdfPages(pdf);
        expect(pages.length).toBeGreaterThan(1);
        pages.forEach((p, i) => {
          expect(p.size[0]).toBeCloseTo(595.3, 0);
          expect(p.size[1]).toBeCloseTo(841.9, 0);
          // Chromium paints the page-margin box first, one text run per counter and string.
          expect(p.texts.join('').startsWith(`${i + 1} / ${pages.length}`), `page ${i + 1}: ${p.texts.slice(0, 3).join('')}`).toBe(true);
        });

        expect(offline.attempted).toEqual([]);
      } finally {
        await offline.close();
      }
    }, 60_000);

    it('shows a <script> in a message as text and never runs it', async () => {
      const offline = await openOffline(await browser(), formatHtml(hostileReport(), { lang: 'nb' }));
      try {
        const { page } = offline;
        expect(await page.locator('script, img, iframe').count()).toBe(0);
        expect(await page.evaluate('window.pwned')).toBeUndefined();
        const message = await page.locator('li.finding[data-rule="hol-6-2-nr8"] .finding-message').innerText();
        expect(message).toContain('<script>window.pwned = 1</script>');
        expect(await page.locator('h2').first().innerText()).toContain(`& 'q' "dq"`);
        expect(offline.attempted).toEqual([]);
      } finally {
        await offline.close();
      }
    }, 30_000);

    it('the network guard and the contrast check do catch problems (controls)', async () => {
      const offline = await openOffline(await browser(), '<!DOCTYPE html><html lang="nb"><title>x</title><p style="color:#aaa">grå</p><img src="https://example.invalid/x.png" alt="">');
      try {
        await expect.poll(() => offline.attempted).toContain('https://example.invalid/x.png');
        expect(await offline.page.evaluate(CONTRAST_PROBLEMS)).toEqual([expect.stringMatching(/^p\.: 2\.\d+ grå$/)]);
      } finally {
        await offline.close();
      }
    }, 30_000);
  });
}
