/**
 * Applying the fixes of diagnostics to a text, for the CLI's `--fix` and the
 * server's fix-all. A fix is applied whole or not at all: when any of its
 * edits overlaps an edit of a fix already taken, the whole fix is skipped
 * (a second run of the linter offers it again on the new text). Fixes are
 * taken in source order, then their edits applied from the end of the text
 * backwards, so that every offset still points where the rule meant.
 * Pure: no IO, and the diagnostics are not changed.
 */
import type { MinutesDiagnostic, TextEdit } from './rule';

export interface FixResult {
  /** The text with every applied fix. */
  readonly text: string;
  /** The diagnostics whose fixes were applied. */
  readonly applied: readonly MinutesDiagnostic[];
  /** The diagnostics whose fixes overlapped one already taken, or had invalid offsets. */
  readonly skipped: readonly MinutesDiagnostic[];
}

/**
 * Applies the non-overlapping fixes among `diagnostics` to `text`.
 * Diagnostics without a fix are neither applied nor skipped.
 */
export function applyFixes(text: string, diagnostics: readonly MinutesDiagnostic[]): FixResult {
  const withFix = diagnostics.filter((d) => d.fix && d.fix.edits.length);
  const ordered = [...withFix].sort((a, b) => firstStart(a) - firstStart(b));
  const taken: TextEdit[] = []; // sorted by start, pairwise non-overlapping
  const applied: MinutesDiagnostic[] = [];
  const skipped: MinutesDiagnostic[] = [];
  for (const d of ordered) {
    const edits = d.fix!.edits;
    const valid = edits.every((e) => e.start >= 0 && e.start <= e.end && e.end <= text.length);
    if (!valid || selfOverlaps(edits) || edits.some((e) => overlapsTaken(e, taken))) {
      skipped.push(d);
      continue;
    }
    for (const e of edits) taken.splice(upperBound(taken, e.start), 0, e);
    applied.push(d);
  }
  // Rebuilt front to back in one pass: slicing the whole text once per edit was quadratic.
  const parts: string[] = [];
  let at = 0;
  for (const e of [...taken].sort((a, b) => a.start - b.start || a.end - b.end)) {
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied, skipped };
}

/**
 * Whether `e` overlaps an edit already taken. The taken edits do not overlap
 * one another, so only the last group starting before `e` and those starting
 * inside it can: found by binary search rather than by comparing with every
 * taken edit (which made thousands of fixes quadratic).
 */
function overlapsTaken(e: TextEdit, taken: readonly TextEdit[]): boolean {
  let i = lowerBound(taken, e.start);
  const before = i > 0 ? taken[i - 1].start : e.start;
  while (i > 0 && taken[i - 1].start === before) i--;
  for (; i < taken.length && taken[i].start <= e.end; i++) if (overlaps(e, taken[i])) return true;
  return false;
}

/** The first index whose edit starts at or after `start`. */
function lowerBound(edits: readonly TextEdit[], start: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose edit starts after `start`. */
function upperBound(edits: readonly TextEdit[], start: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstStart(d: MinutesDiagnostic): number {
  return d.fix!.edits.reduce((min, e) => Math.min(min, e.start), Infinity);
}

/**
 * Two edits overlap when they replace a common character, or when both
 * insert at the same offset (their order would be a guess). An insertion at
 * the very end or start of a replaced range touches it but does not overlap.
 */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function selfOverlaps(edits: readonly TextEdit[]): boolean {
  return edits.some((a, i) => edits.some((b, j) => j > i && overlaps(a, b)));
}
