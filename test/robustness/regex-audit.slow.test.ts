/**
 * The regex audit's timing (the slow suite, `npm run test:slow`): every
 * regular expression literal of the core (regex-literals.ts) grows linearly
 * on runs of its own characters, but for the ones regex-literals.ts lists as
 * bounded, and the audit catches the quadratic patterns this project had.
 * regex-audit.test.ts, in `npm test`, checks that the literals are found.
 */
import * as assert from 'node:assert/strict';
import { BOUNDED, literals, worstGrowth } from './regex-literals';

describe('robustness: no regex of the core backtracks catastrophically (timed)', function () {
  this.timeout(240_000);
  const all = literals();

  it('each grows linearly on runs of its own characters, but for the listed bounded ones', () => {
    const bad: string[] = [];
    for (const l of all) {
      if (BOUNDED[l.key]) continue;
      let w = worstGrowth(l.re);
      if (w.ratio > 8 && w.ms > 3) w = worstGrowth(l.re); // once more, in case the machine was busy
      if (w.ratio > 8 && w.ms > 3) bad.push(`${l.where} ${l.re}: ${w.ratio.toFixed(1)}x, ${w.ms.toFixed(1)} ms at 4,000 characters of ${w.input}`);
    }
    assert.deepEqual(bad, []);
  });

  it('the audit catches the quadratic patterns this project had', () => {
    for (const re of [/[ \t]+$/, /\s*,\s*/, /[ \t]+(?:\u2014|\u2013|--)[ \t]+/g]) {
      const w = worstGrowth(re);
      assert.ok(w.ratio > 8 && w.ms > 3, `${re}: ${w.ratio.toFixed(1)}x`);
    }
  });
});
