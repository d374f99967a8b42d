/**
 * `checkSeries(analysis, view)`: the second pass of the rules, for a
 * document whose series the caller has built (docs/language.md, the
 * series). The cross-file findings join the document's own, in source order;
 * the analysis is otherwise unchanged, so everything computed for the file
 * alone (its tree, model, outline) is reused rather than made again.
 */
import type { Analysis } from '../analysis';
import { RULES } from './registry';
import { runSeriesRules } from './run';
import type { SeriesView } from './series-view';

/** The analysis with the findings of the cross-file rules added. */
export function checkSeries(analysis: Analysis, view: SeriesView): Analysis {
  const extra = runSeriesRules(analysis, analysis.config, view);
  if (extra.length === 0) return analysis;
  const diagnostics = [...analysis.diagnostics, ...extra].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { ...analysis, diagnostics };
}

/**
 * Whether the cross-file rules could report anything on the file of `view`,
 * from the series alone: when not, the file's own analysis is its whole
 * report, and a caller that let go of the analysis need not make it again.
 */
export function seriesMayReport(view: SeriesView): boolean {
  return RULES.some((r) => r.checkSeries !== undefined && (r.seriesMayReport?.(view) ?? true));
}
