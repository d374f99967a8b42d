// Installs the editor used by the E2E tests, code-server (a real VS Code
// 1.100 workbench) and playwright-core, into .tools/e2e/: outside the
// project's dependencies, reused when already there. Nothing downloads a
// binary: @vscode/ripgrep's download is served from a cache seeded with the
// system's rg, and the browser is the system's Chromium.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const TOOLS = process.env.MINUTES_E2E_TOOLS || path.join(ROOT, '.tools', 'e2e');
// code-server 4.100.3 is the last release that runs on Node 20 (VS Code 1.100.3).
const CODE_SERVER_VERSION = '4.100.3';
const PLAYWRIGHT_VERSION = '1.65.1';
// What code-server 4.100.3's @vscode/ripgrep (1.15.11) looks for in its download cache.
const RIPGREP_CACHE = { dir: 'vscode-ripgrep-cache-1.15.11', file: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };

const paths = {
  tools: TOOLS,
  nodeModules: path.join(TOOLS, 'node_modules'),
  codeServer: path.join(TOOLS, 'node_modules', '.bin', 'code-server'),
  chromium: process.env.CHROMIUM || firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
};

function firstExisting(candidates) {
  return candidates.find((p) => fs.existsSync(p)) || candidates[0];
}

function version(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(paths.nodeModules, pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** True when both tools are installed at the pinned versions and code-server's postinstall finished. */
function installed() {
  return (
    version('code-server') === CODE_SERVER_VERSION &&
    version('playwright-core') === PLAYWRIGHT_VERSION &&
    fs.existsSync(paths.codeServer) &&
    fs.existsSync(path.join(paths.nodeModules, 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'))
  );
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Installs the tools unless they are there already; returns their paths. */
function ensureTools({ log = console.log } = {}) {
  if (installed()) return paths;
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (rg) is missing: apt-get install ripgrep (see .ci/e2e.sh)');
  const tmp = path.join(TOOLS, 'tmp');
  const cache = path.join(tmp, RIPGREP_CACHE.dir);
  fs.mkdirSync(cache, { recursive: true });
  execFileSync('tar', ['czf', path.join(cache, RIPGREP_CACHE.file), '-C', path.dirname(fs.realpathSync(rg)), path.basename(fs.realpathSync(rg))]);
  fs.writeFileSync(
    path.join(TOOLS, 'package.json'),
    JSON.stringify(
      {
        name: 'minutes-e2e-tools',
        private: true,
        description: 'Editor and browser driver for the E2E tests; installed by test/e2e/tools.js',
        dependencies: { 'code-server': CODE_SERVER_VERSION, 'playwright-core': PLAYWRIGHT_VERSION },
        allowScripts: { 'code-server': true, argon2: true },
      },
      null,
      2,
    ) + '\n',
  );
  log(`installing code-server@${CODE_SERVER_VERSION} and playwright-core@${PLAYWRIGHT_VERSION} into ${TOOLS} (about a minute)`);
  const env = {
    ...process.env,
    TMPDIR: tmp, // the ripgrep cache lives in os.tmpdir() of the postinstall
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
    npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
  };
  if (fs.existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr'; // build native modules against local headers
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock'];
  const lock = which('flock');
  const r = lock
    ? spawnSync(lock, ['/tmp/npm.lock', 'npm', ...args], { cwd: TOOLS, env, stdio: 'inherit' })
    : spawnSync('npm', args, { cwd: TOOLS, env, stdio: 'inherit' });
  if (r.status !== 0 || !installed()) throw new Error(`installing the E2E tools failed (npm exit ${r.status})`);
  return paths;
}

module.exports = { ensureTools, installed, paths, ROOT, CODE_SERVER_VERSION };

if (require.main === module) {
  ensureTools();
  console.log(execFileSync(paths.codeServer, ['--version'], { encoding: 'utf8', env: { ...process.env, XDG_CONFIG_HOME: path.join(TOOLS, 'tmp', 'xdg') } }).trim());
}
