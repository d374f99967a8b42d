// A pipe table's separator row aligns its columns (`:---` left, `---:` right,
// `:---:` centre, as in GitHub Markdown), and every export keeps it: HTML by
// classes the stylesheet defines (no style attribute, which a strict page
// policy may refuse), Markdown by the same separator row, Word by the
// alignment of the paragraphs in each column's cells. Risk tables too, though
// their columns print in another order.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { analyze, exportDocument, renderHtml } from '../../../server/src/core/index';
import { LAYOUT_CSS } from '../../../server/src/core/export/html-style';
import { all, attr, text, type El } from '../../helpers/html-tree';

const SOURCE = `---
committee: Budget Committee
date: 2021-06-08
---

# 32 Budget

| Service | Budget £k | Change | Note |
|:---|---:|:---:|---|
| Libraries | 1,200 | -3% | <i>held</i> |
| Parks | 800 | +1% | |

A table without colons:

| Plain | Table |
|---|---|
| a | b |
`;

const analysis = analyze(SOURCE);

describe('export: table column alignment', () => {
  it('classes each aligned cell in HTML, heads included, with the classes in the stylesheet', () => {
    const els = all(parseFragment(renderHtml(analysis.model, { config: analysis.config })) as unknown as El);
    const [aligned, plain] = els.filter((e) => e.tagName === 'table');
    const classes = (tag: string): (string | undefined)[][] =>
      all(aligned)
        .filter((e) => e.tagName === 'tr' && all(e).some((c) => c.tagName === tag))
        .map((tr) => all(tr).filter((c) => c.tagName === tag).map((c) => attr(c, 'class')));
    const expected = ['minutes-align-left', 'minutes-align-right', 'minutes-align-center', undefined];
    assert.deepEqual(classes('th'), [expected]);
    assert.deepEqual(classes('td'), [expected, expected]);
    assert.ok(!all(aligned).some((e) => attr(e, 'style') !== undefined));
    assert.ok(!all(plain).some((e) => attr(e, 'class')?.startsWith('minutes-align')));
    for (const a of ['right', 'center']) assert.match(LAYOUT_CSS, new RegExp(`\\.minutes-align-${a} \\{ text-align: ${a}; \\}`));
    assert.ok(!els.some((e) => e.tagName === 'i'));
    assert.ok(all(aligned).some((e) => e.tagName === 'td' && text(e) === '<i>held</i>'));
  });

  it('writes the same separator row in Markdown, which markdown-it aligns', async () => {
    const md = (await exportDocument(analysis, 'md')).content;
    assert.ok(md.includes('| Service | Budget £k | Change | Note |\n| :--- | ---: | :---: | --- |\n'), md);
    assert.ok(md.includes('| Plain | Table |\n| --- | --- |\n'), md);
    const html = new MarkdownIt().render(md);
    assert.ok(html.includes('<td style="text-align:right">1,200</td>'), html);
    assert.ok(html.includes('<th style="text-align:center">Change</th>'), html);
  });

  it('aligns the paragraphs of each column’s cells in Word', async () => {
    const zip = await JSZip.loadAsync((await exportDocument(analysis, 'docx')).bytes!);
    const xml = await zip.file('word/document.xml')!.async('string');
    const cells = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => ({
      text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      jc: /<w:jc w:val="(\w+)"\/>/.exec(m[0])?.[1] ?? null,
    }));
    const jc = (t: string): string | null => cells.find((c) => c.text === t)!.jc;
    assert.deepEqual(['Service', 'Budget £k', 'Change', 'Note'].map(jc), ['left', 'right', 'center', null]);
    assert.deepEqual(['Parks', '800', '+1%'].map(jc), ['left', 'right', 'center']);
    assert.deepEqual(['Plain', 'a'].map(jc), [null, null]);
  });

  it('aligns a risk table’s columns where they print, the rating moved last', async () => {
    const risks = analyze(`# 5 Risks

RISKS:
| Risk | Description | Rating | Mitigation | Owner |
|---|---|:---:|---|---:|
| Late | Plans slip | B2 | Monitor | Finance |
`);
    const md = (await exportDocument(risks, 'md')).content;
    assert.ok(md.includes('| Risk | Description | Mitigation | Owner | Rating |\n| --- | --- | --- | ---: | :---: |\n'), md);
    const els = all(parseFragment(renderHtml(risks.model, { config: risks.config })) as unknown as El);
    const cells = els.filter((e) => e.tagName === 'td').map((e) => [text(e).split(' ')[0], attr(e, 'class')]);
    assert.deepEqual(cells, [
      ['Plans', undefined],
      ['Monitor', undefined],
      ['Finance', 'minutes-align-right'],
      ['B2', 'minutes-rating minutes-align-center'],
    ]);
  });

  it('keeps the alignment in the model as `align`, only on tables that set one', async () => {
    const json = JSON.parse((await exportDocument(analysis, 'json')).content);
    const tables = json.items[0].content.filter((b: { kind: string }) => b.kind === 'table');
    assert.deepEqual(tables[0].align, ['left', 'right', 'center', null]);
    assert.ok(!('align' in tables[1]));
  });
});
