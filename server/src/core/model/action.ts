/**
 * Reading an ACTION line's segments: the first is the owner, `due ...` the due
 * date, a status word the status, and what remains the task.
 */
import type { ActionSegmentsNode } from '../syntax/ast';
import { isRealDate } from './dates';
import { findHandles } from './references';
import type { ActionModel, ActionStatus } from './types';

const STATUSES: readonly ActionStatus[] = ['open', 'in progress', 'done', 'cancelled'];

/** `names` maps a handle to its display name. */
export function parseAction(
  node: ActionSegmentsNode,
  names: ReadonlyMap<string, string>,
  item: string | null,
  line: number,
): ActionModel {
  const [ownerSeg, ...rest] = node.segments;
  const ownerText = ownerSeg?.text ?? '';
  const handles = findHandles(ownerText).map((h) => h.handle);
  const owner = ownerText.replace(/(?<![A-Za-z0-9._@-])@([a-z0-9]+(?:-[a-z0-9]+)*)/g, (all, h: string) => names.get(h) ?? all);
  let due: string | null = null;
  let dueText: string | null = null;
  let status: ActionStatus = 'open';
  const task: string[] = [];
  for (const seg of rest) {
    const d = dueTextOf(seg.text);
    const s = seg.text.toLowerCase() as ActionStatus;
    if (d !== null && dueText === null) {
      dueText = d;
      due = isRealDate(d) ? d : null;
    } else if (STATUSES.includes(s)) status = s;
    else if (seg.text) task.push(seg.text);
  }
  return { owner, handles, task: task.length ? task.join(' — ') : null, due, dueText, status, item, line };
}

const DATE_WORD = /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:today|tomorrow|next|end|week|month|year|tbc|tba)\b/i;

/**
 * The text after `due` when a segment is a due date: `due` alone, or `due`
 * followed by something date-shaped (a digit, a month, `next week`). A task
 * such as "Due diligence on the bidder" is not a due date. Null otherwise.
 */
export function dueTextOf(segment: string): string | null {
  const m = /^due\b\s*:?\s*(.*)$/i.exec(segment);
  if (!m) return null;
  return m[1] === '' || DATE_WORD.test(m[1]) ? m[1] : null;
}
