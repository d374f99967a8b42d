/**
 * Cursor markers, for the core's feature tests and the protocol tests. A
 * fixture marks the cursor with `$0`, or, when it holds no `$0` and exactly
 * one `|`, with that `|` (fixtures with pipe tables must use `$0`). The marker
 * is removed and its offset returned (or, for the protocol tests, its LSP
 * position), so a test reads like the editor state it describes.
 *
 * Sources that start with a newline are dedented first, as rule fixtures are.
 */
import * as assert from 'node:assert/strict';
import type { Position } from 'vscode-languageserver-protocol';
import { analyze, type Analysis, type MinutesConfig } from '../../server/src/core/index';
import { dedent } from './documents';

/** The text without its marker, and the marker's UTF-16 offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const source = dedent(marked);
  const dollar = source.indexOf('$0');
  if (dollar !== -1) {
    assert.equal(source.indexOf('$0', dollar + 2), -1, 'more than one $0 marker in fixture');
    return { text: source.slice(0, dollar) + source.slice(dollar + 2), offset: dollar };
  }
  const bar = source.indexOf('|');
  assert.ok(bar !== -1, 'fixture has no cursor marker ($0 or |)');
  assert.equal(source.indexOf('|', bar + 1), -1, 'fixture has several |: mark the cursor with $0');
  return { text: source.slice(0, bar) + source.slice(bar + 1), offset: bar };
}

/** Analyses a marked fixture: the analysis and the cursor offset. */
export function analyzeAt(marked: string, config?: Partial<MinutesConfig>): { analysis: Analysis; offset: number; text: string } {
  const { text, offset } = cursor(marked);
  return { analysis: analyze(text, config), offset, text };
}

/** The source text under a span, for readable assertions. */
export function textOf(analysis: Analysis, span: { readonly start: number; readonly end: number }): string {
  return analysis.text.slice(span.start, span.end);
}

/** The fixture without its marker, and the marker as an LSP position. */
export function marked(source: string): { text: string; position: Position; offset: number } {
  const { text, offset } = cursor(source);
  return { text, position: positionOf(text, offset), offset };
}

/** A 0-based LSP position of a UTF-16 offset in a text (CRLF-aware). */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
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

/** The text an LSP range covers. */
export function textIn(text: string, range: { start: Position; end: Position }): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}
