// Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core, with the network closed.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it with apt-get. playwright-core never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The flags this machine needs (see DEVELOPERS.md): without the background-networking ones Chromium keeps trying to
 * reach Google's hosts. playwright-core gives every launch a fresh, empty --user-data-dir of its own (it refuses one in args).
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export type ChromiumAvailability = { mode: 'run' } | { mode: 'skip' | 'fail'; reason: string };

/** Run when Chromium is installed; without it, skip on a developer's machine but fail on CI (CI set), where it must be. */
export function chromiumAvailability(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): ChromiumAvailability {
  if (exists(CHROMIUM_PATH)) return { mode: 'run' };
  if (env.CI) return { mode: 'fail', reason: `CI is set but ${CHROMIUM_PATH} is missing; .ci/run should have installed it (apt-get install -y chromium).` };
  return { mode: 'skip', reason: `${CHROMIUM_PATH} is missing; install it with \`apt-get install -y chromium\` to run the browser tests (on CI this fails).` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface OfflinePage {
  page: Page;
  url: string;
  /** Every request other than the page's own file: all were aborted. */
  attempted: string[];
  close(): Promise<void>;
}

/** Writes `html` to a temporary file and opens it by file:// URL; every other request is recorded and aborted. */
export async function openOffline(browser: Browser, html: string, viewport = { width: 1280, height: 900 }): Promise<OfflinePage> {
  const dir = mkdtempSync(path.join(tmpdir(), 'avtalesjekk-html-'));
  const file = path.join(dir, 'rapport.html');
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport, javaScriptEnabled: true, offline: true });
  const page = await context.newPage();
  const attempted = new Set<string>();
  page.on('request', (request) => {
    if (request.url() !== url) attempted.add(request.url());
  });
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    attempted.add(route.request().url());
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    url,
    get attempted() {
      return [...attempted];
    },
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Page script (a string: the project's TypeScript has no DOM types): every element with text of its own whose colour
 * has less than 4.5:1 contrast (WCAG AA) against the nearest opaque background; visually hidden text is skipped.
 */
export const CONTRAST_PROBLEMS = `(() => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const channel = (v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const problems = [];
  for (const el of document.body.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
    if (!own || el.closest('.vh')) continue;
    const fg = luminance(parse(getComputedStyle(el).color));
    const bg = luminance(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 4.5) problems.push(el.tagName.toLowerCase() + '.' + el.className + ': ' + ratio.toFixed(2) + ' ' + el.textContent.trim().slice(0, 40));
  }
  return problems;
})()`;
