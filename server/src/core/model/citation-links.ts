/**
 * The model's per-file links between minutes (docs/json-model.md): each
 * action's id (`2024-03-12/5/1`), an action's `from` when its `from minute N`
 * part names an action of the same file, and each item's citations with a
 * target when the same file holds the cited minute. Links to other meetings
 * are made by the series (core/series), which sees every file.
 */
import type { ItemNode } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';
import type { ParsedAction } from './action';
import { citationsInLine } from './citations';
import { flattenModelItems } from './flatten-items';
import type { ActionModel, CitationModel, ItemModel } from './types';

/**
 * An action's id: the meeting's date, the number of its item (`0` before the
 * first item or in an item without a number) and its 1-based place among that
 * item's actions.
 */
export function actionId(date: string, item: string | null, place: number): string {
  return `${date}/${item ?? '0'}/${place}`;
}

/**
 * Text compared as a clerk compares it: case, punctuation and runs of white
 * space ignored (`Get three quotes.` matches `get three  quotes`).
 */
export function matchKey(text: string | null): string {
  if (text === null) return '';
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The citations in an item's heading (`# 50/23 Matters arising from minute
 * 44/23`) and its own blocks, line by line; comment lines are not read.
 */
export function itemCitations(item: ItemNode, ctx: { readonly lineOf: (offset: number) => number; readonly lines: LineIndex }): CitationModel[] {
  const out: CitationModel[] = [];
  const heading = ctx.lineOf(item.headingSpan.start);
  for (const c of citationsInLine(ctx.lines.lineText(heading), heading)) out.push({ text: c.text, target: null, meeting: c.meeting, range: c.range });
  let last = heading;
  for (const b of item.blocks) {
    if (b.kind === 'comment') continue;
    const first = Math.max(ctx.lineOf(b.span.start), last + 1);
    const end = ctx.lineOf(Math.max(b.span.start, b.span.end - 1));
    for (let line = first; line <= end; line++) {
      const text = ctx.lines.lineText(line);
      if (/^\s*\/\//.test(text)) continue;
      for (const c of citationsInLine(text, line)) out.push({ text: c.text, target: null, meeting: c.meeting, range: c.range });
    }
    last = Math.max(last, end);
  }
  return out;
}

/**
 * Gives each citation that names no other meeting its target when this file
 * holds the cited item or resolution (`78/21(a)` is tried as a sub-item
 * number first, then as a resolution id: either way the target is that id).
 */
export function resolveLocalCitations(items: readonly ItemModel[], date: string | null): void {
  const ids = new Set<string>();
  const all = flattenModelItems(items);
  for (const it of all) {
    if (it.number !== null) ids.add(it.number);
    for (const r of it.resolutions) ids.add(r.id);
  }
  for (const it of all) {
    for (const c of it.citations) {
      if (c.meeting !== null && c.meeting !== date) continue;
      const number = numberOf(c.text);
      if (number !== null && ids.has(number)) (c as { target: string | null }).target = number;
    }
  }
}

/** The number or id a citation's text names (the model keeps the text, not the number). */
function numberOf(text: string): string | null {
  return citationsInLine(text, 0)[0]?.number ?? null;
}

/**
 * The model of an ACTION line: what parseAction read, with its id (`place` is
 * its 1-based place among its item's actions) and its `from` within the file.
 */
export function placeAction(parsed: ParsedAction, date: string | null, place: number, earlier: readonly ActionModel[]): ActionModel {
  // The keys are spelt out in the model's order rather than spread (V8 clones a spread object slowly).
  return {
    owner: parsed.owner,
    handles: parsed.handles,
    task: parsed.task,
    due: parsed.due,
    dueText: parsed.dueText,
    status: parsed.status,
    item: parsed.item,
    line: parsed.line,
    id: date === null ? null : actionId(date, parsed.item, place),
    from: parsed.fromPart ? localFrom(parsed, earlier, date) : null,
  };
}

/**
 * The `from` of an action whose `from minute N` part names an item of this
 * same file (no date, or this meeting's): that item's action, the one whose
 * task matches where it holds several; the id of the action as first set.
 */
export function localFrom(parsed: ParsedAction, earlier: readonly ActionModel[], date: string | null): string | null {
  const part = parsed.fromPart;
  if (part === null || (part.meeting !== null && part.meeting !== date)) return null;
  const candidates = earlier.filter((a) => a.item === part.number);
  const chosen = candidates.length === 1 ? candidates[0] : candidates.find((a) => matchKey(a.task) === matchKey(parsed.task));
  return chosen ? (chosen.from ?? chosen.id) : null;
}
