/**
 * Finding the resolutions that approve earlier minutes (docs/language.md,
 * approving the previous minutes): a RESOLVED text that speaks of "the
 * minutes" of "the meeting held on <date>" (or "the previous meeting", "the
 * last meeting") with one of the words approved, confirmed, agreed, signed or
 * "correct record".
 */
import { readMeetingDate } from '../model/citations';
import type { ItemModel, MinutesModel } from '../model/types';
import type { LineIndex } from '../text/line-index';
import type { SummaryApproval } from './summary-types';

const APPROVING = /\b(?:approved?|confirmed?|agreed|signed|correct\s+record)\b/i;
const MINUTES = /\bminutes\b/i;
const PREVIOUS = /\b(?:previous|last|preceding)\s+meeting\b/i;
const DATE = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\b/g;

/** The approvals among a model's resolutions, with the date each names (found on the resolution's lines). */
export function findApprovals(model: MinutesModel, lines: LineIndex): SummaryApproval[] {
  const out: SummaryApproval[] = [];
  const visit = (list: readonly ItemModel[]): void => {
    for (const it of list) {
      for (const r of it.resolutions) {
        if (!MINUTES.test(r.text) || !APPROVING.test(r.text)) continue;
        const date = firstDate(r.text);
        if (date === null && !PREVIOUS.test(r.text)) continue;
        out.push({ item: it.number, resolution: r.id, line: r.line, meeting: date, dateRange: date === null ? null : dateRange(lines, r.line, date) });
      }
      visit(it.items);
    }
  };
  visit(model.items);
  return out;
}

function firstDate(text: string): string | null {
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const iso = readMeetingDate(m[1]);
    if (iso !== null) return iso;
  }
  return null;
}

/** Where on the resolution's lines (its first few) the date is written. */
function dateRange(lines: LineIndex, first: number, iso: string): SummaryApproval['dateRange'] {
  const last = Math.min(lines.lineCount - 1, first + 20);
  for (let line = first; line <= last; line++) {
    const text = lines.lineText(line);
    DATE.lastIndex = 0;
    for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
      if (readMeetingDate(m[1]) === iso) return { start: { line, character: m.index }, end: { line, character: m.index + m[0].length } };
    }
  }
  return null;
}
