/**
 * Applying edits to a text, as an editor would: the core's edits (offsets)
 * and LSP text edits (ranges), so a test can check the text a clerk would
 * see after a fix, a format or a rename.
 */
import * as assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { offsetOf } from './cursor';

/** Applies non-overlapping edits (offsets of `text`), from the end backwards. */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].end <= sorted[i - 1].start, 'edits overlap');
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Applies LSP text edits (non-overlapping, any order) to a text. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
