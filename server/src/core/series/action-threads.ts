/**
 * Actions across meetings (docs/language.md, actions across meetings): which
 * ACTION lines of a series are the same action. A later line reports on an
 * earlier action when its `from minute N [of DATE]` part names the item where
 * the action was set or last reported (where that item holds several, the one
 * whose task matches, else the one of the same owner, else of those the one
 * still open), or, without such a part, when owner and task match:
 * the same set of handles, or without handles the same owner text, and the
 * task of the action's latest wording, case, punctuation and white space
 * ignored. Each action's thread is every line that reported on it, oldest first.
 */
import { matchKey } from '../model/citation-links';
import { isOpen } from '../vocabulary';
import type { Series } from './build-series';
import { findMinute, isRunningNumber } from './lookup';
import type { FileSummary, SummaryAction } from './summary-types';

/** One ACTION line of a meeting. */
export interface ActionLine {
  readonly meeting: FileSummary;
  /** The meeting's place in its series, 0-based. */
  readonly index: number;
  readonly action: SummaryAction;
}

/** An action and every line that set or reported on it. */
export interface ActionThread {
  /** The id of the action as first set. */
  readonly id: string;
  /** Oldest first: `lines[0]` set it. */
  readonly lines: readonly ActionLine[];
}

/** Why a `from minute` part found no action. */
export type FromProblem =
  /** The part names a date the series has no meeting of. */
  | 'meeting-missing'
  /** The item named holds no action (or none whose task matches). */
  | 'minute-missing'
  /** A per-meeting number without a date, not in the same file: it needs the date. */
  | 'ambiguous';

/** What became of one ACTION line. */
export interface ActionLink {
  readonly file: string;
  readonly line: number;
  /** The thread it belongs to. */
  readonly thread: ActionThread;
  /** The id of the action as first set when this line reports on an earlier one; null for the line that set it. */
  readonly from: string | null;
  /** Set when the line's `from minute` part found nothing (it is then matched by owner and task, or starts a thread). */
  readonly fromProblem: FromProblem | null;
}

/** The threads of a series, and a link for every ACTION line with an id. */
export interface SeriesActions {
  readonly threads: readonly ActionThread[];
  readonly links: readonly ActionLink[];
}

/** Owners match on the same set of handles, or, with none, the same text. */
function ownerKey(a: SummaryAction): string {
  return a.handles.length ? `@${[...new Set(a.handles)].sort().join(',')}` : matchKey(a.ownerText);
}

/** Links the ACTION lines of a series into threads, meeting by meeting. */
export function seriesActions(series: Series): SeriesActions {
  const threads: { id: string; lines: ActionLine[] }[] = [];
  const links: ActionLink[] = [];
  series.meetings.forEach((meeting, index) => {
    for (const action of meeting.actions) {
      if (action.id === null) continue;
      const line: ActionLine = { meeting, index, action };
      let problem: FromProblem | null = null;
      let thread: { id: string; lines: ActionLine[] } | undefined;
      if (action.from) {
        const found = threadFromPart(series, index, action, threads);
        if (typeof found === 'string') problem = found;
        else thread = found;
      }
      thread ??= threads
        .slice()
        .reverse()
        .find((t) => {
          const last = t.lines[t.lines.length - 1];
          return last.meeting !== meeting && ownerKey(last.action) === ownerKey(action) && matchKey(last.action.task) === matchKey(action.task) && matchKey(action.task) !== '';
        });
      if (thread) {
        thread.lines.push(line);
        links.push({ file: meeting.file, line: action.line, thread, from: thread.id, fromProblem: problem });
      } else {
        const fresh = { id: action.id, lines: [line] };
        threads.push(fresh);
        links.push({ file: meeting.file, line: action.line, thread: fresh, from: null, fromProblem: problem });
      }
    }
  });
  return { threads, links };
}

/** The thread a `from minute N [of DATE]` part names, or why none. */
function threadFromPart(series: Series, index: number, action: SummaryAction, threads: readonly { id: string; lines: ActionLine[] }[]): { id: string; lines: ActionLine[] } | FromProblem {
  const part = action.from!;
  const here = series.meetings[index];
  let meeting: FileSummary | undefined;
  if (part.meeting !== null && part.meeting !== here.date) {
    meeting = series.meetings.slice(0, index).reverse().find((m) => m.date === part.meeting);
    if (!meeting) return 'meeting-missing';
  } else if (findMinute(here, part.number)?.kind === 'item' && threads.some((t) => t.lines.some((l) => l.meeting === here && l.action.item === part.number && l.action !== action))) {
    meeting = here;
  } else if (part.meeting !== null) {
    return 'minute-missing';
  } else if (isRunningNumber(part.number)) {
    meeting = series.meetings.slice(0, index).reverse().find((m) => m.items.some((i) => i.number === part.number));
    if (!meeting) return 'minute-missing';
  } else {
    return 'ambiguous';
  }
  const candidates = threads.filter((t) => t.lines.some((l) => l.meeting === meeting && l.action.item === part.number && l.action !== action));
  if (candidates.length === 1) return candidates[0];
  const latest = (t: { lines: ActionLine[] }): SummaryAction => t.lines[t.lines.length - 1].action;
  const byTask = candidates.find((t) => matchKey(latest(t).task) === matchKey(action.task));
  if (byTask) return byTask;
  // A reworded task matches none: the item's one action of the same owner, or of those the one still open, is it.
  const sameOwner = candidates.filter((t) => ownerKey(latest(t)) === ownerKey(action));
  if (sameOwner.length === 1) return sameOwner[0];
  const open = sameOwner.filter((t) => isOpen(latest(t).status));
  return open.length === 1 ? open[0] : 'minute-missing';
}

/**
 * The actions still open or in progress after a meeting that the next meeting
 * does not report on (action-not-reported): for each later meeting up to the
 * one that reports on the action, or the series' end, the thread and that
 * meeting.
 */
export function unreportedActions(series: Series, actions: SeriesActions): { readonly meeting: FileSummary; readonly thread: ActionThread }[] {
  const out: { meeting: FileSummary; thread: ActionThread }[] = [];
  for (const thread of actions.threads) {
    const lines = thread.lines;
    for (let i = 0; i < lines.length; i++) {
      const at = lines[i];
      if (at.action.status !== 'open' && at.action.status !== 'in progress') continue;
      const nextReport = i + 1 < lines.length ? lines[i + 1].index : series.meetings.length;
      for (let m = at.index + 1; m < nextReport; m++) out.push({ meeting: series.meetings[m], thread });
    }
  }
  return out.sort((a, b) => series.meetings.indexOf(a.meeting) - series.meetings.indexOf(b.meeting) || a.thread.lines[0].action.line - b.thread.lines[0].action.line);
}
