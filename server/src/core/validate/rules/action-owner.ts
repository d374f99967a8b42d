/**
 * action-owner (error)
 *
 * Every ACTION names who is to do it: the first segment of the line, before
 * the first ` — `, is the owner (docs/language.md#actions). Reported when there is
 * nothing after `ACTION:`, when the text starts with a dash (an empty
 * owner), or when the first segment is plainly not an owner but a due date
 * (`due 2021-10-14`) or a status (`done`), which means the owner was left
 * out. An action nobody owns is an action nobody will report back on.
 *
 * Also reported: a line whose parts are parted by a spaced hyphen
 * (`ACTION: @clerk - Write to residents - due 2022-04-01`), as typed where
 * no editor makes the dash. Only ` — `, ` – ` and ` -- ` part an ACTION, so
 * the whole line is read as its owner, and the task, due date and status
 * are lost (an overdue action is then never reported). It is reported when
 * the line has no other separator and the hyphen plainly parts it: the text
 * before the first hyphen is only @handles, or a later part is a due date or
 * a status. An owner that merely holds a hyphen (`Head of Planning -
 * Development`) is left alone. The fix writes each such hyphen as ` — `.
 *
 * Bad:  `ACTION: — Circulate the Ofsted letter — due 2021-06-15`
 * Good: `ACTION: @alam — Circulate the Ofsted letter — due 2021-06-15`
 */
import { dueTextOf } from '../../model/action';
import type { KeywordBlockNode, TextPiece } from '../../syntax/ast';
import { keywordBlocks } from '../../syntax/walk';
import { ACTION_SEPARATOR, LEADING_SEPARATOR, readStatus } from '../../vocabulary';
import type { Rule, RuleReport } from '../rule';

const ONLY_HANDLES = /^@[a-z0-9]+(?:-[a-z0-9]+)*(?:[ \t]*,[ \t]*@[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

export const rule: Rule = {
  id: 'action-owner',
  defaultSeverity: 'error',
  description: 'An ACTION with no owner: nothing after `ACTION:`, nothing before the first ` — `, a due date or status where the owner goes, or parts parted by ` - ` (the whole line is then read as its owner).',
  fixable: true,
  check(ctx) {
    for (const b of keywordBlocks(ctx.ast, 'ACTION')) {
      const owner = b.action?.segments[0];
      if (!owner || !owner.text) {
        ctx.report({ span: b.keywordText.span, message: 'This ACTION is empty: write who is to do it, then what, as in `ACTION: @alam — Circulate the letter — due 2021-06-15`.' });
        continue;
      }
      // The tree splits only on a dash with space on both sides, so a line that
      // starts with one keeps the dash at the front of its first segment.
      const dash = LEADING_SEPARATOR.exec(owner.text);
      if (dash) {
        ctx.report({
          span: { start: b.keywordText.span.start, end: owner.span.start + dash[0].trimEnd().length },
          message: 'This ACTION has no owner: write who is to do it after `ACTION:` and before the first dash.',
        });
      } else if (/^due\b/i.test(owner.text) || readStatus(owner.text)) {
        ctx.report({
          span: owner.span,
          message: `The first part of an ACTION is its owner, but "${owner.text}" is a ${/^due\b/i.test(owner.text) ? 'due date' : 'status'}: put the owner first, as in \`ACTION: @alam — Circulate the letter — due 2021-06-15\`.`,
        });
      } else {
        const hyphens = hyphenParted(b, owner);
        if (hyphens) ctx.report(hyphens);
      }
    }
  },
};

/** The report for a line parted by spaced hyphens (see the file comment), or null. */
function hyphenParted(b: KeywordBlockNode, owner: TextPiece): RuleReport | null {
  if ((b.action?.segments.length ?? 0) !== 1) return null;
  // Each hyphen with white space on both sides; the white space is taken from the start of its run.
  const cuts = [...owner.text.matchAll(/(?<![ \t])[ \t]+-[ \t]+/g)];
  if (!cuts.length) return null;
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(owner.text.slice(from, c.index).trim());
    from = c.index! + c[0].length;
  }
  parts.push(owner.text.slice(from).trim());
  const parted = ONLY_HANDLES.test(parts[0]) || parts.slice(1).some((p) => dueTextOf(p) !== null || readStatus(p) !== null);
  if (!parted) return null;
  const written = parts.join(ACTION_SEPARATOR);
  return {
    span: owner.span,
    message: `The parts of an ACTION are parted by \` — \` (or \` – \`, \` -- \`), not \` - \`: as written, the whole line is read as its owner. Write \`ACTION: ${written}\`.`,
    fix: {
      title: 'Part the ACTION with em dashes',
      edits: cuts.map((c) => ({ start: owner.span.start + c.index!, end: owner.span.start + c.index! + c[0].length, newText: ACTION_SEPARATOR })),
    },
  };
}
