/**
 * The five seeds, the bundled examples and the unseen minutes of other
 * councils, written in the language: each parses and lints with no errors,
 * and each seed's model matches its golden JSON.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { EXAMPLES, read, SEEDS, UNSEEN } from './fixtures';
import { expectGolden } from './golden';

function errorsOf(file: string): string[] {
  const a = analyze(read(file));
  return a.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => {
      const p = a.lines.positionAt(d.start);
      return `${path.basename(file)}:${p.line + 1}:${p.character + 1} ${d.ruleId}: ${d.message}`;
    });
}

describe('seeds, examples and unseen minutes', () => {
  it('has all five seeds', () => assert.equal(SEEDS.length, 5));

  for (const file of [...SEEDS, ...EXAMPLES, ...UNSEEN]) {
    it(`${path.basename(file)} lints with 0 errors`, () => assert.deepEqual(errorsOf(file), []));
  }

  for (const file of SEEDS) {
    it(`${path.basename(file)} model matches its golden JSON`, () => {
      const { model } = analyze(read(file));
      expectGolden(`model/${path.basename(file, '.minutes')}.json`, JSON.stringify(model, null, 2) + '\n');
    });
  }

  it('reads the seeds the way the brief maps them', () => {
    const bySeed = (n: string) => analyze(read(SEEDS.find((f) => path.basename(f).startsWith(n))!)).model;
    assert.deepEqual(bySeed('000').items[0].resolutions.map((r) => r.id), ['1(1)']);
    assert.equal(bySeed('000').actions[0].owner, 'Strategic Director of Children’s Services');
    assert.deepEqual(bySeed('001').items[0].resolutions.map((r) => r.id), ['1(1)', '1(2)']);
    const report = bySeed('002');
    assert.equal(report.meta.type, 'report');
    assert.equal(report.risks.length, 6);
    assert.deepEqual([...new Set(report.risks.map((r) => r.rating))].sort(), ['B2', 'C3']);
    const barnet = bySeed('003').items[0];
    assert.equal(barnet.votes[0].unanimous, true);
    assert.equal(barnet.resolutions.length, 2);
    assert.deepEqual(bySeed('004').items[0].resolutions.map((r) => r.id), ['54(a)', '54(b)']);
  });
});
