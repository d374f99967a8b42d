/**
 * What a cross-file check sees of the series a document belongs to
 * (docs/language.md#the-series): the document's own summary, the
 * meetings of its series in order, and the answers the series core gives
 * across them (action threads, approvals, running numbers), worked out once
 * per series and shared by every file of it. Rules read these small records
 * rather than the other files' analyses, so a caller (the CLI, a cache, a
 * server) can keep thousands of files in hand. The view is made by the
 * caller from the set it built; the rules never build one.
 */
import { seriesActions, unreportedActions, type ActionLink, type ActionThread, type SeriesActions } from '../series/action-threads';
import { seriesApprovals, type ApprovalLink } from '../series/approvals';
import type { Series, SeriesSet } from '../series/build-series';
import { runningNumbers, type RunningNumberCheck } from '../series/running-numbers';
import type { FileSummary } from '../series/summary-types';

export interface SeriesView {
  /** The summary of the document being checked. */
  readonly self: FileSummary;
  /**
   * The meetings of the document's series, oldest first (by date, then
   * time, then file), the document among them; just the document when it
   * is the only meeting of its series; empty when it belongs to none (a
   * report, a file without a real date).
   */
  readonly meetings: readonly FileSummary[];
  /** The document's series, or null. */
  readonly series: Series | null;
  /** Every series the caller built, with the reports and the files left out (citations may name any of them). */
  readonly set: SeriesSet;
}

/** The view of one file of a set; null when the set does not hold the file. */
export function seriesViewOf(set: SeriesSet, file: string): SeriesView | null {
  const self = set.summaryOf(file);
  if (!self) return null;
  const series = set.seriesOf(file) ?? null;
  return { self, meetings: series ? series.meetings : [], series, set };
}

/** The meeting before `self` in its series, or null. */
export function previousMeeting(view: SeriesView): FileSummary | null {
  const at = view.meetings.indexOf(view.self);
  return at > 0 ? view.meetings[at - 1] : null;
}

/** What the series core answers about a whole series, each part made when first asked for. */
export interface SeriesFacts {
  readonly actions: SeriesActions;
  /** The actions each meeting should have reported on and did not, by meeting file. */
  readonly unreported: ReadonlyMap<string, readonly ActionThread[]>;
  readonly approvals: readonly ApprovalLink[];
  readonly runningNumbers: readonly RunningNumberCheck[];
}

const FACTS = new WeakMap<Series, SeriesFacts>();

/** The facts of a series, shared by the views of all its files (a series is checked file by file). */
export function seriesFacts(series: Series): SeriesFacts {
  let facts = FACTS.get(series);
  if (facts) return facts;
  let actions: SeriesActions | undefined;
  let unreported: Map<string, ActionThread[]> | undefined;
  let approvals: ApprovalLink[] | undefined;
  let numbers: RunningNumberCheck[] | undefined;
  facts = {
    get actions() {
      return (actions ??= seriesActions(series));
    },
    get unreported() {
      if (!unreported) {
        unreported = new Map();
        for (const { meeting, thread } of unreportedActions(series, this.actions)) {
          const list = unreported.get(meeting.file);
          if (list) list.push(thread);
          else unreported.set(meeting.file, [thread]);
        }
      }
      return unreported;
    },
    get approvals() {
      return (approvals ??= seriesApprovals(series));
    },
    get runningNumbers() {
      return (numbers ??= runningNumbers(series));
    },
  };
  FACTS.set(series, facts);
  return facts;
}

const LINKS = new WeakMap<Series, Map<string, ActionLink>>();

/** The action line of the view's file at a 0-based line, as the series' threads link it, or undefined. */
function linkAt(view: SeriesView, line: number): ActionLink | undefined {
  if (!view.series) return undefined;
  let byLine = LINKS.get(view.series);
  if (!byLine) {
    byLine = new Map(seriesFacts(view.series).actions.links.map((l) => [`${l.file}\n${l.line}`, l]));
    LINKS.set(view.series, byLine);
  }
  return byLine.get(`${view.self.file}\n${line}`);
}

/** Whether the ACTION line at `line` reports on an action an earlier meeting set. */
export function reportsOnEarlier(view: SeriesView, line: number): boolean {
  return linkAt(view, line)?.from != null;
}

/** Whether a later meeting of the series reports on the action of the ACTION line at `line`. */
export function reportedLater(view: SeriesView, line: number): boolean {
  const link = linkAt(view, line);
  if (!link) return false;
  const lines = link.thread.lines;
  return lines[lines.length - 1].meeting !== view.self;
}
