/**
 * Every regular expression literal in the core, timed on long runs of the
 * characters it names (and of common ones): a pattern that backtracks
 * catastrophically grows ~16x from 1,000 to 4,000 characters, a linear one
 * ~4x. The literals are found with the TypeScript parser, so a new pattern
 * is audited the day it is written. The lexer's patterns (syntax/tokens.ts)
 * are tried sticky at the start, as Chevrotain runs them (once per line);
 * the others as the code calls them (exec, or replace for global ones).
 *
 * Three patterns are quadratic on inputs they cannot get, and are listed
 * with the reason; everything else must stay linear.
 *
 * `npm test` checks that the literals are found and that the listed ones are
 * still in the code; the timing of every literal (a minute or more on a busy
 * machine) is in regex-audit.slow.test.ts, `npm run test:slow`.
 */
import * as assert from 'node:assert/strict';
import { BOUNDED, literals } from './regex-literals';

describe('robustness: no regex of the core backtracks catastrophically', function () {
  this.timeout(120_000);
  const all = literals();

  it(`finds the core's regex literals (${all.length})`, () => {
    assert.ok(all.length >= 150, `${all.length} literals`);
    for (const key of Object.keys(BOUNDED)) assert.ok(all.some((l) => l.key === key), `the listed pattern ${key} is still in the code`);
  });
});
