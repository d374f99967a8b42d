import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core';

describe('LineIndex', () => {
  it('maps offsets to 0-based lines and UTF-16 columns', () => {
    const idx = new LineIndex('ab\ncd');
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(5), { line: 1, character: 2 });
    assert.equal(idx.offsetAt({ line: 1, character: 1 }), 4);
  });

  it('gives CRLF files the same columns as LF files', () => {
    const lf = new LineIndex('one\ntwo — £3\nthree');
    const crlf = new LineIndex('one\r\ntwo — £3\r\nthree');
    assert.deepEqual(crlf.positionAt('one\r\ntwo — £3'.length), lf.positionAt('one\ntwo — £3'.length));
    assert.equal(crlf.lineText(1), 'two — £3');
    assert.equal(crlf.lineEnd(0), 3);
    // An offset on the "\r" clamps to the end of the line's text.
    assert.deepEqual(crlf.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(crlf.positionAt(4), { line: 0, character: 3 });
  });

  it('counts a character outside the BMP as two columns, as LSP does', () => {
    const idx = new LineIndex('a😀b');
    assert.deepEqual(idx.positionAt(3), { line: 0, character: 3 });
  });

  it('clamps positions outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    assert.deepEqual(idx.positionAt(99), { line: 1, character: 2 });
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
  });
});
