/**
 * Selection ranges ("expand selection"): from the cursor outwards, the word
 * or @handle, the piece of the line it stands in (a table cell, an ACTION
 * segment, a header value, an item title, a mover or a voter's name), the
 * line, the list entry, table row, PEOPLE line or recorded vote line with
 * its wrapped lines, the block, the heading, the item, each parent item and
 * finally the whole document.
 *
 * Signatures:
 *   selectionRangeAt(analysis: Analysis, offset: number): SelectionRange
 *   selectionRanges(analysis: Analysis, offsets: readonly number[]): SelectionRange[]
 * Each range strictly contains the one before it (its `parent` chain).
 *
 * The ranges are gathered as every span of the tree that holds the cursor,
 * then ordered by size and kept only while each contains the previous one;
 * that keeps the chain well nested even where the tree joins wrapped lines
 * into one piece.
 */
import type { Analysis } from '../index';
import type { Block, BodyBlock, ItemNode, KeywordBlockNode, Span, TextPiece } from '../syntax/ast';

/** A range with the next larger range around it; the document has no parent. */
export interface SelectionRange extends Span {
  readonly parent?: SelectionRange;
}

/** One chain per offset, in the order given. */
export function selectionRanges(analysis: Analysis, offsets: readonly number[]): SelectionRange[] {
  return offsets.map((o) => selectionRangeAt(analysis, o));
}

/** The chain of ranges around one offset, innermost first. */
export function selectionRangeAt(analysis: Analysis, offset: number): SelectionRange {
  const spans: Span[] = [];
  const add = (s: Span | null | undefined): void => {
    if (s && s.start <= offset && offset <= s.end) spans.push(s);
  };
  addWord(analysis, offset, add);
  addLine(analysis, offset, add);
  addTree(analysis, add);
  add({ start: 0, end: analysis.text.length });
  return chain(spans, offset);
}

type Add = (s: Span | null | undefined) => void;

/** The @handle, else the run of word characters, under the cursor. */
function addWord(analysis: Analysis, offset: number, add: Add): void {
  const ref = analysis.references.find((r) => r.span.start <= offset && offset <= r.span.end);
  if (ref) return add(ref.span);
  const line = analysis.lines.positionAt(offset).line;
  const start = analysis.lines.lineStart(line);
  const text = analysis.lines.lineText(line);
  for (const m of text.matchAll(WORD)) {
    const s = start + m.index!;
    if (s <= offset && offset <= s + m[0].length) return add({ start: s, end: s + m[0].length });
  }
}

/** Letters and digits, joined by inner apostrophes, hyphens, dots and slashes (`Ross-Shaw`, `77/21`, `2021-06-08`). */
const WORD = /[\p{L}\p{N}_]+(?:['\u2019./-][\p{L}\p{N}_]+)*/gu;

/** The cursor's line without its indentation and trailing white space. */
function addLine(analysis: Analysis, offset: number, add: Add): void {
  const line = analysis.lines.positionAt(offset).line;
  const start = analysis.lines.lineStart(line);
  const text = analysis.lines.lineText(line);
  const lead = text.length - text.trimStart().length;
  const trail = text.trimEnd().length;
  if (trail > lead) add({ start: start + lead, end: start + trail });
}

function addTree(analysis: Analysis, add: Add): void {
  const { ast } = analysis;
  const piece = (p: TextPiece | null | undefined): void => add(p?.span);
  if (ast.header) {
    add(ast.header.span);
    for (const e of ast.header.entries) [e.span, e.key.span, e.value.span].forEach(add);
  }
  for (const c of ast.comments) [c.span, c.text.span].forEach(add);
  const body = (b: BodyBlock): void => {
    add(b.span);
    if (b.kind === 'paragraph') b.lines.forEach(piece);
    else if (b.kind === 'list') for (const e of b.entries) [e.span, e.marker.span, ...e.lines.map((l) => l.span)].forEach(add);
    else if (b.kind === 'table') for (const r of b.rows) [r.span, ...r.cells.map((c) => c.span)].forEach(add);
  };
  const block = (b: Block): void => (b.kind === 'keyword' ? keyword(b, add) : body(b));
  const keyword = (b: KeywordBlockNode, addSpan: Add): void => {
    [b.span, b.keywordText.span, b.inline?.span].forEach(addSpan);
    for (const p of b.people ?? []) [p.span, p.handle.span, p.name.span, p.role?.span].forEach(addSpan);
    for (const e of b.attendance ?? []) [e.span, e.name.span, e.note?.span].forEach(addSpan);
    for (const d of b.declarations ?? []) [d.span, d.person.span, d.item?.span, d.text.span].forEach(addSpan);
    for (const e of [...(b.changes ?? []), b.motion?.mover, b.motion?.seconder]) if (e) [e.span, e.name.span, e.note?.span].forEach(addSpan);
    for (const l of b.voteLines ?? []) [l.span, l.label.span, ...l.names.flatMap((n) => [n.span, n.name.span, n.note?.span])].forEach(addSpan);
    b.action?.segments.forEach(piece);
    b.body.forEach(body);
  };
  const item = (it: ItemNode): void => {
    [it.span, it.headingSpan, it.number?.span, it.title.span].forEach(add);
    it.blocks.forEach(block);
    it.children.forEach(item);
  };
  ast.preamble.forEach(block);
  ast.items.forEach(item);
}

/** Orders the spans from smallest to largest and keeps a strictly nested chain. */
function chain(spans: Span[], offset: number): SelectionRange {
  const sorted = spans
    .filter((s) => s.end > s.start || s.start === offset)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  const kept: Span[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (!last) kept.push(s);
    else if (s.start <= last.start && last.end <= s.end && (s.start < last.start || s.end > last.end)) kept.push(s);
  }
  let range: SelectionRange | undefined;
  for (let i = kept.length - 1; i >= 0; i--) range = range ? { ...kept[i], parent: range } : { ...kept[i] };
  return range ?? { start: offset, end: offset };
}
