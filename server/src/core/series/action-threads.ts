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
import { latestBefore, seriesIndex } from './series-index';
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

type Thread = { id: string; lines: ActionLine[] };

const keys = new WeakMap<SummaryAction, string>();
const taskKeys = new WeakMap<SummaryAction, string>();

/**
 * The task as matchKey reads it, made once per action: a `from minute` part
 * compares it with every thread at the item it names, and the Unicode
 * regular expressions of matchKey were a third of seriesActions' time.
 */
function taskKey(a: SummaryAction): string {
  let key = taskKeys.get(a);
  if (key === undefined) {
    key = matchKey(a.task);
    taskKeys.set(a, key);
  }
  return key;
}

/** The key owner-and-task matching compares: the owner's handles or text, and the task, both as matchKey reads them. */
function matchingKey(a: SummaryAction): string {
  let key = keys.get(a);
  if (key === undefined) {
    key = `${ownerKey(a)}\u0000${taskKey(a)}`;
    keys.set(a, key);
  }
  return key;
}

/**
 * The threads as they grow, indexed so that each line is placed without a
 * scan of the threads before it: by the matching key of each thread's latest
 * line, and by each meeting and item a thread has a line at.
 */
class Threads {
  readonly all: Thread[] = [];
  private readonly byKey = new Map<string, Thread[]>();
  private readonly byPlace = new Map<string, Thread[]>();

  add(thread: Thread, line: ActionLine): void {
    thread.lines.push(line);
    push(this.byKey, matchingKey(line.action), thread);
    push(this.byPlace, `${line.index}\u0000${line.action.item}`, thread);
  }

  start(line: ActionLine): Thread {
    const thread: Thread = { id: line.action.id!, lines: [] };
    this.all.push(thread);
    this.add(thread, line);
    return thread;
  }

  /** The latest thread whose latest line matches `action` by owner and task, set at an earlier meeting. */
  matching(action: SummaryAction, meeting: FileSummary): Thread | undefined {
    if (taskKey(action) === '') return undefined;
    const key = matchingKey(action);
    const list = this.byKey.get(key) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const last = list[i].lines[list[i].lines.length - 1];
      if (last.meeting !== meeting && matchingKey(last.action) === key) return list[i];
    }
    return undefined;
  }

  /** The threads with a line at a meeting's item, other than `action`'s own. */
  at(index: number, item: string, action: SummaryAction): Thread[] {
    const list = this.byPlace.get(`${index}\u0000${item}`) ?? [];
    return [...new Set(list)].filter((t) => t.lines.some((l) => l.index === index && l.action.item === item && l.action !== action));
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Links the ACTION lines of a series into threads, meeting by meeting. */
export function seriesActions(series: Series): SeriesActions {
  const threads = new Threads();
  const links: ActionLink[] = [];
  series.meetings.forEach((meeting, index) => {
    for (const action of meeting.actions) {
      if (action.id === null) continue;
      const line: ActionLine = { meeting, index, action };
      let problem: FromProblem | null = null;
      let thread: Thread | undefined;
      if (action.from) {
        const found = threadFromPart(series, index, action, threads);
        if (typeof found === 'string') problem = found;
        else thread = found;
      }
      thread ??= threads.matching(action, meeting);
      if (thread) {
        threads.add(thread, line);
        links.push({ file: meeting.file, line: action.line, thread, from: thread.id, fromProblem: problem });
      } else {
        links.push({ file: meeting.file, line: action.line, thread: threads.start(line), from: null, fromProblem: problem });
      }
    }
  });
  return { threads: threads.all, links };
}

/** The thread a `from minute N [of DATE]` part names, or why none. */
function threadFromPart(series: Series, index: number, action: SummaryAction, threads: Threads): Thread | FromProblem {
  const part = action.from!;
  const here = series.meetings[index];
  const idx = seriesIndex(series);
  let at: number;
  if (part.meeting !== null && part.meeting !== here.date) {
    const dated = (idx.byDate.get(part.meeting) ?? []).map((m) => idx.place.get(m.file)!).filter((p) => p < index);
    if (!dated.length) return 'meeting-missing';
    at = dated[dated.length - 1];
  } else if (findMinute(here, part.number)?.kind === 'item' && threads.at(index, part.number, action).length > 0) {
    at = index;
  } else if (part.meeting !== null) {
    return 'minute-missing';
  } else if (isRunningNumber(part.number)) {
    at = latestBefore(idx.holding.get(part.number), index);
    if (at === -1) return 'minute-missing';
  } else {
    return 'ambiguous';
  }
  const candidates = threads.at(at, part.number, action);
  if (candidates.length === 1) return candidates[0];
  const latest = (t: Thread): SummaryAction => t.lines[t.lines.length - 1].action;
  // Owner and task first: one item may set the same task for two owners, and each report is its own owner's.
  const task = taskKey(action);
  const byTask = candidates.filter((t) => taskKey(latest(t)) === task);
  const byBoth = byTask.find((t) => ownerKey(latest(t)) === ownerKey(action));
  if (byBoth) return byBoth;
  if (byTask.length) return byTask[0];
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
      if (!isOpen(at.action.status)) continue;
      const nextReport = i + 1 < lines.length ? lines[i + 1].index : series.meetings.length;
      for (let m = at.index + 1; m < nextReport; m++) out.push({ meeting: series.meetings[m], thread });
    }
  }
  const place = seriesIndex(series).place;
  return out.sort((a, b) => place.get(a.meeting.file)! - place.get(b.meeting.file)! || a.thread.lines[0].action.line - b.thread.lines[0].action.line);
}
