/**
 * exempt-paragraph (error)
 *
 * `EXEMPT:` takes the paragraph of Part 1 of Schedule 12A to the Local
 * Government Act 1972 under which the item is withheld
 * (docs/language.md#item-lines):
 * a number from 1 to 7, optionally written `paragraph 3` and followed by
 * a description (`EXEMPT: 3 — financial or business affairs`). A number
 * outside 1-7, or a value that does not start with the number, is an
 * error: the paragraph is what makes the exclusion lawful, and exports
 * withhold the item on its strength. Reported on the number, or on the
 * whole value when there is none.
 *
 * Bad:  `EXEMPT: 9`, `EXEMPT: yes`
 * Good: `EXEMPT: 5`, `EXEMPT: paragraph 3 (financial or business affairs)`
 */
import { keywordBlocks } from '../../syntax/walk';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'exempt-paragraph',
  defaultSeverity: 'error',
  description: '`EXEMPT:` is not a Schedule 12A paragraph number from 1 to 7.',
  fixable: false,
  check(ctx) {
    for (const b of keywordBlocks(ctx.ast, 'EXEMPT')) {
      const value = b.inline;
      if (!value) {
        ctx.report({ span: b.keywordText.span, message: 'EXEMPT needs the Schedule 12A paragraph number, 1 to 7: for example `EXEMPT: 3`.' });
        continue;
      }
      const m = /^(?:para(?:graph)?\.?\s*)?(\d+)(?![\d./])/i.exec(value.text);
      if (!m) {
        ctx.report({ span: value.span, message: `EXEMPT takes the Schedule 12A paragraph number, 1 to 7 (for example \`EXEMPT: 3\`), not \`${value.text}\`.` });
        continue;
      }
      const n = Number(m[1]);
      if (n >= 1 && n <= 7) continue;
      const start = value.span.start + m[0].length - m[1].length;
      ctx.report({
        span: { start, end: start + m[1].length },
        message: `Schedule 12A has paragraphs 1 to 7, not ${m[1]}: give the paragraph that the exempt information falls under.`,
      });
    }
  },
};
