/**
 * Where a completion request stands: the line up to the cursor, whether the
 * line is inside the header, and the people an `@` may name there; and what
 * an entry offered there holds. The providers of completion-providers.ts
 * and completion.ts read the cursor through this.
 */
import type { Analysis } from '../index';
import type { Span } from '../syntax/ast';
import { ATTENDANCE_LISTS } from '../vocabulary';
import { keywordBlockAt } from './locate';

/** What an entry offers, for the editor's icon. */
export type CompletionKind = 'keyword' | 'property' | 'value' | 'person' | 'date' | 'status' | 'rating' | 'snippet';

/** One entry offered at the cursor. */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** True when insertText is a snippet with `${1:...}` placeholders. */
  readonly snippet?: boolean;
  readonly replace: Span;
  readonly sortText?: string;
  readonly filterText?: string;
  /** Ask the editor to complete again after inserting (e.g. after `status: `). */
  readonly retrigger?: boolean;
}

/** The cursor of one completion request. */
export interface CompletionContext {
  readonly a: Analysis;
  readonly offset: number;
  readonly line: number;
  readonly lineStart: number;
  /** The line's text up to the cursor. */
  readonly before: string;
  /** A span from a column of this line to the cursor. */
  at(from: number): Span;
}

/** The context of a request at an offset. */
export function completionContext(a: Analysis, offset: number): CompletionContext {
  const line = a.lines.positionAt(offset).line;
  const lineStart = a.lines.lineStart(line);
  const before = a.text.slice(lineStart, offset);
  return { a, offset, line, lineStart, before, at: (from) => ({ start: lineStart + from, end: offset }) };
}

/**
 * True on the lines strictly inside the header's fences. A file whose first
 * line is a lone `---` with only blank lines under it yet has no header in
 * the tree (the parser makes one from the first key), but the clerk who has
 * just typed the fence and pressed Enter is in the header all the same.
 */
export function inHeader(a: Analysis, line: number): boolean {
  const h = a.ast.header;
  if (!h) return openingFenceAbove(a, line);
  const first = a.lines.positionAt(h.span.start).line;
  const last = a.lines.positionAt(h.span.end).line;
  return line > first && (h.closed ? line < last : line <= last + 1);
}

/** True when line 0 is `---` and every line from 1 to `line` is blank. */
function openingFenceAbove(a: Analysis, line: number): boolean {
  if (line < 1 || a.lines.lineText(0).replace(/^\uFEFF/, '').trimEnd() !== '---') return false;
  for (let l = 1; l <= line; l++) if (a.lines.lineText(l).trim() !== '') return false;
  return true;
}

/** People, for an `@` being typed; `from` is the column of the `@`. */
export function people(ctx: CompletionContext, from: number, withAt: boolean): CompletionEntry[] {
  const listed = attendanceHandles(ctx.a);
  const block = keywordBlockAt(ctx.a, ctx.offset);
  const inAttendance = !!block?.attendance;
  return ctx.a.model.people.map((p) => ({
    label: `@${p.handle}`,
    kind: 'person' as const,
    detail: [p.name, p.role].filter(Boolean).join(' — '),
    insertText: withAt ? `@${p.handle}` : p.handle,
    replace: ctx.at(withAt ? from : from + 1),
    filterText: withAt ? `@${p.handle} ${p.name}` : `${p.handle} ${p.name}`,
    // In an attendance list, the people not listed anywhere yet come first.
    sortText: `${inAttendance && listed.has(p.handle) ? 1 : 0}${p.handle}`,
  }));
}

/** The handles on any attendance list. */
function attendanceHandles(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (const { field } of ATTENDANCE_LISTS) for (const e of a.model.attendance[field]) if (e.handle) out.add(e.handle);
  return out;
}

/**
 * True on a wrapped line of an attendance list, or on a line of white space
 * that is about to become one (the list above ends with a comma; the tree
 * cannot say so yet, since a blank line ends the list).
 */
export function continuesAttendance(ctx: CompletionContext): boolean {
  if (keywordBlockAt(ctx.a, ctx.offset)?.attendance) return true;
  if (ctx.line === 0 || ctx.a.lines.lineText(ctx.line).trim() !== '') return false;
  const above = ctx.a.lines.lineEnd(ctx.line - 1);
  return !!keywordBlockAt(ctx.a, above)?.attendance && /,\s*$/.test(ctx.a.lines.lineText(ctx.line - 1));
}
