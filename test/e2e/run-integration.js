// The integration suites through @vscode/test-electron's own runTests API,
// with code-server standing in for the desktop build (code-server-shim.js):
// the main suite in a trusted window, and the untrusted suite in a window whose
// folder nobody has trusted (restricted mode).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');
const { ROOT } = require('./tools');
const { prepareWorkspace } = require('./workspace');

// What the untrusted suite checks is ignored: a workspace may not choose the Chromium that PDF export starts.
const WORKSPACE_CHROMIUM = '/nonexistent/chromium-named-by-the-workspace';

async function run(name, { env = {}, settings = {}, userSettings } = {}) {
  const workspace = prepareWorkspace(name, settings);
  const results = path.join(ROOT, 'test-results', `e2e-${name}.json`);
  fs.mkdirSync(path.dirname(results), { recursive: true });
  fs.rmSync(results, { force: true });
  const user = path.join(workspace, '..', 'user');
  if (userSettings) {
    fs.mkdirSync(path.join(user, 'User'), { recursive: true });
    fs.writeFileSync(path.join(user, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2) + '\n');
  }
  try {
    await runTests({
      // On a desktop machine: MINUTES_VSCODE_PATH names an installed VS Code, and
      // MINUTES_E2E_DESKTOP=1 lets test-electron download one as it normally does.
      vscodeExecutablePath:
        process.env.MINUTES_VSCODE_PATH || (process.env.MINUTES_E2E_DESKTOP === '1' ? undefined : path.join(__dirname, 'code-server-shim.js')),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      // Our own profile folders, so runTests does not create .vscode-test/ in the project.
      launchArgs: [workspace, `--user-data-dir=${user}`, `--extensions-dir=${path.join(workspace, '..', 'extensions')}`],
      extensionTestsEnv: { MINUTES_E2E_RESULTS: results, MINUTES_E2E_OUT: path.join(path.dirname(workspace), 'exports'), ...env },
    });
    return true;
  } catch (err) {
    console.error(`${name} suite failed: ${err instanceof Error ? err.message : err}`);
    return false;
  }
}

function runIntegration() {
  return run('integration');
}

/**
 * Workspace trust on, no startup prompt, so the folder opens in restricted mode.
 * Only through code-server: test-electron always starts a desktop VS Code with
 * --disable-workspace-trust.
 */
function runUntrusted() {
  return run('untrusted', {
    env: { MINUTES_E2E_WORKSPACE_TRUST: 'on', MINUTES_E2E_TESTS: 'untrusted', MINUTES_E2E_WORKSPACE_CHROMIUM: WORKSPACE_CHROMIUM },
    settings: { 'security.workspace.trust.enabled': undefined, 'minutes.pdf.chromiumPath': WORKSPACE_CHROMIUM },
    userSettings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' },
  });
}

module.exports = { runIntegration, runUntrusted };

if (require.main === module) {
  const suite = process.argv[2] === 'untrusted' ? runUntrusted : runIntegration;
  suite().then((ok) => process.exit(ok ? 0 : 1));
}
