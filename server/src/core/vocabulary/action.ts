/**
 * The words of an ACTION line (docs/language.md#actions): its statuses, the
 * words read as each, the one test of whether an action is still open, and
 * the dashes that part the line's segments (owner, task, due date, status).
 *
 * The status words are the brief's four. Action logs pasted from a tracker
 * also say `completed`, `closed`, `ongoing`, `in-progress` or `withdrawn`;
 * values are read generously (docs/language.md#how-values-are-checked), so
 * those are read as the status they mean rather than joined to the task,
 * which left the action open and later reported it overdue. The model,
 * semantic tokens, completion, the rules and the TextMate grammar's test all
 * read the words from here.
 */

/** One row of the status table. */
export interface ActionStatusWord {
  /** The status, as the model and the JSON export give it. */
  readonly status: string;
  /** True while the action is still to be done (it can be overdue, it counts as open). */
  readonly open: boolean;
  /** The label the exports print. */
  readonly label: string;
  /** Other words read as this status, in lower case; a full stop after any of them is allowed. */
  readonly words: readonly string[];
}

/** The table itself, read for its types; the rest of the core reads ACTION_STATUSES. */
const TABLE = [
  { status: 'open', open: true, label: 'Open', words: ['not started'] },
  { status: 'in progress', open: true, label: 'In progress', words: ['in-progress', 'ongoing', 'under way', 'underway'] },
  { status: 'done', open: false, label: 'Done', words: ['complete', 'completed', 'closed'] },
  { status: 'cancelled', open: false, label: 'Cancelled', words: ['canceled', 'withdrawn'] },
] as const satisfies readonly ActionStatusWord[];

/** An ACTION's status. */
export type ActionStatus = (typeof TABLE)[number]['status'];

/** The statuses of docs/language.md#actions, in the order completion offers them. */
export const ACTION_STATUSES: readonly (ActionStatusWord & { readonly status: ActionStatus })[] = TABLE;

/** The statuses, in the table's order. */
export const ACTION_STATUS_NAMES: readonly ActionStatus[] = ACTION_STATUSES.map((s) => s.status);

/** Every word read as a status, lower-cased (the statuses themselves first), and the status it means. */
export const STATUS_WORDS: ReadonlyMap<string, ActionStatus> = new Map<string, ActionStatus>([
  ...ACTION_STATUSES.map((s): [string, ActionStatus] => [s.status, s.status]),
  ...ACTION_STATUSES.flatMap((s) => s.words.map((w): [string, ActionStatus] => [w, s.status])),
]);

/** A longer segment (but for a full stop) is no status word, and is not lower-cased to find out (tasks are long). */
const LONGEST_STATUS = [...STATUS_WORDS.keys()].reduce((n, s) => Math.max(n, s.length), 0);

/** The status an ACTION segment gives (`Done`, `completed.`), or null when it is not a status word. */
export function readStatus(segment: string): ActionStatus | null {
  if (segment.length > LONGEST_STATUS + 1) return null;
  const word = segment.toLowerCase().replace(/\.$/, '');
  return STATUS_WORDS.get(word) ?? null;
}

const OPEN: ReadonlySet<string> = new Set(ACTION_STATUSES.filter((s) => s.open).map((s) => s.status));

/** True while an action is still to be done (`open`, `in progress`); false once it is done or cancelled. */
export function isOpen(status: ActionStatus): boolean {
  return OPEN.has(status);
}

const LABELS: ReadonlyMap<string, string> = new Map(ACTION_STATUSES.map((s) => [s.status, s.label]));

/** A status as the exports print it (`In progress`). */
export function statusLabel(status: ActionStatus): string {
  return LABELS.get(status) ?? status;
}

/**
 * The dashes that part an ACTION's segments: an em dash, an en dash or `--`,
 * each with white space on both sides. A single hyphen does not part them
 * (action-owner reports a line parted that way).
 */
export const ACTION_SEPARATOR_DASHES: readonly string[] = ['\u2014', '\u2013', '--'];

/** The separator the formatter and fixes write between segments. */
export const ACTION_SEPARATOR = ' \u2014 ';

/** The dashes as a regular expression alternation, in the order above (none is special in a pattern). */
const DASHES = ACTION_SEPARATOR_DASHES.join('|');

/**
 * A new global pattern matching one separator with the white space around it.
 * A match may only start where a run of white space starts (the lookbehind),
 * so a long run without a dash is scanned once, not once per character of it.
 * Each caller makes its own: a global pattern carries its position between
 * calls.
 */
export function actionSeparatorPattern(): RegExp {
  return new RegExp(`(?<![ \\t])[ \\t]+(?:${DASHES})[ \\t]+`, 'g');
}

/** A segment that starts with a separator's dash: the line's owner was left empty (`ACTION: — Write`). */
export const LEADING_SEPARATOR = new RegExp(`^(?:${DASHES})(?:\\s+|$)`);
