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
 * Sub-items of a procedural item are covered by it.
 *
 * Not checked:
 * - procedural items, recognised by their title: apologies (for absence,
 *   and substitutions), declarations of interest, minutes of the previous
 *   meeting (and "minutes" alone), urgent business, exclusion of the press
 *   and public, date of (the) next meeting, any other business (AOB, and
 *   the Scottish any other competent business, AOCB), welcome and
 *   introductions, announcements (Chair's, Mayor's, ...), matters arising,
 *   and the public's or members' questions (public participation, public
 *   question time, open forum, questions from the public or from members):
 *   parish and town councils minute these as what was said, with nothing
 *   to decide; "items (or matters) for the next agenda", which only
 *   lists what the next meeting will take; and the procedure of a hearing
 *   or meeting ("Procedure", "Hearing procedure", "Procedure for the
 *   hearing"), which a licensing sub-committee minutes as the Chair or the
 *   legal adviser explaining it;
 * - every item of a `type: report` document: an officer's report recommends
 *   in its numbered paragraphs and its RECOMMENDED block belongs to one
 *   section, not to each.
 *
 * Bad:  `# 4. Budget monitoring` / `The report was presented.` (nothing more)
 * Good: `# 4. Budget monitoring` / `The report was presented.` / `NOTED: The report was noted.`
 */
import type { ItemNode } from '../../syntax/ast';
import type { Rule } from '../rule';

const OUTCOMES: ReadonlySet<string> = new Set(['RESOLVED', 'RECOMMENDED', 'NOTED']);

const PROCEDURAL: readonly RegExp[] = [
  /^apologies\b/,
  /^(declarations?|disclosures?)( of (interests?|pecuniary interests?))?\b/,
  /^(confirmation of )?(the )?minutes\b/,
  /^(items? of )?urgent (business|items?)\b/,
  /^exclusion of (the )?(press|public)\b/,
  /^(the )?date (and time )?of (the )?next meeting\b/,
  /^any other (urgent |competent )?business\b/,
  /^a\.?o\.?c?\.?b\.?(?=$|[^\w])/,
  /^welcome( and introductions)?\b/,
  /^introductions?\b/,
  /^([\w’'-]+ )?announcements\b/,
  /^matters arising\b/,
  /^(items?|matters) for (inclusion (on|in) )?(the )?(next|future) (agenda|meeting)s?\b/,
  // Whole titles only (a dash or brackets may follow): `Public participation strategy` and
  // `Procedure Rules review` are business.
  /^(the )?((hearing|meeting) )?procedure( (for|of|at) (the |this )?(hearing|meeting))?[ \t]*([(:–—-]|$)/,
  /^(open|public) (participation|forum|session|speaking|question time|questions?)[ \t]*([(:–—-]|$)/,
  /^(public |members’? |members' |councillors’? |councillors' )?questions( (from|by|to)\b|$)/,
];

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
        if (!decided && !it.children.length && !isProcedural(it))
          ctx.report({
            span: { start: (it.number ?? it.title).span.start, end: Math.max(it.title.span.end, (it.number ?? it.title).span.end) },
            message: `Item ${it.number ? `${it.number.text.replace(/\.$/, '')} ` : ''}records no outcome: add RESOLVED:, RECOMMENDED: or NOTED: saying what the meeting decided or noted.`,
          });
        walk(it.children, decided || isProcedural(it));
      }
    };
    walk(ctx.ast.items, false);
  },
};

function hasOutcome(it: ItemNode): boolean {
  return it.blocks.some((b) => b.kind === 'keyword' && OUTCOMES.has(b.keyword));
}

function isProcedural(it: ItemNode): boolean {
  const title = it.title.text.toLowerCase().replace(/^\W+/, '');
  return PROCEDURAL.some((p) => p.test(title));
}
