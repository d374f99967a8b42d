/**
 * Source lines of the parts the model keeps without one: the attendance lists,
 * the declarations and the CLOSED: line. The preview tags them with `data-line`
 * from these, so it scrolls in step with the editor through the top of the
 * document and marks a problem in PRESENT or DECLARATIONS on that row, not on
 * the header above, and one on CLOSED: on the closing line at the end.
 * They come from the tree rather than the model because the model is what the
 * JSON export prints (docs/json-model.md), which has no source lines for these.
 */
import { documentBlocks } from '../syntax/walk';
import type { AttendanceModel } from '../model/types';
import type { DocumentNode } from '../syntax/ast';
import type { LineIndex } from '../text/line-index';
import { attendanceList } from '../vocabulary';

export interface PreambleLines {
  /** The first line of each attendance list that the document gives. */
  readonly attendance: Partial<Record<keyof AttendanceModel, number>>;
  /** The DECLARATIONS keyword's line, when there is one. */
  readonly declarations: number | null;
  /** The line of each declaration, in the model's order. */
  readonly declarationEntries: readonly number[];
  /** The first CLOSED: line (the one meta.closed is read from), when there is one. */
  readonly closed?: number | null;
}

/** Walks the keyword blocks in the order the model collects them (model/build.ts), so entries line up. */
export function preambleLines(ast: DocumentNode, lines: LineIndex): PreambleLines {
  const attendance: Partial<Record<keyof AttendanceModel, number>> = {};
  let declarations: number | null = null;
  const declarationEntries: number[] = [];
  let closed: number | null = null;
  for (const b of documentBlocks(ast)) {
    if (b.kind !== 'keyword') continue;
    if (b.keyword === 'CLOSED' && closed === null) closed = lines.lineAt(b.span.start);
    const list = attendanceList(b.keyword)?.field;
    if (b.attendance?.length && list && attendance[list] === undefined) attendance[list] = lines.lineAt(b.span.start);
    if (b.keyword === 'DECLARATIONS' && declarations === null) declarations = lines.lineAt(b.span.start);
    for (const d of b.declarations ?? []) declarationEntries.push(lines.lineAt(d.span.start));
  }
  return { attendance, declarations, declarationEntries, closed };
}
