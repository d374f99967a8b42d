/**
 * The wording of the v2 proceedings that every export shares (present.ts
 * holds the rest): a motion's or an amendment's head (`Amendment 2`, who
 * moved and seconded it, and its outcome, read from the votes the model
 * attached to it), the label of a vote that decides one, the rows of a
 * recorded vote, the sentence for an arrival or a departure, and the end of
 * the minutes: the closing time and the signature block. Plain text only;
 * each renderer escapes it its own way.
 */
import type { AmendmentModel, AttendanceChangeModel, KeywordContent, MinutesModel, MotionModel, NameRef, RecordedVoteModel, VoteModel } from '../model/types';
import { VOTE_LABELS, type VoteSide } from '../vocabulary';
import { clockTime, isReport, shortDate } from './present';

/** What the renderers know of the item around a block: its motions and votes. */
export interface ProceedingsItem {
  readonly motions: readonly MotionModel[];
  readonly votes: readonly VoteModel[];
}

/** How a motion or an amendment ended. */
export type MotionOutcome = 'carried' | 'lost' | 'withdrawn';

/**
 * The outcome of a motion or amendment: withdrawn when its head line says
 * so, else the outcome of the last vote on it that gives one (for a motion,
 * the vote on it as amended), else null (no vote recorded).
 */
export function motionOutcome(m: Pick<AmendmentModel, 'withdrawn' | 'votes'>, votes: readonly VoteModel[]): MotionOutcome | null {
  if (m.withdrawn) return 'withdrawn';
  for (let i = m.votes.length - 1; i >= 0; i--) {
    const outcome = votes[m.votes[i]]?.outcome;
    if (outcome) return outcome;
  }
  return null;
}

/** `Carried`, `Lost`, `Withdrawn`. */
export function outcomeLabel(outcome: MotionOutcome): string {
  return outcome.charAt(0).toUpperCase() + outcome.slice(1);
}

/** The head of a MOTION or AMENDMENT block, as the exports print it. */
export interface MotionHead {
  /** `Motion`, `Motion 2`, `Amendment`, `Amendment 1`: numbered where the item has more than one. */
  readonly label: string;
  /** `Moved by Councillor Lee, seconded by Councillor Ward`, or null when the head line names neither. */
  readonly moved: string | null;
  readonly outcome: MotionOutcome | null;
}

/** The head of a MOTION or AMENDMENT block in its item. */
export function motionHead(block: KeywordContent, item: ProceedingsItem | undefined): MotionHead {
  const m = block.motion;
  const amendment = block.keyword === 'AMENDMENT';
  const motion = m?.number != null ? item?.motions[m.number - 1] : undefined;
  const own: AmendmentModel | undefined = amendment ? (m?.amendment != null ? motion?.amendments[m.amendment - 1] : undefined) : motion;
  let label: string;
  if (amendment) label = m?.amendment != null && (motion?.amendments.length ?? 0) > 1 ? `Amendment ${m.amendment}` : 'Amendment';
  else label = m?.number != null && (item?.motions.length ?? 0) > 1 ? `Motion ${m.number}` : 'Motion';
  const outcome = own ? motionOutcome(own, item?.votes ?? []) : m?.withdrawn ? 'withdrawn' : null;
  return { label, moved: movedBy(m?.mover ?? own?.mover ?? null, m?.seconder ?? own?.seconder ?? null), outcome };
}

function movedBy(mover: string | null, seconder: string | null): string | null {
  if (mover && seconder) return `Moved by ${mover}, seconded by ${seconder}`;
  if (mover) return `Moved by ${mover}`;
  if (seconder) return `Seconded by ${seconder}`;
  return null;
}

/**
 * The label of a vote: `Vote` for an item's vote, `Vote on the amendment`
 * (`on amendment 2` where its motion has several), `Vote on the motion`
 * (`on motion 2`; `as amended` once an amendment to it was carried).
 */
export function voteLabel(vote: VoteModel, item: ProceedingsItem | undefined): string {
  const motion = vote.motion != null ? item?.motions[vote.motion - 1] : undefined;
  if (vote.on === 'amendment') {
    return vote.amendment != null && (motion?.amendments.length ?? 0) > 1 ? `Vote on amendment ${vote.amendment}` : 'Vote on the amendment';
  }
  if (vote.on === 'motion') {
    const which = vote.motion != null && (item?.motions.length ?? 0) > 1 ? `motion ${vote.motion}` : 'the motion';
    const amended = motion && item ? firstCarriedAmendment(motion, item.votes) < vote.line : false;
    return `Vote on ${which}${amended ? ' as amended' : ''}`;
  }
  return 'Vote';
}

