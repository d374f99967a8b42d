/**
 * PDF export: prints the standalone HTML export with a Chromium (or Chrome,
 * or Edge) already installed on the machine, driven by playwright-core. It
 * never downloads a browser. The executable is the one passed in, else
 * `MINUTES_CHROMIUM` (or `CHROME_PATH`), else the first found on the PATH or in the usual
 * install locations; with none, `ChromiumNotFoundError` says how to set one.
 *
 * This is not core code: it starts a process and touches the file system.
 * The browser runs headless with a fresh temporary profile, no network (every
 * request is refused; the page has no remote resources anyway), and is
 * always closed and its profile removed, whatever happens.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Thrown when no Chromium-family browser can be found or the one named does not exist. */
export class ChromiumNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail} PDF export needs Chromium, Google Chrome or Microsoft Edge. Install one (for example ` +
        '`apt-get install chromium`), or name its executable with the `minutes.pdf.chromiumPath` setting, ' +
        'the CLI option `--chromium PATH`, or the MINUTES_CHROMIUM environment variable.',
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export interface PdfOptions {
  /** The browser executable; empty or absent means MINUTES_CHROMIUM, then auto-detect. */
  readonly chromiumPath?: string;
}

/** The flags the browser is started with. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'chrome', 'msedge'];

const LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

/**
 * The browser to use: `explicit` when given (it must exist), else
 * `env.MINUTES_CHROMIUM` or `env.CHROME_PATH` (likewise), else the first executable found on the
 * PATH or in the usual locations. Throws ChromiumNotFoundError.
 */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit && explicit.trim()) return mustExist(explicit.trim(), 'The Chromium path given');
  const fromEnv = env.MINUTES_CHROMIUM?.trim();
  if (fromEnv) return mustExist(fromEnv, 'MINUTES_CHROMIUM');
  const chromePath = env.CHROME_PATH?.trim();
  if (chromePath) return mustExist(chromePath, 'CHROME_PATH');
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const name of NAMES)
    for (const dir of dirs)
      for (const ext of exts) {
        const candidate = path.join(dir, name + ext);
        if (isExecutable(candidate)) return candidate;
      }
  const found = LOCATIONS.find(isExecutable);
  if (found) return found;
  throw new ChromiumNotFoundError('No Chromium was found on the PATH or in the usual places.');
}

function mustExist(file: string, what: string): string {
  if (!isExecutable(file)) throw new ChromiumNotFoundError(`${what} (${file}) is not an executable file.`);
  return file;
}

function isExecutable(file: string): boolean {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The running header of every page: a confidential copy's mark, which the
 * HTML export names in `<meta name="minutes-confidential">`
 * (core/export/confidential.ts); nothing for a public copy.
 */
export function pageHeader(html: string): string {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
  const m = /<meta name="minutes-confidential" content="([^"]*)">/.exec(head);
  if (!m) return '<span></span>';
  const text = m[1].replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<div style="width:100%;font:bold 8pt Arial,sans-serif;color:#b10e1e;text-align:center">${escaped}</div>`;
}

/** Prints an HTML page (the standalone HTML export) to an A4 PDF. */
export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = findChromium(options.chromiumPath);
  // Loaded here so that the rest of the CLI and server never pay for it.
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-pdf-'));
  let context: import('playwright-core').BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      offline: true,
      javaScriptEnabled: false,
      timeout: 60_000,
    });
    await context.route('**/*', (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setContent(html, { waitUntil: 'load', timeout: 60_000 });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: pageHeader(html),
      footerTemplate:
        '<div style="width:100%;font:8pt Arial,sans-serif;color:#505a5f;text-align:center">' +
        'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await context?.close().catch(() => undefined);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
