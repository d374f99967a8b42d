/**
 * `minutes new --after FILE`: the next meeting's minutes from the series
 * fixtures (golden), numbering on through the year or afresh in a new one
 * and with per-meeting numbers, open actions carried forward with their
 * latest due date and `from minute N`; written to -o OUT, never over a file
 * that exists (exit 2); a date guessed and said when --date is missing; a
 * FILE without a date refused naming its line. The result lints with no
 * syntax error, and with the series its approval and actions are in order.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expectGolden } from '../helpers/golden';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree } from '../helpers/cli';
import { ROOT } from '../helpers/root';

const SERIES = 'test/fixtures/series';
type Report = Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; message: string }> }>;

describe('minutes new --after', function () {
  this.timeout(60000);
  before(ensureBuilt);

  it('starts the meeting after the last of the series (golden)', () => {
    const r = runCli(['new', '--after', `${SERIES}/audit-2024-04-16.minutes`, '--date', '2024-05-21']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    expectGolden('cli/series/new-after-2024-04-16.minutes', r.stdout);
    assert.match(r.stdout, /^date: 2024-05-21$/m);
    assert.match(r.stdout, /^# 25\/24 Apologies for absence$/m);
    assert.match(r.stdout, /^RESOLVED: That the minutes of the meeting held on 16 April 2024 be approved as a correct record\.$/m);
    // The dropped insurance action and the annual report action are open after April.
    assert.deepEqual(r.stdout.match(/^ACTION: .*$/gm), [
      'ACTION: @patel — Review the insurance renewal options for the Market Hall — due 2024-03-31 — from minute 12/24',
      "ACTION: @whitfield — Present the Committee's annual report to Council — due 2024-05-22 — from minute 24/24",
    ]);
    assert.match(r.stdout, /^PRESENT:\nAPOLOGIES:\nIN ATTENDANCE:$/m);
    assert.match(r.stdout, /^@ellis {6}Rachel Ellis — Democratic Services Officer$/m);
  });

  it('numbers afresh in a new year, carries the last due date given, and uses dates for per-meeting numbers', () => {
    const dec = runCli(['new', '--after', `${SERIES}/audit-2023-12-12.minutes`, '--date', '2024-01-16']);
    assert.equal(dec.code, 0, dec.stderr);
    assert.match(dec.stdout, /^# 1\/24 Apologies for absence$/m);
    assert.match(dec.stdout, /^ACTION: @hall — Deliver treasury management training for all members — due 2024-01-31 — in progress — from minute 62\/23$/m);
    const nov = runCli(['new', '--after', `${SERIES}/audit-2023-11-21.minutes`, '--date', '2023-12-12']);
    assert.match(nov.stdout, /^# 59\/23 Apologies for absence$/m);
    const parish = runCli(['new', '--after', `${SERIES}/parish-2024-03-11.minutes`, '--date', '2024-04-08']);
    assert.match(parish.stdout, /^# 1\. Apologies for absence$/m);
    assert.match(parish.stdout, /^ACTION: @marsh — Invite the District and County Councillors to the Annual Parish Meeting — due 2024-04-08 — from minute 5 of 2024-03-11$/m);
  });

  describe('writing', () => {
    let dir: string;
    beforeEach(() => {
      const src = path.join(ROOT, SERIES);
      dir = tempTree(Object.fromEntries(fs.readdirSync(src).map((f) => [`series/${f}`, fs.readFileSync(path.join(src, f))])));
    });
    afterEach(() => cleanup(dir));

    it('writes -o OUT, which lints with no syntax error and reports on every open action', () => {
      const r = runCli(['new', '--after', 'series/audit-2024-04-16.minutes', '--date', '2024-05-21', '-o', 'series/audit-2024-05-21.minutes'], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      const lint = runCli(['lint', '-f', 'json', 'series'], { cwd: dir });
      const report = parseJson<Report>(lint.stdout);
      const mine = report.find((f) => f.filePath.endsWith('audit-2024-05-21.minutes'))!;
      const rules = mine.messages.map((m) => m.ruleId);
      assert.ok(!rules.includes('syntax-error'), JSON.stringify(mine.messages));
      assert.ok(!rules.includes('action-not-reported') && !rules.includes('item-numbering') && !rules.includes('citation-unknown'), JSON.stringify(mine.messages));
      // It approves April's minutes, still a draft: --fix would mark them approved on the new meeting's date.
      assert.deepEqual(
        mine.messages.filter((m) => m.ruleId === 'minutes-approval').map((m) => m.line),
        [36],
      );
      // The empty PRESENT list is for the clerk to fill in; the rules say so.
      assert.ok(rules.includes('quorum-not-met'), JSON.stringify(mine.messages));
    });

    it('never overwrites OUT (exit 2), and guesses a date when --date is missing, saying so', () => {
      fs.writeFileSync(path.join(dir, 'taken.minutes'), 'keep me\n');
      const r = runCli(['new', '--after', 'series/audit-2024-04-16.minutes', '-o', 'taken.minutes'], { cwd: dir });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'minutes: taken.minutes: already exists; refusing to overwrite it\n');
      assert.equal(fs.readFileSync(path.join(dir, 'taken.minutes'), 'utf8'), 'keep me\n');
      const guessed = runCli(['new', '--after', 'series/audit-2024-04-16.minutes'], { cwd: dir });
      assert.equal(guessed.code, 0, guessed.stderr);
      // 12 March to 16 April is five weeks: 16 April plus five weeks is 21 May.
      assert.match(guessed.stdout, /^date: 2024-05-21$/m);
      assert.match(guessed.stderr, /--date not given: the new meeting is dated 2024-05-21/);
    });

    it('refuses a FILE without a real date, naming its line, and bad arguments', () => {
      const bad = runCli(['new', '--after', path.join(ROOT, 'test/fixtures/series-bad/licensing-bad-date.minutes')], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /licensing-bad-date\.minutes:4:7: its date "2024-06-31" is not a real date; the next meeting cannot follow it\n$/);
      assert.doesNotMatch(bad.stderr, /\n\s+at /);
      assert.equal(runCli(['new'], { cwd: dir }).code, 2);
      assert.match(runCli(['new', '--after', 'series/audit-2024-04-16.minutes', '--date', '2024-02-30'], { cwd: dir }).stderr, /--date must be a real date/);
      assert.match(runCli(['new', '--after', 'series/audit-2024-04-16.minutes', '--date', '2024-04-01'], { cwd: dir }).stderr, /is not after the meeting of 2024-04-16/);
      assert.match(runCli(['new', '--help']).stdout, /^Usage: minutes new --after FILE/);
    });
  });
});
