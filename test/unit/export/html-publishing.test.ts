// The HTML export as a public body publishes it (issue 17): tables whose
// cells carry their column's heading, so they reflow on a phone (the layout
// itself is checked in Chromium by test/unit/export/accessibility.test.ts);
// email addresses as mailto links; a URL printed once, with break points at
// its slashes and dots; labels cased alike; vote wording that agrees with
// its numbers.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { parse } from 'parse5';
import { analyze, exportDocument, renderHtml } from '../../../server/src/core/index';
import { LAYOUT_CSS, PAGE_CSS } from '../../../server/src/core/export/html-style';
import { htmlInline } from '../../../server/src/core/export/inline';
import { htmlToPdf } from '../../../server/src/pdf';
import { pdfText } from '../../helpers/exempt-markers';
import { requireChromium, requirePdfTools } from '../../helpers/external-tools';
import { dedent } from '../../helpers/documents';
import { EXAMPLES, read, SEEDS } from '../../helpers/fixtures';
import { all, attr, text, type El } from '../../helpers/html-tree';
import { ROOT } from '../../helpers/root';

const V2 = ['full-council-motions', 'nhs-board-public', 'planning-committee-schedule'].map((n) => path.join(ROOT, 'test', 'fixtures', 'v2', `${n}.minutes`));
const FILES = [...SEEDS, ...EXAMPLES, ...V2];

async function tree(file: string): Promise<El> {
  return parse((await exportDocument(analyze(read(file)), 'html')).content) as unknown as El;
}

const names = new Map<string, string>();

