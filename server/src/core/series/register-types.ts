/**
 * The JSON forms of the three registers (`minutes actions`, `decisions` and
 * `attendance --format json`), under the names
 * the language brief fixes: the action register (`minutes-actions/1`), the
 * decision register (`minutes-decisions/1`) and the attendance record
 * (`minutes-attendance/1`). Lines are 1-based here, as a reader counts them;
 * `file` is the path the summaries name the file by.
 */
import type { ActionStatus } from '../vocabulary';

/** A meeting and item an action was set or reported at. */
export interface RegisterPlace {
  readonly file: string;
  readonly date: string;
  readonly item: string | null;
}

/** One line that set or reported on an action. */
export interface ActionHistoryEntry extends RegisterPlace {
  /** 1-based. */
  readonly line: number;
  readonly status: ActionStatus;
  readonly due: string | null;
}

/** One action of the action register, however many meetings reported on it. */
export interface ActionRegisterEntry {
  /** The id of the action as first set: `2024-03-12/5/1`. */
  readonly id: string;
  /** The latest line's owner, as the model prints it. */
  readonly owner: string;
  readonly handles: readonly string[];
  /** The latest wording. */
  readonly task: string | null;
  readonly due: string | null;
  readonly status: ActionStatus;
  /** Open or in progress with a due date before today. */
  readonly overdue: boolean;
  readonly setAt: RegisterPlace;
  /** Equals setAt until a later meeting reports on it. */
  readonly lastReported: RegisterPlace;
  /** Oldest first, starting with the line that set it. */
  readonly history: readonly ActionHistoryEntry[];
}

/** `minutes actions --format json`. */
export interface ActionRegister {
  readonly schema: 'minutes-actions/1';
  readonly actions: readonly ActionRegisterEntry[];
}

/** A vote of a resolution's item, as the decision register prints it. */
export interface RegisterVote {
  readonly for: number | null;
  readonly against: number | null;
  readonly abstain: number | null;
  readonly unanimous: boolean;
  readonly nemCon: boolean;
  readonly outcome: 'carried' | 'lost' | null;
  readonly text: string;
}

/** A later citation of a resolution or of its item. */
export interface CitedBy {
  readonly file: string;
  readonly date: string;
  readonly item: string | null;
  /** 1-based. */
  readonly line: number;
}

/** One resolution of the decision register. */
export interface DecisionRegisterEntry {
  /** The resolution's id; with per-meeting numbers a decision is its `file` and `id` together. */
  readonly id: string;
  readonly file: string;
  readonly date: string;
  readonly committee: string;
  readonly item: string | null;
  /** The title of the resolution's item. */
  readonly title: string;
  readonly text: string;
  /** The votes of the resolution's item. */
  readonly votes: readonly RegisterVote[];
  readonly citedBy: readonly CitedBy[];
}

/** `minutes decisions --format json`. */
export interface DecisionRegister {
  readonly schema: 'minutes-decisions/1';
  readonly decisions: readonly DecisionRegisterEntry[];
}

/** One person of one series in the attendance record. */
export interface AttendanceRegisterEntry {
  readonly name: string;
  /** Without `@`, or null for a person named in plain text. */
  readonly handle: string | null;
  readonly committee: string;
  /** Meetings whose PRESENT, APOLOGIES or ABSENT list names the person. */
  readonly expected: number;
  readonly present: number;
  readonly apologies: number;
  readonly absent: number;
  /** present ÷ expected × 100, to one decimal place. */
  readonly percent: number;
}

/** `minutes attendance --format json`. */
export interface AttendanceRegister {
  readonly schema: 'minutes-attendance/1';
  readonly people: readonly AttendanceRegisterEntry[];
}
