/**
 * The export code is a bundle of its own (out/exports.js), loaded by the CLI
 * and the server only when an export is asked for, so that `minutes lint` and
 * a server that never exports do not compile the docx library at start-up.
 * Shown by behaviour: a CLI bundle copied without exports.js still lints, and
 * reports a missing exports.js only when asked to export; with it beside, it
 * exports again.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanup, ensureBuilt, tempTree } from '../helpers/cli';
import { ROOT } from '../helpers/root';
import { CLEAN_MINUTES, FAULTY_MINUTES } from '../helpers/documents';

const OUT = path.join(ROOT, 'out');

function run(cli: string, args: readonly string[], cwd: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.MINUTES_WORKERS;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

describe('the export code is loaded on demand (out/exports.js)', function () {
  this.timeout(60000);
  let dir: string;
  let cli: string;

  before(() => {
    ensureBuilt();
    dir = tempTree({ 'bin/placeholder': '', 'work/clean.minutes': CLEAN_MINUTES, 'work/faulty.minutes': FAULTY_MINUTES });
    cli = path.join(dir, 'bin', 'cli.js');
    fs.copyFileSync(path.join(OUT, 'cli.js'), cli);
  });
  after(() => cleanup(dir));

  it('leaves the docx library out of the CLI and server bundles', () => {
    for (const bundle of ['cli.js', 'server.js']) {
      assert.doesNotMatch(fs.readFileSync(path.join(OUT, bundle), 'utf8'), /node_modules\/docx\//, `${bundle} has no docx code`);
    }
    assert.match(fs.readFileSync(path.join(OUT, 'exports.js'), 'utf8'), /node_modules\/docx\//);
  });

  it('lints without exports.js beside the CLI, and names it only when an export needs it', () => {
    const work = path.join(dir, 'work');
    const clean = run(cli, ['lint', 'clean.minutes'], work);
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(clean.stdout, '✔ 1 file checked, no problems\n');
    const faulty = run(cli, ['lint', '.', '--format', 'github'], work);
    assert.equal(faulty.status, 1, faulty.stderr);
    assert.match(faulty.stdout, /title=person-unknown::/);
    const exported = run(cli, ['export', 'clean.minutes', '--to', 'html'], work);
    assert.equal(exported.status, 2);
    assert.match(exported.stderr, /exports\.js/);
  });

  it('exports once exports.js is beside the CLI', () => {
    fs.copyFileSync(path.join(OUT, 'exports.js'), path.join(dir, 'bin', 'exports.js'));
    const work = path.join(dir, 'work');
    const html = run(cli, ['export', 'clean.minutes', '--to', 'html'], work);
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /<h1[^>]*>[^<]*Parish Council/);
    const docx = run(cli, ['export', 'clean.minutes', '--to', 'docx', '-o', 'clean.docx'], work);
    assert.equal(docx.status, 0, docx.stderr);
    assert.equal(fs.readFileSync(path.join(work, 'clean.docx')).subarray(0, 2).toString('latin1'), 'PK');
  });
});
