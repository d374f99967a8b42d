/**
 * `--fix` and `--fix-dry-run` on copies of fixtures written with legacy
 * keywords: the fixed file, what is reported as left, the unified diff (kept
 * as a golden file and checked to apply with `git apply`), byte-order marks,
 * CRLF, permissions and symbolic links kept, and the guard that never
 * overwrites a file that changed on disk after it was read.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeIfUnchanged } from '../../server/src/cli/safe-write';
import { expectGolden } from '../helpers/golden';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree } from '../helpers/cli';
import { ROOT } from '../helpers/root';

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }>; errorCount: number; warningCount: number }>;

const LEGACY = fs.readFileSync(path.join(ROOT, 'test/cli/fixtures/fixable/legacy-keywords.minutes'), 'utf8');
const RULE_BAD = fs.readFileSync(path.join(ROOT, 'test/fixtures/rules/keyword-form/bad.minutes'), 'utf8');

describe('minutes lint --fix and --fix-dry-run', function () {
  this.timeout(30000);
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => (dir = tempTree({ 'legacy.minutes': LEGACY, 'rule/bad.minutes': RULE_BAD })));
  afterEach(() => cleanup(dir));
  const read = (rel: string): string => fs.readFileSync(path.join(dir, rel), 'utf8');

  it('--fix rewrites the legacy keywords in place and reports what is left', () => {
    const r = runCli(['lint', '--fix', '-f', 'json', 'legacy.minutes'], { cwd: dir });
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'minutes: fixed 5 problems in 1 file\n');
    expectGolden('cli/fix-legacy-keywords.minutes', read('legacy.minutes'));
    assert.doesNotMatch(read('legacy.minutes'), /Resolved -|Recommended -|^Minutes:|It was resolved|RESOLVED –/m);
    assert.deepEqual(parseJson<Report>(r.stdout)[0].messages, []);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
    const again = runCli(['lint', '--fix', 'legacy.minutes'], { cwd: dir });
    assert.equal(again.stderr, 'minutes: nothing to fix\n');
  });

  it('--fix keeps the problems it cannot fix in the report and the exit code', () => {
    const r = runCli(['lint', '--fix', '-f', 'json', 'rule/bad.minutes'], { cwd: dir });
    const [result] = parseJson<Report>(r.stdout);
    const text = read('rule/bad.minutes');
    assert.match(text, /^RESOLVED: that the Committee:$/m);
    assert.match(text, /^VOTE: unanimous$/m);
    assert.ok(result.messages.every((m) => m.ruleId !== 'keyword-form'), 'every keyword-form problem was fixed');
    assert.equal(r.code, result.errorCount > 0 ? 1 : 0);
  });

  // Typed in a plain-text editor: a spaced hyphen for each dash of an ACTION, and an en dash in the time.
  it('--fix writes hyphen-parted ACTIONs with em dashes and a spaced time range as HH:MM-HH:MM, then reports them clean', () => {
    const typed = ['---', 'committee: Parish Council', 'date: 2024-03-12', 'time: 19:00 – 20:45', '---', '', 'PEOPLE:', '@clerk  Helen Raine — Clerk', '',
      '# 5. Market Hall lease', 'RESOLVED: That the lease be signed.', 'ACTION: @clerk - Sign and return the lease - due 2024-04-30 - done', ''].join('\n');
    fs.writeFileSync(path.join(dir, 'typed.minutes'), typed);
    const before = runCli(['lint', '-f', 'json', 'typed.minutes'], { cwd: dir });
    assert.equal(before.code, 1);
    assert.deepEqual(parseJson<Report>(before.stdout)[0].messages.map((m) => [m.ruleId, m.line]), [['header-invalid', 4], ['action-owner', 12]]);
    const r = runCli(['lint', '--fix', '-f', 'json', 'typed.minutes'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, 'minutes: fixed 2 problems in 1 file\n');
    assert.equal(read('typed.minutes'), typed.replace('19:00 – 20:45', '19:00-20:45').replace('@clerk - Sign and return the lease - due 2024-04-30 - done', '@clerk — Sign and return the lease — due 2024-04-30 — done'));
    assert.deepEqual(parseJson<Report>(r.stdout)[0].messages, []);
  });

  it('--fix keeps a byte-order mark, CRLF line ends and the file mode', () => {
    const crlf = `\uFEFF${LEGACY.replace(/\n/g, '\r\n')}`;
    fs.writeFileSync(path.join(dir, 'crlf.minutes'), crlf);
    fs.chmodSync(path.join(dir, 'crlf.minutes'), 0o640);
    const r = runCli(['lint', '--fix', 'crlf.minutes'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const bytes = fs.readFileSync(path.join(dir, 'crlf.minutes'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.doesNotMatch(text, /[^\r]\n/, 'no bare LF line ends');
    assert.equal(text, fixedLegacy().replace(/\n/g, '\r\n'));
    assert.equal(fs.statSync(path.join(dir, 'crlf.minutes')).mode & 0o777, 0o640);
  });

  it('--fix through a symbolic link fixes the target and keeps the link', () => {
    fs.symlinkSync(path.join(dir, 'legacy.minutes'), path.join(dir, 'link.minutes'));
    runCli(['lint', '--fix', 'link.minutes'], { cwd: dir });
    assert.ok(fs.lstatSync(path.join(dir, 'link.minutes')).isSymbolicLink());
    assert.equal(read('legacy.minutes'), fixedLegacy());
  });

  it('--fix-dry-run prints a unified diff that git apply accepts, and changes nothing', () => {
    const r = runCli(['lint', '--fix-dry-run', 'legacy.minutes', 'rule/bad.minutes'], { cwd: dir });
    assert.equal(read('legacy.minutes'), LEGACY);
    assert.equal(read('rule/bad.minutes'), RULE_BAD);
    assert.match(r.stderr, /^minutes: --fix would fix \d+ problems in 2 files; nothing written\n$/);
    expectGolden('cli/fix-dry-run.diff', r.stdout);
    fs.writeFileSync(path.join(dir, 'fix.diff'), r.stdout);
    const apply = spawnSync('git', ['apply', '-p1', 'fix.diff'], { cwd: dir, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
    assert.equal(read('legacy.minutes'), fixedLegacy());
  });

  it('--fix-dry-run sends the report of what would be left to -o, and exits on it', () => {
    const r = runCli(['lint', '--fix-dry-run', 'rule/bad.minutes', '-f', 'json', '-o', 'left.json'], { cwd: dir });
    const [result] = parseJson<Report>(read('left.json'));
    assert.ok(result.messages.every((m) => m.ruleId !== 'keyword-form'));
    assert.equal(r.code, result.errorCount > 0 ? 1 : 0);
    assert.match(r.stdout, /^--- a\/rule\/bad\.minutes\n\+\+\+ b\/rule\/bad\.minutes\n@@ /);
  });

  it('--fix-dry-run works on standard input', () => {
    const r = runCli(['lint', '-', '--stdin-filename', 'piped.minutes', '--fix-dry-run'], { cwd: dir, input: LEGACY });
    assert.match(r.stdout, /^--- a\/piped\.minutes\n\+\+\+ b\/piped\.minutes\n/);
    assert.match(r.stdout, /^-Resolved - That the budget monitoring report be noted\.\n\+RESOLVED: That the budget monitoring report be noted\.$/m);
  });

  it('--fix-dry-run with nothing to fix prints no diff', () => {
    fs.writeFileSync(path.join(dir, 'done.minutes'), fixedLegacy());
    const r = runCli(['lint', '--fix-dry-run', 'done.minutes'], { cwd: dir });
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'minutes: nothing to fix\n');
  });

  describe('the changed-on-disk guard (writeIfUnchanged)', () => {
    const snapshot = (file: string) => ({ bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs });

    it('writes when the file is as it was read, atomically', () => {
      const file = path.join(dir, 'legacy.minutes');
      assert.equal(writeIfUnchanged(file, snapshot(file), Buffer.from('new text\n')), true);
      assert.equal(read('legacy.minutes'), 'new text\n');
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    });

    it('does not overwrite a file whose content changed after it was read', () => {
      const file = path.join(dir, 'legacy.minutes');
      const seen = snapshot(file);
      const edited = LEGACY.replace('Finance Committee', 'Finance & Audit');
      fs.writeFileSync(file, edited);
      fs.utimesSync(file, new Date(seen.mtimeMs), new Date(seen.mtimeMs));
      assert.equal(writeIfUnchanged(file, seen, Buffer.from('fixed\n')), false);
      assert.equal(read('legacy.minutes'), edited);
    });

    it('does not overwrite a file saved again with the same size but a new time', () => {
      const file = path.join(dir, 'legacy.minutes');
      const seen = snapshot(file);
      fs.utimesSync(file, new Date(), new Date(seen.mtimeMs + 5000));
      assert.equal(writeIfUnchanged(file, seen, Buffer.from('fixed\n')), false);
      assert.equal(read('legacy.minutes'), LEGACY);
    });

    it('does not write a file that was deleted', () => {
      const file = path.join(dir, 'legacy.minutes');
      const seen = snapshot(file);
      fs.rmSync(file);
      assert.equal(writeIfUnchanged(file, seen, Buffer.from('fixed\n')), false);
      assert.equal(fs.existsSync(file), false);
    });
  });
});

/** The legacy fixture as --fix should leave it. */
function fixedLegacy(): string {
  return LEGACY.replace('Recommended - ', 'RECOMMENDED: ')
    .replace(/^Minutes:$/m, 'MINUTES:')
    .replace('Resolved - ', 'RESOLVED: ')
    .replace('It was resolved that: ', 'RESOLVED: that ')
    .replace('RESOLVED – ', 'RESOLVED: ');
}
