/**
 * `minutes actions`, `minutes decisions` and `minutes attendance` against the
 * built CLI (out/cli.js) on the series fixtures (test/fixtures/series: eight
 * meetings of an audit committee across a year boundary and three of a parish
 * council; the fixtures' configuration fixes `today`): a golden file for every
 * register in every format, the formats read back by their own rules (CSV by
 * RFC 4180, the calendar by ical.js, the page by parse5), the filters, -o, and
 * bad input named and left out with everything else still reported.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'parse5';
import { CLI, cleanup, ensureBuilt, parseJson, runCli, tempTree } from '../helpers/cli';
import { expectGolden, stylesheetsOf, withoutStylesheet } from '../helpers/golden';
import { all, attr, type El } from '../helpers/html-tree';
import { ROOT } from '../helpers/root';

const CWD = path.join(ROOT, 'test', 'fixtures');
const EXT: Record<string, string> = { table: 'txt', json: 'json', csv: 'csv', html: 'html', ics: 'ics' };
/** What the registers' HTML golden files hold in place of their stylesheet, which has a golden file of its own. */
const REGISTER_STYLESHEET = '/* the register stylesheet: test/golden/registers/register.css */';

/** RFC 4180 records: fields split at commas outside quotes, "" inside quotes a quote, CRLF between records. */
function readCsv(text: string): string[][] {
  assert.ok(text.endsWith('\r\n'), 'the last record ends with CRLF');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') record.push(field), records.push(record), (record = []), (field = ''), i++;
    else {
      assert.notEqual(c, '\n', 'a bare LF only inside a quoted field');
      field += c;
    }
  }
  return records;
}

