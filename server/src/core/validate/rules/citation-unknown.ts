/**
 * citation-unknown (warning)
 *
 * A citation of another minute (docs/language.md#citing-another-minute:
 * `minute 48/23(2)`, `(Minute 79/23(b) refers.)`, `minute 5 of 2024-03-12`)
 * that leads nowhere in the series. Without a date it is looked up in the
 * same file, then, for `N/YY` numbers, in the earlier meetings, latest first.
 * Reported on the citation:
 * - the meeting is there, or the number runs through the year, but no item
 *   or resolution has the number: a warning;
 * - a plain per-meeting number with no date, not in the same file: a
 *   warning asking for the date, since every meeting has a minute 5;
 * - a date that no meeting of the series (nor a report of the committee)
 *   has: an info, as the folder may not hold that meeting;
 * - a `from minute N` part of an ACTION line that finds no action there
 *   (none of that item's actions, or none whose owner and task match),
 *   warned about the same way.
 * Citations in `//` comments are not citations.
 *
 * Checked only when the series is known (the CLI's `minutes lint` over a
 * folder, or with `--series`) and holds another meeting besides this one.
 *
 * Bad:  `The Committee noted progress since minute 48/23(4).` where minute 48/23 has two resolutions
 * Good: `The Committee noted progress since minute 48/23(2).`
 */
import type { Series } from '../../series/build-series';
import { lookUpMinute } from '../../series/lookup';
import type { SummaryCitation } from '../../series/summary-types';
import type { Rule, SeriesRuleContext } from '../rule';
import { rangeSpan } from '../series-spans';
import { seriesFacts } from '../series-view';

const FROM_PROBLEMS = new WeakMap<Series, ReadonlySet<string>>();

/**
 * The files of a series with a `from minute` part that found nothing, made
 * once per series: seriesMayReport asks it of every file, and scanning the
 * series' action links each time grew with the files times the links.
 */
function filesWithFromProblems(series: Series): ReadonlySet<string> {
  let files = FROM_PROBLEMS.get(series);
  if (!files) {
    files = new Set(seriesFacts(series).actions.links.filter((l) => l.fromProblem).map((l) => l.file));
    FROM_PROBLEMS.set(series, files);
  }
  return files;
}

export const rule: Rule = {
  id: 'citation-unknown',
  defaultSeverity: 'warning',
  description: 'A citation of a minute (`minute 48(2)`, `from minute 5`) that no meeting of the series holds, or a per-meeting number cited without its date.',
  fixable: false,
  check() {
    // Cross-file only: see checkSeries.
  },
  seriesMayReport(view) {
    const { self, meetings, series, set } = view;
    if (series === null || meetings.length < 2 || self.citations.length === 0) return false;
    if (filesWithFromProblems(series).has(self.file)) return true;
    return self.citations.some((c) => !c.inAction && lookUpMinute(set, self.file, c.number, c.meeting).kind !== 'found');
  },
  checkSeries(ctx) {
    const { self, meetings, series, set } = ctx.series;
    if (series === null || meetings.length < 2) return;
    const fromProblems = new Map(seriesFacts(series).actions.links.filter((l) => l.file === self.file && l.fromProblem).map((l) => [l.line, l.fromProblem!]));
    for (const c of self.citations) {
      if (c.inAction) {
        const problem = fromProblems.get(c.range.start.line);
        if (problem) fromPart(ctx, c, problem);
        continue;
      }
      const result = lookUpMinute(set, self.file, c.number, c.meeting);
      const span = rangeSpan(ctx, c.range);
      const cited = `"${c.text}"`;
      if (result.kind === 'meeting-missing') {
        ctx.report({ span, severity: 'info', message: `${cited} cites the meeting of ${result.meeting}, which is not among the files read (this series runs from ${meetings[0].date} to ${meetings[meetings.length - 1].date}): the citation cannot be checked. Add that meeting's file, or pass it with --series.` });
      } else if (result.kind === 'minute-missing') {
        const where = result.file === null ? 'this file or any earlier meeting of the series' : result.file === self.file ? 'these minutes' : `the minutes of ${result.meeting ?? ''} (${result.file})`.replace(' of  (', ' (');
        ctx.report({ span, severity: 'warning', message: `${cited}: no item or resolution ${c.number} is in ${where}. Check the number.` });
      } else if (result.kind === 'ambiguous') {
        const held = result.files.length ? ` (${result.files.length === 1 ? 'it is' : 'they are'} in ${result.files.join(', ')})` : '';
        ctx.report({ span, severity: 'warning', message: `${cited} has no date, and minute ${c.number} is not in these minutes: every meeting numbers its items afresh, so say which meeting, as in "minute ${c.number} of 2024-03-12"${held}.` });
      }
    }
  },
};

/** A `from minute N` part that found no action. */
function fromPart(ctx: SeriesRuleContext, c: SummaryCitation, problem: 'meeting-missing' | 'minute-missing' | 'ambiguous'): void {
  const span = rangeSpan(ctx, c.range);
  const cited = `"from ${c.text}"`;
  if (problem === 'meeting-missing') {
    ctx.report({ span, severity: 'info', message: `${cited} names the meeting of ${c.meeting}, which is not among the files read, so the action cannot be traced to it.` });
  } else if (problem === 'ambiguous') {
    ctx.report({ span, severity: 'warning', message: `${cited} has no date, and minute ${c.number} is not in these minutes: say which meeting set or last reported the action, as in "from minute ${c.number} of 2024-03-12".` });
  } else {
    ctx.report({ span, severity: 'warning', message: `${cited}: minute ${c.number} holds no action that this line can report on (none there, or none of this owner and task). Check the number, or the owner and task.` });
  }
}
