/**
 * A keyword line's text and the paragraph that runs straight on from it are
 * one paragraph. A legacy `RESOLVED –` whose text wrapped onto the next line
 * kept a newline in the model and printed as two paragraphs, where the same
 * words under a bare `RESOLVED:` were joined.
 */
import * as assert from 'node:assert/strict';
import { analyze, renderHtml, renderMarkdown } from '../../server/src/core';

const resolution = (block: string): string => analyze(`# 1. Plan\n${block}`).model.items[0].resolutions[0].text;

describe('a keyword line and the paragraph that runs on from it', () => {
  it('joins a legacy RESOLVED – (and its kin) whose text wraps, as a standard RESOLVED: is joined', () => {
    const standard = resolution('RESOLVED:\nThat the plan\nbe approved.\n');
    assert.equal(standard, 'That the plan be approved.');
    for (const head of ['RESOLVED –', 'RESOLVED -', 'Resolved —', 'RESOLVED:-', 'RESOLVED:'])
      assert.equal(resolution(`${head} That the plan\nbe approved.\n`), standard, head);
  });

  it('prints the joined resolution as one paragraph in the HTML and Markdown exports', () => {
    const model = analyze('# 1. Plan\nRESOLVED – That the plan\nbe approved.\n').model;
    const html = renderHtml(model);
    assert.match(html, /<p data-line="1">That the plan be approved\.<\/p>/);
    assert.doesNotMatch(html, /<p[^>]*>be approved\.<\/p>/);
    const md = renderMarkdown(model);
    assert.match(md, /That the plan be approved\./);
  });

  it('keeps a paragraph after a blank line apart, as anywhere', () => {
    assert.equal(resolution('RESOLVED – That the plan be approved.\n\nMORE: none\n'), 'That the plan be approved.');
    const it = analyze('# 1. Plan\nNOTED: The report\nwas noted.\n\nThe Chair thanked officers.\n').model.items[0];
    assert.equal(it.noted, 'The report was noted.');
    const noted = it.content[0];
    assert.equal(noted.kind === 'keyword' && noted.text, 'The report was noted.');
    assert.equal(noted.kind === 'keyword' && noted.body.length, 0, 'the joined paragraph is not repeated in the body');
    assert.deepEqual(it.content.slice(1).map((c) => c.kind === 'paragraph' && c.text), ['The Chair thanked officers.']);
  });

  it('leaves a list after the keyword line as a list of resolutions', () => {
    const it = analyze('# 7. Plan\nRESOLVED – That the Committee\nagrees:\n(1) the plan;\n(2) the budget.\n').model.items[0];
    assert.deepEqual(it.resolutions.map((r) => [r.id, r.text]), [['7(1)', 'the plan;'], ['7(2)', 'the budget.']]);
    const block = it.content[0];
    assert.equal(block.kind === 'keyword' && block.text, 'That the Committee agrees:');
  });
});
