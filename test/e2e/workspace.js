// A fresh workspace folder per suite under .test-work/: copies of the seed
// documents plus settings that make the results deterministic.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('./tools');

const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');

/**
 * Returns the absolute path of `.test-work/<name>/ws`, recreated empty but for the
 * seeds. `settings` is laid over the workspace settings (undefined drops a key).
 */
function prepareWorkspace(name, settingsOver = {}) {
  const base = path.join(ROOT, '.test-work', name);
  fs.rmSync(base, { recursive: true, force: true });
  const ws = path.join(base, 'ws');
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  for (const f of seedFiles()) fs.copyFileSync(path.join(SEEDS, f), path.join(ws, f));
  const settings = {
    'minutes.today': '2021-07-01',
    'minutes.debounce': 0,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'telemetry.telemetryLevel': 'off',
  };
  fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify({ ...settings, ...settingsOver }, null, 2) + '\n');
  return ws;
}

function seedFiles() {
  return fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.minutes')).sort() : [];
}

module.exports = { prepareWorkspace, seedFiles, SEEDS };
