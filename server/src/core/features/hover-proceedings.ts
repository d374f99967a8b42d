/**
 * Hover on a meeting's proceedings (docs/language.md, motions and recorded
 * votes), read from the model:
 *
 * - on a MOTION or AMENDMENT keyword line: its number (an amendment's with
 *   its motion's), the item, who moved and seconded it, a motion's
 *   amendments with what became of each, and its outcome with the counts of
 *   the vote that decided it;
 * - on a VOTE keyword line or the label of a FOR, AGAINST or ABSTAIN line:
 *   which question it decides, the counts and outcome, the names on each
 *   side of a recorded vote, and the members present who are not named;
 * - on the keyword of an ARRIVED, LEFT or RETURNED line: how many members
 *   are present from there on, against the quorum.
 */
import type { Analysis } from '../index';
import { presenceOf } from '../model/presence';
import type { AmendmentModel, ItemModel, NameRef, VoteModel } from '../model/types';
import type { KeywordBlockNode, Span } from '../syntax/ast';
import { itemAt, itemLabel, keywordBlockAt, touches } from './locate';
import { motionAtLine, motionOutcome, movedBy } from './motions';

/** The hover of the motion, amendment or vote under the cursor, or null. */
export function proceedingHover(a: Analysis, offset: number): { text: string; span: Span } | null {
  const block = keywordBlockAt(a, offset);
  if (block?.changes && touches(block.keywordText.span, offset)) return { text: presentFromHere(a, block), span: block.keywordText.span };
  const item = itemAt(a, offset);
  if (!block || !item) return null;
  const line = a.lines.lineAt(block.keywordText.span.start);
  const headLine = { start: block.keywordText.span.start, end: a.lines.lineEnd(line) };
  if (block.motion && touches(headLine, offset)) {
    const text = motionHover(item.model, line);
    return text ? { text, span: headLine } : null;
  }
  if (block.keyword !== 'VOTE') return null;
  const label = block.voteLines?.find((l) => touches(l.label.span, offset));
  if (!label && !touches(headLine, offset)) return null;
  const vote = item.model.votes.find((v) => v.line === line);
  return vote ? { text: voteHover(a, item.model, vote, block), span: label ? label.label.span : headLine } : null;
}

/** A motion or an amendment: its number, movers, amendments and outcome. */
function motionHover(item: ItemModel, line: number): string | null {
  const found = motionAtLine(item, line);
  if (!found) return null;
  const { motion, number, amendment, amendmentNumber } = found;
  const m = amendment ?? motion;
  const title = amendment ? `**Amendment ${amendmentNumber}** to motion ${number}` : `**Motion ${number}**`;
  const lines = [`${title} of item ${itemLabel(item)}`];
  const by = movedBy(m);
  lines.push(by ? by.charAt(0).toUpperCase() + by.slice(1) : 'No mover or seconder named');
  if (!amendment && motion.amendments.length) {
    const each = motion.amendments.map((x, i) => `${i + 1} (${motionOutcome(x, item.votes) ?? 'no vote recorded'})`);
    lines.push(`${motion.amendments.length === 1 ? 'Amendment' : 'Amendments'}: ${each.join(', ')}`);
  }
  lines.push(outcomeLine(m, item.votes));
  return lines.join('\n\n');
}

function outcomeLine(m: AmendmentModel, votes: readonly VoteModel[]): string {
  if (m.withdrawn) return 'Outcome: **withdrawn** before the vote';
  const decided = [...m.votes].reverse().map((i) => votes[i]).find((v) => v?.outcome);
  if (!decided) return m.votes.length ? 'Outcome: not given by its vote' : 'No vote recorded on it';
  const counts = countsOf(decided);
  return `Outcome: **${decided.outcome}**${counts ? ` — ${counts}` : ''}`;
}

/** `for 40, against 3, abstain 2`, `unanimous` or `nem. con.`; empty when the vote gives none. */
function countsOf(v: VoteModel): string {
  const parts = [v.for !== null ? `for ${v.for}` : '', v.against !== null ? `against ${v.against}` : '', v.abstain !== null ? `abstain ${v.abstain}` : ''].filter(Boolean);
  if (parts.length) return parts.join(', ');
  return v.unanimous ? 'unanimous' : v.nemCon ? 'nem. con.' : '';
}

/** What a vote decides, its counts and outcome, and a recorded vote's names. */
function voteHover(a: Analysis, item: ItemModel, vote: VoteModel, block: KeywordBlockNode): string {
  const on =
    vote.on === 'amendment' ? `amendment ${vote.amendment} to motion ${vote.motion}` : vote.on === 'motion' ? `motion ${vote.motion}${amended(item, vote) ? ' (as amended)' : ''}` : `item ${itemLabel(item)}`;
  const lines = [`**Vote** on ${on}`];
  const counts = countsOf(vote);
  lines.push([counts.charAt(0).toUpperCase() + counts.slice(1), vote.outcome ? `**${vote.outcome}**` : 'no outcome given'].filter(Boolean).join(' — '));
  const r = vote.recorded;
  if (r) {
    const side = (label: string, names: readonly NameRef[]): string => `${label} (${names.length}): ${names.length ? names.map((n) => n.name).join(', ') : 'none'}`;
    lines.push(side('For', r.for), side('Against', r.against), side('Abstain', r.abstain));
    const presence = presenceOf(a);
    const named = new Set([...r.for, ...r.against, ...r.abstain].map((n) => presence.keyOf(n)));
    const silent = presence.at(a.lines.lineAt(block.keywordText.span.start)).filter((n) => !named.has(presence.keyOf(n)));
    if (silent.length) lines.push(`Present and not named: ${silent.map((n) => n.name).join(', ')}`);
  }
  return lines.join('\n\n');
}

/** True when a vote on a motion decides it as amended: an amendment to it was carried. */
function amended(item: ItemModel, vote: VoteModel): boolean {
  const motion = vote.motion !== null ? item.motions[vote.motion - 1] : undefined;
  return !!motion && motion.amendments.some((am) => motionOutcome(am, item.votes) === 'carried');
}

/** The members present after an arrival or departure, and the quorum they are held to. */
function presentFromHere(a: Analysis, block: KeywordBlockNode): string {
  const line = a.lines.lineAt(block.keywordText.span.start);
  // At the next line, the change on this one has taken effect.
  const members = presenceOf(a).at(line + 1).length;
  const quorum = Number(a.model.meta.quorum);
  const against = Number.isInteger(quorum) && quorum > 0 ? ` (quorum ${quorum}${members < quorum ? ', **not met**' : ''})` : '';
  return `${members} ${members === 1 ? 'member' : 'members'} present from here${against}`;
}
