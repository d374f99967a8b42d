/**
 * The outline's motions: each MOTION of an item as a node named by its
 * number and text, with its outcome and who moved and seconded it, holding
 * its amendments (each with its own outcome) and the votes on it. A motion's
 * node spans its own block, its amendments' and the votes on them, so the
 * item's flat run of symbols is nested by what lies inside what
 * (`nestUnderMotions`): the vote on an amendment falls under the amendment,
 * the vote on the motion as amended under the motion.
 *
 * Which blocks are a motion's comes from the model (`motions[].line`,
 * `votes[]`, 0-based); the spans from the tree.
 */
import type { AmendmentModel, MotionModel, VoteModel } from '../model/types';
import type { KeywordBlockNode, Span } from '../syntax/ast';
import type { OutlineKind, OutlineSymbol } from './outline-symbol';
import { clip, type LocatedItem } from './locate';
import { motionOutcome, motionStretch, movedBy } from './motions';

/** The item's motions and amendments, not yet nested: each spans its blocks and the votes on it. */
export function motionSymbols(it: LocatedItem, blocks: ReadonlyMap<number, KeywordBlockNode>): OutlineSymbol[] {
  const votes = it.model.votes;
  const out: OutlineSymbol[] = [];
  it.model.motions.forEach((motion, i) => {
    const own = motionSymbol(motion, 'motion', `Motion ${i + 1}`, votes, blocks);
    if (!own) return;
    out.push(own);
    motion.amendments.forEach((am, k) => {
      const symbol = motionSymbol(am, 'amendment', `Amendment ${k + 1}`, votes, blocks);
      if (symbol) out.push(symbol);
    });
  });
  return out;
}

function motionSymbol(m: AmendmentModel | MotionModel, kind: OutlineKind, label: string, votes: readonly VoteModel[], blocks: ReadonlyMap<number, KeywordBlockNode>): OutlineSymbol | null {
  const block = blocks.get(m.line);
  const span = motionStretch(m, votes, blocks);
  if (!block || !span) return null;
  const detail = [motionOutcome(m, votes) ?? 'no vote recorded', movedBy(m)].filter(Boolean).join(' — ');
  const text = m.text.trim();
  return { name: clip(text ? `${label}: ${text}` : label), detail, kind, span, selection: block.keywordText.span, children: [] };
}

const CONTAINERS: ReadonlySet<OutlineKind> = new Set<OutlineKind>(['motion', 'amendment']);

interface Node {
  readonly symbol: OutlineSymbol;
  readonly children: Node[];
}

/**
 * An item's symbols in reading order, each that lies inside a motion or an
 * amendment placed under it. One pass over the symbols sorted by start (the
 * wider first), with a stack of the open motions: an item of thousands of
 * amendments and votes is nested in linear time.
 */
export function nestUnderMotions(symbols: readonly OutlineSymbol[]): OutlineSymbol[] {
  const sorted = [...symbols].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
  const roots: Node[] = [];
  const open: Node[] = [];
  for (const symbol of sorted) {
    while (open.length && !inside(symbol.span, open[open.length - 1].symbol.span)) open.pop();
    const node: Node = { symbol, children: [] };
    (open.length ? open[open.length - 1].children : roots).push(node);
    if (CONTAINERS.has(symbol.kind)) open.push(node);
  }
  return roots.map(build);
}

function inside(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function build(node: Node): OutlineSymbol {
  if (!node.children.length) return node.symbol;
  return { ...node.symbol, children: [...node.symbol.children, ...node.children.map(build)] };
}
