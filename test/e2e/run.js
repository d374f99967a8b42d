#!/usr/bin/env node
// `npm run test:e2e`: installs the editor tools if needed, builds and packages
// the extension, then runs the E2E suites and prints a summary.
//   integration  mocha inside VS Code's extension host, via @vscode/test-electron's runTests
//   untrusted    the same, in a folder opened in restricted mode (workspace trust on)
//   ui           the packaged .vsix in the workbench, driven through the browser
//   nvim         Neovim as a second LSP client of out/server.js
//   web          the web extension in VS Code for the web, its server in a Web Worker (web.js)
// MINUTES_E2E_SUITES=integration,ui picks suites; MINUTES_E2E_GREP filters integration tests.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ensureTools, ROOT } = require('./tools');

const SUITES = (process.env.MINUTES_E2E_SUITES || 'integration,untrusted,ui,nvim,web').split(',').map((s) => s.trim()).filter(Boolean);
const VSIX = path.join(ROOT, 'minutes-language.vsix');

function npm(...args) {
  const r = spawnSync('npm', args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${r.status})`);
}

async function main() {
  const t0 = Date.now();
  const lap = (msg) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`);
  lap('e2e tools (code-server, playwright-core)');
  ensureTools();
  lap('build and package the extension');
  npm('run', 'package'); // vscode:prepublish runs the build first
  for (const artefact of ['out/extension.js', 'out/server.js', 'minutes-language.vsix']) {
    if (!fs.existsSync(path.join(ROOT, artefact))) throw new Error(`${artefact} is missing after the build`);
  }
  const results = {};
  for (const suite of SUITES) {
    lap(`suite: ${suite}`);
    if (suite === 'integration') results[suite] = await require('./run-integration').runIntegration();
    else if (suite === 'untrusted') results[suite] = await require('./run-integration').runUntrusted();
    else if (suite === 'ui') results[suite] = await require('./ui').runUi({ vsix: VSIX });
    else if (suite === 'nvim') results[suite] = require('./nvim').runNeovim();
    else if (suite === 'web') results[suite] = await require('./web').runWeb();
    else throw new Error(`unknown suite "${suite}" (integration, untrusted, ui, nvim, web)`);
  }
  lap('summary');
  for (const [suite, ok] of Object.entries(results)) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${suite}`);
  console.log('  screenshots and results: test-results/');
  return Object.values(results).every(Boolean);
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
