/**
 * Cursor markers for feature tests. A fixture marks the cursor with `$0`, or,
 * when it holds no `$0` and exactly one `|`, with that `|` (fixtures with pipe
 * tables must use `$0`). The marker is removed and its offset returned, so a
 * test reads like the editor state it describes.
 *
 * Sources that start with a newline are dedented first, as rule fixtures are.
 */
import * as assert from 'node:assert/strict';
import { analyze, type Analysis, type MinutesConfig } from '../../../server/src/core/index';
import { dedent } from '../rules/check';

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

/** Applies non-overlapping edits (offsets of `text`), from the end backwards. */
export function applyEdits(text: string, edits: readonly { start: number; end: number; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].end <= sorted[i - 1].start, 'edits overlap');
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
