/**
 * attendance-conflict (error)
 *
 * The same person twice in the attendance lists
 * (docs/language.md#who-was-there): present
 * and also in apologies or absent, or named twice in one list, or both a
 * voting member (PRESENT) and an attendee (IN ATTENDANCE). A person is
 * matched by handle; a plain name matches a handle whose declared display
 * name it equals, and otherwise another plain name (ignoring case and
 * spacing). The later listing is reported, with related information at the
 * first. A `(substitute for @jennings)` note is not a listing of @jennings.
 * Initials in brackets are part of a name, so `Collins (B)` and
 * `Collins (J)` are two people.
 *
 * Arrivals and departures (docs/language.md#arrivals-and-departures), read
 * in document order from the attendance lists: `ARRIVED:` for someone
 * already there, `LEFT:` for someone who is not (never listed, sent
 * apologies, absent, or already gone), and `RETURNED:` for someone who is
 * there or never left. Each is reported on the name in that line, saying
 * what was there before and what to write. An ARRIVED for someone who left
 * has a fix that writes RETURNED, and a RETURNED for someone who never
 * came a fix that writes ARRIVED, when the line names only them.
 *
 * Bad:  `PRESENT: @okafor, @bains` / `APOLOGIES: @bains`, `APOLOGIES: @elwood` / … / `LEFT: @elwood`
 * Good: `PRESENT: @okafor` / `APOLOGIES: @bains`, `PRESENT: @elwood` / … / `LEFT: @elwood`
 */
import type { AttendanceEntryNode, Block, KeywordBlockNode, Span } from '../../syntax/ast';
import { documentBlocks } from '../../syntax/walk';
import { checkChanges } from '../attendance-changes';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'attendance-conflict',
  defaultSeverity: 'error',
  description:
    'The same person is listed twice in the attendance, or both present and in apologies or absent; or arrives when already there, leaves when not present, or returns without having left.',
  fixable: true,
  check(ctx) {
    const byName = new Map<string, string>();
    for (const p of ctx.model.people) if (!byName.has(normal(p.name))) byName.set(normal(p.name), p.handle);
    const seen = new Map<string, { list: string; span: Span }>();
    for (const block of attendanceBlocks(documentBlocks(ctx.ast))) {
      const list = block.keyword;
      for (const entry of block.attendance ?? []) {
        const key = personKey(entry, byName);
        if (!key) continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { list, span: entry.name.span });
          continue;
        }
        const who = entry.name.text;
        ctx.report({
          span: entry.name.span,
          message:
            first.list === list
              ? `${who} is listed twice under ${list}: remove one of them.`
              : `${who} is listed under both ${first.list} and ${list}: a person belongs in one attendance list only.`,
          related: [{ message: `${who} is first listed under ${first.list} here`, span: first.span }],
        });
      }
    }
    checkChanges(ctx, byName);
  },
};

function attendanceBlocks(blocks: readonly Block[]): KeywordBlockNode[] {
  return blocks.filter((b): b is KeywordBlockNode => b.kind === 'keyword' && !!b.attendance);
}

function personKey(entry: AttendanceEntryNode, byName: ReadonlyMap<string, string>): string | null {
  if (entry.handle) return `@${entry.handle.text}`;
  const name = normal(entry.name.text);
  if (!name) return null;
  const handle = byName.get(name);
  return handle ? `@${handle}` : `name:${name}`;
}

function normal(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}
