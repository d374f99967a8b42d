/**
 * The short fuzz run inside `npm test`: the core never throws and hands out
 * only offsets inside the document, for random strings, random bytes,
 * language-shaped line soup, mutated fixtures and whole v2 proceedings
 * (test/fuzz/properties.ts), 250 mixed cases and 40 of each kind;
 * `npm run test:slow` runs 1,500 and 200 (analyze-properties.slow.test.ts),
 * and `npm run fuzz` is the long run. A failure prints the seed and path that
 * replay it: `npm run fuzz -- --seed <seed> --path <path>`.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDocument, codeUnits, decodedBytes, documentProperty, fixtureTexts, insideForTest, lineSoup, mutate, mutatedFixtures, proceedings } from '../fuzz/properties';

const SEEDS = fixtureTexts();

describe('robustness: the core on any input', () => {
  it('has fixture documents to mutate', () => assert.ok(SEEDS.length >= 20, `${SEEDS.length} fixtures`));

  it('never throws and keeps every offset inside the document (250 mixed cases)', () => {
    fc.assert(documentProperty(SEEDS), { numRuns: 250 });
  });

  it('takes every kind of input: random code units, decoded bytes, line soup, mutated fixtures, v2 proceedings (40 of each)', () => {
    for (const arb of [codeUnits, decodedBytes, lineSoup, mutatedFixtures(SEEDS), proceedings]) fc.assert(fc.property(arb, (t) => void checkDocument(t)), { numRuns: 40 });
  });

  it('takes the edge cases by name', () => {
    const cases = ['', '\uFEFF', '\uFEFF\uFEFF', '\n', '\r', '\r\n', '\r\r\n', '\u0000', '\uD800', '\uDC00\uD800', '---', '---\n', '---\r\n---', '#', '# ', '|', '@', '\\', '//', 'ACTION:', 'RISKS:\n|', 'PEOPLE:\n@'];
    for (const t of cases) checkDocument(t);
  });

  it('mutations do what they say', () => {
    assert.equal(mutate('a\nb\nc', { op: 'delete', at: 1 }), 'a\nc');
    assert.equal(mutate('a\nb\nc', { op: 'duplicate', at: 4 }), 'a\nb\nb\nc');
    assert.equal(mutate('a\nb\nc', { op: 'swap', at: 0, with: 2 }), 'c\nb\na');
    assert.equal(mutate('abc', { op: 'cut', at: 2 }), 'ab');
    assert.equal(mutate('a\nb', { op: 'insert-line', at: 1, piece: 'X' }), 'a\nX\nb');
    assert.equal(mutate('ab', { op: 'insert-text', at: 1, piece: 'X' }), 'aXb');
    assert.equal(mutate('a\nb', { op: 'eol', at: 0, eol: '\r\n' }), 'a\r\nb');
    assert.equal(mutate('a\nb', { op: 'indent', at: 1 }), 'a\n b');
  });

  it('the property fails on an offset outside the document', () => {
    // The check itself must be able to fail: a span past the end is reported.
    assert.throws(() => insideForTest('span', 3, 9, 5), /not inside the document/);
    assert.throws(() => insideForTest('span', 4, 2, 5), /not inside the document/);
    assert.throws(() => insideForTest('span', -1, 2, 5), /not inside the document/);
    insideForTest('span', 5, 5, 5);
  });
});
