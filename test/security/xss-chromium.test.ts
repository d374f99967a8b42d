/**
 * The hostile documents in a real browser: headless Chromium (Debian's
 * chromium through playwright-core) loads the HTML export of each payload
 * (every field at once, exempt items included) and the VS Code preview page
 * with the payload's preview HTML put in by the page's own script, fires
 * click, hover, focus, toggle, load and error events on every element and
 * clicks every link but web and mail ones, and checks that no script ran: `window.__xss` stays
 * unset and no alert, confirm or prompt opened. The export is loaded with
 * its Content-Security-Policy bypassed, so that the escaping alone is what is
 * tested; the preview with its CSP, as VS Code shows it, and bypassed too.
 * A raw page with a payload in it shows that the harness sees a script run.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { analyze, renderHtml } from '../../server/src/core/index';
import { previewShell, withStyleNonce } from '../../client/src/preview-html';
import { requireChromium } from '../helpers/external-tools';
import { hostileDocument, PAYLOADS } from './hostile';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What ran in a page since the last look: dialogs, and requests for anything but the pages themselves. */
interface Ran {
  dialogs: string[];
  requests: string[];
}

/** A page that records dialogs (and dismisses them) and stops every request but for the test's own files. */
async function watchedPage(context: BrowserContext, dir: string): Promise<{ page: Page; ran: Ran }> {
  const page = await context.newPage();
  const ran: Ran = { dialogs: [], requests: [] };
  page.on('dialog', (d) => {
    ran.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  const own = pathToFileURL(dir).toString();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(own)) return route.continue();
    ran.requests.push(url);
    return route.abort();
  });
  return { page, ran };
}

/** Fires the events payloads hang on, on every element, and clicks every link that would not leave the page. */
async function provoke(page: Page): Promise<void> {
  // Browser code as text: the project's TypeScript has no DOM types.
  await page.evaluate(`{
    const events = ['click', 'dblclick', 'mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'toggle', 'load', 'error', 'animationstart', 'begin', 'start', 'input', 'submit'];
    for (const el of document.querySelectorAll('*')) for (const type of events) el.dispatchEvent(new Event(type, { bubbles: false, cancelable: true }));
    // Web and mail links would leave the page; any other link is clicked, as a javascript: one would run.
    for (const a of document.querySelectorAll('a')) if (!/^(?:https?|mailto):$/.test(a.protocol)) a.click();
  }`);
  // Let anything a click or an event queued run before looking.
  await page.waitForTimeout(0);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
}

async function flag(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss);
}

describe('security: hostile text in headless Chromium', function () {
  this.timeout(180_000);
  let browser: Browser;
  let dir: string;
  let files = 0;
  /** The export, with its CSP bypassed; the preview with its CSP; the preview with it bypassed. */
  let pages: { what: string; page: Page; ran: Ran; preview: boolean }[];

  before(async function () {
    browser = await chromium.launch({ executablePath: requireChromium(this), args: FLAGS, headless: true });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-xss-'));
    const open = await browser.newContext({ bypassCSP: true });
    const strict = await browser.newContext({ bypassCSP: false });
    pages = [
      { what: 'export (CSP bypassed)', ...(await watchedPage(open, dir)), preview: false },
      { what: 'preview (with its CSP)', ...(await watchedPage(strict, dir)), preview: true },
      { what: 'preview (CSP bypassed)', ...(await watchedPage(open, dir)), preview: true },
    ];
    for (const p of pages.filter((x) => x.preview)) {
      // The webview's API, which VS Code gives the page before its script runs.
      await p.page.addInitScript(() => {
        const posted: unknown[] = [];
        (globalThis as unknown as { __posted: unknown[] }).__posted = posted;
        (globalThis as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined });
      });
    }
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Loads a page from a file of the test's own (a fresh document: the flag starts unset). */
  async function load(page: Page, html: string): Promise<void> {
    const file = path.join(dir, `page-${++files}.html`);
    fs.writeFileSync(file, html);
    await page.goto(pathToFileURL(file).toString(), { waitUntil: 'load' });
  }

  /** Loads the preview page and has its script put `fragment` in, as the extension does. */
  async function loadPreview(page: Page, fragment: string): Promise<void> {
    const shell = previewShell({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', uri: 'file:///w/a.minutes', title: 'Preview' });
    await load(page, shell.html);
    await page.evaluate((html) => (globalThis as unknown as { postMessage(m: unknown, to: string): void }).postMessage({ type: 'update', html, version: 1, scrollSync: false }, '*'), withStyleNonce(fragment, shell.nonce));
    await page.waitForFunction(() => (globalThis as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'rendered'));
  }

  it('the harness sees a script run: a raw payload sets the flag, an alert is caught', async () => {
    const { page, ran } = pages[0];
    await load(page, '<!DOCTYPE html><p><img src=x onerror=window.__xss=1><a href="javascript:alert(1)">x</a></p>');
    await provoke(page);
    assert.equal(await flag(page), 1);
    assert.ok(ran.dialogs.length > 0, 'the alert was seen');
    ran.dialogs.length = 0;
    ran.requests.length = 0;
  });

  it('the preview page runs its own script (it answers "rendered" and shows the text) and no other', async () => {
    const a = analyze(hostileDocument('Plain words'));
    const { page, ran } = pages[1];
    await loadPreview(page, renderHtml(a.model, { config: a.config }));
    assert.match(String(await page.evaluate(`document.getElementById('minutes-root').innerText`)), /Plain words/);
    assert.equal(await flag(page), undefined);
    assert.deepEqual(ran.dialogs, []);
  });

  PAYLOADS.forEach((payload, i) => {
    it(`payload ${i + 1} runs nowhere: ${payload}`, async () => {
      const a = analyze(hostileDocument(payload));
      const diagnostics = a.diagnostics.map((d) => ({ line: a.lines.positionAt(d.start).line, severity: d.severity, message: d.message }));
      const fragment = renderHtml(a.model, { config: a.config, diagnostics, includeExempt: true });
      const found: string[] = [];
      for (const { what, page, ran, preview } of pages) {
        ran.dialogs.length = 0;
        ran.requests.length = 0;
        if (preview) await loadPreview(page, fragment);
        else await load(page, renderHtml(a.model, { standalone: true, includeExempt: true, config: a.config }));
        await provoke(page);
        const set = await flag(page);
        if (set !== undefined) found.push(`${what}: window.__xss = ${String(set)}`);
        for (const d of ran.dialogs) found.push(`${what}: dialog ${d}`);
        for (const r of ran.requests) found.push(`${what}: request for ${r}`);
      }
      assert.deepEqual(found, []);
    });
  });
});
