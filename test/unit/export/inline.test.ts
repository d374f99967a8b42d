// Inline markup: what becomes formatting, links and names, and what stays text.
import * as assert from 'node:assert/strict';
import { escapeMarkdown, htmlInline, isSafeHref, markdownInline, parseInline, plainInline } from '../../../server/src/core/export/inline';

const names = new Map([
  ['chen', 'Laura Chen'],
  ['ross-shaw', 'Councillor Alex Ross-Shaw'],
]);

describe('export: inline markup', () => {
  it('prints bold, italic and nested markup as HTML', () => {
    assert.equal(htmlInline('a **bold** and *italic* word', names), 'a <strong>bold</strong> and <em>italic</em> word');
    assert.equal(htmlInline('**bold with *italic* inside**', names), '<strong>bold with <em>italic</em> inside</strong>');
  });

  it('leaves lone and spaced asterisks as text', () => {
    assert.equal(htmlInline('5 * 3 = 15 and 2 ** 3', names), '5 * 3 = 15 and 2 ** 3');
    assert.equal(htmlInline('* not italic*', names), '* not italic*');
  });

  it('prints declared handles as display names and leaves others as written', () => {
    assert.equal(htmlInline('@chen and @ross-shaw met @nobody.', names), 'Laura Chen and Councillor Alex Ross-Shaw met @nobody.');
  });

  it('does not read an email address as a handle', () => {
    assert.equal(plainInline('write to laura.chen@westford.gov.uk or x-chen@y', names), 'write to laura.chen@westford.gov.uk or x-chen@y');
  });

  it('turns http, https and mailto links into links', () => {
    assert.equal(htmlInline('[the plan](https://example.org/plan?a=1&b=2)', names), '<a href="https://example.org/plan?a=1&amp;b=2">the plan</a><span class="minutes-print-url"> (https://<wbr>example<wbr>.org/<wbr>plan<wbr>?a=1<wbr>&amp;b=2)</span>');
    assert.equal(htmlInline('<http://example.org/x>', names), '<a class="minutes-url" href="http://example.org/x">http://<wbr>example<wbr>.org/<wbr>x</a>');
    assert.equal(htmlInline('[mail](mailto:clerk@example.org)', names), '<a href="mailto:clerk@example.org">mail</a>');
    assert.equal(htmlInline('[Wiki](https://en.wikipedia.org/wiki/Quorum_(law))', names), '<a href="https://en.wikipedia.org/wiki/Quorum_(law)">Wiki</a><span class="minutes-print-url"> (https://<wbr>en<wbr>.wikipedia<wbr>.org/<wbr>wiki/<wbr>Quorum_(law))</span>');
  });

  it('keeps any other link as escaped text', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', '/relative', 'https:/x', 'java\tscript:x']) {
      const html = htmlInline(`[click](${href})`, names);
      assert.ok(!html.includes('<a'), `${href} became a link: ${html}`);
      assert.ok(!isSafeHref(href), href);
    }
    assert.equal(htmlInline('<javascript:alert(1)>', names), '&lt;javascript:alert(1)&gt;');
  });

  it('escapes every character HTML could read as markup', () => {
    assert.equal(htmlInline(`<script>"it's" & more</script>`, names), '&lt;script&gt;&quot;it&#39;s&quot; &amp; more&lt;/script&gt;');
    assert.equal(htmlInline('**<b>x</b>**', names), '<strong>&lt;b&gt;x&lt;/b&gt;</strong>');
    assert.equal(htmlInline('[<img src=x onerror=alert(1)>](https://a.example/"onmouseover="x)', names).includes('"onmouseover'), false);
  });

  it('does not nest links or let a link label carry one', () => {
    const nodes = parseInline('[see <https://a.example>](https://b.example)', names);
    assert.equal(nodes.length, 1);
    assert.equal(nodes[0].kind, 'link');
    assert.equal(htmlInline('[see <https://a.example>](https://b.example)', names), '<a href="https://b.example">see &lt;https://a.example&gt;</a><span class="minutes-print-url"> (https://<wbr>b<wbr>.example)</span>');
  });

  it('prints Markdown with the text escaped and the markup kept', () => {
    assert.equal(markdownInline('**Plan** for *@chen* at [site](https://x.example/a_b)', names), '**Plan** for *Laura Chen* at [site](https://x.example/a_b)');
    assert.equal(markdownInline('a | b * c _d_ [e] <f> `g` \\ ~h~ &amp;', names), 'a \\| b \\* c \\_d\\_ \\[e\\] \\<f\\> \\`g\\` \\\\ \\~h\\~ \\&amp;');
    assert.equal(markdownInline('[x](https://a.example/(b) c)', names), '\\[x\\](https://a.example/(b) c)');
    assert.equal(escapeMarkdown('R&D costs'), 'R&D costs');
  });

  it('percent-encodes characters Markdown would misread in a link target', () => {
    assert.equal(markdownInline('[Wiki](https://en.wikipedia.org/wiki/Quorum_(law))', names), '[Wiki](https://en.wikipedia.org/wiki/Quorum_%28law%29)');
    assert.equal(markdownInline('<https://a.example/x|y>', names), '<https://a.example/x%7Cy>');
  });
});
