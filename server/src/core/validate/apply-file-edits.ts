/**
 * Applying the edits a cross-file fix makes to another file of the series
 * (`Fix.fileEdits`, in 0-based line and column positions of the text that
 * file's summary was made from). The caller holds that text and checks it is
 * still the text the summary was made from; here the positions are turned
 * into offsets and the edits applied together, from the end backwards. Edits
 * that overlap, or point outside the text, are refused whole. Pure.
 */
import { LineIndex } from '../text/line-index';
import type { FileEdit } from './rule';

/** The text with the edits applied, or null when they overlap or do not fit the text. */
export function applyFileEdits(text: string, edits: readonly FileEdit[]): string | null {
  const lines = new LineIndex(text);
  const lineCount = lines.lineAt(text.length) + 1;
  const spans: { start: number; end: number; newText: string }[] = [];
  for (const e of edits) {
    const { start, end } = e.range;
    if (start.line < 0 || end.line >= lineCount || start.line > end.line) return null;
    if (start.character > lines.lineText(start.line).length || end.character > lines.lineText(end.line).length) return null;
    const from = lines.offsetAt(start);
    const to = lines.offsetAt(end);
    if (to < from) return null;
    spans.push({ start: from, end: to, newText: e.newText });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].end) return null;
  let out = text;
  for (const s of [...spans].reverse()) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}
