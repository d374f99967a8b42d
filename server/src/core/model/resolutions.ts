/**
 * How resolutions are cited (docs/language.md#resolutions-and-how-they-are-numbered):
 * the item number, then the entry's
 * own list marker in brackets, 48(2) or 79/21(b). An entry nested under another
 * is cited through its parent, 49(1)(a), as councils cite a part of a
 * resolution; without the parent two sub-lists would both give 49(a). A
 * RESOLVED without a list is one resolution, numbered after those before it in
 * the item; bullets are numbered by their position at their level.
 *
 * The model (build.ts) and the resolution-numbering rule both read this, so
 * the ids the rule talks about are the ones the outline and exports print.
 */
import type { KeywordBlockNode, ListEntry, Span } from '../syntax/ast';
import { joinLines } from '../syntax/join-lines';
import { ListNesting } from './list-nesting';

export interface ResolutionSource {
  readonly id: string;
  readonly text: string;
  /** Where the resolution starts (the model keeps its line). */
  readonly start: number;
  /** What a diagnostic about its citation points at: the entry's marker, or the keyword. */
  readonly marker: Span;
  /** The list entry, or null for a RESOLVED without a list. */
  readonly entry: ListEntry | null;
  /** Whether it is cited through a parent entry (49(1)(a)); only top-level ones count towards `before`. */
  readonly nested: boolean;
}

interface Level {
  /** The citation of this level's latest entry, e.g. "(1)(a)". */
  cite: string;
  count: number;
}

/**
 * The resolutions of one RESOLVED block; `before` is how many top-level
 * resolutions the item already has (49(1) with its 49(1)(a) and 49(1)(b) is
 * one, so a plain RESOLVED after it is 49(2)), and `text` gives the block's
 * text (asked only when it has no list).
 */
export function resolutionSources(b: KeywordBlockNode, number: string | null, before: number, text: () => string): ResolutionSource[] {
  const prefix = number ?? '';
  const out: ResolutionSource[] = [];
  const stack: Level[] = [];
  const nesting = new ListNesting();
  let roots = 0;
  let listed = false;
  for (const l of b.body) {
    if (l.kind !== 'list') continue;
    listed = true;
    for (const e of l.entries) {
      // Levels are read from indentation, as resolution-numbering reads them.
      const { depth, opened } = nesting.enter(e.indent);
      stack.length = opened ? depth : depth + 1;
      if (opened) stack.push({ cite: '', count: depth ? 0 : before + roots });
      const top = stack[depth];
      top.count++;
      if (stack.length === 1) roots++;
      const parent = stack.length > 1 ? stack[stack.length - 2].cite : '';
      top.cite = `${parent}(${e.style === 'bullet' ? String(top.count) : e.value})`;
      out.push({ id: prefix + top.cite, text: joinLines(e.lines), start: e.span.start, marker: e.marker.span, entry: e, nested: stack.length > 1 });
    }
  }
  const whole = listed ? '' : text();
  if (whole) out.push({ id: `${prefix}(${before + 1})`, text: whole, start: b.span.start, marker: b.keywordText.span, entry: null, nested: false });
  return out;
}

/** How many of a block's resolutions are top-level: what the next block of the item numbers after. */
export function topLevelCount(sources: readonly ResolutionSource[]): number {
  return sources.reduce((n, r) => (r.nested ? n : n + 1), 0);
}
