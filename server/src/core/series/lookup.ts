/**
 * Finding a cited minute (docs/language.md, citing another minute): which
 * meeting a citation names and what in it the number names. With a date, the
 * meeting of that date; without one, the same file first, then, for running
 * `N/YY` numbers (unique within a series), the latest earlier meeting that
 * holds it; any other dateless number not found in the same file could be
 * several meetings' and is answered `ambiguous`. `78/21(a)` is looked up as a
 * sub-item number first, then as a resolution id.
 */
import { seriesName, type SeriesSet } from './build-series';
import { latestBefore, minuteTargets, seriesIndex, type MinuteTarget } from './series-index';
import type { FileSummary } from './summary-types';

export type { MinuteTarget } from './series-index';

/** Where a citation leads. */
export type CitationResult =
  | { readonly kind: 'found'; readonly file: string; readonly date: string | null; readonly target: MinuteTarget }
  /** The citation names a date that no meeting of the series (nor a report of the committee) has: an info. */
  | { readonly kind: 'meeting-missing'; readonly meeting: string }
  /** The meeting is there (or, with no date, none was found) but the minute is not: a warning. `file` is the meeting searched, when one was. */
  | { readonly kind: 'minute-missing'; readonly file: string | null; readonly meeting: string | null }
  /** A dateless per-meeting number not in the same file: a warning asking for the date; `files` are the earlier meetings that hold it. */
  | { readonly kind: 'ambiguous'; readonly files: readonly string[] };

/** `77/21`, `77/21(a)`: a running number, unique within its series. */
export function isRunningNumber(number: string): boolean {
  return /^\d+\/\d{2}(?:\(|$)/.test(number);
}

/** The item or resolution a number names in a file: a sub-item or item first, then a resolution. */
export function findMinute(summary: FileSummary, number: string): MinuteTarget | null {
  return minuteTargets(summary).get(number) ?? null;
}

/**
 * The meetings a file's citations are looked up in, oldest first: its series,
 * or for a file in no series (a report) the meetings and reports of the same
 * committee name.
 */
export function meetingsFor(set: SeriesSet, file: string): readonly FileSummary[] {
  const s = set.seriesOf(file);
  if (s) return s.meetings;
  const own = set.summaryOf(file);
  const committee = seriesName(own?.committee ?? null);
  return set.series.filter((x) => seriesName(x.committee) === committee).flatMap((x) => x.meetings);
}

/** The reports of a committee name: citable by their date. */
function reportsFor(set: SeriesSet, summary: FileSummary): readonly FileSummary[] {
  const committee = seriesName(summary.committee);
  return set.reports.filter((r) => seriesName(r.committee) === committee);
}

/** Looks up `number` (optionally of `meeting`, an ISO date) as cited from `file`. */
export function lookUpMinute(set: SeriesSet, file: string, number: string, meeting: string | null): CitationResult {
  const own = set.summaryOf(file);
  if (!own) return { kind: 'minute-missing', file: null, meeting };
  const found = (s: FileSummary, t: MinuteTarget): CitationResult => ({ kind: 'found', file: s.file, date: s.date, target: t });
  const series = set.seriesOf(file);
  if (meeting !== null && meeting !== own.date) {
    const dated = series ? (seriesIndex(series).byDate.get(meeting) ?? []) : meetingsFor(set, file).filter((m) => m.date === meeting);
    const candidates = [...dated, ...reportsFor(set, own).filter((r) => r.date === meeting)].filter((m) => m.file !== file);
    if (!candidates.length) return { kind: 'meeting-missing', meeting };
    for (const m of candidates) {
      const t = findMinute(m, number);
      if (t) return found(m, t);
    }
    return { kind: 'minute-missing', file: candidates[0].file, meeting };
  }
  const local = findMinute(own, number);
  if (local) return found(own, local);
  if (meeting !== null) return { kind: 'minute-missing', file: own.file, meeting };
  if (series) {
    // Earlier meetings of the series, latest first, from the index.
    const index = seriesIndex(series);
    const at = index.place.get(file) ?? series.meetings.length;
    const places = index.holding.get(number);
    if (isRunningNumber(number)) {
      const latest = latestBefore(places, at);
      if (latest === -1) return { kind: 'minute-missing', file: null, meeting: null };
      const m = series.meetings[latest];
      return found(m, findMinute(m, number)!);
    }
    return { kind: 'ambiguous', files: (places ?? []).filter((p) => p < at).reverse().map((p) => series.meetings[p].file) };
  }
  // A file in no series (a report): the committee's meetings before its date, latest first.
  const earlier = meetingsFor(set, file).filter((m) => own.date === null || (m.date !== null && m.date < own.date)).reverse();
  if (isRunningNumber(number)) {
    for (const m of earlier) {
      const t = findMinute(m, number);
      if (t) return found(m, t);
    }
    return { kind: 'minute-missing', file: null, meeting: null };
  }
  return { kind: 'ambiguous', files: earlier.filter((m) => findMinute(m, number) !== null).map((m) => m.file) };
}

/** Every citation of every file of the set, resolved: per file, in the order of its summary's `citations`. */
export function resolveCitations(set: SeriesSet, summaries: readonly FileSummary[]): ReadonlyMap<string, readonly CitationResult[]> {
  const out = new Map<string, CitationResult[]>();
  for (const s of summaries) out.set(s.file, s.citations.map((c) => lookUpMinute(set, s.file, c.number, c.meeting)));
  return out;
}
