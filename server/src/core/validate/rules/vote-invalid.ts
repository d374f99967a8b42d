/**
 * vote-invalid (error)
 *
 * A VOTE line that cannot be right as printed (docs/language.md#votes):
 * - it has neither counts (`for 7, against 2, abstain 1`) nor the form
 *   `unanimous` or `nem. con.`, so it records nothing;
 *   Counts are read either way round (`for 7` or `7 for`), and `in favour`
 *   and `abstentions` count as `for` and `abstain`;
 * - its counts add up to more than the members listed in PRESENT (checked
 *   only when the minutes have a PRESENT list: officers IN ATTENDANCE do not
 *   vote; one more is allowed for a chair's casting vote);
 * - its outcome contradicts its counts: `carried` with no more votes for than
 *   against, or `lost` with more votes for than against. A tie carried on the
 *   chair's casting vote is allowed when the line says "casting";
 * - it says `unanimous` or `nem. con.` and also records votes against.
 * Wrong vote records are the commonest factual error in published minutes,
 * and the one most often challenged.
 *
 * Bad:  `VOTE: for 3, against 8 — carried`
 * Good: `VOTE: for 8, against 3 — carried`
 */
import { findCount, parseVote } from '../../model/vote';
import type { KeywordBlockNode, Span, TextPiece } from '../../syntax/ast';
import { keywordBlocks } from '../../syntax/walk';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vote-invalid',
  defaultSeverity: 'error',
  description: 'A VOTE with no counts and no `unanimous`/`nem. con.`, counts above the members present, or an outcome the counts contradict.',
  fixable: false,
  check(ctx) {
    const present = ctx.model.attendance.present.length;
    for (const b of keywordBlocks(ctx.ast, 'VOTE')) {
      for (const problem of voteProblems(b, present)) ctx.report(problem);
    }
  },
};

function voteProblems(b: KeywordBlockNode, present: number): { span: Span; message: string }[] {
  const inline = b.inline;
  if (!inline) return [{ span: b.keywordText.span, message: 'This VOTE records nothing: write the counts (`for 7, against 2, abstain 1 — carried`), `unanimous` or `nem. con.`.' }];
  const v = parseVote(inline.text, 0);
  const out: { span: Span; message: string }[] = [];
  const counted = v.for !== null || v.against !== null || v.abstain !== null;
  if (!counted && !v.unanimous && !v.nemCon) {
    out.push({ span: inline.span, message: `This VOTE gives no counts: write \`for 7, against 2, abstain 1 — carried\`, \`unanimous\` or \`nem. con.\` instead of "${inline.text}".` });
    return out;
  }
  const total = (v.for ?? 0) + (v.against ?? 0) + (v.abstain ?? 0);
  const casting = /\bcasting\b/i.test(inline.text);
  // A chair's casting vote is a second vote by one member, and may be counted in.
  if (present > 0 && total > present + (casting ? 1 : 0))
    out.push({ span: inline.span, message: `The votes add up to ${total}, but only ${present} member${present === 1 ? ' is' : 's are'} listed in PRESENT.` });
  const form = v.unanimous ? '`unanimous`' : '`nem. con.`';
  if ((v.unanimous || v.nemCon) && (v.against ?? 0) > 0)
    out.push({ span: countSpan(inline, 'against'), message: `A vote recorded as ${form} cannot have votes against (${v.against}).` });
  if (v.for !== null && v.outcome) {
    const against = v.against ?? 0;
    if (v.outcome === 'carried' && (v.for < against || (v.for === against && !casting)))
      out.push({ span: find(inline, /\bcarried\b/i), message: `The vote is recorded as carried, but ${v.for} for and ${against} against does not carry a motion${v.for === against ? ' (a tie is carried only on the chair\'s casting vote: say so)' : ''}.` });
    if (v.outcome === 'lost' && v.for > against)
      out.push({ span: find(inline, /\b(lost|fell|defeated|not carried)\b/i), message: `The vote is recorded as lost, but ${v.for} for and ${against} against carries a motion.` });
  }
  return out;
}

/** The span of one count as written (`against 2` or `2 against`), or the whole piece. */
function countSpan(piece: TextPiece, which: 'against'): Span {
  const m = findCount(piece.text, which);
  return m ? { start: piece.span.start + m.index, end: piece.span.start + m.index + m.length } : piece.span;
}

/** The span of the first match of `re` in the piece, or the whole piece. */
function find(piece: TextPiece, re: RegExp): Span {
  const m = re.exec(piece.text);
  return m ? { start: piece.span.start + m.index, end: piece.span.start + m.index + m[0].length } : piece.span;
}
