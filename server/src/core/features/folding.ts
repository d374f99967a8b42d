/**
 * Folding ranges: the header, each keyword block that runs over several lines
 * (PEOPLE, wrapped attendance lists, RESOLVED with its list, RISKS with its
 * table, a VOTE with its recorded FOR/AGAINST/ABSTAIN lines), a recorded
 * vote's line that wraps, a motion with its amendments and the votes on
 * them, an amendment with its vote, agenda items and sub-items, lists, list
 * entries, tables, paragraphs of several lines and runs of `//` comments. A range folds from its first
 * line to its last non-blank line, so a folded item keeps the blank line
 * before the next heading in view. The body of a keyword block folds with
 * the block unless the body holds several blocks.
 *
 * Signature:
 *   foldingRanges(analysis: Analysis): FoldingRange[]
 * Lines are 0-based; a range is only given when it spans two lines or more,
 * and no two ranges start on the same line (the outer one is kept, as
 * editors show one fold per line).
 */
import type { Analysis } from '../index';
import type { Block, ItemNode, Span } from '../syntax/ast';
import type { ItemModel } from '../model/types';
import { blocksByLine, motionStretch } from './motions';

/** A foldable region in 0-based lines; `kind` is set for comment runs only. */
export interface FoldingRange {
  readonly startLine: number;
  readonly endLine: number;
  readonly kind?: 'comment';
}

/** Every folding range of the document, ordered by start line. */
export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const spans: { span: Span; kind?: 'comment' }[] = [];
  const { ast } = analysis;
  if (ast.header) spans.push({ span: ast.header.span });
  ast.preamble.forEach((b) => addBlock(b, spans));
  // The tree and the model walked side by side, so each item finds its motions at once.
  const addItem = (it: ItemNode, model: ItemModel | undefined): void => {
    spans.push({ span: it.span });
    it.blocks.forEach((b) => addBlock(b, spans));
    if (model?.motions.length) motionSpans(analysis, it, model, spans);
    it.children.forEach((child, i) => addItem(child, model?.items[i]));
  };
  ast.items.forEach((it, i) => addItem(it, analysis.model.items[i]));
  for (const run of commentRuns(analysis)) spans.push({ span: run, kind: 'comment' });
  return toRanges(analysis, spans);
}

function addBlock(b: Block, out: { span: Span }[]): void {
  if (b.kind === 'comment') return; // comments fold as runs, see commentRuns
  out.push({ span: b.span });
  if (b.kind === 'list') for (const e of b.entries) out.push({ span: e.span });
  if (b.kind !== 'keyword') return;
  for (const l of b.voteLines ?? []) out.push({ span: l.span });
  // A lone body block folds the same lines as its keyword block; only its parts are added.
  if (b.body.length === 1) b.body.forEach((x) => x.kind === 'list' && x.entries.forEach((e) => out.push({ span: e.span })));
  else b.body.forEach((x) => addBlock(x, out));
}

/**
 * Each motion of the item from its keyword to the last vote on it or on its
 * amendments, and each amendment with the votes on it. A motion's own block
 * starts on the same line; the wider range is kept (toRanges).
 */
function motionSpans(analysis: Analysis, it: ItemNode, model: ItemModel, out: { span: Span }[]): void {
  const blocks = blocksByLine(analysis, it.blocks);
  for (const m of model.motions) {
    for (const x of [m, ...m.amendments]) {
      const span = motionStretch(x, model.votes, blocks);
      if (span) out.push({ span });
    }
  }
}

/** Consecutive `//` lines, merged into one span per run. */
function commentRuns(analysis: Analysis): Span[] {
  const runs: Span[] = [];
  let last = -2;
  for (const c of analysis.ast.comments) {
    const line = analysis.lines.positionAt(c.span.start).line;
    if (line === last + 1 && runs.length) runs[runs.length - 1] = { start: runs[runs.length - 1].start, end: c.span.end };
    else runs.push(c.span);
    last = line;
  }
  return runs;
}

function toRanges(analysis: Analysis, spans: readonly { span: Span; kind?: 'comment' }[]): FoldingRange[] {
  const byStart = new Map<number, FoldingRange>();
  for (const { span, kind } of spans) {
    const startLine = analysis.lines.positionAt(span.start).line;
    const endLine = lastTextLine(analysis, startLine, analysis.lines.positionAt(span.end).line);
    if (endLine <= startLine) continue;
    const previous = byStart.get(startLine);
    if (previous && previous.endLine >= endLine) continue;
    byStart.set(startLine, kind ? { startLine, endLine, kind } : { startLine, endLine });
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** The last line at or before `endLine` (and after `startLine`) that is not blank. */
function lastTextLine(analysis: Analysis, startLine: number, endLine: number): number {
  let line = endLine;
  while (line > startLine && analysis.lines.lineText(line).trim() === '') line--;
  return line;
}
