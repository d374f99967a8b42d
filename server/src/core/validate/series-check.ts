/**
 * `checkSeries(analysis, view)`: the second pass of the rules, for a
 * document whose series the caller has built (docs/language.md, the
 * series). The cross-file findings join the document's own, in source order,
 * less those of its own the series shows are no problem (a report on an
 * earlier meeting's action is not "due before the meeting"); the analysis is
 * otherwise unchanged, so everything computed for the file alone (its tree,
 * model, outline) is reused rather than made again.
 */
import type { Analysis } from '../analysis';
import { RULES } from './registry';
import type { SeriesFinding } from './rule';
import { runSeriesRules } from './run';
import type { SeriesView } from './series-view';

/** The analysis with the findings of the cross-file rules added. */
export function checkSeries(analysis: Analysis, view: SeriesView): Analysis {
  const extra = runSeriesRules(analysis, analysis.config, view);
  const own = analysis.diagnostics.filter((d) => !withdrawnBySeries(view, d.ruleId, { line: analysis.lines.lineAt(d.start), message: d.message }));
  if (extra.length === 0 && own.length === analysis.diagnostics.length) return analysis;
  const diagnostics = [...own, ...extra].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { ...analysis, diagnostics };
}

/** Whether the series shows that a finding of the file alone is no problem (Rule.seriesWithdraws). */
export function withdrawnBySeries(view: SeriesView, ruleId: string, finding: SeriesFinding): boolean {
  const rule = WITHDRAWING.get(ruleId);
  return rule !== undefined && rule.seriesWithdraws!(view, finding);
}

const WITHDRAWING = new Map(RULES.filter((r) => r.seriesWithdraws).map((r) => [r.id, r]));

/**
 * Whether the cross-file rules could report anything on the file of `view`,
 * from the series alone: when not, the file's own analysis is its whole
 * report, and a caller that let go of the analysis need not make it again.
 */
export function seriesMayReport(view: SeriesView): boolean {
  return RULES.some((r) => r.checkSeries !== undefined && (r.seriesMayReport?.(view) ?? true));
}
