/**
 * The formatter: writes a document in its canonical form without adding,
 * dropping or reordering a word the clerk wrote. What it changes:
 * - keywords in their standard spelling: legacy forms exactly as the
 *   keyword-form rule's fix writes them (`Resolved -` -> `RESOLVED:`,
 *   `It was resolved that` -> `RESOLVED: that`; "unanimously" moves to a
 *   `VOTE: unanimous` line, and a legacy form whose "unanimously" disagrees
 *   with the VOTE after it is left for the clerk), and one space between a
 *   keyword's colon and its text;
 * - headings: one space after the `#` marker and after the item number
 *   (`#   1.   Title` -> `# 1. Title`); a number is never added, removed or
 *   re-punctuated, and a line that is not a heading is never made one;
 * - ACTION separators: ` -- ` and ` – ` (with any white space around) become
 *   ` — `;
 * - the proceedings (format-proceedings.ts): a recorded vote's lines indented
 *   two spaces under their VOTE with their labels in capitals (`In favour:`
 *   -> `FOR:`), the lines that wrap them four; a motion's final ` — withdrawn`
 *   with an em dash;
 * - pipe tables: cells padded so the pipes line up and separator rows drawn
 *   to the column widths, keeping their `:` alignment marks; a table whose
 *   aligned rows would be wider than `tableWidth` characters (120 by
 *   default; risk tables with prose cells usually are) is written compactly
 *   instead, `| cell | cell |`, as padding prose cells to one width would
 *   only make every row wrap; cells are copied as written (escapes kept),
 *   and a row keeps its number of cells;
 * - white space: trailing white space removed (an empty heading keeps the one
 *   space that makes it a heading), runs of blank lines collapsed to one
 *   (a blank line is never removed between two non-blank lines, so
 *   paragraphs are never joined), blank lines at the end removed, and the
 *   text ends with exactly one line break (in the document's own style).
 * It is idempotent: formatting a formatted text changes nothing.
 *
 * Signatures:
 *   formatText(analysis: Analysis, options?: FormatOptions): string
 *   formatDocument(analysis: Analysis, options?: FormatOptions): TextEdit[]
 *   formatRange(analysis: Analysis, range: Span, options?: FormatOptions): TextEdit[]
 * Edits are minimal (one per changed stretch), in source order, never
 * overlapping or touching, in offsets of `analysis.text`.
 */
import type { Analysis } from '../index';
import { flattenItems } from '../syntax/walk';
import type { Block, BodyBlock, KeywordBlockNode, Span, TableNode } from '../syntax/ast';
import type { RuleReport, TextEdit } from '../validate/rule';
import { rule as keywordForm } from '../validate/rules/keyword-form';
import { ACTION_SEPARATOR } from '../vocabulary';
import { proceedingEdits } from './format-proceedings';

export interface FormatOptions {
  /** Widest aligned table row, in characters; wider tables are written compactly. */
  readonly tableWidth?: number;
}

export const DEFAULT_TABLE_WIDTH = 120;

/** The canonical text of the document. */
export function formatText(analysis: Analysis, options?: FormatOptions): string {
  return planChunks(analysis, options).map((c) => c.after).join('');
}

/** The edits that turn the document into its canonical form; empty when it already is. */
export function formatDocument(analysis: Analysis, options?: FormatOptions): TextEdit[] {
  return toEdits(planChunks(analysis, options));
}

/**
 * The edits of formatDocument on the lines `range` touches (a range ending at
 * the start of a line does not touch that line). Tables are aligned to the
 * whole table, so rows formatted alone line up with the rest once it is
 * formatted too.
 */
export function formatRange(analysis: Analysis, range: Span, options?: FormatOptions): TextEdit[] {
  const { lines } = analysis;
  const first = lines.positionAt(range.start).line;
  const endPos = lines.positionAt(range.end);
  const last = range.end > range.start && endPos.character === 0 ? endPos.line - 1 : endPos.line;
  return toEdits(planChunks(analysis, options).filter((c) => c.line >= first && c.line <= last));
}

/** One source line with its line break, before and after formatting. */
interface Chunk {
  readonly line: number;
  readonly start: number;
  readonly before: string;
  readonly after: string;
}

