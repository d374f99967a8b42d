/**
 * vote-invalid (error)
 *
 * A VOTE line that cannot be right as printed (docs/language.md#votes):
 * - it has neither counts (`for 7, against 2, abstain 1`) nor the form
 *   `unanimous` or `nem. con.`, so it records nothing;
 *   Counts are read either way round (`for 7` or `7 for`), and `in favour`
 *   and `abstentions` count as `for` and `abstain`;
 * - its counts add up to more than the members present at the vote
 *   (checked only when the minutes have a PRESENT list: officers IN
 *   ATTENDANCE do not vote; one more is allowed for a chair's casting vote);
 * - its outcome contradicts its counts: `carried` with no more votes for than
 *   against, or `lost` with more votes for than against. A tie carried on the
 *   chair's casting vote is allowed when the line says "casting";
 * - it says `unanimous` or `nem. con.` and also records votes against.
 * - a recorded vote (FOR:, AGAINST: and ABSTAIN: lines indented under
 *   it, docs/language.md#recorded-votes) whose counts, where given, are
 *   not the numbers of names on each side (on the count), that says
 *   `recorded` and names nobody, or whose outcome contradicts its names
 *   when the counts are left out (`VOTE: recorded — carried`);
 * - a member named twice in one recorded vote, and a voter who is not
 *   present as a member when the vote is taken: not in PRESENT, gone by a
 *   LEFT: line before it, sent apologies, or IN ATTENDANCE (reported on
 *   the line naming them; checked when the minutes have a PRESENT list);
 * - a FOR:, AGAINST: or ABSTAIN: line at the margin, which is narrative
 *   rather than part of its vote: indent it under its vote. When it comes
 *   straight after the VOTE and the paragraph holds only such lines, the
 *   fix indents them.
 * The members present are those of PRESENT changed by the ARRIVED:,
 * LEFT: and RETURNED: lines before the vote (docs/language.md#arrivals-and-departures).
 * An undeclared @handle among the names is person-unknown's to report.
 * Wrong vote records are the commonest factual error in published minutes,
 * and the one most often challenged.
 *
 * Bad:  `VOTE: for 3, against 8 — carried`, `VOTE: for 3, against 1 — carried` / `  FOR: @ali, @benn` / `  AGAINST: @cole`
 * Good: `VOTE: for 8, against 3 — carried`, `VOTE: for 2, against 1 — carried` / `  FOR: @ali, @benn` / `  AGAINST: @cole`
 */
import { presenceOf, PresenceTracker } from '../../model/presence';
import { findCount, parseVote, type VoteCount } from '../../model/vote';
import type { KeywordBlockNode, Span, TextPiece } from '../../syntax/ast';
import { flattenItems, keywordBlocks } from '../../syntax/walk';
import { changesByPerson, strayVoteLines, voterProblems } from '../recorded-votes';
import type { Rule, RuleContext, RuleReport } from '../rule';

export const rule: Rule = {
  id: 'vote-invalid',
  defaultSeverity: 'error',
  description:
    'A VOTE with no counts and no `unanimous`/`nem. con.`, counts above the members present or unlike the names recorded, an outcome the counts contradict, a voter named twice or not present, or a FOR:/AGAINST:/ABSTAIN: line not under a VOTE.',
  fixable: true,
  check(ctx) {
    const listed = ctx.model.attendance.present.length > 0;
    const presence = presenceOf(ctx);
    const changesOf = changesByPerson(presence);
    const presentAt = presentCounter(ctx, presence.changes);
    const firstChange = presence.changes.length ? presence.changes[0].line : Infinity;
    for (const b of keywordBlocks(ctx.ast, 'VOTE')) {
      const line = ctx.lines.lineAt(b.span.start);
      for (const problem of voteProblems(b, listed ? presentAt(line) : 0, firstChange < line)) ctx.report(problem);
      if (b.voteLines?.length) for (const problem of voterProblems(b, line, presence, changesOf, ctx.model, ctx.lines, listed)) ctx.report(problem);
    }
    for (const blocks of [ctx.ast.preamble, ...flattenItems(ctx.ast.items).map((i) => i.blocks)])
      for (const problem of strayVoteLines(blocks, ctx.lines)) ctx.report(problem);
  },
};

/**
 * The number of members present at a line, for lines asked in ascending
 * order (the votes in source order): one replay of the changes for all of them.
 */
function presentCounter(ctx: RuleContext, changes: ReturnType<typeof presenceOf>['changes']): (line: number) => number {
  const tracker = new PresenceTracker(ctx.model.attendance, ctx.model.people);
  let next = 0;
  // Before any change, the PRESENT list as written counts (as it always did), a name also under APOLOGIES included.
  let count = ctx.model.attendance.present.length;
  return (line) => {
    if (next < changes.length && changes[next].line < line) {
      while (next < changes.length && changes[next].line < line) tracker.apply(changes[next++]);
      count = tracker.members().length;
    }
    return count;
  };
}

