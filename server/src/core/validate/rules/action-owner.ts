/**
 * action-owner (error)
 *
 * Every ACTION names who is to do it: the first segment of the line, before
 * the first ` — `, is the owner (language.md §6). Reported when there is
 * nothing after `ACTION:`, when the text starts with a dash (an empty
 * owner), or when the first segment is plainly not an owner but a due date
 * (`due 2021-10-14`) or a status (`done`), which means the owner was left
 * out. An action nobody owns is an action nobody will report back on.
 *
 * Bad:  `ACTION: — Circulate the Ofsted letter — due 2021-06-15`
 * Good: `ACTION: @alam — Circulate the Ofsted letter — due 2021-06-15`
 */
import { documentBlocks } from '../../model/build';
import type { Rule } from '../rule';

const LEADING_DASH = /^(?:\u2014|\u2013|--)(?:\s+|$)/;
const NOT_AN_OWNER = /^(?:due\b.*|open|in progress|done|cancelled)$/i;

export const rule: Rule = {
  id: 'action-owner',
  defaultSeverity: 'error',
  description: 'An ACTION with no owner: nothing after `ACTION:`, nothing before the first ` — `, or a due date or status where the owner goes.',
  fixable: false,
  check(ctx) {
    const blocks = documentBlocks(ctx.ast);
    for (const b of blocks) {
      if (b.kind !== 'keyword' || b.keyword !== 'ACTION') continue;
      const owner = b.action?.segments[0];
      if (!owner || !owner.text) {
        ctx.report({ span: b.keywordText.span, message: 'This ACTION is empty: write who is to do it, then what, as in `ACTION: @alam — Circulate the letter — due 2021-06-15`.' });
        continue;
      }
      // The tree splits only on a dash with space on both sides, so a line that
      // starts with one keeps the dash at the front of its first segment.
      const dash = LEADING_DASH.exec(owner.text);
      if (dash) {
        ctx.report({
          span: { start: b.keywordText.span.start, end: owner.span.start + dash[0].trimEnd().length },
          message: 'This ACTION has no owner: write who is to do it after `ACTION:` and before the first dash.',
        });
      } else if (NOT_AN_OWNER.test(owner.text)) {
        ctx.report({
          span: owner.span,
          message: `The first part of an ACTION is its owner, but "${owner.text}" is a ${/^due\b/i.test(owner.text) ? 'due date' : 'status'}: put the owner first, as in \`ACTION: @alam — Circulate the letter — due 2021-06-15\`.`,
        });
      }
    }
  },
};
