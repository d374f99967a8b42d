/**
 * The core on any input, at length (the slow suite, `npm run test:slow`):
 * 1,500 mixed cases of test/fuzz/properties.ts's document property and 200
 * of each kind of input, where analyze-properties.test.ts runs 250 and 40 in
 * `npm test`. A failure prints the
 * seed and path that replay it: `npm run fuzz -- --seed <seed> --path <path>`.
 */
import fc from 'fast-check';
import { checkDocument, codeUnits, decodedBytes, documentProperty, fixtureTexts, lineSoup, mutatedFixtures, proceedings } from '../fuzz/properties';

const SEEDS = fixtureTexts();

describe('robustness: the core on any input (the long run)', function () {
  this.timeout(240_000);
  it('never throws and keeps every offset inside the document (1,500 mixed cases)', () => {
    fc.assert(documentProperty(SEEDS), { numRuns: 1500 });
  });

  it('takes every kind of input: random code units, decoded bytes, line soup, mutated fixtures, v2 proceedings (200 of each)', () => {
    for (const arb of [codeUnits, decodedBytes, lineSoup, mutatedFixtures(SEEDS), proceedings]) fc.assert(fc.property(arb, (t) => void checkDocument(t)), { numRuns: 200 });
  });
});
