// Entries indented under another entry print nested in every export: in HTML
// a list inside the parent's <li> (each entry keeping its data-line), in
// Markdown a sub-list that CommonMark (markdown-it) renders under its parent,
// in Word an indent to the parent's text. Narrative, RECOMMENDED and RESOLVED
// lists alike; the JSON model gives the depth of each nested entry.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';
import { parseFragment } from 'parse5';
import { analyze, exportDocument, renderHtml } from '../../../server/src/core/index';
import { all, attr, text, type El } from '../../helpers/html-tree';

const SOURCE = `---
committee: Budget Committee
date: 2021-06-08
---

# 32 Budget

The Committee discussed:

(1) the first point
    (a) sub a <b>not bold</b>
    (b) sub b
(2) the second point
    - bullet under 2

RECOMMENDED:
1. Approve the plan
   (a) with the changes
2. Note the report

Members also raised:

- top bullet
  - second level
    - third level

RESOLVED:
(1) That the plan be approved
    (a) subject to funding
    (b) subject to review
(2) That the report be noted
`;

const analysis = analyze(SOURCE);
const lineOf = (needle: string): number => SOURCE.split('\n').findIndex((l) => l.includes(needle));

/** The nearest element of `tag` that holds `el`, from the parents map. */
function ancestor(el: El, tag: string, parents: Map<El, El>): El | undefined {
  for (let p = parents.get(el); p; p = parents.get(p)) if (p.tagName === tag) return p;
  return undefined;
}

function tree(html: string): { els: El[]; parents: Map<El, El> } {
  const root = parseFragment(html) as unknown as El;
  const parents = new Map<El, El>();
  const walk = (n: El): void => {
    for (const c of n.childNodes ?? []) {
      parents.set(c, n);
      walk(c);
    }
  };
  walk(root);
  return { els: all(root), parents };
}

