/**
 * `checkSeries(analysis, view)`: the second pass of the rules, for a
 * document whose series the caller has built (docs/language.md, the
 * series). The cross-file findings join the document's own, in source order;
 * the analysis is otherwise unchanged, so everything computed for the file
 * alone (its tree, model, outline) is reused rather than made again.
 */
import type { Analysis } from '../analysis';
import { runSeriesRules } from './run';
import type { SeriesView } from './series-view';

/** The analysis with the findings of the cross-file rules added. */
export function checkSeries(analysis: Analysis, view: SeriesView): Analysis {
  const extra = runSeriesRules(analysis, analysis.config, view);
  if (extra.length === 0) return analysis;
  const diagnostics = [...analysis.diagnostics, ...extra].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { ...analysis, diagnostics };
}
