// Launches the system's headless Chromium through playwright-core (installed
// in the tools folder, not a project dependency), with a fresh profile.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { paths } = require('./tools');

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = require(path.join(paths.nodeModules, 'playwright-core'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: paths.chromium, headless: true, viewport, args: ARGS });
  return {
    context,
    page: context.pages()[0] || (await context.newPage()),
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launchBrowser };
