/**
 * The text of a keyword block as the model keeps it. The body of a block is
 * the rest of the keyword's line plus the lines under it up to a blank line
 * (docs/language.md#blocks), so the keyword line's text and the paragraph
 * that runs straight on from it are one paragraph: `RESOLVED – That the
 * plan` wrapped onto `be approved.` is "That the plan be approved.", as the
 * same words under a bare `RESOLVED:` are. Before, the two were kept apart
 * by a newline and printed as two paragraphs. A blank line between keeps
 * them apart, as it does anywhere.
 */
import type { BodyBlock, KeywordBlockNode, TextPiece } from '../syntax/ast';
import { joinLines } from '../syntax/join-lines';

/** What a block's first words are and the body that follows them. */
export interface LeadText {
  /** The keyword line's text joined with the paragraph that runs on from it; null when the line has none. */
  readonly text: string | null;
  /** The body without the paragraph joined into `text`. */
  readonly body: readonly BodyBlock[];
}

/**
 * The keyword line's text (`first`, the block's `inline` unless the line
 * holds something else first, as a MOTION's mover does) joined with a
 * paragraph that starts on the next line; `lineOf` turns offsets into lines.
 */
export function leadText(b: KeywordBlockNode, lineOf: (offset: number) => number, first: TextPiece | null = b.inline): LeadText {
  if (!first) return { text: null, body: b.body };
  const next = b.body[0];
  if (next?.kind !== 'paragraph' || lineOf(next.span.start) !== lineOf(first.span.end) + 1) return { text: first.text, body: b.body };
  return { text: joinLines([first, ...next.lines]), body: b.body.slice(1) };
}

/**
 * The whole text of a block: its lead text, then each paragraph and list
 * entry on a line of its own; with `markers`, each entry keeps its list
 * marker (a motion's `(a)` and `(b)` are part of what was moved).
 */
export function keywordBlockText(
  b: KeywordBlockNode,
  lineOf: (offset: number) => number,
  first: TextPiece | null = b.inline,
  markers = false,
): string {
  const lead = leadText(b, lineOf, first);
  const parts: string[] = [];
  if (lead.text) parts.push(lead.text);
  for (const x of lead.body) {
    if (x.kind === 'paragraph') parts.push(joinLines(x.lines));
    else if (x.kind === 'list') for (const e of x.entries) parts.push(markers ? `${e.marker.text} ${joinLines(e.lines)}`.trimEnd() : joinLines(e.lines));
  }
  return parts.join('\n');
}
