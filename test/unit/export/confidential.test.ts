// Confidential copies (core/export/confidential.ts): an export with exempt
// items in full says "CONFIDENTIAL — NOT FOR PUBLICATION" and the Schedule
// 12A paragraphs on its first page, in every page header (Word, PDF) and in
// its title; HTML adds a banner and noindex, JSON `"confidential": true`.
// The public copy, and a copy of minutes with no exempt item, carry none of it.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { analyze, exportDocument, renderPreview } from '../../../server/src/core/index';
import { confidentialCopy } from '../../../server/src/core/export/confidential';
import { htmlToPdf, pageHeader } from '../../../server/src/pdf';
import { dedent } from '../../helpers/documents';
import { docxText, MARKED, pdfText } from '../../helpers/exempt-markers';
import { withoutStylesheet } from '../../helpers/golden';
import { requireChromium, requirePdfTools } from '../../helpers/external-tools';

const MARK = 'CONFIDENTIAL — NOT FOR PUBLICATION';
const STATEMENT =
  'This copy includes exempt information under paragraphs 1 and 3 (and a paragraph not stated) of Part 1 of Schedule 12A to the Local Government Act 1972. It must not be published.';
const HEADER = `${MARK} · Schedule 12A, paragraphs 1 and 3`;
const analysis = analyze(MARKED);
const PLAIN = analyze(dedent(`
  ---
  committee: Audit Board
  date: 2024-05-01
  ---

  # 1. Accounts
  NOTED: The accounts.
`));

describe('export: confidential copies are marked', () => {
  it('reads the paragraphs of the exempt items, sub-items included, each once', () => {
    assert.deepEqual(confidentialCopy(analysis.model, true), { paragraphs: [1, 3], unstated: true });
    assert.equal(confidentialCopy(analysis.model, false), null);
    assert.equal(confidentialCopy(PLAIN.model, true), null);
  });

  it('html: a banner first, noindex, the mark in the title and for the PDF header', async () => {
    const html = (await exportDocument(analysis, 'html', { includeExempt: true })).content;
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, new RegExp(`<title>${MARK}: Audit Board — 1 May 2024</title>`));
    const body = html.slice(html.indexOf('<main'));
    assert.match(body, new RegExp(`^<main class="minutes-document">\\n<div class="minutes-confidential" role="note" aria-label="Confidential copy">\\n<p class="minutes-confidential-mark">${MARK}</p>\\n<p>${escapeRe(STATEMENT)}</p>`));
    assert.equal(pageHeader(html), `<div style="width:100%;font:bold 8pt Arial,sans-serif;color:#b10e1e;text-align:center">${HEADER}</div>`);
    // The preview shows the banner too, so the clerk sees what an export with these settings holds.
    assert.match(renderPreview(analysis, { includeExempt: true }), /class="minutes-confidential"/);
  });

  it('md: the mark and the statement open the file', async () => {
    const md = (await exportDocument(analysis, 'md', { includeExempt: true })).content;
    assert.ok(md.startsWith(`> **${MARK}**\n>\n> ${STATEMENT}\n\n**Fenmoor District Council**`), md.slice(0, 300));
  });

  it('json: "confidential": true after the schema; false for the public copy and for minutes with nothing exempt', async () => {
    const full = (await exportDocument(analysis, 'json', { includeExempt: true })).content;
    assert.ok(full.startsWith('{\n  "schema": "minutes/2",\n  "confidential": true,\n'));
    assert.equal(JSON.parse((await exportDocument(analysis, 'json')).content).confidential, false);
    assert.equal(JSON.parse((await exportDocument(PLAIN, 'json', { includeExempt: true })).content).confidential, false);
  });

  it('docx: the mark first, in the page header of every page and in the title', async () => {
    const bytes = (await exportDocument(analysis, 'docx', { includeExempt: true })).bytes!;
    const { title, headers, body } = await docxText(bytes);
    assert.equal(title, `${MARK}: Audit Board`);
    assert.equal(headers, HEADER);
    assert.ok(body.startsWith(`${MARK}\n${STATEMENT}\nFenmoor District Council\n`), body.slice(0, 300));
    // One default header for the one section: Word repeats it on every page.
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    assert.equal(xml.match(/<w:headerReference w:type="default"/g)?.length, 1);
    assert.equal((await exportDocument(analysis, 'docx', { includeExempt: true })).encoding, 'base64');
  });

  it('none of it in a public copy, nor in a copy of minutes with no exempt item', async () => {
    for (const [doc, includeExempt] of [[analysis, false], [PLAIN, true], [PLAIN, false]] as const) {
      for (const format of ['html', 'md', 'json'] as const) {
        const text = withoutStylesheet((await exportDocument(doc, format, { includeExempt })).content);
        assert.doesNotMatch(text, /CONFIDENTIAL|noindex|minutes-confidential/, `${format}, includeExempt ${includeExempt}`);
        if (format === 'html') assert.equal(pageHeader(text), '<span></span>');
      }
      const { title, headers, body } = await docxText((await exportDocument(doc, 'docx', { includeExempt })).bytes!);
      assert.equal(headers, '');
      assert.doesNotMatch(title + body, /CONFIDENTIAL/);
    }
  });

  it('pdf: the mark in the header of every page, the statement on the first, the mark in the title', async function () {
    const chromium = requireChromium(this);
    requirePdfTools(this);
    this.timeout(120_000);
    // Long enough for several pages.
    const long = analyze(MARKED + '\n' + Array.from({ length: 40 }, (_, i) => `# ${10 + i}. Further item ${i}\n\n${'The Board discussed the matter at length. '.repeat(12)}\n`).join('\n'));
    const html = (await exportDocument(long, 'html', { includeExempt: true })).content;
    const { text, title } = pdfText(await htmlToPdf(html, { chromiumPath: chromium }));
    const pages = text.split('\f').filter((p) => p.trim());
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    for (const [i, page] of pages.entries()) assert.ok(page.replace(/\s+/g, ' ').includes(HEADER), `page ${i + 1} has no confidential header`);
    assert.ok(pages[0].replace(/\s+/g, ' ').includes(STATEMENT));
    assert.equal(title, `${MARK}: Audit Board — 1 May 2024`);
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
