// Runs inside the extension host (VS Code's extensionTestsPath): loads the
// TypeScript test files through the project's require hook and runs them with
// mocha. Each result is printed with a prefix the shim forwards to the
// terminal, and the summary is written to $MINUTES_E2E_RESULTS for CI.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

require('../../register-ts.js');

const PREFIX = '[minutes-e2e]';
const say = (line) => console.log(`${PREFIX} ${line}`);

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: function silent() {} });
  const only = process.env.MINUTES_E2E_GREP;
  if (only) mocha.grep(only);
  // The untrusted suite runs in its own window (workspace trust on, folder not trusted).
  const dir = process.env.MINUTES_E2E_TESTS === 'untrusted' ? path.join(__dirname, 'untrusted') : __dirname;
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort()) mocha.addFile(path.join(dir, f));
  const results = { passes: [], failures: [], pending: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      say(`${results.passes.length} passing, ${results.failures.length} failing, ${results.pending.length} pending`);
      if (process.env.MINUTES_E2E_RESULTS) fs.writeFileSync(process.env.MINUTES_E2E_RESULTS, JSON.stringify(results, null, 2) + '\n');
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', (t) => {
      results.passes.push({ title: t.fullTitle(), ms: t.duration });
      say(`  ✔ ${t.fullTitle()} (${t.duration} ms)`);
    });
    runner.on('pending', (t) => {
      results.pending.push({ title: t.fullTitle() });
      say(`  - ${t.fullTitle()} (skipped)`);
    });
    runner.on('fail', (t, err) => {
      results.failures.push({ title: t.fullTitle(), error: String(err && err.stack ? err.stack : err) });
      say(`  ✘ ${t.fullTitle()}\n      ${String(err && err.message ? err.message : err).split('\n').join('\n      ')}`);
    });
  });
};
