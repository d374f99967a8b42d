/**
 * LineIndex.lineAt is the allocation-free half of positionAt that the model
 * and the rule runner use for line numbers; it must agree with positionAt on
 * every offset, line breaks and out-of-range offsets included.
 */
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core';

describe('LineIndex.lineAt', () => {
  it('agrees with positionAt(offset).line for every offset of LF, CRLF and unterminated texts', () => {
    for (const text of ['', 'one', 'a\nbb\n\nccc\n', 'a\r\nbb\r\n\r\nccc', '\n\n', '£ — \u{1F600}\nx']) {
      const lines = new LineIndex(text);
      for (let o = -2; o <= text.length + 2; o++) assert.equal(lines.lineAt(o), lines.positionAt(o).line, `${JSON.stringify(text)} at ${o}`);
    }
  });
});
