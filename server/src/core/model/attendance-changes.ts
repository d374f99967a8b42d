/**
 * ARRIVED, LEFT and RETURNED lines (docs/language.md#arrivals-and-departures)
 * as the model keeps them: one change per person named, with the display
 * name a handle's PEOPLE line gives, the note in brackets and the line. Who
 * is present from then on is worked out from these in presence.ts.
 */
import type { Block, KeywordBlockNode } from '../syntax/ast';
import type { AttendanceChangeKind, AttendanceChangeModel } from './types';

const KINDS: Readonly<Record<string, AttendanceChangeKind>> = { ARRIVED: 'arrived', LEFT: 'left', RETURNED: 'returned' };

/** The kind of change a keyword records, or undefined for any other keyword. */
export function changeKind(keyword: string): AttendanceChangeKind | undefined {
  return Object.hasOwn(KINDS, keyword) ? KINDS[keyword] : undefined;
}

/**
 * The item lines (docs/language.md#item-lines) that describe an item rather
 * than record its business: written under the heading with the attendance
 * lines, they do not end the item's opening.
 */
const ITEM_LINES: ReadonlySet<string> = new Set(['REPORT', 'CONTACT', 'EXEMPT', 'URGENT', 'DOCUMENTS']);

/**
 * True for a block that may stand in an item's opening, before its business:
 * an ARRIVED, LEFT or RETURNED line, or an item line. The members present at
 * the item (`items[].present`) are those present after the opening.
 */
export function inItemOpening(b: Block): boolean {
  return b.kind === 'comment' || (b.kind === 'keyword' && (changeKind(b.keyword) !== undefined || ITEM_LINES.has(b.keyword)));
}

/**
 * The changes one ARRIVED, LEFT or RETURNED line records, in the order it
 * names the people (usually one); empty for any other block, and for a line
 * that names nobody.
 */
export function readChanges(
  b: KeywordBlockNode,
  names: ReadonlyMap<string, string>,
  lineOf: (offset: number) => number,
): AttendanceChangeModel[] {
  const kind = changeKind(b.keyword);
  if (!kind || !b.changes?.length) return [];
  const line = lineOf(b.span.start);
  return b.changes.map((e): AttendanceChangeModel => {
    const handle = e.handle?.text ?? null;
    const name = handle !== null ? (names.get(handle) ?? handle) : e.name.text;
    return { kind, name, handle, note: e.note?.text ?? null, line };
  });
}
