/**
 * Time stays linear on pathological input, in `npm test`: a sample of the
 * inputs of test/robustness/pathological.ts, one of each kind that is quick
 * to time (inline markup, a run of one character in narrative, in an
 * attendance list, in a declaration, in the header, in a table row, in a
 * recorded vote's FOR line). Every stage of the pipeline must take under 6
 * times as long on 4 times the input, as in the full run, which times every
 * input (several minutes) and is in `npm run test:slow`
 * (linear-time.slow.test.ts).
 *
 * mocha runs node with `--max-semi-space-size=64` (.mocharc.json) for these
 * tests' sake: see linear-time.slow.test.ts.
 */
import * as assert from 'node:assert/strict';
import { expectLinear, PATHOLOGIES } from './pathological';

const SAMPLE = [
  'nested emphasis openers',
  'a run of " " in narrative',
  'a run of "(" in a PRESENT line',
  'a run of ":" in a declaration',
  'a run of "-" in the header',
  'a run of "|" in a table row',
  'a run of "," in a FOR line',
];

describe('robustness: linear time on a sample of pathological input (4x input -> under 6x time)', function () {
  this.timeout(120_000);
  it('the sample names inputs of the full run', () => {
    const missing = SAMPLE.filter((name) => !PATHOLOGIES.some((p) => p.name === name));
    assert.deepEqual(missing, []);
  });
  for (const p of PATHOLOGIES.filter((x) => SAMPLE.includes(x.name))) it(p.name, () => expectLinear(p));
});
