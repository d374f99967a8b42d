/**
 * Which files `minutes lint` reads and in what order: folders, quoted globs
 * with `!` negations, the ignore file, deduplication, standard input, and
 * `-o` for the report. Each test builds a small tree in a temporary folder
 * and reads the file list back from the JSON report.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree } from '../helpers/cli';
import { CLEAN_MINUTES, FAULTY_MINUTES } from '../helpers/documents';

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }>; errorCount: number; warningCount: number }>;

const TREE = {
  'minutes/2024/jan.minutes': CLEAN_MINUTES,
  'minutes/2024/feb.minutes': CLEAN_MINUTES,
  'minutes/2023/dec.minutes': FAULTY_MINUTES,
  'minutes/drafts/next.minutes': FAULTY_MINUTES,
  'minutes/notes.txt': 'not minutes',
  'minutes/Zeta.minutes': CLEAN_MINUTES,
  'node_modules/pkg/x.minutes': FAULTY_MINUTES,
  '.hidden/y.minutes': FAULTY_MINUTES,
  'top.minutes': CLEAN_MINUTES,
};

describe('minutes lint: files, globs, ignore file, stdin', function () {
  this.timeout(30000);
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => (dir = tempTree(TREE)));
  afterEach(() => cleanup(dir));

  const files = (...args: string[]): string[] => {
    const r = runCli(['lint', '-f', 'json', ...args], { cwd: dir });
    assert.notEqual(r.code, 2, r.stderr);
    return parseJson<Report>(r.stdout).map((x) => x.filePath);
  };

  it('searches folders for *.minutes, skipping node_modules and dot folders, in sorted order', () => {
    assert.deepEqual(files('.'), [
      'minutes/2023/dec.minutes',
      'minutes/2024/feb.minutes',
      'minutes/2024/jan.minutes',
      'minutes/Zeta.minutes',
      'minutes/drafts/next.minutes',
      'top.minutes',
    ]);
  });

  it('lints the current folder when given no paths', () => {
    assert.deepEqual(files(), files('.'));
  });

  it('expands quoted globs itself, with ** and {a,b}', () => {
    assert.deepEqual(files('minutes/**/*.minutes'), files('minutes'));
    assert.deepEqual(files('minutes/2024/*.minutes'), ['minutes/2024/feb.minutes', 'minutes/2024/jan.minutes']);
    assert.deepEqual(files('minutes/{2023,drafts}/*.minutes'), ['minutes/2023/dec.minutes', 'minutes/drafts/next.minutes']);
    assert.deepEqual(files('./minutes/202?/j*.minutes'), ['minutes/2024/jan.minutes']);
  });

  it('removes files matched by a ! negation, and everything under a negated folder', () => {
    assert.deepEqual(files('minutes', '!minutes/drafts/**'), ['minutes/2023/dec.minutes', 'minutes/2024/feb.minutes', 'minutes/2024/jan.minutes', 'minutes/Zeta.minutes']);
    assert.deepEqual(files('**/*.minutes', '!minutes/2024', '!top.minutes'), ['minutes/2023/dec.minutes', 'minutes/Zeta.minutes', 'minutes/drafts/next.minutes']);
  });

  it('lints a file once when it is reached twice, or through a symbolic link', () => {
    fs.symlinkSync(path.join(dir, 'top.minutes'), path.join(dir, 'link.minutes'));
    assert.deepEqual(files('top.minutes', 'top.minutes', './top.minutes', 'link.minutes'), ['top.minutes']);
  });

  it('lints a file named on the command line whatever its extension', () => {
    fs.writeFileSync(path.join(dir, 'minutes.txt'), CLEAN_MINUTES);
    assert.deepEqual(files('minutes.txt'), ['minutes.txt']);
  });

  it('shows files outside the working folder by their absolute path', () => {
    const r = runCli(['lint', '-f', 'json', path.join(dir, 'top.minutes')], { cwd: path.join(dir, 'minutes') });
    assert.deepEqual(parseJson<Report>(r.stdout).map((x) => x.filePath), [path.join(dir, 'top.minutes')]);
  });

  it('gives the same report, in the same order, when the files are spread over worker threads', () => {
    const sources = [CLEAN_MINUTES, FAULTY_MINUTES];
    for (let i = 0; i < 60; i++) fs.writeFileSync(path.join(dir, 'minutes', `gen-${String(i).padStart(2, '0')}.minutes`), sources[i % 2]);
    for (const format of ['json', 'stylish']) {
      const single = runCli(['lint', 'minutes', '-f', format], { cwd: dir, env: { MINUTES_WORKERS: '0' } });
      const threaded = runCli(['lint', 'minutes', '-f', format], { cwd: dir, env: { MINUTES_WORKERS: '2' } });
      assert.equal(threaded.code, single.code);
      assert.equal(threaded.stderr, single.stderr);
      assert.equal(threaded.stdout, single.stdout);
    }
    const fixed = runCli(['lint', 'minutes', '--fix', '-f', 'json'], { cwd: dir, env: { MINUTES_WORKERS: '2' } });
    assert.equal(fixed.stderr, 'minutes: fixed 32 problems in 32 files\n', '30 generated files and 2 in the tree');
    assert.equal(fs.readFileSync(path.join(dir, 'minutes', 'gen-01.minutes'), 'utf8'), FAULTY_MINUTES.replace('Resolved - ', 'RESOLVED: '));
  });

  describe('.minutesignore', () => {
    it('skips files and folders it names, with gitignore rules (anchors, **, !, folder/)', () => {
      fs.writeFileSync(path.join(dir, '.minutesignore'), '# drafts are not checked\ndrafts/\n/minutes/2024/*\n!/minutes/2024/feb.minutes\nZeta.*\n');
      assert.deepEqual(files('.'), ['minutes/2023/dec.minutes', 'minutes/2024/feb.minutes', 'top.minutes']);
    });

    it('skips an ignored file named on the command line, and says so on standard error', () => {
      fs.writeFileSync(path.join(dir, '.minutesignore'), 'top.minutes\n');
      const r = runCli(['lint', '-f', 'json', 'top.minutes', 'minutes/Zeta.minutes'], { cwd: dir });
      assert.equal(r.code, 0);
      assert.deepEqual(parseJson<Report>(r.stdout).map((x) => x.filePath), ['minutes/Zeta.minutes']);
      assert.match(r.stderr, /^minutes: top\.minutes: skipped, the ignore file excludes it/m);
    });

    it('--no-ignore lints ignored files; --ignore-path reads another ignore file', () => {
      fs.writeFileSync(path.join(dir, '.minutesignore'), 'minutes/\n');
      fs.writeFileSync(path.join(dir, 'other-ignore'), 'top.minutes\n');
      assert.deepEqual(files('.'), ['top.minutes']);
      assert.equal(files('.', '--no-ignore').length, 6);
      assert.equal(files('.', '--ignore-path', 'other-ignore').length, 5);
    });

    // A CI job that lints a folder the ignore file empties would pass having checked nothing.
    it('a folder or glob whose every file is ignored is an error (exit 2) naming it and the ignore file', () => {
      fs.writeFileSync(path.join(dir, '.minutesignore'), 'drafts/\n');
      for (const pattern of ['minutes/drafts', 'minutes/drafts/*.minutes']) {
        const r = runCli(['lint', pattern], { cwd: dir });
        assert.equal(r.code, 2, r.stdout);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr, `minutes: ${pattern}: every .minutes file it names is excluded by the ignore file (.minutesignore); --no-ignore lints them\n`);
      }
      assert.deepEqual(files('minutes/drafts', '--no-ignore'), ['minutes/drafts/next.minutes']);
      // One ignored file among others is simply left out.
      assert.equal(files('minutes').length, 4);
    });

    it('a missing --ignore-path file is an error (exit 2)', () => {
      const r = runCli(['lint', '.', '--ignore-path', 'nope'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^minutes: nope: cannot read the ignore file: no such file or directory\n$/);
    });
  });

  it('a glob that matches nothing is an error (exit 2) that names it', () => {
    const r = runCli(['lint', 'agendas/**/*.minutes'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'minutes: no files match the pattern "agendas/**/*.minutes"\n');
  });

  it('a pattern whose every file a ! pattern removes is an error (exit 2)', () => {
    const r = runCli(['lint', 'minutes/2024', '!minutes/2024'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'minutes: minutes/2024: every .minutes file it names is excluded by a "!" pattern\n');
  });

  it('the stylish summary does not read as a clean run when a file could not be read', () => {
    fs.writeFileSync(path.join(dir, 'scan.minutes'), Buffer.from('---\ncom\u0000mittee', 'latin1'));
    const alone = runCli(['lint', 'scan.minutes'], { cwd: dir });
    assert.equal(alone.code, 2);
    assert.equal(alone.stdout, '✖ 0 files checked, no problems; 1 file could not be linted\n');
    assert.equal(alone.stderr, 'minutes: scan.minutes:2:4: binary file (a NUL byte), not a minutes text file\n');
    const withOthers = runCli(['lint', 'scan.minutes', 'top.minutes'], { cwd: dir });
    assert.equal(withOthers.code, 2);
    assert.equal(withOthers.stdout, '✖ 1 file checked, no problems; 1 file could not be linted\n');
  });

  it('a folder without minutes is an error (exit 2)', () => {
    fs.mkdirSync(path.join(dir, 'empty'));
    const r = runCli(['lint', 'empty'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'minutes: empty: no .minutes files in this folder\n');
  });

  describe('standard input', () => {
    it('"-" reads standard input and reports it as <stdin>', () => {
      const r = runCli(['lint', '-', '-f', 'json'], { cwd: dir, input: FAULTY_MINUTES });
      assert.equal(r.code, 1);
      const [result] = parseJson<Report>(r.stdout);
      assert.equal(result.filePath, '<stdin>');
      assert.deepEqual(result.messages.map((m) => m.ruleId), ['person-unknown', 'keyword-form']);
    });

    it('--stdin --stdin-filename names the text and finds its .minutesrc.json from that path', () => {
      fs.writeFileSync(path.join(dir, 'minutes', '.minutesrc.json'), '{ "rules": { "person-unknown": "off" } }');
      const r = runCli(['lint', '--stdin', '--stdin-filename', 'minutes/new.minutes', '-f', 'json'], { cwd: dir, input: FAULTY_MINUTES });
      assert.equal(r.code, 0);
      const [result] = parseJson<Report>(r.stdout);
      assert.equal(result.filePath, 'minutes/new.minutes');
      assert.deepEqual(result.messages.map((m) => m.ruleId), ['keyword-form']);
    });

    it('stylish shows excerpts of standard input too', () => {
      const r = runCli(['lint', '-'], { cwd: dir, input: FAULTY_MINUTES });
      assert.match(r.stdout, /^<stdin>\n {2}9:24 {2}error/);
      assert.match(r.stdout, / {4}9 \| PRESENT: @ash \(Chair\), @elm\n {6}\| {24}\^\^\^\^\n/);
    });

    it('binary standard input is an error (exit 2)', () => {
      const r = runCli(['lint', '-'], { cwd: dir, input: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]) });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'minutes: <stdin>:2:1: binary file (a NUL byte), not a minutes text file\n');
    });
  });

  describe('-o FILE', () => {
    it('writes the report to the file and nothing to standard output', () => {
      const r = runCli(['lint', 'minutes/2023', '-f', 'json', '-o', 'report.json'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      const report = parseJson<Report>(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
      assert.deepEqual(report.map((x) => x.filePath), ['minutes/2023/dec.minutes']);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
    });

    it('replaces an existing report', () => {
      fs.writeFileSync(path.join(dir, 'report.txt'), 'old report\n');
      runCli(['lint', 'top.minutes', '-o', 'report.txt'], { cwd: dir });
      assert.equal(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8'), '✔ 1 file checked, no problems\n');
    });

    it('refuses to write over a file being linted (exit 2)', () => {
      const r = runCli(['lint', 'top.minutes', '-o', 'top.minutes'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /refusing to write the report over a file being linted/);
      assert.equal(fs.readFileSync(path.join(dir, 'top.minutes'), 'utf8'), CLEAN_MINUTES);
    });

    it('a folder that does not exist is an error naming the file (exit 2)', () => {
      const r = runCli(['lint', 'top.minutes', '-o', 'no/such/report.txt'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'minutes: no/such/report.txt: cannot write: no such file or directory\n');
    });
  });
});
