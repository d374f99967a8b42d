/**
 * A line that holds nothing but a list marker ("14." left alone when a clerk
 * wraps "condition 14." at 80 columns) is a list entry with no text. The lexer
 * has always classed it so; reading its marker must not throw, or parse()
 * falls back to an empty tree and the whole document loses its diagnostics.
 */
import * as assert from 'node:assert/strict';
import { analyze, parse } from '../../server/src/core';

describe('a line holding only a list marker', () => {
  it('parses as an empty list entry and keeps the rest of the document', () => {
    const src = '# 1. Drainage\nThe scheme is acceptable subject to condition\n14.\n\nRESOLVED: That it be approved.\n';
    const { ast, problems } = parse(src);
    assert.deepEqual(problems, []);
    const blocks = ast.items[0].blocks;
    const list = blocks.find((b) => b.kind === 'list');
    assert.ok(list && list.kind === 'list');
    assert.equal(list.entries[0].marker.text, '14.');
    assert.deepEqual(list.entries[0].lines, []);
    assert.deepEqual(analyze(src).model.items[0].resolutions.map((r) => r.id), ['1(1)']);
  });

  it('reads a bare bullet at the end of the text too', () => {
    const { ast, problems } = parse('# 1. X\n-\n- b\n-');
    assert.deepEqual(problems, []);
    const list = ast.items[0].blocks[0];
    assert.ok(list.kind === 'list');
    assert.equal(list.entries.length, 3);
  });
});
