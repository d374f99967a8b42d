/**
 * Reading the lines of a recorded vote (docs/language.md#recorded-votes):
 * the `FOR:`, `AGAINST:` and `ABSTAIN:` lines (and their kin, the
 * vocabulary's labels) that the grammar took into a VOTE block, each with the
 * indented lines that wrap it. The names are read as an attendance list
 * reads them: comma-separated handles or names, each with an optional note.
 */
import type { IToken } from 'chevrotain';
import { voteLabelOf } from '../vocabulary';
import type { Span, TextPiece, VoteLineNode } from './ast';
import { linePiece, lineSpan } from './lines';
import { readAttendance } from './roll-lines';

/** The vote lines of a VOTE block, from the line tokens after its keyword line (the first is a label line). */
export function readVoteLines(tokens: readonly IToken[]): VoteLineNode[] {
  const out: VoteLineNode[] = [];
  let current: { side: VoteLineNode['side']; label: TextPiece; pieces: TextPiece[]; span: Span } | null = null;
  const close = (): void => {
    if (current) out.push({ side: current.side, label: current.label, names: readAttendance(current.pieces), span: current.span });
    current = null;
  };
  for (const t of tokens) {
    const label = voteLabelOf(t.image);
    if (label) {
      close();
      const start = t.startOffset + label.start;
      current = {
        side: label.side,
        label: { text: label.word, span: { start, end: start + label.word.length } },
        pieces: [linePiece(t, label.length)],
        span: lineSpan(t),
      };
    } else if (current) {
      current.pieces.push(linePiece(t));
      current.span = { start: current.span.start, end: lineSpan(t).end };
    }
  }
  close();
  return out;
}
