// The integration suite through @vscode/test-electron's own runTests API,
// with code-server standing in for the desktop build (code-server-shim.js).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { ROOT } = require('./tools');
const { prepareWorkspace } = require('./workspace');

async function runIntegration() {
  const workspace = prepareWorkspace('integration');
  const results = path.join(ROOT, 'test-results', 'e2e-integration.json');
  fs.mkdirSync(path.dirname(results), { recursive: true });
  fs.rmSync(results, { force: true });
  try {
    await runTests({
      // On a desktop machine: MINUTES_VSCODE_PATH names an installed VS Code, and
      // MINUTES_E2E_DESKTOP=1 lets test-electron download one as it normally does.
      vscodeExecutablePath:
        process.env.MINUTES_VSCODE_PATH || (process.env.MINUTES_E2E_DESKTOP === '1' ? undefined : path.join(__dirname, 'code-server-shim.js')),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      // Our own profile folders, so runTests does not create .vscode-test/ in the project.
      launchArgs: [workspace, `--user-data-dir=${path.join(workspace, '..', 'user')}`, `--extensions-dir=${path.join(workspace, '..', 'extensions')}`],
      extensionTestsEnv: { MINUTES_E2E_RESULTS: results, MINUTES_E2E_OUT: path.join(path.dirname(workspace), 'exports') },
    });
    return true;
  } catch (err) {
    console.error(`integration suite failed: ${err instanceof Error ? err.message : err}`);
    return false;
  }
}

module.exports = { runIntegration };

if (require.main === module) runIntegration().then((ok) => process.exit(ok ? 0 : 1));
