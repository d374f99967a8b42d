/**
 * action-not-reported (info)
 *
 * An action still open or in progress after a meeting, which the next
 * meeting of the series does not report on (docs/language.md#actions-across-meetings).
 * A meeting reports on an action by writing it again, with its new status
 * or due date: the same owner and task, or a `from minute N` part naming
 * where it was set or last reported. Reported on the `date:` line of each
 * later meeting's header, once per action, until a meeting reports on it
 * or the series ends: a dropped action is how a committee loses track.
 * A meeting held the same day as the one that last wrote the action is not
 * expected to report on it, and a line without an owner or a task (which
 * action-owner reports) is not tracked.
 *
 * The fix writes the action's line, as last worded, with its due date and
 * `from minute N` (and `of DATE` for a per-meeting number), under the item
 * titled "Matters arising" (after its last ACTION line), or in a new
 * `# Matters arising` item after the approval of the previous minutes. The
 * clerk then sets its status.
 *
 * Checked only when the series is known (the CLI's `minutes lint` over a
 * folder, or with `--series`).
 *
 * Bad:  `ACTION: @patel — Review the insurance renewal options — due 2024-03-31` in February, and March's minutes silent about it
 * Good: March's minutes say `ACTION: @patel — Review the insurance renewal options — done — from minute 12/24`
 */
import type { ActionLine, ActionThread } from '../../series/action-threads';
import { dueAsLastGiven, reportLine } from '../../series/next-minutes';
import type { FileSummary, SummaryItem } from '../../series/summary-types';
import type { Fix, Rule, SeriesRuleContext } from '../rule';
import { headerKeySpan } from '../series-spans';
import { seriesFacts } from '../series-view';

export const rule: Rule = {
  id: 'action-not-reported',
  defaultSeverity: 'info',
  description: 'An action still open after a meeting that a later meeting of the series does not report on.',
  fixable: true,
  check() {
    // Cross-file only: see checkSeries.
  },
  seriesMayReport: (view) => view.series !== null && (seriesFacts(view.series).unreported.get(view.self.file)?.length ?? 0) > 0,
  checkSeries(ctx) {
    const { self, series, meetings } = ctx.series;
    if (!series) return;
    const at = meetings.indexOf(self);
    const threads = seriesFacts(series).unreported.get(self.file) ?? [];
    for (const thread of threads) {
      const last = lastBefore(thread, at);
      // A meeting of the same day (a second meeting, or a copy) is not the next meeting to report on it.
      if (!last || self.date === null || last.meeting.date === null || last.meeting.date >= self.date) continue;
      // A line without an owner or a task is action-owner's to report; there is nothing here to track.
      if (!last.action.task || !/^[@\p{L}]/u.test(last.action.ownerText.trim())) continue;
      const set = thread.lines[0];
      const { action } = last;
      const what = `${action.ownerText} — ${action.task ?? ''}`.trim();
      const since = last === set ? `set at minute ${place(set)}` : `set at minute ${place(set)}, last reported at minute ${place(last)}`;
      const line = reportLine(last, dueAsLastGiven(thread.lines.filter((l) => l.index < at)));
      ctx.report({
        span: headerKeySpan(ctx, 'date'),
        message: `These minutes do not report on the action "${what}" (${since}), still ${action.status} after ${meetingOf(last.meeting)}: write it again with its status, e.g. under Matters arising: \`${line ?? 'ACTION: …'}\`.`,
        fix: line ? insertLine(ctx, line) : undefined,
        data: { action: thread.id },
      });
    }
  },
};

function lastBefore(thread: ActionThread, index: number): ActionLine | null {
  let found: ActionLine | null = null;
  for (const l of thread.lines) if (l.index < index) found = l;
  return found;
}

function place(l: ActionLine): string {
  return `${l.action.item ?? '?'} of ${l.meeting.date}`;
}

function meetingOf(m: FileSummary): string {
  return `the meeting of ${m.date} (${m.file})`;
}

const MATTERS_ARISING = /\bmatters\s+arising\b/i;

/** The fix: the line under Matters arising, or a new such item. */
function insertLine(ctx: SeriesRuleContext, line: string): Fix {
  const { self } = ctx.series;
  const title = `Report on the action under Matters arising`;
  const item = self.items.find((it) => MATTERS_ARISING.test(it.title));
  if (item) {
    const actions = self.actions.filter((a) => a.line > item.line && a.line <= item.endLine);
    const after = actions.length ? actions[actions.length - 1].line : lastTextLine(ctx, item);
    const at = ctx.lines.lineEnd(after);
    return { title, edits: [{ start: at, end: at, newText: actions.length ? `\n${line}` : `\n\n${line}` }] };
  }
  // A new item, after the approval of the previous minutes (or before the first item).
  const approval = self.approvals[0];
  const approvalItem = approval ? self.items.find((it) => it.level === 1 && it.number === approval.item && it.line <= approval.line && approval.line <= it.endLine) : undefined;
  const next = approvalItem ? self.items.find((it) => it.level === 1 && it.line > approvalItem.endLine) : self.items.find((it) => it.level === 1);
  if (next) {
    const at = ctx.lines.lineStart(next.line);
    return { title, edits: [{ start: at, end: at, newText: `# Matters arising\n\n${line}\n\n` }] };
  }
  const end = ctx.text.length;
  const gap = ctx.text.endsWith('\n\n') ? '' : ctx.text.endsWith('\n') ? '\n' : '\n\n';
  return { title, edits: [{ start: end, end, newText: `${gap}# Matters arising\n\n${line}\n` }] };
}

/** The item's last line with text (its range may run over the blank lines before the next heading). */
function lastTextLine(ctx: SeriesRuleContext, item: SummaryItem): number {
  for (let l = item.endLine; l > item.line; l--) if (ctx.lines.lineText(l).trim() !== '') return l;
  return item.line;
}
