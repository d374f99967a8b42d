/**
 * The core on any input, at length (the slow suite, `npm run test:slow`):
 * 1,500 mixed cases of test/fuzz/properties.ts's document property, where
 * analyze-properties.test.ts runs 250 in `npm test`. A failure prints the
 * seed and path that replay it: `npm run fuzz -- --seed <seed> --path <path>`.
 */
import fc from 'fast-check';
import { documentProperty, fixtureTexts } from '../fuzz/properties';

describe('robustness: the core on any input (the long run)', function () {
  this.timeout(240_000);
  it('never throws and keeps every offset inside the document (1,500 mixed cases)', () => {
    fc.assert(documentProperty(fixtureTexts()), { numRuns: 1500 });
  });
});
