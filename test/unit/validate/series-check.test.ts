/**
 * The cross-file pass of the rules: checkSeries adds the cross-file
 * findings to an analysis and drops only those of its own that a rule's
 * seriesWithdraws withdraws; seriesMayReport, which lets the CLI
 * skip analysing a file again, is never false where a cross-file rule
 * reports (checked on every file of the series fixtures and of the
 * cross-file rules' fixtures); and applyFileEdits applies edits given in
 * line and column positions together, refusing overlapping ones and ones
 * outside the text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyFileEdits, checkSeries, RULES, seriesMayReport, seriesViewOf } from '../../../server/src/core/index';
import { buildSeries, summarize } from '../../../server/src/core/series/index';
import { ROOT } from '../../helpers/root';

const CROSS = new Set(RULES.filter((r) => r.checkSeries).map((r) => r.id));
const WITHDRAWING = new Set(RULES.filter((r) => r.seriesWithdraws).map((r) => r.id));

/** Every `.minutes` file of some folders, by path from the repository root. */
function filesOf(...dirs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of dirs) {
    const abs = path.join(ROOT, dir);
    for (const f of fs.readdirSync(abs).filter((n) => n.endsWith('.minutes'))) out[`${dir}/${f}`] = fs.readFileSync(path.join(abs, f), 'utf8');
  }
  return out;
}

function checkAll(files: Record<string, string>, config = { today: '2024-04-20' }): void {
  const analyses = new Map(Object.entries(files).map(([f, t]) => [f, analyze(t, config)]));
  const set = buildSeries([...analyses].map(([f, a]) => summarize(a, f)));
  for (const [file, a] of analyses) {
    const view = seriesViewOf(set, file)!;
    const checked = checkSeries(a, view);
    const dropped = a.diagnostics.filter((d) => !checked.diagnostics.includes(d));
    assert.ok(dropped.every((d) => WITHDRAWING.has(d.ruleId)), `${file}: checkSeries dropped a finding of a rule without seriesWithdraws`);
    const added = checked.diagnostics.filter((d) => !a.diagnostics.includes(d));
    assert.ok(added.every((d) => CROSS.has(d.ruleId)), `${file}: a finding of a rule without checkSeries`);
    if (added.length) assert.ok(seriesMayReport(view), `${file}: seriesMayReport is false, but ${added.map((d) => d.ruleId).join(', ')} reported`);
  }
}

describe('the series pass', () => {
  it('adds only cross-file findings, drops only withdrawn ones, and seriesMayReport never misses one (series fixtures)', () => {
    checkAll(filesOf('test/fixtures/series'));
    checkAll(filesOf('test/fixtures/series', 'test/fixtures/series-bad'));
  });

  it('seriesMayReport never misses one (the cross-file rules\' fixtures, bad and good, with their series)', () => {
    for (const id of CROSS) {
      const dir = `test/fixtures/rules/${id}`;
      if (!fs.existsSync(path.join(ROOT, dir, 'series'))) continue;
      checkAll(filesOf(dir, `${dir}/series`), { today: '2021-12-01' });
    }
  });

  it('is false for a file alone with nothing to report', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/series/audit-2023-10-17.minutes'), 'utf8');
    const set = buildSeries([summarize(analyze(text), 'a.minutes')]);
    assert.equal(seriesMayReport(seriesViewOf(set, 'a.minutes')!), false);
  });
});

describe('applyFileEdits', () => {
  const at = (line: number, character: number) => ({ line, character });
  it('applies edits in positions together, from the end', () => {
    const text = 'status: draft\nquorum: 3\n';
    const out = applyFileEdits(text, [
      { file: 'x', range: { start: at(0, 8), end: at(0, 13) }, newText: 'approved' },
      { file: 'x', range: { start: at(1, 0), end: at(1, 0) }, newText: 'approved-on: 2024-03-12\n' },
    ]);
    assert.equal(out, 'status: approved\napproved-on: 2024-03-12\nquorum: 3\n');
  });
  it('refuses overlapping edits and positions outside the text', () => {
    const text = 'status: draft\n';
    assert.equal(applyFileEdits(text, [
      { file: 'x', range: { start: at(0, 0), end: at(0, 10) }, newText: 'a' },
      { file: 'x', range: { start: at(0, 5), end: at(0, 12) }, newText: 'b' },
    ]), null);
    assert.equal(applyFileEdits(text, [{ file: 'x', range: { start: at(0, 20), end: at(0, 21) }, newText: 'a' }]), null);
    assert.equal(applyFileEdits(text, [{ file: 'x', range: { start: at(5, 0), end: at(5, 0) }, newText: 'a' }]), null);
  });
});
