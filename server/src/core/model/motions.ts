/**
 * An item's motions and amendments, and which question each of its votes
 * decides (docs/language.md#motions-and-amendments).
 *
 * The item's blocks are followed in order. A MOTION opens the item's next
 * motion; an AMENDMENT belongs to the item's last motion before it (an
 * amendment with no motion before it is left out of the model, and the
 * amendment-motion rule reports it: see `unattachedAmendments`). Motions
 * are numbered in order within their item, and so are amendments, across
 * the item's motions. A VOTE with only blank lines between it and the block
 * before decides: the motion or amendment whose body is right before it; or,
 * right after the vote on an amendment, that amendment's motion (the
 * substantive motion, as amended). Any other vote is the item's, as in v1.
 */
import type { AttendanceEntryNode, Block, ItemNode, KeywordBlockNode } from '../syntax/ast';
import type { AmendmentModel, KeywordMotion, MotionModel, VoteOn } from './types';

/** What a VOTE decides, as the vote's model records it. */
export interface VoteQuestion {
  readonly on: VoteOn;
  readonly motion: number | null;
  readonly amendment: number | null;
}

/** The question of a vote that decides no motion: the item's. */
export const ITEM_VOTE: VoteQuestion = { on: null, motion: null, amendment: null };

type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };
type OpenAmendment = Writable<AmendmentModel> & { number: number };
type OpenMotion = Omit<Writable<MotionModel>, 'amendments'> & { number: number; amendments: OpenAmendment[] };

/** What the block just read was, as far as the next VOTE is concerned. */
type Previous =
  | { readonly kind: 'motion'; readonly motion: OpenMotion }
  | { readonly kind: 'amendment'; readonly motion: OpenMotion; readonly amendment: OpenAmendment }
  | { readonly kind: 'amendment-vote'; readonly motion: OpenMotion }
  | null;

/**
 * Reads one item's motions while its blocks are read in order: `block` for
 * every block (the reader forgets what came before anything but a MOTION,
 * an AMENDMENT or a VOTE), then `motion`, `amendment` or `vote` for those.
 */
export class MotionReader {
  private readonly open: OpenMotion[] = [];
  private amendments = 0;
  private previous: Previous = null;

  /** `names` gives a handle's display name (PEOPLE); `lineOf` the 0-based line of an offset. */
  constructor(
    private readonly names: ReadonlyMap<string, string>,
    private readonly lineOf: (offset: number) => number,
  ) {}

  /** Any block other than a MOTION, AMENDMENT or VOTE: the next vote is no longer on a motion. */
  other(): void {
    this.previous = null;
  }

  /** A MOTION block with its text; what a renderer prints with it. */
  motion(b: KeywordBlockNode, text: string): KeywordMotion {
    const m: OpenMotion = { ...this.fields(b, text), number: this.open.length + 1, amendments: [] };
    this.open.push(m);
    // Nothing is put on a withdrawn motion: a vote right after it is the item's.
    this.previous = m.withdrawn ? null : { kind: 'motion', motion: m };
    return { number: m.number, amendment: null, mover: m.mover, seconder: m.seconder, withdrawn: m.withdrawn };
  }

  /** An AMENDMENT block with its text: attached to the item's last motion, or to none. */
  amendment(b: KeywordBlockNode, text: string): KeywordMotion {
    const fields = this.fields(b, text);
    const motion = this.open[this.open.length - 1];
    if (!motion) {
      this.previous = null;
      return { number: null, amendment: null, mover: fields.mover, seconder: fields.seconder, withdrawn: fields.withdrawn };
    }
    const a: OpenAmendment = { ...fields, number: ++this.amendments };
    motion.amendments.push(a);
    // A withdrawn amendment is never put (the brief: withdrawn before the vote), so a
    // vote right after it decides its motion, as one after an amendment's vote does.
    this.previous = a.withdrawn ? { kind: 'amendment-vote', motion } : { kind: 'amendment', motion, amendment: a };
    return { number: motion.number, amendment: a.number, mover: a.mover, seconder: a.seconder, withdrawn: a.withdrawn };
  }

  /** A MOTION or AMENDMENT outside any item (before the first): described, numbered in no item. */
  loose(b: KeywordBlockNode, text: string): KeywordMotion {
    const f = this.fields(b, text);
    return { number: null, amendment: null, mover: f.mover, seconder: f.seconder, withdrawn: f.withdrawn };
  }

  /** A VOTE, the item's vote number `index` (0-based): what it decides. */
  vote(index: number): VoteQuestion {
    const p = this.previous;
    if (!p) return ITEM_VOTE;
    if (p.kind === 'amendment') {
      p.amendment.votes.push(index);
      this.previous = { kind: 'amendment-vote', motion: p.motion };
      return { on: 'amendment', motion: p.motion.number, amendment: p.amendment.number };
    }
    p.motion.votes.push(index);
    // A second vote right after the vote on a motion is the item's again.
    this.previous = null;
    return { on: 'motion', motion: p.motion.number, amendment: null };
  }

  /** The item's motions, each with its amendments, as the model keeps them. */
  motions(): MotionModel[] {
    return this.open.map((m) => ({
      text: m.text,
      mover: m.mover,
      seconder: m.seconder,
      moverHandle: m.moverHandle,
      seconderHandle: m.seconderHandle,
      withdrawn: m.withdrawn,
      votes: m.votes,
      line: m.line,
      amendments: m.amendments.map((a) => ({
        text: a.text,
        mover: a.mover,
        seconder: a.seconder,
        moverHandle: a.moverHandle,
        seconderHandle: a.seconderHandle,
        withdrawn: a.withdrawn,
        votes: a.votes,
        line: a.line,
      })),
    }));
  }

  private fields(b: KeywordBlockNode, text: string): Writable<AmendmentModel> {
    const head = b.motion;
    return {
      text,
      mover: this.displayName(head?.mover ?? null),
      seconder: this.displayName(head?.seconder ?? null),
      moverHandle: head?.mover?.handle?.text ?? null,
      seconderHandle: head?.seconder?.handle?.text ?? null,
      withdrawn: !!head?.withdrawn,
      votes: [],
      line: this.lineOf(b.span.start),
    };
  }

  private displayName(e: AttendanceEntryNode | null): string | null {
    if (!e) return null;
    return e.handle ? (this.names.get(e.handle.text) ?? e.handle.text) : e.name.text;
  }
}

/**
 * The AMENDMENT blocks of an item (its own blocks, not its sub-items') that
 * have no MOTION before them in the item, which the model leaves out: what
 * the amendment-motion rule reports.
 */
export function unattachedAmendments(item: Pick<ItemNode, 'blocks'>): KeywordBlockNode[] {
  const out: KeywordBlockNode[] = [];
  for (const b of item.blocks as readonly Block[]) {
    if (b.kind !== 'keyword') continue;
    if (b.keyword === 'MOTION') return out;
    if (b.keyword === 'AMENDMENT') out.push(b);
  }
  return out;
}
