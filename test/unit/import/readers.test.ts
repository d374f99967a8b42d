/**
 * The readers on small inputs: what the kind of input is told from, that
 * nothing of a page's scripts, styles or event attributes reaches the
 * output, and Word's numbering rebuilt from numbering.xml.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core';
import { detectFormat, importMinutes, ImportError } from '../../../server/src/core/import';
import { numberParagraphs } from '../../../server/src/core/import/docx-numbering';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('import: the readers', () => {
  it('tells the kind of input from its content, not its name', () => {
    assert.equal(detectFormat(enc('<!DOCTYPE html><p>Minutes</p>')), 'html');
    assert.equal(detectFormat(enc('Agenda item\n\n<div class="mgWordPara"><p>Minutes</p></div>')), 'html');
    assert.equal(detectFormat(enc('Agenda item\n\nMinutes:\n\nThe Committee noted the report.')), 'text');
    assert.equal(detectFormat(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0])), 'docx');
    assert.throws(() => detectFormat(enc('%PDF-1.4')), (e: Error) => e instanceof ImportError && /pdftotext -layout/.test(e.message));
    assert.throws(() => detectFormat(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), /password-protected/);
    assert.throws(() => detectFormat(Uint8Array.from([1, 2, 3, 0, 5])), /binary file/);
    assert.throws(() => detectFormat(enc(' \n\t\n')), /empty/);
  });

  it('never copies a script, a style, a template or an event attribute into the output', async () => {
    const page = `<html><head><title>x</title><script>var RESOLVED = "from a script";</script><style>p::after { content: "from a style" }</style></head>
<body onload="fromAnAttribute()"><h1>Agenda item</h1><h2>Budget</h2><p>Meeting: 01/02/2022 - Cabinet (Item 3)</p>
<p onclick="alert('from an attribute')">The Committee noted the report.</p><script>document.write('from document.write')</script>
<noscript>from noscript</noscript><template><p>from a template</p></template><iframe srcdoc="<p>from an iframe</p>"></iframe>
<p>Resolved - That the report be noted.</p></body></html>`;
    const { text } = await importMinutes(enc(page));
    assert.doesNotMatch(text, /from a script|from a style|from an attribute|document\.write|from noscript|from a template|from an iframe|alert|onload/);
    assert.match(text, /^# 3\. Budget$/m);
    assert.match(text, /^RESOLVED: That the report be noted\.$/m);
  });

  it('counts Word numbering as Word does: starts, formats, levels restarting, lists continuing, overrides', () => {
    const numbering = `<w:numbering>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="48"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
</w:numbering>`;
    const para = (text: string, numId?: number, ilvl = 0): string =>
      `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
    const doc = `<w:document><w:body>${[
      para('Minutes', 1), para('Apologies', 1), para('plain'), para('first', 2), para('sub one', 2, 1), para('sub two', 2, 1),
      para('second', 2), para('sub again', 2, 1), para('Background', 3), para('detail', 3, 1), para('more', 3, 1), para('Risks', 3), para('risk detail', 3, 1),
      para('overridden', 4), para('Planning', 1),
    ].join('')}</w:body></w:document>`;
    const labels = numberParagraphs(doc, numbering, null).map((p) => `${p.label ?? '-'} ${p.text}`);
    assert.deepEqual(labels, [
      '48. Minutes', '49. Apologies', '- plain', '(a) first', '(i) sub one', '(ii) sub two', '(b) second', '(i) sub again',
      '1. Background', '1.1. detail', '1.2. more', '2. Risks', '2.1. risk detail', '(c) overridden', '50. Planning',
    ]);
  });
});

describe('import: the no-syntax-error guard', () => {
  it('escapes a line the grammar cannot place, with a note, rather than leave a syntax-error', async () => {
    const source = 'Agenda item\n\nStaffing\n\nMinutes:\n\nThe Committee noted the report.\n\nPEOPLE:\nIrfan Alam — Democratic Services\n';
    const { text, report } = await importMinutes(new TextEncoder().encode(source));
    assert.match(text, /\/\/ import: escaped: .*\n\\Irfan Alam — Democratic Services/);
    assert.deepEqual(report.guessed.map((g) => [g.at, g.note.slice(0, 8)]), [[10, 'escaped:']]);
  });
});

describe('import: arrivals and departures', () => {
  it('writes ARRIVED, LEFT and RETURNED only where they agree with who is there', async () => {
    const source = [
      'Minutes of the meeting of the Licensing Committee held on Monday 6 March 2023 at 7.00 pm',
      '',
      'Present: Councillors Ruth Abbott (Chair), Simon Pike and Anita Shah',
      '',
      '1. Licensing policy review',
      '',
      'Councillor Owen Marsh arrived at 7.10 pm.',
      'Councillor Simon Pike arrived at 7.12 pm, having been delayed.',
      'Councillor Anita Shah left the meeting for this item.',
      'The Committee noted the report.',
      'Councillor Shah returned to the meeting.',
    ].join('\n');
    const { text } = await importMinutes(enc(source));
    const lines = text.split('\n').filter((l) => /^(ARRIVED|LEFT|RETURNED):/.test(l));
    // Councillor Pike is in PRESENT, so his "arrival" is left as the sentence says it, with no line that would conflict.
    assert.deepEqual(lines, ['ARRIVED: Councillor Owen Marsh (7.10 pm)', 'LEFT: Councillor Anita Shah', 'RETURNED: Councillor Anita Shah']);
    assert.deepEqual(analyze(text).diagnostics.filter((d) => d.ruleId === 'attendance-conflict'), []);
  });
});
