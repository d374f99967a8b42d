/**
 * Starting the next meeting's minutes from the last one (docs/language.md,
 * registers and the next meeting; `minutes new --after FILE`): the header
 * keys a committee keeps from meeting to meeting, its PEOPLE block as
 * written, attendance and declarations left to fill, and the opening items every
 * meeting has: apologies, declarations, the approval of the previous
 * minutes with their date, and matters arising, with every action still
 * open carried forward with `from minute N`. Item numbers continue the
 * series' running numbers, or start at 1 for per-meeting numbers. Pure: the
 * caller reads the files and writes the result.
 */
import type { Analysis } from '../analysis';
import { ACTION_SEPARATOR, isOpen, type HeaderKey } from '../vocabulary';
import { seriesActions, type ActionLine } from './action-threads';
import type { Series } from './build-series';
import { isRunningNumber } from './lookup';
import type { FileSummary } from './summary-types';

/** The header keys carried to the next meeting, in the order written. */
const CARRIED = ['authority', 'committee', 'venue', 'quorum', 'risk-matrix', 'executive'] as const satisfies readonly HeaderKey[];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface NextMinutesOptions {
  /** The new meeting's date, ISO. */
  readonly date: string;
}

/**
 * The text of the next meeting's minutes after `after` (its analysis and
 * its summary in `series`). The actions carried are those whose latest line
 * at or before `after` is open or in progress.
 */
export function nextMinutes(after: Analysis, summary: FileSummary, series: Series | null, options: NextMinutesOptions): string {
  const out: string[] = ['---'];
  for (const key of CARRIED) {
    const entry = summary.header[key];
    if (entry && entry.value !== '') out.push(`${key}: ${entry.value}`);
    // The date goes where clerks write it, after the committee.
    if (key === 'committee') out.push(`date: ${options.date}`);
  }
  out.push('status: draft', '---', '');
  const people = peopleBlock(after);
  if (people) out.push(people, '');
  out.push('PRESENT:', 'APOLOGIES:', 'IN ATTENDANCE:', '');
  const numbers = numbering(summary, options.date);
  const heading = (title: string): string => `# ${numbers.next()} ${title}`;
  out.push(heading('Apologies for absence'), '', heading('Declarations of interest'), '', 'DECLARATIONS:', '');
  out.push(heading('Minutes of the previous meeting'), '');
  if (summary.date) out.push(`RESOLVED: That the minutes of the meeting held on ${longDate(summary.date)} be approved as a correct record.`, '');
  out.push(heading('Matters arising'), '');
  const carried = series ? openActions(series, summary) : [];
  for (const { line: l, due } of carried) {
    const line = reportLine(l, due);
    if (line) out.push(line);
  }
  if (carried.length) out.push('');
  // The trailing newlines are matched from the start of their run only: \n+$ alone rescans a run from each of its characters (quadratic).
  return `${out.join('\n').replace(/(?<!\n)\n+$/, '')}\n`;
}

/** The PEOPLE block as written: its keyword line and its declarations. */
function peopleBlock(a: Analysis): string | null {
  for (const b of a.ast.preamble) {
    if (b.kind !== 'keyword' || b.keyword !== 'PEOPLE') continue;
    const first = a.lines.lineAt(b.span.start);
    const last = b.people?.length ? a.lines.lineAt(b.people[b.people.length - 1].span.start) : first;
    const lines: string[] = [];
    for (let l = first; l <= last; l++) lines.push(a.lines.lineText(l));
    return lines.join('\n').trimEnd();
  }
  return null;
}

/** Item numbers for the new meeting: the running number after the last of the year, or 1, 2, 3. */
function numbering(after: FileSummary, date: string): { next(): string } {
  const running = after.items.filter((it) => it.level === 1 && it.number !== null && /^\d+\/\d{2}$/.test(it.number)).map((it) => it.number!);
  if (running.length === 0) {
    let n = 0;
    return { next: () => `${++n}.` };
  }
  const yy = running[running.length - 1].split('/')[1];
  // Calendar years (`/24` in 2024) start again in a new year; a municipal year's suffix is kept.
  const calendar = after.date !== null && after.date.slice(2, 4) === yy;
  const newYy = date.slice(2, 4);
  let n = calendar && newYy !== yy ? 0 : running.filter((r) => r.endsWith(`/${yy}`)).reduce((max, r) => Math.max(max, Number(r.split('/')[0])), -Infinity);
  const suffix = calendar ? newYy : yy;
  return { next: () => `${++n}/${suffix}` };
}

/**
 * The actions of the series whose latest line at or before `after` is still
 * open or in progress, in the order of those lines, each with its due date
 * as last given (a report that gives none keeps the earlier one).
 */
export function openActions(series: Series, after: FileSummary): { line: ActionLine; due: string | null }[] {
  const at = series.meetings.indexOf(after);
  if (at === -1) return [];
  const out: { line: ActionLine; due: string | null }[] = [];
  for (const thread of seriesActions(series).threads) {
    const upTo = thread.lines.filter((l) => l.index <= at);
    const latest = upTo[upTo.length - 1];
    if (latest && isOpen(latest.action.status)) out.push({ line: latest, due: dueAsLastGiven(upTo) });
  }
  return out.sort((a, b) => a.line.index - b.line.index || a.line.action.line - b.line.action.line);
}

/** The due date of the latest of `lines` that gives one. */
export function dueAsLastGiven(lines: readonly ActionLine[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].action.due) return lines[i].action.due;
  return null;
}

/**
 * An action's line as a later meeting writes it to report on it: owner and
 * task as last worded, its due date (`due`, the last one given), `in progress` when it was, and `from
 * minute N` naming the item it was last written in (with `of DATE` for a
 * per-meeting number, which does not name one meeting alone). Null when the
 * line has no task or no item to name.
 */
export function reportLine(l: ActionLine, due: string | null = l.action.due): string | null {
  const { action, meeting } = l;
  if (!action.task || !action.item || action.item === '0' || !action.ownerText.trim()) return null;
  const parts = [action.ownerText.trim(), action.task.trim()];
  if (due) parts.push(`due ${due}`);
  if (action.status === 'in progress') parts.push('in progress');
  parts.push(`from minute ${action.item}${isRunningNumber(action.item) ? '' : ` of ${meeting.date}`}`);
  return `ACTION: ${parts.join(ACTION_SEPARATOR)}`;
}

/** `2024-03-12` as `12 March 2024`. */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
