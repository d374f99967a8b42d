/**
 * `minutes export`: every format through the bundled CLI, compared with what
 * the core's exportDocument renders for the same file; exempt items withheld
 * unless --include-exempt; binary formats need -o; the source file is never
 * overwritten; the Word file opened and its text read; the PDF printed by the
 * installed Chromium and read back with pdftotext (pending without them,
 * failing on CI: test/helpers/external-tools.ts).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { analyze } from '../../server/src/core/index';
import { exportDocument } from '../../server/src/core/export/index';
import { requireChromium, requirePdfTools } from '../helpers/external-tools';
import { cleanup, ensureBuilt, parseJson, runCli, tempTree, type CliRun } from '../helpers/cli';
import { ROOT } from '../helpers/root';
import { FAULTY_MINUTES } from '../helpers/documents';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/westford-planning-committee.minutes'), 'utf8');
/** A full council with motions, an amendment, recorded votes, arrivals and departures and CLOSED: (a draft). */
const COUNCIL = fs.readFileSync(path.join(ROOT, 'test/fixtures/v2/full-council-motions.minutes'), 'utf8');

function expectUsageError(r: CliRun, message: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^minutes: [^\n]+\n$/);
  assert.match(r.stderr, message);
}

describe('minutes export', function () {
  this.timeout(60000);
  let dir: string;
  before(ensureBuilt);
  beforeEach(() => (dir = tempTree({ 'westford.minutes': EXAMPLE, 'faulty.minutes': FAULTY_MINUTES, 'council.minutes': COUNCIL })));
  afterEach(() => cleanup(dir));
  const exportCli = (...args: string[]): CliRun => runCli(['export', ...args], { cwd: dir });

  for (const to of ['html', 'md', 'json'] as const) {
    it(`--to ${to} prints what the core renders to standard output`, async () => {
      const r = exportCli('westford.minutes', '--to', to);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const expected = await exportDocument(analyze(EXAMPLE), to);
      assert.equal(r.stdout, expected.content);
    });
  }

  it('-o writes the export to a file, atomically', () => {
    const r = exportCli('westford.minutes', '--to', 'html', '-o', 'out.html');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(fs.readFileSync(path.join(dir, 'out.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('withholds exempt items unless --include-exempt', () => {
    type Item = { number: string; exempt: number | null; withheld?: boolean; resolutions?: unknown[] };
    const withheld = parseJson<{ items: Item[]; actions: Array<{ item: string }> }>(exportCli('westford.minutes', '--to', 'json').stdout);
    const item = withheld.items.find((i) => i.number === '84/21')!;
    assert.equal(item.withheld, true);
    assert.equal(item.resolutions, undefined);
    assert.ok(!withheld.actions.some((a) => a.item === '84/21'));
    assert.doesNotMatch(exportCli('westford.minutes', '--to', 'md').stdout, /counsel’s opinion/);

    const full = parseJson<{ items: Item[]; actions: Array<{ item: string }> }>(exportCli('westford.minutes', '--to', 'json', '--include-exempt').stdout);
    const fullItem = full.items.find((i) => i.number === '84/21')!;
    assert.equal(fullItem.withheld, undefined);
    assert.equal(fullItem.resolutions!.length, 2);
    assert.ok(full.actions.some((a) => a.item === '84/21'));
    assert.match(exportCli('westford.minutes', '--to', 'md', '--include-exempt').stdout, /counsel’s opinion/);
  });

  it('--include-exempt marks the copy confidential in every text format; the public copy is not', () => {
    const mark = 'CONFIDENTIAL — NOT FOR PUBLICATION';
    const html = exportCli('westford.minutes', '--to', 'html', '--include-exempt').stdout;
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.ok(html.includes(`<title>${mark}: Planning Committee`));
    assert.ok(html.includes(`<p class="minutes-confidential-mark">${mark}</p>`));
    assert.ok(exportCli('westford.minutes', '--to', 'md', '--include-exempt').stdout.startsWith(`> **${mark}**`));
    assert.equal(parseJson<{ confidential: boolean }>(exportCli('westford.minutes', '--to', 'json', '--include-exempt').stdout).confidential, true);
    assert.equal(parseJson<{ confidential: boolean }>(exportCli('westford.minutes', '--to', 'json').stdout).confidential, false);
    assert.doesNotMatch(exportCli('westford.minutes', '--to', 'html').stdout, /noindex|<title>CONFIDENTIAL/);
  });

  it('--to docx writes a Word document whose text can be read back', async () => {
    const r = exportCli('westford.minutes', '--to', 'docx', '-o', 'minutes.docx');
    assert.equal(r.code, 0, r.stderr);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'minutes.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    assert.match(text, /Planning Committee/);
    assert.match(text, /Land at Mill Lane/);
  });

  it('--to pdf prints with the installed Chromium; pdftotext reads the minutes back', function () {
    requireChromium(this);
    requirePdfTools(this);
    const r = exportCli('westford.minutes', '--to', 'pdf', '-o', 'minutes.pdf');
    assert.equal(r.code, 0, r.stderr);
    const pdf = fs.readFileSync(path.join(dir, 'minutes.pdf'));
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = spawnSync('pdftotext', ['-layout', path.join(dir, 'minutes.pdf'), '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Planning Committee/);
    assert.match(text.stdout, /Mill Lane/);
  });

  it('--to pdf prints the proceedings of a full council: motions, recorded votes, departures and the end', function () {
    requireChromium(this);
    requirePdfTools(this);
    const r = exportCli('council.minutes', '--to', 'pdf', '-o', 'council.pdf');
    assert.equal(r.code, 0, r.stderr);
    const text = spawnSync('pdftotext', [path.join(dir, 'council.pdf'), '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, text.stderr);
    const words = text.stdout.replace(/\s+/g, ' ');
    assert.match(words, /Amendment: Moved by Councillor Fiona Lyle, seconded by Councillor Doyle\. Lost\./);
    assert.match(words, /Vote on the amendment: Lost: 8 for, 14 against, 1 abstention/);
    assert.match(words, /Recorded vote on the amendment For \(8\) Councillor Fiona Lyle, Councillor Daniel Okoro/);
    assert.match(words, /Councillor Quayle arrived \(7\.20 pm, before the debate began\)\./);
    assert.match(words, /Councillor Frost left the meeting \(9\.25 pm\)\./);
    assert.match(words, /The meeting closed at 9\.47 pm\. Chair ________ Date ________/);
  });

  it('--chromium naming no executable is a clear error (exit 2)', () => {
    expectUsageError(exportCli('westford.minutes', '--to', 'pdf', '-o', 'x.pdf', '--chromium', '/no/such/chromium'), /\/no\/such\/chromium\) is not an executable file\. PDF export needs Chromium/);
    assert.equal(fs.existsSync(path.join(dir, 'x.pdf')), false);
  });

  it('binary formats need -o', () => {
    expectUsageError(exportCli('westford.minutes', '--to', 'docx'), /--to docx makes a binary file: name it with -o FILE \(e\.g\. -o westford\.docx\)/);
    expectUsageError(exportCli('westford.minutes', '--to', 'pdf'), /--to pdf makes a binary file/);
  });

  it('never overwrites the source file, also through a link', () => {
    fs.linkSync(path.join(dir, 'westford.minutes'), path.join(dir, 'hard-link.minutes'));
    fs.symlinkSync(path.join(dir, 'westford.minutes'), path.join(dir, 'soft-link.html'));
    for (const out of ['westford.minutes', './westford.minutes', 'hard-link.minutes', 'soft-link.html']) {
      expectUsageError(exportCli('westford.minutes', '--to', 'html', '-o', out), /refusing to overwrite the source file westford\.minutes/);
    }
    assert.equal(fs.readFileSync(path.join(dir, 'westford.minutes'), 'utf8'), EXAMPLE);
  });

  it('exports a document with errors as written, and says so on standard error', () => {
    const r = exportCli('faulty.minutes', '--to', 'md');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Grass cutting/);
    assert.equal(r.stderr, 'minutes: faulty.minutes has 1 error (see minutes lint faulty.minutes); exported as written\n');
  });

  describe('usage and file problems (exit 2)', () => {
    it('no --to', () => expectUsageError(exportCli('westford.minutes'), /export needs --to html\|md\|json\|docx\|pdf/));
    it('an unknown format', () => expectUsageError(exportCli('westford.minutes', '--to', 'rtf'), /--to must be one of html, md, json, docx, pdf, got "rtf"/));
    it('no file', () => expectUsageError(exportCli('--to', 'html'), /export needs a FILE/));
    it('two files', () => expectUsageError(exportCli('a.minutes', 'b.minutes', '--to', 'html'), /export takes one FILE, got 2/));
    it('a missing file', () => expectUsageError(exportCli('nope.minutes', '--to', 'html'), /^minutes: nope\.minutes: cannot read the file: no such file or directory\n$/));
    it('a binary file', () => {
      fs.writeFileSync(path.join(dir, 'bin.minutes'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]));
      expectUsageError(exportCli('bin.minutes', '--to', 'html'), /^minutes: bin\.minutes:1:5: binary file/);
    });
    it('an unknown option', () => expectUsageError(exportCli('westford.minutes', '--to', 'html', '--fix'), /unknown option "--fix" for minutes export/));
  });
});
