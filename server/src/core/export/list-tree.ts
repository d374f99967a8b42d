/**
 * Nested lists for the renderers. The model keeps a list's entries flat, in
 * source order, each with its depth; every export regroups them here into
 * levels, so that (a) and (b) indented under (1) print inside (1) in HTML,
 * Markdown and Word alike, and a RESOLVED list's sub-resolutions nest under
 * the one they are cited through (32(1)(a) under 32(1)).
 */
import type { ContentBlock, ListEntryModel, ResolutionModel } from '../model/types';
import { isBulletMarker } from '../vocabulary';

/**
 * The deepest level printed: entries nested further print at this level.
 * Real minutes go three or four deep; the cap keeps a file of ever deeper
 * indentation from nesting thousands of levels (and recursing as deep).
 */
export const MAX_DEPTH = 8;

/** One level of a list: its entries, each with the level nested under it. */
export interface ListLevel<T> {
  readonly entries: readonly ListBranch<T>[];
}

export interface ListBranch<T> {
  readonly entry: T;
  /** The entries indented under this one, or null. */
  readonly sub: ListLevel<T> | null;
}

/** Groups flat entries into levels by their depth; an entry deeper than the one before goes under it. */
export function nestList<T>(entries: readonly T[], depthOf: (entry: T) => number): ListLevel<T> {
  let i = 0;
  const level = (depth: number): ListLevel<T> => {
    const out: { entry: T; sub: ListLevel<T> | null }[] = [];
    while (i < entries.length) {
      const d = Math.min(depthOf(entries[i]), MAX_DEPTH);
      if (d < depth && out.length) break;
      if (d > depth && out.length) out[out.length - 1].sub = level(depth + 1);
      else out.push({ entry: entries[i++], sub: null });
    }
    return { entries: out };
  };
  return level(0);
}

/** A list's entries as levels. */
export function listLevels(entries: readonly ListEntryModel[]): ListLevel<ListEntryModel> {
  return nestList(entries, (e) => e.depth ?? 0);
}

/**
 * Whether a level is numbered or lettered, decided for each level as the model
 * decides `ordered` for a whole list (any entry that is not a bullet), so that
 * bullets under a numbered entry are a bulleted sub-list and a bulleted list
 * stays one over numbered sub-entries. For a list without nesting it is the
 * model's `ordered`.
 */
export function isNumbered(level: ListLevel<ListEntryModel>): boolean {
  return level.entries.some((b) => !isBulletMarker(b.entry.marker));
}

/**
 * The resolutions of one list of a RESOLVED block, nested as the list's
 * entries are. A resolution belongs to the entry that starts on its line.
 */
export function listResolutions(list: Extract<ContentBlock, { kind: 'list' }>, resolutions: readonly ResolutionModel[]): ListLevel<ResolutionModel> {
  const depths = new Map(list.entries.map((e) => [e.line, e.depth ?? 0]));
  return nestList(
    resolutions.filter((r) => depths.has(r.line)),
    (r) => depths.get(r.line)!,
  );
}
