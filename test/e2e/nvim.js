// Neovim as a second LSP client: the server the extension ships
// (out/server.js, over stdio) must give every seed its symbols and no errors,
// and a broken copy an error, to an editor that is not VS Code.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./tools');
const { prepareWorkspace, seedFiles } = require('./workspace');

function runNvim(file, cwd) {
  const state = path.join(cwd, '..', 'nvim');
  const env = {
    ...process.env,
    MINUTES_LS: path.join(ROOT, 'out', 'server.js'),
    XDG_CONFIG_HOME: path.join(state, 'config'), XDG_DATA_HOME: path.join(state, 'data'),
    XDG_CACHE_HOME: path.join(state, 'cache'), XDG_STATE_HOME: path.join(state, 'state'),
  };
  const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(__dirname, 'nvim-init.lua'), file], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  const lines = (r.stdout || '').split('\n').filter(Boolean);
  return {
    status: r.status,
    stderr: r.stderr || '',
    header: lines.find((l) => l.startsWith('FILETYPE')) || '',
    diagnostics: lines.filter((l) => l.startsWith('DIAG ')),
    symbols: lines.filter((l) => l.startsWith('SYMBOL ')),
  };
}

function runNeovim({ log = console.log } = {}) {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    log('  ✘ nvim not found (apt-get install neovim)');
    return false;
  }
  const ws = prepareWorkspace('nvim');
  fs.writeFileSync(path.join(ws, 'broken-date.minutes'), fs.readFileSync(path.join(ws, seedFiles()[0]), 'utf8').replace(/^date: .*$/m, 'date: 2021-02-30'));
  let ok = true;
  const check = (pass, what) => {
    log(`  ${pass ? '✔' : '✘'} ${what}`);
    ok = ok && pass;
  };
  for (const seed of seedFiles()) {
    const r = runNvim(seed, ws);
    const errors = r.diagnostics.filter((d) => / ERROR /.test(d));
    check(r.status === 0 && /FILETYPE minutes CLIENTS 1 PUBLISHED true/.test(r.header) && r.symbols.length > 0 && errors.length === 0,
      `${seed}: ${r.header}; ${r.symbols.length} symbols, ${r.diagnostics.length} diagnostics, ${errors.length} errors${errors.length ? `\n      ${errors.join('\n      ')}` : ''}${r.status !== 0 ? `\n      ${r.stderr.trim()}` : ''}`);
  }
  const broken = runNvim('broken-date.minutes', ws);
  // The date is on line 4 of the header.
  check(broken.diagnostics.some((d) => d.startsWith('DIAG 4:') && / ERROR /.test(d)), `broken-date.minutes: ${broken.diagnostics.join(' | ') || 'no diagnostics'}`);
  return ok;
}

module.exports = { runNeovim };

if (require.main === module) process.exit(runNeovim() ? 0 : 1);
