#!/usr/bin/env node
// Stands in for a desktop VS Code executable as @vscode/test-electron's
// `vscodeExecutablePath` (no desktop build can be downloaded here). It takes
// the arguments runTests() passes (--extensionDevelopmentPath=,
// --extensionTestsPath=, --user-data-dir=, --extensions-dir=, a folder),
// runs the tests in code-server's extension host through headless Chromium,
// and exits with the tests' exit code. Other desktop flags are ignored, and so is
// --disable-workspace-trust when MINUTES_E2E_WORKSPACE_TRUST=on.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startCodeServer } = require('./code-server');
const { launchBrowser } = require('./browser');
const { paths, ROOT } = require('./tools');

const args = process.argv.slice(2);
const option = (name) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const folder = args.find((a) => !a.startsWith('-'));
const devPaths = option('extensionDevelopmentPath');
const testsPath = option('extensionTestsPath')[0];
const TIMEOUT_MS = Number(process.env.MINUTES_E2E_TIMEOUT_MS || 300_000);
const PREFIX = '[minutes-e2e]';

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cs-'));
  const cs = await startCodeServer({
    codeServer: paths.codeServer,
    dataDir,
    userDataDir: option('user-data-dir')[0],
    extensionsDir: option('extensions-dir')[0],
    // runTests always passes --disable-workspace-trust; the untrusted suite asks for trust
    // through the environment instead (extensionTestsEnv reaches this process).
    workspaceTrust: process.env.MINUTES_E2E_WORKSPACE_TRUST === 'on',
  });
  const browser = await launchBrowser();
  let code = 1;
  try {
    const { page } = browser;
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (c) => settle(c));
    page.on('console', (m) => {
      const text = m.text();
      if (text.includes(PREFIX)) console.log(text.slice(text.indexOf(PREFIX) + PREFIX.length + 1));
    });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    const remote = `vscode-remote://127.0.0.1:${cs.port}`;
    const payload = devPaths.map((d) => ['extensionDevelopmentPath', remote + path.resolve(d)]);
    if (testsPath) payload.push(['extensionTestsPath', remote + path.resolve(testsPath)]);
    const query = (folder ? `folder=${encodeURIComponent(path.resolve(folder))}&` : '') + `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    await page.goto(`${cs.url}/?${query}`);
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
    const result = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (result === 'timeout') console.error(`the tests did not finish within ${TIMEOUT_MS / 1000} s`);
    code = typeof result === 'number' ? result : 1;
    if (code !== 0) {
      const dir = path.join(ROOT, 'test-results');
      fs.mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: path.join(dir, 'integration-failure.png') }).catch(() => undefined);
      fs.copyFileSync(cs.logFile, path.join(dir, 'integration-code-server.log'));
    }
  } finally {
    await browser.close();
    await cs.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
