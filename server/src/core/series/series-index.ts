/**
 * Look-up tables over a series and over a file's summary, built once and kept
 * beside the objects they index (WeakMaps), so that resolving every citation
 * and action of a 5,000-meeting archive stays linear: the meetings of a date,
 * a meeting's place, the meetings holding each item number or resolution id,
 * and each file's items and resolutions by number.
 */
import type { Series } from './build-series';
import type { FileSummary, SummaryItem, SummaryResolution } from './summary-types';

/** What a number names in one file: an item (or sub-item) or a resolution. */
export type MinuteTarget =
  | { readonly kind: 'item'; readonly item: SummaryItem }
  | { readonly kind: 'resolution'; readonly resolution: SummaryResolution; readonly item: SummaryItem | null };

/** The look-up tables of one series. */
export interface SeriesIndex {
  /** Meetings by date, in series order. */
  readonly byDate: ReadonlyMap<string, readonly FileSummary[]>;
  /** A meeting's 0-based place in the series, by file. */
  readonly place: ReadonlyMap<string, number>;
  /** The places of the meetings holding an item number or a resolution id, ascending. */
  readonly holding: ReadonlyMap<string, readonly number[]>;
}

const seriesIndexes = new WeakMap<Series, SeriesIndex>();
const fileIndexes = new WeakMap<FileSummary, ReadonlyMap<string, MinuteTarget>>();

/** The index of a series (built on first use). */
export function seriesIndex(series: Series): SeriesIndex {
  let index = seriesIndexes.get(series);
  if (index) return index;
  const byDate = new Map<string, FileSummary[]>();
  const place = new Map<string, number>();
  const holding = new Map<string, number[]>();
  series.meetings.forEach((m, i) => {
    place.set(m.file, i);
    const list = byDate.get(m.date!);
    if (list) list.push(m);
    else byDate.set(m.date!, [m]);
    for (const number of minuteTargets(m).keys()) {
      const at = holding.get(number);
      if (at) at.push(i);
      else holding.set(number, [i]);
    }
  });
  index = { byDate, place, holding };
  seriesIndexes.set(series, index);
  return index;
}

/**
 * Every number a file can be cited by, with what it names: an item or
 * sub-item number first (a sub-item before an item of the same number), then
 * a resolution id not already an item number.
 */
export function minuteTargets(summary: FileSummary): ReadonlyMap<string, MinuteTarget> {
  let map = fileIndexes.get(summary);
  if (map) return map;
  const out = new Map<string, MinuteTarget>();
  for (const item of summary.items) {
    if (item.number === null) continue;
    const seen = out.get(item.number);
    if (!seen || (seen.kind === 'item' && seen.item.level === 1 && item.level > 1)) out.set(item.number, { kind: 'item', item });
  }
  const items = new Map<string, SummaryItem>();
  for (const item of summary.items) if (item.number !== null && !items.has(item.number)) items.set(item.number, item);
  for (const resolution of summary.resolutions) {
    if (!out.has(resolution.id)) out.set(resolution.id, { kind: 'resolution', resolution, item: resolution.item === null ? null : (items.get(resolution.item) ?? null) });
  }
  map = out;
  fileIndexes.set(summary, map);
  return map;
}

/** The latest place in `places` (ascending) before `before`, or -1. */
export function latestBefore(places: readonly number[] | undefined, before: number): number {
  if (!places) return -1;
  let lo = 0;
  let hi = places.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid] < before) {
      found = places[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
