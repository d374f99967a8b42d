/**
 * `minutes import` through the bundled CLI: one file to standard output,
 * -o, --out-dir for several, --report as JSON, the header options, and bad
 * input (not minutes, empty, binary, a corrupt or protected Word document,
 * a PDF, a file too large): a one-line message naming the file, exit 2,
 * nothing written. An existing file is never overwritten.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/index';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree, type CliRun } from '../helpers/cli';
import { ROOT } from '../helpers/root';

const SEEDS = path.join(ROOT, 'test/fixtures/import/seeds');
const SEED_004 = fs.readFileSync(path.join(SEEDS, '004_e896f12c8ca69ae3.txt'));
const SEED_000 = fs.readFileSync(path.join(SEEDS, '000_56c72d7d748d64e6.txt'));
const GOLDEN_004 = fs.readFileSync(path.join(ROOT, 'test/golden/import/seeds/004.minutes'), 'utf8');

function expectRefused(r: CliRun, message: RegExp, dir: string, before: readonly string[]): void {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.deepEqual(fs.readdirSync(dir).sort(), [...before].sort(), 'nothing written');
}

describe('minutes import', function () {
  this.timeout(60000);
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => (dir = tempTree({ 'cabinet.txt': SEED_004, 'bradford.txt': SEED_000 })));
  afterEach(() => cleanup(dir));
  const run = (...args: string[]): CliRun => runCli(['import', ...args], { cwd: dir });

  it('prints one file to standard output, and the summary on standard error', () => {
    const r = run('cabinet.txt');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, GOLDEN_004);
    assert.equal(r.stderr, 'minutes: cabinet.txt: imported text: 1 item, 2 resolutions, 0 votes, 0 actions, 0 people; 0 guesses, 2 dropped\n');
  });

  it('writes -o OUT, and refuses to overwrite it on a second run', () => {
    assert.equal(run('cabinet.txt', '-o', 'cabinet.minutes').code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'cabinet.minutes'), 'utf8'), GOLDEN_004);
    fs.writeFileSync(path.join(dir, 'cabinet.minutes'), 'kept');
    expectRefused(run('cabinet.txt', '-o', 'cabinet.minutes'), /^minutes: cabinet\.minutes: already exists; refusing to overwrite it\n$/, dir, ['cabinet.txt', 'bradford.txt', 'cabinet.minutes']);
    assert.equal(fs.readFileSync(path.join(dir, 'cabinet.minutes'), 'utf8'), 'kept');
  });

  it('writes several files with --out-dir, each as NAME.minutes', () => {
    fs.mkdirSync(path.join(dir, 'out'));
    const r = run('cabinet.txt', 'bradford.txt', '--out-dir', 'out');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['bradford.minutes', 'cabinet.minutes']);
    assert.equal(r.stderr.split('\n').filter(Boolean).length, 2);
    const bradford = analyze(fs.readFileSync(path.join(dir, 'out/bradford.minutes'), 'utf8')).model;
    assert.equal(bradford.items[0].title, 'OFSTED MONITORING VISIT - 28 TO 29 APRIL 2021');
  });

  it('needs --out-dir for several files and refuses -o with them', () => {
    expectRefused(run('cabinet.txt', 'bradford.txt'), /--out-dir DIR/, dir, ['cabinet.txt', 'bradford.txt']);
    expectRefused(run('cabinet.txt', 'bradford.txt', '-o', 'x.minutes'), /-o names one output file/, dir, ['cabinet.txt', 'bradford.txt']);
  });

  it('takes --committee, --date and --authority over the source', () => {
    const r = run('bradford.txt', '--committee', 'Executive', '--date', '2021-06-08', '--authority', 'City of Bradford Metropolitan District Council');
    assert.equal(r.code, 0, r.stderr);
    const a = analyze(r.stdout);
    assert.deepEqual([a.model.meta.committee, a.model.meta.date, a.model.meta.authority], ['Executive', '2021-06-08', 'City of Bradford Metropolitan District Council']);
    assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId), []);
    assert.match(run('bradford.txt', '--date', '8 June 2021').stderr, /--date must be YYYY-MM-DD/);
    // A date of the right shape that is no day of the calendar is refused too, not written into the header.
    const impossible = run('bradford.txt', '--date', '2021-13-45');
    assert.equal(impossible.code, 2);
    assert.match(impossible.stderr, /--date must be YYYY-MM-DD, a real date, got "2021-13-45"/);
    assert.equal(impossible.stdout, '');
  });

  it('writes the report as JSON with --report', () => {
    const r = run('bradford.txt', '-o', 'b.minutes', '--report', 'b.json');
    assert.equal(r.code, 0, r.stderr);
    const report = parseJson<{ schema: string; file: string; output: string; recognised: { items: number }; dropped: { at: number; text: string }[] }>(
      fs.readFileSync(path.join(dir, 'b.json'), 'utf8'),
    );
    assert.equal(report.schema, 'minutes-import/1');
    assert.deepEqual([report.file, report.output, report.recognised.items], ['bradford.txt', 'b.minutes', 1]);
    assert.deepEqual(report.dropped.map((d) => `${d.at} ${d.text}`), ['1 Local democracy', '3 Agenda item', '81 Supporting documents:']);
  });

  describe('bad input: a message naming the file, exit 2, nothing written', () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['empty.txt', '', /empty\.txt: cannot import: the file is empty/],
      ['blank.txt', '  \n\n \n', /blank\.txt: cannot import: the file is empty/],
      ['binary.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), /binary\.bin: cannot import: a binary file/],
      ['program.txt', 'const x = [1, 2, 3];\nfor (let i = 0; i < x.length; i++) { console.log(x[i] * 2); }\n', /program\.txt: cannot import: this does not look like minutes/],
      ['shopping.txt', 'Eggs\nMilk\nBread\nButter\n', /shopping\.txt: cannot import: this does not look like minutes/],
      ['scan.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nendobj\n', /scan\.pdf: cannot import: a PDF: run "pdftotext -layout FILE\.pdf"/],
      ['protected.docx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), /protected\.docx: cannot import: an OLE compound file: a password-protected Word document/],
      ['corrupt.docx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]), /corrupt\.docx: cannot import: the Word document cannot be read/],
    ];
    for (const [name, content, message] of cases) {
      it(name, () => {
        fs.writeFileSync(path.join(dir, name), content);
        expectRefused(run(name, '-o', 'out.minutes', '--report', 'out.json'), message, dir, ['cabinet.txt', 'bradford.txt', name]);
        assert.match(run(name).stderr, /^minutes: [^\n]+\n$/);
      });
    }

    it('a 50 MB file, refused before it is read', () => {
      const big = path.join(dir, 'big.txt');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 50 * 1024 * 1024);
      expectRefused(run('big.txt', '-o', 'out.minutes'), /big\.txt: cannot import: the file is 50 MB; minutes are at most 20 MB/, dir, ['cabinet.txt', 'bradford.txt', 'big.txt']);
    });

    it('one bad file among several writes nothing', () => {
      fs.writeFileSync(path.join(dir, 'empty.txt'), '');
      fs.mkdirSync(path.join(dir, 'out'));
      const r = run('cabinet.txt', 'empty.txt', '--out-dir', 'out');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /empty\.txt: cannot import: the file is empty.*\(nothing was written\)/);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), []);
    });

    it('standard input, and a report named as the result', () => {
      assert.match(run('-').stderr, /^minutes: -: import reads files, not standard input; save the input to a file and name it\n$/);
      expectRefused(run('cabinet.txt', '-o', 'same.json', '--report', 'same.json'), /same\.json: two results \(or a result and the report\) would be written to this one file/, dir, ['cabinet.txt', 'bradford.txt']);
    });

    it('a missing file and an unknown --from', () => {
      assert.match(run('nope.txt').stderr, /^minutes: nope\.txt: cannot read the file: no such file or directory\n$/);
      assert.match(run('cabinet.txt', '--from', 'pdf').stderr, /--from must be one of text, html, docx, got "pdf"/);
    });
  });
});
