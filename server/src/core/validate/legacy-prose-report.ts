/**
 * keyword-form's reports on legacy prose (legacy-prose.ts reads it): a
 * moved-and-seconded sentence becomes MOTION and RESOLVED lines, and an old
 * RESOLVED head (`RESOLVED THAT:`, `And Resolved:`, `Unanimously
 * resolved:`) the standard one. Kept apart from the rule's file, which
 * handles the spellings the lexer already reads as keywords.
 *
 * `Unanimously resolved:` keeps its "unanimously" as a `VOTE: unanimous`
 * line after the block it heads once fixed. Where that block ends depends on
 * what follows (a list, a blank line, another paragraph), so the fixed heads
 * are written into a copy of the text, parsed once for all of them, and each
 * VOTE goes where the parser ends its block: the same reading the fixed file
 * will get.
 */
import type { ParagraphNode, Span } from '../syntax/ast';
import { joinLines } from '../syntax/join-lines';
import { parse } from '../syntax/parse';
import { keywordBlocks } from '../syntax/walk';
import { capitalised, isOneSentence, readMovedProse, readResolvedHead, startsMovedProse } from './legacy-prose';
import type { RuleContext, TextEdit } from './rule';

/** What the VOTE after the prose says of "unanimously". */
export type VoteVerdict = 'none' | 'recorded' | 'conflict';

/** A RESOLVED head whose fix also adds a VOTE line, waiting for the parse that places it. */
export interface PendingVote {
  readonly head: TextEdit;
  readonly span: Span;
  readonly message: string;
  readonly replacement: string;
}

const UNANIMOUS = ', and keep "unanimously" as a `VOTE: unanimous` line after the block';
const CONFLICT = '. Its "unanimously" disagrees with the VOTE that follows: make the two agree.';

/** Reports one paragraph if it is legacy prose; heads that need a VOTE line go to `pending`. */
export function reportProse(p: ParagraphNode, voteAfter: () => VoteVerdict, ctx: RuleContext, eol: string, pending: PendingVote[]): void {
  const first = p.lines[0];
  if (!first) return;
  if (startsMovedProse(first.text)) reportMoved(p, voteAfter, ctx, eol);
  else reportHead(p, voteAfter, ctx, pending);
}

function reportMoved(p: ParagraphNode, voteAfter: () => VoteVerdict, ctx: RuleContext, eol: string): void {
  const read = readMovedProse(joinLines(p.lines));
  if (!read || !read.mover) return;
  const head = `MOTION: moved by ${read.mover}${read.seconder ? `, seconded by ${read.seconder}` : ''}`;
  const verdict = read.unanimously ? voteAfter() : 'none';
  const addVote = read.unanimously && verdict === 'none';
  const base = `A motion and its resolution written as prose: write \`${head}\` with the motion under it (\`That …\`)${addVote ? ', `VOTE: unanimous`' : ''}, then \`RESOLVED:\` and the resolution`;
  const span = p.lines[0].span;
  if (verdict === 'conflict') {
    ctx.report({ span, message: `${base}${CONFLICT}`, data: { replacement: head } });
    return;
  }
  // Only a single sentence with plain names is certain: a second sentence may not be part of the
  // resolution, a trailing colon introduces a list that stays where it is, and a comma in a name
  // (`Councillor Lee, the Leader,`) would not read back as one mover.
  const names = [read.mover, read.seconder ?? ''];
  const certain = !!read.resolution && isOneSentence(read.resolution) && !/:$/.test(read.resolution) && names.every((n) => !n.includes(',')) && read.seconder !== '';
  if (!certain) {
    ctx.report({ span, message: `${base}.`, data: { replacement: head } });
    return;
  }
  const motion = `That ${read.resolution}`;
  const newText = `${head}${eol}${motion}${addVote ? `${eol}VOTE: unanimous` : ''}${eol}${eol}RESOLVED:${eol}${motion}`;
  const last = p.lines[p.lines.length - 1];
  ctx.report({
    span,
    message: `${base}.`,
    fix: { title: addVote ? 'Write MOTION, VOTE: unanimous and RESOLVED' : 'Write MOTION and RESOLVED', edits: [{ start: span.start, end: last.span.end, newText }] },
    data: { replacement: head },
  });
}

function reportHead(p: ParagraphNode, voteAfter: () => VoteVerdict, ctx: RuleContext, pending: PendingVote[]): void {
  const first = p.lines[0];
  const read = readResolvedHead(first.text);
  if (!read) return;
  const written = first.text.slice(0, read.length).trimEnd();
  const span = { start: first.span.start, end: first.span.start + written.length };
  const next = first.text.charAt(read.length);
  const head: TextEdit = { start: span.start, end: first.span.start + read.length, newText: next && !/\s/.test(next) ? `${read.replacement} ` : read.replacement };
  const base = `"${written}" is an old spelling of RESOLVED: write \`${read.replacement}\``;
  const verdict = read.unanimously ? voteAfter() : 'none';
  const data = { replacement: read.replacement };
  if (verdict === 'conflict') ctx.report({ span, message: `${base}${CONFLICT}`, data });
  else if (read.unanimously && verdict === 'none') pending.push({ head, span, message: `${base}${UNANIMOUS}.`, replacement: read.replacement });
  else ctx.report({ span, message: `${base}.`, fix: { title: `Write ${read.replacement}`, edits: [head] }, data });
}

/**
 * Reports the heads that add a VOTE line: one parse of the text with every
 * such head fixed says where each block ends. A head whose block cannot be
 * found there (it should always be) is reported without a fix.
 */
export function reportPendingVotes(ctx: RuleContext, pending: readonly PendingVote[], eol: string): void {
  if (!pending.length) return;
  let fixed = '';
  let at = 0;
  const starts: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  for (const p of pending) {
    fixed += ctx.text.slice(at, p.head.start);
    starts.push(fixed.length);
    fixed += p.head.newText;
    at = p.head.end;
    shift += p.head.newText.length - (p.head.end - p.head.start);
    shifts.push(shift);
  }
  fixed += ctx.text.slice(at);
  const blocks = keywordBlocks(parse(fixed).ast, 'RESOLVED');
  let j = 0;
  pending.forEach((p, i) => {
    while (j < blocks.length && blocks[j].keywordText.span.start < starts[i]) j++;
    const block = blocks[j]?.keywordText.span.start === starts[i] ? blocks[j] : null;
    const data = { replacement: p.replacement };
    if (!block) {
      ctx.report({ span: p.span, message: p.message, data });
      return;
    }
    const end = block.span.end - shifts[i];
    const vote: TextEdit = { start: end, end, newText: `${eol}VOTE: unanimous` };
    ctx.report({ span: p.span, message: p.message, fix: { title: `Write ${p.replacement} and VOTE: unanimous`, edits: [p.head, vote] }, data });
  });
}
