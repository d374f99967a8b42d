/**
 * Cursor markers and edits for the protocol tests. A fixture marks the
 * cursor with `$0` (or a lone `|` when it holds no table), as the core's
 * feature tests do (test/unit/features/cursor.ts); here the marker becomes
 * an LSP position. Edits that come back from the server are applied to the
 * text by their LSP ranges, so a test can check the text a clerk would see.
 */
import * as assert from 'node:assert/strict';
import type { Position, TextEdit } from 'vscode-languageserver-protocol';
import { cursor } from '../unit/features/cursor';
import { positionOf } from './client';

/** The fixture without its marker, and the marker as an LSP position. */
export function marked(source: string): { text: string; position: Position; offset: number } {
  const { text, offset } = cursor(source);
  return { text, position: positionOf(text, offset), offset };
}

/** The UTF-16 offset of an LSP position (lines end at "\n"; a "\r" before it is part of the break). */
export function offsetOf(text: string, p: Position): number {
  let start = 0;
  for (let l = 0; l < p.line; l++) {
    const nl = text.indexOf('\n', start);
    assert.ok(nl !== -1, `line ${p.line} is past the end of the text`);
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  if (end > start && text[end - 1] === '\r') end--;
  return Math.min(start + p.character, end);
}

/** Applies LSP text edits (non-overlapping, any order) to a text. */
export function applyLspEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetOf(text, e.range.start), end: offsetOf(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The text a range covers. */
export function textIn(text: string, range: { start: Position; end: Position }): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}
