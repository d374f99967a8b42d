/**
 * The server in a second, real editor: headless Neovim (Debian's 0.7.x, its
 * built-in LSP client) starts out/server.js over stdio with test/nvim/init.lua,
 * opens a file with a known error and prints the diagnostics and document
 * symbols it received. The test checks them. Neovim comes from apt
 * (`apt-get install neovim`); .ci/run installs it. Without it the test is
 * pending with that command, and fails in CI (CI=true):
 * test/helpers/external-tools.ts.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireNeovim } from '../helpers/external-tools';
import { ROOT, SERVER } from '../helpers/root';

const FILE = `---
committee: Audit Board
date: 2024-07-16
---

PEOPLE:
@okafor   Councillor Grace Okafor — Chair
@chen     Laura Chen — Head of Audit

PRESENT: @okafor (Chair), @nobody

# 5. Risk management
## 5.1 Strategic risks
RESOLVED:
(a) That the register be noted.
(b) That @chen report again in October.

ACTION: @chen — Report the register — due 2024-10-15
`;

describe('lsp: Neovim as the client', function () {
  this.timeout(60000);
  let dir: string;

  before(function () {
    requireNeovim(this);
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run \`npm run build\` first`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-nvim-'));
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the server’s diagnostics and outline in Neovim', () => {
    const file = path.join(dir, 'audit.minutes');
    fs.writeFileSync(file, FILE);
    const xdg = (name: string): string => path.join(dir, 'xdg', name);
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(ROOT, 'test/nvim/init.lua'), file], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 50000,
      env: {
        ...process.env,
        MINUTES_LS: SERVER,
        MINUTES_TODAY: '2024-07-16',
        XDG_CONFIG_HOME: xdg('config'),
        XDG_DATA_HOME: xdg('data'),
        XDG_CACHE_HOME: xdg('cache'),
        XDG_STATE_HOME: xdg('state'),
      },
    });
    const output = `${r.stdout}`;
    assert.equal(r.status, 0, `nvim exited with ${r.status} (${r.signal ?? 'no signal'})\nstdout:\n${output}\nstderr:\n${r.stderr}`);
    const lines = output.split('\n').filter(Boolean);
    assert.ok(lines.includes('READY filetype=minutes clients=1'), output);
    assert.deepEqual(
      lines.filter((l) => l.startsWith('DIAG ')),
      ['DIAG 10:27 error [minutes] person-unknown: @nobody is not declared in PEOPLE: add a line `@nobody  Name — Role` there, or correct the handle.'],
    );
    assert.deepEqual(
      lines.filter((l) => l.startsWith('SYMBOL ')),
      [
        // The agenda first, then the people and attendance under one node.
        'SYMBOL 0 Audit Board | 2024-07-16',
        'SYMBOL 1 5 Risk management | ',
        'SYMBOL 2 5.1 Strategic risks | ',
        'SYMBOL 3 5.1(a) | That the register be noted.',
        'SYMBOL 3 5.1(b) | That @chen report again in October.',
        'SYMBOL 3 Action: Laura Chen — Report the register | due 2024-10-15, open',
        'SYMBOL 1 People and attendance | 2 people, 2 present',
        'SYMBOL 2 People | 2 declared',
        'SYMBOL 3 @okafor | Councillor Grace Okafor — Chair',
        'SYMBOL 3 @chen | Laura Chen — Head of Audit',
        'SYMBOL 2 Present | @okafor, @nobody',
      ],
    );
  });
});
