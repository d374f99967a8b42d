/**
 * The model's content blocks for the plain text of the minutes: a paragraph,
 * a list with its entries (nested as their indentation says) and a table with
 * its rows and column alignment, each with the line it starts on. build.ts
 * reads items and keywords; the paragraphs, lists and tables inside them and
 * between them all come through here, so they are read one way wherever they
 * stand.
 */
import type { BodyBlock, TableNode } from '../syntax/ast';
import { joinLines } from '../syntax/join-lines';
import { ListNesting } from './list-nesting';
import type { ColumnAlign, ContentBlock, ListEntryModel } from './types';

/** The content of a keyword block's body, in order. */
export function bodyContent(blocks: readonly BodyBlock[], lineOf: (offset: number) => number): ContentBlock[] {
  const out: ContentBlock[] = [];
  for (const b of blocks) addBodyContent(out, b, lineOf);
  return out;
}

/** Appends the content of one paragraph, list or table to `out`. */
export function addBodyContent(out: ContentBlock[], b: BodyBlock, lineOf: (offset: number) => number): void {
  const line = lineOf(b.span.start);
  if (b.kind === 'paragraph') out.push({ kind: 'paragraph', text: joinLines(b.lines), line });
  else if (b.kind === 'list') {
    const nesting = new ListNesting();
    const entries = b.entries.map((e): ListEntryModel => {
      const { depth } = nesting.enter(e.indent);
      const marker = e.marker.text;
      const text = joinLines(e.lines);
      const at = lineOf(e.span.start);
      return depth ? { marker, text, line: at, depth } : { marker, text, line: at };
    });
    out.push({ kind: 'list', ordered: b.entries.some((e) => e.style !== 'bullet'), entries, line });
  } else if (b.kind === 'table') {
    const rows = b.rows.filter((r) => !r.separator).map((r) => r.cells.map((c) => c.text));
    const header = b.rows.some((r) => r.separator) || rows.length > 1;
    const align = columnAlign(b);
    out.push(align ? { kind: 'table', rows, header, align, line } : { kind: 'table', rows, header, line });
  }
}

/** The alignment the first separator row gives each column (`:---` left, `---:` right, `:---:` centre), or null when it aligns none. */
function columnAlign(b: TableNode): ColumnAlign[] | null {
  const separator = b.rows.find((r) => r.separator);
  if (!separator) return null;
  const align = separator.cells.map((c): ColumnAlign => {
    const left = c.text.startsWith(':');
    const right = c.text.endsWith(':');
    return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
  });
  return align.some((a) => a !== null) ? align : null;
}
