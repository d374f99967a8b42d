/**
 * amendment-motion (error)
 *
 * An AMENDMENT with no MOTION before it in its own item
 * (docs/language.md#motions-and-amendments). An amendment amends the last
 * motion before it in the item; with none there, nothing says what it
 * amends, and the votes after it cannot be read as the vote on the
 * amendment and then on the motion as amended. Usually the motion was
 * written as narrative ("Councillor Lyle moved that ...") or sits in the
 * item above, after a heading that split the debate. A motion in another
 * item does not count: the report says where the last one is. An
 * AMENDMENT before the first item belongs to no item and is reported too.
 *
 * Reported on the AMENDMENT keyword.
 *
 * Bad:  `# 2. Opening hours` / `AMENDMENT: moved by @lyle` / `That the centres open until 6 pm.` (no MOTION in item 2)
 * Good: `# 2. Opening hours` / `MOTION: moved by @tilling` / `That the centres keep their hours.` / `AMENDMENT: moved by @lyle` / `That the centres open until 6 pm.`
 */
import type { Block, KeywordBlockNode } from '../../syntax/ast';
import { flattenItems, itemNumber } from '../../syntax/walk';
import type { RelatedInfo, Rule, RuleContext } from '../rule';

export const rule: Rule = {
  id: 'amendment-motion',
  defaultSeverity: 'error',
  description: 'An AMENDMENT has no MOTION before it in its item, so nothing says what it amends.',
  fixable: false,
  check(ctx) {
    // The last MOTION seen in an earlier item, for the report's pointer to it.
    let earlier: { block: KeywordBlockNode; item: string } | null = null;
    check(ctx, ctx.ast.preamble, null, null);
    for (const it of flattenItems(ctx.ast.items)) {
      const name = itemNumber(it) ? `item ${itemNumber(it)}` : `"${it.title.text}"`;
      const last = check(ctx, it.blocks, name, earlier);
      if (last) earlier = { block: last, item: name };
    }
  },
};

/** Reports each AMENDMENT of one item that no MOTION precedes; returns the item's last MOTION. */
function check(ctx: RuleContext, blocks: readonly Block[], item: string | null, earlier: { block: KeywordBlockNode; item: string } | null): KeywordBlockNode | null {
  let motion: KeywordBlockNode | null = null;
  for (const b of blocks) {
    if (b.kind !== 'keyword') continue;
    if (b.keyword === 'MOTION') motion = b;
    else if (b.keyword === 'AMENDMENT' && !motion) {
      const where = item ? `in ${item}` : 'before the first item';
      const elsewhere = earlier ? ` The last MOTION is in ${earlier.item}; an amendment belongs to a motion of its own item.` : '';
      const related: RelatedInfo[] | undefined = earlier ? [{ message: `the last MOTION, in ${earlier.item}`, span: earlier.block.keywordText.span }] : undefined;
      ctx.report({
        span: b.keywordText.span,
        message: `This AMENDMENT has no MOTION before it ${where}: write the motion it amends above it (\`MOTION: moved by …, seconded by …\` and its text), or write this as a MOTION if it is the question put.${elsewhere}`,
        related,
      });
    }
  }
  return motion;
}
