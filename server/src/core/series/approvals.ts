/**
 * Approving the previous minutes (docs/language.md, approving the previous
 * minutes): each approval found in a meeting's resolutions, linked to the
 * meeting it approves. "The previous meeting" is the one before it in the
 * series; a date names the meeting of that date. A date before the series'
 * first meeting is outside the folder (an info); one within the series that no
 * meeting has is a warning (both `minutes-approval`).
 */
import type { Series } from './build-series';
import type { FileSummary, SummaryApproval } from './summary-types';

/** An approval found in a meeting's resolutions, and the meeting it approves where the series has it. */
export type ApprovalLink =
  | { readonly kind: 'linked'; readonly file: string; readonly approval: SummaryApproval; readonly approved: FileSummary }
  /** The date is before the series' first meeting: the folder does not hold it. */
  | { readonly kind: 'before-series'; readonly file: string; readonly approval: SummaryApproval }
  /** The date falls within the series but no meeting has it. */
  | { readonly kind: 'no-meeting'; readonly file: string; readonly approval: SummaryApproval }
  /** "The previous meeting" in the first meeting of the series. */
  | { readonly kind: 'no-previous'; readonly file: string; readonly approval: SummaryApproval };

/** The approvals of every meeting of a series, in order. */
export function seriesApprovals(series: Series): ApprovalLink[] {
  const out: ApprovalLink[] = [];
  const first = series.meetings[0]?.date ?? '';
  series.meetings.forEach((m, i) => {
    for (const approval of m.approvals) {
      const file = m.file;
      if (approval.meeting === null) {
        out.push(i > 0 ? { kind: 'linked', file, approval, approved: series.meetings[i - 1] } : { kind: 'no-previous', file, approval });
        continue;
      }
      const approved = series.meetings.find((x) => x.date === approval.meeting && x !== m);
      if (approved) out.push({ kind: 'linked', file, approval, approved });
      else if (approval.meeting < first) out.push({ kind: 'before-series', file, approval });
      else out.push({ kind: 'no-meeting', file, approval });
    }
  });
  return out;
}
