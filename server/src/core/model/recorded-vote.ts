/**
 * A recorded (named) vote in the model (docs/language.md#recorded-votes):
 * the names on the FOR:, AGAINST: and ABSTAIN: lines under a VOTE, each a
 * display name and, for a handle, the handle. A vote written `VOTE: recorded
 * — carried` gives no counts: they are then the number of names on each
 * side. Counts that are written are kept as written, so that vote-invalid
 * can tell the clerk where they and the names disagree.
 */
import type { AttendanceEntryNode, KeywordBlockNode } from '../syntax/ast';
import type { VoteQuestion } from './motions';
import type { NameRef, RecordedVoteModel, VoteModel } from './types';

const RECORDED_WORD = /\brecorded\b/i;

/**
 * The names of a VOTE block, or null for a vote that records none. A vote
 * that says `recorded` and has no name lines is a recorded vote with no
 * names (empty lists), not a counted one, so that the rules can say so.
 */
export function recordedVote(b: KeywordBlockNode, names: ReadonlyMap<string, string>): RecordedVoteModel | null {
  const lines = b.voteLines;
  if (!lines?.length) return b.inline && RECORDED_WORD.test(b.inline.text) ? { for: [], against: [], abstain: [] } : null;
  const out: { for: NameRef[]; against: NameRef[]; abstain: NameRef[] } = { for: [], against: [], abstain: [] };
  for (const line of lines) for (const e of line.names) out[line.side].push(nameRef(e, names));
  return out;
}

function nameRef(e: AttendanceEntryNode, names: ReadonlyMap<string, string>): NameRef {
  return e.handle ? { name: names.get(e.handle.text) ?? e.handle.text, handle: e.handle.text } : { name: e.name.text };
}

/**
 * A VOTE line's reading (vote.ts) completed with what the item knows: the
 * question it decides and its names. When the line gives no count at all
 * (and is not unanimous or nem. con.) and names are recorded, each count is
 * the number of names on its side; otherwise the counts stay as written.
 */
export function completeVote(vote: VoteModel, question: VoteQuestion, recorded: RecordedVoteModel | null, named: boolean): VoteModel {
  const written = vote.for !== null || vote.against !== null || vote.abstain !== null;
  const counted = !!recorded && named && !written && !vote.unanimous && !vote.nemCon;
  return {
    for: counted ? recorded.for.length : vote.for,
    against: counted ? recorded.against.length : vote.against,
    abstain: counted ? recorded.abstain.length : vote.abstain,
    unanimous: vote.unanimous,
    nemCon: vote.nemCon,
    outcome: vote.outcome,
    text: vote.text,
    line: vote.line,
    on: question.on,
    motion: question.motion,
    amendment: question.amendment,
    recorded,
  };
}
