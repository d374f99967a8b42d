/**
 * `minutes lint` over a series (the fixtures of test/fixtures/series: eight
 * meetings of an audit committee across a year boundary and three of a
 * parish council): the cross-file findings in a golden report; `--series`
 * read for context only; `--fix` across files, on a temporary copy, writing
 * only files being linted; and bad members (no date, an impossible date,
 * Latin-1 bytes) named with their line, left out, the rest still reported.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectGolden } from '../helpers/golden';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree } from '../helpers/cli';
import { ROOT } from '../helpers/root';

type Report = Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; severity: string; message: string }> }>;

const SERIES = 'test/fixtures/series';
const CROSS = new Set(['series-duplicate', 'minutes-approval', 'citation-unknown', 'action-not-reported', 'item-numbering']);

/** The series fixtures (and their .minutesrc.json), by name. */
function seriesFiles(): Record<string, string | Uint8Array> {
  const dir = path.join(ROOT, SERIES);
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [f, fs.readFileSync(path.join(dir, f))]));
}

/** The cross-file findings of a JSON report, as `file:line rule severity`. */
function crossFindings(stdout: string): string[] {
  return parseJson<Report>(stdout).flatMap((r) => r.messages.filter((m) => CROSS.has(m.ruleId)).map((m) => `${path.basename(r.filePath)}:${m.line} ${m.ruleId} ${m.severity}`));
}

