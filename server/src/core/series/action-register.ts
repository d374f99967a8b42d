/**
 * The action register (`minutes actions`, `minutes-actions/1`): every action of
 * every series with its id, latest owner and wording, due date and status,
 * where it was set and last reported, its history and whether it is overdue
 * (open or in progress, due before `today`).
 */
import { isOpen, type ActionStatus } from '../vocabulary';
import { seriesActions, type ActionLine, type ActionThread } from './action-threads';
import type { SeriesSet } from './build-series';
import type { ActionRegister, ActionRegisterEntry, RegisterPlace } from './register-types';

/** Which actions the register lists. */
export interface ActionFilter {
  /** ISO date the overdue test counts from; '' or undefined: nothing is overdue. */
  readonly today?: string;
  /** Only these statuses (of the latest report). */
  readonly status?: readonly ActionStatus[];
  /** Only actions whose latest owner includes this handle (without `@`). */
  readonly owner?: string;
  /** Only overdue actions. */
  readonly overdue?: boolean;
}

function place(l: ActionLine): RegisterPlace {
  return { file: l.meeting.file, date: l.meeting.date!, item: l.action.item };
}

/** One register row from a thread. */
export function registerEntry(thread: ActionThread, today: string): ActionRegisterEntry {
  const lines = thread.lines;
  const last = lines[lines.length - 1];
  // A report that gives no due date keeps the one given before.
  let due: string | null = null;
  for (const l of lines) if (l.action.due !== null) due = l.action.due;
  const status = last.action.status;
  let task = last.action.task;
  for (const l of lines) if (l.action.task !== null) task = l.action.task;
  return {
    id: thread.id,
    owner: last.action.owner,
    handles: last.action.handles,
    task,
    due,
    status,
    overdue: today !== '' && due !== null && isOpen(status) && due < today,
    setAt: place(lines[0]),
    lastReported: place(last),
    history: lines.map((l) => ({ ...place(l), line: l.action.line + 1, status: l.action.status, due: l.action.due })),
  };
}

/** The action register of a set of series, in series order, then by where each action was set. */
export function actionRegister(set: SeriesSet, filter: ActionFilter = {}): ActionRegister {
  const today = filter.today ?? '';
  const actions: ActionRegisterEntry[] = [];
  for (const series of set.series) {
    for (const thread of seriesActions(series).threads) {
      const entry = registerEntry(thread, today);
      if (filter.status && !filter.status.includes(entry.status)) continue;
      if (filter.owner !== undefined && !entry.handles.includes(filter.owner)) continue;
      if (filter.overdue && !entry.overdue) continue;
      actions.push(entry);
    }
  }
  return { schema: 'minutes-actions/1', actions };
}
