/**
 * item-outcome (warning)
 *
 * An agenda item that records no outcome: no RESOLVED, RECOMMENDED or
 * NOTED (docs/language.md#blocks). Minutes exist to record what was decided; an item
 * without an outcome is usually one where the clerk forgot the resolution.
 *
 * Sub-items: only items without sub-items are judged, each with the
 * outcomes of the items it sits under. So `# 5 Budget` resolved as a whole
 * covers `## 5.1 Revenue` and `## 5.2 Capital`; `# 78/21 Planning
 * applications`, whose applications are each resolved, needs no outcome of
 * its own; and when nothing in a group is decided, each undecided sub-item
 * is reported once rather than the group and its sub-items over again.
 * Sub-items of a procedural item or a report are covered by it.
 *
 * Not checked (docs/language.md#items-that-need-an-outcome says which
 * titles these are, read whole, after a leading "To receive" or "To note"):
 * - procedural items: apologies (for absence, and substitutions),
 *   declarations of interest, minutes of the previous meeting (and
 *   "minutes" alone), urgent business, exclusion of the press and public,
 *   date of (the) next meeting, any other business (AOB, and the Scottish
 *   any other competent business, AOCB), welcome and introductions,
 *   announcements (Chair's, Mayor's, ...), matters arising, and the
 *   public's or members' questions (public participation, public question
 *   time, open forum, questions from the public or from members): parish
 *   and town councils minute these as what was said, with nothing to
 *   decide; "items (or matters) for the next agenda" and "further
 *   reports/items of business", which only list what comes next or what
 *   else comes up; "Procedural matters"; the meeting's own recording
 *   ("Use of social media, audio recording and filming", "Webcasting
 *   announcement"); and the procedure of a hearing or meeting
 *   ("Procedure", "Hearing procedure", "Procedure for the hearing"),
 *   which a licensing sub-committee minutes as the Chair or the legal
 *   adviser explaining it;
 * - an office holder's report, received for information: "Clerk's
 *   Report", "Chairman's Report", "County Councillor's Report",
 *   "Councillors' reports", "Report of the Chief Executive", "Reports from
 *   District Councillors" (but not "Clerk's report on the budget", nor a
 *   report named by its subject, "Audit Findings Report");
 * - every item of a `type: report` document: an officer's report recommends
 *   in its numbered paragraphs and its RECOMMENDED block belongs to one
 *   section, not to each.
 *
 * Bad:  `# 4. Budget monitoring` / `The report was presented.` (nothing more)
 * Good: `# 4. Budget monitoring` / `The report was presented.` / `NOTED: The report was noted.`
 */
import type { ItemNode } from '../../syntax/ast';
import { isProceduralTitle, isReportTitle } from '../item-titles';
import type { Rule } from '../rule';

const OUTCOMES: ReadonlySet<string> = new Set(['RESOLVED', 'RECOMMENDED', 'NOTED']);


export const rule: Rule = {
  id: 'item-outcome',
  defaultSeverity: 'warning',
  description: 'An agenda item records no RESOLVED, RECOMMENDED or NOTED (procedural items and reports excepted).',
  fixable: false,
  check(ctx) {
    if (String(ctx.model.meta.type ?? 'minutes').toLowerCase() === 'report') return;
    const walk = (items: readonly ItemNode[], covered: boolean): void => {
      for (const it of items) {
        const decided = covered || hasOutcome(it);
        if (!decided && !it.children.length && !isExcepted(it))
          ctx.report({
            span: { start: (it.number ?? it.title).span.start, end: Math.max(it.title.span.end, (it.number ?? it.title).span.end) },
            message: `Item ${it.number ? `${it.number.text.replace(/\.$/, '')} ` : ''}records no outcome: add RESOLVED:, RECOMMENDED: or NOTED: saying what the meeting decided or noted.`,
          });
        walk(it.children, decided || isExcepted(it));
      }
    };
    walk(ctx.ast.items, false);
  },
};

function hasOutcome(it: ItemNode): boolean {
  return it.blocks.some((b) => b.kind === 'keyword' && OUTCOMES.has(b.keyword));
}

/** Procedural items and office holders' reports need no outcome (docs/language.md#items-that-need-an-outcome). */
function isExcepted(it: ItemNode): boolean {
  return isProceduralTitle(it.title.text) || isReportTitle(it.title.text);
}
