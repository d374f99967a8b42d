/**
 * Time stays linear on pathological input (the slow suite, `npm run
 * test:slow`): for each input of test/robustness/pathological.ts, every stage of the pipeline (analysis,
 * HTML, preview, Markdown, JSON, formatting, --fix, editor features) takes
 * under 6 times as long on 4 times the input. Growth is compared, never
 * absolute times, and each time is the best of several runs, each run
 * taken as the smaller of its clock and CPU time (pathological.ts, runMs,
 * says why); a stage over
 * the limit is measured again (four times at most) before it fails, so that a
 * busy machine is not read as a quadratic algorithm, which grows 16 times.
 *
 * mocha runs node with `--max-semi-space-size=64` (.mocharc.json) for this
 * test's sake. With V8's default 16 MB young generation, the first input
 * size whose analysis outgrows it pays once for promoting everything to the
 * old generation: `parse()` of 100,000 blank and comment lines costs 0.25 us
 * a line at 25,000 lines and 0.65 at 100,000, while with 64 MB it is 0.25 at
 * every size up to 100,000. That step falls between n and 4n for some inputs
 * and says nothing about the algorithm, which is what this test is about.
 */
import { expectLinear, PATHOLOGIES } from './pathological';

describe('robustness: linear time on pathological input (4x input -> under 6x time)', function () {
  this.timeout(240_000);
  for (const p of PATHOLOGIES) it(p.name, () => expectLinear(p));
});
