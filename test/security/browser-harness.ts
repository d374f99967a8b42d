/**
 * Headless Chromium for the XSS tests (xss-chromium.test.ts and
 * xss-chromium.slow.test.ts): three pages, the HTML export with its
 * Content-Security-Policy bypassed (so that the escaping alone is tested),
 * the VS Code preview page with its CSP, and the preview page with the CSP
 * bypassed. `runs` loads a document's export and preview into them, fires
 * click, hover, focus, toggle, load and error events on every element,
 * clicks every link but web and mail ones, and reports any script that ran
 * (`window.__xss` set), any alert, confirm or prompt, and any request for
 * anything but the test's own files.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { renderHtml, type Analysis } from '../../server/src/core/index';
import { previewShell, withStyleNonce } from '../../client/src/preview-html';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What ran in a page since the last look: dialogs, and requests for anything but the pages themselves. */
export interface Ran {
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
export async function provoke(page: Page): Promise<void> {
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

export async function flag(page: Page): Promise<unknown> {
  return page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss);
}

/** One of the three pages. */
export interface XssPage {
  readonly what: string;
  readonly page: Page;
  readonly ran: Ran;
  readonly preview: boolean;
}

export class XssBrowser {
  private files = 0;

  private constructor(
    private readonly browser: Browser,
    private readonly dir: string,
    /** The export, with its CSP bypassed; the preview with its CSP; the preview with it bypassed. */
    readonly pages: readonly XssPage[],
  ) {}

  /** Starts Chromium (the executable given) with the three pages. */
  static async launch(executablePath: string): Promise<XssBrowser> {
    const browser = await chromium.launch({ executablePath, args: FLAGS, headless: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-xss-'));
    const open = await browser.newContext({ bypassCSP: true });
    const strict = await browser.newContext({ bypassCSP: false });
    const pages = [
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
    return new XssBrowser(browser, dir, pages);
  }

  async close(): Promise<void> {
    await this.browser.close();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** Loads a page from a file of the test's own (a fresh document: the flag starts unset). */
  async load(page: Page, html: string): Promise<void> {
    const file = path.join(this.dir, `page-${++this.files}.html`);
    fs.writeFileSync(file, html);
    await page.goto(pathToFileURL(file).toString(), { waitUntil: 'load' });
  }

  /** Loads the preview page and has its script put `fragment` in, as the extension does. */
  async loadPreview(page: Page, fragment: string): Promise<void> {
    const shell = previewShell({ cspSource: 'https://file+.vscode-resource.vscode-cdn.net', uri: 'file:///w/a.minutes', title: 'Preview' });
    await this.load(page, shell.html);
    await page.evaluate((html) => (globalThis as unknown as { postMessage(m: unknown, to: string): void }).postMessage({ type: 'update', html, version: 1, scrollSync: false }, '*'), withStyleNonce(fragment, shell.nonce));
    await page.waitForFunction(() => (globalThis as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'rendered'));
  }

  /** Everything that ran when the analysed document's export and preview (exempt items included) were loaded and provoked. */
  async runs(a: Analysis): Promise<string[]> {
    const diagnostics = a.diagnostics.map((d) => ({ line: a.lines.positionAt(d.start).line, severity: d.severity, message: d.message }));
    const fragment = renderHtml(a.model, { config: a.config, diagnostics, includeExempt: true });
    const found: string[] = [];
    for (const { what, page, ran, preview } of this.pages) {
      ran.dialogs.length = 0;
      ran.requests.length = 0;
      if (preview) await this.loadPreview(page, fragment);
      else await this.load(page, renderHtml(a.model, { standalone: true, includeExempt: true, config: a.config }));
      await provoke(page);
      const set = await flag(page);
      if (set !== undefined) found.push(`${what}: window.__xss = ${String(set)}`);
      for (const d of ran.dialogs) found.push(`${what}: dialog ${d}`);
      for (const r of ran.requests) found.push(`${what}: request for ${r}`);
    }
    return found;
  }
}
