/**
 * Formatting and --fix lose nothing, on generated documents (mutated
 * fixtures and language-shaped line soup, test/fuzz/properties.ts), with the
 * checks of lose-nothing.ts: formatting keeps every word outside the keyword
 * heads in order (adding only the documented "that" and "unanimous") and is
 * idempotent; --fix changes nothing outside its edits and each fix keeps what
 * its rule promises.
 *
 * `npm test` runs 150 generated documents for each; format-fix-words.slow.test.ts
 * (`npm run test:slow`) runs 800.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, applyFixes, type MinutesDiagnostic } from '../../server/src/core/index';
import { fixtureTexts, lineSoup, mutatedFixtures } from '../fuzz/properties';
import { checkFixes, checkFormat, EVERY_FIX, fixKeepsMeaning, sameWordsBut } from './lose-nothing';

const SEEDS = fixtureTexts();
const inputs = fc.oneof({ arbitrary: mutatedFixtures(SEEDS), weight: 3 }, { arbitrary: lineSoup, weight: 2 });

describe('robustness: format and --fix lose nothing', function () {
  this.timeout(60_000);

  it('format keeps every word in order and is idempotent (150 generated documents)', () => {
    fc.assert(fc.property(inputs, (t) => checkFormat(t)), { numRuns: 150 });
  });

  it('--fix keeps every word it does not fix, and each fix keeps what its rule promises (150 generated documents)', () => {
    fc.assert(fc.property(inputs, (t) => checkFixes(t)), { numRuns: 150 });
  });

  it('every fixture formats and fixes without losing a word', () => {
    for (const t of SEEDS) {
      checkFormat(t);
      checkFixes(t);
    }
  });

  it('the fix of every fixable rule keeps what its rule promises', () => {
    const applied = applyFixes(EVERY_FIX, analyze(EVERY_FIX).diagnostics).applied.map((d) => d.ruleId).sort();
    assert.deepEqual(applied, ['action-due', 'action-owner', 'contact-invalid', 'header-invalid', 'header-invalid', 'header-unknown-key', 'keyword-form']);
    checkFixes(EVERY_FIX);
    checkFormat(EVERY_FIX);
  });

  it('the checks fail on a lost, an added or a changed word', () => {
    assert.match(sameWordsBut(['a', 'b', 'c'], ['a', 'c'], []) ?? '', /expected "b"|lost/);
    assert.match(sameWordsBut(['a', 'b'], ['a', 'x', 'b'], []) ?? '', /found "x"/);
    assert.equal(sameWordsBut(['a', 'b'], ['a', 'that', 'b'], ['that']), null);
    const fake = (ruleId: string, start: number, end: number, newText: string): MinutesDiagnostic => ({ ruleId, severity: 'warning', message: 'm', start, end, fix: { title: 't', edits: [{ start, end, newText }] } });
    assert.match(fixKeepsMeaning(fake('header-invalid', 0, 5, 'final'), 'Draft') ?? '', /changed/);
    assert.match(fixKeepsMeaning(fake('action-due', 0, 15, '2021-11-14'), '14 October 2021') ?? '', /wrote/);
    assert.equal(fixKeepsMeaning(fake('action-due', 0, 17, '2021-10-14'), '14th October 2021'), null);
    assert.match(fixKeepsMeaning(fake('keyword-form', 0, 23, 'RESOLVED:'), 'Resolved the council - ') ?? '', /dropped/);
  });
});
