/**
 * minutes-approval (info)
 *
 * The approval of earlier minutes (docs/language.md#the-series): a
 * `RESOLVED:` that approves "the minutes of the meeting held on <date>"
 * (or of "the previous meeting", "the last meeting"; with one of the words
 * approved, confirmed, agreed, signed or "correct record") links this
 * meeting to the one it approves. Reported on the approving resolution:
 * - the approved file still says `status: draft` (or has no status): an
 *   info, whose fix edits that file's header to `status: approved` and
 *   `approved-on: <this meeting's date>`, as the printed minutes are signed
 *   once the next meeting confirms them;
 * - the date names no meeting of the series but falls within it (between
 *   its first meeting and this one): a warning, since the date is likely
 *   wrong;
 * - the date falls before the series' first meeting: an info, since the
 *   folder does not hold that meeting's minutes.
 * "The previous meeting" is the meeting before this one in the series; the
 * first meeting of a folder has none to check. Approvals of this meeting's
 * own date are ignored.
 *
 * Checked only when the series is known (the CLI's `minutes lint` over a
 * folder, or with `--series`) and holds another meeting besides this one.
 *
 * Bad:  `RESOLVED: That the minutes of the meeting held on 20 February 2024 be approved as a correct record.` (that file: `status: draft`)
 * Good: the same, and the file of 20 February 2024 says `status: approved` / `approved-on: 2024-03-12`
 */
import type { FileEdit, Rule, SeriesRuleContext } from '../rule';
import type { FileSummary, SummaryApproval } from '../../series/summary-types';
import { lineSpan, rangeSpan } from '../series-spans';
import { seriesFacts } from '../series-view';

export const rule: Rule = {
  id: 'minutes-approval',
  defaultSeverity: 'info',
  description: 'An approval of earlier minutes names a meeting the series does not hold, or the approved file still says `status: draft`.',
  fixable: true,
  check() {
    // Cross-file only: see checkSeries.
  },
  seriesMayReport(view) {
    const { self, meetings, series } = view;
    if (self.date === null || series === null || meetings.length < 2) return false;
    return seriesFacts(series).approvals.some((l) => l.file === self.file && l.approval.meeting !== self.date && l.kind !== 'no-previous' && (l.kind !== 'linked' || l.approved.status !== 'approved'));
  },
  checkSeries(ctx) {
    const { self, meetings, series } = ctx.series;
    // A file alone is no series: its approval of an earlier meeting has nothing to be checked against.
    if (self.date === null || series === null || meetings.length < 2) return;
    for (const link of seriesFacts(series).approvals) {
      if (link.file !== self.file || link.approval.meeting === self.date) continue;
      const { approval } = link;
      const span = approval.dateRange ? rangeSpan(ctx, approval.dateRange) : lineSpan(ctx, approval.line);
      if (link.kind === 'before-series' || link.kind === 'no-meeting') missing(ctx, link.kind, approval, span);
      if (link.kind !== 'linked' || link.approved.status === 'approved') continue;
      const target = link.approved;
      const edits = approvalEdits(target, self.date);
      const name = `the minutes of ${target.date} (${target.file})`;
      ctx.report({
        span,
        message: `This resolution approves ${name}, but that file still says \`status: ${target.status ?? 'draft'}\`${target.status === null ? ' (it has no status)' : ''}: mark it \`status: approved\`, \`approved-on: ${self.date}\`.`,
        fix: edits ? { title: `Mark ${target.file} approved on ${self.date}`, edits: [], fileEdits: edits } : undefined,
      });
    }
  },
};

/** An approval whose date is no meeting of the series. */
function missing(ctx: SeriesRuleContext, kind: 'before-series' | 'no-meeting', approval: SummaryApproval, span: { start: number; end: number }): void {
  const { self, meetings } = ctx.series;
  const first = meetings[0];
  if (kind === 'before-series') {
    ctx.report({
      span,
      severity: 'info',
      message: `The minutes of ${approval.meeting} are approved here, but the files read hold no meeting that early: the series starts on ${first.date} (${first.file}). Add its file to the folder, or pass it with --series, to check the approval.`,
    });
    return;
  }
  const near = [...meetings]
    .filter((m) => m !== self && m.date !== null)
    .sort((a, b) => distance(a.date!, approval.meeting!) - distance(b.date!, approval.meeting!))[0];
  ctx.report({
    span,
    severity: 'warning',
    message: `No meeting of this series was held on ${approval.meeting}, whose minutes are approved here${near ? `; the nearest is ${near.date} (${near.file})` : ''}. Check the date.`,
  });
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b));
}

/**
 * The edits to the approved file's header: its status set to `approved`
 * and its `approved-on` to the approving meeting's date, each written in
 * place where the key is, or added after the status (or at the end of the
 * header). Null when the file has no closed header to edit.
 */
function approvalEdits(target: FileSummary, on: string): FileEdit[] | null {
  const { header, headerEnd } = target;
  const status = header['status'];
  const approvedOn = header['approved-on'];
  if (headerEnd === null) return null;
  const edits: FileEdit[] = [];
  const at = (line: number) => ({ line, character: 0 });
  if (status) edits.push({ file: target.file, range: status.valueRange, newText: 'approved' });
  if (approvedOn) edits.push({ file: target.file, range: approvedOn.valueRange, newText: on });
  const added = `${status ? '' : 'status: approved\n'}${approvedOn ? '' : `approved-on: ${on}\n`}`;
  if (added) {
    const line = status ? status.line + 1 : headerEnd;
    edits.push({ file: target.file, range: { start: at(line), end: at(line) }, newText: added });
  }
  return edits;
}
