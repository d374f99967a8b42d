/**
 * The npm tarball: `npm pack` gives a package that installs globally with no
 * network and no npm cache (`--offline` with an empty cache), and whose
 * `minutes` command lints and exports from any folder, PDF included (the
 * bundled playwright-core drives the installed Chromium; that test is
 * pending without Chromium, failing on CI: test/helpers/external-tools.ts).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { version } from '../../package.json';
import { requireChromium, requirePdfTools } from '../helpers/external-tools';
import { cleanup, ensureBuilt, tempTree } from '../helpers/cli';
import { ROOT } from '../helpers/root';
import { CLEAN_MINUTES, FAULTY_MINUTES } from '../helpers/documents';

function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

describe('npm pack: a tarball that installs globally offline', function () {
  this.timeout(180000);
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    ensureBuilt();
    dir = tempTree({ 'work/clean.minutes': CLEAN_MINUTES, 'work/faulty.minutes': FAULTY_MINUTES });
    const pack = run('npm', ['pack', '--pack-destination', dir, '--silent'], ROOT);
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = path.join(dir, `minutes-language-${version}.tgz`);
    assert.ok(fs.existsSync(tarball), 'npm pack made the tarball');
    const prefix = path.join(dir, 'prefix');
    const install = run('npm', ['install', '-g', tarball, '--prefix', prefix, '--offline', '--cache', path.join(dir, 'empty-cache'), '--no-audit', '--no-fund'], dir);
    assert.equal(install.status, 0, install.stderr);
    env = { ...process.env, PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
  });
  after(() => cleanup(dir));

  it('ships only the bundles (with the export and import code they load on demand), the README, the licence and the bundled playwright-core', () => {
    const list = run('tar', ['tzf', path.join(dir, `minutes-language-${version}.tgz`)], dir).stdout.split('\n').filter(Boolean);
    const own = list.filter((f) => !f.startsWith('package/node_modules/playwright-core/')).sort();
    assert.deepEqual(own, ['package/LICENSE', 'package/README.md', 'package/out/cli.js', 'package/out/exports.js', 'package/out/imports.js', 'package/out/server.js', 'package/package.json']);
    assert.ok(list.includes('package/node_modules/playwright-core/package.json'));
  });

  it('minutes lint runs from any folder, with its exit codes', () => {
    const work = path.join(dir, 'work');
    const clean = run('minutes', ['lint', 'clean.minutes'], work, env);
    assert.equal(clean.status, 0, clean.stderr);
    assert.equal(clean.stdout, '✔ 1 file checked, no problems\n');
    const faulty = run('minutes', ['lint', '.', '--format', 'github'], work, env);
    assert.equal(faulty.status, 1);
    assert.match(faulty.stdout, /^::error file=faulty\.minutes,line=9,col=24,.*title=person-unknown::/m);
    assert.equal(run('minutes', ['--version'], work, env).stdout, `${version}\n`);
  });

  it('minutes export runs from any folder: html to standard output, docx to a file', () => {
    const work = path.join(dir, 'work');
    const html = run('minutes', ['export', 'clean.minutes', '--to', 'html'], work, env);
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /<h1[^>]*>[^<]*Parish Council/);
    assert.equal(run('minutes', ['export', 'clean.minutes', '--to', 'docx', '-o', 'clean.docx'], work, env).status, 0);
    assert.equal(fs.readFileSync(path.join(work, 'clean.docx')).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('minutes export runs from any folder: pdf to a file, printed by the bundled playwright-core', function () {
    requireChromium(this);
    requirePdfTools(this);
    const work = path.join(dir, 'work');
    const pdf = run('minutes', ['export', 'clean.minutes', '--to', 'pdf', '-o', 'clean.pdf'], work, env);
    assert.equal(pdf.status, 0, pdf.stderr);
    const text = run('pdftotext', [path.join(work, 'clean.pdf'), '-'], work);
    assert.match(text.stdout, /Parish Council/);
  });
});
