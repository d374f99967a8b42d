/**
 * Grouping file summaries into series (docs/language.md, what a series is): the
 * minutes files that share `authority` and `committee` (compared without case
 * and runs of white space), ordered by date, then time, then path. A file with
 * no `authority` joins the one series of its committee name when exactly one
 * exists, else a series of its own. Reports belong to no series (they may still
 * be cited); a minutes file with no real date or no committee is left out,
 * with the reason, for the caller to report.
 */
import type { FileSummary } from './summary-types';

/** One committee's meetings, in order. */
export interface Series {
  /** `authority|committee`, normalised (lower case, single spaces); the authority part empty when no file names one. */
  readonly key: string;
  /** As the first meeting that names it writes it; null when no meeting of the series names one. */
  readonly authority: string | null;
  readonly committee: string;
  /** The meetings in order: date, then time (a meeting without a time first), then path. */
  readonly meetings: readonly FileSummary[];
  /** Groups of two or more files with the same date and time, each group in path order (series-duplicate). */
  readonly duplicates: readonly (readonly string[])[];
}

/** Why a file is in no series. */
export type LeftOutReason = 'no-date' | 'no-committee';

/** Every series found among some summaries, with the files in none. */
export interface SeriesSet {
  readonly series: readonly Series[];
  /** `type: report` files: in no series, but citable by their date. */
  readonly reports: readonly FileSummary[];
  /** Minutes files that cannot be placed: no real `date`, or no `committee`. */
  readonly leftOut: readonly { readonly summary: FileSummary; readonly reason: LeftOutReason }[];
  /** The series of a file, by its `file`; undefined for reports and files left out. */
  seriesOf(file: string): Series | undefined;
  /** The summary of a file, by its `file`. */
  summaryOf(file: string): FileSummary | undefined;
}

/** Names compared as a clerk compares them: case and runs of white space ignored. */
export function seriesName(text: string | null): string {
  return (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Groups and orders summaries into series. Pure; the order of `summaries` does not matter. */
export function buildSeries(summaries: readonly FileSummary[]): SeriesSet {
  const reports: FileSummary[] = [];
  const leftOut: { summary: FileSummary; reason: LeftOutReason }[] = [];
  const groups = new Map<string, FileSummary[]>();
  const noAuthority: FileSummary[] = [];
  for (const s of [...summaries].sort((a, b) => compare(a.file, b.file))) {
    if (s.type === 'report') reports.push(s);
    else if (seriesName(s.committee) === '') leftOut.push({ summary: s, reason: 'no-committee' });
    else if (s.date === null) leftOut.push({ summary: s, reason: 'no-date' });
    else if (seriesName(s.authority) === '') noAuthority.push(s);
    else push(groups, `${seriesName(s.authority)}|${seriesName(s.committee)}`, s);
  }
  // A file with no authority joins its committee's series only when there is exactly one such series.
  const byCommittee = new Map<string, string[]>();
  for (const key of groups.keys()) push(byCommittee, key.slice(key.indexOf('|') + 1), key);
  for (const s of noAuthority) {
    const committee = seriesName(s.committee);
    const keys = byCommittee.get(committee) ?? [];
    push(groups, keys.length === 1 ? keys[0] : `|${committee}`, s);
  }
  const series: Series[] = [];
  for (const [key, files] of groups) {
    const meetings = files.sort(byMeeting);
    series.push({
      key,
      authority: meetings.find((m) => seriesName(m.authority) !== '')?.authority ?? null,
      committee: meetings[0].committee!,
      meetings,
      duplicates: duplicatesOf(meetings),
    });
  }
  series.sort((a, b) => compare(a.key, b.key));
  const bySeries = new Map<string, Series>();
  const byFile = new Map<string, FileSummary>();
  for (const s of series) for (const m of s.meetings) bySeries.set(m.file, s);
  for (const s of summaries) byFile.set(s.file, s);
  return {
    series,
    reports,
    leftOut,
    seriesOf: (file) => bySeries.get(file),
    summaryOf: (file) => byFile.get(file),
  };
}

/** The meeting before `file` in its series, or null (the first meeting, or a file in no series). */
export function previousMeeting(set: SeriesSet, file: string): FileSummary | null {
  const s = set.seriesOf(file);
  if (!s) return null;
  const i = s.meetings.findIndex((m) => m.file === file);
  return i > 0 ? s.meetings[i - 1] : null;
}

/** The meeting after `file` in its series, or null. */
export function nextMeeting(set: SeriesSet, file: string): FileSummary | null {
  const s = set.seriesOf(file);
  if (!s) return null;
  const i = s.meetings.findIndex((m) => m.file === file);
  return i >= 0 && i + 1 < s.meetings.length ? s.meetings[i + 1] : null;
}

function byMeeting(a: FileSummary, b: FileSummary): number {
  return compare(a.date!, b.date!) || compare(a.time ?? '', b.time ?? '') || compare(a.file, b.file);
}

function duplicatesOf(meetings: readonly FileSummary[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < meetings.length; ) {
    let j = i + 1;
    while (j < meetings.length && meetings[j].date === meetings[i].date && (meetings[j].time ?? '') === (meetings[i].time ?? '')) j++;
    if (j - i > 1) out.push(meetings.slice(i, j).map((m) => m.file));
    i = j;
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
