/**
 * attendance-conflict's check of the ARRIVED:, LEFT: and RETURNED: lines
 * (docs/language.md#arrivals-and-departures): each is replayed in document
 * order on who the attendance lists say was there at the start, and a
 * change that cannot happen is reported on the name, with what was so
 * before and what to write. One pass over the document, a map lookup per
 * name.
 */
import type { AttendanceEntryNode, KeywordBlockNode } from '../syntax/ast';
import { documentBlocks } from '../syntax/walk';
import type { Fix, RelatedInfo, RuleContext } from './rule';

/** Where a person stands before a change: in the room, or away and why. */
type Where =
  | { readonly here: true; readonly since: 'list' | 'arrived' | 'returned'; readonly list?: string; readonly at?: KeywordBlockNode }
  | { readonly here: false; readonly since: 'apologies' | 'absent' | 'left'; readonly at?: KeywordBlockNode };

const LISTS: Readonly<Record<string, Where>> = {
  PRESENT: { here: true, since: 'list', list: 'PRESENT' },
  'IN ATTENDANCE': { here: true, since: 'list', list: 'IN ATTENDANCE' },
  APOLOGIES: { here: false, since: 'apologies' },
  ABSENT: { here: false, since: 'absent' },
};

/** Reports every impossible ARRIVED, LEFT or RETURNED of the document. */
export function checkChanges(ctx: RuleContext, byName: ReadonlyMap<string, string>): void {
  const where = new Map<string, Where>();
  const blocks = documentBlocks(ctx.ast);
  for (const b of ctx.ast.preamble) {
    if (b.kind !== 'keyword' || !b.attendance || !Object.hasOwn(LISTS, b.keyword)) continue;
    // A name on two lists is the list check's to report; the later list stands, as the model reads it.
    for (const e of b.attendance) where.set(keyOf(e, byName), LISTS[b.keyword]);
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind !== 'keyword' || !b.changes) continue;
    for (const e of b.changes) {
      const key = keyOf(e, byName);
      const before = where.get(key);
      const problem = judge(b, e, before, ctx);
      if (problem) ctx.report(problem);
      where.set(key, after(b, before));
    }
  }
}

/** Where the person is after the change: an impossible change still moves them, as the model reads it. */
function after(b: KeywordBlockNode, before: Where | undefined): Where {
  if (b.keyword === 'LEFT') return { here: false, since: 'left', at: b };
  if (before?.here) return before;
  return { here: true, since: b.keyword === 'RETURNED' ? 'returned' : 'arrived', at: b };
}

function judge(b: KeywordBlockNode, e: AttendanceEntryNode, before: Where | undefined, ctx: RuleContext): { span: typeof e.name.span; message: string; related?: RelatedInfo[]; fix?: Fix } | null {
  const who = e.name.text;
  const lineOf = (x: KeywordBlockNode): number => ctx.lines.lineAt(x.span.start) + 1;
  const related: RelatedInfo[] = before?.at ? [{ message: `${who}'s ${before.at.keyword} line`, span: before.at.keywordText.span }] : [];
  const span = e.name.span;
  const only = b.changes?.length === 1;
  const swap = (to: string): Fix | undefined => (only ? { title: `Write ${to}:`, edits: [{ ...b.keywordText.span, newText: `${to}:` }] } : undefined);
  const sinceText = (w: Where & { here: true }): string =>
    w.since === 'list' ? `is listed in ${w.list}` : `${w.since} on line ${lineOf(w.at!)}`;
  switch (b.keyword) {
    case 'ARRIVED':
      if (before?.here)
        return {
          span,
          message: `${who} arrives, but ${sinceText(before)} and is already present: remove this ARRIVED: line${before.since === 'list' ? `, or take ${who} out of ${before.list} if they came late` : ''}.`,
          related,
        };
      if (before?.since === 'left')
        return { span, message: `${who} left on line ${lineOf(before.at!)} and comes back here: write \`RETURNED: ${who}\` for a return.`, related, fix: swap('RETURNED') };
      return null;
    case 'LEFT':
      if (before?.here) return null;
      if (!before)
        return { span, message: `${who} leaves, but was not present (not in PRESENT, and no ARRIVED: before this line): add ${who} to PRESENT, or write \`ARRIVED: ${who}\` where they came in.`, related };
      if (before.since === 'left')
        return { span, message: `${who} leaves again, but already left on line ${lineOf(before.at!)}: remove one of the LEFT: lines, or write \`RETURNED: ${who}\` between them.`, related };
      return {
        span,
        message: `${who} leaves, but ${before.since === 'apologies' ? 'sent apologies (APOLOGIES)' : 'is listed as ABSENT'} and was never present: remove this LEFT: line, or correct the attendance.`,
        related,
      };
    case 'RETURNED':
      if (before?.here)
        return { span, message: `${who} returns, but ${sinceText(before)} and has not left: remove this RETURNED: line, or add \`LEFT: ${who}\` where they left.`, related };
      if (before?.since === 'left') return null;
      return {
        span,
        message: `${who} returns, but never left${before ? ` (${before.since === 'apologies' ? 'they sent apologies' : 'they are listed as ABSENT'})` : ' (they are not in PRESENT)'}: write \`ARRIVED: ${who}\` for someone who comes in.`,
        related,
        fix: swap('ARRIVED'),
      };
    default:
      return null;
  }
}

/** The person an entry names: `@handle`, the handle whose display name a plain name is, or the name. */
function keyOf(entry: AttendanceEntryNode, byName: ReadonlyMap<string, string>): string {
  if (entry.handle) return `@${entry.handle.text}`;
  const name = entry.name.text.toLowerCase().replace(/\s+/g, ' ').trim();
  const handle = byName.get(name);
  return handle ? `@${handle}` : `name:${name}`;
}
