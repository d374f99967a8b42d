/**
 * Exports through the CLI (`minutes export FILE --to FORMAT -o OUT`) write
 * the path the user chose and nothing else:
 * - the whole temporary tree is compared before and after: only OUT changed,
 *   and no temporary file is left, whether the export worked or failed;
 * - the source is never overwritten, however OUT names it (the same path
 *   spelt otherwise, a symbolic link to it, a hard link to it);
 * - OUT as a symbolic link to a file elsewhere replaces the link, and the
 *   file it pointed to is untouched;
 * - the write is atomic: OUT is a new file renamed into place (a new inode,
 *   the old content whole until then), keeping an existing file's mode;
 * - a missing folder, or a folder as OUT, ends with exit 2 and one line.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers/root';

const CLI = path.join(ROOT, 'out', 'cli.js');
const SOURCE = fs.readFileSync(path.join(ROOT, 'examples/westford-planning-committee.minutes'), 'utf8');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Every file and link under `dir`: path -> what it is (content hash, mode, link target, inode). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      const rel = path.relative(dir, p);
      if (e.isSymbolicLink()) out.set(rel, `link -> ${fs.readlinkSync(p)}`);
      else if (e.isDirectory()) {
        out.set(rel, 'folder');
        walk(p);
      } else {
        const st = fs.statSync(p);
        out.set(rel, `file ${createHash('sha256').update(fs.readFileSync(p)).digest('hex')} mode ${(st.mode & 0o777).toString(8)} inode ${st.ino}`);
      }
    }
  };
  walk(dir);
  return out;
}

/** The paths whose entry differs between two snapshots. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k)).sort();
}

describe('robustness: exports write the chosen path only, atomically, never over the source', function () {
  this.timeout(60_000);
  let top: string;
  let work: string;
  let source: string;

  const exportTo = (out: string, to = 'html'): Run => {
    const r = spawnSync(process.execPath, [CLI, 'export', source, '--to', to, '-o', out], { cwd: work, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeEach(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-export-'));
    work = path.join(top, 'work');
    fs.mkdirSync(path.join(work, 'out'), { recursive: true });
    fs.mkdirSync(path.join(top, 'elsewhere'));
    fs.writeFileSync(path.join(top, 'elsewhere', 'victim.html'), 'not yours');
    source = path.join(work, 'minutes.minutes');
    fs.writeFileSync(source, SOURCE);
  });

  afterEach(() => fs.rmSync(top, { recursive: true, force: true }));

  for (const to of ['html', 'md', 'json', 'docx']) {
    it(`--to ${to}: only the chosen file appears, and no temporary file is left`, () => {
      const before = snapshot(top);
      const r = exportTo(`out/minutes.${to}`, to);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(changed(before, snapshot(top)), [`work/out/minutes.${to}`]);
      assert.ok(fs.statSync(path.join(work, 'out', `minutes.${to}`)).size > 0);
    });
  }

  it('an existing file is replaced by a new one renamed into place, keeping its mode', () => {
    const target = path.join(work, 'out', 'minutes.html');
    fs.writeFileSync(target, 'old export');
    fs.chmodSync(target, 0o640);
    const inode = fs.statSync(target).ino;
    const before = snapshot(top);
    const r = exportTo('out/minutes.html');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(changed(before, snapshot(top)), ['work/out/minutes.html']);
    const st = fs.statSync(target);
    assert.notEqual(st.ino, inode, 'a new file was renamed over the old one');
    assert.equal(st.mode & 0o777, 0o640, 'the mode is kept');
    assert.match(fs.readFileSync(target, 'utf8'), /^<!DOCTYPE html>[\s\S]*<\/html>\n$/, 'whole');
  });

  it('the source is never overwritten, however -o names it', () => {
    fs.symlinkSync(source, path.join(work, 'link-to-source.html'));
    fs.linkSync(source, path.join(work, 'hard-link-to-source.html'));
    fs.symlinkSync(work, path.join(top, 'work-link'));
    const names = ['minutes.minutes', './minutes.minutes', 'out/../minutes.minutes', source, 'link-to-source.html', 'hard-link-to-source.html', path.join(top, 'work-link', 'minutes.minutes')];
    for (const name of names) {
      const before = snapshot(top);
      const r = exportTo(name);
      assert.equal(r.code, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, /^minutes: [^\n]*refusing to overwrite the source file[^\n]*\n$/, name);
      assert.deepEqual(changed(before, snapshot(top)), [], `${name}: nothing written`);
    }
    assert.equal(fs.readFileSync(source, 'utf8'), SOURCE);
  });

  it('-o a symbolic link to a file elsewhere: the link is replaced, the file it pointed to is untouched', () => {
    const victim = path.join(top, 'elsewhere', 'victim.html');
    fs.symlinkSync(victim, path.join(work, 'out', 'trap.html'));
    const r = exportTo('out/trap.html');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(fs.readFileSync(victim, 'utf8'), 'not yours');
    assert.ok(!fs.lstatSync(path.join(work, 'out', 'trap.html')).isSymbolicLink(), 'the export is a file where the link was');
  });

  it('a missing folder, or a folder as -o: exit 2 with one line naming it, nothing written, no temporary file left', () => {
    fs.mkdirSync(path.join(work, 'out', 'a-folder'));
    fs.writeFileSync(path.join(work, 'out', 'a-folder', 'keep.txt'), 'keep');
    for (const name of ['no-such-folder/minutes.html', 'out/a-folder']) {
      const before = snapshot(top);
      const r = exportTo(name);
      assert.equal(r.code, 2, `${name}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`^minutes: ${name.replace(/[/.-]/g, '\\$&')}: cannot write: [^\\n]+\\n$`));
      assert.doesNotMatch(r.stderr, /\n\s+at /);
      assert.deepEqual(changed(before, snapshot(top)), [], `${name}: nothing left behind`);
    }
  });

  it('without -o, text goes to standard output and no file is written', () => {
    const before = snapshot(top);
    const r = spawnSync(process.execPath, [CLI, 'export', source, '--to', 'md'], { cwd: work, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.length > 100);
    assert.deepEqual(changed(before, snapshot(top)), []);
  });
});