describe('export: nested lists', () => {
  describe('HTML', () => {
    const { els, parents } = tree(renderHtml(analysis.model, { config: analysis.config }));
    const li = (start: string): El => els.find((e) => e.tagName === 'li' && text(e).trim().startsWith(start))!;

    it('puts a lettered sub-list inside the entry it is indented under', () => {
      const sub = li('(a) sub a');
      const list = parents.get(sub)!;
      assert.equal(list.tagName, 'ol');
      assert.equal(ancestor(list, 'li', parents), li('(1) the first point'));
      assert.equal(attr(sub, 'data-line'), String(lineOf('(a) sub a')));
      assert.equal(attr(list, 'data-line'), String(lineOf('(a) sub a')));
      assert.ok(!text(li('(2) the second point')).includes('sub a'));
    });

    it('makes bullets under a numbered entry a bulleted sub-list, and keeps entry text escaped', () => {
      const bullet = li('bullet under 2');
      assert.equal(parents.get(bullet)!.tagName, 'ul');
      assert.equal(ancestor(bullet, 'li', parents), li('(2) the second point'));
      assert.ok(!els.some((e) => e.tagName === 'b'));
      assert.match(text(li('(a) sub a')), /<b>not bold<\/b>/);
    });

    it('nests RECOMMENDED entries and bullets three levels deep', () => {
      assert.equal(ancestor(li('(a) with the changes'), 'li', parents), li('1. Approve the plan'));
      const third = li('third level');
      assert.equal(ancestor(third, 'li', parents), li('second level'));
      assert.equal(ancestor(li('second level'), 'li', parents), li('top bullet'));
    });

    it('puts sub-resolutions inside the resolution they are cited through', () => {
      const resolution = (id: string): El =>
        els.find((e) => e.tagName === 'li' && all(e).some((s) => attr(s, 'class') === 'minutes-resolution-id' && text(s) === id) && text(e).startsWith(id))!;
      const parent = resolution('32(1)');
      for (const id of ['32(1)(a)', '32(1)(b)']) {
        const r = resolution(id);
        assert.equal(ancestor(r, 'li', parents), parent, id);
        assert.equal(attr(parents.get(r)!, 'class'), 'minutes-resolutions');
      }
      assert.equal(ancestor(resolution('32(2)'), 'li', parents), undefined);
    });
  });

  describe('Markdown', () => {
    let html = '';
    let md = '';
    before(async () => {
      md = (await exportDocument(analysis, 'md')).content;
      html = new MarkdownIt().render(md);
    });

    it('follows a numbered entry with its sub-list, keeping the clerk’s markers', () => {
      assert.ok(md.includes('(1) the first point\n\n- (a) sub a \\<b\\>not bold\\</b\\>\n- (b) sub b\n\n(2) the second point'), md);
      assert.ok(html.includes('<p>(1) the first point</p>\n<ul>\n<li>(a) sub a &lt;b&gt;not bold&lt;/b&gt;</li>\n<li>(b) sub b</li>\n</ul>\n<p>(2) the second point</p>'), html);
      assert.ok(html.includes('<p>(2) the second point</p>\n<ul>\n<li>bullet under 2</li>\n</ul>'), html);
    });

    it('nests bullets inside bullets', () => {
      assert.ok(md.includes('- top bullet\n  - second level\n    - third level'), md);
      assert.ok(html.includes('<li>top bullet\n<ul>\n<li>second level\n<ul>\n<li>third level</li>\n</ul>\n</li>\n</ul>\n</li>'), html);
    });

    it('lists sub-resolutions under the resolution they are cited through', () => {
      assert.ok(
        html.includes(
          '<p><strong>32(1)</strong> That the plan be approved</p>\n<ul>\n<li><strong>32(1)(a)</strong> subject to funding</li>\n' +
            '<li><strong>32(1)(b)</strong> subject to review</li>\n</ul>\n<p><strong>32(2)</strong> That the report be noted</p>',
        ),
        html,
      );
    });
  });

  describe('Word', () => {
    /** Each paragraph's text with its left indent in twentieths of a point. */
    let paras: { text: string; left: number }[] = [];
    before(async () => {
      const zip = await JSZip.loadAsync((await exportDocument(analysis, 'docx')).bytes!);
      const xml = await zip.file('word/document.xml')!.async('string');
      paras = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
        text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
        left: Number(/<w:ind [^>]*w:left="(\d+)"/.exec(m[0])?.[1] ?? 0),
      }));
    });
    const indent = (start: string): number => paras.find((p) => p.text.startsWith(start))!.left;

    it('indents a sub-list to the text of its parent entry', () => {
      assert.ok(indent('(a)\tsub a') > indent('(1)\tthe first point'));
      assert.equal(indent('(a)\tsub a'), indent('(b)\tsub b'));
      assert.equal(indent('(2)\tthe second point'), indent('(1)\tthe first point'));
      assert.ok(indent('•\tbullet under 2') > indent('(2)\tthe second point'));
      assert.ok(indent('(a)\twith the changes') > indent('1.\tApprove the plan'));
      assert.ok(indent('•\tthird level') > indent('•\tsecond level'));
      assert.ok(indent('•\tsecond level') > indent('•\ttop bullet'));
    });

    it('indents sub-resolutions under the resolution they are cited through', () => {
      assert.ok(indent('32(1)(a)\t') > indent('32(1)\t'));
      assert.equal(indent('32(1)(b)\t'), indent('32(1)(a)\t'));
      assert.equal(indent('32(2)\t'), indent('32(1)\t'));
    });
  });

  it('gives nested entries their depth in the JSON model, and none at the top level', async () => {
    const json = JSON.parse((await exportDocument(analysis, 'json')).content);
    const list = json.items[0].content.find((b: { kind: string }) => b.kind === 'list');
    assert.deepEqual(
      list.entries.map((e: { marker: string; depth?: number }) => [e.marker, e.depth]),
      [['(1)', undefined], ['(a)', 1], ['(b)', 1], ['(2)', undefined], ['-', 1]],
    );
    assert.deepEqual(Object.keys(list.entries[1]), ['marker', 'depth', 'text', 'line']);
  });
});
