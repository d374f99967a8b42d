/**
 * Running minute numbers (docs/language.md, running minute numbers): where a
 * series numbers items `N/YY`, the first item of a meeting takes the number
 * after the last item of the latest earlier meeting with the same `/YY`. A
 * meeting that starts lower overlaps (a warning naming the previous meeting);
 * one that skips ahead is an info. Plain per-meeting numbers are not compared.
 */
import type { Series } from './build-series';
import type { FileSummary, SummaryItem } from './summary-types';

/** A meeting's first running number, against the numbers before it. */
export interface RunningNumberCheck {
  readonly meeting: FileSummary;
  /** The meeting's first top-level item with an `N/YY` number. */
  readonly first: SummaryItem;
  /** The latest earlier meeting numbering in the same `/YY`. */
  readonly previous: FileSummary;
  /** That meeting's last `N/YY` number, as written. */
  readonly previousLast: string;
  /** The number the first item should have had (N + 1). */
  readonly expected: number;
  /** `continues` (as expected), `overlap` (lower), `skip` (higher). */
  readonly kind: 'continues' | 'overlap' | 'skip';
}

const RUNNING = /^(\d+)\/(\d{2})$/;

/** The `N/YY` top-level items of a meeting, in order. */
function runningItems(m: FileSummary): { item: SummaryItem; n: number; yy: string }[] {
  const out: { item: SummaryItem; n: number; yy: string }[] = [];
  for (const item of m.items) {
    const r = item.level === 1 && item.number !== null ? RUNNING.exec(item.number) : null;
    if (r) out.push({ item, n: Number(r[1]), yy: r[2] });
  }
  return out;
}

/** The check of each meeting that has a running number and an earlier meeting of the same year. */
export function runningNumbers(series: Series): RunningNumberCheck[] {
  const out: RunningNumberCheck[] = [];
  const lastByYear = new Map<string, { meeting: FileSummary; n: number; number: string }>();
  for (const m of series.meetings) {
    const items = runningItems(m);
    if (!items.length) continue;
    const first = items[0];
    const before = lastByYear.get(first.yy);
    if (before) {
      const expected = before.n + 1;
      out.push({ meeting: m, first: first.item, previous: before.meeting, previousLast: before.number, expected, kind: first.n === expected ? 'continues' : first.n < expected ? 'overlap' : 'skip' });
    }
    // The last running number of each year the meeting uses.
    for (const i of items) lastByYear.set(i.yy, { meeting: m, n: i.n, number: i.item.number! });
  }
  return out;
}
