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
    const d = /^due\b\s*:?\s*(.*)$/i.exec(seg.text);
    const s = seg.text.toLowerCase() as ActionStatus;
    if (d && dueText === null) {
      dueText = d[1];
      due = isRealDate(d[1]) ? d[1] : null;
    } else if (STATUSES.includes(s)) status = s;
    else if (seg.text) task.push(seg.text);
  }
  return { owner, handles, task: task.length ? task.join(' — ') : null, due, dueText, status, item, line };
}
