/**
 * series-duplicate (warning)
 *
 * Two files of one series (docs/language.md#the-series: the same authority
 * and committee) hold a meeting of the same date and time. A committee
 * meets once at a given time, so one of them is a copy (a draft saved
 * beside the approved minutes, a file saved under two names) or has the
 * wrong date; either way citations without a date, running numbers and the
 * action register cannot tell the two apart. Each file is reported, on its
 * `date:` line, naming the other; the series orders them by path. Both
 * must give a `time`: without one, two files of a day may be a morning and
 * an evening meeting, and the rule cannot tell.
 *
 * Checked only when the series is known (the CLI's `minutes lint` over a
 * folder, or with `--series`); a file linted alone is never reported.
 *
 * Bad:  `audit-2024-03-12.minutes` and `audit-2024-03-12-draft.minutes`, both `date: 2024-03-12` / `time: 18:30`
 * Good: one file per meeting: `date: 2024-03-12` and `date: 2024-04-16`
 */
import type { FileSummary } from '../../series/summary-types';
import type { Rule } from '../rule';
import { headerKeySpan } from '../series-spans';

export const rule: Rule = {
  id: 'series-duplicate',
  defaultSeverity: 'warning',
  description: 'Two files of one series hold a meeting of the same date and time.',
  fixable: false,
  check() {
    // Cross-file only: see checkSeries.
  },
  seriesMayReport: (view) => view.series?.duplicates.some((group) => group.includes(view.self.file)) ?? false,
  checkSeries(ctx) {
    const { self, meetings } = ctx.series;
    if (self.date === null) return;
    const others = meetings.filter((m) => m !== self && m.file !== self.file && m.date === self.date && sameTime(m, self));
    if (others.length === 0) return;
    const names = others.map((m) => m.file).join(', ');
    const when = `${self.date}${self.time ? ` at ${self.time}` : ''}`;
    ctx.report({
      span: headerKeySpan(ctx, 'date'),
      message: `Another file of this series holds a meeting of the same date and time (${when}): ${names}. A committee meets once at a time: remove the copy, or correct the date or time of one of them.`,
    });
  },
};

function sameTime(a: FileSummary, b: FileSummary): boolean {
  return a.time !== null && a.time === b.time;
}
