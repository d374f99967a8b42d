// The HTML export's structure, read back with parse5: language, headings,
// table headers, data-line on every block element (pointing at the right
// source line), diagnostics marked in place, and nothing that loads or runs.
import * as assert from 'node:assert/strict';
import { parse, parseFragment } from 'parse5';
import { analyze, renderHtml } from '../../../server/src/core/index';
import { EXAMPLES, read } from '../../helpers/fixtures';
import { all, attr, text, type El } from '../../helpers/html-tree';

const BLOCKS = new Set(['header', 'section', 'h1', 'h2', 'h3', 'h4', 'p', 'ol', 'ul', 'li', 'table', 'tr', 'div']);

describe('export: HTML structure', () => {
  const file = EXAMPLES.find((f) => f.includes('westford'))!;
  const source = read(file);
  const sourceLines = source.split('\n');
  const analysis = analyze(source);
  const page = renderHtml(analysis.model, { standalone: true, config: analysis.config });
  const elements = all(parse(page) as unknown as El);

  it('is an en-GB page with one h1, items as h2 and sub-items as h3', () => {
    const html = elements.find((e) => e.tagName === 'html')!;
    assert.equal(attr(html, 'lang'), 'en-GB');
    const headings = elements.filter((e) => /^h[1-6]$/.test(e.tagName!));
    assert.deepEqual(
      headings.filter((h) => h.tagName === 'h1').map(text),
      ['Planning Committee'],
    );
    assert.deepEqual(
      headings.filter((h) => h.tagName === 'h3').map((h) => text(h).split(' ')[0]),
      ['78/21(a)', '78/21(b)'],
    );
    assert.equal(headings.filter((h) => h.tagName === 'h2').length, 8);
  });

  it('gives every table column headers with a scope', () => {
    const tables = elements.filter((e) => e.tagName === 'table');
    assert.ok(tables.length >= 7);
    for (const t of tables) {
      const ths = all(t).filter((e) => e.tagName === 'th');
      assert.ok(ths.length > 0, 'a table without headers');
      for (const th of ths) assert.match(attr(th, 'scope') ?? '', /^(col|row)$/);
    }
  });

  it('tags every block element of an item with a source line', () => {
    const items = elements.filter((e) => e.tagName === 'section' && /minutes-item/.test(attr(e, 'class') ?? ''));
    assert.equal(items.length, 10);
    for (const sec of items) {
      for (const e of all(sec).filter((x) => BLOCKS.has(x.tagName!))) {
        // Header rows and the rows of a plain table have no line of their own in the model.
        if (e.tagName === 'tr' && (all(e).some((c) => attr(c, 'scope') === 'col') || inPlainTable(e, sec))) continue;
        assert.ok(attr(e, 'data-line') !== undefined, `<${e.tagName}> "${text(e).slice(0, 40)}" has no data-line`);
      }
    }
  });

  it('points data-line at the line that holds the text', () => {
    for (const e of elements.filter((x) => attr(x, 'data-line') !== undefined && ['p', 'li', 'tr'].includes(x.tagName!))) {
      const line = Number(attr(e, 'data-line'));
      const words = text(e).replace(/\s+/g, ' ').trim();
      if (!words || /^(Vote|Resolved|Noted|Recommended|Report|Contact|Documents|Urgent business):/.test(words)) continue;
      const src = sourceLines[line];
      assert.ok(src !== undefined && src.trim() !== '', `line ${line} is blank for "${words.slice(0, 40)}"`);
    }
    const chen = elements.find((e) => e.tagName === 'p' && text(e).startsWith('Laura Chen presented the report. The site'))!;
    assert.match(sourceLines[Number(attr(chen, 'data-line'))], /^@chen presented the report\. The site/);
    const res = elements.find((e) => e.tagName === 'li' && text(e).startsWith('79/21(b)'))!;
    assert.match(sourceLines[Number(attr(res, 'data-line'))], /^\(b\) That the objectors/);
  });

  it('loads nothing and runs nothing', () => {
    assert.ok(!elements.some((e) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base'].includes(e.tagName!)));
    assert.ok(!/(src|url)\s*[=(]\s*["']?(https?:)?\/\//i.test(page.replace(/<a href="[^"]*"/g, '')));
    assert.ok(!/@import/.test(page));
  });

  it('shows the withheld item and prints risk ratings with their band', () => {
    const note = elements.find((e) => /minutes-withheld-note/.test(attr(e, 'class') ?? ''))!;
    assert.equal(text(note), 'Item 84/21 was considered in private under paragraph 5 of Schedule 12A; its minutes are withheld.');
    const ratings = elements.filter((e) => attr(e, 'class') === 'minutes-rating').map(text);
    assert.deepEqual(ratings, ['D4 Medium', 'C3 Medium', 'B3 Medium', 'C4 Medium']);
  });

  it('prints a standalone page and a fragment that differ only in their frame', () => {
    const fragment = renderHtml(analysis.model, { config: analysis.config });
    assert.ok(!/<(html|head|body)[\s>]/.test(fragment));
    const body = /<main class="minutes-document">\n([\s\S]*)<\/main>/.exec(page)![1];
    const inner = /<article class="minutes-document">\n([\s\S]*)<\/article>/.exec(fragment)![1];
    assert.equal(inner, body);
  });

  it('marks diagnostics on the block that holds their line, worst severity first', () => {
    const line = sourceLines.findIndex((l) => l.startsWith('Mrs Eleanor Marsh'));
    const html = renderHtml(analysis.model, {
      config: analysis.config,
      diagnostics: [
        { line, severity: 'warning', message: 'a warning here' },
        { line, severity: 'error', message: 'an error here' },
        { line: 0, severity: 'info', message: 'header note' },
      ],
    });
    const els = all(parseFragment(html) as unknown as El);
    const marked = els.filter((e) => attr(e, 'data-severity') !== undefined);
    assert.equal(marked.length, 2);
    const para = marked.find((e) => e.tagName === 'p')!;
    assert.equal(attr(para, 'data-line'), String(line));
    assert.equal(attr(para, 'data-severity'), 'error');
    assert.match(text(para), /^Warning: a warning hereError: an error hereMrs Eleanor Marsh/);
    assert.equal(attr(marked.find((e) => e.tagName === 'header')!, 'data-severity'), 'info');
  });

  it('marks a diagnostic inside a multi-line block on that block', () => {
    const start = sourceLines.findIndex((l) => l.startsWith('RECOMMENDED:'));
    const html = renderHtml(analysis.model, { diagnostics: [{ line: start + 4, severity: 'error', message: 'in the list' }] });
    const marked = all(parseFragment(html) as unknown as El).filter((e) => attr(e, 'data-severity'));
    assert.equal(marked.length, 1);
    assert.equal(marked[0].tagName, 'li');
    assert.match(text(marked[0]), /\(iii\)/);
  });

  it('gives a numbered entry exactly two grid cells, its marker and its text, whatever inline markup the text holds', () => {
    // ol.minutes-list > li is a two-column grid: each child element and each bare run of text is a cell.
    const src = '---\ncommittee: C\ndate: 2021-01-01\n---\n# 1. Item\n\n(1) That the **report** be *noted*, see [the plan](https://example.org/plan)\n    (a) with @x and **changes**\n(2) Plain\n';
    const lis = all(parseFragment(renderHtml(analyze(src).model, {})) as unknown as El).filter((e) => e.tagName === 'li');
    assert.equal(lis.length, 3);
    for (const li of lis) {
      const cells = (li.childNodes ?? []).filter((c) => (c.tagName ? !['ol', 'ul'].includes(c.tagName) : /\S/.test(c.value ?? '')));
      assert.deepEqual(cells.map((c) => attr(c, 'class')), ['minutes-marker', 'minutes-entry-text'], text(li));
    }
    // The link's address follows it for print only (inline.ts), inside the text cell.
    assert.equal(text(lis[0]).split('\n')[0], '(1) That the report be noted, see the plan (https://example.org/plan)');
  });
});

function inPlainTable(e: El, root: El): boolean {
  const tables = all(root).filter((t) => t.tagName === 'table' && attr(t, 'class') === 'minutes-table');
  return tables.some((t) => all(t).includes(e));
}
