/**
 * Where the cross-file rules point in the document they report on: a header
 * key's line, a summary range turned into offsets, and how a meeting of the
 * series is named in a message (its date, and its file when two share one).
 */
import type { Span } from '../syntax/ast';
import type { FileSummary, SummaryRange } from '../series/summary-types';
import type { RuleContext } from './rule';

/** The span of a header key's whole line (`date: 2024-03-12`), or of the header's opening `---`, or of line 1. */
export function headerKeySpan(ctx: RuleContext, key: string): Span {
  const header = ctx.ast.header;
  const entry = header?.entries.find((e) => e.key.text.toLowerCase() === key);
  if (entry) return { start: entry.key.span.start, end: Math.max(entry.value.span.end, entry.key.span.end) };
  if (header) return { start: header.span.start, end: header.span.start + 3 };
  return { start: 0, end: ctx.lines.lineEnd(0) };
}

/** A summary range of the document as offsets of its text. */
export function rangeSpan(ctx: RuleContext, range: SummaryRange): Span {
  return { start: ctx.lines.offsetAt(range.start), end: ctx.lines.offsetAt(range.end) };
}

/** The span of a 0-based line of the document, without its line break. */
export function lineSpan(ctx: RuleContext, line: number): Span {
  return { start: ctx.lines.lineStart(line), end: ctx.lines.lineEnd(line) };
}

/** How a message names a meeting: `the meeting of 2024-03-12 (audit-2024-03-12.minutes)`. */
export function meetingName(m: FileSummary): string {
  return `the meeting of ${m.date ?? 'no date'}${m.time ? ` at ${m.time}` : ''} (${m.file})`;
}