function planChunks(analysis: Analysis, options?: FormatOptions): Chunk[] {
  const { text, lines } = analysis;
  if (!text) return [];
  const count = text.endsWith('\n') ? lines.lineCount - 1 : lines.lineCount;
  const { edits, keepSpace } = lineEdits(analysis, options?.tableWidth ?? DEFAULT_TABLE_WIDTH);
  const content: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = applyLineEdits(lines.lineText(i), lines.lineStart(i), edits.get(i) ?? []);
    line = line.split(/(\r?\n)/).map((part, k) => (k % 2 ? part : stripTrailing(part))).join('');
    content.push(keepSpace.has(i) ? `${line} ` : line);
  }
  const keep = content.map((c, i) => c !== '' || i === 0 || content[i - 1] !== '');
  for (let i = count - 1; i >= 0 && content[i] === ''; i--) keep[i] = false;
  const lastKept = keep.lastIndexOf(true);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const chunks: Chunk[] = [];
  for (let i = 0; i < count; i++) {
    const start = lines.lineStart(i);
    const before = text.slice(start, i + 1 < lines.lineCount ? lines.lineStart(i + 1) : text.length);
    const brk = before.slice(lines.lineEnd(i) - start);
    const after = keep[i] ? content[i] + (brk || (i === lastKept ? eol : '')) : '';
    chunks.push({ line: i, start, before, after });
  }
  return chunks;
}

/**
 * Trailing white space as the lexer sees it (a line of it is blank). A loop,
 * not /[...]+$/: unanchored, that pattern rescans a run of white space inside
 * the line from each of its characters, quadratic on a long run.
 */
function stripTrailing(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING.has(line.charCodeAt(end - 1))) end--;
  return line.slice(0, end);
}

const TRAILING = new Set([0x20, 0x09, 0x0c, 0x0b, 0x0d, 0xa0]);

/** The line with its edits, built front to back in one pass (a copy of the line per edit was quadratic on an ACTION of thousands of separators). */
function applyLineEdits(line: string, lineStart: number, edits: readonly TextEdit[]): string {
  if (!edits.length) return line;
  const parts: string[] = [];
  let at = 0;
  // Two insertions at one offset keep the order the old back-to-front application gave them: the later edit first.
  const ordered = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || b.i - a.i);
  for (const { e } of ordered) {
    parts.push(line.slice(at, e.start - lineStart), e.newText);
    at = e.end - lineStart;
  }
  parts.push(line.slice(at));
  return parts.join('');
}

/** Minimal edits for the changed chunks; edits that touch are merged into one. */
function toEdits(chunks: readonly Chunk[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const c of chunks) {
    if (c.before === c.after) continue;
    let p = 0;
    while (p < c.before.length && p < c.after.length && c.before[p] === c.after[p]) p++;
    let s = 0;
    while (s < c.before.length - p && s < c.after.length - p && c.before[c.before.length - 1 - s] === c.after[c.after.length - 1 - s]) s++;
    const edit = { start: c.start + p, end: c.start + c.before.length - s, newText: c.after.slice(p, c.after.length - s) };
    const last = out[out.length - 1];
    if (last && last.end === edit.start) out[out.length - 1] = { start: last.start, end: edit.end, newText: last.newText + edit.newText };
    else out.push(edit);
  }
  return out;
}

interface LineEdits {
  /** Edits by 0-based line, each inside its line (an insertion may hold line breaks). */
  readonly edits: Map<number, TextEdit[]>;
  /** Lines that keep one trailing space: empty headings. */
  readonly keepSpace: Set<number>;
}

/** The edits the tree asks for: keywords, headings, ACTION separators, tables. */
function lineEdits(analysis: Analysis, tableWidth: number): LineEdits {
  const { ast, lines, text } = analysis;
  const edits = new Map<number, TextEdit[]>();
  const keepSpace = new Set<number>();
  const add = (e: TextEdit): void => {
    const line = lines.positionAt(e.start).line;
    const list = edits.get(line);
    if (list) list.push(e); // not a copy per edit: an ACTION line may have thousands of separators
    else edits.set(line, [e]);
  };
  const legacyFixes = keywordFormFixes(analysis);
  const body = (b: BodyBlock): void => {
    if (b.kind === 'table') tableEdits(b, text, tableWidth).forEach(add);
  };
  const block = (b: Block): void => {
    if (b.kind !== 'keyword') return body(b);
    keywordEdits(b, lines.lineEnd(lines.positionAt(b.span.start).line), legacyFixes, text).forEach(add);
    proceedingEdits(b, lines, text).forEach(add);
    b.body.forEach(body);
  };
  ast.preamble.forEach(block);
  for (const it of flattenItems(ast.items)) {
    const line = lines.positionAt(it.headingSpan.start).line;
    const rest = [it.number?.text, it.title.text].filter(Boolean).join(' ');
    add({ ...it.headingSpan, newText: `${it.marker.text} ${rest}` });
    if (!rest) keepSpace.add(line);
    it.blocks.forEach(block);
  }
  return { edits, keepSpace };
}

