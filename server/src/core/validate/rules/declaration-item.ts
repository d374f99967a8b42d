/**
 * declaration-item (error)
 *
 * A declaration of interest that names an item the minutes do not have
 * (docs/language.md#declarations-of-interest): `- @jabar (item 9): …` in
 * minutes whose items are 1 to
 * 6. The declaration then points at nothing, usually because the item was
 * renumbered or the agenda number was typed instead of the minute number.
 * Item numbers compare without a trailing dot and without regard to case
 * (`item 4(A)` names `# 4(a)`); `(items 3 and 5)` and `(items 3, 5)` name
 * each item. Each unknown number is reported on its own text; words with
 * no number (`(Mill Lane)`) are reported as a whole, since items are named
 * by number. A declaration without an item is not this rule's concern.
 *
 * Bad:  `- @jabar (item 9): governor of a local academy` with no item 9
 * Good: `- @jabar (item 3): governor of a local academy` with `# 3. Schools funding`
 */
import type { Block, DeclarationEntryNode, Span } from '../../syntax/ast';
import { documentBlocks, flattenItems, itemNumber } from '../../syntax/walk';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'declaration-item',
  defaultSeverity: 'error',
  description: 'A declaration of interest names an item that does not exist.',
  fixable: false,
  check(ctx) {
    const items = flattenItems(ctx.ast.items);
    const numbers = items.map(itemNumber).filter((n): n is string => !!n);
    const known = new Set(numbers.map(normal));
    const blocks = documentBlocks(ctx.ast);
    for (const b of blocks) {
      if (b.kind !== 'keyword') continue;
      for (const d of b.declarations ?? []) {
        for (const ref of itemRefs(d)) {
          if (known.has(normal(ref.text))) continue;
          const list = numbers.length ? `the items are ${numbers.slice(0, 12).join(', ')}${numbers.length > 12 ? ', …' : ''}` : 'no item has a number';
          ctx.report({ span: ref.span, message: `The declaration names item ${ref.text}, which is not in these minutes: ${list}.` });
        }
      }
    }
  },
};

/** The item numbers a declaration names, with their spans: `3`, `items 3 and 5`, `3, 5`. */
function itemRefs(d: DeclarationEntryNode): { text: string; span: Span }[] {
  if (!d.item || !d.item.text) return [];
  const out: { text: string; span: Span }[] = [];
  const lead = /^items?\s+/i.exec(d.item.text)?.[0].length ?? 0;
  const body = d.item.text.slice(lead);
  for (const m of body.matchAll(/[^\s,&]+(?:\s*\([^()]*\))*/g)) {
    // A number, or a board's prefixed reference (`BoD/24/061`, as item numbers allow).
    if (!/^(?:\d|[A-Za-z]{1,6}\/?\d+[a-z]?\/\d)/.test(m[0])) continue;
    const start = d.item.span.start + lead + m.index!;
    out.push({ text: m[0].replace(/\.$/, ''), span: { start, end: start + m[0].replace(/\.$/, '').length } });
  }
  // Words with no number at all (`(Mill Lane)`) still name no item.
  return out.length ? out : [{ text: d.item.text, span: d.item.span }];
}

function normal(n: string): string {
  return n.replace(/\.$/, '').replace(/\s+/g, '').toLowerCase();
}