describe('export: HTML for publishing', () => {
  it('labels each cell of a table with headings with its column heading, and no other table', async () => {
    let labelled = 0;
    for (const file of FILES) {
      for (const table of all(await tree(file)).filter((e) => e.tagName === 'table')) {
        const headings = all(table).filter((e) => e.tagName === 'th' && attr(e, 'scope') === 'col').map((e) => text(e).trim());
        const rows = all(table).filter((e) => e.tagName === 'tr' && !all(e).some((c) => attr(c, 'scope') === 'col'));
        for (const row of rows) {
          const cells = (row.childNodes ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th');
          const labels = cells.map((c) => attr(c, 'data-label'));
          if (!headings.length) assert.deepEqual(labels.filter(Boolean), [], `${path.basename(file)}: a table without headings has labels`);
          else {
            assert.deepEqual(labels, headings, `${path.basename(file)}: ${attr(table, 'class')} row "${text(row).slice(0, 40)}"`);
            labelled++;
          }
        }
      }
    }
    assert.ok(labelled > 30, `${labelled} labelled rows`);
  });

  it('reflows those tables below 40rem, each row a block, each cell led by its label', () => {
    const reflow = /@media \(max-width: 40rem\) \{\n {2}table:is\(\.minutes-actions, \.minutes-risk-table, \.minutes-declarations, \.minutes-table:has\(> thead\)\)[^\n]*\{ display: block; \}/;
    assert.match(LAYOUT_CSS, reflow);
    assert.match(LAYOUT_CSS, /> tbody > tr > \[data-label\]::before \{ content: attr\(data-label\) ": "; font-weight: 700; \}/);
  });

  it('makes email addresses mailto links, in any text but a link\'s own', () => {
    assert.equal(
      htmlInline('Write to jo.patel@westford.gov.uk. Or clerk@x.org!', names),
      'Write to <a href="mailto:jo.patel@westford.gov.uk">jo<wbr>.patel@<wbr>westford<wbr>.gov<wbr>.uk</a>. Or <a href="mailto:clerk@x.org">clerk@<wbr>x<wbr>.org</a>!',
    );
    assert.equal(htmlInline('[the clerk](mailto:clerk@x.org)', names), '<a href="mailto:clerk@x.org">the clerk</a>');
    for (const notOne of ['@handle', 'a@b', 'x@y.c1', 'name@', '@x.org', 'a@b.c']) assert.doesNotMatch(htmlInline(notOne, names), /<a /, notOne);
    const contact = dedent(`
      ---
      committee: C
      date: 2024-01-01
      ---
      # 1. Item
      CONTACT: Laura Chen, 01632 960 418, laura.chen@westford.gov.uk
    `);
    assert.match(renderHtml(analyze(contact).model), /<a href="mailto:laura\.chen@westford\.gov\.uk">laura<wbr>\.chen@<wbr>westford<wbr>\.gov<wbr>\.uk<\/a><\/p>/);
  });

  it('prints a URL once: after a link only when the link text is not the URL, with break points, never break-all', () => {
    assert.equal(htmlInline('<https://www.x.gov.uk/lcwip>', names), '<a class="minutes-url" href="https://www.x.gov.uk/lcwip">https://<wbr>www<wbr>.x<wbr>.gov<wbr>.uk/<wbr>lcwip</a>');
    assert.equal(htmlInline('[https://www.x.gov.uk/lcwip/](https://www.x.gov.uk/lcwip)', names).includes('minutes-print-url'), false);
    assert.equal(
      htmlInline('[the plan](https://x.gov.uk/a-b/c)', names),
      '<a href="https://x.gov.uk/a-b/c">the plan</a><span class="minutes-print-url"> (https://<wbr>x<wbr>.gov<wbr>.uk/<wbr>a-b/<wbr>c)</span>',
    );
    // Shown in print only; no address is drawn by the stylesheet itself, and nothing breaks a word anywhere.
    assert.match(LAYOUT_CSS, /\.minutes-print-url \{ display: none; \}/);
    assert.match(PAGE_CSS, /@media print \{[\s\S]*\.minutes-print-url \{ display: inline;/);
    assert.doesNotMatch(LAYOUT_CSS + PAGE_CSS, /attr\(href\)|break-all/);
  });

  it('pdf: an address printed as the link text is not printed again, another link\'s is printed after it', async function () {
    const chromium = requireChromium(this);
    requirePdfTools(this);
    this.timeout(120_000);
    const html = (await exportDocument(analyze(read(EXAMPLES.find((f) => f.includes('westford'))!)), 'html')).content;
    const words = pdfText(await htmlToPdf(html, { chromiumPath: chromium })).text.replace(/\s+/g, ' ');
    assert.match(words, /consultation page is https:\/\/ ?www\.westshire\.gov\.uk\/ ?lcwip; members/);
    assert.doesNotMatch(words, /lcwip \(https/);
    assert.match(words, /21\/01234\/FUL \(https:\/\/ ?planning\.westford\.gov\.uk\/ ?online-applications/);
  });

  it('cases every label alike: a capital, then lower case', async () => {
    const seen = new Set<string>();
    for (const file of FILES)
      for (const e of all(await tree(file)).filter((x) => attr(x, 'class') === 'minutes-label' || x.tagName === 'dt' || x.tagName === 'caption'))
        seen.add(text(e).trim());
    assert.ok(seen.has('Resolved:') && seen.has('Noted:') && seen.has('Recommended:') && seen.has('Vote:'), [...seen].join(' | '));
    const shouting = [...seen].filter((l) => /\b[A-Z]{2,}\b/.test(l));
    assert.deepEqual(shouting, []);
  });

  it('words the counts of a vote to agree with their numbers', async () => {
    const vote = (line: string): string => {
      const doc = `---\ncommittee: C\ndate: 2024-01-01\n---\n# 1. Item\nVOTE: ${line}\n`;
      return text(all(parse(renderHtml(analyze(doc).model)) as unknown as El).find((e) => attr(e, 'class')?.startsWith('minutes-vote'))!);
    };
    assert.equal(vote('for 7, against 2, abstain 1 — carried'), 'Vote: Carried: 7 for, 2 against, 1 abstention');
    assert.equal(vote('for 7, against 1, abstain 0 — carried'), 'Vote: Carried: 7 for, 1 against, 0 abstentions');
    assert.equal(vote('for 1, against 8, abstain 3 — lost'), 'Vote: Lost: 1 for, 8 against, 3 abstentions');
  });
});