const carriedAt = new WeakMap<MotionModel, number>();

/**
 * The line of a motion's first carried amendment (Infinity when none was),
 * worked out once per motion: a motion voted on after each of thousands of
 * amendments would otherwise look through them all at every vote.
 */
function firstCarriedAmendment(motion: MotionModel, votes: readonly VoteModel[]): number {
  let line = carriedAt.get(motion);
  if (line === undefined) {
    line = Infinity;
    for (const a of motion.amendments) if (a.line < line && motionOutcome(a, votes) === 'carried') line = a.line;
    carriedAt.set(motion, line);
  }
  return line;
}

/** The caption of a recorded vote's names, from its vote's label: `Recorded vote`, `Recorded vote on the amendment`. */
export function recordedCaption(voteLabel: string): string {
  return `Recorded v${voteLabel.slice(1)}`;
}

/** One side of a recorded vote: its label with the count (`For (8)`) and the names. */
export interface RecordedRow {
  readonly side: VoteSide;
  readonly label: string;
  readonly names: readonly string[];
}

/** The printed names of the sides of a recorded vote: the vocabulary's labels (`FOR`) as words (`For`). */
export const VOTE_SIDE_LABELS: Readonly<Record<VoteSide, string>> = Object.fromEntries(
  VOTE_LABELS.map((l) => [l.side, l.label.charAt(0) + l.label.slice(1).toLowerCase()]),
) as Record<VoteSide, string>;

/** The rows of a recorded vote: For and Against always (`None` when nobody), Abstain when anyone abstained. */
export function recordedRows(recorded: RecordedVoteModel, labels: Readonly<Record<VoteSide, string>>): RecordedRow[] {
  const row = (side: VoteSide, names: readonly NameRef[]): RecordedRow => ({ side, label: `${labels[side]} (${names.length})`, names: names.map((n) => n.name) });
  const rows = [row('for', recorded.for), row('against', recorded.against)];
  if (recorded.abstain.length) rows.push(row('abstain', recorded.abstain));
  return rows;
}

/** `Councillor Quayle arrived`, `… left the meeting`, `… returned to the meeting`; the note follows in brackets. */
export function changeSentence(change: AttendanceChangeModel): { readonly text: string; readonly note: string | null } {
  const verb = change.kind === 'arrived' ? 'arrived' : change.kind === 'left' ? 'left the meeting' : 'returned to the meeting';
  return { text: `${change.name} ${verb}`, note: change.note };
}

/** What a minutes export ends with (nothing for a report). */
export interface MeetingEnd {
  /** `The meeting closed at 4.25 pm.` when CLOSED: gives the time. */
  readonly closed: string | null;
  /** While `status: draft`: the lines to sign, `Chair ________ Date ________`. */
  readonly sign: { readonly chair: string; readonly date: string; readonly line: string } | null;
  /** Once `status: approved`: `Confirmed as a correct record at the meeting of 12 March 2024.` */
  readonly confirmed: string | null;
}

/** The blank a chair signs on (and dates), as printed minutes leave it. */
export const SIGNATURE_BLANK = '________';

/**
 * The end of the minutes, or null when there is nothing to print. The
 * closing time is printed on the 12-hour clock as UK minutes print it, the
 * way the header's time is: `16:25` as `4.25 pm`, `12:00` as `12 noon`,
 * `00:00` as `12 midnight`; a time that cannot be read is printed as
 * written. Draft minutes end with the lines for the chair to sign and date;
 * approved ones are confirmed, with the date of `approved-on` when it is
 * given. Minutes with no status have neither (they are not yet one or the
 * other), and a report (`type: report`) ends as it is written.
 */
export function meetingEnd(model: Pick<MinutesModel, 'meta'>): MeetingEnd | null {
  if (isReport(model)) return null;
  const time = typeof model.meta.closed === 'string' ? model.meta.closed.trim() : '';
  const closed = time ? `The meeting closed at ${clockTime(time)}.` : null;
  const status = String(model.meta.status ?? '').trim().toLowerCase();
  if (status === 'approved') {
    const on = typeof model.meta.approvedOn === 'string' ? model.meta.approvedOn.trim() : '';
    const confirmed = on ? `Confirmed as a correct record at the meeting of ${shortDate(on)}.` : 'Confirmed as a correct record.';
    return { closed, sign: null, confirmed };
  }
  if (status === 'draft') return { closed, sign: { chair: 'Chair', date: 'Date', line: `Chair ${SIGNATURE_BLANK} Date ${SIGNATURE_BLANK}` }, confirmed: null };
  return closed ? { closed, sign: null, confirmed: null } : null;
}
