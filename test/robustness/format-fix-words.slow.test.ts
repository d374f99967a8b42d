/**
 * Formatting and --fix lose nothing, at length (the slow suite, `npm run
 * test:slow`): the properties of format-fix-words.test.ts on 800 generated
 * documents each, where `npm test` runs 150.
 */
import fc from 'fast-check';
import { fixtureTexts, lineSoup, mutatedFixtures } from '../fuzz/properties';
import { checkFixes, checkFormat } from './lose-nothing';

const SEEDS = fixtureTexts();
const inputs = fc.oneof({ arbitrary: mutatedFixtures(SEEDS), weight: 3 }, { arbitrary: lineSoup, weight: 2 });

describe('robustness: format and --fix lose nothing (the long run)', function () {
  this.timeout(240_000);

  it('format keeps every word in order and is idempotent (800 generated documents)', () => {
    fc.assert(fc.property(inputs, (t) => checkFormat(t)), { numRuns: 800 });
  });

  it('--fix keeps every word it does not fix, and each fix keeps what its rule promises (800 generated documents)', () => {
    fc.assert(fc.property(inputs, (t) => checkFixes(t)), { numRuns: 800 });
  });
});
