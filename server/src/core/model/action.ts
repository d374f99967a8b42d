/**
 * Reading an ACTION line's segments: the first is the owner, `due ...` the due
 * date, a status word the status, and what remains the task. The status words
 * (the brief's four and the tracker words read as them) are the vocabulary's.
 */
import type { ActionSegmentsNode } from '../syntax/ast';
import { ACTION_SEPARATOR, readStatus, type ActionStatus } from '../vocabulary';
import { citationsInLine } from './citations';
import { isRealDate } from './dates';
import { findHandles } from './references';
import type { ActionModel } from './types';

/** An ACTION line as read, before the builder gives it its id: the model's fields and its `from minute` part. */
export type ParsedAction = Omit<ActionModel, 'id' | 'from'> & {
  /** The number and meeting of a `from minute N [of DATE]` segment, which is not part of the task. */
  readonly fromPart: { readonly number: string; readonly meeting: string | null } | null;
};

/** `names` maps a handle to its display name. */
export function parseAction(
  node: ActionSegmentsNode,
  names: ReadonlyMap<string, string>,
  item: string | null,
  line: number,
): ParsedAction {
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
  let fromPart: ParsedAction['fromPart'] = null;
  for (let i = 1; i < segments.length; i++) {
    const text = segments[i].text;
    // `from minute 5 [of 2024-03-12]` names the earlier action this line reports on (core/series).
    if (fromPart === null && (text.charCodeAt(0) | 32) === 102) {
      const from = fromPartOf(text);
      if (from) {
        fromPart = from;
        continue;
      }
    }
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
  return { owner, handles, task: task.length ? task.join(ACTION_SEPARATOR) : null, due, dueText, status, item, line, fromPart };
}

/** A whole segment `from minute N` / `from min. N of DATE`: the number and the meeting (ISO or null); null otherwise. */
export function fromPartOf(segment: string): { number: string; meeting: string | null } | null {
  if (!/^from\s+(?:minute|min\.)\s/i.test(segment)) return null;
  const found = citationsInLine(segment, 0);
  const c = found[0];
  // The citation must be the whole segment after `from` (a full stop may close it).
  if (!c || c.range.start.character !== segment.search(/(?:minute|min\.)/i) || segment.slice(c.range.end.character).replace(/[.;,]$/, '').trim() !== '') return null;
  return { number: c.number, meeting: c.meeting };
}

const OWNER_HANDLE = /(?<![A-Za-z0-9._@-])@([a-z0-9]+(?:-[a-z0-9]+)*)/g;

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