/** The keyword-form rule's fixes, by the start of the legacy keyword they replace. */
function keywordFormFixes(analysis: Analysis): Map<number, readonly TextEdit[]> {
  const reports: RuleReport[] = [];
  keywordForm.check({ ...analysis, report: (r) => reports.push(r) });
  const out = new Map<number, readonly TextEdit[]>();
  for (const r of reports) if (r.fix) out.set(r.span.start, r.fix.edits);
  return out;
}

/** The keyword in its standard form, one space before its text, and the ACTION separators. */
function keywordEdits(b: KeywordBlockNode, headLineEnd: number, legacyFixes: ReadonlyMap<number, readonly TextEdit[]>, text: string): TextEdit[] {
  const out: TextEdit[] = [];
  const at = b.keywordText.span.start;
  let head = `${b.keyword}:`;
  let inlineStart = b.inline ? b.inline.span.start : headLineEnd;
  if (b.legacy) {
    const fix = legacyFixes.get(at);
    if (!fix) return [];
    const main = fix.find((e) => e.start === at);
    head = main?.newText.trimEnd() ?? head;
    // The fix may take punctuation from the start of the inline text too
    // (`Recommended - — That`: the dash would make `RECOMMENDED: —` an old
    // form again); the text then starts after it.
    if (main && b.inline && main.end > inlineStart) {
      inlineStart = main.end;
      while (inlineStart < headLineEnd && /[ \t]/.test(text.charAt(inlineStart))) inlineStart++;
    }
    for (const e of fix) if (e.start !== at) out.push(e);
  }
  const hasText = inlineStart < headLineEnd;
  out.push({ start: at, end: inlineStart, newText: hasText ? `${head} ` : head });
  for (const sep of b.action?.separators ?? []) out.push({ ...sep.span, newText: ACTION_SEPARATOR });
  return out;
}

/** Whole-line rewrites of a table's rows: aligned when narrow enough, else compact. */
function tableEdits(table: TableNode, text: string, tableWidth: number): TextEdit[] {
  const raw = table.rows.map((r) => r.cells.map((c) => text.slice(c.span.start, c.span.end)));
  const widths: number[] = [];
  table.rows.forEach((r, i) => {
    raw[i].forEach((cell, j) => {
      widths[j] = Math.max(widths[j] ?? 3, r.separator ? 3 : width(cell));
    });
  });
  const rowWidth = (cells: readonly string[]): number => 1 + cells.reduce((sum, _, j) => sum + widths[j] + 3, 0);
  const aligned = raw.every((cells) => rowWidth(cells) <= tableWidth);
  return table.rows.map((r, i) => {
    const cells = raw[i];
    let line: string;
    if (r.separator) {
      const marks = cells.map((c) => ({ left: c.startsWith(':'), right: c.endsWith(':') && c.length > 1 }));
      line = aligned
        ? `|${marks.map((m, j) => `${m.left ? ':' : '-'}${'-'.repeat(widths[j])}${m.right ? ':' : '-'}`).join('|')}|`
        : `|${marks.map((m) => `${m.left ? ':' : ''}---${m.right ? ':' : ''}`).join('|')}|`;
    } else {
      line = aligned
        ? `|${cells.map((c, j) => ` ${c}${' '.repeat(widths[j] - width(c))} `).join('|')}|`
        : `|${cells.map((c) => (c ? ` ${c} ` : ' ')).join('|')}|`;
    }
    return { ...r.span, newText: line };
  });
}

/** Width in characters (code points), so an em dash or a £ counts as one. */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
