/**
 * What the editor says about a motion or an amendment, read from the model
 * (docs/language.md, motions and amendments): what became of it, who moved
 * and seconded it, and which motion or amendment stands at a line. The
 * outline (outline-motions.ts) and hover (hover-motions.ts) both read these,
 * so the two never describe a motion differently.
 */
import type { Analysis } from '../index';
import type { AmendmentModel, ItemModel, MotionModel, VoteModel } from '../model/types';
import type { Block, KeywordBlockNode, Span } from '../syntax/ast';

/**
 * What became of a motion or an amendment: `withdrawn`, else the outcome of
 * the last vote on it that gives one (the vote on the substantive motion
 * comes after the votes on its amendments), else null when no vote says.
 */
export function motionOutcome(m: AmendmentModel, votes: readonly VoteModel[]): string | null {
  if (m.withdrawn) return 'withdrawn';
  for (let i = m.votes.length - 1; i >= 0; i--) {
    const outcome = votes[m.votes[i]]?.outcome;
    if (outcome) return outcome;
  }
  return null;
}

/** `moved by X, seconded by Y`, either part left out when not given; empty when neither is. */
export function movedBy(m: AmendmentModel): string {
  return [m.mover ? `moved by ${m.mover}` : '', m.seconder ? `seconded by ${m.seconder}` : ''].filter(Boolean).join(', ');
}

/** A motion or an amendment of an item, with its 1-based numbers as the model counts them. */
export interface LocatedMotion {
  readonly motion: MotionModel;
  /** 1-based number of the motion within its item. */
  readonly number: number;
  /** The amendment at the line, or null for the motion itself. */
  readonly amendment: AmendmentModel | null;
  /** 1-based number of the amendment within its motion, or null. */
  readonly amendmentNumber: number | null;
}

/** The motion or amendment whose MOTION:/AMENDMENT: keyword is on a 0-based line of the item, or null. */
export function motionAtLine(item: ItemModel, line: number): LocatedMotion | null {
  for (let i = 0; i < item.motions.length; i++) {
    const motion = item.motions[i];
    if (motion.line === line) return { motion, number: i + 1, amendment: null, amendmentNumber: null };
    const k = motion.amendments.findIndex((x) => x.line === line);
    if (k >= 0) return { motion, number: i + 1, amendment: motion.amendments[k], amendmentNumber: k + 1 };
  }
  return null;
}

/** An item's keyword blocks by the 0-based line of their keyword, as the model's `line` fields give it. */
export function blocksByLine(a: Analysis, blocks: readonly Block[]): Map<number, KeywordBlockNode> {
  const out = new Map<number, KeywordBlockNode>();
  for (const b of blocks) if (b.kind === 'keyword') out.set(a.lines.lineAt(b.keywordText.span.start), b);
  return out;
}

/**
 * The stretch of a motion or an amendment: from its keyword to the end of
 * the last vote on it (a motion's taking in its amendments and theirs), or
 * null when its block is not among `blocks`.
 */
export function motionStretch(m: AmendmentModel | MotionModel, votes: readonly VoteModel[], blocks: ReadonlyMap<number, KeywordBlockNode>): Span | null {
  const own = blocks.get(m.line);
  if (!own) return null;
  let span = own.span;
  const widen = (x: AmendmentModel): void => {
    for (const v of x.votes) {
      const vote = votes[v] && blocks.get(votes[v].line);
      if (vote) span = { start: Math.min(span.start, vote.span.start), end: Math.max(span.end, vote.span.end) };
    }
    const block = blocks.get(x.line);
    if (block) span = { start: Math.min(span.start, block.span.start), end: Math.max(span.end, block.span.end) };
  };
  widen(m);
  if ('amendments' in m) for (const am of m.amendments) widen(am);
  return span;
}
