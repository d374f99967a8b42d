/**
 * Source lines of the parts the model keeps without one: the attendance lists,
 * the declarations, the FOR:/AGAINST:/ABSTAIN: lines of a recorded vote and
 * the CLOSED: line. The preview tags them with `data-line` from these, so it
 * scrolls in step with the editor through the top of the document and marks a
 * problem in PRESENT or DECLARATIONS on that row, not on the header above, one
 * on an AGAINST: line on the Against row of its vote's table, and one on
 * CLOSED: on the closing line at the end.
 * They come from the tree rather than the model because the model is what the
 * JSON export prints (docs/json-model.md), which has no source lines for these.
 */
import { documentBlocks } from '../syntax/walk';
import type { AttendanceModel } from '../model/types';
import type { DocumentNode } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';
import { attendanceList, type VoteSide } from '../vocabulary';

export interface PreambleLines {
  /** The first line of each attendance list that the document gives. */
  readonly attendance: Partial<Record<keyof AttendanceModel, number>>;
  /** The DECLARATIONS keyword's line, when there is one. */
  readonly declarations: number | null;
  /** The line of each declaration, in the model's order. */
  readonly declarationEntries: readonly number[];
  /** The first CLOSED: line (the one meta.closed is read from), when there is one. */
  readonly closed?: number | null;
  /** By the line of a recorded VOTE: the first line of each side it names. */
  readonly voteLines?: ReadonlyMap<number, Partial<Record<VoteSide, number>>>;
}

/** Walks the keyword blocks in the order the model collects them (model/build.ts), so entries line up. */
export function preambleLines(ast: DocumentNode, lines: LineIndex): PreambleLines {
  const attendance: Partial<Record<keyof AttendanceModel, number>> = {};
  let declarations: number | null = null;
  const declarationEntries: number[] = [];
  let closed: number | null = null;
  const voteLines = new Map<number, Partial<Record<VoteSide, number>>>();
  for (const b of documentBlocks(ast)) {
    if (b.kind !== 'keyword') continue;
    if (b.keyword === 'CLOSED' && closed === null) closed = lines.lineAt(b.span.start);
    if (b.voteLines?.length) {
      const sides: Partial<Record<VoteSide, number>> = {};
      for (const v of b.voteLines) sides[v.side] ??= lines.lineAt(v.span.start);
      voteLines.set(lines.lineAt(b.span.start), sides);
    }
    const list = attendanceList(b.keyword)?.field;
    if (b.attendance?.length && list && attendance[list] === undefined) attendance[list] = lines.lineAt(b.span.start);
    if (b.keyword === 'DECLARATIONS' && declarations === null) declarations = lines.lineAt(b.span.start);
    for (const d of b.declarations ?? []) declarationEntries.push(lines.lineAt(d.span.start));
  }
  return { attendance, declarations, declarationEntries, closed, voteLines };
}
