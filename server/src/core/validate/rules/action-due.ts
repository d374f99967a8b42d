/**
 * action-due (error)
 *
 * The `due` segment of an ACTION must be a real date written `YYYY-MM-DD`,
 * and not before the meeting (docs/language.md#actions): `due 2021-02-30` does not
 * exist, `due next month` cannot be tracked, and an open action due before
 * the meeting that set it is a typing slip. An action marked `done` or
 * `cancelled` (or a word the model reads as one, such as `completed` or
 * `withdrawn`: model/action.ts) may be due before the meeting: that is an
 * action log, where the meeting closes actions set at earlier ones
 * (`ACTION: @clerk — Get three quotes — due 2025-01-31 — done` in April's
 * minutes), not a slip. The model keeps what was written
 * (`dueText`) and sets `due` only for a real date; this rule reports the
 * difference, on the date as written. A date written out in words
 * (`14 October 2021`, `14th Oct 2021`) gets a fix to its ISO form; numeric
 * forms such as `10/11/2021` get none, since day and month could be either.
 *
 * A report on an earlier meeting's action, a line with a `from minute N`
 * part (docs/language.md#actions-across-meetings), keeps that action's due
 * date, which may be past by now: it is not held to "not before the
 * meeting" (action-overdue reports it while it stays open). Nor, when the
 * series is known, is a line with the owner and task of an action an
 * earlier meeting set (docs/language.md#actions-across-meetings).
 *
 * A part that is only a date, or `by`/`before`/`deadline` and a date
 * (`— by 2024-04-30`), is not a due date, so the action would go untracked
 * with the date left in its task; it is reported with a fix to `due`.
 *
 * Bad:  `ACTION: @sdcs — Bring the plan back — due 2021-02-30`
 * Good: `ACTION: @sdcs — Bring the plan back — due 2021-10-14`
 */
import { dueTextOf, fromPartOf } from '../../model/action';
import { isIsoShaped, isRealDate } from '../../model/dates';
import type { Span } from '../../syntax/ast';
import { keywordBlocks } from '../../syntax/walk';
import { isOpen, readStatus } from '../../vocabulary';
import type { Rule, RuleReport } from '../rule';
import { reportsOnEarlier } from '../series-view';

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const WORDS = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;
// A whole segment that is a date without `due`: `2024-04-30`, `by 2024-04-30`, `deadline: 2024-04-30`.
const UNMARKED_DATE = /^(?:(?:by|before|deadline|target(?: date)?)(?::[ \t]*|[ \t]+))?(\d{4}-\d{1,2}-\d{1,2})$/i;

/** How the "due before the meeting" message starts; the series withdraws it on a report (seriesWithdraws). */
const BEFORE_MEETING = 'This action is due on';

export const rule: Rule = {
  id: 'action-due',
  defaultSeverity: 'error',
  description: 'An ACTION due date that is not a real `YYYY-MM-DD` date, or that falls before the meeting on an action not yet done or cancelled.',
  fixable: true,
  // A line the series links to an earlier meeting's action (same owner and task) is a report on it, not a new action.
  seriesWithdraws: (view, finding) => finding.message.startsWith(BEFORE_MEETING) && reportsOnEarlier(view, finding.line),
  check(ctx) {
    const meeting = typeof ctx.model.meta.date === 'string' && isRealDate(ctx.model.meta.date) ? ctx.model.meta.date : null;
    for (const b of keywordBlocks(ctx.ast, 'ACTION')) {
      if (!b.action) continue;
      // As the model reads it: the first date-shaped `due` segment after the owner.
      const seg = b.action.segments.slice(1).find((s) => dueTextOf(s.text) !== null);
      if (!seg) {
        const unmarked = b.action.segments.slice(1).find((s) => UNMARKED_DATE.test(s.text.trim()));
        if (unmarked) ctx.report(unmarkedDue(unmarked.text.trim(), unmarked.span));
        continue;
      }
      const text = dueTextOf(seg.text)!;
      const span = text ? { start: seg.span.end - text.length, end: seg.span.end } : seg.span;
      // A closed action is an earlier meeting's, reviewed in an action log: its date may be past.
      // Its status words are read as the model reads them (`completed` is done, `withdrawn` cancelled).
      const closed = b.action.segments.slice(1).some((s) => {
        const status = readStatus(s.text);
        return status !== null && !isOpen(status);
      });
      // A report on an earlier action (`— from minute 5`) carries that action's date: past it, it is action-overdue's.
      const report = b.action.segments.slice(1).some((s) => fromPartOf(s.text.trim()) !== null);
      const problem = dueProblem(text, span, closed || report ? null : meeting);
      if (problem) ctx.report(problem);
    }
  },
};

function unmarkedDue(text: string, span: Span): RuleReport {
  const date = UNMARKED_DATE.exec(text)![1];
  const newText = `due ${date}`;
  return {
    span,
    message: `"${text}" is not read as the due date: a due date is written after \`due\`, as in \`${newText}\`. Without it the action has no due date.`,
    fix: { title: `Write \`${newText}\``, edits: [{ start: span.start, end: span.end, newText }] },
    data: { replacement: newText },
  };
}

function dueProblem(text: string, span: Span, meeting: string | null): RuleReport | null {
  if (!text) return { span, message: 'The due date is missing: write it after `due` as YYYY-MM-DD, e.g. `due 2021-10-14`.' };
  if (isRealDate(text)) {
    if (meeting && text < meeting) return { span, message: `${BEFORE_MEETING} ${text}, before the meeting it was set at (${meeting}).` };
    return null;
  }
  if (isIsoShaped(text)) return { span, message: `${text} is not a real date: check the month and the day.` };
  const iso = fromWords(text);
  if (iso) {
    return {
      span,
      message: `Write the due date as YYYY-MM-DD: \`due ${iso}\`.`,
      fix: { title: `Write the due date as ${iso}`, edits: [{ start: span.start, end: span.end, newText: iso }] },
      data: { replacement: iso },
    };
  }
  return { span, message: `"${text}" is not a date the minutes can track: write the due date as YYYY-MM-DD, e.g. \`due 2021-10-14\`.` };
}

/** `14 October 2021`, `1st Oct. 2021` -> ISO, when it is a real date; otherwise null. */
function fromWords(text: string): string | null {
  const m = WORDS.exec(text.trim());
  if (!m) return null;
  const name = m[2].toLowerCase();
  // A full month name or any abbreviation of three letters or more (`Oct`, `Sept`).
  const month = name.length >= 3 ? MONTHS.findIndex((full) => full.startsWith(name)) : -1;
  if (month < 0) return null;
  const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}
