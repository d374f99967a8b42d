/**
 * item-numbering across meetings (docs/language.md#running-minute-numbers):
 * the findings of the series core's running-number check for one meeting,
 * reported on its first `N/YY` item heading. Starting lower than the number
 * after the previous meeting's last (an overlap: two meetings' minute 12/24)
 * is a warning naming that meeting, since a citation of the minute would fit
 * both; skipping ahead is an info (numbers may be kept for an exempt part
 * minuted apart).
 */
import type { SeriesRuleContext } from './rule';
import { seriesFacts, type SeriesView } from './series-view';

/** Whether the meeting's first running number does not follow on. */
export function numberingMayReport(view: SeriesView): boolean {
  return view.series !== null && seriesFacts(view.series).runningNumbers.some((c) => c.meeting === view.self && c.kind !== 'continues');
}

export function checkNumberingAcross(ctx: SeriesRuleContext): void {
  const { self, series } = ctx.series;
  if (!series) return;
  const check = seriesFacts(series).runningNumbers.find((c) => c.meeting === self);
  if (!check || check.kind === 'continues') return;
  const number = check.first.number!;
  const heading = ctx.ast.items.find((it) => ctx.lines.lineAt(it.span.start) === check.first.line);
  const start = heading?.number?.span.start ?? ctx.lines.lineStart(check.first.line);
  const span = { start, end: start + number.length };
  const want = `${check.expected}/${number.slice(number.indexOf('/') + 1)}`;
  const where = `the meeting of ${check.previous.date} (${check.previous.file}) ended at minute ${check.previousLast}`;
  if (check.kind === 'overlap') {
    ctx.report({
      span,
      severity: 'warning',
      message: `Minute ${number} overlaps the previous meeting's numbers: ${where}, so this meeting's first minute is ${want}. Two minutes with one number cannot be told apart when cited.`,
    });
  } else {
    ctx.report({
      span,
      severity: 'info',
      message: `Minute ${number} skips ahead: ${where}, so this meeting's first minute would be ${want}. Leave it if minutes ${want} onwards are held elsewhere (an exempt part minuted apart).`,
    });
  }
}
