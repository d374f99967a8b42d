// Hostile text in every field a document can carry (header values, names,
// roles, notes, titles, item lines, paragraphs, lists, cells, actions, risks,
// link targets) and in the configured risk bands. The HTML is parsed back
// with a real HTML parser (parse5): only the elements and attributes the
// renderer writes may appear, no event handler, no script, no URL other than
// http, https or mailto, and the hostile text must still be there as text.
// Markdown, JSON and Word are checked the same way for their own syntax.
import * as assert from 'node:assert/strict';
import JSZip from 'jszip';
import { parse, parseFragment } from 'parse5';
import { analyze, exportDocument, renderHtml, type MinutesConfig } from '../../../server/src/core/index';

const HOSTILE = `---
type: minutes
authority: Evil <script>alert("authority")</script> Council
committee: Committee "><img src=x onerror=alert(1)>
date: 2024-03-05
time: 18:00-<b>19:00</b>
venue: Hall <iframe src="https://evil.example"></iframe>
status: <svg onload=alert(1)>
---

PEOPLE:
@evil   Mallory <script>alert('name')</script> — Role <img src=x onerror=alert('role')>
@ok     Alice O'Brien & Co

PRESENT: @evil (Chair <b onclick=alert(1)>x</b>), Bob <script>x</script>
APOLOGIES: Eve "quoted" <i>x</i>
IN ATTENDANCE: @ok (note <style>body{display:none}</style>)

DECLARATIONS:
- @evil (item 1): interest <a href="javascript:alert(1)">click</a>

# 1. Title <script>alert("title")</script>
REPORT: Report <img src=x onerror=alert('report')>
CONTACT: @evil, <javascript:alert(1)>, ' onmouseover='alert(1)
URGENT: Urgent <object data=x></object>
DOCUMENTS: Doc <embed src=x>, [link](javascript:alert('doc'))

Paragraph with [bad link](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=) and <https://ok.example/"onclick="alert(1)> and [quote](https://a.example/"onmouseover="alert(1)) and **<b>bold</b>** and @evil.

- bullet <script>alert('list')</script>
- bullet [x](vbscript:msgbox(1))

| Head <th onclick=x> | Other |
|---|---|
| cell <script>alert('cell')</script> | [y](  javascript:alert(3)) |

RECOMMENDED:
(a) recommend <img src=x onerror=alert('rec')>

RESOLVED:
(1) resolve <script>alert('res')</script>
(2) second [go](JAVASCRIPT:alert(2))

VOTE: for <script>1</script> — carried

ACTION: @evil — task <script>alert('task')</script> — due <b>soon</b> — open
ACTION: Owner <img src=x onerror=alert('owner')> — task two — due 2024-02-30

NOTED: noted <script>alert('noted')</script>

RISKS:
| Risk <script>r</script> | Description | Mitigation | Owner <img src=x onerror=1> | Rating |
|---|---|---|---|---|
| risk <script>alert('risk')</script> | desc <iframe> | mit <a onclick=1> | own <b>er</b> | B2<script> |
| second | d | m | o | C3 |

## 1(a) Sub <style>*{color:red}</style>
EXEMPT: 3

Secret <script>alert('secret')</script> text.
`;

const CONFIG: Partial<MinutesConfig> = {
  risk: {
    bands: [
      { name: 'Band <script>alert("band")</script>', color: 'red;background:url(https://evil.example/x.png)', ratings: ['C3'] },
      { name: 'Other', color: '#123456', minScore: 1 },
    ],
  },
};

/** Strings that must survive as visible text, escaped rather than dropped. */
const VISIBLE = [
  'Evil <script>alert("authority")</script> Council',
  'Committee "><img src=x onerror=alert(1)>',
  `Mallory <script>alert('name')</script>`,
  'Title <script>alert("title")</script>',
  `cell <script>alert('cell')</script>`,
  `risk <script>alert('risk')</script>`,
  `resolve <script>alert('res')</script>`,
  `task <script>alert('task')</script>`,
  'Owner <img src=x onerror=1>',
  'Band <script>alert("band")</script>',
  '[bad link](javascript:alert(1))',
];

const TAGS = new Set(
  'html head body meta title style main article header footer section h1 h2 h3 h4 h5 h6 p span strong em a dl dt dd div ol ul li table caption thead tbody tr th td wbr'.split(' '),
);
const ATTRIBUTES = new Set(
  'class id data-line href scope style role aria-label aria-labelledby lang charset http-equiv content name title data-severity data-label'.split(' '),
);

interface Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.childNodes ?? []) walk(c, visit);
  if (node.content) walk(node.content, visit);
}

function textOf(node: Node): string {
  let out = '';
  walk(node, (n) => {
    if (n.nodeName === '#text') out += n.value;
  });
  return out;
}

