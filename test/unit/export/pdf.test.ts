// PDF export: finding the browser (always tested), and printing the example
// with a real Chromium, read back with pdftotext. Only the printing test
// needs Chromium: without it the test is pending with the install command
// (test/helpers/external-tools.ts), and fails when CI=true.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze, exportDocument } from '../../../server/src/core/index';
import { ChromiumNotFoundError, findChromium, htmlToPdf } from '../../../server/src/pdf';
import { requireChromium, requirePdfTools } from '../../helpers/external-tools';
import { EXAMPLES, read } from '../../helpers/fixtures';

describe('export: PDF', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-pdf-test-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes an explicit path first, then MINUTES_CHROMIUM, then the PATH', () => {
    const fake = path.join(dir, 'my-chrome');
    fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    const onPath = path.join(dir, 'bin');
    fs.mkdirSync(onPath);
    fs.writeFileSync(path.join(onPath, 'chromium'), '#!/bin/sh\n', { mode: 0o755 });
    assert.equal(findChromium(fake, { PATH: onPath }), fake);
    assert.equal(findChromium('', { MINUTES_CHROMIUM: fake, PATH: onPath }), fake);
    assert.equal(findChromium(undefined, { PATH: onPath }), path.join(onPath, 'chromium'));
  });

  it('names the way to set the browser when the one given does not exist', () => {
    const missing = path.join(dir, 'no-such-browser');
    assert.throws(() => findChromium(missing, {}), (err: Error) => {
      assert.ok(err instanceof ChromiumNotFoundError);
      assert.match(err.message, /no-such-browser/);
      assert.match(err.message, /minutes\.pdf\.chromiumPath/);
      assert.match(err.message, /MINUTES_CHROMIUM/);
      return true;
    });
    assert.throws(() => findChromium(undefined, { MINUTES_CHROMIUM: missing }), ChromiumNotFoundError);
    const notExecutable = path.join(dir, 'plain-file');
    fs.writeFileSync(notExecutable, 'x', { mode: 0o644 });
    if (process.platform !== 'win32') assert.throws(() => findChromium(notExecutable, {}), ChromiumNotFoundError);
  });

  it('prints the example to an A4 PDF whose text is the minutes', async function () {
    const chromium = requireChromium(this);
    requirePdfTools(this);
    this.timeout(120_000);
    const analysis = analyze(read(EXAMPLES.find((f) => f.includes('westford'))!));
    const { content } = await exportDocument(analysis, 'html');
    const pdf = await htmlToPdf(content, { chromiumPath: chromium });
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    const file = path.join(dir, 'westford.pdf');
    fs.writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, /WESTFORD BOROUGH COUNCIL Planning Committee/);
    assert.match(text, /78\/21\(a\)\(1\) That planning permission be granted as recommended/);
    assert.match(text, /Item 84\/21 was considered in private under paragraph 5 of Schedule 12A; its minutes are withheld\./);
    assert.match(text, /D4 Medium/);
    assert.match(text, /Page 1 of \d+/);
    assert.doesNotMatch(text, /Instruct counsel/);
  });
});
