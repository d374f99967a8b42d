/**
 * The benchmark's generated minutes must stay realistic and repeatable: the
 * same seed gives the same bytes, sizes land where asked, and the text is
 * minutes a clerk could have written — it parses without a syntax problem
 * and lints without an error or a warning — so the benchmark never measures
 * the parser's error paths instead of its everyday work.
 */
import * as assert from 'node:assert/strict';
import { generateCorpus, generateMinutes } from '../../bench/generate';
import { median, percentile } from '../../bench/stats';
import { analyze } from '../../server/src/core';

describe('bench: generated minutes', () => {
  it('are the same for the same seed and differ between seeds', () => {
    assert.equal(generateMinutes({ bytes: 20_000, seed: 3 }), generateMinutes({ bytes: 20_000, seed: 3 }));
    assert.notEqual(generateMinutes({ bytes: 20_000, seed: 3 }), generateMinutes({ bytes: 20_000, seed: 4 }));
  });

  it('reach the size or line count asked for', () => {
    const bytes = Buffer.byteLength(generateMinutes({ bytes: 100_000 }));
    assert.ok(bytes >= 100_000 && bytes < 110_000, `${bytes} bytes`);
    assert.equal(generateMinutes({ lines: 5_000 }).split('\n').length - 1, 5_000);
    const corpus = generateCorpus(50);
    const average = corpus.reduce((n, t) => n + Buffer.byteLength(t), 0) / corpus.length;
    assert.ok(average > 4_000 && average < 6_500, `average ${average} bytes`);
  });

  it('parse cleanly and lint without errors or warnings', () => {
    for (const text of [generateMinutes({ bytes: 200_000, seed: 9 }), ...generateCorpus(20)]) {
      const a = analyze(text, { today: '2021-12-01' });
      assert.deepEqual(a.syntaxProblems, []);
      const serious = a.diagnostics.filter((d) => d.severity !== 'info');
      assert.deepEqual(serious.map((d) => `${d.ruleId}: ${d.message}`), []);
      assert.ok(a.model.items.length > 0);
    }
    const big = analyze(generateMinutes({ bytes: 200_000, seed: 9 }), { today: '2021-12-01' }).model;
    assert.ok(big.actions.length > 20 && big.risks.length > 5 && big.items.some((i) => i.resolutions.length > 1));
  });
});

describe('bench: statistics', () => {
  it('takes medians and percentiles by linear interpolation', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(percentile([10, 20, 30, 40, 50], 90), 46);
    assert.ok(Number.isNaN(median([])));
  });
});
