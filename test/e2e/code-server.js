// Starts and stops code-server for the E2E tests. It runs in its own process
// group (detached = setsid) and is stopped by killing the whole group, so the
// extension host, the language server and the file watcher go with it.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** Environment that keeps code-server's and VS Code's state inside `dataDir`. */
function isolatedEnv(dataDir, extra = {}) {
  const xdg = (k) => path.join(dataDir, 'xdg', k);
  return { ...process.env, XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_CACHE_HOME: xdg('cache'), XDG_STATE_HOME: xdg('state'), ...extra };
}

function dirs(dataDir) {
  const d = { user: path.join(dataDir, 'user'), extensions: path.join(dataDir, 'extensions') };
  // code-server does not create missing parents.
  for (const p of Object.values(d)) fs.mkdirSync(p, { recursive: true });
  return d;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Installs a .vsix into the extensions folder of `dataDir`. */
function installExtension(codeServer, dataDir, vsix) {
  const d = dirs(dataDir);
  execFileSync(codeServer, ['--config', '/dev/null', '--user-data-dir', d.user, '--extensions-dir', d.extensions, '--install-extension', vsix], {
    env: isolatedEnv(dataDir),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/**
 * Starts code-server on a free loopback port and resolves once it answers
 * /healthz. With `workspaceTrust`, VS Code's workspace trust is on, so a folder
 * nobody has trusted opens in restricted mode. `stop()` kills its process group and resolves when the group is gone.
 */
async function startCodeServer({ codeServer, dataDir, env = {}, userDataDir, extensionsDir, workspaceTrust = false }) {
  const d = dirs(dataDir);
  const user = userDataDir || d.user;
  const extensions = extensionsDir || d.extensions;
  for (const p of [user, extensions]) fs.mkdirSync(p, { recursive: true });
  const port = await freePort();
  const logFile = path.join(dataDir, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const args = [
    '--config', '/dev/null', '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    '--user-data-dir', user, '--extensions-dir', extensions,
  ];
  // Trust is off for most suites (no trust prompt); the untrusted suite turns it on.
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  const child = spawn(codeServer, args, { detached: true, stdio: ['ignore', log, log], env: isolatedEnv(dataDir, env) });
  fs.closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; see ${logFile}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup('SIGKILL');
      throw new Error(`code-server did not listen within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  async function stop() {
    process.removeListener('exit', onExit);
    if (!killGroup('SIGTERM')) return;
    const until = Date.now() + 10_000;
    while (killGroup(0)) {
      if (Date.now() > until) {
        killGroup('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { url, port, pid: child.pid, logFile, stop };
}

module.exports = { startCodeServer, installExtension, isolatedEnv };
