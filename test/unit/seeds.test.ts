/**
 * The five seeds, the bundled examples and the unseen minutes of other
 * councils, written in the language: each parses and lints with no errors,
 * and each seed's model matches its golden JSON.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { analyze } from '../../server/src/core';
import { EXAMPLES, read, SEEDS, UNSEEN } from '../helpers/fixtures';
import { expectGolden } from '../helpers/golden';

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

  it('reads the resolution ids, owners, risks and votes of the seeds as the minutes give them', () => {
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

  it('reads the licensing hearing, the audit committee and the finance committee as their clerks wrote them', () => {
    const unseen = (name: string) => analyze(read(UNSEEN.find((f) => path.basename(f).startsWith(name))!));
    // Nothing to warn about either: a hearing's 'Procedure' item is procedural, and an action log closes earlier actions.
    for (const name of ['kestrel', 'brackley', 'saltmarsh'])
      assert.deepEqual(unseen(name).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId}: ${d.message}`), [], name);
    const hearing = unseen('kestrel').model;
    assert.deepEqual(hearing.items[2].resolutions.map((r) => r.id), ['3(i)', '3(ii)', '3(iii)', '3(iv)']);
    assert.deepEqual([hearing.items[4].exempt, hearing.actions.length], [7, 3]);
    const audit = unseen('brackley').model;
    assert.deepEqual(audit.risks.map((r) => `${r.risk} ${r.rating}`), ['CR01 3x4', 'CR02 2x4', 'CR03 2x3', 'CR04 3x2']);
    assert.match(audit.risks[0].mitigation, /monthly by the Corporate Leadership Team; reserves policy$/);
    assert.deepEqual(audit.risks[3].extra, { Inherent: '3x3', Owner: 'Head of HR', 'Review date': '2025-01-31' });
    assert.deepEqual(audit.items[1].resolutions.map((r) => r.id), ['32(1)', '32(2)', '32(2)(a)', '32(2)(b)']);
    const finance = unseen('saltmarsh').model;
    assert.deepEqual(finance.actions.map((a) => a.status), ['done', 'in progress', 'open', 'open', 'cancelled', 'open']);
    assert.equal(finance.actions[5].owner, 'Saltmarsh Bowls Club');
    assert.equal(finance.items[2].content.find((c) => c.kind === 'table')?.rows[5]?.[2], 'A. N. Other | Signs');
  });
});
