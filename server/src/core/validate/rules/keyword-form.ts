/**
 * keyword-form (warning)
 *
 * A keyword in one of the old spellings pasted from Word or a council web
 * page: `Resolved -`, `RESOLVED –`, `Resolved:`, `It was resolved that:`,
 * `It was unanimously RESOLVED that`, `Recommended -`, `Minutes:`
 * (docs/language.md#text-copied-from-word-or-a-council-website). The lexer
 * reads them as the keyword they stand for, so
 * the minutes mean the same; the standard spelling keeps every document
 * alike and is what clerks, search and exports expect.
 *
 * The fix replaces the keyword as written and never drops a word that
 * carries meaning:
 * - `Resolved -` becomes `RESOLVED:`, `Recommended -` `RECOMMENDED:`,
 *   `Minutes:` `MINUTES:`;
 * - `It was resolved that` becomes `RESOLVED: that`, keeping the "that" the
 *   resolution's wording leans on ("It was" says nothing);
 * - `It was unanimously resolved that` also keeps "unanimously", as a
 *   `VOTE: unanimous` line after the block, unless a VOTE already follows it
 *   before the next RESOLVED. When that VOTE does not record a unanimous
 *   vote (`nem. con.` does not: it allows abstentions), no fix is offered:
 *   the clerk has to reconcile the two records.
 * The replacement text is also in `data.replacement`.
 *
 * Legacy prose of motions (docs/language.md#motions-and-amendments), which
 * the parser leaves as narrative, is reported on its first line:
 * - `It was moved by Councillor A, seconded by Councillor B and RESOLVED
 *   that …` (or `proposed by`, with or without a seconder, or `and RESOLVED:`
 *   with the resolution after the colon) is a motion and
 *   its resolution: the fix writes `MOTION: moved by Councillor A,
 *   seconded by Councillor B` with `That …` under it, then `RESOLVED:` with
 *   the same `That …`, and with "unanimously" a `VOTE: unanimous` line
 *   after the motion, as above. The fix is offered only for one sentence
 *   whose names hold no comma (a second sentence might not be part of the
 *   resolution, and `moved by Councillor Lee, the Leader,` would not read
 *   back as one mover); otherwise the message says what to write;
 * - `RESOLVED THAT:` (and `RESOLVED that` in capitals without a colon)
 *   becomes `RESOLVED: That`, `And Resolved:` becomes `RESOLVED:`, and
 *   `Unanimously resolved:` becomes `RESOLVED:` with a `VOTE: unanimous`
 *   line after its block, as above.
 *
 * Bad:  `Resolved - That the report be noted.`, `It was moved by Councillor Ames, seconded by Councillor Pym and RESOLVED that the report be noted.`
 * Good: `RESOLVED: That the report be noted.`, `MOTION: moved by Councillor Ames, seconded by Councillor Pym` / `That the report be noted.` / `RESOLVED:` / `That the report be noted.`
 */
import { parseVote } from '../../model/vote';
import type { Block, KeywordBlockNode } from '../../syntax/ast';
import { flattenItems } from '../../syntax/walk';
import { reportProse, type PendingVote, reportPendingVotes } from '../legacy-prose-report';
import type { Fix, Rule, RuleContext, TextEdit } from '../rule';

export const rule: Rule = {
  id: 'keyword-form',
  defaultSeverity: 'warning',
  description: 'A keyword in an old spelling pasted from Word (`Resolved -`, `It was resolved that`, `RESOLVED THAT:`, `Minutes:`) or a motion written as prose (`It was moved by … and RESOLVED that`); the fix writes the standard lines.',
  fixable: true,
  check(ctx) {
    const runs = [ctx.ast.preamble, ...flattenItems(ctx.ast.items).map((i) => i.blocks)];
    const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
    const pending: PendingVote[] = [];
    for (const blocks of runs) {
      const voteAfter = followingVotes(blocks);
      blocks.forEach((b, i) => {
        if (b.kind === 'keyword' && b.legacy) report(b, voteAfter, i + 1, ctx, eol);
        else if (b.kind === 'paragraph') reportProse(b, () => voteAfter(i + 1), ctx, eol, pending);
      });
    }
    reportPendingVotes(ctx, pending, eol);
  },
};

