/**
 * action-overdue (info)
 *
 * An ACTION still `open` or `in progress` whose due date has passed: a
 * reminder for the clerk preparing the next meeting's action log, not a
 * fault in the minutes. "Today" is the `today` setting (`YYYY-MM-DD`), so
 * that a CI run or a review of old minutes gives the same answer every day;
 * when it is empty, the system date. Actions marked `done` or `cancelled`,
 * and actions with no real due date (action-due reports those), are left
 * alone. When the series is known (docs/language.md#actions-across-meetings),
 * a line that a later meeting reports on is left alone too: the latest line
 * says where the action stands.
 *
 * Bad:  `ACTION: @sdcs — Bring the plan back — due 2021-10-14` (today 2021-11-01)
 * Good: `ACTION: @sdcs — Bring the plan back — due 2021-10-14 — done`
 */
import { dueTextOf } from '../../model/action';
import { isRealDate, isoDate } from '../../model/dates';
import { keywordBlocks } from '../../syntax/walk';
import { isOpen } from '../../vocabulary';
import type { Rule } from '../rule';
import { reportedLater } from '../series-view';

export const rule: Rule = {
  id: 'action-overdue',
  defaultSeverity: 'info',
  description: 'An open or in-progress ACTION whose due date is before today (the `today` setting, else the system date).',
  fixable: false,
  seriesWithdraws: (view, finding) => reportedLater(view, finding.line),
  check(ctx) {
    const actions = ctx.model.actions.filter((a) => a.due && isOpen(a.status));
    if (!actions.length) return;
    // The one read of the clock in the core, and only when the setting leaves it open.
    const today = isRealDate(ctx.config.today) ? ctx.config.today : isoDate(new Date());
    const byLine = new Map(actions.map((a) => [a.line, a]));
    for (const b of keywordBlocks(ctx.ast, 'ACTION')) {
      if (!b.action) continue;
      const action = byLine.get(ctx.lines.positionAt(b.span.start).line);
      if (!action?.due || action.due >= today) continue;
      const seg = b.action.segments.slice(1).find((s) => dueTextOf(s.text) !== null)!;
      ctx.report({
        span: { start: seg.span.end - action.due.length, end: seg.span.end },
        message: `This action was due on ${action.due} and is still ${action.status} (today is ${today}). Mark it \`done\` or \`cancelled\` once it is.`,
      });
    }
  },
};
