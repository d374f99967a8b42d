/**
 * `--fix` and `--fix-dry-run`: apply the rules' safe fixes to a text until
 * none is left (a fix skipped because it overlapped another is offered again
 * on the next pass), at most MAX_PASSES times, and count what was fixed. The
 * text is changed only through the core's applyFixes; writing is the caller's.
 */
import { analyze, applyFixes, type Analysis, type MinutesConfig } from '../core/index';

/** Enough for fixes that unblock one another; a guard against rules that never settle. */
export const MAX_PASSES = 10;

export interface FixOutcome {
  /** The fixed text (the input when nothing applied). */
  readonly text: string;
  /** How many problems were fixed, over all passes. */
  readonly fixed: number;
  /** The analysis of the fixed text: what is left. */
  readonly analysis: Analysis;
}

/** Fixes a text as far as the rules allow. */
export function fixText(text: string, config: Partial<MinutesConfig>): FixOutcome {
  let current = text;
  let fixed = 0;
  let analysis = analyze(current, config);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = applyFixes(current, analysis.diagnostics);
    if (result.applied.length === 0 || result.text === current) break;
    fixed += result.applied.length;
    current = result.text;
    analysis = analyze(current, config);
  }
  return { text: current, fixed, analysis };
}
