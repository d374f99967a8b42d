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
 * Bad:  `Resolved - That the report be noted.`
 * Good: `RESOLVED: That the report be noted.`
 */
import { parseVote } from '../../model/vote';
import type { Block, KeywordBlockNode } from '../../syntax/ast';
import { flattenItems } from '../../syntax/walk';
import type { Fix, Rule, RuleContext, TextEdit } from '../rule';

export const rule: Rule = {
  id: 'keyword-form',
  defaultSeverity: 'warning',
  description: 'A keyword in an old spelling pasted from Word (`Resolved -`, `It was resolved that`, `Minutes:`); the fix writes the standard one.',
  fixable: true,
  check(ctx) {
    const runs = [ctx.ast.preamble, ...flattenItems(ctx.ast.items).map((i) => i.blocks)];
    const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
    for (const blocks of runs) {
      blocks.forEach((b, i) => {
        if (b.kind === 'keyword' && b.legacy) report(b, blocks, i + 1, ctx, eol);
      });
    }
  },
};

/** Reports one legacy keyword; the blocks from `from` on are the ones after it (not copied: a run may hold thousands). */
function report(b: KeywordBlockNode, blocks: readonly Block[], from: number, ctx: RuleContext, eol: string): void {
  const written = b.keywordText.text;
  const replacement = `${b.keyword}:${/^It was\b.*\bthat\b/i.test(written) ? ' that' : ''}`;
  const end = b.keywordText.span.end + danglingDashes(ctx.text, b.keywordText.span.end, replacement);
  // Keep a space between the keyword and text that followed the old form directly (`Resolved-That`).
  const next = ctx.text.charAt(end);
  const edits: TextEdit[] = [{ start: b.keywordText.span.start, end, newText: next && !/\s/.test(next) ? `${replacement} ` : replacement }];
  const base = `"${written}" is an old spelling of ${b.keyword}: write \`${replacement}\``;
  const vote = /\bunanimously\b/i.test(written) ? unanimity(b, blocks, from, eol) : { kind: 'none' as const };
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
function unanimity(b: KeywordBlockNode, blocks: readonly Block[], from: number, eol: string): Unanimity {
  let next: KeywordBlockNode | undefined;
  for (let i = from; i < blocks.length && !next; i++) {
    const x = blocks[i];
    if (x.kind === 'keyword' && (x.keyword === 'VOTE' || x.keyword === 'RESOLVED')) next = x;
  }
  if (next?.keyword === 'VOTE') {
    const v = parseVote(next.inline?.text ?? '', 0);
    // nem. con. allows abstentions, so it does not say "unanimously"; counts with none against or abstaining do.
    const allFor = v.unanimous || (v.for !== null && !v.against && !v.abstain && !v.nemCon);
    return allFor ? { kind: 'recorded' } : { kind: 'conflict' };
  }
  return { kind: 'add', edit: { start: b.span.end, end: b.span.end, newText: `${eol}VOTE: unanimous` } };
}