const SIDES: readonly VoteCount[] = ['for', 'against', 'abstain'];
const LABELS: Readonly<Record<VoteCount, string>> = { for: 'FOR', against: 'AGAINST', abstain: 'ABSTAIN' };

function voteProblems(b: KeywordBlockNode, present: number, moved: boolean): RuleReport[] {
  const inline = b.inline;
  const lines = b.voteLines ?? [];
  const recorded = lines.length > 0;
  if (!inline && !recorded) return [{ span: b.keywordText.span, message: 'This VOTE records nothing: write the counts (`for 7, against 2, abstain 1 — carried`), `unanimous` or `nem. con.`.' }];
  const piece: TextPiece = inline ?? b.keywordText;
  const v = parseVote(inline?.text ?? '', 0);
  const out: RuleReport[] = [];
  const counted = v.for !== null || v.against !== null || v.abstain !== null;
  if (!counted && !v.unanimous && !v.nemCon && !recorded) {
    if (/\brecorded\b/i.test(piece.text))
      out.push({ span: piece.span, message: 'This VOTE is recorded but names nobody: indent `FOR:`, `AGAINST:` and `ABSTAIN:` lines under it (two spaces), each naming the members who voted that way.' });
    else
      out.push({ span: piece.span, message: `This VOTE gives no counts: write \`for 7, against 2, abstain 1 — carried\`, \`unanimous\` or \`nem. con.\` instead of "${piece.text}".` });
    return out;
  }
  const named: Record<VoteCount, number> = { for: 0, against: 0, abstain: 0 };
  for (const l of lines) named[l.side] += l.names.length;
  // Counts given must be the names on each side; a side named with no count given counts as 0.
  if (recorded && counted)
    for (const side of SIDES) {
      const given = v[side] ?? 0;
      if (given === named[side]) continue;
      const names = `${named[side]} member${named[side] === 1 ? ' is' : 's are'} named under ${LABELS[side]}`;
      out.push(
        v[side] !== null
          ? { span: countSpan(piece, side), message: `The VOTE gives ${given} ${side}, but ${names}: make the count and the names agree.` }
          : { span: piece.span, message: `${capital(names)}, but the VOTE gives no ${side} count: add \`${side} ${named[side]}\` to the counts, or take the names out.` },
      );
    }
  // Where the counts are left out, the names are the counts.
  const count = (side: VoteCount): number | null => v[side] ?? (recorded && !counted ? named[side] : null);
  const total = (count('for') ?? 0) + (count('against') ?? 0) + (count('abstain') ?? 0);
  const casting = /\bcasting\b/i.test(piece.text);
  // A chair's casting vote is a second vote by one member, and may be counted in. A recorded
  // vote's names are checked one by one against those present instead.
  if (!recorded && present > 0 && total > present + (casting ? 1 : 0)) {
    const who = present === 1 ? ' is' : 's are';
    out.push({
      span: piece.span,
      message: moved
        ? `The votes add up to ${total}, but only ${present} member${who} present at this vote (PRESENT, with the arrivals and departures before it): correct the counts, or record who came in with \`ARRIVED:\` before the vote.`
        : `The votes add up to ${total}, but only ${present} member${who} listed in PRESENT: correct the counts, or list every member present.`,
    });
  }
  const against = count('against') ?? 0;
  const form = v.unanimous ? '`unanimous`' : '`nem. con.`';
  if ((v.unanimous || v.nemCon) && against > 0)
    out.push({ span: v.against !== null ? countSpan(piece, 'against') : piece.span, message: `A vote recorded as ${form} cannot have votes against (${against}).` });
  const forCount = count('for');
  if (forCount !== null && v.outcome) {
    if (v.outcome === 'carried' && (forCount < against || (forCount === against && !casting)))
      out.push({ span: find(piece, /\bcarried\b/i), message: `The vote is recorded as carried, but ${forCount} for and ${against} against does not carry a motion${forCount === against ? ' (a tie is carried only on the chair\'s casting vote: say so)' : ''}.` });
    if (v.outcome === 'lost' && forCount > against)
      out.push({ span: find(piece, /\b(lost|fell|defeated|not carried)\b/i), message: `The vote is recorded as lost, but ${forCount} for and ${against} against carries a motion.` });
  }
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The span of one count as written (`against 2` or `2 against`), or the whole piece. */
function countSpan(piece: TextPiece, which: VoteCount): Span {
  const m = findCount(piece.text, which);
  return m ? { start: piece.span.start + m.index, end: piece.span.start + m.index + m.length } : piece.span;
}

/** The span of the first match of `re` in the piece, or the whole piece. */
function find(piece: TextPiece, re: RegExp): Span {
  const m = re.exec(piece.text);
  return m ? { start: piece.span.start + m.index, end: piece.span.start + m.index + m[0].length } : piece.span;
}