/** Checks a parsed HTML tree and returns its text. */
function checkTree(root: Node): string {
  let styles = 0;
  walk(root, (n) => {
    if (!n.tagName) return;
    assert.ok(TAGS.has(n.tagName), `unexpected element <${n.tagName}>`);
    if (n.tagName === 'style') styles++;
    for (const a of n.attrs ?? []) {
      assert.ok(ATTRIBUTES.has(a.name), `unexpected attribute ${a.name}="${a.value}" on <${n.tagName}>`);
      assert.ok(!/^on/i.test(a.name), `event handler ${a.name}`);
      if (a.name === 'href') assert.match(a.value, /^(https?:\/\/|mailto:)/i, `unsafe href ${a.value}`);
      if (a.name === 'style') assert.match(a.value, /^background:(#[0-9a-f]{6}|[a-z]+);color:#[0-9a-f]{6}$/i, `unexpected style ${a.value}`);
    }
  });
  assert.equal(styles, 1, 'exactly one style element, the renderer’s own');
  const text = textOf(root);
  for (const s of VISIBLE) assert.ok(text.includes(s), `"${s}" is not in the text`);
  return text;
}

describe('export: hostile text is escaped everywhere', () => {
  const analysis = analyze(HOSTILE, CONFIG);

  it('parses to the expected model (the fixture reaches every field)', () => {
    const m = analysis.model;
    assert.equal(m.items[0].items[0].exempt, 3);
    assert.equal(m.risks.length, 2);
    assert.equal(m.actions.length, 2);
    assert.equal(m.declarations.length, 1);
    assert.equal(m.attendance.inAttendance.length, 1);
  });

  it('standalone HTML page', async () => {
    const { content } = await exportDocument(analysis, 'html', { includeExempt: true });
    const text = checkTree(parse(content) as unknown as Node);
    assert.ok(text.includes(`Secret <script>alert('secret')</script> text.`));
    assert.ok(content.includes(`Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`));
  });

  it('preview fragment, with hostile diagnostics marked', () => {
    const html = renderHtml(analysis.model, {
      includeExempt: true,
      config: analysis.config,
      diagnostics: [
        { line: 21, severity: 'error', message: 'bad <script>alert("diag")</script> "quote"' },
        { line: 53, severity: '"><img src=x onerror=1>', message: 'odd severity' },
      ],
    });
    const text = checkTree(parseFragment(html) as unknown as Node);
    assert.ok(text.includes('bad <script>alert("diag")</script> "quote"'));
  });

  it('keeps links only for http, https and mailto targets', async () => {
    const { content } = await exportDocument(analysis, 'html');
    const hrefs: string[] = [];
    walk(parse(content) as unknown as Node, (n) => n.attrs?.forEach((a) => a.name === 'href' && hrefs.push(a.value)));
    assert.deepEqual(hrefs, ['https://ok.example/"onclick="alert(1)', 'https://a.example/"onmouseover="alert(1)']);
  });

  it('Markdown: no raw HTML and no link other than http, https or mailto', async () => {
    const { content } = await exportDocument(analysis, 'md', { includeExempt: true });
    const unescaped = (re: RegExp): string[] => [...content.matchAll(re)].map((m) => m[0]);
    assert.deepEqual(unescaped(/(?<!\\)<(?!https?:\/\/)[^\n]{0,20}/g), []);
    assert.deepEqual(unescaped(/(?<!\\)\]\((?!https?:\/\/|mailto:)[^\n]{0,20}/g), []);
    for (const href of unescaped(/(?<!\\)\]\([^)\s]*\)/g)) assert.ok(!/["'\s<>]/.test(href.slice(2, -1)), `link target ${href} not encoded`);
    assert.ok(content.includes(`Title \\<script\\>alert("title")\\</script\\>`));
    assert.ok(content.includes('cell \\<script\\>'));
  });

  it('Markdown pipe tables keep one cell per column', async () => {
    const { content } = await exportDocument(analysis, 'md');
    const rows = content.split('\n').filter((l) => l.startsWith('| ') && l.includes('risk'));
    for (const row of rows) assert.equal(row.split(/(?<!\\)\|/).length - 2, 5, row);
  });

  it('JSON: the hostile text round-trips exactly', async () => {
    const { content } = await exportDocument(analysis, 'json', { includeExempt: true });
    const back = JSON.parse(content);
    assert.equal(back.items[0].title, 'Title <script>alert("title")</script>');
    assert.equal(back.meta.committee, 'Committee "><img src=x onerror=alert(1)>');
    assert.deepEqual(back.risks, JSON.parse(JSON.stringify(analysis.model.risks)));
  });

  it('Word: text survives as text and only safe links become hyperlinks', async () => {
    const { bytes } = await exportDocument(analysis, 'docx', { includeExempt: true });
    const zip = await JSZip.loadAsync(bytes!);
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.ok(xml.includes('Title &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;') || xml.includes('Title &lt;script&gt;alert("title")&lt;/script&gt;'));
    assert.ok(!/<script/i.test(xml));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const external = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).filter((r) => r.includes('TargetMode="External"'));
    for (const r of external) assert.match(r, /Target="(https?:\/\/|mailto:)/, r);
    assert.equal(external.length, 2, 'the two safe links, and only they, are hyperlinks');
  });
});
