/**
 * Nesting agenda items by heading level. The visitor (to-ast.ts) reads a
 * document as one flat run of blocks with the heading lines among them; here
 * each heading opens an item under the nearest heading above it of a lower
 * level, the blocks after a heading go to its item, and the blocks before the
 * first heading are the preamble. Each open item's span grows to the end of
 * what it holds, its sub-items included. The flat run is also what parse
 * reuse (reuse.ts) keeps between versions, so nesting is the one step it
 * always does again.
 */
import type { IToken } from 'chevrotain';
import type { Block, ItemNode, Mutable } from './ast';
import { lineSpan, splitHeading } from './lines';

/** A heading line, kept flat until the blocks are nested into items. */
export interface HeadingMark {
  readonly kind: 'heading';
  readonly token: IToken;
}

/** One entry of the flat run of blocks: a block, or a heading that opens an item. */
export type FlatEntry = Block | HeadingMark;

/** Nests the flat run of blocks into agenda items by heading level. */
export function nestItems(flat: readonly FlatEntry[]): { preamble: Block[]; items: ItemNode[] } {
  const preamble: Block[] = [];
  const items: ItemNode[] = [];
  const stack: Mutable<ItemNode>[] = [];
  for (const b of flat) {
    if (b.kind !== 'heading') {
      const top = stack[stack.length - 1];
      if (top) {
        top.blocks.push(b);
        extend(stack, b.span.end);
      } else preamble.push(b);
      continue;
    }
    const h = splitHeading(b.token);
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    const headingSpan = lineSpan(b.token);
    const item: Mutable<ItemNode> = {
      kind: 'item',
      level: h.level,
      marker: h.marker,
      number: h.number,
      title: h.title,
      headingSpan,
      blocks: [],
      children: [],
      span: headingSpan,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(item);
    else items.push(item);
    stack.push(item);
    extend(stack, headingSpan.end);
  }
  return { preamble, items };
}

/** Grows every open item (the innermost and those around it) to reach `end`. */
function extend(stack: Mutable<ItemNode>[], end: number): void {
  for (const it of stack) if (it.span.end < end) it.span = { start: it.span.start, end };
}