describe('minutes lint over a series', function () {
  this.timeout(60000);
  before(ensureBuilt);

  it('reports the cross-file findings of the series fixtures (golden)', () => {
    const r = runCli(['lint', SERIES]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    expectGolden('cli/series/lint-series.txt', r.stdout);
    const json = runCli(['lint', '-f', 'json', SERIES]);
    assert.deepEqual(crossFindings(json.stdout), [
      'audit-2023-09-12.minutes:42 minutes-approval info',
      'audit-2024-03-12.minutes:4 action-not-reported info',
      'audit-2024-03-12.minutes:42 minutes-approval info',
      'audit-2024-04-16.minutes:4 action-not-reported info',
      'parish-2024-01-08.minutes:36 minutes-approval info',
    ]);
  });

  it('reads --series files for context only, and without them a file alone has no cross-file findings', () => {
    const file = `${SERIES}/audit-2024-03-12.minutes`;
    const withSeries = runCli(['lint', '-f', 'json', file, '--series', SERIES]);
    assert.equal(withSeries.code, 0, withSeries.stderr);
    assert.deepEqual(parseJson<Report>(withSeries.stdout).map((r) => r.filePath), [file]);
    assert.deepEqual(crossFindings(withSeries.stdout), ['audit-2024-03-12.minutes:4 action-not-reported info', 'audit-2024-03-12.minutes:42 minutes-approval info']);
    const alone = runCli(['lint', '-f', 'json', file]);
    assert.deepEqual(crossFindings(alone.stdout), []);
    // --series may be given more than once, with files as well as folders.
    const two = runCli(['lint', '-f', 'json', file, '--series', `${SERIES}/audit-2024-02-20.minutes`, '--series', `${SERIES}/audit-2024-01-16.minutes`]);
    // Its citation of 17 October 2023 now names a meeting the run does not read: noted.
    assert.deepEqual(crossFindings(two.stdout), [
      'audit-2024-03-12.minutes:4 action-not-reported info',
      'audit-2024-03-12.minutes:42 minutes-approval info',
      'audit-2024-03-12.minutes:73 citation-unknown info',
    ]);
  });

  it('checks standard input against --series, in place of the file it names', () => {
    const file = `${SERIES}/audit-2024-03-12.minutes`;
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8').replace('# 16/24 Matters arising\n', '# 16/24 Matters arising\n\nACTION: @patel — Review the insurance renewal options for the Market Hall — in progress — from minute 12/24\n');
    const r = runCli(['lint', '-', '--stdin-filename', file, '--series', SERIES, '-f', 'json'], { input: text });
    assert.equal(r.code, 0, r.stderr);
    // The text given reports on the action; the file on disk, which does not, is not read in its place.
    assert.deepEqual(crossFindings(r.stdout), ['audit-2024-03-12.minutes:42 minutes-approval info']);
  });

  describe('--fix across files', () => {
    let dir: string;
    beforeEach(() => (dir = tempTree(seriesFiles())));
    afterEach(() => cleanup(dir));
    const read = (f: string): string => fs.readFileSync(path.join(dir, f), 'utf8');

    it('marks the approved file approved and writes the dropped action under Matters arising', () => {
      const before = seriesFiles();
      const r = runCli(['lint', '--fix', '-f', 'json', '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, 'minutes: fixed 3 problems in 3 files\n');
      assert.match(read('audit-2024-02-20.minutes'), /^status: approved\napproved-on: 2024-03-12\nquorum: 3\n---$/m);
      const line = 'ACTION: @patel — Review the insurance renewal options for the Market Hall — due 2024-03-31 — from minute 12/24\n';
      assert.ok(read('audit-2024-03-12.minutes').includes(`from minute 10/24\n${line}\nNOTED:`), read('audit-2024-03-12.minutes'));
      assert.ok(read('audit-2024-04-16.minutes').includes(`— done\n${line}\nNOTED:`), read('audit-2024-04-16.minutes'));
      const changed = Object.keys(before).filter((f) => !Buffer.from(before[f]).equals(fs.readFileSync(path.join(dir, f))));
      assert.deepEqual(changed.sort(), ['audit-2024-02-20.minutes', 'audit-2024-03-12.minutes', 'audit-2024-04-16.minutes']);
      assert.deepEqual(crossFindings(r.stdout), ['audit-2023-09-12.minutes:42 minutes-approval info', 'parish-2024-01-08.minutes:36 minutes-approval info']);
      assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
      assert.equal(runCli(['lint', '--fix', '.'], { cwd: dir }).stderr, 'minutes: nothing to fix\n');
    });

    it('never writes a --series file, and --fix-dry-run writes nothing', () => {
      const r = runCli(['lint', '--fix', 'audit-2024-03-12.minutes', '--series', '.'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.match(read('audit-2024-02-20.minutes'), /^status: draft$/m);
      assert.ok(read('audit-2024-03-12.minutes').includes('— from minute 12/24\n'));
      const dry = runCli(['lint', '--fix-dry-run', 'audit-2024-02-20.minutes', 'audit-2024-03-12.minutes', 'audit-2024-04-16.minutes'], { cwd: dir });
      assert.equal(dry.code, 0, dry.stderr);
      assert.match(dry.stdout, /^\+status: approved\n\+approved-on: 2024-03-12$/m);
      assert.match(read('audit-2024-02-20.minutes'), /^status: draft$/m);
    });
  });

  describe('bad members', () => {
    it('names a file that is not UTF-8 with its line, and still reports the others', () => {
      const r = runCli(['lint', 'test/fixtures/series-bad']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^minutes: test\/fixtures\/series-bad\/licensing-latin1\.minutes:18:\d+: invalid UTF-8 \(byte 0xe9\); save the file as UTF-8$/m);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.match(r.stdout, /licensing-2024-05-21\.minutes/);
      assert.match(r.stdout, /licensing-no-date\.minutes\n\s+1:1\s+error\s+The header has no `date`/);
      assert.match(r.stdout, /licensing-bad-date\.minutes\n\s+4:7\s+error\s+2024-06-31 is not a real date/);
    });

    it('notes a --series file left out of its series for want of a date, naming its line', () => {
      const r = runCli(['lint', 'test/fixtures/series-bad/licensing-2024-05-21.minutes', '--series', 'test/fixtures/series-bad']);
      assert.equal(r.code, 2, r.stderr);
      const notes = r.stderr.split('\n').filter((l) => l.includes('left out'));
      assert.deepEqual(notes, [
        'minutes: test/fixtures/series-bad/licensing-bad-date.minutes:4:7: its date "2024-06-31" is not a real date, so it is left out of the series of Licensing Committee',
        'minutes: test/fixtures/series-bad/licensing-no-date.minutes:1:1: its header has no date, so it is left out of the series of Licensing Committee',
      ]);
      assert.match(r.stderr, /licensing-latin1\.minutes:18:\d+: invalid UTF-8/);
      assert.match(r.stdout, /licensing-2024-05-21\.minutes/);
    });
  });
});
