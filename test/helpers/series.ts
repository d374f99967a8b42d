/**
 * The test helper for the cross-file rules: a series written inline as a
 * map from file name to text (dedented as documents.ts does), analysed and
 * summarised file by file, grouped with buildSeries and checked with
 * checkSeries, as `minutes lint` does over a folder. Results are by file, with
 * 1-based lines as the CLI prints them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyFileEdits, applyFixes, checkSeries, ruleById, seriesViewOf, type Analysis, type MinutesConfig, type MinutesDiagnostic } from '../../server/src/core/index';
import { buildSeries, summarize } from '../../server/src/core/series/index';
import { dedent } from './documents';

/** Each file's analysis with the cross-file findings added. */
export function analyseSeries(files: Readonly<Record<string, string>>, config?: Partial<MinutesConfig>): Map<string, Analysis> {
  const single = new Map(Object.entries(files).map(([file, text]) => [file, analyze(dedent(text), config)]));
  const set = buildSeries([...single].map(([file, a]) => summarize(a, file)));
  const out = new Map<string, Analysis>();
  for (const [file, a] of single) {
    const view = seriesViewOf(set, file);
    out.set(file, view ? checkSeries(a, view) : a);
  }
  return out;
}

/** One rule's findings per file, as `line: message` strings (line 1-based), files with none left out. */
export function seriesFindings(files: Readonly<Record<string, string>>, ruleId: string, config?: Partial<MinutesConfig>): Record<string, string[]> {
  assert.ok(ruleById(ruleId), `rule "${ruleId}" is not in the registry`);
  const out: Record<string, string[]> = {};
  for (const [file, a] of analyseSeries(files, config)) {
    const found = a.diagnostics.filter((d) => d.ruleId === ruleId);
    if (found.length) out[file] = found.map((d) => `${a.lines.positionAt(d.start).line + 1}: ${d.message}`);
  }
  return out;
}

/** One rule's diagnostics in one file of the series. */
export function seriesDiagnostics(files: Readonly<Record<string, string>>, file: string, ruleId: string, config?: Partial<MinutesConfig>): { analysis: Analysis; found: MinutesDiagnostic[] } {
  const analysis = analyseSeries(files, config).get(file);
  assert.ok(analysis, `no file ${file} in the series`);
  return { analysis, found: analysis.diagnostics.filter((d) => d.ruleId === ruleId) };
}

/**
 * Applies one diagnostic's fix: its own edits to its file, its file edits to
 * the files they name. Returns the changed texts (dedented), by file.
 */
export function applySeriesFix(files: Readonly<Record<string, string>>, file: string, d: MinutesDiagnostic): Record<string, string> {
  assert.ok(d.fix, `${d.ruleId} has no fix`);
  const out: Record<string, string> = {};
  if (d.fix.edits.length) out[file] = applyFixes(dedent(files[file]), [d]).text;
  for (const target of new Set((d.fix.fileEdits ?? []).map((e) => e.file))) {
    const edited = applyFileEdits(out[target] ?? dedent(files[target]), d.fix.fileEdits!.filter((e) => e.file === target));
    assert.ok(edited !== null, `the edits to ${target} do not apply`);
    out[target] = edited;
  }
  return out;
}

/**
 * A cross-file rule's fixture (`bad.minutes` or `good.minutes` in
 * test/fixtures/rules/<id>/) linted with the meetings of its `series/`
 * folder: the messages of the rule in the fixture.
 */
export function fixtureFindings(dir: string, name: string, ruleId: string, config?: Partial<MinutesConfig>): string[] {
  const files: Record<string, string> = { [name]: fs.readFileSync(path.join(dir, name), 'utf8') };
  for (const f of fs.readdirSync(path.join(dir, 'series')).filter((n) => n.endsWith('.minutes')).sort())
    files[`series/${f}`] = fs.readFileSync(path.join(dir, 'series', f), 'utf8');
  return seriesDiagnostics(files, name, ruleId, config).found.map((d) => d.message);
}
