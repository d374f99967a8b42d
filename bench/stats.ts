/**
 * Small statistics for the benchmarks: medians and percentiles of timed runs.
 * Medians, not means, because a shared two-core machine throws the odd slow
 * run from a neighbour's work, and a median shrugs it off.
 */

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (0-100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/** The median and the best (shortest) of some timed runs, in ms. */
export interface Timing {
  readonly median: number;
  readonly best: number;
}

/** Summarises timed runs. */
export function timing(values: readonly number[]): Timing {
  return { median: median(values), best: Math.min(...values) };
}

/**
 * Runs `fn` `warmup` times untimed, then `runs` times, and returns the median
 * and best time in ms. The best run is what the code costs when no neighbour
 * takes the core away; the median is what the targets are set on.
 */
export function timeRuns(fn: () => unknown, runs: number, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return timing(times);
}
