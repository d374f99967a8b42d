/**
 * Reading an ACTION line's segments: the first is the owner, `due ...` the due
 * date, a status word the status, and what remains the task.
 *
 * The status words are the brief's four (language.md §6). Action logs pasted
 * from a tracker also say `completed`, `closed`, `ongoing`, `in-progress` or
 * `withdrawn`; values are read loosely (§6), so those are read as the status
 * they mean rather than joined to the task, which left the action open and
 * later reported it overdue.
 */
import type { ActionSegmentsNode } from '../syntax/ast';
import { isRealDate } from './dates';
import { findHandles } from './references';
import type { ActionModel, ActionStatus } from './types';

/** Every word read as a status, lower-cased, and the status it means. */
const STATUS_WORDS: ReadonlyMap<string, ActionStatus> = new Map<string, ActionStatus>([
  ['open', 'open'],
  ['in progress', 'in progress'],
  ['done', 'done'],
  ['cancelled', 'cancelled'],
  ['not started', 'open'],
  ['in-progress', 'in progress'],
  ['ongoing', 'in progress'],
  ['under way', 'in progress'],
  ['underway', 'in progress'],
  ['complete', 'done'],
  ['completed', 'done'],
  ['closed', 'done'],
  ['canceled', 'cancelled'],
  ['withdrawn', 'cancelled'],
]);

/** The status an ACTION segment gives (`Done`, `completed.`), or null when it is not a status word. */
export function readStatus(segment: string): ActionStatus | null {
  if (segment.length > LONGEST_STATUS + 1) return null;
  const word = segment.toLowerCase().replace(/\.$/, '');
  return STATUS_WORDS.get(word) ?? null;
}

/** `names` maps a handle to its display name. */
export function parseAction(
  node: ActionSegmentsNode,
  names: ReadonlyMap<string, string>,
  item: string | null,
  line: number,
): ActionModel {
  // Runs once per ACTION line: the segments are read by index rather than destructured (an
  // iterator and a copy each time), and the handle replacement runs only when there is an `@`.
  const segments = node.segments;
  const ownerText = segments.length ? segments[0].text : '';
  const handles = findHandles(ownerText).map((h) => h.handle);
  const owner = ownerText.includes('@') ? ownerText.replace(OWNER_HANDLE, (all, h: string) => names.get(h) ?? all) : ownerText;
  let due: string | null = null;
  let dueText: string | null = null;
  let status: ActionStatus = 'open';
  const task: string[] = [];
  for (let i = 1; i < segments.length; i++) {
    const text = segments[i].text;
    const d = dueTextOf(text);
    if (d !== null && dueText === null) {
      dueText = d;
      due = isRealDate(d) ? d : null;
      continue;
    }
    const read = readStatus(text);
    if (read) status = read;
    else if (text) task.push(text);
  }
  return { owner, handles, task: task.length ? task.join(' — ') : null, due, dueText, status, item, line };
}

const OWNER_HANDLE = /(?<![A-Za-z0-9._@-])@([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** A longer segment (but for a full stop) is no status word, and is not lower-cased to find out (tasks are long). */
const LONGEST_STATUS = [...STATUS_WORDS.keys()].reduce((n, s) => Math.max(n, s.length), 0);

const DATE_WORD = /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:today|tomorrow|next|end|week|month|year|tbc|tba)\b/i;

/**
 * The text after `due` when a segment is a due date: `due` alone, or `due`
 * followed by something date-shaped (a digit, a month, `next week`). A task
 * such as "Due diligence on the bidder" is not a due date. Null otherwise.
 */
export function dueTextOf(segment: string): string | null {
  // Most segments are owners and tasks: a first letter other than d or D rules them out without a match.
  if ((segment.charCodeAt(0) | 32) !== 100) return null;
  const m = /^due\b\s*:?\s*(.*)$/i.exec(segment);
  if (!m) return null;
  return m[1] === '' || DATE_WORD.test(m[1]) ? m[1] : null;
}