/** Reports one legacy keyword; `from` is the index in its run of the block after it. */
function report(b: KeywordBlockNode, voteAfter: VoteAfter, from: number, ctx: RuleContext, eol: string): void {
  const written = b.keywordText.text;
  const replacement = `${b.keyword}:${/^It was\b.*\bthat\b/i.test(written) ? ' that' : ''}`;
  const end = b.keywordText.span.end + danglingDashes(ctx.text, b.keywordText.span.end, replacement);
  // Keep a space between the keyword and text that followed the old form directly (`Resolved-That`).
  const next = ctx.text.charAt(end);
  const edits: TextEdit[] = [{ start: b.keywordText.span.start, end, newText: next && !/\s/.test(next) ? `${replacement} ` : replacement }];
  const base = `"${written}" is an old spelling of ${b.keyword}: write \`${replacement}\``;
  const vote = /\bunanimously\b/i.test(written) ? unanimity(b, voteAfter, from, eol) : { kind: 'none' as const };
  if (vote.kind === 'conflict') {
    const message = `${base}. Its "unanimously" disagrees with the VOTE that follows: make the two agree.`;
    ctx.report({ span: b.keywordText.span, message, data: { replacement } });
    return;
  }
  if (vote.kind === 'add') edits.push(vote.edit);
  const message =
    vote.kind === 'add' ? `${base}, and keep "unanimously" as a \`VOTE: unanimous\` line after the block.` : `${base}.`;
  const fix: Fix = { title: vote.kind === 'add' ? `Write ${replacement} and VOTE: unanimous` : `Write ${replacement}`, edits };
  ctx.report({ span: b.keywordText.span, message, fix, data: { replacement } });
}

/**
 * The length of the dashes right after an old form (`Recommended - — That`)
 * that would make the new `RECOMMENDED:` an old form again (`RECOMMENDED: —`
 * is the colon-and-dash spelling): they are punctuation of the keyword, and
 * leaving them made the fix, and the formatter that applies it, need a
 * second run. Zero after any other keyword or replacement.
 */
function danglingDashes(text: string, from: number, replacement: string): number {
  if (replacement !== 'RESOLVED:' && replacement !== 'RECOMMENDED:') return 0;
  let end = from;
  for (;;) {
    DANGLING_DASH.lastIndex = end;
    const m = DANGLING_DASH.exec(text);
    if (!m) return end - from;
    end += m[0].length;
  }
}

/** A dash, spaced or not, that the lexer reads as part of `RESOLVED:` or `RECOMMENDED:` (vocabulary/keywords.ts, LEGACY_FORMS). */
const DANGLING_DASH = /[ \t]*[-\u2013\u2014](?![-\u2013\u2014])/y;

type Unanimity = { kind: 'none' } | { kind: 'recorded' } | { kind: 'conflict' } | { kind: 'add'; edit: TextEdit };

/** Where "unanimously" goes: the VOTE before the next RESOLVED records it (or contradicts it), or a VOTE line is added. */
function unanimity(b: KeywordBlockNode, voteAfter: VoteAfter, from: number, eol: string): Unanimity {
  const next = voteAfter(from);
  if (next !== 'none') return { kind: next };
  return { kind: 'add', edit: { start: b.span.end, end: b.span.end, newText: `${eol}VOTE: unanimous` } };
}

/** What the VOTE after a block (before the next RESOLVED) says of "unanimously": it records it, contradicts it, or there is none. */
type VoteAfter = (from: number) => 'none' | 'recorded' | 'conflict';

/**
 * The VOTE after each place in a run of blocks. The first question makes one
 * pass from the end that notes, for every index, the first VOTE or RESOLVED
 * at or after it, so a run of thousands of old forms is not rescanned for each.
 */
function followingVotes(blocks: readonly Block[]): VoteAfter {
  let next: Int32Array | null = null;
  return (from) => {
    if (!next) {
      next = new Int32Array(blocks.length + 1).fill(-1);
      for (let i = blocks.length - 1; i >= 0; i--) {
        const x = blocks[i];
        next[i] = x.kind === 'keyword' && (x.keyword === 'VOTE' || x.keyword === 'RESOLVED') ? i : next[i + 1];
      }
    }
    const at = from < next.length ? next[from] : -1;
    const vote = at >= 0 ? (blocks[at] as KeywordBlockNode) : null;
    if (vote?.keyword !== 'VOTE') return 'none';
    const v = parseVote(vote.inline?.text ?? '', 0);
    // nem. con. allows abstentions, so it does not say "unanimously"; counts with none against or abstaining do.
    const allFor = v.unanimous || (v.for !== null && !v.against && !v.abstain && !v.nemCon);
    return allFor ? 'recorded' : 'conflict';
  };
}