describe('minutes actions, decisions and attendance', function () {
  this.timeout(60000);
  before(ensureBuilt);

  for (const register of ['actions', 'decisions', 'attendance']) {
    for (const format of ['table', 'json', 'csv', 'html', ...(register === 'actions' ? ['ics'] : [])]) {
      it(`${register} --format ${format} on the series fixtures matches test/golden/registers/${register}.${EXT[format]}`, () => {
        const r = runCli([register, 'series', '--format', format], { cwd: CWD });
        assert.equal(r.stderr, '');
        assert.equal(r.code, 0);
        expectGolden(`registers/${register}.${EXT[format]}`, format === 'html' ? withoutStylesheet(r.stdout, REGISTER_STYLESHEET) : r.stdout);
      });
    }
  }

  it('html: the three pages have one stylesheet, test/golden/registers/register.css', () => {
    const sheets = ['actions', 'decisions', 'attendance'].flatMap((register) => stylesheetsOf(runCli([register, 'series', '-f', 'html'], { cwd: CWD }).stdout));
    assert.equal(sheets.length, 3, 'one <style> a page');
    for (const s of sheets) assert.equal(s, sheets[0]);
    expectGolden('registers/register.css', sheets[0]);
  });

  it('prints the table by default', () => {
    assert.equal(runCli(['attendance', 'series'], { cwd: CWD }).stdout, runCli(['attendance', 'series', '-f', 'table'], { cwd: CWD }).stdout);
  });

  it('json: the action register follows actions across meetings, with a from minute rewording and the year boundary', () => {
    const reg = parseJson<{ schema: string; actions: { id: string; task: string; status: string; overdue: boolean; history: { date: string; line: number }[]; lastReported: { date: string } }[] }>(
      runCli(['actions', 'series', '-f', 'json'], { cwd: CWD }).stdout,
    );
    assert.equal(reg.schema, 'minutes-actions/1');
    const training = reg.actions.find((a) => a.id === '2023-09-12/45/23/2')!;
    assert.equal(training.task, 'Deliver treasury management training for all members');
    assert.deepEqual(training.history.map((h) => h.date), ['2023-09-12', '2023-10-17', '2023-11-21', '2023-12-12', '2024-01-16']);
    assert.equal(training.status, 'done');
    // The line numbers are 1-based: the history's first line is the ACTION that set it.
    const first = fs.readFileSync(path.join(CWD, 'series', 'audit-2023-09-12.minutes'), 'utf8').split('\n')[training.history[0].line - 1];
    assert.match(first, /^ACTION: @hall — Arrange treasury management training/);
    const overdue = reg.actions.filter((a) => a.overdue).map((a) => a.id);
    assert.deepEqual(overdue, ['2024-03-11/5/1', '2024-02-20/12/24/1']);
  });

  it('csv: RFC 4180, a header row and the same number of fields in every record', () => {
    for (const register of ['actions', 'decisions', 'attendance']) {
      const records = readCsv(runCli([register, 'series', '-f', 'csv'], { cwd: CWD }).stdout);
      assert.ok(records.length > 3, register);
      for (const r of records) assert.equal(r.length, records[0].length, `${register}: ${r.join('|')}`);
    }
    const decisions = readCsv(runCli(['decisions', 'series', '-f', 'csv'], { cwd: CWD }).stdout);
    const precept = decisions.find((r) => r[5].startsWith('That a precept of £18,450'))!;
    assert.equal(precept[6], 'for 3, against 1 — carried');
  });

  it('ics: RFC 5545 as ical.js reads it back, one VTODO per action with a due date', () => {
    const text = runCli(['actions', 'series', '-f', 'ics'], { cwd: CWD }).stdout;
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `over 75 octets: ${line}`);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'every line ends CRLF');
    const cal = new ICAL.Component(ICAL.parse(text));
    const todos = cal.getAllSubcomponents('vtodo');
    const reg = parseJson<{ actions: { id: string; due: string | null; status: string }[] }>(runCli(['actions', 'series', '-f', 'json'], { cwd: CWD }).stdout);
    const due = reg.actions.filter((a) => a.due !== null);
    assert.equal(todos.length, due.length);
    assert.deepEqual(todos.map((t) => t.getFirstPropertyValue('uid')), due.map((a) => `${a.id}@minutes-language`));
    const last = todos[todos.length - 1];
    assert.equal(String(last.getFirstPropertyValue('due')), due[due.length - 1].due);
    assert.deepEqual([...new Set(todos.map((t) => t.getFirstPropertyValue('status')))].sort(), ['COMPLETED', 'NEEDS-ACTION']);
  });

  it('html: a standalone page with a language, a title, one captioned table and scoped headers', () => {
    const doc = parse(runCli(['decisions', 'series', '-f', 'html'], { cwd: CWD }).stdout) as unknown as El;
    const els = all(doc);
    assert.equal(attr(els.find((e) => e.tagName === 'html')!, 'lang'), 'en');
    assert.ok(els.some((e) => e.tagName === 'title'));
    assert.equal(els.filter((e) => e.tagName === 'table').length, 1);
    assert.equal(els.filter((e) => e.tagName === 'caption').length, 1);
    assert.ok(els.filter((e) => e.tagName === 'th').every((e) => ['col', 'row'].includes(attr(e, 'scope') ?? '')));
    assert.ok(!els.some((e) => e.tagName === 'script' || e.tagName === 'link' || e.tagName === 'img'));
  });

  it('html and csv: text from the minutes is escaped, never markup', () => {
    const dir = tempTree({
      'm.minutes': '---\ncommittee: Audit <b>&</b> "Risk"\ndate: 2024-01-09\n---\n\nPRESENT: Councillor <i>Ali</i>\n\n# 1. <script>alert(1)</script>\nRESOLVED: That "<img src=x onerror=alert(1)>" be noted, & filed.\nACTION: Clerk — Write, "quote" <b>me</b> — due 2024-02-01\n',
    });
    try {
      for (const register of ['actions', 'decisions', 'attendance']) {
        const html = runCli([register, '.', '-f', 'html'], { cwd: dir }).stdout;
        assert.doesNotMatch(html, /<script|<img|<b>|<i>/, register);
        assert.match(html, /&lt;/, register);
      }
      const csv = readCsv(runCli(['actions', '.', '-f', 'csv'], { cwd: dir }).stdout);
      assert.equal(csv[1][2], 'Write, "quote" <b>me</b>');
    } finally {
      cleanup(dir);
    }
  });

  it('filters actions by status, owner and overdue', () => {
    const ids = (...args: string[]): string[] => parseJson<{ actions: { id: string }[] }>(runCli(['actions', 'series', '-f', 'json', ...args], { cwd: CWD }).stdout).actions.map((a) => a.id);
    assert.deepEqual(ids('--status', 'open,in-progress'), ['2024-03-11/5/1', '2024-02-20/12/24/1', '2024-04-16/24/24/1']);
    assert.deepEqual(ids('--owner', '@patel'), ['2023-09-12/46/23/1', '2024-02-20/12/24/1']);
    assert.deepEqual(ids('--overdue', '--owner=patel'), ['2024-02-20/12/24/1']);
    const bad = runCli(['actions', 'series', '--status', 'finished'], { cwd: CWD });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--status takes open, in-progress, done, cancelled/);
  });

  it('refuses what a register cannot do, with exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['decisions', 'series', '-f', 'ics'], /--format ics is for minutes actions/],
      [['attendance', 'series', '--overdue'], /unknown option "--overdue" for minutes attendance/],
      [['actions', 'series', '-f', 'xml'], /--format must be one of table, json, csv, html, ics/],
      [['actions', 'no-such-folder'], /no-such-folder/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, { cwd: CWD });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('names a file it cannot read or place, leaves it out and still reports the others', () => {
    const r = runCli(['attendance', 'series-bad', '-f', 'json'], { cwd: CWD });
    assert.equal(r.code, 2, 'a file that cannot be read is exit 2, as in lint');
    assert.deepEqual(r.stderr.trim().split('\n'), [
      'minutes: series-bad/licensing-latin1.minutes:18:18: invalid UTF-8 (byte 0xe9); save the file as UTF-8; left out',
      'minutes: series-bad/licensing-bad-date.minutes:4:7: the date "2024-06-31" is not a real date (YYYY-MM-DD); left out of the series',
      'minutes: series-bad/licensing-no-date.minutes:1:1: no date in the header (date: YYYY-MM-DD); left out of the series',
    ]);
    const reg = parseJson<{ people: { committee: string; expected: number }[] }>(r.stdout);
    assert.ok(reg.people.length > 0 && reg.people.every((p) => p.committee === 'Licensing Committee' && p.expected === 1));
    const placed = runCli(['actions', 'series-bad/licensing-2024-05-21.minutes', 'series-bad/licensing-no-date.minutes'], { cwd: CWD });
    assert.equal(placed.code, 1, 'a file left out of the series (no date) is exit 1');
  });

  it('names an unreadable file and still reports the others', () => {
    const good = fs.readFileSync(path.join(CWD, 'series', 'parish-2024-01-08.minutes'), 'utf8');
    const dir = tempTree({ 'a.minutes': good, 'b.minutes': good.replace('2024-01-08', '2024-02-12') });
    try {
      fs.chmodSync(path.join(dir, 'b.minutes'), 0o000);
      fs.chmodSync(dir, 0o755);
      // Root reads anything, so the CLI runs as an unprivileged user when the tests run as root.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const r = runCli(['attendance', '.', '-f', 'json'], { cwd: dir, ...asUser });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, 'minutes: b.minutes: cannot read the file: permission denied; left out\n');
      const reg = parseJson<{ people: { expected: number }[] }>(r.stdout);
      assert.ok(reg.people.length > 0 && reg.people.every((p) => p.expected === 1), 'the readable meeting is reported');
    } finally {
      cleanup(dir);
    }
  });

  it('-o writes the register atomically, and never over a file it reads', () => {
    const dir = tempTree({ 'a.minutes': fs.readFileSync(path.join(CWD, 'series', 'parish-2024-01-08.minutes'), 'utf8'), 'out/old.txt': '' });
    try {
      const ok = runCli(['attendance', '.', '-f', 'csv', '-o', 'out/attendance.csv'], { cwd: dir });
      assert.equal(ok.code, 0, ok.stderr);
      assert.equal(ok.stdout, '');
      assert.equal(fs.readFileSync(path.join(dir, 'out', 'attendance.csv'), 'utf8'), runCli(['attendance', '.', '-f', 'csv'], { cwd: dir }).stdout);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['attendance.csv', 'old.txt'], 'no temporary file left');
      const before = fs.readFileSync(path.join(dir, 'a.minutes'));
      const refused = runCli(['actions', '.', '-o', 'a.minutes'], { cwd: dir });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /refusing to write the register over a\.minutes/);
      assert.ok(fs.readFileSync(path.join(dir, 'a.minutes')).equals(before));
    } finally {
      cleanup(dir);
    }
  });

  it('prints its help, and the calendar library stays out of cli.js', () => {
    for (const register of ['actions', 'decisions', 'attendance']) {
      const r = runCli([register, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: minutes ${register} `));
    }
    assert.match(runCli(['actions', '--help']).stdout, /--overdue/);
    assert.doesNotMatch(runCli(['decisions', '--help']).stdout, /--overdue|ics/);
    assert.match(runCli(['--help']).stdout, /minutes actions\|decisions\|attendance/);
    assert.doesNotMatch(fs.readFileSync(CLI, 'utf8'), /VTODO|node_modules\/ical\.js/);
    assert.match(fs.readFileSync(path.join(path.dirname(CLI), 'exports.js'), 'utf8'), /node_modules\/ical\.js/);
  });
});
